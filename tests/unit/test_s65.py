"""Rules of the session of 7 December, evening, on sentences written for these tests."""
from event_mentions import dated_entities, dated_names, dated_pairs


# -- persons ------------------------------------------------------------------

def test_a_nasab_without_bin_takes_every_first_name_before_it(nlp):
    text = "وقدم العزاء لأسرة الشهيد العريف ممدوح مسفر محمد الحربي."
    assert "ممدوح مسفر محمد الحربي" in dated_names(nlp, text, "Person")


def test_a_compound_father_is_no_stop_for_the_first_names_before_it(nlp):
    text = "وشيع الأهالي الجندي سامي معوض عوض الله الغامدي."
    assert "سامي معوض عوض الله الغامدي" in dated_names(nlp, text, "Person")


def test_a_first_name_with_a_preposition_on_it_opens_the_name(nlp):
    text = "ونقل الوزير تحيات الملك لمحمد سالم العتيبي وأسرته."
    assert dated_names(nlp, text, "Person") == {"محمد سالم العتيبي"}


def test_a_first_name_with_a_preposition_after_a_title_is_a_place(nlp):      # control
    text = "وأوضحت رئيسة النادي السعودي بيوجين ملاك المنيف أن تجمعنا يهون الغربة."
    assert dated_names(nlp, text, "Person") == {"ملاك المنيف"}


def test_a_preposition_on_a_name_the_document_writes_without_it_is_split_off(nlp):
    text = "ويستشهد الكاتب بمقولة لصموئيل هنتنجتون عن الصدام، فقد رأى صموئيل هنتنجتون أن الثقافات تتصارع."
    assert dated_names(nlp, text, "Person") == {"صموئيل هنتنجتون"}


def test_a_preposition_on_a_first_name_the_document_writes_without_it_opens_the_name(nlp):
    text = "وقرأت قصيدة لجبران خليل جبران في الصف، ثم شرح المعلم ما كتبه جبران خليل جبران عن الأبناء."
    assert dated_names(nlp, text, "Person") == {"جبران خليل جبران"}


def test_a_word_with_a_preposition_on_it_before_a_name_stays_out_without_the_evidence(nlp):      # control
    text = "ولد في عام 1970 لكيزيا وباراك أوباما الأب."
    assert "كيزيا وباراك أوباما" not in dated_names(nlp, text, "Person")


def test_a_dead_body_is_no_word_of_the_name_after_it(nlp):
    text = "ووصل جثمان مازن إلى المدينة المنورة أمس، حيث صلى عليه المصلون."
    assert not any(name.startswith("جثمان") for name in dated_names(nlp, text, "Person"))


def test_masculine_plurals_are_no_name(nlp):
    text = "حيث تجتمع العائلات في بيت الجد وهم فرحون مهللون ومكبرون وشاكرون الله على نعمه."
    assert dated_names(nlp, text, "Person") == set()


def test_a_dual_noun_and_a_noun_with_her_pronoun_are_no_name(nlp):
    text = "وأطلق العاهل المغربي تغريدتا نصها: «نعتز بما تحقق»."
    assert dated_names(nlp, text, "Person") == set()


def test_a_name_in_ta_stays_a_name(nlp):      # control
    text = "وقالت المغنية ريتا عازار إن الحفل نجح."
    assert "ريتا عازار" in dated_names(nlp, text, "Person")


# -- events -------------------------------------------------------------------

def test_a_state_where_the_owners_of_a_meeting_are_does_not_attend_it(nlp):
    text = "وكان أعضاء الجالية الهندية بالمملكة العربية السعودية، في اجتماعهم السنوي أمس، قد طالبوا بتسهيلات."
    assert not any(s == "المملكة العربية السعودية" for s, _ in dated_pairs(nlp, text, "ATTENDED"))


def test_a_name_in_the_relative_clause_of_an_unnamed_partner_is_not_met(nlp):
    text = ("وقال المتحدث إن المبعوث الأممي خالد الدوسري التقى في القاهرة بالأمين العام لحزب المؤتمر الشعبي العام "
            "الذي يؤيد علي عبد الله صالح.")
    assert not any(s == "علي عبد الله صالح" for s, _ in dated_pairs(nlp, text, "ATTENDED"))


def test_the_partner_coordinated_after_such_a_relative_clause_is_met(nlp):
    text = ("وقال المتحدث إن المبعوث الأممي خالد الدوسري التقى في القاهرة بالأمين العام للحزب الذي يؤيد صالح "
            "وكذلك فهد القحطاني الأمين العام لجامعة الدول العربية.")
    attended = {s for s, _ in dated_pairs(nlp, text, "ATTENDED")}
    assert "فهد القحطاني" in attended and "صالح" not in attended


def test_a_relative_clause_after_the_subject_does_not_hide_whom_he_met(nlp):      # control
    text = ("اجتمع وزير الدولة للشؤون الخارجية خالد الدوسري أمس، في إطار الزيارة الرسمية التي يقوم بها إلى "
            "إسبانيا، مع وزير الدولة للشؤون الخارجية الإسباني فهد القحطاني.")
    assert {s for s, _ in dated_pairs(nlp, text, "ATTENDED")} >= {"خالد الدوسري", "فهد القحطاني"}


# -- nationality --------------------------------------------------------------

def test_a_nationality_alone_is_a_property_not_a_tie_to_the_state(nlp):
    text = "ويغيب لاعب الوسط الإيطالي ماركو فيراتي عن مباراة الغد بسبب الإصابة."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == set()
    assert [e["props"].get("nationality") for e in dated_entities(nlp, text, "Person")] == ["IT"]


def test_a_nationality_after_a_word_of_state_service_ties_to_the_state(nlp):      # control
    text = "وقال الدبلوماسي الفرنسي فرنسوا دوبون إن المفاوضات صعبة."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == {("فرنسوا دوبون", "فرنسا")}


def test_a_nationality_of_an_office_holder_ties_to_the_state(nlp):      # control
    text = "وقال الإماراتي خالد الدوسري رئيس البرلمان العربي إن الجلسة ناقشت الأوضاع."
    assert ("خالد الدوسري", "الإمارات العربية المتحدة") in dated_pairs(nlp, text, "AFFILIATED_WITH")


# -- organisations ------------------------------------------------------------

def test_a_field_coordinated_after_a_one_word_complement_is_the_names(nlp):
    text = "وأصدر المركز الخليجي للأبحاث ودراسة الطاقة تقريرا عن الأسواق."
    assert "المركز الخليجي للأبحاث ودراسة الطاقة" in dated_names(nlp, text, "Organization")


def test_a_field_after_a_coordinated_complement_is_another_item(nlp):      # control
    text = "وتولت الهيئة العامة للسياحة والآثار ورعاية الحرف الوطنية تنظيم المعرض."
    assert "الهيئة العامة للسياحة والآثار" in dated_names(nlp, text, "Organization")
