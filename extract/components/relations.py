"""Relations between actors and events, with polarity, modality and evidence.

Reads the entity, role, event, date and amount spans of the earlier
components and writes doc._.facts. Each relation family is one method; its
words are data (extract/lang/relations.json). Arguments are found the way
Arabic news phrases them: verb-first (VSO) and subject-first clauses,
coordinated lists ("أ، وب، وج"), nominal triggers ("بحضور", "بمبادرة من",
"على نفقة"), appositive roles ("وزير الخارجية المغربي ناصر بوريطة"), and a
discourse memory for what a sentence leaves implicit: the salient event
("المؤتمر" two sentences later), the subject of the previous sentence
("وأشار إلى أن …"), an open sanctions measure ("واستهدف الإجراء كلا من …").

Every fact carries negated (a cue such as عدم/لم/دون before its trigger),
modality (planned: future verb or cue; reported: a source cue such as
بحسب/كشفت) and the character span of its evidence.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import lexicon
from ..confidence import Confidence
from ..arabic import ANY, SHADDA, normalize, strip_marks
from ..lexicon import norm
from ..dates import relative_day_nouns
from ..isodate import side_of
from ..doc_ext import (celebrated, chrome_tokens, entities, mention_start, particle, place_of, purpose_noun,
                       token_norms, written_onto)
from ..model import RELATIONS
from ..names import THIRD_PERSON_SUFFIXES, construct_title, known_person

QUOTES = {"«", "»", '"', "“", "”", "'", "‘", "’", "(", ")"}
CLOSERS = {"»", "”", "’", ")"}     # marks that only close a quotation or a parenthesis
TYPE_OF_LABEL = {"STATE": "State", "ORG": "Organization", "PERSON": "Person"}
ILA, AN, GHAYR = normalize("إلى"), normalize("أن"), normalize("غير")      # compared with token.norm_, which is normalised ("الي", "ان")


# Kinds of organisation that belong to the state the gazetteer or their name gives: ministries,
# agencies, parliaments, central banks, state armed forces (not parties, media, companies or armed groups).
STATE_BODY_KINDS = frozenset({"ministry", "government_body", "bank", "armed_forces"})
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "نا", "ني")      # attached object pronouns ("إنها", "أنهم")


@dataclass
class Arg:
    """An actor occurring in a sentence (tokens start..end)."""

    start: int
    end: int
    key: str
    type: str
    via: str = "name"        # name | demonym | capital | role | person
    place: bool = False      # a city: only ever the host, through its state


class WordSet:
    """Words as token.norm_ gives them (lexicon.norm); entries ending in * also match up to three more letters.

    A starred entry with a particle ("لاستضافة*") also matches as written: the normaliser keeps the particle
    of an inflected form ("لاستضافتها"), which the vocabulary does not list.
    """

    def __init__(self, words):
        self.exact, self.prefixes = set(), []
        for w in words:
            if w.endswith("*"):
                self.prefixes += dict.fromkeys((norm(w[:-1]), normalize(w[:-1])))
            else:
                self.exact.add(norm(w))
        self._prefix_set = set(self.prefixes)
        self._seen: dict[str, bool] = {}      # every token asks: answers are cached per word

    def __contains__(self, norm: str) -> bool:
        found = self._seen.get(norm)
        if found is None:
            # "وانضمت": the normaliser strips a conjunction only before a word the lexicon lists,
            # and the inflected forms of a starred entry are not listed
            found = norm in self.exact or self._prefixed(norm) or (
                norm[:1] in ("و", "ف") and len(norm) > 4 and self._prefixed(norm[1:]))
            if len(self._seen) < 200_000:
                self._seen[norm] = found
        return found

    def _prefixed(self, norm: str) -> bool:
        return any(norm[:n] in self._prefix_set for n in range(max(len(norm) - 3, 0), len(norm) + 1))

    @classmethod
    def union(cls, *sets: WordSet) -> WordSet:
        """One set matching what any of sets matches (one lookup instead of one per set)."""
        out = cls(())
        for ws in sets:
            out.exact |= ws.exact
            out.prefixes += ws.prefixes
        out._prefix_set = set(out.prefixes)
        return out


class WordIndex:
    """Which of several WordSets a word is in, in one pass: asking each set in turn would try the starred
    prefixes once per set."""

    def __init__(self, sets: list[WordSet]):
        self.exact: dict[str, set[int]] = {}
        self.prefixes: dict[str, set[int]] = {}
        for i, ws in enumerate(sets):
            for word in ws.exact:
                self.exact.setdefault(word, set()).add(i)
            for prefix in ws.prefixes:
                self.prefixes.setdefault(prefix, set()).add(i)

    def matching(self, norm: str) -> set[int]:
        """Indexes of the sets that contain norm (as WordSet.__contains__ reads it)."""
        found = set(self.exact.get(norm, ()))
        self._prefixed(norm, found)
        if norm[:1] in ("و", "ف") and len(norm) > 4:
            self._prefixed(norm[1:], found)
        return found

    def _prefixed(self, norm: str, found: set[int]) -> None:
        for n in range(max(len(norm) - 3, 0), len(norm) + 1):
            found.update(self.prefixes.get(norm[:n], ()))


class RelationExtractor:
    """spaCy component: doc._.facts from the spans of the earlier components."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        d = lexicon.load("relations")
        w = WordSet
        organizations = lexicon.load("organizations")
        orgs = organizations["organizations"]
        self.boards = [norm(b).split() for b in organizations["patterns"]["boards"]]
        self.closed_members = {k: set(o["members"]) for k, o in orgs.items() if "members" in o}
        self.regional_names = {normalize(a) for o in orgs.values() for a in o.get("regional", [])}
        self.negation, self.reported, self.planned = w(d["negation"]), w(d["reported"]), w(d["planned"])
        self.cancelling, self.cancelled_trips = w(d["cancelling"]), w(d["cancelled_trips"])
        self.hypothetical, self.readiness, self.preference = w(d["hypothetical"]), w(d["readiness"]), w(d["preference"])
        self.clause_prepositions = w(d["clause_prepositions"])
        self.trailing_sources, self.sources = w(d["trailing_sources"]), w(d["sources"])
        self.auxiliaries, self.preverbal, self.passive = w(d["auxiliaries"]), w(d["preverbal"]), w(d["passive"])
        self.report_verbs, self.clause_openers = w(d["report_verbs"]), w(d["clause_openers"])
        # "كأن" normalises to "كان" (was), which opens no clause of speech: it counts as written only
        self.complementizers = {norm(x) for x in d["complementizers"]} - {norm("كان")} | set(d["complementizers"])
        self.future_prefixes = tuple(norm(p) for p in d["future_prefixes"])
        self.past_with_ta = w(d["past_with_ta"])
        self.future_time, self.today, self.verbal_nouns = w(d["future_time"]), w(d["today"]), w(d["verbal_nouns"])
        self.tomorrow = w(d["tomorrow"])
        self.counter = w(d["counter"])
        self.breaks = set(d["clause_breaks"])
        self.subordinators = w(d["subordinators"])
        self.coordination = {norm(c) for c in d["coordination"]}
        self.org_heads = w(d["org_heads"])
        h, o, c, a, i, f, s, m = (d[k] for k in ("hosted", "organized", "chaired", "attended", "invited", "funded",
                                                   "sanctioned", "member_of"))
        self.host, self.host_masdars, self.place_heads = w(h["triggers"]), w(h["masdars"]), w(h["place_heads"])
        self.venue_heads = w(h["venue_heads"])
        self.host_prepare, self.object_window = w(h["prepare"]), h["object_window"]
        self.other_occurrence = w(d["other_occurrence"])
        self.org_verbs, self.org_adjacent = w(o["verbs"]), w(o["adjacent_object"])
        self.initiative, self.initiated = w(o["initiative"]), w(o["initiated"])
        self.partnership = w(o["partnership"])
        self.celebrated = w(d["celebrated"])
        self.proposals, self.lead_idioms, self.background_idioms = w(o["proposals"]), w(o["lead_idioms"]), \
            w(o["background_idioms"])
        self.basis = w(o["basis"])
        self.patronage, self.care = w(o["patronage"]), w(o["care"])
        self.by_agent = w(o["by_agent"])
        self.invitation, self.visit = w(o["invitation"]), w(o["visit"])
        self.conduct, self.with_, self.arrange = w(o["conduct"]), w(o["with"]), w(o["arrange"])
        self.chair, self.chair_nouns = w(c["triggers"]), w(c["nouns"])
        self.chair_bridge, self.bodies = w(c["bridge"]), w(c["bodies"])
        self.attend_verbs, self.attend_nouns = w(a["verbs"]), w(a["nouns"])
        self.speech_verbs, self.speech_nouns = w(a["speech_verbs"]), w(a["speech_nouns"])
        self.during, self.sidelines = w(a["during"]), w(a["sidelines"])
        self.speech_during = w(a["speech_during"])
        self.absent, self.delegation = w(a["absent"]), w(a["delegation"])
        self.represent, self.represented = w(a["represent"]), w(a["represented"])
        self.alongside, self.open_verbs = w(a["alongside"]), w(a["open_verbs"])
        self.witness, self.object_pronoun_verbs = w(a["witness"]), w(a["object_pronoun_verbs"])
        self.join_event, self.join_to = w(a["join"]), w(a["join_to"])
        self.meet_verbs, self.partner_links = w(a["meet_verbs"]), w(a["partner_links"])
        self.during_meeting, self.headquarters = w(a["during_meeting"]), w(a["headquarters"])
        self.other_time = w(a["other_time"])
        self.relative_plural = w(a["relative_plural"])
        self.delivered = w(a["delivered"])
        self.own_participation = w(a["own_participation"])
        self.meeting_nouns = w(a["meeting_nouns"])
        self.among = w(d["among"])
        self.travel, self.purpose, self.travel_window = w(a["travel"]), w(a["purpose"]), a["travel_window"]
        self.travel_prepositions = w(a["travel_prepositions"])
        self.attend_links, self.attend_window = {norm(x) for x in a["links"]}, a["window"]
        self.attend_noun_window = a["noun_window"]
        self.alongside_window, self.means = a["alongside_window"], w(a["means"])
        self.resumptive, self.honorifics = set(a["resumptive"]), w(a["honorifics"])
        self.preparing = w(a["preparing"])
        self.plural_endings = tuple(norm(x) for x in a["plural_endings"])
        self.invite_nouns, self.invite_verbs = w(i["nouns"]), w(i["verbs"])
        self.invite_skip, self.call_on, self.invite_links = w(i["skip"]), w(i["call_on"]), w(i["links"])
        self.callers, self.hold = w(i["callers"]), w(i["hold"])
        self.invite_responses, self.answer_joiners = w(i["responses"]), w(i["answer_joiners"])
        self.receive, self.give, self.fund_verbs = w(f["receive"]), w(f["give"]), w(f["fund_verbs"])
        self.give_with_shadda = w(f["give_with_shadda"])
        self.money, self.money_qualifier, self.support = w(f["money"]), w(f["money_qualifier"]), w(f["support"])
        self.expense, self.from_, self.to = w(f["expense"]), w(f["from"]), w(f["to"])
        self.channels = {ch: [norm(x).split() for x in words] for ch, words in f["channels"].items()}
        self.double_object, self.given_by = w(f["double_object"]), w(f["given_by"])
        self.moved, self.pay_periods = w(f["moved"]), w(f["pay_periods"])
        self.accused_of, self.accuse = w(f["accused_of"]), w(f["accuse"])
        self.deny_charge = w(f["deny_charge"])
        self.sell, self.buy, self.goods = w(f["sell"]), w(f["buy"]), w(f["goods"])
        self.not_funding, self.aid = w(f["not_funding"]), w(f["aid"])
        self.pay, self.creditor_kinds = w(f["pay"]), set(f["creditor_kinds"])
        self.sanction_nouns, self.sanction_verbs = w(s["nouns"]), w(s["verbs"])
        self.measure, self.list_intro, self.reason = w(s["measure"]), w(s["list_intro"]), w(s["reason"])
        self.on_written = {strip_marks(x) for x in s["on"]}
        self.impose, self.imposed = w(s["impose"]), w(s["imposed"])
        self.assets, self.lifted = w(s["assets"]), w(s["lifted"])
        self.targeted = tuple(norm(x) for x in s["targeted"])
        self.designate, self.designation_marks = w(s["designate"]), w(s["designation_marks"])
        self.charge = w(s["charge"])
        self.sanction_masdars, self.ambiguous_masdars = w(s["masdars"]), w(s["ambiguous_masdars"])
        self.ban, self.imposed_by, self.such_as = w(s["ban"]), w(s["imposed_by"]), w(s["such_as"])
        self.call_for = w(s["call_for"])
        self.comprise, self.join, self.member_nouns, self.plus = (w(m["comprise"]), w(m["join"]), w(m["member_nouns"]),
                                                                  w(m["plus"]))
        self.apposition, self.fellow_members, self.leads = w(m["apposition"]), w(m["fellow_members"]), w(m["leads"])
        self.rest_of, self.origin_prepositions = w(m["rest_of"]), w(m["origin_prepositions"])
        self.consist = w(m["consist"])
        self.merging_kinds = set(m["merging_kinds"])
        self.relative_pronouns, self.descriptions = w(m["relative_pronouns"]), w(m["descriptions"])
        self.demonstratives = w(m["demonstratives"])
        self.within, self.membership_stem = w(m["within"]), norm(m["membership_stem"])
        self.take_part = w(m["take_part"])
        self.member_units = {norm(x) for x in m["count_units"]}
        self.count_continuations, self.own_joining = w(m["count_continuations"]), tuple(norm(x) for x in m["own_joining"])
        self.capacity = w(m["capacity"])
        self.count_adjectives = w(m["count_adjectives"])
        self.subordinate, self.kin = w(d["affiliated"]["subordinate"]), w(d["affiliated"]["kin"])
        self.one_holder = set(d["affiliated"]["one_holder"])
        self.state_service = w(d["affiliated"]["state_service"])
        self.portfolio_prefix = norm(d["affiliated"]["portfolio_prefix"])
        self.portfolio_words = w(d["affiliated"]["portfolio_words"])
        self.derived_host_kinds = set(d["derived_host_kinds"])
        self.held_nowhere = set(d["held_nowhere"])
        self.event_roles, self.texts = set(d["event_roles"]), set(d["texts"])
        self.held_with_kinds = set(d["held_with_kinds"])
        self.unattended_kinds = {kind: {norm(w) for w in nouns} for kind, nouns in d["unattended_kinds"].items()}
        self.talks_kinds, self.contract_talks = set(d["talks_kinds"]), w(d["contract_talks"])
        self.no_demonym_actor = set(d["no_demonym_actor"])
        self.state_organs = w(d["state_organs"])
        self.no_role_actor = set(d["no_role_actor"])
        self.listed_orgs = lexicon.load("organizations")["organizations"]
        ev = lexicon.load("events")
        self.gathered = w(ev["gathering_verbs"])
        self.new_clauses = w(ev["party_clause_ends"])
        self.body_takes_part = set(ev["body_takes_part"])
        self.meeting_bodies = {normalize(w) for w in ev["meeting_bodies"]}
        self.event_heads = {norm(f).removeprefix("ال") for kind, forms in ev["triggers"].items()
                            if kind not in ev["named_only"] for f in forms} | {norm(f).removeprefix("ال") for f in ev["edition_words"]}
        self.locative = {norm(w) for w in ev["place_links"]}
        self.host_words = {norm(w) for w in ev["host_verbs"] + ev["host_masdars"]}
        self.destination = {norm(w) for w in ev["destination_links"]}
        self.visit_kinds = set(ev["with_actor"])
        self.proxies = {norm(w) for w in ev["proxies"]}
        self.topic_links = {norm(w) for w in ev["topic_links"]}
        self.confidence = Confidence()
        self._triggers, self._trigger_index = self._trigger_words()
        # the words _sentence_rules acts on token by token (speech, meeting, headquarters, sidelines)
        self._sentence_words = WordSet.union(self.speech_verbs, self.meet_verbs, self.headquarters, self.sidelines)
        self._families: dict[str, tuple] = {}

    # ------------------------------------------------------------------ setup
    def __call__(self, doc: Doc) -> Doc:
        self.doc = doc
        self.registry = entities(doc)
        self.facts: dict[tuple, dict] = {}
        self._stances: dict[int, dict] = {}
        self.strength: dict[tuple, tuple[float, str]] = {}
        self.sents = list(doc.sents)
        self.events_in = self._events_by_sentence()
        self.named_in, self.name_written_in = self._naming_sentences()
        chrome = chrome_tokens(doc)     # a site's tag list or list of links: words with no syntax between them
        roles = [role for role in doc.spans.get("roles", []) if role.start not in chrome]
        self.coordinated_titles: set[int] = set()      # role indexes attached through a title before them
        self.person_roles = self._attach_roles(roles)
        self.named_role_tokens = {t for _, role in self.person_roles.values() for t in range(role.start, role.end)}
        self.role_tokens = {t for role in roles for t in range(role.start, role.end)}
        self.counterpart_tokens = {t for role in roles if (role._.value or {}).get("counterpart")
                                   for t in range(role.start, role.end)}
        self.named_or_dated = {t for span in [*doc.ents, *doc.spans.get("dates", [])] for t in range(span.start, span.end)}
        self.dated = {t for span in doc.spans.get("dates", []) for t in range(span.start, span.end)}
        self.ents_in: list[list[Span]] = [[] for _ in self.sents]
        k = -1
        for ent in doc.ents:                      # doc.ents once: Span.ents rebuilds them per call
            while k + 1 < len(self.sents) and self.sents[k + 1].start <= ent.start:
                k += 1
            self.ents_in[k].append(ent)
        self.args_in = [self._args(k, sent, roles) for k, sent in enumerate(self.sents)]
        self.sanction_frame: dict | None = None
        self.prev_subject: Arg | None = None
        self.attend_chain: tuple | None = None     # (end of the last attendance list, its event, described)
        norms = token_norms(doc)
        distinct = set(norms)       # the word lists are asked once per distinct word of the document
        families = {norm: found for norm in distinct if (found := self._families_for(norm))}
        sentence_words = {norm for norm in distinct if norm in self._sentence_words}
        triggers = [(i, norm, families[norm]) for i, norm in enumerate(norms) if norm in families and i not in chrome]
        self.sentence_words = [i for i, norm in enumerate(norms) if norm in sentence_words]
        n = 0
        for k, sent in enumerate(self.sents):
            self.k, self.sent = k, sent
            if sent.start in chrome:
                continue
            while n < len(triggers) and triggers[n][0] < sent.end:
                self._dispatch(*triggers[n])
                n += 1
            self._sentence_rules()
            persons = [a for a in self.args_in[k] if a.type == "Person"]
            if persons:
                self.prev_subject = persons[0]
        self._affiliations()
        self._event_facts()
        for ident, fact in self.facts.items():
            strength, basis = self.strength.get(ident) or (None, fact["props"].get("basis") or fact["predicate"].lower())
            if strength is None:    # implied facts copy a fact of another relation
                strength = self.confidence.score(fact["predicate"], basis, (0, False), fact["modality"])
            fact["props"]["basis"] = basis
            fact["confidence"] = strength
        doc._.facts = list(self.facts.values())
        return doc

    def _events_by_sentence(self) -> list[list[Span]]:
        out: list[list[Span]] = [[] for _ in self.sents]
        starts = [s.start for s in self.sents]
        for span in self.doc.spans.get("events", []):
            k = max(j for j, st in enumerate(starts) if st <= span.start)
            out[k].append(span)
        return out

    def _naming_sentences(self) -> tuple[dict[str, int], dict[str, set[int]]]:
        """Event key -> the first sentence that writes the name its node carries (else the first that names it
        otherwise than by an anaphor such as "الحفل"), and the sentences that write that name."""
        named: dict[str, int] = {}
        writing: dict[str, set[int]] = {}
        names = {}
        for k, spans in enumerate(self.events_in):
            for span in spans:
                if (span._.value or {}).get("anaphoric"):
                    continue
                key = span._.key
                if key not in names:
                    names[key] = norm(self.registry.get(key, {}).get("name", ""))
                if names[key] and names[key] in " ".join(t.norm_ for t in span):
                    if key not in writing:
                        named[key] = k
                    writing.setdefault(key, set()).add(k)
                elif key not in writing:
                    named.setdefault(key, k)
        return named, writing

    def _attach_roles(self, roles: list[Span]) -> dict[int, tuple[str, Span]]:
        """Role span index -> (person key, role span) for roles written next to a name."""
        persons = [e for e in self.doc.ents if e.label_ == "PERSON"]
        named = {t for e in self.doc.ents if e.label_ in ("ORG", "LOC", "STATE") for t in range(e.start, e.end)}
        roles_ending = {r.end: r for r in roles}
        out = {}
        for r_idx, role in enumerate(roles):
            if role.start and self.doc[role.start - 1].norm_ in self.kin and (
                    self.doc[role.end - 1].norm_ in self.honorifics or not any(p.start == role.end for p in persons)):
                continue        # "حرم أمير المنطقة الأميرة عبير": her husband's title ("زوجة الإمبراطور نابليون": his)
            best = None
            role_sent = role.sent
            for p in persons:
                if not role_sent.start <= p.start < role_sent.end:
                    continue
                if p.start >= role.end:
                    if particle(self.doc[p.start]) == "و":
                        continue        # "نوفاك وزير الطاقة الروسي وعبدالله البدري": the name after و is another's
                    if p.start == role.end and construct_title(role, (role._.value or {}).get("kind", "")):
                        continue        # "ولايتي، مستشار علي خامنئي": Khamenei's adviser, not Khamenei
                    between = self.doc[self._past_portfolio(role.end, p.start):p.start]
                    gap_ok = all(t.text in QUOTES or t.text == "،" or t.norm_ in ("في", "لدي", "لدى") or
                                 t.norm_ in self.counter or    # "المبعوث الخاص للتحالف الدولي ضد «داعش»، بريت ماكغورك"
                                 t.i in named
                                 for t in between) and len(between) <= 8
                    distance = p.start - role.end
                elif p.end <= role.start:
                    if (role._.value or {}).get("counterpart") or particle(role[0]) in ("و", "ل", "ب", "ك"):
                        continue        # "بوريطة ونظيره الأميركي": the counterpart is someone else; "التقى
                                        # محمد العلي والسفير الأمريكي": a second person, by the و; "قدم هادي،
                                        # لمبعوث الأمين العام، شرحا": whom he spoke to, by the preposition
                    if self._titled_for_another_state(roles_ending.get(p.start), role, p._.key):
                        continue        # "أبلغ وزير الدفاع الأمريكي كارتر رئيس الوزراء العراقي": whom he told
                    between = self.doc[p.end:role.start]
                    gap_ok = all(t.text in QUOTES or t.text in ("،", ",", "(", "؛") for t in between) and len(between) <= 2
                    distance = role.start - p.end + 0.5
                else:
                    gap_ok, distance = True, 0
                if gap_ok and (best is None or distance < best[0]):
                    best = (distance, p)
            if best:
                out[r_idx] = (best[1]._.key, role)
            elif r_idx - 1 in out and roles[r_idx - 1].end == role.start and role[0].text[:1] == "و" \
                    and self._name_before(out[r_idx - 1][0], roles[r_idx - 1]):
                # "X، وزير الخارجية البحريني والمبعوث الخاص للأمم المتحدة": a second title coordinated with the
                # title of the name before them, when no name of its own follows; not an office of another state
                # or the same office again ("X، وزير الخارجية المصري ووزير الخارجية الأردني": someone else)
                first, second = roles[r_idx - 1]._.value or {}, role._.value or {}
                # the state of the first title, else the known nationality of its holder ("محمد بن سلمان ولي ولي
                # العهد والرئيس المصري": the Egyptian president is someone else)
                own = first.get("state") or self.registry.get(out[r_idx - 1][0], {}).get("props", {}).get("nationality")
                if second.get("role") != first.get("role") and not (
                        own and second.get("state") and own != second["state"]):
                    out[r_idx] = (out[r_idx - 1][0], role)
                    self.coordinated_titles.add(r_idx)
        return out

    def _titled_for_another_state(self, before: Span | None, role: Span, person: str) -> bool:
        """Whether the name before a title already has a title right before it (before) of another state, or one
        that writes none while the person is known to be of another ("استقبل وزير الخارجية عادل الجبير السفير
        الأمريكي": whom he received): the later title is another person's."""
        if before is None:
            return False
        state = (role._.value or {}).get("state")
        own = (before._.value or {}).get("state") or self.registry.get(person, {}).get("props", {}).get("nationality")
        return bool(state and own and own != state)

    def _name_before(self, key: str, role: Span) -> bool:
        """Whether the person `key` is written right before the title `role` ("X، title")."""
        return any(e._.key == key and e.end <= role.start and role.start - e.end <= 2 for e in role.sent.ents)

    def _past_portfolio(self, i: int, end: int) -> int:
        """Past the portfolio written after a title, before the name: "وزير الدولة الياباني للاقتصاد والتخطيط
        تارو كونو", "الوزير الجزائري للشؤون المغاربية والأفريقية" (a "لل…" word, then its adjectives and
        conjuncts, at most four words)."""
        if i >= end or not (normalize(self.doc[i].text).startswith(self.portfolio_prefix)
                            or self.doc[i].norm_ in self.portfolio_words):
            return i
        j = i + 1
        while j < end and j - i < 4 and (self.doc[j].text[:1] == "و" or self.doc[j].text.startswith("ال")) \
                and self.doc[j].ent_type_ == "":
            j += 1
        return j

    def _with_in(self, ev: Span) -> int:
        """Where the partners of an event's name begin: its "مع" ("المباحثات مع وفد …"), else its end."""
        return next((t for t in range(ev.start + 1, ev.end) if self.doc[t].norm_ in self.with_), ev.end)

    def _args(self, k: int, sent: Span, roles: list[Span]) -> list[Arg]:
        """Actors of a sentence; roles next to a name belong to the name, other roles stand for their state."""
        args, covered = [], set()
        for r_idx, role in enumerate(roles):
            if role.start < sent.start or role.end > sent.end:
                continue
            value = role._.value or {}
            covered.update(range(role.start, role.end))
            if r_idx in self.person_roles:
                continue
            if value.get("state") and not value.get("local"):   # "رعى محافظ شقراء": a governor is not his state
                args.append(Arg(role.start, role.end, value["state"], "State", "role"))
            elif value.get("org"):
                args.append(Arg(role.start, role.end, value["org"], "Organization", "role"))
        # names inside an event's name are no actors ("قمة مجلس التعاون"), except its partners after "مع"
        # ("المباحثات مع وفد الائتلاف السوري"), which _talks_with reads
        in_events = {t for ev in self.events_in[k] if not (ev._.value or {}).get("anaphoric")
                     for t in range(ev.start, self._with_in(ev))}
        for ent in self.ents_in[k]:
            if not ent._.key or (ent.start in covered and ent.label_ != "PERSON"):
                continue
            place = place_of(ent)
            if place and ent.label_ == "STATE":
                # the gazetteer read the capital as its government ("فرضت واشنطن عقوبات")
                args.append(Arg(ent.start, ent.end, ent._.key, "State", "capital"))
                continue
            if place:
                if place[2]:
                    args.append(Arg(ent.start, ent.end, place[2], "State", "capital", place=True))
                continue
            kind = TYPE_OF_LABEL.get(ent.label_)
            if kind is None or (ent.start in in_events and kind != "Person"):
                continue
            via = (ent._.value or {}).get("form", "name") if kind == "State" else "name"
            args.append(Arg(ent.start, ent.end, ent._.key, kind, via))
        return sorted(args, key=lambda a: a.start)

    # ------------------------------------------------------------- utilities
    def _arg_at(self, i: int, actors_only=True) -> Arg | None:
        for a in self.args_in[self.k]:
            if a.start <= i < a.end and not (actors_only and a.place):
                return a
        return None

    def _list_from(self, i: int, max_gap: int = 2, allow_place=False, stop: int | None = None) -> list[Arg]:
        """A coordinated list of actors starting within max_gap tokens of token i."""
        end = min(self.sent.end, stop) if stop else self.sent.end
        out: list[Arg] = []
        gap, skip_next = 0, False
        apposed = False     # a title right after the last item: its apposition, up to a conjunction or comma
        while i < end:
            tok = self.doc[i]
            arg = self._arg_at(i, actors_only=not allow_place)
            if i in self.named_role_tokens or arg is None and i in self.role_tokens:
                # "وزير الخارجية المغربي ناصر بوريطة ونظيره الأميركي أنتوني بلينكن"; a title the persons
                # component left without its name ("وزير الري والمياه المصري حسام مغازي") is no gap either
                # (not a counterpart, "التقى الوزير X نظيره Y", nor a title with a preposition or و on it,
                # "X بالرئيس Y", "X وزير الخارجية الفرنسي ونظيره Y")
                if tok._.clitic or tok.text[:1] == "و" or i in self.counterpart_tokens:
                    apposed = False
                elif out and i == out[-1].end and not normalize(tok.text).startswith("لل"):
                    apposed = True
                i += 1
                continue
            if apposed and arg is not None and arg.type == "Person" and tok.text[:1] != "و":
                i = arg.end         # "جون آلن المبعوث الخاص للرئيس باراك أوباما": whose envoy Allen is, no
                continue            # second item of the list
            apposed = False
            if arg is not None and arg.type == "Organization" and arg.start > self.sent.start and (
                    self.doc[arg.start - 1].norm_ in self.member_nouns or arg.start - 1 in self.role_tokens):
                i = arg.end         # "وزير الدولة عضو مجلس الوزراء الدكتور …": the council is part of a title
                continue
            if arg is not None:
                if skip_next:
                    skip_next = False
                elif arg.key not in {a.key for a in out}:
                    out.append(arg)
                i, gap = arg.end, 0
                continue
            if tok.text in self.breaks:
                break
            if out:
                if tok.norm_ in self.coordination or tok.text in QUOTES or tok.norm_ in self.org_heads or (
                        tok.norm_ in ("من", "عن") and tok.text[:1] == "و") or (    # "من مصر … ومن السودان …"
                        tok.norm_ in self.honorifics and i + 1 < end and (
                        self.doc[i + 1].norm_ in self.honorifics or self._arg_at(i + 1) is not None)):
                    i += 1
                    continue
                if tok.norm_ in self.subordinate:
                    skip_next = True
                    i += 1
                    continue
                break
            if tok.text in QUOTES or tok.norm_ in self.org_heads or tok.norm_ in self.honorifics:
                i += 1              # "إلى حركة «أنصار الدين»", "المهندس X": the head word, quotes and honorifics go with the name
                continue
            if gap >= max_gap:
                break
            gap += 1
            i += 1
        return out

    def _coordinated(self, args: list[Arg]) -> list[Arg]:
        """The first actor of a list and those joined to it by a conjunction ("الولايات المتحدة والاتحاد
        الأوروبي"), not an object that follows it ("أدرجت السعودية حزب الله")."""
        out = args[:1]
        for a in args[1:]:
            between = self.doc[out[-1].end:a.start]
            if not (self.doc[a.start].text[:1] == "و" or any(t.norm_ in self.coordination for t in between)):
                break
            out.append(a)
        return out

    def _complementizer(self, tok, pronoun: bool = False) -> bool:
        """"أن", "إن", an opening quote: what follows is what someone says; with pronoun, also "إنها", "أنه" (whose
        pronoun may be the speaker, so it is no barrier between a speaker and its verb)."""
        norm = tok.norm_
        return norm in self.complementizers or tok.text in self.complementizers or pronoun and any(
            norm.endswith(p) and norm[:-len(p)] in self.complementizers for p in PRONOUN_SUFFIXES)

    def _before(self, i: int, window: int = 6, types=("State", "Organization", "Person"),
                same_clause: bool = False, agent: bool = False) -> Arg | None:
        """The nearest actor ending before token i, within the clause; with same_clause, not across a
        complementizer either ("وأضاف الصباغ أن المعوق في تقديم المساعدات …": the speaker does not give);
        with agent, not a state written as a place ("إثر اجتماع في كندا بتقديم مساعدات"; a decision "في
        مجلس الأمن" is the council's own), nor a partner after مع ("بالتنسيق مع الحكومة اليمنية")."""
        for j in range(i - 1, max(self.sent.start, i - window) - 1, -1):
            if self.doc[j].text in self.breaks or self.doc[j].norm_ in self.subordinators \
                    or same_clause and self._complementizer(self.doc[j]):
                return None         # "… في سوريا إذا ما عقد مؤتمر": another clause
            arg = self._arg_at(j)
            if arg is not None and arg.type in types:
                if agent and arg.type == "State" and self._place_or_destination(arg):
                    return None     # (nor a destination: "هرب إلى سوريا …، بعد حظر نشاط الحزب")
                k = arg.start - 1
                if k > self.sent.start and self.doc[k].norm_ in self.state_organs:
                    k -= 1      # "مع الحكومة اليمنية": the organ before the state's adjective
                if agent and k >= self.sent.start and self.doc[k].norm_ == "مع":
                    return None     # a partner: "بالتنسيق مع الحكومة اليمنية … وقد خصص مبالغ لـ…" (by someone else)
                return arg
        return None

    def _place_or_destination(self, arg: Arg) -> bool:
        """Whether a state is written as a place or where someone goes ("في كندا", "إلى سوريا"), or is coordinated
        with one ("ينتقل إلى العراق ثم سورية وينضم إلى …": Syria is where he went too)."""
        if self._located(arg) or arg.start > self.sent.start and self.doc[arg.start - 1].norm_ in self.destination:
            return True
        j, joined = arg.start - 1, particle(self.doc[arg.start]) == "و"
        if not (joined or j > self.sent.start and self.doc[j].norm_ in ("ثم", "او")):
            return False
        if not joined:
            j -= 1          # the state before ثم / أو
        previous = self._arg_at(j) if j >= self.sent.start else None
        return previous is not None and previous.type == "State" and previous.end == j + 1 \
            and self._place_or_destination(previous)

    def _located(self, arg: Arg) -> bool:
        """Whether an actor is written as a place: after في or with ب written onto it ("في كندا", "بكندا")."""
        first = self.doc[arg.start]
        return particle(first) == "ب" or arg.start > self.sent.start and self.doc[arg.start - 1].norm_ in self.locative

    def _dropped_subject(self, i: int) -> Arg | None:
        """The subject a sentence-initial verb leaves out: that of the previous sentence
        ("والتزمت فرنسا … . ونظّمت في باريس الدورة الأولى …" -> فرنسا), if it opened that sentence."""
        if i - self.sent.start > 1 or self.k == 0 or self.doc[i].norm_[:1] in ("ا", "م") and len(self.doc[i].norm_) > 5:
            return None
        previous = self.sents[self.k - 1]
        for a in self.args_in[self.k - 1]:
            if a.start - previous.start <= 3 and a.type in ("State", "Organization") and not a.place \
                    and a.via != "role":     # not the body of a title ("حضر اللقاء وزير الدولة عضو مجلس الوزراء X")
                return a
        return None

    def _event(self, i: int, salient=False, after_only=False, before_only=False) -> Span | None:
        """The event a trigger at token i is about: in its clause, else (salient) the salient one."""
        after = [] if before_only else self._events_after(i)
        if after:
            return min(after, key=lambda e: e.start)
        if not after_only:
            s, e = self._clause(i)
            before = [ev for ev in self.events_in[self.k] if s <= ev.start < e and ev.end <= i]
            if before:
                return max(before, key=lambda e: e.end)
        if salient:
            for back in range(1, 4):
                if self.k - back >= 0 and self.events_in[self.k - back]:
                    return max(self.events_in[self.k - back], key=lambda e: e.end)
        return None

    def _events_after(self, i: int) -> list[Span]:
        """The events of the clause of token i that start after it."""
        s, e = self._clause(i)
        return [ev for ev in self.events_in[self.k] if s <= ev.start < e and ev.start > i]

    def _negated(self, i: int, window: int = 3) -> bool:
        """A negation cue within `window` words before token i in its clause and after any relative pronoun, not
        counting the auxiliaries between a cue and its verb ("نفت قطر أن تكون موّلت …"); "غير" negates only the
        word it governs ("غير مشارك", not "الجمعية غير العادية التي ستحتضنها مراكش")."""
        j, seen = i - 1, 0
        while j >= self.sent.start and seen < window:
            tok = self.doc[j]
            if tok.text in self.breaks or tok.text == "،" or tok.norm_ in self.relative_pronouns:
                return False    # "فشل المفاوضات التي ترعاها البعثة": the cue negates the noun, not its relative clause
            if tok.norm_ in self.negation and (tok.norm_ != GHAYR or j == i - 1):
                return True
            seen += tok.norm_ not in self.auxiliaries
            j -= 1
        return False

    def _of_purpose(self, k: int) -> bool:
        """Whether the word at k qualifies what an event is for, no event starting at its noun or after it
        ("اجتماع لجنة الاستعداد للعام الدراسي القادم"): not a time of the event."""
        m = purpose_noun(self.doc, k)
        return m is not None and not any(m <= ev.start < k for ev in self.events_in[self.k])

    def _modality(self, i: int, event: Span | None = None) -> str:
        if self._future(self.doc[i].norm_):
            return "planned"
        window = self.doc[max(self.sent.start, i - 4):i]
        if any(t.norm_ == "سوف" or t.norm_ in self.planned and not self._of_purpose(t.i) or t.norm_ in self.readiness
               or self._future(t.norm_) for t in window):
            return "planned"        # also "ستفرض اليابان عقوبات": the noun of a future verb
        if particle(self.doc[i]) != "ب" and any(t.norm_ in self.preference for t in window):
            return "planned"        # "تفضل الوزارة منح قرض لليونان": wished (not "تفضل سموه بتقديم": did)
        if event is not None and (self.registry.get(event._.key, {}).get("props", {}).get("planned")):
            return "planned"
        if self._scheduled(i):
            return "planned"
        if any(t.norm_ in self.reported for t in self.doc[self.sent.start:i]) or self._source_after(i):
            return "reported"
        # "وقالت الوزارة إن قطر موّلت …", "وأضاف: «…»": what a source says, not what the paper asserts
        said = None
        for t in self.doc[self.sent.start:i]:
            # a main verb of saying: opening the sentence or a clause ("وقال", "، وأضاف", "كما أكد") or right
            # before its "أن" ("المعارضون يؤكدون أن …"), not the verb of a relative clause ("تقريراً يؤكد التثبت من أن …")
            nxt = self.doc[t.i + 1] if t.i + 1 < i else None
            if t.norm_ in self.report_verbs and (t.i - self.sent.start <= 2 or self.doc[t.i - 1].text in ("،", ",")
                                                 or self.doc[t.i - 1].norm_ in self.clause_openers
                                                 or nxt is not None and nxt.norm_ in self.complementizers):
                said = t.i
            elif said is not None and self._complementizer(t, pronoun=True):
                return "reported"
        return "asserted"

    def _hypothetical(self, i: int) -> bool:
        """A word of possibility within four words before token i (إمكانية مشاركة، ربما يحضر)."""
        return any(t.norm_ in self.hypothetical for t in self.doc[max(self.sent.start, i - 4):i])

    def _source_after(self, i: int) -> bool:
        """Whether the sentence ends in a clause that names its source («…، وفق المصدر نفسه», «…، حسبما تقول الصحيفة»)."""
        doc = self.doc
        for t in doc[i + 1:self.sent.end - 1]:
            if t.norm_ in self.trailing_sources and doc[t.i - 1].text in ("،", ","):
                after = doc[t.i + 1:min(self.sent.end, t.i + 3)]
                return normalize(t.text).endswith("ما") or any(
                    a.norm_ in self.sources or a.ent_type_ in ("ORG", "PERSON") for a in after)
        return False

    def _scheduled(self, i: int) -> bool:
        """A present-tense trigger verb in a clause that says tomorrow, next or today ("يشارك الوزير غدا في …",
        "القمة التي يشارك فيها … تنعقد اليوم"), or a noun trigger in a clause that says tomorrow ("وفد المملكة في
        الاجتماعات التي تبدأ أعمالها غدا"): news tells what is scheduled in the present tense."""
        norm = self.doc[i].norm_
        if not self._families_for(norm):
            return False
        s, e = self._clause(i)
        present = self._present(norm)
        relative = next((t.i for t in reversed(self.doc[s:i]) if t.norm_ in self.relative_pronouns), None)
        if present and relative is not None and not any(
                self._present(t.norm_) and self._families_for(t.norm_) for t in self.doc[s:relative]):
            s = relative    # "افتتح اليوم المعرض الذي ترعاه الكويت": the relative clause tells its own time
            # (not after a present-tense trigger: "يرعى غدا حفل افتتاح المعرض الذي تستضيفه الأمانة")
        # "في اليوم الخامس من الدورة": a day of the event, no "today"
        words = {t.norm_ for t in self.doc[s:e] if t.i in self.dated or t.norm_ not in relative_day_nouns()}
        noun = norm in self.verbal_nouns or norm in self.attend_nouns or norm in self.chair_nouns \
            or norm in self.host_masdars or norm in self.initiative
        if any(w in self.tomorrow for w in words):
            return present or noun
        return present and any(w in self.future_time or w in self.today for w in words)

    def _present(self, norm: str) -> bool:
        """Whether a trigger word is a present-tense verb: "يترأس", "تستضيف"; not "ترأس", "توجهت" (past verbs of
        the forms that take ت themselves) nor a verbal noun ("تنظيم")."""
        return norm[:1] in ("ي", "ت") and norm not in self.verbal_nouns and norm not in self.past_with_ta

    def _future(self, norm: str) -> bool:
        """A future prefix on a trigger verb of any family: "ستفرض", "سيمول", "ستنضم", "سيترأسه"."""
        return norm.startswith(self.future_prefixes) and len(norm) > 4 and bool(self._families_for(norm[1:]))

    @staticmethod
    def _unsigned(props: dict, kinds: set[str]) -> bool:
        """Whether an event (its props) is of one of these kinds and the article does not say where it was signed."""
        return props.get("kind") in kinds and not props.get("signed")

    def _add(self, pred: str, subj: str, obj: str, i: int, *, negated=False, modality="asserted",
             props=None, span: tuple[int, int] | None = None, basis: str | None = None,
             proxy: tuple[str, int, int] | None = None, adjective=False) -> None:
        """Record a fact if the types fit the relation; evidence accumulates per identity, and the
        fact keeps the basis (rule) of its strongest evidence with that evidence's confidence.
        proxy: (key, start, end) of the mention that stands for that end (an event's city for its
        country), from which its distance counts; start None when no mention there counts.
        adjective: the rule read a demonym as the actor ("المساعدات الأميركية لمصر": the aid of the US)."""
        if subj == obj:
            return
        s_type, o_type = self._type(subj), self._type(obj)
        allowed_s, allowed_o = RELATIONS[pred]
        if s_type not in allowed_s or o_type not in allowed_o:
            return
        ends = self._nearest_mention(subj, i), self._nearest_mention(obj, i)
        if pred in self.no_demonym_actor and not adjective and any(m is not None and m.via == "demonym" and not (
                m.start > 0 and self.doc[m.start - 1].norm_ in self.state_organs) for m in ends):
            return          # "المدرب الروماني", "شركة صينية": an adjective stands for no state ("الحكومة المغربية" does)
        if pred in self.no_role_actor and ends[0] is not None and ends[0].via == "role":
            return          # "حضر اللقاء وزير الدولة عضو مجلس الوزراء …": an unnamed official is no state's attendance
        if o_type == "Event" and pred in self.event_roles and basis != "initiative_of" \
                and self._unsigned(self.registry.get(obj, {}).get("props", {}), self.texts):
            return          # "اتفاق السلام الذي ترعاه بعثة الأمم المتحدة": a text is written, not organised or attended
        if pred == "MEMBER_OF" and s_type == "State" and (
                subj not in self.closed_members.get(obj, {subj}) and not negated
                or self.registry.get(obj, {}).get("props", {}).get("state")):
            return          # "المغرب ودول مجلس التعاون", "انضمام اليمن إلى مجلس التعاون": not one of the GCC's six
            # (whether one does not join is still said);
            # "السفارة السعودية": a state's own body
        if any(m is not None and t == "Event" and (self._denied_event(m) or self._cancelled_event(m))
               for m, t in zip(ends, (s_type, o_type))):
            negated = True  # "نفى الكرملين أي لقاء بين بوتين وسليماني", "ألغيت القمة": the meeting that was not
        basis = basis or (props or {}).get("basis") or self._default_basis(pred, props or {})
        if modality == "planned" and not self._hypothetical(i) \
                and any(self._held_by_date(k) for k, t in ((subj, s_type), (obj, o_type)) if t == "Event"):
            modality = "asserted"   # "أقيم أمس الأول حفل … الذي تستضيفه اليابان": held, whatever the present tense says
            # (but "إمكانية مشاركة طالبان في المفاوضات التي بدأت": a possible participation in a held event)
        if proxy is not None:       # (key, None, None): the sentence names that end nowhere that counts
            ends = tuple((Arg(proxy[1], proxy[2], key, "") if proxy[1] is not None else None) if key == proxy[0] else m
                         for key, m in zip((subj, obj), ends))
        if span is not None:        # "وزير الخارجية المغربي ناصر بوريطة": both ends inside the span the rule read
            ends = tuple(m if m is not None else Arg(span[0], span[1], "", "") for m in ends)
        one_word = sum(1 for m in ends if m is not None and m.type == "Person" and m.end - m.start == 1)
        by_role = sum(1 for m in ends if m is not None and m.via == "role")
        strength = self.confidence.score(pred, basis, self._spread(i, *ends), modality, one_word, by_role)
        start, end = span or (self.sent.start, self.sent.end)
        evidence = {"doc_id": (self.doc._.meta or {}).get("doc_id", ""), "sentence": self.k,
                    "start": self.doc[start].idx, "end": self.doc[end - 1].idx + len(self.doc[end - 1].text)}
        ident = (subj, pred, obj, negated, modality)
        fact = self.facts.setdefault(ident, {"predicate": pred, "subject": subj, "object": obj, "negated": negated,
                                             "modality": modality, "props": {}, "evidence": []})
        for k, v in (props or {}).items():
            if v not in (None, "", []):
                fact["props"].setdefault(k, v)
        if evidence not in fact["evidence"]:
            fact["evidence"].append(evidence)
        for key in (subj, obj):
            k = self.named_in.get(key)
            if k is not None and k != self.k and self.k not in self.name_written_in.get(key, ()) and (
                    key in self.name_written_in or not any(ev._.key == key and not (ev._.value or {}).get("anaphoric")
                                                          for ev in self.events_in[self.k])):
                # "وحضر الحفل …", "… العمليات في بنغازي" (of «عملية الكماشة»): the sentence that writes the event's
                # name is evidence too, so a reader knows which one
                named = {"doc_id": evidence["doc_id"], "sentence": k,
                         "start": self.sents[k].start_char, "end": self.sents[k].end_char}
                if named not in fact["evidence"]:
                    fact["evidence"].append(named)
        if strength > self.strength.get(ident, (-1.0, ""))[0]:
            self.strength[ident] = (strength, basis)

    def _denied_event(self, mention: Arg) -> bool:
        """Whether an event's mention follows «أي» after a word of denial or a negation, at most four words between
        and no clause break ("نفى متحدث باسم الكرملين أي لقاء"، "نفيه أي اجتماع"، "لم يعقد أي لقاء"): the sentence
        says it did not take place."""
        k = mention.start - 1
        if k <= self.sent.start or self.doc[k].norm_ not in ANY:
            return False
        for t in reversed(self.doc[max(self.sent.start, k - 5):k]):
            if t.text in self.breaks or t.text == "،":
                return False
            if t.norm_ in self.deny_charge or t.norm_ in self.negation:
                return True
        return False

    def _cancelled_event(self, mention: Arg) -> bool:
        """Whether an event's mention is what a word of cancelling governs ("إلغاء القمة"), or what a cancelled
        trip was for, ل written on it in the trip's clause ("ألغى الرئيس زيارته إلى الرياض للقاء العاهل")."""
        doc = self.doc

        def governed(i: int) -> bool:
            """A word of cancelling before token i, its subject at most between ("ألغت الحكومة القمة")."""
            for t in reversed(doc[max(self.sent.start, i - 3):i]):
                if t.norm_ in self.cancelling:
                    return True
                if t.text in self.breaks or t.text == "،" or t.norm_ in self.clause_prepositions \
                        or t.norm_ in self.during_meeting:
                    return False        # "إلغاء الرسوم خلال القمة": the summit was held
            return False
        if governed(mention.start):
            return True
        if not written_onto(doc[mention.start], "ل"):
            return False
        for k in range(mention.start - 1, max(self.sent.start, mention.start - 12), -1):
            if doc[k].text in self.breaks or doc[k].text == "،":
                return False
            if doc[k].norm_ in self.cancelled_trips:
                return governed(k)
        return False

    def _held_by_date(self, key: str) -> bool:
        """Whether an event's date and end are before the article's, at the date's precision, and the events
        component did not keep it to come ("كان من المقرر أن تبدأ الجمعة")."""
        props = self.registry.get(key, {}).get("props", {})
        return not props.get("planned") and side_of(props.get("date"), props.get("end_date"),
                                                     (self.doc._.meta or {}).get("date")) < 0

    @staticmethod
    def _default_basis(pred: str, props: dict) -> str:
        """The basis of a fact whose rule names none: a person's title or nationality, or a state body's
        demonym, for AFFILIATED_WITH."""
        if pred == "AFFILIATED_WITH" and props.get("role"):
            return {"nationality": "nationality_before_name", "state body": "state_body"}.get(props["role"], "title_of_person")
        return pred.lower()

    def _nearest_mention(self, key: str, i: int) -> Arg | None:
        """The mention of an entity (actor or event) nearest to token i in the current sentence; a name
        in the clause of i before an adjective ("العاصمة الفرنسية باريس": باريس, not الفرنسية)."""
        best, s, e = None, *self._clause(i)
        for a in self.args_in[self.k]:
            if a.key != key:
                continue
            rank = (a.via == "demonym" or not s <= a.start < e, abs(a.start - i))
            if best is None or rank < best[0]:
                best = (rank, a)
        best = best and best[1]
        if best is None:
            for ev in self.events_in[self.k]:
                if ev._.key == key and (best is None or abs(ev.start - i) < abs(best.start - i)):
                    best = Arg(ev.start, ev.end, key, "Event")
        return best

    def _spread(self, i: int, *mentions: Arg | None) -> tuple[int, bool]:
        """(words between the trigger and its farthest argument, whether a clause break or a
        subordinator lies between them); an argument outside the sentence counts as far and split.
        Dates, commas and brackets are no words here, as the rules that skip them do not count them
        ("احتضنت باريس الأسبوع الماضي، على مدار يومين، (الأربعاء والخميس)، مؤتمراً")."""
        if any(m is None for m in mentions):
            return 99, True
        lo, hi = min([i] + [m.start for m in mentions]), max([i] + [m.end for m in mentions])
        far = max(self._words(*((i + 1, m.start) if m.start > i else (m.end, i))) for m in mentions)
        split = any(t.text in self.breaks or t.norm_ in self.subordinators for t in self.doc[lo:hi])
        return far, split

    def _words(self, start: int, end: int) -> int:
        """Tokens from start to end that are neither a date, a named person's title, a comma nor a quote or
        bracket ("ترأس خادم الحرمين الشريفين الملك سلمان الجلسة": the title is part of its person)."""
        return sum(1 for t in self.doc[start:end] if t.i not in self.dated and t.i not in self.named_role_tokens
                   and t.text not in QUOTES and t.text not in ("،", ","))

    def _armed(self, key: str) -> bool:
        """An armed or terrorist group (the organisation list's kinds)."""
        return self.registry.get(key, {}).get("props", {}).get("kind") in ("armed_group", "terrorist_group")

    def _type(self, key: str) -> str | None:
        if key in self.registry:
            return self.registry[key]["type"]
        if len(key) == 2 and key.isupper():
            return "State"          # a state read off an adjective or a title; records.py writes its entity
        return "Organization" if key in self.listed_orgs else None     # "المبعوث الأممي": the UN; records.py writes it

    def _clause(self, i: int) -> tuple[int, int]:
        """Token range of the clause around token i (between clause breaks)."""
        s = i
        while s > self.sent.start and self.doc[s - 1].text not in self.breaks:
            s -= 1
        e = i
        while e < self.sent.end and self.doc[e].text not in self.breaks:
            e += 1
        return s, e

    # ------------------------------------------------------------- dispatch
    def _dispatch(self, i: int, norm: str, families: tuple) -> None:
        """Run the families that token i triggers, unless it lies inside an actor's name."""
        if self._arg_at(i, actors_only=False) is not None and norm not in self.initiative:
            return
        for family in families:
            family(self, i)

    def _families_for(self, norm: str) -> tuple:
        families = self._families.get(norm)
        if families is None:
            families = self._families[norm] = self._families_of(norm)
        return families

    def _families_of(self, norm: str) -> tuple:
        """The relation families a word triggers, in a fixed order (computed once per word)."""
        found = self._trigger_index.matching(norm)
        return tuple(family for i, family in enumerate(self._triggers) if i in found)

    def _trigger_words(self) -> tuple[tuple, WordIndex]:
        """The relation families in a fixed order, and an index of the words that trigger each."""
        triggers = (
            (RelationExtractor._hosted, (self.host,)),
            (RelationExtractor._organized, (self.org_verbs, self.initiative, self.initiated, self.conduct)),
            (RelationExtractor._chaired, (self.chair,)),
            (RelationExtractor._attended, (self.attend_verbs, self.attend_nouns, self.absent, self.represent,
                                           self.open_verbs, self.witness, self.join_event)),
            (RelationExtractor._travel_to_attend, (self.purpose,)),
            (RelationExtractor._invited, (self.invite_nouns, self.invite_verbs)),
            (RelationExtractor._funded, (self.receive, self.give, self.fund_verbs, self.expense, self.given_by, self.aid,
                                         self.accused_of, self.sell, self.buy)),
            (RelationExtractor._sanctioned, (self.sanction_nouns, self.sanction_verbs, self.designate)),
            (RelationExtractor._member_of, (self.comprise, self.join, self.member_nouns, self.consist)),
        )
        return tuple(family for family, _ in triggers), WordIndex([WordSet.union(*sets) for _, sets in triggers])

    # ------------------------------------------------------------- families
    def _hosted(self, i: int) -> None:
        """احتضنت الرباط اجتماعاً / القمة التي تستضيفها المملكة المغربية / استضافة قطر للمؤتمر / احتضن مقر
        الأمم المتحدة مؤتمراً. The host is the subject of the verb or the chain right after its masdar; a city
        inside another name ("أمانة الطائف") only hints at its state, and inside a venue's ("يحتضنه مركز الظهران
        للمعارض") at nothing."""
        doc = self.doc
        if doc[i].norm_ in self.host_prepare:
            self._prepares_to_host(i)
            return
        masdar = doc[i].norm_ in self.host_masdars and not self._object_suffix(i)
        after = self._list_from(i + 1, max_gap=2, allow_place=True)
        subject, basis = None, "host_verb_subject"
        if after and after[0].type != "Person":
            gap = doc[i + 1:after[0].start]
            if all(t.norm_ in self.place_heads or t.norm_ in self.state_organs for t in gap) \
                    or not (masdar or after[0].place):        # "باستضافة الحكومة القطرية": the state
                subject = after[0]
            if after[0].place and not masdar and any(t.norm_ not in self.place_heads for t in gap):
                # "تستضيف جامعة تبوك", "الذي تستضيفه أمانة الطائف": the city names the host, its state is a guess;
                # "أن تستضيفها في بوينس آيرس": where, not who
                prepositions = any(t.norm_ in ("في", "من", "الى", "على", "عن") for t in gap)
                venue = any(t.norm_ in self.venue_heads for t in gap)
                subject, basis = (None, basis) if prepositions or venue else (after[0], "host_city_in_name")
        if subject is None and not after and not masdar:
            subject, basis = self._topic_before(i, types=("State", "Organization"), places=True), "host_verb_topic_subject"
        if subject is None and not after and not masdar:
            subject, basis = self._agent_dropped(i), "host_verb_dropped_subject"
        if subject is None:
            return
        if masdar and (normalize(doc[i].text)[:1] == "ب" or i > self.sent.start and doc[i - 1].norm_ == "في") \
                and subject.start > i:
            # "القمة … باستضافة قطر", "عقد الاجتماع في ضيافة الحكومة الأردنية"
            event, basis = self._event_before(i), "host_masdar_after_event"
        else:
            event = self._object_event(i, subject if subject.start > i else None)
        if event is None:
            return
        # "لاستضافة القمة", "حماساً لاستضافة الدورة": a purpose or a bid, not a hosting that took place
        mod = "planned" if masdar and normalize(doc[i].text)[:1] == "ل" else self._modality(i, event)
        self._add("HOSTED", subject.key, event._.key, i, negated=self._negated(i), modality=mod, basis=basis)

    def _prepares_to_host(self, i: int) -> None:
        """"يستعد المغرب … لاجتماع التحالف في مراكش": a state preparing for an event held on its own soil is its
        host (planned); one preparing for talks abroad ("تستعد الحكومة المصرية لجولة مفاوضات في الرياض") is not.
        The event is the one it prepares for, after ل if one is ("تستعد مصر بعد … من الافتتاح الأول للقناة،
        للافتتاح الثاني": the second opening, not the first)."""
        subject = next(iter(self._list_from(i + 1, max_gap=0)), None)
        if subject is None or subject.type != "State" or subject.via != "name":
            return
        after = [ev for ev in self.events_in[self.k] if ev.start > i]
        for ev in [ev for ev in after if self._lam(ev.start)] or after:
            if self.registry.get(ev._.key, {}).get("props", {}).get("country") == subject.key:
                self._add("HOSTED", subject.key, ev._.key, i, negated=self._negated(i), modality="planned",
                          basis="host_prepare")
                return

    def _object_event(self, i: int, subject: Arg | None) -> Span | None:
        """The event a verb at token i governs as its object: the antecedent a pronoun suffix takes back
        ("القمة التي تستضيفها", "مؤتمر صحافي عقده": right before it), else an event that follows the verb and its subject
        with a few other words between ("احتضنت باريس الأسبوع الماضي، على مدار يومين، مؤتمراً"), not one further on
        ("ترأس محلب اجتماعاً لمجلس المحافظين لمناقشة الاحتفال بافتتاح القناة")."""
        if self._object_suffix(i):
            resumed, antecedent = self._resumed_antecedent(i)
            if resumed:
                return antecedent
            return self._relative_clause_event(i) or next(
                (ev for ev in self.events_in[self.k] if ev.end == i), None)
        after = self._events_after(i)
        # an event after a word of time ("قبل اللقاء", "على هامش القمة") sets the time: the object is another
        timed_events = [ev for ev in after if self.doc[ev.start - 1].norm_ in self.other_time]
        timed = {t for ev in timed_events for t in range(ev.start - 1, ev.end)}
        event = min((ev for ev in after if ev not in timed_events), key=lambda ev: ev.start, default=None)
        if event is None or self._other_occurrence(event):
            return None
        start = subject.end if subject is not None and subject.end <= event.start else i + 1
        open_words = [t for t in self.doc[start:event.start]
                      if t.i not in self.named_or_dated and t.i not in self.role_tokens and t.text not in QUOTES
                      and t.text not in ("،", ",") and t.norm_ not in self.honorifics and t.i not in timed]
        return event if len(open_words) <= self.object_window else None

    def _describes_body(self, j: int) -> bool:
        """Whether the verb at j opens a relative clause of an organisation right before its pronoun ("للاجتماع مع
        مجلس التعاون الذي يضم السعودية والكويت …": the council's members, not whom the meeting gathered)."""
        if j - 2 < self.sent.start or self.doc[j - 1].norm_ not in self.relative_pronouns:
            return False
        body = self._arg_at(j - 2)
        return body is not None and body.type == "Organization" and body.end == j - 1

    def _linked_clause_subject(self, i: int) -> Arg | None:
        """The subject a verb leaves out when it opens a clause joined to the one before by حيث or by و after a
        comma ("وصل الوزير X إلى القاهرة، حيث شارك في الاجتماع", "غادر الرئيس X إلى نيويورك، وسيشارك في …"): that
        clause's actor, when it names one only (a place, a capital or an actor after a preposition is none)."""
        doc, j = self.doc, i - 1
        while j > self.sent.start and doc[j].norm_ in self.preverbal:
            j -= 1
        if doc[j].norm_ == "حيث":
            j -= 1
        elif particle(doc[i]) != "و" or j != i - 1:
            return None
        if j <= self.sent.start or doc[j].text not in ("،", ","):
            return None
        actors = [a for a in self.args_in[self.k] if a.end <= j and a.type in ("State", "Organization", "Person")
                  and not a.place and a.via != "capital"
                  and not (a.start > self.sent.start and doc[a.start - 1].norm_ in self.clause_prepositions)]
        return actors[0] if len(actors) == 1 else None

    def _agent_dropped(self, i: int) -> Arg | None:
        """The subject of the previous sentence for a verb that leaves it out, unless the verbal noun is passive
        ("وتم إدراج اسمه …", "وتم عقد ورشتين …": no agent) or a common noun after the verb is its subject."""
        if i > self.sent.start and self.doc[i - 1].norm_ in self.passive:
            return None
        dropped = self._dropped_subject(i)
        nxt = self.doc[i + 1] if i + 1 < self.sent.end else None
        if dropped is not None and nxt is not None and nxt.is_alpha and nxt.norm_.startswith("ال") and not nxt.ent_type_ \
                and not any(ev.start <= nxt.i < ev.end for ev in self.events_in[self.k]) \
                and normalize(self.doc[dropped.start].text).removeprefix("و").removeprefix("ال") != nxt.norm_[2:]:
            return None     # "وعقدت اللجنة أول اجتماع لها": the subject is written, a noun that does not take up
        return dropped      # the last sentence's subject ("فرضت وزارة الخزانة … وأضافت الوزارة" does)

    def _other_occurrence(self, event: Span) -> bool:
        """A back-reference that names another occurrence of its event ("الدورة القادمة للقمة", "الاجتماع السابق"):
        not the event it refers back to."""
        after = self.doc[event.end:event.end + 1]          # the adjective may stand outside the span
        return bool((event._.value or {}).get("anaphoric")) and any(t.norm_ in self.other_occurrence
                                                                   for t in (*event, *after))

    def _object_suffix(self, i: int) -> bool:
        """A verb with an object pronoun: "تستضيفها", "عقده" (not the masdar "استضافة")."""
        return self.doc[i].text.endswith(("ه", "ها", "هما")) and len(self.doc[i].norm_) > 3

    def _topic_before(self, i: int, types=("State", "Organization", "Person"), places=False) -> Arg | None:
        """A subject written before its verb as the topic of its clause ("وكان داود أوغلو ترأس …", "إن حركة
        طالبان نظمت …", "قطر تستضيف …"): an actor ending right before the verb (past قد/كان) that opens its
        clause, or the noun a relative clause describes ("الجمعية التي تتلقى تمويلاً من …"). An actor that merely
        precedes the verb (the object of another verb, a name in a title) is none."""
        doc, j = self.doc, i - 1
        while j > self.sent.start and doc[j].norm_ in self.preverbal:
            j -= 1
        relative = j > self.sent.start and doc[j].norm_ in self.relative_pronouns and not self._object_suffix(i)
        j -= relative
        arg = self._arg_at(j, actors_only=not places) if j >= self.sent.start else None
        if arg is None or arg.type not in types or arg.end != j + 1:
            return None
        if relative:
            return arg
        k = arg.start - 1
        while k >= self.sent.start and (k in self.role_tokens or doc[k].norm_ in self.honorifics
                                        or doc[k].text in QUOTES or doc[k].norm_ in self.org_heads):
            k -= 1
        if k < self.sent.start:
            return arg
        tok = doc[k]
        opens = (tok.text in self.breaks or tok.text in ("،", ",") or tok.norm_ in self.clause_openers
                 or self._complementizer(tok) or tok.norm_ in self.preverbal)
        return arg if opens else None

    def _organized(self, i: int) -> None:
        """المعرض الذي يقام بمبادرة من الرئيس … / الحفل … برعاية الأمير … / نظمت الجامعة العربية المؤتمر / المؤتمر الذي نظمته الجامعة /
        بادر رئيس الجمهورية … إلى استهلال «نداء …». "شارك X في القمة بدعوة من Y": Y invited a guest, and
        "مؤسسة رعاية الفتيات" and "الرئيس العام لرعاية الشباب" are a name and a title: neither organised anything."""
        doc, norm = self.doc, self.doc[i].norm_
        inside = self._arg_at(i, actors_only=False)
        if inside is not None and inside.start < i or i in self.role_tokens:
            return
        if norm in self.initiative and i > self.sent.start and doc[i - 1].norm_ in self.lead_idioms:
            return      # "إعطاء زمام المبادرة لإيران": the lead, no initiative
        if norm in self.proposals and i > self.sent.start and doc[i - 1].norm_ in self.background_idioms:
            return      # "في ظل المبادرة الإيرانية": the setting of what follows
        if norm in self.initiative or self._organised_by(i):
            s = self._clause(i)[0]
            if norm in self.invitation and any(t.norm_ in self.attend_verbs or t.norm_ in self.attend_nouns
                                               or t.norm_ in self.visit for t in doc[s:i]):
                return
            if norm in self.patronage and particle(doc[i]) == "و" and i > s and doc[i - 1].norm_ in self.care:
                return      # "جاء نتيجة جهد ورعاية الأمير X": his care, no patronage of an event
            j = i + 1
            if j < self.sent.end and doc[j].norm_ in self.from_:
                j += 1
            subjects = self._list_from(j, max_gap=2)
            if subjects and not all(t.norm_ in self.honorifics or t.text in QUOTES or t.i in self.role_tokens
                                    for t in doc[j:subjects[0].start]):
                return      # "التزامه برعاية المواهب الإماراتية": nurturing talent, not a sponsor
            after = subjects[-1].end if subjects else 0
            # "مبادرة الملك سلمان بالتطوع للدفاع عن مصر": what the initiative is, an act after its author
            content = norm in self.proposals and subjects and after < self.sent.end and not doc[after].ent_type_ \
                and (normalize(doc[after].text).startswith(("بال", "لل"))
                     or written_onto(doc[after], "ب") or written_onto(doc[after], "ل")) \
                and not any(ev.start == after for ev in self.events_in[self.k])
            if subjects and after < self.sent.end - 1 and doc[after].text in ("،", ","):
                after += 1      # "بدعوة … نتنياهو، لمخاطبة جلسة": the comma before what the invitation is for
            if norm in self.invitation and j == i + 1 and subjects and after < self.sent.end \
                    and (doc[after].norm_ in self.destination or self._lam(after)
                         or after > subjects[-1].end and normalize(doc[after].text)[:1] == "ل" and len(doc[after].text) > 4
                         and not doc[after].ent_type_):
                return      # "بدعوة العراق والكويت إلى طاولة المفاوضات": whom it invites, not who invites
            # "مؤتمر الرياض تحت رعاية مجلس التعاون ومفاوضات تشرف عليها الأمم المتحدة": the phrase qualifies the
            # event right before it, not the next one
            event, basis = next((ev for ev in self.events_in[self.k] if ev.end == i or ev.end == i - 1
                                 and doc[i - 1].norm_ == "تحت"), None) or self._event(i), "initiative_of"
            if event is not None and event.start > i and any(t.text in ("،", ",") for t in doc[i + 1:event.start]) \
                    and self.registry.get(event._.key, {}).get("props", {}).get("kind") in self.texts:
                return      # "تحت رعاية السفارة …، وأوضح بيان للسفارة": a text in the next clause, not what it sponsors
            if event is not None and event.start > i and any(t.norm_ in self.basis for t in doc[i + 1:event.start]):
                return      # "تحت رعاية الأمم المتحدة وعلى أساس المبادرة الخليجية": the text it rests on
            if event is not None and event.start > i and any(
                    t.norm_.removeprefix("ال") in self.event_heads
                    and not any(ev.start <= t.i < ev.end for ev in self.events_in[self.k]) for t in doc[max(s, i - 6):i]):
                return      # "ودعما للمفاوضات التي تجرى برعاية الأمم المتحدة فإن المؤتمر …": the patron of the
                            # gathering named before it (no event of the article), not of the next one
            if event is not None and event.start > i \
                    and any(t.norm_ in self.partnership for t in doc[i + 1:event.start]):
                event = self._event(i, before_only=True)    # "… بتنظيم من المجلس بالتعاون مع الغرفة ومعرض مشكاة":
                # a partner of the organiser, not what it organises
            if event is not None and self._other_occurrence(event):
                return
            if event is not None and event.end <= i and any(t.norm_.removeprefix("ال") in self.event_heads
                                                            for t in doc[event.end:i]):
                return      # "الملتقى … أثناء الدورة (31) لمجلس … برعاية X": the nearer gathering has the patron
            if event is not None and event.start > i and (content or doc[event.start - 1].norm_ in self.other_time):
                return      # "دعمها مبادرة الرئيس بوتين …، بعد محادثات في دمشق": the talks only date what is said;
                            # the initiative's own act organises no event told after it
            if event is not None and event.end <= i \
                    and celebrated(doc, event.start, self._clause(event.start)[0], self.celebrated):
                return      # "احتفل المكتب الثقافي بافتتاح القناة … ورعاية السفير": the patron of the celebration
        elif norm in self.initiated:
            subjects = self._list_from(i + 1, max_gap=1) or [a for a in [self._topic_before(i)] if a]
            basis = "initiated_verb_subject"
            event = self._event(i, salient=False, after_only=True)
            if event is not None and not any(t.norm_ in self.org_verbs or t.norm_ in self.host
                                             for t in doc[i + 1:event.start]):
                return          # "بادرت فرنسا إلى حث مجلس الأمن …": it took the lead in something else
        else:
            relative = self._relative_clause_event(i)
            after = self._list_from(i + 1, max_gap=1, stop=None if self._object_suffix(i) else self._next_event(i))
            event = self._object_event(i, after[-1] if after else None)
            if event is None:
                return
            if after and i + 1 < self.sent.end and doc[i + 1].norm_ in self.with_ and self._object_suffix(i):
                return      # "مباحثات يعقدها مع نظيره الروسي": the one he holds them with is a party, not their holder
            partner = next((t.i for t in doc[event.start:min(event.end + 1, self.sent.end)] if t.norm_ in self.with_), None)
            if partner is not None or norm in self.conduct:
                # "عقد مباحثات مع الرئيس الفلسطيني": a party to the talks, not who convened them; but
                # "نظمت المؤسسة لقاء مع أولياء الأمور": who arranges it organises it, and the partner takes part
                arranges = norm in self.arrange
                if relative is None and event.start > i:
                    self._held_with(i, event, after, partner, subjects_attend=not arranges)
                if not arranges:
                    return
            if relative is not None:
                if not after or after[0].start > i + 1 or after[-1].end < self.sent.end and doc[after[-1].end].norm_ == "مع":
                    return  # "المحادثات التي عقدها رئيس البرلمان في الجزائر مع المبعوث": a party, and where
                subjects, basis = after, "organize_relative_clause"
            elif after:
                if norm in self.org_adjacent and event.start > i and not (
                        after[0].start == i + 1 and self._adverbial(after[-1].end, event.start)) and event.start - i > 2:
                    return      # only its subject may stand between: "عقد مجلس الأمن الدولي اجتماعا"
                subjects, basis = self._coordinated(after), "organize_verb_subject"   # "لجنة الإغاثة بالمجلس …": one subject
            else:
                topic = self._topic_before(i)
                subjects, basis = ([topic], "organize_verb_topic_subject") if topic else ([], "")
                if not subjects:
                    dropped = self._agent_dropped(i)
                    subjects, basis = ([dropped], "organize_verb_dropped_subject") if dropped else ([], "")
        if event is None:
            return
        modality = self._modality(i, event)
        if basis == "organize_relative_clause" and modality == "reported":
            modality = "asserted"   # the relative clause describes its event, outside the report around it
        for subject in subjects:
            if subject.via == "role" and norm in self.patronage:
                continue    # "برعاية خادم الحرمين الشريفين": a patron is a person, not the state of his title
            self._add("ORGANIZED", subject.key, event._.key, i, negated=self._negated(i), modality=modality, basis=basis)

    def _adverbial(self, start: int, end: int) -> bool:
        """Whether tokens start..end hold only where and when, between a subject and its object: "أقامت الهيئة
        بالأحساء، أمس، حفل معايدة" (places, dates, commas; the subject's title after its name)."""
        return all(t.i in self.named_or_dated and self._arg_at(t.i) is None or t.text in ("،", ",")
                   or t.i in self.named_role_tokens for t in self.doc[start:end])

    def _held_with(self, i: int, event: Span, after: list[Arg], partner: int | None, subjects_attend: bool = True) -> None:
        """"عقد كيري اجتماعا مع الرئيس السيسي", "أجرى الوزير X محادثات مع نظيره Y", "أجرت قطر مشاورات في
        موسكو": who holds a meeting with someone and that someone take part in it (both ATTENDED); a meeting
        only, not a press conference or an agreement (the events component knows the kind)."""
        if self.registry.get(event._.key, {}).get("props", {}).get("kind") not in self.held_with_kinds \
                or self.doc[i].norm_ in self.verbal_nouns:
            return          # "بمحاربة تنظيم «داعش» …، خلال لقاء مع …": the noun names a group, it holds nothing
        subjects, basis = [a for a in after if a.start > i and a.end <= event.start], "held_with"
        if subjects and any(self.doc[t].norm_ not in self.honorifics and t not in self.role_tokens
                            and self.doc[t].text not in QUOTES for t in range(i + 1, subjects[0].start)):
            return          # only the subject stands between the verb and its object
        if not subjects:
            topic = self._topic_before(i)
            subjects = [topic] if topic and self._adverbial(i + 1, event.start) else []
        if partner is not None:
            board = next((b for b in self.boards if [t.norm_ for t in self.doc[partner + 1:partner + 1 + len(b)]] == b), [])
            partner += len(board)       # "اجتماعا مع مجلس إدارة الاتحاد": with the federation
        partners = self._list_from(partner + 1, max_gap=0) if partner is not None else []
        if partner is not None and self._topic_between(event.start + 1, partner):
            partners = []       # "لقاء حول الشراكة مع وزارة الشؤون الاجتماعية": the topic's partner
        mod, neg = self._modality(i, event), self._negated(i)
        for a, b in [(s, basis) for s in subjects if subjects_attend] + [(p, "held_with_partner") for p in partners]:
            if a.via == "name" or a.type == "Person":
                self._add("ATTENDED", a.key, event._.key, i, negated=neg, modality=mod,
                          basis=b if partner is not None else "conduct_verb_subject")

    def _next_event(self, i: int) -> int | None:
        """The first token of the next event after token i in its clause."""
        ev = self._event(i, salient=False, after_only=True)
        return ev.start if ev is not None else None

    def _relative_clause_event(self, i: int) -> Span | None:
        """The event a relative clause opened right after it is about, when the verb at token i takes it
        back as its object: "المؤتمر الذي نظمته الجامعة العربية", "الدورة، التي تستضيفها لوس أنجلوس"
        (not "الذي عقد في …", a passive); a place may stand between ("الاجتماع الشهري بمنطقة مكة المكرمة الذي ترأسه"),
        or a demonstrative phrase that renames it ("حفل الافتتاح، هذا الحدث العالمي الذي افتتحه")."""
        rel = i - 1
        if rel - 3 > self.sent.start and self.doc[rel].norm_ == AN and self.doc[rel - 1].norm_ in self.planned \
                and self.doc[rel - 2].norm_ == "من":
            rel -= 3        # "المشاورات التي من المنتظر أن تستضيفها موسكو"
        if rel <= self.sent.start or self.doc[rel].norm_ not in self.relative_pronouns \
                or not self._object_suffix(i):
            return None
        ends = {ev.end: ev for ev in self.events_in[self.k]}
        end, adjectives = rel, 0
        while end not in ends and end - 1 > self.sent.start:
            tok = self.doc[end - 1]
            if tok.text in QUOTES or tok.text in ("،", ",") or tok.ent_type_ == "LOC":
                end -= 1
            elif tok.norm_ in self.demonstratives and end - 2 > self.sent.start and self.doc[end - 2].text in ("،", ","):
                end -= 1        # "حفل افتتاح القناة، هذا الحدث العالمي الذي افتتحه …": the event it renames
            elif adjectives < 2 and tok.norm_.startswith("ال") and not tok.ent_type_ and tok.norm_ not in self.bodies \
                    and tok.norm_ not in self.delegation:
                end, adjectives = end - 1, adjectives + 1     # "دورة الألعاب للأولمبياد الخاص الدولي التي …"
            else:
                break
        event = ends.get(end)
        # "الجلسة التي عقدها مجلس الوزراء": the clause defines a meeting of its own, not the one "الجلسة" refers back to
        return None if event is None or (event._.value or {}).get("anaphoric") else event

    def _chaired(self, i: int) -> None:
        """ترأس رئيس الوزراء الاجتماع / يدير الندوة الأديب X / الاجتماع الذي يرأسه X / وكان X ترأس الاجتماع /
        عقد الاجتماع أمس في الرياض برئاسة X. Not "مجلس إدارة النادي برئاسة X" (X chairs the board), nor a
        delegation's head, nor a "رئاسة" that names an office ("رئاسة الوزراء", "ترويكا رئاسة القمة")."""
        doc, norm = self.doc, self.doc[i].norm_
        noun = norm in self.chair_nouns
        if noun:
            self._headed_by(i)
            event = self._event_before(i)
            if event is None:
                return
            if self._body_of(event):
                return      # "اللجنة المنظمة لمعرض الكتاب برئاسة X": he chairs the committee, not the fair
            visit = self.registry.get(event._.key, {}).get("props", {}).get("kind") in self.visit_kinds
            if any(t.norm_ in self.delegation for t in doc[self.sent.start:i if visit else event.start]):
                return      # "شارك وفد المملكة في الاحتفالات …، برئاسة الأمير X", "زيارة وفد حركة حماس برئاسة
                # خالد مشعل" (a visit is made, never chaired): he heads the delegation
            subjects, basis = self._list_from(i + 1, max_gap=2), "chair_noun"
            if subjects and not all(t.norm_ in self.honorifics or t.text in QUOTES or t.i in self.named_role_tokens
                                    for t in doc[i + 1:subjects[0].start]):
                return      # "برئاسة وكيل وزارة الصحة": an unnamed official, not his ministry
        else:
            ahead = self._event(i, salient=False, after_only=True)
            heads = ahead and next((t.i for t in doc[i + 1:ahead.start] if t.norm_ in self.delegation), None)
            if heads is not None:
                self._heads_delegation(i, heads, ahead)
                return      # "ترأس وفد بلاده إلى القمة": he attended it, another chaired it
            after = self._list_from(i + 1, max_gap=2, stop=None if self._object_suffix(i) else self._next_event(i))
            event = self._object_event(i, after[-1] if after else None)
            coordinated = event is None and self._object_suffix(i)
            if coordinated:
                event = self._coordinated_object(i)     # "عقد في الرياض اجتماع …، وترأسه الأمير X"
            if event is None:
                return
            if any(t.norm_ in self.bodies for t in doc[(after[-1].end if after else i + 1):event.start]):
                return      # "ترأس X لجنة الاستئناف في المؤتمر": he chaired a committee of the event, not the event
            if event.start == i + 1:          # "يدير الندوة الأديب X"
                start = event.end
                if start + 1 < self.sent.end and doc[start].norm_ in ("في", "ب"):
                    place = self._arg_at(start + 1, actors_only=False)
                    start = place.end if place is not None else start       # "الاجتماع في تونس وزير …": where, not who
                relative = start < self.sent.end and doc[start].norm_ in self.relative_pronouns
                after = [] if relative else self._list_from(start, max_gap=2)
                # "ترأس الجلسة التي عقدها مجلس الوزراء": the council is the relative clause's subject, not the chair
            subjects, basis = after, "chair_object_pronoun" if coordinated else "chair_subject"
            if not subjects and not coordinated:
                topic = self._topic_before(i)
                subjects, basis = ([topic], "chair_topic_subject") if topic else ([], basis)
        for subject in subjects:
            self._add("CHAIRED", subject.key, event._.key, i, negated=self._negated(i), modality=self._modality(i, event),
                      basis=basis)

    def _body_of(self, event: Span) -> bool:
        """Whether the event is named as what a committee or council serves ("اللجنة التنفيذية لمعرض «…»") or
        works in ("لجنة الفصل بالطعون والمخالفات في الانتخابات البلدية")."""
        doc = self.doc
        lam = self._lam(event.start) or event.start > self.sent.start and doc[event.start - 1].norm_ in ("ل", "لـ")
        if lam:
            return any(doc[k].norm_ in self.bodies for k in range(max(self.sent.start, event.start - 3), event.start))
        # "لجنة الفصل … في": a body named by its construct (not "شاركت اللجنة في المؤتمر": its subject)
        if not (event.start > self.sent.start and doc[event.start - 1].norm_ == "في"):
            return False
        body = next((k for k in range(event.start - 2, max(self.sent.start, event.start - 6) - 1, -1)
                     if doc[k].norm_ in self.bodies and not doc[k].norm_.startswith("ال")), None)
        return body is not None and not any(doc[k].text in ("،", ",") or k in self.dated for k in range(body, event.start))

    def _headed_by(self, i: int) -> None:
        """"وفد الائتلاف الوطني السوري برئاسة X", "الوفد المصري برئاسة X", "الحكومة اليمنية برئاسة X": the named
        head of an organisation, or of a state's delegation or government, belongs to it (AFFILIATED_WITH)."""
        doc, j = self.doc, i - 1
        while j > self.sent.start and doc[j].text in QUOTES:
            j -= 1
        body = self._arg_at(j)
        if body is None or body.place or body.type not in ("State", "Organization") or body.via == "role":
            return
        k = body.start - 1
        while k > self.sent.start and doc[k].text in QUOTES:
            k -= 1
        if body.type == "State" and not (k >= self.sent.start and (
                doc[k].norm_ in self.delegation or doc[k].norm_ in self.state_organs)):
            return          # "القمة في الرياض برئاسة X": where, not whose
        head = self._list_from(i + 1, max_gap=2)
        if head and head[0].type == "Person" and all(
                t.norm_ in self.honorifics or t.text in QUOTES or t.i in self.named_role_tokens
                for t in doc[i + 1:head[0].start]):
            self._add("AFFILIATED_WITH", head[0].key, body.key, i, negated=self._negated(i), basis="headed_by")

    def _organised_by(self, i: int) -> bool:
        """"المؤتمر … بتنظيم من الجامعة العربية": the verbal noun names its organiser after من; "صلته بتنظيم
        داعش" names a group."""
        doc = self.doc
        return (doc[i].norm_ in self.by_agent and normalize(doc[i].text)[:1] == "ب" and i + 1 < self.sent.end
                and doc[i + 1].norm_ in self.from_)

    def _event_before(self, i: int) -> Span | None:
        """The event that a ب-noun at token i ("برئاسة X", "باستضافة X") qualifies: the last one before it
        in its clause, with only a bridge between (see _chair_bridge)."""
        s = self._clause(i)[0]
        before = [ev for ev in self.events_in[self.k] if s <= ev.start and ev.end <= i]
        event = max(before, key=lambda ev: ev.end) if before else None
        return event if event is not None and self._chair_bridge(event.end, i) else None

    def _chair_bridge(self, start: int, end: int) -> bool:
        """Whether a ب-noun ("برئاسة") at token end still qualifies an event ending at start: only its time,
        place or a relative "الذي عقد" between, and no body or delegation ("مجلس إدارة النادي برئاسة X")."""
        open_words = 0
        for t in self.doc[start:end]:
            if t.norm_ in self.bodies or t.norm_ in self.delegation or t.i in self.role_tokens or t.ent_type_ == "ORG":
                return False    # "نائباً لرئيس الائتلاف برئاسة X": X heads the body of a title
            if t.i in self.named_or_dated or t.text in QUOTES or t.text in ("،", ",") or t.norm_ in self.chair_bridge:
                continue
            open_words += 1
        return open_words <= self.object_window

    def _open_gap(self, start: int, end: int) -> int:
        """Tokens outside names, titles and dates between an event (ending at start) and the first attendance
        noun of the chain that reaches end: "المؤتمر في باريس أمس بحضور الوزراء العرب وممثلي" has one ("في"),
        "المباحثات … مبادرة لتشكيل جبهة … بمشاركة" six (the participation is the front's)."""
        end = next((t for t in range(start, end) if self.doc[t].norm_ in self.attend_nouns), end)
        return sum(1 for t in range(start, end) if t not in self.named_or_dated)

    def _heads_delegation(self, i: int, delegation: int, event: Span) -> None:
        """"يترأس الوزير X وفد بلاده إلى القمة" / "X يترأس وفد بلاده": the head of a delegation attends
        the event; said by a verb only (a noun "برئاسة" names the head of the delegation, read elsewhere)."""
        if self.doc[i].norm_ in self.chair_nouns:
            return
        subjects = self._list_from(i + 1, max_gap=2, stop=delegation)
        basis = "heads_delegation"
        if not subjects:
            # a person heads a delegation: "زيارة يقوم بها الملك X إلى مصر، ترأس خلالها وفد المملكة" is not Egypt's
            before = self._before(i, window=4, types=("Person",))
            subjects, basis = ([before], "heads_delegation_preposed") if before else ([], basis)
        state = self._arg_at(delegation + 1)
        for subject in subjects:
            self._add("ATTENDED", subject.key, event._.key, i, negated=self._negated(i),
                      modality=self._modality(i, event), basis=basis)
            if subject.type == "Person" and state is not None and state.type == "State" and not state.place:
                # "يترأس الدكتور إبراهيم العساف وزير المالية وفد المملكة": the head of a state's delegation is its own
                self._add("AFFILIATED_WITH", subject.key, state.key, i, negated=self._negated(i), basis="headed_by")

    def _attended(self, i: int) -> None:
        """حضر X المؤتمر / شارك X في المؤتمر / حضر المؤتمر ممثلون عن X / المؤتمر … بحضور X / وفد X إلى المؤتمر /
        تغيبت X عن القمة (negated)."""
        doc, norm = self.doc, self.doc[i].norm_
        s, e = self._clause(i)
        described = False       # read off a relative clause that describes the event
        if norm in self.represent:
            self._represented(i, e)
            return
        if norm in self.open_verbs:
            self._opened(i, e)
            return
        if norm in self.join_event:
            self._joined(i, e)
            return
        absent = norm in self.absent
        if norm in self.attend_verbs and i + 1 < e and doc[i + 1].norm_ == "من":
            return      # "الذي يحضر من الولايات المتحدة": who comes from somewhere, not who attends
        if norm in self.attend_nouns and norm not in self.delegation:
            # the event the phrase modifies: "عقد المؤتمر … بحضور X", "مؤتمر دولي بمشاركة مصر"
            event = next((ev for ev in sorted(self.events_in[self.k], key=lambda ev: -ev.end)
                          if s <= ev.start and ev.end <= i and self._open_gap(ev.end, i) <= self.attend_noun_window
                          and norm not in self.unattended_kinds.get(
                              self.registry.get(ev._.key, {}).get("props", {}).get("kind"), ())),
                         None)
            basis = "attend_noun_after_event"
            if event is None:
                event = self._event_ahead(i, e)
                basis = "attend_noun_before_event"
            if event is None and self.attend_chain is not None and 0 <= i - self.attend_chain[0] <= 1:
                # "وشارك فيها الرؤساء الثلاثة بحضور الرئيس الأميركي": present at the event the list before attended
                event, basis = self.attend_chain[1], "attend_noun_chained"
                described = self.attend_chain[2]
            if event is None:
                return
            stop = event.start if event.start > i else None
            subjects = self._list_from(self._skip_of(i + 1), max_gap=1, stop=stop)
            # "بحضور ممثلي غوتزه": his representatives, not Götze himself (a state takes part through them)
            subjects = [a for a in subjects if a.type != "Person" or doc[a.start - 1].norm_ not in self.proxies]
            subjects = self._without_genitive_states(subjects)
            if subjects:
                subjects += self._described_continuation(subjects[-1].end, e, stop)
            else:
                subjects = self._among(self._skip_of(i + 1), stop)
                basis = "attend_among" if subjects else basis
            if not subjects:
                # "بحضور وزراء المياه من مصر … ومن السودان …": a description, then whom it covers
                j = next((j for j in range(i + 2, min(e, i + 7)) if doc[j].norm_ == "من"), None)
                if j is not None and not any(t.text in self.breaks or t.text == "،" for t in doc[i:j]):
                    subjects, basis = self._list_from(j + 1, max_gap=0, stop=stop), "attend_noun_description"
        elif i + 1 < e and doc[i + 1].text in self.resumptive and norm in self.attend_verbs:
            # "الاجتماعات التي شارك فيها X": the relative clause of the event before it
            before = sorted((ev for ev in self.events_in[self.k] if s <= ev.start and ev.end <= i), key=lambda ev: -ev.end)
            event = next((ev for ev in before if i - ev.end <= 4), None)
            subjects, basis = self._list_from(i + 2, max_gap=1), "attend_relative_clause"
            if doc[i - 1].text[:1] == "و" and doc[i - 1].norm_ in self.relative_pronouns:
                # "لقاءات الدوحة التي جرت على هامش اجتماعات … والتي شارك فيها": a second relative clause
                # describes what the first one does, the event right before the first pronoun; the same pronoun
                # ("التي … والتي"), as the same antecedent takes ("بلقاء … والذي …، ندوة «…»، والتي": the ندوة's)
                first = next((j for j in range(i - 2, s - 1, -1) if doc[j].norm_ in self.relative_pronouns), None)
                first = first if first is not None and doc[first].norm_.removeprefix("و") == doc[i - 1].norm_[1:] \
                    else None
                event = next((ev for ev in before if first is not None and ev.end == first), None) if first else event
                basis = "attend_resumptive" if first else basis
            elif event is None and before and i - before[0].end <= self.attend_window and (
                    doc[i].text[:1] == "و" or doc[i - 1].norm_ in self.relative_pronouns):
                # "القمة التي عقدت في أديس أبابا قبل أيام، وشارك فيها الرؤساء الثلاثة ووزير …": the pronoun
                # takes back the nearest event; its actors may follow a description ("الرؤساء الثلاثة")
                event, basis = before[0], "attend_resumptive"
                subjects = self._list_from(i + 2, max_gap=2)
            if event is None:
                return
        elif norm in self.attend_verbs and (event := self._relative_clause_event(i)) is not None:
            # "الاجتماع الذي حضره وزراء خارجية مصر والأردن": the object pronoun takes the event back
            subjects, basis = self._list_from(i + 1, max_gap=1), "attend_relative_clause"
        elif (norm in self.object_pronoun_verbs or norm[:1] in ("و", "ف") and norm[1:] in self.object_pronoun_verbs) \
                and (event := self._coordinated_object(i)) is not None:
            # "أقامت الهيئة حفل معايدة في مقرها، وحضره مدير عام الهيئة X": a clause joined to the one that
            # names the event takes it back with its object pronoun
            subjects, basis = self._list_from(self._skip_of(i + 1), max_gap=1), "attend_object_pronoun"
        else:
            event = self._event_ahead(i, e)
            if event is None or event.start > i + 1 and doc[event.start - 1].norm_ in self.preparing:
                return      # "يعملون مع الوفد الدولي على التحضير لمؤتمر «جنيف 3»": who prepares it, not who attends
            if norm in self.delegation:
                if any(self._complementizer(t) or t.norm_ in self.new_clauses for t in doc[i + 1:event.start]):
                    return      # "وأوضح قائد الفريق في الوفد السعودي أن الورشة تأتي …": what he says of it; "الدعم
                                # لبعثة المملكة، حيث قامت المجموعة بالاجتماع مع …": another clause's event
                subjects = self._list_from(self._skip_of(i + 1), max_gap=1, stop=event.start)
                basis = "delegation_to_event"
            elif norm in self.witness:
                # "شهد الحفل الأمير X", "شهد الأمير X توقيع الاتفاقية": a person witnessing an event attends it
                # (a place or a period "witnesses" events too: "شهدت المدينة احتفالات")
                subjects = self._list_from(self._skip_of(i + 1), max_gap=1, stop=event.start)
                if not subjects and event.start - i <= 2:
                    subjects = self._list_from(self._skip_of(event.end), max_gap=1)
                subjects, basis = [a for a in subjects if a.type == "Person"], "witness_verb_subject"
            else:
                subjects = self._list_from(self._skip_of(i + 1), max_gap=1, stop=event.start)
                basis = "attend_verb_subject"
                if subjects and self._means_before(subjects[0].start):
                    subjects = []       # "شارك من خلال تويتر": the channel, not who takes part
                if not subjects:
                    subjects = self._among(i + 1, event.start)
                    basis = "attend_among" if subjects else basis
                if not subjects and event.start - i <= 2:
                    # "حضر الاجتماع ممثلون عن …": the event first, then who attended it
                    subjects = self._list_from(self._skip_of(event.end), max_gap=1)
                    if subjects and self._prepositional(event.end, subjects[0].start):
                        subjects = []   # "حضر الوزير اجتماع مجلس الإدارة في كوريا الجنوبية": where, not who
                    if subjects and any(t.norm_ in self.speech_verbs for t in doc[event.end:subjects[0].start]):
                        subjects = []   # "هل سيحضر القمة؟ قال المندوب X «نعم»": the subject of the speech verb
                    basis = "attend_verb_postposed_subject"
                    if subjects and any(t.norm_ in ("كل", "كلا") and doc[t.i + 1].norm_ == "من"
                                        for t in doc[event.end:subjects[0].start - 1]):
                        basis = "attend_verb_postposed_each"    # "حضر الحفل كل من X وY": the list of its subjects
                    if not subjects:
                        subjects = self._among(self._skip_of(event.end), e)
                        basis = "attend_among" if subjects else basis
                    if not subjects:
                        subjects = self._alongside(event.end, e)
                        basis = "attend_verb_alongside" if subjects else basis
                relative = not subjects and i - 1 > s and doc[i - 1].norm_ in self.relative_pronouns
                if relative:    # the subject of a relative clause is its antecedent or no one named
                    antecedent = self._antecedent(i - 1)
                    subjects, basis = ([antecedent], "attend_relative_subject") if antecedent else ([], basis)
                if not subjects and not absent and not relative:
                    # "وكانت مصر قد شاركت في …", "أعلن أن الوزير X سيشارك في …": the subject opens its clause
                    topic = self._topic_before(i)
                    subjects, basis = ([topic], "attend_verb_topic_subject") if topic else ([], basis)
                if not subjects and not relative:
                    before = self._preposed(i)
                    subjects, basis = ([before], "attend_verb_preposed_subject") if before else ([], basis)
                    if before is not None and norm.endswith(self.plural_endings):
                        # "كلا من الرئيس X والرئيس Y سيشاركون في القمة": a plural verb agrees with the list before it
                        listed = self._list_ending_at(before)
                        if len(listed) > 1:
                            subjects, basis = listed, "attend_verb_preposed_list"
                if not subjects:
                    dropped = self._dropped_subject(i)
                    subjects, basis = ([dropped], "attend_verb_dropped_subject") if dropped else ([], basis)
                if not subjects:
                    linked = self._linked_clause_subject(i)
                    subjects, basis = ([linked], "attend_linked_clause_subject") if linked else ([], basis)
        described = described or basis in ("attend_relative_clause", "attend_resumptive") and not (
            event.start > s and self._complementizer(doc[event.start - 1]))
        # (not "قال إن عملية التحرير شاركت فيها قوات التحالف": the event opens what is said, its clause is said too)
        modality = self._modality(i, event)
        if described and modality == "reported":
            # a relative clause describes its event: what it says holds outside the report around it
            # ("نقلت الوكالة أن … سيشاركون في القمة التي تأتي بعد قمة … شارك فيها X")
            modality = "asserted"
        if subjects and not absent:
            self.attend_chain = (max(a.end for a in subjects), event, described)
        events = [event] + (self._coordinated_events(event) if event.start > i else [])
        if not absent:
            self._delegation_heads(i, event, s, e)
        delegated = -1          # end of the last demonym that qualifies a delegation ("وفود سعودية وقطرية")
        for subject in subjects:
            if subject.via == "demonym":
                prev = doc[subject.start - 1] if subject.start > 0 else None
                if prev is not None and (prev.norm_ in self.delegation or delegated == subject.start and
                                         doc[subject.start].text[:1] == "و"):
                    # "بمشاركة وفد سعودي": the state's delegation, the state attends; so do the adjectives
                    # coordinated to it ("وفود سعودية وقطرية") or to a state's name ("مصر والسعودية": the state)
                    delegated = subject.end
                elif not (prev is not None and prev.norm_ in self.state_organs):
                    continue    # "بمشاركة وزير الري المصري …": the adjective of a title, even if the state is named elsewhere
            elif subject.type == "State" and subject.via == "name":
                delegated = subject.end
            for ev in events:
                self._add("ATTENDED", subject.key, ev._.key, i, negated=absent or self._negated(i),
                          modality=modality, basis=("absent_" + basis) if absent else basis,
                          adjective=delegated == subject.end)

    def _travel_to_attend(self, i: int) -> None:
        """"وصل وزير الخارجية X إلى الرياض أمس للمشاركة في القمة", "غادر X متوجها إلى باريس لحضور المؤتمر":
        the subject of a verb of travel whose purpose (لـ) is to attend an event attends it."""
        doc = self.doc
        written = normalize(doc[i].text)
        if written[:1] != "ل" or doc[i].norm_[:1] == "ل":
            return
        s, e = self._clause(i)
        j = i + 1 + (i + 1 < e and doc[i + 1].norm_ == "في")
        event = next((ev for ev in self.events_in[self.k] if ev.start == j + (j < e and doc[j].text in QUOTES)), None)
        if event is None or self._other_occurrence(event):
            return
        for v in range(i - 1, max(s, i - self.travel_window) - 1, -1):
            if doc[v].norm_ in self.subordinators or doc[v].norm_ in self.invite_verbs \
                    or doc[v].norm_ in self.invite_nouns or doc[v].norm_ in self.relative_pronouns:
                return      # "دعا X الوزير للمشاركة", "الوفد الذي وصل للمشاركة": another's purpose, another clause
            if doc[v].norm_ not in self.travel or self._arg_at(v, actors_only=False) is not None:
                continue
            subjects = [a for a in self._coordinated(self._list_from(v + 1, max_gap=1, stop=i))
                        if a.type == "Person" or a.via == "name" and not a.place]
            if subjects and any(t.norm_ in self.travel_prepositions for t in doc[v + 1:subjects[0].start]):
                subjects = []       # "غادر إلى مصر للمشاركة": where he went, not who went
            basis = "travel_to_attend"
            if not subjects:
                topic = self._topic_before(v)
                subjects, basis = ([topic], "travel_to_attend_topic") if topic else ([], basis)
            # "الذي يصل اليوم للمشاركة": a present verb of travel tells a visit under way, its purpose ahead
            mod = "planned" if self._present(doc[v].norm_) else self._modality(v, event)
            for subject in subjects:
                self._add("ATTENDED", subject.key, event._.key, i, negated=self._negated(v), modality=mod, basis=basis)
            self._delegation_heads(v, event, s, e)
            return

    def _delegation_heads(self, i: int, event: Span, s: int, e: int) -> None:
        """"شارك وفد مصر برئاسة وزير الخارجية X في الاجتماع", "بمشاركة وفد سعودي برئاسة X", "وفدا برئاسة X
        يشارك في اللقاء": the head of a delegation that attends an event attends it (he does not chair it). The
        delegation within attend_window words of the attendance word at token i, in its clause."""
        doc = self.doc
        for k in range(max(s, i - self.attend_window), min(e, i + self.attend_window)):
            if doc[k].norm_ not in self.chair_nouns or not any(
                    doc[d].norm_ in self.delegation for d in range(max(s, k - 3), k)):
                continue
            head = next(iter(self._list_from(k + 1, max_gap=2)), None)
            if head is not None and head.type == "Person" and all(
                    t.norm_ in self.honorifics or t.text in QUOTES or t.i in self.named_role_tokens
                    for t in doc[k + 1:head.start]):
                self._add("ATTENDED", head.key, event._.key, k, negated=self._negated(i),
                          modality=self._modality(i, event), basis="delegation_head")

    def _among(self, j: int, stop: int | None) -> list[Arg]:
        """"بمشاركة 20 دولة من بينها مصر والأردن", "التحاق دولتين أفريقيتين، من بينها ليبيا": a count of unnamed
        actors (a few words from token j, no name among them), then those of them the text names."""
        doc, end = self.doc, min(self.sent.end, stop) if stop else self.sent.end
        for k in range(j, min(end, j + 5)):
            if doc[k].text in self.breaks or self._arg_at(k, actors_only=False) is not None or k in self.role_tokens \
                    or doc[k].norm_ == "من" and not (k + 1 < end and doc[k + 1].norm_ in self.among):
                return []   # "الطلاب المشاركين من عدة دول منها اليابان": where they come from, not who took part
            if doc[k].norm_ in self.among:
                return [a for a in self._list_from(k + 1, max_gap=0, stop=stop) if a.via != "demonym"]
        return []

    def _described_continuation(self, j: int, e: int, stop: int | None) -> list[Arg]:
        """"ممثلون عن وكالة X ومكتب Y، وعن الأجهزة الأمنية في السعودية وألمانيا": after a list of attendees,
        "وعن"/"ومن", a description of a few words and "في"/"من", the states it names (by name)."""
        doc, end = self.doc, min(e, stop) if stop else e
        j += j < end and doc[j].text in ("،", ",")
        if not (j < end and doc[j].text[:1] == "و" and doc[j].norm_ in ("عن", "من")):
            return []
        for k in range(j + 1, min(end, j + 6)):
            if doc[k].text in self.breaks or doc[k].text in ("،", ",") or self._arg_at(k, actors_only=False) is not None:
                return []
            if doc[k].norm_ in ("في", "من"):
                return [a for a in self._list_from(k + 1, max_gap=0, stop=stop) if a.type == "State" and a.via == "name"]
        return []

    def _preposed(self, i: int) -> Arg | None:
        """The subject written before an attendance verb ("الوزير X يشارك في المؤتمر"), within four words and
        in the same clause: not across a comma, "وقد" or "كما" ("… بقاعة الجمعية الخيرية، وقد حضر الحفل …"), nor
        a complementizer ("اجتماعا مع الرئيس X بعد أن شارك في …": X is no subject of the verb after أن), nor
        before a verb that opens a clause of its own with its conjunction ("… وخالد حمود، وحضر الحفل جمع …")."""
        doc = self.doc
        if doc[i].text[:1] in ("و", "ف") and doc[i].norm_[:1] != doc[i].text[:1]:
            return None
        before = self._before(i, window=4, same_clause=True)
        if before is None or any(t.text in ("،", ",") or t.norm_ in self.clause_openers for t in doc[before.end:i]) \
                and doc[i - 1].norm_ not in self.relative_plural:     # "…، يوسف السالم، الذين شاركوا في اللقاء"
            return None
        return before

    def _coordinated_events(self, event: Span) -> list[Span]:
        """The events joined to `event` by a conjunction: "في عمليتي «عاصفة الحزم» و«إعادة الأمل»", "في المؤتمر
        والمعرض المصاحب له"."""
        out, end = [], event.end
        for ev in sorted(self.events_in[self.k], key=lambda ev: ev.start):
            if ev.start < end or (ev._.value or {}).get("anaphoric"):
                continue
            gap = self.doc[end:ev.start]
            if len(gap) > 3 or not all(t.text in QUOTES or t.norm_ == "و" for t in gap) or not (
                    self.doc[ev.start].text[:1] == "و" or any(t.norm_ == "و" or t.text.startswith("و") for t in gap)):
                break
            out.append(ev)
            end = ev.end
        return out

    def _resumed_antecedent(self, i: int) -> tuple[bool, Span | None]:
        """A verb with an object pronoun joined by "و" in a relative clause ("المجلس الذي يشرف على المفاوضات ويرأسه
        الرئيس"): its pronoun takes back what the relative pronoun describes, not the noun before it. (True, the
        event ending at that relative pronoun or None); (False, None) for a verb in no relative clause."""
        if self.doc[i].text[:1] != "و" or not self._object_suffix(i):
            return False, None
        for r in range(i - 1, self.sent.start, -1):
            tok = self.doc[r]
            if tok.text in self.breaks or tok.text in ("،", ","):
                break
            if tok.norm_ in self.relative_pronouns:
                return True, next((ev for ev in self.events_in[self.k] if ev.end == r), None)
        return False, None

    def _coordinated_object(self, i: int) -> Span | None:
        """The event a verb with an object pronoun takes back from the clause before it, when the verb opens a
        clause joined by "و" ("… حفل معايدة في مقر الهيئة، وحضره …"): the last event before it in the sentence,
        within attend_window words and no clause break."""
        if self.doc[i].text[:1] != "و":
            return None
        resumed, antecedent = self._resumed_antecedent(i)
        if resumed:
            return antecedent       # "الاجتماع الذي عقده أوباما بأديس أبابا وحضره …"
        before = [ev for ev in self.events_in[self.k] if ev.end <= i and i - ev.end <= self.attend_window
                  and not any(t.text in self.breaks for t in self.doc[ev.end:i])]
        return max(before, key=lambda ev: ev.end) if before else None

    def _joined(self, i: int, clause_end: int) -> None:
        """"وانضم الوزير الإيطالي X إلى المشاورات", "التحاق ليبيا بالاجتماع التأسيسي": who joins an event takes
        part in it (joining an organisation is MEMBER_OF); the event right after its preposition."""
        doc = self.doc
        event = self._event_ahead(i, clause_end)
        if event is None or (event._.value or {}).get("anaphoric") and self._other_occurrence(event):
            return
        j = event.start - 1
        written = normalize(doc[event.start].text)
        if not (written[:1] in ("ل", "ب") and doc[event.start].norm_[:1] != written[:1] or
                j > i and doc[j].norm_ in self.join_to):
            return
        stop = j if doc[j].norm_ in self.join_to else event.start
        subjects = self._list_from(i + 1, max_gap=2, stop=stop)
        basis = "join_event_subject"
        if not subjects:
            subjects = self._among(i + 1, stop)
            basis = "attend_among" if subjects else basis
        if not subjects:
            topic = self._topic_before(i)
            subjects, basis = ([topic] if topic else []), "join_event_topic_subject"
        for subject in subjects:
            if subject.via != "demonym":
                self._add("ATTENDED", subject.key, event._.key, i, negated=self._negated(i),
                          modality=self._modality(i, event), basis=basis)

    def _alongside(self, start: int, clause_end: int) -> list[Arg]:
        """"شارك في المؤتمر 90 وفدا من 60 دولة، إلى جانب وفود من الأمم المتحدة والاتحاد الأوروبي": after an
        unnamed postposed subject, the actors added to it ("إلى جانب", "بالإضافة إلى", "فضلا عن")."""
        for j in range(start, min(clause_end, start + self.alongside_window)):
            if self._arg_at(j) is not None:
                return []           # a named actor first: not an unnamed subject
            if self.doc[j].norm_ in self.alongside:
                k = j + 1
                while k < clause_end and self.doc[k].norm_ in (ILA, "عن"):
                    k += 1
                return self._list_from(self._skip_of(k), max_gap=0)
        return []

    def _opened(self, i: int, clause_end: int) -> None:
        """"افتتح وزير الاقتصاد X أعمال المنتدى" / "الحفل الذي افتتحه الرئيس X": who opens an event is at it.
        Only the subject written after the verb: a subject before it may have opened something else."""
        event = self._relative_clause_event(i)
        if event is not None:
            subjects, basis = self._list_from(i + 1, max_gap=1), "opened_relative_clause"
        else:
            event = self._event_ahead(i, clause_end)
            if event is None:
                return
            subjects, basis = self._list_from(i + 1, max_gap=1, stop=event.start), "opened_verb_subject"
        for subject in subjects[:1]:
            self._add("ATTENDED", subject.key, event._.key, i, negated=self._negated(i),
                      modality=self._modality(i, event), basis=basis)

    def _represented(self, i: int, clause_end: int) -> None:
        """"X، الذي مثّل بلاده في اجتماعات الصندوق" / "يمثل X المملكة في القمة": who represents his country
        at an event attends it (the verb alone is also "to be like" or "to constitute": its object must be
        the country and "في" must lead to the event)."""
        doc = self.doc
        j = i + 1
        subjects = [a for a in self._list_from(j, max_gap=0) if a.type == "Person"][:1]
        if subjects:
            j = subjects[0].end
        if j >= clause_end or not (doc[j].norm_ in self.represented or (a := self._arg_at(j)) is not None and a.type == "State"):
            return
        j = self._arg_at(j).end if self._arg_at(j) is not None else j + 1
        event = self._event_ahead(i, clause_end)
        if j >= clause_end or doc[j].norm_ not in ("في", "ب") or event is None or event.start - j > 2:
            return
        basis = "represent_country_subject"
        if not subjects:
            # "عبد الوهاب البدر رئيس صندوق التنمية، الذي مثل بلاده": the person the relative clause describes
            before = self._before(i, window=12, types=("Person",)) if doc[i - 1].norm_ in self.relative_pronouns else None
            subjects, basis = ([before], "represent_country_relative") if before else ([], basis)
        for subject in subjects:
            self._add("ATTENDED", subject.key, event._.key, i, negated=self._negated(i),
                      modality=self._modality(i, event), basis=basis)

    def _means_before(self, i: int) -> bool:
        """Token i follows a word of means (عبر، بواسطة، من خلال): what it names is a channel, not an actor."""
        prev = self.doc[i - 1] if i > self.sent.start else None
        return prev is not None and prev.norm_ in self.means and (
            prev.norm_ != "خلال" or prev.i > self.sent.start and self.doc[prev.i - 1].norm_ == "من")

    def _antecedent(self, rel: int) -> Arg | None:
        """The actor a relative pronoun at token rel describes, when it is the subject of the clause:
        "هولاند، الرئيس الغربي الوحيد الذي يحضر الاحتفال" (its title and one more word may stand between).
        A pronoun with و goes on with an earlier description of the same actor: "X، وهو من خبراء مركز Y
        والذي شارك" describes X, not Y."""
        if self.doc[rel].text[:1] == "و":
            opener = next((j for j in range(rel - 1, max(self.sent.start, rel - self.attend_window) - 1, -1)
                           if self.doc[j].norm_ in self.descriptions), None)
            if opener is not None and opener > self.sent.start and (
                    self.doc[opener - 1].text == "،" or self.doc[opener].norm_ in self.relative_pronouns):
                rel = opener
            elif opener is not None:
                return None
        j, extra = rel - 1, 0
        while j >= self.sent.start and self._arg_at(j) is None:
            if self.doc[j].text in QUOTES or self.doc[j].text == "،" or j in self.named_role_tokens:
                j -= 1
            elif extra < 1 and not self.doc[j].text in self.breaks:
                j, extra = j - 1, extra + 1
            else:
                return None
        return self._arg_at(j) if j >= self.sent.start else None

    def _list_ending_at(self, last: Arg) -> list[Arg]:
        """The coordinated actors that end with `last`, titles of the named ones included
        ("الرئيس X والرئيس Y ورئيس الوزراء Z" -> X, Y, Z); each joined to the next by a conjunction."""
        out, j, joined = [last], last.start - 1, False
        while j >= self.sent.start:
            tok = self.doc[j]
            joined = joined or tok.text[:1] == "و" or tok.norm_ in self.coordination
            if j in self.named_role_tokens or tok.text in QUOTES or tok.norm_ in self.honorifics \
                    or tok.norm_ in self.coordination:
                j -= 1
                continue
            arg = self._arg_at(j)
            if arg is None or not joined or arg.key in {a.key for a in out}:
                break
            out.append(arg)
            j, joined = arg.start - 1, False
        return out[::-1]

    def _event_ahead(self, i: int, clause_end: int) -> Span | None:
        """The first event after token i within its clause and attend_window tokens."""
        after = [ev for ev in self.events_in[self.k] if i < ev.start < clause_end and ev.start - i <= self.attend_window]
        return min(after, key=lambda ev: ev.start) if after else None

    def _prepositional(self, after: int, start: int) -> bool:
        """Whether the argument at start, after token after, is a preposition's object: one stands right before
        it or is written onto it ("في كوريا", "بالرياض"); من names who takes part ("كل من العراق والسعودية",
        "ممثلون من مصر")."""
        return start > after and self.doc[start - 1].norm_ != "من" and self.doc[start - 1].norm_ in self.travel_prepositions \
            or particle(self.doc[start]) in ("ب", "ل")

    def _without_genitive_states(self, args: list[Arg]) -> list[Arg]:
        """The actors without states governed by a common noun and those coordinated after them ("جامعات ألمانيا
        وفرنسا": the universities of both)."""
        out, last = [], None
        for a in args:
            governed = self._state_as_genitive(a) or (
                last is not None and a.type == "State"
                and all(t.norm_ in self.coordination for t in self.doc[last.end:a.start]))
            last = a if governed else None
            if not governed:
                out.append(a)
        return out

    def _state_as_genitive(self, a: Arg) -> bool:
        """A state named right after an indefinite common noun that governs it ("ممثلون عن كل كنائس أمريكا",
        "جامعات مصر"): whose the noun's people or bodies are, no party itself; not after its government, its
        delegation, a title or a word that brings in the actors ("حكومة مصر", "وفد الكويت", "ممثلي مصر")."""
        if a.type != "State" or a.start <= self.sent.start:
            return False
        prev = self.doc[a.start - 1]
        n = prev.norm_
        return prev.is_alpha and not prev._.clitic and not n.startswith("ال") and not prev.ent_type_ \
            and prev.i not in self.role_tokens and n not in self.state_organs and n not in self.delegation \
            and n not in self.proxies and n not in self.attend_links and n not in self.attend_nouns \
            and n not in self.honorifics and n not in self.coordination

    def _skip_of(self, j: int) -> int:
        """Past the words between an attendance word and its actors: "ممثلون عن", "وفود من", "كل من"."""
        while j < self.sent.end and (self.doc[j].norm_ in self.attend_links or self.doc[j].norm_ in self.attend_nouns
                                     or self.doc[j].norm_ in self.honorifics):
            j += 1
        return j

    def _invited(self, i: int) -> None:
        """دعوة قطر للمشاركة في هذا المؤتمر / دعت تركيا / رغم عدم توجيه دعوة المغرب."""
        verb = self.doc[i].norm_ in self.invite_verbs
        j = i + 1
        while j < self.sent.end and self.doc[j].norm_ in self.invite_skip:
            j += 1
        if self.doc[i].norm_ in self.callers and self._call_to_hold(i):
            return          # "دعت فرنسا إلى عقد مؤتمر", "دعوة الأمم المتحدة لعقد جولة جديدة": who calls for it
        if not verb and self._answered(i):
            return          # "رفض الحوثيون دعوة المملكة للحوار": the one named after دعوة invites
        first = self._arg_at(j) if not verb else None
        if first is not None and first.via == "demonym":
            j = first.end   # "دعوة روسية للائتلاف": the adjective names who invites, the ل-phrase whom
            if j < self.sent.end and self.doc[j].norm_ in self.call_on:
                j += 1
            elif not (j < self.sent.end and normalize(self.doc[j].text)[:1] == "ل" and self.doc[j]._.clitic):
                return
        if not verb and j < self.sent.end and self.doc[j].norm_ in self.call_on:
            j += 1          # "توجيه دعوة إلى إيران": the invitation is addressed to it
        if self._arg_at(j) is None:
            return
        invitees = self._list_from(j, max_gap=0)
        if verb and len(invitees) > 1 and invitees[1].start == invitees[0].end and not self.doc[invitees[1].start]._.clitic:
            invitees = invitees[1:]     # "دعت بريطانيا باكستان": the subject, then whom it invites
        elif verb and self.doc[i].norm_ in self.callers and self._before(i, window=8) is None:
            return          # "دعت تركيا إلى اجتماع للناتو": the one named after an active verb is who calls
        if invitees[0].type not in ("State", "Organization") or invitees[0].via == "capital":
            return
        nxt = self.doc[invitees[-1].end] if invitees[-1].end < self.sent.end else None
        if not verb and nxt is not None and nxt.text[:1] == "و" and len(nxt.norm_) > 5 \
                and strip_marks(nxt.text).endswith(("ها", "هم", "ه")):
            return          # "انتقدت دعوة المملكة واستضافتها قوات التحالف": its pronoun takes back who invites
        event = self._event(i, salient=False, after_only=True)
        # "دعت الحوثيين وحلفاءهم للالتزام ببنودها": past "and their allies" (a noun with their pronoun), what
        # they are called to
        tail = invitees[-1].end
        if tail < self.sent.end and normalize(self.doc[tail].text)[:1] == "و" and self._arg_at(tail) is None \
                and strip_marks(self.doc[tail].text).endswith(("هم", "ها", "ه")) and len(self.doc[tail].norm_) > 4:
            tail += 1
        nxt = self.doc[tail] if verb and tail < self.sent.end else nxt
        if verb and nxt is not None and (nxt.norm_ in self.call_on or particle(nxt) == "ل"
                                         and nxt.norm_ not in self.attend_nouns) and (
                event is None or event.start - tail > 3):
            return        # "دعا X إلى …", "دعا X للتوقف عن …": called on X to do something
        if event is not None and not self._invited_to(tail, event.start):
            return          # "دعوة الهيئة الوطنية للرقابة على مخرجات مؤتمر الحوار": the event names what the body oversees
        if not verb and event is not None and self.registry.get(event._.key, {}).get("props", {}).get("kind") == "dialogue":
            return          # "دعوة إيران إلى الحوار": Iran's call for a dialogue as often as an invitation to one
        salient = event is None
        if event is None:
            if self._called_to_act(tail):
                return      # "ودعت اللجنة الحكومة، إلى وضع آلية": called on to act, invited to nothing
            event = self._event(i, salient=True)     # "دعت تركيا" in an article about one conference
        if event is None:
            return
        neg = self._negated(i, window=4)
        for invitee in invitees:
            if invitee.type in ("State", "Organization"):
                self._add("INVITED", invitee.key, event._.key, i, negated=neg, modality=self._modality(i, event),
                          basis=("invite_verb_object" if verb else "invitation_of") + ("_salient_event" if salient else ""))

    def _appeal(self, i: int, s: int) -> bool:
        """Whether the giving word at i is what a call asks for: a verb of calling within six words before it in its
        clause and the giving word its verbal noun, after إلى/على, with ب/ل written onto it or within four words
        of the call ("دعا X إلى تقديم", "طالب X بتقديم", "طلب منهم تخصيص")."""
        doc = self.doc
        calls = [t.i for t in doc[max(s, i - 6):i] if t.norm_ in self.call_for]
        return bool(calls) and (doc[i - 1].norm_ in (ILA, normalize("على")) or normalize(doc[i].text)[:1] in "بل"
                                or i - calls[-1] <= 4)

    def _invited_to(self, end: int, start: int) -> bool:
        """Whether only words that address an invitation stand between its invitee and the event ("دعوة قطر
        للمشاركة في المؤتمر", "إلى القمة"), not a noun whose complement the event is ("على مخرجات مؤتمر")."""
        return all(t.norm_ in self.call_on or t.norm_ in self.invite_skip or t.is_punct or self._attending_word(t)
                   for t in self.doc[end:start])

    def _called_to_act(self, end: int) -> bool:
        """Whether إلى or ل + a word other than attending follows the invitee, past a comma ("لمجلس الأمن،
        للوقوف عند مسؤولياته"): a call on it to do something."""
        k = end
        while k < self.sent.end and self.doc[k].text in ("،", ","):
            k += 1
        if k >= self.sent.end:
            return False
        tok = self.doc[k]
        if normalize(tok.text).startswith("لان"):
            return False    # "لأنها": because
        to = particle(tok) == "ل" or normalize(tok.text).startswith("لل")     # "للوقوف": ل + article, unsplit
        return tok.norm_ in self.call_on or to and not self._attending_word(tok)

    def _attending_word(self, tok) -> bool:
        """Whether a word says what an invitation is to: attending or its parts ("للمشاركة", "لحضور", "أعمال")."""
        return any(w in self.attend_nouns or w in self.invite_links for w in (tok.norm_, tok.norm_.removeprefix("ال")))

    def _answered(self, i: int) -> bool:
        """Whether the invitation at token i is the object of a word of answering it, with only the answerers
        between ("رفض الحوثيون وصالح دعوة المملكة", "رحبت الحكومة بدعوة الكويت"; not "قبول فرنسا بعدم دعوة إيران")."""
        actors = {t for a in self.args_in[self.k] for t in range(a.start, a.end)}
        j = i - 1
        while j >= self.sent.start and self.doc[j].norm_ not in self.invite_responses and (
                j in actors or self.doc[j].norm_ in self.answer_joiners
                or particle(self.doc[j]) == "و" and j + 1 in actors | {i}):
            j -= 1          # (a second answerer joined by و that no rule named: "رفض الحوثيين وصالح دعوة المملكة")
        return j >= self.sent.start and self.doc[j].norm_ in self.invite_responses

    def _call_to_hold(self, i: int) -> bool:
        """"دعت فرنسا إلى عقد مؤتمر دولي": who calls for holding an event organises it (planned) and invites
        nobody. True when the verb calls for holding an event; "دعت بريطانيا باكستان إلى عقد …" (who would
        hold it?) makes no fact."""
        doc = self.doc
        callers = self._list_from(i + 1, max_gap=1)     # "دعا المؤسس الملك عبدالعزيز", "دعا إليه الرئيس X"
        k = callers[-1].end if callers else i + 1
        if k < self.sent.end and doc[k].norm_ in self.call_on:
            k += 1
        if k >= self.sent.end or doc[k].norm_ not in self.hold:
            return False
        event = self._event(k, salient=False, after_only=True)
        if event is None or event.start - k > 4:
            return False        # "لعقد جولة جديدة اليوم للحوار الوطني": the event within a few words
        if len(callers) == 1 or callers and callers[1].start > callers[0].end or callers and doc[callers[1].start]._.clitic:
            for caller in callers:
                self._add("ORGANIZED", caller.key, event._.key, i, negated=self._negated(i), modality="planned",
                          basis="call_to_hold")
        return True

    def _stance(self, i: int) -> dict:
        """The modality and negation of the trigger at token i, as _add takes them, worked out on the first fact
        it makes (most funding words make none, and _modality reads the sentence up to i)."""
        found = self._stances.get(i)
        if found is None:
            found = self._stances[i] = {"modality": self._modality(i), "negated": self._negated(i)}
        return found

    def _second_act(self, j: int) -> bool:
        """Whether token j opens a second act coordinated by و: a noun without the article («وضرب أهداف»), not
        a coordinated adjective («والعسكري»)."""
        doc = self.doc
        tok = doc[j]
        if tok.text == "و" and j + 1 < len(doc):       # the conjunction split off by the normaliser
            tok, rest = doc[j + 1], normalize(doc[j + 1].text)
        elif normalize(tok.text)[:1] == "و":
            rest = normalize(tok.text)[1:]
        else:
            return False
        return len(rest) >= 3 and not rest.startswith("ال") and not tok.ent_type_

    def _funded(self, i: int) -> None:
        """تلقي X دعماً مالياً من Y / Y يمول X / تمويل Y لـ X / على نفقة Y."""
        doc, norm = self.doc, self.doc[i].norm_
        if any(t.norm_ in self.counter for t in doc[max(self.sent.start, i - 3):i]):
            return
        s, e = self._clause(i)
        props = {"channel": self._channel(s, e), **self._amount(s, e)}
        if norm in self.aid:
            self._aid_of(i, e, props)
        if norm in self.accused_of and self._accused_funding(i, s, e, props):
            return
        if norm in self.given_by:
            self._given_by(i, e, props)
            return
        if norm in self.sell or norm in self.buy:
            self._sale(i, s, e, props)
            return
        if norm in self.expense:
            funders = self._list_from(i + 1, max_gap=1)
            event = self._event(i, salient=False)
            if funders and event is not None:
                self._add("FUNDED", funders[0].key, event._.key, i, **self._stance(i), props=props,
                          basis="fund_expense_of")
            return
        if norm in self.receive:
            m = next((j for j in range(i + 1, e) if self._money_at(j)), None)
            if m is None:
                return
            recipients = self._list_from(i + 1, max_gap=2, stop=m)
            if not recipients:
                before = self._topic_before(i, types=("State", "Organization", "Person"))
                recipients = [before] if before else []
            funder = None
            # past "أكثر من مليون يورو", "دعماً بقيمة 50 مليون دولار"
            source = next((j for j in range(m + 1, e) if doc[j].norm_ in self.from_), e)
            after = max([m + 1] + [span.end for span in self.doc.spans.get("amounts", []) if m <= span.start < min(source, m + 5)])
            for j in range(after, min(e, after + 4)):
                if doc[j].norm_ in self.from_:
                    funders = self._list_from(j + 1, max_gap=1, allow_place=True)   # "من الدوحة": its government
                    funder = funders[0] if funders else None
                    break
            if funder is None or any(doc[j].norm_ in self.pay_periods for j in range(m, e)):
                return      # "يحصل لامبارد على 3.85 مليون سنويا من نيويورك سيتي": a salary
            for r in recipients:
                self._add("FUNDED", funder.key, r.key, i, **self._stance(i), props=props, basis="fund_receive_from")
            return
        if norm in self.give:
            if norm in self.give_with_shadda and SHADDA not in doc[i].text and not (
                    (i == self.sent.start or doc[i - 1].is_punct or doc[i - 1].is_space) and self._arg_at(i + 1) is not None):
                return          # "حول توزيع الأموال": about, not "حوّل" (transferred), which opens its clause
                # before its subject when written bare ("حول الاتحاد الأوروبي مساعدات … إلى أوكرانيا")
            if self._appeal(i, s):
                return          # "ودعا الوكالة إلى تقديم المساعدة لليمن": a call on someone to give, no funding
            charge = self._charge_before(i, s)
            if charge is not None and self._denied_charge(charge, s):
                return          # "ورفض رئيس الوزراء التركي اتهامات لبلاده بتقديم دعم لداعش": a charge denied
            if any(t.norm_ in self.not_funding and not t.ent_type_ for t in doc[i + 1:e]):
                return          # "تدفع أثينا 4.2 مليار يورو من أصل الدين للبنك المركزي": a debt repaid, a price paid
            m = next((j for j in range(i + 1, min(e, i + 6)) if self._money_at(j)), None)
            basis = "fund_give_to"
            if m is None:
                # support given to an armed group is material ("تقديم الدعم لحزب الله"): no cue needed
                m = next((j for j in range(i + 1, min(e, i + 3)) if doc[j].norm_ in self.support), None)
                basis = "fund_give_support_armed"
            if m is None:
                return
            # "دفعت الحكومة الفرنسية فدية …": a state organ before its adjective
            listed = self._list_from(i + 1, max_gap=int(doc[i + 1].norm_ in self.state_organs), stop=m)
            funder = (self._coordinated(listed) or [self._before(i, same_clause=True, agent=True)])[0]
            ready = next((k for k in range(max(s, i - 4), i) if doc[k].norm_ in self.readiness), None)
            if ready is not None and not listed:
                # "أكد الوزير استعداد المملكة لتقديم …", "قدرة الشركة على تقديم …": who is ready gives, not who says so
                holder = self._arg_at(ready + 1)
                funder = holder if holder is not None and holder.start == ready + 1 else None
            # "قدمت قطر مساعدات مالية بقيمة 50 مليون دولار إلى حركة …": the amount may stand between
            end = min(e, m + 6 + self._amount_length(m, e))
            if basis == "fund_give_support_armed":
                # "تقديم الدعم اللوجستي وضرب أهداف عسكرية للحوثي": a second act after و is not whom it supports
                end = next((j for j in range(m + 1, end) if self._second_act(j)), end)
            to = next((j for j in range(m + 1, end) if self._to_at(j)), None)
            recipients = self._list_from(to if self._lam(to) else to + 1, max_gap=1) if to is not None else []
            if not recipients and norm in self.double_object and len(listed) > len(self._coordinated(listed)):
                # "منحت السعودية مصر 100 مليون دولار": the recipient right after the giver
                recipients, basis = listed[len(self._coordinated(listed)):][:1], "fund_give_double_object"
            if basis == "fund_give_support_armed":
                recipients = [r for r in recipients if self._armed(r.key)]
            if norm in self.pay:        # "دفع مبلغ … للبنك المركزي الأوروبي": a creditor repaid
                recipients = [r for r in recipients if self.registry.get(r.key, {}).get("props", {}).get("kind")
                              not in self.creditor_kinds]
            if funder is not None:
                for r in recipients:
                    self._add("FUNDED", funder.key, r.key, i, **self._stance(i), props=props, basis=basis)
            return
        # Verbs and nouns of funding/support: "قطر تمول …", "تمويل قطر لحركة …", "دعمها الإرهاب وتنظيم …".
        after = self._list_from(i + 1, max_gap=0)
        if norm.startswith(("تمويل", "بتمويل", "لتمويل", "وتمويل", "دعم")) and len(after) >= 1:
            funder, rest = after[0], after[1:]
            if not rest:
                k = after[0].end
                if k < e and self._to_at(k):
                    rest = self._list_from(k if self._lam(k) else k + 1, max_gap=0)
            if rest and funder.type == "State" and not norm.startswith("دعم"):
                for r in rest:
                    self._add("FUNDED", funder.key, r.key, i, **self._stance(i), props=props,
                              basis="fund_masdar_construct")
            return
        if (norm.startswith(("يمول", "تمول")) or norm in self.fund_verbs and norm.startswith("مول")) \
                and norm.endswith(THIRD_PERSON_SUFFIXES) and len(norm) > 4:
            # "الجماعات التي تمولها قطر": the object is a pronoun, the name after the verb its subject; the
            # recipient is what a relative pronoun right before the verb stands for ("الدراسة التي أعدها معهد
            # بروكينغ ومولها غوغل": a study, no actor)
            funder = after[0] if after else None
            recipient = self._before(i - 1, window=3) if i - 1 > self.sent.start \
                and doc[i - 1].norm_ in self.relative_pronouns else None
            if funder is not None and recipient is not None and recipient.key != funder.key:
                self._add("FUNDED", funder.key, recipient.key, i, **self._stance(i), props=props,
                          basis="fund_verb_relative")
            return
        if norm.startswith(("يمول", "تمول")) or norm in self.fund_verbs and norm.startswith("مول"):
            # the subject stands right before the verb ("قطر تمول …"), not somewhere earlier in the clause
            j = i
            while j - 1 > self.sent.start and doc[j - 1].norm_ in self.auxiliaries:
                j -= 1          # "نفت قطر أن تكون موّلت …"
            funder = self._before(j, window=2) or (after[0] if after else None)
            recipients = [a for a in self._list_from(i + 1, max_gap=1) if funder is None or a.key != funder.key]
            if funder is not None:
                for r in recipients:
                    self._add("FUNDED", funder.key, r.key, i, **self._stance(i), props=props,
                              basis="fund_verb_subject")

    def _to_at(self, j: int) -> bool:
        """A link to a recipient at j: "إلى"/"لـ" written apart, or ل attached to the recipient ("لليمن")."""
        return self.doc[j].norm_ in self.to or self._lam(j)

    def _lam(self, j: int) -> bool:
        """A token with an attached preposition ل ("لحركة", "لليمن"), not a name that begins with the letter ("لبنان")."""
        return written_onto(self.doc[j], "ل")

    def _accused_funding(self, i: int, s: int, e: int, props: dict) -> bool:
        """"تتهم واشنطن إيران بتمويل حزب الله", "بنك صادرات (الذي تتهمه واشنطن بتحويل الأموال إلى حماس)": the
        accused funds the recipient, as the accuser reports it. Whether a charge governs the verbal noun at i."""
        doc = self.doc
        c = self._charge_before(i, s)
        if c is None:
            return False
        between = [a for a in self.args_in[self.k] if c < a.start and a.end <= i and not a.place]
        if self._object_suffix(c) and c - 1 > s and doc[c - 1].norm_ in self.relative_pronouns:
            accused = self._antecedent(c - 1)     # the pronoun of the verb takes the accused back
        else:
            accused = between[-1] if between else None
        j = i + 1
        while j < e and j - i <= 6 and self._arg_at(j) is None and not self._to_at(j):
            j += 1      # "بتحويل الأموال إلى …", "بتمويل الجماعات الإرهابية مثل …"
        if j < e and (doc[j].norm_ in self.to and not self._lam(j)):
            j += 1
        k = next((x for x in range(i + 1, min(e, i + 7)) if doc[x].norm_ in self.such_as), None)
        recipients = self._list_from(j, max_gap=2) if j < e and j - i <= 6 else []
        if not recipients and k is not None:
            recipients = self._list_from(k + 1, max_gap=1)
        if doc[i].norm_.startswith(("دعم", "بدعم")):
            recipients = [r for r in recipients if self._armed(r.key)]    # support is money only for an armed group
        if accused is None or not recipients or self._denied_charge(c, s):
            return True
        neg = self._negated(c)
        for r in recipients:
            if r.key != accused.key:
                self._add("FUNDED", accused.key, r.key, i, negated=neg, modality="reported", props=props,
                          basis="fund_accused")
        return True

    def _charge_before(self, i: int, s: int) -> int | None:
        """The nearest word of accusing (اتهم*) within six words before token i, in the clause from s."""
        return next((j for j in range(i - 1, max(s, i - 6) - 1, -1) if self.doc[j].norm_ in self.accuse), None)

    def _denied_charge(self, c: int, s: int) -> bool:
        """Whether the charge at token c is the object of a word of denying it, with only the denier (its name and
        title) between: "نفت أنقرة الاتهامات", "رفض الرئيس التركي X اتهامات روسيا"."""
        j = c - 1
        while j >= s and (self._arg_at(j) is not None or j in self.role_tokens or self.doc[j].norm_ in self.honorifics):
            j -= 1
        return j >= s and self.doc[j].norm_ in self.deny_charge

    def _aid_of(self, i: int, e: int, props: dict) -> None:
        """"المساعدات العسكرية الأميركية لمصر", "الدعم المالي الإيراني لحزب الله": aid whose adjective names the
        giving state ("السعودية" too, an adjective after the noun), to the recipient right after ل/إلى; "الدعم"
        only with a financial adjective."""
        doc, j, giver = self.doc, i + 1, None
        financial = doc[i].norm_ not in self.support
        while j < min(e, i + 5):
            arg = self._arg_at(j)
            if arg is not None and giver is None and arg.type == "State" and arg.start == j and (
                    arg.via == "demonym" or arg.via == "name" and doc[j].text.startswith("ال")):
                giver, j = arg, arg.end
                continue
            if arg is not None or doc[j].norm_ in self.to or not doc[j].norm_.startswith("ال") or j in self.named_or_dated:
                break       # adjectives only ("الإنسانية", "المالي"), up to the recipient's preposition
            financial = financial or doc[j].norm_ in self.money_qualifier
            j += 1
        if giver is None or not financial or j >= e or not self._to_at(j):
            return
        recipients = self._list_from(j if self._lam(j) else j + 1, max_gap=0)
        if recipients and recipients[0].start == j + (not self._lam(j)) and recipients[0].via != "demonym":
            self._add("FUNDED", giver.key, recipients[0].key, i, **self._stance(i), props=props,
                      basis="fund_aid_adjective", adjective=True)

    def _given_by(self, i: int, e: int, props: dict) -> None:
        """"المساعدات المقدمة من الإمارات إلى اليمن": money right before the participle, the giver after من,
        the recipient after ل/إلى."""
        doc = self.doc
        if not any(self._money_at(j) for j in range(max(self.sent.start, i - 2), i)):
            return
        if i + 1 >= e or doc[i + 1].norm_ not in self.from_:
            return
        givers = self._coordinated(self._list_from(i + 2, max_gap=0))
        if not givers or givers[0].start > i + 3:
            return
        j = givers[-1].end
        to = next((x for x in range(j, min(e, j + 3)) if self._to_at(x)), None)
        recipients = self._list_from(to if self._lam(to) else to + 1, max_gap=0) if to is not None else []
        for giver in givers:
            for r in recipients:
                if doc[i].norm_ in self.moved and giver.type == r.type == "State":
                    continue    # "الأموال المحولة من السعودية إلى اليمن": where money went, not who funds
                self._add("FUNDED", giver.key, r.key, i, **self._stance(i), props=props, basis="fund_given_by")

    def _sale(self, i: int, s: int, e: int, props: dict) -> None:
        """"يبيع تنظيم داعش النفط لنظام الأسد", "اشترى X النفط من داعش": a named buyer funds the armed group
        that sells; the group's income alone funds nobody."""
        doc = self.doc
        g = next((j for j in range(i + 1, min(e, i + 6)) if doc[j].norm_ in self.goods), None)
        if g is None:
            return
        if doc[i].norm_ in self.sell:
            sellers = self._list_from(i + 1, max_gap=0, stop=g) or [a for a in [self._topic_before(i)] if a]
            to = next((j for j in range(g + 1, min(e, g + 4)) if self._to_at(j)), None)
            buyers = self._list_from(to if self._lam(to) else to + 1, max_gap=1) if to is not None else []
        else:
            buyers = self._list_from(i + 1, max_gap=0, stop=g) or [a for a in [self._topic_before(i)] if a]
            frm = next((j for j in range(g + 1, min(e, g + 4)) if doc[j].norm_ in self.from_), None)
            sellers = self._list_from(frm + 1, max_gap=1) if frm is not None else []
        for seller in sellers[:1]:
            if not self._armed(seller.key):
                continue    # a state's trade is no funding
            for buyer in buyers:
                self._add("FUNDED", buyer.key, seller.key, i, **self._stance(i),
                          props={**props, "channel": props.get("channel") or "oil"}, basis="fund_buyer_of_goods")

    def _called_for(self, s: int, i: int) -> bool:
        """A verb of calling between the clause start s and the sanction at i: "يدعو لفرض عقوبات على كندا" calls
        for a measure nobody has taken yet (a name such as «طالبان» is no call)."""
        return any(t.norm_ in self.call_for and self._arg_at(t.i) is None for t in self.doc[s:i])

    def _sanctioned(self, i: int) -> None:
        """فرضت واشنطن عقوبات على … لتمويله «…» / أدرجت السعودية X على قائمة الإرهاب / جمدت أصول X /
        واستهدف الإجراء كلا من «…، و…». Lifting sanctions imposes none."""
        doc, norm = self.doc, self.doc[i].norm_
        s, e = self._clause(i)
        co: list[Arg] = []      # "فرضت الولايات المتحدة والاتحاد الأوروبي عقوبات على …"
        if any(t.norm_ in self.lifted for t in doc[max(s, i - 3):i + 1]):
            return          # "رفع العقوبات على إيران", "رفعت روسيا الحظر عن …"
        designate = norm in self.designate
        masdar = self._sanction_masdar(i)
        relative = self._object_suffix(i) and i - 1 > s and doc[i - 1].norm_ in self.relative_pronouns
        # "الجماعات الإرهابية التي حظرتها …": the marks of a relative clause's antecedent count
        marks_from = max(s, i - 4) if relative else i + 1
        if designate and not any(doc[j].norm_ in self.designation_marks for j in range(marks_from, min(e, i + 12))) \
                and not (norm in self.ban and self._bans_group(i, masdar)):
            return          # "صنّف", "أدرج" designate only onto a list or as a terrorist group; "حظر" also bans a group
        verb = designate or norm in self.sanction_verbs
        if norm in self.impose and not any(t.norm_ in self.imposed for t in doc[i + 1:min(e, i + 8)]):
            return          # "فرضت قوات الأمن سيطرتها على …", "تفرض الخوف على …": no sanction imposed
        after_subject = None
        if verb:
            if norm.startswith(self.targeted):
                if not (self.sanction_frame and any(doc[j].norm_ in self.measure for j in range(i + 1, min(e, i + 3)))):
                    return
            after = [] if masdar else self._coordinated(self._list_from(i + 1, max_gap=0))
            if after and self._topic_before(i, types=("State", "Organization")) is not None:
                after = []      # "وكانت الولايات المتحدة قد صنفت جبهة النصرة …": the subject came first, this is the object
            after_subject = after[0] if after and after[0].type in ("State", "Organization") else None
            co = [a for a in after[1:] if a.type in ("State", "Organization")] if after_subject else []
            sanctioner, basis = after_subject, "sanction_verb_subject"
            if masdar:
                # "هددت الولايات المتحدة بإدراج …", "قررت الحكومة تجميد أصول …": the subject of the governing clause
                sanctioner, basis = self._before(i, window=6, types=("State", "Organization"), agent=True), "sanction_masdar_agent"
                if sanctioner is not None and self._called_for(s, i):
                    sanctioner = None   # "دعت فرنسا الاتحاد الأوروبي إلى إدراج …": a call on another, not its measure
                if sanctioner is not None and i > s and doc[i - 1].norm_ in self.passive:
                    sanctioner = None   # "… مجموعة كويتية، وتم إدراج اسمه على القائمة": by no one named before
            if sanctioner is None and not masdar:
                sanctioner, basis = self._topic_before(i, types=("State", "Organization")), "sanction_verb_topic_subject"
            if sanctioner is None:
                sanctioner, basis = self._agent_dropped(i), "sanction_verb_dropped_subject"
        else:
            # "… مع دول 5+1 مبينا أن العقوبات ستعود": the actor of another clause
            sanctioner = self._before(i, window=4, types=("State", "Organization"), same_clause=True, agent=True)
            basis = "sanction_noun_actor"
            if sanctioner is not None and (any(t.norm_ in self.negation for t in doc[sanctioner.end:i])
                                           or self._called_for(s, i)):
                sanctioner = None   # "منع روسيا والصين من عرقلة أي عقوبات": who blocks is not who imposes
            by = self._imposed_by(i, e)
            if by is not None:
                sanctioner, basis = by, "sanction_imposed_by"
        if designate:
            basis = basis.replace("sanction_verb", "designation_verb")
        frame = self.sanction_frame if self.sanction_frame and self.k - self.sanction_frame["sentence"] <= 8 else None
        if sanctioner is None and (frame is None or not any(t.norm_ in self.measure for t in doc[i:min(e, i + 3)])):
            return          # only "واستهدف الإجراء …" continues a measure; "تم إدراج اسمه على قائمة … بالسعودية" is another
        if sanctioner is None:
            basis = "sanction_measure_followup"
        elif frame is None or frame["sanctioner"] != sanctioner.key:
            frame = {"sanctioner": sanctioner.key, "sentence": self.k, "reason": None, "targets": set()}
        frame["sentence"] = self.k
        self.sanction_frame = frame
        targets: list[Arg] = []
        if designate and relative:
            # "«حزب الله» الذي تصنفه واشنطن منظمة إرهابية", "الجماعات التي حظرتها واشنطن على غرار أ وب"
            antecedent = self._antecedent(i - 1)
            such = next((j for j in range(i + 1, e) if doc[j].norm_ in self.such_as), None)
            targets = [antecedent] if antecedent is not None and antecedent.type != "State" else (
                self._list_from(such + 1, max_gap=1) if such is not None else [])
            targets = [a for a in targets if a.key != frame["sanctioner"] and a.via != "capital"]
        elif designate:
            # "أدرجت السعودية «حزب الله» على قائمة …": the object between the subject and the list
            j = (co or [after_subject])[-1].end if after_subject is not None else i + 1
            targets = [a for a in self._list_from(j, max_gap=2) if a.key != frame["sanctioner"] and a.via != "capital"
                       and a not in co]
        for j in range(i + 1, e):
            if targets or (designate and relative):
                break       # a relative clause's object is its antecedent: "على" after it is another clause's
            written = strip_marks(doc[j].text[doc[j]._.clitic:])
            # "على" as written: its normal form is also the name علي; "على ما (أعلنت)" means "as (said)"
            on = written in self.on_written and not (j + 1 < e and doc[j + 1].norm_ == "ما")
            if on or doc[j].norm_ in self.list_intro or doc[j].norm_ in self.assets:
                k = j + 1
                while k < e and (doc[k].norm_ in self.list_intro or doc[k].norm_ in ("من",) or doc[k].text in QUOTES):
                    k += 1
                # "على شبكة تمول «القاعدة»": the network is the target, al-Qaeda only the reason
                targets = [a for a in self._list_from(k, max_gap=1) if a.key != frame["sanctioner"] and a.via != "capital"]
                break
        charged = False
        for j in range(i + 1, e):
            if doc[j].norm_ in self.reason:      # "لتمويله حزب الله", "بتهمة تمويل «القاعدة»"
                for k in range(j + 1, min(e, j + 4)):
                    arg = self._arg_at(k)
                    if arg is not None and arg.type == "Organization":
                        frame["reason"] = arg.key
                        charged = any(t.norm_ in self.charge for t in doc[max(i, j - 2):j])
                        break
                if frame["reason"]:
                    break
        mod, neg = self._modality(i), self._negated(i, window=4)
        if masdar and (doc[i - 1].norm_ == ILA or any(t.norm_ in self.call_for for t in doc[s:i])):
            mod = "planned"     # "دعت إلى تجميد", "طالبت بفرض": a call, not a measure taken
        if designate and relative and mod == "reported":
            mod = "asserted"    # "قال إن «حزب الله»، الذي تصنفه واشنطن …": the relative clause is the paper's description
        for t in targets:
            if t.type == "State" and t.via != "name":
                continue
            frame["targets"].add(t.key)
            for sanctioner_key in [frame["sanctioner"]] + [a.key for a in co]:
                self._add("SANCTIONED", sanctioner_key, t.key, i, negated=neg, modality=mod, basis=basis)
        if frame["reason"] and not neg:
            for key in sorted(frame["targets"]):
                if self._type(key) in ("Person", "Organization"):
                    # "بتهمة تمويل": a charge the authority makes, reported; "لتمويله": the reason it gives
                    self._add("FUNDED", key, frame["reason"], i, modality="reported" if charged and mod == "asserted" else mod,
                              basis="sanction_reason")

    def _sanction_masdar(self, i: int) -> bool:
        """A verbal noun of a sanction ("بإدراج", "تجميد"); "فرض" and "حظر" only with a preposition or after
        another word of their clause ("أعلنت ألمانيا حظر …"), not opening it ("وحظر الاتحاد …")."""
        tok = self.doc[i]
        if tok.norm_ in self.sanction_masdars:
            return True
        if tok.norm_ not in self.ambiguous_masdars:
            return False
        if particle(tok) in ("ب", "ل"):
            return True
        prev = self.doc[i - 1] if i > self.sent.start else None
        return prev is not None and tok._.clitic == 0 and prev.text not in self.breaks and prev.text not in ("،", ",") \
            and prev.norm_ not in self.clause_openers and prev.norm_ not in self.preverbal

    def _bans_group(self, i: int, masdar: bool) -> bool:
        """"حظرت ألمانيا «حزب الله»", "أعلنت حظر جماعة …": a ban whose object is an organisation (not "حظر
        السفر", "حظرت على مواطنيها …")."""
        listed = self._list_from(i + 1, max_gap=1)
        if not masdar:
            listed = listed[len(self._coordinated(listed)):] if listed and listed[0].start == i + 1 else []
        return bool(listed) and listed[0].type == "Organization"

    def _imposed_by(self, i: int, e: int) -> Arg | None:
        """"العقوبات المفروضة من الاتحاد الأوروبي على …": the agent a passive participle names."""
        j = i + 1
        if j + 1 < e and self.doc[j].norm_ in self.imposed_by and self.doc[j + 1].norm_ in self.from_:
            found = self._list_from(j + 2, max_gap=0)
            if found and found[0].type in ("State", "Organization") and found[0].start == j + 2 + (
                    self.doc[j + 2].text in QUOTES):
                return found[0]
        return None

    def _member_of(self, i: int) -> None:
        """التحالف … الذي يضم 79 دولة إضافة إلى الناتو / انضمت فرنسا وألمانيا إلى التحالف / تركيا العضو في
        حلف الناتو / الدول الأعضاء في المجموعة (أ وب) / لم تنضم اليابان إلى البنك (negated)."""
        doc, norm = self.doc, self.doc[i].norm_
        s, e = self._clause(i)
        if norm in self.comprise:
            org, basis = self._before(i, window=12, types=("Organization",)), "member_comprise"
            j = i + 1
            subject = self._list_from(i + 1, max_gap=0)
            k = subject[0].end if subject else e
            if subject and subject[0].type == "Organization" and subject[0].start <= i + 2 and k + 1 < e \
                    and doc[k].norm_ == "في" and doc[k + 1].norm_.startswith(self.membership_stem):
                # "وتضم منظمة أوبك في عضويتها السعودية والعراق": the organisation right after the verb, said to have
                # members (not "تشمل صندوق الاستثمارات، وبنك التسليف …": a list of what something else includes)
                org, j, basis = subject[0], k + 2, "member_comprise_subject"
            elif subject and subject[0].type == "Organization" and subject[0].start <= i + 2 \
                    and (among := self._among_counted(k, e)) is not None:
                # "وتضم منظمة أوبك 13 دولة بينها السعودية وإيران": the organisation, a count of members, then some
                org, j, basis = subject[0], among, "member_comprise_count"
            if org is None or self._negated(i):
                return
            members = []
            while j < e and not members:
                if doc[j].norm_ in self.plus or doc[j].norm_ == ILA:
                    members = self._list_from(j + 1, max_gap=1)
                arg = self._arg_at(j)
                if arg is not None:
                    members = self._list_from(j, max_gap=0)
                elif j > i + 1 and doc[j - 1].like_num and doc[j].norm_ in self.member_units | {"عضوا", "اعضاء"} \
                        and j + 1 < e and self._arg_at(j + 1) is None and not doc[j + 1].is_punct \
                        and doc[j + 1].norm_ not in self.among and doc[j + 1].norm_ not in self.plus \
                        and doc[j + 1].norm_ not in self.count_continuations:
                    break       # "وفد يضم 24 عضوا جاؤوا لزيارة إسرائيل": a count of unnamed members
                j += 1
            if members and basis == "member_comprise" and self._counted_members(i + 1, members[0].start):
                basis = "member_comprise_count"
            for m in members:
                self._add("MEMBER_OF", m.key, org.key, i, modality=self._modality(i), basis=basis)
        elif norm in self.consist:
            # "ويتكون التحالف العربي من السعودية والإمارات", "الرباعي الحاكم، والمكون من حركة نداء تونس، …"
            subject = self._list_from(i + 1, max_gap=0)
            if subject and subject[0].type == "Organization" and subject[0].start <= i + 2:
                org, j = subject[0], subject[0].end
            else:       # the participle right after the organisation (past a comma), not after another noun
                org, j = self._arg_at(i - 1 - (doc[i - 1].text in ("،", ","))), i + 1
            if org is None or org.type != "Organization" or j >= e or doc[j].norm_ != "من" or self._negated(i):
                return
            for m in self._list_from(j + 1, max_gap=1):
                if m.type in ("State", "Organization") and m.key != org.key \
                        and doc[m.start - 1].norm_ not in self.fellow_members:    # "دول بريكس": its states
                    self._add("MEMBER_OF", m.key, org.key, i, modality=self._modality(i), basis="member_consist")
        elif norm in self.join:
            if norm.startswith(self.own_joining) and norm not in self.own_joining:
                return          # "قبل انضمامه إلى المركز": his joining; the name before is not who joins
            subjects = self._list_from(i + 1, max_gap=0)
            if not subjects:
                # "، وتشارك في التحالف": only a subject that opens the clause of "take part", not a name before it
                # (not a place gone to: "حاول الذهاب إلى مالي وكان من الأوائل الذين انضموا إلى داعش")
                before = self._topic_before(i) if norm in self.take_part else self._before(i, agent=True)
                if before is None and doc[i - 1].norm_ in self.relative_pronouns:
                    before = self._antecedent(i - 1)        # "كرواتيا، التي انضمت إلى الحلف"
                if before is not None and before.type == "State" and before.via == "demonym" \
                        and before.start > self.sent.start and doc[before.start - 1].norm_ not in self.state_organs:
                    before = None   # "أكثر من 2000 محارب بريطاني انضموا إلى داعش": fighters, not their state
                subjects = [before] if before else []
            if norm in self.take_part:
                subjects = [s for s in subjects if s.type != "Person"]     # a person takes part in a session, not a body
            if not subjects:
                return
            j = subjects[-1].end if subjects[0].start > i else i + 1
            if j < e and doc[j].norm_ not in (ILA, "في"):
                # "تشارك مصر بقوات جوية وبحرية ضمن التحالف": her part within the alliance
                j = next((k for k in range(j, min(e, j + 6)) if doc[k].norm_ in self.within), j)
            if j < e and (doc[j].norm_ in (ILA, "في") or doc[j].norm_ in self.within):
                target = self._list_from(j + 1, max_gap=0)
                after = target[-1].end if target else e
                if target and after + 1 < e and doc[after].norm_ == "في" and self._arg_at(after + 1) is None \
                        and after + 1 not in self.named_or_dated and not doc[after + 1].like_num:
                    return      # "انضم الصندوق إلى الاتحاد الأوروبي في إقراض اليونان": joined them in doing something
                if target and target[0].type == "Organization":
                    if self.registry.get(target[0].key, {}).get("props", {}).get("kind") in self.merging_kinds:
                        subjects = [s for s in subjects if s.type != "Organization"]    # a merger, not membership
                    for subject in subjects:
                        self._add("MEMBER_OF", subject.key, target[0].key, i, negated=self._negated(i),
                                  modality=self._modality(i), basis="member_join")
        elif i + 1 < e and doc[i + 1].text in self.resumptive:
            # "المحكمة الجنائية الدولية التي تعد جنوب أفريقيا عضوا فيها": the organisation before the relative
            # pronoun, the member inside the relative clause
            rel = next((j for j in range(i - 1, max(s, i - 6), -1) if doc[j].norm_ in self.relative_pronouns), None)
            if rel is None:
                return
            org = self._arg_at(rel - 1) if rel - 1 >= self.sent.start else None
            member = next((a for a in self.args_in[self.k] if rel < a.start and a.end <= i and a.type == "State"
                           and a.via == "name"), None)
            if org is None or org.type != "Organization" or member is None:
                return
            self._add("MEMBER_OF", member.key, org.key, i, negated=self._negated(i), modality=self._modality(i),
                      basis="member_relative_clause")
        elif i + 3 < e and (member := self._arg_at(i + 1)) is not None and member.type == "State" \
                and member.via == "name" and member.end < e and doc[member.end].norm_ == "في":
            # "بعضوية فلسطين في المحكمة الجنائية الدولية", "طلب عضوية تركيا في الاتحاد الأوروبي"
            org = self._list_from(member.end + 1, max_gap=0)
            if org and org[0].type == "Organization" and org[0].start == member.end + 1:
                self._add("MEMBER_OF", member.key, org[0].key, i, negated=self._negated(i), modality=self._modality(i),
                          basis="member_noun_of_state")
        elif i + 2 < e and doc[i + 1].norm_ in ("في", "ب"):
            org = self._list_from(i + 2, max_gap=0)
            if not org or org[0].type != "Organization" or org[0].start > i + 4:
                return
            org = org[0]
            members, basis = self._list_before(i), "member_noun"
            if members and (particle(doc[i]) in ("ب", "ل") or members[0].start > self.sent.start
                            and doc[members[0].start - 1].norm_ in self.locative | {"من", "على", "عن"}):
                # "يلتقي X بأعضاء في مجلس الشيوخ": whom he meets; "السلطات في المملكة الأعضاء في اللجنة": the
                # state is where the members are, not a member
                members = []
            if members and members[0].type == "Organization" and {members[0].start - 1, members[0].start} & self.role_tokens:
                members = []    # "عين أحمد الخميس أمين عام اتحاد الكرة عضوا في لجنة": the person, not his federation
            if not members:
                members, basis = self._member_apposed(i), "member_noun_apposition"
            k = org.end
            while k < e and doc[k].text in QUOTES and doc[k].text != "(":
                k += 1
            if not members and k < e and (doc[k].text == "(" or doc[k].norm_ in self.apposition):
                # "الدول الأعضاء في المجموعة (أ وب وج)", "… الأعضاء في المجموعة، وهي أ وب"
                members, basis = [m for m in self._list_from(k + 1, max_gap=1) if m.type == "State"], "member_noun_list"
            for m in members:
                self._add("MEMBER_OF", m.key, org.key, i, negated=self._negated(i), modality=self._modality(i), basis=basis)

    def _among_counted(self, k: int, e: int) -> int | None:
        """Where the members start after a count of members at token k and a word for "among them" ("13 دولة
        بينها …", "عشرين بلدا، منها …"), or None."""
        span = next((s for s in self.doc.spans.get("amounts", []) if s.start == k), None)
        if span is None or (span._.value or {}).get("kind") != "count" \
                or normalize((span._.value or {}).get("unit") or "") not in self.member_units:
            return None
        j = span.end + (span.end < e and self.doc[span.end].text in ("،", ","))
        j += j < e and self.doc[j].norm_ == "من"                 # "من بينها"
        return j + 1 if j + 1 < e and self.doc[j].norm_ in self.among else None

    def _member_apposed(self, i: int) -> list[Arg]:
        """The state or organisation a member noun describes from before it: in apposition ("السعودية، العضو
        في منظمة أوبك") or as the subject of a clause with "بصفتها" ("أكدت الكويت بصفتها عضوا في مجلس الأمن");
        not a state read off a title ("وزير الخارجية القطري، العضو في …" is the minister)."""
        j, doc = i - 1, self.doc
        if j <= self.sent.start:
            return []
        if doc[j].norm_ in self.capacity:
            member = self._before(j, window=5, types=("State", "Organization"))
        elif doc[j].text in ("،", ","):
            member = self._arg_at(j - 1)
        else:
            return []
        if member is None or member.type not in ("State", "Organization") or member.via != "name" \
                or any(t in self.role_tokens for t in range(member.start, member.end)):
            return []
        return [member]

    def _counted_members(self, start: int, end: int) -> bool:
        """Whether what a comprising verb names before its listed members counts members ("يضم 79 دولة إضافة
        إلى …", "تضم 34 بلدا والمفوضية الأوروبية") or says membership ("تضم في عضويتها …"): a list of members,
        not of what something else includes."""
        near = max(start, end - 3)      # the members follow the count or "عضويتها" ("و", "إضافة إلى" between)
        if any(t.norm_.startswith(self.membership_stem) for t in self.doc[start:end]):
            return True
        return any(start <= span.start and near <= span.end <= end and (span._.value or {}).get("kind") == "count"
                   and normalize((span._.value or {}).get("unit") or "") in self.member_units
                   for span in self.doc.spans.get("amounts", []))

    def _list_before(self, i: int) -> list[Arg]:
        """The coordinated actors ending right before token i ("مصر والأردن العضوان في …"); after an opening bracket
        only the one before it ("… ومؤسسة التمويل الدولية (عضو في مجموعة البنك الدولي)": a parenthesis on it)."""
        out, j = [], i - 1
        bracket = j >= self.sent.start and self.doc[j].text == "("
        while j >= self.sent.start:
            tok = self.doc[j]
            arg = self._arg_at(j)
            if arg is not None:
                out.append(arg)
                if bracket:
                    break
                j = arg.start - 1
            elif out and (tok.norm_ in self.coordination or tok.text in QUOTES) or not out and tok.text in QUOTES:
                j -= 1
            else:
                break
        return out[::-1]

    # ------------------------------------------------------- sentence rules
    def _listed_place(self, member: Arg, org: Arg, j: int) -> bool:
        """"زوار من المملكة ودول مجلس التعاون", "التصريح المسيء للسعودية ودول مجلس التعاون", "من مختلف مناطق المملكة ودول
        مجلس التعاون": a state governed by a preposition or by a noun of a country's parts beside the states of a body
        of known, fixed members is one of the places or parties named, which says nothing of membership, unless "the
        rest of" does ("من السعودية وبقية دول مجلس التعاون"); an alliance's states make it one of them ("تدخل السعودية
        ودول التحالف"), and so does a clause they are the subject of ("وأكدت فرنسا ودول الاتحاد الأوروبي")."""
        doc = self.doc
        if org.key not in self.closed_members \
                or any(t.norm_.removeprefix("و") in self.rest_of for t in doc[j:org.start]):
            return False
        first = doc[member.start]
        return written_onto(first, "ل") or written_onto(first, "ب") \
            or member.start > self.sent.start and doc[member.start - 1].norm_ in self.origin_prepositions

    def _sentence_rules(self) -> None:
        """Rules that look at the sentence as a whole: member lists, speakers, sidelines, subordinate groups."""
        doc, sent, args = self.doc, self.sent, self.args_in[self.k]
        for a in args:
            # "المجموعة الخماسية لمنطقة الساحل (موريتانيا ومالي …)": an organisation followed by its members.
            j = a.end
            while j < min(sent.end, a.end + 2) and doc[j].norm_.startswith("ال") and not doc[j].ent_type_:
                j += 1          # "دول مجلس التعاون الخليجي (…)": an adjective outside the name
            if a.type == "Organization" and j < sent.end and doc[j].text == "(":
                members = [m for m in self._list_from(j + 1, max_gap=0) if m.type == "State"]
                if len(members) >= 2:
                    for m in members:
                        self._add("MEMBER_OF", m.key, a.key, a.start, basis="member_parenthesis")
            # "بدور الإمارات ودول التحالف العربي": a state and the other states of an organisation
            j = a.start - 1
            while j > sent.start and doc[j].text in QUOTES:
                j -= 1
            if a.type == "Organization" and j > sent.start and doc[j].norm_ in self.fellow_members:
                while j - 1 > sent.start and doc[j - 1].norm_ in self.fellow_members:
                    j -= 1      # "ودول بقية …", "وسائر أعضاء …", "وسائر دول مجلس التعاون"
                k = j - 1 if doc[j].text[:1] == "و" else j - 2
                member = self._arg_at(k) if k >= sent.start else None
                named = doc[a.start:a.end]
                regional = normalize(doc.text[mention_start(named):named.end_char]) in self.regional_names
                if member is not None and member.type == "State" and member.via != "demonym" and not regional \
                        and not self._listed_place(member, a, j) and (
                        doc[j].text[:1] == "و" or doc[k + 1].norm_ in self.coordination):
                    self._add("MEMBER_OF", member.key, a.key, j, basis="member_and_fellow_members")
            # "التحالف العربي الذي تقوده السعودية": who leads an organisation is one of it
            j = a.end
            if a.type == "Organization" and j + 1 < sent.end and doc[j].norm_ in self.relative_pronouns \
                    and doc[j + 1].norm_ in self.leads:
                leader = self._list_from(j + 2, max_gap=0)
                if leader and leader[0].type == "State" and leader[0].via != "demonym":
                    self._add("MEMBER_OF", leader[0].key, a.key, j + 1, basis="member_leader")
            # "مجموعة «5+1»، وهي الولايات المتحدة وفرنسا وبريطانيا": an organisation, then who it is
            j = a.end
            while j < sent.end and doc[j].text in QUOTES and doc[j].text != "(":
                j += 1          # "مجموعة «بريكس»، وهي …"
            j += j < sent.end and doc[j].norm_ in self.count_adjectives      # "دول مجلس التعاون الست، وهي …"
            j += j < sent.end and doc[j].text in ("،", ",")
            if a.type == "Organization" and j < sent.end and doc[j].norm_ in self.apposition:
                members = [m for m in self._list_from(j + 1, max_gap=0) if m.type == "State"]
                k = members[-1].end if members else sent.end
                inner = a.start > sent.start and doc[a.start - 1].norm_ in ("في", "من")
                if k + 2 < sent.end and doc[k].norm_ in self.plus and doc[k + 1].norm_ in (ILA, "عن") and not inner:
                    # "… وروسيا بالإضافة إلى ألمانيا": one more member (not of a body inside the phrase the list
                    # describes: "الدول الخمس الدائمة العضوية في مجلس الأمن، وهي … الصين بالإضافة إلى ألمانيا")
                    members += [m for m in self._list_from(k + 2, max_gap=0) if m.type == "State"]
                if len(members) >= 2:
                    for m in members:
                        self._add("MEMBER_OF", m.key, a.key, j, basis="member_apposition")
            # "«حركة أنصار الدين» التابعة لتنظيم «القاعدة»", "جبهة النصرة، فرع تنظيم القاعدة في سوريا",
            # "حركة الشباب، الجناح الصومالي لتنظيم القاعدة"
            j = a.end
            while j < sent.end and doc[j].text in QUOTES:
                j += 1
            j += j + 1 < sent.end and doc[j].text in ("،", ",") and doc[j + 1].norm_ in self.subordinate
            if a.type == "Organization" and j < sent.end and doc[j].norm_ in self.subordinate and self._arg_at(j) is None:
                # past the adjective of a wing ("الجناح الصومالي"): a nationality, not the parent
                parent = [p for p in self._list_from(j + 1, max_gap=1) if p.via != "demonym"]
                if parent and parent[0].type == "Organization":
                    self._add("AFFILIATED_WITH", a.key, parent[0].key, a.start, basis="subordinate_to")
            elif a.type == "Organization" and j < sent.end and doc[j].norm_ in self.subordinate \
                    and (wing := self._arg_at(j)) is not None and wing.start == j:
                # "مؤسسة الحياة، الجناح الإعلامي لتنظيم داعش": the wing the gazetteer read with its organisation
                parent = self.registry.get(wing.key, {}).get("props", {}).get("parent")
                if "/" in wing.key and parent in self.registry:
                    self._add("AFFILIATED_WITH", a.key, parent, a.start, basis="subordinate_to")
        for ev in self.events_in[self.k]:
            self._meeting_parties(ev)
            self._talks_with(ev)
            # "المباحثات بين لافروف ونظيره السعودي عادل الجبير": the parties of talks took part in them
            # (the event's name may hold its parties: "بين" inside the span or right after it)
            j = next((t for t in range(ev.start + 1, min(ev.end + 1, sent.end)) if doc[t].norm_ == "بين"), None)
            if j is not None:
                parties = self._list_from(j + 1, max_gap=0)
                if len(parties) >= 2:
                    # named persons between whom talks or a meeting are held sat at them; other parties
                    # ("بين الحكومة والمعارضة") may have taken part through others
                    talks = self.registry.get(ev._.key, {}).get("props", {}).get("kind") in self.held_with_kinds \
                        and all(a.type == "Person" for a in parties)
                    for a in parties:
                        self._add("ATTENDED", a.key, ev._.key, ev.end, modality=self._modality(ev.start, ev),
                                  basis="talks_between_persons" if talks else "event_between_parties")
            # "لقاء جمع الرئيس X بالرئيس Y", "مؤتمر صحافي جمعه بنظيره المصري Y": whom the meeting brought together
            # (not the verbal noun of purpose: "المفاوضات لضم اللاعب X" are to sign him, who takes no part in them)
            j = next((t for t in range(ev.start + 1, min(ev.end + 2, sent.end))
                      if doc[t].norm_ in self.gathered and not written_onto(doc[t], "ل")
                      and not (t > ev.start + 1 and doc[t - 1].norm_ == "بين")), None)
            if j is not None and doc[j - 1].norm_ not in self.negation and not self._describes_body(j):
                for a in self._list_from(j + 1, max_gap=0):
                    if a.via != "demonym":
                        self._add("ATTENDED", a.key, ev._.key, j, modality=self._modality(ev.start, ev),
                                  basis="event_gathered")
        words = self.sentence_words
        for i in words[bisect_left(words, sent.start):bisect_left(words, sent.end)]:
            norm = doc[i].norm_
            if norm in self.speech_verbs:
                self._speaker(i)
            elif norm in self.meet_verbs and self._arg_at(i, actors_only=False) is None:
                self._met_during(i)
            elif norm in self.headquarters and self._arg_at(i + 1) is not None and (
                    doc[i - 1].norm_ in ("في", "ب") or normalize(doc[i].text)[:1] == "ب" != norm[:1]):
                self._hosted_at_headquarters(i)
            elif norm in self.sidelines and i > sent.start and doc[i - 1].norm_ in ("على", "علي"):
                event = self._event(i, salient=False, after_only=True)
                if event is None or event.start - i > 3:
                    continue
                # "التقى X بـ Y على هامش القمة": the actors of the clause that ends there, not the whole sentence;
                # "وعلى هامش القمة، التقى X Y": of the clause that follows it
                j = i - 2
                while j >= sent.start and doc[j].text not in self.breaks and doc[j].text != "،" \
                        and doc[j].norm_ not in self.subordinators and i - j <= self.attend_window:
                    j -= 1
                lo, hi = j, i
                if i - 2 <= sent.start or i - 2 == j:
                    lo = hi = event.end
                    while hi < sent.end and doc[hi].text not in self.breaks and doc[hi].norm_ not in self.subordinators \
                            and hi - event.end <= self.attend_window:
                        hi += 1
                for a in args:
                    if lo <= a.start < hi and a.type in ("State", "Person") and not a.place \
                            and not (a.start > sent.start and doc[a.start - 1].norm_ == "في"):
                        # "لقاؤه كيري في ماليزيا على هامش اجتماعات آسيان": where they met, not who took part
                        self._add("ATTENDED", a.key, event._.key, i, modality=self._modality(i, event),
                                  basis="sidelines")

    def _meeting_parties(self, ev: Span) -> None:
        """"التقى الوزير X نظيره Y في برلين", "خلال لقائه الدكتور Y": a meeting the events component anchors by
        the two persons a meeting verb (or a possessed "لقائه") joins; both took part in it. For a possessed noun
        the owner only when he is the first person of the clause ("أشاد X بجهود Z خلال لقائه Y": X's meeting,
        perhaps not Z's)."""
        doc, i = self.doc, ev.start
        if ev.end - i != 1 or (ev._.value or {}).get("anaphoric") or self._negated(i):
            return
        verb = doc[i].norm_ in self.meet_verbs
        if not verb and not ((self._object_suffix(i) or doc[i].text.endswith("هم")) and doc[i].norm_ in self.meeting_nouns):
            return
        props = self.registry.get(ev._.key, {}).get("props", {})
        s, e = self._clause(i)
        if not verb and doc[i].norm_.endswith(("هم", "هما")):
            # "أكد وزراء خارجية دول الخليج وأمريكا في اجتماعهم": a meeting of theirs, named by the subject that owns
            # it (the events component's participants): the states and organisations of that subject took part too
            owners = [a for a in self.args_in[self.k] if s <= a.start < i and a.key in props.get("participants", ())
                      and a.type in ("State", "Organization") and a.via == "name" and not a.place]
            for key in dict.fromkeys(a.key for a in owners):
                self._add("ATTENDED", key, ev._.key, i, modality=self._held_modality(ev), basis="meeting_owners")
        persons = [a for a in self.args_in[self.k] if a.type == "Person" and a.key in props.get("participants", ())]
        first = next((a for a in self.args_in[self.k] if s <= a.start < e and a.type == "Person"), None)
        # "ويلتقي X نظيره Y غدا": news tells a scheduled meeting in the present tense
        present = verb and self._present(doc[i].norm_) and any(
            t.norm_ in self.tomorrow or t.norm_ in self.future_time or t.norm_ in self.today for t in doc[s:e])
        mod = "planned" if present else self._held_modality(ev) if not verb else self._modality(i, ev)
        for key in dict.fromkeys(a.key for a in persons):
            near = min((a for a in persons if a.key == key), key=lambda a: abs(a.start - i))
            if not verb and near.end <= i and (first is None or first.key != key):
                continue
            self._add("ATTENDED", key, ev._.key, i, modality=mod, basis="meeting_parties")

    def _talks_with(self, ev: Span) -> None:
        """"المباحثات مع وفد الائتلاف السوري", "محادثات الحوار الاستراتيجي مع شكري": a person or a named
        organisation after "مع" in the name of talks or a meeting took part in them (a state is left out: "المفاوضات
        مع إسرائيل" is also a policy, not a meeting; so is a dialogue)."""
        doc = self.doc
        if (ev._.value or {}).get("anaphoric") or self.registry.get(ev._.key, {}).get("props", {}).get("kind") \
                not in self.talks_kinds or self._negated(ev.start):
            return
        j = next((t for t in range(ev.start + 1, min(ev.end + 1, self.sent.end)) if doc[t].norm_ in self.with_), None)
        if j is None or self._topic_between(ev.start + 1, j):
            return
        contract = doc[ev.start].norm_ in self.contract_talks
        for a in self._list_from(self._skip_of(j + 1), max_gap=0):
            if contract and a.type == "Person" and not self.registry.get(a.key, {}).get("props", {}).get("role"):
                continue        # "مفاوضات مستمرة مع بيكرمان": a coach's contract, no meeting he takes part in
            if a.type == "Person" or a.type == "Organization" and a.via == "name":
                self._add("ATTENDED", a.key, ev._.key, j, modality=self._held_modality(ev), basis="talks_with")

    def _topic_between(self, start: int, end: int) -> bool:
        """Whether a word opening a topic (حول، عن، بشأن) stands between tokens start and end: a partner after it
        is the topic's ("لقاء حول الشراكة التنموية مع وزارة الشؤون الاجتماعية"), not the meeting's."""
        return any(t.norm_ in self.topic_links for t in self.doc[start:end])

    def _held_modality(self, ev: Span) -> str:
        """Planned when a future verb of holding governs the event ("سيجري لقاءات مع …", "ستعقد اجتماعا مع …"),
        else the modality of its sentence."""
        for t in self.doc[max(self.sent.start, ev.start - 3):ev.start]:
            if t.norm_.startswith(self.future_prefixes) and len(t.norm_) > 4 and (
                    t.norm_[1:] in self.passive or t.norm_[1:] in self.org_verbs):
                return "planned"
        return self._modality(ev.start, ev)

    def _met_during(self, i: int) -> None:
        """"التقى الوزير X نظيره Y خلال الاجتماع", "وخلال القمة، بحث X مع Y …", "استقبل X Y أثناء المنتدى": who meet
        during an event take part in it: the subject after the verb (or the topic before it) and whom it meets
        (its object or the actor after "مع"/"بـ"); the event right after "خلال"/"أثناء" in the clause, or before the
        verb when the sentence opens with it."""
        doc = self.doc
        s, e = self._clause(i)
        event, own = None, False
        for j in range(s, e - 1):
            if doc[j].norm_ in self.during_meeting and (j > i or j < i and j - self.sent.start <= 1):
                if j > i and any(t.norm_ in self.passive for t in doc[i:j]):
                    break       # "يلتقي بالرئيس، تم خلال الزيارة الاتفاق على …": another clause's time
                start = j + 1 + (doc[j + 1].text in QUOTES)
                own = start + 1 < e and doc[start].norm_ in self.own_participation and doc[start + 1].norm_ == "في"
                start += 2 * own    # "خلال مشاركته في القمة": the subject's own attendance, not whom he met
                event = next((ev for ev in self.events_in[self.k] if ev.start == start and (j > i or ev.end <= i)), None)
                if event is not None:
                    break
        if event is None or self._other_occurrence(event):
            return
        stop = event.start if event.start > i else None
        actors = self._list_from(i + 1, max_gap=0, stop=stop)
        if not actors:
            topic = self._topic_before(i)
            actors = [topic] if topic else []
        if own:
            actors = actors[:1]
        elif actors:
            k = actors[-1].end
            while k < e and doc[k].text in ("،", ",") or k < e and k in self.named_role_tokens:
                k += 1
            written = normalize(doc[k].text) if k < e else ""
            if k < e and (doc[k].norm_ in self.partner_links or written[:1] == "ب" != doc[k].norm_[:1]):
                start = k if written[:1] == "ب" and doc[k].norm_ not in self.partner_links else k + 1
                actors += [a for a in self._list_from(start, max_gap=0, stop=stop) if a not in actors]
        mod = self._modality(i, event)
        for a in actors:
            if a.type in ("Person", "State") and a.via == "name" or a.type == "Person":
                self._add("ATTENDED", a.key, event._.key, i, modality=mod, basis="meeting_during_event")

    def _hosted_at_headquarters(self, i: int) -> None:
        """"عقد الاجتماع في مقر جامعة الدول العربية", "بدأت بمقر البنك الإسلامي للتنمية اجتماعات …": an
        organisation whose seat an event is held at hosts it; the event before "مقر" in its clause, else the one
        right after the organisation, unless a word of another time ("في ختام مباحثات") or a complementizer stands
        between ("قال في مؤتمر صحفي بمقر الرئاسة المصرية أن المشاورات …": the talks are what he said)."""
        host = self._arg_at(i + 1)
        if host is None or host.type != "Organization" or host.start != i + 1:
            return
        s, e = self._clause(i)
        before = [ev for ev in self.events_in[self.k] if s <= ev.start and ev.end <= i and i - ev.end <= self.attend_window]
        after = [ev for ev in self.events_in[self.k] if host.end <= ev.start < e and ev.start - host.end <= self.object_window
                 and not any(t.norm_ in self.other_time or t.norm_ in self.complementizers
                             for t in self.doc[host.end:ev.start])]     # ("… بمقر الرئاسة أن المشاورات": what is said)
        event = max(before, key=lambda ev: ev.end) if before else min(after, key=lambda ev: ev.start) if after else None
        if event is None or self.registry.get(event._.key, {}).get("props", {}).get("kind") not in self.held_with_kinds:
            return
        self._add("HOSTED", host.key, event._.key, i, modality=self._modality(i, event), basis="host_headquarters")

    def _speaker(self, i: int) -> None:
        """A person who speaks in a sentence about an event, or "خلال كلمة", took part in it."""
        doc = self.doc
        speaker = self._list_from(i + 1, max_gap=0)
        speaker = speaker[0] if speaker else None
        titled = [person for person, role in self.person_roles.values() if role.start == i + 1]
        if titled:          # "أشار المبعوث الخاص … ضد «داعش»، بريت ماكغورك، إلى أن …"
            speaker = next((a for a in self.args_in[self.k] if a.key == titled[0]), speaker)
        if speaker is None:
            nxt = [t.norm_ for t in doc[i + 1:min(i + 3, self.sent.end)]]
            # "وأكد أن …", "وأشار إلى أن …" (not "وأشار إلى ما …"): the previous sentence's speaker
            if i - self.sent.start <= 1 and (nxt[:1] == [AN] or nxt == [ILA, AN]) and self.prev_subject is not None:
                speaker = self.prev_subject
            else:
                return
        if speaker.type != "Person" and speaker.via != "role":
            return
        window = doc[self.sent.start:self.sent.end]
        # the event must be where the speech happened: "خلال المؤتمر", "أمام الاجتماع", "على هامش القمة"
        # or the speaker reports what "the meeting" did ("أشار … إلى أن الاجتماع ناقش")
        # (not an event of what he says: "قال X إن الملف سيطرح خلال القمة المقبلة")
        said = next((t.i for t in doc[max(i, speaker.end):self.sent.end] if self._complementizer(t)),
                    self.sent.end) if speaker.start > i else self.sent.end
        in_sentence = [e for e in self.events_in[self.k]
                       if any(doc[j].norm_ in self.during or doc[j].norm_ in self.sidelines
                              for j in range(max(self.sent.start, e.start - 2), e.start)) and e.start < said
                       and not self._attendance_object(e)
                       or (e._.value or {}).get("anaphoric") and e.start > i and doc[e.start - 1].norm_ == AN]
        speech = any(t.norm_ in self.speech_nouns and t.i > self.sent.start and doc[t.i - 1].norm_ in self.during
                     for t in window)
        event = None
        if in_sentence:
            event = min(in_sentence, key=lambda e: abs(e.start - i))
        elif speech:
            event = self._event(i, salient=True)
        if event is None:
            return
        basis = "speaker_in_event" if in_sentence else "speaker_speech_noun"
        before = doc[max(self.sent.start, event.start - 3):event.start]
        if in_sentence and any(t.norm_ in self.speech_nouns or t.norm_ in self.delivered for t in before):
            basis = "speech_at_event"   # "في كلمة ألقاها في الاجتماع", "ألقى كلمة أمام المؤتمر": he spoke there
        elif in_sentence and any(t.norm_ in self.own_participation for t in before):
            basis = "speaker_own_participation"     # "وقال X خلال مشاركته في المؤتمر": his own attendance
        elif in_sentence and self._speech_during(i, speaker, event):
            basis = "speaker_during_event"
        self._add("ATTENDED", speaker.key, event._.key, i, modality=self._modality(i, event), basis=basis)

    def _attendance_object(self, event: Span) -> bool:
        """An event governed by a word of attendance ("دعا X Y للمشاركة في القمة"): who takes part is for the
        attendance rules to say, not that the speaker of the sentence was there."""
        j = event.start - 1 - (event.start - 1 > self.sent.start and self.doc[event.start - 1].norm_ == "في")
        return j >= self.sent.start and (self.doc[j].norm_ in self.purpose or self.doc[j].norm_ in self.attend_verbs)

    def _speech_during(self, i: int, speaker: Arg, event: Span) -> bool:
        """Whether "خلال"/"أثناء"/"أمام" + the event tells when or where the speech at token i was made, not
        what it reports: the sentence opens with it ("وخلال قمة أوفا، قال X …") or it follows the speaker
        before what he says ("قال X أمام المؤتمر إن …"; not "قال X إن الملف سيطرح خلال القمة")."""
        doc = self.doc
        j = event.start - 1
        while j > self.sent.start and doc[j].text in QUOTES:
            j -= 1
        if j < self.sent.start or doc[j].norm_ not in self.speech_during:
            return False
        if event.end <= i:
            return j - self.sent.start <= 1 and i - event.end <= 3 and not any(
                t.text in self.breaks for t in doc[event.end:i])
        if speaker.start < i:
            return False
        return not any(self._complementizer(t) or t.text in self.breaks for t in doc[i:event.start])

    # ------------------------------------------------------- document rules
    def _affiliations(self) -> None:
        """Persons with their roles' states and organisations; an organisation's state goes with it."""
        roles = list(self.doc.spans.get("roles", []))
        borrowed = {i for ent in self.doc.ents if ent.label_ == "ORG" and (ent._.value or {}).get("state_written") is False
                    for i in range(ent.start, ent.end)}     # bodies given the state of another mention
        held = self._held_with_state(borrowed)
        for r_idx, (person, role) in self.person_roles.items():
            value = role._.value or {}
            if value.get("former"):
                # "رئيس المفوضية الأوروبية السابق": no longer of the organisation; still of the state his title
                # writes ("وزير الدفاع التونسي السابق"; "رئيس مجلس الاحتياطي الفيدرالي الأسبق": a state body's state)
                org_props = self.registry.get(value.get("org") or "", {}).get("props", {})
                own = org_props.get("state") if org_props.get("kind") in STATE_BODY_KINDS else None
                if not (value.get("state") or own):
                    continue        # "الرئيس السابق علي عبد الله صالح": no office now, and no state written
                value = {**value, "org": None, "state": value.get("state") or own}
            k = next(j for j, s in enumerate(self.sents) if s.start <= role.start < s.end)
            self.k, self.sent = k, self.sents[k]
            named = self._person_span(person, role)
            span = (min(role.start, named.start), max(role.end, named.end))
            props = {"role": value.get("role"), "role_en": value.get("role_en")}
            if r_idx in self.coordinated_titles:
                props["basis"] = "coordinated_title"
            if value.get("state") and value.get("kind") == "profession" and person in self.registry:
                # "الصحفي الأمريكي X": a profession's state adjective is his nationality, no tie to the state
                self._nationality(person, value["state"])
            elif value.get("state"):
                self._add("AFFILIATED_WITH", person, value["state"], role.start, props=props, span=span)
            known = self.registry.get(person, {}).get("props", {})
            if value.get("kind") == "office" and not value.get("state") and not value.get("org") \
                    and not value.get("counterpart"):
                # "الرئيس السيسي": a title without its state, of a well-known person (extract/lang/persons.json)
                for target in (known.get("nationality"), known.get("organization")):
                    if target and (len(target) == 2 or target in self.registry):
                        self._add("AFFILIATED_WITH", person, target, role.start, props=props, span=span)
            if borrowed.intersection(range(role.start, role.end)) \
                    and held.get((value.get("org"), value.get("role")), {person}) - {person}:
                continue        # "… رئيس هيئة الأركان العامة الإماراتي X … في استقباله رئيس هيئة الأركان العامة Y"
            if value.get("org"):
                self._add("AFFILIATED_WITH", person, value["org"], role.start, props=props, span=span)
                org_props = self.registry.get(value["org"], {}).get("props", {})
                org_state = org_props.get("state") if org_props.get("kind") in STATE_BODY_KINDS else None
                if org_state and not value.get("state"):          # a ministry's official, not a party's
                    self._add("AFFILIATED_WITH", person, org_state, role.start, props=props, span=span)
                parent = self.registry.get(org_props.get("parent") or "")
                if parent and ("/" in value["org"] or any(normalize(n) in normalize(role.text) for n in [
                        parent.get("name", ""), *parent.get("aliases", [])] if n)):
                    # "عضو المكتب السياسي لحركة حماس", "رئيسة مفوضية الاتحاد الأفريقي": the organisation the body
                    # is written with, too (not a parent only the gazetteer knows: "زعيم جبهة النصرة")
                    self._add("AFFILIATED_WITH", person, org_props["parent"], role.start, span=span,
                              props={**props, "basis": "title_in_body_of_organisation"})
        self._role_coreference(roles)
        self._organization_ties()
        # A nationality adjective right before a name: "الجزائري «مختار بلمختار»"; coordinated after a name with
        # its state's title or adjective, it stands for the same title ("وزير الري المصري X، والسوداني Y").
        titled = {person for person, role in self.person_roles.values() if (role._.value or {}).get("state")}
        in_office = {person for person, role in self.person_roles.values()
                     if (role._.value or {}).get("kind") == "office"}
        for k, sent in enumerate(self.sents):
            self.k, self.sent = k, sent
            chain: set[int] = set()     # ends of the names that took a title through such a chain
            for a in self.args_in[k]:
                if a.type == "Person":
                    j = a.start - 1
                    while j >= sent.start and self.doc[j].text in QUOTES - CLOSERS:
                        j -= 1      # "الجزائري «مختار بلمختار»"; not "كتاب (سندباد مصري) لحسين فوزي", a title's word
                    prev = self._arg_at(j) if j >= sent.start else None
                    if prev is not None and prev.type == "State" and prev.via == "demonym" \
                            and not self._adjective_of_another(prev, a):
                        if self.doc[prev.start].text[:1] == "و" and self._after_titled(prev.start, chain, titled):
                            chain.add(a.end)
                            self._add("AFFILIATED_WITH", a.key, prev.key, a.start,
                                      props={"role": "nationality", "basis": "coordinated_nationality"})
                        elif a.key in in_office or prev.start > sent.start \
                                and self.doc[prev.start - 1].norm_ in self.state_service \
                                or self._known_of_state(a.key, prev.key):
                            self._add("AFFILIATED_WITH", a.key, prev.key, a.start, props={"role": "nationality"})
                        elif a.key in self.registry:
                            # "المدرب البرتغالي جوزيه مورينهو": his nationality, no tie to the state
                            self._nationality(a.key, prev.key)

    def _nationality(self, person: str, state: str) -> None:
        """The state as the person's `nationality` property, no fact (the first one the article writes stays)."""
        self.registry[person]["props"].setdefault("nationality", state)

    def _known_of_state(self, person: str, state: str) -> bool:
        """Whether the persons list (extract/lang/persons.json) ties the person to that state."""
        return (known_person(self.registry.get(person, {}).get("name", "")) or {}).get("state") == state

    def _held_with_state(self, borrowed: set[int]) -> dict[tuple[str, str], set[str]]:
        """(body, role) -> who holds a role one person holds at a time in that body, with the body's state written
        in his title ("رئيس هيئة الأركان العامة الإماراتي"), not borrowed from another mention (tokens borrowed)."""
        held: dict[tuple[str, str], set[str]] = {}
        for person, role in self.person_roles.values():
            value = role._.value or {}
            if value.get("org") and "@" in value["org"] and value.get("role") in self.one_holder \
                    and not value.get("former") and not borrowed.intersection(range(role.start, role.end)):
                held.setdefault((value["org"], value["role"]), set()).add(person)
        return held

    def _adjective_of_another(self, demonym: Arg, person: Arg) -> bool:
        """Whether a nationality adjective before a name belongs to something else: the name is the next item of a
        list ("لاعب دورتموند الألماني وكريم بنزيمة"), or the adjective agrees with the organisation or place
        right before it ("لاعب ريال مدريد الإسباني X", "جامعة الملك سعود السعودية X"), or it is feminine with no
        article, so it describes the indefinite noun before it ("قتلت غارة جوية أميركية الزرقاوي"; but "مواطن أردني
        أحمد …" is the man)."""
        adjective = self.doc[demonym.start]
        if particle(self.doc[person.start]) == "و" or adjective.norm_.endswith("ه") \
                and not adjective.norm_.startswith("ال") and not normalize(adjective.text).startswith("لل"):
            return True
        i = demonym.start - 1
        if i < self.sent.start or self.doc[demonym.start].text[:1] == "و":
            return False
        return self.doc[i].ent_type_ in ("ORG", "LOC")

    def _after_titled(self, i: int, chain: set[int], titled: set[str]) -> bool:
        """Whether the name ending right before token i (past a comma) has a title with its state, itself or
        through the chain before it ("وزير الري المصري X، والسوداني Y، والإثيوبي Z"), not a mere nationality
        ("الفرنسي X والبلجيكي Y": players, not officials)."""
        j = i
        while j > self.sent.start and self.doc[j - 1].text in (*QUOTES, "،", ","):
            j -= 1
        before = self._arg_at(j - 1) if j > self.sent.start else None
        return before is not None and before.type == "Person" and before.end == j and (
            j in chain or before.key in titled)

    def _organization_ties(self) -> None:
        """A state body ("وزارة الخارجية المصرية", "الكونغرس") with its state (the gazetteer's or its
        name's); evidence: the body's first mention."""
        seen: set[str] = set()
        for k, ents in enumerate(self.ents_in):
            self.k, self.sent = k, self.sents[k]
            for ent in ents:
                key = ent._.key
                if ent.label_ != "ORG" or key in seen or key not in self.registry:
                    continue
                seen.add(key)
                props = self.registry[key].get("props", {})
                span = (ent.start, ent.end)
                if props.get("state") and props.get("kind") in STATE_BODY_KINDS:
                    self._add("AFFILIATED_WITH", key, props["state"], ent.start, props={"role": "state body"}, span=span)
                if "/" in key and props.get("parent") in self.registry:
                    # "المكتب التنفيذي لحركة نداء تونس", "بعثة الأمم المتحدة", "أمانة المنظمة": a body the gazetteer
                    # read with the organisation written after it (or the one organisation its anaphor names); not
                    # a wing in apposition to the name of a group ("مؤسسة الحياة، الجناح الإعلامي لـ…"): the group is it
                    j = ent.start
                    while j > 0 and self.doc[j - 1].text in (*QUOTES, "،", ","):
                        j -= 1
                    if j > 0 and self.doc[j - 1].ent_type_ == "ORG" and self.doc[ent.start].norm_ in self.subordinate:
                        continue
                    end = max([ent.end] + [p.end for p in ents if p._.key == props["parent"] and ent.end <= p.start <= ent.end + 1])
                    self._add("AFFILIATED_WITH", key, props["parent"], ent.start, props={"role": "part of"},
                              basis="body_of_organisation", span=(ent.start, end))
                    continue
                parent = self.registry.get(props.get("parent") or "")
                norms = " ".join(t.norm_ for t in ent)
                if parent and any(norm(n) in norms for n in [parent.get("name", ""), *parent.get("aliases", [])] if n):
                    # "مفوضية الاتحاد الأفريقي": a body whose name names the organisation it belongs to (the gazetteer's
                    # parent), when the text also names that organisation
                    self._add("AFFILIATED_WITH", key, props["parent"], ent.start, props={"role": "part of"}, span=span,
                              basis="org_parent_in_name")

    def _role_coreference(self, roles: list[Span]) -> None:
        """"الرئيس إيمانويل ماكرون" … "الرئيس الفرنسي": a person whose title names no state takes the
        state of the same title written without a name elsewhere in the document, if only one state
        has it."""
        named = {r_idx for r_idx in self.person_roles}
        states_of_title: dict[str, set[str]] = {}
        for r_idx, role in enumerate(roles):
            value = role._.value or {}
            if r_idx not in named and value.get("state") and not value.get("counterpart"):
                states_of_title.setdefault(value.get("role"), set()).add(value["state"])
        holders: dict[str, set[str]] = {}
        for r_idx, (person, role) in self.person_roles.items():
            value = role._.value or {}
            if value.get("kind") == "office":
                holders.setdefault(value.get("role"), set()).add(person)
        for r_idx, (person, role) in self.person_roles.items():
            value = role._.value or {}
            states = states_of_title.get(value.get("role"), set())
            if value.get("kind") != "office" or value.get("state") or value.get("org") or value.get("former"):
                continue
            if len(states) != 1 or len(holders[value["role"]]) != 1:
                continue
            k = next(j for j, s in enumerate(self.sents) if s.start <= role.start < s.end)
            self.k, self.sent = k, self.sents[k]
            span = self._person_span(person, role)
            self._add("AFFILIATED_WITH", person, next(iter(states)), role.start,
                      props={"role": value.get("role"), "role_en": value.get("role_en"), "basis": "coreference"},
                      span=(min(role.start, span.start), max(role.end, span.end)))

    def _person_span(self, person: str, role: Span) -> Span:
        """The mention of the person nearest to the role, in the role's sentence (self.k)."""
        return min((e for e in self.ents_in[self.k] if e._.key == person), key=lambda e: abs(e.start - role.start))

    def _event_facts(self) -> None:
        """HELD_IN from an event's place; the council or committee its name says meets takes part
        (ATTENDED; ORGANIZED wants the text to say who convened it, and an organisation's own summit
        or session gets neither from its name alone); the host state when the text names no host."""
        hosted = {f["object"] for f in self.facts.values() if f["predicate"] == "HOSTED"}
        mentions: dict[str, list[tuple[int, Span]]] = {}
        for k, spans in enumerate(self.events_in):
            for span in spans:
                if not (span._.value or {}).get("anaphoric"):
                    mentions.setdefault(span._.key, []).append((k, span))
        for key, found in mentions.items():
            props = self.registry.get(key, {}).get("props", {})
            country = props.get("country")
            # the place is read in the mention whose sentence names it nearest to it (the country, else its city)
            placed = [m for m in (self._place_in_sentence(k, span, country, props.get("city_key")) for k, span in found)
                      if m[2] is not None]
            k, span, where = min(placed, key=lambda m: max(m[2][1] - m[1].end, m[1].start - m[2][2], 0),
                                 default=(*found[0], None))
            self.k, self.sent = k, self.sents[k]
            mod = "planned" if props.get("planned") else "asserted"
            if country and not self._unsigned(props, self.held_nowhere):
                i = self._phrase_end(span) - 1 if where is not None and where[2] > span.end else span.start
                where = where or (country, None, None)      # named only as a topic or a title's state, or elsewhere
                self._add("HELD_IN", key, country, i, modality=mod, props={"basis": "place"}, proxy=where)
                organizers_meet_at_home = any(
                    props.get("city_key") and props.get("city_key") == self.registry.get(o, {}).get("props", {}).get("seat")
                    for o in props.get("organizers", []))
                if key not in hosted and props.get("kind") in self.derived_host_kinds and not organizers_meet_at_home:
                    self._add("HOSTED", country, key, i, modality=mod, props={"basis": "place"}, proxy=where)
            for org in props.get("organizers", []):     # "اجتماع مجلس الشورى": the body that meets takes part
                head = normalize(self.registry.get(org, {}).get("name", "")).split(" ")[0]
                if head.removeprefix("ال") in self.meeting_bodies and props.get("kind") in self.body_takes_part:
                    self._add("ATTENDED", org, key, span.start, modality=mod, props={"basis": "body"})
        self._implied_attendance()

    def _place_in_sentence(self, k: int, span: Span, country: str | None, city: str | None) -> tuple:
        """(k, span, where) for an event mention in sentence k: where is the mention of its place there, as
        (key, start, end) of the country it stands for: a country or city inside the event's own phrase (the
        whole phrase), else the city nearest to the event, else the country's nearest mention; None when the
        sentence names neither."""
        self.k, self.sent = k, self.sents[k]
        if not country:
            return k, span, None
        if any(span.start <= e.start < span.end and e._.key and (e._.key == country or (place_of(e) or ("", ""))[1] == city)
               for e in self.ents_in[k]):
            return k, span, (country, span.start, span.end)     # "اجتماع إقليمي بماليزيا", "الانتخابات الأمريكية"
        gap = lambda m: max(m[0] - span.end, span.start - m[1], 0)
        cities = [(e.start, e.end) for e in self.ents_in[k] if city and (place_of(e) or ("", ""))[1] == city]
        visit = self.registry.get(span._.key, {}).get("props", {}).get("kind") in self.visit_kinds
        named = [(a.start, a.end) for a in self.args_in[k] if a.key == country and self._says_where(a, visit)]
        found = min(cities, key=gap, default=None) or min(named, key=gap, default=None)
        return k, span, found and (country, *found)

    def _says_where(self, a: Arg, visit: bool = False) -> bool:
        """A mention of a state that says where: after في/ب/بمدينة ("في سوريا", "بتركيا"), a host word ("استضافت
        باكستان", "استضافة حكومة المملكة"), a visit's إلى/ل ("زيارته إلى كينيا"), or its adjective after a city
        ("بمدينة عنتيبي الأوغندية", "العاصمة التونسية"); not the topic of "مؤتمر دولي عن سوريا"."""
        first = self.doc[a.start]
        if particle(first) == "ب" or visit and particle(first) == "ل":
            return True
        if any(t.norm_ in self.host_words for t in self.doc[max(self.sent.start, a.start - 2):a.start]):
            return True
        prev = self.doc[a.start - 1] if a.start > self.sent.start else None
        while prev is not None and prev.text in QUOTES and prev.i > self.sent.start:
            prev = self.doc[prev.i - 1]
        if prev is None:
            return False
        before = self.doc[prev.i - 1] if prev.i > self.sent.start else prev
        while before.text in QUOTES and before.i > self.sent.start:
            before = self.doc[before.i - 1]
        # "العاصمة التونسية", "بمدينة «عنتيبي» الأوغندية": an adjective of the city named before it
        return prev.norm_ in self.locative or visit and prev.norm_ in self.destination or a.via == "demonym" and (
            prev.ent_type_ == "LOC" or prev.norm_ == "العاصمه" or before.norm_ in self.locative)

    def _phrase_end(self, span: Span) -> int:
        """Where an event's phrase ends, running on through the name and title of a person it ends with
        ("خلال لقائه الدكتور أنور قرقاش وزير الدولة للشؤون الخارجية الإماراتي")."""
        end = span.end
        while end < self.sent.end:
            person = self._arg_at(end)
            if end in self.named_role_tokens or self.doc[end].norm_ in self.honorifics:
                end += 1
            elif person is not None and person.type == "Person" and person.start == end:
                end = person.end
            else:
                return end
        return end

    def _implied_attendance(self) -> None:
        """A state the text calls the host and a chair take part in their event: ATTENDED with the
        same polarity, modality and evidence, marked by its basis."""
        for fact in list(self.facts.values()):
            if fact["predicate"] not in ("HOSTED", "CHAIRED") or fact["negated"]:
                continue
            if fact["predicate"] == "HOSTED" and (self._type(fact["subject"]) != "State"
                                                  or fact["props"].get("basis") == "place"):
                continue        # a host read off the event's place is an inference already
            ident = (fact["subject"], "ATTENDED", fact["object"], False, fact["modality"])
            implied = self.facts.setdefault(ident, {
                "predicate": "ATTENDED", "subject": fact["subject"], "object": fact["object"], "negated": False,
                "modality": fact["modality"], "props": {"basis": fact["predicate"].lower()}, "evidence": []})
            implied["evidence"].extend(ev for ev in fact["evidence"] if ev not in implied["evidence"])

    # ------------------------------------------------------------- details
    def _channel(self, s: int, e: int) -> str | None:
        norms = [t.norm_ for t in self.doc[s:e]]
        present = set(norms)
        for channel, phrases in self.channels.items():
            for phrase in phrases:
                n = len(phrase)
                if all(w in present for w in phrase) and any(norms[k:k + n] == phrase
                                                             for k in range(len(norms) - n + 1)):
                    return channel
        return None

    def _money_at(self, j: int) -> bool:
        """A money word (أموالاً, تمويلاً) or the first token of a sum of money ("أكثر من مليون يورو"); "دعم"
        only with a financial cue ("دعماً مالياً", "دعماً بقيمة 5 ملايين دولار"): bare support is political
        or military as often as it is money."""
        money = [span.start for span in self.doc.spans.get("amounts", []) if (span._.value or {}).get("kind") == "money"]
        if self.doc[j].norm_ in self.support:
            return any(t.norm_ in self.money_qualifier for t in self.doc[j + 1:j + 3]) or any(j < m <= j + 4 for m in money)
        return self.doc[j].norm_ in self.money or j in money

    def _amount_length(self, s: int, e: int) -> int:
        """Tokens of the amounts written between tokens s and e."""
        return sum(span.end - span.start for span in self.doc.spans.get("amounts", []) if s <= span.start < e)

    def _amount(self, s: int, e: int) -> dict:
        """The first sum of money in tokens s..e, else the first scaled number; counts and percents are no sums."""
        spans = [span for span in self.doc.spans.get("amounts", []) if s <= span.start < e and span._.value]
        for kind in ("money", "number"):
            for span in spans:
                v = span._.value
                if v.get("kind", "money") == kind:
                    return {"amount": v.get("value") if v.get("value") is not None else v.get("min"),
                            "amount_max": v.get("max"), "currency": v.get("currency")}
        return {}


@Language.factory("athar_relations")
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    """Factory for the relation extractor (data: extract/lang/relations.json)."""
    return RelationExtractor(nlp, name)
