"""The pipeline's faster paths give what the slower ones gave, on inputs written for these tests."""
import numpy
import spacy
from spacy.attrs import NORM, ORTH

from athar.extract.arabic import normalize
from athar.extract.components.ner import _distinct_rows
from athar.extract.doc_ext import positions, strings_of, token_norms, word_ids
from event_mentions import dated_doc, dated_events, dated_names


def test_distinct_rows_are_numpys_unique_rows_and_inverse():
    rng = numpy.random.default_rng(7)
    for n in (0, 1, 2, 40, 2000):
        X = rng.integers(0, 3, size=(n, 4)).astype("uint64")
        rows, inverse = numpy.unique(X, axis=0, return_inverse=True)
        got_rows, got_inverse = _distinct_rows(X)
        assert got_rows.tolist() == rows.tolist()
        assert got_inverse.tolist() == inverse.reshape(-1).tolist()
        assert (got_rows[got_inverse] == X).all()


def test_positions_are_the_tokens_with_one_of_the_words():
    nlp = spacy.blank("ar")
    doc = nlp.make_doc("قال الوزير « نعم » وقال السفير")
    doc[5].norm_ = "قال"
    assert positions(doc, word_ids(nlp.vocab.strings, {"قال", "نظيره"})) == [0, 5]
    assert positions(doc, word_ids(nlp.vocab.strings, {"«", "»"}), ORTH) == [2, 4]
    assert positions(doc, word_ids(nlp.vocab.strings, set()), NORM) == []


def test_a_short_and_a_long_text_fold_alike():      # control
    assert normalize("إلى مؤتمرِ") == normalize("إلى مؤتمرِ") == "الي موتمر"       # remembered the second time
    assert normalize("إلى مؤتمرِ " * 10) == "الي موتمر " * 10                          # too long to remember


def test_the_norms_and_texts_of_a_document_are_its_tokens(nlp):
    doc = nlp("وقال وزير الخارجية «سنشارك» في المؤتمر.")
    assert token_norms(doc) == [t.norm_ for t in doc] and "وزير" in token_norms(doc)
    assert strings_of(doc, ORTH) == [t.text for t in doc]
    assert token_norms(nlp.make_doc("")) == []


# -- events -------------------------------------------------------------------

def test_a_clasico_or_a_derby_is_a_match_not_a_meeting(nlp):
    text = "وستتغير أمور كثيرة في الفريق بعد لقاء الكلاسيكو أمام الهلال في نهاية الشهر الجاري."
    assert dated_events(nlp, text) == []
    text = "وينتظر الجمهور لقاء الديربي بين الفريقين في جدة الأسبوع المقبل."
    assert dated_events(nlp, text) == []


def test_a_meeting_of_ministers_is_still_a_meeting(nlp):      # control
    text = "وعقد وزراء الخارجية لقاء في جدة أمس لبحث الأوضاع في المنطقة."
    assert dated_events(nlp, text)


def test_a_tour_someone_makes_is_no_event(nlp):
    text = "وتأتي زيارة الوفد ضمن جولة تقوم بها الشركة في السعودية تضم عددا من المدن الاقتصادية."
    assert dated_events(nlp, text) == []
    text = "وجاءت زيارة الوفد ضمن جولة يقوم بها وفد الشركة في جدة والرياض هذا الأسبوع."
    assert dated_events(nlp, text) == []


def test_a_round_of_talks_is_held(nlp):      # control
    text = "وتبدأ اليوم في جنيف جولة جديدة من المحادثات بين الأطراف اليمنية."
    assert len(dated_events(nlp, text)) == 1


def test_a_bodys_next_session_is_not_the_meeting_told_before(nlp):
    text = ("وقال الأمين العام بعد لقاء مع وزير الطاقة الروسي الكسندر نوفاك إن المنظمة ليست مستعدة لخفض الإنتاج. "
            "وفي بيان نشر بعد اللقاء أكدت اوبك وروسيا توقعاتهما، وتعقد اوبك اجتماعها المقبل مطلع ديسمبر في فيينا.")
    events = dated_events(nlp, text)
    assert len(events) == 2
    assert [e["props"].get("planned", False) for e in events] in ([False, True], [True, False])


def test_a_future_word_before_a_new_speakers_clause_does_not_reach_his_meeting(nlp):
    text = ("أعلن الأمين العام ان المنظمة ليست مستعدة لخفض حصص انتاجها ، وقال الأمين العام بعد لقاء مع وزير الطاقة "
            "الروسي الكسندر نوفاك إن المنظمة لن تخفض الإنتاج.")
    [event] = dated_events(nlp, text)
    assert not event["props"].get("planned")


def test_a_future_word_before_the_comma_of_the_same_clause_tells_it_to_come(nlp):      # control
    text = "ستنطلق، مساء غد الأحد، فعاليات ملتقى الإعلام العربي في دبي."
    [event] = dated_events(nlp, text)
    assert event["props"].get("planned")


# -- persons ------------------------------------------------------------------

def test_a_noun_with_wa_after_a_family_name_is_the_next_item_of_the_list(nlp):
    text = "بحضور نائب محافظ الهيئة الدكتور ناصر بن علوان الشمراني ومساعدي المحافظ ومديري العموم."
    assert dated_names(nlp, text, "Person") == {"ناصر بن علوان الشمراني"}


def test_a_first_name_with_wa_after_a_family_name_is_the_next_person(nlp):      # control
    text = "وحضر الحفل الأستاذ سامي خالد الحربي ووليد العتيبي."
    assert "سامي خالد الحربي" in dated_names(nlp, text, "Person")


def test_the_rival_team_after_al_fariq_is_no_general(nlp):
    text = "وكان نائب الرئيس مع الفريق المنافس لكيناتو خلال الانتخابات الرئاسية في 2007."
    assert dated_names(nlp, text, "Person") == set()


def test_a_family_name_after_the_rank_al_fariq_is_the_generals(nlp):      # control
    text = "واستقبل الرئيس الفريق السيسي في القاهرة أمس."
    assert dated_names(nlp, text, "Person") == {"عبد الفتاح السيسي"}


# -- organisations ------------------------------------------------------------

def test_salt_water_goes_on_the_name_of_the_desalination_body(nlp):
    text = "ووقعت الوزارة اتفاقية مع المؤسسة العامة لتحلية المياه المالحة أمس."
    assert dated_names(nlp, text, "Organization") == {"المؤسسة العامة لتحلية المياه المالحة"}


def test_the_disabled_go_on_the_name_of_the_centre_that_cares_for_them(nlp):
    text = "وبالتعاون مع مركز الأمير فيصل لرعاية الأطفال المعوقين افتتح المدير القاعات الدراسية."
    assert dated_names(nlp, text, "Organization") == {"مركز الأمير فيصل لرعاية الأطفال المعوقين"}


# -- modality -----------------------------------------------------------------

def _funding_modalities(nlp, text):
    return {f["modality"] for f in dated_doc(nlp, text)._.facts if f["predicate"] == "FUNDED"}


def test_a_gift_after_a_future_light_verb_is_to_come(nlp):
    text = "أعلنت السفارة الأميركية أن الولايات المتحدة ستقوم بتقديم منحة بمبلغ 65 مليون دولار لبرنامج الأغذية العالمي."
    assert _funding_modalities(nlp, text) == {"planned"}


def test_a_gift_after_a_past_light_verb_is_made(nlp):      # control
    text = "وقامت الولايات المتحدة بتقديم منحة بمبلغ 65 مليون دولار لبرنامج الأغذية العالمي."
    assert _funding_modalities(nlp, text) == {"asserted"}
