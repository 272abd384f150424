"""Attendance recall classes of athar_relations (issues 13 and 14) on sentences written for these tests."""
import pytest


def attended(nlp, text: str) -> dict[str, dict]:
    """ATTENDED facts by the subject's name (or key), with their basis and modality."""
    doc = nlp(text)
    names = {e._.key: e.text for e in doc.ents}
    return {names.get(f["subject"], f["subject"]): f for f in doc._.facts if f["predicate"] == "ATTENDED"}


# --- a speaker: when and where the speech was made -------------------------------------------------

def test_a_sentence_opening_with_khilal_the_event_places_the_speaker_at_it(nlp):
    got = attended(nlp, "وخلال قمة مجموعة العشرين في أنطاليا، قال الرئيس الإندونيسي جوكو ويدودو إن الاقتصاد يتعافى.")
    assert got["جوكو ويدودو"]["props"]["basis"] == "speaker_during_event"


def test_amama_the_event_between_the_speaker_and_what_he_says(nlp):
    got = attended(nlp, "وقال وزير الزراعة الكيني بيتر مونيا أمام المؤتمر الدولي للأغذية في روما إن الجفاف يهدد المحاصيل.")
    assert got["بيتر مونيا"]["props"]["basis"] == "speaker_during_event"


def test_an_event_inside_what_the_speaker_says_is_not_where_he_spoke(nlp):
    got = attended(nlp, "وقال وزير الخارجية الأردني ناصر جودة إن الملف سيطرح خلال القمة العربية المقبلة في الرياض.")
    assert not got


# --- the parties of talks -----------------------------------------------------------------------------

def test_named_persons_between_whom_talks_are_held_attend_them(nlp):
    got = attended(nlp, "انتهت في أنقرة أمس المحادثات بين الرئيس التركي رجب طيب أردوغان ونظيره الإيراني حسن روحاني.")
    assert {"رجب طيب أردوغان", "حسن روحاني"} <= set(got)
    assert all(f["props"]["basis"] == "talks_between_persons" for f in got.values())


def test_parties_that_are_no_persons_keep_the_general_basis(nlp):
    got = attended(nlp, "انتهت في جنيف أمس المفاوضات بين الحكومة اليمنية وحركة أنصار الله.")
    assert not any(f["props"]["basis"] == "talks_between_persons" for f in got.values())


# --- who travels to attend ----------------------------------------------------------------------------

def test_the_subject_of_a_verb_of_travel_whose_purpose_is_the_event_attends_it(nlp):
    got = attended(nlp, "وصل وزير الخارجية الأردني ناصر جودة إلى باريس أمس للمشاركة في مؤتمر باريس للمناخ.")
    assert got["ناصر جودة"]["props"]["basis"] == "travel_to_attend"
    assert got["ناصر جودة"]["modality"] == "asserted"


def test_a_relative_clause_of_travel_in_the_present_is_planned(nlp):
    got = attended(nlp, "والتقى المتحدث الرئيس الكيني أوهورو كينياتا الذي يصل إلى الرياض اليوم لحضور القمة العربية الأفريقية.")
    assert got["أوهورو كينياتا"]["modality"] == "planned"


def test_the_destination_of_travel_does_not_attend(nlp):
    got = attended(nlp, "وفي يوم السبت غادر إلى المملكة المغربية للمشاركة في مؤتمر القمة الأفريقية في دورته الثالثة.")
    assert not any(f["subject"] == "MA" for f in got.values())


def test_whom_someone_invites_to_take_part_is_no_traveller(nlp):
    got = attended(nlp, "دعا العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس للمشاركة في القمة العربية.")
    assert not got


# --- the head of a delegation -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وشارك وفد مصر برئاسة وزير الخارجية سامح شكري في الاجتماع الوزاري العربي بالقاهرة.",
    "وعقد في الرياض أمس الاجتماع الوزاري الخليجي بمشاركة وفد كويتي برئاسة وزير الخارجية صباح الخالد.",
    "وأعلنت الحكومة أن وفدا برئاسة وزير الخارجية رياض المالكي يشارك غدا في الاجتماع الوزاري العربي في القاهرة.",
])
def test_the_head_of_a_delegation_that_attends_attends(nlp, text):
    got = attended(nlp, text)
    assert any(f["props"]["basis"] == "delegation_head" for f in got.values()), got


def test_the_head_of_a_delegation_is_no_chair(nlp):
    doc = nlp("وشارك وفد مصر برئاسة وزير الخارجية سامح شكري في الاجتماع الوزاري العربي بالقاهرة.")
    assert not any(f["predicate"] == "CHAIRED" for f in doc._.facts)


def test_a_delegation_received_on_a_visit_attends_no_event(nlp):
    got = attended(nlp, "واستقبل الأمير في مكتبه وفدا من الجمعية برئاسة عبد الرحمن الهذلول.")
    assert not got


# --- the two persons a meeting joins ------------------------------------------------------------------

def test_both_persons_a_meeting_verb_joins_attend_their_meeting(nlp):
    got = attended(nlp, "والتقى وزير الدفاع البريطاني مايكل فالون نظيره العراقي خالد العبيدي في بغداد أمس.")
    assert {"مايكل فالون", "خالد العبيدي"} <= set(got)
    assert all(f["props"]["basis"] == "meeting_parties" for f in got.values())


def test_a_meeting_in_the_present_with_tomorrow_is_planned(nlp):
    got = attended(nlp, "ويلتقي الرئيس الأميركي باراك أوباما نظيره الروسي فلاديمير بوتين غدا في باريس.")
    assert got and all(f["modality"] == "planned" for f in got.values())


def test_the_owner_of_a_possessed_meeting_only_as_the_first_person_of_the_clause(nlp):
    got = attended(nlp, "وأشاد الرئيس عبد الفتاح السيسي بجهود الرئيس الفرنسي فرانسوا هولاند خلال لقائه "
                        "وزير الخارجية عادل الجبير.")
    assert "عادل الجبير" in got and "فرانسوا هولاند" not in got


def test_a_meeting_that_did_not_take_place_has_no_attendees(nlp):
    assert not attended(nlp, "ولم يلتق الرئيس الأميركي باراك أوباما نظيره الروسي فلاديمير بوتين في باريس.")


# --- whom talks are held with -------------------------------------------------------------------------

def test_a_person_after_maa_in_the_name_of_talks_took_part_in_them(nlp):
    got = attended(nlp, "وقال الجبير في مؤتمر صحفي بعد محادثات مع نظيره الروسي سيرغي لافروف إن الحل سياسي.")
    assert got["سيرغي لافروف"]["props"]["basis"] == "talks_with"


def test_a_state_after_maa_in_talks_is_a_policy_not_a_party(nlp):
    got = attended(nlp, "ورفضت الحكومة العراقية أي مفاوضات مع إيران حول المياه.")
    assert not any(f["props"]["basis"] == "talks_with" for f in got.values())


def test_talks_a_future_verb_of_holding_governs_are_planned(nlp):
    got = attended(nlp, "وأضاف المبعوث الأممي أنه سيجري لقاءات مع الرئيس اليمني عبد ربه منصور هادي في الرياض.")
    assert got["عبد ربه منصور هادي"]["modality"] == "planned"


# --- a list of attendees continued by a description --------------------------------------------------

def test_states_named_after_a_description_continuing_a_list_of_representatives_attend(nlp):
    doc = nlp("عقد في موسكو أمس الاجتماع الدولي لرؤساء أجهزة الأمن. وحضر الاجتماع ممثلون عن مكتب التحقيقات "
              "الفيدرالي الأميركي، وعن الأجهزة الأمنية الخاصة في ألمانيا وفرنسا والهند.")
    got = {f["subject"] for f in doc._.facts if f["predicate"] == "ATTENDED"}
    assert {"DE", "FR", "IN"} <= got


def test_a_description_that_names_a_place_of_its_own_adds_no_state(nlp):
    doc = nlp("عقد في موسكو أمس الاجتماع الدولي لرؤساء أجهزة الأمن. وحضر الاجتماع ممثلون عن مكتب التحقيقات "
              "الفيدرالي الأميركي، ومن المسؤولين العاملين في دبي.")
    assert not any(f["predicate"] == "ATTENDED" and f["subject"] == "AE" for f in doc._.facts)


# --- a count of actors, then those of them the text names ---------------------------------------------

@pytest.mark.parametrize("text, states", [
    ("انطلق في الرياض أمس مؤتمر دولي لمكافحة الإرهاب بمشاركة 20 دولة من بينها مصر والأردن وتونس.", {"EG", "JO", "TN"}),
    ("وشارك في الاجتماع الوزاري بالقاهرة 12 دولة، بينها السودان والأردن.", {"SD", "JO"}),
    ("وأشار المتحدث إلى التحاق دولتين أفريقيتين، من بينها ليبيا، بالاجتماع التأسيسي للصندوق في الدار البيضاء.", {"LY"}),
])
def test_the_named_ones_among_a_count_of_attending_states_attend(nlp, text, states):
    doc = nlp(text)
    got = {f["subject"] for f in doc._.facts if f["predicate"] == "ATTENDED" and f["props"]["basis"] == "attend_among"}
    assert states <= got


def test_the_countries_participants_come_from_did_not_attend(nlp):
    doc = nlp("وعرض الطلاب مشاريعهم خلال لقاء ضم الطلاب المشاركين في البرنامج من عدة دول منها اليابان والصين.")
    assert not any(f["predicate"] == "ATTENDED" and f["subject"] in ("JP", "CN") for f in doc._.facts)
