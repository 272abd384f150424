"""Names scored on ANERcorp: athar's whole recogniser, and the statistical model alone (`athar eval-ner`).

The split is train-ner's (ordered 80/10/10, extract.ner_training.split_corpus);
the test part is never seen in training, nor by the common-word list the
person rules read. A name counts when its label and both ends match exactly,
on athar's tokens (a gold span is widened to whole tokens, as in training).

- "athar": what extraction uses: the pipeline up to athar_persons
  (gazetteer, the model's cleaned PERS names, the person rules), its labels
  read as ANERcorp's (PERSON -> PERS, STATE and LOC -> LOC, ORG -> ORG;
  a demonym, "المصري", is no name in ANERcorp and is left out).
  It has no MISC, so MISC counts as all missed; "PLO" is the score over
  PERS, LOC and ORG. ANERcorp has no document marks: CHUNK consecutive
  sentences (its mean article length) make one document, one a line, so
  the document-level rules (short names, supporting context) have context.
- "model": the network alone, all four labels, as train-ner scores it.

Errors are counted by kind per label: "missed" (no predicted name of that
label overlaps), "spurious" (no gold name of that label overlaps), "boundary"
(they overlap but their ends differ).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .ner_training import LABELS, Sentence, _prf, base_nlp, model_input, read_anercorp, split_corpus, to_examples

ATHAR_LABELS = {"PERSON": "PERS", "STATE": "LOC", "LOC": "LOC", "ORG": "ORG"}
PARTS = ("train", "dev", "test")
CHUNK = 16                                # ANERcorp: 316 articles, 5,160 sentences
LAST_COMPONENT = "athar_persons"          # the later components read doc.ents but never change them


@dataclass
class Scores:
    """Exact-span counts per label, and examples of each kind of error."""

    counts: dict[str, Counter] = field(default_factory=lambda: {label: Counter() for label in LABELS})
    errors: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def add(self, gold: set[tuple[str, int, int]], pred: set[tuple[str, int, int]], text: str) -> None:
        for label, items in (("tp", gold & pred), ("fp", pred - gold), ("fn", gold - pred)):
            for lab, _, _ in items:
                if lab in self.counts:
                    self.counts[lab][label] += 1
        for kind, ours, theirs in (("missed", gold - pred, pred), ("spurious", pred - gold, gold)):
            for lab, s, e in ours:
                overlapping = [(a, b) for ll, a, b in theirs if ll == lab and a < e and s < b]
                if overlapping:
                    if kind == "missed":        # a boundary error is counted once, from the gold side
                        a, b = overlapping[0]
                        self._example(lab, "boundary", f"{text[s:e]} | {text[a:b]}")
                else:
                    self._example(lab, kind, text[s:e])

    def _example(self, label: str, kind: str, example: str) -> None:
        self.counts.setdefault(label, Counter())[kind] += 1
        self.errors.setdefault((label, kind), []).append(example)

    def table(self) -> dict[str, dict]:
        """P/R/F1 per label, over PERS/LOC/ORG ("PLO") and over all labels ("overall")."""
        out = {label: _prf(c["tp"], c["fp"], c["fn"]) | {k: c[k] for k in ("missed", "spurious", "boundary")}
               for label, c in self.counts.items()}
        for name, labels in (("PLO", ("PERS", "LOC", "ORG")), ("overall", LABELS)):
            total = sum((self.counts[label] for label in labels), Counter())
            out[name] = _prf(total["tp"], total["fp"], total["fn"])
        return out


def chunks(sentences: list[Sentence], size: int = CHUNK) -> Iterator[tuple[str, set[tuple[str, int, int]]]]:
    """Documents of `size` sentences, one a line, with their gold names as (label, start char, end char)."""
    for i in range(0, len(sentences), size):
        lines, gold, offset = [], set(), 0
        for s in sentences[i:i + size]:
            starts, pos = [], offset
            for tok in s.tokens:
                starts.append(pos)
                pos += len(tok) + 1
            gold.update((label, starts[a], starts[b - 1] + len(s.tokens[b - 1])) for a, b, label in s.entities)
            lines.append(" ".join(s.tokens))
            offset = pos
        yield "\n".join(lines), gold


def to_tokens(doc, spans: set[tuple[str, int, int]]) -> set[tuple[str, int, int]]:
    """Character spans widened to the doc's token boundaries (as train-ner aligns its gold names)."""
    out = set()
    for label, start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.add((label, span.start_char, span.end_char))
    return out


def score_athar(sentences: list[Sentence], nlp=None, chunk: int = CHUNK) -> Scores:
    """The pipeline's names (gazetteer, athar_ner, athar_persons) against the gold names."""
    from .pipeline import PIPELINE, build_nlp

    nlp = nlp or build_nlp()
    later = list(PIPELINE[PIPELINE.index(LAST_COMPONENT) + 1:])
    scores = Scores()
    texts = list(chunks(sentences, chunk))
    with nlp.select_pipes(disable=[p for p in later if p in nlp.pipe_names]):
        for doc, (text, gold) in zip(nlp.pipe((t for t, _ in texts), batch_size=16), texts):
            pred = {(ATHAR_LABELS[e.label_], e.start_char, e.end_char) for e in doc.ents
                    if e.label_ in ATHAR_LABELS and (e._.value or {}).get("form") != "demonym"}
            scores.add(to_tokens(doc, gold), pred, text)
    return scores


def score_model(sentences: list[Sentence], model_path: str | Path | None = None) -> Scores:
    """The statistical model alone (all its labels), on train-ner's examples of the sentences."""
    from .components.ner import DEFAULT_MODEL, NameRecognizer

    recognizer = NameRecognizer(base_nlp(), "athar_ner", str(model_path or DEFAULT_MODEL))
    examples, _ = to_examples(base_nlp(), sentences)
    scores = Scores()
    inputs = (model_input(eg.predicted, recognizer.class_ids, recognizer.model.vocab) for eg in examples)
    for tagged, eg in zip(recognizer.ner.pipe(inputs, batch_size=256), examples):
        text = eg.reference.text
        gold = {(e.label_, e.start_char, e.end_char) for e in eg.reference.ents}
        scores.add(gold, {(e.label_, e.start_char, e.end_char) for e in tagged.ents}, text)
    return scores


def evaluate(corpus: str | Path, part: str = "test", *, chunk: int = CHUNK, model: str | Path | None = None,
             athar: bool = True) -> dict[str, Scores]:
    """Scores of the model alone ("model") and, with athar, of the whole recogniser ("athar") on one part."""
    sentences = dict(zip(PARTS, split_corpus(read_anercorp(corpus))))[part]
    out = {"model": score_model(sentences, model)}
    if athar:
        from .pipeline import build_nlp

        out["athar"] = score_athar(sentences, build_nlp({"athar_ner": {"model": str(model)}} if model else None), chunk)
    return out


def render(name: str, scores: Scores, examples: int = 0) -> list[str]:
    """Lines of a per-label P/R/F1 table with error counts (and up to `examples` errors of each kind)."""
    lines = [f"{name}:"]
    for label, r in scores.table().items():
        errors = "" if "missed" not in r else f"  missed {r['missed']}, spurious {r['spurious']}, boundary {r['boundary']}"
        lines.append(f"  {label:8s} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f']:.3f}"
                     f"  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']}){errors}")
    if examples:
        for (label, kind), items in sorted(scores.errors.items()):
            lines.append(f"  {label} {kind} ({len(items)}), most frequent:")
            lines.extend(f"    {n:3d}  {text}" for text, n in Counter(items).most_common(examples))
    return lines
