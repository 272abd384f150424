"""Error classes of blind-judged draws of random news (s25, s26, s27), each fixed as a rule of the language and
on sentences written for these tests: events counted as a set, a match round, a course's graduating
class, agreements held nowhere unless the text says where they were signed, agreements described
only by their form, an invitation whose event is another noun's complement or that calls on someone to
act, the head of a delegation, money moved between states, a salary, "أمس" before a definite noun, "باكرا"
(early) read as Accra, a place in a relative clause closed before the event, a visit to the visitor's own country;
and in s26: a league round, a team's tour, a control room, an interview with a channel, a speech
verb read into a name, the office in a person's title read as the member, an agreement read as an organised
event, the Red Crescent federation read as the ICRC, a source named at the end of a sentence, and "اليوم الخامس"
(the fifth day) read as today; in s27: a sports tournament in a sports article, and a negation cue
before a relative clause read as negating the clause."""
import pytest


def rel(nlp, text: str, pred: str) -> set[tuple]:
    return {(f["subject"], f["object"], f["props"].get("basis"))
            for f in nlp(text)._.facts if f["predicate"] == pred}


def events(nlp, text: str, date: str | None = None) -> dict:
    doc = nlp.make_doc(text)
    doc._.meta = {"doc_id": "t", "date": date}
    doc = nlp(doc)
    return {k: e for k, e in doc._.entities.items() if e["type"] == "Event"}


# --- events that are none ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "حرص المدرب منذ وصوله على عقد المزيد من الاجتماعات مع مدير الفريق في ميلانو.",
    "عقد الوزير عدة لقاءات في الرياض مع رجال الأعمال.",
    "شارك السفير في العديد من المؤتمرات في جنيف.",
    "وحضر عشرات الندوات في القاهرة.",
])
def test_events_counted_as_a_set_are_none_in_particular(nlp, text):
    assert not events(nlp, text)


def test_a_round_of_matches_is_no_talks(nlp):
    text = "يلتقي الفريقان في الجولة الثالثة لمباريات المجموعة الأولى اليوم في القاهرة."
    assert not events(nlp, text)


def test_a_course_graduating_is_no_session(nlp):
    text = "تم تخريج الدورة العاشرة من المتدربين بمركز التدريب في الرياض."
    assert not events(nlp, text)


def test_a_session_with_its_place_is_still_an_event(nlp):
    text = "انطلقت في الرياض أمس أعمال الدورة العاشرة لمجلس وزراء الإعلام العرب."
    assert [e["props"].get("city") for e in events(nlp, text, "2015-08-04").values()] == ["الرياض"]


# --- agreements ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ولم تحدد شروط الاتفاق الجانبي ضمن الاتفاق الأساسي.",
    "وفي حال التوصل إلى هذه الاتفاقية الثلاثية، فإنها ستنشئ سوقا كبيرة.",
])
def test_an_agreement_described_only_by_its_form_is_no_node(nlp, text):
    assert not events(nlp, text)


def test_an_agreement_named_by_its_subject_is_a_node(nlp):
    text = "وتخشى مصر على حصتها من المياه المقررة وفقا لاتفاقية تقاسم مياه النهر."
    assert [e["props"].get("topic") for e in events(nlp, text).values()] == ["تقاسم مياه النهر"]


def test_an_agreement_named_by_a_city_is_held_nowhere(nlp):
    assert not rel(nlp, "ويرى الوزير أن اتفاق لوزان بداية ضرورية للمنطقة.", "HELD_IN")


def test_an_agreement_signed_in_a_city_the_text_names_was_made_there(nlp):
    text = "ووقع وزيرا الخارجية في الرياض أمس اتفاقية التعاون الأمني بين البلدين."
    assert [o for _, o, _ in rel(nlp, text, "HELD_IN")] == ["SA"]


# --- INVITED ------------------------------------------------------------------------------

def test_the_event_in_the_name_of_an_invited_body_is_not_where_it_is_invited(nlp):
    text = "وطالب البيان بدعوة اللجنة الوطنية للإشراف على مخرجات مؤتمر المصالحة الوطنية لمناقشة الدستور."
    assert not rel(nlp, text, "INVITED")


@pytest.mark.parametrize("second", [
    "ودعت الهيئة الحكومة الفرنسية، إلى وضع خطة للإصلاح.",
    "ووجه السفير الدعوة لمجلس الأمن، للقيام بمسؤولياته.",
])
def test_a_call_on_someone_to_act_invites_them_to_no_event_of_the_article(nlp, second):
    text = "افتتح المؤتمر الدولي للطاقة في مدينة لندن أمس. " + second
    assert not rel(nlp, text, "INVITED")


def test_an_invitation_to_take_part_still_invites_to_the_article_event(nlp):
    text = "افتتح المؤتمر الدولي للطاقة في مدينة لندن أمس. ووجهت بريطانيا الدعوة لقطر، للمشاركة."
    assert {s for s, _, _ in rel(nlp, text, "INVITED")} == {"QA"}


# --- CHAIRED ------------------------------------------------------------------------------

def test_the_head_of_a_delegation_to_a_ceremony_does_not_chair_it(nlp):
    text = ("وكان وفد من دولة الكويت قد شارك في الاحتفال الرسمي بافتتاح مطار القاهرة الجديد، "
            "برئاسة الشيخ صباح الخالد الصباح.")
    assert not rel(nlp, text, "CHAIRED")


def test_a_meeting_held_under_someone_is_chaired_by_him(nlp):
    text = "عقد الاجتماع الوزاري في الرياض أمس برئاسة الأمير سعود الفيصل."
    assert len(rel(nlp, text, "CHAIRED")) == 1


# --- FUNDED -------------------------------------------------------------------------------

def test_money_moved_from_one_state_to_another_funds_nobody(nlp):
    text = "وقال الخبير إن الأموال المحولة من الكويت إلى مصر عبر العمالة المصرية تدعم الاقتصاد المصري."
    assert not rel(nlp, text, "FUNDED")


def test_aid_given_by_a_state_to_another_is_funding(nlp):
    text = "بلغت المساعدات المقدمة من الكويت إلى مصر ملياري دولار."
    assert {(s, o) for s, o, _ in rel(nlp, text, "FUNDED")} == {("KW", "EG")}


def test_a_yearly_sum_received_from_a_club_is_a_salary(nlp):
    text = "ويحصل اللاعب على خمسة ملايين دولار سنويا من باريس سان جيرمان."
    assert not rel(nlp, text, "FUNDED")


# --- dates --------------------------------------------------------------------------------

def test_yesterday_before_the_events_name_dates_it(nlp):
    text = "وقال الوكيل خلال افتتاحه أمس الملتقى العلمي الأول للسياحة في الرياض إن المملكة تهتم بالسياحة."
    assert [e["props"].get("date") for e in events(nlp, text, "2015-08-04").values()] == ["2015-08-03"]


# --- places -------------------------------------------------------------------------------

def test_early_is_not_in_accra(nlp):
    text = "ويفضل بعض اللاعبين الاعتزال باكرا ويقيم لهم النادي حفل اعتزال في الملعب."
    assert not rel(nlp, text, "HELD_IN")


def test_accra_after_a_locative_with_ghana_named_is_still_accra(nlp):
    text = "عقدت قمة الاتحاد الأفريقي في أكرا عاصمة غانا أمس."
    assert [o for _, o, _ in rel(nlp, text, "HELD_IN")] == ["GH"]


def test_a_place_in_a_relative_clause_closed_before_the_event_is_not_its_place(nlp):
    text = "وكان اللاعب، الذي يواجه تهما بالتهرب الضريبي في إسبانيا، قد حضر افتتاح متحف الفن الحديث."
    assert not rel(nlp, text, "HELD_IN")


def test_a_visit_to_a_persons_own_country_is_not_his(nlp):
    text = ("وتلقى الملك سلمان بن عبدالعزيز اتصالا هاتفيا من الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية "
            "جدد خلاله ترحيبه بخادم الحرمين الشريفين خلال زيارته الخاصة لفرنسا.")
    assert not [e for e in events(nlp, text).values() if "هولاند" in e["name"]]


def test_a_visit_abroad_is_the_visitors(nlp):
    text = "وأكد الرئيس الفرنسي فرانسوا هولاند خلال زيارته لمصر دعم بلاده."
    assert [e["props"]["participants"] for e in events(nlp, text).values()] == [["person:فرنسوا_هولاند"]]


# --- draw s26 -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ويستعد الفريق لخوض الجولة الثانية من (دوري جميل) في مدينة جدة.",
    "وانضم اللاعب إلى فريقه الذي يخوض جولة تحضيرية في الولايات المتحدة.",
    "وورد بلاغ لعمليات الهيئة الإسعافية بالمدينة المنورة عن حالة غرق.",
    "وقال الوزير خلال لقاء مع قناة العربية في الرياض أمس إن الحل سياسي.",
    "بعدما أجرى انتخابات تقول واشنطن إنها غير جديرة بالثقة.",
])
def test_a_match_round_a_team_tour_a_control_room_an_interview_and_a_cut_name_are_no_events(nlp, text):
    assert not events(nlp, text, "2015-08-04")


def test_preparatory_talks_are_still_an_event(nlp):
    text = "وعقد في جنيف أمس اجتماع تحضيري للمؤتمر الدولي حول سوريا."
    assert [e["props"].get("city") for e in events(nlp, text, "2015-08-04").values()] == ["جنيف"]


def test_the_office_in_a_persons_title_is_not_the_member(nlp):
    text = "وعين أحمد الخميس أمين عام اتحاد الكرة السعودي عضوا في لجنة المسابقات القارية."
    assert not [s for s, o, _ in rel(nlp, text, "MEMBER_OF") if s.startswith("org:")]


def test_a_state_said_to_be_a_member_is_one(nlp):
    text = "وأكد الوزير أن المملكة العربية السعودية عضو في مجموعة العشرين."
    assert [s for s, _, _ in rel(nlp, text, "MEMBER_OF")] == ["SA"]


def test_an_agreement_is_sponsored_talks_not_an_organised_event(nlp):
    text = "ويشترط البرلمان التوقيع على اتفاق السلام الذي ترعاه بعثة الأمم المتحدة."
    assert not rel(nlp, text, "ORGANIZED")


def test_the_red_crescent_federation_in_either_order_is_the_ifrc(nlp):
    doc = nlp("ينظم الاتحاد الدولي لجمعيات الهلال والصليب الأحمر اجتماعا تشاوريا في بيروت.")
    assert "org:ifrc" in doc._.entities and "org:icrc" not in doc._.entities


# --- modality -----------------------------------------------------------------------------

def test_a_source_named_at_the_end_of_the_sentence_makes_its_facts_reported(nlp):
    text = "وحصل حسن خليل خيزران على 2300 دولار من حزب الله العام 2009، وفق المصدر نفسه."
    assert {f["modality"] for f in nlp(text)._.facts if f["predicate"] == "FUNDED"} == {"reported"}


def test_in_accordance_with_names_no_source(nlp):
    text = "وحصل حسن خليل خيزران على 2300 دولار من حزب الله العام 2009، وفقا للاتفاق بينهما."
    assert {f["modality"] for f in nlp(text)._.facts if f["predicate"] == "FUNDED"} == {"asserted"}


def test_the_fifth_day_of_an_event_is_not_today(nlp):
    text = ("حصل الرياضيون المشاركون في دورة الألعاب العالمية الصيفية التي تستضيفها مدينة لوس أنجلوس الأمريكية "
            "على 15 ميدالية في اليوم الخامس من الدورة.")
    doc = nlp(text)
    assert {f["modality"] for f in doc._.facts if f["predicate"] == "HOSTED"} == {"asserted"}
    assert not [e for e in doc._.entities.values() if e["props"].get("planned")]


# --- draw s27 -----------------------------------------------------------------------------

def test_in_a_sports_article_a_tournament_and_a_round_are_competitions(nlp):
    text = ("بلغ اللاعب الإسباني المباراة النهائية من دورة هامبورغ الدولية للتنس، بعد فوزه في نصف النهائي "
            "على المصنف الثالث، وهو يستعد لخوض بطولة أمريكا المفتوحة.")
    assert not events(nlp, text, "2015-08-04")


def test_a_sponsor_of_talks_a_failure_of_which_is_feared_still_sponsors_them(nlp):
    text = ("وتحسبا لاحتمال فشل المفاوضات التي ترعاها الأمم المتحدة في جنيف والتي تستأنف الأسبوع المقبل، "
            "بدأت لجنة من البرلمان عقد اجتماعات.")
    assert not [f for f in nlp(text)._.facts if f["negated"]]
