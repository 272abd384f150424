"""Properties of the whole extraction pipeline on arbitrary text (hypothesis).

Whatever the input, extraction neither crashes nor reports a failure, and every
offset in the output record points at the text it claims: sentences and mentions
are exact slices of the document, evidence spans lie inside their sentence.
"""
import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from athar.extract.model import Document
from athar.extract.pipeline import extract_documents

LANG = Path(__file__).parents[2] / "extract" / "lang"
ARABIC = re.compile(r"[\u0600-\u06FF]")


def lexicon_phrases() -> list[str]:
    """Short Arabic strings of the language data files, so that the matchers have something to find."""
    found: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            if ARABIC.search(value) and len(value.split()) <= 4:
                found.add(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for path in sorted(LANG.glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return sorted(found)


PHRASES = lexicon_phrases()
NOISE = st.text(alphabet=st.sampled_from(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة" "ًٌٍَُِّْـ" "٠١٢٣٤٥٦٧٨٩0123456789" " \n\t.,،؛:؟!\"'«»()-–/%$"
    "\u200c\u200d\u200f\u202e\ufeff"), max_size=12)
ARABIC_TEXT = st.lists(st.one_of(st.sampled_from(PHRASES), NOISE), max_size=40).map(" ".join)
ANY_TEXT = st.text(max_size=300)


def extract_one(nlp, text: str):
    problems = []
    records = list(extract_documents(nlp, [Document("h", text, date="2018-04-25")],
                                     on_problem=lambda doc, message: problems.append(message)))
    assert not problems, problems
    assert len(records) == 1
    return records[0]


def check_offsets(record, text: str) -> None:
    for s in record.sentences:
        assert text[s.start:s.end] == s.text
    for m in record.mentions:
        assert text[m.start:m.end] == m.text and m.start < m.end
        s = record.sentences[m.sentence]
        assert s.start <= m.start and m.end <= s.end
    keys = {e.key for e in record.entities}
    assert {m.entity for m in record.mentions} <= keys
    for f in record.facts:
        assert {f.subject, f.object} <= keys and f.evidence
        for ev in f.evidence:
            s = record.sentences[ev.sentence]
            assert ev.doc_id == "h" and s.start <= ev.start < ev.end <= s.end


COMMON = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@COMMON
@given(text=ANY_TEXT)
def test_any_unicode_text_is_extracted_with_exact_offsets(nlp, text):
    check_offsets(extract_one(nlp, text), text)


@COMMON
@given(text=ARABIC_TEXT)
def test_arabic_made_of_lexicon_phrases_and_noise_is_extracted_with_exact_offsets(nlp, text):
    check_offsets(extract_one(nlp, text), text)


def test_the_generator_reaches_the_matchers(nlp):
    text = " ".join(PHRASES[:: max(1, len(PHRASES) // 60)])
    record = extract_one(nlp, text)
    assert record.mentions
    check_offsets(record, text)
