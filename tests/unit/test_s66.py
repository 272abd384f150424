"""Rules of the session of 7 December, night, on sentences written for these tests."""
from athar.extract.model import Document
from athar.extract.pipeline import extract_documents
from event_mentions import dated_names, dated_nationalities, dated_pairs


# -- persons in lists ------------------------------------------------------------

def test_a_word_before_a_name_in_a_list_joined_by_wa_is_the_next_persons_first_name(nlp):
    text = "وحضر اللقاء خالد عبدالله ومنصور الحربي وجبارة سعد المطيري وفهد القحطاني."
    assert "جبارة سعد المطيري" in dated_names(nlp, text, "Person")


def test_credits_are_no_list_of_persons(nlp):      # control
    text = "والأغنية من كلمات فهد الحربي، وألحان ماجد سالم، وتوزيع طارق سالم."
    assert not any(name.startswith("توزيع") for name in dated_names(nlp, text, "Person"))


def test_a_single_name_before_a_conjoined_name_stays_apart(nlp):      # control
    text = "ويلعب في الوسط عبدالعزيز الجبرين وشايع شراحيلي وكارلوس ويحيى الشهري."
    assert "كارلوس ويحيى الشهري" not in dated_names(nlp, text, "Person")


def test_a_list_after_a_colon_and_with_semicolons_keeps_every_name_whole(nlp):
    text = "وشملت الاعتقالات كلاً من: سامر عادل درباس؛ وخالد مبتسم عبيد؛ وماجد فؤاد الخطيب."
    assert {"سامر عادل درباس", "خالد مبتسم عبيد", "ماجد فؤاد الخطيب"} <= dated_names(nlp, text, "Person")


def test_an_astronaut_is_a_title_not_a_name(nlp):
    text = "وأعلن رائد الفضاء الأميركي مارك هاريس عزمه العودة إلى الأرض."
    assert dated_names(nlp, text, "Person") == {"مارك هاريس"}


# -- a profession's nationality ----------------------------------------------------

def test_a_professions_nationality_is_a_property_not_a_tie_to_the_state(nlp):
    text = "وقال الكاتب اللبناني سمير خوري إن الرواية تعكس الحرب."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == set()
    assert dated_nationalities(nlp, text) == {("سمير خوري", "لبنان")}


def test_an_officials_title_with_its_state_still_ties_to_the_state(nlp):      # control
    text = "وقال وزير الخارجية اللبناني سمير خوري إن الحكومة تتابع القضية."
    assert ("سمير خوري", "لبنان") in dated_pairs(nlp, text, "AFFILIATED_WITH")


# -- page text -----------------------------------------------------------------------

def test_a_bracket_or_quote_written_onto_a_word_is_a_token_of_its_own(nlp):
    doc = nlp.make_doc("الخطوط الجوية الفرنسية(إير فرانس) ومسلسل «أيام الصيف»أضخم إنتاج و»العربية»")
    assert [t.text for t in doc] == ["الخطوط", "الجوية", "الفرنسية", "(", "إير", "فرانس", ")", "ومسلسل", "«", "أيام",
                                     "الصيف", "»", "أضخم", "إنتاج", "و", "»", "العربية", "»"]


def test_a_quote_after_a_particle_and_tatweel_stays_its_prefix(nlp):      # control
    assert [t.text for t in nlp.make_doc("وقال لـ«الرياض»")] == ["وقال", "لـ", "«", "الرياض", "»"]


def _mentioned(nlp, text: str) -> set[str]:
    record, = extract_documents(nlp, [Document("t", text, date="2015-08-04")])
    return {m.text for m in record.mentions}


def test_the_titles_of_a_columnists_other_articles_name_nothing_of_this_one(nlp):
    text = ("وقال الكاتب إن وزير الخارجية عادل الجبير زار القاهرة.\n"
            "مقالات أخرى للكاتبرحيل الأمير سعود الفيصل!الحوار مع إيران ووزير الداخليةخالد العتيبي")
    assert _mentioned(nlp, text) == {"عادل الجبير"}


def test_a_sites_tag_list_keeps_its_names(nlp):      # control
    text = "وقال الكاتب إن وزير الخارجية عادل الجبير زار القاهرة.\nسمات سعود الفيصل إيران"
    assert {"سعود الفيصل", "إيران"} <= _mentioned(nlp, text)


# -- draw 19 ---------------------------------------------------------------------------

def test_a_delegation_in_the_title_of_a_speaker_attends_nothing_he_speaks_of(nlp):
    text = ("نظمت الجمعية الوطنية للكشافة ورشة عمل في المخيم الدولي. "
            "وأوضح قائد فريق الإعلام في الوفد السعودي خالد العمري أن الورشة تأتي ضمن برامج الجمعية.")
    assert not any(s == "المملكة العربية السعودية" for s, _ in dated_pairs(nlp, text, "ATTENDED"))


def test_a_delegation_subject_after_a_complementizer_attends_and_kana_opens_no_speech(nlp):      # control
    text = "وأوضح المسؤول أن وفد وزارة الصحة العراقية كان قد شارك في مؤتمر الصحة العربي في القاهرة."
    assert any(s == "وزارة الصحة العراقية" for s, _ in dated_pairs(nlp, text, "ATTENDED"))


def test_lam_after_according_to_is_the_preposition_not_part_of_the_name(nlp):
    text = "وذلك وفقاً لجيرالد هوفمان، رئيس قسم الأبحاث في الشركة."
    assert "جيرالد هوفمان" in dated_names(nlp, text, "Person")


def test_bu_and_a_first_name_is_a_family_name(nlp):
    text = "وقال خالد محمد بوعلي إن المشروع يسير وفق الخطة."
    assert "خالد محمد بوعلي" in dated_names(nlp, text, "Person")


def test_a_family_name_made_of_a_name_of_the_chain_ends_the_name(nlp):
    text = "احتفل الشاب سامي فهاد الفهاد بتخرجه في الرياض."
    assert "سامي فهاد الفهاد" in dated_names(nlp, text, "Person")


def test_a_nasab_broken_in_two_is_one_name(nlp):
    text = "واتصل الوزير بذوي الجندي سعد جزاع سالم الشمري الذي استشهد في الحد الجنوبي."
    assert "سعد جزاع سالم الشمري" in dated_names(nlp, text, "Person")


def test_two_full_names_of_known_persons_stay_two(nlp):      # control
    text = "أقنع جون كيري باراك أوباما بالاتفاق."
    assert {"جون كيري", "باراك أوباما"} <= dated_names(nlp, text, "Person")


def test_a_reduction_complement_takes_its_object(nlp):
    text = "وأشار المجلس الوطني الدنماركي للحد من الجريمة إلى ارتفاع الأرقام."
    assert "المجلس الوطني الدنماركي للحد من الجريمة" in dated_names(nlp, text, "Organization")


def test_a_second_complement_with_its_object_is_what_the_body_does(nlp):
    text = "وتسعى الهيئة العامة للغذاء والدواء للتحقق من سلامة الأدوية المستوردة."
    assert "الهيئة العامة للغذاء والدواء" in dated_names(nlp, text, "Organization")


def test_a_foreign_first_name_in_a_list_sheds_its_conjunction(nlp):
    text = "وحل في القائمة برادلي كوبر وتوم هانكس."
    assert "توم هانكس" in dated_names(nlp, text, "Person")


def test_the_adjective_of_a_web_page_is_no_word_of_the_bodys_name(nlp):
    text = "ويمكن التقديم على موقع المؤسسة العامة للتدريب التقني والمهني الإلكتروني حتى نهاية الشهر."
    assert dated_names(nlp, text, "Organization") == {"المؤسسة العامة للتدريب التقني والمهني"}


def test_an_electronic_field_stays_in_the_name(nlp):      # control
    text = "وحذر المركز الوطني للأمن الإلكتروني من الهجمات."
    assert dated_names(nlp, text, "Organization") == {"المركز الوطني للأمن الإلكتروني"}


def test_in_addition_to_adds_no_member_to_a_body_inside_the_listed_phrase(nlp):
    text = ("وتفاوضت إيران مع الدول الخمس الدائمة العضوية في مجلس الأمن، وهي الولايات المتحدة وفرنسا وبريطانيا "
            "وروسيا والصين بالإضافة إلى ألمانيا.")
    assert ("ألمانيا", "مجلس الأمن الدولي") not in dated_pairs(nlp, text, "MEMBER_OF")


def test_in_addition_to_adds_a_member_to_the_group_the_list_names(nlp):      # control
    text = "وتفاوضت إيران مع مجموعة 5+1، وهي الولايات المتحدة وفرنسا وبريطانيا وروسيا والصين بالإضافة إلى ألمانيا."
    assert any(s == "ألمانيا" for s, _ in dated_pairs(nlp, text, "MEMBER_OF"))


def test_every_word_after_the_one_named_is_his_name(nlp):
    text = "وتم القبض على المدعو رحمت نور محمد خان - أفغاني الجنسية - عند قيامه بتهريب المخدرات."
    assert "رحمت نور محمد خان" in dated_names(nlp, text, "Person")


def test_a_preposition_after_the_one_named_ends_what_can_be_his_name(nlp):      # control
    text = "ودعا المدعو إلى الاجتماع محمد أحمد."
    assert dated_names(nlp, text, "Person") == {"محمد أحمد"}
