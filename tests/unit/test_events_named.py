"""athar_events on sentences written for these tests: agreements named by what they are about,
well-known operations named alone, earlier events kept apart, described mentions that name
another event."""
from __future__ import annotations

import pytest


def names(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [e["name"] for e in doc._.entities.values() if e["type"] == "Event"]


def event(nlp, text: str) -> dict:
    doc = nlp(text)
    found = [e for e in doc._.entities.values() if e["type"] == "Event"]
    assert len(found) == 1, [e["name"] for e in found]
    return found[0]


# ---------------------------------------------------------- agreements
@pytest.mark.parametrize("text,name", [
    ("ناقش النواب الاتفاق النووي مع إيران.", "الاتفاق النووي"),
    ("وقع البلدان اتفاقية دفاع مشترك عام 1962.", "اتفاقية دفاع مشترك"),
    ("انسحبت الدولة من معاهدة منع الانتشار النووي.", "معاهدة منع الانتشار النووي"),
    ("وقعت الحكومتان اتفاقية التعاون الثقافي والعلمي بينهما.", "اتفاقية التعاون الثقافي والعلمي"),
    ("يعارض المزارعون اتفاق الشراكة عبر المحيط الهندي.", "اتفاق الشراكة عبر المحيط الهندي"),
])
def test_an_agreement_is_named_by_what_it_is_about(nlp, text, name):
    found = event(nlp, text)
    assert name in [found["name"], *found["aliases"]] and found["props"]["kind"] == "agreement"


@pytest.mark.parametrize("text", [
    "توصل الطرفان إلى اتفاق على وقف إطلاق النار.",
    "وقال إن الاتفاق الأخير لم ينفذ.",
    "تأمل الحكومة التوصل إلى اتفاق نهائي كي تبدأ التنفيذ.",
    "دعا الوزراء إلى اتفاق سلام عادل ودائم.",
    "وقع البلدان اتفاقية دفاع مشترك قبل ستين عاما.",
])
def test_an_agreement_without_a_name_is_no_event(nlp, text):
    assert names(nlp, text) == []


def test_an_agreement_inside_talks_is_an_event_too(nlp):
    assert "اتفاق التجارة الحرة عبر البحر المتوسط" in names(
        nlp, "استؤنفت مفاوضات اتفاق التجارة الحرة عبر البحر المتوسط أمس.")


def test_states_after_between_are_parties_not_the_place(nlp):
    found = event(nlp, "يعارض النواب اتفاق التجارة الحرة بين واشنطن وأوتاوا.")
    assert "city" not in found["props"]


def test_a_quoted_name_keeps_its_topic_as_an_alias(nlp):
    found = event(nlp, 'أعلنت المنظمة أن أعضاءها توصلوا إلى "اتفاق شامل" حول تجارة الأدوية التي تنمو بسرعة.')
    assert found["name"] == "اتفاق شامل"
    assert "اتفاق شامل حول تجارة الأدوية" in found["aliases"]


# ---------------------------------------------------------- known operations
def test_known_operations_are_events_by_their_name(nlp):
    assert names(nlp, "شاركت البحرين في عمليتي «عاصفة الحزم» و«إعادة الأمل» منذ بدايتهما.") == [
        "عاصفة الحزم", "إعادة الأمل"]


def test_a_known_operation_after_its_trigger_is_one_event(nlp):
    found = event(nlp, "قتل ثلاثة جنود من القوات المشاركة في عمليات عاصفة الحزم.")
    assert found["name"] == "عاصفة الحزم" and "عمليات عاصفة الحزم" in found["aliases"]


def test_a_quoted_operation_with_its_trigger_is_named(nlp):
    found = event(nlp, "وقال المتحدث إن «عملية الحسم الأصيل» تتقدم ببطء.")
    assert found["props"]["kind"] == "operation" and "عملية الحسم الأصيل" in [found["name"], *found["aliases"]]


# ---------------------------------------------------------- earlier and other events
def test_an_earlier_session_is_not_the_next_one(nlp):
    doc = nlp("تعقد الدورة القادمة للقمة في مارس المقبل، بعد أن ترأست الأردن الدورة السابقة للقمة.")
    found = [e for e in doc._.entities.values() if e["type"] == "Event"]
    assert all("الدورة السابقة للقمة" not in [e["name"], *e["aliases"]] for e in found
               if "الدورة القادمة للقمة" in [e["name"], *e["aliases"]])


def test_a_described_mention_with_other_words_is_another_event(nlp):
    text = ("يعقد المؤتمر الوطني للشباب في سوسة الشهر المقبل. وتحدث الوزير في المؤتمر السنوي "
            "للسفراء الذي احتضنته العاصمة التونسية.")
    found = {e["name"]: e["props"] for e in nlp(text)._.entities.values() if e["type"] == "Event"}
    assert found["المؤتمر السنوي للسفراء"]["city_key"] == "place:tunis"
    assert found["المؤتمر السنوي للسفراء"]["city"] == "العاصمة التونسية"


def test_a_conference_against_something_is_named_by_it(nlp):
    found = event(nlp, "افتتح الرئيس في الرباط المؤتمر الدولي ضد التطرف العنيف.")
    assert "المؤتمر الدولي ضد التطرف العنيف" in [found["name"], *found["aliases"]]


# ---------------------------------------------------------- years and documents
def test_a_year_after_the_place_dates_the_event(nlp):
    found = event(nlp, "التزمت الدول بتعهداتها في مؤتمر الكويت 2013.")
    assert found["name"] == "مؤتمر الكويت 2013" and found["props"]["date"] == "2013"


def test_a_count_after_the_trigger_is_no_year(nlp):
    assert names(nlp, "حضر المؤتمر 70 دولة.") == []


@pytest.mark.parametrize("text,name", [
    ("ودعا الوزير إلى حل يتفق مع بيان لوزان، وقال البيان إن الحل سياسي.", "بيان لوزان"),
    ("يستند الحل إلى المبادرة العربية التي أقرتها القمة.", "المبادرة العربية"),
])
def test_a_document_is_named_by_its_place_or_region(nlp, text, name):
    found = event(nlp, text)
    assert (found["name"], found["props"]["kind"]) == (name, "document")


def test_a_bare_statement_is_no_document(nlp):
    assert names(nlp, "وأصدرت الوزارة بيانا أكدت فيه دعمها للمبادرة، وقال البيان إن الحوار مستمر.") == []


def test_a_definite_trigger_takes_no_definite_noun_after_it(nlp):
    text = "التقى الوزير نظيره في مدينة جنيف، وبحث اللقاء العلاقات الثنائية."
    assert all("العلاقات" not in n for n in names(nlp, text))


def test_a_quoted_sentence_is_no_operation_name(nlp):
    assert names(nlp, "وقال الوالي إن «عملية واسعة أطلقت للبحث عن منفذي هذا الهجوم في المدينة».") == []


def test_parties_after_between_do_not_name_an_agreement(nlp):
    assert names(nlp, "تم توقيع اتفاق مكتوب بين المستشفيين الجامعيين.") == []


def test_a_named_agreement_says_what_it_is_about(nlp):
    assert event(nlp, "وناقش المجلس اتفاقية الأجواء المفتوحة أمس.")["props"]["topic"] == "الأجواء المفتوحة"


@pytest.mark.parametrize("text", [
    "ناقش النواب الاتفاق النووي مع القوى الكبرى.",
    "ويخشى المجتمع المدني أن يؤدي اتفاق الشراكة إلى رفع القيود.",
    "وناقش الأهالي تفعيل اتفاقية التبادل في اجتماعهم.",
    "وتراجع الدولار أمام اليورو في أعقاب اتفاق الديون.",
])
def test_an_agreement_named_by_one_word_of_its_topic_alone_is_no_event(nlp, text):
    assert "agreement" not in [e["props"]["kind"] for e in nlp(text)._.entities.values() if e["type"] == "Event"]


def test_an_agreement_named_by_one_word_of_its_topic_with_its_party_is_an_event(nlp):
    found = event(nlp, "ويخشى المزارعون أن يضر اتفاق الشراكة مع اليابان بمحاصيلهم.")
    assert found["props"]["participants"] == ["JP"]


def test_a_trigger_with_a_particle_before_its_article_is_read(nlp):
    found = event(nlp, "والتحقت ثلاث دول بالاجتماع التأسيسي لصندوق التنمية في مدينة أكرا.")
    assert found["name"].startswith("الاجتماع التأسيسي")


def test_a_national_dialogue_is_named_by_its_adjective(nlp):
    assert names(nlp, "وطالب الحزب بتطبيق مخرجات الحوار الوطني الشامل.") == ["الحوار الوطني الشامل"]


def test_a_body_named_like_a_national_conference_is_no_event(nlp):
    assert names(nlp, "رفض المؤتمر الوطني الليبي المشاركة في الجلسة.") == []


def test_a_generic_operation_is_not_a_known_one(nlp):
    found = event(nlp, "شاركت القوات في عمليات عاصفة الحزم، ودعمت الحكومة العملية السياسية.")
    assert "العملية السياسية" not in found["aliases"]


# ---------------------------------------------------------- visits
def test_a_visit_names_its_visitor_and_place(nlp):
    found = event(nlp, "وتأتي زيارة الرئيس إيمانويل ماكرون للرياض في إطار التشاور.")
    props = found["props"]
    assert (props["kind"], props["city_key"]) == ("visit", "place:riyadh") and props["participants"]


@pytest.mark.parametrize("text", [
    "يتوافد المصلون على زيارة المسجد النبوي في المدينة المنورة.",
    "ألغت الوزارة رسوم تأشيرة زيارة العائلات.",
])
def test_a_visit_without_a_visitor_is_no_event(nlp, text):
    assert names(nlp, text) == []


def test_the_iran_agreement_is_known_by_its_arabic_name(nlp):
    assert event(nlp, "واستعرض الوزراء خطة العمل المشتركة الشاملة مع إيران.")["props"]["kind"] == "agreement"


def test_a_known_operation_takes_no_place_from_its_sentence(nlp):
    found = event(nlp, "وقال المتحدث في الرياض إن عمليات عاصفة الحزم حققت أهدافها.")
    assert "city" not in found["props"] and "country" not in found["props"]


def test_the_next_session_is_not_the_meeting_told_now(nlp):
    text = ("اجتمع وزراء الدفاع العرب أمس في اجتماع مشترك بالقاهرة. وتعقد الدورة القادمة للقمة في "
            "مارس 2016 بالرباط.")
    found = [e for e in nlp(text)._.entities.values() if e["type"] == "Event"]
    meeting = next(e for e in found if e["props"]["kind"] == "meeting")
    assert "الدورة القادمة للقمة" not in meeting["aliases"]


def test_a_state_in_a_visit_is_where_it_goes_and_a_nationality_is_nothing(nlp):
    found = event(nlp, "وبحث الطرفان خلال زيارة وزير الخارجية الإيراني محمد جواد ظريف لدولة الكويت العلاقات الثنائية.")
    assert found["props"]["country"] == "KW" and "IR" not in found["props"]["participants"]
    assert "العلاقات" not in found["name"]


def test_a_visit_to_a_state_with_no_visitor_is_no_event(nlp):
    assert names(nlp, "وكانت زيارة دولة الكويت ناجحة.") == []


def test_an_agreement_told_again_by_its_name_is_the_same_agreement(nlp):
    text = ("وقال الوزير إن الاتفاق النووي سيعزز الاستقرار في المنطقة. "
            "وأضاف أن بلاده تراقب تنفيذ إيران للاتفاق النووي بدقة، وأن الاتفاق النووي لا يلغي العقوبات الأخرى.")
    assert len({s._.key for s in nlp(text).spans["events"]}) == 1


def test_at_the_peak_of_ones_form_is_no_summit(nlp):
    # "قمة" + a noun carrying a possessive pronoun is "the peak of"; a summit keeps its place or adjective
    for text in ("وشاركت الأرجنتين في البطولة وهي في قمة مستواها بعد الفوز على البرازيل في تشيلي.",
                 "وبدا منتخب مصر في قمة جاهزيته في القاهرة أمس.",
                 "وكان اللاعب في قمة عطائه مع نادي برشلونة في إسبانيا."):
        assert not list(nlp(text).spans["events"]), text
    assert [s.text for s in nlp("وتستضيف الرياض قمة خليجية الشهر المقبل.").spans["events"]] == ["قمة خليجية"]


# ---------------------------------------------------------- where an agreement was signed
@pytest.mark.parametrize("text, city", [
    ("ووقع الرئيسان في الرياض أمس اتفاقية التعاون الدفاعي المشترك.", "place:riyadh"),
    ("ووقع رؤساء الدول الثلاث في الخرطوم خلال مارس الماضي وثيقة إعلان مبادئ سد النهضة.", "place:khartoum"),
])
def test_a_place_between_a_signing_verb_and_its_agreement_is_where_it_was_made(nlp, text, city):
    found = event(nlp, text)
    assert found["props"]["city_key"] == city and found["props"]["kind"] == "agreement"


def test_a_place_where_an_agreement_applies_is_not_where_it_was_made(nlp):
    assert "city_key" not in event(nlp, "وقالت الحكومة إن اتفاق التهدئة الموقع الشهر الماضي يطبق في ليبيا.")["props"]


# ---------------------------------------------------------- quotes that are no titles
@pytest.mark.parametrize("text", [
    "وقد دان الرئيس هذه المبادرة \"غير المثمرة\". وتقدمت حكومته بمشروع قرار.",
    "ولم يتم التوصل إلى اتفاق نهائي بين «نوكيا» ومجموعة الشركات الألمانية.",
    "وكانت الحكومة تسعى إلى اتفاق «أفضل من لا اتفاق» مع الدائنين.",
])
def test_a_quote_that_judges_or_names_a_party_is_no_title(nlp, text):
    assert names(nlp, text) == []


def test_a_verb_in_quotes_after_an_agreement_is_no_title(nlp):
    # the closing quote of “الاتفاق التاريخي” is written like an opening one
    assert "يشكل" not in names(nlp, "واعتبر أن “الاتفاق التاريخي” يشكل “اعترافاً واضحاً بمكانة البلاد”.")


def test_a_quoted_title_still_names_an_initiative(nlp):
    assert names(nlp, "وأطلقت الوزارة مبادرة «بلدي» لتوعية المرأة.") == ["بلدي"]


def test_a_trigger_alone_in_scare_quotes_is_no_title(nlp):
    # "«الحوار»" is the word the writer doubts, not a dialogue named «الحوار»
    assert "الحوار" not in [e.get("props", {}).get("title") for e in run_entities(nlp, "ورفضت الحكومة عروض «الحوار» مع المعارضة.")]


def run_entities(nlp, text: str) -> list[dict]:
    return [e for e in nlp(text)._.entities.values() if e["type"] == "Event"]


def test_the_ruling_party_of_yemen_is_no_conference(nlp):
    assert names(nlp, "وقاتل أنصار المؤتمر الشعبي إلى جانب الحوثيين في تعز.") == []


@pytest.mark.parametrize("text", [
    "عاد الفريق من معسكره في مدينة بالنسيا الإسبانية والذي تخلله 3 لقاءات ودية مع الفرق الإسبانية.",
    "وسيشارك المنتخب في دورة ودية في معسكره بسلوفاكيا مع منتخبات المنطقة.",
    "وأكد المتحدث استمرار عمليات النهب في مدينة عدن.",
    "وقتل ثلاثة أشخاص في عملية انتحارية في بغداد أمس.",
    "وتتصارع في ليبيا حكومتان، إحداهما منبثقة عن المؤتمر الوطني ومقرها طرابلس.",
])
def test_friendlies_acts_of_violence_and_bodies_are_no_events(nlp, text):
    assert names(nlp, text) == []


def test_a_name_after_de_is_no_friendly_match(nlp):
    # the normaliser reads «ودي» as و + «دي»: «دي ميستورا» must not look like a friendly
    assert names(nlp, "وقال إن «فحوى لقاءات الائتلاف مع دي ميستورا تشير إلى ذلك».") == ["لقاءات الائتلاف مع دي ميستورا"]


@pytest.mark.parametrize("text", [
    "واجتمع الفريق بمدير الشؤون الصحية بمحافظة جدة، ثم قاموا بجولة على أقسام المستشفى شملت أجنحة التنويم.",
    "وقام الوزير بجولة في مواقع المشاريع بمدينة جدة.",
])
def test_a_tour_round_a_facility_is_an_inspection(nlp, text):
    assert names(nlp, text) == []


def test_a_round_of_negotiations_is_still_an_event(nlp):
    assert names(nlp, "وبدأت في الرياض جولة جديدة من المفاوضات بين الطرفين.") != []


@pytest.mark.parametrize("text", [
    "ولن تنقل المواجهة تلفزيونيا نظرا لعدم اتفاق الهلال مع أي قناة.",
    "بل هو أيضا اتفاق أسوأ من الاتفاق الذي رفضه الناخبون.",
])
def test_no_agreement_and_a_comparison_name_no_agreement(nlp, text):
    assert names(nlp, text) == []


@pytest.mark.parametrize("text", [
    "وتهدد هذه الخطوة بأن يعرض اتفاق السلام للخطر.",
    "وعليه أن ينتظر حتى ينقضي اتفاق بعدم المنافسة.",
    "وقال المحللون إن أي اتفاق يتم التوصل إليه سيواجه معارضة.",
])
def test_a_complement_after_an_agreement_names_it_not(nlp, text):
    assert "agreement" not in [e["props"]["kind"] for e in nlp(text)._.entities.values() if e["type"] == "Event"]


def test_an_exhibition_named_by_its_exhibitor_alone_is_a_stand(nlp):
    text = "وتضم السوق معرض وزارة الثقافة والإعلام ومعرض الهيئة العامة للسياحة والتراث الوطني."
    assert [e for e in nlp(text)._.entities.values() if e["type"] == "Event"] == []


def test_an_exhibition_of_a_body_with_its_place_is_an_event(nlp):
    found = event(nlp, "وافتتح الأمير معرض وزارة الثقافة والإعلام في جدة.")
    assert found["props"]["kind"] == "exhibition" and found["props"]["city"] == "جدة"
