"""athar_events on sentences written for these tests: explicit mentions and what names
them, anaphora, same-document merging, dates, earlier events and meeting verbs."""
from __future__ import annotations

import pytest

from event_mentions import events, the_event


# ---------------------------------------------------------- explicit mentions
def test_a_trigger_with_a_linked_city_is_an_event_there(nlp):
    props = the_event(nlp, "عقد في نواكشوط اجتماع إقليمي حول أمن الحدود.")["props"]
    assert (props["kind"], props["city_key"], props["country"]) == ("meeting", "place:nouakchott", "MR")


def test_a_stop_written_with_its_particle_leaves_the_bare_word_in_the_name(nlp):
    # "للتوقيع" (to sign) ends a phrase; "التوقيع" names the ceremony, whatever other rules know the word
    assert the_event(nlp, "أقيم في عمان حفل التوقيع بحضور الوزراء.")["name"].startswith("حفل التوقيع")
    assert the_event(nlp, "عقد في عمان اجتماع للتوقيع على الاتفاق.")["name"] == "اجتماع"


def test_an_organisation_after_the_trigger_owns_the_event(nlp):
    event = the_event(nlp, "عقد في جنيف اجتماع لمجلس حقوق الإنسان حول اليمن.")
    assert event["props"]["organizers"] == ["org:un-human-rights-council"]
    assert event["props"]["city_key"] == "place:geneva"


def test_a_quoted_title_after_a_title_cue_names_the_event(nlp):
    event = the_event(nlp, "عقدت في مسقط يوم 5 مايو 2022 ندوة دولية تحت شعار «الحوار طريق السلام» بمشاركة خبراء.")
    assert event["name"] == "الحوار طريق السلام"
    assert event["props"]["kind"] == "seminar" and event["props"]["date"] == "2022-05-05"


def test_an_edition_of_a_series_keeps_its_number_and_series_title(nlp):
    props = the_event(nlp, "انطلقت في تونس أعمال الدورة الثالثة لمنتدى «أمن المتوسط».")["props"]
    assert (props["edition"], props["series"], props["kind"]) == (3, "أمن المتوسط", "forum")


def test_two_editions_of_a_series_are_two_events(nlp):
    found, _ = events(nlp, "احتضنت باماكو يوم 7 يوليو 2018 الدورة الأولى لملتقى «الساحل الآمن». "
                           "واحتضنت نيامي يوم 9 يوليو 2019 الدورة الثانية لملتقى «الساحل الآمن».")
    assert [(e["props"]["edition"], e["props"]["city_key"], e["props"]["date"]) for e in found] == [
        (1, "place:bamako", "2018-07-07"), (2, "place:niamey", "2019-07-09")]


def test_a_future_event_is_planned(nlp):
    assert the_event(nlp, "سيعقد في الدوحة مؤتمر دولي حول التعليم الشهر المقبل.")["props"]["planned"] is True


@pytest.mark.parametrize("text", [
    "ودعا التنظيم إلى حوار في ليبيا دون وساطة أجنبية.",
    "ورفض الحوثيون دعوة المملكة للحوار في الرياض.",
    "وطالب الوزير بعقد اجتماع طارئ لمجلس الجامعة العربية في القاهرة.",
])
def test_an_event_a_call_asks_for_is_planned(nlp, text):
    assert the_event(nlp, text)["props"]["planned"] is True


@pytest.mark.parametrize("text", [
    "وتمت دعوة قطر للمشاركة في المؤتمر الذي احتضنته باريس أمس.",      # an invitation to an event held
    "وهدأت الهجمات منذ التوقيع على اتفاق مينسك. ولم يسحب الجانبان المدفعية كما يطالب الاتفاق.",  # what it demands
])
def test_an_invitation_or_a_demand_of_an_agreement_calls_for_no_event(nlp, text):
    assert "planned" not in the_event(nlp, text)["props"]


def test_a_past_event_is_not_planned(nlp):
    assert "planned" not in the_event(nlp, "عقد في الدوحة أمس مؤتمر دولي حول التعليم.")["props"]


@pytest.mark.parametrize("text", [
    "وقال الوزير في مؤتمر صحفي عقده في جدة إن بلاده تدعم الحل.",
    "خسر الفريق مباراة القمة أمام غريمه التقليدي.",
    "واتفق البلدان على عقد مؤتمرين حول الطاقة.",
])
def test_press_conferences_sport_and_plurals_are_no_events(nlp, text):
    assert events(nlp, text) == ([], [])


# ----------------------------------------------------------------- dates
def test_the_date_next_to_the_trigger_is_the_events(nlp):
    assert the_event(nlp, "شهدت العاصمة الأردنية عمّان يوم 6 مايو 2024 مؤتمرا للمانحين.")["props"]["date"] == "2024-05-06"


def test_a_date_far_from_the_trigger_is_not_the_events(nlp):
    event = the_event(nlp, "عقد في الدوحة مؤتمر دولي حول مستقبل التعليم في العالم العربي بعد التحولات الكبيرة "
                           "التي شهدتها المنطقة منذ أحداث 11 سبتمبر 2001.")
    assert "date" not in event["props"]


def test_a_date_in_the_next_clause_is_not_the_events(nlp):
    event = the_event(nlp, "احتضنت تونس منتدى حول الاستثمار. وكانت الحكومة قد أعلنت في 14 يناير 2011 عن إصلاحات.")
    assert "date" not in event["props"]


# -------------------------------------------------------------- anaphora
@pytest.mark.parametrize("text", [
    "افتتح في بيروت مؤتمر إقليمي حول اللاجئين. وناقش المؤتمر سبل دعم الدول المضيفة.",
    "عقد في نيويورك يوم 3 مارس 2021 اجتماع لمجلس الأمن الدولي حول اليمن. وقال المندوب الصيني خلال هذا الاجتماع "
    "إن الحل سياسي.",
])
def test_a_definite_or_demonstrative_trigger_refers_back_to_the_event(nlp, text):
    found, spans = events(nlp, text)
    assert len(found) == 1
    assert [anaphoric for _, _, anaphoric in spans] == [False, True]


def test_an_anaphor_prefers_the_event_that_shares_its_sentences_place(nlp):
    found, spans = events(nlp, "احتضنت مراكش مؤتمرا حول المناخ. وبعد أسبوع احتضنت أكادير مؤتمرا حول المياه. "
                               "وأشاد المشاركون في المؤتمر بحسن التنظيم في مراكش.")
    by_city = {e["props"]["city_key"]: e["key"] for e in found}
    assert set(by_city) == {"place:marrakesh", "place:agadir"}
    [anaphor] = [key for key, _, anaphoric in spans if anaphoric]
    assert anaphor == by_city["place:marrakesh"]


def test_without_a_shared_place_an_anaphor_refers_to_the_most_recent_event(nlp):
    found, spans = events(nlp, "احتضنت مراكش مؤتمرا حول المناخ. وبعد أسبوع احتضنت أكادير مؤتمرا حول المياه. "
                               "وأشاد المشاركون في المؤتمر بحسن التنظيم.")
    [anaphor] = [key for key, _, anaphoric in spans if anaphoric]
    assert anaphor == next(e["key"] for e in found if e["props"]["city_key"] == "place:agadir")


def test_a_headline_anaphor_refers_forward_to_the_event_of_the_article(nlp):
    found, spans = events(nlp, "المؤتمر يختتم أعماله بتوصيات\nاختتم في الرباط أمس مؤتمر دولي حول الهجرة.")
    assert len(found) == 1 and found[0]["props"]["city_key"] == "place:rabat"
    assert len(spans) == 2


# ------------------------------------------------------ same-document merging
def test_two_explicit_mentions_of_the_same_city_are_one_event(nlp):
    event = the_event(nlp, "عقد في الرياض مؤتمر دولي حول اليمن في 10 يناير 2022. وفي ختام مؤتمر الرياض صدر بيان مشترك.")
    assert event["props"]["date"] == "2022-01-10"
    assert "مؤتمر الرياض" in {event["name"], *event["aliases"]}


def test_two_events_of_one_sentence_keep_their_own_cities(nlp):
    found, _ = events(nlp, "عقد في بغداد مؤتمر حول المياه، وعقد في دمشق اجتماع حول الطاقة.")
    assert [(e["props"]["kind"], e["props"]["city_key"]) for e in found] == [
        ("conference", "place:baghdad"), ("meeting", "place:damascus")]


def test_a_city_named_later_in_the_sentence_about_another_matter_is_not_the_events(nlp):
    event = the_event(nlp, "عقدت في القاهرة قمة عربية طارئة لمناقشة الوضع الإنساني في غزة.")
    assert event["props"]["city_key"] == "place:cairo"


def test_events_in_different_cities_stay_apart(nlp):
    found, _ = events(nlp, "احتضنت مراكش مؤتمرا حول المناخ. وبعد أسبوع احتضنت أكادير مؤتمرا حول المياه.")
    assert len(found) == 2


# ------------------------------------------------------------ earlier events
def test_the_last_ministerial_meeting_in_another_city_is_a_distinct_earlier_event(nlp):
    found, spans = events(nlp, "عقد في نواكشوط اجتماع لوزراء دفاع دول الساحل. وجاء هذا الاجتماع بعد الاجتماع الوزاري "
                               "الأخير الذي احتضنته روما في يناير الماضي.")
    current, earlier = found
    assert current["props"]["city_key"] == "place:nouakchott"
    assert earlier["props"]["city_key"] == "place:rome" and earlier["props"]["date"] == "--01"
    assert "date" not in current["props"]         # "يناير الماضي" dates the Rome meeting only
    assert [(key, anaphoric) for key, _, anaphoric in spans] == [
        (current["key"], False), (current["key"], True), (earlier["key"], False)]


# ------------------------------------------------------------- meeting verbs
@pytest.mark.parametrize("text", [
    "يجتمع التحالف الدولي ضد «داعش» في الكويت الخميس المقبل.",
    "التحالف الدولي ضد «داعش» يجتمع في الكويت الخميس المقبل.",
])
def test_a_meeting_verb_picks_the_coalition_not_the_group_it_fights(nlp, text):
    event = the_event(nlp, text)
    assert event["props"]["organizers"] == ["org:global-coalition-against-daesh"]
    assert event["props"]["kind"] == "meeting" and event["props"]["planned"] is True


def test_a_meeting_verb_without_an_organisation_is_no_event(nlp):
    assert events(nlp, "التقى الرئيس التونسي بوفد من رجال الأعمال.") == ([], [])


# ------------------------------------------------------ noun phrases as names
def test_the_genitive_chain_after_the_trigger_names_the_event(nlp):
    event = the_event(nlp, "اختتم في عمّان أمس اجتماع وزراء الزراعة العرب.")
    assert event["name"] == "اجتماع وزراء الزراعة العرب"
    assert event["props"]["city_key"] == "place:amman"


def test_an_accusative_trigger_and_its_adjectives_are_named_in_their_base_form(nlp):
    event = the_event(nlp, "عقدت اللجنة اجتماعاً طارئاً في بغداد لبحث أزمة المياه.")
    assert event["name"] == "اجتماع طارئ في بغداد"
    assert {"اجتماع طارئ", "اجتماع بغداد"} <= set(event["aliases"])
    assert event["props"]["topic"] == "لبحث أزمة المياه"


def test_an_edition_and_the_body_that_meets_belong_to_the_name(nlp):
    event = the_event(nlp, "افتتحت في جدة الدورة الـ42 لمجلس وزراء خارجية منظمة التعاون الإسلامي.")
    assert event["name"] == "الدورة الـ42 لمجلس وزراء خارجية منظمة التعاون الإسلامي"
    assert event["props"]["edition"] == 42 and event["props"]["organizers"] == ["org:oic"]


def test_a_count_after_a_definite_trigger_is_no_edition(nlp):
    found, _ = events(nlp, "احتضنت تونس مؤتمرا حول الهجرة. وضم المؤتمر 40 دولة.")
    assert len(found) == 1 and "edition" not in found[0]["props"]


def test_a_city_the_gazetteer_does_not_list_is_read_after_madina(nlp):
    props = the_event(nlp, "انطلقت أمس بمدينة الجديدة المغربية ندوة حول الصيد البحري.")["props"]
    assert (props["city"], props["country"]) == ("الجديدة", "MA")


def test_a_meeting_verb_names_the_event_by_its_noun(nlp):
    event = the_event(nlp, "يجتمع التحالف الدولي ضد «داعش» في الكويت الخميس المقبل.")
    assert event["name"] == "اجتماع التحالف الدولي"


def test_who_speaks_before_a_complementizer_is_no_party_of_the_meeting_he_tells(nlp):
    found, _ = events(nlp, "وكشف وزير الدفاع آشتون كارتر عن أن العاهل سيزور واشنطن ويلتقي بالرئيس باراك أوباما في سبتمبر.")
    assert not any("person:اشتون_كارتر" in e["props"].get("participants", []) for e in found)


def test_a_person_named_after_his_representatives_is_no_party_of_their_meeting(nlp):
    found, _ = events(nlp, "وقالت الصحيفة إن مدير النادي جوزيبي ماروتا التقى مع ممثلي ماريو غوتزه في ميلانو أمس.")
    assert not any("person:ماريو_غوتزه" in e["props"].get("participants", []) for e in found)


def test_a_meeting_verb_joins_the_subject_and_the_object_of_its_clause(nlp):
    event = the_event(nlp, "وكان وزير الخارجية عادل الجبير قد التقى نظيره الألماني فرانك فالتر شتاينماير في برلين أمس.")
    assert set(event["props"]["participants"]) == {"person:عادل_الجبير", "person:فرانك_فالتر_شتاينماير"}


@pytest.mark.parametrize("text, name", [
    ("عقد مجلس الأمن الدولي جلسته الطارئة في نيويورك أمس.", "جلسة مجلس الأمن الدولي"),
    ("وافتتح مجلس الشورى أمس دورته السنوية في الرياض.", "دورة مجلس الشورى"),
    ("واختتم صندوق النقد الدولي «IMF» اجتماعه السنوي في ليما أمس.", "اجتماع صندوق النقد الدولي"),
])
def test_a_body_holding_its_own_session_names_it(nlp, text, name):
    event = the_event(nlp, text)
    assert event["name"] == name and event["props"]["organizers"]


def test_a_session_pronoun_with_no_body_before_it_is_no_event(nlp):
    found, _ = events(nlp, "وعقد الوزير جلسته مع الصحافيين أمس في الرياض.")
    assert not any(e["name"].startswith("جلسة") for e in found)


def test_meetings_with_different_participants_in_one_city_stay_apart(nlp):
    found, _ = events(nlp, "عقد في الدوحة اجتماع مع فرنسا، ثم عقد في الدوحة اجتماع آخر مع روسيا.")
    assert [e["props"]["participants"] for e in found] == [["FR"], ["RU"]]


# ------------------------------------------------------------ no anchor, no event
@pytest.mark.parametrize("text", [
    "وقال إن ما حدث في الموصل أمس مؤلم.",                         # the verb "happened"
    "وصوت المؤتمر الوطني العام في طرابلس على القانون.",            # a parliament
    "وأشاد الوزير بدوره في إنجاح المفاوضات.",                      # "his role", a bare anaphor
    "وقال المتحدث إن الاجتماع كان مثمرا.",                         # nothing to refer to
    "واتفق الطرفان على عقد اجتماع قريبا.",                          # no title, place, date or party
])
def test_an_event_without_an_anchor_is_no_node(nlp, text):
    assert events(nlp, text) == ([], [])


def test_a_described_definite_summit_with_its_own_city_is_not_an_anaphor(nlp):
    found, spans = events(nlp, "تبدأ اليوم القمة الخماسية بمدينة «كاسيسي» الأوغندية، بعد قمة مماثلة عقدت في نيروبي.")
    assert [(e["props"]["city"], e["props"].get("country")) for e in found] == [("كاسيسي", "UG"), ("نيروبي", "KE")]
    assert [anaphoric for _, _, anaphoric in spans] == [False, False]


def test_a_compound_ordinal_is_one_edition(nlp):
    props = the_event(nlp, "شارك الوفد في القمة الأفريقية الحادية والثلاثين التي عقدت في نواكشوط.")["props"]
    assert props["edition"] == 31 and props["city_key"] == "place:nouakchott"


def test_a_date_heading_a_chronology_line_dates_its_event(nlp):
    props = the_event(nlp, "- 4 أبريل 2019: الوزير يترأس وفد بلاده إلى المنتدى الاقتصادي الذي عقد في دبي")["props"]
    assert props["date"] == "2019-04-04" and props["city_key"] == "place:dubai"


def test_an_accusative_adjective_closes_the_genitive_chain(nlp):
    event = the_event(nlp, "وعقد الوزيران في روما اجتماعا مثمرا بينهما لمناقشة الملف.")
    assert event["name"] == "اجتماع مثمر"


@pytest.mark.parametrize("text", [
    "وقال الوزير في حوار خاص مع الصحيفة في الرياض إن بلاده تدعم الحل.",
    "وأكد في حوار تلفزيوني بثته قناة محلية في القاهرة أمس أن الوضع مستقر.",
    "وأجرت صحيفة «الحياة» يوم أمس (الأحد) حوارا مع وزير الخارجية الفرنسي لوران فابيوس في باريس.",
    "وقال الوزير في حوار مطول مع «الشرق الأوسط» في مكتبه بلندن أمس إن بلاده تدعم الحل.",
    "وشرح الوزير في أول حوار له مع صحيفة عربية في لندن أمس موقف بلاده.",
])
def test_an_interview_is_no_event(nlp, text):
    assert events(nlp, text) == ([], [])


@pytest.mark.parametrize("text", [
    "واستهل الوزير جولته أمس بزيارة لوزارة العدل في الرياض.",                                   # where he goes
    "ووقف المحافظ أمس خلال زيارة مركز صحي المندق على الخدمات المقدمة.",                          # a facility
])
def test_an_organisation_visited_is_no_visitor(nlp, text):
    assert events(nlp, text) == ([], [])


def test_an_organisation_that_gathers_holds_its_meeting(nlp):
    assert the_event(nlp, "ويجتمع التحالف الدولي ضد داعش في الكويت الخميس المقبل.")["props"]["organizers"] == [
        "org:global-coalition-against-daesh"]


def test_a_visit_to_a_city_is_still_an_event(nlp):
    event = the_event(nlp, "وتأتي زيارة الرئيس الفرنسي فرنسوا هولاند للرياض أمس في إطار تعزيز العلاقات.")
    assert event["props"]["city_key"] == "place:riyadh"


def test_a_dialogue_told_in_an_interview_is_still_an_event(nlp):
    event = the_event(nlp, "وأكد الوزير في حوار مع قناة العربية أن الحوار بين الفرقاء اليمنيين في جنيف سيستأنف.")
    assert event["props"]["city_key"] == "place:geneva"


def test_a_name_in_the_topic_is_neither_organiser_nor_participant(nlp):
    props = the_event(nlp, "انطلقت في الرباط أمس ندوة حول «القاعدة» في الساحل.")["props"]
    assert "organizers" not in props and "participants" not in props
    assert props["topic"] == "القاعدة" and "title" not in props


def test_a_first_definite_mention_named_by_its_body_is_an_event(nlp):
    event = the_event(nlp, "وانضمت دولتان إلى الاجتماع التأسيسي لصندوق التنمية الزراعية بعد ظهر أمس.")
    assert event["name"].startswith("الاجتماع التأسيسي لصندوق التنمية")


def test_a_multilateral_qualifier_does_not_anchor_talks(nlp):
    assert events(nlp, "وقال إن بلاده تفضل محادثات متعددة الأطراف.") == ([], [])


# ------------------------------------------------------ operations and agreements
def test_an_operation_with_a_quoted_name_is_an_event(nlp):
    event = the_event(nlp, "وأطلقت القوات عملية «درع الشمال» قرب مدينة الموصل.")
    assert event["name"] == "درع الشمال" and event["props"]["kind"] == "operation"


def test_an_agreement_named_by_its_city_is_an_event_held_there(nlp):
    props = the_event(nlp, "وأكد الطرفان التزامهما باتفاق الرياض الموقع قبل عامين.")["props"]
    assert (props["kind"], props["country"]) == ("agreement", "SA")


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن عملية إرهابية استهدفت السوق في بغداد أمس.",
    "وتوصل الطرفان في جنيف إلى اتفاق على وقف إطلاق النار.",
])
def test_an_unnamed_operation_or_agreement_is_no_event(nlp, text):
    assert events(nlp, text) == ([], [])


def test_a_bare_operation_never_refers_to_a_meeting(nlp):
    found, spans = events(nlp, "عقد في الرياض اجتماع لقادة الجيوش. وقال إن العملية مستمرة.")
    assert len(found) == 1 and len(spans) == 1


def test_a_later_mention_sharing_the_words_of_a_placed_meeting_is_that_meeting(nlp):
    found, _ = events(nlp, "انطلق في الدوحة الاجتماع السنوي لرؤساء أجهزة الإحصاء العربية. "
                           "وقال إن لقاء رؤساء أجهزة الإحصاء يعقد كل عام.")
    assert len(found) == 1 and found[0]["props"]["city_key"] == "place:doha"


def test_a_number_after_an_edition_word_in_the_chain_is_the_edition(nlp):
    props = the_event(nlp, "بدأت في الرياض اجتماعات الدورة 120 لمجلس المحافظين.")["props"]
    assert props["edition"] == 120


def test_a_place_in_a_quoted_title_is_not_where_the_event_is(nlp):
    props = the_event(nlp, "افتتح أمس معرض «استثمر في المغرب» بحضور رجال أعمال.")["props"]
    assert "country" not in props


def test_a_name_after_a_definite_trigger_is_its_subject_not_its_genitive(nlp):
    event = the_event(nlp, "ورعى الحفل الأمير خالد الفيصل في جدة أمس.")
    assert event["name"] == "الحفل" and "participants" not in event["props"]


def test_a_purpose_in_form_iv_ends_the_name(nlp):
    event = the_event(nlp, "وعقد الحزب في بكين اجتماعا لإبداء دعمه للحكومة.")
    assert event["name"] == "اجتماع" and event["props"]["topic"].startswith("لإبداء")


def test_a_trigger_written_with_lam_alif_lam_is_named_without_the_preposition(nlp):
    event = the_event(nlp, "وحضر الوزير الجلسة الافتتاحية للدورة 45 لمجلس المحافظين في جدة.")
    assert all(not n.startswith("لل") for n in [event["name"], *event["aliases"]])


def test_a_country_in_a_purpose_before_the_meeting_is_not_its_place(nlp):
    props = the_event(nlp, "ويقود الوزير وفدا لبحث الأوضاع في الصومال وسيعقد الوزراء اجتماعا تحضيريا للقمة يوم 3 مارس 2022.")["props"]
    assert "country" not in props


@pytest.mark.parametrize("text", [
    "وصل المتسلقون إلى قمة الجبل في نيبال أمس.",
    "وأفرج الخاطفون عن الرهائن في بغداد أمس لقاء مبلغ كبير.",
])
def test_a_peak_or_a_price_is_no_event(nlp, text):
    assert events(nlp, text) == ([], [])


# ------------------------------------------------- meetings between named persons
@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية المصري سامح شكري نظيره الأردني ناصر جودة في عمان أمس.",
    "وكان سامح شكري، وزير الخارجية المصري، قد التقى في عمان نظيره الأردني ناصر جودة.",
])
def test_a_meeting_verb_between_two_named_persons_is_a_meeting_with_them(nlp, text):
    event = the_event(nlp, text)
    assert event["props"]["kind"] == "meeting" and event["props"]["city_key"] == "place:amman"
    assert len(event["props"]["participants"]) == 2
    assert event["name"].startswith("لقاء ")


def test_a_later_bare_meeting_refers_to_the_meeting_of_the_verb(nlp):
    found, spans = events(nlp, "التقى سامح شكري نظيره الأردني ناصر جودة في عمان. وبحث اللقاء العلاقات الثنائية.")
    assert len(found) == 1 and [a for _, _, a in spans] == [False, True]


def test_a_possessed_meeting_noun_with_a_named_person_is_a_meeting(nlp):
    event = the_event(nlp, "وجاء ذلك خلال لقائه الدكتور ناصر جودة وزير الخارجية الأردني في عمان.")
    assert event["props"]["kind"] == "meeting" and event["props"]["city_key"] == "place:amman"
    assert event["props"]["participants"] and event["name"].startswith("لقاء")


def test_a_possessed_meeting_noun_with_no_named_person_is_no_event(nlp):
    assert events(nlp, "وأكد الوزير خلال لقائه عددا من رجال الأعمال أهمية الاستثمار.") == ([], [])


# ---------------------------------------------------------- other senses, no event
@pytest.mark.parametrize("text", [
    "وحصل المتهم على الأموال لقاء مبالغ دفعها في عمان.",        # "in return for"
    "وقال الوزير في معرض رده على سؤال في عمان إن العلاقات جيدة.",  # "in the course of"
    "وحضر الأمير مراسم الزواج في جدة أمس.",                      # a wedding
    "واختتمت في الرياض أمس دورة تدريبية للموظفين.",               # a training course
    "وقال المخرج إن الطفل كان في قمة الأولويات في مهرجان جدة.",     # "the peak of"
    "ويتربع الهلال على قمة جدول الترتيب بعد فوزه في الرياض.",      # the top of a table
    "وأضاف أن عملية حفر القناة الموازية في مصر استغرقت عاما.",      # a work, not an operation
    "ولم يكتمل برنامجه بعد إجرائه عملية الرباط الصليبي في ألمانيا.",  # a surgery
    "وأعلنت غرفة عمليات جيش الفتح في إدلب بدء الهجوم على القريتين.",   # an operations room
    "وتفقد مدير التعليم بمحافظة ينبع محمد العقيبي مدارس المحافظة في جولة ميدانية.",  # a field tour
    "وقال المتحدث إن عمليات الدفاع المدني بنجران تلقت بلاغا بوقوع حريق.",  # a control room
    "وأغلقت الشرطة الأوروبية منتدى «شادو» على الإنترنت الذي يتبادل فيه القراصنة البيانات في ألمانيا.",  # a website
    "ونشر التنظيم تسجيلا على منتدى إلكتروني تابع له في العراق.",          # a website
    "وتداولت المنتديات الجهادية في سوريا البيان أمس.",                   # websites
])
def test_words_that_give_a_trigger_another_sense_make_no_event(nlp, text):
    assert events(nlp, text) == ([], [])


def test_a_topic_or_an_edition_alone_anchors_no_event(nlp):
    assert events(nlp, "وتحدث المشاركون في حوار هادئ حول مستقبل التعليم. وانطلقت الدورة الثالثة.") == ([], [])


def test_the_dateline_city_is_not_where_the_event_is(nlp):
    found, _ = events(nlp, "الرياض - واس: عقد بالقاهرة أمس اجتماع وزراء الداخلية العرب.")
    assert found[0]["props"]["city_key"] == "place:cairo"
    assert events(nlp, "جدة - واس: اختتمت أعمال ندوة حول تجريم الإرهاب.") == ([], [])


def test_a_bare_conference_does_not_refer_to_a_visit(nlp):
    found, spans = events(nlp, "وقال إن زيارة الرئيس الفرنسي إيمانويل ماكرون لقطر كانت ناجحة. ودعيت قطر لحضور المؤتمر.")
    assert [e["props"]["kind"] for e in found] == ["visit"]
    assert not any("المؤتمر" in text for _, text, _ in spans)


@pytest.mark.parametrize("text", [
    "وأقيم حفل المعايدة في حائل أمس.",                           # Eid greetings
    "وعقدت جلسة أمس.",                                          # a sitting of anything
    "وأجرى المحافظ جولة تفقدية في جدة أمس.",                      # a tour of inspection
    "ودعا إلى إنجاح العملية السياسية في ليبيا.",                  # a process
])
def test_social_and_other_common_senses_are_no_events(nlp, text):
    assert events(nlp, text) == ([], [])


@pytest.mark.parametrize("text", [
    "ونفذ مكتب العمل بالدمام جولات ميدانية على المحلات، وشارك في الجولة مدير المكتب سالم الدوسري.",
    "وعقد مدير الشرطة مؤتمرا صحفيا في أبها، وأعلن في المؤتمر القبض على المتهمين.",
    "وأقام السفير في عمان حفل معايدة للمواطنين، وحضر الحفل عدد من أعضاء السفارة.",
])
def test_the_same_word_again_refers_to_what_was_no_event(nlp, text):
    assert events(nlp, text)[0] == []


def test_a_real_event_told_after_what_was_no_event_is_still_an_event(nlp):
    found, _ = events(nlp, "وعقد الوزير مؤتمرا صحفيا أمس. وافتتح في الرياض اليوم مؤتمر الطاقة العربي، "
                           "وشارك في المؤتمر وزراء من عشر دول.")
    assert [e["name"] for e in found] == ["مؤتمر الطاقة العربي"]


def test_a_forum_about_the_internet_is_still_an_event(nlp):
    assert the_event(nlp, "وافتتح في جنيف منتدى حوكمة الإنترنت بمشاركة مئة دولة.")["name"] == "منتدى حوكمة الإنترنت"


def test_a_city_named_after_a_king_is_no_city_called_king(nlp):
    found, _ = events(nlp, "وافتتح الأمير معرض الكتاب في مدينة الملك عبدالعزيز للعلوم والتقنية بالرياض.")
    assert found[0]["props"].get("city_key") != "place:الملك"


def test_a_quoted_city_and_number_is_an_edition_of_a_series_named_not_placed(nlp):
    event = the_event(nlp, "ودعت موسكو إلى استئناف الاتصالات تمهيدا لعقد «أستانا - 4» قريبا.")
    assert (event["name"], event["props"]["edition"]) == ("أستانا 4", 4)
    assert "city" not in event["props"]


def test_a_count_after_a_city_is_no_edition(nlp):
    assert events(nlp, "وقتل في بغداد 3 أشخاص أمس.") == ([], [])


def test_the_organisation_that_holds_an_event_anchors_it(nlp):
    event = the_event(nlp, "عقد مجلس الأمن الدولي اجتماعا طارئا حول اليمن.")
    assert event["props"]["organizers"] == ["org:un-security-council"]


@pytest.mark.parametrize("text", [
    "وأجرت الصحيفة حوارا مع «عكاظ» أمس.",                    # an interview with a newspaper
    "وخسر الفريق لقاء الهلال الودي الثاني في جدة أمس.",        # a friendly match
    "وحسم الفريق اللقاء لصالحه بفارق هدف في دبي أمس.",         # a match won
    "وحضر الأمير افتتاح فرعه النسائي في جدة أمس.",             # an opening of someone's branch
    "وتحدث الطبيب عن الدورة الدموية في جدة أمس.",              # blood circulation
    "وتراجع المؤشر في تداولات جلسة يوم أمس في سوق دبي.",         # a trading session
    "واصطدمت السيارة بمعرض لبيع السيارات في الرياض أمس.",        # a showroom
    "جاء ذلك خلال زيارة الوزير حمد الضويلع أمس لمجمع الأمل بالدمام.",   # an inspection of a facility
    "جاء ذلك خلال زيارة قام بها المحافظ خالد البراك للمصابين في مستشفى الهفوف.",  # a call on the injured
])
def test_matches_interviews_and_possessed_openings_are_no_events(nlp, text):
    assert events(nlp, text) == ([], [])


def test_a_meeting_verb_whose_first_name_is_its_object_does_not_pair_it_with_a_later_name(nlp):
    found, _ = events(nlp, "ثم سافر إلى جدة ليلتقي هناك بأسامة بن لادن، ولتكون أفغانستان لاحقا محطة لهما وانضم إليهما أيمن الظواهري.")
    assert not any(len(e["props"].get("participants", [])) == 2 for e in found)


# ---------------------------------------------------------- senses that are no event
def test_an_appeal_for_money_is_no_event_but_a_named_call_is(nlp):
    assert events(nlp, "وأطلقت الأمم المتحدة نداء لجمع نصف مليار دولار لمساعدة النازحين.")[0] == []
    assert events(nlp, "وشاركت فرنسا في قمة «نداء كرايستشيرش» في باريس.")[0]


def test_liable_to_is_no_exhibition(nlp):
    assert events(nlp, "وغاب اللاعب عن التدريبات وسيكون راتبه معرضا للحسم.")[0] == []
    assert events(nlp, "وأصبحت المنشآت القديمة معرضة للانهيار في أي لحظة.")[0] == []
    assert the_event(nlp, "نظمت الجمعية معرضا للكتاب في الرياض.")["props"]["kind"] == "exhibition"


def test_in_a_sports_article_a_liqa_is_a_match(nlp):
    sports = ("أنهى النادي معسكره في النمسا واستعد المدرب للمباراة الأولى في الدوري، ويغيب اللاعب المصاب عن "
              "التشكيلة. ومن المنتظر أن يدخل الفريق لقاء الغد في الرياض بتشكيلته الأساسية.")
    assert events(nlp, sports)[0] == []
    politics = ("وصل وزير الخارجية إلى الرياض، وعقد لقاء مع نظيره الفرنسي في الرياض. وبحث اللقاء الذي عقد في "
                "الرياض نتائج الدوري الأوروبي للمحادثات.")
    assert events(nlp, politics)[0]
