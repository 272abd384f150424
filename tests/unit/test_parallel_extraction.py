"""The output of extraction does not depend on the number of worker processes."""
import json


from athar.extract.model import Document
from athar.extract.pipeline import build_nlp, extract_corpus, extract_documents

ARTICLES = [
    "احتضنت الرباط الأربعاء اجتماعاً للتحالف الدولي ضد «داعش» بمشاركة وفود من فرنسا وتونس ومصر.",
    "قال وزير الخارجية الأردني أيمن الصفدي خلال المؤتمر إن بلاده لم تتلق دعوة لحضور قمة جدة.",
    "فرضت الولايات المتحدة عقوبات على «حركة الشباب» وعلى ثلاثة أشخاص مولوها بأكثر من مليوني دولار.",
    "ودعت قطر إلى عقد اجتماع طارئ لمجلس الأمن الدولي في نيويورك الشهر المقبل.",
    "وتلقت جماعة «بوكو حرام» أموالاً من جهات في ليبيا عبر حوالات مالية، بحسب تقرير أممي.",
    "استقبل الرئيس التونسي نظيره الجزائري في قصر قرطاج، وبحث الجانبان التعاون الأمني.",
] * 3


def documents():
    return [Document(doc_id=f"d{k}", text=text, date="2019-05-11") for k, text in enumerate(ARTICLES)]


def as_lines(records) -> list[str]:
    return [json.dumps(r.to_json(), ensure_ascii=False, sort_keys=True) for r in records]


def test_two_workers_give_the_records_of_one_in_the_same_order(nlp):
    one = as_lines(extract_documents(nlp, documents(), n_process=1, batch_size=4))
    two = as_lines(extract_documents(nlp, documents(), n_process=2, batch_size=4))
    assert len(one) == len(ARTICLES)
    assert one == two


def test_resolved_corpus_is_the_same_with_two_workers(nlp):
    one = as_lines(extract_corpus(documents(), n_process=1, batch_size=4, nlp=nlp))
    two = as_lines(extract_corpus(documents(), n_process=2, batch_size=4, nlp=nlp))
    assert one == two
    assert any(r for r in one if '"predicate": "SANCTIONED"' in r)


def test_a_failing_document_is_reported_from_a_worker_and_the_others_go_on(nlp):
    problems = []

    @__import__("spacy").Language.component("athar_test_fails_on_marker")
    def fails(doc):
        if "علامة-خطأ" in doc.text:
            raise ValueError("marker")
        return doc

    nlp_with_failure = build_nlp()
    nlp_with_failure.add_pipe("athar_test_fails_on_marker", first=True)
    docs = documents()[:4] + [Document(doc_id="bad", text="نص فيه علامة-خطأ")] + documents()[4:6]
    records = list(extract_documents(nlp_with_failure, docs, n_process=2, batch_size=3,
                                     on_problem=lambda where, msg: problems.append((where, msg))))
    assert [r.document.doc_id for r in records] == ["d0", "d1", "d2", "d3", "d4", "d5"]
    assert problems == [("bad", "extraction failed in athar_test_fails_on_marker: ValueError: marker")]
