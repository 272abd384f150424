"""athar_ner: personal names from the statistical recogniser trained on ANERcorp.

The model (extract/models/ner, made by `athar train-ner`) is a small spaCy
NER that reads the tokens and NORMs of the athar pipeline. It runs on a copy
of each document's tokens, so its own labels never touch doc.ents; only its
PERS names are added, as PERSON spans, where the gazetteer components that
ran before found nothing. ANERcorp's ORG/LOC/MISC are left to the
gazetteer, whose keyed entities are more precise than an untyped name.

A name is cleaned before it is kept: it is the first run of name words in
the recognised span (quotes, stop words, title words and common words end it:
"الرئيس" is a role, not part of the name), a leading "و" is read as the
conjunction when the document supports it, and a name made only of common
words is dropped.
"""
from __future__ import annotations

from bisect import bisect_left

import shutil
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from thinc.api import Model, NumpyOps, chain, with_array

from ..arabic import definite_nisba
from ..doc_ext import token_norms
from ..names import (COMPOUND_ENDS, PERSON, name_lexicon, prepositional, register_person, set_entities, split_conjunction,
                     stray_compound_end)
from ..ner_training import COMMON_WORDS_FILE, WORD_CLASSES, class_ids, model_input
from ..static_vectors import use_cache
from ..tokenizer import skip_unread_attributes

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner"
# thinc multiplies with BLIS by default; numpy's OpenBLAS is about three times faster on
# this model's small matrices (a width of 64) and gives the same labels (bench/README.md).
INFERENCE_OPS = NumpyOps(use_blis=False)


class NameRecognizer:
    """spaCy component: PERSON spans from the shipped (or a configured) ANERcorp model."""

    def __init__(self, nlp: Language, name: str, model: str):
        self.name = name
        self.vocab = nlp.vocab
        self.strings = nlp.vocab.strings
        self.model_path = Path(model) if model else DEFAULT_MODEL
        self._load(self.model_path)

    def _load(self, path: Path) -> None:
        if not (path / "meta.json").exists():
            raise FileNotFoundError(f"no name recogniser in {path}: run `athar train-ner`")
        self.model = spacy.load(path)
        use_cache(self.model.vocab)
        skip_unread_attributes(self.model.vocab)
        self.ner = self.model.get_pipe("ner")
        for node in self.ner.model.walk():
            node.ops = INFERENCE_OPS
        # The model's input is built in the model's own vocab when the model reads static vectors from it (their
        # rows are the words' strings); else in the pipeline's, which holds the words already (no second lexeme
        # made for each new word: 1-2% of the pipeline's time).
        self.input_vocab = self.vocab if _embed_distinct_rows(self.ner.model) else self.model.vocab
        self.class_ids = class_ids(self.model.meta[WORD_CLASSES], self.input_vocab.strings)
        for label in self.ner.labels:
            self.strings.add(label)
        self.lex = name_lexicon(str(path / COMMON_WORDS_FILE))

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs, batch_size: int = 64):
        """Tag documents in batches (the model is much faster on batches)."""
        for batch in minibatch(docs, batch_size):
            inputs = [model_input(doc, self.class_ids, self.input_vocab) for doc in batch]
            for doc, tagged in zip(batch, self.ner.pipe(inputs, batch_size=batch_size)):
                self._merge(doc, [(e.start, e.end) for e in tagged.ents if e.label_ == "PERS"])
                yield doc

    def _merge(self, doc: Doc, names: list[tuple[int, int]]) -> None:
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        nationality = {i for e in doc.ents if e.label_ == "STATE" for i in range(e.start, e.end)}
        evidence = set(token_norms(doc))
        added = []
        marks = None        # the positions of the commas and sentence ends, read once if a span opens with و
        for start, end in names:
            while start < end - 1 and start in nationality:
                start += 1      # "الكولومبي رينيه هيجيتا": the nationality the gazetteer read opens the span
            listed = False
            if not doc[start]._.clitic and doc[start].norm_.startswith("و"):
                marks = marks or ([t.i for t in doc if t.text in ("،", ",")],
                                  [t.i for t in doc if t.text in (".", "؟", "?", "!", "\n")])
                listed = self._listed(start, added, *marks)
            span = self.clean(doc[start:end], evidence, listed=listed)
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            span = Span(doc, span.start, span.end, label=PERSON)
            register_person(span)
            added.append(span)
            taken.update(range(span.start, span.end))
        if added:
            set_entities(doc, list(doc.ents) + added)

    @staticmethod
    def _listed(start: int, added: list[Span], commas: list[int], stops: list[int]) -> bool:
        """Whether a name at start closes a list of names of its sentence ("عبدالله البارقي، فهد الجابري، … ونانا
        الرفاعي"): a name found before it in the sentence, and a comma after that one; its و is the conjunction.
        commas and stops: the positions of the document's commas and sentence ends, in order."""
        comma = commas[bisect_left(commas, start) - 1] if commas and commas[0] < start else -1
        stop = stops[bisect_left(stops, start) - 1] if stops and stops[0] < start else -1
        return any(stop < p.end <= comma for p in added)

    def clean(self, span: Span, evidence: set[str], listed: bool = False) -> Span | None:
        """The name inside a recognised span, or None when nothing name-like is left.

        The name is the first run of name words in the span (a word after a
        particle always counts: "عبد الله", and so does a family name after a first name: "جون
        كيري"); it ends at the first common word,
        stop word or punctuation ("محمد بن سلمان الوفد الزائر" -> "محمد بن سلمان").
        """
        lex = self.lex
        doc = span.doc
        start = span.start
        while start < span.end and not lex.can_be_name(doc[start]):
            start += 1
        end = start
        # a particle written onto a later word starts the next phrase ("غوتيريز بمنصور جوهر": ب + the next name);
        # a change of script ends the name ("هواوي Kirin")
        while end < span.end and not (end > start and (doc[end]._.clitic or _latin(doc[end]) != _latin(doc[start])
                                                       or stray_compound_end(doc[end]))) and (
                lex.can_be_name(doc[end])
                or end > start and doc[end - 1].norm_ in lex.particles and doc[end].is_alpha and not lex.is_stop(doc[end])
                or end > start and doc[end].norm_ in COMPOUND_ENDS      # "محمد محيي الدين عبدالحميد"
                or lex.first_name_before(list(doc[start:end])) and lex.can_be_family_name(doc[end])):
            end += 1
        while end > start and doc[end - 1].norm_ in lex.particles | lex.infixes:
            end -= 1
        if end == span.end and end > start and lex.opens_compound(doc[end - 1]):
            end += 1        # "حامد ضيف الله الغامدي": the model stopped inside a compound name; its الله and
            while end < len(doc) and end - span.end < 3 and not doc[end]._.clitic and lex.can_be_name(doc[end]):
                end += 1    # the name words after it are the name's
        if lex.formula(doc[start:end]):
            return None
        # "لأوفيد علي …", "نصح آدم زوبين", "حينذاك معمر …": a word written with a preposition, or one that
        # is no first name before a first name (or عبد, أبو), opens no name
        prev = doc[start - 1].norm_ if start > 0 else ""
        titled = prev in lex.role_words or definite_nisba(prev)
        start += lex.leading_non_name(list(doc[start:end]), after_title=titled)   # "النائب العراقي شوان محمد طه"
        if not any(not lex.is_common(t.norm_) for t in doc[start:end]) or \
                not any("\u0621" <= ch <= "\u064a" for t in doc[start:end] for ch in t.text):
            return None                                 # only common words, or a Latin word ("Zain")
        if all(lex.language_word(t.norm_) for t in doc[start:end]):
            return None     # "قيادي ميداني", "وول ستريت": words the corpus uses as words, no first name among them
        if end - start == 1 and (prepositional(doc[start]) or lex.lone_noun(doc[start].norm_)) \
                or lex.idiom(doc[start:end]):
            return None     # "حسن النيات": the idiom "good intentions"
        split_conjunction(doc[start], lex, evidence - {doc[start].norm_},
                          listed=listed and start == span.start and end - start >= 2)
        return doc[start:end]

    def to_disk(self, path, exclude=tuple()):
        """Save the model with the pipeline, so nlp.to_disk()/spacy.load() keep a custom-trained one (its files
        as loaded: the model in memory has the inference-only embedding of _embed_distinct_rows)."""
        shutil.copytree(self.model_path, path, dirs_exist_ok=True)

    def from_disk(self, path, exclude=tuple()):
        """Load the model saved by to_disk."""
        self.model_path = Path(path)
        self._load(self.model_path)
        return self


def _latin(token) -> bool:
    """Whether a word is written in Latin letters."""
    return token.text[:1].isascii()


def _embed_distinct_rows(parser_model: Model) -> bool:
    """Inference only: the hash embedding and the maxout that mixes it read a token's own features (NORM,
    PREFIX, SUFFIX, LEMMA) and nothing else, so they run once per distinct feature row of a batch, which has
    about a quarter as many distinct rows as tokens (the same vectors to float rounding, a quarter less CPU for the whole
    recogniser). A model built otherwise (with static vectors) is left as it is. Whether the model reads only
    its tokens' features."""
    embed = parser_model.get_ref("tok2vec").layers[0].get_ref("embed")
    features, to_ragged, hashed, mixed, to_list = embed.layers if len(embed.layers) == 5 else (None,) * 5
    if getattr(features, "name", None) != "extract_features":
        return False
    once = Model("distinct_rows", _distinct_rows_forward, layers=[chain(hashed.layers[0], mixed.layers[0])])
    parser_model.replace_node(embed, chain(features, to_ragged, with_array(once), to_list))
    return True


def _distinct_rows_forward(model: Model, X, is_train: bool):
    if is_train:
        raise ValueError("distinct_rows is for inference only")
    rows, inverse = _distinct_rows(X)
    return model.layers[0].predict(rows)[inverse], None


def _distinct_rows(X: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The distinct rows of X in order and, for each row of X, the index of its own: what numpy.unique(X, axis=0,
    return_inverse=True) gives, three times faster on the model's feature rows (numpy.unique sorts the rows as
    opaque bytes; a lexsort compares their integers)."""
    order = numpy.lexsort(X.T[::-1])
    ordered = X[order]
    first = numpy.empty(len(X), dtype=bool)
    first[:1] = True
    numpy.any(ordered[1:] != ordered[:-1], axis=1, out=first[1:])
    inverse = numpy.empty(len(X), dtype=numpy.intp)
    inverse[order] = numpy.cumsum(first) - 1
    return ordered[first], inverse


@Language.factory("athar_ner", default_config={"model": ""})
def make_name_recognizer(nlp: Language, name: str, model: str) -> NameRecognizer:
    """Factory: model = a directory written by `athar train-ner` (empty: the shipped model)."""
    return NameRecognizer(nlp, name, model)
