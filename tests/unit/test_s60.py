"""Events, facts and names, tested on sentences written for these tests (second file of the kind)."""
from event_mentions import dated_entities, dated_events, dated_names, dated_pairs


# -- events -------------------------------------------------------------------

def test_a_meeting_with_a_quoted_newspaper_is_its_interview(nlp):
    text = 'وقد ناشد والد المعتقل في آخر لقاء مع "سبق" سماع صوت ابنه.'
    assert [e["name"] for e in dated_events(nlp, text)] == []


def test_a_meeting_with_a_newspapers_delegation_is_a_meeting(nlp):      # control
    text = "وعقد الوزير لقاء مع وفد صحيفة الرياض في مكتبه بجدة."
    assert len(dated_events(nlp, text)) == 1


# -- facts --------------------------------------------------------------------

def test_the_one_talks_are_held_with_does_not_hold_them(nlp):
    text = "وتأتي تصريحات الوزير عشية مباحثات يعقدها مع نظيره الروسي سيرغي لافروف في موسكو اليوم."
    assert dated_pairs(nlp, text, "ORGANIZED") == set()


# -- names --------------------------------------------------------------------

def test_a_committee_of_a_gathering_named_by_its_kind_alone_is_described(nlp):
    text = "وأعلنت اللجنة التنفيذية للمهرجان والهيئة الاستشارية للمؤتمر جدول الفعاليات."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_committee_of_a_gathering_with_a_name_of_its_own_is_named(nlp):      # control
    text = "وأعلنت اللجنة العليا للمهرجان الوطني للتراث والثقافة جدول الفعاليات."
    assert dated_names(nlp, text, "Organization") == {"اللجنة العليا للمهرجان الوطني للتراث والثقافة"}


def test_a_party_called_a_congress_is_no_gathering(nlp):      # control
    text = "وأصدر المكتب السياسي للمؤتمر الشعبي العام بيانا."
    assert "المكتب السياسي للمؤتمر الشعبي العام" in dated_names(nlp, text, "Organization")


def test_a_plural_of_institutions_after_a_ministry_is_other_bodies(nlp):
    text = "وأعلنت وزارة العمل والأمانات عن القرار الجديد."
    assert dated_names(nlp, text, "Organization") == {"وزارة العمل"}


def test_a_broken_plural_on_alif_maqsura_is_no_adjective_of_the_name(nlp):
    text = "وتلقت وزارة الشؤون البلدية والقروية الشكاوى من السكان."
    assert dated_names(nlp, text, "Organization") == {"وزارة الشؤون البلدية والقروية"}


def test_a_quoted_head_and_an_indefinite_nisba_is_a_description(nlp):
    text = 'وطالب المحامون بإنشاء "هيئة وطنية للمحامين" في البلاد.'
    assert dated_names(nlp, text, "Organization") == set()


def test_a_quoted_head_and_a_verbal_noun_in_iya_is_a_name(nlp):      # control
    text = 'ووافقت الوزارة على تأسيس "جمعية رعاية الأيتام" في المدينة.'
    assert dated_names(nlp, text, "Organization") == {"جمعية رعاية الأيتام"}


def test_two_bodies_coordinated_inside_quotes_are_two(nlp):
    text = "وأوضح أن الجهات التشريعية «مجلس الشورى وهيئة الخبراء» درست المقترحات."
    assert dated_names(nlp, text, "Organization") == {"مجلس الشورى", "هيئة الخبراء"}


def test_what_a_newspaper_is_and_its_states_adjective_describe_it(nlp):
    text = "وذكرت صحيفة الجزيرة اليومية وصحيفة الماركا الإسبانية أن اللاعب انتقل."
    assert dated_names(nlp, text, "Organization") == {"صحيفة الجزيرة", "صحيفة الماركا"}


def test_a_size_or_weight_adjective_after_a_complement_is_the_names(nlp):
    text = "وحصلت شركة هيونداي الكورية للصناعات الثقيلة على العقد."
    assert dated_names(nlp, text, "Organization") == {"شركة هيونداي الكورية للصناعات الثقيلة"}


def test_a_box_of_food_is_no_fund(nlp):
    text = "واختار صندوق الطعام الذي يحتوي على السباجيتي."
    assert dated_names(nlp, text, "Organization") == set()


def test_the_royal_commission_is_named_by_its_branch_too(nlp):
    text = "وقال مدير الهيئة الملكية بينبع إن المشروع اكتمل."
    assert dated_names(nlp, text, "Organization") == {"الهيئة الملكية للجبيل وينبع"}


def test_a_demonym_spelt_without_its_waw_is_the_states(nlp):
    text = "وأشار إلى أهمية وجود مدرب الحراس الكولمبي هيجيتا مع الفريق."
    assert "الكولمبي هيجيتا" not in dated_names(nlp, text, "Person")
    assert dated_names(nlp, text, "State") == {"كولومبيا"}


def test_a_noun_and_its_adjective_after_a_verb_are_no_speaker(nlp):
    text = "ويسهم تلقي الطعم اللذيذ، مع الماء، في تغذية الجسم."
    assert dated_names(nlp, text, "Person") == set()


def test_a_recognised_name_after_the_nationality_opening_it_is_kept(nlp):
    text = "ومنهم مدرب الحراس الكولومبي رينيه هيجيتا، ومترجم الفريق."
    assert dated_names(nlp, text, "Person") == {"رينيه هيجيتا"}


def test_a_family_name_without_the_article_closes_a_nasab_before_that(nlp):
    text = "وقال طارق بن محمد عناية إن الفريق جاهز."
    assert dated_names(nlp, text, "Person") == {"طارق بن محمد عناية"}


def test_a_family_name_without_the_article_closes_two_first_names_before_a_comma(nlp):
    text = "وقال خالد عبدالمعطي خليف، المدرب الوطني، إن الفريق جاهز."
    assert dated_names(nlp, text, "Person") == {"خالد عبدالمعطي خليف"}


def test_a_noun_after_a_nasab_before_a_title_is_the_verbs_object(nlp):      # control
    text = "ونقل الأمير محمد بن سلمان دعوة الملك للرئيس."
    assert dated_names(nlp, text, "Person") == {"محمد بن سلمان"}


def test_a_frequent_noun_after_a_nasab_and_before_and_is_the_verbs_object(nlp):      # control
    text = "وقدم فيصل بن خالد تعازي ومواساة للأسرة."
    assert dated_names(nlp, text, "Person") == {"فيصل بن خالد"}


def test_a_compass_point_after_a_nasab_is_no_family_name(nlp):      # control
    text = "ووقع الحادث على طريق الخرج مع طريق الأمير محمد بن عبدالرحمن شرق."
    assert not any("شرق" in name for name in dated_names(nlp, text, "Person"))


def test_insurance_takes_its_object_with_ala_in_a_bodys_name(nlp):
    text = "وقالت مؤسسة التأمين على الودائع الكورية إن الأمر انتهى."
    assert dated_names(nlp, text, "Organization") == {"مؤسسة التأمين على الودائع الكورية"}


def test_a_feminine_title_nisba_after_a_bodys_name_is_its_adjective(nlp):
    text = "وأصدرت مؤسسة اليمامة الصحفية العدد الجديد من المجلة."
    assert dated_names(nlp, text, "Organization") == {"مؤسسة اليمامة الصحفية"}


def test_the_same_word_before_a_first_name_is_a_journalists_title(nlp):      # control
    text = "وقالت وكالة الأنباء الصحفية سارة العتيبي إن الأمر انتهى."
    assert dated_names(nlp, text, "Person") == {"سارة العتيبي"}


def test_an_idiom_after_the_preposition_of_a_complement_is_no_object(nlp):      # control
    text = "وجاءت شركة التعاونية للتأمين على رأس قائمة الأسهم المرتفعة."
    assert dated_names(nlp, text, "Organization") == {"شركة التعاونية للتأمين"}


def test_a_first_name_no_list_knows_between_a_title_and_a_foreign_name_is_its_first(nlp):
    text = "وزار السفير الأسترالي لدى المملكة الدكتور رالف بيتر كينج، الشركة السعودية للكهرباء بالرياض."
    assert dated_names(nlp, text, "Person") == {"رالف بيتر كينج"}


def test_an_adverb_between_a_title_and_a_name_is_no_first_name(nlp):      # control
    text = "وقال الرئيس حينذاك جورج بوش إن الأمر مهم."
    assert dated_names(nlp, text, "Person") == {"جورج بوش"}


def test_a_nasab_goes_on_over_a_third_father(nlp):
    text = "وغادر معه صاحب السمو الأمير فهد بن عبدالله بن عبدالعزيز بن مساعد، وصاحب السمو الملكي الأمير منصور بن سعود."
    assert dated_names(nlp, text, "Person") == {"فهد بن عبدالله بن عبدالعزيز بن مساعد", "منصور بن سعود"}


def test_a_body_named_by_a_first_name_then_its_field(nlp):
    text = "وأعلن مركز آدم لحوار الحضارات عن الندوة."
    assert dated_names(nlp, text, "Organization") == {"مركز آدم لحوار الحضارات"}


def test_a_first_name_after_a_head_then_his_own_deeds_is_no_body(nlp):      # control
    text = "وشكرت جمعية خالد لجهوده الكبيرة في الحملة."
    assert dated_names(nlp, text, "Organization") == set()


def test_special_needs_end_with_their_adjective(nlp):
    text = "وأعلن مركز صوت الفجر لذوي الاحتياجات الخاصة عن البرنامج."
    assert dated_names(nlp, text, "Organization") == {"مركز صوت الفجر لذوي الاحتياجات الخاصة"}


def test_a_lighting_current_is_no_movement(nlp):
    text = "وانقطع تيار الإنارة عن الحي طوال الليل."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_party_with_an_adjective_that_is_also_a_first_name_is_described(nlp):      # control
    text = "وفاز حزب مؤيد للأكراد بعدد من المقاعد."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_mission_of_the_un_is_the_articles_own(nlp):
    # one of many missions: keyed to its article (a "#" key), so no node joins the missions of all articles
    text = "وقالت بعثة الأمم المتحدة إن الحوار مستمر."
    keys = {e["key"] for e in dated_entities(nlp, text, "Organization") if e["name"] == "بعثة الأمم المتحدة"}
    assert len(keys) == 1 and keys.pop().endswith("#t")


def test_the_political_bureau_of_a_movement_is_one_body_everywhere(nlp):      # control
    text = "وقال المكتب السياسي لحركة حماس إن الأمر انتهى."
    keys = {e["key"] for e in dated_entities(nlp, text, "Organization") if e["name"] == "المكتب السياسي لحركة حماس"}
    assert len(keys) == 1 and "#" not in keys.pop()


def test_the_head_of_a_board_of_a_body_holds_a_title_of_both(nlp):      # control
    text = "وأكد رئيس مجلس مركز إكرام الموتى الدكتور عبدالعزيز الدوغان، إن المركز يعنى بشؤون الموتى."
    assert {o for _, o in dated_pairs(nlp, text, "AFFILIATED_WITH")} >= {"مجلس مركز إكرام الموتى", "مركز إكرام الموتى"}


def test_a_verbal_noun_of_purpose_and_its_preposition_is_no_part_of_a_name(nlp):
    text = "وتسعى لجنة الحكام السعودية للاستفادة من الخبرات الأجنبية."
    assert dated_names(nlp, text, "Organization") == {"لجنة الحكام السعودية"}


def test_a_coordinated_verbal_noun_of_purpose_is_no_part_of_a_name(nlp):
    text = "وتعمل الهيئة العامة للاستثمار والتعرف على الفرص الجديدة."
    assert dated_names(nlp, text, "Organization") == {"الهيئة العامة للاستثمار"}


def test_the_financial_times_with_the_article(nlp):
    text = "وذكرت صحيفة الفايننشال تايمز أن الأمر انتهى."
    assert dated_names(nlp, text, "Organization") == {"فايننشال تايمز"}


def test_a_tribes_nisba_without_the_article_after_a_family_with_al(nlp):
    text = "جندي متدرب/ عبدالله أحمد عبدالله آل عواض عسيري. جندي متدرب/ خالد علي."
    assert "عبدالله أحمد عبدالله آل عواض عسيري" in dated_names(nlp, text, "Person")


def test_a_common_word_after_a_family_with_al_is_no_tribe(nlp):      # control
    text = "وقال سعد آل ثابت يومي إن الأمر انتهى."
    assert dated_names(nlp, text, "Person") == {"سعد آل ثابت"}


def test_a_fashion_company_is_described(nlp):
    text = "وأعلنت شركة الموضة عن تشكيلتها الجديدة."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_sector_and_national_name_a_company(nlp):      # control
    text = "وقالت شركة المياه الوطنية إن الخدمة عادت إلى الأحياء."
    assert dated_names(nlp, text, "Organization") == {"شركة المياه الوطنية"}


def test_two_recognised_halves_of_a_name_of_four_first_names_are_one(nlp):
    text = "وتم إلقاء القبض على كل من مهدي صباح عبدالمحسن محمد (30 عاما)، وعباس عبدالحسين عبدالله محمد (30 عاما)."
    assert dated_names(nlp, text, "Person") == {"مهدي صباح عبدالمحسن محمد", "عباس عبدالحسين عبدالله محمد"}
