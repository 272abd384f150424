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


@pytest.mark.parametrize("text, person", [
    ("وقال بابا كامارا رئيس البلدية لوكالة الأنباء إن المسلحين هاجموا القرية.", "بابا كامارا"),
    ("وحضر اللقاء سفير مالي لدى المملكة بابا موسى، ومدير المراسم.", "بابا موسى"),
])
def test_baba_opens_a_name_whole(nlp, text, person):
    assert person in dated_names(nlp, text, "Person")


def test_the_pope_is_no_name_word(nlp):
    text = "وزار بابا الفاتيكان فرنسيس كوبا الأسبوع الماضي."
    assert not any("بابا" in n for n in dated_names(nlp, text, "Person"))


@pytest.mark.parametrize("text", [
    "ووقعت مجموعة علي بابا الصينية اتفاقا مع النادي لبيع منتجاته عبر الإنترنت.",
    "وقال الرئيس التنفيذي لشركة علي بابا إن المبيعات ارتفعت.",
])
def test_alibaba_is_a_company(nlp, text):
    assert "علي بابا" in dated_names(nlp, text, "Organization") and not dated_names(nlp, text, "Person") & {"علي بابا"}


@pytest.mark.parametrize("text, org", [
    ("وقدمت مؤسسة عبدالله بن سعيد الخيرية منحا دراسية للطلاب.", "مؤسسة عبدالله بن سعيد الخيرية"),
    ("ووقعت شركة النخبة المتحدة للمقاولات المحدودة عقدا مع البلدية.", "شركة النخبة المتحدة للمقاولات المحدودة"),
])
def test_charitable_and_limited_end_the_name(nlp, text, org):
    assert org in dated_names(nlp, text, "Organization")


@pytest.mark.parametrize("text, person, not_name", [
    ("وحذر أوباما المشرعين من رفض الاتفاق النووي.", "باراك أوباما", "المشرعين"),
    ("وطالب بوتين المستثمرين بالعودة إلى السوق الروسية.", "فلاديمير بوتين", "المستثمرين"),
])
def test_a_definite_noun_after_a_well_known_one_word_name_is_no_part_of_it(nlp, text, person, not_name):
    names = dated_names(nlp, text, "Person")
    assert person in names and not any(not_name in n for n in names)


@pytest.mark.parametrize("text, person", [
    ("وشارك في الاجتماع وزير المياه المصري حسن علام، والسوداني عثمان ميرغني، والإثيوبي تيسفاي جيبري.", "تيسفاي جيبري"),
    ("واستقبل الرئيس المصري عبد الفتاح السيسي، والكيني أوهورو كينياتا، الوفود.", "أوهورو كينياتا"),
])
def test_a_nationality_after_a_titled_person_opens_the_next_holder(nlp, text, person):
    assert person in dated_names(nlp, text, "Person")


def test_a_nationality_after_an_untitled_name_opens_nothing(nlp):
    text = "وتعاقد النادي مع إبراهيم الزواهرة، والكاميروني نجومو بابو."
    assert "نجومو بابو" not in dated_names(nlp, text, "Person")
