"""Recall classes of the event relations, on sentences written for these tests: a subject that opens its clause
before an attendance verb ("وكانت الأردن قد شاركت في …"), a state's delegation named by its adjective ("وفد
تونسي"), the states and organisations whose own meeting it is ("في اجتماعهما"), the future of رأس ("سيرأس"),
a host after "في ضيافة"; and the places that are not where an event is held: the situation it is about
("التطورات في سوريا") and a place inside a title quoted with marks that open and close alike."""
import pytest


def facts(nlp, text: str, predicate: str) -> list[dict]:
    return [f for f in nlp(text)._.facts if f["predicate"] == predicate]


def keyed(nlp, text: str, predicate: str) -> dict[str, dict]:
    return {f["subject"]: f for f in facts(nlp, text, predicate)}


# --- a subject that opens its clause ---------------------------------------------------------------------------

def test_a_pluperfect_subject_attends(nlp):
    got = keyed(nlp, "وكانت الأردن قد شاركت في مؤتمر لندن للمانحين العام الماضي.", "ATTENDED")
    assert set(got) == {"JO"}
    assert got["JO"]["props"]["basis"] == "attend_verb_topic_subject"
    assert got["JO"]["confidence"] >= 0.5


def test_a_subject_after_a_complementizer_attends_and_is_reported(nlp):
    got = keyed(nlp, "وأعلن المتحدث أن الكويت ستشارك في مؤتمر جنيف للسلام.", "ATTENDED")
    assert set(got) == {"KW"}
    assert got["KW"]["props"]["basis"] == "attend_verb_topic_subject"


def test_a_name_that_does_not_open_the_clause_is_no_topic_subject(nlp):
    got = keyed(nlp, "وأعلنت مصر أن الوفد سيشارك في مؤتمر جنيف للسلام.", "ATTENDED")
    assert "EG" not in got or got["EG"]["props"]["basis"] != "attend_verb_topic_subject"


# --- a delegation named by its state's adjective ----------------------------------------------------------------

def test_a_delegation_with_a_state_adjective_makes_the_state_attend(nlp):
    assert set(keyed(nlp, "وشارك وفد تونسي رفيع في منتدى الدوحة الاقتصادي.", "ATTENDED")) == {"TN"}
    got = keyed(nlp, "وافتتح في الرباط معرض الكتاب الدولي بمشاركة وفود أردنية وكويتية.", "ATTENDED")
    assert {"JO", "KW"} <= set(got)


def test_an_adjective_of_a_title_or_of_experts_is_still_no_state(nlp):
    assert "DZ" not in keyed(nlp, "وانطلق في تونس منتدى الطاقة بمشاركة وزير الطاقة الجزائري.", "ATTENDED")
    assert "SA" not in keyed(nlp, "وانطلق في تونس منتدى الطاقة بمشاركة خبراء سعوديين.", "ATTENDED")


def test_a_feminine_adjective_after_a_state_in_a_list_is_the_state(nlp):
    got = keyed(nlp, "وشارك في اجتماع عمان كل من العراق والسعودية.", "ATTENDED")
    assert {"IQ", "SA"} <= set(got)


# --- a meeting of their own ------------------------------------------------------------------------------------

def test_organisations_whose_own_meeting_it_is_attend_it(nlp):
    got = keyed(nlp, "وأعربت جامعة الدول العربية والاتحاد الأفريقي في اجتماعهما المشترك بالقاهرة عن قلقهما.",
                "ATTENDED")
    assert len(got) == 2 and all(f["props"]["basis"] == "meeting_owners" for f in got.values())


def test_states_whose_plural_own_meeting_it_is_attend_it(nlp):
    got = keyed(nlp, "وأكد وزراء خارجية السعودية والإمارات والولايات المتحدة في اجتماعهم بالدوحة أمس دعم الحل السياسي.",
                "ATTENDED")
    assert set(got) == {"SA", "AE", "US"} and all(f["props"]["basis"] == "meeting_owners" for f in got.values())


def test_adjectives_of_the_owners_titles_are_no_states(nlp):
    got = keyed(nlp, "وبحث الرئيسان الليبي والتونسي في لقائهما بتونس سبل التعاون.", "ATTENDED")
    assert not {k for k, f in got.items() if f["props"]["basis"] == "meeting_owners"}


# --- chair and host ---------------------------------------------------------------------------------------------

def test_the_future_of_ra_asa_chairs(nlp):
    got = facts(nlp, "وسيرأس أمير الكويت الشيخ صباح الأحمد القمة الخليجية في الكويت.", "CHAIRED")
    assert got and got[0]["modality"] == "planned"


def test_a_host_after_fi_diyafa(nlp):
    got = keyed(nlp, "وعقد الاجتماع التشاوري لوزراء المياه في عمان في ضيافة الحكومة الأردنية.", "HOSTED")
    assert got.get("JO", {}).get("props", {}).get("basis") == "host_masdar_after_event"


def test_hospitality_thanked_for_hosts_nothing(nlp):
    got = keyed(nlp, "وشكر الوزير البحرين على حسن الضيافة خلال القمة الخليجية في المنامة.", "HOSTED")
    assert all(f["props"]["basis"] != "host_masdar_after_event" for f in got.values())


# --- places that are not where an event is held ------------------------------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("وحضر الأمير خالد الفيصل أمير منطقة مكة المكرمة مراسم افتتاح قناة السويس الجديدة أمس.", "SA"),
    ("وشارك مدير شرطة دبي اللواء خميس المزينة في المؤتمر الأمني العربي أمس.", "AE"),
])
def test_a_place_in_an_office_or_a_body_is_not_where_the_event_is(nlp, text, state):
    assert state not in [f["object"] for f in facts(nlp, text, "HELD_IN")]


def test_the_situation_an_event_discusses_is_not_its_place(nlp):
    assert not facts(nlp, "وتبحث القمة الخليجية التطورات الأخيرة في العراق.", "HELD_IN")
    assert not facts(nlp, "وأكدت المصادر أن مباحثات الغد ستتناول الأوضاع بليبيا.", "HELD_IN")
    got = facts(nlp, "وبدأت في القاهرة مباحثات حول الأزمة في ليبيا.", "HELD_IN")
    assert [f["object"] for f in got] == ["EG"]


def test_a_place_inside_a_title_quoted_with_like_marks_is_not_the_place(nlp):
    assert not facts(nlp, "وافتتح الوزير المعرض المصاحب للمنتدى ” معرض صنع في الأردن” .", "HELD_IN")
    got = facts(nlp, 'وافتتح الوزير معرض "صنع في المغرب" في باريس.', "HELD_IN")
    assert [f["object"] for f in got] == ["FR"]


def test_subjects_listed_after_the_event_by_kull_min(nlp):
    got = keyed(nlp, "وحضر حفل التوقيع في الرباط كل من وزير الخارجية المغربي صلاح الدين مزوار ونظيره الفرنسي "
                     "لوران فابيوس.", "ATTENDED")
    assert len(got) == 2 and all(f["props"]["basis"] == "attend_verb_postposed_each" for f in got.values())


def test_a_clause_joined_after_the_event_chairs_it_with_its_object_pronoun(nlp):
    got = facts(nlp, "وعقد في تونس أمس اجتماع وزراء العدل العرب، وترأسه وزير العدل التونسي محمد صالح بن عيسى.",
                "CHAIRED")
    assert len(got) == 1 and got[0]["props"]["basis"] == "chair_object_pronoun"
    assert not facts(nlp, "وعقد في تونس أمس اجتماع وزراء العدل العرب. وترأسه الوزير.", "CHAIRED")


# --- a partner named inside the name of talks ---------------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("وقالت المصادر إن المباحثات مع وفد الائتلاف الوطني السوري ستبدأ في موسكو غدا.", "org:syrian-national-coalition"),
    ("وعقد وزير المالية اجتماعا مع وفد من البنك الدولي في الرياض أمس.", "org:world-bank"),
])
def test_an_organisation_after_ma_in_the_name_of_talks_takes_part(nlp, text, org):
    got = keyed(nlp, text, "ATTENDED")
    assert org in got
    assert got[org]["props"]["basis"] == "talks_with"


def test_an_organisation_inside_the_name_of_a_summit_is_only_the_body_that_meets(nlp):
    got = facts(nlp, "وانطلقت في الرياض أمس أعمال قمة مجلس التعاون لدول الخليج العربية مع الولايات المتحدة.", "ATTENDED")
    assert {f["props"]["basis"] for f in got if f["subject"] == "org:gcc"} <= {"body"}


# --- representatives ---------------------------------------------------------------------------------------------

def test_states_whose_representatives_attend_take_part_but_a_represented_person_does_not(nlp):
    states = keyed(nlp, "وعقد في جنيف أمس اجتماع بحضور ممثلي إيران والولايات المتحدة.", "ATTENDED")
    assert set(states) == {"IR", "US"}
    person = keyed(nlp, "وقال الرئيس السوري بشار الأسد إن الاجتماع عقد في جنيف أمس بحضور ممثلي بشار الأسد.", "ATTENDED")
    assert "person:بشار_الاسد" not in person
