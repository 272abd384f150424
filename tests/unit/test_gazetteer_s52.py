"""Organisations, tested on sentences written for these tests: a straight quote that closes a quotation opens no
quoted name; «الاتحاد الأوروبي للعبة» is a sport's European federation, not the EU; the names of UNDP; a body is not
named for its fans (لجمهور); a city after the first word of a company is its genitive (شركة مياه الرياض); a
border centre (مركز … الحدودي) is a place; a local body (جمعية، مكتب، مجلس، لجنة) is named with the city
written with ب after it, a ministry is not."""
from event_mentions import dated_doc, dated_names


def _org_mentions(nlp, text):
    return [e.text for e in dated_doc(nlp, text).ents if e.label_ == "ORG"]


def test_words_between_two_straight_quotations_are_no_quoted_name(nlp):
    assert _org_mentions(nlp, 'وقالت المحكمة إن الشركة ارتكبت "خطأ تنظيمي" تسبب في "عدم راحة" للركاب.') == []


def test_a_straight_quoted_name_after_a_group_word_is_still_found(nlp):
    assert _org_mentions(nlp, 'وأعلن تنظيم "داعش" مسؤوليته عن الهجوم، ورفض حزب "الوفد" المشاركة.') == ["داعش", "الوفد"]


def test_the_european_federation_of_the_game_is_not_the_european_union(nlp):
    text = "وذكرت تقارير أن الاتحاد الأوروبي للعبة ضغط لتأجيل التصويت على رئاسة الفيفا."
    assert "الاتحاد الأوروبي" not in dated_names(nlp, text, "Organization")
    assert "الاتحاد الأوروبي" in dated_names(nlp, "وقال الاتحاد الأوروبي إن العقوبات مستمرة.", "Organization")


def test_the_development_programme_of_the_united_nations(nlp):
    names = dated_names(nlp, "ويضيف برنامج الإنماء للأمم المتحدة معايير أخرى للتنمية البشرية.", "Organization")
    assert names == {"برنامج الأمم المتحدة الإنمائي"}


def test_a_body_is_not_named_for_fans(nlp):
    text = "وخاض الفريق المباراة بلا جمهور بعد العقوبة التي أعلنها الاتحاد الآسيوي لجمهور الهلال."
    assert not any("جمهور" in n for n in dated_names(nlp, text, "Organization"))


def test_a_city_after_the_first_word_of_a_company_is_its_genitive(nlp):
    assert "شركة مياه الرياض" in dated_names(nlp, "وقالت شركة مياه الرياض إن الخدمة عادت إلى الأحياء.", "Organization")


def test_a_border_centre_is_a_place_not_a_body(nlp):
    text = "وسقطت قذائف أمس في مركز علب الحدودي دون إصابات."
    assert not any("علب" in n for n in dated_names(nlp, text, "Organization"))


def test_a_local_body_is_named_with_its_city(nlp):
    names = dated_names(nlp, "ونظمت جمعية الثقافة والفنون بالطائف حفلا للأطفال.", "Organization")
    assert names == {"جمعية الثقافة والفنون بالطائف"}
    names = dated_names(nlp, "وقرر المجلس البلدي بالرياض تأجيل الجلسة.", "Organization")
    assert names == {"المجلس البلدي بالرياض"}


def test_a_national_body_is_not_named_with_the_city_it_meets_in(nlp):
    assert "مجلس الوزراء" in dated_names(nlp, "وعقد مجلس الوزراء جلسته بالرياض أمس.", "Organization")
    assert dated_names(nlp, "وقالت وزارة الصحة بالرياض إن الحالات تراجعت.", "Organization") == {"وزارة الصحة"}


def test_the_city_of_a_local_body_is_still_where_its_event_is(nlp):
    doc = dated_doc(nlp, "ونظمت جمعية الثقافة والفنون بالطائف حفلا للأطفال.")
    assert [(e.text, e.label_) for e in doc.ents] == [("جمعية الثقافة والفنون", "ORG"), ("بالطائف", "LOC")]
