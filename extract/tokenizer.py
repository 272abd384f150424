"""Tokenizer rules spaCy's Arabic defaults lack, added to the athar pipeline's tokenizer; the lexeme attributes
computed for each new word.

spaCy splits final punctuation off a word only when a letter precedes it, and an
opening quote only at the start of a token. News text closes quotes and brackets
before the full stop ("… «حركة الشباب».", "(السعودية).") and attaches و/ب/ل/ف/ك
to an opening quote ("و«القاعدة»"), and scraped text often drops the space after
punctuation between two words ("أردوغان.وفي موازاة ذلك"، "الحربي،وعدد من"،
"الوزير:«نتابع"); without these rules the name and its punctuation are one token
and no gazetteer or matcher can see the name.
"""
import re

from spacy.attrs import LIKE_EMAIL, LIKE_URL, SHAPE
from spacy.lang.tokenizer_exceptions import URL_PATTERN
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

CLOSERS = r'»\)\]"”’\''
ARABIC = "\u0621-\u064a"      # the Arabic letters
LETTERS = "\u0621-\u063f\u0641-\u064a"     # the same without the tatweel, which follows a particle: "لـ«الشرق»"
# a full stop after a closing quote or bracket, or after an Arabic letter in a word with a diacritic ("الدخيّل."),
# which spaCy's own rule leaves on the word
EXTRA_SUFFIXES = [rf"(?<=[{CLOSERS}])[.،,؛:!?؟…]", rf"(?<=[{ARABIC}\u064b-\u0652])\."]
EXTRA_PREFIXES = [r"[وفبلك]ـ?(?=[«\"“(\[])",
                  rf"د\.(?=[{ARABIC}])"]          # "د.أسامة": the title's abbreviation, then the name
# punctuation written between two words without a space: a full stop after a word of four letters or more (not the
# letters of an acronym, "سي.إن.إن", nor a title's abbreviation, "ود.محمد"), a comma, colon or mark after any word,
# and a quote right after such a mark (either way round: some papers open with », "العزيز:»إن"); and two words
# written together after a letter that only ends a word (ة, ى: "يزيد بن معاويةقالت"); a quote or bracket written
# between two words with no space, either way round ("الموقوفين(يزيد", "«أوراق التوت»أضخم", "عنوان»عدم التطرف")
EXTRA_INFIXES = [rf"(?<=[{ARABIC}]{{4}})\.(?=[{ARABIC}]{{2}})",
                 rf"(?<=[{ARABIC}]{{3}}[\u064b-\u0652])\.(?=[{ARABIC}]{{2}})",    # "نسائياً.وعقدت": a case ending
                 rf"(?<=[{ARABIC}])[،؛:!؟](?=[{ARABIC}«»\"“”])",
                 rf"(?<=[،؛:!؟])[«»\"“”](?=[{ARABIC}])",
                 rf"(?<=[{ARABIC}][ةى])(?=[{ARABIC}]{{2}})",     # "معاويةقالت": ة and ى only end a word
                 rf"(?<=[{LETTERS}])[«»“”()\[\]](?=[{ARABIC}])"]   # "الفرنسية(آير فرانس)", "«أوراق التوت»أضخم"
# spaCy reads "أردوغان.وفي" as a web address (any letters make a host name): not when a word of four Arabic letters
# ends at the dot; acronyms ("سي.إن.إن") and "ود.محمد" stay one token, as before
URL_MATCH = re.compile(rf"(?u)(?!\S*[{ARABIC}]{{3}}[{ARABIC}\u064b-\u0652]\.[{ARABIC}]{{2}})" + URL_PATTERN).match
# spaCy caches the tokens of 10,000 distinct space-separated chunks; Arabic news, with its attached particles and
# pronouns, writes ten times as many in a few thousand articles, so the affix rules ran again on most words. A bigger
# cache costs a few hundred bytes a chunk (the lexemes are in the vocab anyway): tokenizing 2,000 articles twice
# took 3.5 + 2.5 s, now 2.6 + 1.0 s.
CACHED_CHUNKS = 500_000
# lexeme attributes spaCy computes for every new word and nothing in athar reads (nor the name model, whose
# features are NORM, PREFIX, SUFFIX and LEMMA); a news corpus brings a new word every few tokens
UNREAD_ATTRIBUTES = frozenset({SHAPE, LIKE_URL, LIKE_EMAIL})


def add_rules(nlp: Language) -> Language:
    """Extend the tokenizer of nlp with athar's prefix, suffix and infix rules (saved with nlp.to_disk) and its cache."""
    nlp.tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + EXTRA_PREFIXES).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes) + EXTRA_SUFFIXES).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + EXTRA_INFIXES).finditer
    nlp.tokenizer.url_match = URL_MATCH
    nlp.tokenizer.max_cache_size = CACHED_CHUNKS
    return nlp


def skip_unread_attributes(vocab) -> None:
    """Stop computing UNREAD_ATTRIBUTES for the new words of vocab (token.shape_ is then empty)."""
    vocab.lex_attr_getters = {attr: get for attr, get in vocab.lex_attr_getters.items() if attr not in UNREAD_ATTRIBUTES}
