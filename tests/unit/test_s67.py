"""Rules of the session of 7 December, late night, on sentences written for these tests."""
from event_mentions import dated_entities, dated_events, dated_modalities, dated_names, dated_pairs


# -- events ----------------------------------------------------------------------------

def test_talks_to_sign_a_player_are_not_attended_by_him(nlp):
    text = "وأعلنت إدارة نادي الاتحاد أمس وقف المفاوضات لضم الإسباني خوسيه مارتينيز بسبب مطالبه المالية."
    assert dated_pairs(nlp, text, "ATTENDED") == set()


def test_a_meeting_that_brought_two_ministers_together_is_attended_by_both(nlp):      # control
    text = "وعقد اللقاء الثنائي الذي جمع عادل الجبير وسيرغي لافروف في الدوحة أمس."
    assert {"عادل الجبير", "سيرغي لافروف"} <= {s for s, _ in dated_pairs(nlp, text, "ATTENDED")}


def test_a_tour_of_a_newspaper_in_brackets_is_its_reporting_no_event(nlp):
    text = "وفي جدة رصدت جولة (عكاظ) ازدحام الأسواق قبل العيد."
    assert dated_events(nlp, text) == []
    assert dated_names(nlp, text, "Organization") == {"صحيفة عكاظ"}


def test_today_in_brackets_is_no_newspaper(nlp):      # control
    text = "وتقام المباراة غدًا (اليوم) في الدمام."
    assert dated_names(nlp, text, "Organization") == set()


def test_the_general_coach_is_a_title_not_last_year(nlp):
    text = "وطلب رئيس النادي عقد اجتماع عاجل مع سامي الجابر مدير الكرة والمدرب العام السابق للفريق لبحث النتائج."
    assert dated_modalities(nlp, text, "ATTENDED") == {"planned"}


# -- names -----------------------------------------------------------------------------

def test_good_morals_is_an_idiom_not_a_name(nlp):
    text = "وعرف الفقيد بين جيرانه بحسن الأخلاق وطيب المعشر."
    assert dated_names(nlp, text, "Person") == set()


def test_a_first_name_before_a_definite_family_name_stays_a_name(nlp):      # control
    text = "وقال حسن العتيبي إن العمل مستمر."
    assert dated_names(nlp, text, "Person") == {"حسن العتيبي"}


def test_an_oil_field_or_concession_named_like_a_person_is_a_place(nlp):
    text = "وأعلنت الشركة كشفا جديدا في حقل أبو سعد البحري وفي امتياز أبو خليل الشمالي."
    assert dated_names(nlp, text, "Person") == set()


def test_sulphur_is_no_preposition_before_a_name(nlp):
    text = "ويحتوي الثوم على كبريت الأليل المفيد للقلب."
    assert dated_names(nlp, text, "Person") == set()


def test_the_party_of_the_deposed_is_a_description_no_name(nlp):
    text = "وقصفت الطائرات مواقع حزب المخلوع في صنعاء."
    assert "حزب المخلوع" not in dated_names(nlp, text, "Organization")


# -- dates and tense -------------------------------------------------------------------

def test_a_day_of_the_current_or_next_month_is_a_date(nlp):
    from athar.extract.dates import find_dates
    found = [(m.text, m.date, m.end_date) for m in find_dates("ويعقد المؤتمر في الـ 18 من الشهر الجاري، والمعرض من "
                                                              "الثالث وحتى الخامس من الشهر المقبل.", "2015-08-04")]
    assert found == [("18 من الشهر الجاري", "2015-08-18", None),
                     ("الثالث وحتى الخامس من الشهر المقبل", "2015-09-03", "2015-09-05")]


def test_a_number_of_the_months_is_no_day_of_it(nlp):      # control
    from athar.extract.dates import find_dates
    found = [(m.text, m.date) for m in find_dates("وارتفعت المبيعات بنسبة 14 من الشهر الماضي.", "2015-08-04")]
    assert found == [("الشهر الماضي", "2015-07")]


def test_talks_that_will_include_a_topic_are_to_come(nlp):
    text = "وأوضح بيان للخارجية أن مباحثات سامح شكري مع جون كيري ستتناول الأوضاع في ليبيا."
    assert dated_modalities(nlp, text, "ATTENDED") == {"planned"}


def test_an_exhibition_that_will_receive_visitors_is_running(nlp):      # control
    text = "وافتتح الأمير فيصل بن بندر اليوم معرض الرياض للكتاب في الرياض، وقال إن المعرض سيحظى بإقبال كبير."
    assert "planned" not in dated_modalities(nlp, text, "HELD_IN")


# -- distinct meetings -----------------------------------------------------------------

def test_two_meetings_of_one_man_in_one_city_on_one_day_stay_two(nlp):
    text = ("التقى الملك سلمان في الرياض أمس الرئيس محمود عباس. وجرى خلال اللقاء بحث المستجدات. "
            "من جهة أخرى التقى الملك سلمان في الرياض أمس رئيس الوزراء اللبناني تمام سلام.")
    assert len(dated_events(nlp, text)) == 2


def test_one_meeting_told_twice_with_a_name_spelt_two_ways_stays_one(nlp):      # control
    text = ("اجتمع وزير الدفاع الأمريكي آشتون كارتر في أربيل أمس مع مسعود البارزاني. "
            "وقال كارتر عقب اجتماعه مع مسعود بارزاني في أربيل أمس إن الدعم سيستمر.")
    assert len(dated_events(nlp, text)) == 1


def test_a_delegation_helped_before_another_clause_attends_nothing_of_it(nlp):
    text = "وقدمت الجمعية الدعم لبعثة المملكة حيث قامت الجمعية بالاجتماع مع ممثلي الأندية السعودية في مدينة شيكاغو."
    assert not any(s == "المملكة العربية السعودية" for s, _ in dated_pairs(nlp, text, "ATTENDED"))


def test_a_delegation_that_had_met_attends_its_meeting(nlp):      # control
    text = "وكشف أن وفد وزارة الصحة اليمنية كان قد التقى بوزير الصحة في الرياض في الخامس من مارس 2015."
    assert any(s == "وزارة الصحة اليمنية" for s, _ in dated_pairs(nlp, text, "ATTENDED"))


def test_a_meeting_with_all_the_representatives_of_a_group_is_named_with_the_group(nlp):
    text = "وعقدت اللجنة اجتماعا مع جميع ممثلي الأندية في جدة أمس."
    assert [e["name"] for e in dated_events(nlp, text)] == ["اجتماع مع جميع ممثلي الأندية في جدة"]


def test_whose_instruction_a_visit_was_meets_no_one_of_it(nlp):
    text = ("وزار وفد من الهيئة مقر النادي، وذلك بتوجيه من رئيس الهيئة الدكتور سامي العتيبي، والتقى خلال الزيارة "
            "بمدير النادي الأستاذ ماجد الحربي.")
    assert not any(s == "سامي العتيبي" for s, _ in dated_pairs(nlp, text, "ATTENDED"))


def test_a_subject_before_a_meeting_verb_meets(nlp):      # control
    text = "وكان وزير الخارجية عادل الجبير قد التقى في جدة أمس نظيره الروسي سيرغي لافروف."
    assert {"عادل الجبير", "سيرغي لافروف"} <= {s for s, _ in dated_pairs(nlp, text, "ATTENDED")}


def test_a_body_for_deciding_on_appeals_is_named_with_what_it_decides(nlp):
    text = "وقال رئيس لجنة الفصل في الطعون والمخالفات الانتخابية بمنطقة حائل إن اللجنة تلقت عشرة طعون."
    assert any(n.startswith("لجنة الفصل في الطعون والمخالفات الانتخابية") for n in dated_names(nlp, text, "Organization"))


# -- coaches and generals ---------------------------------------------------------------

def test_the_teams_manager_is_no_general(nlp):
    text = "والتقى الوفد بمدير الفريق الأول لكرة القدم الأستاذ سامي الخالدي."
    people = dated_entities(nlp, text, "Person")
    assert [p["name"] for p in people] == ["سامي الخالدي"]
    assert people[0]["props"].get("role_en") != "General"


def test_the_teams_coach_is_a_coach(nlp):
    text = "وقال مدرب الفريق البرتغالي ماركو سيلفا إن اللاعبين جاهزون."
    people = dated_entities(nlp, text, "Person")
    assert [(p["name"], p["props"].get("role_en")) for p in people] == [("ماركو سيلفا", "Coach")]


def test_a_general_stays_a_general(nlp):      # control
    text = "وأكد الفريق أول ركن عبدالله الشهري أن القوات جاهزة."
    assert any(p["props"].get("role_en") == "General" for p in dated_entities(nlp, text, "Person"))
