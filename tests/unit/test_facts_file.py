"""The validating reader of facts files (issue 18, item 8): what a facts file breaks is left out and
reported as FILE:LINE: problem, the rest is read; files written here, no database."""
import json

from click.testing import CliRunner

from athar.extract.model import Entity, header
from athar.graph.cli import main
from athar.graph.facts_file import FactsReader
from athar.graph.offline import graph_from_records
from fixtures.graph_corpus import CONF, QA, SA, UN, Builder, records, write_facts

PERSON_QA = Entity("QA", "Person", "Qatar Smith", [], None, {})


def read(*paths) -> tuple[list, list[str], FactsReader]:
    problems: list[str] = []
    reader = FactsReader(problems.append)
    located = [item for path in paths for item in reader.read(str(path))]
    return located, problems, reader


def lines(path, items) -> None:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")


def test_a_good_file_reads_whole_and_silently(tmp_path):
    located, problems, reader = read(write_facts(tmp_path / "f.jsonl", records()))
    assert problems == [] and (reader.malformed, reader.dropped) == (0, 0)
    assert [where for where, _ in located] == [f"{tmp_path / 'f.jsonl'}:{n}" for n in (2, 3, 4, 5)]
    assert [r for _, r in located] == records()


def test_an_unknown_version_skips_the_file(tmp_path):
    path = tmp_path / "v2.jsonl"
    lines(path, [{**header(), "version": 2}] + [r.to_json() for r in records()])
    located, problems, reader = read(path)
    assert located == [] and reader.malformed == 1
    assert problems == [f"{path}:1: unsupported format version 2 (this athar reads version 1); the file is skipped"]


def test_a_key_keeps_its_first_type_across_documents_and_files(tmp_path):
    first = write_facts(tmp_path / "a.jsonl", records()[:1])          # QA is a State in d1
    other = Builder("p1", ["Qatar Smith attended the conference.", "Qatar Smith was born in Doha."])
    other.mention(PERSON_QA, 0, "Qatar Smith")
    other.mention(PERSON_QA, 1, "Qatar Smith")
    other.fact("ATTENDED", PERSON_QA, CONF, 0)
    second = write_facts(tmp_path / "b.jsonl", [other.record()])
    located, problems, reader = read(first, second)
    assert problems == [f"{second}:2: entity 'QA' is a Person here but a State at {first}:2; left out of document "
                        f"'p1' with its 2 mentions and 1 facts"]
    record = located[-1][1]
    assert [e.key for e in record.entities] == ["event:conf"] and not record.mentions and not record.facts
    graph = graph_from_records(located)
    assert next(n for n in graph.nodes if n.id == "QA").labels == ("Entity", "State")


def test_reserved_keys_are_left_out_so_export_ids_stay_unique(tmp_path):
    b = Builder("d9", ["Fake attended the conference.", "Fake sentence funded the UN."])
    doc_key = Entity("document:d9", "Organization", "Fake", [], None, {})
    sentence_key = Entity("sentence:d9#0", "Organization", "Fake sentence", [], None, {})
    b.mention(doc_key, 0, "Fake")
    b.fact("ATTENDED", doc_key, CONF, 0)
    b.mention(sentence_key, 1, "Fake sentence")
    b.fact("FUNDED", sentence_key, UN, 1)
    path = write_facts(tmp_path / "f.jsonl", [b.record()])
    located, problems, _ = read(path)
    assert problems == [f"{path}:2: entity key 'document:d9' is reserved (document: and sentence: name documents and "
                        f"sentences); left out of document 'd9' with its 1 mentions and 1 facts",
                        f"{path}:2: entity key 'sentence:d9#0' is reserved (document: and sentence: name documents "
                        f"and sentences); left out of document 'd9' with its 1 mentions and 1 facts"]
    ids = [n.id for n in graph_from_records(located).nodes]
    assert len(ids) == len(set(ids))


def test_evidence_outside_its_document_is_reported_where_it_is(tmp_path):
    b = Builder("d9", ["Saudi Arabia attended the conference."])
    b.mention(SA, 0, "Saudi Arabia")
    b.fact("ATTENDED", SA, CONF, 0)
    data = b.record().to_json()
    good = dict(data["facts"][0]["evidence"][0])
    data["facts"][0]["evidence"] += [{**good, "doc_id": "other"}, {**good, "sentence": 5}, {**good, "end": 999}]
    path = tmp_path / "f.jsonl"
    lines(path, [header(), data])
    located, problems, reader = read(path)
    assert reader.dropped == 3 and all(p.startswith(f"{path}:2: ATTENDED(SA, event:conf): evidence ") for p in problems)
    assert "evidence other#0 [0:37] is not within a sentence of document 'd9'" in problems[0]
    assert located[0][1].facts[0].evidence == b.record().facts[0].evidence


def test_numbers_that_are_not_finite_are_reported(tmp_path):
    b = Builder("d9", ["Saudi Arabia gave the UN much."])
    b.mention(SA, 0, "Saudi Arabia")
    b.fact("FUNDED", SA, UN, 0, amount=5)
    b.fact("MEMBER_OF", SA, UN, 0)
    text = json.dumps(b.record().to_json()).replace('"amount": 5', '"amount": 1e400')
    text = text.replace('"confidence": 1.0}], "warnings"', '"confidence": NaN}], "warnings"')
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps(header()) + "\n" + text + "\n")
    located, problems, _ = read(path)
    assert problems == [f"{path}:2: FUNDED(SA, org:un): property 'amount' = inf is not a finite number; left out",
                        f"{path}:2: MEMBER_OF(SA, org:un): confidence nan is not a finite number; the fact is left out"]
    facts = located[0][1].facts
    assert [(f.predicate, f.props) for f in facts] == [("FUNDED", {})]


def test_mistyped_records_are_malformed_lines_and_the_rest_is_read(tmp_path):
    good = [r.to_json() for r in records()]
    bad = [{**good[0], "document": {**good[0]["document"], "doc_id": 7}},
           {**good[0], "sentences": [{"index": "0", "start": 0, "end": 3, "text": "abc"}]},
           {**good[0], "entities": [{**good[0]["entities"][0], "props": None}]},
           [1, 2], "text", {"document": {}}]
    path = tmp_path / "f.jsonl"
    lines(path, [header(), good[0], *bad, good[1]])
    path.write_text(path.read_text() + "[" * 100_000 + "\n" + json.dumps(good[2]) + "\n")
    located, problems, reader = read(path)
    assert [r.document.doc_id for _, r in located] == ["d1", "d2", "d3"]
    assert reader.malformed == 7 and all(": malformed record: " in p for p in problems)
    assert problems[0] == f"{path}:3: malformed record: document.doc_id is 7, expected a non-empty text"


def test_load_and_export_report_each_rejection_as_a_warning_with_file_and_line(tmp_path):
    path = tmp_path / "v2.jsonl"
    lines(path, [{**header(), "version": 2}, records()[0].to_json()])
    good = write_facts(tmp_path / "good.jsonl", records())
    result = CliRunner().invoke(main, ["export", "json", str(tmp_path / "out.jsonl"), "--from-facts", str(path),
                                       "--from-facts", str(good)])
    assert result.exit_code == 3, result.output
    assert f"warning: {path}:1: unsupported format version 2" in result.output
    assert "exported" in result.output and "Traceback" not in result.output


# --- each of issue 18's item 8 through the command line, as a user meets it -------------------
def export_nodes(tmp_path, *paths) -> tuple[list[dict], str, int]:
    """(node lines of `athar export json --from-facts PATHS`, its output, its exit code)."""
    out = tmp_path / "out.jsonl"
    args = ["export", "json", str(out)] + [a for p in paths for a in ("--from-facts", str(p))]
    result = CliRunner().invoke(main, args)
    assert "Traceback" not in result.output and not isinstance(result.exception, Exception), result.output
    nodes = [x for x in map(json.loads, out.read_text(encoding="utf-8").splitlines()) if x["type"] == "node"]
    return nodes, result.output, result.exit_code


def test_cli_a_key_typed_twice_makes_one_typed_node_and_a_warning(tmp_path):
    person = Builder("p1", ["Qatar Smith attended the conference."])
    person.mention(PERSON_QA, 0, "Qatar Smith")
    person.fact("ATTENDED", PERSON_QA, CONF, 0)
    path = write_facts(tmp_path / "f.jsonl", records()[:1] + [person.record()])
    nodes, output, _ = export_nodes(tmp_path, path)
    [qa] = [n for n in nodes if n["properties"].get("key") == "QA"]
    assert qa["labels"] == ["Entity", "State"]
    assert f"warning: {path}:3: entity 'QA' is a Person here but a State at {path}:2" in output


def test_cli_reserved_keys_cannot_duplicate_export_ids(tmp_path):
    b = Builder("d9", ["Fake attended the conference."])
    fake = Entity("document:d1", "Organization", "Fake", [], None, {})
    b.mention(fake, 0, "Fake")
    b.fact("ATTENDED", fake, CONF, 0)
    nodes, output, _ = export_nodes(tmp_path, write_facts(tmp_path / "f.jsonl", records()[:1] + [b.record()]))
    ids = [n["id"] for n in nodes]
    assert len(ids) == len(set(ids)) and "entity key 'document:d1' is reserved" in output


def test_cli_evidence_in_another_document_and_an_infinite_amount_are_reported_with_file_and_line(tmp_path):
    b = Builder("d9", ["Saudi Arabia gave the UN much."])
    b.mention(SA, 0, "Saudi Arabia")
    b.fact("FUNDED", SA, UN, 0, amount=5)
    data = b.record().to_json()
    data["facts"][0]["evidence"].append({**data["facts"][0]["evidence"][0], "doc_id": "d1"})
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps(header()) + "\n" + json.dumps(data).replace('"amount": 5', '"amount": 1e400') + "\n")
    _, output, _ = export_nodes(tmp_path, path)
    assert f"warning: {path}:2: FUNDED(SA, org:un): evidence d1#0" in output
    assert f"warning: {path}:2: FUNDED(SA, org:un): property 'amount' = inf is not a finite number" in output


def test_cli_the_records_of_an_unsupported_version_are_not_exported(tmp_path):
    path = tmp_path / "v2.jsonl"
    lines(path, [{**header(), "version": 2}, records()[0].to_json()])
    nodes, output, code = export_nodes(tmp_path, path, write_facts(tmp_path / "good.jsonl", records()[1:2]))
    documents = sorted(n["properties"]["doc_id"] for n in nodes if "Document" in n["labels"])
    assert documents == ["d2"] and f"warning: {path}:1: unsupported format version 2" in output and code == 3
