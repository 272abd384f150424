"""Organisations, tested on sentences written for these tests: a describing adjective after a listed name is left
out of the mention (تنظيم داعش الإرهابي); a listed short name right after a place word is a place of that name
(منطقة «الفاو», محافظة فيفا); an adjective of a complement's noun stays in the name (للإدارة الذاتية); a sector and
a state after شركة describe the company whose foreign name stands beside them («X» شركة …، شركة … X)."""
from event_mentions import dated_doc, dated_names


def _org_mentions(nlp, text):
    return [e.text for e in dated_doc(nlp, text).ents if e.label_ == "ORG"]


def test_a_describing_adjective_is_left_out_of_a_listed_groups_mention(nlp):
    assert _org_mentions(nlp, "وأعلن تنظيم داعش الإرهابي مسؤوليته عن الهجوم.") == ["تنظيم داعش"]
    assert _org_mentions(nlp, "وقاتلت وحدات حماية الشعب الكردية في الحسكة.") == ["وحدات حماية الشعب"]


def test_a_listed_short_name_after_a_place_word_is_a_place(nlp):
    assert "منظمة الأغذية والزراعة" not in dated_names(
        nlp, "وسيطرت القوات أمس على منطقة «الفاو» بعد مواجهات عنيفة.", "Organization")
    assert "الاتحاد الدولي لكرة القدم" not in dated_names(
        nlp, "وتفقد الوزير المدارس في محافظة فيفا والداير.", "Organization")


def test_the_listed_short_name_elsewhere_is_still_the_organisation(nlp):
    assert "منظمة الأغذية والزراعة" in dated_names(nlp, "وحذرت منظمة الفاو من نقص الغذاء في اليمن.", "Organization")


def test_an_adjective_of_a_complements_noun_stays_in_the_name(nlp):
    assert _org_mentions(nlp, "وقال رئيس المجلس التنفيذي للإدارة الذاتية في القامشلي إن الأوراق رسمية.") == [
        "المجلس التنفيذي للإدارة الذاتية"]


def test_a_sector_and_a_state_describe_the_company_named_beside_them(nlp):
    assert _org_mentions(nlp, "واستحوذت شركة البرمجيات الأمريكية أوراكل على شركة ناشئة.")[0] == "أوراكل"
    assert _org_mentions(nlp, "وأعلنت «بتروبراس» شركة النفط البرازيلية العملاقة عن خسائر.") == ["بتروبراس"]
    assert _org_mentions(nlp, "وقالت إريكسون، شركة الاتصالات السويدية، إن أرباحها تراجعت.") == ["إريكسون"]


def test_a_company_so_named_with_no_name_beside_it_stays_the_company(nlp):
    assert _org_mentions(nlp, "وأعلنت شركة الاتصالات السعودية عن أرباحها أمس.") == ["شركة الاتصالات السعودية"]
    assert _org_mentions(nlp, "وقال رئيس شركة السوق المالية السعودية خالد الحصان إن السوق نما.") == [
        "شركة السوق المالية السعودية"]


def test_the_coalition_in_afghanistan_is_not_the_one_against_isis(nlp):
    text = "وأشرف القيادي على هجمات ضد قوات التحالف الذي تقوده الولايات المتحدة في أفغانستان."
    names = dated_names(nlp, text, "Organization")
    assert "قوة المساعدة الأمنية الدولية في أفغانستان" in names
    assert "التحالف الدولي ضد داعش" not in names


def test_the_coalition_in_yemen_is_still_the_arab_coalition(nlp):
    assert "التحالف العربي" in dated_names(nlp, "وشنت طائرات التحالف غارات على مواقع الحوثيين في صنعاء.", "Organization")


def test_allying_with_someone_is_no_coalition(nlp):
    text = "ودعا الجنرال إلى مواجهة حركة طالبان في أفغانستان، ولم يستبعد التحالف مع أعداء الأمس."
    assert _org_mentions(nlp, text) == ["حركة طالبان"]


def test_the_kings_title_in_a_bodys_name_stands_for_his_name(nlp):
    assert _org_mentions(nlp, "وأجرى معهد خادم الحرمين الشريفين لأبحاث الحج دراسة علمية.") == [
        "معهد خادم الحرمين الشريفين لأبحاث الحج"]
    assert _org_mentions(nlp, "وافتتح مركز خادم الحرمين الشريفين للإغاثة مكتبا في عدن.") == [
        "مركز خادم الحرمين الشريفين للإغاثة"]


def test_a_lone_quoted_name_that_opens_with_ta_is_no_verb(nlp):
    assert _org_mentions(nlp, "وينطبق ذلك على شركة الصلب الألمانية العملاقة «تيسنكروب» التي تعاملت مع إيران.") == [
        "تيسنكروب"]


def test_a_quoted_verb_after_a_relative_pronoun_is_no_name(nlp):
    text = 'وطالب بتعديل أنظمة مؤسسة التأمينات الاجتماعية التي "حيرت" المشتركين.'
    assert _org_mentions(nlp, text) == ["مؤسسة التأمينات الاجتماعية"]
