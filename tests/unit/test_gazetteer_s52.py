"""Organisations, tested on sentences written for these tests: a straight quote that closes a quotation opens no
quoted name; «الاتحاد الأوروبي للعبة» is a sport's European federation, not the EU; the names of UNDP and KAICIID; a
body is not named for its fans (لجمهور); a city after the first word of a company is its genitive (شركة مياه الرياض);
a border centre (مركز … الحدودي) is a place; a local body (جمعية، مكتب، مجلس، لجنة) is named with the city written
with ب after it, a ministry is not; a national security council is not the UN's; an arbitration panel, a
federation's board and "على جبهة" name no body; دول الخليج are the GCC only as the states its officials speak for;
a possessing adjective (ذوي الإعاقة) stays in a body's name."""
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


def test_a_national_security_council_is_not_the_security_council(nlp):
    names = dated_names(nlp, "وقال المتحدث باسم مجلس الأمن القومي إن القرار لم يتخذ بعد.", "Organization")
    assert "مجلس الأمن الدولي" not in names
    assert "مجلس الأمن الدولي" in dated_names(nlp, "وقال مجلس الأمن إن الوضع خطير.", "Organization")


def test_the_kaiciid_centre_is_named_whole(nlp):
    text = "ويشارك مركز الملك عبدالله بن عبدالعزيز الدولي للحوار بين أتباع الأديان والثقافات في المؤتمر."
    assert dated_names(nlp, text, "Organization") == {
        "مركز الملك عبدالله بن عبدالعزيز العالمي للحوار بين أتباع الأديان والثقافات"}


def test_an_arbitration_panel_and_a_federations_board_are_no_named_bodies(nlp):
    assert dated_names(nlp, "والقضية ما زالت منظورة لدى هيئة التحكيم.", "Organization") == set()
    assert dated_names(nlp, "وتم تأييد المقترحين من مجلس الاتحاد أمس.", "Organization") == set()


def test_the_gulf_states_are_not_the_gulf_cooperation_council(nlp):
    text = "وتنافس في السباق فرسان من المملكة ودول الخليج."
    assert "مجلس التعاون لدول الخليج العربية" not in dated_names(nlp, text, "Organization")
    assert "مجلس التعاون لدول الخليج العربية" in dated_names(
        nlp, "واجتمع وزراء خارجية دول مجلس التعاون في الرياض.", "Organization")


def test_on_a_front_is_no_body(nlp):
    assert dated_names(nlp, "وتتقدم إيران على جبهة العمل الدولي.", "Organization") == set()
    assert dated_names(nlp, "وقالت جبهة العمل الإسلامي إنها ستشارك.", "Organization") == {"جبهة العمل الإسلامي"}


def test_a_quoted_border_centre_is_a_place(nlp):
    assert dated_names(nlp, 'وحاولوا التسلل عبر مركز "سويف" الحدودي فجر أمس.', "Organization") == set()


def test_the_ministers_of_the_gulf_states_are_the_gulf_cooperation_council(nlp):
    text = "وأكد وزراء خارجية دول الخليج والولايات المتحدة في اجتماعهم المشترك ضرورة التصدي للتدخلات."
    assert "مجلس التعاون لدول الخليج العربية" in dated_names(nlp, text, "Organization")


def test_a_possessing_adjective_stays_in_a_bodys_name(nlp):
    names = dated_names(nlp, "ونظمت جمعية الأشخاص ذوي الإعاقة حفلا لمستفيديها.", "Organization")
    assert names == {"جمعية الأشخاص ذوي الإعاقة"}
