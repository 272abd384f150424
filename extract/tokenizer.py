"""Tokenizer rules spaCy's Arabic defaults lack, added to the athar pipeline's tokenizer.

spaCy splits final punctuation off a word only when a letter precedes it, and an
opening quote only at the start of a token. News text closes quotes and brackets
before the full stop ("… «حركة الشباب».", "(السعودية).") and attaches و/ب/ل/ف/ك
to an opening quote ("و«القاعدة»"); without these rules the name and its
punctuation are one token and no gazetteer or matcher can see the name.
"""
from spacy.language import Language
from spacy.util import compile_prefix_regex, compile_suffix_regex

CLOSERS = r'»\)\]"”’\''
# a full stop after a closing quote or bracket, or after an Arabic letter in a word with a diacritic ("الدخيّل."),
# which spaCy's own rule leaves on the word
EXTRA_SUFFIXES = [rf"(?<=[{CLOSERS}])[.،,؛:!?؟…]", "(?<=[\u0621-\u064a\u064b-\u0652])\\."]
EXTRA_PREFIXES = [r"[وفبلك]ـ?(?=[«\"“(\[])",
                  r"د\.(?=[\u0621-\u064a])"]          # "د.أسامة": the title's abbreviation, then the name


def add_rules(nlp: Language) -> Language:
    """Extend the tokenizer of nlp with athar's prefix and suffix rules (saved with nlp.to_disk)."""
    nlp.tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + EXTRA_PREFIXES).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes) + EXTRA_SUFFIXES).search
    return nlp
