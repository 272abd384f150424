"""Events, facts and names, tested on sentences written for these tests."""
import pytest

from event_mentions import dated_events, dated_modalities, dated_names, dated_pairs


# -- events -------------------------------------------------------------------

def test_a_quote_that_leaves_words_out_is_no_title(nlp):
    text = 'وقال المتحدث إن "الجولة الثالثة من المفاوضات ... ستعقد في مسقط خلال أيام".'
    assert [e["name"] for e in dated_events(nlp, text)] == ["الجولة الثالثة من المفاوضات"]


def test_a_long_quote_after_a_complementizer_is_what_was_said(nlp):
    text = 'وأكد الوزير أن "الاجتماع الذي دعونا إليه سيبحث قضايا المنطقة كلها مع الأشقاء".'
    assert [e["name"] for e in dated_events(nlp, text)] != [
        "الاجتماع الذي دعونا إليه سيبحث قضايا المنطقة كلها مع الأشقاء"]


def test_a_short_quoted_name_after_a_complementizer_is_still_its_name(nlp):
    text = 'وأكد المتحدث أن "مؤتمر المانحين" نجح في جمع التبرعات.'
    assert [e["name"] for e in dated_events(nlp, text)] == ["مؤتمر المانحين"]


def test_a_quoted_title_with_two_dots_is_still_a_title(nlp):
    text = 'ويشهد الملتقى دورتين الأولى بعنوان "الحوار.. طريق التفاهم"، والثانية عن الإعلام.'
    assert [e["name"] for e in dated_events(nlp, text)] == ["الحوار.. طريق التفاهم"]


def test_a_titled_subject_meets_whom_he_meets_with_after_time_and_place(nlp):
    text = ("اجتمع وزير الخارجية الأردني ناصر جودة، في مكتبه بعمان اليوم، مع المبعوث الأممي إلى "
            "الجمهورية الليبية برناردينو ليون.")
    assert dated_pairs(nlp, text, "ATTENDED") == {
        ("ناصر جودة", "اجتماع ناصر جودة وبرناردينو ليون"), ("برناردينو ليون", "اجتماع ناصر جودة وبرناردينو ليون")}


def test_a_transitive_meeting_verb_takes_its_object_after_the_subjects_titles(nlp):
    text = ("التقى صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر القائد الأعلى للقوات المسلحة في الدوحة "
            "أمس فخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية.")
    assert {p for p, _ in dated_pairs(nlp, text, "ATTENDED")} == {"تميم بن حمد آل ثاني", "رجب طيب أردوغان"}


def test_who_chairs_those_one_met_is_not_met(nlp):
    text = ("اجتمع محافظ المدينة سالم بن فهد العتيبي أمس، مع أعضاء لجنة السياحة بالمجلس البلدي برئاسة "
            "الدكتور ماجد عمر الزهراني.")
    assert dated_pairs(nlp, text, "ATTENDED") == set()


def test_a_meeting_told_after_its_report_is_that_meeting_not_a_conference_discussed(nlp):
    text = ("اجتمع معالي الأمين العام لجامعة الدول العربية الدكتور نبيل العربي، في مكتبه بمقر الأمانة العامة في "
            "القاهرة اليوم، مع المبعوث الأممي إلى الجمهورية الليبية برناردينو ليون. وتم خلال الاجتماع بحث مخرجات "
            "مؤتمر الحوار الوطني الليبي. وحضر الاجتماع رئيس بعثة الجامعة في ليبيا السفير خالد العمري.")
    attended = dated_pairs(nlp, text, "ATTENDED")
    assert ("خالد العمري", "اجتماع نبيل العربي وبرناردينو ليون") in attended
    assert not any(event.startswith("مؤتمر") for _, event in attended)


def test_the_post_in_an_attendees_title_is_not_where_the_meeting_is(nlp):
    text = "عقد الوزيران اجتماعا موسعا أمس. وحضر الاجتماع العميد سعد المطيري الملحق العسكري السعودي في واشنطن."
    assert dated_pairs(nlp, text, "HELD_IN") == set()


# -- facts --------------------------------------------------------------------

def test_a_state_gone_to_with_another_is_no_member(nlp):
    text = "وغادر الشاب إلى الأردن ثم العراق قبل أن ينضم إلى «جبهة النصرة»."
    assert dated_pairs(nlp, text, "MEMBER_OF") == set()


def test_a_partner_of_the_giver_does_not_give(nlp):
    text = ("وعمل المركز بالتنسيق مع الحكومة السودانية وبإشراف مباشر من إدارته وقد خصص مبالغ "
            "لمنظمة اليونيسف.")
    assert dated_pairs(nlp, text, "FUNDED") == set()


def test_a_giver_with_a_partner_still_gives(nlp):
    text = "وقدمت الكويت بالتعاون مع قطر مساعدات بقيمة 20 مليون دولار لليمن."
    assert ("الكويت", "اليمن") in dated_pairs(nlp, text, "FUNDED")


def test_the_body_in_an_attendees_title_does_not_attend_the_next_meeting(nlp):
    text = ("التقى الأمير سعود بن نايف في الدمام أمس الرئيس التونسي الباجي قائد السبسي. "
            "حضر اللقاء وزير الدولة عضو مجلس الوزراء الدكتور مطلب النفيسة. "
            "كما حضر الاجتماع عدد من المسؤولين.")
    assert not any(s == "مجلس الوزراء" for s, _ in dated_pairs(nlp, text, "ATTENDED"))


def test_a_preferred_loan_is_no_loan_given(nlp):
    text = "ويفضل صندوق النقد الدولي منح قرض عاجل لليونان قبل الاتفاق."
    assert dated_modalities(nlp, text, "FUNDED") == {"planned"}


def test_a_gracious_gift_is_still_given(nlp):
    text = "وتفضلت الكويت بتقديم 10 ملايين دولار لليمن."
    assert dated_modalities(nlp, text, "FUNDED") == {"asserted"}


def test_an_impersonal_listing_has_no_lister_before_it(nlp):
    text = ("وسالم العتيبي الذي اتهم بقضايا إرهابية عدة في العراق وخارجها كان يرتبط ومجموعة إسلامية عراقية لها "
            "ميول متطرفة، وتم إدراج اسم العتيبي على قائمة المطلوبين.")
    assert dated_pairs(nlp, text, "SANCTIONED") == set()


def test_care_is_no_patronage(nlp):
    text = ("وبدأ الحفل الخطابي بتلاوة آيات من القرآن الكريم، ثم ألقى سعد المالكي كلمة لافتا إلى أن فوز مدينة "
            "الطائف بالجائزة جاء نتيجة جهد ورعاية الأمير خالد الفيصل.")
    assert dated_pairs(nlp, text, "ORGANIZED") == set()


def test_support_and_patronage_is_patronage(nlp):
    text = "ويقام المؤتمر الدولي الثالث للاستثمار بدعم ورعاية الأمير خالد الفيصل."
    assert dated_pairs(nlp, text, "ORGANIZED") == {("خالد الفيصل", "المؤتمر الدولي الثالث للاستثمار")}


def test_who_attends_a_celebration_does_not_attend_what_it_celebrates(nlp):
    text = ("كما احتفل المكتب الثقافي المصري بالرياض بافتتاح قناة السويس الجديدة في أجواء كرنفالية وحضور حافل من "
            "الجالية المصرية. وحضر الحفل العميد محمد أبوبكر ملحق الدفاع.")
    assert dated_pairs(nlp, text, "ATTENDED") == set()


def test_who_attends_an_opening_ceremony_attends_it(nlp):
    text = "وأقامت السفارة حفل افتتاح المركز الثقافي الجديد في الرياض. وحضر الحفل العميد محمد أبوبكر."
    assert dated_pairs(nlp, text, "ATTENDED") == {("محمد أبوبكر", "حفل افتتاح المركز الثقافي الجديد في الرياض")}


# -- names and titles ---------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("وحضر الحفل العقيد سالم الحربي الملحق العسكري السعودي في القاهرة.", "سالم الحربي"),
    ("والتقى الوفد بالعميد عمر يوسف ملحق الدفاع بالسفارة.", "عمر يوسف"),
])
def test_an_attache_is_a_title_not_a_family_name(nlp, text, person):
    assert dated_names(nlp, text, "Person") == {person}


def test_an_attache_is_of_his_state(nlp):
    text = "وقال الملحق الثقافي السعودي في لندن الدكتور فهد الزهراني إن الطلاب بخير."
    assert ("فهد الزهراني", "المملكة العربية السعودية") in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_complementizer_ends_a_committee_read_from_a_common_noun(nlp):
    text = "وأوضح أن النتائج مطمئنة للجنة وأن التصويت سيجري في موعده."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_verb_of_mourning_is_no_first_name(nlp):
    text = "الوسط الرياضي نعى الشمري بكلمات مؤثرة عبر مواقع التواصل."
    assert not any(name.startswith("نعى") for name in dated_names(nlp, text, "Person"))


def test_a_secretary_of_a_council_is_no_part_of_his_name(nlp):
    text = "وقال سالم آل زيد أمين مجلس شباب المنطقة إن البرامج متنوعة."
    assert dated_names(nlp, text, "Person") == {"سالم آل زيد"}


def test_a_first_name_amin_is_still_a_name(nlp):
    text = "وقال محمد أمين إن القرار صائب."
    assert dated_names(nlp, text, "Person") == {"محمد أمين"}


def test_van_is_still_part_of_a_dutch_name(nlp):
    text = "وصدم المدرب الهولندي لويس فان غال أنصار ناديه."
    assert dated_names(nlp, text, "Person") == {"لويس فان غال"}


def test_a_team_camp_in_a_country_is_no_rank_of_that_country(nlp):
    text = "وكرم المشرف على معسكر الفريق بإسبانيا خالد العنزي اللاعبين المتميزين."
    assert ("خالد العنزي", "إسبانيا") not in dated_pairs(nlp, text, "AFFILIATED_WITH")


@pytest.mark.parametrize("text", [
    'إن الحلقة الثانية من برنامج "المسافر" جعلتني أتساءل: ما هذا الخوف من كل جديد؟',
    "إن الحلقة الأخيرة جعلتني أتفاءل كثيرا بالمستقبل.",
])
def test_a_past_verb_with_me_is_no_name(nlp, text):
    assert dated_names(nlp, text, "Person") == set()


def test_a_function_word_with_you_is_no_family_name(nlp):
    text = "وقلت له بصوت عال: إذا لم تحضر غدا نجيب غيرك."
    assert dated_names(nlp, text, "Person") == set()


def test_a_foreign_family_name_ending_like_a_pronoun_is_kept(nlp):
    text = "وقالت ماريان ليك المديرة المالية للبنك إن الأرباح ارتفعت."
    assert dated_names(nlp, text, "Person") == {"ماريان ليك"}


def test_a_woman_scientist_is_a_title_after_her_name(nlp):
    text = "وتقول ليندا كاي العالمة في جامعة ستانفورد إن النتائج مهمة."
    assert dated_names(nlp, text, "Person") == {"ليندا كاي"}


def test_a_denied_charge_of_giving_support_is_no_funding(nlp):
    text = "ونفى وزير الخارجية الإيراني اتهامات لبلاده بتقديم أسلحة وأموال لجماعة الحوثي."
    assert dated_pairs(nlp, text, "FUNDED") == set()


def test_a_charge_of_giving_support_is_reported_funding(nlp):
    text = "واتهمت الحكومة العراقية إيران بتقديم دعم لعناصر تنظيم داعش."
    assert dated_modalities(nlp, text, "FUNDED") == {"reported"}


@pytest.mark.parametrize("text", [
    "على أن يواجه الفريق بعد أيام فريق قاسم باشا التركي في مباراة ودية.",
    "وخسر الفريق أمام فريق سانتوس البرازيلي بهدفين.",
])
def test_a_team_named_before_its_states_adjective_is_no_person(nlp, text):
    assert dated_names(nlp, text, "Person") == set()


def test_a_coach_after_the_team_is_still_a_person(nlp):
    text = "وقال مدرب الفريق جوزيه مورينيو البرتغالي إن الفوز مهم."
    assert dated_names(nlp, text, "Person") == {"جوزيه مورينيو"}


def test_fan_after_a_fronted_phrase_is_the_conjunction(nlp):
    text = "وبحسب الادعاء الأمريكي، فان جونسون وشركته دفعا ملايين الدولارات للحصول على الحقوق."
    assert not any(name.startswith("فان") for name in dated_names(nlp, text, "Person"))


def test_van_after_a_comma_with_no_fronted_phrase_is_still_a_name(nlp):
    text = "وقال المدرب الهولندي، فان غال إن الفريق جاهز."
    assert dated_names(nlp, text, "Person") == {"فان غال"}
