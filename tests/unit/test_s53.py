"""Names, events and relations, tested on sentences written for these tests: a lecturer or a novelist
named before his profession is not named with it; a name in quotes after a title written before a body
(«محامية هيئة … «X»») is the title's holder, not the body's name; al-Qaeda in the Levant is al-Nusra; a nationality
adjective inside a book's title says nothing of its author; who is named in a title's genitive («مدير مكتب الرئيس
X») did not take part in the meeting; a name of talks does not end on «مع»; meetings or talks told only in the
plural without the article and a place («لقاءات في جدة») are no event; a military course is a training course;
a profession's word right after a noun may be its adjective («للفيلم الروائي الطويل»): no name that opens on no
first name follows it; a second head of a body named without its state («في استقباله رئيس هيئة الأركان
العامة Y» after «رئيس هيئة الأركان العامة الإماراتي X») heads a namesake body, not that one; an activity whose
object is a body («وتغطية البنك المركزي») ends the name before it; a tour someone is making («أثناء قيامهم
بجولة») is no event; the world expos of Milan and Dubai are well-known events; a common noun written as a verb's
subject («وعقدت اللجنة») takes up the last sentence's subject only when it names it; «زمام المبادرة» is the lead."""
from event_mentions import dated_events, dated_names, dated_nationalities, dated_pairs


def test_a_profession_after_a_name_is_no_part_of_it(nlp):
    for profession in ("المحاضر", "الروائي"):
        names = dated_names(nlp, f"وقال الدكتور سامي خليفة {profession} في جامعة الكويت إن الندوة نجحت.", "Person")
        assert names == {"سامي خليفة"}, profession


def test_a_quoted_name_after_a_title_before_a_body_is_the_holder(nlp):
    text = "وقالت محامية هيئة شؤون المعتقلين الفلسطينية «ليلى السعدي»: إن المعتقلين يعانون من ظروف صعبة."
    assert "ليلى السعدي" in dated_names(nlp, text, "Person")
    assert "ليلى السعدي" not in dated_names(nlp, text, "Organization")
    # a quoted name after a body with no title before it is still the body's
    assert "الوفاء" in " ".join(dated_names(nlp, "وأعلنت جمعية «الوفاء» الخيرية عن برنامجها.", "Organization"))


def test_al_qaeda_in_the_levant_is_al_nusra(nlp):
    text = "وقتلت الغارات عشرات من مقاتلي تنظيم القاعدة في بلاد الشام قرب حلب."
    assert dated_names(nlp, text, "Organization") == {"جبهة النصرة"}


def test_a_nationality_in_a_books_title_is_not_its_authors(nlp):
    text = "وأنا أقرأ الآن كتاب (رحلة مغربي) لخالد العمري، وهو كتاب ممتع."
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == set()
    assert dated_nationalities(nlp, text) == set()
    text = "وقال المغربي «خالد العمري» إن الرحلة كانت ممتعة."
    assert ("خالد العمري", "المغرب") in dated_nationalities(nlp, text)


def test_whom_a_title_belongs_to_did_not_meet(nlp):
    text = "وكان الوزير قد التقى أمس سالم العبيدي مدير مكتب الرئيس عبد العزيز بوتفليقة في الجزائر."
    assert not any("بوتفليقة" in s for s, _ in dated_pairs(nlp, text, "ATTENDED"))
    text = "والتقى الرئيس عبد العزيز بوتفليقة أمس الرئيس التونسي الباجي قائد السبسي في الجزائر."
    assert any("بوتفليقة" in s for s, _ in dated_pairs(nlp, text, "ATTENDED"))


def test_talks_are_not_named_with_a_dangling_with(nlp):
    text = "وأعلنت الوزارة أن الوزير سيجري غدا في صنعاء محادثات مع \"مسؤولين كبار\" لم تسمهم."
    assert all(not e["name"].endswith(" مع") for e in dated_events(nlp, text))


def test_plural_meetings_told_with_a_place_only_are_no_event(nlp):
    assert dated_events(nlp, "وننقل الأجواء يوميا من جدة من خلال لقاءات وحوارات مع زوار المهرجان.") == []
    assert dated_events(nlp, "وقد استدعت الحكومة سفيرها لدى طهران لإجراء مشاورات في البحرين.") == []
    # with a date they are anchored
    assert [e["props"].get("country") for e in dated_events(
        nlp, "وعقدت اجتماعات في الرياض أمس بين الوفدين السعودي والمصري.")] == ["SA"]


def test_a_military_course_is_no_event(nlp):
    assert dated_events(nlp, "وكان الضابط قد أخذ دورة عسكرية قصيرة في الأردن قبل عودته.") == []


def test_a_profession_word_after_a_noun_is_its_adjective(nlp):
    for text in ("وتحمل جوائز المسابقة للفيلم الروائي الطويل أسماء عدد من رموز السينما.",
                 "وكانت أعماله الروائية نافذة صادقة على المجتمع.",
                 "وقدم التقرير الصحفي الطويل أسماء عدد من المتهمين.",
                 "وكانت رسائله الصحفية نافذة صادقة على المجتمع."):
        assert dated_names(nlp, text, "Person") == set(), text
    # a name that opens on a first name is still the holder's
    assert "خالد المالكي" in dated_names(nlp, "وتحدث زميله الصحفي خالد المالكي عن الحادث.", "Person")
    assert "دنيس ديدرو" in dated_names(nlp, "وقال زميله الروائي دنيس ديدرو إن الرواية نجحت.", "Person")


def test_a_second_head_of_a_body_named_without_its_state_heads_another(nlp):
    text = ("وزار الفريق سالم الكعبي رئيس هيئة الأركان العامة الكويتي الرياض أمس، وكان في استقباله رئيس هيئة "
            "الأركان العامة الفريق فهد العتيبي.")
    pairs = dated_pairs(nlp, text, "AFFILIATED_WITH")
    kuwaiti = {o for p, o in pairs if p == "سالم الكعبي"}
    assert "KW" in kuwaiti and "هيئة الأركان العامة الكويتي" in kuwaiti
    assert not {o for p, o in pairs if p == "فهد العتيبي"} & kuwaiti
    # the only head named of the body is its head, state or none
    text = ("وأشادت هيئة الأركان العامة الكويتية بالتمرين. وقال رئيس هيئة الأركان العامة الفريق فهد العتيبي إن "
            "التمرين نجح.")
    assert ("فهد العتيبي", "KW") in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_an_activity_whose_object_is_a_body_ends_a_companys_name(nlp):
    text = "وتعاني البلاد من توقف شركة الغاز للمشتقات النفطية وتمويل البنك المركزي للمشاريع."
    assert "شركة الغاز للمشتقات النفطية" in dated_names(nlp, text, "Organization")
    text = "وقال مدير هيئة الاتصالات وتقنية المعلومات إن الخدمة جيدة."
    assert "هيئة الاتصالات وتقنية المعلومات" in dated_names(nlp, text, "Organization")


def test_a_tour_someone_is_making_is_no_event(nlp):
    assert dated_events(nlp, "واعتقلت الشرطة الزوار أثناء قيامهم بجولة تاريخية في المغرب.") == []


def test_the_world_expo_is_one_known_event(nlp):
    events = dated_events(nlp, "وتستعد دبي لاستضافة معرض دبي إكسبو 2020 الذي يجذب ملايين الزوار.")
    assert [e["name"] for e in events] == ["إكسبو 2020 دبي"]
    events = dated_events(nlp, "وشاركت مصر في معرض إكسبو ميلانو بجناح كبير.")
    assert [(e["name"], e["props"].get("country")) for e in events] == [("إكسبو ميلانو 2015", "IT")]


def test_a_written_common_noun_subject_takes_no_earlier_sentences_subject(nlp):
    text = "وتشارك السعودية في اللجنة الدولية للمياه. وعقدت اللجنة أول اجتماع لها في الرياض في شهر يونيو الماضي."
    assert dated_pairs(nlp, text, "ORGANIZED") == set()
    text = "ونظمت جمعية الثقافة والفنون بجدة معرضا للفنون. ونظمت الجمعية مؤتمرا للفنانين في جدة أمس."
    assert ("جمعية الثقافة والفنون بجدة", "مؤتمر للفنانين في جدة") in dated_pairs(nlp, text, "ORGANIZED")


def test_the_lead_is_no_initiative(nlp):
    text = ("ولا يجوز إعطاء زمام المبادرة لإيران التي أصبح برنامجها يخولها بذلك.. وعملية عاصفة الحزم هي النواة "
            "لمشروع خليجي.")
    assert dated_pairs(nlp, text, "ORGANIZED") == set()
