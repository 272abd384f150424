"""athar_persons: titles and roles, and the persons they introduce.

Runs after the gazetteer (STATE/ORG/LOC in doc.ents) and the statistical
recogniser (PERSON in doc.ents). In order:

1. Roles. Titles from extract/lang/roles.json are matched on NORM and grow
   over what qualifies them: modifiers ("الخاص", "السابق"), a demonym or
   state name (the role's state: "وزير الخارجية المغربي", "وزير خارجية
   فرنسا"), an organisation (its org: "الأمين العام للأمم المتحدة", "زعيم
   تنظيم القاعدة"), "في/لدى" + a place, and a nested title ("المبعوث الخاص
   للرئيس الأميركي" takes the president's state). "نظيره الأميركي" takes
   the role of the title before it. Titles written one after the other
   ("العاهل المغربي الملك") are one role phrase.
2. Persons, from several cues: a name right after a title (quoted or
   not), a name before ", title" (appositive), a quoted name that starts
   with a first name, names listed after "كلا من", a name coordinated with
   a person, an author's name at the top of the article, and the names of
   the recogniser.
3. Short names. A word (or "بن لادن"-like pair) that ends (or, if it is no
   first name, starts) exactly one full name of the document is that person
   ("ماكرون" -> "إيمانويل ماكرون"), also with an attached particle
   ("لماكرون"). A lone first name that resolves to nobody, and a short
   name shared by two full names, are dropped.
4. Each person's best role goes into its Entity props (role, role_en,
   state, org); role phrases go to doc.spans["roles"] with span._.value.
   Ranks and professions are kept as roles only next to a name, honorifics
   ("السيد", "د.") never.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..arabic import definite_nisba, normalize, strip_marks, verbal_noun_only
from ..lexicon import norm
from ..doc_ext import entities, particle, positions, token_norms, unprefixed, word_ids, written_onto
from ..names import (COMPOUND_ENDS, FAMILY, KUNYA, NAME_LINKS, NASAB, PERSON, THIRD_PERSON_SUFFIXES, bare_forms,
                     canonical_key, construct_title, known_person, name_lexicon, name_text, prepositional,
                     register_person, set_entities, split_conjunction, split_off_particle, stray_compound_end)
from ..ner_training import COMMON_WORDS_FILE
from .ner import DEFAULT_MODEL

MAX_NAME = 5
OPEN_QUOTES = {"«", '"', "“", "'", "‘"}
CLOSE_QUOTES = {"»", '"', "”", "'", "’"}
APPOSITION = {"،", ",", "(", "-", "–"}
KIND_RANK = {"office": 3, "rank": 2, "profession": 1, "honorific": 0}


@dataclass
class Role:
    """A role phrase: tokens start..end, from a title entry (or a chain of adjacent titles)."""

    start: int
    end: int
    entry: dict
    role: str
    state: str | None = None
    org: str | None = None
    person: str | None = None
    counterpart: bool = False       # "نظيره الأميركي": the other party's role, never the person before it
    former: bool = False            # "الرئيس المصري السابق": an office no longer held
    local: bool = False             # "محافظ شقراء": the state only through the place the office governs
    principal: bool = False         # "المبعوث الخاص للرئيس": ends on a bare title of whom the holder serves

    @property
    def kind(self) -> str:
        return self.entry["kind"]

    def value(self) -> dict:
        return {"role": self.role, "role_en": self.entry["en"], "state": self.state, "org": self.org,
                "kind": self.kind, "counterpart": self.counterpart, "former": self.former,
                "local": self.local, "posted": bool(self.entry.get("posted"))}


def _norm_doc(vocab, phrase: str) -> Doc:
    """A pattern for a NORM PhraseMatcher: the normalised words of phrase."""
    words = norm(phrase).split()
    doc = Doc(vocab, words=words)
    for token, word in zip(doc, words):
        token.norm_ = word
    return doc


class PersonFinder:
    """spaCy component: role phrases, persons, short-name resolution."""

    def __init__(self, nlp: Language, name: str, common_words: str):
        self.name = name
        self.lex = name_lexicon(common_words or str(DEFAULT_MODEL / COMMON_WORDS_FILE))
        data = lexicon.load("roles")
        names = lexicon.load("person_names")
        self.titles = data["titles"]
        self.counterpart = {norm(w) for w in data["counterpart"]}
        self.modifiers = {norm(w) for w in data["modifiers"]}
        self.past = {norm(w) for w in data["past_modifiers"]}
        self.org_heads = {norm(w) for w in data["org_heads"]}
        self.place_words = {norm(w) for w in lexicon.load("gazetteer")["place_words"]}
        self.boards = {norm(b) for b in lexicon.load("organizations")["patterns"]["boards"]}
        self.complement_heads = self.org_heads | {norm(w) for w in data["unit_heads"]}    # "رئيس قسم …", "مدير مكتب …"
        self.sovereign_governors = {norm(w) for w in data["sovereign_governors"]}
        self.org_adjectives = {norm(w): key for w, key in data["org_adjectives"].items()}
        self.prepositions = {norm(w) for w in data["attached_prepositions"]}
        self.employer_prepositions = {norm(w) for w in data["employer_prepositions"]}
        self.post_prepositions = {norm(w) for w in data["post_prepositions"]}
        self.deputies = {norm(w): en for w, en in data["deputies"].items()}
        self.governments = {norm(w) for w in data["governments"]}
        self.visit_nouns = {norm(w) for w in data["visit_nouns"]}
        self.located_org_kinds = set(data["located_org_kinds"])
        self.located_org_words = {norm(w) for w in data["located_org_words"]}
        self.team_ranks = {norm(w) for w in data["team_ranks"]}
        self.team_governors = {norm(w) for w in data["team_governors"]}
        self.byline_cues = {norm(w) for w in names["byline_cues"]}
        stop = lexicon.load("person_stoplist")
        self.speech_verbs = {norm(w) for w in stop["verbs"]}
        self.speech_written = {strip_marks(w) for w in stop["verbs"]}
        self.homograph_verbs = self.speech_verbs & {norm(w) for w in stop["function_words"]}     # هنأ and هنا
        self.subordinators = {norm(w) for w in names["subordinators"]}
        self.copulas = {norm(w) for w in names["copulas"]}
        self.verb_openers = {norm(w) for w in names["verb_openers"]}
        self.named_places = {norm(w) for w in names["named_places"]}
        self.dwellings = {norm(w) for w in names["dwellings"]}
        self.press = {norm(w) for w in names["press"]}
        self.brand_places = {norm(w) for w in names["brand_places"]}
        self.titled_works = {norm(w) for w in names["titled_works"]}
        self.place_heads = {norm(w) for w in names["place_heads"]}
        self.place_word_idioms = {tuple(norm(w).split()) for w in names["place_word_idioms"]}
        self.place_ends = {norm(w) for w in names["place_ends"]}
        self.venue_ends = {norm(w) for w in names["venue_ends"]}
        self.spokesmen = {norm(w) for w in names["spokesmen"]}
        self.club_heads = {norm(w) for w in names["club_heads"]}
        self.fronting = {norm(w) for w in names["fronting"]}
        self.lam_governors = {norm(w) for w in names["lam_governors"]}
        self.known_as = {norm(w) for w in names["known_as"]}
        self.called = {norm(w) for w in names["called"]}
        self.family_words = {norm(w) for w in names["family_words"]}
        self.nasab_idioms = {tuple(norm(w).split()) for w in names["nasab_idioms"]}
        self.ages = {norm(w) for w in names["ages"]}
        self.times_of_day = {norm(w) for w in names["times_of_day"]}
        self.days = {norm(w) for w in names["days"]}
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        for i, title in enumerate(self.titles):
            self.matcher.add(f"title{i}", [_norm_doc(nlp.vocab, v) for v in title["ar"]])
        self.list_intro = PhraseMatcher(nlp.vocab, attr="NORM")
        self.list_intro.add("intro", [_norm_doc(nlp.vocab, v) for v in names["list_intro"]])
        # well-known persons (persons.json) by their names of two words or more: a person named in passing
        # ("نظام معمر القذافي", "حكومة الحبيب الصيد") needs no title or verb next to it
        self.known = PhraseMatcher(nlp.vocab, attr="NORM")
        known_names = [n for entry in lexicon.load("persons")["persons"].values()
                       for n in (entry["name"], *entry["aliases"])]
        self.known.add("known", [_norm_doc(nlp.vocab, n) for n in known_names if len(norm(n).split()) > 1])
        # and by the one word the news names them with alone, where no word of the language is written so
        # ("قام الجبير بزيارة قطر", "عهد القذافي"; not كاميرون, مودي)
        self.known_words = {w for n in known_names if len((w := norm(n)).split()) == 1
                            and w not in self.lex.given and not self.lex.language_word(w)}
        self.known_pairs = {tuple(w[-2:]) for n in known_names if len(w := norm(n).split()) > 1}    # "قائد السبسي"
        strings = nlp.vocab.strings      # the words the loops over a whole document start from (positions())
        self.counterpart_ids = word_ids(strings, self.counterpart)
        self.known_word_ids = word_ids(strings, self.known_words)
        self.speaker_cue_ids = word_ids(strings, self.copulas | self.speech_verbs)
        self.open_quote_ids = word_ids(strings, OPEN_QUOTES)

    # ----------------------------------------------------------------- main
    def __call__(self, doc: Doc) -> Doc:
        self.doc = doc
        self.others = [e for e in doc.ents if e.label_ != PERSON]
        self.blocked = {i: e for e in self.others for i in range(e.start, e.end)}
        self.persons: dict[int, Span] = {e.start: e for e in doc.ents if e.label_ == PERSON}
        self.evidence = set(token_norms(doc))
        # (start, end, title index), longest first at each start; a shorter title
        # is tried when the longer one overlaps an entity ("رئيس" + ORG).
        self.title_matches = sorted(((s, e, int(doc.vocab.strings[m][5:])) for m, s, e in self.matcher(doc)
                                     if not self._team_genitive(s)), key=lambda x: (x[0], -x[1]))
        self.titles_at = {}
        for s, e, idx in reversed(self.title_matches):
            self.titles_at[s] = (e, idx)
        self.role_tokens = set(self.titles_at)      # while roles are read, a name runs up to the next title
        roles = self._roles()
        self.role_tokens = {i for r in roles for i in range(r.start, r.end)}
        self._drop_persons_in(self.role_tokens)
        self._split_coordinated()
        self._nasab_openings()
        self._known_persons()
        for role in roles:
            self._name_after(role)
            self._name_before(role)
        self._quoted_names()
        self._speakers()
        self._lists()
        self._coordinated()
        self._byline()
        self._surname_by_repetition()
        self._family_after_given()
        self._demonym_family_name()
        self._preposition_on_name()
        self._given_before()
        self._known_name_ends()
        self._hyphenated()
        self._known_words()
        self._trim_tails()
        self._drop_after_verb_openers()
        self._drop_non_names_after_title()
        self._drop_place_names()
        self._drop_on_behalf()
        self._drop_clubs()
        self._conjunction_fan()
        self._conjoined_items()
        self._resolve_short_names()
        self._attach_roles(roles)
        self._drop_lone_words(roles)
        persons = sorted(self.persons.values(), key=lambda s: s.start)
        set_entities(doc, self.others + persons)
        self._register(persons, roles)
        doc.spans["roles"] = [self._role_span(r) for r in roles if r.kind == "office" or
                              (r.kind in ("rank", "profession") and r.person)]
        return doc

    # ---------------------------------------------------------------- roles
    def _roles(self) -> list[Role]:
        roles: list[Role] = []
        consumed = -1
        for start, end, idx in self.title_matches:
            if start < consumed or start > 0 and self.doc[start - 1].norm_ in ("ال", "عبد") or self._family_title(start, end):
                continue        # "آل الشيخ": a family name, not the title الشيخ; "عبد الملك": the second part of a name
            overlap = next((self.blocked[i] for i in range(start, end) if i in self.blocked), None)
            if overlap is not None:
                # "مدعي الجمهورية الفرنسية": the title's last word begins the state's name; "وكيل وزارة الخزانة":
                # the organisation's head word ends the title ("وكيل وزارة" + the ministry)
                if not (overlap.label_ == "STATE" and start < overlap.start and overlap.end > end or
                        overlap.label_ == "ORG" and start < overlap.start == end - 1 and overlap.end > end
                        and self.doc[overlap.start].norm_ in self.org_heads):
                    continue
                end = overlap.start
            role = self._grow(start, end, self.titles[idx], roles)
            if role is None:
                continue
            self._deputy(role, consumed)
            consumed = role.end
            roles.append(role)
        roles += self._counterparts(roles)
        roles.sort(key=lambda r: r.start)
        return self._merge_chains(roles)

    def _deputy(self, role: Role, consumed: int) -> None:
        """"نائب خادم الحرمين الشريفين", "نائب رئيس مجلس الإدارة", "مساعد وزير الدفاع": a word of deputyship right
        before the title, free and without the article, makes the role the deputy's (roles.json deputies)."""
        k = role.start - 1
        if role.kind != "office" or k < max(consumed, 0) or k in self.blocked or particle(self.doc[role.start]) == "و" \
                or self.doc[k]._.clitic and particle(self.doc[k]) != "و" or k > 0 and self.doc[k - 1].norm_ in NASAB:
            return      # "فهد بن عبدالله بن مساعد وصاحب السمو …": the name مساعد, then another person's honorific
        prefix = self.deputies.get(self.doc[k].norm_)
        if prefix is None:
            return
        role.start = k
        role.role = f"{self.doc[k].text.removeprefix('و')} {role.role}"
        role.entry = {**role.entry, "en": f"{prefix} {role.entry['en']}"}

    def _family_title(self, start: int, end: int) -> bool:
        """"عبدالله بن سلطان السلطان، …", "… السلطان تدشين جسر": a title word with the article after بن and a father's
        name, closed by punctuation or a common word without the article that is no first name, names no one after
        it: it is the family name ("سلمان بن عبدالعزيز الأمير محمد" names a prince; "الرئيس العام" is a title)."""
        doc, lex = self.doc, self.lex
        return end == start + 1 and start >= 2 and doc[start - 2].norm_ in NASAB and normalize(doc[start].text).startswith("ال") \
            and (end == len(doc) or doc[end].is_punct or doc[end].norm_ not in lex.given and not doc[end].norm_.startswith("ال")
                 and lex.is_common(doc[end].norm_))

    def _title_at(self, i: int) -> tuple[int, dict] | None:
        """(end, title entry) of the longest title that starts at token i, if any."""
        found = self.titles_at.get(i)
        return (found[0], self.titles[found[1]]) if found else None

    def _grow(self, start: int, end: int, entry: dict, earlier: list[Role], depth: int = 0,
              posted: bool = False) -> Role | None:
        """Extend a title over its modifiers, state, organisation and place; None if a needed complement is missing.
        posted: a diplomat's title (or one nested in it), whose place after في/لدى is the post, not its state."""
        doc = self.doc
        posted = posted or bool(entry.get("posted"))
        role = Role(start, end, entry, entry["role"], state=entry.get("state"))
        construct = entry["kind"] not in ("honorific", "rank") \
            and (not normalize(entry["ar"][0]).split()[-1].startswith("ال")
                 or " ".join(t.norm_ for t in doc[max(start, end - 2):end]) in self.boards) \
            and not doc[end - 1].norm_.startswith("ال")     # "رئيس مجلس إدارة X": X is the body, so one is needed
        complement = self._complement(end) if entry.get("generic") else None
        if complement:
            role.role = f"{role.role} {' '.join(t.text for t in doc[end:complement])}"
            role.end = complement
        elif entry.get("generic") and not self._qualifier_at(end) and not self._named_org_after_head(end) \
                and not (end < len(doc) and doc[end].norm_ in self.past) \
                and not (entry.get("in_body") and self._body_after_preposition(end)):
            return None         # "المسؤول السابق في مؤسسة النقد": a former office, its body after the modifier
        grown = role.end
        pos = role.end
        post_end = -1       # where a diplomat's post ends
        principal_end = -1  # where a bare nested title ("للرئيس") ends
        while pos < len(doc) and not (pos > start and doc[pos].is_sent_start):
            tok = doc[pos]
            ent = self.blocked.get(pos)
            if ent is not None and ent.start == pos:
                if posted and ent.label_ in ("STATE", "LOC") and pos > start and (
                        tok._.clitic and tok.text[:1] in "بل"
                        or not entry.get("resident") and written_onto(tok, "ل")
                        or tok._.clitic and tok.text[:1] == "و" and pos == post_end):
                    # "سفير السودان بأوغندا", "المبعوث الأممي لليمن" (an envoy's: a resident diplomat's "للمملكة"
                    # is his state's, "القنصل العام للمملكة في لوس أنجلوس"): the post, written onto its preposition;
                    # "السفير في بريطانيا وأيرلندا": a second country of the same post
                    pos = grown = post_end = ent.end
                    continue
                if ent.label_ == "STATE" and role.state is None:
                    if entry["kind"] == "rank" and pos == end and written_onto(tok, "ب"):
                        break       # "معسكر الفريق بتركيا X": the team's camp in Turkey; a rank takes no place
                    if depth == 0 and written_onto(tok, "ل") \
                            and any(doc[k].norm_ in self.visit_nouns for k in range(max(0, start - 2), start)):
                        break       # "زيارة (سمو) ولي ولي العهد لمصر": where the visit goes, not the title's state
                    role.state = ent._.key
                elif ent.label_ == "ORG" and role.org is None:
                    role.org = ent._.key
                elif ent.label_ == "ORG" and entities(doc).get(role.org, {}).get("props", {}).get("parent") == ent._.key:
                    pass            # "رئيس مجلس إدارة مؤسسة …": the body's parent, after it, is part of the role
                elif ent.label_ == "LOC" and pos == end and role.state is None and not doc[pos]._.clitic \
                        and (place_state := self._place_state(ent)):
                    role.state = place_state     # "ولي عهد أبوظبي", "حاكم دبي": a place's ruler belongs to its state
                    role.local = True
                elif ent.label_ != "LOC" or doc[pos]._.clitic == 0:
                    break
                pos = grown = ent.end
                continue
            if particle(tok) == "ب" and tok.norm_ in self.place_words and (ent := self.blocked.get(pos + 1)) is not None \
                    and ent.start == pos + 1 and ent.label_ == "LOC":
                pos = grown = ent.end       # "مدير التعليم بمحافظة جدة": where the office is
                continue
            if pos == end and not tok._.clitic and tok.norm_ in self.place_words \
                    and (ent := self.blocked.get(pos + 1)) is not None and ent.start == pos + 1 and ent.label_ == "LOC" \
                    and not (ent.end < len(doc) and doc[ent.end].text[:1] == "و"):
                pos = grown = ent.end       # "حاكم ولاية تكساس ريك بيري": the place of the office, then the name
                continue                    # (not "أمير منطقة مكة المكرمة ومرافقوه": who is with him)
            name_at = pos + 2 if pos + 2 < len(doc) and doc[pos + 1].text in OPEN_QUOTES else pos + 1   # تنظيم «القاعدة»
            if tok.norm_ in self.org_heads and name_at < len(doc) and (ent := self.blocked.get(name_at)) is not None \
                    and ent.label_ == "ORG" and ent.start == name_at:
                role.org = role.org or ent._.key
                pos = grown = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text in CLOSE_QUOTES else 0)
                continue
            if tok.norm_ in self.modifiers and not (tok.norm_.startswith("بال") and pos + 1 < len(doc)
                                                    and doc[pos + 1].norm_ == "عن"):
                # (not "بالنيابة عن الأمير": on whose behalf, no acting office)
                role.org = role.org or self.org_adjectives.get(tok.norm_)
                role.former = role.former or tok.norm_ in self.past
                pos = grown = pos + 1
                continue
            if entry["kind"] == "profession" and self._field_adjective(tok):
                pos = grown = pos + 1       # "الخبير الاقتصادي في البنك الأهلي": the field of a profession
                continue
            k = pos
            while k < len(doc) and self._further_portfolio(doc[k]):
                k += 1
            if k > pos and k < len(doc) and (doc[k].norm_ in self.prepositions or (
                    (nxt := self.blocked.get(k)) is not None and nxt.label_ == "STATE")):
                role.role = f"{role.role} {doc[pos:k].text}"   # "وزير المالية والاقتصاد في حكومة الكونغو", "وزير
                pos = grown = k             # الموارد المائية والكهرباء والري السوداني": more portfolios of the office
                continue
            if tok.norm_ in self.prepositions and not posted and pos + 2 < len(doc) \
                    and doc[pos + 1].norm_ in self.governments and (ent := self.blocked.get(pos + 2)) is not None \
                    and ent.start == pos + 2 and ent.label_ == "STATE" and role.state is None:
                role.state = ent._.key          # "وزير المالية والاقتصاد في حكومة الكونغو"
                pos = grown = ent.end
                continue
            if (tok.norm_ in self.prepositions or tok.norm_ in self.employer_prepositions
                    or posted and tok.norm_ in self.post_prepositions) and (found := self._entity_after(pos)) is not None:
                ent, after = found
                if ent.label_ == "STATE" and tok.norm_ in self.prepositions and role.state is None and not posted \
                        and not self._located(role.org):
                    role.state = ent._.key       # "رئيس اللجنة الوطنية في دولة الإمارات"; not "سفير … لدى مصر",
                                                 # nor "رئيس بعثة الأمم المتحدة في أفغانستان": where the body works
                elif ent.label_ == "ORG" and self._body_after(tok, ent, role, posted):
                    role.org = ent._.key         # "مدير التسويق في شركة المراعي", "المدير العام لـ«المنظمة الدولية للهجرة»"
                elif tok.norm_ not in self.prepositions and not posted:
                    break
                pos = grown = after
                post_end = pos if posted else -1
                continue
            # "مساعد الأمين العام للأمم المتحدة" nests; "… ورئيسة وزراء نيوزيلندا" is a second person's title
            attached = tok._.clitic or normalize(tok.text).startswith("لل")      # "للأمين العام": ل + ال
            nested = self._title_at(pos) if attached and tok.text[:1] != "و" and depth < 2 else None
            if nested is not None:
                inner = self._grow(pos, nested[0], nested[1], earlier, depth + 1, posted)
                if inner is not None:
                    role.state = role.state or inner.state
                    role.org = role.org or inner.org
                    pos = grown = inner.end
                    principal_end = inner.end if inner.state is None and inner.org is None else -1
                    continue
            if depth == 0 and (portfolio := self._portfolio(pos)) is not None:
                role.role = f"{role.role} {doc[pos:portfolio].text}"
                pos = grown = portfolio
                continue
            break
        if construct and grown == end and not complement:
            return None
        role.end = grown
        role.principal = principal_end == grown
        return role

    def _further_portfolio(self, tok) -> bool:
        """A definite word joined by و that is no title, name or stop word ("والاقتصاد", "والري"): a further
        portfolio of an office, when a preposition or a state follows the run of them."""
        word = normalize(tok.text)
        return word.startswith("وال") and len(word) > 4 and tok.i not in self.blocked \
            and self._title_at(tok.i) is None and not self.lex.is_stop(tok)

    def _portfolio(self, pos: int) -> int | None:
        """End of a portfolio written with ل after a title and its state, when a name follows it: "وزير الدولة
        الياباني للاقتصاد والتخطيط دايشيرو ياماغيوا", "وزير الدولة البريطاني لشؤون الشرق الأوسط توبياس إلوود".
        Without a name after it the ل-phrase is whom the holder speaks to ("قال الوزير للصحفيين")."""
        doc, lex = self.doc, self.lex
        tok = doc[pos]
        if pos in self.blocked or not written_onto(tok, "ل") or not tok.is_alpha \
                or tok.norm_ in self.org_heads:
            return None     # "الأمين العام لحزب بهاراتيا جاناتا": a body's name, no portfolio
        j = pos + 1
        while j < len(doc) and j - pos <= 3 and not doc[j].is_sent_start:
            ent = self.blocked.get(j)
            if ent is not None and ent.start == j and ent.label_ == "LOC":
                j = ent.end                 # "لشؤون الشرق الأوسط"
            elif j not in self.blocked and normalize(doc[j].text).removeprefix("و").startswith("ال") \
                    and self._title_at(j) is None:
                j += 1                      # "للاقتصاد والتخطيط", "لشؤون الشرق الأدنى": a first name has no article
            else:
                break
        if j == pos + 1 and not normalize(tok.text).startswith("لل"):
            return None     # a portfolio ends on a definite word: "للاقتصاد", "لشؤون الهجرة"
        name = j
        if (found := self._title_at(j)) is not None and found[1]["kind"] in ("honorific", "rank"):
            name = found[0]     # "وكيل الوزارة لشؤون المساجد والدعوة والإرشاد الدكتور توفيق السديري"
        end = self._name_run(name)
        return j if end - name >= 2 and self._ok_name(name, end) else None

    def _entity_after(self, pos: int) -> tuple[Span, int] | None:
        """The entity that begins right after the preposition at pos, or after an opening quote there
        ("لـ«المنظمة الدولية للهجرة»"), or an organisation quoted after its head word ("في شركة «ويليس»"),
        and where it ends with its closing quote."""
        doc = self.doc
        at = pos + 2 if pos + 2 < len(doc) and doc[pos + 1].text in OPEN_QUOTES else pos + 1
        ent = self.blocked.get(at)
        if ent is None and pos + 3 < len(doc) and doc[pos + 1].norm_ in self.org_heads and doc[pos + 2].text in OPEN_QUOTES:
            at = pos + 3
            ent = self.blocked.get(at)
            if ent is not None and ent.label_ != "ORG":
                return None
        if ent is None or ent.start != at:
            return None
        return ent, ent.end + (1 if at > pos + 1 and ent.end < len(doc) and doc[ent.end].text in CLOSE_QUOTES else 0)

    def _body_after(self, tok, ent: Span, role: Role, posted: bool) -> bool:
        """Whether an organisation after في / بـ / لـ is the body of a title that names none yet: not a
        diplomat's post, not after a state's office ("وزير الخارجية الأمريكي في مجلس الأمن" speaks there),
        and not a newspaper after لـ ("قال الناطق الرسمي لـ«الشرق الأوسط»" told it)."""
        if posted or role.org is not None or role.state is not None or tok.norm_ not in self.employer_prepositions:
            return False
        kind = entities(self.doc).get(ent._.key, {}).get("props", {}).get("kind")
        return not (tok.norm_ == "ل" and kind == "media")

    def _located(self, org: str | None) -> bool:
        """Whether an organisation is no state's own body (its kind, a sub-unit's by its own: roles.json
        located_org_kinds; a centre of studies or research by its name: located_org_words), so that a state
        after it is where it works ("بعثة الأمم المتحدة في أفغانستان", "مكتب قناة الجزيرة في مصر", "مركز
        الدراسات الكردية في ألمانيا"), not its officials' state."""
        entity = entities(self.doc).get(org, {}) if org is not None else {}
        return entity.get("props", {}).get("kind") in self.located_org_kinds \
            or not self.located_org_words.isdisjoint(norm(entity.get("name", "")).split())

    def _place_state(self, ent: Span) -> str | None:
        return entities(self.doc).get(ent._.key, {}).get("props", {}).get("state")

    def _complement(self, i: int) -> int | None:
        """End of the noun phrase a generic title governs ("رئيس اللجنة الوطنية"), or None; a word with a
        preposition written onto it is no genitive right after the title ("أشاد الوزير بالمساعدات الإماراتية"),
        only further on ("رئيس لجنة المسابقات بالاتحاد السعودي")."""
        doc, lex = self.doc, self.lex
        j = i
        if j < len(doc) and doc[j].norm_ in self.complement_heads and not doc[j].norm_.startswith("ال"):
            j += 1
        while j < len(doc) and j - i < 3 and j not in self.blocked and doc[j].norm_.startswith("ال") \
                and not (j == i and any(ch in "بلك" for ch in doc[j].text[:doc[j]._.clitic])) \
                and (lex.is_common(doc[j].norm_) or lex.ordinary_noun(doc[j].norm_) and self._department(j)) \
                and not lex.is_stop(doc[j]) and not doc[j].is_sent_start \
                and doc[j].norm_ not in self.past and self._title_at(j) is None:     # "قائد القوات البحرية الفريق"
            j += 1
        return j if j > i and doc[j - 1].norm_.startswith("ال") else None

    def _department(self, j: int) -> bool:
        """Whether a rarer noun after a generic title is its field, the body it works for named right after it
        ("مدير التحليلات بشركة «…»", "رئيس الأبحاث في مركز …"); elsewhere such a noun ends the title ("مدير
        الأمسية محمد …", "مدير المرصد السوري …": a body the gazetteer does not know)."""
        doc = self.doc
        if j + 1 >= len(doc):
            return False
        nxt = doc[j + 1]
        if nxt.norm_ in self.employer_prepositions and not nxt._.clitic:
            nxt = doc[j + 2] if j + 2 < len(doc) else None
        elif not (nxt._.clitic and normalize(nxt.text)[:1] == "ب"):
            return False
        ent = self.blocked.get(nxt.i) if nxt is not None else None
        return nxt is not None and (nxt.norm_ in self.org_heads or ent is not None and ent.label_ == "ORG")

    def _named_org_after_head(self, i: int) -> bool:
        """"مدير منظمة «هيومن رايتس ووتش»": an organisation's head word, then its quoted name."""
        doc = self.doc
        if i + 2 >= len(doc) or doc[i].norm_ not in self.org_heads or doc[i + 1].text not in OPEN_QUOTES:
            return False
        ent = self.blocked.get(i + 2)
        return ent is not None and ent.label_ == "ORG" and ent.start == i + 2

    def _field_adjective(self, tok: Token) -> bool:
        """"الاقتصادي", "الأمنية": a definite nisba adjective the corpus writes often and seldom after a first
        name, unlike a family name made the same way (الشمري, الحربي); not a relative pronoun (الذي, التي)."""
        norm = tok.norm_
        return definite_nisba(norm) and not tok._.clitic and norm in self.lex.ordinary and tok.i not in self.blocked

    def _body_after_preposition(self, i: int) -> bool:
        """"القيادي في حركة حماس", "المسؤول في مكتب التحقيقات الفيدرالي": an organisation after في, the body a generic
        title is of."""
        found = self._entity_after(i) if i < len(self.doc) and self.doc[i].norm_ == "في" else None
        return found is not None and found[0].label_ == "ORG"

    def _qualifier_at(self, i: int) -> bool:
        ent = self.blocked.get(i)
        return ent is not None and ent.start == i

    def _counterparts(self, roles: list[Role]) -> list[Role]:
        """"نظيره الأميركي": the role of the last office before it, with its own state."""
        out = []
        for i in positions(self.doc, self.counterpart_ids):
            if i in self.blocked:
                continue
            tok = self.doc[i]
            before = [r for r in roles if r.end <= tok.i and r.kind == "office"]
            entry = before[-1].entry if before else {"role": "نظير", "en": "Counterpart", "kind": "office"}
            role = self._grow(tok.i, tok.i + 1, {**entry, "ar": [tok.text], "generic": False}, roles)
            if role is not None:
                role.role = before[-1].role if before else role.role
                role.counterpart = True
                out.append(role)
        return out

    def _merge_chains(self, roles: list[Role]) -> list[Role]:
        """Adjacent titles ("ولي العهد السعودي الأمير") make one role: the highest kind names it."""
        out: list[Role] = []
        for r in roles:
            first = self.doc[r.start]
            coordinated = first._.clitic and first.text[:1] == "و"          # "رئيس الجمهورية الفرنسية ورئيسة وزراء …"
            two_states = out and out[-1].state and r.state and out[-1].state != r.state   # "أمير قطر الرئيس الفرنسي"
            if out and r.start == out[-1].end and not coordinated and not two_states:
                prev = out[-1]
                head = prev if KIND_RANK[prev.kind] >= KIND_RANK[r.kind] else r
                merged = Role(prev.start, r.end, head.entry, head.role, prev.state or r.state, prev.org or r.org)
                merged.counterpart = prev.counterpart
                out[-1] = merged
            else:
                out.append(r)
        return out

    def _role_span(self, role: Role) -> Span:
        span = Span(self.doc, role.start, role.end, label="ROLE")
        span._.value = role.value()
        return span

    # -------------------------------------------------------------- persons
    def _name_run(self, i: int, limit: int | None = None) -> int:
        """End of the longest name-like run of tokens starting at i (i if none).

        After a first name the family name may also be a common word ("سامي الحربي", "جون كيري").
        """
        doc, lex = self.doc, self.lex
        end = i
        limit = min(len(doc), limit or len(doc), i + MAX_NAME)
        j = i
        while j < limit:
            tok = doc[j]
            if j in self.blocked or j in self.role_tokens or tok.is_space or (j > i and tok.is_sent_start) \
                    or tok.text[:1].isascii() != doc[i].text[:1].isascii():
                break       # "جون سميث Smith": a change of script ends the name
            after_particle = j > i and doc[j - 1].norm_ in lex.particles
            ordinal = j > i and (tok.norm_ in lex.ordinals or tok.norm_ == "عشر") and (
                doc[j - 1].norm_ in lex.given | lex.ordinals or j == i + 1 and i > 0 and doc[i - 1].norm_ in lex.regnal_titles)
            # a word the corpus seldom writes after a first name is the family name when a comma closes the name
            closed = j + 1 < len(doc) and doc[j + 1].text in APPOSITION
            family = lex.first_name_before(list(doc[i:j])) and lex.can_be_family_name(tok, attested=closed)
            # "عبدالعزيز بن إبراهيم الفايز،": after a nasab, the word a comma closes is the family name
            # and so is a nisba with the article right after it ("سعد بن فهد الحربي": no adjective follows a father's name)
            nisba = tok.norm_.startswith("ال") and tok.norm_.endswith("ي") and len(tok.norm_) > 4
            family = family or (closed or nisba) and j - i >= 3 and doc[j - 2].norm_ in NASAB \
                and lex.can_be_family_name(tok, attested=True) or j - i >= 3 and self._family_title(j, j + 1) \
                and (j in self.titles_at or j + 1 == len(doc) or doc[j + 1].is_punct)
            compound = j > i and tok.norm_ in COMPOUND_ENDS          # "محمد محيي الدين عبدالحميد"
            if j > i + 1 and doc[j - 1].norm_ in lex.ordinals and not ordinal:
                break       # "الملك بوليسلاف الثالث تخليدا لذكرى والده": a regnal number ends the name
            if j >= i + 2 and lex.owned_feminine_noun(tok):
                break       # "حاكم أوهايو جون كاسيتش نيته خوض السباق": his intention, no family name
            if not (lex.can_be_name(tok) or after_particle and tok.is_alpha and not lex.is_stop(tok)
                    or ordinal or family or compound):
                break
            if tok.norm_ == "عبد" and j - 2 >= i and doc[j - 1].norm_.startswith("ال") \
                    and doc[j - 1].norm_ not in COMPOUND_ENDS and doc[j - 2].norm_ not in lex.particles:
                break       # "معن الخضري عبد العزيز التكروني": after a family name a compound first name opens another
            if j - 2 >= i and doc[j - 2].norm_ == FAMILY and doc[j - 1].norm_ not in COMPOUND_OPENERS \
                    and tok.norm_ not in NAME_LINKS and not tok.norm_.startswith("ال"):
                break       # "عبداللطيف آل الشيخ وجوب الالتزام": a family after آل closes the name (or a nisba follows)
            if j > i and (_joined(tok, lex) or lex.ordinary_noun(tok.norm_) and doc[j - 1].norm_.startswith("ال")
                          or _between_names(doc, i, j, lex) or stray_compound_end(tok) or _dual_before_adjective(doc, j)
                          or _conjunct_after_family(doc, j, lex)):
                # "ناصر بوريطة ونظيره", "محمد العلي وسامي": an attached particle starts the next item;
                # "اللواء البلوي تعازي القيادة": a frequent word seldom after a first name ends a family name
                break
            j += 1
            if doc[j - 1].norm_ not in lex.particles | lex.infixes:
                end = j
        return end

    def _ok_name(self, start: int, end: int, support: bool = False) -> bool:
        """A run that can be a name: a single word only with support, if it is no bare first name and
        has no article (after a title "المهرجان", "التوجيهي" are the title's complement, not a name)."""
        lex = self.lex
        words = [t for t in self.doc[start:end] if t.norm_ not in lex.particles | lex.infixes]
        if not words or all(lex.is_common(t.norm_) for t in words) \
                or not support and all(lex.language_word(t.norm_) for t in words) \
                or len(words) > 1 and len({t.norm_ for t in words}) == 1 and words[0].norm_ not in lex.given \
                or any(t.norm_ in lex.ordinals and (k == 0 or words[k - 1].norm_ not in lex.given | lex.ordinals and (
                           words[k - 1].norm_.startswith("ال") or lex.language_word(words[k - 1].norm_)))
                       for k, t in enumerate(words)):
            return False            # "وأوضح قيادي ميداني أن": words of the language, with no title to make them a name;
            # "قال الرئيس فساد فساد فساد": a word said again, no name; "أضاف الوتر الخامس": a regnal number follows
            # a ruler's name, not a word of the language ("يوحنا بولس الثاني" keeps it)
        if len(words) == 1:
            return support and words[0].norm_ not in lex.given and not words[0].norm_.startswith("ال") \
                and not prepositional(words[0]) and not lex.lone_noun(words[0].norm_) \
                and not any(f in lex.ordinary for f in bare_forms(words[0].norm_, "ي")[1:]) \
                and not any(f in lex.nouns for f in bare_forms(words[0].norm_, "ك", "كم", "نا")[1:]) \
                and not lex.ordinary_noun(words[0].norm_) and not _prefixed_word(words[0].norm_, lex)
            # "الرئيس الفرنسي بإنهاء", "… فرضية", "أمير المنطقة يعزي", "أمير القصيم يثمن", "ولي العهد وحكومتنا";
            # "يتفهم الصحفي موقفي", "عرفانا": a noun with my (a frequent one: not "نازلي"), your or our pronoun
        return True

    def _add_person(self, start: int, end: int, listed: bool = False) -> Span | None:
        """Make tokens start..end a PERSON unless they overlap another entity; merges with a touching one."""
        doc = self.doc
        touching = [p for p in self.persons.values() if p.start < end and start < p.end]
        for p in touching:
            if p.start <= start and end <= p.end:
                return p
            start, end = min(start, p.start), max(end, p.end)
        family = end - start > 2 and doc[end - 2].norm_ == FAMILY     # "… بن عبد العزيز آل سعود"
        tribe = end - start > 2 and all(definite_nisba(t.norm_) for t in doc[end - 2:end])   # "… الأحمدي الزهراني"
        generations = max(0, sum(t.norm_ in NASAB for t in doc[start:end]) - 2)     # a third father and more
        if any(i in self.blocked for i in range(start, end)) \
                or end - start > MAX_NAME + 1 + 2 * family + tribe + 2 * generations:
            return None
        for p in touching:
            del self.persons[p.start]
        split_conjunction(doc[start], self.lex, self.evidence, listed)
        span = Span(doc, start, end, label=PERSON)
        self.persons[start] = span
        return span

    def _person_at(self, i: int) -> Span | None:
        return next((p for p in self.persons.values() if p.start <= i < p.end), None)

    def _drop_persons_in(self, tokens: set[int]) -> None:
        """The recogniser's names that are really title words lose those words (or go)."""
        for start, p in list(self.persons.items()):
            keep = [i for i in range(p.start, p.end) if i not in tokens]
            if len(keep) == p.end - p.start:
                continue
            del self.persons[start]
            if keep and keep == list(range(keep[0], keep[-1] + 1)) and self._ok_name(keep[0], keep[-1] + 1):
                self.persons[keep[0]] = Span(self.doc, keep[0], keep[-1] + 1, label=PERSON)

    def _split_coordinated(self) -> None:
        """"رونالدو وبيل وبنزيمه", "سعود كريري ومحمد الشلهوب": a name never goes on over a word with the
        conjunction written onto it; each part is a name of its own if it can be one."""
        doc, lex = self.doc, self.lex
        for start, p in list(self.persons.items()):
            cuts = [t.i for t in p[1:] if t.text[:1] == "و" and (t._.clitic or lex.conjoined(t.norm_)
                                                                  or _between_names(doc, p.start, t.i, lex))]
            if not cuts:
                continue
            del self.persons[start]
            for s, e in zip([p.start, *cuts], [*cuts, p.end]):
                if s in cuts:
                    split_conjunction(doc[s], lex, self.evidence, listed=True)
                if self._ok_name(s, e):
                    self.persons[s] = Span(doc, s, e, label=PERSON)

    def _nasab_openings(self) -> None:
        """"الشاعر كعب بن زهير": a name does not open with بن (nor, with a name before it, آل); the word before it is the name's first
        (a common word too: كعب, المختار), else the rest names nobody in particular; but the subject of a
        verb set off by a comma or title may be the English given name Ben, and after a word for a family
        ("أسرة بن لادن", "عائلة آل مكتوم") the name is the family's, no person's."""
        doc, lex = self.doc, self.lex
        for start, p in list(self.persons.items()):
            i = start - 1
            if p[0].norm_ in self.family_words and len(p) > 2 and p[1].norm_ in NAME_LINKS \
                    or p[0].norm_ in NAME_LINKS and i >= 0 and doc[i].norm_ in self.family_words:
                del self.persons[start]     # "أسرة بن لادن", "عائلة آل مكتوم": the family, no person
                continue
            if p[0].norm_ == FAMILY:
                # "من داوود آل سعيد", "مشعان آل حامد": a first name right before آل is the name's first word
                # ("أسرة آل سعود", a word of the language before it, is the family); a name right before it
                # goes on ("فيصل بن عبدالله المشاري آل سعود")
                before = self._person_at(i) if i >= 0 and not doc[start].is_sent_start else None
                if before is not None and before.end == start:
                    del self.persons[start], self.persons[before.start]
                    self.persons[before.start] = Span(doc, before.start, p.end, label=PERSON)
                elif i >= 0 and not doc[start].is_sent_start and i not in self.blocked and i not in self.role_tokens \
                        and self._person_at(i) is None and _plain_word(doc[i], lex) and lex.can_be_name(doc[i]) \
                        and (doc[i].norm_ in lex.given or not lex.language_word(doc[i].norm_)):
                    del self.persons[start]
                    self.persons[i] = Span(doc, i, p.end, label=PERSON)
                continue
            if p[0].norm_ not in NASAB:
                continue
            if len(p) == 2 and (p[0].norm_, p[1].norm_) in self.nasab_idioms:
                del self.persons[start]     # "عمل ابن آدم": a human being, no one's name
                continue
            if p.end < len(doc) and (doc[p.end].text in APPOSITION or p.end in self.role_tokens) \
                    and self._subject_slot(start):
                continue        # "وقال بن أبراهام، رئيس …": the English given name Ben
            if i >= 0 and doc[i].norm_ in self.dwellings and len(p) >= 2:
                continue        # "في منزل ابن سلوم": the house of one known by his father's name
            del self.persons[start]
            if i >= 0 and not doc[start].is_sent_start and i not in self.blocked and i not in self.role_tokens \
                    and self._person_at(i) is None and _plain_word(doc[i], lex) and doc[i].norm_ not in self.family_words \
                    and not (doc[i].norm_.endswith("وا") and doc[i].norm_ not in lex.given):
                # (not "«بلغوا ابن نايف …»": an Arabic first name never ends on the alif written after a verb's plural)
                if i > 0 and (particle(doc[i - 1]) == "و" or doc[i - 1].norm_ in lex.given):
                    # "زهير وعلقمة بن عبدة": in a list of names joined by و, the و of a name the lexicon lacks is the
                    # conjunction
                    split_conjunction(doc[i], lex, listed=True)
                self.persons[i] = Span(doc, i, p.end, label=PERSON)

    def _drop_lone_words(self, roles: list[Role]) -> None:
        """A one-word name (a kunya such as "أبو مازن" counts as whole) stays only if it is a short form of a
        full name of the document, a well-known person's, or the name a title introduces ("الرئيس ماكرون");
        alone it is mostly a word the recogniser misread ("بتحديد", "دشن") or a name cut short; a short name whose
        full name went goes too. A first name that heads an idiom with a word of the language ("حسن السيرة") is
        no name either."""
        lex = self.lex
        titled = {int(r.person) for r in roles if r.person is not None and r.kind in ("office", "profession")}
        for start, p in list(self.persons.items()):
            words = [t for t in p if t.i == start or t.norm_ not in lex.particles | lex.infixes]
            if p[0].norm_ in COMPOUND_ENDS or p[0].norm_ in KUNYA and len(p) == 2 and p[1].norm_.startswith("ال") \
                    and (lex.is_common(p[1].norm_) or lex.ordinary_noun(p[1].norm_) or p[1].norm_[2:] in lex.nouns) \
                    or p[0]._.clitic and lex.is_common(normalize(p[0].text)):
                # "الله عز وجل"; "الشتاء أبو الإبداع": a kunya of a common noun is a figure of speech;
                # "بعيد الاتفاق", "لصالح الشركة": a word of the language read as a particle + a first name
                del self.persons[start]
                continue
            if lex.idiom(p):
                del self.persons[start]         # "حسن السيرة والسلوك": the idiom "good conduct", no name
                continue
            if len(words) == 1 and p[0].norm_ not in KUNYA and start not in self.aliases and start not in titled \
                    and known_person(name_text(p)) is None:
                del self.persons[start]
        kept = {canonical_key(" ".join(t.norm_ for t in p)) for start, p in self.persons.items() if start not in self.aliases}
        for start in [s for s, key in self.aliases.items() if s in self.persons and key not in kept]:
            del self.persons[start]     # "توظيف" of "لجان توظيف" ("committees for hiring"), which went as no name

    def _known_persons(self) -> None:
        """Every written name of a well-known person (longest match first) that no other entity covers."""
        self.known_matches = self.known(self.doc)
        for _, start, end in sorted(self.known_matches, key=lambda m: (m[1], -m[2])):
            if start in self.titles_at and (q := self._person_at(start + 1)) is not None and q.end > end:
                continue                    # "السلطان قابوس" of "السلطان قابوس بن سعيد": the title of a name found whole
            if start and self.doc[start - 1].norm_ in self.family_words:
                continue                    # "أسرة بن لادن": the family
            p = self._person_at(start)
            if p is not None and p.start < start and p.end < end and p.start in self.titles_at:
                del self.persons[p.start]   # "الملك سلمان" of "الملك سلمان بن عبدالعزيز": the longer name, not its title
                p = None
            if p is None or p.end < end:
                self._unblock_family_groups(start, end)
                self._add_person(start, end)

    def _known_words(self) -> None:
        """The one word the news names some well-known persons with alone ("قام الجبير بزيارة قطر"), where it is
        no part of a name read before, also after words of the language read as a name with it ("تعليقات أوباما")."""
        lex = self.lex
        for start, p in list(self.persons.items()):
            if len(p) >= 2 and p[-1].norm_ in self.known_words and start not in self.role_tokens \
                    and all(lex.language_word(t.norm_) for t in p[:-1]) \
                    and (p[-2].norm_, p[-1].norm_) not in self.known_pairs:
                del self.persons[start]     # "تعليقات أوباما": his comments
        for i in positions(self.doc, self.known_word_ids):
            tok = self.doc[i]
            if not tok._.clitic and self._person_at(tok.i) is None \
                    and tok.i not in self.blocked and self._no_name_before(tok.i):
                self._add_person(tok.i, tok.i + 1)

    def _no_name_before(self, i: int) -> bool:
        """Whether the word before token i opens no name of which token i would be the family name: the start of
        the sentence, punctuation, or a word of the language that is no first name ("زيارة الجبير", not "خالد
        الجبير")."""
        if i == 0 or self.doc[i].is_sent_start or not self.doc[i - 1].is_alpha:
            return True
        before = self.doc[i - 1].norm_
        return before not in self.lex.given and before not in self.lex.particles and self.lex.language_word(before)

    def _release(self, ent: Span) -> None:
        """Take back an entity another component read, so its tokens may become a person's name."""
        self.others.remove(ent)
        for i in range(ent.start, ent.end):
            del self.blocked[i]

    def _unblock_family_groups(self, start: int, end: int) -> None:
        """Organisations read inside a well-known person's written name are his family's name, not the group
        named after it ("زعيم الحوثيين عبدالملك الحوثي": the Houthis' leader, not «الحوثي» the group)."""
        inside = {self.blocked[i] for i in range(start, end) if i in self.blocked}
        if inside and all(e.label_ == "ORG" and start <= e.start and e.end <= end for e in inside):
            for ent in inside:
                self._release(ent)

    def _name_after(self, role: Role) -> None:
        """"وزير الخارجية المغربي ناصر بوريطة", "الرئيس ماكرون", "وزير الداخلية «جيرار لو كومب»"."""
        doc = self.doc
        i = role.end
        if i >= len(doc):
            return
        if construct_title(doc[role.start:role.end], role.kind):
            return      # "ولايتي، مستشار علي خامنئي": the name after it is whose adviser he is
        if role.end - role.start == 1 and doc[role.start].norm_ in self.team_ranks and self._team_word(doc[i].norm_):
            return      # "الفريق المنافس لكيناتو": the rival team, no general
        found = self._person_at(i)
        if found is not None and found.start == i and (particle(doc[i]) == "و" or prepositional(doc[i])
                                                          and strip_marks(doc[i].text)[:1] in "لب"):
            return      # "الكسندر نوفاك وزير الطاقة الروسي وعبدالله البدري": a second person, not the title's;
            # "تحيات الملك لمحمد العتيبي": whom the king greets
        if found is not None and found.start == i and (end := self._name_run(i)) > found.end:
            found = self._add_person(i, end) or found     # the recogniser's "نبيل" of "الدكتور نبيل العربي"
        if found is not None and found.start == i and (k := self._title_adjectives(i, found.end)):
            del self.persons[i]     # the recogniser's "الإبراهيمي الشريف منذر أبو الفيلات" after "مدير المسجد"
            found = self._add_person(i + k, found.end)
        if found is None and doc[i].text in OPEN_QUOTES:
            end = self._quoted(i)
            if end and self._ok_name(i + 1, end, support=True):
                found = self._add_person(i + 1, end)
        elif found is None:
            end = self._name_run(i)
            i += self.lex.leading_non_name(list(doc[i:end]), after_title=True)   # "للزعيم الليبي حينذاك معمر القذافي"
            i += self._title_adjectives(i, end)     # "عضو الفريق التنظيمي بريك القرني": they qualify the title
            adjective = self._profession_as_adjective(role)
            if end > i and self._ok_name(i, end, support=True) and not self._adjectives_only(i, end) \
                    and not (adjective is not None and not self._first_name_like(doc[i], adjective)) \
                    and not self._second_place(role, i, end):
                found = self._add_person(i, end)
        if found is None and doc[i].text in APPOSITION:
            # "المبعوث الخاص …، بريت ماكغورك،": a full name set off by commas
            end = self._name_run(i + 1)
            if end - (i + 1) >= 2 and end < len(doc) and doc[end].text in APPOSITION | {")"} | CLOSE_QUOTES \
                    and self._ok_name(i + 1, end):
                found = self._add_person(i + 1, end)
        if found is not None and role.principal and found.start == role.end and known_person(name_text(found)):
            return      # "جون آلن المبعوث الخاص للرئيس باراك أوباما": the president, whose envoy Allen is
        if found is not None and role.entry.get("sovereign") and self._governed_sovereign(role) \
                and known_person(name_text(found)) is None:
            return      # "مدير مكتب جلالة الملك الدكتور جعفر حسان": the office's holder, not the king
        if found is not None:
            role.person = f"{found.start}"

    def _team_genitive(self, i: int) -> bool:
        """A rank that is also the word for a team, right after a noun of its staff or players: the team ("مدرب
        الفريق X", "مدير الفريق الأول لكرة القدم X"), no general."""
        doc = self.doc
        return doc[i].norm_ in self.team_ranks and i > 0 and doc[i - 1].norm_ in self.team_governors

    def _team_word(self, norm: str) -> bool:
        """A definite word of the language that no family name is made like (not a nisba: "الفريق الحربي" may be
        General al-Harbi): after a rank that is also a team ("الفريق المنافس", "الفريق الضيف") it says the team."""
        lex = self.lex
        return norm.startswith("ال") and not definite_nisba(norm) and (lex.language_word(norm) or norm[2:] in lex.ordinary)

    def _second_place(self, role: Role, i: int, end: int) -> bool:
        """"مدير الإدارة بالكلية بخليص": one word written with ب after a title that ends on a place written with ب
        is where that place is (ب + a town the gazetteer does not list), not the title's holder."""
        doc = self.doc
        return end - i == 1 and particle(doc[role.end - 1]) == "ب" and normalize(doc[i].text)[:1] == "ب" \
            and doc[i].norm_ not in self.lex.given

    def _profession_as_adjective(self, role: Role) -> Token | None:
        """The definite or possessed noun right before a profession's word, which may be its adjective ("للفيلم
        الروائي الطويل", "أعماله الروائية", "المؤتمر الصحفي"), or None (a name, a title or و before it)."""
        k = role.start - 1
        if role.kind != "profession" or k < 0 or k in self.role_tokens or k in self.blocked \
                or particle(self.doc[role.start]) == "و" or any(p.start <= k < p.end for p in self.persons.values()):
            return None
        prev = self.doc[k]
        return prev if prev.is_alpha and (prev.norm_.startswith(("ال", "لل")) or self.lex.possessed_noun(prev)) else None

    def _first_name_like(self, tok: Token, noun: Token) -> bool:
        """Whether a name may open on tok after a profession's word that may be the adjective of noun: a first name,
        or a word without the article or a preposition ل ("الطويل", "لصقل" are none) and, after a possessed noun
        ("أعماله الروائية نافذة"), none of the language."""
        lex, norm = self.lex, tok.norm_
        return norm in lex.given or not (norm.startswith(("ال", "ل")) or tok._.clitic
                                         or lex.possessed_noun(noun) and lex.language_word(norm))

    def _governed_sovereign(self, role: Role) -> bool:
        """Whether a sovereign's title is the genitive of a noun of his court or embassy, directly or through ل,
        an honorific or an adjective between ("مكتب جلالة الملك", "سفارة خادم الحرمين الشريفين", "السكرتير الخاص
        لخادم الحرمين الشريفين"; not "صور تاريخية للملك المؤسس عبدالعزيز")."""
        doc = self.doc
        k = role.start - 1
        while k >= 0 and k in self.titles_at and self.titles[self.titles_at[k][1]]["kind"] == "honorific":
            k -= 1      # "جلالة"
        if k >= 1 and doc[k].norm_.startswith("ال") and doc[k - 1].norm_.removeprefix("ال") in self.sovereign_governors:
            k -= 1      # "السكرتير الخاص"
        return k >= 0 and doc[k].norm_.removeprefix("ال") in self.sovereign_governors

    def _adjectives_only(self, i: int, end: int) -> bool:
        """"مدير المسجد الإبراهيمي الشريف": definite words after a title's complement (not after the title word
        itself: "السفير السديري"), the first a nisba and none a first name, are adjectives of that noun."""
        words = list(self.doc[i:end])
        return len(words) >= 2 and i > 0 and self.doc[i - 1].norm_ not in self.lex.role_words \
            and all(t.norm_.startswith("ال") and t.norm_ not in self.lex.given for t in words) \
            and words[0].norm_.endswith(("ي", "يه"))

    def _title_adjectives(self, i: int, end: int) -> int:
        """How many of the words after a title are its adjectives: a definite nisba and the definite words after it,
        before a word without the article and at least two words left ("الفريق التنظيمي بريك القرني", "المستشار
        القانوني محمد الشهري", "مدير المسجد الإبراهيمي الشريف منذر أبو الفيلات"): a name opens on its first name,
        and a family name is no first name."""
        doc, lex = self.doc, self.lex
        if end - i < 3 or not (doc[i].norm_.startswith("ال") and doc[i].norm_.endswith("ي")) \
                or known_person(name_text(doc[i:end])):
            return 0
        k = i
        while k < end and doc[k].norm_.startswith("ال") and doc[k].norm_ not in lex.given:
            k += 1
        return k - i if end - k >= 2 and doc[k].norm_ not in lex.particles else 0

    def _name_before(self, role: Role) -> None:
        """"سالم الزعابي، رئيس اللجنة …", "«بيير ديبوسكين» منسق عام …", and with no comma after the subject
        of a verb: "وقال لوري والاش مدير المنظمة", "أن عبد الوهاب البدر رئيس الصندوق"."""
        doc = self.doc
        j = role.start - 1
        if j < 0 or role.person is not None:
            return
        if doc[j].text in CLOSE_QUOTES:
            start = self._quote_start(j)
            if start is not None and self._ok_name(start + 1, j, support=True):
                found = self._add_person(start + 1, j)
                if found is not None:
                    role.person = f"{found.start}"
            return
        if doc[j].text in APPOSITION:
            found = self._person_at(j - 1)
            if found is None:
                start = self._run_back(j)
                if start is not None and j - start >= 2 and self._ok_name(start, j):
                    found = self._add_person(start, j)
        elif role.kind in ("office", "profession") and not doc[role.start]._.clitic:
            start = self._run_back(j + 1)
            found = None
            if start is not None and j + 1 - start >= 2 and self._subject_slot(start) \
                    and self._ok_name(start, j + 1, support=True):
                found = self._add_person(start, j + 1)
        else:
            return
        if found is not None:
            role.person = f"{found.start}"

    def _run_back(self, j: int) -> int | None:
        """Start of the longest name run that ends exactly at token j (a family name may be a common
        word after a first name: "الحبيب الصيد،"), without leading common words with the article."""
        doc, lex = self.doc, self.lex
        start = next((s for s in range(max(0, j - MAX_NAME), j) if self._name_run(s, j) == j
                      and not (doc[s]._.clitic and doc[s].norm_ not in lex.given | lex.particles)), None)
        if start is None:
            return None
        while start < j and lex.is_common(doc[start].norm_) and doc[start].norm_.startswith("ال"):
            start += 1
        return start + lex.leading_non_name(list(doc[start:j]))

    def _subject_slot(self, i: int) -> bool:
        """Whether a name at token i stands where a clause's subject does: at the start of a sentence, after
        punctuation, "أن/إن", or a verb ("وقال", "واستبعد") rather than after a noun it could complete."""
        doc, lex = self.doc, self.lex
        if i == 0 or doc[i].is_sent_start:
            return True
        prev = doc[i - 1]
        return prev.is_punct or prev.norm_ in self.subordinators or self._speech_verb(prev) \
            or lex.is_verb(prev.norm_) or bool(prev._.clitic and prev.text[:1] in "وف" and not lex.can_be_name(prev))

    def _speech_verb(self, tok: Token) -> bool:
        """A verb of speech; one whose normal form is also a function word only as written ("هنأ", not "هنا")."""
        return tok.norm_ in self.speech_verbs and (tok.norm_ not in self.homograph_verbs
                                                   or strip_marks(tok.text[tok._.clitic:]) in self.speech_written)

    def _speakers(self) -> None:
        """"وقال تاماس فارجا، المحلل …": two name words or more right after a verb of speech, set off by a
        comma, a title, "إن/أن" or a common word that describes the speaker ("كبير الاقتصاديين"); after كان,
        a first name and the rest, set off by a comma, a title, قد or the clause's verb ("وكان ميخائيل
        بوغدانوف قد أشار")."""
        doc, lex = self.doc, self.lex
        for k in positions(doc, self.speaker_cue_ids):
            tok = doc[k]
            i = k + 1
            copula = tok.norm_ in self.copulas
            if not (copula or self._speech_verb(tok)) or i >= len(doc) or self._person_at(i) \
                    or doc[i].is_sent_start:
                continue
            end = self._name_run(i)
            lead = lex.leading_non_name(list(doc[i:end]), after_title=True)
            if all(t.norm_.startswith("ال") for t in doc[i:i + lead]):
                i += lead       # "واستقبل الأخصائي حامد …": the speaker's profession (not "لم يخف ياسين انزعاجه")
            if not lead and i + 1 < end and doc[i].norm_.startswith("ال") and doc[i].norm_.endswith("ه") \
                    and doc[i].norm_ not in lex.given and doc[i + 1].norm_ in lex.given:
                i += 1          # "وقالت المتطوعة سارة …": a feminine definite noun before a first name is her occupation
            if end - i == 1 and doc[i].norm_ in lex.given and i not in self.role_tokens and end < len(doc) \
                    and doc[end].norm_.startswith("ال") and unprefixed(doc[end]) \
                    and lex.can_be_family_name(doc[end]) and self._name_closed_after(end + 1):
                end += 1        # "… سارة العبيد إنها": the family name that a subordinator or a comma closes
            if end - i < 2 or end >= len(doc) or self._person_at(end - 1) \
                    or all(t.norm_.startswith("ال") for t in doc[i:end]):
                continue        # "تلقي الطعم اللذيذ": a noun and its adjective; a name opens with no article
            nxt = doc[end]
            titled = end in self.role_tokens
            if copula:
                if doc[i].norm_ not in lex.given:
                    continue    # "كانت وجبات التوصيل قد اختفت", "كانت اختيارات الفيصل، منذ البدء": no one
                described = nxt.norm_ in self.verb_openers or lex.is_verb(nxt.norm_)
            else:
                described = lex.is_common(nxt.norm_) or nxt.norm_ in lex.ordinary     # "المختص النفطي", "كبير الاقتصاديين"
            if (nxt.text in APPOSITION or titled or nxt.norm_ in self.subordinators or described) \
                    and self._ok_name(i, end, support=titled):
                self._add_person(i, end)

    def _quoted(self, i: int) -> int | None:
        """End of the name inside the quotes opened at token i (the closing quote's index), or None."""
        doc = self.doc
        end = self._name_run(i + 1)
        return end if end > i + 1 and end < len(doc) and doc[end].text in CLOSE_QUOTES else None

    def _quote_start(self, j: int) -> int | None:
        doc = self.doc
        for k in range(j - 1, max(-1, j - MAX_NAME - 2), -1):
            if doc[k].text in OPEN_QUOTES:
                return k if self._name_run(k + 1) == j else None
        return None

    def _quoted_names(self) -> None:
        """«بيير ديبوسكين»: a quoted run of name words that starts with a first name."""
        doc = self.doc
        for k in positions(doc, self.open_quote_ids, ORTH):
            end = self._quoted(k)
            if end and end - k - 1 >= 2 and doc[k + 1].norm_ in self.lex.given and self._ok_name(k + 1, end):
                self._add_person(k + 1, end)

    def _lists(self) -> None:
        """"كلا من "دوي داهليا سوسانتي، ورودي هريادي، وآري كارديان"": every item of a list of names."""
        doc = self.doc
        for _, _, intro_end in self.list_intro(doc):
            i = intro_end
            if i < len(doc) and doc[i].text in (":", "："):
                i += 1      # "طالت كلاً من: يحيى عرفات درباس؛ وهاني شادي ناصر"
            if i < len(doc) and doc[i].text in OPEN_QUOTES:
                i += 1
            if i + 1 < len(doc) and doc[i].norm_.startswith("ال") and self._name_run(i) == i \
                    and self._name_run(i + 1) > i + 1:
                i += 1      # "وهما المهاجمان لويس سواريز وإيدينسون كافاني": the noun the names are
            items = []
            while i < len(doc):
                end = self._name_run(i)
                start = i + self.lex.leading_non_name(list(doc[i:end]))   # "كل من الطالب عمر …، والطالب سعد …"
                if end - start < 2 or not self._ok_name(start, end, support=True):
                    break
                items.append((start, end))
                i = end
                if i < len(doc) and doc[i].text in ("،", ",", "؛", ";"):     # "يحيى عرفات درباس؛ وهاني شادي ناصر"
                    i += 1
                elif i < len(doc) and doc[i].text == "و":
                    i += 1
                elif not (i < len(doc) and doc[i].text.startswith("و") and doc[i].text not in ("و",)):
                    break
            if len(items) >= 2 or items and any(self._person_at(s) for s, _ in items):
                for s, e in items:
                    self._add_person(s, e, listed=True)

    def _coordinated(self) -> None:
        """"… ناصر بوريطة ووزير …" no; "بريت ماكغورك ومحمد داندي", "، وعبد القادر مساهل": a full name
        joined to a person by "و"/"،"."""
        doc, lex = self.doc, self.lex
        for p in sorted(self.persons.values(), key=lambda s: s.start):
            i = p.end
            if i < len(doc) and doc[i].text in ("،", ","):
                i += 1
            self._coordinated_before(p)
            if i >= len(doc) or self._person_at(i):
                continue
            tok = doc[i]
            if self._coordinated_national(p, i):
                continue
            stem = tok.norm_[1:] if tok.norm_.startswith("و") and not tok._.clitic else tok.norm_
            if not (tok._.clitic or tok.norm_ != stem) or stem not in lex.given | {"عبد", "ابو"}:
                continue
            end = self._name_run(i)
            if end - i >= 2 and self._ok_name(i, end):
                self._add_person(i, end, listed=True)

    def _coordinated_national(self, p: Span, i: int) -> bool:
        """"وزير الري المصري حسام مغازي، والسوداني معتز موسى، والإثيوبي ألمايو تجنو": after a titled person and a
        comma, و + a nationality adjective opens the next holder of the same title, whose name follows it (a name of
        two or three words that the vocabulary does not know)."""
        doc = self.doc
        if not (p.start - 1 in self.role_tokens or self._coordinated_demonym(p.start - 1)) \
                or doc[i - 1].text not in ("،", ",") or not self._coordinated_demonym(i) or self._person_at(i + 1):
            return False
        end = self._name_run(i + 1)
        if 2 <= end - i - 1 <= 3 and self._ok_name(i + 1, end) and (end >= len(doc) or not doc[end].is_alpha):
            self._add_person(i + 1, end, listed=True)
        return True

    def _coordinated_demonym(self, i: int) -> bool:
        """Whether token i is و + a nationality adjective on its own ("والسوداني")."""
        ent = self.blocked.get(i)
        return ent is not None and ent.label_ == "STATE" and ent.start == i and ent.end == i + 1 \
            and (ent._.value or {}).get("form") == "demonym" and particle(self.doc[i]) == "و"

    def _coordinated_before(self, p: Span) -> None:
        """"فهد العنزي وماجد الحربي": a full name that opens with a first name, right before a person
        joined to it by "و"."""
        doc, lex = self.doc, self.lex
        if p.start < 2 or doc[p.start].text[:1] != "و" or not doc[p.start]._.clitic or self._person_at(p.start - 1):
            return
        start = self._run_back(p.start)
        if start is not None and p.start - start >= 2 and doc[start].norm_ in lex.given \
                and self._ok_name(start, p.start):
            self._add_person(start, p.start, listed=True)

    def _byline(self) -> None:
        """The author at the top: a short line made only of a name ("محمد البشاري", "د. رائد العزاوي", "بقلم: …")."""
        doc, lex = self.doc, self.lex
        line_start, lines = 0, 0
        for i in range(len(doc) + 1):
            if i < len(doc) and not (doc[i].is_space and "\n" in doc[i].text):
                continue
            line = [t for t in doc[line_start:i] if not t.is_space]
            line_start, lines = i + 1, lines + (1 if line else 0)
            if lines > 6:
                return
            while line and (line[0].norm_ in self.byline_cues or line[0].text in (":", "-") or
                            any(r for r in self._honorific_at(line[0].i))):
                line = line[1:]
            if 2 <= len(line) <= 4 and line[0].norm_ in lex.given and \
                    self._name_run(line[0].i, line[-1].i + 1) == line[-1].i + 1 and self._ok_name(line[0].i, line[-1].i + 1):
                self._add_person(line[0].i, line[-1].i + 1)

    def _surname_by_repetition(self) -> None:
        """"عبد القادر مساهل … وقال مساهل": the word after a name is its family name when the document
        also uses that word alone as the subject of a verb of speech, even if it is a common word or a
        city's name ("برناردينو ليون … وأضاف ليون")."""
        doc, lex = self.doc, self.lex
        said = {doc[j].norm_ for j in range(1, len(doc)) if self._speech_verb(doc[j - 1])}
        if not said:
            return
        for p in sorted(self.persons.values(), key=lambda s: s.start):
            e = p.end
            if e >= len(doc) or e - p.start >= MAX_NAME or doc[e].is_sent_start or e in self.role_tokens:
                continue
            tok, ent = doc[e], self.blocked.get(e)
            if tok.norm_ not in said or tok.norm_ in {t.norm_ for t in p} or not lex.can_be_family_name(tok, attested=True):
                continue
            if ent is not None:
                if ent.label_ != "LOC" or len(ent) != 1:
                    continue
                self._release(ent)                  # the name of a person, not of a city
            if self._person_at(e) is None:
                self._add_person(p.start, e + 1)

    def _family_after_given(self) -> None:
        """"محمد راشد الدعيج": a name that ends on a first name takes the name word after it; "أحمد موسى علي
        آل حسان": any name goes on over بن/ابن/بنت/آل and the name after it (both, as often as they apply)."""
        for start in sorted(self.persons):
            p = self.persons.get(start)
            while p is not None and (longer := self._longer_name(p)) is not None and len(longer) > len(p):
                p = longer

    def _longer_name(self, p: Span) -> Span | None:
        doc, lex = self.doc, self.lex
        e = p.end
        nxt = self.persons.get(e)
        if nxt is not None and lex.first_name(p[-1].norm_) and not p[-1].norm_.startswith("ال") \
                and (nxt[0].norm_ in lex.given
                     or nxt[0].norm_ == "عبد" and len(nxt) > 1 and nxt[1].norm_.startswith("ال")) \
                and not nxt[0]._.clitic \
                and not doc[e].is_sent_start and nxt.end - p.start <= MAX_NAME:
            return self._add_person(p.start, nxt.end)   # "عباس عبدالحسين" + "عبدالله محمد": one name of four first names
        if nxt is not None and len(p) >= 2 and len(nxt) >= 2 and p[0].norm_ in lex.given \
                and not any(t.norm_.startswith("ال") or t._.clitic for t in p) and nxt[0].norm_ in lex.given \
                and not nxt[0]._.clitic and nxt[-1].norm_.startswith("ال") and not doc[e].is_sent_start \
                and nxt.end - p.start <= MAX_NAME and known_person(name_text(p)) is None:
            return self._add_person(p.start, nxt.end)   # "عبدالله جزاع" + "سالم الشراري": a nasab and its family name
        if e >= len(doc) or doc[e].is_sent_start or e in self.blocked or e in self.role_tokens or self._person_at(e) \
                or _dual_before_adjective(doc, e) or self._office_phrase_at(e):
            return None
        if doc[e].norm_ == TRIBE and any(t.norm_ in NASAB for t in p) and e + 1 < len(doc) \
                and not doc[e + 1].is_sent_start and lex.can_be_family_name(doc[e + 1]) and e + 1 - p.start < MAX_NAME:
            return self._add_person(p.start, e + 2)     # "إبراهيم بن علي بني هميم": a tribe's name after a nasab
        if doc[e].norm_ in NAME_LINKS:
            # a nasab goes on over as many generations as the text gives ("فهد بن عبدالله بن عبدالعزيز بن مساعد")
            end = self._name_run(e, max(p.start + MAX_NAME + 1, e + 2 if doc[e].norm_ in NASAB else 0))
            if end == e and doc[e].norm_ == FAMILY and any(t.norm_ in NASAB for t in p):
                end = self._name_run(e, e + 2)   # "محمد بن سلمان بن عبد العزيز آل سعود": the family closes a long nasab
            return self._add_person(p.start, end) if end > e + 1 else None
        if doc[e].norm_[:2] == "ال" and doc[e].norm_[2:] in {t.norm_ for t in p} and len(doc[e].norm_) >= 5 \
                and not doc[e]._.clitic and e - p.start < MAX_NAME:
            return self._add_person(p.start, e + 1)     # "أحمد فهاد الفهاد": the family named after a name of the chain
        if (p[-1].norm_ in lex.given and lex.can_be_name(doc[e]) or lex.first_name_before(list(p))
                and lex.can_be_family_name(doc[e])) and e - p.start < MAX_NAME and not _joined(doc[e], lex) \
                and (len(p) < 2 or p[-2].norm_ != FAMILY or self._tribe_nisba_at(e)) \
                and doc[e].norm_ not in lex.particles | lex.infixes | lex.ordinals:
            # "سيف الإسلام القذافي"
            return self._add_person(p.start, e + 1)
        if len(p) >= 2 and e - p.start <= MAX_NAME and (self._nisba_family(p, doc[e]) or self._kunya_family(p, doc[e])):
            return self._add_person(p.start, e + 1)
        if self._tribe_after_nisba(p, doc[e]) or self._tribe_after_family(p, doc[e]):
            return self._add_person(p.start, e + 1)
        # the word before the father's name: "بن عبد الله", "بن عبد الهادي" are one father's name of two words
        two_words = len(p) >= 4 and (p[-1].norm_ in COMPOUND_ENDS or p[-2].norm_ in COMPOUND_OPENERS)
        parent = p[-3] if two_words else p[-2] if len(p) >= 3 else None
        if (parent is not None and parent.norm_ in NASAB or self._first_names_only(p)) \
                and e - p.start <= MAX_NAME and doc[e].norm_.startswith("ال") \
                and (self._name_closed_after(e + 1) and lex.can_be_family_name(doc[e], closed=True)
                     or self._unknown_family(doc[e]) and lex.can_be_family_name(doc[e])
                     or self._title_word_family(e)):
            # "عبدالعزيز بن إبراهيم الفايز سفير …", "… بن رجاء الله السلمي،", "حمد بن علي العطية وزير …": the family
            # after a nasab, closed by a title or punctuation, or a word the language does not know ("تعيين عثمان بن
            # صالح بن عثمان الحقيل على وظيفة"); not a word of the language before anything else ("شكر فيصل بن بندر
            # الجميع على": the object)
            return self._add_person(p.start, e + 1)
        if (parent is not None and parent.norm_ in NASAB or self._first_names_only(p)) \
                and e - p.start <= MAX_NAME and not doc[e].norm_.startswith("ال") and doc[e].norm_ not in lex.given \
                and self._clause_after(e + 1) \
                and lex.can_be_family_name(doc[e], attested=parent is not None and parent.norm_ in NASAB, closed=True):
            # "طارق بن محمد عناية إن …", "خالد عبدالمعطي خليف، …": a family name without the article after a
            # nasab or first names, where punctuation or a subordinator closes the name (a title may be the
            # genitive of a noun: "نقل محمد بن سلمان دعوة الملك")
            return self._add_person(p.start, e + 1)
        return None

    def _tribe_nisba_at(self, e: int) -> bool:
        """Whether token e, after a family with آل, may be the tribe's nisba that goes on the name ("… آل عواض
        عسيري"): written with ي at its end and no genitive after it, not a verb ("عبد العزيز آل سعود يستأذنه") or a
        plural in construct ("نبيه آل إبراهيم مرتكبي الجريمة")."""
        doc = self.doc
        return strip_marks(doc[e].text).endswith("ي") and not (e + 1 < len(doc) and doc[e + 1].norm_.startswith("ال"))

    def _tribe_after_nisba(self, p: Span, tok) -> bool:
        """"عطية بن حسن بن عبدالله الأحمدي الزهراني ـ": a second nisba, one the language does not know, after a
        name that ends on a nisba (the clan's, then the tribe's), where the name is closed."""
        return len(p) >= 3 and tok.i - p.start <= MAX_NAME + 1 and definite_nisba(p[-1].norm_) \
            and definite_nisba(tok.norm_) and self._unknown_family(tok) \
            and self.lex.can_be_family_name(tok) and self._name_closed_after(tok.i + 1)

    def _tribe_after_family(self, p: Span, tok) -> bool:
        """"عبدالله أحمد عبدالله آل عواض عسيري.": a tribe's nisba written without the article after a family with آل,
        no common word, where the name is closed."""
        written = strip_marks(tok.text)
        return len(p) >= 3 and p[-2].norm_ == FAMILY and tok.i - p.start <= MAX_NAME + 1 and written.endswith("ي") \
            and not written.startswith("ال") and len(written) >= 4 and not self.lex.is_common(tok.norm_) \
            and self.lex.can_be_family_name(tok, attested=True) and self._clause_after(tok.i + 1)

    def _first_names_only(self, p: Span) -> bool:
        """"صالح عبدالكريم", "محمد علي عبد الرحيم": two first names or more and nothing else, a nasab written
        without بن, which a family name closes ("رامي الحمد الله" has one: a compound with the article is a family's)."""
        names, i = 0, 0
        while i < len(p):
            if i + 1 < len(p) and (p[i].norm_ in COMPOUND_OPENERS
                                   or p[i + 1].norm_ in COMPOUND_ENDS and not p[i].norm_.startswith("ال")):
                i += 2
            elif self.lex.first_name(p[i].norm_):
                i += 1
            else:
                return False
            names += 1
        return names >= 2

    def _office_phrase_at(self, e: int) -> bool:
        """An office of two words or more starts at token e ("أمين مجلس", "أمين عام"), though no role was read
        from it (its body unknown: "عادل آل عمر أمين مجلس شباب منطقة عسير"): a name does not go on into it."""
        found = self.titles_at.get(e)
        return found is not None and found[0] - e >= 2 and self.titles[found[1]]["kind"] == "office"

    def _title_word_family(self, e: int) -> bool:
        """A title's word after a nasab that opens no role, closed by punctuation or by the holder's office: the
        family name ("عبدالله بن سلطان السلطان،", "محمد بن عبدالله المرشد المدير العام للتعليم", "… المرشد مدير عام …")."""
        doc = self.doc
        if e in self.role_tokens or doc[e].norm_ not in self.lex.role_words:
            return False
        k = e + 1
        return k >= len(doc) or doc[k].is_punct or k in self.role_tokens and unprefixed(doc[k]) \
            and (found := self._title_at(k)) is not None and found[1]["kind"] == "office"    # not "النائب لرئيس …"

    def _unknown_family(self, tok) -> bool:
        """A definite word that neither it nor its stem is a word of the language ("الحقيل", "الجهني"), or a nisba
        ("الصميلي"): a family name even where nothing closes the name ("التمرين", "الجهود" are words)."""
        norm, lex = tok.norm_, self.lex
        return not lex.language_word(norm) and (norm.endswith("ي") or not lex.language_word(norm[2:]))

    def _name_closed_after(self, k: int) -> bool:
        """Whether a name ending before token k is closed there: the end of the sentence, punctuation (a tatweel
        alone is a dash), a title or a subordinator ("وأوضح المهندس عمر بن عبدالعزيز المبارك أن …": the clause a
        speaker's name is the subject of)."""
        doc = self.doc
        return k >= len(doc) or doc[k].is_sent_start or not doc[k].is_alpha or not doc[k].text.strip("ـ") \
            or k in self.role_tokens \
            or doc[k].norm_ in self.lex.role_words or self._subordinator(doc[k].norm_)

    def _clause_after(self, k: int) -> bool:
        """Whether a name ending before token k is closed by the end of its sentence, a punctuation mark or a
        subordinator: what follows is no word of its clause (not a number or an accusative: "مواليد 1986",
        "حدد عدداً")."""
        doc = self.doc
        return k >= len(doc) or doc[k].is_sent_start or doc[k].is_punct and doc[k].text.strip("ـ") != "" \
            or self._subordinator(doc[k].norm_)

    def _subordinator(self, norm: str) -> bool:
        """أن, إن, بأن, also with a pronoun written onto it (أنه, إنها)."""
        return norm in self.subordinators or any(
            norm.endswith(suffix) and norm[:-len(suffix)] in self.subordinators for suffix in THIRD_PERSON_SUFFIXES)

    def _kunya_family(self, p: Span, tok) -> bool:
        """"ناصر ذعذاع ابوثنين": a family name of the form أبو + a name written as one word, after a name of two
        words or more that has none with the article yet (أبوظبي is a place, which the gazetteer has taken)."""
        norm = tok.norm_
        return norm.startswith("ابو") and len(norm) >= 6 and not tok._.clitic and not self.lex.language_word(norm) \
            and not any(t.norm_.startswith("ال") for t in p) and self.lex.can_be_family_name(tok)

    def _nisba_family(self, p: Span, tok) -> bool:
        """"مريم ملفي الحربي", "محمد بن صالح سمرقندي", "عبد المطلوب مبارك البدراني": a nisba (…ي) after a name of two
        words or more that has no family name with the article yet (the second word of عبد المطلوب is none) is its
        family name, even when it is also an adjective of the language
        (الحربي, military) but not one the corpus seldom writes after a first name (الحالي, الرسمي); a nationality
        would be a state's demonym, which the gazetteer has taken."""
        lex = self.lex
        norm = tok.norm_
        if not norm.endswith("ي") or len(norm) < 5 \
                or any(t.norm_.startswith("ال") and (t.i == p.start or t.nbor(-1).norm_ not in lex.particles)
                       for t in p) \
                or not lex.can_be_family_name(tok) or lex.is_stop(tok) or norm in lex.ordinals | lex.ordinary \
                or tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].norm_.startswith("ال") and self.doc[tok.i + 1].is_alpha:
            return False
        return norm.startswith("ال") or any(t.norm_ in NASAB for t in p)

    def _demonym_family_name(self) -> None:
        """"راجيف سوري": an indefinite demonym right after a name cannot describe it (an adjective would take
        the article, as the name is definite), so it is the family name; after a kunya ("أبو عبيدة التونسي")
        a definite one is the nisba of the nom de guerre, and after a nasab with no family name yet, where the
        name is closed, the family's ("مدير جوازات منطقة عسير اللواء سعد بن رحيل السويدي وعدد …")."""
        doc, lex = self.doc, self.lex
        for p in sorted(self.persons.values(), key=lambda s: s.start):
            e = p.end
            ent = self.blocked.get(e)
            if ent is None or ent.label_ != "STATE" or len(ent) != 1 or e - p.start >= MAX_NAME or doc[e].is_sent_start:
                continue
            tok = doc[e]
            kunya = p[0].norm_ in KUNYA and len(p) <= 3
            nasab = any(t.norm_ in NASAB for t in p[1:-1]) and (
                self._name_closed_after(e + 1) or particle(doc[e + 1]) == "و")     # "… السويدي وعدد من …"
            if tok.norm_.startswith("ال") and not (kunya or nasab) or tok._.clitic or not tok.norm_.endswith("ي") \
                    or p[-1].norm_.startswith("ال") or not lex.can_be_family_name(tok, attested=True):
                continue
            self._release(ent)
            self._add_person(p.start, e + 1)

    def _given_before(self) -> None:
        """"وأنصار علي عبد الله صالح": a first name written right before a name is its first word; so is a first
        name and بن before a name that opens with a first name ("مفرح بن زايد البناوي"), and a word no list knows and
        the language does not write between a title and a foreign name ("الدكتور رالف بيتر كينج"), the next item's
        first name in a list of persons (_next_in_list) and the words after «المدعو» (_called_start). A nasab written
        without بن takes as many first names as stand before it ("العريف مفرح علي أحمد عسيري")."""
        for p in sorted(self.persons.values(), key=lambda s: s.start):
            while p is not None and (longer := self._first_name_before(p)) is not None and len(longer) > len(p):
                p = longer

    def _first_name_before(self, p: Span) -> Span | None:
        """The name p with the first name (or first name and بن) written right before it, if any."""
        doc, lex = self.doc, self.lex
        i = p.start - 1
        if i < 0 or doc[p.start].is_sent_start or i in self.blocked or i in self.role_tokens or self._person_at(i):
            return None
        tok = doc[i]
        if tok.norm_ in NASAB and not tok._.clitic and i > 0 and not tok.is_sent_start \
                and doc[p.start].norm_ in lex.given:
            tok, i = doc[i - 1], i - 1
            if i in self.blocked or i in self.role_tokens or self._person_at(i) or not _plain_word(tok, lex) \
                    or not lex.can_be_name(tok) or tok.norm_ in self.family_words \
                    or tok.norm_ not in lex.given and lex.language_word(tok.norm_):
                return None
            return self._add_person(i, p.end)
        first = doc[p.start]
        joined = first.text[:1] == "و" and (first._.clitic or first.norm_[:1] != "و")
        if tok.norm_ in lex.given and not tok._.clitic and lex.can_be_name(tok) and not joined and \
                (first.norm_ in lex.given or first.norm_ in lex.particles):
            return self._add_person(i, p.end)      # (not "الشيخان عبدالرحمن وحمد الرقيب": two brothers)
        if i > 0 and i - 1 in self.role_tokens and len(p) >= 2 and not joined and _plain_word(tok, lex) \
                and not tok.norm_.startswith("ال") and len(tok.norm_) >= 3 and lex.can_be_name(tok) \
                and not (lex.is_common(tok.norm_) or lex.lone_noun(tok.norm_) or lex.is_verb(tok.norm_)) \
                and all(not t.norm_.startswith("ال") for t in p):
            return self._add_person(i, p.end)      # "الدكتور رالف بيتر كينج": a first name no list knows, after a title
        if self._next_in_list(tok, p):
            return self._add_person(i, p.end, listed=True)
        if (start := self._called_start(p)) is not None:
            return self._add_person(start, p.end)
        return None

    def _called_start(self, p: Span) -> int | None:
        """"المدعو عصمت حياة محمد شريف": the first of the plain words (one or two) between «المدعو» and the name p,
        all of them his name; None if no such word stands there."""
        doc = self.doc
        called = next((k for k in range(p.start - 1, max(p.start - 4, -1), -1) if doc[k].norm_ in self.called), None)
        if called is None or called == p.start - 1 or not all(
                _plain_word(t, self.lex) and not t.norm_.startswith("ال") for t in doc[called + 1:p.start]):
            return None
        return called + 1

    def _next_in_list(self, tok: Token, p: Span) -> bool:
        """"وهاشم عبدالله وجبارة عيد الصريصري", "؛ ومحمد مبتسم؛ ومجد نايف مصطفى": in a list of persons joined by و, a
        word with و written onto it before a name that opens with a first name is the next person's first name, one
        the lists lack because it is a word too (جبارة, مجد); not a verb, a verbal noun, a noun with a pronoun
        (وزوجته) or a word of kin."""
        doc, lex = self.doc, self.lex
        rest = tok.norm_[1:]
        first = doc[p.start]
        if tok._.clitic or tok.norm_[:1] != "و" or len(p) < 2 or first.norm_ not in lex.given or first.text[:1] == "و" \
                or len(rest) < 3 or rest.startswith("ال") or not tok.is_alpha or lex.is_common(rest) \
                or lex.is_verb(rest) or lex.is_verb(tok.norm_) or rest in lex.stop or rest in lex.role_words \
                or rest in self.family_words or strip_marks(tok.text).endswith(("ه", "ها", "هم", "هما")):
            return False
        j = tok.i - 1
        if j > 0 and doc[j].text in ("،", ",", "؛", ";"):
            j -= 1
        before = self._person_at(j) if j >= 0 else None
        # the person before is an item joined by و too ("وهاشم عبدالله"), not one a noun governs ("وألحان عصام كمال،
        # وتوزيع حسام كمال": credits, each a noun and its person)
        return before is not None and before.end == j + 1 and doc[before.start].text[:1] == "و" \
            and not verbal_noun_only(rest)

    def _preposition_on_name(self) -> None:
        """"قرأته لجبران خليل جبران … يقول جبران خليل جبران", "كتاب لبرنارد شو … قال برنارد شو": a word with ل or ب
        written onto it right before a name, or opening it, is the name's first word where the document writes
        the same two words elsewhere without the preposition (which is split off the word if the normaliser, not
        knowing the word, did not), or after a word that governs ل ("وفقاً لفيفيك براكاش")."""
        doc, lex = self.doc, self.lex
        pairs = None
        for p in sorted(self.persons.values(), key=lambda s: s.start):
            for i in (p.start - 1, p.start) if p.start > 0 else (p.start,):
                tok = doc[i]
                if i + 1 >= p.end or tok.text[:1] not in "لب":
                    continue
                word = tok.norm_ if tok._.clitic else tok.norm_[1:]
                if not tok._.clitic and tok.norm_ in lex.given \
                        or doc[i + 1].is_sent_start or doc[i + 1]._.clitic or len(word) < 3 or word.startswith("ال") \
                        or lex.language_word(word) \
                        or i < p.start and (i in self.blocked or i in self.role_tokens or self._person_at(i)):
                    continue
                governed = i > 0 and tok.text[:1] == "ل" and normalize(tok.text)[:2] != "لل" \
                    and doc[i - 1].norm_ in self.lam_governors       # (not "وفقا للمؤرخ": the article)
                if pairs is None and not governed:
                    pairs = {}
                    for a, b in zip(doc, doc[1:]):
                        pairs.setdefault((a.norm_, b.norm_), []).append(a.i)
                if governed or any(k != i for k in pairs.get((word, doc[i + 1].norm_), ())):
                    if not tok._.clitic:
                        split_off_particle(tok, word)
                    if i < p.start:
                        self._add_person(i, p.end)
                    break

    def _known_name_ends(self) -> None:
        """"أقنع وزير الخارجية جون كيري أوباما", "اتهم الرئيس رجب طيب أردوغان أكراد سوريا", "بوتين دان الهجوم": a
        well-known person's full name is complete; a word after it that is no بن/ابن/بنت/آل opens what follows (the
        object of a verb-subject-object sentence, a verb), which keeps its own name only if it is one. Not after a
        nasab, which many share ("عبدالله بن عبدالعزيز الربيعة" is not the late king)."""
        doc = self.doc
        ends = {}
        for _, start, end in self.known_matches:
            ends[start] = max(end, ends.get(start, end))
        for start, p in list(self.persons.items()):
            end = ends.get(start)
            if end is None or end >= p.end or doc[end].norm_ in NAME_LINKS \
                    or any(t.norm_ in NASAB for t in doc[start:end]):
                continue        # "عبدالله بن عبدالعزيز الربيعة": a nasab is shared by many, the family name after it is theirs
            del self.persons[start]
            self.persons[start] = Span(doc, start, end, label=PERSON)
            rest = Span(doc, end, p.end)
            if known_person(name_text(rest)) is not None or self._ok_name(end, p.end) and len(rest) >= 2:
                self.persons[end] = Span(doc, end, p.end, label=PERSON)

    def _hyphenated(self) -> None:
        """"تشونغ مونغ-جون", "بول-هنري": a hyphen written with no space on either side joins a first-name word to
        the name before it (a lone word read as a name of its own included), not a family name, a known person, a
        name of two words or another entity ("لقاء عباس-نتنياهو", "محمود عباس-بنيامين نتنياهو": two persons)."""
        doc, lex = self.doc, self.lex
        known = {start for _, start, _ in self.known_matches}
        for start, p in list(self.persons.items()):
            if start not in self.persons:
                continue            # joined to the name before it
            end, sent_end = p.end, p.sent.end
            while end + 1 < sent_end and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and end + 1 not in self.blocked and end + 1 not in known \
                    and len(self.persons.get(end + 1, ())) <= 1 \
                    and doc[end + 1].norm_ in lex.given and lex.can_be_name(doc[end + 1]):
                self.persons.pop(end + 1, None)
                end += 2
            if end > p.end:
                self.persons[start] = Span(doc, start, end, label=PERSON)

    def _trim_tails(self) -> None:
        """"محمد الدهام بزمن", "سعد ينادي", "ماريو مارتوني جائزة": a name does not end on a word of the vocabulary
        with a particle or a verb prefix written onto it (not فرومان, باسلمة: their rest is no such word), or on a
        word for a place or prize (which a name follows, never ends on); a full name does not end on باسم before a
        definite noun ("رياض المالكي باسم الرئيس"): that is "on behalf of"; nor on an age ("سعد بن الخامسة عشرة"),
        a noun after a well-known person's one-word name ("سينقل للرئيس بوتين تحيات خادم الحرمين"), a time of day
        before a day ("عزام الدخيل صباح غد"), a word with و and a pronoun ("سعود بن بندر وغناها"),
        a word a preposition and its object open ("محمد بن نايف ببرقيتي تهنئة"), a noun without the article after a
        family name with it ("سليم الجبوري استجواب جميع الوزراء": the verb's object) or a frequent word after a
        father's name ("فيصل بن خالد تعازي"); the word right after بن or آل stays ("متعب سعود آل فايد")."""
        doc, lex = self.doc, self.lex
        for start, p in list(self.persons.items()):
            end = next((k for k in range(start + 1, p.end) if self._opens_tail(start, k)), p.end)
            while end - start > 1 and doc[end - 2].norm_ not in NAME_LINKS and not self._after_infix(start, end) and (
                    _prefixed_vocabulary(doc[end - 1].norm_, lex) or _joined_with_pronoun(doc[end - 1].norm_)
                    or doc[end - 1].norm_ in self.named_places
                    or self._noun_after_family(start, end) or self._noun_after_father(start, end)):
                end -= 1        # (the word after بن or آل is a father's or a family's name: "متعب سعود آل فايد", and
                # so is the word after فون, دي or فان and their article: "أورزولا فون دير لاين")
            if end == p.end and end - start > 2 and doc[end - 1].norm_ in self.times_of_day and end < len(doc) \
                    and doc[end].norm_ in self.days:
                end -= 1        # "عزام الدخيل صباح غد الأربعاء": the morning of a day, not a family name
            if end == p.end and end - start > 2 and doc[end - 1].norm_ == BASIM and not doc[end - 1]._.clitic \
                    and end < len(doc) and doc[end].norm_.startswith("ال"):
                end -= 1        # "رياض المالكي باسم الرئيس والحكومة": on behalf of, not the first name Basem
            if end < p.end and known_person(name_text(p)) is None:
                del self.persons[start]
                if self._ok_name(start, end, support=True) or known_person(name_text(doc[start:end])) is not None:
                    self.persons[start] = Span(doc, start, end, label=PERSON)

    def _after_infix(self, start: int, end: int) -> bool:
        """Whether the last word of tokens start..end follows an infix of a foreign name, itself or with one word
        between (فون دير لاين, دي لا كروز)."""
        return any(t.norm_ in self.lex.infixes for t in self.doc[max(start, end - 3):end - 1])

    def _opens_tail(self, start: int, k: int) -> bool:
        """Whether token k of a name that starts at token start opens what follows it: a word a preposition and its
        object open ("ببرقيتي تهنئة"), an age after ابن ("ابن التاسعة عشرة"), a word of the language, with or
        without the article, after a well-known one-word name ("بوتين تحيات", "وحذر أوباما المشرعين")."""
        doc, lex = self.doc, self.lex
        return _opened_by_preposition(doc[k].norm_) \
            or doc[k].norm_ in NASAB and k + 1 < len(doc) and doc[k + 1].norm_ in self.ages \
            or k == start + 1 and known_person(doc[start].text) is not None and doc[k].norm_ not in lex.given \
            and (lex.language_word(doc[k].norm_) or doc[k].norm_.startswith("ال") and lex.language_word(doc[k].norm_[2:]))

    def _noun_after_family(self, start: int, end: int) -> bool:
        """Whether the last word of tokens start..end is a noun of the language without the article, right after a
        family name with it (at least a first name before): no Arabic name goes on after its nisba."""
        doc, lex = self.doc, self.lex
        n, family = doc[end - 1].norm_, doc[end - 2].norm_
        if end - 2 <= start or not family.startswith("ال") or family in lex.particles | COMPOUND_ENDS | lex.ordinals \
                or doc[end - 3].norm_ in COMPOUND_OPENERS:
            return False    # "آل مريع", "حسام الدين عامري", "عبد الرحمن فقيه", "ألفونسو الثاني عشر": no family name
        return not n.startswith("ال") and n in lex.nouns and n not in lex.given \
            and n not in lex.particles | lex.infixes and known_person(name_text(doc[start:end])) is None

    def _noun_after_father(self, start: int, end: int) -> bool:
        """Whether the last word of tokens start..end is a frequent word without the article that the corpus seldom
        writes after a first name, right after a father's one-word name ("فيصل بن خالد تعازي ومواساة"; not "محمد بن
        عبد الوهاب", nor one a subordinator or punctuation closes: "طارق بن محمد عناية إن"): the object of the verb,
        not a family name."""
        n, father = self.doc[end - 1].norm_, self.doc[end - 2].norm_
        return end - 3 >= start and self.doc[end - 3].norm_ in NASAB and not n.startswith("ال") \
            and father not in self.lex.particles | COMPOUND_OPENERS and self.lex.ordinary_noun(n) \
            and known_person(name_text(self.doc[start:end])) is None and not self._clause_after(end)

    def _drop_after_verb_openers(self) -> None:
        """"ولم نطلق جهدا مضادا", "يتم إغماء عيونه": after لم/لن/قد/سوف comes a verb, after تم a verbal noun,
        never a name."""
        doc = self.doc
        for start in list(self.persons):
            if start > 0 and doc[start - 1].norm_ in self.verb_openers:
                del self.persons[start]

    def _drop_non_names_after_title(self) -> None:
        """"برد القاضي وتأجيل المثول", "لولي العهد ومرافقيه": right after a title, a word with و written onto it
        whose rest is a word of the language or a plural with its pronoun is the conjunction and the next thing
        said, not the holder's name (وليد, وائل are first names); "مدير المسجد الإبراهيمي الشريف": adjectives of
        the title's noun (_adjectives_only)."""
        doc, lex = self.doc, self.lex
        for start, p in list(self.persons.items()):
            if start - 1 not in self.role_tokens:
                continue
            word = normalize(p[0].text)
            rest = word[1:]
            if word[:1] == "و" and word not in lex.given and rest not in lex.given and not lex.opens_compound(p[0]) \
                    and (lex.language_word(rest) or rest.endswith(("يه", "يها", "يهم"))) \
                    or self._adjectives_only(start, p.end):
                del self.persons[start]

    def _drop_place_names(self) -> None:
        """"مستشفى الملك فهد", "ملعب «بوريس بايشادزه»", "شركة عبدالهادي القحطاني": a name after a word for a
        place, prize or business (and the title, quote or brand between them: "فندق ماريوت كورت يارد") names that
        place, not a person. A run without a first name that opens, ends on or is followed by a word of a place's,
        club's or company's name ("بئر …", "… سيتي", "… رود", "… موتورز") is that place, club or company; one that
        ends on a venue's word is that venue even with a first name ("رياض جاليري")."""
        doc, lex = self.doc, self.lex
        for start, p in list(self.persons.items()):
            last, after = normalize(p[-1].text), normalize(doc[p.end].text) if p.end < len(doc) else ""
            ends = last in self.place_ends or after in self.place_ends
            venue = last in self.venue_ends or after in self.venue_ends
            if ((p[0].norm_ in self.place_heads or ends) and not any(t.norm_ in lex.given for t in p) or venue) \
                    and known_person(name_text(p)) is None:
                del self.persons[start]     # "… سيتي", "رياض جاليري": a club, a shopping centre
                continue
            i = start - 1
            while i >= 0 and (doc[i].text in OPEN_QUOTES or i in self.role_tokens
                              or doc[i].text == "(" and i > 0 and doc[i - 1].norm_ in self.press):
                i -= 1
            if i >= 0 and doc[i].norm_ in self.named_places and i not in self.blocked \
                    and not (i > 0 and (doc[i - 1].norm_, doc[i].norm_) in self.place_word_idioms) \
                    or i >= 1 and doc[i - 1].norm_ in self.brand_places and self._brand(doc[i]):
                del self.persons[start]     # not "سجلت عن طريق سلمان المؤشر": by means of him
            elif start >= 2 and doc[start - 1].text in OPEN_QUOTES and self._titled_work(doc[start - 2]):
                del self.persons[start]     # "معرضه «جمال وحشي»": a title

    def _brand(self, tok) -> bool:
        """A word after a hotel's or restaurant's word that is neither of the language nor a first name: a brand,
        whose name the words after it go on ("فندق ماريوت كورت يارد")."""
        lex = self.lex
        return tok.is_alpha and not tok._.clitic and tok.i not in self.blocked and tok.i not in self.role_tokens \
            and tok.norm_ not in lex.given and tok.norm_ not in lex.particles and not lex.language_word(tok.norm_)

    def _titled_work(self, tok) -> bool:
        """A noun of a work, show or campaign (person_names.json titled_works), also with a possessive pronoun
        ("معرضه", "روايتها")."""
        return any(f in self.titled_works for f in bare_forms(tok.norm_, *THIRD_PERSON_SUFFIXES))

    def _drop_clubs(self) -> None:
        """"فريق قاسم باشا التركي", "نادي سانتوس البرازيلي": a name after a word for a team and before a state's
        adjective names the club, not a person."""
        doc = self.doc
        for start, p in list(self.persons.items()):
            ent = self.blocked.get(p.end)
            if start > 0 and doc[start - 1].norm_ in self.club_heads and ent is not None and ent.start == p.end \
                    and ent.label_ == "STATE" and (ent._.value or {}).get("form") == "demonym":
                del self.persons[start]

    def _conjunction_fan(self) -> None:
        """"وبحسب القضاء الأمريكي، فان دافيدسون دفع …": after a fronted phrase (person_names.json fronting) and its
        comma, «فان» is «فإن» written without its hamza, the conjunction; the name is what follows it."""
        doc = self.doc
        for start, p in list(self.persons.items()):
            if strip_marks(p[0].text) != "فان" or start == 0 or doc[start - 1].text not in ("،", ","):
                continue
            opener = doc[start].sent.start
            if not any(t.norm_ in self.fronting or normalize(t.text) in self.fronting
                       for t in doc[opener:min(opener + 2, start)]):
                continue
            del self.persons[start]
            if p.end - start >= 2 and self._ok_name(start + 1, p.end):
                self.persons[start + 1] = Span(doc, start + 1, p.end, label=PERSON)

    def _drop_on_behalf(self) -> None:
        """"الناطق الرسمي باسم الجبهة", "المتحدث باسم المركز رأفت الصباغ": after a word for a spokesman (and its
        modifiers) باسم is "on behalf of", not the first name Basem; the body it names is no person, a name after
        the body (from its first name on) still is. After a word for "known as" ("المعروف باسم X") the name is X."""
        doc, lex = self.doc, self.lex
        for start, p in list(self.persons.items()):
            if p[0].norm_ != "باسم" or p[0]._.clitic:
                continue
            j = start - 1
            while j >= 0 and doc[j].norm_ in self.modifiers:
                j -= 1
            if j >= 0 and doc[j].norm_ in self.known_as and start + 1 < p.end:
                del self.persons[start]     # "المعروف باسم أبو بكر البغدادي": the name follows "by the name of"
                if doc[start + 1].norm_ in lex.given | lex.particles and self._ok_name(start + 1, p.end):
                    self.persons[start + 1] = Span(doc, start + 1, p.end, label=PERSON)
                continue
            if j < 0 or doc[j].norm_ not in self.spokesmen:
                continue
            del self.persons[start]
            first = next((k for k in range(start + 1, p.end) if doc[k].norm_ in lex.given), None)
            if first is not None and self._ok_name(first, p.end):
                self.persons[first] = Span(doc, first, p.end, label=PERSON)

    def _conjoined_items(self) -> None:
        """"لويز أدريانو وريكاردو مونتوليفو": a name right after another (or after its comma, or after the body of
        the title that follows another) whose first word begins with "و" is the next item of a list, the و its
        conjunction."""
        doc = self.doc
        for p in sorted(self.persons.values(), key=lambda s: s.start):
            i = p.start - 1
            if i > 0 and doc[i].text in ("،", ","):
                i -= 1
            before = self._person_at(i) if i >= 0 else None
            if before is not None and before.end == i + 1 and before.start != p.start \
                    or p.start > 0 and doc[p.start - 1].text in ("،", ",") or self._after_apposed_title(p.start):
                # "سيب بلاتر رئيس «فيفا» وجيروم فالك": after a body that ends a title, the next item of a list
                # "…، وعقلا بن علي العقلا نائب …": after a comma a "و" that opens no known first name is the conjunction
                split_conjunction(doc[p.start], self.lex, self.evidence, listed=True)

    def _after_apposed_title(self, start: int) -> bool:
        """Whether a name follows the title and body set after another name ("سيب بلاتر رئيس «فيفا» وجيروم فالك"),
        not a title of its own ("رئيس المصرف الأوروبي للاستثمار ويرنر هوير")."""
        doc = self.doc
        k = start - 1 - (start > 0 and doc[start - 1].text in CLOSE_QUOTES)
        if k < 0 or doc[k].ent_type_ != "ORG":
            return False
        k = next(j for j in range(k, -1, -1) if doc[j].ent_iob_ == "B") - 1
        k -= k >= 0 and doc[k].text in OPEN_QUOTES
        if k < 0 or k not in self.role_tokens and k not in self.titles_at:
            return False        # "رئيس «فيفا»": a title before the body, which no role took with its quotes
        k -= 1
        while k >= 0 and k in self.role_tokens:
            k -= 1
        before = self._person_at(k) if k >= 0 else None
        return before is not None and before.end == k + 1

    def _honorific_at(self, i: int) -> list[dict]:
        title = self._title_at(i)
        return [title[1]] if title and title[1]["kind"] == "honorific" and title[0] == i + 1 else []

    # --------------------------------------------------------- short names
    def _resolve_short_names(self) -> None:
        """Surnames and other partial mentions take the key of the one full name they belong to."""
        doc, lex = self.doc, self.lex
        for start, p in list(self.persons.items()):
            if len(p) > 1 and lex.first_name_before(list(p)) and p[0].norm_ not in KUNYA:
                del self.persons[start]     # a compound first name alone ("عبد الله"): nobody in particular
        full: dict[tuple[str, ...], set[str]] = {}
        firsts_of: set[tuple[str, ...]] = set()      # first words of full names, which may stand for them alone
        for p in self.persons.values():
            words = tuple(t.norm_ for t in p)
            if len(words) < 2:
                continue
            key = canonical_key(" ".join(words))
            for k in range(1, len(words)):
                part = words[k:]
                if words[k - 1] in NASAB or words[k - 1] in lex.particles and k == 1:
                    continue        # "سلمان بن عبدالعزيز" of "محمد بن سلمان بن عبدالعزيز" is the father; "الله" of "عبد الله …" nobody
                if words[k - 1] == FAMILY and len(part) == 1 or part == (words[-1],) and words[-1] in lex.ordinals:
                    continue        # "سعود" of "… آل سعود" is no one's name alone ("آل الشيخ" is a surname), nor
                    # "الثاني" of "عبدالله الثاني": a regnal number
                if len(part) > 1 and part[0] in lex.given and words[k - 1] in lex.given:
                    continue        # "عبدالله المليص" of "محمد عبدالله المليص" is the father, named without بن
                if part[0] not in lex.infixes and (len(part) > 1 or part[0] not in lex.particles):
                    full.setdefault(part, set()).add(key)
            if words[0] not in lex.given and words[0] not in lex.particles:
                full.setdefault(words[:1], set()).add(key)
                firsts_of.add(words[:1])
            if _kunya(words[:1]) == ("ابو",) and len(words) > 2:
                full.setdefault(_kunya(words[:2]), set()).add(key)     # "أبو بكر" (أبي بكر) of "أبو بكر البغدادي"
        self.aliases: dict[int, str] = {}
        for start, p in list(self.persons.items()):
            keys = full.get(tuple(t.norm_ for t in p), set()) or full.get(_kunya([t.norm_ for t in p]), set())
            if len(p) == 1 and (p[0].norm_,) in firsts_of and self._name_word(p.end):
                continue        # "جيروم شامبين" cut to "جيروم" beside "جيروم فالك": another man of that first name
            if len(keys) == 1:
                self.aliases[start] = next(iter(keys))
            elif len(keys) > 1 or len(p) == 1 and p[0].norm_ in lex.given:
                del self.persons[start]     # "بوش" of two Bushes, or a first name alone: nobody in particular
        if not full:
            return
        taken = {i for p in self.persons.values() for i in range(p.start, p.end)} | self.role_tokens
        norms = token_norms(doc)
        firsts = {words[0] for words in full} | ({"ابي", "ابا"} if any(w[0] == "ابو" for w in full) else set())
        for i, norm in enumerate(norms):
            if norm not in firsts or i in taken or i in self.blocked:
                continue
            tok = doc[i]
            for n in (2, 1):
                words = tuple(norms[i:i + n])
                keys = full.get(words, set()) or full.get(_kunya(words), set())
                if len(words) < n or len(keys) != 1 or any(j in taken or j in self.blocked for j in range(i, i + n)):
                    continue
                if n == 1 and (words[0] in lex.common or lex.is_stop(tok) or tok._.clitic and words[0] in lex.given
                               or self._family_named(i) or i > 0 and norms[i - 1] in self.named_places
                               or (words in firsts_of or words[0] in lex.given) and self._name_word(i + 1)
                               or i + 1 < len(doc) and norms[i + 1] in NASAB and not doc[i + 1]._.clitic):
                    continue        # "شركة العثيم": a place or business named after him; "جيروم شامبين" beside
                                    # "جيروم فالك": another man of that first name; "محمد ابن
                                    # القاضي", "الأمير عبدالله الفيصل" beside "باهر محمد", "ماجد عبدالله": a first name
                                    # that opens another name; "أسرتا المانع والجاسر": families, not the groom
                span = self._add_person(i, i + n)
                if span is not None:
                    self.aliases[span.start] = next(iter(keys))
                    taken.update(range(i, i + n))
                break
        self._strip_attached(full, taken, norms)

    def _family_named(self, i: int) -> bool:
        """Whether token i is a family name after a word for a family, or joined by و to one ("عائلة الدوابشة",
        "أسرتا المانع والجاسر"): the family, not one of its members."""
        doc = self.doc
        return i > 0 and doc[i - 1].norm_ in self.family_words \
            or i > 1 and normalize(doc[i].text)[:1] == "و" and doc[i - 2].norm_ in self.family_words

    def _name_word(self, i: int) -> bool:
        """Whether token i may go on a name: a word that may be a name and is no word of the language, nothing
        written onto it ("جيروم شامبين": a family name after a first name)."""
        if i >= len(self.doc) or i in self.blocked or i in self.role_tokens:
            return False
        tok = self.doc[i]
        return tok.is_alpha and not tok._.clitic and self.lex.can_be_name(tok) and not self.lex.language_word(tok.norm_)

    def _strip_attached(self, full: dict, taken: set[int], norms: list[str]) -> None:
        """"لماكرون", "وبوريطة": a surname with an attached particle the normaliser could not know."""
        doc = self.doc
        singles = {words[0]: keys for words, keys in full.items() if len(words) == 1 and len(keys) == 1}
        for i, norm in enumerate(norms):
            if norm[:1] not in "وفبلك" or i in taken or i in self.blocked:
                continue
            tok = doc[i]
            for cut, stem in ((1, norm[1:]), (2, norm[2:])):
                if cut == 2 and norm[:1] not in "وف":
                    continue
                if len(stem) >= 3 and norm[cut - 1] in "وفبلك" and stem in singles and stem not in self.lex.common \
                        and not tok._.clitic and not self._family_named(i):
                    tok.norm_ = stem
                    tok._.clitic = cut
                    span = self._add_person(tok.i, tok.i + 1)
                    if span is not None:
                        self.aliases[span.start] = next(iter(singles[stem]))
                    break

    # ------------------------------------------------------------ roles → props
    def _attach_roles(self, roles: list[Role]) -> None:
        """Role -> the person written next to it (by its start token)."""
        for role in roles:
            if role.person is None:
                continue
            p = self._person_at(int(role.person))
            role.person = None if p is None else str(p.start)

    def _register(self, persons: list[Span], roles: list[Role]) -> None:
        registry = entities(self.doc)
        best: dict[int, Role] = {}
        for role in roles:
            if role.person is None:
                continue
            start = int(role.person)
            current = best.get(start)
            score = (KIND_RANK[role.kind], role.state is not None or role.org is not None)
            if current is None or score > (KIND_RANK[current.kind], current.state is not None or current.org is not None):
                best[start] = role
        for stale in [k for k, e in registry.items() if e.get("type") == "Person"]:
            del registry[stale]
        for p in persons:
            role = best.get(p.start)
            props = {}
            if role is not None and role.kind != "honorific":
                props = {"role": role.role, "role_en": role.entry["en"], "state": role.state, "org": role.org}
            register_person(p, props, key=self.aliases.get(p.start))
        self._full_names_first(registry)

    @staticmethod
    def _full_names_first(registry: dict) -> None:
        """A person keyed by its full name is named by it, even if a short mention registered first."""
        for key, e in registry.items():
            if e.get("type") != "Person":
                continue
            longest = max([e["name"], *e["aliases"]], key=lambda n: len(n.split()))
            if canonical_key(longest) == key and longest != e["name"] and known_person(e["name"]) is None:
                e["aliases"] = sorted({*e["aliases"], e["name"]} - {longest})
                e["name"] = longest


BASIM = norm("باسم")                                   # the first name Basem, or ب + اسم "on behalf of"


def _dual_before_adjective(doc: Doc, j: int) -> bool:
    """"فترتين تدريبيتين", "يومين متتاليين": a dual noun before the dual adjective that agrees with it (no name
    takes one): the object after a name, not its last word ("فرض المدرب جوزيه قوميز فترتين تدريبيتين")."""
    word, nxt = doc[j].norm_, doc[j + 1].norm_ if j + 1 < len(doc) else ""
    return len(word) >= 5 and not nxt.startswith("ال") and (
        word.endswith("تين") and nxt.endswith("يتين") or word.endswith("ين") and nxt.endswith("يين") and len(nxt) >= 6)


def _joined(token, lex) -> bool:
    """A word with a particle written onto it, or the conjunction on a word of the language."""
    return bool(token._.clitic) or token.text[:1] == "و" and lex.conjoined(token.norm_)


def _conjunct_after_family(doc: Doc, j: int, lex) -> bool:
    """"صالح بن علوان الشمراني ومساعدي المحافظ": after a family name with the article, a word opened by "و" (no first
    name) before a definite word starts the next item of a list, a person or a noun in construct, not a name word."""
    token = doc[j]
    return token.text[:1] == "و" and not token._.clitic and token.norm_ not in lex.given and len(token.norm_) > 4 \
        and doc[j - 1].norm_.startswith("ال") and j + 1 < len(doc) and doc[j + 1].norm_.startswith("ال") \
        and not doc[j + 1]._.clitic and not doc[j + 1].is_sent_start


def _between_names(doc: Doc, start: int, j: int, lex) -> bool:
    """"لويز أدريانو وريكاردو مونتوليفو": a word opened by "و" after two words of a name (from start) and
    before another name word is the conjunction between two full names, unless it is a first name
    itself (وليد, وائل)."""
    token = doc[j]
    return token.text[:1] == "و" and j - start >= 2 and j + 1 < len(doc) and token.norm_ not in lex.given \
        and len(token.norm_) >= 4 and doc[j - 1].norm_ not in lex.particles | lex.infixes \
        and lex.can_be_name(doc[j + 1]) and not doc[j + 1].is_sent_start


def _prefixed_word(norm: str, lex) -> bool:
    """"وحكومتنا", "لتتعرف", "يثمن": a word of the language (a noun, a verb) with a conjunction, a preposition or
    the prefix of an imperfect verb written onto it; no one-word name is made like that (يوسف, بوش are no such words)."""
    rest = norm[1:]
    if len(rest) < 3 or norm in lex.given:
        return False
    known = lex.is_common(rest) or rest in lex.nouns or rest in lex.ordinary or lex.is_verb(rest)
    return norm[0] in "وفلب" and (known or lex.lone_noun(rest)) or norm[0] in "يت" and (lex.is_common(rest) or rest in lex.nouns)


def _joined_with_pronoun(norm: str) -> bool:
    """A word with و, ب or ل in front and a pronoun of the third person at its end ("وغناها", "وشكرهم", "بتناقضاته"):
    a verb or a noun joined to what comes before, never a name's last word."""
    return len(norm) >= 5 and norm[0] in "وبل" \
        and (norm.endswith(("ها", "هم", "هما")) or len(norm) >= 6 and norm.endswith("اته"))


def _prefixed_vocabulary(norm: str, lex) -> bool:
    """"بزمن", "باشتراك", "ينادي": a particle or verb prefix on a word of the vocabulary or a frequent word; not a
    nisba the corpus knows whole as a noun, a family name ("بدوي" is no ب + دوي: «إيهاب بدوي»), nor بو and a
    first name ("بوعلي")."""
    rest = norm[1:]
    return norm[0] in "وفلبيت" and len(rest) >= 3 and norm not in lex.given and not lex.bu_family(norm) \
        and not (norm in lex.nouns and norm.endswith("ي")) and (lex.is_common(rest) or rest in lex.ordinary)


def _plain_word(token, lex) -> bool:
    """A word that may open a name before بن: letters only, nothing written onto it, no stop word or verb, and
    no definite word of the language the corpus seldom writes after a first name ("الشاب ابن حمزة": "the young
    Ibn Hamza"; المختار, الفضل may open one)."""
    norm = token.norm_
    return token.is_alpha and not token._.clitic and not lex.is_stop(token) and not lex.is_verb(norm) \
        and norm not in lex.role_words and not prepositional(token) \
        and not (norm.startswith("ال") and lex.is_common(norm) and lex.ordinary_noun(norm))


# first words of compounds with an ال-word (عبد الرحمن, أبو الفضل)
COMPOUND_OPENERS = frozenset({"عبد", "ابو", "ابي", "ابا", "ام"})
TRIBE = "بني"       # "بني هميم", "بني ياس": the tribe a family name is written with, after a nasab


def _opened_by_preposition(norm: str) -> bool:
    """"ببرقيتي", "بالمملكة", "للسعودية": a preposition written onto a word that begins with its own ب or onto the
    article; no name word is written so."""
    return len(norm) > 4 and norm.startswith(("بب", "بال", "لل"))


def _kunya(words) -> tuple[str, ...]:
    """Words with the kunya's case forms folded: أبي بكر, أبا بكر -> أبو بكر."""
    return tuple("ابو" if w in ("ابي", "ابا") else w for w in words)


@Language.factory("athar_persons", default_config={"common_words": ""})
def make_person_finder(nlp: Language, name: str, common_words: str) -> PersonFinder:
    """Factory: common_words = a word list (one a line) of words that are no names (default: the NER model's)."""
    return PersonFinder(nlp, name, common_words)
