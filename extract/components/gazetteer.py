"""athar_gazetteer: states, capitals, demonyms, places and organisations.

Third step of the pipeline (after sentences and normalisation). One
PhraseMatcher on NORM, built once per component from the language data,
finds every known surface whatever its spelling or attached particles
("والمغرب", "للمغرب", "بالمملكة المغربية" all give MA):

- states (states.json): names (form "name") and demonyms (form "demonym");
- places (places.json): cities, capitals, regions; a capital is read as its
  state's government (STATE, form "capital") when it is next to a verb or
  after "بين", and as a place (LOC) after a locative or by default;
- organisations (organizations.json), also after a prefix word
  ("تنظيم داعش"); names that are common words by their context (coordinated
  with an organisation, quoted newspapers, the states of a document); plus
  head-noun patterns for unlisted ones, to the end of their names
  ("وزارة الخارجية المغربية" -> ORG with state MA, "الهيئة العامة للاستثمار"),
  and sub-units of an organisation ("المكتب السياسي لحركة حماس");
- "المملكة"/"السلطنة" alone: the kingdom the document talks about most, else
  the kingdom of the document's source.

Surfaces that are also common words ("مالي", "صور", "القاعدة") count only
in a supporting context. Overlaps are resolved longest first, so an
organisation's embedded state ("مجلس التعاون الخليجي") is no STATE span;
a state adjective of an organisation stays in its props. Every keyed span
has its Entity dict in doc._.entities (LOC entities have type "Place").
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlparse

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import lexicon
from ..arabic import DASHES, SHADDA, article_restored, normalize, split_proclitics, strip_marks, verbal_noun_only
from ..lexicon import norm
from ..dates import relative_day_nouns
from ..doc_ext import entities, positions, word_ids, written_onto
from ..names import NASAB, name_lexicon
from ..records import listed_org_entity
from ..translit import transliterate
from .normalizer import _original_chars

DAMMA = "\u064f"
COORDINATORS = {"و", "،", ",", "او"}
QUOTES_OPEN = {"«", '"', "“", "'", "‘", "„"}
QUOTES_CLOSE = {"»", '"', "”", "'", "’"}
PARTICLES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_TANWEEN = re.compile("[\u064b-\u064d]")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a\u0671-\u06d3]+$")
_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "كم")     # her, their, their two, your: written onto a noun
# a field's noun coordinated after a complement of one word: a verbal noun فعالة (دراسة، رعاية، إدارة) or a plural
# فعول (علوم، بحوث): "المركز العربي للأبحاث ودراسة السياسات", "الجمعية العربية للنيازك وعلوم الفضاء"
_FIELD_NOUN = re.compile("^(..ا.ه|..و.)$")


@dataclass(frozen=True)
class Reading:
    """One thing a matched surface can be."""

    label: str                   # STATE, LOC, ORG, GENERIC (المملكة)
    key: str
    form: str = "name"           # STATE: name | demonym | capital-or-place; ORG: name
    ambiguous: bool = False


@dataclass
class Candidate:
    """A span proposal before overlaps are resolved."""

    start: int
    end: int
    label: str
    key: str
    value: dict | None = None
    rank: int = 0                # lower wins among equally long spans
    props: dict = field(default_factory=dict)
    surface: str | None = None   # the name as written when the text merges it with a particle ("للجنة" -> "اللجنة")
    alias: str | None = None     # a shorter name the text gives too ("كارتر" of مركز «كارتر»)


# Kinds of unlisted organisation that belong to one state: without a state in their name they are
# keyed per document, so the ministries of different states never become one node.
STATE_BODIES = frozenset({"ministry", "government_body"})


def _same_hamzas(word: str, name: str) -> bool:
    """Whether the written word (particles before it allowed) has no hamza on an alef where the one-word name has
    another alef: writers drop hamzas ("ارنا" for إرنا) but do not add wrong ones."""
    tail = strip_marks(word)[-len(name):]
    return all(a == b or a not in _HAMZA_ALEFS or b not in _ALEFS for a, b in zip(tail, name))


_ALEFS = frozenset("اأإآ")
_HAMZA_ALEFS = frozenset("أإآ")


def _norms(words: list[str], known) -> tuple[str, ...]:
    return tuple(split_proclitics(normalize(w), known)[1] for w in words)


class Gazetteer:
    """spaCy component: keyed STATE, LOC and ORG spans in doc.ents."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self._open_quotes = numpy.array([nlp.vocab.strings.add(q) for q in QUOTES_OPEN], dtype="uint64")
        self.states = lexicon.load("states")["states"]
        self.places = {**lexicon.load("cities")["places"], **lexicon.load("places")["places"]}
        org_data = lexicon.load("organizations")
        self.orgs = org_data["organizations"]
        self.patterns = org_data["patterns"]
        ctx = lexicon.load("gazetteer")
        self.known = lexicon.known_words()
        self.tokenizer = nlp.tokenizer
        words = lambda items: {norm(w) for w in items}  # noqa: E731
        self.locatives = words(ctx["locatives"])
        self.place_words = words(ctx["place_words"])
        self.government_before = words(ctx["government_before"])
        self.place_verbs = words(ctx["place_verbs"])
        self.state_words = words(ctx["state_words"])
        self.not_after = {norm(k): words(v) for k, v in ctx["not_after"].items()}
        self.only_after = {norm(k): words(v) for k, v in ctx["only_after"].items()}
        self.not_before = {norm(k): words(v) for k, v in ctx["not_before"].items()}
        self.demonym_not_after = words(ctx["demonym_not_after"])
        self.demonstratives = words(ctx["demonstratives"])
        self.member_states = words(ctx["member_states"])
        self.sources = ctx["sources"]
        self.generic_tlds = set(ctx["generic_tlds"])
        self.generic_states = {
            norm(word): sorted(iso for iso, s in self.states.items()
                                    if any(norm(part) in norm(n) for n in s["names"]))
            for word, part in ctx["generic_states"].items()}
        stop = lexicon.load("person_stoplist")
        self.verbs = words(stop["verbs"])
        self.stop = words(w for k, v in stop.items() if k != "_about" for w in v)
        data = set(lexicon.data_files())
        person_names = lexicon.load("person_names") if "person_names" in data else {"given": [], "particles": [], "nasab": []}
        self.given_names = words(person_names["given"])
        self.name_openers = words(person_names["particles"]) - words(person_names["nasab"])     # عبد، أبو، آل
        editions = lexicon.load("events") if "events" in data else {"ordinals": {}, "tens": {}}
        self.ordinal_words = words([*editions["ordinals"], *editions["tens"]])
        self.event_heads = words(w for forms in editions.get("triggers", {}).values() for w in forms)
        title_forms = [form for title in (lexicon.load("roles")["titles"] if "roles" in data else []) for form in title["ar"]]
        self.titles = {norm(form) for form in title_forms if " " not in form}
        # a title coordinated after a body's name is a person's ("وزارة الحج والمتحدث باسمها"), not part of it
        self.coordinated_titles = self.titles | {norm(form.split()[0]) for form in title_forms if " " in form}
        self.heads = {norm(k): v for k, v in self.patterns["heads"].items()}
        self.head_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.head_matcher.add("head", [self._pattern(nlp, [head]) for head in self.heads])
        self.weak_heads = words(self.patterns["weak_heads"])
        self.prefixes = words(self.patterns["prefixes"])
        self.press_prefixes = words(self.patterns["press_prefixes"])
        self.armed_prefixes = words(self.patterns["armed_prefixes"])
        self.not_complements = {norm(k): words(v) for k, v in self.patterns["not_complements"].items()}
        self.name_stop = words(self.patterns["name_stop"])
        self.adjective_openers = words(self.patterns["adjective_openers"])
        self.quoted_with_head = words(self.patterns["quoted_with_head"])
        self.place_named_heads = words(self.patterns["place_named_heads"])
        self.joint_regions = words(self.patterns["joint_regions"])
        self.recipients = {norm(h): words(ws) for h, ws in self.patterns["recipients"].items()}
        self.head_titles = {tuple(norm(t).split()) for t in self.patterns["head_titles"]}
        self.object_pronouns = words(self.patterns["object_pronouns"])
        self.place_adjectives = {norm(h): words(ws) for h, ws in self.patterns["place_adjectives"].items()}
        self.name_titles = words(self.patterns["name_titles"])
        self.person_titles = [normalize(t).split() for t in self.patterns["person_titles"]]
        self.unit_words = words(self.patterns["unit_words"])
        self.definite_head_forms = {norm("ال" + h): norm(h) for h in self.patterns["definite_pattern_heads"]}
        self.definite_head_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.definite_head_matcher.add("head", [self._pattern(nlp, [form]) for form in self.definite_head_forms])
        self.naming_adjectives = words(self.patterns["naming_adjectives"])
        self.purposes = {norm(k): words(v) for k, v in self.patterns["purposes"].items()}
        self.participle_heads = words(self.patterns["participle_heads"])
        self.complement_prepositions = {norm(k): words(v) for k, v in self.patterns["complement_prepositions"].items()}
        self.object_prepositions = set().union(*self.complement_prepositions.values())
        self.not_naming_adjectives = words(self.patterns["not_naming_adjectives"])
        self.describing_adjectives = words(self.patterns["describing_adjectives"])
        self.web_pages, self.web_adjectives = words(self.patterns["web_pages"]), words(self.patterns["web_adjectives"])
        self.press_descriptions = words(self.patterns["press_descriptions"])
        self.time_phrases = {norm(k): words(v) for k, v in self.patterns["time_phrases"].items()}
        self.complement_adjectives = words(self.patterns["complement_adjectives"])
        self.others = words(self.patterns["others"])
        self.name_words = name_lexicon()
        self.complement_stop = words(self.patterns["complement_stop"])
        self.gathering_complements = words(self.patterns["gathering_complements"])
        self.preposition_idioms = words(self.patterns["preposition_idioms"])
        self.many_per_parent = words(self.patterns["many_per_parent"])
        self.affairs_complements = words(self.patterns["affairs_complements"])
        self.affairs_heads = words(self.patterns["affairs_heads"])
        self.abstract_objects = words(self.patterns["abstract_objects"])
        self.portfolio_heads = words(self.patterns["portfolio_heads"])
        self.state_portfolio = words(self.patterns["state_portfolio"])
        self.not_coordinated = words(self.patterns["not_coordinated"])
        self.company_suffixes = words(self.patterns["company_suffixes"])
        self.company_suffix_ids = word_ids(nlp.vocab.strings, self.company_suffixes)
        self.joint_words = words(self.patterns["joint_words"])
        self.before_state = words(self.patterns["before_state"])
        self.sub_unit_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.sub_unit_matcher.add("unit", [self._pattern(nlp, _norms(self._split(phrase), self.known))
                                           for phrase in self.patterns["sub_units"]])
        self.commands = words(self.patterns["commands"])
        self.deputy_titles = words(self.patterns["deputy_titles"])
        self.not_alone = {norm(k): words(v) for k, v in self.patterns["not_alone"].items()}
        self.institutions = words(self.patterns["institutions"])
        self.branch_heads = words(self.patterns["branch_heads"])
        self.anaphors = {norm("ال" + h): norm(h) for h in self.patterns["anaphors"]}
        self.definite_head_idioms = {norm(k): words(v) for k, v in self.patterns["definite_head_idioms"].items()}
        self.head_idioms = {norm(k): words(v) for k, v in self.patterns["head_idioms"].items()}
        self.definite_heads = PhraseMatcher(nlp.vocab, attr="NORM")
        for phrase, kind in self.patterns["definite_heads"].items():
            self.definite_heads.add(kind, [self._pattern(nlp, _norms(self._split(phrase), self.known))])
        self.definite_names = {" ".join(_norms(self._split(k), self.known)): _norms(self._split(v), self.known)
                               for k, v in self.patterns["definite_names"].items()}
        self.listed_by_pattern = self._listed_by_pattern()
        self.listed_names = {key: [_norms(self._split(n), self.known) for n in (org["name"], *org["aliases"])]
                             for key, org in self.orgs.items()}
        self.readings: dict[str, list[Reading]] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self._build(nlp, ctx)

    # ------------------------------------------------------------ matcher
    def _split(self, text: str) -> list[str]:
        return [t.text for t in self.tokenizer(text) if not t.is_space]

    def _add(self, surface: str, reading: Reading) -> None:
        norms = _norms(self._split(surface), self.known)
        if not norms:
            return
        ident = " ".join(norms)
        bucket = self.readings.setdefault(ident, [])
        if reading not in bucket:
            bucket.append(reading)

    def _build(self, nlp: Language, ctx: dict) -> None:
        self.one_word_orgs: dict[str, set[str]] = {}     # normalised one-word name -> its written forms
        ambiguous_states = {normalize(s) for s in ctx["ambiguous_state_names"]}
        for iso, state in self.states.items():
            for surface in state["names"]:
                self._add(surface, Reading("STATE", iso, "name", normalize(surface) in ambiguous_states))
            for surfaces in state["demonyms"].values():
                for surface in surfaces:
                    self._add(surface, Reading("STATE", iso, "demonym", normalize(surface) in ambiguous_states))
        for key, place in self.places.items():
            for surface in [place["name"], *place["aliases"]]:
                self._add(surface, Reading("LOC", key, place["kind"], bool(place.get("ambiguous"))))
        for key, org in self.orgs.items():
            ambiguous = {normalize(a) for a in org.get("ambiguous", [])}
            quoted = {normalize(a) for a in org.get("quoted", [])}
            for surface in [org["name"], *org["aliases"]]:
                if " " not in surface:
                    self.one_word_orgs.setdefault(normalize(surface), set()).add(strip_marks(surface))
                if normalize(surface) in quoted:
                    self._add(surface, Reading("ORG", key, "quoted", True))
                else:
                    self._add(surface, Reading("ORG", key, "name", normalize(surface) in ambiguous))
        for word in self.generic_states:
            self._add(word, Reading("GENERIC", word))
        for ident in self.readings:
            words = ident.split(" ")
            self.matcher.add(ident, [self._pattern(nlp, [first, *words[1:]])
                                     for first in [words[0], *self._particle_forms(words[0])]])

    @staticmethod
    def _pattern(nlp: Language, norms) -> Doc:
        pattern = Doc(nlp.vocab, words=list(norms))
        for token, norm in zip(pattern, norms):
            token.norm_ = norm
        return pattern

    def _particle_forms(self, word: str) -> list[str]:
        """Particle + word forms the normaliser keeps whole because the data knows them as words.

        "للأمم" is a word of "الجمعية العامة للأمم المتحدة", so the normaliser
        does not reduce it to "الامم"; the patterns of "الأمم المتحدة" must
        then also start with it.
        """
        forms = [p + word for p in PARTICLES]
        if word.startswith("ال"):
            forms += [p + "ل" + word[1:] for p in ("", "و", "ف")]
        return [f for f in forms if f in self.known and f != word]

    # ------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        matches = [(doc.vocab.strings[m], s, e) for m, s, e in self.matcher(doc)]
        for ident, start, _ in matches:
            self._mark_particles(doc[start], ident.split(" ", 1)[0])
        clear, unclear = [], []
        for ident, start, end in matches:
            for reading in self.readings[ident]:
                (unclear if reading.ambiguous else clear).append((start, end, reading, ident))
        evidence = self._evidence(matches)
        self._listed_states = {i for ident, s, e in matches for i in range(s, e)
                               if all(r.label == "STATE" for r in self.readings[ident])}
        self._clear_orgs = {(s, e) for s, e, r, _ in clear if r.label == "ORG"}
        candidates = []
        for start, end, reading, ident in clear + self._best_orgs(
                doc, [u for u in unclear if self._licensed(doc, *u[:3], evidence)], evidence):
            cand = self._candidate(doc, start, end, reading, ident, evidence)
            if cand is not None:
                candidates.append(cand)
        candidates += self._pattern_orgs(doc, candidates)
        chosen = self._resolve(candidates)
        self._short_listed_names(doc, chosen)
        self._generic_states(doc, chosen)
        self._capitals_in_coordination(doc, chosen)
        self._write(doc, [c for c in chosen if c.label != "GENERIC"])
        return doc

    @staticmethod
    def _mark_particles(token, stem: str) -> None:
        """token._.clitic for a particle form the normaliser kept whole ("للأمم" keeps its لل: ل + ال)."""
        extra = len(token.norm_) - len(stem)
        if extra > 0 and not token._.clitic and token.norm_.endswith(stem):
            token._.clitic = _original_chars(token.text, extra)

    def _evidence(self, matches) -> Counter:
        """Mentions per state and organisation from surfaces that can mean only one thing."""
        evidence: Counter = Counter()
        self._sure_at = []
        for ident, start, _ in matches:
            readings = [r for r in self.readings[ident] if r.label != "GENERIC"]
            if any(r.ambiguous for r in readings if r.label != "ORG"):
                continue
            # an ambiguous organisation does not hide the sure reading ("الرياض": the city, or the newspaper)
            keys = {r.key if r.label != "LOC" else self.places[r.key]["state"] for r in readings if not r.ambiguous}
            if len(keys) == 1 and (key := keys.pop()):
                evidence[key] += 1
                self._sure_at.append((start, key))
        return evidence

    # ------------------------------------------------------------ context
    def _prev_norm(self, doc: Doc, i: int) -> str | None:
        return doc[i - 1].norm_ if i > 0 and not doc[i - 1].is_sent_end else None

    def _particles(self, token) -> str:
        """Normalised attached particles of a token ("وب" for "وبالمغرب", "ل" for "للمغرب")."""
        if token._.clitic:
            return normalize(token.text[:token._.clitic])
        word = normalize(token.text)
        return "ل" if word.startswith("لل") and token.norm_.startswith("ال") else ""

    def _locative(self, doc: Doc, i: int) -> bool:
        """Token i is governed by a locative word or particle, or named by a place word."""
        if set(self._particles(doc[i])) & {"ب", "ل"}:
            return True
        prev = self._prev_norm(doc, i)
        return prev is not None and (prev in self.locatives or prev in self.place_words)

    def _after_place_word(self, doc: Doc, i: int) -> bool:
        """"مدينة X", "العاصمة X", "العاصمة الفرنسية X"."""
        for back in (1, 2):
            j = i - back
            if j < 0 or doc[j].is_sent_end:
                return False
            if doc[j].norm_ in self.place_words:
                return True
        return False

    def _named_place(self, doc: Doc, i: int) -> bool:
        """A place word right before token i, quotes aside: "منطقة «الفاو»"."""
        j = _before_quotes(doc, i)
        return j >= 0 and not doc[j].is_sent_end and doc[j].norm_ in self.place_words

    def _licensed(self, doc: Doc, start: int, end: int, reading: Reading, evidence: Counter) -> bool:
        """Whether an ambiguous surface is meant as the entity here."""
        prev = self._prev_norm(doc, start)
        if reading.label == "ORG":
            if reading.form == "quoted":     # a newspaper named by a common word: «اليوم», صحيفة الرياض, لـ(عكاظ)
                return prev in self.press_prefixes or self._quoted(doc, start, end) \
                    or self._bracketed(doc, start, end) and normalize(doc[start:end].text) not in relative_day_nouns()
            org = self.orgs[reading.key]
            j = _before_quotes(doc, start)      # تنظيم «القاعدة»
            prefixed = prev in self.prefixes or (0 <= j < start - 1 and doc[j].norm_ in self.prefixes) \
                or prev in self.member_states       # "دول مجلس التعاون": the council's states
            nxt = doc[end] if end < len(doc) else None
            named_on = nxt is not None and nxt.norm_.startswith("ال") and self._adjective_like(nxt.norm_) \
                and nxt.i not in self._listed_states    # "الحزب الديمقراطي المسيحي" is another party
            if "context" in org:     # "حزب الجمهوريين" of France: a prefix word does not tell which
                return reading.key in evidence or (not named_on and any(key in evidence for key in org["context"])) \
                    or self._beside_org(doc, start, end)
            return prefixed or reading.key in evidence or org.get("parent") in evidence or self._beside_org(doc, start, end)
        if reading.label == "STATE":
            return prev in self.state_words or self._locative(doc, start) or reading.key in evidence \
                or self._among_states(doc, start, end)      # "موريتانيا ومالي وبوركينا فاسو"
        state = self.places[reading.key]["state"]
        return self._after_place_word(doc, start) or (self._locative(doc, start) and state in evidence)

    @staticmethod
    def _quoted(doc: Doc, start: int, end: int) -> bool:
        """The span is exactly a quoted name: «الشرق الأوسط», "الاقتصادية" (how the press names a publication)."""
        return start > 0 and end < len(doc) and doc[start - 1].text in QUOTES_OPEN and doc[end].text in QUOTES_CLOSE

    @staticmethod
    def _bracketed(doc: Doc, start: int, end: int) -> bool:
        """The span is exactly a name in round brackets: "وأكدت لـ(عكاظ) مصادر" (how the Saudi press also names a
        publication); "(اليوم)" is mostly "today" ("غدًا (اليوم)"), so the caller keeps days out."""
        return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"

    def _beside_org(self, doc: Doc, start: int, end: int) -> bool:
        """The span is coordinated with an unambiguous listed organisation: "حزب الله وحماس", "بوكو حرام والقاعدة"."""
        i = _before_quotes(doc, start)
        joined = "و" in self._particles(doc[start])
        if i >= 0 and doc[i].norm_ in COORDINATORS:
            i, joined = i - 1, True
        while i >= 0 and doc[i].text in QUOTES_CLOSE:
            i -= 1
        if joined and any(e == i + 1 for _, e in self._clear_orgs):
            return True
        j = end
        while j < len(doc) and doc[j].text in QUOTES_CLOSE:
            j += 1
        if j < len(doc) and doc[j].norm_ in COORDINATORS:
            j += 1
        elif j >= len(doc) or "و" not in self._particles(doc[j]) and doc[j].text not in QUOTES_OPEN:
            return False
        while j < len(doc) and doc[j].text in QUOTES_OPEN:
            j += 1
        return j < len(doc) and any(s == j for s, _ in self._clear_orgs)

    def _best_orgs(self, doc: Doc, licensed: list, evidence: Counter) -> list:
        """Of several organisations one ambiguous surface may name ("التحالف"), the one its context supports
        most: in its sentence ("اليمن"، "الحوثيين"), then in the document."""
        def support(start, reading):
            sent = doc[start].sent
            keys = {reading.key, *self.orgs[reading.key].get("context", ())}
            return (sum(key in keys for i, key in self._sure_at if sent.start <= i < sent.end),
                    sum(evidence[key] for key in keys))
        best: dict = {}
        for item in licensed:
            start, end, reading, _ = item
            if reading.label != "ORG":
                continue
            other = best.get((start, end))
            if other is None or support(start, reading) > support(start, other[2]):
                best[(start, end)] = item
        return [item for item in licensed if item[2].label != "ORG" or best[item[:2]] is item]

    def _looks_like_verb(self, token) -> bool:
        """A finite verb next to a capital: listed verbs, or feminine agreement (ترفض, أعلنت)."""
        return self._verb_form(token.norm_)

    def _verb_form(self, norm: str) -> bool:
        """A word written as a listed verb or with feminine agreement (ترفض, أعلنت, قامت)."""
        if norm in self.verbs:
            return True
        if not _ARABIC_WORD.match(norm) or norm.startswith("ال") or len(norm) < 4:
            return False
        return norm.startswith("ت") or (norm.endswith("ت") and not norm.endswith("ات"))

    def _candidate(self, doc: Doc, start: int, end: int, reading: Reading, surface: str,
                   evidence: Counter) -> Candidate | None:
        """The span a reading of the matched surface (its normalised words) gives here, if any."""
        if end - start == 1 and _TANWEEN.search(doc[start].text):
            return None                  # "اكراً": a case ending marks a common noun
        if self._particles(doc[start]).endswith("ك") and not surface.startswith("ال"):
            return None                  # "كلاوس" is a name more often than "like Laos"
        prev = self._prev_norm(doc, start)
        nxt = doc[end].norm_ if end < len(doc) else None
        if prev in self.not_after.get(surface, ()) or nxt in self.not_before.get(surface, ()) \
                or surface in self.only_after and prev not in self.only_after[surface]:
            return None
        if reading.label == "ORG" and start > 0 and normalize(doc[start - 1].text).lstrip("ولب") in self.demonstratives:
            return None                  # "عقب خسارتهم لهذه القاعدة": the air base, a common noun
        if reading.label == "ORG" and _adjective_of_noun_before(doc, start):
            return None                  # "السياسة الخارجية الأميركية": US foreign policy, not the State Department
        if reading.label == "ORG" and self._named_place(doc, start):
            return None                  # "منطقة «الفاو»", "محافظة فيفا": a place of that name
        if reading.label == "ORG" and end - start == 1 and not any(
                _same_hamzas(doc[start].text, written) for written in self.one_word_orgs.get(surface, ())):
            return None                  # "وأرنا بأسك" (show us), "وأم محمد" (mother): not إرنا, not وام
        if reading.label == "GENERIC":
            return Candidate(start, end, "GENERIC", reading.key, rank=9)
        if reading.label == "ORG":
            if prev in self.prefixes and not doc[start - 1].norm_.startswith("ال"):
                start -= 1
            return Candidate(start, end, "ORG", reading.key, rank=0)
        if reading.label == "STATE":
            if reading.form == "demonym":
                if prev in self.demonym_not_after or (prev in self.given_names and not doc[start - 1]._.clitic):
                    return None
                both = any(r.label == "STATE" and r.form == "name" and r.key == reading.key
                           for r in self.readings.get(surface, ()))
                if both:
                    return None      # the name reading of the same surface decides
            if reading.form == "name" and self._place_instead(doc, start, surface, evidence):
                return None
            form = reading.form
            if form == "name" and any(r.label == "STATE" and r.form == "demonym" and r.key == reading.key
                                      for r in self.readings.get(surface, ())):
                definite_noun_before = prev is not None and prev.startswith("ال") and not self._locative(doc, start)
                form = "demonym" if definite_noun_before else "name"
            return Candidate(start, end, "STATE", reading.key, {"form": form}, rank=1 if form == "name" else 3)
        place = self.places[reading.key]
        if any(r.label == "STATE" and r.form == "name" for r in self.readings[surface]) \
                and self._place_instead(doc, start, surface, evidence) != reading.key:
            return None
        namesakes = [r.key for r in self.readings[surface] if r.label == "LOC"]
        if len(namesakes) > 1 and reading.key != max(
                namesakes, key=lambda k: (evidence[self.places[k]["state"]], -namesakes.index(k))):
            return None                  # طرابلس: Libya's, unless the document is about Lebanon
        if place["kind"] == "capital" and place["state"] and self._governs(doc, start, end):
            return Candidate(start, end, "STATE", place["state"],
                             {"form": "capital", "city": place["name"], "place": reading.key}, rank=2)
        return Candidate(start, end, "LOC", reading.key, rank=2)

    def _place_instead(self, doc: Doc, start: int, surface: str, evidence: Counter) -> str | None:
        """The place meant by a surface that is also a state name, or None for the state.

        A capital named like its own state (الكويت, الجزائر) is the place only
        after a place word ("مدينة الكويت"). A city named like another state
        (عمان: Oman, or Amman) is the city when written with shadda, after a
        place word, or, unless written with damma or the other state is named
        elsewhere, after a locative or when the document names the city's state.
        """
        readings = self.readings[surface]
        state = next(r.key for r in readings if r.label == "STATE" and r.form == "name")
        token = doc[start]
        if self._among_states(doc, start, start + len(surface.split(" "))):
            return None                  # "الأردن وعمان واليمن": a list of states
        for r in readings:
            if r.label != "LOC":
                continue
            place = self.places[r.key]
            if self._after_place_word(doc, start):
                return r.key
            if place["state"] != state and (SHADDA in token.text or (
                    DAMMA not in token.text and state not in evidence
                    and (place["state"] in evidence or self._locative(doc, start)))):
                return r.key
        return None

    def _among_states(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the span is coordinated with a state name that means nothing else."""
        before = start - 1
        if before >= 0 and doc[before].norm_ in COORDINATORS:
            before -= 1
        after = end + 1 if end < len(doc) and doc[end].norm_ in COORDINATORS else end
        return before in self._listed_states and ("و" in self._particles(doc[start]) or before != start - 1) \
            or after in self._listed_states and ("و" in self._particles(doc[after]) or after != end)

    def _governs(self, doc: Doc, start: int, end: int) -> bool:
        """A capital standing for its government: "واشنطن ترفض", "أعلنت الدوحة", "بين الرياض و…"."""
        if self._locative(doc, start) or self._after_place_word(doc, start):
            return False
        prev = self._prev_norm(doc, start)
        if prev in self.government_before:
            return True
        if prev in self.place_verbs:
            return False
        if prev is not None and self._looks_like_verb(doc[start - 1]):
            return True
        return end < len(doc) and not doc[end - 1].is_sent_end and self._looks_like_verb(doc[end])

    # ------------------------------------------------------------ organisation patterns
    def _pattern_orgs(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """Unlisted organisations: head noun + name (+ state adjective or name)."""
        at = {}
        for c in found:
            if c.label != "GENERIC":
                at.setdefault(c.start, c)
        out = []
        inside = {k for c in found if c.label == "ORG" for k in range(c.start + 1, c.end)}
        for _, i, _ in self.head_matcher(doc):
            if i and doc[i - 1].norm_ in self.head_idioms.get(doc[i].norm_, ()):
                continue        # "على جبهة العمل الدولي": on a front, no body
            if i in inside:
                continue        # "جماعة حزب الله الشيعية اللبنانية": Hezbollah, described
            if not (i in at and at[i].label == "ORG"):
                cand = self._head_pattern(doc, i, doc[i].norm_, at)
                if cand is not None:
                    out.append(cand)
        for _, i, _ in self.definite_head_matcher(doc):
            if i and doc[i].norm_ in self.participle_heads and normalize(doc[i].text).startswith("ال") \
                    and _bare(doc[i - 1].norm_).startswith("ال"):
                continue        # "اللجنة المنظمة العليا", "الدول المؤسسة": the participle agrees with the noun before
            if i not in at:
                cand = self._definite_pattern(doc, i, self.definite_head_forms[doc[i].norm_], at)
                if cand is not None:
                    out.append(cand)
        for kind_id, i, end in self.definite_heads(doc):
            if _adjective_of_noun_before(doc, i):
                continue        # "(لل)سياسة الخارجية السعودية": it agrees with the noun before it, an adjective, no ministry
            if i and doc[i - 1].norm_ in self.definite_head_idioms.get(doc[i].norm_, ()):
                continue        # "قلب الدفاع الإسباني": a footballer's position, no ministry
            if end < len(doc) and doc[end].norm_ in self.before_state and not doc[end]._.clitic:
                end += 1                                    # "القوات الجوية الملكية السعودية"
            if (c := at.get(end)) is not None and c.label == "STATE" and c.value \
                    and c.value["form"] in ("name", "demonym") \
                    and not (i and doc[i - 1].norm_ in self.titles and doc.vocab.strings[kind_id] == "ministry"):
                words = [t.norm_ for t in doc[i:end]]      # "الخارجية الروسية", not "وزير الخارجية الروسي"
                if words[-1] in self.before_state:
                    words.pop()
                words = self.definite_names.get(" ".join(words), words)
                if doc[i].norm_.endswith(("ه", "ات")) != doc[c.end - 1].norm_.endswith("ه"):
                    continue                                # the adjective agrees with the body's noun
                out.append(self._pattern_candidate(doc, i, c.end, doc.vocab.strings[kind_id], c.key, words))
        out += self._quoted_orgs(doc, at) + self._suffixed_companies(doc, at)
        for c in found:     # "كتائب حزب الله" is an organisation of its own, not Hezbollah
            if c.label == "ORG" and c.start > 0 and doc[c.start - 1].norm_ in self.unit_words \
                    and not doc[c.start]._.clitic:
                words = [t.norm_ for t in doc[c.start - 1:c.end]]
                out.append(self._pattern_candidate(doc, c.start - 1, c.end, "armed_group", None, words))
        return out + self._sub_units(doc, [c for c in found + out if c.label == "ORG"])

    def _suffixed_companies(self, doc: Doc, at: dict) -> list[Candidate]:
        """A company named by one to three words and its legal form ("نيدك كورب", "توشيبا كورب", "أبل إنك"): no
        person, whatever the name model reads (a listed or headed name is found by the other rules)."""
        out = []
        for k in positions(doc, self.company_suffix_ids):
            if doc[k]._.clitic or k == 0:
                continue
            start = k
            while start > 0 and k - start < 3 and start - 1 not in at and not doc[start - 1].is_sent_end \
                    and _ARABIC_WORD.match(doc[start - 1].norm_) and not doc[start - 1]._.clitic \
                    and doc[start - 1].norm_ not in self.stop and not doc[start - 1].norm_.startswith("ال") \
                    and not self.name_words.language_word(doc[start - 1].norm_):
                start -= 1      # (not "يوميا غروب": a word of the language, then sunset)
            if start < k:
                out.append(self._pattern_candidate(doc, start, k + 1, "company", None,
                                                   [t.norm_ for t in doc[start:k + 1]]))
        return out

    def _sub_units(self, doc: Doc, orgs: list[Candidate]) -> list[Candidate]:
        """A body of an organisation, an organisation of its own: "المكتب التنفيذي لحركة نداء تونس",
        "بعثة الأمم المتحدة", "أمانة المنظمة" (the one منظمة of the document); a command or a general secretariat
        ("قيادة القوات الجوية السعودية", "الأمانة العامة للجامعة العربية") is the body itself, and so is the head
        word of a listed body's own name ("لجنة الصليب الأحمر" for «اللجنة الدولية للصليب الأحمر")."""
        by_start: dict[int, Candidate] = {}
        for c in orgs:          # of readings starting at one token, the longest ("حزب المؤتمر الشعبي العام")
            if c.start not in by_start or c.end > by_start[c.start].end:
                by_start[c.start] = c
        out = []
        for _, s, e in self.sub_unit_matcher(doc):
            if e >= len(doc) or doc[e - 1].is_sent_end:
                continue
            construct = not doc[s].norm_.startswith("ال")       # "أمانة المنظمة" vs "المجلس العام للمنظمة"
            command = " ".join(t.norm_ for t in doc[s:e]) in self.commands
            if command and self._particles(doc[s]).endswith("ب"):
                continue    # "الائتلاف بقيادة الحزب الاجتماعي الديمقراطي": led by the party, no command of it
            tok = doc[e]
            if self._particles(tok) != ("" if construct else "ل"):
                continue
            parent = by_start.get(e)
            if parent is not None:
                key, end, props = parent.key, parent.end, parent.props
                if key in self.orgs:
                    props = {k: self.orgs[key][k] for k in ("kind", "state") if k in self.orgs[key]}
            elif tok.norm_ in self.anaphors and (key := self._anaphor_parent(tok.norm_, orgs)) is not None:
                end, props = e + 1, {k: self.orgs[key][k] for k in ("kind", "state") if k in self.orgs[key]}
                if command:
                    out.append(Candidate(s, end, "ORG", key, rank=3, props=props))
                    continue
            else:
                continue
            if parent is not None and (command or construct and e - s == 1 and key in self.orgs
                                       and "ال" + doc[s].norm_ == self.listed_names[key][0][0]):
                out.append(Candidate(s, end, "ORG", key, rank=3, props=parent.props))
                continue     # "قيادة القوات الجوية السعودية" speaks for the force itself; "لجنة الصليب الأحمر"
                             # is the committee the list names «اللجنة الدولية للصليب الأحمر», no body of it
            slug = _pattern_key([t.norm_ for t in doc[s:e]], None)
            # "بعثة الأمم المتحدة", "مكتب الأمم المتحدة": one of many, the article's own (not "أمانة المنظمة")
            scope = f"#{doc_id}" if construct and doc[s].norm_ in self.many_per_parent and "#" not in key \
                and (doc_id := (doc._.meta or {}).get("doc_id")) else ""
            props = {"kind": props.get("kind", "organization"), **({"state": props["state"]} if props.get("state") else {}),
                     "parent": key}
            first = doc[s].text[doc[s]._.clitic:]      # "المدير العام للمكتب التنفيذي": "المكتب التنفيذي"
            first = article_restored(first, doc[s].norm_) if doc[s].norm_.startswith("ال") else first
            if parent is None:      # "أمانة المنظمة": named with the organisation the anaphor stands for
                head = first + doc.text[doc[s].idx + len(doc[s].text):doc[e - 1].idx + len(doc[e - 1].text)]
                surface = f"{head} {'' if construct else 'ل'}{self.orgs[key]['name']}"
            else:
                surface = first + doc.text[doc[s].idx + len(doc[s].text):doc[end - 1].idx + len(doc[end - 1].text)]
            # the parent keeps its own mention: the span of the body is its head words, its name the whole phrase
            out.append(Candidate(s, e if parent is not None else end, "ORG", f"{slug}/{key[4:]}{scope}", rank=3,
                                 props=props, surface=surface))
        return out

    def _indefinite_adjective(self, head: str, tok) -> bool:
        """Whether the word right after an indefinite head is a nisba agreeing with it (هيئة وطنية, مجلس وطني): a
        description, not a name ("شركة سعودي أوجيه" keeps its masculine word; "مجلس شورى", "منظمة تعبئة" are no
        nisbas, though normalised alike; nor "رعاية", "تنمية", verbal nouns)."""
        word, written = tok.norm_, strip_marks(tok.text)
        return not word.startswith("ال") and written.endswith("ية" if head.endswith("ه") else "ي") and len(word) > 3 \
            and not _MASDAR.match("ال" + word) and self.name_words.language_word(word)     # not "جمعية رعاية …"

    def _anaphor_parent(self, norm: str, orgs: list[Candidate]) -> str | None:
        """The one listed organisation of the document an anaphor names: "المنظمة" -> منظمة التجارة العالمية."""
        head = self.anaphors[norm]
        keys = {c.key for c in orgs if c.key in self.orgs and self.listed_names[c.key][0][0] == head}
        return keys.pop() if len(keys) == 1 else None

    def _quoted_orgs(self, doc: Doc, at: dict) -> list[Candidate]:
        """A quoted name after a group word or head: حركة «التوحيد والجهاد», «حركة أنصار الدين», صندوق «أفريقيا 50».

        The span is the quoted name (with the group word when it is inside the quotes); a
        name the gazetteer lists keeps its own reading.
        """
        out = []
        quotes = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), self._open_quotes)).tolist()
        for i in sorted({j for q in quotes for j in (q - 1, q + 1) if 0 <= j < len(doc)}):     # words beside a quote
            tok = doc[i]
            if tok.norm_ not in self.prefixes and tok.norm_ not in self.heads and not self._after_head_title(doc, i):
                continue
            if i + 1 < len(doc) and doc[i + 1].text in QUOTES_OPEN and not _closes_quote(doc, i + 1):
                start, inner = i + 2, i + 2
            elif i > 0 and doc[i - 1].text in QUOTES_OPEN and not _closes_quote(doc, i - 1):
                start, inner = i, i + 1
            else:
                continue
            end = next((j for j in range(inner, min(len(doc), inner + 9)) if doc[j].text in QUOTES_CLOSE
                        or doc[j].is_sent_start), None)
            if end is None or end == inner or doc[end].text not in QUOTES_CLOSE:
                continue
            while end - 1 > inner and doc[end - 1].text in COORDINATORS:
                end -= 1     # "«تيار الإسلام السياسي،»": the comma of the sentence, written inside the quotes
            if any(c.label == "ORG" for k in range(inner, end) if (c := at.get(k)) is not None) or not all(
                    _ARABIC_WORD.match(t.norm_) or t.text in COORDINATORS or t.text.isdigit() for t in doc[inner:end]) \
                    or not _ARABIC_WORD.match(doc[inner].norm_) or doc[inner]._.clitic:
                continue     # "صندوق «أفريقيا 50»", not a bare figure
            kind = self.heads.get(tok.norm_, "armed_group" if tok.norm_ in self.armed_prefixes else "organization")
            words = [t.norm_ for t in doc[inner:end] if t.text not in COORDINATORS]
            if words[0] in self.adjective_openers and len(words) > 1:
                continue     # "لجنة «شبه سرية»": a quoted description ("semi-", "non-"), no name
            if len(words) == 1 and not _definite(doc[inner]) and words[0].endswith("يه") \
                    and len(words[0]) >= 5 and self.name_words.language_word(words[0]):
                continue     # "منظمة «إرهابية»": a feminine nisba adjective in scare quotes describes the body
            if end + 1 < len(doc) and doc[end + 1].norm_ in self.place_adjectives.get(tok.norm_, ()):
                continue     # 'مركز "سويف" الحدودي': a border post
            if tok.norm_ in self.quoted_with_head and start == i + 2 and end == inner + 1 \
                    and not _definite(doc[inner]):
                # "مركز «كارتر»": a lone quoted word after a centre is named with it, "كارتر" its short name
                centre = self._pattern_candidate(doc, i, end, self.heads[tok.norm_], None, [tok.norm_, *words])
                centre.surface, centre.alias = f"{tok.text[tok._.clitic:]} {doc[inner].text}", doc[inner].text
                out.append(centre)
                continue
            if start == i + 2 and tok.norm_ in self.heads and tok.norm_ not in self.prefixes and (
                    end == inner + 1 and _definite(doc[inner]) and self.name_words.language_word(doc[inner].norm_)
                    or doc[inner].norm_ in self.name_titles):
                # "هيئة «الطيران»", "جمعية «الإمام مالك»": a word of the language or a person's name in quotes
                # is what the body is named after, the body is named with its head
                body = self._pattern_candidate(doc, i, end, self.heads[tok.norm_], None, [tok.norm_, *words])
                body.surface = f"{tok.text[tok._.clitic:]} {doc[inner:end].text}"
                out.append(body)
                continue
            if words[0] in self.not_complements.get(tok.norm_, ()) \
                    or start == i and all(not w.startswith("ال") and w.endswith(("ي", "يه")) for w in words) \
                    or start == i and self._indefinite_adjective(tok.norm_, doc[inner]):
                continue     # "«منظمة إرهابية»", "«هيئة وطنية للمحامين»": a head with an indefinite adjective
                # describes, names nothing
            if any(t._.clitic and normalize(t.text)[:1] == "و" and t.norm_ in self.heads for t in doc[inner + 1:end]):
                continue     # "«مجلس الشورى وهيئة الخبراء»": two bodies, each read by its own head
            out.append(self._pattern_candidate(doc, start, end, kind, None, words))
        return out

    def _after_head_title(self, doc: Doc, i: int) -> bool:
        """Token i is a separate لـ or في after the title of a body's head: "الرئيس التنفيذي لـ«بيزلي»", "كبير
        الاقتصاديين في «يولر هيرميس»" (its quoted name is the body's)."""
        if doc[i].norm_ not in ("ل", "في") or doc[i]._.clitic:
            return False
        return any(i >= len(t) and tuple(w.norm_ for w in doc[i - len(t):i]) == t for t in self.head_titles)

    def _head_pattern(self, doc: Doc, i: int, head: str, at: dict) -> Candidate | None:
        """"وزارة الخارجية المغربية": head + at most one indefinite word + definite words (+ a state), or a
        person's name (مؤسسة خليفة بن زايد), or a state's name before a complement (مركز الإمارات للدراسات);
        then complements and coordinated words (للاستثمار, لمكافحة غسل الأموال, والتعاون الدولي)."""
        sent_end = doc[i].sent.end
        if normalize(doc[i].text).startswith("لل") and i + 1 < sent_end and self._adjective(doc, i + 1, at):
            return self._definite_pattern(doc, i, head, at)     # "للجنة الوطنية": ل + اللجنة, not "لجنة الوطنية"
        j, words, state, definite = i + 1, [], None, False
        articles: list[bool] = []       # whether each word of words has the article
        person = self._person_name_end(doc, j, sent_end, at)
        if person:
            words, definite, j = [t.norm_ for t in doc[j:person]], True, person
            if j < sent_end and doc[j].norm_ in self.naming_adjectives and not doc[j]._.clitic:
                words.append(doc[j].norm_)      # "مؤسسة سالم بن محفوظ الخيرية"
                j += 1
        elif (c := at.get(j)) is not None and c.label == "STATE" and c.value and c.value["form"] == "name" \
                and not doc[j]._.clitic and self._complement_at(doc, i, c.end, sent_end, at) is not None:
            words, state, definite, j = [t.norm_ for t in doc[j:c.end]], c.key, True, c.end
        named = 0       # words of a person's name in it ("مركز الأمير فيصل بن بندر"), which leave room for more
        placed = False  # named by its city alone ("جامعة القاهرة")
        while j < sent_end and len(words) - named < 4 and not person and state is None:
            tok = doc[j]
            cand = at.get(j)
            if cand is not None and cand.label == "LOC" and not tok._.clitic and not definite and (
                    words and not articles[-1] and words[-1] not in self.event_heads
                    or not words and head in self.place_named_heads):
                # "شركة مياه الرياض", "مكتب عمل حائل": a city is the genitive of the word before it (not of an
                # event's: "لجنة مؤتمر القاهرة" names the conference); "جامعة القاهرة": of the head itself
                placed = not words
                words += [t.norm_ for t in doc[j:cand.end]]
                articles += [True] * (cand.end - j)
                definite, j = True, cand.end
                continue
            if cand is not None:
                if cand.label == "STATE" and cand.value and not tok._.clitic and words \
                        and (cand.value["form"] == "name" or (definite and cand.value["form"] == "demonym")):
                    state, (j, partners) = cand.key, self._joint_states(doc, cand.end, sent_end, at)
                    words += partners
                    articles += [True] * len(partners)
                break                # not "جماعة إرهابية ليبية": an indefinite description
            norm = tok.norm_
            title = None if words else next((t for t in self.person_titles if [x.norm_ for x in doc[j:j + len(t)]] == t),
                                            None)
            if title is not None:
                words, articles, definite, j = list(title), [True] * len(title), True, j + len(title)
                named += len(title)     # "معهد خادم الحرمين الشريفين لأبحاث الحج": the king's title, as his name
                continue
            if norm in self.titles and not (words and definite and self._nisba_title_as_adjective(doc, j)) \
                    or norm in self.name_titles:
                names = 0
                while norm in self.name_titles and not words and j + 1 + names < sent_end and names < 5:
                    if doc[j + 1 + names].norm_ in self.given_names and not names:
                        names += 1      # (a second one is the name of a person after the body: "بجامعة الملك
                        # فيصل يونس البدر", "جامعة الملك سعود على التبرع": على is written like علي)
                    elif names and doc[j + 1 + names].norm_ in NASAB and j + 2 + names < sent_end \
                            and doc[j + 2 + names].norm_ in self.given_names:
                        names += 2       # "مركز الأمير فيصل بن بندر للأورام": the name with its father's
                    elif names and doc[j + 1 + names].norm_ in NASAB and j + 3 + names < sent_end \
                            and doc[j + 2 + names].norm_ == "عبد" and doc[j + 3 + names].norm_.startswith("ال"):
                        names += 3       # "مؤسسة الملك عبد الله بن عبد العزيز العالمية": a father's name of two words
                    elif not names and doc[j + 1 + names].norm_ == "عبد" and j + 2 + names < sent_end \
                            and doc[j + 2 + names].norm_.startswith("ال"):
                        names += 2       # "مركز الملك عبد العزيز": عبد written apart from its second part
                    else:
                        break
                if not names:
                    break                # "وزارة الداخلية اللواء …": the title starts a person
                words += [t.norm_ for t in doc[j:j + 1 + names]]
                named += names
                articles += [True] * (1 + names)
                definite, j = True, j + 1 + names
                continue
            if definite and norm in self.adjective_openers and not tok._.clitic and j + 1 < sent_end and at.get(j + 1) is None \
                    and _definite(doc[j + 1]) and not doc[j + 1]._.clitic and _ARABIC_WORD.match(doc[j + 1].norm_):
                words += [norm, doc[j + 1].norm_]       # "منظمة الشعوب غير الممثلة": a negated adjective of the name
                articles += [False, True]
                j += 2
                continue
            if not words and norm in self.given_names and not tok._.clitic and j + 2 < sent_end \
                    and self.heads[head] not in ("party", "armed_group") \
                    and (field := self._complement_at(doc, i, j + 1, sent_end, at)) is not None \
                    and not strip_marks(doc[j + 1].text).endswith("ه") \
                    and (field.startswith("ال") or doc[j + 2].norm_.startswith("ال")):
                words, articles, definite, j = [norm], [True], True, j + 1
                named += 1      # "مركز آدم لحوار الحضارات": named after a person by his first name, then its field
                break           # (not "جمعية خالد لجهوده": his own deeds; a party is not named so: "حزب مؤيد للأكراد")
            article = _definite(tok)     # "لجنة ووضع السياسة": و + a word opened by و starts a new phrase
            if (tok._.clitic or normalize(tok.text).startswith(("لل", "وو")) or not _ARABIC_WORD.match(norm) or len(norm) < 3
                    or (definite and not self._adjective_like(norm))     # "تيار المحبة الانضمام": a new phrase
                    or (definite and norm in self.abstract_objects)        # "حمّلوا وزارة الصحة المسؤولية"
                    or self._time_phrase(doc, j)
                    or norm in self.given_names
                    or norm in self.stop or norm in self.heads or norm in self.locatives or norm in self.name_stop
                    or (definite and not article)
                    or (not definite and not article
                        and (words or self._looks_like_verb(tok) or norm[0] in "لبك"))
                    or not words and self.name_words.is_verb(norm)      # "مركز يدعم المواقع": a verb, no name
                    or not words and self._conjoined_word(norm)):       # "أكثر من وزارة وتعدد المرجعيات"
                break
            words.append(norm)
            articles.append(article)
            definite = definite or article
            j += 1
        while words and not person and state is None and not articles[-1] \
                and words[-1] not in self.given_names:
            words.pop()
            articles.pop()
            j -= 1
        if words and len(articles) == len(words) and articles[-1] and not person and state is None \
                and words[-1] not in self.not_alone.get(head, ()):
            noun = len(words) - 1       # the verbal noun before its adjectives ("لجنة الإشراف الفني على …")
            while noun > 0 and words[noun] not in self.complement_prepositions and _nisba(words[noun]):
                noun -= 1
            j, words = self._verb_object(doc, j, sent_end, at, words[noun], words)      # "مجلس الدفاع عن الموارد …"
            articles += [True] * (len(words) - len(articles))
        if len(words) > 2 and words[-1] in self.describing_adjectives and words[-2] not in self.adjective_openers:
            words.pop()     # "وكالة أنباء الأناضول الحكومية": the agency, described
            articles.pop()
            j -= 1
        if not words or not (definite or state) or not self.others.isdisjoint(words):
            return None      # "شركة النقل الأخرى": one more company of a kind
        if words[0] in self.not_complements.get(head, ()) or (len(words) == 1 and words[0] in self.complement_stop) \
                or words[-1] in self.place_adjectives.get(head, ()):
            return None      # "ديوان المحافظة": the governorate's office, no name; "مركز الجمجوم التجاري": a mall
        # "وكيل وزارة الخارجية للعلاقات الثنائية": the complement is the deputy's title
        j, more = self._name_tail(doc, i, j, sent_end, at, complements=i == 0 or doc[i - 1].norm_ not in self.deputy_titles)
        j = self._without_page_adjective(doc, i, j, words, more)
        j, more, state = self._state_after_tail(doc, j, sent_end, at, more, state, self.heads[head])
        place = self._branch_place(doc, head, j, state, at)
        more = more + [t.norm_ for t in place or () if t.norm_ not in self.place_words]
        if len(words) == 1 and not more and state is None and (
                words[0] in self.not_alone.get(head, ())
                or words[0] in self.institutions and self.heads[head] != "media"
                or words[0] in self.gathering_complements and self.heads[head] not in ("media", "party")):
            return None      # "شركة الطاقة", "صندوق التمويل": a sector, not a name; "مجلس النادي": the club's board;
            # "لجنة المهرجان", "مجلس المهرجان": the gathering's (as «اللجنة التنفيذية للمهرجان»; "حزب المؤتمر"
            # is a party)
        if head in self.weak_heads and state is None and len(words) + len(more) < 2 and not placed:
            return None
        if self.heads[head] == "company" and state is not None and not more \
                and all(self.name_words.language_word(w) for w in words):
            # "شركة مستحضرات التجميل الفرنسية شانيل", "«أودبريشت» شركة البناء البرازيلية", "لويدز، شركة التأمين
            # البريطانية": a sector and a state describe the company the name beside them names
            k = j + self._describing_at(doc, j, sent_end, at)
            if (c := at.get(k)) is not None and c.label == "ORG":
                return None         # "شركة النفط الفرنسية توتال": the listed company, described
            after = self._foreign_name_at(doc, k, sent_end, at)
            named_by = after or self._name_before(doc, i, at)
            if named_by is not None:
                start, end = named_by
                return self._pattern_candidate(doc, start, end, "company", state, [t.norm_ for t in doc[start:end]])
        quoted = None if person else self._quoted_name_after(doc, j, sent_end, at)
        if quoted is not None and (i and {doc[i - 1].norm_, "ال" + doc[i - 1].norm_} & self.titles
                                   and doc[quoted[0]].norm_ in self.given_names
                                   or doc[quoted[0]].norm_ in self.titles | self.name_titles):
            quoted = None   # "رئيس لجنة التصوير «حسان مبروك»", "محامية هيئة … «حنان الخطيب»", "المتحدث الإعلامي
            # لجامعة تبوك "الدكتور محمد الثبيتي"": the title's holder
        if quoted is not None and not named:
            start, end = quoted     # "شركة التطوير العقاري «…»": the sector describes the body the quotes name
            return self._pattern_candidate(doc, start, end, self.heads[head], state, [t.norm_ for t in doc[start:end]])
        if self.heads[head] == "media" and not more and place is None and not person \
                and all(doc[k].norm_ == w for k, w in zip(range(i + 1, j), words)):
            while len(words) > 1 and words[-1] in self.press_descriptions:
                words.pop()     # "صحيفة الجزيرة اليومية", "صحيفة الماركا الإسبانية": the paper, described
            j = i + 1 + len(words)
        found = self._pattern_candidate(doc, i, j, self.heads[head], state, [head, *words, *more])
        if place is not None:
            found.surface = _with_place(doc[i:j], place, self._article_restored(doc, i, j))
        if quoted is not None:      # "جمعية الأمير فهد بن سلمان الخيرية لرعاية مرضى الفشل الكلوي «كلانا»": its short name
            found.alias = doc[quoted[0]:quoted[1]].text
        return found

    def _conjoined_word(self, norm: str) -> bool:
        """Whether a word the normaliser kept whole is و + a word (the lexicon's conjoined), as no word of its own
        ("وتعدد", "ودعم"; not "وزراء", "وادي"): after an indefinite head it starts a coordinated phrase, no name."""
        return norm.startswith("و") and len(norm) >= 4 and self.name_words.conjoined(norm) \
            and not self.name_words.is_common(norm)

    def _describing_at(self, doc: Doc, j: int, sent_end: int, at: dict) -> int:
        """1 when token j is one more definite adjective of a description ("العملاقة"), else 0."""
        return int(j < sent_end and at.get(j) is None and not doc[j]._.clitic and doc[j].norm_.startswith("ال")
                   and _ARABIC_WORD.match(doc[j].norm_) is not None and self.name_words.language_word(doc[j].norm_))

    def _foreign_name_at(self, doc: Doc, j: int, sent_end: int, at: dict) -> tuple[int, int] | None:
        """The tokens of one to three words from token j that are no words of the language ("شانيل", "بلانت
        ادفانسد"): a foreign name; None if there is none."""
        k = j
        while k < sent_end and k - j < 3 and at.get(k) is None and self._foreign_word(doc[k]):
            k += 1
        return _unjoined(doc, j, k)

    def _foreign_word(self, tok) -> bool:
        """A word of a foreign name: no word of the language, no first name, not one written with a particle or a
        pronoun ("بتقديمها")."""
        norm = tok.norm_
        return not tok._.clitic and len(norm) > 2 and _ARABIC_WORD.match(norm) is not None \
            and not norm.startswith("ال") and norm not in self.stop and norm not in self.given_names \
            and not self.name_words.language_word(norm) and not norm.endswith(("ها", "هم")) \
            and not (norm[0] in "وفبلك" and self.name_words.language_word(norm[1:]))

    def _name_before(self, doc: Doc, i: int, at: dict) -> tuple[int, int] | None:
        """The tokens of a name set off right before token i, quoted or by a comma ("«أودبريشت» …", "لويدز، …"):
        what i starts describes it; None if there is none."""
        k = i - 1
        if k < 1 or doc[k].is_sent_start:
            return None
        if doc[k].text in QUOTES_CLOSE:
            start = next((s for s in range(k - 1, max(-1, k - 5), -1) if doc[s].text in QUOTES_OPEN), None)
            inside = doc[start + 1:k] if start is not None else []
            return (start + 1, k) if inside and all(t.is_alpha for t in inside) \
                and not any(at.get(t.i) is not None for t in inside) else None
        if doc[k].text not in ("،", ","):
            return None
        start = k
        while start > 0 and k - start < 3 and at.get(start - 1) is None and not doc[start - 1].is_sent_end \
                and self._foreign_word(doc[start - 1]):
            start -= 1
        return _unjoined(doc, start, k)

    def _quoted_name_after(self, doc: Doc, j: int, sent_end: int, at: dict) -> tuple[int, int] | None:
        """The tokens of a short quoted name right after a body's description (one more adjective allowed:
        "شركة التطوير العقاري الفاخر «…»"), or None; a quoted statement ("«أن …»", "«نرفض …»"), adjective, state
        or ordinal is no name; a lone quoted word is a verb only when the corpus knows it as one («تويتر» is none)."""
        if j < sent_end and at.get(j) is None and not doc[j]._.clitic and doc[j].norm_.startswith("ال") \
                and _ARABIC_WORD.match(doc[j].norm_) and doc[j].norm_ not in self.stop:
            j += 1          # (not "التي": "المؤسسة التي «حيرت» المشتركين" quotes its verb)
        if j >= sent_end or doc[j].text not in QUOTES_OPEN:
            return None
        end = next((k for k in range(j + 1, min(sent_end, j + 6)) if doc[k].text in QUOTES_CLOSE), None)
        if end is None or end == j + 1 or not all(t.is_alpha for t in doc[j + 1:end]):
            return None
        first = doc[j + 1]
        verb = self._looks_like_verb(first) if end > j + 2 else first.norm_ in self.verbs   # «تويتر» is no verb
        if first.norm_ in self.stop or first._.clitic or verb or first.norm_ in self.heads \
                or any(at.get(k) is not None for k in range(j + 1, end)) or end == j + 2 and _nisba(first.norm_) \
                or all(normalize(t.text).removeprefix("و") in self.ordinal_words for t in doc[j + 1:end]):
            return None     # "معهد العلاقات الدولية «الفرنسي»": a quoted adjective or state, no name; "اتحاد البريد
                            # العربي «الرابع والعشرين»": the edition of its meeting
        return j + 1, end

    def _definite_pattern(self, doc: Doc, i: int, head: str, at: dict) -> Candidate | None:
        """"الهيئة العامة للاستثمار", "اللجنة الفنية الثلاثية", "الاتحاد السعودي لكرة القدم": a definite head,
        a naming adjective (a listed one or a nisba), more adjectives or a state, and a complement unless two
        adjectives or a state already make the name."""
        sent_end = doc[i].sent.end
        j, words, state = i + 1, [], None
        while j < sent_end and len(words) < 4:
            if (cand := self._demonym_at(doc, j, at)) is not None:
                if cand.end < sent_end and doc[cand.end].norm_ in self.given_names:
                    break    # "رئيس الاتحاد الدولي السويسري جوزيف بلاتر": the person's nationality
                state, (j, partners) = cand.key, self._joint_states(doc, cand.end, sent_end, at)
                words += partners
                break
            if not self._adjective(doc, j, at):
                break
            words.append(doc[j].norm_)
            j += 1
        j, more = self._name_tail(doc, i, j, sent_end, at)
        j = self._without_page_adjective(doc, i, j, words, more)
        j, more, state = self._state_after_tail(doc, j, sent_end, at, more, state, self.heads[head])
        place = self._branch_place(doc, head, j, state, at)
        more = more + [t.norm_ for t in place or () if t.norm_ not in self.place_words]
        if not words or not (more or len(words) >= 2 or state):
            return None      # "الشركة الفرنسية", "المجلس الوطني": a description, not a name
        name = [normalize("ال" + head), *words, *more]
        cand = self._pattern_candidate(doc, i, j, self.heads[head], state, name)
        if not doc[i].norm_.startswith("ال"):      # "للجنة الوطنية" names "اللجنة الوطنية"
            text = doc[i].text
            cand.surface = article_restored(text[text.index("لل"):], normalize("ال" + head)) \
                + doc.text[doc[i].idx + len(text):doc[j - 1].idx + len(doc[j - 1].text)]
        if place is not None:
            cand.surface = _with_place(doc[i:j], place, cand.surface or self._article_restored(doc, i, j))
        return cand

    def _without_page_adjective(self, doc: Doc, i: int, j: int, words: list[str], more: list[str]) -> int:
        """The end of a body's name at token j without its last word when that word describes the web page the
        name is the genitive of ("موقع المؤسسة العامة للتدريب التقني والمهني الإلكتروني", "حساب وزارة الداخلية
        الرسمي"); the word leaves more, or else words."""
        if i > 0 and doc[i - 1].norm_ in self.web_pages and doc[j - 1].norm_ in self.web_adjectives \
                and len(words) + len(more) > 1:
            (more or words).pop()
            return j - 1
        return j

    def _branch_place(self, doc: Doc, head: str, j: int, state: str | None, at: dict) -> Span | None:
        """The place written with ب right after a body's name at token j when each city or region has its own
        body of that head ("جمعية الثقافة والفنون بالطائف", "المجلس البلدي بالرياض", also after a word for a place:
        "لجنة التنمية الاجتماعية الأهلية بمحافظة أبو عريش"): its name goes on with it (the place stays a mention of
        its own, where events are); None if there is none."""
        if head not in self.branch_heads or state is not None or j >= len(doc) or not written_onto(doc[j], "ب"):
            return None
        for k in (j, j + 1):
            if (c := at.get(k)) is not None and c.label == "LOC" \
                    and (k == j or doc[j].norm_ in self.place_words and not doc[k]._.clitic):
                return doc[j:c.end]
        return None

    def _adjective(self, doc: Doc, j: int, at: dict) -> bool:
        """A definite adjective that can name a body: a listed one (العامة, العليا) or a nisba (الفنية,
        الوطني), not one that describes (الحالية, الثانية, المنفذة), nor the start of an entity."""
        tok = doc[j]
        norm = tok.norm_
        if at.get(j) is not None or self._particles(tok) or not _ARABIC_WORD.match(norm) or not norm.startswith("ال") \
                or norm in self.stop or norm in self.name_stop or norm in self.not_naming_adjectives \
                or norm in self.titles and not self._nisba_title_as_adjective(doc, j) \
                or norm in self.definite_head_forms.values():
            return False
        plural = _PLURAL_ON_ALIF_MAQSURA.match(strip_marks(tok.text)) is not None
        return (norm in self.naming_adjectives or _nisba(norm) and not plural) and not self._time_phrase(doc, j)

    def _nisba_title_as_adjective(self, doc: Doc, j: int) -> bool:
        """A title that is a feminine nisba ("الصحفية", "الإعلامية") and no first name after it: the body's adjective
        ("مؤسسة اليمامة الصحفية"), not a journalist's title ("… الصحفية سارة"; "المدير … الإعلامي" is the man's)."""
        return doc[j].norm_.endswith("يه") and _nisba(doc[j].norm_) \
            and not (j + 1 < len(doc) and doc[j + 1].norm_ in self.given_names)

    def _time_phrase(self, doc: Doc, j: int) -> bool:
        """"وكالة حماية البيئة العام المقبل": a year, not the adjective of the name before it."""
        return j + 1 < len(doc) and doc[j + 1].norm_ in self.time_phrases.get(doc[j].norm_, ())

    def _complement_adjective(self, doc: Doc, j: int, at: dict) -> bool:
        """"للرقابة المالية", "للشؤون الخارجية": an adjective that names no body but qualifies its complement's noun."""
        return doc[j].norm_ in self.complement_adjectives and at.get(j) is None and not self._particles(doc[j])

    def _adjective_like(self, norm: str) -> bool:
        """A definite word that can qualify a name: a nisba (الإسلامية, الوطني) or a listed adjective."""
        return _nisba(norm) or norm.endswith(("يين", "يون")) or norm in self.naming_adjectives \
            or norm in self.not_naming_adjectives

    def _complement_at(self, doc: Doc, i: int, j: int, sent_end: int, at: dict) -> str | None:
        """The noun of a genitive complement of the body's name at token j ("للاستثمار" -> "الاستثمار",
        "لمكافحة" -> "مكافحة"), or None; not a title's ("وكيل وزارة الخارجية لشؤون المعلومات": complement_stop)."""
        if j >= sent_end or at.get(j) is not None:
            return None
        if doc[i].norm_.removeprefix("ال") in self.portfolio_heads and j > i + 1 and doc[i + 1].norm_ not in self.state_portfolio:
            return None     # "وزارة الداخلية لرصد القضايا": a ministry is named by its portfolio; what follows is a purpose
        noun = self._after_particle(doc[j], "ل")
        if noun is None or len(noun) < 3 or noun in self.stop or noun in self.given_names \
                or noun in self.complement_stop and not self._affairs_of_body(doc, i, j, noun) \
                or (noun in self.gathering_complements or noun in self.institutions) \
                and not self._named_after(doc, j, sent_end) \
                or noun in self.recipients.get(doc[i].norm_.removeprefix("ال"), ()) \
                or noun in self.anaphors or noun in self.definite_head_forms or noun in self.heads or noun in self.titles \
                or noun[2:] in self.prefixes \
                or noun in self.name_stop or noun.endswith(_PRONOUN_SUFFIXES) \
                or strip_marks(doc[j].text).endswith("ته") \
                or j + 1 < sent_end and doc[j + 1].norm_ in self.object_pronouns \
                or self._purpose_at(doc, noun, j + 1, sent_end):
            return None      # "المكتب التنفيذي للحركة": which movement is for the sub-units to tell; "وزارة الداخلية
            # للتنظيم الإرهابي": the object of a verb, a group word names another body; "للاطلاع عليها", "ديوان
            # المراقبة العامة للتحقيق في أسباب التعثر": a purpose
        return noun

    def _purpose_at(self, doc: Doc, noun: str, k: int, sent_end: int) -> bool:
        """Whether a verbal noun of purpose is followed at token k by the preposition of its object ("للتحقيق في",
        "للاستفادة من"): what the body is to do, not its name."""
        return k < sent_end and doc[k].norm_ in self.purposes.get(noun, ())

    def _named_after(self, doc: Doc, j: int, sent_end: int) -> bool:
        """Whether an adjective or a quoted title after token j may name the gathering it holds
        («للمهرجان الوطني للتراث», «للملتقى «…»»), not only its kind."""
        return j + 1 < sent_end and (doc[j + 1].text in QUOTES_OPEN
                                     or not doc[j + 1]._.clitic and self._adjective_like(doc[j + 1].norm_))

    def _affairs_of_body(self, doc: Doc, i: int, j: int, noun: str) -> bool:
        """"الرئاسة العامة لشؤون المسجد الحرام", "وكالة الوزارة لشؤون المساجد": the body's affairs complement is its
        name's, but not a title's portfolio after a body with a name of its own ("وكيل وزارة الزراعة لشؤون الزراعة")."""
        if noun not in self.affairs_complements:
            return False
        k = i - 1
        while k >= 0 and (doc[k]._.clitic or doc[k].norm_ in ("عام", "العام")):
            k -= 1      # "مدير عام حرس الحدود", "المساعد للجامعة العربية"
        titled = k >= 0 and doc[k].norm_.removeprefix("ال") in self.titles
        return not titled or doc[i].norm_.removeprefix("ال") in self.affairs_heads \
            or all(doc[m].norm_ in self.naming_adjectives for m in range(i + 1, j))

    def _after_particle(self, tok, particle: str) -> str | None:
        """The word after an attached particle ("للاستثمار" -> "الاستثمار", "والتعاون" -> "التعاون"), or None.
        An indefinite word is only split when its rest is long enough not to be a word of its own."""
        norm = tok.norm_
        attached = self._particles(tok)
        if attached:
            return norm if attached == particle else None
        if not _ARABIC_WORD.match(norm) or not norm.startswith(particle) or norm.startswith(particle * 2 + "ل"):
            return None
        if particle == "ل" and norm.startswith("لل"):
            return "ا" + norm[1:] if len(norm) >= 4 else None
        rest = norm[1:]
        return rest if rest.startswith("ال") and len(rest) > 3 or len(rest) >= 4 else None

    def _name_tail(self, doc: Doc, i: int, j: int, sent_end: int, at: dict,
                   complements: bool = True) -> tuple[int, list[str]]:
        """Complements and coordinated words after a body's name: "للدراسات والبحوث الاستراتيجية",
        "لمكافحة غسل الأموال", "والتعاون الدولي", an adjective or an activity after an adjective ("البلدية والقروية",
        "الاقتصادية والتنمية"), a second noun and genitive like the complement before it ("لصوامع الغلال ومطاحن
        الدقيق"), not a plural or another body ("الجمعية الخيرية والمستودع الخيري"). Returns the new end and the
        added words."""
        more: list[str] = []
        construct = False       # the last complement was a noun and its genitive ("لصوامع الغلال")
        single = False          # the last complement was one definite noun ("للأبحاث ودراسة السياسات")
        complemented = False    # a complement was read: a noun coordinated after its adjective is its field too
        while j < sent_end and len(more) < 6:
            tok = doc[j]
            noun = self._complement_at(doc, i, j, sent_end, at) if complements else None
            if noun is not None:
                again = complemented
                construct, complemented = False, True
                # "المجلس الوزاري للشؤون السياسية والأمنية لأجهزة الأمن": what follows the affairs is the verb's
                complements = noun not in self.affairs_complements
                k, chain = j + 1, [noun]
                while k < sent_end and len(chain) < 3 and not chain[-1].startswith("ال") and at.get(k) is None \
                        and not doc[k]._.clitic and _ARABIC_WORD.match(doc[k].norm_) and doc[k].norm_ not in self.stop \
                        and doc[k].norm_ not in self.complement_stop and doc[k].norm_ not in self.name_stop \
                        and doc[k].norm_ not in self.titles and doc[k].norm_ not in self.name_titles \
                        and not _possessed(doc[k].norm_):
                    chain.append(doc[k].norm_)
                    k += 1
                if not chain[-1].startswith("ال"):
                    break            # "لمكافحة" without the noun it governs; "لمعرفة دوافعهم": a clause's object
                if again and len(chain) == 1 and k < sent_end and doc[k].norm_ in self.object_prepositions:
                    break            # "الهيئة العامة للغذاء والدواء للحد من …": a second complement with its object is
                    # what the body does
                more += chain
                construct = len(chain) == 2
                single = len(chain) == 1 and chain[0].startswith("ال")     # "للأبحاث": a field
                j = k
                if len(chain) == 1:
                    j, more = self._verb_object(doc, j, sent_end, at, noun, more)
                while j < sent_end and (self._adjective(doc, j, at) or self._complement_adjective(doc, j, at)):
                    more.append(doc[j].norm_)
                    j += 1
                continue
            word = self._after_particle(tok, "و")
            # "لصوامع الغلال ومطاحن الدقيق": a second noun and genitive like the complement before; "للدعوة والإرشاد
            # وتوعية الجاليات", "هيئة الاتصالات وتقنية المعلومات": an activity and its object after a definite word
            # (not a body: "شركة النفط للمشتقات النفطية وتغطية البنك المركزي" is what the bank does)
            activity = word is not None and verbal_noun_only(word) and word not in self.complement_stop \
                and doc[j - 1].norm_.removeprefix("و").startswith("ال")
            field = single and word is not None and bool(_FIELD_NOUN.match(word))     # "ودراسة السياسات"
            if (construct or activity or field) and word is not None and not word.startswith("ال") \
                    and j + 1 < sent_end \
                    and at.get(j) is None and at.get(j + 1) is None and _ARABIC_WORD.match(word) \
                    and doc[j + 1].norm_.startswith("ال") and not doc[j + 1]._.clitic and word not in self.stop \
                    and word not in self.heads and word not in self.name_stop and doc[j + 1].norm_ not in self.stop \
                    and doc[j + 1].norm_ not in self.definite_head_forms \
                    and not (self._verb_form(word) and not activity):
                more += [word, doc[j + 1].norm_]
                j += 2
                construct = single = False
                while j < sent_end and self._adjective(doc, j, at):
                    more.append(doc[j].norm_)       # "وتنمية الموارد البشرية"
                    j += 1
                continue
            previous = more[-1] if more else doc[j - 1].norm_
            # "هيئة شؤون الأسرى والمحررين": the affairs of two groups of people
            affairs = doc[j - 2].norm_ in self.affairs_complements
            if word is not None and word.startswith("ال") and at.get(j) is None and word not in self.stop \
                    and not _place_ends_at(at, j) \
                    and not (word.endswith("ين") and len(word) > 7 and not affairs) \
                    and not (self._people_after(doc, j, sent_end) and not previous.endswith("ين") and not affairs) \
                    and (not _nisba(previous) or affairs or self._adjective_like(word)
                         or complemented and normalize(tok.text).startswith("وال")     # "للدراسات الإسلامية والبحوث"
                         or _verbal_noun(word) and word[2:] not in self.heads) \
                    and word not in self.not_coordinated and word not in self.coordinated_titles and word not in self.name_stop \
                    and word not in self.definite_head_forms and word not in self.heads and word not in self.institutions \
                    and not self._purpose_at(doc, word, j + 1, sent_end):      # "والاستفادة من …": a purpose
                more.append(word)
                j += 1
                single = False
                while j < sent_end and self._adjective(doc, j, at):
                    more.append(doc[j].norm_)
                    j += 1
                continue
            break
        return j, more

    def _state_after_tail(self, doc: Doc, j: int, sent_end: int, at: dict, more: list[str], state: str | None,
                          kind: str) -> tuple[int, list[str], str | None]:
        """A state's adjective after a complement is the name's last word ("هيئة الأركان المشتركة للجيش الأمريكي",
        "المعهد الدولي للدراسات الإيرانية"); it gives a state body its state (not an institute: Iranian studies are
        its topic; nor after the object of a complement's verb: "للتضامن مع الشعب الفلسطيني"); before a word that
        may be a name it is that person's nationality ("… لكرة السلة المصري متولي أبو سريع"). Returns end, words,
        state."""
        c = self._demonym_at(doc, j, at)
        if not more or state is not None or c is None or not doc[j].norm_.startswith("ال"):
            return j, more, state
        if c.end < sent_end and (after := doc[c.end]).is_alpha and not after._.clitic \
                and not after.norm_.startswith("ال") and after.norm_ not in self.stop:
            return j, more, state
        if kind in STATE_BODIES and self.object_prepositions.isdisjoint(more):
            return c.end, more, c.key       # keyed like "وزارة الخارجية المغربية": the words, then the state
        return c.end, more + [t.norm_ for t in doc[j:c.end]], None

    def _verb_object(self, doc: Doc, j: int, sent_end: int, at: dict, noun: str, words: list[str]) -> tuple[int, list[str]]:
        """A verbal noun of a name that takes its object with a preposition goes on with it up to a definite word
        and its adjectives ("مجلس الدفاع عن الموارد القومية", "للدفاع عن حقوق الإنسان"). Returns the new end and
        words."""
        if j >= sent_end or doc[j].norm_ not in self.complement_prepositions.get(noun, ()) \
                or j + 1 < sent_end and doc[j + 1].norm_ in self.preposition_idioms:
            return j, words     # "للتأمين على رأس قائمة الأسهم": an idiom, no object
        k = j + 1
        while k < sent_end and k - j <= 3 and at.get(k) is None and not doc[k]._.clitic \
                and _ARABIC_WORD.match(doc[k].norm_) and doc[k].norm_ not in self.stop \
                and not doc[k - 1].norm_.startswith("ال"):
            k += 1
        if not (k > j + 1 and doc[k - 1].norm_.startswith("ال")):
            return j, words
        while k < sent_end and self._adjective(doc, k, at):
            k += 1
        return k, words + [t.norm_ for t in doc[j:k]]

    @staticmethod
    def _people_after(doc: Doc, j: int, sent_end: int) -> bool:
        """Whether the word after token j is a masculine plural adjective ("والحلفاء الإقليميين"): the word at j
        is a group of people, no field of a body's name (unless the name is of people: "شؤون المعتقلين والأسرى
        المحررين")."""
        return j + 1 < sent_end and _definite(doc[j + 1]) and not doc[j + 1]._.clitic \
            and doc[j + 1].norm_.endswith("ين") and len(doc[j + 1].norm_) > 5

    def _person_name_end(self, doc: Doc, j: int, sent_end: int, at: dict) -> int:
        """End of a person's name right after a head ("مؤسسة خليفة بن زايد آل نهيان"), or 0; a family name with
        the article ends it when it is no word of the language or a naming adjective follows it ("مؤسسة عبدالرحمن
        بن صالح الراجحي", "شركة محمد بن إبراهيم القاضي القابضة"; not "مؤسسة سالم بن محفوظ الخيرية")."""
        if j + 2 >= sent_end or doc[j].norm_ not in self.given_names or doc[j + 1].norm_ not in ("بن", "ابن"):
            return 0
        k = j + 1
        while k + 1 < sent_end and doc[k].norm_ in ("بن", "ابن", "ال") and _ARABIC_WORD.match(doc[k + 1].norm_) \
                and k - j < 7:
            k += 2
            if k < sent_end and doc[k - 1].norm_ in self.name_openers and _ARABIC_WORD.match(doc[k].norm_):
                k += 1      # "مؤسسة محمد بن سلمان بن عبد العزيز": a compound name's second word
        if k < sent_end and all(t.norm_ != "ال" for t in doc[j:k]) and _definite(doc[k]) and not doc[k]._.clitic \
                and at.get(k) is None and doc[k].norm_ not in self.naming_adjectives \
                and _ARABIC_WORD.match(doc[k].norm_) and (
                    not self.name_words.language_word(doc[k].norm_)
                    or k + 1 < sent_end and doc[k + 1].norm_ in self.naming_adjectives and not doc[k + 1]._.clitic):
            k += 1
        return k

    @staticmethod
    def _demonym_at(doc: Doc, j: int, at: dict) -> Candidate | None:
        """The state whose adjective is written at token j without a particle on it ("الأمريكي"), or None."""
        c = at.get(j)
        if c is None or c.label != "STATE" or not c.value or c.value["form"] != "demonym" or doc[j]._.clitic:
            return None
        return c

    def _joint_states(self, doc: Doc, j: int, sent_end: int, at: dict) -> tuple[int, list[str]]:
        """End of a bilateral body's states after the first one's, and the words of the others, which tell
        the body apart from the first state's own and from its councils with other states: "مجلس الأعمال
        السعودي الياباني المشترك", "لجنة الحوار اللبناني - الفلسطيني", "مجلس الأعمال الروسي العربي"."""
        partners = []
        while (c := self._demonym_at(doc, j + int(j < sent_end and doc[j].text in DASHES), at)) is not None:
            partners += [t.norm_ for t in doc[c.start:c.end]]
            j = c.end
        if j < sent_end and doc[j].norm_ in self.joint_regions:
            partners.append(doc[j].norm_)       # "مجلس الأعمال الروسي العربي": a state and a region
            j += 1
        if j < sent_end and doc[j].norm_ in self.joint_words:
            j += 1
        return j, partners

    def _pattern_candidate(self, doc: Doc, start: int, end: int, kind: str, state: str | None,
                           words: list[str]) -> Candidate:
        key = _pattern_key(words, state)
        key = self.listed_by_pattern.get(key, key)      # "وزارة الخزانة الأميركية": the listed US Treasury
        if state is None and kind in STATE_BODIES and len(words) < 4 and (doc_id := (doc._.meta or {}).get("doc_id")):
            key += f"#{doc_id}"     # "وزارة الخارجية" of one article is not that of another: no state, no common node
            # (a name of four words or more, "اللجنة الوطنية الفنية الثلاثية", is one body wherever it is named)
        props = {"kind": kind, **({"state": state} if state else {})}
        return Candidate(start, end, "ORG", key, rank=4, props=props)

    def _short_listed_names(self, doc: Doc, chosen: list[Candidate]) -> None:
        """Shorter names of an organisation the document names in full: a pattern organisation whose
        words begin (or, three or more, occur in) the name of exactly one listed organisation of the document ("منظمة التجارة" with
        "منظمة التجارة العالمية"), or name exactly one state's body of the document without the state
        ("وزارة الخارجية" with "وزارة الخارجية المصرية"), is that organisation."""
        orgs = [c for c in chosen if c.label == "ORG"]
        listed = {c.key for c in orgs if c.key in self.orgs}
        names = {key: self.listed_names[key] for key in listed}
        with_state: dict[str, set[str]] = {}
        for pattern, key in self.listed_by_pattern.items():
            if key in listed:
                with_state.setdefault(pattern.split("@")[0], set()).add(key)
        for c in orgs:
            if "@" in c.key and c.key not in self.orgs:
                with_state.setdefault(c.key.split("@")[0], set()).add(c.key)
        by_start = {c.start: c for c in orgs}
        taken = {i for c in chosen for i in range(c.start, c.end)}
        for c in orgs:     # "منظمة البلدان المصدرة للنفط «أوبك»": the name (to its end) and the acronym after it are one
            if c.key in self.orgs:
                continue
            for quote in range(c.end, min(len(doc), c.end + 4)):
                if doc[quote].text in QUOTES_OPEN | {"("}:
                    acr = by_start.get(quote + 1)
                    if acr is not None and acr.key in self.orgs:
                        c.key, c.end = acr.key, quote
                    break
                tok = doc[quote]
                if quote in taken or not _ARABIC_WORD.match(tok.norm_) or tok.norm_ in self.stop or tok.is_sent_start \
                        or not (tok.norm_.startswith("ال") or (normalize(tok.text).startswith("ل") and len(tok.norm_) > 3)):
                    break    # the rest of the name ("للنفط"), not a clause ("تحدثت لـ«اليوم»")
        for c in orgs:
            if c.key in self.orgs or "@" in c.key:
                continue
            words = tuple(t.norm_ for t in doc[c.start:c.end])
            owners = {key for key, forms in names.items() for form in forms
                      if len(form) > len(words) and form[:len(words)] == words}
            state_body = not owners and bool(owners := with_state.get(c.key.split("#")[0], set()))
            owners = owners or {key for key, forms in names.items() for form in forms     # "مكتب مكافحة الإرهاب" of the UN's
                                if len(form) > len(words) >= 3 and form[0] == words[0]
                                and _subsequence([_bare(w) for w in words], [_bare(w) for w in form])}
            if len(owners) == 1:
                c.key = owners.pop()
                if state_body:      # the state is the other mention's, not written here
                    c.value = {**(c.value or {}), "state_written": False}
        self._name_variants(doc, orgs)

    def _name_variants(self, doc: Doc, orgs: list[Candidate]) -> None:
        """A pattern organisation whose words are a part of exactly one longer one of the document, same head
        and state, is that one: "اللجنة الفنية الثلاثية" with "اللجنة الوطنية الفنية الثلاثية"; not "مجلس الوزراء"
        with "مجلس وزراء الإعلام العرب", whose وزراء, written without the article, goes on to its genitive: the
        article on the short name's last word says its chain ends there (a council of its own)."""
        def parts(key: str) -> tuple[list[str], str]:
            base, _, state = key[4:].split("#")[0].partition("@")
            return base.split("-"), state
        unlisted = {c.key for c in orgs if c.key not in self.orgs and "/" not in c.key}
        mentions = [(c, tuple(t.norm_ for t in doc[c.start:c.end])) for c in orgs]   # words as written (normalised)
        written = defaultdict(set)      # key -> its mentions' words as written (with the article)
        for c, mine in mentions:
            written[c.key].add(mine)
        for c, mine in mentions:
            if c.key not in unlisted:
                continue
            words, state = parts(c.key)
            owners = set()
            for other in unlisted - {c.key}:
                longer, other_state = parts(other)
                if other_state == state and len(longer) > len(words) >= 2 and longer[0] == words[0] \
                        and _subsequence(words, longer) \
                        and not all(_chain_goes_on(mine[-1], form) for form in written[other]):
                    owners.add(other)
            if len(owners) == 1:
                c.key = owners.pop()

    def _listed_by_pattern(self) -> dict[str, str]:
        """Pattern key -> listed key, for listed state bodies whose names the patterns also read
        (head + name + the state's demonym): both spellings of one ministry are one organisation."""
        out = {}
        for key, org in self.orgs.items():
            state = org.get("state")
            if not state or state not in self.states:
                continue
            demonyms = {normalize(d) for forms in self.states[state]["demonyms"].values() for d in forms}
            for surface in [org["name"], *org["aliases"]]:
                words = _norms(self._split(surface), self.known)
                if len(words) > 1 and words[-1] in demonyms:
                    words = self.definite_names.get(" ".join(words[:-1]), words[:-1])
                    out.setdefault(_pattern_key(words, state), key)
        return out

    # ------------------------------------------------------------ resolution
    @staticmethod
    def _resolve(candidates: list[Candidate]) -> list[Candidate]:
        """Non-overlapping spans, longest first, then by rank and position."""
        taken: set[int] = set()
        chosen = []
        for c in sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start)):
            if any(k in taken for k in range(c.start, c.end)):
                continue
            taken.update(range(c.start, c.end))
            chosen.append(c)
        return sorted(chosen, key=lambda c: c.start)

    def _source_state(self, doc: Doc) -> str | None:
        meta = doc._.meta or {}
        source = (meta.get("source") or "").lower()
        if source in self.sources:
            return self.sources[source]
        host = urlparse(meta.get("url") or "").hostname or ""
        tld = host.rsplit(".", 1)[-1] if "." in host else ""
        if tld and tld not in self.generic_tlds:
            iso = "GB" if tld == "uk" else tld.upper()
            return iso if iso in self.states else None
        return None

    def _generic_states(self, doc: Doc, chosen: list[Candidate]) -> None:
        """"المملكة" alone: the kingdom most mentioned in the document, the source's counting once more."""
        counts = Counter(c.key for c in chosen if c.label == "STATE")
        for c in chosen:
            if c.label != "GENERIC":
                continue
            options = self.generic_states[c.key]
            source = self._source_state(doc)
            weights = [(counts[iso] + (iso == source), iso) for iso in options if counts[iso] or iso == source]
            iso = max(weights)[1] if weights else None
            if iso is not None:
                c.label, c.key, c.value = "STATE", iso, {"form": "name"}

    def _capitals_in_coordination(self, doc: Doc, chosen: list[Candidate]) -> None:
        """A capital coordinated with a capital read as a government is one too ("الرياض وواشنطن")."""
        for prev, c in zip(chosen, chosen[1:]):
            if c.label != "LOC" or self.places[c.key]["kind"] != "capital" or not self.places[c.key]["state"]:
                continue
            joined = c.start == prev.end and "و" in self._particles(doc[c.start]) or (
                c.start == prev.end + 1 and doc[prev.end].norm_ in {"و", "،", ","})
            if joined and prev.label == "STATE" and (prev.value or {}).get("form") == "capital" \
                    and not set(self._particles(doc[c.start])) & {"ب", "ل"}:
                place = self.places[c.key]
                c.label, c.value = "STATE", {"form": "capital", "city": place["name"], "place": c.key}
                c.key = place["state"]

    # ------------------------------------------------------------ output
    def _write(self, doc: Doc, chosen: list[Candidate]) -> None:
        registry = entities(doc)
        spans = []
        for c in chosen:
            span = Span(doc, c.start, c.end, label=c.label)
            span._.key = c.key
            span._.value = c.value
            spans.append(span)
            if c.label == "ORG" and c.surface is None:
                c.surface = self._article_restored(doc, c.start, c.end)
            entity = registry.get(c.key) or self._entity(c, span)
            registry[c.key] = entity
            surface = c.surface or span.text[span[0]._.clitic:]
            for name in (surface, c.alias):
                if name and name != entity["name"] and name not in entity["aliases"]:
                    entity["aliases"].append(name)
            if c.value and c.value.get("place"):
                place_key = c.value["place"]
                registry.setdefault(place_key, self._place_entity(place_key))
        doc.ents = spans

    def _article_restored(self, doc: Doc, start: int, end: int) -> str | None:
        """The name of a body written with ل on its article, with the article: "للقوات الجوية السعودية" names
        "القوات الجوية السعودية", "للجنة المحلية" (the adjective makes it definite) "اللجنة المحلية"; else None."""
        first = doc[start]
        definite = first.norm_.startswith("ال") or end > start + 1 and doc[start + 1].norm_.startswith("ال") \
            and self._adjective_like(doc[start + 1].norm_)
        if not (definite and normalize(first.text).startswith("لل")):
            return None
        norm_ = first.norm_ if first.norm_.startswith("ال") else "ال" + first.norm_
        return article_restored(first.text, norm_) + doc[start:end].text[len(first.text):]

    def _entity(self, c: Candidate, span: Span) -> dict:
        if c.label == "STATE":
            return state_entity(c.key, self.states)
        if c.label == "LOC":
            return self._place_entity(c.key)
        listed = listed_org_entity(c.key)
        if listed is None:
            name = c.surface or span.text[span[0]._.clitic:]
            return {"key": c.key, "type": "Organization", "name": name, "aliases": [],
                    "name_en": transliterate(name), "props": dict(c.props)}
        return listed

    def _place_entity(self, key: str) -> dict:
        place = self.places[key]
        props = {"kind": place["kind"], **({"state": place["state"]} if place["state"] else {})}
        return {"key": key, "type": "Place", "name": place["name"], "aliases": [], "name_en": place["name_en"],
                "props": props}


_MASDAR = re.compile("^ال(ت..يه|..ايه)$")
# a broken plural on alif maqsura (الشكاوى, الفتاوى, الدعاوى), normalised like a nisba (الشكاوي)
_PLURAL_ON_ALIF_MAQSURA = re.compile("^و?ال[\u0621-\u064a]{2}اوى$")


# Verbal nouns of the derived verb forms: تفعيل, تفعلة, تفاعل, استفعال, إفعال, افتعال, انفعال (with the article).
_IFAL = re.compile("^ا..ا.$")       # إفعال (الإسكان), which the plural أفعال shares (الأسعار)


def _place_ends_at(at: dict, j: int) -> bool:
    """Whether a place's name ends right before token j: what و adds after it is another place ("وجامعة الدمام
    والصفا والسيف": districts), not a word of the body's name."""
    return any((c := at.get(k)) is not None and c.label == "LOC" and c.end == j for k in range(max(0, j - 3), j))


def _verbal_noun(norm: str) -> bool:
    """"التنمية", "التخطيط", "الاستثمار", "الإسكان": an activity, which a body's name may coordinate with its
    adjective ("مجلس الشؤون الاقتصادية والتنمية"), unlike a second body ("الجمعية الخيرية والمستودع")."""
    return norm.startswith("ال") and (verbal_noun_only(norm[2:]) or bool(_IFAL.match(norm[2:])))


def _before_quotes(doc: Doc, i: int) -> int:
    """The token before token i, past the opening quotes right before it (-1 if none)."""
    j = i - 1
    while j >= 0 and doc[j].text in QUOTES_OPEN:
        j -= 1
    return j


def _with_place(body: Span, place: Span, surface: str | None = None) -> str:
    """The name of a body with the place after it, as written ("جمعية الثقافة والفنون" + "بالطائف")."""
    return f"{surface or body.text[body[0]._.clitic:]} {place.text}"


def _closes_quote(doc: Doc, q: int) -> bool:
    """A straight quote at q that ends a quotation the sentence opened before it, written onto the word before it
    and apart from the word after it ('ارتكب "خطأ تنظيمي" تسبب في "…"': the second mark opens none)."""
    mark = doc[q].text
    return mark in ('"', "'") and q > 0 and not doc[q - 1].whitespace_ and bool(doc[q].whitespace_) \
        and sum(t.text == mark for t in doc[doc[q].sent.start:q]) % 2 == 1


def _unjoined(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) when the tokens hold a name that opens with no و, else None ("… الفنزويلية وإكسون موبيل": a
    second name coordinated with the first, not the description's)."""
    return (start, end) if start < end and doc[start].norm_[0] != "و" else None


def _adjective_of_noun_before(doc: Doc, i: int) -> bool:
    """Whether the definite nisba at token i ("الخارجية") agrees with the definite feminine or plural noun before it
    ("السياسة الخارجية", "للسياسة الخارجية", "العلاقات الخارجية"): an adjective, not a ministry's short name."""
    return i > 0 and doc[i].norm_.startswith("ال") and doc[i].norm_.endswith("يه") and not doc[i]._.clitic \
        and _bare(doc[i - 1].norm_).startswith("ال") and doc[i - 1].norm_.endswith(("ه", "ات"))


def _definite(tok) -> bool:
    """Whether a word has the article: its normal form begins with ال and it is not written with a hamza there
    ("إلكترونية", "ألعاب": a loanword and a plural, indefinite)."""
    return tok.norm_.startswith("ال") and tok.text[tok._.clitic:tok._.clitic + 1] not in "أإآ"


def _nisba(norm: str) -> bool:
    """A definite relative adjective (الوطنية, الدولي), not a verbal noun of the same ending (التنمية, الرعاية)."""
    return len(norm) > 4 and norm.endswith(("ي", "يه")) and not _MASDAR.match(norm)


def _possessed(norm: str) -> bool:
    """An indefinite word with a pronoun suffix ("دوافعهم", "أموالها"): a clause's, never a name's (not "تفاهم")."""
    return len(norm) >= 5 and norm.endswith(_PRONOUN_SUFFIXES) and not norm.endswith("اهم")


def _bare(word: str) -> str:
    """A word without the preposition ل the normaliser left on it ("لمكافحه" -> "مكافحه", "للتنميه" -> "التنميه")."""
    if word.startswith("لل") and len(word) > 4:
        return "ا" + word[1:]
    return word[1:] if word.startswith("ل") and len(word) > 4 else word


def _chain_goes_on(last: str, form: tuple[str, ...]) -> bool:
    """Whether a name's definite last word ("الوزراء") stands in the longer name form without the article and
    before more words ("مجلس وزراء الإعلام العرب"): a construct chain that goes on, so another name."""
    if not last.startswith("ال"):
        return False
    bare = last[2:]
    return any(word == bare for word in form[:-1])


def _subsequence(short: list[str], long: list[str]) -> bool:
    """Whether the words of short occur in long in the same order."""
    rest = iter(long)
    return all(word in rest for word in short)


def _pattern_key(words: list[str], state: str | None) -> str:
    """The key of an unlisted organisation: its words without the article (+ "@" its state)."""
    slug = "-".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words)
    return f"org:{slug}@{state}" if state else f"org:{slug}"


def state_entity(iso2: str, states: dict | None = None) -> dict:
    """The State entity dict of an ISO alpha-2 code, named as in states.json."""
    state = (states or lexicon.load("states")["states"]).get(iso2)
    if state is None:
        return {"key": iso2, "type": "State", "name": iso2, "aliases": [], "name_en": None, "props": {"iso2": iso2}}
    return {"key": iso2, "type": "State", "name": state["name"], "aliases": [], "name_en": state["name_en"],
            "props": {"iso2": iso2}}


@Language.factory("athar_gazetteer")
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    """Factory: the gazetteer reads its data from extract/lang/ (states, places, organizations, gazetteer)."""
    return Gazetteer(nlp, name)
