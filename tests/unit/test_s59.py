"""Events, facts and names, tested on sentences written for these tests."""
from event_mentions import dated_events, dated_names, dated_pairs


# -- events -------------------------------------------------------------------

def test_the_state_of_a_visitors_title_is_not_where_the_visit_goes(nlp):
    text = "وأضاف أن زيارة وزير خارجية إيران محمد جواد ظريف جاءت بعد الاتفاق."
    assert dated_pairs(nlp, text, "HELD_IN") == set()


def test_a_state_after_a_visit_is_where_it_goes(nlp):      # control
    text = "وأضاف أن زيارة الوزير محمد العبدالله لدولة الكويت جاءت بعد الاتفاق."
    assert {o for _, o in dated_pairs(nlp, text, "HELD_IN")} == {"الكويت"}


def test_a_news_agency_written_with_l_after_an_event_is_whom_it_was_told(nlp):
    text = "وصرح المصور الذي حضر المراسم لوكالة الصحافة الفرنسية «أريد أن أرى المزيد»."
    assert [e["name"] for e in dated_events(nlp, text)] == []


# -- facts --------------------------------------------------------------------

def test_the_name_after_a_funding_verb_with_an_object_pronoun_is_its_subject(nlp):
    text = 'وجاء في الدراسة التي أعدها معهد "بروكينغ" ومولها "غوغل ايدياز" أن الحسابات كثيرة.'
    assert dated_pairs(nlp, text, "FUNDED") == set()


def test_a_relative_pronoun_before_such_a_verb_stands_for_the_recipient(nlp):
    text = "واتهم البيان حركة حماس التي تمولها إيران بالتصعيد."
    assert dated_pairs(nlp, text, "FUNDED") == {("إيران", "حماس")}


def test_a_funding_verb_after_its_subject_funds_what_follows(nlp):      # control
    text = "وقالت الحكومة إن قطر تمول جبهة النصرة."
    assert dated_pairs(nlp, text, "FUNDED") == {("قطر", "جبهة النصرة")}


# -- names --------------------------------------------------------------------

def test_an_affairs_complement_names_a_body_of_head_and_adjective(nlp):
    text = "وأشاد المجلس الأعلى لشؤون الأسرة بالقرار الجديد."
    assert dated_names(nlp, text, "Organization") == {"المجلس الأعلى لشؤون الأسرة"}


def test_an_affairs_complement_names_a_deputy_ministry(nlp):
    text = "وأعلنت وكالة الوزارة لشؤون التوثيق أن الوثائق جاهزة."
    assert dated_names(nlp, text, "Organization") == {"وكالة الوزارة لشؤون التوثيق"}


def test_an_affairs_complement_after_a_title_and_a_named_body_is_the_titles(nlp):     # control
    text = "وأكد نائب رئيس مجلس الوزراء لشؤون الأمن أن الوضع مستقر."
    assert dated_names(nlp, text, "Organization") == {"مجلس الوزراء"}


def test_no_second_complement_follows_the_affairs(nlp):
    text = "وأوعز المجلس الوزاري الإسرائيلي للشؤون السياسية والأمنية لأجهزة الأمن باتخاذ الخطوات."
    assert dated_names(nlp, text, "Organization") == {"المجلس الوزاري الإسرائيلي للشؤون السياسية والأمنية"}


def test_a_family_name_on_iyya_the_language_does_not_know_closes_a_nasab(nlp):
    text = "واستقبل الوزير مساء أمس اللواء حمد بن علي العطية وزير الدولة لشؤون الدفاع."
    assert "حمد بن علي العطية" in dated_names(nlp, text, "Person")


def test_a_feminine_adjective_after_a_nasab_is_no_family_name(nlp):     # control
    text = "وتحدث خالد بن أحمد الموريتانية عن الموضوع."
    assert "خالد بن أحمد الموريتانية" not in dated_names(nlp, text, "Person")


def test_born_after_a_name_describes_him(nlp):
    text = "وقال جهاد نواجعة المولود في سوسيا عام 1967 إنه ينتظر القرار."
    assert dated_names(nlp, text, "Person") == {"جهاد نواجعة"}


def test_a_quantifier_after_a_subject_opens_the_object(nlp):
    text = "وافتتح المهندس سعد البقمي الحديقة أمس. وطالب البقمي عموم الأهالي بالمحافظة على الحدائق."
    assert dated_names(nlp, text, "Person") == {"سعد البقمي"}


def test_the_one_word_the_news_names_a_well_known_person_with_is_him(nlp):
    text = "وقام الجبير بزيارة قطر أمس والتقى أميرها الشيخ تميم بن حمد آل ثاني."
    assert "عادل الجبير" in dated_names(nlp, text, "Person")


def test_that_word_after_a_first_name_is_another_persons_family(nlp):      # control
    text = "وقال خالد الجبير إن المشروع جاهز."
    assert dated_names(nlp, text, "Person") == {"خالد الجبير"}


def test_words_of_the_language_before_that_word_are_no_first_names(nlp):
    text = "وجاءت تعليقات أوباما خلال مقابلة مع الإذاعة."
    assert dated_names(nlp, text, "Person") == {"باراك أوباما"}


def test_a_brand_after_a_hotel_is_no_first_name_of_a_person(nlp):
    text = "وستعقد الورشة في فندق ماريوت كورت يارد الأسبوع الجاري."
    assert dated_names(nlp, text, "Person") == set()


def test_an_official_after_a_town_of_his_municipality_keeps_his_name(nlp):      # control
    text = "وأفاد مدير إدارة الخدمات ببلدية المعابدة محمد هزازي أن الحملة شملت المحال."
    assert dated_names(nlp, text, "Person") == {"محمد هزازي"}


def test_good_and_a_derived_verbal_noun_is_an_idiom(nlp):
    text = "وأشاد بحسن الاختيار وحسن الاستقبال."
    assert dated_names(nlp, text, "Person") == set()


def test_the_adjectives_of_a_titles_place_are_no_part_of_the_name_after_it(nlp):
    text = "وأوضح مدير المسجد الإبراهيمي الشريف منذر أبو الفيلات أن الأذان منع."
    assert dated_names(nlp, text, "Person") == {"منذر أبو الفيلات"}


def test_one_adjective_of_a_title_before_the_name(nlp):      # control
    text = "وقال المستشار القانوني محمد الشهري إن القرار نهائي."
    assert dated_names(nlp, text, "Person") == {"محمد الشهري"}


def test_a_noun_with_and_a_preposition_and_a_pronoun_is_no_name_word(nlp):
    text = "وأكد أن الملك سلمان بن عبدالعزيز وبقناعته الراسخة يدعم المشروع."
    assert "سلمان بن عبدالعزيز وبقناعته" not in dated_names(nlp, text, "Person")


def test_a_dual_participle_after_a_name_describes_it(nlp):
    text = "وأوقف الاتحاد اللاعب سالم الدوسري الموقوفان عن المشاركة."
    assert dated_names(nlp, text, "Person") == {"سالم الدوسري"}


def test_a_list_of_names_after_the_dual_noun_they_are(nlp):      # control
    text = "وستشهد المباراة غياب نجمين وهما المهاجمان لويس سواريز وإيدينسون كافاني بسبب الإيقاف."
    assert dated_names(nlp, text, "Person") == {"لويس سواريز", "إيدينسون كافاني"}


def test_a_name_ending_on_a_venues_word_is_the_venue(nlp):
    text = "وتشمل الجولة رياض جاليري وبانوراما مول في العاصمة."
    assert dated_names(nlp, text, "Person") == set()


def test_a_family_after_al_closes_the_name(nlp):
    text = "وأكد المهندس عبداللطيف آل الشيخ وجوب الالتزام بالشروط."
    assert dated_names(nlp, text, "Person") == {"عبداللطيف آل الشيخ"}


def test_a_tribes_nisba_after_a_family_with_al_goes_on(nlp):      # control
    text = "وقال سعد آل ثابت القحطاني إن المشروع جاهز."
    assert dated_names(nlp, text, "Person") == {"سعد آل ثابت القحطاني"}


def test_the_participle_that_asks_god_opens_no_name(nlp):
    text = "وتبادل الموظفون التهاني بمناسبة عيد الفطر سائلين الله العلي القدير أن يعيده أعواما عديدة."
    assert dated_names(nlp, text, "Person") == set()


def test_a_noun_with_your_written_onto_it_is_no_family_name(nlp):
    text = "ونشكر لكم مواقفكم، فأنتم أهل الكرم ونبيل مواقفكم معروف للجميع."
    assert dated_names(nlp, text, "Person") == set()
