"""Names, tested on sentences written for these tests: a one-word organisation name is not read from a word
whose hamza differs from the name's (writers drop hamzas, they do not add wrong ones)."""
import pytest

from event_mentions import dated_names


@pytest.mark.parametrize("text", [
    "اللهم اغفر لشهدائنا وأرنا قدرتك في الظالمين.",          # أرنا: show us, not IRNA (إرنا)
    "وأم خالد تنتظر عودة ابنها منذ شهرين.",                   # أم: mother, not WAM (وام)
])
def test_a_word_with_another_hamza_is_no_one_word_org(nlp, text):
    assert dated_names(nlp, text, "Organization") == set()


@pytest.mark.parametrize("text, org", [
    ("ونقلت إرنا عن المتحدث قوله إن الوفد سيصل غدا.", "وكالة الأنباء الإيرانية"),
    ("ونقلت ارنا عن المتحدث قوله إن الوفد سيصل غدا.", "وكالة الأنباء الإيرانية"),   # hamza dropped
    ("وذكرت وام أن الوفد وصل إلى الرياض.", "وكالة أنباء الإمارات"),
    ("وقال مصدر في أوبك إن الإنتاج سيرتفع.", "أوبك"),
])
def test_a_one_word_org_as_written_or_without_hamza(nlp, text, org):
    assert org in dated_names(nlp, text, "Organization")
