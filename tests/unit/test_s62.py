"""Names and facts, tested on sentences written for these tests (fourth file of the kind)."""
from event_mentions import dated_events, dated_mention_counts, dated_names, dated_pairs


# -- persons ------------------------------------------------------------------

def test_a_name_of_first_names_goes_on_over_abd_written_apart(nlp):
    text = "وقال سالم علي عبد الرحمن الدوسري إن المشروع سيكتمل قريبا."
    assert dated_names(nlp, text, "Person") == {"سالم علي عبد الرحمن الدوسري"}


def test_a_verb_after_a_family_with_al_is_no_part_of_the_name(nlp):
    text = "وبعث الشاعر برسالة إلى الأمير فيصل آل سعود يستأذنه في السفر."
    assert dated_names(nlp, text, "Person") == {"فيصل آل سعود"}


def test_a_plural_in_construct_after_a_family_with_al_is_no_part_of_the_name(nlp):
    text = "ووصف المهندس نبيل عبدالله آل سالم مرتكبي الجريمة بالخوارج."
    assert dated_names(nlp, text, "Person") == {"نبيل عبدالله آل سالم"}


def test_a_tribes_nisba_after_a_family_with_al_goes_on_the_name(nlp):      # control
    text = "وعبر والد الشهيد سعيد محمد آل عواض عسيري عن فخره بابنه."
    assert dated_names(nlp, text, "Person") == {"سعيد محمد آل عواض عسيري"}


def test_a_regnal_number_alone_is_nobodys_short_name(nlp):
    text = "واستقبل الملك عبدالله الثاني الوفد في عمان. وفي الربع الثاني من العام قال الثاني إن الأرباح زادت."
    assert dated_mention_counts(nlp, text)["عبد الله الثاني"] == 1


# -- organisations ------------------------------------------------------------

def test_another_company_of_a_kind_is_no_name(nlp):
    text = "وتأخرت رحلات شركة الطيران الأخرى عن موعدها بسبب الازدحام."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_company_of_a_sector_and_a_state_is_still_named(nlp):      # control
    text = "وأعلنت شركة النقل الجماعي السعودية عن خطوط جديدة."
    assert dated_names(nlp, text, "Organization") == {"شركة النقل الجماعي السعودية"}


def test_a_jury_or_a_bench_is_no_named_body(nlp):
    text = "وأدانت هيئة المحلفين المتهم بعد أن استمعت هيئة المحكمة إلى الشهود."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_governorates_seat_is_no_centre(nlp):
    text = "وتستقبل البلدية الزوار في مركز المحافظة الجغرافي طوال الصيف."
    assert dated_names(nlp, text, "Organization") == set()


def test_a_local_authority_in_a_complement_keeps_its_adjective(nlp):
    text = "وأعلن المجلس الأعلى للإدارة المحلية عن خطة جديدة."
    assert dated_names(nlp, text, "Organization") == {"المجلس الأعلى للإدارة المحلية"}


# -- persons, again -----------------------------------------------------------

def test_the_word_after_von_der_is_the_family_name(nlp):
    text = "وقالت وزيرة الدفاع الهولندية كلارا فون دير لاين إن الاتفاق قريب."
    assert dated_names(nlp, text, "Person") == {"كلارا فون دير لاين"}


def test_a_storm_is_named_like_a_person_but_is_none(nlp):
    text = "وقالت السلطات إن إعصار باتريشيا ضرب السواحل الغربية. وقد وصل إعصار باتريشيا إلى اليابسة أمس."
    assert dated_names(nlp, text, "Person") == set()


# -- facts --------------------------------------------------------------------

def test_an_event_among_the_organisers_partners_is_not_what_it_organises(nlp):
    text = "وتنطلق مساء اليوم فعاليات ملتقى الشعر الأول في الطائف، بتنظيم من جمعية الأدب بالتعاون مع الغرفة التجارية " \
           "بالطائف ومعرض الفنون التفاعلي."
    assert dated_pairs(nlp, text, "ORGANIZED") == {("جمعية الأدب", "ملتقى الشعر الأول في الطائف")}



# -- persons, name runs -------------------------------------------------------

def test_zain_al_abidin_is_one_first_name(nlp):
    text = "وقال الرئيس التونسي الأسبق زين العابدين بن علي إنه لن يعود."
    assert dated_names(nlp, text, "Person") == {"زين العابدين بن علي"}


def test_a_compound_first_name_after_a_family_name_opens_another_name(nlp):
    text = "ورحل عن الفريق لاعبون تقدمهم زياد الخضري عبد العزيز التكروني وسعد الشهري."
    assert "زياد الخضري عبد العزيز التكروني" not in dated_names(nlp, text, "Person")


def test_a_house_before_ibn_is_no_first_name(nlp):
    text = "واجتمع الشعراء في منزل ابن حمدان بحي الملز."
    assert dated_names(nlp, text, "Person") == {"ابن حمدان"}


# -- persons, first names -----------------------------------------------------

def test_lamine_is_a_first_name_not_li_and_amin(nlp):
    text = "ورأى رئيس الاتحاد الدولي للملاكمة السنغالي لامين سيسيه أن القرار صائب."
    assert dated_names(nlp, text, "Person") == {"لامين سيسيه"}
    assert dated_names(nlp, text, "Organization") == {"الاتحاد الدولي للملاكمة"}


# -- persons, named things ----------------------------------------------------

def test_a_newspaper_in_brackets_after_its_word_is_no_person(nlp):
    text = "ونقلت صحيفة (ماريو ديلا سيرا) الإيطالية عن المدرب قوله."
    assert dated_names(nlp, text, "Person") == set()


def test_a_chain_named_after_a_family_is_not_the_man(nlp):
    text = "وقال الشيخ عبدالله بن صالح العثيم إن الموسم جيد. ونفذت أسواق العثيم برنامجا لمعايدة المرضى."
    assert dated_mention_counts(nlp, text)["عبدالله بن صالح العثيم"] == 1


# -- events -------------------------------------------------------------------

def test_intensive_meetings_are_a_series_not_an_event(nlp):
    text = "وتحدث القائد عن «لقاءات مكثفة» تعقدها فصائل المعارضة لتحديد من سيدير المنطقة."
    assert dated_events(nlp, text) == []


def test_intensive_talks_in_a_city_stay_an_event(nlp):      # control
    text = "واختتمت أمس في فيينا محادثات مكثفة بين إيران والدول الكبرى."
    assert len(dated_events(nlp, text)) == 1


def test_a_state_beside_a_body_of_fixed_members_is_not_made_a_member(nlp):
    text = "وشهد المعرض إقبالا من الزوار القادمين من المملكة العربية السعودية ودول مجلس التعاون لدول الخليج العربية."
    assert dated_pairs(nlp, text, "MEMBER_OF") == set()


def test_the_rest_of_a_bodys_states_makes_a_member(nlp):      # control
    text = "ووصل المسافرون من المملكة العربية السعودية وبقية دول مجلس التعاون لدول الخليج العربية."
    assert dated_pairs(nlp, text, "MEMBER_OF") == {("المملكة العربية السعودية", "مجلس التعاون لدول الخليج العربية")}


def test_a_state_beside_an_alliances_states_is_a_member(nlp):      # control
    text = "وأشاد الوزير بتدخل السعودية ودول التحالف العربي في اليمن."
    assert dated_pairs(nlp, text, "MEMBER_OF") == {("المملكة العربية السعودية", "التحالف العربي")}


def test_a_state_whose_regions_are_named_beside_a_bodys_states_is_not_made_a_member(nlp):
    text = "وسجل الزوار القادمون من مختلف مناطق المملكة العربية السعودية ودول مجلس التعاون لدول الخليج العربية زيادة."
    assert dated_pairs(nlp, text, "MEMBER_OF") == set()


def test_how_often_a_body_meets_is_a_habit_not_a_meeting(nlp):
    text = "وترفع الطلبات إلى لجنة الجوائز الدولية التي تجتمع مرة واحدة سنويا لاختيار الفائزين."
    assert dated_events(nlp, text) == []


def test_a_first_meeting_since_a_year_is_still_a_meeting(nlp):      # control
    text = "واجتمع مجلس الوزراء العرب لأول مرة منذ عام 2010 في القاهرة."
    assert len(dated_events(nlp, text)) == 1

