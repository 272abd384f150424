"""Organisations of athar_gazetteer on sentences written for these tests: listed names that are also
common words, newspapers, context, head-noun patterns, sub-units, acronyms."""
from __future__ import annotations

import pytest
import spacy

import extract.components  # noqa: F401  (registers the factories)
from extract.doc_ext import mention_start
from extract.tokenizer import add_rules


@pytest.fixture(scope="module")
def nlp():
    """The gazetteer's part of the pipeline, with athar's tokenizer rules (و«…», لـ«…»)."""
    nlp = add_rules(spacy.blank("ar"))
    for name in ("athar_sentences", "athar_normalizer", "athar_gazetteer"):
        nlp.add_pipe(name)
    return nlp


def run(nlp, text, doc_id="t1"):
    doc = nlp.make_doc(text)
    doc._.meta = {"doc_id": doc_id}
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def orgs(doc):
    """(key, text without attached particles) of every organisation span."""
    return [(e._.key, doc.text[mention_start(e):e.end_char]) for e in doc.ents if e.label_ == "ORG"]


# ---------------------------------------------------------------- ambiguous listed names
def test_an_ambiguous_name_coordinated_with_a_sure_organisation_is_the_organisation(nlp):
    doc = run(nlp, "تدعم طهران ميليشيات حزب الله وحماس، وتتهمها واشنطن بإيواء قادة من طالبان و«القاعدة».")
    assert ("org:hamas", "حماس") in orgs(doc) and ("org:al-qaeda", "القاعدة") in orgs(doc)


def test_an_ambiguous_name_alone_stays_a_word(nlp):
    doc = run(nlp, "استقبل الجمهور الفريق بحماس كبير عند القاعدة الجوية.")
    assert orgs(doc) == []


def test_dual_group_word_licenses_the_name(nlp):
    doc = run(nlp, "التقى الوفد قادة حركتي حماس والجهاد الإسلامي في القاهرة.")
    assert [k for k, _ in orgs(doc)] == ["org:hamas", "org:pij"]


# ---------------------------------------------------------------- newspapers
def test_a_quoted_newspaper_name_is_the_newspaper(nlp):
    doc = run(nlp, "وقال مسؤول لـ«الشرق الأوسط» إن الوضع في الشرق الأوسط معقد، بحسب ما علمت \"الاقتصادية\".")
    assert orgs(doc) == [("org:asharq-al-awsat", "الشرق الأوسط"), ("org:aleqtisadiya", "الاقتصادية")]
    assert [e.label_ for e in doc.ents if doc.text[mention_start(e):e.end_char] == "الشرق الأوسط"] == ["ORG", "LOC"]


def test_a_newspaper_named_by_a_common_word_needs_quotes_or_its_title(nlp):
    doc = run(nlp, "نشرت صحيفة عكاظ اليوم تقريراً عن الحياة في الرياض، ونقلته «اليوم».")
    assert orgs(doc) == [("org:okaz", "صحيفة عكاظ"), ("org:alyaum", "اليوم")]
    assert ("LOC", "place:riyadh") in [(e.label_, e._.key) for e in doc.ents]     # the capital is still a place


def test_afp_quoted_as_the_french_agency(nlp):
    doc = run(nlp, "وبحسب \"الفرنسية\" فإن الوزيرة الفرنسية وصلت.")
    assert orgs(doc) == [("org:afp", "الفرنسية")]


# ---------------------------------------------------------------- context
def test_the_coalition_is_the_one_its_sentence_talks_about(nlp):
    doc = run(nlp, "استهدفت مقاتلات التحالف مواقع داعش قرب الموصل في العراق. "
                   "وفي اليمن قصف التحالف مخازن أسلحة للحوثيين بدعم من المقاومة الشعبية.")
    assert [k for k, _ in orgs(doc)] == ["org:global-coalition-against-daesh", "org:isis", "org:arab-coalition",
                                         "org:houthis", "org:yemen-popular-resistance"]


def test_a_coalition_without_context_is_no_organisation(nlp):
    doc = run(nlp, "أعلن الحزبان عن التحالف بينهما قبل الانتخابات البلدية.")
    assert orgs(doc) == []


def test_us_parties_in_an_american_context_only(nlp):
    doc = run(nlp, "يسعى الجمهوريون في الكونغرس الأمريكي إلى عرقلة الاتفاق، فيما يؤيده الديمقراطيون.")
    assert [k for k, _ in orgs(doc)] == ["org:us-republican-party", "org:us-congress", "org:us-democratic-party"]
    doc = run(nlp, "طالب الديمقراطيون في البلاد بإصلاحات دستورية.")
    assert orgs(doc) == []


def test_another_party_with_the_same_adjective_is_not_the_us_party(nlp):
    doc = run(nlp, "هاجم الحزب الديمقراطي الليبرالي سياسة الولايات المتحدة.")
    assert "org:us-democratic-party" not in [k for k, _ in orgs(doc)]


# ---------------------------------------------------------------- entries
def test_well_known_bodies_of_regional_news(nlp):
    doc = run(nlp, "رفض المؤتمر الوطني العام في طرابلس قرار برلمان طبرق، وتقاتل قوات فجر ليبيا الجيش الوطني الليبي.")
    assert [k for k, _ in orgs(doc)] == ["org:libya-gnc", "org:libya-house-of-representatives", "org:libya-dawn",
                                         "org:libyan-national-army"]
    doc = run(nlp, "وقعت إيران الاتفاق النووي مع دول «5 + 1» ومع مجموعة 5+1 في فيينا.")
    assert [k for k, _ in orgs(doc)] == ["org:p5-plus-1", "org:p5-plus-1"]
    doc = run(nlp, "وقعت الخرطوم اتفاقاً مع الحركة الشعبية لتحرير السودان - قطاع الشمال.")
    assert [k for k, _ in orgs(doc)] == ["org:splm-n"]
