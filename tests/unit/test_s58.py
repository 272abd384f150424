"""Events, facts and names, tested on sentences written for these tests."""
from event_mentions import dated_events, dated_names, dated_nationalities, dated_pairs


# -- events -------------------------------------------------------------------

def test_a_place_after_the_authorities_is_their_seat_not_the_talks_place(nlp):
    text = "وأيد القائد المحادثات التي بدأت مع السلطات في طرابلس مطلع الشهر الحالي."
    assert [e["props"].get("city") for e in dated_events(nlp, text)] == [None]


def test_a_government_written_with_its_city_by_b_is_no_place_either(nlp):
    text = "وتتواصل المفاوضات التي انطلقت مع الحكومة بدمشق في الأول من يوليو."
    assert [e["props"].get("city") for e in dated_events(nlp, text)] == [None]


def test_talks_held_in_a_city_keep_it(nlp):    # control
    text = "وبدأت المحادثات في طرابلس مطلع الشهر الحالي."
    assert [e["props"].get("city") for e in dated_events(nlp, text)] == ["طرابلس"]


# -- facts --------------------------------------------------------------------

def test_an_adjective_without_article_before_a_name_describes_the_noun_before_it(nlp):
    text = "وفي عام 2006 قتلت غارة جوية أميركية أبو مصعب الزرقاوي قرب بعقوبة."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == set()


def test_a_definite_nationality_before_a_name_is_his(nlp):     # control
    text = "وأعلن التنظيم أن الأردني أبو محمد المقدسي غادر البلاد."
    assert dated_nationalities(nlp, text) == {("أبو محمد المقدسي", "الأردن")}


def test_a_masculine_nationality_without_article_before_a_name_is_his(nlp):     # control
    text = "ويشارك في الفيلم مواطن أردني أحمد سالم في دور تاجر."
    assert dated_nationalities(nlp, text) == {("أحمد سالم", "الأردن")}


# -- names --------------------------------------------------------------------

def test_a_nasab_written_without_bin_takes_a_family_name_that_is_a_word(nlp):
    text = "وقال المهندس فهد عبدالرحمن العبيد: إن المشروع يكتمل العام المقبل."
    assert dated_names(nlp, text, "Person") == {"فهد عبدالرحمن العبيد"}


def test_three_first_names_take_the_family_name_before_a_comma(nlp):
    text = "وأعلنت الشرطة القبض على المطلوب خالد سعد عبد العزيز الفرج، وهو من المدرجين على القائمة."
    assert dated_names(nlp, text, "Person") == {"خالد سعد عبد العزيز الفرج"}


def test_two_first_names_take_no_object_after_them(nlp):      # control
    text = "واستقبل محمد علي الوفد، ثم غادر إلى المطار."
    assert "محمد علي الوفد" not in dated_names(nlp, text, "Person")


def test_a_tribe_after_a_clan_closes_a_long_name(nlp):
    text = "أقدم / سالم بن محمد بن علي الأحمدي الغامدي ـ سعودي الجنسية ـ على قتل جاره."
    assert dated_names(nlp, text, "Person") == {"سالم بن محمد بن علي الأحمدي الغامدي"}


def test_a_word_of_the_language_after_a_nisba_is_no_tribe(nlp):     # control
    text = "وقال محمد بن علي الغامدي الرسمي، إن اللجنة اجتمعت."
    assert "محمد بن علي الغامدي الرسمي" not in dated_names(nlp, text, "Person")


def test_a_body_named_only_by_the_institution_it_belongs_to_is_no_name(nlp):
    text = "وقرر مجلس النادي إقالة المدرب، فيما أعلن ديوان الوزارة نتائج المسابقة."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_newspaper_named_by_such_a_word_keeps_its_name(nlp):      # control
    text = "ونشرت صحيفة الاتحاد الخبر صباح أمس."
    assert dated_names(nlp, text, "Organization") == {"صحيفة الاتحاد"}


def test_an_institution_coordinated_after_a_body_begins_another_body(nlp):
    text = "وزار الوفد المعهد العالي للسياحة والمتحف الوطني في المدينة."
    assert "المعهد العالي للسياحة والمتحف الوطني" not in dated_names(nlp, text, "Organization")


def test_a_title_goes_on_over_a_region_written_with_b_to_its_holder(nlp):
    text = "وقال مدير التعليم بمحافظة جدة بندر العتيبي إن الدراسة تبدأ غدا."
    assert dated_names(nlp, text, "Person") == {"بندر العتيبي"}


def test_a_word_written_with_b_after_a_title_ending_on_a_place_is_another_place(nlp):
    text = "وتقدم الطلبات إلى مكتب مدير الإدارة بالكلية بخليص خلال أسبوع."
    assert dated_names(nlp, text, "Person") == set()


def test_a_verb_plural_before_ibn_is_no_first_name(nlp):
    text = "وقالت والدته «بلغوا ابن سلمان أننا فداء للوطن»."
    assert not any(n.startswith("بلغوا") for n in dated_names(nlp, text, "Person"))


def test_an_acting_office_written_bilniyaba_reaches_its_holder(nlp):
    text = "وأكد محافظ عنيزة بالنيابة الأستاذ إبراهيم بن عبدالله السليم أن الزيارة ناجحة."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == {("إبراهيم بن عبدالله السليم", "SA")}


def test_on_behalf_of_is_no_acting_office(nlp):     # control
    text = "وألقى محافظ عنيزة بالنيابة عن أمير المنطقة كلمة في الحفل."
    assert dated_names(nlp, text, "Person") == set()


def test_a_portfolio_of_three_words_reaches_the_holder_after_his_honorific(nlp):
    text = "وقال وكيل وزارة الشؤون الإسلامية لشؤون المساجد والدعوة والإرشاد الدكتور توفيق السديري إن البرنامج ناجح."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == {("توفيق السديري", "وزارة الشؤون الإسلامية")}


def test_led_by_a_party_is_no_command_of_it(nlp):
    text = "وفاز الائتلاف بقيادة الحزب الاجتماعي الديمقراطي في الانتخابات."
    assert dated_names(nlp, text, "Organization") == {"الحزب الاجتماعي الديمقراطي"}


def test_an_initiative_in_whose_light_something_happens_organises_nothing(nlp):
    text = ("إن الحوار مع إيران بات ملحا في ظل المبادرة الإيرانية، ولربما تكون مفاوضات الدوحة بين إيران "
            "والسعودية هي المفتاح.")
    assert dated_pairs(nlp, text, "ORGANIZED") == set()


def test_a_complement_goes_on_over_a_noun_coordinated_after_its_adjective(nlp):
    text = "وحضر الحفل مدير مركز الملك فيصل للدراسات الإسلامية والبحوث، وعدد من الأمراء."
    assert "مركز الملك فيصل للدراسات الإسلامية والبحوث" in dated_names(nlp, text, "Organization")


def test_a_body_after_a_bodys_own_adjective_is_another_body(nlp):    # control
    text = "وتبرعت الجمعية الخيرية والمستودع الخيري بالملابس للأسر."
    assert not any("والمستودع" in n for n in dated_names(nlp, text, "Organization"))


def test_a_ministrys_adjectives_take_no_other_ministrys_portfolio(nlp):     # control
    text = "وذلك بالتنسيق مع وزارة الشؤون البلدية والقروية والنقل والإسكان."
    assert "وزارة الشؤون البلدية والقروية" in dated_names(nlp, text, "Organization")


def test_a_leading_member_in_a_movement_is_affiliated_with_it(nlp):
    text = "وقال القيادي في حركة حماس محمود الزهار إن الحركة لن تتراجع."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == {("محمود الزهار", "حماس")}


def test_an_official_in_a_bureau_is_affiliated_with_it(nlp):
    text = "وقال المسؤول في مكتب التحقيقات الفيدرالي إد رينولدز إن الهجوم لم يوجه من الخارج."
    assert ("إد رينولدز", "مكتب التحقيقات الفيدرالي") in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_state_member_in_an_alliance_keeps_its_membership(nlp):     # control
    text = "وتركيا العضو في حلف شمال الأطلسي رفضت المشاركة في العمليات."
    assert dated_pairs(nlp, text, "MEMBER_OF") == {("تركيا", "حلف شمال الأطلسي")}


def test_a_nickname_is_brought_in_after_the_name_not_part_of_it(nlp):
    text = "وأعلنت السلطات مقتل القيادي في تنظيم القاعدة المدعو عمر عبداللطيف الملقب (لقمان) في عملية أمنية."
    assert "عمر عبداللطيف الملقب" not in dated_names(nlp, text, "Person")


def test_leading_member_after_a_name_is_a_title_not_a_family_name(nlp):
    text = "وأكد روز نوري شاويس القيادي في الحزب الديمقراطي الكردستاني أن الحزب مستعد."
    assert not any(n.endswith("القيادي") for n in dated_names(nlp, text, "Person"))


def test_a_demonym_closing_a_nasab_is_the_family_name(nlp):
    text = "وحضر الاستقبال مدير جوازات منطقة عسير اللواء سعد بن رحيل السويدي وعدد من المسؤولين."
    assert dated_names(nlp, text, "Person") == {"سعد بن رحيل السويدي"}
    assert all(state != "السويد" for _, state in dated_pairs(nlp, text, "AFFILIATED_WITH"))


def test_a_well_known_leader_named_by_his_family_is_no_group(nlp):
    text = "وقال زعيم الحوثيين عبدالملك الحوثي في خطاب إن الجماعة مستعدة."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == {("عبد الملك الحوثي", "الحوثيون")}


def test_the_family_name_alone_is_still_the_group(nlp):      # control
    text = "وقصفت الطائرات مواقع جماعة الحوثي في صعدة."
    assert dated_names(nlp, text, "Person") == set()


def test_the_asir_region_closes_a_title_and_is_no_family_name(nlp):
    text = "وعقد أمين عسير اجتماعا لرؤساء البلديات أمس في أبها."
    assert dated_names(nlp, text, "Person") == set()


def test_a_known_minister_is_not_given_the_title_of_the_ambassador_he_receives(nlp):
    text = "واستقبل وزير الخارجية عادل الجبير السفير الأمريكي في الرياض أمس."
    assert ("عادل الجبير", "الولايات المتحدة") not in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_prince_who_is_his_own_states_ambassador_keeps_the_title(nlp):     # control
    text = "وقال الأمير خالد بن سلمان السفير السعودي في واشنطن إن العلاقات متينة."
    assert ("خالد بن سلمان", "المملكة العربية السعودية") in dated_pairs(nlp, text, "AFFILIATED_WITH")
