"""Event mentions: conferences, meetings, summits, sessions, talks, ceremonies, named
operations, agreements and elections.

An event is a noun phrase: a trigger noun (or a "meets" verb with an organisation as
subject, named by its noun: "اجتماع التحالف") and what its phrase says (_extend): the
genitive chain and adjectives ("اجتماع وزراء خارجية دول مجلس التعاون"), the body that
meets ("الدورة الـ42 لمجلس …"), participants after مع/بين, a place ("بمدينة عنتيبي"),
an edition ("الـ36", "السادسة والعشرين"), a quoted title, a topic after حول or a purpose
(لبحث …); then from its sentence a title cue, its place and the nearest date. The name is
that phrase without clitics or accusative endings; shorter forms and "KIND CITY" are aliases.
An event needs an anchor to be a node: a title, topic, place, date, participants, body,
edition or a regional series name (القمة العربية). A bare definite trigger ("المؤتمر"), a
demonstrative ("هذا المؤتمر") or a generic noun ("الحدث") refers back to an event already
introduced: the one of the same kind that shares places with the sentence, else the most
recent (or, in a headline, the next one) whose date its own does not contradict; a described
definite mention with a place or date of its own is an event of its own. A regional name alone
("القمة العربية") is the event of the article with that adjective, else none, unless it names a
text or a national process (المبادرة الخليجية، الحوار الوطني), the next one or one a relative
clause tells. A slogan (تحت شعار «…») names an event only for want of more. Bodies named like
events (المؤتمر الوطني العام) and the verb حدث are no events.

Within a document, mentions of the same place, title, organisation or content words with
compatible dates are one event unless their participants or words differ. Keys are
provisional ("event:<doc>#<n>"); extract/resolve.py gives the final, cross-document keys.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import lexicon
from ..arabic import ANY, DASHES, article_restored, definite_nisba, normalize, strip_marks, verbal_noun_only
from ..lexicon import norm
from ..dates import date_equals, relative_day_nouns
from ..isodate import compatible, side_of
from ..names import FUTURE_PREFIXES, THIRD_PERSON_SUFFIXES, name_lexicon
from ..doc_ext import (celebrated, chrome_tokens, entities, mention_start, particle, place_of, purpose_noun,
                       state_of, strings_of, token_norms, unprefixed, written_onto)

QUOTES_OPEN = {"«", '"', "“", "”", "'", "‘", "„"}
QUOTES_CLOSE = {"»", '"', "”", "“", "'", "’"}
QUOTE_MARKS = QUOTES_OPEN | QUOTES_CLOSE
OPENING_ONLY, CLOSING_ONLY, QUOTES_BOTH = QUOTES_OPEN - QUOTES_CLOSE, QUOTES_CLOSE - QUOTES_OPEN, QUOTES_OPEN & QUOTES_CLOSE
CLAUSE_BREAKS = {".", "؛", ";", ":", "؟", "?", "!"}
DATELINE_MARKS = {"-", "–", "—", ":", "ـ", "/"}
BYLINE = 8          # tokens of a reporter's name and agency before a dateline's city
DATE_AFTER, DATE_BEFORE = 12, 6      # tokens between an event's trigger and its date
PARTY_AFTER, PARTY_BEFORE = 16, 15   # tokens between a meeting verb and the persons it joins
POST_WORDS = 4                      # words of a diplomat's post between his title and his name ("إلى الجمهورية اليمنية")
TRANSITIVE_GAP = 5                  # words of time and place between a meeting verb's subject and its object
SIGNED_BEFORE = 14                   # tokens between a signing verb and the agreement it signed
POSSESSED_AFTER = 6                  # tokens between "لقائه"/"زيارته" and the person or place it names


@dataclass
class _Event:
    index: int
    kind: str
    names: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    slogans: list[str] = field(default_factory=list)       # quoted after "تحت شعار": a name only for want of another
    state_words: list[str] = field(default_factory=list)   # titles that are only a state's name
    city: str | None = None
    city_key: str | None = None
    country: str | None = None
    orgs: list[str] = field(default_factory=list)
    date: str | None = None
    end_date: str | None = None
    edition: int | None = None
    planned: bool = False
    supposed: bool = False                                  # "كان من المقرر أن …": to have been held, maybe never
    held: bool = False                                      # a mention tells it held or under way ("التي عقدت …")
    own_place: bool = False                                 # its phrase names its city ("اتفاق فيينا")
    signed: bool = False                                    # the text says where it was signed ("وقعوا في الخرطوم …")
    own_title: bool = False                                 # its phrase has a quoted title ("عملية «…»")
    named: bool = False                                     # a regional series name: "القمة العربية"
    region: set[str] = field(default_factory=set)           # its naming adjectives ("العربيه")
    alone: bool = False                                     # named by one: a text or a national process
    upcoming: bool = False                                  # the next one of a series ("المقبلة"), or one a relative clause tells
    next_session: bool = False                              # a body's next session ("اجتماعها المقبل")
    own_topic: str | None = None                            # "definite"/"indefinite": a content word right after its trigger
    earlier: str | None = None                              # "earlier"/"later" edition than the one told now ("الدورة السابقة")
    known: bool = False                                     # a well-known name ("عاصفة الحزم"): placed only by its phrase
    topic: str | None = None                                # what it is about: "ندوة حول الأمن المائي"
    purpose: str | None = None                              # its purpose as written: "لتشخيص وعلاج الأجنة"
    participants: list[str] = field(default_factory=list)   # entity keys of who meets ("مع كيري", "بين X وY")
    met: bool = False                                       # told only by a verb joining two named persons
    aliases: list[str] = field(default_factory=list)        # shorter forms of its noun phrases
    words: set[str] = field(default_factory=set)            # content words of its names, to tell events apart
    reach: set[str] = field(default_factory=set)            # its words after "عبر": what sets it apart ("المحيط الهادي")
    first_sentence: int = 0
    last_sentence: int = 0
    spans: list[tuple[int, int, bool]] = field(default_factory=list)   # token start, end, anaphoric


def _unprefixed(word: str) -> str:
    """A word without its article or لل: "النووية" -> "نوويه", "للتجارة" -> "تجاره"."""
    word = "ال" + word[2:] if word.startswith("لل") else word
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _same_word(word: str, listed: str) -> bool:
    """Whether a bare word is a listed one, or its feminine ("نوويه" for "نووي")."""
    return word in (listed, listed + "ه")


class WellKnown:
    """The well-known events of extract/lang/known_events.json, and which one a mention names."""

    def __init__(self, triggers: set[str]):
        data = lexicon.load("known_events")
        self.triggers = triggers
        self.continuations = {norm(w) for w in data["continuations"]}
        self.events = data["events"]
        self.names = {key: [norm(n) for n in e.get("names", [])] for key, e in self.events.items()}
        self.bare_names = {key: [norm(n) for n in e.get("bare_names", [])] for key, e in self.events.items()}
        self.not_words = {key: [_unprefixed(norm(w)) for w in e.get("not", [])] for key, e in self.events.items()}
        self.about = {key: [_unprefixed(norm(w)) for w in e["about"]["all"]] for key, e in self.events.items() if "about" in e}

    def recognised(self) -> list[tuple[list[str], str]]:
        """(words, kind) of the names the recogniser finds without a trigger ("عاصفة الحزم")."""
        return [(name.split(), self.events[key]["kinds"][0]) for key, names in self.bare_names.items() for name in names]

    def match(self, names: list[str], kind: str, participants: list[str], doc_keys: set[str], doc_date: str | None) -> str | None:
        """The key of the well-known event a mention of this kind, names and participants is, in a document naming doc_keys."""
        phrases = []
        for name in names:
            words = norm(name.replace("«", " ").replace("»", " ").replace('"', " ")).split()
            phrases.append(words)
            while words and words[0] in self.triggers:
                words = words[1:]           # "مؤتمر الحوار الوطني" -> "الحوار الوطني" -> "الوطني"
                phrases.append(words)
        words = {_unprefixed(w) for p in phrases for w in p}
        candidates = [key for key, e in self.events.items() if kind in e["kinds"]
                      and not any(_same_word(w, n) for w in words for n in self.not_words[key])]
        for key in candidates:
            if any(self._begins(p, n.split()) for p in phrases for n in self.bare_names[key]):
                return key
        for key in candidates:
            if any(self._begins(p, n.split()) for p in phrases for n in self.names[key]) \
                    and self._in_context(key, self.events[key].get("context"), participants, doc_keys, doc_date):
                return key
        for key in candidates:
            about = self.events[key].get("about")
            if about and all(any(_same_word(w, a) for w in words) for a in self.about[key]) \
                    and self._in_context(key, about.get("context"), participants, doc_keys, doc_date):
                return key
        return None

    def _begins(self, phrase: list[str], name: list[str]) -> bool:
        """The phrase is the name, or the name and a continuation ("كامب ديفيد بين مصر وإسرائيل")."""
        n = len(name)
        return phrase[:n] == name and (len(phrase) == n or phrase[n] in self.continuations)

    def _in_context(self, key: str, context, participants, doc_keys, doc_date) -> bool:
        if not context:
            return True
        e = self.events[key]
        if e.get("from") and doc_date and doc_date[:len(e["from"])] < e["from"]:
            return False
        parties = e.get("parties")
        if parties and any(len(p) == 2 and p.isupper() and p not in parties for p in participants):
            return False                    # "الاتفاق النووي مع كوريا الشمالية" is another one
        return bool(doc_keys & set(context))


class EventRecognizer:
    """spaCy component filling doc.spans["events"] and Event entities."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        data = lexicon.load("events")
        self.kind_of: dict[str, str] = {}
        for kind, forms in data["triggers"].items():
            for form in forms:
                n = norm(form)
                self.kind_of[n] = kind
                self.kind_of["ال" + n] = kind
        self.verb_kind = {norm(v): k for k, vs in data["verb_triggers"].items() for v in vs}
        self.generic = {norm(w) for w in data["generic"]}
        self.edition_words = {norm(w) for w in data["edition_words"]}
        self.edition_heads = {w.removeprefix("ال") for w in self.edition_words} | {"جوله"}
        self.ordinals = {norm(k): v for k, v in data["ordinals"].items()}
        self.tens = {norm(k): v for k, v in data["tens"].items()}
        self.modifiers = {norm(w) for w in data["modifiers"]}
        self.excluded = {norm(w) for w in data["excluded_modifiers"]}
        self.excluded_before = {norm(w) for w in data["excluded_before"]}
        self.genitive_senses = {norm(t): {norm(w) for w in ws} for t, ws in data["genitive_senses"].items()}
        self.quantities = {norm(w) for w in data["quantities"]}
        self.quantities_after = {norm(w) for w in data["quantities_after"]}
        self.habitual_counts = {norm(w) for w in data["habitual"]["counts"]}
        self.habitual_units = {norm(w) for w in data["habitual"]["units"]}
        self.habitual_adverbs = {norm(w) for w in data["habitual"]["adverbs"]}
        self.decades = {norm(w) for w in data["habitual"]["decades"]}
        self.series_plurals = {norm(w) for w in data["series_plurals"]}
        self.series_adjectives = {norm(w) for w in data["series_adjectives"]}
        self.not_parties = {norm(w) for w in data["np"]["not_parties"]}
        self.copulas = {norm(w) for w in data["copulas"]}
        self.peak_words = {norm(w) for w in data["peak_words"]}
        self.place_links = {norm(w) for w in data["place_links"]}
        self.title_cues = [norm(c).split() for c in data["title_cues"]]
        self.slogan_cues = [norm(c).split() for c in data["slogan_cues"]]
        self.opening = {norm(w) for w in data["opening_ordinals"]}
        self.anaphors = {norm(w) for w in data["anaphors"]}
        self.future = {norm(w) for w in data["future_markers"]}
        self.sittings = set(data["sittings"])
        self.tense = {k: {norm(w) for w in ws} for k, ws in data["tense"].items()}
        self.against = {norm(w) for w in data["against"]}
        self.complementizers = {norm(w) for w in data["complementizers"]}
        self.subordinators = [norm(w).split() for w in data["subordinators"]]
        self.subordinator_starts = frozenset(sub[0] for sub in self.subordinators)
        self.topic_links = {norm(w) for w in data["topic_links"]}
        self.party_clause_ends = self.complementizers | {norm(w) for w in data["party_clause_ends"]}
        self.partner_resumes = {norm(w) for w in data["partner_resumes"]}
        self.new_clause_adverbs = {norm(w) for w in data["new_clause_adverbs"]}
        self.party_presence = {normalize(w) for w in data["party_presence"]}
        self.meeting_verbs_before = set(self.verb_kind) | {norm(w) for w in data["meeting_verbs_before"]}
        self.intransitive = {norm(w) for w in data["intransitive_verbs"]}
        self.proxies = {norm(w) for w in data["proxies"]}
        self.sources_before = {norm(w) for w in data["sources_before"]}
        self.facilities = {norm(w) for w in data["facilities"]}
        self.office_heads = {norm(w) for w in data["office_heads"]}
        self.region_words = {norm(w) for w in data["region_words"]}
        self.seated_bodies = {norm(w) for w in data["seated_bodies"]}
        self.lone_city_ties = self.region_words | self.facilities | {norm(w) for w in data["lone_city_ties"]["words"]}
        self.partner_words = {norm(w) for w in data["lone_city_ties"]["not_in_mention"]}
        self.naming = {norm(w) for w in data["naming_modifiers"]}
        self.national = {norm(w) for w in data["national_modifiers"]}
        self.previous = {norm(w) for w in data["previous"]}
        np = data["np"]
        self.max_words = np["max_words"]
        # as written: "للتوقيع" (to sign) ends a phrase, "التوقيع" names it ("حفل التوقيع"); the NORM of a token drops the ل
        self.stops = {normalize(w) for w in np["stops"]}
        self.stops_before_bi = {norm(w) for w in np["stops_before_bi"]}
        self.count_units = {norm(w) for w in np["count_units"]}
        self.signing = {norm(w) for w in data["signing_words"]}
        self.signing_verbs = {norm(w) for w in data["signing_verbs"]}
        self._dates: tuple = (None, set())
        self._roles: tuple = (None, set())
        self._posts: tuple = (None, set())
        self._offices: tuple = (None, set())
        self._role_spans: tuple = (None, {})
        self.honorific_words = {norm(form) for title in lexicon.load("roles")["titles"] if title["kind"] == "honorific"
                                for form in title["ar"] if " " not in form}
        self.not_title_starts = {norm(w) for w in np["not_title_starts"]}
        self.speech_starts = {norm(w) for w in np["speech_starts"]}
        self.stance_phrases = {norm(w) for w in np["stance_phrases"]}
        self.statement_verbs = {norm(w) for w in np["statement_verbs"]}
        self.purpose = {normalize(w) for w in np["purpose"]}     # written forms: the normaliser may split off their ل
        self.situations = {norm(w) for w in data["situations"]}
        self.purpose_objects = {norm(w) for w in data["purpose_objects"]}
        self.standing_words = {norm(w) for w in data["standing_words"]}
        self.celebrating = {norm(w) for w in data["celebrating"]["forms"]}
        self.celebration_governors = {norm(w) for w in data["celebrating"]["governors"]}
        self.host_verbs = {norm(w) for w in data["host_verbs"]}
        self.host_words = self.host_verbs | {norm(w) for w in data["host_masdars"]}
        self.possessed = {norm(form): base for base, forms in data["possessed"].items() for form in forms}
        self.possessed_kind = {form: self.kind_of.get(norm(base)) for form, base in self.possessed.items()}
        self.destination_links = {norm(w) for w in data["destination_links"]}
        self.during_visit = {norm(w) for w in data["during_visit"]}
        self.tours = {norm(w) for w in data["tours"]["triggers"]}
        self.tour_kind = next(self.kind_of[t] for t in sorted(self.tours) if t in self.kind_of)
        self.tour_links = {norm(w) for w in data["tours"]["links"]}
        self.tour_made_with = {norm(w) for w in data["tours"]["made_with"]}
        self.tour_over = {norm(w) for w in data["tours"]["over"]}
        self.owner_links = {norm(w) for w in data["owner_links"]}
        self.relatives = {norm(w) for w in data["relatives"]}
        self.time_resumptions = {norm(w) for w in data["time_resumptions"]}
        self.place_relatives = {norm(w) for w in data["place_relatives"]}
        self.preparatory = {norm(w) for w in data["preparatory"]}
        self.outcomes = {norm(w) for w in data["outcomes"]}
        self.names = name_lexicon()             # which words the corpus inflects as verbs
        self.main_clause_openers = {norm(w) for w in data["main_clause_openers"]}
        self.holding_verbs = {norm(w) for w in data["holding_verbs"]}
        # a verb of holding after an event's noun opens the clause that describes it ("ورشة عمل تعقد الشهر المقبل");
        # of the past forms only those that cannot be nouns (عقدت, not نظم)
        self.describing_verbs = self.tense["present_holding"] | {
            w for w in self.tense["past_holding"] if w.endswith("ت")}
        self.held_verbs = self.holding_verbs | self.tense["present_holding"] | self.tense["past_holding"] \
            | self.tense["future_holding"]
        self.held_participles = {norm(w) for w in data["held_participles"]}
        self.gathering_verbs = {norm(w) for w in data["gathering_verbs"]}
        self.expected = self.tense["supposed"] | self.tense["expected"]
        self.body_prepositions = {norm(w) for w in data["body_prepositions"]}
        self.own_session_verbs = self.holding_verbs | {norm(w) for w in data["own_session_verbs"]}
        self.own_sessions = {norm(form): base for base, forms in data["own_sessions"].items() for form in forms}
        self.session_times = {norm(w) for w in data["session_times"]}
        self.sport_words = {norm(w) for w in data["sport_words"]}
        self.online_triggers = {norm(w) for w in data["online"]["triggers"]}
        self.online_words = [norm(w).split() for w in data["online"]["words"]]
        self.showroom_triggers = {norm(w) for w in data["showroom"]["triggers"]}
        self.showroom_words = [norm(w).split() for w in data["showroom"]["words"]]
        sport = data["sport_article"]
        self.sport_article_words = {norm(w) for w in sport["words"]}
        self.sport_article_min = sport["min_distinct"]
        self.match_nouns = {norm(w) for w in sport["match_nouns"]}
        self.place_commands = {norm(w) for w in data["place_commands"]}
        self.held_or_hosting = self.held_verbs | self.host_verbs
        self.sense_excluded = {norm(t): {norm(w) for w in ws} for t, ws in data["sense_excluded"].items()}
        self.waw_nouns = {norm(w) for w in np["waw_nouns"]}
        self.participant_links = {norm(w) for w in np["participants"]}
        self.links = {norm(k): norm(v) for k, v in np["links"].items()}
        self.party_quantities = {norm(w) for w in np["party_quantities"]}
        self.party_totals = {norm(w) for w in np["party_totals"]}
        self.compounds = {norm(k): norm(v) for k, v in np["compounds"].items()}
        self.agreement_topics = {norm(w) for w in np["agreement_topics"]}
        surgery = data["surgery"]
        self.surgery_triggers = {norm(w) for w in surgery["triggers"]}
        self.surgery_verbs = {norm(w) for w in surgery["verbs"]}
        self.surgery_patients = {norm(w) for w in surgery["patients"]}
        self.undergo = {norm(w) for w in surgery["undergo"]}
        self.surgery_masdars = {norm(w) for w in surgery["masdars"]}
        self.cohorts = {norm(w) for w in data["cohorts"]}
        self.in_a_row = [normalize(p).split() for p in data["in_a_row"]]
        self.ordinal_words = self.ordinals.keys() | self.tens.keys()     # "الحادية عشرة", "السادسة والعشرين"
        self.senses_in_clause = {norm(t): (s["window"], {norm(w) for w in s["words"]}) for t, s in data["senses_in_clause"].items()}
        self.cardinals = {norm(w) for w in data["cardinals"]}
        self.standing_bodies = {kind: {norm(w) for w in ws} for kind, ws in data["standing_bodies"].items()}
        self.bodies = [norm(b).split() for b in data["bodies"]]
        self.verb_nouns = {norm(k) if _arabic_word(norm(k)) else k: v for k, v in data["verb_nouns"].items()}
        self.named_only = set(data["named_only"])
        self.works = {norm(w) for w in data["works"]}
        self.titled_plurals = {norm(w) for w in data["titled_plurals"]}
        self.named_alone = set(data["named_alone"])
        self.unnaming = {norm(w) for w in data["unnaming"]}
        self.verbal_after = {norm(t): {norm(w) for w in ws} for t, ws in data["verbal_after"].items()}
        self.light_verbs = set().union(*self.verbal_after.values())      # "يتم", "تم", "جرى": no topic's word
        self.placed_by_name = set(data["placed_by_name"])
        self.named_by_topic = set(data["named_by_topic"])
        self.never_anaphoric = set(data["never_anaphoric"])
        self.with_actor = set(data["with_actor"])
        self.stands = set(data["stands"])
        self.interview = set(data["one_person_is_interview"])
        self.needs_more_than_date = {norm(w) for w in data["needs_more_than_date"]}
        self.needs_more_than_place = {norm(w) for w in data["needs_more_than_place"]}
        self.media_interview = set(data["media_is_interview"])
        self.spoken_interview = set(data["spoken_interview"]["kinds"])
        self.interview_openers = {norm(w) for w in data["spoken_interview"]["openers"]}
        self.own_interview = {norm(w) for w in data["spoken_interview"]["own"]}
        self.report_verbs = {norm(w) for w in lexicon.load("relations")["report_verbs"]}
        self.celebrated = {norm(w) for w in lexicon.load("relations")["celebrated"]}
        self.source_words = {norm(w) for w in lexicon.load("relations")["trailing_sources"]}
        self.envoy_roles = {title["role"] for title in lexicon.load("roles")["titles"]
                            if title.get("posted") and not title.get("resident")}
        self.press_words = {norm(w) for w in data["press_words"]}
        self.conduct_verbs = {norm(w) for w in data["interview_conductors"]["verbs"]}
        self.conductors = {norm(w) for w in data["interview_conductors"]["subjects"]}
        self.impersonal_conducting = [normalize(w).split() for w in data["interview_conductors"]["impersonal"]]
        self.same_kind_anaphors = set(data["same_kind_anaphors"])
        self.celebration_words = {norm(w) for w in data["celebration_words"]}
        self.places = lexicon.load("places")["places"]
        self.capital_of = {p["state"]: (p["name"], key, p["state"]) for key, p in self.places.items()
                           if p.get("kind") == "capital" and p.get("state")}
        self.capital_keys = {key for _, key, _ in self.capital_of.values()}
        self.well_known = WellKnown(set(self.kind_of))
        self.known: dict[str, list[tuple[list[str], str]]] = {}     # first word -> (words, kind) of known names
        for words, kind in self.well_known.recognised():
            self.known.setdefault(words[0], []).append((words, kind))
        self.chain_links = {k: {norm(w) for w in ws} for k, ws in np["chain_links"].items()}
        self.held_by_state_word = set(data["held_by_state_word"])
        self.gatherings = {"conference", "meeting", "summit", "forum", "seminar", "session", "talks", "dialogue"}
        # "اجتماعا" -> "اجتماع": the accusative form of a trigger is named by its base form
        self.accusative = {f: f[:-1] for f in self.kind_of if f.endswith("ا") and f[:-1] in self.kind_of}
        self.ta_marbuta = {norm(f) for forms in data["triggers"].values() for f in forms if f.endswith("ة")}
        self.ha_forms = {norm(f) for forms in data["triggers"].values() for f in forms if f.endswith("ه")}
        self.lam_nouns = {n for n in {norm(w) for w in data["meeting_bodies"]} | set(self.kind_of) if n.startswith("ل")}
        self.generic_words = set(self.modifiers) | self.generic | set(self.kind_of) | set(self.ordinals) | self.unnaming
        # the words at which __call__'s loop can find a mention (with an opening quote); a new branch there adds its own
        self.opening_words = set(self.known) | set(self.possessed) | set(self.own_sessions) | set(self.kind_of) | set(self.verb_kind) | self.generic \
            | self.tours | {"ال" + t for t in self.tours}

    # -- token helpers -------------------------------------------------------
    def _ent_at(self, doc: Doc) -> dict[int, Span]:
        return {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}

    def _club_holding(self, doc, sent, i: int, end: int, pronoun_only: bool = False) -> bool:
        """Whether a forum or conference (tokens i..end) is the subject of a verb of holding right before it, the
        body that holds something else: the verb takes that back as its pronoun ("الأمسية التي نظمها منتدى اليراع
        الثقافي", "ندوة نظمها مؤتمر رؤساء المنظمات") or, for a forum, another event follows in the clause ("يقيم
        المنتدى الثقافي في جمعية الثقافة أمسية شعرية")."""
        if i <= sent.start or not _verb_form(doc[i - 1].norm_, self.holding_verbs):
            return False
        if doc[i - 1].norm_ not in self.holding_verbs:
            return True                 # the verb with its object pronoun: the forum is who holds it
        if pronoun_only:
            return False
        for j in range(end, sent.end):
            if doc[j].text in CLAUSE_BREAKS or doc[j].text == "،":
                return False
            if self._trigger_kind(doc[j]):
                return doc[i].norm_.startswith("ال")
        return False

    def _quoted_edition(self, doc: Doc, i: int, end: int) -> int | None:
        """The number of an ordinal quoted at token i, closed before `end` («الثاني», «الخامس والعشرين»)."""
        words = [normalize(t.text) for t in doc[i + 1:end - 1]]
        first = words[0] if words else ""
        number = self.ordinals.get(first) or self.ordinals.get(first.removeprefix("ال"))
        tens = [self.tens.get(w.removeprefix("و")) for w in words[1:]]
        return number + sum(tens) if number and len(tens) <= 1 and all(tens) else None

    def _quoted(self, doc: Doc, i: int, limit: int) -> tuple[int, str] | None:
        """If token i opens a quote closed within `limit` tokens: (end token, inner text)."""
        if doc[i].text not in QUOTES_OPEN:
            return None
        for j in range(i + 1, min(len(doc), i + limit)):
            if doc[j].text in QUOTES_CLOSE:
                if j == i + 1:
                    return None
                return j + 1, doc[i + 1:j].text
            if doc[j].is_sent_start:
                return None
        return None

    # -- main ----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        ent_at = self._ent_at(doc)
        self._names_at = ent_at          # names keep their endings in event names ("أمريكا")
        self._sentence_triggers: dict[int, list[int]] = {}
        events: list[_Event] = []
        pending: list[tuple[int, int, str, int, Span]] = []   # anaphors before any event
        dismissed: list[tuple[str, int]] = []     # (kind, sentence) of triggers that name no event ("مؤتمر صحفي")
        sents = list(doc.sents)
        norms, texts = token_norms(doc), strings_of(doc, ORTH)
        self._norms = norms     # this component changes no norm: its methods slice this list
        # in a sports article "لقاء الغد", "لقاء الجيل" is a match, not a meeting
        sport_article = len(self.sport_article_words.intersection(norms)) >= self.sport_article_min
        chrome = chrome_tokens(doc)
        for s_idx, sent in enumerate(sents):
            if sent.start in chrome:
                continue        # a site's tag list
            future = not self.future.isdisjoint(norms[sent.start:sent.end])     # a future marker (سيعقد، المقبل)
            i = sent.start
            while i < sent.end:
                if norms[i] not in self.opening_words and texts[i] not in QUOTES_OPEN:
                    i += 1
                    continue
                tok = doc[i]
                known = self._known_at(doc, sent, i) if tok.norm_ in self.known and i not in ent_at else None
                if known:
                    self._attach(events, self._known_mention(doc, sent, i, known, ent_at, s_idx, future))
                    i = known[0]
                    continue
                series = self._city_series_at(doc, sent, i, ent_at) if tok.text in QUOTES_OPEN else None
                if series:
                    self._attach(events, self._city_series(doc, sent, i, series, s_idx, future))
                    i = series[0]
                    continue
                own, possessed = tok.norm_ in self.own_sessions, tok.norm_ in self.possessed
                if (own or possessed) and i not in ent_at:
                    # "عقد مجلس الأمن جلسته" (a body's own session), else "خلال لقائه X" (a possessed trigger)
                    found = own and self._own_session(doc, sent, i, ent_at, s_idx, future) \
                        or possessed and self._possessed_mention(doc, sent, i, ent_at, s_idx, future)
                    if found:
                        self._attach(events, found)
                    if found or possessed:
                        i += 1
                        continue
                kind = self._trigger_kind(tok)
                if kind is None and tok.norm_.removeprefix("ال") in self.tours and i + 1 < sent.end \
                        and doc[i + 1].norm_ in self.excluded:
                    dismissed.append((self.tour_kind, s_idx))     # "بجولات ميدانية": no event, nor "الجولة" after it
                    i += 2
                    continue
                verb_kind = self.verb_kind.get(tok.norm_)
                if i in ent_at or not (kind or verb_kind or tok.norm_ in self.generic):
                    i += 1
                    continue
                body = self._body_at(doc, sent, i)
                if body:
                    i = body                # "المؤتمر الوطني العام": a parliament, not a conference
                    continue
                if verb_kind:
                    found = self._verb_mention(doc, sent, i, verb_kind, ent_at, s_idx, future)
                    if found:
                        self._attach(events, found)
                    i += 1
                    continue
                # "الدورة الأولى لمؤتمر …": the edition word introduces the next trigger.
                if tok.norm_ in self.edition_words and i + 2 < sent.end and doc[i + 1].norm_ in self.ordinals \
                        and self.kind_of.get(doc[i + 2].norm_):
                    found = self._noun_mention(doc, sent, i + 2, self.kind_of[doc[i + 2].norm_], ent_at, s_idx, future,
                                               edition=self.ordinals[doc[i + 1].norm_], start=i)
                    self._attach(events, found)
                    i = found.spans[0][1]
                    continue
                if i + 1 < sent.end and (doc[i + 1].norm_ in self.excluded
                                         or doc[i + 1].norm_ in self.sense_excluded.get(tok.norm_.removeprefix("ال"), ())) or \
                        i > sent.start and doc[i - 1].norm_ in self.excluded_before or \
                        self._genitive_sense(doc, sent, i) or \
                        self._counted(doc, sent, i) or self._predicate_noun(doc, sent, i) or \
                        self._surgery(doc, sent, i) or self._standing_body(doc, sent, i, kind) or \
                        self._other_sense(doc, sent, i) or self._standing(doc, sent, i) or \
                        self._celebrating(doc, sent, i) or self._place_command(doc, sent, i, ent_at) or \
                        tok.norm_ in self.peak_words and i + 1 < sent.end and self._possessed(doc[i + 1]):
                    dismissed.append((kind or "event", s_idx))
                    i += 2          # "مؤتمر صحفي", "مباراة القمة", "لقاء الذهاب", "في قمة مستواه", "أصبحت ملتقى"
                    i = self._title_end(doc, sent, i) or i     # "دورة تدريبية بعنوان «كيف تدير حوارا»": its title too
                    continue
                if i > sent.start and normalize(doc[i - 1].text).removeprefix("و") in self.verbal_after.get(
                        tok.norm_.removeprefix("ال"), ()):
                    i += 1          # "تم الاتفاق مع المدرب": they agreed, no agreement
                    continue
                if sport_article and tok.norm_.removeprefix("ال") in self.match_nouns:
                    i += 1
                    continue
                if kind and tok.norm_[-1:] == "ن" and tok.norm_.endswith(("ين", "ان")) and tok.norm_ not in self.kind_of:
                    i += 1
                    continue
                found = self._noun_mention(doc, sent, i, kind or "event", ent_at, s_idx, future)
                end = found.spans[0][1]
                if end + 1 < sent.end and doc[end].norm_ == "من" and doc[end + 1].norm_ in self.cohorts:
                    i = end             # "الدورة الحادية عشرة من المستفيدين": a class of people, no session
                    continue
                if any(t.norm_ in self.sport_words or normalize(t.text) in self.sport_words
                       for t in doc[i + 1:min(sent.end, found.spans[0][1] + 3)]):
                    dismissed.append((found.kind, s_idx))   # nor is "الدورة التي أقيمت عام 2010" after it
                    i = found.spans[0][1]       # "لقاء الهلال الودي", "حسم اللقاء لصالحه بفارق": a match
                    continue
                if found.kind in ("forum", "conference") and self._club_holding(doc, sent, i, found.spans[0][1],
                                                                           pronoun_only=found.kind != "forum"):
                    dismissed.append((found.kind, s_idx))
                    i = found.spans[0][1]       # "يقيم المنتدى الثقافي … أمسية شعرية": a literary club, no event
                    continue
                near = range(i + 1, min(sent.end, found.spans[0][1] + 3))
                if tok.norm_ in self.online_triggers and self._words_at(doc, near, self.online_words) \
                        or tok.norm_ in self.showroom_triggers and self._words_at(doc, near, self.showroom_words):
                    dismissed.append((found.kind, s_idx))
                    i = found.spans[0][1]       # "منتدى «داركود» على الإنترنت": a website; "معرض … الكائن في": a shop
                    continue
                anaphoric = found.spans[0][2]
                if anaphoric and found.kind in self.never_anaphoric:
                    pass                # "البيان" is any statement, not "بيان جنيف" told again
                elif anaphoric and not found.words and self._refers_to_dismissed(dismissed, found.kind, events):
                    pass                # "جولة تفقدية … وشارك في الجولة": the tour told before, no event
                elif anaphoric:
                    target = self._antecedent(events, found, sent, ent_at)
                    held = target is None and self._held_clause(doc, sent, found.spans[0][1])
                    if (found.words or held) and self._own_anchor(
                            doc, sent, i, found, ent_at, date_ok=target is None or target.kind != found.kind):
                        # "المؤتمر الاقتصادي الذي عقد بشرم الشيخ" after "القمة العربية", "القمة الرباعية
                        # التي تنعقد اليوم بمدينة عنتيبي", and with none before it "الاجتماع الذي عقده أوباما
                        # بأديس أبابا" (not the talks told later): an event of its own
                        found.spans[0] = (*found.spans[0][:2], False)
                        self._attach(events, found)
                    elif target is None:
                        pending.append((found, s_idx, sent))
                    elif found.words and target.words and not found.words & target.words \
                            or found.earlier != target.earlier:
                        # "المؤتمر السنوي للبعثات الدبلوماسية" after "المؤتمر الوطني": another event
                        self._sentence_context(doc, sent, i, found, ent_at, own=found.spans[0][:2])
                        found.spans[0] = (*found.spans[0][:2], False)
                        self._attach(events, found)
                    else:
                        self._enrich(target, found)
                else:
                    self._attach(events, found)
                i = self._inner_trigger(doc, i, found.spans[0][1])
        for found, s_idx, sent in pending:
            start, end, _ = found.spans[0]
            # a described mention ("الاجتماع التأسيسي لصندوق …", "اللقاء الثلاثي الذي جمع …") is its own event (if
            # anchored), a bare one refers forward
            target = None if found.words or self._held_clause(doc, sent, end) \
                else self._antecedent(events, found, sent, ent_at, forward=True)
            if target is None and not found.words and found.kind in self.same_kind_anaphors \
                    and not (found.date or found.city_key or found.earlier or found.upcoming) \
                    and any(e.kind in self.gatherings for e in events):
                continue        # "المباحثات" in an article of another gathering: not which talks, so none
                                # ("الدورة القادمة للقمة" says which: the next one)
            if target is not None:
                target.spans.append((start, end, True))
                target.aliases.extend(n for n in found.names if n not in target.aliases)
            else:
                # "ويترأس الاجتماع الوزاري في تونس …" with no other event in the article: the first
                # mention of an event the reader is assumed to know (kept only if anchored)
                self._sentence_context(doc, sent, start, found, ent_at, own=(start, end))
                found.spans[0] = (start, end, False)
                self._attach(events, found)
        self._write(doc, events)
        return doc

    def _known_at(self, doc, sent, i: int) -> tuple[int, str] | None:
        """(end token, kind) of a well-known event name starting at token i ("عاصفة الحزم")."""
        for words, kind in self.known.get(doc[i].norm_, ()):
            end = i + len(words)
            if end <= sent.end and [doc[k].norm_ for k in range(i, end)] == words:
                return end, kind
        return None

    def _known_mention(self, doc, sent, i, known, ent_at, s_idx, future) -> _Event:
        """A well-known operation named without its trigger ("شاركت في «عاصفة الحزم»")."""
        end, kind = known
        ev = _Event(-1, kind, first_sentence=s_idx, last_sentence=s_idx, planned=future, own_title=True, known=True)
        name = self._clean(doc, i, end)
        ev.titles.append(name)
        ev.names.append(name)
        ev.words = {doc[k].norm_ for k in range(i, end)}      # "العملية السياسية" is not this one
        ev.spans.append((i, end, False))
        self._sentence_dates(doc, sent, i, ev, own=(i, end))
        return ev

    def _inner_trigger(self, doc, i: int, end: int) -> int:
        """Where to go on after a mention ending at end: at an agreement named inside it
        ("مفاوضات اتفاق التبادل الحر"), else at its end."""
        for k in range(i + 1, end):
            if self._trigger_kind(doc[k]) in self.named_by_topic:
                return k
        return end

    def _noun_mention(self, doc, sent, i, kind, ent_at, s_idx, future, edition=None, start=None) -> _Event:
        """Read the event whose trigger is token i: its noun phrase names it (see _extend)."""
        ev = _Event(-1, kind, edition=edition, first_sentence=s_idx, last_sentence=s_idx, planned=future)
        start = i if start is None else start
        prev = doc[i - 1] if i > sent.start else None
        quoted_trigger = prev is not None and prev.text in QUOTES_OPEN
        j, informative, marks = self._extend(doc, sent, i, ev, ent_at)
        if doc[i].norm_.removeprefix("ال") in self.titled_plurals and not (ev.own_title or ev.known):
            ev.own_place = False    # "العمليات الإجرامية … في مدينة عدن": operations of a kind in a place, none named
        informative = informative or ev.edition is not None
        if i - 2 >= sent.start and doc[i - 1].norm_ in self.previous and doc[i - 2].norm_ in self.edition_words:
            ev.earlier = "earlier"          # "الدورة السابقة للقمة": the summit of the earlier edition
        if kind in self.placed_by_name and not ev.own_place:
            self._signed_at(doc, sent, j, ev, ent_at)
        if kind in self.placed_by_name and not ev.own_place:
            self._signed_before(doc, sent, i, ev, ent_at)
        if quoted_trigger:
            closing = self._quoted(doc, i - 1, 15)
            if closing and closing[0] > i + 2 and not self._said(doc[i + 1], verb=True) \
                    and not self._quoted_speech(doc, i - 1, closing[0]):
                # "«الحوار»" alone is the word in scare quotes, no name; "«الاجتماع كان مثمرا»" is what was said
                ev.titles.append(closing[1])         # "«عملية الحسم الأصيل»": the quote is its name
                start, j, informative = i - 1, max(j, closing[0]), True
                ev.own_title = closing[0] - i <= 5    # a quoted sentence ("«عملية واسعة أطلقت …»") is no name
                if j < sent.end and self.links.get(doc[j].norm_) == "any":
                    end = self._topic_end(doc, sent, j + 1, self._date_tokens(doc))
                    if end > j + 1:             # "«اتفاق حاسم» حول تجارة …": what it is about
                        ev.topic = self._clean(doc, j + 1, end)
                        ev.aliases.append(f"{closing[1]} {self._clean(doc, j, end)}")
        definite = doc[i].norm_.startswith("ال") or doc[i].norm_ in self.generic
        demonstrative = prev is not None and prev.norm_ in self.anaphors
        if definite and not informative and any(t.norm_ in self.previous for t in doc[i + 1:j]):
            # "الاجتماع الوزاري الأخير … في روما": an earlier event, named by its own place
            probe = _Event(-1, kind)
            self._linked_place(doc, doc[i:min(sent.end, j + 8)], probe, ent_at, own=(i, j))
            if probe.city_key:
                ev.city, ev.city_key, ev.country = probe.city, probe.city_key, probe.country
                informative = True
        anaphoric = (demonstrative or definite) and not informative
        if not anaphoric:
            if not definite:
                self._holder(doc, sent, i, ev, ent_at)
            self._sentence_context(doc, sent, i, ev, ent_at, own=(start, j))
            self._tense(doc, sent, (start, j), future, ev)
            ev.supposed = self._supposed(doc, sent, start)
        else:
            # "المؤتمر" in a sentence about something else: only what is written right after it is its own
            self._tense(doc, sent, (start, j), future, ev, own_only=True)
            self._sentence_dates(doc, sent, i, ev, before=0, own=(start, j))
            self._linked_place(doc, sent, ev, ent_at, own=(start, j), linked_only=True)
        ev.spans.append((start, j, anaphoric))
        name = self._clean(doc, start, self._name_end(doc, sent, i, j, marks))
        ev.names.append(name)
        for cut in marks:                      # shorter forms: "المؤتمر الوزاري العاشر" of "… للمنظمة"
            short = self._clean(doc, start, cut)
            if cut > i + 1 and short != name and short not in ev.aliases:
                ev.aliases.append(short)
        return ev

    def _name_end(self, doc, sent, i: int, j: int, marks: list[int]) -> int:
        """Where the name of the phrase i..j ends: never on a noun that still awaits its genitive after a link
        ("على مستوى وزراء [الخارجية]", "لفناني [وفنانات …]", "بين قياديين [من …]") or on a title: the name
        ends before that link; with the second party after "بين" the phrase did not take, a name or a single word
        ("مفاوضات … بين اليونان ودائنيها"), else before that "بين" ("المباحثات" of "المباحثات بين روسيا
        و«أوبك»", not "المباحثات بين روسيا")."""
        between = [m for m in marks if i < m < j and doc[m].norm_ == "بين"]
        if between and j < sent.end and normalize(doc[j].text)[:1] == "و" and doc[j].norm_ not in self.waw_nouns \
                and doc[j].norm_ not in self.stops and not any(t.text[:1] == "و" for t in doc[between[-1] + 1:j]):
            ent = self._names_at.get(j)
            if ent is not None and ent.start == j:
                return ent.end
            word = doc[j]
            if word.is_alpha and len(word.text) > 2 and not self._trigger_kind(word) \
                    and not self._verb_like(normalize(word.text)[1:]) \
                    and (j + 1 >= sent.end or not doc[j + 1].is_alpha or doc[j + 1].norm_ in self.stops):
                return j + 1
            return between[-1]
        links = [m for m in marks if i < m < j]
        if links and (self._awaits_genitive(doc, j - 1, links) or self._holder_after(doc, j)):
            return links[-1]
        while j - 1 > i and doc[j - 1].norm_ in self.partner_words:
            j -= 1      # "محادثات مع «مسؤولين كبار»": a preposition whose object the phrase did not take
        return j

    def _holder_after(self, doc, j: int) -> bool:
        """Whether the phrase ends on a title whose holder's name follows it ("حفل تكريم لسعادة المهندس [X]")."""
        ent = self._names_at.get(j)
        return ent is not None and ent.start == j and ent.label_ == "PERSON" and doc[j - 1].norm_ in self.names.role_words

    def _awaits_genitive(self, doc, k: int, links: list[int]) -> bool:
        """Whether the phrase's last token k is an indefinite noun right after its link, which a name cannot end
        on: "لفناني [وفنانات …]", "بين قياديين [من …]", "على مستوى وزراء [الخارجية]"."""
        tok, w = doc[k], normalize(doc[k].text)
        if not _arabic_word(w) or w.startswith(("ال", "لل")) or tok.ent_type_ or tok.text.endswith(("اً", "ًا")) \
                or w in self.modifiers or strip_marks(tok.text).endswith(THIRD_PERSON_SUFFIXES):
            return False        # (a pronoun makes it definite: "المفاوضات مع مقرضيها")
        # (after مع, or with a ل that is part of it, it may be a name the recognisers missed: "مع ليون")
        return k == links[-1] and w[:1] == "ل" and self.names.language_word(w[1:]) \
            or k - 2 == links[-1] and doc[k - 1].norm_ == "مستوي" or k - 1 == links[-1] and doc[k - 1].norm_ == "بين"

    def _extend(self, doc, sent, i, ev: _Event, ent_at) -> tuple[int, bool, list[int]]:
        """How far the noun phrase of the trigger at i reaches, filling ev with what it names.

        The phrase goes on through modifiers ("الاجتماع الوزاري الطارئ"), a genitive chain after an
        indefinite noun ("اجتماع وزراء خارجية دول مجلس التعاون"), adjectives that agree with the last
        noun, ل-genitives ("الدورة الـ42 لمجلس …"), names of places, bodies and participants ("مع كيري",
        "بين الفرقاء"), "في/بمدينة" + a place, an edition ("الـ36", "العاشر") and a topic after "حول";
        it ends at a verb, a particle, a date, punctuation or a conjunction.
        Returns (end token, whether it names a particular event, token ends of shorter forms)."""
        j, words, informative, linked = i + 1, 0, False, False
        definite = doc[i].norm_.startswith("ال") or doc[i].norm_ in self.generic
        open_ = not definite            # the last noun may still take a genitive
        marks: list[int] = []
        among, topic = False, None          # after "مع"/"بين": participants; after "حول": the topic
        dates = self._date_tokens(doc)
        while j < sent.end and words < self.max_words and j not in dates:
            tok = doc[j]
            n, w = tok.norm_, normalize(tok.text)
            ent = ent_at.get(j)
            if definite and not open_ and among is not True and not tok._.clitic and not normalize(tok.text).startswith("لل") \
                    and (ent is not None and ent.start == j and ent.label_ in ("PERSON", "ORG")
                         or j in self._role_tokens(doc) or n in self.honorific_words) \
                    and not ((j - 1 in self._role_tokens(doc) or j - 1 == i + 1) and not doc[i].norm_.startswith("ال")):
                # "رعى الحفل الأمير فلان", "ترأس الجلسة الأولى الدكتور فلان": a definite noun takes no genitive;
                # the name (with its title or honorific) is the subject
                # (but "زيارة الوزير فلان": the name of the title that is the genitive)
                break
            if ent is not None and ent.start == j and among is not True and particle(tok) == "ل" \
                    and self._medium(doc._.entities, ent._.key):
                break           # "حضر المراسم لوكالة الصحافة الفرنسية": what he told the agency
            if ent is not None and ent.start == j:
                text_named = j - 1 > i and place_of(ent) and self._trigger_kind(doc[j - 1]) in self.placed_by_name
                if among is not None and not text_named:     # a name in the topic is what it is about; a text's
                    self._take_entity(ev, ent, among)        # city names the text ("بموجب … معاهدة واشنطن")
                informative, open_, definite = True, False, True
                j, words = ent.end, words + 1
                marks.append(j)
                if j + 1 < sent.end and doc[j].norm_ == "و" and ent_at.get(j + 1) is not None:
                    j += 1                                   # "بين مصر و السودان"
                continue
            if ent is not None:
                break
            role_end = self._role_ends(doc).get(j) if among is True else None
            if role_end is not None and role_end - j <= 4:
                # "مع معالي وزير الدفاع الأمريكي X": a party's short title, then the party
                j, words, open_, definite = role_end, words + role_end - j, False, True
                continue
            known = self._known_at(doc, sent, j) if n in self.known else None
            if known:
                ev.titles.append(self._clean(doc, j, known[0]))      # "عمليات عاصفة الحزم"
                ev.words |= {doc[k].norm_ for k in range(j, known[0])}
                ev.known = True
                informative = ev.own_title = True
                j = known[0]
                break
            if doc[j].text in QUOTES_CLOSE and i > sent.start and doc[i - 1].text in QUOTES_OPEN:
                break           # '" معرض فناني القرية " المقام …': the quote the trigger opens closes here
            quoted = self._quoted(doc, j, 15)
            inner = ent_at.get(j + 1)
            if quoted and inner is not None and inner.start == j + 1 and inner.end + 1 == quoted[0]:
                if among is not None:
                    self._take_entity(ev, inner, among)       # "حول «داعش»": a name, not a title
                informative, open_, definite = True, False, True
                j, words = quoted[0], words + 1
                continue
            edition = self._quoted_edition(doc, j, quoted[0]) if quoted else None
            if edition:
                ev.edition = ev.edition or edition           # "ملتقى الإعلام البترولي «الثاني»": its edition,
                informative, open_ = True, False             # set off by quotes, no title
                j, words = quoted[0], words + 1
                continue
            if quoted and among is True:
                break           # "لقاء مع الوزير X «لسنا مستعدين …»": what is said after the parties, not a title
            if quoted and (ev.kind in self.never_anaphoric or ev.kind in self.named_only) and (
                    quoted[0] - j > 7 or doc[j + 1].norm_ in self.stops or doc[j + 1].norm_ in self.not_title_starts
                    or self._is_purpose(doc[j + 1])
                    or self._verb_like(normalize(doc[j + 1].text)) or among is True):
                break           # "في بيان «إنه لا توجد …»": what a statement says, not its name; "هذه المبادرة «غير
                                # المثمرة»": what it is judged; "اتفاق بين «نوكيا» و…": who agrees
            if quoted and (j > i + 1 and doc[j + 1].norm_ in self.speech_starts or self._said(doc[j + 1])
                           or " ".join(t.norm_ for t in doc[j + 1:quoted[0] - 1]) in self.stance_phrases):
                break           # "في اجتماع بالعاصمة الماليزية «لا نرى …»", "الدورة «سيعطي دفعا …»": what is said;
                                # "ستستضيف اللقاء «على الأرجح»": a hedge on it
            if quoted:
                j, title = quoted
                if topic is None:                            # "حول «…»" is what it is about
                    ev.titles.append(title)
                    informative = ev.own_title = True
                break
            if n in self.future and doc[i].norm_ in self.edition_words:
                ev.earlier = "later"                         # "الدورة القادمة للقمة": the next edition
            ev.upcoming = ev.upcoming or n in self.future    # "القمة العربية المقبلة": one edition, the next
            if n in self.modifiers and n not in self.ordinals:
                if n in self.naming:
                    informative = ev.named = True            # "القمة العربية" names an event
                    ev.region.add(n)
                    # "المبادرة الخليجية", "(مؤتمر) الحوار الوطني" are one text, one process: named alone
                    ev.alone = ev.alone or ev.kind in self.named_alone or self._trigger_kind(doc[j - 1]) in self.named_alone
                j, words, open_ = j + 1, words + 1, False
                continue
            number = _number(w)
            if number is None and w == "ال" and j + 1 < sent.end:
                number = _number(normalize(doc[j + 1].text))
                if number is not None:
                    j += 1                                   # "الـ 14"
            year = _number(tok.text.rstrip(".،,")) if number is None else number
            if year is not None and 1900 <= year <= 2100 and not w.startswith("ال") and ev.date is None \
                    and (j - 1 in ent_at or j - 1 == i):
                ev.date, informative, open_ = str(year), True, False     # "مؤتمر القاهرة 2014": its year
                j, words = j + 1, words + 1
                continue
            after_city = j - 1 in ent_at and place_of(ent_at[j - 1]) is not None and number is not None and number <= 20 \
                and (j + 1 >= sent.end or not _arabic_word(normalize(doc[j + 1].text)) or doc[j + 1].norm_ in self.stops)
            if number is not None and not (w.startswith("ال") or doc[j - 1].norm_.removeprefix("ال") in self.edition_heads
                                           or after_city) \
                    or number is not None and j + 1 < sent.end and (doc[j + 1].norm_ in self.count_units
                                                                    or self._counted_noun(doc, j + 1, ent_at, dates)):
                break                                        # "المؤتمر 70 دولة": a count; "مؤتمر جنيف 2": an edition;
                                                             # "مع ابن الـ30 عاما": an age; "في الدورة 50 طالبة": a count
            if number is not None:
                if ev.edition is None and number < 1000:
                    ev.edition = number
                informative, open_ = True, False
                j, words = j + 1, words + 1
                marks.append(j)
                continue
            opening = n in self.opening and doc[j - 1].norm_.removeprefix("ال") in self.edition_heads
            if (n in self.ordinals or w in self.ordinals) and j > i + 1 and n.endswith("ه") \
                    and not doc[i].norm_.endswith(("ه", "ات")):
                j, words = j + 1, words + 1      # "لقاء المجموعة الثانية": a feminine ordinal agrees with the noun
                continue                         # before it, not with a masculine trigger: no edition
            if (n in self.ordinals or w in self.ordinals) and j > i + 1 and not n.endswith("ه") \
                    and doc[i].norm_.endswith(("ه", "ات")) and not doc[j - 1].norm_.endswith(("ه", "ات")):
                j, words = j + 1, words + 1      # "المفاوضات مع مدرب المنتخب الأول", "ورشة لطالبات النادي الخامس":
                continue                         # a masculine ordinal, the masculine noun's before it, no edition
            if n in self.ordinals or w in self.ordinals or opening:
                ev.edition = ev.edition or self.ordinals.get(n) or self.ordinals.get(w) or 1   # "الجولة الافتتاحية"
                tens = self.tens.get(normalize(doc[j + 1].text).removeprefix("و")) if j + 1 < sent.end else None
                if tens:
                    ev.edition += tens                       # "السادسة والعشرين"
                    j += 1
                informative, open_ = True, False
                j, words = j + 1, words + 1
                continue
            if n in self.place_links or w in self.place_links:
                city = self._place_after(doc, sent, j, ent_at, ev.kind in self.held_by_state_word)
                if city is None:
                    break
                marks.append(j)                              # the name without its place
                j, place = city
                if ev.city is None and not (topic is not None and n != "في" and not w.startswith("ب")):
                    # (in a topic, "حول تاريخ مدينة جدة" is what it is about: only في/ب tell where it is)
                    ev.city, ev.city_key, ev.country = place
                    ev.own_place = True
                informative, open_ = True, False
                words += 1
                continue
            if w in self.participant_links or n in self.participant_links:
                if j + 1 < sent.end and doc[j + 1].text not in CLAUSE_BREAKS and doc[j + 1].text != "،" \
                        and doc[j + 1].norm_ not in self.not_parties:       # (not "مع بداية العام": when)
                    marks.append(j)
                    among = True
                    j, words, open_ = j + 1, words + 1, True      # "مع كيري", "بين الفرقاء الجنوبيين"
                    continue
                break
            if self.compounds.get(doc[j - 1].norm_) == n and j + 1 < sent.end and _arabic_word(normalize(doc[j + 1].text)):
                j, words, open_, definite = j + 1, words + 1, True, False    # "اتفاقية الحد من انتشار …": one noun
                continue
            if among is True and n in self.party_quantities and j + 2 < sent.end and doc[j + 1].norm_ == "من":
                j, words, open_, definite = j + 2, words + 2, True, False    # "مع عدد من مستشاريه": who they are
                continue
            link = self.links.get(w) or self.links.get(n)
            if link and j + 1 < sent.end:
                nxt = doc[j + 1].norm_
                if link == "any" or nxt == link or (link == "trigger" and self._trigger_kind(doc[j + 1])
                                                    and ev.kind not in self.never_anaphoric):
                    # ("جولة من المباحثات" is one round of talks; "حذر البيان من عمليات …" is what a text warns of)
                    marks.append(j)
                    if link == "any":
                        # "ندوة حول الأمن المائي" is a new event; "المؤتمر حول …" may still be the known one
                        informative, topic = informative or not doc[i].norm_.startswith("ال"), j + 1
                        among = None
                    step = 2 if nxt == link else 1           # "على مستوى": مستوى takes the genitive (الخبراء)
                    j, words, open_, definite = j + step, words + step, True, False
                    continue
                break
            if self._is_purpose(tok):
                # "منتدى إقليميا لمكافحة التطرف": what it is about, not its name
                end = self._topic_end(doc, sent, j + 1, dates)
                if end > j + 1:
                    ev.topic = self._clean(doc, j, end)
                    if normalize(tok.text)[:1] == "ل":       # written as a purpose ("لمناقشة"), not a subject
                        ev.purpose = ev.purpose or strip_marks(doc[j:end].text)   # ("تم خلال اللقاء مناقشة …")
                break
            if w == "ل" and j + 1 < sent.end:
                j, open_, definite = j + 1, True, False      # "حوار لـ «عكاظ»": the ل of a genitive, written apart
                continue
            if tok.text in DASHES and j + 1 < sent.end and definite_nisba(normalize(doc[j - 1].text)) \
                    and definite_nisba(normalize(doc[j + 1].text)):
                j, words = j + 2, words + 2                  # "اللجنة المشتركة اللبنانية ـ الأردنية": both parties
                continue
            topic_word = n in self.agreement_topics and j == i + 1 and not definite and ev.kind in self.named_by_topic
            if (n in self.stops or w in self.stops) and not topic_word or not _arabic_word(w) or self._verb_like(w) \
                    or w in self.describing_verbs \
                    or w[:1] == "ل" and self._verb_like(w[1:]) and self.names.is_verb(w[1:]) \
                    or w[:1] == "ك" and self.names.preposition_on_noun(w) and w not in self.names.nouns \
                    or self._verb_with_object(tok) and not (j + 1 < sent.end and doc[j + 1].ent_iob_ == "B"):
                break           # (but "معاهدة عدم الاعتداء": what it is about; "ليفتح أبوابه": a purpose clause;
                                # "كآلية": as what it serves, not "كاملة")
            if ev.kind in self.never_anaphoric and self._trigger_kind(tok) in self.gatherings:
                break                                        # "البيان المشترك لقمة كامب ديفيد": the summit is the event
            if n in self.stops_before_bi and j + 1 < sent.end and normalize(doc[j + 1].text)[:1] == "ب":
                break                                        # "الاجتماعات الخاصة بالميزانية": what it concerns
            coordinated = False
            if w.startswith("و") and w not in self.waw_nouns and n not in self.waw_nouns:
                prev = normalize(doc[j - 1].text)
                if not (definite and w[1:].startswith("ال") and _adjective(w[1:]) and _adjective(prev)) \
                        and not self._coordinated_noun(doc, i, j, ent_at, among):
                    break                                    # a conjunction starts another phrase
                w, coordinated = w[1:], True                 # "التعاون الاقتصادي والفني": coordinated adjectives;
                                                             # "ملتقى أمن السياحة والآثار": coordinated genitives
            if w in self.chain_links.get(ev.kind, ()) and j + 1 < sent.end and _arabic_word(normalize(doc[j + 1].text)):
                j, words, open_ = j + 1, words + 1, True     # "اتفاق الشراكة عبر المحيط الهادي"
                linked = True
                continue
            article = w.startswith(("ال", "لل")) or n.startswith("ال")
            lam = not article and w.startswith("ل") and len(w) > 3 and w not in self.kind_of
            if article and not coordinated \
                    and (j == i + 1 and doc[i].norm_.startswith("ال") or j - 1 in ent_at and ent_at[j - 1].end == j) \
                    and not _adjective(w) and n not in self.modifiers and w not in self.modifiers:
                break           # "بحث اللقاء العلاقات الثنائية": a definite noun or a name takes no definite genitive
            # "للجنة" is ل + لجنة as well as ل + اللجنة: it may still take a genitive ("للجنة متابعة …");
            # "للمجلس" is only ل + المجلس
            lil = w.startswith("لل") and w[1:] in self.lam_nouns
            if article and not lil and (open_ or definite):
                if open_ and ev.own_topic == "indefinite" and among is False:
                    ev.own_topic = "definite"                # "معاهدة منع الانتشار": made definite by its genitive
                open_, definite = False, True
            elif lam or w.startswith("لل"):
                marks.append(j)
                open_, definite = True, False                # "لمجلس وزراء …", "للمنظمة"
            elif not article and open_:
                # "اجتماع وزراء خارجية …" goes on; an adjective ("اجتماع تشاوري", "لقاء مثمرا") closes the chain,
                # but not a plural in construct right after مع/بين ("اجتماعا مع مديري المناطق": who meets) or
                # right after the trigger ("ملتقى صيادي الأسماك"): a nisba takes no definite genitive after it
                construct_plural = w.endswith("ي") and j + 1 < sent.end and doc[j + 1].norm_.startswith("ال") and (
                    among is True and (j - 1 in marks or j - 2 in marks and doc[j - 1].norm_ in self.party_totals)
                    or j == i + 1 and j + 1 not in ent_at and j + 1 not in dates
                    or coordinated)     # "اجتماع وزراء ومسؤولي الدول": the second noun shares the genitive
                open_, definite = construct_plural or not (_adjective(w) or w.endswith("ا") and len(w) > 3), False
            elif not article and not definite and _adjective(w):
                pass                                         # "اجتماعا تحضيريا"
            else:
                break
            if n in self.previous and n not in self.modifiers:
                ev.earlier = "earlier"                       # "الاجتماعات السابقة": not the one told now
            elif n not in self.generic_words and w not in self.generic_words:
                ev.words.add(w.removeprefix("ل") if lam else "ال" + w[2:] if w.startswith("لل") else w)    # "للمكتب": "المكتب"
                if linked:
                    ev.reach.add(w)
                if j == i + 1 and not lam and not w.startswith("لل") and (
                        _adjective(w) or not doc[i].norm_.startswith("ال")):
                    # "الاتفاق النووي", "اتفاق الشراكة"; an indefinite one ("اتفاقية دفاع مشترك") names a
                    # particular agreement only with a date or parties ("التوصل إلى اتفاق سلام" does not)
                    ev.own_topic = "definite" if doc[i].norm_.startswith("ال") or article else "indefinite"
            j, words = j + 1, words + 1
        # "القمة العربية التي شاركت فيها مصر": a relative clause tells which one
        ev.upcoming = ev.upcoming or j < sent.end and doc[j].norm_ in self.relatives
        if topic is not None and topic < j:
            ev.topic = self._clean(doc, topic, j)
        return j, informative, marks

    def _shared_genitive(self, doc, i: int, j: int, w: str, prev: str, ent_at) -> bool:
        """Whether the indefinite و-word at j (w without its و, after prev) is a second noun in construct with the
        definite genitive right after it, which the indefinite noun before it shares ("معرض شباب وشابات الأعمال",
        "منتدى رجال وسيدات الأعمال", "اجتماع وزراء ومسؤولي الدول": a plural in construct ends in ي; سيدات is no
        future verb)."""
        after = normalize(doc[j + 1].text) if j + 1 < doc[j].sent.end else ""
        return (not w.startswith("ال") and len(w) >= 3 and j - 1 > i
                and not prev.startswith(("ال", "لل")) and not _adjective(prev) and not prev.endswith("ا")
                and j not in ent_at and j - 1 not in ent_at and not self._trigger_kind(doc[j])
                and (not _adjective(w) or w.endswith("ي")) and not (self._verb_like(w) and not w.endswith("ات"))
                and doc[j].norm_ not in self.stops and w not in self.quantities
                and not verbal_noun_only(w) and not verbal_noun_only(prev)      # "عملية تحسين وتجميل المداخل": a work
                and after.startswith("ال") and j + 1 not in ent_at and not self._trigger_kind(doc[j + 1]))

    def _coordinated_noun(self, doc, i: int, j: int, ent_at, among) -> bool:
        """Whether the و-word at j adds a definite noun to the genitive before it ("ملتقى أمن السياحة والآثار",
        "المنتدى السعودي للمؤتمرات والمعارض") or a second party after بين ("مفاوضات بين طالبان والحكومة
        الأفغانية", "مرض السمنة والسكري"): part of the event's name, unless it is a name, a title, another event,
        a verb or a quantity ("… مع الرئيس روحاني والكثير من المسؤولين")."""
        w, prev = normalize(doc[j].text)[1:], normalize(doc[j - 1].text)
        if self._shared_genitive(doc, i, j, w, prev, ent_at):
            return True
        if not w.startswith("ال") or len(w) < 5 or j in ent_at \
                or self._trigger_kind(doc[j]) or self._verb_like(w) or doc[j].norm_ in self.stops \
                or doc[j].norm_ in self.quantities or w in self.quantities:
            return False
        if among is True:       # a second party, not a second act ("الحوار مع إيران والتفاعل مع مبادرتها")
            return (j - 1 in ent_at or prev.startswith("ال")) and not verbal_noun_only(w[2:])
        return j not in self._role_tokens(doc) and j - 1 > i and j - 1 not in ent_at \
            and prev.startswith(("ال", "لل")) and not _adjective(prev) and doc[j - 1].norm_ not in self.modifiers

    def _topic_end(self, doc, sent, k: int, dates: set[int]) -> int:
        """End of the few words a purpose opens ("لبحث الأزمة السورية"): up to a particle, a verb,
        a date or punctuation."""
        end = k
        while end < sent.end and end - k < 6 and end not in dates:
            w = normalize(doc[end].text)
            if w in self.stops or doc[end].norm_ in self.stops or not _arabic_word(w) or self._verb_like(w) \
                    or (w.startswith("و") and w not in self.waw_nouns and end > k
                        and not self._coordinated_noun(doc, k - 1, end, {}, False)):
                break                   # (but "لمواجهة مرض السمنة والسكري": a coordinated genitive)
            end += 1
        return end

    def _signed_at(self, doc, sent, j: int, ev: _Event, ent_at) -> None:
        """The place a clause right after an agreement's phrase says it was signed or reached at ("الاتفاق
        الذي تم التوقيع عليه في مدينة الصخيرات", "الاتفاقية الموقعة في فيينا"): its own place."""
        if j >= sent.end or doc[j].norm_ not in self.relatives and doc[j].norm_ not in self.signing:
            return
        signed = doc[j].norm_ in self.signing
        for m in range(j + 1, min(sent.end, j + 8)):
            tok = doc[m]
            if tok.text in CLAUSE_BREAKS or tok.text == "،":
                return
            signed = signed or tok.norm_ in self.signing or normalize(tok.text) in self.signing
            ent = ent_at.get(m)
            if not signed or tok.norm_ not in self.place_links and not (
                    ent is not None and ent.start == m and particle(tok) == "ب"):
                continue
            found = self._place_after(doc, sent, m, ent_at) if ent is None else (ent.end, place_of(ent))
            if found and found[1]:
                ev.city, ev.city_key, ev.country = found[1]
                ev.own_place = ev.signed = True
            return

    def _signed_before(self, doc, sent, i: int, ev: _Event, ent_at) -> None:
        """The place a signing verb before an agreement's phrase says it was signed at ("ووقع الرئيسان في الرياض
        أمس اتفاقية التعاون"، "وقع رؤساء الدول الثلاث في الخرطوم وثيقة إعلان المبادئ"): its own place; a text
        signed somewhere is an agreement made there."""
        verb = None
        for k in range(i - 1, max(sent.start, i - SIGNED_BEFORE) - 1, -1):
            if doc[k].text in CLAUSE_BREAKS or doc[k].text == "،":
                return
            if doc[k].norm_ in self.signing_verbs:
                verb = k
                break
        if verb is None:
            return
        for m in range(verb + 1, i):
            ent = ent_at.get(m)
            linked = doc[m].norm_ in self.place_links and m + 1 < i or ent is not None and ent.start == m \
                and particle(doc[m]) == "ب"
            if not linked:
                continue
            found = self._place_after(doc, sent, m, ent_at) if ent is None else (ent.end, place_of(ent))
            if found and found[1] and found[0] <= i:
                ev.city, ev.city_key, ev.country = found[1]
                ev.own_place = ev.signed = True
                ev.kind = "agreement"   # a text signed is an agreement ("وقعوا وثيقة إعلان المبادئ")
            return

    def _take_entity(self, ev: _Event, ent: Span, among: bool = False) -> None:
        """A name inside an event's phrase: its place, its body, a participant (among: after "مع"/"بين")."""
        place = place_of(ent)
        if place and among is True:
            # "بين واشنطن وبروكسل": governments, not where; a capital stands for its state ("اتفاق مع طهران")
            if place[1] in self.capital_keys and place[2] and place[2] not in ev.participants:
                ev.participants.append(place[2])
            return
        if place:
            if ev.city is None:
                ev.city, ev.city_key, ev.country = place
                ev.own_place = True
        elif among and ent._.key:
            if ent._.key not in ev.participants:
                ev.participants.append(ent._.key)
        elif ent.label_ == "ORG":
            if ent._.key not in ev.orgs:
                ev.orgs.append(ent._.key)
        elif ent.label_ == "STATE" and ev.kind in self.with_actor:
            # "زيارة الوزير لدولة الكويت": a state named is where the visit goes; "الإيراني", "وزير خارجية إيران" are
            # the visitor's
            if (ent._.value or {}).get("form", "name") == "name" and ev.country is None \
                    and ent.start not in self._role_tokens(ent.doc):
                ev.country, ev.own_place = ent._.key, True
        elif ent.label_ == "STATE" and ev.kind in self.held_by_state_word:
            if ev.country is None:                      # "الانتخابات الكندية": where, not who
                ev.country, ev.own_place = ent._.key, True
        elif ent.label_ == "STATE":
            ev.titles.append(ent.text)
            ev.state_words.append(ent.text)
            if ent._.key not in ev.participants:
                ev.participants.append(ent._.key)
        elif ent.label_ == "PERSON" and ent._.key and ent._.key not in ev.participants:
            ev.participants.append(ent._.key)

    def _place_after(self, doc, sent, j, ent_at, state_ok: bool = False) -> tuple[int, tuple] | None:
        """After "في"/"بمدينة"/"العاصمة" at j: (end token, place) of the city named next; a city the
        gazetteer does not list is read after "مدينة" ("بمدينة عنتيبي الأوغندية"); with state_ok a
        state too ("الانتخابات التشريعية في تونس")."""
        k = j + 1
        if k < sent.end and doc[k].norm_ in self.place_links and doc[k].norm_ not in {"في", "ب"}:
            k += 1                                           # "في مدينة", "في العاصمة"
        ent = ent_at.get(k)
        if ent is not None and ent.start == k:
            place = place_of(ent) or self._capital(doc, ent)
            if place is None and state_ok and ent.label_ == "STATE" and ent._.key:
                place = (None, None, ent._.key)
            return (ent.end, place) if place else None
        city_word = normalize(doc[j].text).endswith(("مدينه", "مدينة")) or doc[k - 1].norm_.endswith("مدينه")
        if any(normalize(doc[m].text).endswith("المدينه") for m in (j, k - 1)):
            city_word = False           # "المدينة الجامعية": a definite noun is followed by its adjective, not a name
        quoted = k + 2 < sent.end and doc[k].text in QUOTES_OPEN and doc[k + 2].text in QUOTES_CLOSE
        if city_word and quoted:
            k += 1                                           # "بمدينة «عنتيبي»"
        if city_word and k < sent.end and _arabic_word(normalize(doc[k].text)) and doc[k].norm_ not in self.stops \
                and k not in self._role_tokens(doc):            # "مدينة الملك عبدالله": named after a person
            end, country = k + 1 + quoted, None
            nxt = ent_at.get(end)
            if nxt is not None and nxt.start == end and nxt.label_ == "STATE":
                end, country = nxt.end, nxt._.key           # "عنتيبي الأوغندية"
            return end, (doc[k].text, "place:" + normalize(doc[k].text), country)
        return None

    def _date_tokens(self, doc) -> set[int]:
        """Tokens inside date expressions (computed once per document)."""
        if self._dates[0] is not doc:
            self._dates = (doc, {t for span in doc.spans.get("dates", []) for t in range(span.start, span.end)})
        return self._dates[1]

    def _role_tokens(self, doc) -> set[int]:
        """Tokens inside titles and roles ("الأمير", "وزير الخارجية"), computed once per document."""
        if self._roles[0] is not doc:
            self._roles = (doc, {t for span in doc.spans.get("roles", []) for t in range(span.start, span.end)})
        return self._roles[1]

    def _post_tokens(self, doc) -> set[int]:
        """Tokens inside the titles of diplomats, whose place is their post ("الملحق العسكري السعودي في واشنطن")."""
        if self._posts[0] is not doc:
            self._posts = (doc, {t for span in doc.spans.get("roles", []) if (span._.value or {}).get("posted")
                                 for t in range(span.start, span.end)})
        return self._posts[1]

    def _role_ends(self, doc) -> dict[int, int]:
        """Start token -> end token of the titles and roles ("معالي وزير الدفاع الأمريكي"), once per document."""
        if self._role_spans[0] is not doc:
            self._role_spans = (doc, {span.start: span.end for span in doc.spans.get("roles", [])})
        return self._role_spans[1]

    def _office_ends(self, doc) -> set[int]:
        """Last tokens of the offices among the titles (no counterpart: "نظيره"), computed once per document."""
        if self._offices[0] is not doc:
            self._offices = (doc, {r.end - 1 for r in doc.spans.get("roles", []) if (r._.value or {}).get("kind") == "office"
                                   and not (r._.value or {}).get("counterpart")})
        return self._offices[1]

    def _names_by_topic(self, topic: str | None) -> bool:
        """Whether what an agreement is about names it alone: two words or more of a noun phrase
        ("الأجواء المفتوحة"، "منع الانتشار النووي"), not one ("الشراكة") nor a verb's complement or a
        preposition's ("السلام للخطر"، "بعدم المنافسة"، "يتم التوصل إليه")."""
        words = normalize(topic or "").split()
        return len(words) > 1 and not any(
            self._verb_like(w) or w in self.light_verbs or w.startswith(("ب", "ل")) and not w.startswith("ال")
            for w in words)

    def _said(self, tok, verb: bool = False) -> bool:
        """Whether a quote is something said, not a name, by its word tok: a form of كان / ليس or a verb in the
        future ("«سيعطي دفعا مهما …»"), or (verb: the word right after a quoted trigger) any verb the corpus
        knows ("«الاجتماع كان مثمرا»", "«الاجتماع تطرق إلى …»"); a title may hold other verbs («أبها يجمعنا»,
        «أوقفوا العدوان»)."""
        n = tok.norm_
        return n in self.statement_verbs or self.names.is_verb(n) and (verb or n.startswith(FUTURE_PREFIXES))

    def _quoted_speech(self, doc: Doc, opening: int, end: int) -> bool:
        """Whether the quote from token opening to end is an excerpt of what someone said: it leaves words out
        ("«الجولة الثانية من المحادثات ... مقررة في 30 يوليو»"), or a long one follows a complementizer
        ('وقال إن "المؤتمر الذي دعونا إليه سيعقد قريبا"'); a short one there is still a name ('أن "مؤتمر لندن" نجح')."""
        if any(t.text in ("...", "…") for t in doc[opening + 1:end - 1]):
            return True
        return opening > 0 and doc[opening - 1].norm_ in self.complementizers and end - opening > 7

    def _verb_like(self, w: str) -> bool:
        """An imperfect or future verb ("يبحث", "ستناقش", "تستغرق"): it ends a noun phrase."""
        return (w.startswith("ي") and len(w) >= 4) or (w.startswith(FUTURE_PREFIXES) and len(w) >= 5) \
            or (w.startswith("تست") and len(w) >= 6)        # the feminine imperfect of استفعل: "جولة تستغرق يوما"

    def _verb_with_object(self, tok) -> bool:
        """"تسوده", "تنظمها", "نعقده": a verb with its object pronoun, which after an indefinite trigger opens a relative
        clause ("اجتماع تسوده روح الوفاق", "ندوة تنظمها الجامعة"), no part of its name unless it names a sponsor
        ("اتفاق سلام ترعاه الأمم المتحدة"); not a verbal noun (ترفيه, توجيه)."""
        text, w = strip_marks(tok.text), normalize(tok.text)
        noun = verbal_noun_only(w) and not (len(w) == 5 and w.endswith("ه"))    # تفعلة is written with ة, not ه
        return text[:1] in "تن" and text.endswith(THIRD_PERSON_SUFFIXES) and len(w) >= 5 \
            and not noun and self.names.is_verb(w)

    def _other_named(self, doc, end: int, cue: int) -> bool:
        """Whether a title cue at token cue, after a mention ending at end, names another thing: an event noun
        stands between, also in the dual or plural («ملتقى الشباب … دورتين تدريبيتين الأولى بعنوان «…»»), or a
        work's (events.json works: «بطرح أغنية بعنوان «…»»)."""
        for t in doc[end:cue]:
            norm = t.norm_
            if norm.removeprefix("ال") in self.works:
                return True     # «أغنية بعنوان «جيل جديد»»: the song's title
            kinds = {self.kind_of.get(b) for b in _singular_forms(norm)} - {None}
            if kinds - self.named_only and not (t._.clitic and t.text[:1] in "بل"):
                return True     # (not «بمبادرة من الرئيس», the initiative an event is held at)
        return False

    def _work_before(self, doc, sent, cue: int) -> bool:
        """Whether a work (events.json works, also in the dual or plural) stands in the three words before a title
        cue: «قرأت موضوعين أحدهما بعنوان (…) حول مؤتمر» titles the article, not the conference after it."""
        return any(form.removeprefix("ال") in self.works
                   for t in doc[max(sent.start, cue - 3):cue] for form in _singular_forms(t.norm_))

    def _trigger_kind(self, tok) -> str | None:
        """The kind of event a token names, if it is a trigger ("دوره", his role, is not "دورة")."""
        kind = self.kind_of.get(tok.norm_)
        if kind and tok.norm_ not in self.ha_forms and tok.norm_.removeprefix("ال") in self.ta_marbuta \
                and strip_marks(tok.text).endswith("ه"):
            return None
        return kind

    def _clean(self, doc, start: int, end: int) -> str:
        """The readable name of tokens start..end: no attached particle, no quotes around it or an edition, no accusative
        ending on the trigger and the adjectives that agree with it ("اجتماعاً تحضيرياً" -> "اجتماع تحضيري")."""
        words, accusative, unquoted = [], False, set()
        for k in range(start, end):
            tok = doc[k]
            if k in unquoted:
                if words and tok.whitespace_:
                    words[-1] = words[-1].rstrip() + " "
                continue
            quoted = self._quoted(doc, k, 6) if tok.text in QUOTES_OPEN else None
            if quoted and self._quoted_edition(doc, k, quoted[0]):
                unquoted.add(quoted[0] - 1)                  # "الملتقى «الثاني»": the edition without its quotes
                continue
            text = strip_marks(tok.text[tok._.clitic:] if k == start else tok.text)
            if k == start and tok.norm_.startswith("ال"):
                text = article_restored(text, tok.norm_)     # "للدورة" -> "الدورة", "للقاء" -> "اللقاء"
            norm = normalize(text)
            if norm == "ال" or _number(norm) is not None:
                text = tok.text                              # "الـ42" keeps its tatweel
            elif tok.text in DASHES:
                text = "-"                                   # "اللبنانية ـ الأردنية": a tatweel as the dash
            elif norm in self.accusative or (k == start and tok.text.endswith(("اً", "ًا"))):
                text, accusative = text[:-1], True
            elif accusative and norm.endswith("ا") and len(norm) > 3 and k not in self._names_at:
                text = text[:-1]
            else:
                accusative = False
            words.append(text + (" " if tok.whitespace_ else ""))
        return _balanced_quotes("".join(words))

    def _held_clause(self, doc, sent, j: int) -> bool:
        """Whether a relative clause right after a mention (ending at token j) opens with a verb of holding ("الاجتماع
        الذي عقده أوباما"، "القمة التي تنعقد اليوم"، "المشاورات التي تستضيفها موسكو", also after "من المقرر أن") or
        of gathering ("اللقاء الثلاثي الذي جمع …"): it tells which event, whatever came before."""
        if not (j + 1 < sent.end and doc[j].norm_ in self.relatives):
            return False
        k = self._after_expectation(doc, sent, j + 1)
        return _verb_form(doc[k].norm_, self.holding_verbs) or _verb_form(doc[k].norm_, self.describing_verbs) \
            or doc[k].norm_ in self.gathering_verbs

    def _own_anchor(self, doc, sent, i, found: _Event, ent_at, date_ok: bool = True) -> bool:
        """Whether a descriptive definite mention has a place (or, date_ok, a date) of its own in its sentence."""
        probe = _Event(-1, found.kind)
        self._sentence_context(doc, sent, i, probe, ent_at, own=found.spans[0][:2])
        if probe.city_key or probe.date and date_ok:
            found.city, found.city_key, found.country = probe.city, probe.city_key, probe.country
            found.date, found.end_date = probe.date, probe.end_date
            return True
        return False

    def _body_at(self, doc, sent, i) -> int | None:
        """End token of an organisation named like an event that starts at token i, if any."""
        for body in self.bodies:
            end = i + len(body)
            if end <= sent.end and [doc[k].norm_ for k in range(i, end)] == body:
                return end
        return None

    def _verb_mention(self, doc, sent, i, kind, ent_at, s_idx, future) -> _Event | None:
        """"يجتمع التحالف الدولي بمراكش": an organisation (subject) meets somewhere; "التقى الوزير X
        نظيره Y": two named persons meet (the event is anchored by them)."""
        # the subject right after the verb, or after a time ("يجتمع غدا مجلس الأمن"); an organisation after another
        # noun is that noun's ("يلتقي رئيس الوكالة …", "التقى سموه طياري التحالف"): not who meets
        if self._habitual(doc, sent, i):
            return None
        dates = self._date_tokens(doc)
        j = next((j for j in range(i + 1, min(sent.end, i + 4)) if j not in dates and doc[j].norm_ not in self.session_times),
                 sent.end)
        org = ent_at[j] if j in ent_at and ent_at[j].start == j and ent_at[j].label_ == "ORG" else None
        if org is None and doc[i].text[:1] not in ("و", "ف"):
            # the subject before the verb in its clause, not the group it fights: "التحالف الدولي ضد «داعش» يجتمع"
            # (a verb with و opens a clause of its own: "زار … مركز الجوازات والتقى بالعاملين")
            before = [ent_at[j] for j in range(max(sent.start, i - 6), i) if j in ent_at and ent_at[j].label_ == "ORG"
                      and ent_at[j].start == j and not self._opposed(doc, j)
                      and not any(t.text in CLAUSE_BREAKS or t.text == "،" for t in doc[ent_at[j].end:i])]
            org = before[0] if before else None
        parties = self._parties(doc, sent, i, ent_at) if org is None else None
        if org is None and parties is None:
            return None
        # the clause from the verb to its last party is the mention's: "التقى X نظيره Y في برلين، أمس"
        reach = max([i + 1] + [p.end for p in parties or () if p.start > i])
        # a verb in the past tells it held, whatever a future word says of another noun ("اجتمع المدرب أمس
        # بالثنائي بهدف ضمهما خلال المرحلة القادمة")
        past = doc[i].norm_ in self.tense["past_meeting"]
        # "ويلتقي X غدا نظيره Y": news tells a scheduled meeting in the present tense with its day
        today = doc[i].norm_[:1] in ("ي", "ت") and not self.tense["near_time"].isdisjoint(
            self._norms[i:min(sent.end, reach + DATE_AFTER)])
        ev = _Event(-1, kind, first_sentence=s_idx, last_sentence=s_idx, held=past,
                    planned=not past and (future or today or doc[i].norm_.startswith(THIRD_PERSON_FUTURE)))
        self._sentence_context(doc, sent, i, ev, ent_at, own=(i, reach))
        if ev.date is None and parties:
            # "… نظيره Y في برلين، أمس": the date said after the parties (a later "بحث اللقاء" is this meeting)
            for span in doc.spans.get("dates", []):
                if reach <= span.start < min(sent.end, reach + DATE_AFTER) and (span._.value or {}).get("date") \
                        and not any(t.text in CLAUSE_BREAKS for t in doc[reach:span.start]):
                    ev.date, ev.end_date = span._.value["date"], span._.value.get("end_date")
                    break
        ev.spans.append((i, i + 1, False))
        noun = self.verb_nouns.get(doc[i].norm_) or self.verb_nouns.get(kind, doc[i].text)
        if org is not None:
            ev.orgs.append(org._.key)
            ev.names.append(f"{noun} {strip_marks(org.text[org[0]._.clitic:])}")
        else:
            ev.participants.extend(p._.key for p in parties)
            ev.met = True
            first, second = (self._person_name(doc, p) for p in parties)
            ev.names.append(f"{noun} {first} و{second}")
        return ev

    def _habitual(self, doc, sent, i: int) -> bool:
        """Whether the clause of a verb of meeting at i says how often it meets ("تجتمع مرة واحدة سنويا", "يجتمع
        المجلس برئاسة رئيسه مرتين في السنة", "يجتمعون كل شهر"): a habit, no meeting in particular (not "لأول مرة
        منذ عام"); or places it in a decade only ("التقى بوتين أول مرة في التسعينيات"): an acquaintance."""
        end = next((k for k in range(i + 1, min(sent.end, i + 13)) if doc[k].text in ("،", ",", ".", "؛")),
                   min(sent.end, i + 13))
        norms = [t.norm_ for t in doc[i + 1:end]] + ["", "", ""]
        for k, w in enumerate(norms[:-3]):
            rest = norms[k + 2:] if norms[k + 1] == "واحده" else norms[k + 1:]
            if w in self.habitual_adverbs or w in self.decades and norms[k - 1] in ("في", "خلال") \
                    or w == "كل" and norms[k + 1] in self.habitual_units \
                    or w in self.habitual_counts and (rest[0] in self.habitual_adverbs
                                                      or rest[0] in ("في", "كل") and rest[1] in self.habitual_units):
                return True
        return False

    def _city_series_at(self, doc, sent, i, ent_at) -> tuple[int, Span, int] | None:
        """«جنيف - 3», «أستانا 2»: a quoted city and a small number name an edition of a series of
        talks; (end token, city, number)."""
        ent = ent_at.get(i + 1)
        if ent is None or ent.start != i + 1 or not place_of(ent):
            return None
        k = ent.end + (ent.end < sent.end and doc[ent.end].text in {"-", "–", "—"})
        number = _number(doc[k].text) if k < sent.end else None
        if number is None or not 0 < number <= 20 or k + 1 >= sent.end or doc[k + 1].text not in QUOTES_CLOSE:
            return None
        return k + 2, ent, number

    def _city_series(self, doc, sent, i, series, s_idx, future) -> _Event:
        end, ent, number = series
        # named after a city, not necessarily held there ("جنيف 2" met in Montreux): a title, no place
        ev = _Event(-1, "conference", first_sentence=s_idx, last_sentence=s_idx, planned=future, edition=number,
                    own_title=True)
        name = f"{strip_marks(ent.text[ent[0]._.clitic:])} {number}"
        ev.titles.append(name)
        ev.names.append(name)
        ev.words = {ent[0].norm_}
        ev.spans.append((i, end, False))
        self._sentence_dates(doc, sent, i, ev, own=(i, end))
        return ev

    def _holder(self, doc, sent, i, ev: _Event, ent_at) -> None:
        """"عقد مجلس الأمن الدولي اجتماعا طارئا": the organisation between a holding verb and the
        trigger holds the event."""
        for k in range(i - 1, max(sent.start, i - 8) - 1, -1):
            if doc[k].text in CLAUSE_BREAKS or doc[k].text == "،":
                return
            if doc[k].norm_ in self.holding_verbs:
                orgs = [ent_at[m] for m in range(k + 1, i) if m in ent_at and ent_at[m].start == m
                        and ent_at[m].label_ == "ORG" and ent_at[m]._.key]
                if orgs and orgs[0]._.key not in ev.orgs:
                    ev.orgs.append(orgs[0]._.key)
                return

    def _own_session(self, doc, sent, i, ent_at, s_idx, future) -> _Event | None:
        """"عقد مجلس الوزراء جلسته الأسبوعية", "اختتم صندوق أوبك للتنمية «أوفيد» اجتماعه": a body's own
        session, its possessive pronoun right after the body that a holding or opening verb has as subject."""
        k, org = i - 1, None
        if doc[k].norm_ in self.session_times:
            k -= 1          # "افتتح مجلس الشورى أمس دورته"
        while k > sent.start and (doc[k].text in QUOTES_CLOSE or k in ent_at and ent_at[k].label_ == "ORG"):
            if k in ent_at:
                org = ent_at[k]         # the name, not the acronym quoted after it
                k = ent_at[k].start
            else:                       # past a quoted acronym: «IMF»
                k = next((j for j in range(k - 1, max(sent.start, k - 4), -1) if doc[j].text in QUOTES_OPEN), k)
            k -= 1
        if org is None or not org._.key or doc[k].norm_ not in self.own_session_verbs:
            return None
        base = self.own_sessions[doc[i].norm_]
        ev = _Event(-1, self.kind_of[normalize(base)], first_sentence=s_idx, last_sentence=s_idx,
                    planned=future or doc[k].norm_.startswith(THIRD_PERSON_FUTURE))
        ev.orgs.append(org._.key)
        # "وتعقد أوبك اجتماعها المقبل": the body's next session, not one told before
        ev.next_session = i + 1 < sent.end and doc[i + 1].norm_ in self.future
        self._sentence_context(doc, sent, i, ev, ent_at, own=(i, i + 1))
        ev.spans.append((i, i + 1, False))
        ev.names.append(f"{base} {strip_marks(org.text[org[0]._.clitic:])}")
        return ev

    def _possessed_mention(self, doc, sent, i, ent_at, s_idx, future) -> _Event | None:
        """"خلال لقائه الدكتور أنور قرقاش", "زيارته لموسكو": a trigger with a possessive pronoun is an
        event when a named person (or, for a visit, a place) follows; its owner is the person before it."""
        base = self.possessed[doc[i].norm_]
        kind = self.kind_of[normalize(base)]
        partner, place, end = None, None, i + 1
        for k in range(i + 1, min(sent.end, i + 1 + POSSESSED_AFTER)):
            tok = doc[k]
            if tok.text in CLAUSE_BREAKS or tok.text == "،" or self._verb_like(normalize(tok.text)):
                break
            ent = ent_at.get(k)
            if ent is None or ent.start != k:
                continue
            if kind in self.with_actor:
                linked = normalize(doc[k - 1].text) in self.destination_links or \
                    particle(tok) == "ل"
                where = place_of(ent) or (None, None, ent._.key) if ent.label_ == "STATE" and \
                    (ent._.value or {}).get("form", "name") == "name" else place_of(ent)
                if linked and where:
                    place, end = where, ent.end
                break
            if ent.label_ == "PERSON" and ent._.key:
                partner, end = ent, ent.end
            break
        if partner is None and place is None:
            return self._owners_event(doc, sent, i, kind, ent_at, s_idx, future, base)
        return self._possessed_event(doc, sent, i, kind, partner, place, end, ent_at, s_idx, future, base)

    def _owners_event(self, doc, sent, i, kind, ent_at, s_idx, future, base) -> _Event | None:
        """"أكد وزراء خارجية دول الخليج وأمريكا في اجتماعهم": a meeting of theirs (هم/هما) is named by who
        owns it, the subject between its clause's verb and the preposition before the trigger, when that
        subject names a state, an organisation or a person: "اجتماع وزراء خارجية دول الخليج وأمريكا"."""
        if not doc[i].norm_.endswith(("هم", "هما")) or i - 1 <= sent.start or doc[i - 1].norm_ not in self.owner_links:
            return None
        start = i - 2
        while start > sent.start and doc[start - 1].text not in CLAUSE_BREAKS and doc[start - 1].text != "،" \
                and doc[start - 1].text not in QUOTES_OPEN and i - start < PARTY_BEFORE:
            start -= 1
        while start < i - 1 and doc[start].is_space:
            start += 1
        start += 1                  # the clause opens with its verb: the subject follows it
        # not one where the subject is ("عمداء القبول بجامعات المملكة، في اجتماعهم": the deans' meeting, not the
        # state's)
        placed = next((k for k in range(start, i - 1) if doc[k].norm_ in self.place_links or written_onto(doc[k], "ب")),
                      i - 1)
        owners = [ent_at[k] for k in range(start, placed) if k in ent_at and ent_at[k].start == k and ent_at[k]._.key
                  and ent_at[k].label_ in ("STATE", "ORG", "PERSON")]
        if not owners or i - 1 - start < 2 or any(t.norm_ in self.stops for t in doc[start:i - 1]):
            return None
        ev = _Event(-1, kind, first_sentence=s_idx, last_sentence=s_idx)
        self._tense(doc, sent, (i, i + 1), future, ev)
        ev.participants.extend(dict.fromkeys(e._.key for e in owners))
        self._sentence_context(doc, sent, i, ev, ent_at, own=(i, i + 1))
        ev.spans.append((i, i + 1, False))
        ev.names.append(f"{base} {self._clean(doc, start, i - 1)}")
        return ev

    def _possessed_event(self, doc, sent, i, kind, partner, place, end, ent_at, s_idx, future, base) -> _Event:
        """The event of a mention at token i that names a partner (or a place) up to end; its owner is
        the person named before it in the clause (a speaker before إن/أن only when no subject of the
        complement clause stands between: "قال X إن لقاءه مع Y", not "قال X إن الدولة تواصل مباحثاتها")."""
        owner = None
        for k in range(i - 1, max(sent.start, i - PARTY_BEFORE) - 1, -1):
            if doc[k].text in CLAUSE_BREAKS:
                break
            if doc[k].norm_ in self.complementizers and any(t.norm_ not in self.tense["before_noun"] for t in doc[k + 1:i]):
                break       # "قال X إن الدولة تواصل مباحثاتها مع Y": the clause has a subject of its own
            ent = ent_at.get(k)
            if ent is not None and ent.label_ == "PERSON" and ent._.key and (partner is None or ent._.key != partner._.key) \
                    and not (place and place[2] and place[2] in self._states_of(doc, ent._.key)):
                owner = ent     # not one at home: "هولاند … ترحيبه بخادم الحرمين خلال زيارته لفرنسا" is the King's
                break
        ev = _Event(-1, kind, first_sentence=s_idx, last_sentence=s_idx)
        self._tense(doc, sent, (i, end), future, ev)     # not a future word of another noun of its sentence
        ev.participants.extend(p._.key for p in (owner, partner) if p is not None)
        if place:
            ev.city, ev.city_key, ev.country = place
            ev.own_place = True
        self._sentence_context(doc, sent, i, ev, ent_at, own=(i, end))
        ev.spans.append((i, i + 1, False))
        names = [self._person_name(doc, p) for p in (owner, partner) if p is not None]
        where = ""
        if place and not partner:       # "زيارة باراك أوباما إلى أديس أبابا", "زيارة جون كيري لجمهورية مصر العربية"
            named = ent_at.get(end - 1)
            start = named.start if named is not None else end - 1
            if start - 1 > i and normalize(doc[start - 1].text) in self.destination_links:
                start -= 1
            where = f" {doc[start:end].text}"
        ev.names.append(f"{base} {' و'.join(names)}{where}".replace("  ", " ").strip())
        return ev

    @staticmethod
    def _states_of(doc, key: str) -> set[str]:
        """The states a person's title or nationality ties him to."""
        props = (entities(doc).get(key) or {}).get("props", {})
        return {props.get("state"), props.get("nationality")} - {None}

    @staticmethod
    def _person_name(doc, ent: Span) -> str:
        """A person's full name ("خالد بحاح" for a later "بحاح"), else the words of the mention."""
        return (entities(doc).get(ent._.key) or {}).get("name") or strip_marks(ent.text[ent[0]._.clitic:])

    def _parties(self, doc, sent, i, ent_at) -> tuple[Span, Span] | None:
        """The two named persons a meeting verb joins, in its clause: "التقى الرئيس X بنظيره Y",
        "وكان الوزير X … التقى نظيره Y" (a group, "بوفد من رجال الأعمال", is not named; nor is who speaks
        before a complementizer or the quote the verb is in: "وكشف X عن أن الملك سيلتقي بالرئيس Y", "وقال X
        "وزير الخارجية المصري اجتمع مع الأمير Y"")."""
        quotes = [k for k in range(sent.start, i) if doc[k].text in QUOTE_MARKS]
        opening = quotes[-1] if len(quotes) % 2 else None      # the verb is inside a quote opened here
        titled = {role.end: role.start for role in doc.spans.get("roles", ())}

        def for_someone(start: int) -> bool:
            """A proxy or an office before the name, its title aside: "ممثلي غوتزه", "مكتب الرئيس بوتفليقة"."""
            k = titled.get(start, start) - 1
            return k >= 0 and doc[k].norm_ in self.proxies

        def title_start(start: int) -> int:
            """Where the title of the name at start begins, a few words of its post or body between them; start
            if it has none."""
            return min([start] + [r.start for r in doc.spans.get("roles", ()) if start - POST_WORDS <= r.end <= start])

        def source(start: int) -> bool:
            """Whose instruction or behalf, before the verb: "بتوجيه من رئيس الاتحاد السعودي للطب الرياضي الدكتور
            X، والتقى …" (his title, its body and an honorific between)."""
            k = title_start(start) - 1
            return k >= 0 and doc[k].norm_ in self.sources_before

        def people(tokens, first: bool = False) -> list[Span]:
            found = []
            relative = False        # in the relative clause of an unnamed partner
            for k in tokens:
                if doc[k].text in CLAUSE_BREAKS or k < i and doc[k].norm_ in self.complementizers or k == opening \
                        or k > i and (found or k > i + 1) and doc[k].norm_ in self.party_clause_ends \
                        or k < i and doc[k].norm_ in self.new_clause_adverbs \
                        or k > i and normalize(doc[k].text) in self.party_presence:
                    break       # "التقى X، الذي أكد أن الملك Y …", "التقى X، كما زار Y": Y is no partner; nor is
                                # the name in the next clause after an unnamed partner ("التقى بممثلين للحوثيين …
                                # إلى الرياض حيث مقر حكومة هادي"); "التقى فيما بعد X" is an adverb; "يلتقي X ثم
                                # يجتمع مع Y": X was met before, he is not who meets Y; "بحضور Y": Y was there
                if first and k > i and not found and doc[k].norm_ in self.relatives:
                    relative = True     # "التقى بالأمين العام للحزب الذي يؤيد صالح وكذلك نبيل العربي": whom an unnamed
                    continue            # partner supports (first: a relative after the subject may be his, "اجتمع
                                        # X أمس، في إطار الزيارة التي يقوم بها …، مع Y")
                if relative:
                    relative = not {normalize(doc[k].text), doc[k].norm_} & self.partner_resumes
                    continue
                ent = ent_at.get(k)
                if ent is not None and ent.label_ == "PERSON" and ent._.key and all(ent != f for f in found) \
                        and not for_someone(ent.start) and not (k < i and source(ent.start)):
                    found.append(ent)   # "التقى مع ممثلي غوتزه": his representatives, not Götze
            return found
        after = people(range(i + 1, min(sent.end, i + 1 + PARTY_AFTER)), first=True)
        before = people(range(i - 1, max(sent.start, i - PARTY_BEFORE) - 1, -1))
        if before and particle(doc[i]) == "و":
            # "سيقابل الوزير X الرئيس Y ويجتمع مع Z": the verbs share their subject X; Y is whom X meets first
            k = next((j for j in range(before[0].start - 1, max(sent.start, i - PARTY_BEFORE) - 1, -1)
                      if doc[j].norm_ in self.meeting_verbs_before), None)
            if k is not None:
                subjects = people(range(k + 1, before[0].start))
                if not subjects:
                    return None
                before = subjects[:1]
        # "التقى الرئيس X، أمس، بنظيره Y": subject, then object; "ليلتقي هناك بأسامة …": the first is the object
        object_first = after and any(t.norm_ == "مع" or particle(t) == "ب"
                                     for t in doc[i + 1:after[0].end])
        # the subject right after the verb, with its title ("اجتمع الأمين العام لمجلس التعاون الدكتور X … مع Y")
        subject_near = after and titled.get(after[0].start, after[0].start) - i <= 4
        if len(after) == 1 and subject_near and not before:
            # whom a titled subject meets, titled too, after the subject's titles and the time and place: with مع
            # ("اجتمع الأمين العام … X، في مكتبه بالرياض اليوم، مع مبعوث الأمين العام للأمم المتحدة إلى اليمن Y":
            # an envoy's post between his title and his name), or right after them ("التقى الأمير X ولي ولي العهد
            # … في جدة أمس الرئيس Y"), not further on ("اجتمع X مع أعضاء اللجنة برئاسة Y": Y chairs those he met)
            more = people(range(after[0].end, min(sent.end, after[0].end + 3 * PARTY_AFTER)))
            title = title_start(more[0].start) if more else 0
            gap = sum(1 for k in range(after[0].end, title) if k not in self._role_tokens(doc))
            if more and (doc[title - 1].norm_ == "مع" and gap <= PARTY_AFTER
                         or doc[i].norm_ not in self.intransitive and gap <= TRANSITIVE_GAP):
                after.append(more[0])
        if len(after) >= 2 and after[0]._.key != after[1]._.key and subject_near and not object_first:
            between = doc[after[0].end:after[1].start + 1]
            if any(t.text in ("،", ",") and doc[t.i + 1].text[:1] == "و" for t in between[:-1]):
                return None     # "التقى الرئيس X، ونظيره Y": whom the subject met, one after the other
            if doc[titled.get(after[1].start, after[1].start)].text[:1] == "و" and i > sent.start \
                    and particle(doc[i]) != "و" and doc[i - 1].norm_.startswith("ال") \
                    and not (i - 1 in ent_at and ent_at[i - 1].label_ == "PERSON"):
                return None     # "الوفد الإيراني التقى X وY": a subject before the verb met both, not they each other
            return after[0], after[1]
        if subject_near and not object_first and doc[i].norm_ in self.intransitive:
            return None         # "حيث اجتمع الأمير X باللاعبين": X meets, whom he meets is no one named
        if before and after and before[0]._.key != after[0]._.key:
            return before[0], after[0]
        return None

    def _opposed(self, doc, j: int) -> bool:
        """Whether the entity at token j is what something is against ("ضد «داعش»", "لمحاربة داعش")."""
        k = j - 1
        while k >= 0 and doc[k].text in QUOTES_OPEN:
            k -= 1
        return k >= 0 and doc[k].norm_ in self.against

    def _tense(self, doc, sent, own: tuple[int, int], future: bool, ev: _Event, own_only: bool = False) -> None:
        """Set whether the event of a mention is told to come (planned) or told held, as _to_come reads it."""
        told = self._to_come(doc, sent, own, future, own_only)
        if told is False and ev.kind in self.sittings and self._future_verb_after(doc, sent, *own):
            told = True
        ev.planned, ev.held = bool(told), told is None

    def _to_come(self, doc, sent, own: tuple[int, int], future: bool, own_only: bool = False) -> bool | None:
        """Whether the event of a mention (tokens own) is told as to come: a future marker up to the end of its
        clause, which runs on through a relative clause, schedule word, place or time telling of it ("، الذي سيعقد …"), not in
        a later clause ("، مشيرا إلى الخطوات المقبلة"); None (told held) when a past verb of holding governs it or its
        relative clause says past or now ("القمة التي عقدت …"، "الذي يعقد حاليا"); a present verb of holding with today or
        tomorrow in its clause tells it scheduled ("القمة التي تنعقد اليوم"). own_only (an anaphor, whose sentence may
        be about something else): only a marker after it counts."""
        s, e = own
        tense, commas = self.tense, ("،", ",", "؛", ";", ":")
        end = e
        while end < sent.end and doc[end].text not in commas:
            end += 1
        while end + 1 < sent.end and doc[end].text in commas[:2] and (
                doc[end + 1].norm_ in self.relatives or doc[end + 1].norm_ in tense["describing"]):
            end += 1
            while end < sent.end and doc[end].text not in commas:
                end += 1
        # "بعد لقائه بالملك إن من المتوقع أن يزور …": what follows a complementizer is another clause
        end = next((k for k in range(e, end) if doc[k].norm_ in self.complementizers), end)
        if own_only:    # "ناقش المجلس في بداية الاجتماع الترتيبات الخاصة باجتماع الهيئة المقرر عقده": the other one's
            end = next((k for k in range(e, end) if self._trigger_kind(doc[k])), end)
        begin = s
        while begin > sent.start and doc[begin - 1].text not in commas:
            begin -= 1
        # (a relative clause after a participant's name is his: "المباحثات بين لافروف ونظيره الجبير الذي وصل أمس")
        relative = [t.norm_ for t in doc[e:end]] if e < end and doc[e].norm_ in self.relatives \
            and doc[e - 1].ent_type_ != "PERSON" else []

        def verb(words: set[str]) -> bool:
            """A verb of these right before the trigger (not a verbal noun after a preposition: "عن عقد اجتماع"),
            opening its relative clause or right after its phrase."""
            near = [t for t in doc[max(begin, s - 5):s] if not (t.i > sent.start and doc[t.i - 1].norm_ in tense["before_noun"])
                    and particle(t) not in ("ب", "ل")      # "بعقد", "لعقد": a verbal noun
                    and not self._after_call(doc, sent, t.i)]     # "طلب رئيس النادي عقد جلسة": what is asked for
            near = [t.norm_ for t in near] + relative[1:2] + [t.norm_ for t in doc[e:min(e + 1, end)]]
            return any(_verb_form(n, words) for n in near)
        if s > sent.start and _verb_form(doc[s - 1].norm_, tense["past_deliberating"]) \
                and not (e < sent.end and doc[e].norm_ in self.future):
            return None     # "وناقش الاجتماع … لموسم الحج القادم": a meeting that discussed was held; the rest
                            # is its topic
        own = any(t.norm_ in self.future and not self._deliberated_before(doc, e, t.i, held=True)
                  and not self._future_of_purpose(doc, t.i) for t in doc[begin:end])
        if not own and (verb(tense["past_holding"]) or any(n in tense["past_time"] or n in tense["under_way"]
                                                          for n in relative)):
            return None
        if verb(tense["future_holding"]) or self._called_for(doc, max(begin, s - 8), s):
            return True
        if self._future_verb_before(doc, begin, s) and not any(t.norm_ in tense["past_time"] for t in doc[begin:end]):
            return True     # "سيتوجه الوزير إلى واشنطن للقاء نظيره"، "سيقوم القطاع بإنشاء معرض فني"
        if future:
            return any(t.norm_ in self.future and not self._deliberated_before(doc, e, t.i, held=True)
                       and not self._future_of_purpose(doc, t.i)
                       for t in doc[e if own_only else self._speaker_clause(doc, sent, s):end])
        dated = self._date_tokens(doc)       # "في اليوم الخامس من الدورة" is no "today"
        return verb(tense["present_holding"]) and any(
            t.norm_ in tense["near_time"] and (t.i in dated or t.norm_ not in relative_day_nouns()) for t in doc[begin:end])

    def _future_of_purpose(self, doc, k: int) -> bool:
        """Whether the future word at token k qualifies what an event is for, no trigger among its noun and it
        ("اجتماع لجنة الاستعداد للعام الدراسي القادم"); not the event's own time ("لحضور الاجتماع المقبل")."""
        m = purpose_noun(doc, k)
        return m is not None and not any(self._trigger_kind(t) for t in doc[m:k])

    def _speaker_clause(self, doc, sent, s: int) -> int:
        """Where the clause of token s starts when a comma and a verb of saying open it ("ليست مستعدة لخفض
        انتاجها، وقال البدري بعد لقاء مع …": a new speaker's words, which a marker before it does not reach); else
        the sentence's start."""
        for k in range(s - 1, sent.start, -1):
            if doc[k - 1].text in ("،", ",") and doc[k].norm_ in self.report_verbs:
                return k
        return sent.start

    def _deliberated_before(self, doc, e: int, k: int, held: bool = False) -> bool:
        """Whether a past verb of what a meeting did (with held, also one of holding it) stands between the
        mention's end e and token k, with no verb in the future between: what follows it is what the meeting
        discussed or decided ("القمة التي عقدت في الرياض أقرت موازنة العام المقبل"), not when it is."""
        verbs = self.tense["past_deliberating"] | (self.tense["past_holding"] if held else set())
        between = doc[e:k]
        return any(_verb_form(t.norm_, verbs) for t in between) and not any(self._future_verb(t) for t in between)

    def _future_verb_before(self, doc, begin: int, s: int) -> bool:
        """Whether a verb in the future (س + the imperfect the corpus inflects as a verb: "سيتوجه"، "ستقوم") stands in
        the clause before the trigger at s with no complementizer, relative pronoun or outcome noun between
        ("سيناقش المجلس نتائج المؤتمر" tells of a conference held)."""
        for t in reversed(doc[max(begin, s - 8):s]):
            if t.norm_ in self.complementizers or t.norm_ in self.relatives or t.norm_ in self.outcomes:
                return False
            if self._future_verb(t):
                return True
        return False

    def _future_verb_after(self, doc, sent, s: int, e: int) -> bool:
        """Whether a verb in the future follows the mention (tokens s to e) as its predicate or opens its relative
        clause ("مباحثات الجبير مع لافروف ستتضمن …", "الاجتماع الذي سيبحث …"); not an outcome's ("نتائج القمة
        ستنعكس …": the summit was held)."""
        k = e + (e + 1 < sent.end and doc[e].norm_ in self.relatives)
        return k < sent.end and self._future_verb(doc[k]) and not (s > 0 and doc[s - 1].norm_ in self.outcomes)

    def _future_verb(self, t) -> bool:
        return self.names.future_verb(normalize(t.text))

    def _after_call(self, doc, sent, k: int) -> bool:
        """Whether the word at k follows a call or a request within four words (its caller between): "طلب رئيس
        النادي عقد جلسة" asks for a sitting, it does not tell one held."""
        return any(self._is_call(t) for t in doc[max(sent.start, k - 4):k])

    def _is_call(self, tok) -> bool:
        """A call, a proposal or a request (دعا، طالب، اقترح، طلب), not "بدعوة" (at someone's invitation)."""
        return tok.norm_ in self.tense["calls"] and particle(tok) != "ب"

    def _supposed(self, doc, sent, start: int) -> bool:
        """Whether the clause before a mention says it was to be held ("كان من المقرر أن يعقد"، "كان من المفترض أن
        تبدأ جولة ثانية الجمعة"): a past date then says no more that it was held."""
        words = [t.norm_ for t in doc[sent.start:start]]
        return any(w in self.tense["supposed"] and any(v in self.tense["was"] for v in words[max(0, k - 3):k])
                   for k, w in enumerate(words))

    def _called_for(self, doc, start: int, end: int) -> bool:
        """Whether a call or a proposal in tokens start..end asks for the event after them ("دعا إلى حوار",
        "طالب بعقد اجتماع", "دعوة المملكة للحوار"): it reaches the trigger through a link or a ل/ب written onto it,
        past the caller or whom it calls; "كما يطالب الاتفاق" (the agreement demands), "دعوة قطر للمشاركة في المؤتمر"
        (an invitation to take part) and "بدعوة من X" (at X's invitation) call for nothing."""
        call = next((t.i for t in doc[start:end] if self._is_call(t)), None)
        if call is None:
            return False
        between, links = doc[call + 1:end], self.tense["call_links"]
        linked = written_onto(doc[end], "ل") or written_onto(doc[end], "ب") or any(t.norm_ in links for t in between)
        return linked and sum(t.norm_ not in links and not t.ent_type_ for t in between) <= 2 \
            and not any(t.norm_ in self.tense["invitation_aims"] for t in between)

    def _sentence_context(self, doc, sent, i, ev: _Event, ent_at, own: tuple[int, int] | None = None) -> None:
        """Complete a new event from its sentence: title cue, place, date (own: the mention's tokens)."""
        own = own or (i, i + 1)
        norms = self._norms[sent.start:sent.end]
        at: dict[str, list[int]] = {}       # where each word of the sentence is (a cue is looked for at its first)
        for k, word in enumerate(norms):
            at.setdefault(word, []).append(k)
        for cues, found in ((self.title_cues, ev.titles), (self.slogan_cues, ev.slogans)):
            for cue in cues:
                for k in at.get(cue[0], ()):
                    if norms[k:k + len(cue)] == cue and not self._other_named(doc, own[1], sent.start + k) \
                            and not self._work_before(doc, sent, sent.start + k):
                        q = sent.start + k + len(cue)
                        if q < sent.end and doc[q].text in {":", "："}:
                            q += 1
                        quoted = self._quoted(doc, q, 15) or _parenthesized(doc, q, 15) if q < sent.end else None
                        if quoted and sent.start + k < own[0] and (own[0] - quoted[0] > 6 or any(
                                t.text in CLAUSE_BREAKS or t.text in ("،", ",") for t in doc[quoted[0]:own[0]])):
                            continue    # "التمرين «…»، تحت عنوان «…»، وتم استعراض … دورة …": an earlier thing's title
                        inner = ent_at.get(q + 1) if quoted else None
                        if inner is not None and inner.start == q + 1 and inner.end + 1 == quoted[0]:
                            continue    # "الناطق باسم «أحرار الشام»": an organisation's name, not a title
                        if quoted and quoted[1] not in found:
                            found.append(quoted[1])
        if ev.city is None:
            self._linked_place(doc, sent, ev, ent_at, own=own)
        self._sentence_dates(doc, sent, i, ev, own=own)

    def _linked_place(self, doc, sent, ev: _Event, ent_at, own: tuple[int, int], linked_only: bool = False) -> None:
        """The city after في/ب/بمدينة nearest to the mention (tokens own), else (unless linked_only: an
        anaphor in "وبرأي باريس، … رغم الاجتماع" is not placed by a government's city) the only city
        of the sentence, else a linked country; a place nearer to another event's trigger is that
        event's ("عقد في بغداد مؤتمر …، وعقد في دمشق اجتماع"); a dateline ("الرياض - واس:") is where
        the news was filed."""
        cities, countries = [], []
        visited = self._visit_destination(doc, sent, own)
        if visited is not None:
            place = place_of(visited)
            if place:
                ev.city, ev.city_key, ev.country = place
            elif visited.label_ == "STATE" and visited._.key:
                ev.country = ev.country or visited._.key
            return
        held = self._held_place(doc, sent, own)
        clause_start = next((k + 1 for k in range(own[0] - 1, sent.start - 1, -1) if doc[k].text in CLAUSE_BREAKS),
                            sent.start)
        # "احتفل المكتب الثقافي بالرياض بافتتاح القناة": the places before a celebrated event are the celebration's
        celebration = celebrated(doc, own[0], clause_start, self.celebrated)
        for ent in sent.ents:
            if celebration and clause_start <= ent.start < own[0]:
                continue
            is_held = held is not None and (ent.start, ent.end) == (held.start, held.end)
            if is_held and ent.label_ == "STATE" and not place_of(ent) and ent._.key \
                    and (ent._.value or {}).get("form", "name") == "name":
                ev.country = ev.country or ent._.key     # "منتدى إكسبو الذي سيعقد في الصين": where it is held,
                return                                   # whatever city the sentence names before it
            linked = ent[0]._.clitic > 0 and normalize(ent[0].text)[:1] == "ب" or (
                ent.start > sent.start and doc[ent.start - 1].norm_ in self.place_links | self.host_verbs)
            if not is_held and (self._elsewhere(sent, own, ent) or self._aside(doc, sent, own, ent)
                                or _dateline(doc, sent, ent) or self._other_clause(doc, own, ent)
                                or not linked and own[0] <= ent.start and ent.end <= own[1]
                                or linked and ent.start in self._post_tokens(doc) and not own[0] <= ent.start < own[1]):
                continue    # (a name inside the mention's own words with no في/ب before it is a party, a topic or
                            # an office: "المحادثات بين القوى الست وطهران", "التقى أمين الأحساء …"; a post in a
                            # title is where its holder serves: "حضر الاجتماع … الملحق العسكري السعودي في واشنطن",
                            # unlike the state a title names: "اجتماعا مع باراك أوباما رئيس الولايات المتحدة")
            place = place_of(ent)
            if place:       # the place of the clause that holds it first ("المعرض الذي يقام في دبي", not "في جدة")
                cities.append((linked or is_held, 0 if is_held else _distance(own, ent), place, ent.label_ == "STATE", ent))
            elif self._capital(doc, ent):
                # "احتضنته العاصمة التونسية", "بالعاصمة المصرية": the state's capital
                k = ent.start - 1
                before = doc[k - 1] if k > sent.start else None
                cap_linked = doc[k]._.clitic > 0 or before is not None and (before.norm_ in self.place_links
                                                                            or _verb_form(before.norm_, self.host_verbs))
                cities.append((cap_linked, _distance(own, ent), self._capital(doc, ent), False, None))
            elif ent.label_ == "STATE" and linked and ent._.value and ent._.value.get("form", "name") == "name":
                countries.append((_distance(own, ent), ent._.key))
        linked_cities = [(d, p) for linked, d, p, _, _ in cities if linked]
        # the only city of the sentence, if the text ties it to a place, unless it is a capital read as its
        # government ("فرضت واشنطن") in a sentence that says no hosting ("وتستعد بغداد لاحتضان مؤتمر" is where)
        governs = bool(cities) and cities[0][3] and not any(t.norm_ in self.host_words for t in sent)
        # (a capital named by its state's adjective, "العاصمة التونسية", is tied by العاصمة: no span to check)
        lone = not linked_cities and not linked_only and not governs and len({p[1] for _, _, p, _, _ in cities}) == 1 \
            and any(ent is None or self._tied(doc, sent, own, ent, ev.kind) for *_, ent in cities)
        chosen = min(linked_cities)[1] if linked_cities else (cities[0][2] if lone else None)
        if chosen is None and ev.city is None:
            # "في مدينة عنتيبي": a city the gazetteer does not list
            for tok in sent:
                if tok.norm_.endswith("مدينه") and not self._elsewhere(sent, own, doc[tok.i:tok.i + 1]) \
                        and not self._aside(doc, sent, own, doc[tok.i:tok.i + 1]):
                    after = self._place_after(doc, sent, tok.i, {e.start: e for e in sent.ents})
                    if after:
                        chosen = after[1]
                        break
        if chosen and ev.city is None and not (ev.own_place and ev.country and chosen[2] != ev.country):
            ev.city, ev.city_key, ev.country = chosen   # (not one of another state than its phrase names:
            # "زيارته لمصر … ومنها سيتوجه إلى الرياض" is no visit to Riyadh)
        elif ev.country is None and (countries := [c for c in countries if c[1] not in ev.participants]):
            ev.country = min(countries)[1]      # not a partner: "المحادثات النووية مع إيران … عقود في إيران"
        if ev.country is None and ev.city is None and ev.alone and ev.region & self.national \
                and len(states := {e._.key for e in sent.ents if e.label_ == "STATE" and e._.key}) == 1:
            ev.country = states.pop()       # "الحوار الوطني الذي دعا إليه الرئيس السوداني": that nation's

    def _visit_destination(self, doc, sent, own: tuple[int, int]) -> Span | None:
        """The state or city a visit goes to when the mention follows it in its clause: "سيعقد خلال زيارته للجزائر
        اجتماعا مع ليون", "التقى أثناء زيارتها إلى موسكو الرئيس …" (the visit is the setting, not another event)."""
        for k in range(own[0] - 1, max(sent.start, own[0] - 8), -1):
            tok = doc[k]
            if tok.text in CLAUSE_BREAKS or tok.text == "،":
                return None
            if k - 1 < sent.start or doc[k - 1].norm_ not in self.during_visit \
                    or (self._trigger_kind(tok) or self.possessed_kind.get(tok.norm_)) != "visit":
                continue
            j = k + 1
            if j < own[0] and normalize(doc[j].text) in self.destination_links:
                j += 1
            ent = next((e for e in sent.ents if e.start == j and e.label_ in ("STATE", "LOC")), None)
            if ent is not None and ent.end <= own[0] and (j > k + 1 or written_onto(doc[j], "ل")) \
                    and (ent._.value or {}).get("form", "name") == "name" and not _opens_quote(doc, ent.end, own[0]):
                return ent
            return None
        return None

    def _after_expectation(self, doc, sent, k: int) -> int:
        """The token after "من المقرر/المنتظر/المتوقع أن" starting at k ("المؤتمر الذي من المقرر أن يعقد …"), else k."""
        if k + 3 < sent.end and doc[k].norm_ == "من" and doc[k + 1].norm_ in self.expected and doc[k + 2].norm_ == "ان":
            return k + 3
        return k

    def _host_verb(self, tok) -> bool:
        """A verb of hosting, also with an object pronoun ("تستضيفها"), not its verbal noun ("باستضافة قطر")."""
        return _verb_form(tok.norm_, self.host_verbs) and not strip_marks(tok.text).endswith("ة") and particle(tok) != "ب"

    def _held_place(self, doc, sent, own: tuple[int, int]) -> Span | None:
        """The place after في/ب in the clause that says where the mention is held, right after it ("المعرض الذي يقام
        في دبي", "منتدى إكسبو الذي سيعقد في الصين في الأول من سبتمبر", "القمة المقامة بالرياض"), or the host right
        after a verb of hosting there ("المشاورات التي تستضيفها موسكو"), also after "من المقرر أن", if any."""
        j = self._after_expectation(doc, sent, own[1] + (own[1] < sent.end and doc[own[1]].norm_ in self.relatives))
        if j + 1 < sent.end and self._host_verb(doc[j]):
            return next((e for e in sent.ents if e.start == j + 1 and e.label_ in ("STATE", "LOC")), None)
            # "المشاورات التي من المنتظر أن تستضيفها موسكو": the host's city
        if j >= sent.end or not (_verb_form(doc[j].norm_, self.held_verbs) or doc[j].norm_ in self.held_participles):
            return None
        dates = self._date_tokens(doc)
        k = j + 1
        while k < sent.end and k - j <= 4 and (k in dates or doc[k].text in ("،", ",")):
            k += 1
        if k < sent.end and doc[k].norm_ == "في":
            k += 1
        elif not (k < sent.end and normalize(doc[k].text)[:1] == "ب"):
            return None
        return next((e for e in sent.ents
                     if e.start == k or e.start == k + 1 and doc[k].norm_ in self.place_links), None)

    def _other_clause(self, doc, own: tuple[int, int], ent: Span) -> bool:
        """Whether a subordinating conjunction stands between a mention and a place ("سيجتمعون في فيينا …
        بعدما عقدوا لقاء ناجحا"، "عقد الاجتماع قبل أن يغادر إلى باريس"), or a complementizer ("أشار عقب لقائه مع X أن
        تحرير محافظة عدن …": what is said; a place before it, when the mention is in its clause: "تطمئن اللوبي في
        واشنطن، وأن تطلع إسرائيل على المفاوضات": what is wanted): the place is the other clause's."""
        lo, hi = _between(own, ent)
        norms = [t.norm_ for t in doc[lo:hi]]
        for k, n in enumerate(norms):
            if n not in self.complementizers or k + 1 < len(norms) and _verb_form(norms[k + 1], self.held_verbs) \
                    or doc[lo + k - 1].norm_ in self.expected:
                continue    # (not "من المقرر أن تعقد بسيول", "في دبي، ومن المنتظر أن يستقبل المؤتمر": its own)
            if hi == ent.start or not any(t.text in ("،", ",") for t in doc[lo + k:hi]):
                return True     # ("بمكة، سائلين المولى أن يتقبل منهم، وقد تخلل اللقاء": another clause's أن)
        return any(norms[k:k + len(sub)] == sub for k, word in enumerate(norms) if word in self.subordinator_starts
                   for sub in self.subordinators)

    def _tied(self, doc, sent, own: tuple[int, int], ent: Span, kind: str) -> bool:
        """Whether a city no preposition links still says where an event is: in the mention unless as a partner
        ("حوار مع طهران"); after a region, compass or facility word ("جنوب جدة", "مركز دبي"), a destination ("زيارة
        بحاح إلى عدن", "زيارته لبغداد", "وصل للرياض"), an event noun ("فعاليات مهرجان جدة") or a hosting verb; before a
        hosting word ("وتستعد بغداد لاحتضان"). After anything else it is a government or an actor ("قلق طهران",
        "وقدمت واشنطن"), not a setting, and after ل whom something is for ("مفاوضات … لضمان صفقة إنقاذ لأثينا")."""
        k = ent.start - 1
        if particle(doc[ent.start]) == "ل":
            return kind in self.with_actor or k >= sent.start and self.names.is_verb(doc[k].norm_)
        if ent.end < sent.end and doc[ent.end].norm_ in self.host_words:
            return True                                 # "وتستعد بغداد لاحتضان مؤتمر"
        if own[0] <= k < own[1] and doc[k].norm_ not in self.partner_words:
            return True                                 # in the mention: "ملتقى الرياض الاقتصادي", not "حوار مع طهران"
        if k > sent.start and doc[k].ent_type_ == "STATE":
            k = next(j for j in range(k, sent.start - 1, -1) if doc[j].ent_iob_ == "B") - 1   # "العاصمة اليونانية أثينا"
        if k < sent.start:
            return False
        before = doc[k]
        return before.norm_ in self.lone_city_ties or normalize(before.text) in self.destination_links \
            or before.norm_ in self.kind_of or before.norm_ in self.generic or _verb_form(before.norm_, self.host_verbs)

    def _genitive_sense(self, doc, sent, i: int) -> bool:
        """«علم الاجتماع»: the trigger is the genitive of a noun that gives it another sense (sociology)."""
        tok = doc[i]
        return i > sent.start and unprefixed(tok) \
            and doc[i - 1].norm_ in self.genitive_senses.get(tok.norm_.removeprefix("ال"), ())

    def _counted(self, doc, sent, i: int) -> bool:
        """Whether a trigger is counted by a quantity or a number, events as a set ("المزيد من الاجتماعات",
        "عدة لقاءات", "اجتماعات عدة", "66 حفلا فنيا"), or its ordinal counts repetitions ("للجلسة الرابعة على
        التوالي")."""
        j = i + 1
        while j < sent.end and j - i <= 3 and doc[j].norm_.removeprefix("و") in self.ordinal_words:
            j += 1
        if j > i + 1 and self._words_at(doc, range(j, j + 1), self.in_a_row):
            return True
        if i + 1 < sent.end and doc[i].norm_.endswith("ات") and doc[i + 1].norm_ in self.quantities_after:
            return True         # "اجتماعات عدة", "لقاءات كثيرة"
        if i + 1 < sent.end and doc[i].norm_ in self.series_plurals and doc[i + 1].norm_ in self.series_adjectives:
            return True         # "اجتماعات مكثفة", "لقاءات دورية": a series or a habit
        before = i - 2 if i - 2 >= sent.start and doc[i - 1].norm_ == "من" else i - 1
        if before < sent.start:
            return False
        number = _number(normalize(doc[before].text))
        return doc[before].norm_ in self.quantities or doc[before].norm_ in self.cardinals \
            or number is not None and number >= 2 and not 1900 <= number <= 2100 and doc[before].is_digit \
            and before == i - 1     # "66 حفلا فنيا", "2457 دورة"; not a year

    def _other_sense(self, doc, sent, i: int) -> bool:
        """Whether words near a trigger give it another sense: a mountain's summit, a court's sitting."""
        window, words = self.senses_in_clause.get(doc[i].norm_.removeprefix("ال"), (0, set()))
        return any(t.norm_ in words for t in doc[max(sent.start, i - window):min(sent.end, i + window + 1)])

    def _title_end(self, doc, sent, k: int) -> int | None:
        """End of a quoted title that a title cue at token k (or the one after it) introduces, if any."""
        for start in (k, k + 1):
            for cue in self.title_cues:
                q = start + len(cue)
                if q < sent.end and [t.norm_ for t in doc[start:q]] == cue:
                    quoted = self._quoted(doc, q, 15) or _parenthesized(doc, q, 15)
                    if quoted:
                        return quoted[0]
        return None

    def _surgery(self, doc, sent, i: int) -> bool:
        """Whether an operation is surgery on a patient ("أجريت له عملية"، "خضع لعملية"، "يخضع اللاعب لعملية"،
        "بإجراء العملية في مسقط لاستخراج الرصاصة")."""
        if doc[i].norm_.removeprefix("ال") not in self.surgery_triggers or i - 1 < sent.start:
            return False
        before = doc[i - 1].norm_
        if before in self.surgery_masdars:
            return True
        underwent = doc[i]._.clitic and any(doc[k].norm_ in self.undergo for k in range(max(sent.start, i - 2), i))
        return underwent or before in self.surgery_patients and i - 2 >= sent.start and doc[i - 2].norm_ in self.surgery_verbs

    def _standing_body(self, doc, sent, i: int, kind: str | None) -> bool:
        """Whether a trigger is the genitive of a body that exists for its kind of event, adjectives passed
        over ("اللجنة المحلية للانتخابات البلدية", "مفوضية الانتخابات"): the body, not an event."""
        bodies = self.standing_bodies.get(kind or "")
        if not bodies or i - 1 < sent.start:
            return False
        if not normalize(doc[i].text).startswith("ل"):
            return doc[i - 1].norm_ in bodies and not doc[i - 1].norm_.startswith("ال")    # "مفوضية الانتخابات"
        k = i - 1           # "اللجنة المحلية للانتخابات": adjectives between the body and its ل-genitive
        while k > sent.start and k > i - 4 and (doc[k].norm_.startswith("ال") and doc[k].norm_ not in bodies
                                                 or _adjective(doc[k].norm_)):
            k -= 1
        return doc[k].norm_ in bodies

    def _celebrating(self, doc, sent, i: int) -> bool:
        """Whether an accusative trigger says 'in celebration of' ("تنتشر اللوحات احتفالاً بتوسعة القناة"): a ب-word
        after it, and no verb of holding or witnessing before it in its clause ("أقامت السفارة احتفالاً بالعيد")."""
        if normalize(doc[i].text) not in self.celebrating or i + 1 >= sent.end \
                or normalize(doc[i + 1].text)[:1] != "ب":
            return False
        for t in reversed(doc[max(sent.start, i - 8):i]):
            if t.text in CLAUSE_BREAKS or t.text == "،":
                break
            if t.norm_ in self.celebration_governors \
                    or normalize(t.text).removeprefix("و") in self.celebration_governors:
                return False
        return True

    def _standing(self, doc, sent, i: int) -> bool:
        """Whether an adjective after a trigger makes it a standing body or a facility ("المعرض الخارجي الدائم",
        "معرض دائم"): no event."""
        definite = doc[i].norm_.startswith("ال")
        for t in doc[i + 1:min(sent.end, i + 4)]:
            if t.norm_.startswith("ال") != definite:
                return False
            if t.norm_ in self.standing_words:
                return True
            if not definite and not _adjective(t.norm_):
                return False
        return False

    def _predicate_noun(self, doc, sent, i: int) -> bool:
        """Whether an indefinite trigger is what a subject named before became ("لأنها أصبحت ملتقى أكبر الشركات":
        a hub) or is ("وهو حوار غير سياسي"), not an event; after a copula that opens its clause ("فتصبح دورة الخليج
        في جدة") it is the subject."""
        if doc[i].norm_.startswith("ال"):
            return False
        if i - 1 >= sent.start and doc[i - 1].norm_ in ("هو", "هي") and doc[i - 1].text.removeprefix("و") in ("هو", "هي") \
                and not (i + 1 < sent.end and doc[i + 1].norm_.startswith("ال")):
            return True     # "وهو حوار غير سياسي": what something named before is, not another event ("هو مؤتمر المانحين" is one)
        if i - 1 >= sent.start and doc[i - 1].norm_ == "الي":
            # "وتحول المنتزه إلى ملتقى عائلي": what the subject turned into, the verb before it and its subject
            return any(j >= sent.start and doc[j].norm_ in self.copulas for j in (i - 2, i - 3))
        return i - 2 >= sent.start and doc[i - 1].norm_ in self.copulas and doc[i - 1]._.clitic == 0 \
            and doc[i - 2].is_alpha

    def _jurisdiction(self, doc, sent, ent: Span) -> bool:
        """Whether a place is the genitive of an office or a body ("أمير منطقة مكة المكرمة"، "محافظ جدة"، "شرطة
        دبي"، "مدير جوازات منطقة نجران"), or the seat of a government ("مع السلطات في كابول"): whose it is, not where
        an event is."""
        by = ent[0]._.clitic > 0 and normalize(ent[0].text)[:1] == "ب"      # "الحكومة بطرابلس"
        body = ent.start - 1 if by else ent.start - 2 if ent.start > sent.start and doc[ent.start - 1].norm_ == "في" \
            else None
        if body is not None and body >= sent.start and doc[body].norm_ in self.seated_bodies:
            return True
        k = ent.start - 1
        if k > sent.start and doc[k].norm_ in self.region_words:
            k -= 1
            if k > sent.start and doc[k].norm_ not in self.office_heads and doc[k - 1].norm_ in self.office_heads \
                    and not doc[k].norm_.startswith("ال") and not doc[k]._.clitic:
                k -= 1      # "مدير جوازات منطقة نجران", "مدير تعليم منطقة مكة": the office's department between
        return k >= sent.start and doc[k].norm_ in self.office_heads

    def _capital(self, doc, ent: Span) -> tuple | None:
        """The capital a state adjective after "العاصمة" names ("العاصمة التونسية" -> Tunis), if any."""
        if ent.label_ == "STATE" and ent.start > 0 and doc[ent.start - 1].norm_ == "العاصمه" and ent._.key in self.capital_of \
                and not (ent.end < len(doc) and doc[ent.end].ent_iob_ == "B"):      # "العاصمة الإثيوبية أديس أبابا"
            _, key, state = self.capital_of[ent._.key]
            return self._clean(doc, ent.start - 1, ent.end), key, state     # the city as the text names it
        return None

    def _aside(self, doc, sent, own: tuple[int, int], ent: Span) -> bool:
        """Whether a place is part of something else than the event's setting: inside a quoted title
        ("معرض «استثمر في السعودية»") or before a quotation the event is told in, the genitive of an office
        ("أمير منطقة مكة المكرمة") or in a purpose said before it ("وفد لبحث الأوضاع في الصومال، … اجتماعا"), or
        the name of a text it speaks of ("مشاورات بموجب المادة الرابعة من معاهدة واشنطن": the treaty's city)."""
        if self._jurisdiction(doc, sent, ent):
            return True
        if own[0] < ent.start - 1 and self._trigger_kind(doc[ent.start - 1]) in self.placed_by_name:
            return True
        if own[1] < ent.start - 1 and doc[own[1]].text == "(" and ")" not in {t.text for t in doc[own[1]:ent.start]}:
            return True     # "ندوة (اللغة العربية في إندونيسيا)": inside the title in brackets after it
        if _opens_quote(doc, ent.end, own[0]):
            return True     # "قال بعد صلاة العيد في طهران «لن نجري أي محادثات …»": where he spoke, before the quote
        # (not a place told in the quotation the mention is in: «المفاوضات … التي انعقدت في جنيف …»)
        quoted_together = _opens_quote(doc, sent.start, own[0]) \
            and not any(t.text in CLOSING_ONLY for t in doc[own[0]:ent.start])
        opened = sum(t.text in OPENING_ONLY for t in doc[sent.start:ent.start])
        closed = sum(t.text in CLOSING_ONLY for t in doc[sent.start:ent.start])
        if opened > closed and not quoted_together:
            return True
        # marks that open and close alike ("…", ”…”, “…”): an odd number before the place and one after it, unless
        # the quotation is what someone says (opened after أن or a colon) and tells the mention too, no mark between
        marks = [t.i for t in doc[sent.start:ent.start] if t.text in QUOTES_BOTH]
        if len(marks) % 2 and any(t.text in QUOTES_BOTH for t in doc[ent.end:sent.end]):
            lo, hi = _between(own, ent)
            said = marks[-1] > sent.start and (doc[marks[-1] - 1].norm_ in self.complementizers
                                               or doc[marks[-1] - 1].text == ":")
            if not (said and marks[-1] < own[0] and not any(t.text in QUOTES_BOTH for t in doc[lo:hi])):
                return True
        attached = doc[ent.start]._.clitic > 0 and normalize(doc[ent.start].text)[:1] == "ب"
        k = ent.start if attached else ent.start - 1        # "الأوضاع في اليمن", "الوضع بسوريا"
        if k > sent.start and (attached or doc[k].norm_ == "في") and any(
                t.norm_ in self.situations for t in doc[max(sent.start, k - 2):k]):
            return True     # what the event is about: the situation in a place, not where it is held
        if ent.label_ == "STATE" and k > sent.start and doc[k].norm_ == "في" and self._title_state(doc, sent, k):
            return True     # "X، وزير الثقافة والإرشاد الإسلامي في إيران، خلال الجلسة": his post, not the session's place
        if any(r.start < ent.start and ent.end <= r.end and not (r.start <= own[0] < r.end)
               for r in doc.spans.get("roles", ()) if (r._.value or {}).get("role") in self.envoy_roles):
            return True     # "الوسيط الدولي في ليبيا X": an envoy's post, part of his title (but an ambassador
                            # attends events where he lives: "حضر المراسم سفير المملكة في تيرانا X")
        if k > sent.start and (attached or doc[k].norm_ == "في") and self._source_place(doc, sent, own, k):
            return True     # "…، بحسب مسؤول في باكستان": where the source is
        link = next((t.i for t in doc[own[0]:ent.start] if t.norm_ in self.topic_links), None) if ent.start >= own[1] else None
        if link is not None and any(t.norm_ in self.situations for t in doc[link + 1:ent.start]) \
                and not any(t.text in CLAUSE_BREAKS or t.text == "،" for t in doc[own[0]:ent.start]):
            return True     # "محادثات … حول الحرب الأهلية المستمرة منذ 19 شهرا في جنوب السودان": what they are about
        about = next((t.i for t in doc[own[0]:ent.start] if t.norm_ in self.topic_links), None)
        if about is not None and not self._locative(doc, sent, ent) \
                and not any(t.text in CLAUSE_BREAKS or t.text == "،" for t in doc[about:ent.start]):
            return True     # "ندوة حول تاريخ مدينة جدة": the place the topic is about, a genitive; only في/ب may
                            # say where the event is ("ندوة حول السياحة في جدة")
        if ent.start >= own[1] and k > own[1] and (attached or doc[k].norm_ == "في") \
                and doc[k - 1].norm_ in self.purpose_objects and any(self._is_purpose(t) for t in doc[own[1]:k - 1]) \
                and not any(t.text in CLAUSE_BREAKS or t.text == "،" for t in doc[own[1]:k]):
            return True     # "مفاوضات الأمم المتحدة لإحلال السلام في سورية": where the peace is sought
        if ent.start >= own[1] and self._relative_of_another(doc, own, ent):
            return True     # "حفل تأبين لإحياء ذكرى الهجمات التي وقعت في لندن": where the attacks were
        if self._where_body_is(doc, sent, own, ent):
            return True     # "يعود الفضل إلى جمعية رعاية المكفوفين بالرياض": where the association is
        if ent.start >= own[0]:
            return False    # after the mention, "لمتابعة نتائجه في أستراليا" may well say where it is
        if self._in_closed_relative(doc, sent, own, ent):
            return True     # "نجم برشلونة، الذي يواجه تهما في إسبانيا، ساعد في افتتاح مطعم": where the charges are
        if self._relative_between(doc, own, ent):
            return True     # "رئيس رابطة الثقافة في إيران الذي كان ضيف حفل الافتتاح": where the guest's body is
        for t in reversed(doc[max(sent.start, ent.start - 5):ent.start]):   # "لبحث الأوضاع في X" before the mention
            if t.text in CLAUSE_BREAKS or t.text == "،":
                return False
            if self._is_purpose(t):
                return True
        return False

    def _source_place(self, doc, sent, own: tuple[int, int], k: int) -> bool:
        """Whether the في/ب at token k follows a source ("بحسب مسؤول وسيط في باكستان", "وفقا لمصادر في القاهرة")
        within three words, with no clause break and no word of the mention between."""
        for j in range(k - 1, max(sent.start, k - 4) - 1, -1):
            tok = doc[j]
            if tok.text in CLAUSE_BREAKS or tok.text == "،" or own[0] <= j < own[1]:
                return False
            if tok.norm_ in self.source_words:
                return True
        return False

    def _where_body_is(self, doc, sent, own: tuple[int, int], ent: Span) -> bool:
        """Whether a place after ب/في follows an organisation that is the object of another preposition than في/ب,
        away from the mention ("إلى جمعية رعاية المكفوفين بالرياض", "التابعة لجمعية الثقافة في جدة"), or an office's
        body before the mention ("رئيس النادي الأدبي بالباحة في جلسة"): where the body is, not where the event is
        held (but "اجتماع مجلس التعاون في الرياض", "في جمعية الثقافة بالرياض" are)."""
        attached = particle(doc[ent.start]) == "ب"
        if not attached and not (ent.start - 1 > sent.start and doc[ent.start - 1].norm_ == "في"):
            return False
        end = ent.start if attached else ent.start - 1
        if ent.end <= own[0]:       # "رئيس النادي الأدبي بالباحة في جلسة …", "نائب رئيس الوزراء لشؤون مجلس الوزراء
            k, steps = end - 1, 0   # بسلطنة عمان ويعقدان اجتماعا": the office's body, before the mention
            while k > sent.start and steps < 4:
                body = next((e for e in sent.ents if e.start <= k < e.end and e.label_ == "ORG"), None)
                if body is not None:
                    k = body.start - 1
                elif doc[k].norm_.startswith("ال") and not doc[k].ent_type_ or particle(doc[k]) == "ل":
                    k -= 1
                else:
                    break
                steps += 1
            if steps and k in self._role_tokens(doc) \
                    and not any(_verb_form(t.norm_, self.holding_verbs) for t in doc[sent.start:k]):
                return True         # (but "عقد رئيس الهيئة في الرياض اجتماعا": where the subject holds it)
        body = next((e for e in sent.ents if e.end == end and e.label_ == "ORG"), None)
        if body is None or own[0] <= body.start <= own[1] + 1:
            return False
        return particle(doc[body.start]) == "ل" or body.start > sent.start and doc[body.start - 1].norm_ in self.body_prepositions

    def _locative(self, doc, sent, ent: Span) -> bool:
        """Whether a place is introduced as a setting: "في جدة", "بجدة", "بمدينة جدة", "في العاصمة الرياض" (not
        "تاريخ مدينة جدة", a genitive)."""
        if particle(doc[ent.start]) == "ب":
            return True
        k = ent.start - 1
        if k >= sent.start and (doc[k].norm_ in self.place_links or doc[k].norm_ in self.region_words) \
                and doc[k].norm_ not in ("في", "ب") and not normalize(doc[k].text).startswith("ب"):
            k -= 1                                      # "في مدينة جدة", "في محافظة الخرج": the في before it
        return k >= sent.start and (doc[k].norm_ == "في" or normalize(doc[k].text).startswith("ب")
                                    and (doc[k].norm_ in self.place_links or doc[k].norm_ in self.region_words))

    def _counted_noun(self, doc, k: int, ent_at, dates) -> bool:
        """Whether the word after a number is what it counts ("50 طالبة", "12 متدربا"): a noun without the article,
        nothing written onto it, no particle, name, date or place link (not "الدورة 42 لمجلس", "القمة 26 في")."""
        tok = doc[k]
        w = normalize(tok.text)
        return _arabic_word(w) and not w.startswith("ال") and not tok._.clitic and k not in ent_at and k not in dates \
            and tok.norm_ not in self.stops and w not in self.stops and tok.norm_ not in self.place_links \
            and tok.norm_ not in self.relatives and not self._verb_like(w) and w[:1] not in "لبو"

    def _place_command(self, doc, sent, i: int, ent_at) -> bool:
        """"وعمليات بغداد", "عمليات الأنبار": operations with a place as their genitive name a military command."""
        ent = ent_at.get(i + 1)
        return doc[i].norm_.removeprefix("و") in self.place_commands and i + 1 < sent.end and ent is not None \
            and ent.start == i + 1 and not doc[i + 1]._.clitic and place_of(ent) is not None

    def _relative_of_another(self, doc, own: tuple[int, int], ent: Span) -> bool:
        """Whether a place after the mention stands in a relative clause of a later noun whose verb holds nothing
        ("… للهجمات التي وقعت في لندن"): it tells where that noun's thing was; the event's own clause follows it
        at once ("المعرض الذي يقام في دبي")."""
        rel = next((k for k in range(own[1], ent.start) if doc[k].norm_ in self.relatives), None)
        verb = doc[rel + 1].norm_ if rel is not None and rel + 1 < ent.start else ""
        verb = verb[1:] if verb.startswith(THIRD_PERSON_FUTURE) else verb     # "التي ستقام في دبي": a future one
        return rel is not None and rel > own[1] + 1 and rel + 1 < ent.start \
            and not _verb_form(verb, self.held_or_hosting) \
            and not any(self._trigger_kind(t) for t in doc[own[1]:rel])

    def _relative_between(self, doc, own: tuple[int, int], ent: Span) -> bool:
        """Whether the mention stands in a relative clause opened after a place before it, of a noun other than the
        place: the place is in the noun's phrase, not the event's ("… في إيران الذي كان ضيف الحفل"); a place's own
        clause ("الرياض التي تستضيف القمة", a feminine pronoun right after it) tells of the place."""
        rel = next((k for k in range(ent.end, own[0]) if doc[k].norm_ in self.relatives), None)
        return rel is not None and not (rel == ent.end and doc[rel].norm_ in self.place_relatives)

    def _in_closed_relative(self, doc, sent, own: tuple[int, int], ent: Span) -> bool:
        """Whether a place before the mention stands in a relative clause that a comma or the opening of the main
        clause («وفقا لبيان المجلس الذي عقد في بروكسل فإن …») closes before it: the clause tells of the noun it
        follows, not of the event."""
        rel = next((k for k in range(ent.start - 1, sent.start - 1, -1)
                    if doc[k].norm_ in self.relatives or doc[k].text in CLAUSE_BREAKS), None)
        return rel is not None and doc[rel].norm_ in self.relatives \
            and any(doc[c].text in ("،", ",") or doc[c].norm_ in self.main_clause_openers for c in range(ent.end, own[0]))

    def _title_state(self, doc, sent, k: int) -> bool:
        """Whether the في at token k follows an office (a title that is no counterpart: "نظرائه في ماليزيا" are
        whom one meets there), with at most three words of its portfolio between and no event word, name or
        clause break: the country after it is the office's."""
        offices = self._office_ends(doc)
        for j in range(k - 1, max(sent.start, k - 4) - 1, -1):
            if j in offices:
                return True
            if doc[j].text in CLAUSE_BREAKS or doc[j].text == "،" or self._trigger_kind(doc[j]) or j in self._names_at:
                return False
        return False

    def _is_purpose(self, tok) -> bool:
        """A word that opens what an event is for: "لبحث", "لمناقشة", ل + a verbal noun ("لتعزيز", "لإبداء")."""
        w = normalize(tok.text)
        w = w[1:] if w[:1] in ("و", "ف") and w[1:] in self.purpose else w
        return w in self.purpose or len(w) > 4 and strip_marks(tok.text).startswith(("لت", "لإ", "لاست"))

    def _elsewhere(self, sent, own: tuple[int, int], span: Span) -> bool:
        """Whether a span is nearer to another event trigger of the sentence than to the mention own
        (a trigger right next to it is part of it: "اجتماع قمة"; one inside a name, "حركة نداء تونس", is none)."""
        mine = _distance(own, span)
        return any(_distance((i, i + 1), span) < mine for i in self._triggers_in(sent) if not own[0] - 1 <= i <= own[1])

    def _triggers_in(self, sent) -> list[int]:
        """The event triggers of a sentence outside names, found once per sentence of the document."""
        found = self._sentence_triggers.get(sent.start)
        if found is None:
            found = self._sentence_triggers[sent.start] = [
                t.i for t in sent if not t.ent_type_ and (t.norm_ in self.kind_of or t.norm_ in self.generic)]
        return found

    def _sentence_dates(self, doc, sent, i, ev: _Event, before: int = DATE_BEFORE, after: int = DATE_AFTER,
                        own: tuple[int, int] | None = None) -> None:
        """The nearest date close to the trigger, a day rather than the bare year of that day: a date further away,
        or nearer to another event's trigger, belongs to something else ("منذ أحداث 11 سبتمبر" a dozen words after
        "مؤتمر باريس")."""
        if ev.date:
            return
        found = []
        for span in doc.spans.get("dates", []):
            if span.start >= sent.start and span.end <= sent.end and span._.value and span._.value.get("date") \
                    and not self._elsewhere(sent, own or (i, i + 1), span):
                if span.start >= i:
                    gap = span.start - i
                    if (gap > after or any(t.text in CLAUSE_BREAKS or t.norm_ in self.new_clause_adverbs
                                           for t in doc[i:span.start])
                            or self._deliberated_before(doc, (own or (i, i + 1))[1], span.start)) \
                            and not self._time_taken_up(doc, (own or (i, i + 1))[1], span.start):
                        continue
                    distance = gap
                else:
                    gap = i - span.end
                    if gap > before or any(t.text in CLAUSE_BREAKS or t.text == "،" for t in doc[span.end:i]) \
                            and not self._set_off(doc, sent, span, own or (i, i + 1)):
                        continue
                    if _opens_quote(doc, span.end, (own or (i,))[0]) \
                            or any(t.norm_ in self.complementizers for t in doc[span.end:(own or (i,))[0]]):
                        continue    # "قال يوم السبت «لن نجري أي محادثات»", "أعلن أمس أن X سيلتقي Y": when he spoke
                    distance = 2 * gap + 1
                found.append((distance, span._.value))
        # the nearest, unless it is only the year of a day given too ("سوق عكاظ (1436هـ 2015م) يوم غد")
        best = min(found, key=lambda f: (len(f[1]["date"]) == 4 and any(
            g[1]["date"][:4] == f[1]["date"] and len(g[1]["date"]) > 4 for g in found), f[0]), default=None)
        if best is None and before:
            best = self._heading_date(doc, sent)
        if best:
            ev.date, ev.end_date = best[1]["date"], best[1].get("end_date")

    def _time_taken_up(self, doc, e: int, start: int) -> bool:
        """Whether a date at token start is the event's that ends at token e, however far: a comma and «وذلك» take
        up its clause right before the date ("…، وذلك خلال الفترة من 30 نوفمبر"), or the date is in the event's
        relative clause of holding ("المؤتمر …، الذي يعقد تحت شعار «…»، بفندق … خلال الفترة من …"); no other event
        and no sentence break between."""
        between = doc[e:start]
        if any(t.text in CLAUSE_BREAKS or self._trigger_kind(t) for t in between):
            return False
        if any(t.norm_ in self.time_resumptions and t.i > e and doc[t.i - 1].text in ("،", ",") and start - t.i <= 4
               for t in between):
            return True
        comma = next((t.i for t in between if t.text in ("،", ",")), None)
        return comma is not None and comma + 2 < start and doc[comma + 1].norm_ in self.relatives \
            and _verb_form(doc[comma + 2].norm_, self.held_verbs)

    def _set_off(self, doc, sent, span, own: tuple[int, int]) -> bool:
        """A time set off by commas between a verb and the event it tells of ("تنطلق، مساء غد الأحد، فعاليات
        ملتقى …", "يرعى الأمير، مساء اليوم، حفل افتتاح …"): the event's, with at most one word (فعاليات)
        between the closing comma and the mention."""
        dated, equals = self._date_tokens(doc), date_equals()
        k = span.start - 1          # "، مساء الخميس والجمعة الموافق 23 و24 يوليو،": one time in two forms
        while k > sent.start and (k in dated or doc[k].norm_ in equals):
            k -= 1
        return k > sent.start and doc[k].text == "،" and span.end < own[0] \
            and doc[span.end].text == "،" and own[0] - span.end <= 2 \
            and not any(t.text in CLAUSE_BREAKS or t.ent_type_ for t in doc[span.end + 1:own[0]])

    def _heading_date(self, doc, sent) -> tuple | None:
        """A date that heads its line ("- 13 مارس: …", a chronology) dates what the line tells."""
        for span in doc.spans.get("dates", []):
            if sent.start <= span.start < sent.end and span._.value and span._.value.get("date"):
                lead = [t.text for t in doc[sent.start:span.start]]
                if all(t in {"-", "–", "—", "•", "*"} for t in lead) and span.end < sent.end \
                        and doc[span.end].text in {":", "："}:
                    return 0, span._.value
                return None
        return None

    @staticmethod
    def _possessed(tok) -> bool:
        """An indefinite noun with a possessive pronoun written on it (مستواه، عطائها، جاهزيتهم), not an entity."""
        text = tok.text
        return not tok.ent_type_ and not text.startswith("ال") and len(text) > 3 and text.endswith(("ه", "ها", "هم"))

    # -- identity ------------------------------------------------------------
    def _same(self, a: _Event, b: _Event) -> bool:
        if a.edition is not None and b.edition is not None and a.edition != b.edition:
            return False            # "الجولة الافتتاحية" is not "الجولة الثانية"
        if a.kind != b.kind and not {a.kind, b.kind} <= self.gatherings and not (a.orgs and set(a.orgs) & set(b.orgs)):
            return False            # a visit in Riyadh is not the meeting held there
        if not compatible(a.date, b.date) or a.earlier != b.earlier \
                or (a.kind in self.never_anaphoric) != (b.kind in self.never_anaphoric):
            return False            # a text (بيان، مبادرة) is not the meeting that made it
        if self._preparatory(a) != self._preparatory(b):
            return False            # "القمة التحضيرية" is not the summit it prepares
        if a.planned != b.planned and (a.next_session or b.next_session):
            return False            # "بعد لقاء مع نوفاك …، وتعقد أوبك اجتماعها المقبل": the next one is another
        if (a.kind == b.kind or {a.kind, b.kind} <= self.gatherings) and a.region & b.region and (_bare(a) or _bare(b)):
            return True             # "القمة العربية" told again without its place is the summit of the article
        if {normalize(t) for t in a.titles + a.slogans} & {normalize(t) for t in b.titles + b.slogans}:
            return a.edition == b.edition or None in (a.edition, b.edition)
        if a.kind == b.kind and a.kind in self.named_only and self._shared_name(a, b):
            return a.edition == b.edition or None in (a.edition, b.edition)     # "الاتفاق النووي" told twice
        if a.kind == b.kind and a.reach and a.reach == b.reach and a.edition == b.edition:
            return True             # "اتفاق الشراكة عبر المحيط الهادي" is "اتفاقية التبادل الحر عبر المحيط الهادي"
        if a.kind == b.kind and a.kind in self.held_by_state_word and a.country and a.country == b.country:
            # of one country, elections of one sort: "الانتخابات الرئاسية الأميركية" is "الانتخابات الرئاسية
            # والتشريعية في الولايات المتحدة", not "الانتخابات البلدية"
            sorts = [{w.removeprefix("و") for n in ev.names for w in normalize(n).split()} & self.modifiers for ev in (a, b)]
            return bool(sorts[0] & sorts[1]) or not (sorts[0] and sorts[1])
        if a.participants and b.participants and not set(a.participants) & set(b.participants):
            return False            # in one city on one day, a meeting with Kerry and one with Lavrov
        if (a.met or b.met) and (parties := [{_loose(k) for k in ev.participants} for ev in (a, b)]) \
                and parties[0] - parties[1] and parties[1] - parties[0]:
            return False            # "التقى الأمير X … الرئيس Y" and then "اجتمع الأمير X … مع Z": two meetings of X
        if a.met != b.met and not (a.participants and b.participants):
            return False            # "اجتماع بين الجانبين" in Jeddah is not "التقى الشيخ X بالملك Y في جدة"
        bodies = [{k for k in ev.orgs + ev.participants if k.startswith("org:")} for ev in (a, b)]
        if bodies[0] and bodies[1] and not bodies[0] & bodies[1]:
            return False            # in one city, a meeting of NATO and one of the Syrian opposition
        if a.words and b.words and not a.words & b.words:
            return False            # "الاجتماع التشاوري" and "الاجتماع المشترك" of one city
        if a.city_key and b.city_key:
            return a.city_key == b.city_key and (a.kind == b.kind or bool(set(a.orgs) & set(b.orgs))
                                                 or not (a.titles and b.titles) and not (a.words or b.words)
                                                 or {a.kind, b.kind} <= self.gatherings and (_city_only(a) or _city_only(b)))
        if a.orgs and set(a.orgs) & set(b.orgs) and a.kind == b.kind:
            return True
        # "لقاء رؤساء أجهزة الأمن" is "الاجتماع الـ14 لرؤساء أجهزة الأمن" told again without its place
        return bool(a.words & b.words) and a.kind in self.gatherings and b.kind in self.gatherings and \
            not (a.city_key and b.city_key) and (a.edition == b.edition or None in (a.edition, b.edition))

    def _spoken_interview(self, doc: Doc, ev: _Event) -> bool:
        """Whether the event's only party is one person met "في لقاء مع" or "خلال لقاء مع", who speaks right after
        his name, the verb's subject unsaid ("وفي لقاء مع مدير المسرح X أوضح أن …"), or "كان هذا اللقاء مع X": the
        reporter met him; no meeting of interest ("…، قال الوزير الأمريكي إن" is another speaker's)."""
        if len(ev.participants) != 1 or not ev.participants[0].startswith("person:") or ev.orgs or ev.titles \
                or len(ev.spans) != 1:
            return False
        start, end, _ = ev.spans[0]
        k = start - 1
        if k > 0 and doc[k].norm_ in self.anaphors and start + 1 < end and doc[start + 1].norm_ == "مع" \
                and any(t.norm_ in self.own_interview for t in doc[max(0, k - 3):k]):
            return True         # "حول هذه الجائزة كان هذا اللقاء مع المهندس X": the article's own interview
        if start == 0 or doc[start - 1].norm_ not in self.interview_openers or end >= len(doc):
            return False
        after = end + (doc[end].text in ("،", ","))
        # the verb's own subject dropped: what he said follows at once ("أوضح أن"، "قال: …")
        return after + 1 < len(doc) and doc[after].norm_ in self.report_verbs \
            and (doc[after + 1].norm_ in self.complementizers or doc[after + 1].text in QUOTES_OPEN | {":"})

    def _preparatory(self, ev: _Event) -> bool:
        """Whether a mention names a preparatory event ("اجتماع تحضيري للقمة", "القمة التحضيرية")."""
        return bool(ev.words & self.preparatory)

    @staticmethod
    def _shared_name(a: _Event, b: _Event) -> bool:
        """Both mentions bear one name of two words or more (an agreement or operation is known by its name)."""
        names = {normalize(n) for n in a.names if " " in n}
        return bool(names & {normalize(n) for n in b.names if " " in n})

    def _attach(self, events: list[_Event], found: _Event) -> None:
        for ev in reversed(events):
            if self._same(ev, found):
                self._enrich(ev, found)
                return
        found.index = len(events)
        events.append(found)

    @staticmethod
    def _enrich(ev: _Event, other: _Event) -> None:
        ev.spans.extend(other.spans)
        ev.names.extend(other.names)                 # parallel to spans
        ev.titles.extend(t for t in other.titles if t not in ev.titles)
        ev.slogans.extend(t for t in other.slogans if t not in ev.slogans)
        ev.state_words.extend(t for t in other.state_words if t not in ev.state_words)
        ev.orgs.extend(o for o in other.orgs if o not in ev.orgs)
        ev.participants.extend(p for p in other.participants if p not in ev.participants)
        ev.aliases.extend(a for a in other.aliases if a not in ev.aliases)
        ev.words |= other.words
        ev.reach = ev.reach or other.reach
        ev.named = ev.named or other.named
        ev.region |= other.region
        ev.alone = ev.alone or other.alone
        ev.upcoming = ev.upcoming or other.upcoming
        ev.next_session = ev.next_session or other.next_session
        ev.own_place = ev.own_place or other.own_place
        ev.own_title = ev.own_title or other.own_title
        ev.known = ev.known or other.known
        ev.met = ev.met and other.met
        ev.own_topic = "definite" if "definite" in (ev.own_topic, other.own_topic) else ev.own_topic or other.own_topic
        ev.topic = ev.topic or other.topic
        for attr in ("city", "city_key", "country", "edition"):
            if getattr(ev, attr) is None and getattr(other, attr) is not None:
                setattr(ev, attr, getattr(other, attr))
        if ev.date is None and other.date:
            ev.date, ev.end_date = other.date, other.end_date
        ev.planned = ev.planned or other.planned
        ev.held = ev.held or other.held
        ev.supposed = ev.supposed or other.supposed
        ev.last_sentence = max(ev.last_sentence, other.last_sentence)

    @staticmethod
    def _words_at(doc: Doc, positions: range, phrases: list[list[str]]) -> bool:
        """Whether one of the phrases (lists of normalised words) starts at one of the positions."""
        return any([t.norm_ for t in doc[k:k + len(words)]] == words for k in positions for words in phrases)

    @staticmethod
    def _refers_to_dismissed(dismissed: list[tuple[str, int]], kind: str, events: list[_Event]) -> bool:
        """Whether a bare mention of this kind refers to a trigger that named no event ("مؤتمر صحفي"),
        told after every event of its kind so far."""
        last = max((s for k, s in dismissed if k == kind), default=None)
        return last is not None and not any(e.kind == kind and e.last_sentence >= last for e in events)

    def _antecedent(self, events, probe: _Event, sent, ent_at, forward=False) -> _Event | None:
        """The event an anaphoric mention refers to."""
        if not events:
            return None
        # (not a place in a title: "رئيس بعثة مجلس التعاون في اليمن السفير X" is where he serves)
        titled = self._role_tokens(sent.doc)
        placed = [e for e in sent.ents if e.start not in titled]
        sentence_places = {place_of(e)[1] for e in placed if place_of(e)} | {state_of(e) for e in placed if state_of(e)}
        sentence_orgs = {e._.key for e in sent.ents if e.label_ == "ORG"}
        s_idx = probe.first_sentence

        def score(ev: _Event) -> tuple:
            # a shared place or organiser says more than the trigger word ("مؤتمرين": a meeting is also a conference)
            places = {ev.city_key, ev.country} - {None}
            return (
                (probe.kind == ev.kind) * 2 + bool(places & sentence_places) * 3 + bool(set(ev.orgs) & sentence_orgs) * 3,
                -abs(s_idx - (ev.first_sentence if forward else ev.last_sentence)),
            )
        # "الدورة السابقة" is not what "الدورة" now means; "المؤتمر" is a gathering, never a visit or a ceremony
        # and never one its own date contradicts ("الانتخابات في أكتوبر المقبل" is not those of next year's November)
        # forward, only one of its own kind ("وتم خلال الاجتماع بحث … مخرجات مؤتمر الحوار الوطني": the meeting
        # the article reports, not the conference of 2013 it speaks of)
        candidates = [e for e in ([e for e in events if e.kind == probe.kind] if forward
                                  else [e for e in events if e.first_sentence <= s_idx])
                      if e.earlier == probe.earlier and self._preparatory(e) == self._preparatory(probe)
                      and (e.kind == probe.kind or {e.kind, probe.kind} <= self.gatherings)
                      and compatible(e.date, probe.date) and (e.kind == probe.kind or not _bare(e))]
        head = (normalize(probe.names[0]).split() or [""])[0].removeprefix("ال") if probe.names else ""
        if head in self.celebration_words and self._after_celebration(sent.doc, events, probe.spans[0][0]):
            return None     # "احتفل المكتب بافتتاح القناة … وحضر الحفل X": the celebration, not the opening it celebrates
        if probe.kind in self.same_kind_anaphors:
            # "المفاوضات", "الجلسة": the talks or the sitting told before, not the conference they belong to
            # ("جلسة مباحثات" is the talks of a later "المباحثات")
            candidates = [e for e in candidates if e.kind == probe.kind
                          or any(head in normalize(n).split() for n in e.names)]
        if probe.kind in self.named_only or any(e.kind in self.named_only for e in candidates):
            # "العملية" is the operation, never the meeting; "المؤتمر" never the agreement
            candidates = [e for e in candidates if (e.kind in self.named_only) == (probe.kind in self.named_only)
                          and (probe.kind not in self.named_only or e.kind == probe.kind)]
        if not candidates:
            return None
        best = max(candidates, key=score)
        best.last_sentence = max(best.last_sentence, s_idx)
        return best

    def _after_celebration(self, doc: Doc, events: list[_Event], before: int) -> bool:
        """Whether the last event mention before token `before` is written as what a celebration is for ("احتفل
        المكتب بالرياض بافتتاح القناة"): a celebration told next is that one, which no event names."""
        start = max((sp[0] for ev in events for sp in ev.spans if sp[0] < before), default=None)
        return start is not None and celebrated(doc, start, doc[start].sent.start, self.celebrated)

    # -- output --------------------------------------------------------------
    def _write(self, doc: Doc, events: list[_Event]) -> None:
        """Register every anchored event (a title, topic, place, date, participants, body or edition;
        "عقد اجتماعا" alone is none) with its spans; an unanchored one yields nothing."""
        registry = entities(doc)
        doc_id = (doc._.meta or {}).get("doc_id", "doc")
        doc_date = (doc._.meta or {}).get("date")
        # what the document names: entities, and the states of its state bodies ("البرلمان الإيراني")
        named = set(registry) | {e["props"]["state"] for e in registry.values() if e.get("props", {}).get("state")}
        spans, keys = [], []
        for ev in events:
            series = next((t for t in ev.titles if t not in ev.state_words and t not in ev.slogans), None)
            by_topic = ev.kind in self.named_by_topic and (ev.own_topic == "definite" or ev.own_topic and bool(
                ev.date or ev.participants or ev.orgs))
            if ev.kind in self.named_only and not (ev.own_title or ev.own_place or ev.named or by_topic) \
                    or ev.kind == "event":
                continue        # a generic noun ("الحدث", "التظاهرة") only refers to an event named elsewhere
            if ev.kind in self.with_actor and (not (ev.participants or self._visitors(doc, ev)) or self._to_facility(doc, ev)) \
                    or self._tour_of_facility(doc, ev):
                continue        # "زيارة المسجد النبوي", "زيارة لوزارة العدل": nobody named visits; "زيارة الوزير لمجمع الأمل": an inspection
            if ev.kind in self.interview and not ev.participants[1:] and not ev.titles and not ev.words \
                    and all(p.startswith("person:") or self._medium(registry, p) for p in ev.participants) \
                    and (ev.participants or ev.orgs):
                continue        # "حوار مع الأمير فلان", "حوار لـ«عكاظ»": an interview
            if ev.kind in self.interview and self._press_interview(doc, ev, registry):
                continue        # "أجرت صحيفة «…» حوارا مع الوزير", "حوار مطول مع «الشرق الأوسط»": an interview
            if ev.kind in self.spoken_interview and self._spoken_interview(doc, ev):
                continue        # "وفي لقاء مع مدير المسرح X أوضح أن …": the reporter's interview
            if ev.kind in self.spoken_interview and len(ev.participants) == 1 and ev.participants[0].startswith("person:") \
                    and not ev.orgs and self._conducted_impersonally(doc, ev):
                continue        # "كما تم إجراء لقاء مع مدير الفعاليات X": the reporter's interview
            if ev.kind in self.media_interview and (not ev.titles and (ev.orgs and all(
                    self._medium(registry, k) for k in ev.orgs + ev.participants) or self._with_press(doc, ev))
                    or self._with_medium(doc, ev, registry)):
                continue        # "التقت «سبق» عددا من المتنزهين", "خلال لقاء قناة العربية", "في لقاء مع «سبق»": a
                # medium's interview
            start = ev.spans[0][0]
            if start > 0 and doc[start - 1].norm_ in ANY and not (ev.participants or ev.titles or ev.orgs):
                continue        # "ليس من المقرر إقامة أي احتفال في هافانا": no celebration in particular
            if normalize(self._bare_trigger(doc, ev) or "") in self.needs_more_than_date and not (series or ev.city or ev.country or ev.participants
                                                             or ev.orgs or ev.named):
                continue        # "جلسة أمس": a trading, court or parliament sitting
            if ev.names and all(normalize(n) in self.needs_more_than_place for n in ev.names) \
                    and not (series or ev.date or ev.participants or ev.orgs or ev.named or ev.edition is not None):
                continue        # "من خلال لقاءات وحوارات مع زوار المهرجان": meetings of some kind somewhere
            if by_topic and not ev.topic:       # "الاتفاق النووي" is about "النووي": what names it
                phrases = [n for n in ev.names + ev.aliases if " " in n]
                ev.topic = min(phrases, key=len).split(" ", 1)[1] if phrases else None
            if (ev.kind in self.placed_by_name or ev.known) and not ev.own_place:
                ev.city = ev.city_key = ev.country = None     # "… الاتفاق في ليبيا": where it applies
            known = self.well_known.match(ev.names + ev.aliases + ev.titles, ev.kind, ev.participants, named, doc_date)
            if not (known or series or ev.slogans or ev.alone or ev.named and ev.upcoming
                    or ev.own_topic == "definite" and by_topic and self._names_by_topic(ev.topic)
                    or ev.city or ev.country or ev.date or ev.participants or ev.orgs and ev.kind not in self.stands
                    or ev.edition is not None and (ev.words or ev.region)):
                continue        # a topic or a bare edition ("حوار حول …", "الدورة الثالثة") names no particular event;
                                # "القمة الخليجية السادسة والثلاثون" does; an exhibition named by its exhibitor
                                # alone ("معرض وزارة الثقافة") is a stand; an agreement named by one word of what it
                                # is about ("اتفاق الشراكة"، "الاتفاق النووي") needs its parties, place or date, while
                                # "معاهدة منع الانتشار النووي" is named
            key = known or f"event:{doc_id}#{ev.index}"
            # a noun phrase names the event better than its verb ("اجتماع مراكش", not "يجتمع التحالف"),
            # and a phrase that says more than the trigger better than the bare trigger
            explicit = [n for (s, e, ana), n in sorted(zip(ev.spans, ev.names), key=lambda sn: doc[sn[0][0]].norm_ in self.verb_kind)
                        if not ana] or ev.names
            explicit = sorted(explicit, key=lambda n: len(n.split()) < 2)
            if series is None and ev.slogans and not self._says_more(explicit[0]):
                # "ملتقى تحت شعار «…»": named by its slogan for want of more; what it is about says more
                # ("المؤتمر العالمي لمواجهة مرض السمنة … تحت شعار «الشراكة في التغيير»")
                explicit.insert(0, f"{explicit[0]} {ev.topic}" if ev.topic else ev.slogans[0])
            elif series is None and ev.purpose and not self._says_more(explicit[0]) \
                    and normalize(explicit[0]).startswith("ال"):
                # "المؤتمر الدولي لتشخيص وعلاج الأجنة": what it is for tells which one the generic phrase is (of an
                # indefinite one, "مؤتمر لمتابعة نتائج هذا المؤتمر", it only describes it)
                explicit.insert(0, f"{explicit[0]} {ev.purpose}")
            # "قمة الولايات المتحدة وأفريقيا" is named by its mention, not by the state in it
            if ev.edition is not None:
                name = explicit[0]
                aliases = [n for n in explicit if n != name]
            else:
                name = series or explicit[0]
                aliases = [t for t in ev.titles[1:]] + explicit
            aliases += ev.aliases + ev.names + ev.slogans
            if ev.city:
                bare = self._bare_trigger(doc, ev)
                if bare:
                    aliases.append(f"{bare} {ev.city}")         # "اجتماع الدوحة", "قمة عنتيبي"
            aliases = [a for a in dict.fromkeys(aliases)
                       if a and a != name and (len(a.split()) > 1 or normalize(a) not in self.generic_words)]
            props = {"kind": ev.kind, "city": ev.city, "city_key": ev.city_key, "country": ev.country,
                     "date": ev.date, "end_date": ev.end_date, "edition": ev.edition,
                     "series": series if ev.edition is not None else None, "title": series, "topic": ev.topic,
                     "slogan": ev.slogans[0] if ev.slogans else None,
                     "organizers": ev.orgs, "participants": ev.participants,
                     "planned": _to_come_by_date(ev, doc_date, self.well_known.events[known] if known else None),
                     "signed": ev.signed,
                     **lexicon.coordinates().get(ev.city_key, {})}            # its city's lat, lon (for maps)
            entity = {"key": key, "type": "Event", "name": name, "aliases": sorted(aliases),
                      "name_en": None, "props": {k: v for k, v in props.items() if v not in (None, [], False)}}
            registry[key] = self._as_known(entity, known, registry.get(key)) if known else entity
            for start, end, anaphoric in ev.spans:
                spans.append(Span(doc, start, end, label="EVENT"))
                keys.append((key, anaphoric))
        doc.spans["events"] = spans
        for span, (key, anaphoric) in zip(doc.spans["events"], keys):
            span._.key = key
            span._.value = {"anaphoric": anaphoric, "start": mention_start(span)}

    def _as_known(self, entity: dict, known: str, before: dict | None) -> dict:
        """A well-known event's entity: its canonical name, English name, date and city (where it was signed
        or begun; its country only if the text names it, here or in the event's name, so no HELD_IN the text
        does not tell), the text's names as aliases."""
        e, props = self.well_known.events[known], entity["props"]
        aliases = {entity["name"], *entity["aliases"], *(before["aliases"] if before else ())} - {e["name"]}
        place = self.places.get(e.get("place"), {})
        props.update({"title": e["name"], "date": e.get("date"), "end_date": e.get("end_date"), "known": True})
        if place:                           # else the city the text gives stays
            props.update({"city": place.get("name"), "city_key": e.get("place"), **lexicon.coordinates().get(e.get("place"), {})})
            if place.get("state") and any(normalize(place["name"]) in normalize(n) for n in (entity["name"], *entity["aliases"])):
                props["country"] = place["state"]   # the text names the city in the event's name: "معرض إكسبو ميلانو"
        if before:                          # a second mention in the document: what either says
            props["planned"] = props.get("planned", False) and before["props"].get("planned", False)
            for role in ("organizers", "participants"):
                props[role] = list(dict.fromkeys(before["props"].get(role, []) + props.get(role, [])))
            props = {**before["props"], **{k: v for k, v in props.items() if v not in (None, [])}}
        return {**entity, "name": e["name"], "aliases": sorted(aliases), "name_en": e["name_en"],
                "props": {k: v for k, v in props.items() if v not in (None, [], False)}}

    def _says_more(self, name: str) -> bool:
        """Whether a noun phrase says more than its trigger and generic modifiers ("ملتقى الشباب", not "مؤتمر دولي")."""
        return any(normalize(w) not in self.generic_words for w in name.split()[1:])

    def _visitors(self, doc, ev: _Event) -> list[str]:
        """The organisations of a visit's phrase that visit: not one after إلى/ل ("زيارة لوزارة العدل") nor a
        facility ("زيارة مركز صحي المندق"), which are where it goes."""
        start, end = ev.spans[0][0], ev.spans[0][1]
        where = set()
        for ent in doc[start:min(len(doc), end + POSSESSED_AFTER)].ents:
            first = doc[ent.start]
            linked = ent.start > 0 and normalize(doc[ent.start - 1].text) in self.destination_links \
                or particle(first) == "ل"
            if ent.label_ == "ORG" and (linked or first.norm_ in self.facilities):
                where.add(ent._.key)
        return [k for k in ev.orgs if k not in where]

    def _tour_of_facility(self, doc, ev: _Event) -> bool:
        """Whether a tour is an inspection, no event: one goes round a facility ("زار المدرسة في جولة على أقسام
        المستشفى"), over something ("جولة على مواقع الوحدات") or makes it ("قام بجولة في المعرض", "جولة يقوم
        بها"); a round of talks is held ("عقدت جولة جديدة من المحادثات")."""
        start, end = ev.spans[0][0], ev.spans[0][1]
        if doc[start].norm_.removeprefix("ال") not in self.tours:
            return False
        if end < len(doc) and normalize(doc[end].text) in self.tour_over:
            return True
        if any(doc[k].norm_ in self.tour_made_with and normalize(doc[k + 1].text) == "بها"
               for k in range(start + 1, min(len(doc) - 1, end + 1))):
            return True         # "جولة تقوم بها الشركة في المملكة": what the company makes
        if particle(doc[start]) == "ب":
            for k in range(start - 1, max(0, start - 12) - 1, -1):     # "قام (مدير عام الشؤون الإعلامية X) بجولة"
                if doc[k].norm_ in self.tour_made_with:
                    return True
                if doc[k].text in CLAUSE_BREAKS or doc[k].text == "،" or self._trigger_kind(doc[k]):
                    break
        for k in range(end, min(len(doc), end + 3)):
            if doc[k].norm_ in self.facilities and (normalize(doc[k - 1].text) in self.tour_links or particle(doc[k]) == "ب"):
                return True
            if doc[k].text in CLAUSE_BREAKS or doc[k].text == "،" or doc[k].ent_type_:
                return False
        return False

    def _to_facility(self, doc, ev: _Event) -> bool:
        """Whether a visit's destination, after إلى/ل within a few words of its phrase, is a facility."""
        end = ev.spans[0][1]
        for k in range(end, min(len(doc), end + POSSESSED_AFTER)):
            tok = doc[k]
            if tok.text in CLAUSE_BREAKS or tok.text == "،":
                return False
            linked = normalize(doc[k - 1].text) in self.destination_links or particle(tok) == "ل"
            if linked and tok.norm_ in self.facilities:
                return True
        return False

    def _press_interview(self, doc, ev: _Event, registry: dict) -> bool:
        """Whether a dialogue is a newspaper's or a channel's interview: a medium among who takes part, or a
        press word in its phrase or in its clause before its first mention."""
        if any(self._medium(registry, k) for k in ev.participants + ev.orgs):
            return True
        start, end = ev.spans[0][0], ev.spans[0][1]
        k = start - 1
        while k >= max(0, start - 12) and doc[k].text not in CLAUSE_BREAKS and doc[k].text != "،" \
                and doc[k].norm_ not in self.complementizers:
            k -= 1
        return any(t.norm_ in self.press_words for t in doc[k + 1:end + 3])

    def _conducted_impersonally(self, doc, ev: _Event) -> bool:
        """Whether the event's first phrase follows an impersonal verb of conducting ("تم إجراء لقاء مع …")."""
        start = ev.spans[0][0]
        return any(start - len(words) >= doc[start].sent.start
                   and [normalize(t.text) for t in doc[start - len(words):start]] == words
                   for words in self.impersonal_conducting)

    def _with_press(self, doc, ev: _Event) -> bool:
        """Whether an event's first phrase is held with a news medium ("لقاء مع قناة سكاي نيوز") or conducted by the
        press ("وأجرى المركز الإعلامي لقاء مع مدير قسم الإنارة"): an interview."""
        start, end = ev.spans[0][0], ev.spans[0][1]
        before = doc[max(doc[start].sent.start, start - 4):start]
        if any(t.norm_ in self.conduct_verbs for t in before) and any(t.norm_ in self.conductors for t in before):
            return True         # "وأجرى المركز الإعلامي لقاء مع …": the press conducts it
        return any(doc[k].norm_ == "مع" and doc[k + 1].norm_ in self.press_words
                   for k in range(start, min(end + 1, len(doc) - 1)))

    def _with_medium(self, doc, ev: _Event, registry: dict) -> bool:
        """Whether the first phrase of a meeting goes on with مع and a news medium's name, quoted or not ("لقاء مع
        «سبق»": what it said to the paper is an interview, even when the quotes read as its title), or ends right
        before a medium's name in quotes or brackets ("كشفت جولة (عكاظ) أن …": the paper's own reporting)."""
        start, end = ev.spans[0][0], ev.spans[0][1]
        k = next((k for k in range(start + 1, min(end + 1, len(doc) - 1)) if doc[k].norm_ == "مع"), None)
        j = end if k is None else k + 1
        if j >= len(doc) - 1:
            return False
        opened = doc[j].text in QUOTES_OPEN or doc[j].text == "("
        if k is None and not opened:
            return False
        j += opened
        return any(e.start <= j < e.end and self._medium(registry, e._.key) for e in doc.ents)

    @staticmethod
    def _medium(registry: dict, key: str) -> bool:
        """Whether an entity is a newspaper, channel or news agency."""
        return (registry.get(key) or {}).get("props", {}).get("kind") == "media"

    def _bare_trigger(self, doc, ev: _Event) -> str | None:
        """The trigger of the event's first explicit noun mention without article and case ending ("قمة")."""
        for start, end, anaphoric in ev.spans:
            for k in range(start, end):
                norm = doc[k].norm_
                if self._trigger_kind(doc[k]) == ev.kind:
                    text = strip_marks(doc[k].text[doc[k]._.clitic:])
                    text = text[2:] if normalize(text).startswith("ال") else text
                    text = text[2:] if normalize(text).startswith("لل") else text
                    return text[:-1] if normalize(text) in self.accusative else text
                if norm in self.verb_kind:
                    break
        return None


def _singular_forms(norm: str) -> list[str]:
    """A noun and the singulars its dual or plural ending may stand for ("دورتين" -> "دوره", "موضوعين" -> "موضوع")."""
    return [norm] + [norm[:-len(x)] + y for x, y in (("تين", "ه"), ("تان", "ه"), ("ات", "ه"), ("ين", ""), ("ان", ""))
                     if norm.endswith(x) and len(norm) - len(x) >= 3]


def _parenthesized(doc: Doc, i: int, limit: int) -> tuple[int, str] | None:
    """If token i opens parentheses closed within `limit` tokens of its sentence, words inside: (end token, inner
    text) ("بعنوان (فن الإلقاء)": how the press also sets off a title)."""
    if doc[i].text != "(":
        return None
    for j in range(i + 2, min(len(doc), i + limit)):
        if doc[j].is_sent_start or doc[j].text == "(":
            return None
        if doc[j].text == ")":
            return j + 1, doc[i + 1:j].text
    return None


def _city_only(ev: _Event) -> bool:
    """A gathering named by its city alone ("اجتماع الخرطوم", "الاجتماع الأخير بالقاهرة"): in one document, the one
    held there ("الجولة السابعة … في الخرطوم")."""
    return ev.own_place and not (ev.words or ev.titles or ev.participants or ev.orgs or ev.edition is not None
                                 or ev.date or ev.topic)


def _bare(ev: _Event) -> bool:
    """Whether an event is named by a regional adjective alone ("القمة العربية"): no place, date, edition,
    title or party of its own."""
    return ev.named and not (ev.city_key or ev.country or ev.date or ev.edition is not None or ev.titles
                             or ev.slogans or ev.participants or ev.orgs or ev.upcoming)


def _between(own: tuple[int, int], span: Span) -> tuple[int, int]:
    """The tokens between the token range own and a span before or after it, as (start, end)."""
    return (span.end, own[0]) if span.end <= own[0] else (own[1], span.start)


def _distance(own: tuple[int, int], span: Span) -> int:
    """How far a span is from the token range own: 1 when adjacent, 0 when they overlap."""
    if span.end <= own[0]:
        return own[0] - span.end + 1
    return max(0, span.start - own[1] + 1)


@Language.factory("athar_events")
def make_event_recognizer(nlp: Language, name: str) -> EventRecognizer:
    """Factory for the event recognizer (data: extract/lang/events.json)."""
    return EventRecognizer(nlp, name)


def _balanced_quotes(name: str) -> str:
    """The name without quotes around it or left open: "«عاصفة الحزم»" -> "عاصفة الحزم", while a quoted word inside
    keeps its pair ("زيارة وفد حركة «حماس»"); a guillemet the name does not close goes ("مؤتمر ل«التعايش")."""
    name = name.strip(" .،,")
    while len(name) > 2 and name[0] in QUOTES_OPEN and name[-1] in QUOTES_CLOSE \
            and sum(name.count(q) for q in "«“„") <= 1 and name[1:-1].count('"') == 0:
        name = name[1:-1].strip(" .،,")     # one pair around the whole name
    if name.count("«") != name.count("»"):
        name = name.replace("«", "").replace("»", "")
    if name.count('"') % 2:
        name = name.replace('"', "")
    return name.strip("“”'‘’„ .،,").strip()


def _verb_form(word: str, verbs: set[str]) -> bool:
    """Whether a word is one of these verbs, also with an object pronoun of up to two letters ("احتضنتها",
    "استضافته")."""
    return any(word.startswith(v) and len(word) <= len(v) + 2 for v in verbs)


def _to_come_by_date(ev: _Event, doc_date: str | None, known: dict | None = None) -> bool:
    """Whether an event is to come: one that was to be ("كان من المقرر أن …") unless told held; its date after the
    article's at the date's own precision ("يوم غد", "بعد غد", "عام 2016") unless a past verb tells it held; held
    when it and its end are before it ("أمس الأول", "في يوليو الماضي"), whatever a future word of another noun says
    ("لجنة الاستعداد للعام الدراسي القادم"); else as its sentence tells (one told held is no more to come). A
    well-known event (known: its entry in known_events.json) is to come exactly when its own date is after the
    article's («سنحتفل بافتتاح قناة السويس الجديدة» in July 2015), whatever the text's tense."""
    side = side_of(known.get("date"), known.get("end_date"), doc_date) if known else 0
    if side:
        return side > 0
    if ev.supposed and not ev.held:
        return True                                     # "كان من المفترض أن تبدأ جولة ثانية … الجمعة"
    side = side_of(ev.date, ev.end_date, doc_date)
    if side > 0 and not ev.held:                        # "محادثات جرت في موسكو في يناير": told held
        return True
    if side < 0:
        return False
    return ev.planned and not ev.held


def _loose(key: str) -> str:
    """A participant's key with no article on its words: "مسعود البارزاني" and "مسعود بارزاني" are one man."""
    return "_".join(w.removeprefix("ال") for w in key.split("_"))


def _opens_quote(doc: Doc, start: int, end: int) -> bool:
    """Whether a quotation opens between tokens start and end and is still open at end: what is told inside
    it is not placed or dated by what its speaker's clause says before it."""
    quote = next((k for k in range(start, end) if doc[k].text in OPENING_ONLY), None)
    return quote is not None and not any(t.text in CLOSING_ONLY for t in doc[quote:end])


def _dateline(doc: Doc, sent: Span, ent: Span) -> bool:
    """Whether a name opens its sentence before a dash or colon, or ends a byline before a colon ("فايز
    الأسمري- سبق- الرياض:"): the city a report was filed from."""
    if ent.end >= sent.end or doc[ent.end].text not in DATELINE_MARKS:
        return False
    return ent.start <= sent.start + 1 or ent.start <= sent.start + BYLINE and doc[ent.end].text == ":" \
        and doc[ent.start - 1].text.endswith(tuple(DATELINE_MARKS))


THIRD_PERSON_FUTURE = FUTURE_PREFIXES[:2]


def _number(word: str) -> int | None:
    """The number of "36", "ال36" (an edition written "الـ36"), else None."""
    digits = word.removeprefix("ال")
    return int(digits) if digits.isdigit() and len(digits) <= 4 else None


def _arabic_word(word: str) -> bool:
    return bool(word) and all("\u0621" <= ch <= "\u064a" for ch in word)


def _adjective(word: str) -> bool:
    """An indefinite relational adjective ("تحضيري", "ثلاثية", "دوليا") agreeing with an indefinite noun."""
    return word.endswith(("ي", "يه", "يا", "يين", "يان"))
