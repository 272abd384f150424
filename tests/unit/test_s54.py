"""Names, tested on sentences written for these tests: a quote some papers open with «»» after a colon written
onto the word before it («بن عبد العزيز:»إن») is its own token, so the name before it stays whole; a listed
organisation after a group word («جماعة حزب الله الشيعية اللبنانية») is that organisation, described; a quantifier
that opens a partitive («العديد من») ends a body's name; a state's adjective after a complement is the name's
last word, the state of a state body, the topic of an institute, and a person's nationality before a name; a body
named with ل on its article before its branch's place is named with the article («للجمعية الخيرية بالأحساء»);
another body's chamber («والغرفة التجارية»), sectors in general («والقطاعات») and a negation («لعدم التزام») end a name; two states' adjectives joined
by a dash name a joint body («لجنة الحوار اللبناني - الفلسطيني»); a complement's verbal noun goes on with the
object its preposition takes («للدفاع عن حقوق الإنسان»), whose adjective is no state of the body; well-known
persons are named whole though their family name is a word of the language («علي محسن الأحمر»); و + a word of
the language right after an indefinite head («أكثر من وزارة وتعدد المرجعيات») opens no name; a body of a kind each
place has its own of goes on with its place after a word for a place («جمعية البر بمحافظة جدة»)."""
from event_mentions import dated_names, dated_pairs


def test_a_quote_after_a_colon_written_onto_a_name_ends_it(nlp):
    text = "وقال مستشار صاحب السمو الملكي الأمير فيصل بن خالد بن عبد العزيز:»إن هذا الإنجاز يعد فخرا للوطن»."
    assert dated_names(nlp, text, "Person") == {"فيصل بن خالد بن عبد العزيز"}


def test_a_listed_body_after_a_group_word_is_itself_described(nlp):
    text = "وقتل في المعارك عشرات من عناصر جماعة حزب الله الشيعية اللبنانية قرب الحدود."
    assert dated_names(nlp, text, "Organization") == {"حزب الله"}


def test_a_quantifier_ends_a_bodys_name(nlp):
    text = "وطالت شركة أبل العديد من الاتهامات بهذا الشأن."
    assert not any("العديد" in name for name in dated_names(nlp, text, "Organization"))
    text = "ونفذت شركة المراعي العديد من المشاريع في المنطقة الشرقية."
    assert dated_names(nlp, text, "Organization") == {"شركة المراعي"}
    text = "وقدمت جمعية البر الخيرية الكثير من المساعدات للأسر."
    assert dated_names(nlp, text, "Organization") == {"جمعية البر الخيرية"}


def test_a_state_adjective_after_a_complement_ends_the_name(nlp):
    text = "وقال رئيس هيئة الأركان المشتركة للجيش الأمريكي إن القوات مستعدة."
    assert dated_names(nlp, text, "Organization") == {"هيئة الأركان المشتركة للجيش الأمريكي"}
    assert ("هيئة الأركان المشتركة للجيش الأمريكي", "US") in dated_pairs(nlp, text, "AFFILIATED_WITH")
    text = "وأعلنت الهيئة الاتحادية للكهرباء والماء الإماراتية، إنشاء محطة جديدة."
    assert dated_names(nlp, text, "Organization") == {"الهيئة الاتحادية للكهرباء والماء الإماراتية"}


def test_a_state_adjective_after_an_institutes_complement_is_its_topic(nlp):
    text = "وقال المعهد الدولي للدراسات الإيرانية في تقرير إن الاقتصاد يتراجع."
    assert dated_names(nlp, text, "Organization") == {"المعهد الدولي للدراسات الإيرانية"}
    assert not any(o == "IR" for _, o in dated_pairs(nlp, text, "AFFILIATED_WITH"))


def test_a_state_adjective_before_a_name_is_the_persons_nationality(nlp):
    text = "وأكد عضو اللجنة الفنية في الاتحاد العربي لكرة السلة المصري متولي أبو سريع أن البطولة قوية."
    assert dated_names(nlp, text, "Organization") == {"الاتحاد العربي لكرة السلة"}
    assert ("متولي أبو سريع", "مصر") in dated_pairs(nlp, text, "AFFILIATED_WITH")


def test_a_branch_place_after_a_body_with_lam_on_its_article(nlp):
    text = "وقدم رجل الأعمال الدعم للجمعية الخيرية بالأحساء في حفلها السنوي."
    assert dated_names(nlp, text, "Organization") == {"الجمعية الخيرية بالأحساء"}


def test_a_chamber_and_a_negation_end_a_bodys_name(nlp):
    text = "وشارك في الاجتماع ممثلون عن هيئة السياحة والغرفة التجارية في المنطقة."
    assert dated_names(nlp, text, "Organization") == {"هيئة السياحة"}
    text = "وأحالت لجنة الانضباط لعدم التزام النادي بالأنظمة ملفه إلى الاتحاد."
    assert not any("عدم" in name for name in dated_names(nlp, text, "Organization"))
    text = "وقالت وزارة الحج والقطاعات المعنية إن خطة الموسم جاهزة."
    assert dated_names(nlp, text, "Organization") == {"وزارة الحج"}
    # a coordinated field of the same body stays
    text = "وأعلنت وزارة الثقافة والإعلام عن برنامجها."
    assert dated_names(nlp, text, "Organization") == {"وزارة الثقافة والإعلام"}


def test_two_states_adjectives_joined_by_a_dash_name_a_joint_body(nlp):
    text = "وقال رئيس لجنة الحوار اللبناني - الفلسطيني، الوزير السابق سمير حداد، إن الأزمة تتفاقم."
    assert dated_names(nlp, text, "Organization") == {"لجنة الحوار اللبناني - الفلسطيني"}


def test_a_complements_verbal_noun_goes_on_with_its_object(nlp):
    text = "وقالت الجمعية الوطنية للدفاع عن حقوق الإنسان في تقريرها إن الأوضاع تحسنت."
    assert dated_names(nlp, text, "Organization") == {"الجمعية الوطنية للدفاع عن حقوق الإنسان"}
    text = "وقالت اللجنة الشعبية للتضامن مع الشعب الفلسطيني في بيان إن الحصار يجب أن ينتهي."
    assert dated_names(nlp, text, "Organization") == {"اللجنة الشعبية للتضامن مع الشعب الفلسطيني"}
    assert dated_pairs(nlp, text, "AFFILIATED_WITH") == set()


def test_well_known_persons_whose_family_name_is_a_word(nlp):
    text = "واقتحم المسلحون منزل القائد العسكري اللواء علي محسن الأحمر، وسيطروا على مخزن للأسلحة."
    assert dated_names(nlp, text, "Person") == {"علي محسن الأحمر"}


def test_a_conjoined_word_after_an_indefinite_head_opens_no_name(nlp):
    text = "ووجود أكثر من وزارة وتعدد المرجعيات أدى إلى ضعف التنسيق بين الجهات."
    assert dated_names(nlp, text, "Organization") == set()
    text = "وقال مجلس وزراء الداخلية العرب في بيانه إن الإرهاب يهدد المنطقة."
    assert dated_names(nlp, text, "Organization") == {"مجلس وزراء الداخلية العرب"}


def test_a_branch_goes_on_with_its_place_after_a_word_for_a_place(nlp):
    names = dated_names(nlp, "واحتفلت جمعية البر بمحافظة جدة بتخريج الدفعة الأولى.", "Organization")
    assert names == {"جمعية البر بمحافظة جدة"}
    names = dated_names(nlp, "واحتفلت جمعية البر بالمدينة المنورة بتخريج الدفعة الأولى.", "Organization")
    assert names == {"جمعية البر بالمدينة المنورة"}
