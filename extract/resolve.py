"""Cross-document resolution: one node per real-world event and person.

Extraction gives each document its own view; this step decides which keys
name the same thing across documents and rewrites them:

- Events (other than the well-known ones of extract/lang/known_events.json, keyed by it): events in the same city (or, lacking a city, the same country) of
  compatible kind and dates are one event; dated ones group by year-month,
  undated ones join the only compatible dated group (title overlap breaks
  ties) dated no more than a year before their article, or older only as an
  agreement or operation of the same name. Names that say different things beyond kind and place (content
  words, without particles and article, sharing no more than half of
  the shorter name's, over all their names or between one name of each:
  "حفل افتتاح قناة السويس الجديدة" and "احتفال تدشين قناة السويس الجديدة"
  agree whatever else their aliases say) keep events of one city and day apart, two events
  one article keeps apart stay apart, and an event placed only by its
  country joins a city's event only by a shared word or title. Editions of
  a series ("الدورة الثانية لمؤتمر …") stay apart. The
  final key is derived from the content ("event:<city>:<year-month>"), so a
  later run that sees the same event again produces the same key.
- Persons: a one-word name ("ماكرون") becomes the unique longer name that
  ends (or starts) with it across the corpus ("إيمانويل ماكرون"); a first
  and last name become the unique fuller name with the same ends
  ("فلاديمير فورونكوف" -> "فلاديمير إيفانوفيتش فورونكوف"), when that end is
  a family name, not a forefather after بن ("محمد عبدالرحمن" is not "محمد بن
  فهد بن محمد بن عبدالرحمن"). A well-known person's listed name (persons.json)
  is the one the longer forms that begin with it join, not the other way.
- Organisations the gazetteer does not list (keys made from their words):
  a name that begins the unique longer name of such an organisation, which
  more than one article writes and which goes on with a complement or a
  coordinated word, is it ("شركة النيل" -> "شركة النيل للطيران"; not "حزب
  العمال" -> "حزب العمال الكردي"), and is named with that longer name.

Per-document properties (what each source says: dates, figures) are kept in
each record; only keys change.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .arabic import normalize
from .isodate import compatible, more_specific, year_month, years_before
from .model import DocumentFacts, Fact
from .names import (KUNYA, NAME_LINKS, NASAB as LINEAGE, joined_words, known_person, kunya_of_first_name, name_form,
                    spelt_with_vowels, vowel_skeleton)

# LINEAGE ("son/daughter of"): the word after is a parent's name
COMMON_FAMILY_NAME = 10     # full names of the corpus sharing a family name that many people bear (الغامدي, الحربي)
WIDER_SHORT_FORM = 6        # how many times more articles a first and last name may have than the full name it joins
KIND_FAMILY = {"conference": "gathering", "meeting": "gathering", "summit": "gathering", "forum": "gathering",
               "seminar": "gathering", "session": "gathering", "talks": "gathering", "event": "gathering",
               "dialogue": "gathering", "call": "call", "ceremony": "ceremony", "exhibition": "exhibition",
               "operation": "operation", "agreement": "agreement", "election": "election", "document": "document"}
NAMED_FAMILIES = frozenset({"agreement", "operation", "document"})   # texts and operations known by their name
LINK_WORDS = frozenset({"في", "مع", "بين", "حول", "علي", "من", "عن"})


def _slug(text: str) -> str:
    return "-".join(normalize(text).split())


_QUOTE_MARKS = str.maketrans({q: " " for q in "«»\"“”„‘’'"})


def _title(name: str) -> str:
    """An event's name as names are compared: normalised, without quote marks ("مؤتمر «لا لتمويل الإرهاب»" is
    "مؤتمر لا لتمويل الإرهاب"), عبد/أبو joined to the next word."""
    return " ".join(joined_words(normalize(name.translate(_QUOTE_MARKS)).split()))


def _title_words(titles) -> set[str]:
    """The words of titles without attached particles and article: "تدشين قناة السويس" and "افتتاح القناة"
    share قناه."""
    words = set()
    for t in titles:
        for w in _title(t).split():
            w = w[2:] if w.startswith("لل") else w[1:] if w[:1] in "وبل" and len(w) > 3 else w
            words.add(w[2:] if w.startswith("ال") and len(w) > 4 else w)
    return words


@dataclass(eq=False)                 # a cluster is itself: identity for sets and dicts, not field equality
class EventCluster:
    place: str | None
    country: str | None
    kind: str
    date: str | None
    edition: int | None = None
    titles: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)     # what its names say beyond kind and place
    phrases: set[frozenset] = field(default_factory=set)  # the same, name by name
    parties: set[str] = field(default_factory=set)   # organisations that meet in it or hold it
    docs: set[str] = field(default_factory=set)      # its articles: events one article keeps apart stay apart
    members: list[str] = field(default_factory=list)
    city: str | None = None
    order: int = 0                   # creation order: earlier clusters are preferred

    def key(self, distinct: bool = False) -> str:
        """A key from the content; distinct adds the first member, for clusters the content cannot tell apart."""
        where = self.place or (f"country-{self.country}" if self.country else None)
        when = year_month(self.date)
        if where and when:
            key = f"event:{where}:{when}" + (f":{self.edition}" if self.edition else "")
        else:
            title = sorted(self.titles)[0] if self.titles else self.kind
            key = f"event:{where or 'unknown'}:{_slug(title)}" + (f":{when}" if when else "")
        return key + "~" + min(self.members).split(":", 1)[1] if distinct else key


class Resolver:
    """Collects entity summaries from records, then maps local keys to global ones."""

    def __init__(self) -> None:
        self.events: dict[str, dict] = {}
        self.persons: set[str] = set()
        self.person_counts: dict[str, int] = defaultdict(int)
        self.person_names: dict[str, str] = {}
        self.unlisted_orgs: set[str] = set()
        self.org_names: dict[str, str] = {}
        self.org_documents: dict[str, int] = defaultdict(int)

    def observe(self, record: DocumentFacts) -> None:
        """Remember what this record says about its events and persons (small summaries only)."""
        for e in record.entities:
            if e.type == "Event" and not e.props.get("known"):    # a well-known event's key is already its own
                p = e.props
                self.events[e.key] = {"place": p.get("city_key"), "city": p.get("city"), "country": p.get("country"),
                                      "kind": p.get("kind", "event"), "date": p.get("date"),
                                      "edition": p.get("edition"),
                                      "titles": {_title(t) for t in (e.name, *e.aliases) if _names_something(t)
                                                 or KIND_FAMILY.get(p.get("kind")) in NAMED_FAMILIES and " " in t}
                                      if p.get("edition") is None else set(),    # "المبادرة الخليجية" is one text
                                      "words": _content_words((e.name, *e.aliases), p.get("city")),
                                      "phrases": {_content_words((n,), p.get("city")) for n in (e.name, *e.aliases)} - {frozenset()},
                                      "parties": _parties(p), "published": record.document.date}
            elif e.type == "Person":
                self.persons.add(e.key)
                self.person_counts[e.key] += 1
                self.person_names[e.key] = e.name
            elif e.type == "Organization" and _is_word_key(e.key):
                self.unlisted_orgs.add(e.key)
                self.org_names.setdefault(e.key, e.name)
                self.org_documents[e.key] += 1

    def mapping(self) -> dict[str, str]:
        """Local key -> global key, for every key that changes."""
        return {**self._event_mapping(), **self._person_mapping(), **self._org_mapping()}

    def names(self, mapping: dict[str, str]) -> dict[str, str]:
        """Key -> the one name every record gives it: a person's, and the longer name of an organisation that
        shorter ones join in mapping ("شركة النيل" of one article is "شركة النيل للطيران" of another: its node is
        named so)."""
        return {**self.person_names, **{key: self.org_names[key] for key in set(mapping.values()) if key in self.org_names}}

    def _event_mapping(self) -> dict[str, str]:
        clusters: list[EventCluster] = []
        dated = sorted((k for k, v in self.events.items() if v["date"] and (v["place"] or v["country"])),
                       key=lambda k: (-len(self.events[k]["date"]), k))
        rest = sorted(self.events.keys() - set(dated))
        assign: dict[str, EventCluster] = {}
        # Clusters by place, country and title: an event can only join one sharing one of them
        # (scanning every cluster made resolution quadratic in the corpus). An event with a place joins
        # only a cluster of that place or one without a place (_same_place), so it looks among the
        # clusters of its country that have no place, not all of them (on SaudiNewsNet 195,000 clusters
        # looked at instead of 672,000).
        index: dict[tuple[str, str], set[EventCluster]] = defaultdict(set)

        def filed(c: EventCluster) -> list[tuple[str, str]]:
            return [e for e in (("place", c.place), ("country", c.country), ("unplaced", not c.place and c.country),
                                *(("title", t) for t in c.titles)) if e[1]]

        def looked_up(v: dict) -> list[tuple[str, str]]:
            return [e for e in (("place", v["place"]), ("unplaced" if v["place"] else "country", v["country"]),
                                *(("title", t) for t in v["titles"])) if e[1]]

        for k in dated + rest:
            v = self.events[k]
            family = KIND_FAMILY.get(v["kind"], "gathering")
            near = set().union(*(index.get(e, ()) for e in looked_up(v)))
            ordered = sorted(near, key=lambda c: c.order)
            # names that say different things ("الاجتماع التشاوري", "الاجتماع المشترك مع كيري") are
            # different events even in one city on one day
            candidates = [c for c in ordered if KIND_FAMILY.get(c.kind, "gathering") == family
                          and compatible(c.date, v["date"]) and (c.edition == v["edition"] or None in (c.edition, v["edition"]))
                          and self._same_place(c, v) and (_words_agree(c.words, v["words"]) or any(
                              a & b and _words_agree(a, b) for a in c.phrases for b in v["phrases"]))
                          and (bool(c.place) == bool(v["place"]) or self._same_by_name(c, v))
                          and not (c.parties and v["parties"] and not c.parties & v["parties"])
                          and _doc_of(k) not in c.docs]
            if not v["date"]:
                # an undated event of a news article is of its time: it joins an event dated over a year before
                # the article only by the name of an agreement or an operation ("افتتاح توسعة قناة السويس" of
                # 2015 is not the opening of 1869, "الاجتماعات في القاهرة حول اليمن" not the summit of 1990)
                candidates = [c for c in candidates if (c.date or c.titles & v["titles"]) and (
                    years_before(c.date, v["published"]) <= 1 or family in NAMED_FAMILIES and c.titles & v["titles"])]
            if len(candidates) > 1 and family in NAMED_FAMILIES and any(c.titles & v["titles"] for c in candidates):
                # an agreement or operation is known by its name: the first cluster that bears it
                candidates = [next(c for c in candidates if c.titles & v["titles"])]
            if len(candidates) > 1:
                # the cluster whose names share most words with this one's; if this one's name says more than
                # kind and place (so every candidate shares most of those words), then the one more articles report
                words = _title_words(v["titles"])
                score = {c: (len(_title_words(c.titles) & words), len(c.docs) if v["words"] else 0) for c in candidates}
                scored = sorted(candidates, key=lambda c: score[c], reverse=True)
                candidates = [scored[0]] if score[scored[0]][0] and score[scored[0]] > score[scored[1]] else []
            if candidates:
                c = candidates[0]
                c.date = more_specific(c.date, v["date"])
                c.place, c.city = c.place or v["place"], c.city or v["city"]
                c.country = c.country or v["country"]
                c.titles |= v["titles"]
                c.words |= v["words"]
                c.phrases |= v["phrases"]
                c.edition = c.edition or v["edition"]
                c.parties |= v["parties"]
            else:
                c = EventCluster(v["place"], v["country"], v["kind"], v["date"], v["edition"], set(v["titles"]),
                                 set(v["words"]), city=v["city"], order=len(clusters), phrases=set(v["phrases"]),
                                 parties=set(v["parties"]))
                clusters.append(c)
            for entry in filed(c):
                index[entry].add(c)
            c.members.append(k)
            c.docs.add(_doc_of(k))
            assign[k] = c
        return _distinct_keys(assign)

    @staticmethod
    def _same_by_name(c: EventCluster, v: dict) -> bool:
        """Whether an event placed only by its country is the one of a city cluster (or the reverse):
        their names share a word or title, or neither says more than its kind and both are dated."""
        if c.words & v["words"] or c.titles & v["titles"]:
            return True
        return not (c.words or v["words"]) and bool(c.date and v["date"])

    @staticmethod
    def _same_place(c: EventCluster, v: dict) -> bool:
        if c.place and v["place"]:
            return c.place == v["place"]
        if c.country and v["country"]:
            return c.country == v["country"]
        return bool(c.titles & v["titles"])

    def _person_mapping(self) -> dict[str, str]:
        """Person keys that name one person: the same form (spelling variants), a nasab cut short
        ("محمد بن زايد" -> "محمد بن زايد آل نهيان"), a first and last name, a lone surname. Each step
        looks candidates up in an index (no pairwise scan) and merges only into a unique candidate."""
        # in key order, so that which spelling of a form speaks for it does not depend on set order (hash seeds)
        forms: dict[str, tuple[str, ...]] = {key: name_form(key.split(":", 1)[1].split("_")) for key in sorted(self.persons)}
        out: dict[str, str] = {}
        by_form: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for key, form in forms.items():
            by_form[form].append(key)
        self._join_vowel_spellings(by_form)
        for keys in by_form.values():           # one key per form: the most written, then the longest
            best = max(keys, key=lambda k: (self.person_counts[k], len(k), k))
            out.update({k: best for k in keys if k != best})
        canon = {form: out.get(keys[0], keys[0]) for form, keys in by_form.items()}
        full = [f for f in by_form if len(f) > 1]
        by_prefix: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        by_ends: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
        by_word: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for f in full:
            for n in range(2, len(f)):
                if f[n] in NAME_LINKS:
                    by_prefix[f[:n]].add(f)
            ancestor = f[-2] in LINEAGE     # "محمد بن فهد بن محمد بن عبدالرحمن" ends with a forefather, no family name
            if len(f) > 2 and not ancestor:
                by_ends[(f[0], f[-1])].add(f)
            by_word[f[0]].add(f)
            if not ancestor:
                by_word[f[-1]].add(f)

        def fullest(f: tuple[str, ...]) -> tuple[str, ...]:
            while len(by_prefix.get(f, ())) == 1:
                f = next(iter(by_prefix[f]))
            return f

        docs = {f: sum(self.person_counts[k] for k in keys) for f, keys in by_form.items()}
        sharing_last = Counter(f[-1] for f in full)

        def same_person(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
            """Whether two names written in other articles are the one longer name that begins with them, or with
            those ends: not when the short form is far more widespread ("سعود الفيصل" of 15 articles is no "سعود بن
            خالد الفيصل" of one, "محمد حسين" of 9 no "محمد حسين آل مبيت"), nor a family name many people share
            ("محمد الحربي", "خالد الغامدي"), unless the longer name is as widespread."""
            return docs[long] >= docs[short] or (
                sharing_last[short[-1]] < COMMON_FAMILY_NAME and docs[short] <= WIDER_SHORT_FORM * docs[long])

        def namesake(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
            """Whether a longer name that goes on after a well-known person's name with another generation ("سلمان
            بن عبدالعزيز بن سلمان" after the king's) is a namesake's: unless a part of it is that person's too
            ("محمد بن سلمان بن عبدالعزيز آل سعود": "محمد بن سلمان بن عبد العزيز" is an alias of his)."""
            mine = known_person(" ".join(short))
            if mine is None or long[:len(short)] != short or long[len(short)] not in LINEAGE:
                return False
            return not any(known_person(" ".join(long[:n])) == mine for n in range(len(short) + 1, len(long) + 1))

        target: dict[tuple[str, ...], tuple[str, ...]] = {}
        for f in full:
            longer = fullest(f)
            if longer == f and len(f) == 2 and len(by_ends.get(f, ())) == 1:
                longer = fullest(next(iter(by_ends[f])))
            # a first name and a father's alone ("محمد بن عبدالرحمن") are many people's: widespread as the longer name
            listed = known_person(" ".join(f)) is not None
            nasab_only = len(f) == 3 and f[1] in LINEAGE and not listed
            if longer != f and (len(f) > 2 and not nasab_only or same_person(f, longer)) and not namesake(f, longer):
                if listed and known_person(" ".join(longer)) is None:
                    target[longer] = f      # the gazetteer's name speaks for a well-known person, not a longer
                else:                       # form an article wrote or misread ("محمد بن نايف بن عبدالعزيز ركعتين")
                    target[f] = longer
        for f, keys in by_form.items():
            if len(f) == 1 and not any(kunya_of_first_name(k.split(":", 1)[1].split("_")) for k in keys):
                # "فورونكوف" with "فلاديمير فورونكوف" and "فلاديمير إيفانوفيتش فورونكوف": all one person; not a
                # kunya alone ("أبو محمد" of another article is any father of a Muhammad, no "أبو محمد الجولاني")
                # nor a longer name a kunya opens: "أبو ذر" of another article is no "أبو ذر المهاجر"
                kunya = any(k.split(":", 1)[1].split("_")[0] in KUNYA for k in keys)
                people = {target.get(g, g) for g in by_word.get(f[0], ()) if not (kunya and g[0] == f[0])}
                if len(people) == 1:
                    target[f] = people.pop()
        for f, t in target.items():
            for _ in range(len(target)):
                if t not in target or target[t] == f:
                    break
                t = target[t]           # a form joined to a longer one that itself joined a well-known name
            for key in by_form[f]:
                out[key] = canon[t]
        return out

    def _join_vowel_spellings(self, by_form: dict[tuple[str, ...], list[str]]) -> None:
        """Forms of one full name spelt with and without a long vowel in a short word ("جوزف بلاتر", "جوزيف
        بلاتر") become the most written one's, when that one is the only candidate of its spelling."""
        words = {form: joined_words(keys[0].split(":", 1)[1].split("_")) for form, keys in by_form.items()}
        by_skeleton: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for form, ws in words.items():
            if len(ws) > 1:
                by_skeleton[vowel_skeleton(ws)].append(form)
        for forms in by_skeleton.values():
            if len(forms) < 2:
                continue
            best = max(forms, key=lambda f: (sum(self.person_counts[k] for k in by_form[f]), f))
            for form in forms:
                if form != best and spelt_with_vowels(words[form], words[best]) \
                        and sum(spelt_with_vowels(words[form], words[f]) for f in forms if f != form) == 1:
                    by_form[best].extend(by_form.pop(form))

    def _org_mapping(self) -> dict[str, str]:
        """An unlisted organisation of two words or more whose words begin those of exactly one longer
        one is that one; longer ones are looked up by their first words (comparing every pair was
        quadratic: 16 s for the 13,203 of SaudiNewsNet)."""
        words = {key: tuple(key.split(":", 1)[1].split("-")) for key in self.unlisted_orgs}
        by_prefix: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for key, theirs in words.items():
            for n in range(2, len(theirs)):
                by_prefix[theirs[:n]].append(key)
        return {key: by_prefix[mine][0] for key, mine in words.items()
                if len(by_prefix.get(mine, ())) == 1 and self._goes_on(len(mine), by_prefix[mine][0])}

    def _goes_on(self, short: int, longer: str) -> bool:
        """Whether the longer name goes on after the first `short` words with a complement or a coordinated word
        ("شركة النيل" + "للطيران", "بنك التسليف" + "والادخار"), not with an adjective that tells another body
        ("حزب العمال الكردي", "حزب المؤتمر الوطني") nor with a branch's place ("… وتوعية الجاليات بالظهران"),
        and more than one document writes it (a name of one article may run on: "جامعة تبوك للطالبة")."""
        written = normalize(self.org_names[longer]).split()
        return self.org_documents[longer] > 1 and len(written) == len(longer.split(":", 1)[1].split("-")) \
            and written[short][:1] in ("ل", "و")


def _distinct_keys(assign: dict[str, EventCluster]) -> dict[str, str]:
    """Local key -> global key for every key that changes. Clusters the content keys cannot tell
    apart (two events of one city and month on different days, a call and a conference, two
    events named only "اجتماع") are told apart by their first member, so they stay two nodes."""
    by_key: dict[str, list[EventCluster]] = defaultdict(list)
    for c in set(assign.values()):
        by_key[c.key()].append(c)
    final = {c: c.key(distinct=len(group) > 1) for group in by_key.values() for c in group}
    return {k: final[c] for k, c in assign.items() if final[c] != k}


@lru_cache(maxsize=None)
def _generic_words() -> frozenset[str]:
    """Words that name no particular event: triggers, their modifiers, anaphors, ordinals."""
    data = lexicon.load("events")
    words = [w for forms in data["triggers"].values() for w in forms]
    words += [w for key in ("modifiers", "naming_modifiers", "generic", "anaphors", "edition_words") for w in data[key]]
    words += list(data["ordinals"])
    normal = {normalize(w) for w in words}
    return frozenset(normal | {"ال" + w for w in normal})


def _names_something(title: str) -> bool:
    """Whether an event's name says which event it is ("مؤتمر جدة", a quoted title), not just
    what kind ("مؤتمرا دوليا", "الاجتماع"): only such names join events of different documents."""
    return any(w not in _generic_words() for w in normalize(title).split())


def _words_agree(mine: set[str], theirs: set[str]) -> bool:
    """Whether two events' content words allow them to be one: either says nothing beyond kind and place,
    or they share more than half the words of the shorter name ("اجتماع المجلس المحلي" and "اجتماع مجلس
    التنمية السياحية" share only the head مجلس, "الاجتماع الشهري للقيادات الأمنية" and "اجتماع بالقيادات
    التعليمية" only قيادات: two meetings each)."""
    return not (mine and theirs) or 2 * len(mine & theirs) > min(len(mine), len(theirs))


def _parties(props: dict) -> set[str]:
    """The organisations an event's record names as meeting in it or holding it, by keys that do not depend on
    the article ("org:nato", not "org:وزاره-خارجيه#<doc>"): a meeting of NATO in Brussels and one of the Syrian
    opposition there are two events."""
    keys = (props.get("participants") or []) + (props.get("organizers") or [])
    return {k for k in keys if k.startswith("org:") and "#" not in k}


def _doc_of(key: str) -> str:
    """The article of a per-document event key ("event:<doc>#<n>")."""
    return key.split(":", 1)[-1].rsplit("#", 1)[0]


def _content_words(names, city: str | None) -> frozenset[str]:
    """The words of an event's names that are neither generic (kind, modifiers) nor its city's."""
    skip = _generic_words() | LINK_WORDS | _title_words([city or ""])
    words = set()
    for w in _title_words(names):
        if w not in skip and "ال" + w not in skip and not w.isdigit():
            words.add(w)
    return frozenset(words)


def _is_word_key(key: str) -> bool:
    """Whether an organisation key was made from its Arabic words (not a gazetteer slug)."""
    return any("\u0600" <= ch <= "\u06ff" for ch in key) and "@" not in key


def rewrite(record: DocumentFacts, mapping: dict[str, str], names: dict[str, str] | None = None) -> DocumentFacts:
    """Apply a key mapping to one record, merging what becomes the same entity or fact."""
    if not mapping:
        return with_search_names(record)
    entities = {}
    for e in record.entities:
        key = mapping.get(e.key, e.key)
        if key in entities:
            merged = entities[key]
            merged.aliases = sorted(set(merged.aliases) | set(e.aliases) | ({e.name} - {merged.name}))
            for k, v in e.props.items():
                merged.props.setdefault(k, v)
        else:
            e.key = key
            if names and key in names and names[key] != e.name:
                e.aliases = sorted(set(e.aliases) | {e.name})
                e.name = names[key]
            entities[key] = e
    for m in record.mentions:
        m.entity = mapping.get(m.entity, m.entity)
    facts: dict[tuple, Fact] = {}
    for f in record.facts:
        f.subject, f.object = mapping.get(f.subject, f.subject), mapping.get(f.object, f.object)
        if f.subject == f.object:
            continue
        same = facts.get(f.identity())
        if same:
            same.evidence = sorted(set(same.evidence) | set(f.evidence))
            for k, v in f.props.items():
                same.props.setdefault(k, v)
        else:
            facts[f.identity()] = f
    record.entities = sorted(entities.values(), key=lambda e: e.key)
    record.facts = sorted(facts.values(), key=lambda f: (f.predicate, f.subject, f.object, f.negated, f.modality))
    return with_search_names(record)


SEARCH_NAMES = "search_names"


def with_search_names(record: DocumentFacts) -> DocumentFacts:
    """Give each entity props.search_names: its name, aliases and English name as `normalize` folds them.
    The graph's full-text index holds them, so a search text folded the same way finds every spelling
    ("بوريطه" finds "بوريطة") while the graph itself knows nothing of Arabic."""
    for e in record.entities:
        e.props[SEARCH_NAMES] = sorted({normalize(n) for n in (e.name, *e.aliases, e.name_en) if n})
    return record
