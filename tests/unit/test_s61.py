"""Events, facts and names, tested on sentences written for these tests (third file of the kind)."""
from event_mentions import dated_events, dated_names, dated_pairs


# -- events -------------------------------------------------------------------

def test_a_purpose_verb_with_li_ends_an_events_name(nlp):
    text = "وافتتح الأمير أمس في أبها الملتقى الثقافي ليعانق الشعراء جمهورهم."
    assert not any("ليعانق" in e["name"] for e in dated_events(nlp, text))


def test_as_what_an_event_serves_is_no_part_of_its_name(nlp):
    text = "وطالب الحزب بتنفيذ مخرجات الحوار الوطني كآلية للحل السياسي في صنعاء."
    assert not any("كآلية" in e["name"] for e in dated_events(nlp, text))


# -- facts --------------------------------------------------------------------

def test_a_city_whom_something_is_for_is_not_where_talks_are_held(nlp):
    text = "وتراجعت الأسواق بعد مفاوضات صعبة بين البرتغال والمقرضين الدوليين لإقرار قرض جديد للشبونة."
    assert dated_pairs(nlp, text, "HELD_IN") == set()


def test_a_city_a_verb_of_travel_reaches_is_where_the_meeting_is(nlp):      # control
    text = "وصل الوزير أمس إلى بغداد للمشاركة في الاجتماع الوزاري العربي."
    assert dated_pairs(nlp, text, "HELD_IN") == {("الاجتماع الوزاري العربي", "IQ")}


def test_a_state_governed_by_a_common_noun_attends_nothing(nlp):
    text = "وانعقد في القاهرة مؤتمر دولي يشارك فيه ممثلون عن جامعات ألمانيا وفرنسا."
    assert dated_pairs(nlp, text, "ATTENDED") == set()


def test_a_state_after_its_representatives_attends(nlp):      # control
    text = "وانعقد في القاهرة مؤتمر دولي يشارك فيه ممثلون عن ألمانيا وفرنسا."
    assert dated_pairs(nlp, text, "ATTENDED") == {("ألمانيا", "مؤتمر دولي"), ("فرنسا", "مؤتمر دولي")}


def test_negotiations_with_an_untitled_person_are_a_contracts(nlp):
    text = "وقال المدير إن مفاوضات الهلال مع سالم الدوسري ستحسم غدا."
    assert dated_pairs(nlp, text, "ATTENDED") == set()


def test_negotiations_with_a_minister_are_a_meeting(nlp):      # control
    text = "وأجرى الوزير أمس مفاوضات مع الرئيس الروسي فلاديمير بوتين في موسكو."
    assert ("فلاديمير بوتين", "مفاوضات مع الرئيس الروسي فلاديمير بوتين في موسكو") in dated_pairs(nlp, text, "ATTENDED")


# -- names --------------------------------------------------------------------

def test_a_noun_with_a_pronoun_suffix_ends_a_committees_complement(nlp):
    text = "وأحال المستشفى الموظفين إلى لجنة الانضباط لمعرفة أسبابهم الحقيقية في التأخر."
    assert not any("أسبابهم" in name for name in dated_names(nlp, text, "Organization"))


def test_a_players_position_is_no_centre(nlp):
    text = "ويلعب المدافع الشاب في مركز الحارس الاحتياطي للفريق منذ الموسم الماضي."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_kinship_noun_with_my_or_our_is_no_name(nlp):
    text = "وكتب في رسالته: أوصاني أخينا الكريم بالصبر، وزوجتي الحنونة بالدعاء."
    assert dated_names(nlp, text, "Person") == set()


def test_here_is_no_verb_of_congratulation(nlp):
    text = "وما نعنيه هنا خلوة مخصوصة يعرفها المتعبد."
    assert dated_names(nlp, text, "Person") == set()


def test_a_verb_of_congratulation_before_a_name(nlp):      # control
    text = "وهنأ سالم العتيبي الفائزين بالجائزة في الحفل."
    assert dated_names(nlp, text, "Person") == {"سالم العتيبي"}


def test_foreign_first_names_the_news_spells_open_a_name(nlp):
    text = "وأكد المدرب جوزيه مورينيو أن فريقه جاهز، وقال جيفري ساكس إن الاقتصاد يتعافى."
    assert dated_names(nlp, text, "Person") == {"جوزيه مورينيو", "جيفري ساكس"}


def test_more_foreign_first_names_open_a_name(nlp):
    text = "ونشر جوناثان كاييري صورة جديدة على حسابه، وتحدث إيان راش عن ذكرياته مع ليفربول."
    assert dated_names(nlp, text, "Person") == {"جوناثان كاييري", "إيان راش"}


def test_a_city_that_is_also_a_first_name_is_left_a_city(nlp):      # control
    text = "وتقام المباراة في مدينة برونو التشيكية يوم السبت."
    assert dated_names(nlp, text, "Person") == set()


def test_a_nisba_family_name_is_no_preposition_on_a_word(nlp):
    text = "وحضر الاستقبال السفير المصري إيهاب بدوي وعدد من المسؤولين."
    assert dated_names(nlp, text, "Person") == {"إيهاب بدوي"}


def test_a_word_after_a_first_name_that_a_verb_prefix_opens_is_trimmed(nlp):      # control
    text = "وأكد المتحدث أن حسن يتيم الأب منذ أربع سنوات."
    assert dated_names(nlp, text, "Person") == set()


def test_a_body_of_a_bare_institution_is_its_organ(nlp):
    text = "وعقدت الجمعية العمومية للنادي اجتماعها السنوي أمس بحضور الأعضاء."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_complement_with_his_is_no_part_of_a_name(nlp):
    text = "وأقر المجلس الأعلى لدورته السنوية الموازنة الجديدة للهيئة."
    assert not any("لدورته" in name for name in dated_names(nlp, text, "Organization"))


def test_a_request_after_a_body_is_its_purpose(nlp):
    text = "ولجأت الحكومة إلى الاتحاد الخليجي لطلب العون العسكري والسياسي."
    assert not any("لطلب" in name for name in dated_names(nlp, text, "Organization"))


def test_a_council_of_a_gathering_named_by_its_kind_is_described(nlp):
    text = "وأقيمت الأمسية الشعرية في مجلس المهرجان بحضور الزوار."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_party_called_a_congress_is_named(nlp):      # control
    text = "وقالت زعيمة حزب المؤتمر إن الحكومة أخفقت."
    assert dated_names(nlp, text, "Organization") == {"حزب المؤتمر"}


def test_a_backing_participle_ends_a_name(nlp):
    text = "وأعلنت شركة ريما المدعومة من مستثمرين خليجيين عن توسعها."
    assert not any("المدعومة" in name for name in dated_names(nlp, text, "Organization"))


def test_a_girls_first_name_opens_her_name(nlp):
    text = "وحصلت الطالبة رغد سالم محمد العمري على المركز الأول في المسابقة."
    assert dated_names(nlp, text, "Person") == {"رغد سالم محمد العمري"}
