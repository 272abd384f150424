"""Personal names: which words can be part of one, person keys and registration.

Shared by the statistical recogniser (components/ner.py) and the person rules
(components/persons.py). A word can be part of a name unless it is
punctuation or a number, carries case endings (tanween: "آمالاً" is a noun),
has a particle written onto the article ("للحملة"), is on the stoplist, is a
title or role word, is a verb by the corpus's evidence ("سيقطع"), or is a common word (the vocabulary of the language data
that does not name things, plus the common words the NER model ships with).
First names (extract/lang/person_names.json) are name words even when they
are also common words ("سعيد", "كريم").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .arabic import TATWEEL, article_restored, normalize, strip_marks, verbal_noun_only
from .doc_ext import entities
from .translit import transliterate

PERSON = "PERSON"
# Verbs and nouns the corpus shows are no names (made by `python -m athar.extract.names_build`).
CORPUS_WORDS = Path(__file__).resolve().parent / "models" / "names" / "corpus_words.json"
_TANWEEN = re.compile("[\u064b-\u064d]")
# the participles of the derived verbs (مُفعِل, مُفاعِل, مُتفعِّل, مُفتعِل, مُستفعِل, مُنفعِل) and the passive one of the
# simple verb (مفعول: مقتولا, مخطوفا) in the indefinite accusative: م, the pattern's letters, the final alif; no other
# long vowel inside (مندوزا, موريرا are names)
_PARTICIPLE_ACCUSATIVE = re.compile("^م(?:[^اوي][^او][^او]|[^اوي]ا[^او][^او]|ت[^او][^او][^او]|[^اوي]ت[^او][^او]"
                                    "|ست[^او][^او][^او]|ن[^او][^او][^او]|[^اوي][^اوي]و[^اوي])ا$")
# the verbal nouns of the derived verbs استفعال, افتعال, انفعال (استعداد, اهتمام, انسحاب)
_DERIVED_VERBAL_NOUN = re.compile("^(?:است..ا.|ا.ت.ا.|ان..ا.)$")
_VERBAL_NOUN_II_III = re.compile("^(?:ت..ي.|م.ا..ه)$")     # تنظيم, متابعة: after حسن, "good …" (not a name word elsewhere)
_LETTERS = re.compile(r"^[\u0621-\u064aa-zA-Z\u0671-\u06d3-]+$")
# A particle written onto the article ("للحملة", "بالغرفة", "والقروية"): a noun phrase, never a name word.
# Three letters at least must follow, so "والتر" and "بالمر" stay possible names.
_ATTACHED_ARTICLE = re.compile("^(?:[وف]?(?:بال|كال|لل)|[وف]ال)[^ ]{3,}")
# ف + the future prefix س + an imperfect prefix ("فسأبدأ", "فسيكون"): a verb, never a name word.
_FUTURE_AFTER_PARTICLE = re.compile("^فس[اأيتن][^ ]{2,}")
QUOTES = {"«", "»", '"', "“", "”", "'", "‘", "’"}
COMPOUND_ENDS = frozenset({"الله", "الدين", "الاسلام", "العابدين"})  # second words of compound first names (نصر الله,
# نور الدين, سيف الإسلام, زين العابدين)


def stray_compound_end(token: Token) -> bool:
    """الله/الدين after a nisba with the article: no compound name goes on so ("دعا خالد العتيبي الله أن يرحم": a
    prayer); family names of a noun and الله keep it (العبد الله، الجار الله، رامي الحمد الله)."""
    before = token.doc[token.i - 1].norm_ if token.i else ""
    return token.norm_ in COMPOUND_ENDS and before.startswith("ال") and before.endswith("ي")


def construct_title(span: Span, kind: str) -> bool:
    """A title of one indefinite word (مستشار، مبعوث، ممثل), no pronoun on it: a name right after it is its genitive,
    whose adviser or envoy he is ("ولايتي، مستشار علي خامنئي"); a bearer's own title is definite ("المستشار فلان")
    or has the pronoun ("مستشاره فلان")."""
    text = strip_marks(span[0].text)
    return len(span) == 1 and kind in ("office", "profession") and not span[0].norm_.startswith("ال") \
        and not text.endswith(("ه", "ها", "هم")) and not text.endswith(".") and len(span[0].norm_) > 2


NASAB = frozenset(normalize(w) for w in lexicon.load("person_names")["nasab"])     # بن, ابن, بنت: "son/daughter of"
THIRD_PERSON_SUFFIXES = ("ه", "ها", "هم", "هما")     # his, her, their, their two: written onto a noun or a verb
_TA_WITH_PRONOUN = tuple("ت" + suffix for suffix in THIRD_PERSON_SUFFIXES)     # "نيته": نية + ه
FUTURE_PREFIXES = ("سي", "ست", "سن")        # the future س on a verb of the third person or of "we"
FAMILY = normalize("آل")                        # "آل سعود": the family, whose member's first name comes before
NAME_LINKS = NASAB | {FAMILY}                   # words after which a name goes on: "محمد بن زايد" + " آل نهيان"
KUNYA = frozenset(normalize(w) for w in lexicon.load("person_names")["kunya"])     # أبو عبيدة: a name in itself


@dataclass(frozen=True)
class NameLexicon:
    """Normalised word sets that decide what can be part of a name."""

    given: frozenset[str]
    particles: frozenset[str]
    infixes: frozenset[str]
    ordinals: frozenset[str]
    regnal_titles: frozenset[str]   # الملك, البابا: a one-word name after them may take a regnal number
    formula_heads: frozenset[str]  # بحمد الله, بتوفيق الله: with a preposition before الله, a formula
    theophoric: frozenset[str]     # فتح, روح, نعمة: before الله and a name, a first name
    theophoric_written: frozenset[str]  # the same as written: رحمه (a pronoun) is no رحمة
    stop: frozenset[str]           # normal forms
    stop_written: frozenset[str]   # as written (without marks): decides for a stop word that is also a first name
    role_words: frozenset[str]
    common: frozenset[str]
    verbs: frozenset[str] = frozenset()     # from the corpus (extract/names_build.py): never a name word
    nouns: frozenset[str] = frozenset()     # from the corpus: no name on its own
    ordinary: frozenset[str] = frozenset()  # from the corpus: frequent words seldom written after a first name
    idiom_heads: frozenset[str] = frozenset()   # حسن, رضا: first names that are also adjectives heading an idiom
    idiom_tails: frozenset[str] = frozenset()   # نية, أخلاق: nouns such an idiom takes (حسن نية, حسن الأخلاق)

    def is_stop(self, token: Token) -> bool:
        """A word that ends every name: function words, speech verbs, time words."""
        norm = token.norm_
        if norm not in self.stop:
            return False
        return norm not in self.given or strip_marks(token.text[token._.clitic:]) in self.stop_written

    def idiom(self, words: Span) -> bool:
        """"حسن السيرة", "حسن النيات", "رضا الحضور", "حسن تنظيم": a first name that is also an adjective, before a
        definite noun of the language (a nisba is a family name: "حسن الترابي" is no idiom) or the verbal noun of a
        derived verb that the corpus writes with the article, is the idiom "good …", no name."""
        if len(words) != 2 or words[0].norm_ not in self.idiom_heads:
            return False
        tail = words[1].norm_
        if not tail.startswith("ال"):       # "حسن تنظيم", "حسن متابعة", "حسن استعداد": good organisation, follow-up
            return tail not in self.given and known_person(name_text(words)) is None and (
                tail in self.idiom_tails or bool(_VERBAL_NOUN_II_III.match(tail)) and tail in self.nouns
                or self.derived_verbal_noun(tail))
        return not tail.endswith("ي") and known_person(name_text(words)) is None and (
            self.language_word(tail) or tail[2:] in self.idiom_tails       # "حسن الأخلاق"
            or tail.endswith(("ه", "ات")) and tail[2:] in self.nouns
            or self.derived_verbal_noun(tail[2:]))        # "حسن الاختيار", "حسن الاستقبال"

    def future_verb(self, word: str) -> bool:
        """A verb in the future: س + an imperfect the corpus inflects as a verb ("سيتوجه", "وستقوم"; word
        normalised)."""
        word = word[1:] if word[:1] in ("و", "ف") and word[1:2] == "س" else word
        return word.startswith(FUTURE_PREFIXES) and len(word) >= 5 and self.is_verb(word)

    def is_verb(self, norm: str) -> bool:
        """A word the corpus inflects as a verb ("سيقطع", "سيشاركون", "واطلعت", "ناقشتها") that is no first name, also
        after the ل of purpose ("ليكون", "لتنهيها")."""
        if norm in self.given:
            return False
        bare = norm[1:] if norm[:2] in ("ول", "فل") and len(norm) >= 6 else norm     # "ولتتأكد": و + the ل of purpose
        purpose = [bare[1:]] if bare[:1] == "ل" and bare[1:2] in "يتن" and len(bare) >= 5 else []
        if norm.endswith("وا") and len(norm) >= 7 and norm.startswith(("است", "ان", "ات")):
            return True     # "استعادوا", "انسحبوا": a past plural of a derived verb (forms VII, VIII, X)
        if norm.endswith("وا") and norm[:1] == "ا" and len(norm) >= 5 and any(
                prefix + norm[1:-2] + suffix in self.verbs for prefix in "يتن" for suffix in ("", "ون")):
            return True     # "احذروا", "انظروا": an imperative plural, known by its imperfect (يحذرون, ينظر)
        return any(f in self.verbs for w in [norm, *purpose]
                   for f in bare_forms(w, "ت", "تها", "ته", "تهم", "ها", "هم", "ه", "وا", "ني"))     # "تعالجني"

    def object_verb(self, token: Token) -> bool:
        """"وهزمناه", "وامنحه", "فأعطاه", "سددها": a past or imperative verb with an object pronoun written onto it,
        known by its imperfect (يهزم, يمنح, يعطي) among the corpus verbs. A bare ه counts only after و/ف or
        an alif (a name may end in ه: فقيه, طلحه, جمعه), and no first name is such a word."""
        norm = token.norm_
        if norm in self.given or norm.startswith("ال"):
            return False
        word = norm[1:] if norm[:1] in "وف" else norm     # a و/ف opening the word is the conjunction ("وديني": و + ديني)
        if len(word) < 4 or word in self.given:
            return False
        stems = [(word[:-len(suffix)], False) for suffix in ("ناهم", "ناها", "ناه", "تني", "ني", "هما", "هم", "ها")
                 if word.endswith(suffix)]       # "جعلتني": a past verb of "she" or "you" with "me"
        if strip_marks(token.text).endswith("ه") and (word != norm or word.endswith("اه")):
            stems.append((word[:-1], True))
        return any(len(stem) >= 3 and any(f in self.verbs for f in _imperfects(stem, defective))
                   for stem, defective in stems)

    def lone_noun(self, norm: str) -> bool:
        """A word that the corpus also writes with the article (تدشين, امتنان, قناعته): alone, it names nobody."""
        return norm not in self.given and any(f in self.nouns for f in bare_forms(norm, *THIRD_PERSON_SUFFIXES))

    def language_word(self, norm: str) -> bool:
        """A word the data or the corpus knows as a word of the language (common, a noun, frequent, a verb)
        and not as a first name: a name made only of such words needs a cue (a title, a verb of speech)."""
        return norm not in self.given and norm not in self.particles and (
            self.is_common(norm) or self.lone_noun(norm) or norm in self.ordinary or self.is_verb(norm))

    def conjoined(self, norm: str) -> bool:
        """"وتقديره", "وبيل", "وعبدالمحسن", "وتعريض" (the word after its leading و): the conjunction written onto a
        first name (a compound one written joined too), or onto a word of the language or a verbal noun of its
        patterns (not "وليد")."""
        rest = norm[1:]
        return norm not in self.given and len(rest) >= 2 and (
            rest in self.given or self.is_common(rest) or rest in self.ordinary or self.lone_noun(rest)
            or self.is_verb(rest) or len(rest) >= 5 and verbal_noun_only(rest)
            or len(rest) >= 5 and rest.startswith(("عبد", "ابو")))

    def first_name(self, norm: str) -> bool:
        """A first name of the lists, or عبد and a divine name written as one word ("عبدالمعطي", "عبدالحسين")."""
        return norm in self.given or norm.startswith("عبدال") and len(norm) > 6

    def is_common(self, norm: str) -> bool:
        """A vocabulary word that is not a first name or a name particle."""
        return norm in self.common and norm not in self.given and norm not in self.particles

    def preposition_on_noun(self, norm: str) -> bool:
        """"بمواقف", "ببراعة", "بتجنب", "لتدارس": ب/ل/ك written onto a word the language data or the corpus knows
        or onto a verbal noun of the language's patterns that is no first name (not باسلمة, بكر, لتوفيق, and no word of
        four letters: كبير is no ك + بير), nor onto an indefinite accusative, which no preposition governs ("كورودا"
        is no ك + ورودا; "لرئيسها": the final alif of a pronoun), nor onto و and a first name (بوعلي)."""
        rest = norm[1:]
        accusative = rest.endswith("ا") and not rest.endswith(("ها", "نا")) and (
            rest[:-1] in self.nouns or rest[:-1] in self.ordinary or self.is_common(rest[:-1]))
        if accusative or self.bu_family(norm):
            return False
        return norm[:1] in "بلك" and norm[:2] != "با" and len(norm) >= 5 and norm not in self.given \
            and (rest in self.nouns or self.is_common(rest) or rest in self.ordinary
                 or verbal_noun_only(rest) and rest not in self.given)

    def bu_family(self, norm: str) -> bool:
        """"خالد عبدالله بوعلي", "بوحسن": a family name of بو and a first name, as the Gulf and the Maghreb write
        them; no ب + و (which never come in that order)."""
        return norm[:2] == "بو" and norm[2:] in self.given

    def ordinary_noun(self, norm: str) -> bool:
        """A frequent word the corpus seldom writes after a first name ("المصاب", "جريدة", "تعازي"), unless it
        is shaped like a nisba, which is how family names are made (العلمي, المغربي)."""
        return norm in self.ordinary and norm not in self.given and not (norm.startswith("ال") and norm.endswith("ي"))

    def can_be_name(self, token: Token) -> bool:
        """Whether the token may be a word of a personal name (context aside)."""
        text = token.text
        if _TANWEEN.search(text) or not _LETTERS.match(normalize(text) or "?") or text[:1] == "-" or text[-1:] == "-":
            return False                # "-حفظه الله-": a formula set off by dashes; "ــ": tatweel alone
        norm = token.norm_
        if len(norm) < 2 and norm not in self.particles:
            return False
        if self.opens_compound(token):
            return True
        if self.is_stop(token) or norm in self.role_words or _ATTACHED_ARTICLE.match(norm) or self.is_verb(norm) \
                or self.object_verb(token):
            return False
        if norm.startswith("ال") and norm.endswith("يه") or strip_marks(text)[:2] in ("بإ", "بأ", "لإ", "لأ"):
            return False            # "اللجنة الإشرافية": a feminine adjective; "بإتمام": a preposition on a noun
        if _definite_plural(norm) or self.plural_adjective(norm) or self.derived_verbal_noun(norm):
            return False            # "الاقتحامات": a definite plural of a verbal noun, no name (السادات, الزيات are short);
            # "خصوم سياسيين", "المدينتين المقدستين": a plural or dual adjective; "حسن استعداد": a verbal noun
        if _pronoun_on(norm) or self.possessed_noun(token) or self.accusative(token):
            return False            # "مرانهما", "تهنئتها", "موقفه": a pronoun written onto a noun or verb
        if _FUTURE_AFTER_PARTICLE.match(norm):
            return False            # "فسأبدأ": ف + the future prefix س + a verb
        if norm.startswith("ال") and self.ordinary_noun(norm):
            return False            # "المختص", "المصاب": a definite noun the corpus seldom writes after a first name
        if self.preposition_on_noun(norm):
            return False            # "بمواقف": a preposition written onto a noun the normaliser did not know (not باسلمة)
        return not self.is_common(norm) or norm in self.given or norm in self.particles or norm in self.infixes

    def opens_compound(self, token: Token) -> bool:
        """"فتح الله غولن", "ولي الله سيف": a word that makes a first name with the الله after it, written
        with no preposition on it and followed by a name word ("فتح الله عليه", "بنعمة الله" are no names)."""
        if token.norm_ not in self.theophoric:
            return False
        doc, i = token.doc, token.i
        return strip_marks(token.text) in self.theophoric_written and not token._.clitic and i + 2 < len(doc) \
            and doc[i + 1].norm_ == "الله" and doc[i + 2].is_alpha and not self.is_stop(doc[i + 2]) \
            and self.can_be_name(doc[i + 2])

    def plural_adjective(self, norm: str) -> bool:
        """"سياسيين", "حقوقيون", "المقدستين", "برونزيتين": the plural of a nisba the corpus writes with the article (not
        راسنيين, a name; its nominative in يون when the corpus knows the form in يين), a feminine dual with the article
        (ياسين, حسين end otherwise; بوتين has no article) or the dual of a word in ية (ميداليتين; no name ends so: مارتين,
        جاستين have no ي before the ت); "فرحون", "شاكرون": the nominative of a masculine plural the corpus writes in ين
        with the article (not حسون: حسين is given); "تغريدتا": the dual in construct of a frequent noun in ة (not
        ريتا)."""
        return norm.endswith("يين") and len(norm) >= 6 and norm in self.nouns \
            or norm.endswith("يون") and len(norm) >= 6 and norm[:-2] + "ين" in self.nouns \
            or norm.startswith("ال") and norm.endswith("تين") and len(norm) >= 8 \
            or norm.endswith("يتين") and len(norm) >= 7 \
            or norm.endswith("ون") and len(norm) >= 5 and norm[:-2] + "ين" in self.nouns \
            and norm not in self.given and norm[:-2] + "ين" not in self.given \
            or norm.endswith("تا") and len(norm) >= 5 and norm not in self.given \
            and norm[:-2] + "ه" in self.nouns and norm[:-2] + "ه" in self.ordinary

    def derived_verbal_noun(self, norm: str) -> bool:
        """"استعداد", "اهتمام", "انسحاب": the verbal noun of a derived verb (forms X, VIII, VII), which the corpus
        writes with the article, and no first name (انتصار, ابتسام are given)."""
        return bool(_DERIVED_VERBAL_NOUN.match(norm)) and norm in self.nouns and norm not in self.given

    def possessed_noun(self, token: Token) -> bool:
        """"موقفه", "عيونه", "بحكمته", "وبقناعته", "ولقاؤه", "وتأكيدنا": a word of the language with the pronoun ه or
        نا written onto it (a written ه, not the ة the normal form folds into it: سلامة stays a name), which no name
        word is (طه, عبده, نبيه are given; ميرنا is no مير + نا: the corpus seldom writes مير); "غيرك", "عندكم": a
        function word with ك; "مواقفكم": a noun with كم; "نصها": a noun with ها (مها is given)."""
        norm = token.norm_
        stem = norm[:-2] if norm.endswith("كم") else norm[:-1] if norm.endswith("ك") else ""
        if len(stem) >= 3 and stem in self.stop and norm not in self.given:
            return True         # "نجيب غيرك": a function word with "you" written onto it (not ليك, لاك: foreign names)
        if norm.endswith("كم") and len(stem) >= 4 and norm not in self.given \
                and (self.is_common(stem) or stem in self.nouns):
            return True         # "نبيل مواقفكم": a noun with "your" written onto it (not ك alone: مالك is given)
        written = strip_marks(token.text)
        if (written.endswith("نا") and len(norm) >= 5 or written.endswith("ها") and len(norm) >= 4) \
                and norm not in self.given:
            words = [norm] + ([norm[1:]] if norm[:1] in "وف" and len(norm) > 5 else [])     # "وتأكيدنا", not بوليانا
            stems = [w[:-2] for w in words] + [w[:-3] + "ه" for w in words if w.endswith("تنا")]   # "حكومتنا"
            return any(self.is_common(stem) or stem in self.nouns and stem in self.ordinary for stem in stems)
        if not written.endswith("ه") or len(norm) < 4 or norm in self.given:
            return False
        if len(norm) == 4:      # "شكره", "قلقه": a frequent noun the corpus writes with the article (not فقيه, سمية)
            return norm[:-1] in self.nouns and norm[:-1] in self.ordinary
        if norm[:1] == "ل" and len(norm) >= 6 and written.endswith("ته"):
            return True         # "لطمأنته", "لتهنئته": the ل of purpose on a feminine noun with his pronoun
        words = [norm] + ([norm[1:]] if norm[:1] in "وفبلك" and len(norm) > 5 else []) \
            + ([norm[2:]] if norm[:1] in "وف" and norm[1:2] in "بلك" and len(norm) > 6 else [])   # "بحكمته", "وبقناعته"
        stems = [w[:-1] for w in words] + [w[:-2] + "ه" for w in words if w.endswith("ته")]   # "حكمته": حكمة + ه
        stems += [w[:-2] + "ء" for w in words if w.endswith(("وه", "يه", "ءه"))]   # "لقاؤه": لقاء + ه, its hamza on a seat
        return any(self.is_common(stem) or stem in self.nouns and stem in self.ordinary for stem in stems)

    def owned_feminine_noun(self, token: Token) -> bool:
        """A noun of the corpus written with its ta marbuta as ت before a pronoun of the third person ("نيته",
        "رغبتها", "زوجتهم"): a word of the language with its owner, never a name (a name in ة keeps it: "شحاتة")."""
        return strip_marks(token.text).endswith(_TA_WITH_PRONOUN) and token.norm_ not in self.given \
            and any(f in self.nouns for f in bare_forms(token.norm_, *THIRD_PERSON_SUFFIXES)[1:])

    def accusative(self, token: Token) -> bool:
        """"عرفانا", "نجوما": a word of the language in the indefinite accusative, its tanween written as a final
        alif, which no name takes (رضا, زكريا are no such words; ماريا, أنجيلا are given); and a participle of a
        derived verb so written, the circumstance after a speaker ("ظريف مخاطبا النواب", "متحدثا", "مستنكرا")."""
        norm = token.norm_
        return strip_marks(token.text).endswith("ا") and len(norm) >= 5 and norm not in self.given \
            and not norm.startswith("ال") and (self.is_common(norm[:-1]) or norm[:-1] in self.nouns
                                               or bool(_PARTICIPLE_ACCUSATIVE.match(norm)))

    def can_be_family_name(self, token: Token, attested: bool = False, closed: bool = False) -> bool:
        """After a first name, a word that may be the family name although it is also a common word
        ("جون كيري", "بشار الأسد", "الحبيب الصيد"): a plain word, no stop word, title, particle or
        time word, nothing written onto it, and no word the corpus seldom writes after a first name
        ("زلاتان إبراهيموفيتش المصاب") unless the document attests it as a name (attested). A definite word on
        ـية is a feminine adjective ("أحمد التاريخية") unless the name is closed after it (closed: a nasab before, a
        title or punctuation after) and the language does not know it ("حمد بن علي العطية وزير الدولة")."""
        text = token.text
        if _TANWEEN.search(text) or not _LETTERS.match(normalize(text) or "?") or token._.clitic:
            return False
        norm = token.norm_
        return len(norm) > 2 and not self.is_stop(token) and norm not in self.role_words and not self.is_verb(norm) \
            and not self.object_verb(token) and not self.possessed_noun(token) and not self.accusative(token) \
            and not _pronoun_on(norm) and not _FUTURE_AFTER_PARTICLE.match(norm) \
            and (attested or not self.ordinary_noun(norm)) and not self.preposition_on_noun(norm) \
            and text[:1] != "-" and text[-1:] != "-" \
            and norm not in self.particles and not _ATTACHED_ARTICLE.match(norm) and not prepositional(token) \
            and not (norm.startswith("ال") and norm.endswith("يه") and not (closed and not self.language_word(norm))) \
            and not _definite_plural(norm) \
            and not self.plural_adjective(norm) and not self.derived_verbal_noun(norm)     # "أحمد التاريخية"

    def leading_non_name(self, tokens, after_title: bool = False) -> int:
        """How many words before a first name (or عبد, أبو) open no name: "حينذاك معمر القذافي" -> 1, but right
        after a title a word no list knows stays (unknown_first_name); a particle or a first name with a preposition
        on it opens one ("لعبد الحليم حافظ", "لمحمد سالم العتيبي"), but ب right after a title says where ("رئيسة
        النادي السعودي بيوجين ملاك المنيف"). A word before بن or آل is the name's first ("د. مفرج بن سعد", "فيصل
        المشاري آل سعود")."""
        openers = self.given | (self.particles - NASAB - {FAMILY})
        n = 0
        while len(tokens) - n > 2 and (prepositional(tokens[n]) and tokens[n].norm_ not in self.particles
                                       and not (tokens[n].norm_ in self.given and not (
                                           after_title and n == 0 and strip_marks(tokens[n].text)[:1] == "ب"))
                                       or tokens[n].norm_ not in self.given | self.particles
                                       and tokens[n + 1].norm_ in openers
                                       and not (after_title and n == 0 and self.unknown_first_name(tokens[n]))):
            n += 1
        return n

    def unknown_first_name(self, token: Token) -> bool:
        """A word before a first name that no list knows and the language does not write ("النائب شوان محمد طه"):
        a first name the lists lack, not a word that opens no name ("حينذاك معمر القذافي"), a particle (ولد, فان)
        or a word with a conjunction or preposition written onto it ("ومبايعة أيمن الظواهري")."""
        norm = token.norm_
        return not token._.clitic and not norm.startswith("ال") and len(norm) >= 3 and norm[:1] not in "وفبلك" \
            and norm not in self.particles | self.infixes and not self.language_word(norm) and self.can_be_name(token)

    def formula(self, tokens) -> bool:
        """Whether the words open with a formula of piety: a noun written with a preposition, then الله
        ("بحمد الله نتمتع", "بتوفيق الله وبجهوده"), which names nobody."""
        return len(tokens) >= 2 and prepositional(tokens[0]) and tokens[0].norm_ in self.formula_heads \
            and tokens[1].norm_ == "الله"

    def first_name_before(self, tokens: list[Token]) -> bool:
        """Whether tokens (the name so far) are exactly a first name: "جون", "عبد الباقي", "أبو بكر", and the
        compounds with الله and الدين ("نصر الله", "صلاح الدين")."""
        norms = [t.norm_ for t in tokens]
        return (len(norms) == 1 and norms[0] in self.given) or \
            (len(norms) == 2 and norms[0] in self.particles and norms[0] not in ("بن", "ابن", "بنت", "ال")) or \
            (len(norms) == 2 and norms[1] in COMPOUND_ENDS and norms[0] not in self.particles)


def _pronoun_on(norm: str) -> bool:
    """"مرانهما", "تهنئتها", "غضبهما", "أعمالهم": a pronoun of two, of a woman or of several written onto a noun or verb
    (never onto a word with the article: "الصليهم" is a family name)."""
    return not norm.startswith("ال") and (norm.endswith(("هما", "تهم", "تها")) or norm.endswith("هم") and len(norm) >= 5)


def _definite_plural(norm: str) -> bool:
    """"الاقتحامات", "الاستعدادات": a definite feminine plural of nine letters or more, which no family name is
    (السادات, الزيات, الشبانات are shorter); "الموقوفون", "المشاركون": a definite masculine plural of a participle
    in م- (السعدون, المامون, المرهون are shorter), and so its dual ("الموقوفان", "المصابان"; المرزوقي is no dual)."""
    return norm.startswith("ال") and (norm.endswith("ات") and len(norm) >= 9
                                      or norm.startswith("الم") and norm.endswith(("ون", "ان")) and len(norm) >= 8)


def _imperfects(stem: str, defective: bool = False) -> list[str]:
    """The imperfects (he-form) a past or imperative stem may have: هزم -> يهزم, امنح -> يمنح, and for a stem
    before ه (defective) اقصا -> يقصي (not before ني: بناني is a family name, not بنى + ني)."""
    forms = ["ي" + stem]
    if stem.startswith("ا"):
        forms.append("ي" + stem[1:])
    if defective and stem.endswith("ا"):
        forms.append("ي" + stem[1 if stem.startswith("ا") else 0:-1] + "ي")
    return forms


def bare_forms(norm: str, *suffixes: str) -> list[str]:
    """The word, without a conjunction written onto it, and without one of the suffixes (a noun's
    ta marbuta, written ت before a suffix, back as ه)."""
    forms = [norm] + ([norm[1:]] if norm[:1] in "وف" and len(norm) > 3 else [])
    for f in list(forms):
        for suffix in suffixes:
            if f.endswith(suffix) and len(f) - len(suffix) >= 3:
                stem = f[:-len(suffix)]
                forms += [stem, stem[:-1] + "ه"] if suffix != "ت" and stem.endswith("ت") else [stem]
    return forms


@lru_cache(maxsize=None)
def name_lexicon(common_words_file: str | None = None) -> NameLexicon:
    """The name lexicon from the language data, plus a common-word list (one word a line) if given."""
    names = lexicon.load("person_names")
    stop = lexicon.load("person_stoplist")
    roles = lexicon.load("roles")
    norm_set = lambda words: frozenset(normalize(w) for w in words)  # noqa: E731
    stop_words = [w for k, v in stop.items() if k != "_about" for w in v]
    role_words = {w for t in roles["titles"] for phrase in t["ar"] for w in normalize(phrase).split()}
    role_words |= {normalize(w) for w in roles["counterpart"] + roles["modifiers"]}
    role_words -= {normalize(w) for w in roles["name_words"]}
    given = norm_set(names["given"])
    name_data = given | norm_set(names["particles"]) | norm_set(names["infixes"]) | norm_set(names["ordinals"])
    common = {w for name in lexicon.data_files() if name not in lexicon.NAMING_FILES
              for s in lexicon.strings(_language_data(name)) for w in normalize(s).split()
              if len(w) > 1} - name_data
    if common_words_file:
        common |= set(Path(common_words_file).read_text(encoding="utf-8").split())
    corpus = json.loads(CORPUS_WORDS.read_text(encoding="utf-8")) if CORPUS_WORDS.exists() else {}
    return NameLexicon(
        given=given,
        particles=norm_set(names["particles"]),
        infixes=norm_set(names["infixes"]),
        ordinals=norm_set(names["ordinals"]),
        regnal_titles=norm_set(names["regnal_titles"]),
        formula_heads=norm_set(names["formula_heads"]),
        theophoric=norm_set(names["theophoric_heads"]),
        theophoric_written=frozenset(strip_marks(w) for w in names["theophoric_heads"]),
        stop=norm_set(stop_words),
        stop_written=frozenset(strip_marks(w) for w in stop_words),
        role_words=frozenset(role_words - given),
        common=frozenset(common),
        verbs=frozenset(corpus.get("verbs", ())),
        nouns=frozenset(corpus.get("nouns", ())),
        ordinary=frozenset(corpus.get("ordinary", ())),
        idiom_heads=norm_set(names["idiom_heads"]),
        idiom_tails=norm_set(names["idiom_tails"]),
    )


def _language_data(name: str):
    """A data file's content as words of the language: without its descriptions, nor the heads of compound names
    with الله (ضيف, خير are common words only if other data or the corpus say so: "حافظ ضيف الله")."""
    data = _without_about(lexicon.load(name))
    return {k: v for k, v in data.items() if k != "theophoric_heads"} if name == "person_names" else data


def _without_about(data):
    """A data file's content without its descriptions ("_about", "_about_…")."""
    return {k: v for k, v in data.items() if not k.startswith("_about")} if isinstance(data, dict) else data


def prepositional(token: Token) -> bool:
    """A word with a preposition written onto it (بإنهاء, لأجل, بالفيفا): alone, it is no name."""
    text = strip_marks(token.text)
    return bool(token._.clitic and text[:1] in "بلك") or text[:2] in ("بإ", "بأ", "لإ", "لأ", "كإ", "كأ")


def person_key(name: str) -> str:
    """"person:" + the normalised name, words joined by "_"."""
    return "person:" + "_".join(normalize(name).split())


def canonical_key(name: str) -> str:
    """The person key of a name: a well-known person's under their full name ("بوتين" -> person:فلاديمير_بوتين)."""
    known = known_person(name)
    return person_key(known["name"] if known is not None else name)


def name_text(span: Span) -> str:
    """The name as written, without attached particles in front, tatweel ("عـــادل" -> "عادل") and with single
    spaces; a ل written onto the article keeps the article's alif ("للسلطان قابوس" -> "السلطان قابوس", "للنعمان بن
    المنذر" -> "النعمان …"; no name opens with لل)."""
    first = span[0]
    text = span.text[first._.clitic:]
    if not first._.clitic and len(normalize(first.text)) >= 5:
        text = article_restored(text)
    return " ".join(text.replace(TATWEEL, "").split())


def split_conjunction(token: Token, lex: NameLexicon, evidence: set[str] = frozenset(), listed: bool = False) -> bool:
    """Read a leading "و" of a name's first word as the conjunction when something supports it.

    Support: the rest is a first name, starts with the article, appears as a
    word elsewhere in the document (evidence), or the name is an item of a
    list (listed). A name that itself starts with "و" (وليد, وائل) is a first
    name and stays whole. Sets token.norm_ and token._.clitic; True if split.
    """
    norm = token.norm_
    if token._.clitic or not norm.startswith("و") or len(norm) < 4 or norm in lex.given:
        return False
    rest = norm[1:]
    if not (listed or rest in lex.given or rest.startswith("ال") or rest in evidence):
        return False
    split_off_particle(token, rest)
    return True


def split_off_particle(token: Token, rest: str) -> None:
    """Read the token's first letter as a particle written onto the word rest: its norm is rest, and its clitic
    counts that letter and the marks on it."""
    token.norm_ = rest
    token._.clitic = 1 + next((i for i, ch in enumerate(token.text[1:]) if normalize(ch)), 0)


def register_person(span: Span, props: dict | None = None, key: str | None = None) -> str:
    """Key the PERSON span and record its Entity in doc._.entities; returns the key."""
    name = name_text(span)
    known = known_person(name)
    key = key or canonical_key(name)      # "بوتين" of "الرئيس بوتين": the well-known person under their full name
    registry = entities(span.doc)
    entity = registry.get(key)
    if entity is None:
        entity = registry[key] = {"key": key, "type": "Person", "name": name, "aliases": [], "name_en": None,
                                  "props": {}}
        if known is not None and key == person_key(known["name"]) and person_key(name) != key:
            entity["name"], entity["aliases"] = known["name"], [name]
    elif name != entity["name"] and name not in entity["aliases"]:
        entity["aliases"].append(name)
    for k, v in (props or {}).items():
        if v is not None:
            entity["props"].setdefault(k, v)
    if known is not None:                               # the English name, and what a bare title of theirs means
        entity["name_en"] = known["name_en"]
        entity["props"].update({k: v for k, v in (("nationality", known.get("state")),
                                                  ("organization", known.get("org"))) if v})
    elif not {"nationality", "organization"} & entity["props"].keys():
        entity["name_en"] = transliterate(max([entity["name"], name, *entity["aliases"]], key=lambda n: len(n.split())))
    span._.key = key
    return key


def set_entities(doc: Doc, spans: list[Span]) -> None:
    """Replace doc.ents by spans (non-overlapping, any order)."""
    doc.ents = sorted(spans, key=lambda s: s.start)


@lru_cache(maxsize=None)
def _person_spelling() -> tuple[frozenset[str], frozenset[str], dict[str, str], frozenset[str]]:
    """Given names, the words that join the next one (عبد, أبو …), letter folds and inner vowels."""
    data = lexicon.load("person_names")
    spelling = data["spelling"]
    joined = {normalize(w): normalize(spelling["joined"][w]) for w in spelling["joined"]}
    return (frozenset(normalize(w) for w in data["given"]), frozenset(joined), joined,
            frozenset(normalize(w) for w in spelling["inner_vowels"]))


@lru_cache(maxsize=None)
def _letter_folds() -> dict[int, str]:
    """The letters foreign names are spelt with either way (سيرغي/سيرجي), as a str.translate table."""
    spelling = lexicon.load("person_names")["spelling"]
    return str.maketrans({normalize(k): normalize(v) for k, v in spelling["letters"].items()})


def kunya_of_first_name(words: list[str]) -> bool:
    """"أبو محمد", "أبي داود": a kunya alone, father of a first name, which many men bear (not "أبو ثنين", a family
    name)."""
    return len(words) == 2 and words[0] in KUNYA and words[1] in _person_spelling()[0]


def name_form(words: list[str]) -> tuple[str, ...]:
    """A person's name reduced to what spelling does not change, for matching names of several documents:
    "عبد الفتاح" and "عبدالفتاح", "أبي بكر" and "أبو بكر", "سيرغي" and "سيرجي", "موسفيني" and
    "موسيفيني" have one form. Given names and words with the article keep their long vowels
    (سعيد is not سعد, السعيدي not السعدي)."""
    given, joiners, joined, vowels = _person_spelling()
    folds = _letter_folds()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in joiners and i + 1 < len(words):
            w, i = joined[w] + words[i + 1], i + 1
        elif w not in given and len(w) >= 5 and not w.startswith("ال"):
            w = w[0] + "".join(ch for ch in w[1:-1] if ch not in vowels) + w[-1]
        out.append(w.translate(folds))
        i += 1
    return tuple(out)


def spelt_with_vowels(first: list[str], second: list[str]) -> bool:
    """Whether two full names of as many words are one name spelt with and without long vowels in words of four
    letters or more, no article ("جوزف بلاتر" and "جوزيف بلاتر", "جون مكين" and "جون ماكين"): each word the same
    after the letter folds, or the other with vowels added. Not "علي"/"علوي", "مطر"/"ماطر" (a word of three
    letters), "عابد"/"عبيد" (neither is the other with a vowel added), nor two given names (سعد, سعيد)."""
    given, _, _, vowels = _person_spelling()
    folds = _letter_folds()

    def added(a: str, b: str) -> bool:      # b is a with some inner vowels added
        extra = _removed(a, b)
        return len(b) > len(a) and len(extra) == len(b) - len(a) and all(ch in vowels for ch in extra)

    if len(first) != len(second) or len(first) < 2:
        return False
    for a, b in zip(first, second):
        a, b = a.translate(folds), b.translate(folds)
        if a == b:
            continue
        if a in given and b in given or a.startswith("ال") or min(len(a), len(b)) < 4 \
                or not (added(a, b) or added(b, a)):
            return False
    return True


def vowel_skeleton(words: list[str]) -> tuple[str, ...]:
    """The words without their inner long vowels, after the letter folds: names that spelt_with_vowels may
    match share it (an index, so the matching needs no pairwise scan)."""
    _, _, _, vowels = _person_spelling()
    folds = _letter_folds()
    return tuple((w[0] + "".join(ch for ch in w[1:-1] if ch not in vowels) + w[-1] if len(w) > 2 else w).translate(folds)
                 for w in words)


def _removed(a: str, b: str) -> str:
    """The letters of b left over once a's letters are matched in order (as many as len(b) - len(a) exactly
    when a is a subsequence of b)."""
    out, i = [], 0
    for ch in b:
        if i < len(a) and a[i] == ch:
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def joined_words(words: list[str]) -> list[str]:
    """Normalised words with عبد/أبو joined to the next one as the spelling data says ("عبد العزيز" and
    "عبدالعزيز", "أبي ظبي" and "أبو ظبي" are one word)."""
    _, joiners, joined, _ = _person_spelling()
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in joiners and i + 1 < len(words):
            out.append(joined[words[i]] + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


@lru_cache(maxsize=None)
def _known_persons() -> dict[tuple[str, ...], dict]:
    """Name form of every spelling of a well-known person (extract/lang/persons.json) -> its entry;
    a form two persons share belongs to neither."""
    out: dict[tuple[str, ...], dict] = {}
    shared = set()
    for entry in lexicon.load("persons")["persons"].values():
        for name in (entry["name"], *entry["aliases"]):
            form = name_form(normalize(name).split())
            if form in out and out[form] is not entry:
                shared.add(form)
            out[form] = entry
    return {form: entry for form, entry in out.items() if form not in shared}


def known_person(name: str) -> dict | None:
    """The persons.json entry of a name ("الرئيس عبدالفتاح السيسي" is not one, "عبدالفتاح السيسي" is), also
    with the family written after the nasab ("محمد بن سلمان بن عبد العزيز آل سعود")."""
    words = normalize(name).split()
    known = _known_persons().get(name_form(words))
    if known is None and len(words) > 4 and words[-2] == FAMILY and any(w in NASAB for w in words):
        known = _known_persons().get(name_form(words[:-2]))
    return known
