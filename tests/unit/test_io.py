"""The corpus reader: every format, encoding and kind of bad input, on small files written here."""
import gzip
import json
import logging
import os
import zlib
from pathlib import Path

import pytest
import yaml

from athar.extract import io as corpus_io
from athar.extract.io import CANNOT_DECODE, iso_date, iter_documents

ARABIC = "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة يوم الأحد."
OTHER = "وقعت الرياض وعمان اتفاقية للتعاون الاقتصادي."


def read(*paths):
    """(documents, problems) for paths."""
    problems = []
    documents = list(iter_documents([str(p) for p in paths], lambda where, message: problems.append((where, message))))
    return documents, problems


def one(path):
    documents, problems = read(path)
    assert problems == [] and len(documents) == 1, problems
    return documents[0]


def only_problem(path):
    documents, problems = read(path)
    assert documents == [] and len(problems) == 1, (documents, problems)
    return problems[0]


# --- .txt and front matter ---------------------------------------------------
def test_a_text_file_is_one_document_named_by_its_stem(tmp_path):
    path = tmp_path / "cairo-visit.txt"
    path.write_text(ARABIC + "\n", encoding="utf-8")
    document = one(path)
    assert (document.doc_id, document.text, document.path) == ("cairo-visit", ARABIC + "\n", str(path))
    assert (document.title, document.date, document.source, document.url) == (None, None, None, None)


def test_front_matter_gives_metadata_and_the_text_starts_after_it(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\nid: aawsat-17\ntitle: 'زيارة: وزير الخارجية'\ndate: 2015-04-09 11:53:11\n"
                    "source: aawsat\nurl: https://aawsat.com/home/article/17\nauthor: ignored\ntags:\n  - ignored\n"
                    f"---\n{ARABIC}", encoding="utf-8")
    document = one(path)
    assert document.doc_id == "aawsat-17"
    assert document.title == "زيارة: وزير الخارجية"
    assert (document.date, document.source, document.url) == ("2015-04-09", "aawsat", "https://aawsat.com/home/article/17")
    assert document.text == ARABIC
    assert document.text[document.text.index("المصري"):].startswith("المصري")


@pytest.mark.parametrize("allow_unicode", [True, False])
def test_front_matter_written_by_a_yaml_library_reads_back(tmp_path, allow_unicode):
    meta = {"title": "وزير الخارجية: \"لا\" للتطرف، it's", "date": "2015-07-21", "url": "http://x.sa/a?b=1#c"}
    path = tmp_path / "y.txt"
    path.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=allow_unicode, width=1000) + "---\n" + ARABIC,
                    encoding="utf-8")
    document = one(path)
    assert (document.title, document.date, document.url) == (meta["title"], meta["date"], meta["url"])
    assert document.text == ARABIC


def test_a_dash_block_that_is_not_front_matter_stays_text(tmp_path):
    text = f"---\n{ARABIC}\n---\n{OTHER}"
    path = tmp_path / "rules.txt"
    path.write_text(text, encoding="utf-8")
    document = one(path)
    assert document.text == text and document.title is None


def test_front_matter_without_text_is_a_problem(tmp_path):
    path = tmp_path / "meta-only.txt"
    path.write_text("---\ntitle: عنوان\n---\n  \n", encoding="utf-8")
    assert only_problem(path) == (str(path), "no text after the front matter")


def test_windows_line_endings_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(f"---\r\ntitle: t\r\n---\r\n{ARABIC}\r\n{OTHER}\r\n".encode())
    document = one(path)
    assert (document.title, document.text) == ("t", f"{ARABIC}\n{OTHER}\n")


# --- markdown and html -------------------------------------------------------
def test_markdown_syntax_is_removed_and_the_first_level_one_heading_is_the_title(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "## قبل العنوان\n\n# زيارة **رسمية** إلى القاهرة #\n\n"
        "استقبل *وزير* الخارجية __المصري__ نظيره ~~السوري~~ [الأردني](https://example.org/a_(b)).\n\n"
        "> - وقعت الرياض وعمان `اتفاقية`\n1. ![صورة الوفد](img.png) في القاهرة\n\n"
        "```python\nprint('**كما هو**')\n```\n\n---\n\\*ليس تأكيدا\\* و snake_case_name\n\n[ref]: https://example.org\n",
        encoding="utf-8")
    document = one(path)
    assert document.title == "زيارة رسمية إلى القاهرة"
    lines = [line for line in document.text.split("\n") if line]
    assert lines == ["قبل العنوان", "زيارة رسمية إلى القاهرة",
                     "استقبل وزير الخارجية المصري نظيره السوري الأردني.",
                     "وقعت الرياض وعمان اتفاقية", "صورة الوفد في القاهرة",
                     "print('**كما هو**')", "*ليس تأكيدا* و snake_case_name"]


def test_markdown_title_from_front_matter_wins_and_setext_headings_count(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: من البيانات\n---\n# من النص\n\n" + ARABIC, encoding="utf-8")
    (tmp_path / "b.md").write_text("عنوان مسطر\n==========\n\n" + ARABIC, encoding="utf-8")
    documents, problems = read(tmp_path)
    assert problems == []
    assert [(d.doc_id, d.title) for d in documents] == [("a", "من البيانات"), ("b", "عنوان مسطر")]
    assert documents[1].text.split("\n")[0] == "عنوان مسطر" and "=" not in documents[1].text


def test_markdown_of_only_markup_is_a_problem(tmp_path):
    path = tmp_path / "rule.md"
    path.write_text("---\n\n***\n", encoding="utf-8")
    assert only_problem(path) == (str(path), "no text, only markup")


def test_html_text_has_no_script_style_or_head_and_one_line_per_block(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title> عنوان\n الصفحة </title>"
        "<meta property='article:published_time' content='2015-04-09T11:53:11+03:00'>"
        f"<style>p {{color: red}}</style><script>var x = '{OTHER}';</script></head>"
        f"<body><nav>الرئيسية</nav><h1>خبر</h1><p>{ARABIC[:20]}<b>{ARABIC[20:]}</b></p>"
        "<p>الرياض&nbsp;&amp;   عمان &#1605;&#x639;&quot;ا&quot;<br>سطر</p><noscript>فعّل</noscript>"
        "<table><tr><td>أ</td><td>ب</td></tr></table><pre>سطر  أول\nسطر ثان</pre><!-- تعليق --></body></html>",
        encoding="utf-8")
    document = one(path)
    assert (document.doc_id, document.title, document.date) == ("page", "عنوان الصفحة", "2015-04-09")
    assert document.text.split("\n") == ["الرئيسية", "خبر", ARABIC, 'الرياض & عمان مع"ا"', "سطر", "أ ب",
                                         "سطر أول", "سطر ثان"]


def test_html_with_an_unclosed_head_keeps_the_body_text(tmp_path):
    path = tmp_path / "sloppy.html"
    path.write_text(f"<html><head><title>t</title><p>{ARABIC}", encoding="utf-8")
    document = one(path)
    assert (document.title, document.text) == ("t", ARABIC)


def test_html_of_only_scripts_is_a_problem(tmp_path):
    path = tmp_path / "app.html"
    path.write_text("<html><head><title>t</title></head><body><script>run()</script></body></html>",
                    encoding="utf-8")
    assert only_problem(path) == (str(path), "no text, only markup")


# --- JSON lines and JSON -----------------------------------------------------
def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def test_json_lines_records_with_their_metadata_normalised(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl(
        {"id": "00547aa58e06a45f", "source": "aawsat", "url": "http://aawsat.com/a", "date_extracted": "2015-07-21 02:51:32",
         "title": " بريطانيا ", "content": ARABIC},
        "",
        {"text": OTHER, "date": "21/07/2015", "id": 42},
        {"content": OTHER + "\r\nسطر"},
    ), encoding="utf-8")
    documents = read(path)[0]
    assert [(d.doc_id, d.title, d.date, d.source, d.url) for d in documents] == [
        ("00547aa58e06a45f", "بريطانيا", "2015-07-21", "aawsat", "http://aawsat.com/a"),
        ("42", None, "2015-07-21", None, None),
        ("news#4", None, None, None, None),
    ]
    assert [d.text for d in documents] == [ARABIC, OTHER, OTHER + "\nسطر"]
    assert {d.path for d in documents} == {str(path)}


def test_bad_json_lines_are_reported_by_line_and_the_next_lines_are_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(jsonl({"id": "a", "content": ARABIC}, '{"id": "b", "cont', "[1, 2]", {"id": "c", "title": "t"},
                          {"id": "d", "content": "   "}, {"id": "e", "content": OTHER}), encoding="utf-8")
    documents, problems = read(path)
    assert [d.doc_id for d in documents] == ["a", "e"]
    assert [where for where, _ in problems] == [f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"]
    assert problems[0][1] == "invalid JSON: Invalid control character (column 18)"
    assert problems[1][1] == "not a JSON object but list"
    assert problems[2][1] == "no text: neither 'content' nor 'text' is a non-empty string"
    assert problems[3][1] == "empty document: its text is blank"


def test_empty_documents_go_to_their_own_callback_and_are_counted_up_front(tmp_path):
    """A corpus holds empty articles (a blank text, an empty file): skipped, not failures."""
    (tmp_path / "a.jsonl").write_text(jsonl({"id": "a", "content": ARABIC}, {"id": "b", "content": " "},
                                            {"id": "c", "title": "no text field"}, "", {"id": "d", "text": OTHER}),
                                      encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "front.md").write_text("---\ntitle: t\n---\n\n", encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"id": "e", "text": OTHER}, {"id": "f", "text": ARABIC}]),
                                        encoding="utf-8")
    problems, empty = [], []
    documents = list(iter_documents([str(tmp_path)], lambda *p: problems.append(p), on_empty=lambda *p: empty.append(p)))
    assert [d.doc_id for d in documents] == ["a", "d", "e", "f"]
    assert problems == [(f"{tmp_path / 'a.jsonl'}:3", "no text: neither 'content' nor 'text' is a non-empty string")]
    assert empty == [(f"{tmp_path / 'a.jsonl'}:2", "empty document: its text is blank"),
                     (str(tmp_path / "empty.txt"), "empty file"),
                     (str(tmp_path / "front.md"), "no text after the front matter")]
    assert corpus_io.count_documents([str(tmp_path)]) == 4 + 1 + 1 + 2


def test_a_json_line_longer_than_the_limit_is_skipped_without_reading_it_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus_io, "MAX_INPUT_CHARS", 200)
    path = tmp_path / "long.jsonl"
    path.write_text(jsonl({"id": "a", "content": ARABIC}, {"id": "b", "content": ARABIC * 20},
                          {"id": "c", "content": OTHER}), encoding="utf-8")
    documents, problems = read(path)
    assert [d.doc_id for d in documents] == ["a", "c"]
    assert problems == [(f"{path}:2", "line longer than 200 characters: skipped")]


def test_a_json_list_a_single_object_and_json_lines_named_json(tmp_path):
    (tmp_path / "1-list.json").write_text(json.dumps([{"id": "l1", "content": ARABIC}, {"content": OTHER}, "x"],
                                                     ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp_path / "2-object.json").write_text(json.dumps({"id": "o1", "text": OTHER, "date": "2015-07"}, indent=2,
                                                       ensure_ascii=False), encoding="utf-8")
    (tmp_path / "3-lines.json").write_text(jsonl({"id": "n1", "content": ARABIC}, "{bad"), encoding="utf-8")
    documents, problems = read(tmp_path)
    assert [(d.doc_id, d.date) for d in documents] == [("l1", None), ("1-list#2", None), ("o1", "2015-07"),
                                                        ("n1", None)]
    assert problems[0] == (str(tmp_path / "1-list.json#3"), "not a JSON object but str")
    assert problems[1][0] == str(tmp_path / "3-lines.json:2") and problems[1][1].startswith("invalid JSON")
    assert len(problems) == 2


def test_invalid_json_documents_are_one_problem_each(tmp_path):
    (tmp_path / "a.json").write_text('[{"id": "x", "content": "نص"},\n {"id": ]', encoding="utf-8")
    (tmp_path / "b.json").write_text("\n\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text("\n \n", encoding="utf-8")
    documents, problems = read(tmp_path)
    assert documents == []
    assert problems == [(str(tmp_path / "a.json"), "invalid JSON: Expecting value (line 2 column 9)"),
                        (str(tmp_path / "b.json"), "empty file"), (str(tmp_path / "c.jsonl"), "empty file")]


# --- gzip --------------------------------------------------------------------
def test_gzip_files_are_read_as_their_inner_format(tmp_path):
    with gzip.open(tmp_path / "articles.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(jsonl({"content": ARABIC, "date_extracted": "2015-04-09 11:53:11"}, {"id": "z", "content": OTHER}))
    (tmp_path / "note.txt.gz").write_bytes(gzip.compress(f"---\ntitle: t\n---\n{ARABIC}".encode()))
    documents, problems = read(tmp_path)
    assert problems == []
    assert [(d.doc_id, d.date, d.title) for d in documents] == [("articles#1", "2015-04-09", None),
                                                                 ("z", None, None), ("note", None, "t")]


def test_corrupt_and_truncated_gzip_files_are_problems(tmp_path):
    (tmp_path / "fake.jsonl.gz").write_text('{"content": "نص"}\n', encoding="utf-8")
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(jsonl({"content": ARABIC}).encode() * 50)[:-20])
    documents, problems = read(tmp_path / "fake.jsonl.gz", tmp_path / "cut.jsonl.gz")
    assert [where for where, _ in problems] == [str(tmp_path / "fake.jsonl.gz"), str(tmp_path / "cut.jsonl.gz")]
    assert all(message.startswith("cannot read: ") for _, message in problems)


# --- encodings ---------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_each_supported_encoding_gives_the_same_text(tmp_path, encoding):
    raw = f"---\ntitle: عنوان\n---\n{ARABIC}\n{OTHER}".encode(encoding)
    if encoding == "utf-16-le":
        raw = b"\xff\xfe" + raw
    elif encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    document = one(path)
    assert (document.title, document.text) == ("عنوان", f"{ARABIC}\n{OTHER}")


def test_windows_1256_json_lines(tmp_path):
    path = tmp_path / "old.jsonl"
    path.write_bytes(jsonl({"id": "w", "content": ARABIC}).encode("cp1256"))
    assert one(path).text == ARABIC


def test_bytes_that_are_neither_utf8_nor_arabic_cannot_be_decoded(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre a visité l'école à Genève.".encode("latin-1"))
    assert only_problem(path) == (str(path), CANNOT_DECODE)


def test_invalid_utf8_after_a_valid_start_is_one_problem(tmp_path):
    big = tmp_path / "late.txt"
    big.write_bytes((ARABIC + "\n").encode() * 1000 + b"\xff\xfe broken")
    where, message = only_problem(big)
    assert where == str(big) and message.startswith(CANNOT_DECODE)
    lines = tmp_path / "late.jsonl"
    lines.write_bytes(jsonl({"content": ARABIC}).encode() * 1000 + b'{"content": "\xff"}\n' + jsonl({"content": OTHER}).encode())
    documents, problems = read(lines)
    assert len(documents) >= 900 and len(problems) == 1
    assert problems[0][0] == str(lines) and problems[0][1].startswith(CANNOT_DECODE)
    assert "the rest is skipped" in problems[0][1]


# --- binary, empty, too large --------------------------------------------------
@pytest.mark.parametrize("content, kind", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file, not text (PNG image)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file, not text (PDF document)"),
    (b"PK\x03\x04\x14\x00\x06\x00", "binary file, not text (ZIP archive, e.g. .docx or .xlsx)"),
    ("نص".encode() + b"\x00\x01\x02 more", "binary file, not text"),
    (bytes(range(1, 32)) * 3 + "نص عربي".encode(), "binary file, not text"),
    (b"\xff\xfe" + "نص\x00\x00".encode("utf-16-le"), "binary file, not text"),
    (b"", "empty file"),
    (b"\xef\xbb\xbf \n\t\r\n", "empty file"),
])
def test_binary_and_empty_files_are_problems(tmp_path, content, kind):
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    assert only_problem(path) == (str(path), kind)


def test_a_file_too_large_for_one_article_is_reported_after_reading_only_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus_io, "MAX_INPUT_CHARS", 1000)
    path = tmp_path / "dump.txt"
    path.write_text(ARABIC * 100, encoding="utf-8")
    where, message = only_problem(path)
    assert where == str(path) and message.startswith("too large for one article (more than 1,000 characters)")
    (tmp_path / "dump.txt").write_text(ARABIC * 10, encoding="utf-8")
    assert one(path).text == ARABIC * 10


def test_a_record_longer_than_one_article_can_be_is_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus_io, "MAX_TEXT_CHARS", 100)
    path = tmp_path / "a.jsonl"
    path.write_text(jsonl({"id": "long", "content": ARABIC * 2}, {"id": "short", "content": ARABIC}), encoding="utf-8")
    documents, problems = read(path)
    assert [d.doc_id for d in documents] == ["short"]
    assert problems == [(f"{path}:1", f"text too long for one article ({len(ARABIC) * 2} characters, at most 100)")]


def test_text_without_arabic_is_still_a_document(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("The weather in Oslo was mild on Sunday.", encoding="utf-8")
    assert one(path).text == "The weather in Oslo was mild on Sunday."


# --- ids, order, paths -------------------------------------------------------
def test_a_repeated_id_is_reported_once_and_the_first_wins(tmp_path):
    (tmp_path / "a.jsonl").write_text(jsonl({"id": "x", "content": ARABIC}, {"id": "x", "content": "ثان"}),
                                      encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text(OTHER, encoding="utf-8")
    documents, problems = read(tmp_path)
    assert [(d.doc_id, d.text) for d in documents] == [("x", ARABIC)]
    first = f"{tmp_path / 'a.jsonl'}:1"
    assert problems == [(f"{tmp_path / 'a.jsonl'}:2", f"duplicate document id 'x' (first seen in {first})"),
                        (str(tmp_path / "sub" / "x.txt"), f"duplicate document id 'x' (first seen in {first})")]


def test_folders_are_read_recursively_in_sorted_order_without_hidden_files(tmp_path):
    for name in ["b.txt", "a/z.txt", "a/b/c.md", "a.txt", ".hidden.txt", ".git/d.txt", "c/.e.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARABIC, encoding="utf-8")
    (tmp_path / "d.txt").symlink_to(tmp_path / "a")                       # a link to a folder already read
    documents, problems = read(tmp_path / "b.txt", tmp_path)
    assert [d.doc_id for d in documents] == ["b", "c", "z", "a"]
    assert problems == [(str(tmp_path / "b.txt"), f"duplicate document id 'b' (first seen in {tmp_path / 'b.txt'})")]
    assert documents[1].path == str(tmp_path / "a" / "b" / "c.md")


def test_unsupported_missing_and_special_paths_are_problems(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "ok.txt").write_text(ARABIC, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    documents, problems = read(tmp_path, tmp_path / "missing.txt")
    assert [d.doc_id for d in documents] == ["ok"]
    assert [where for where, _ in problems] == [str(tmp_path / "pipe.txt"), str(tmp_path / "report.pdf"),
                                                str(tmp_path / "missing.txt")]
    assert problems[0][1] == "not a regular file"
    assert problems[1][1].startswith("unsupported file name: athar reads .htm, .html, .json, .jsonl")
    assert problems[2][1] == "cannot read: No such file or directory"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_files_and_folders_are_problems(tmp_path):
    (tmp_path / "locked.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    (tmp_path / "shut").mkdir()
    (tmp_path / "shut").chmod(0)
    (tmp_path / "ok.txt").write_text(OTHER, encoding="utf-8")
    try:
        documents, problems = read(tmp_path)
    finally:
        (tmp_path / "shut").chmod(0o700)
    assert [d.doc_id for d in documents] == ["ok"]
    assert problems == [(str(tmp_path / "locked.txt"), "cannot read: Permission denied"),
                        (str(tmp_path / "shut"), "cannot read folder: Permission denied")]


def test_read_errors_are_problems_and_the_rest_is_read(tmp_path, monkeypatch):
    """The same as above for any user: the operating system's refusals are injected."""
    (tmp_path / "locked.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "shut").mkdir()
    (tmp_path / "ok.txt").write_text(OTHER, encoding="utf-8")

    def refusing(real):
        def guarded(path, *args, **kwargs):
            if os.path.basename(path) in ("locked.txt", "shut"):
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *args, **kwargs)
        return guarded

    monkeypatch.setattr("builtins.open", refusing(open))
    monkeypatch.setattr(os, "scandir", refusing(os.scandir))
    documents, problems = read(tmp_path)
    assert [d.doc_id for d in documents] == ["ok"]
    assert problems == [(str(tmp_path / "locked.txt"), "cannot read: Permission denied"),
                        (str(tmp_path / "shut"), "cannot read folder: Permission denied")]


def test_every_bad_file_is_reported_exactly_once_and_good_ones_are_read(tmp_path):
    files = {
        "1.txt": ARABIC.encode(), "2.txt": b"", "3.txt": b"\x00\x01binary", "4.jsonl": b"{oops\n",
        "5.csv": b"a,b", "6.txt": "Genève".encode("latin-1"), "7.html": b"<p>\xd9\x86\xd8\xb5</p>",
        "8.json": b"[", "9.txt.gz": b"not gzip",
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    documents, problems = read(tmp_path)
    assert [d.doc_id for d in documents] == ["1", "7"]
    assert sorted(Path(where.split(":")[0]).name for where, _ in problems) == [
        "2.txt", "3.txt", "4.jsonl", "5.csv", "6.txt", "8.json", "9.txt.gz"]


def test_without_a_callback_problems_are_logged(tmp_path, caplog):
    (tmp_path / "empty.txt").write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="athar.extract.io"):
        assert list(iter_documents([str(tmp_path)])) == []
    assert caplog.messages == [f"{tmp_path / 'empty.txt'}: empty file"]


# --- dates ---------------------------------------------------------------------
@pytest.mark.parametrize("written, iso", [
    ("2015-04-09 11:53:11", "2015-04-09"), ("2015-04-09T11:53:11+03:00", "2015-04-09"), ("2015-04-09", "2015-04-09"),
    ("2015/4/9", "2015-04-09"), ("2015-07", "2015-07"), ("2015", "2015"), ("09/04/2015", "2015-04-09"),
    ("9.4.2015", "2015-04-09"), ("٢٠١٥-٠٤-٠٩", "2015-04-09"), ("Thu, 09 Apr 2015 11:53:11 +0300", "2015-04-09"),
    ("2015-13-01", None), ("31/02/2015", None), ("yesterday", None), ("15", None), ("", None),
])
def test_iso_date(written, iso):
    assert iso_date(written) == iso


def test_an_unrecognised_date_is_reported_and_the_document_kept(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(jsonl({"id": "a", "content": ARABIC, "date": "الأمس"}), encoding="utf-8")
    documents, problems = read(path)
    assert [(d.doc_id, d.date) for d in documents] == [("a", None)]
    assert problems == [(f"{path}:1", "unrecognised date 'الأمس' left out (expected ISO 8601, e.g. 2015-04-09); "
                                      "the document is read without it")]


# --- hostile records (issue 18): each one problem, the documents beside them read ----------
def test_json_that_python_refuses_beyond_syntax_is_one_problem_per_line(tmp_path):
    path = tmp_path / "hostile.jsonl"
    lines = [json.dumps({"id": "a", "content": ARABIC}, ensure_ascii=False), "[" * 100_000 + "]" * 100_000,
             '{"id": "n", "content": "%s", "views": %s}' % (OTHER, "9" * 5000),
             json.dumps({"id": "b", "content": OTHER}, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    documents, problems = read(path, tmp_path / "deep.json")
    assert [d.doc_id for d in documents] == ["a", "b"]
    assert problems == [(f"{path}:2", "invalid JSON: nested too deeply"),
                        (f"{path}:3", "invalid JSON: Exceeds the limit (4300 digits) for integer string conversion: "
                                      "value has 5000 digits"),
                        (str(tmp_path / "deep.json"), "invalid JSON: nested too deeply")]


def test_a_lone_surrogate_is_replaced_and_its_document_kept_with_a_notice(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "s\\udc00", "title": "\\ud800", "content": "x\\ud800 %s"}\n' % ARABIC, encoding="utf-8")
    problems, notices = [], []
    documents = list(iter_documents([str(path)], lambda *p: problems.append(p), lambda *n: notices.append(n)))
    assert [(d.doc_id, d.title, d.text) for d in documents] == [("s\ufffd", "\ufffd", f"x\ufffd {ARABIC}")]
    assert problems == [] and notices == [
        (f"{path}:1", "3 control character(s) or lone surrogate(s) replaced (by a space, or U+FFFD)")]
    documents[0].text.encode("utf-8")


def test_a_file_name_that_is_not_utf8_and_a_link_to_itself_are_problems(tmp_path):
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    bad = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"bad\xffname.txt"))
    Path(bad).write_text(OTHER, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "z.txt").write_text(OTHER, encoding="utf-8")
    documents, problems = read(tmp_path)
    assert [d.doc_id for d in documents] == ["a", "z"]
    assert problems == [(f"{tmp_path}/bad\\xffname.txt", "file name is not valid UTF-8: skipped (rename it)"),
                        (str(tmp_path / "loop"), "cannot read: Too many levels of symbolic links")]
    assert read(bad)[1] == [problems[0]]


def test_an_entry_that_cannot_be_examined_is_a_problem(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    real = os.scandir

    class Entry:
        def __init__(self, entry):
            self.entry, self.name, self.path = entry, entry.name, entry.path

        def is_dir(self):
            if self.name == "a.txt":
                raise OSError(40, "Too many levels of symbolic links")
            return self.entry.is_dir()

        def is_file(self):
            return self.entry.is_file()

    class Scan:
        def __init__(self, path):
            self.scan = real(path)

        def __enter__(self):
            return [Entry(e) for e in self.scan]

        def __exit__(self, *exc):
            self.scan.close()

    monkeypatch.setattr(os, "scandir", Scan)
    documents, problems = read(tmp_path)
    assert [d.doc_id for d in documents] == ["b"]
    assert problems == [(str(tmp_path / "a.txt"), "cannot read: Too many levels of symbolic links")]


# --- text hygiene ------------------------------------------------------------------------
def test_control_characters_become_spaces_one_for_one_in_text_and_metadata(tmp_path):
    path = tmp_path / "c.jsonl"
    raw = f"{ARABIC}\x00\x01\x0b\x0c\x1f\t{OTHER}\uffff"
    path.write_text(json.dumps({"id": "c\x00", "title": "\x00", "content": raw}) + "\n", encoding="utf-8")
    problems, notices = [], []
    [document] = iter_documents([str(path)], lambda *p: problems.append(p), lambda *n: notices.append(n))
    assert document.text == f"{ARABIC}{' ' * 5}\t{OTHER}\ufffd" and len(document.text) == len(raw)
    assert (document.doc_id, document.title) == ("c", None)
    assert problems == [] and notices == [
        (f"{path}:1", "8 control character(s) or lone surrogate(s) replaced (by a space, or U+FFFD)")]


def test_a_file_name_with_control_characters_gives_a_clean_document_id(tmp_path):
    (tmp_path / "a\x02b\x0c.txt").write_text(ARABIC, encoding="utf-8")
    documents, _ = read(tmp_path)
    assert [d.doc_id for d in documents] == ["a b "]


def test_markup_the_html_parser_rejects_is_one_problem(tmp_path):
    (tmp_path / "a.html").write_text("<p>نص</p><![<</F>", encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARABIC, encoding="utf-8")
    documents, problems = read(tmp_path)
    assert [d.doc_id for d in documents] == ["b"]
    assert [p[0] for p in problems] == [str(tmp_path / "a.html")] and "HTML" in problems[0][1]


def test_a_record_of_only_control_characters_has_no_text(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "c", "content": "\x00\x01"}) + "\n", encoding="utf-8")
    assert read(path) == ([], [(f"{path}:1", "no text: only control characters")])


def test_an_invalid_date_is_a_notice_not_a_problem(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"---\ndate: 2015-13-45\n---\n{ARABIC}", encoding="utf-8")
    problems, notices = [], []
    documents = list(iter_documents([str(path)], lambda *p: problems.append(p), lambda *n: notices.append(n)))
    assert [(d.doc_id, d.date) for d in documents] == [("a", None)] and problems == []
    assert notices == [(str(path), "unrecognised date '2015-13-45' left out (expected ISO 8601, e.g. 2015-04-09); "
                                   "the document is read without it")]


def test_a_truncated_gzip_smaller_than_the_sniff_gives_its_complete_records(tmp_path):
    lines = [json.dumps({"id": f"d{i}", "content": f"{ARABIC} {i * 7919} {OTHER}"}, ensure_ascii=False) + "\n"
             for i in range(200)]
    data = gzip.compress("".join(lines).encode("utf-8"))
    cut = data[: len(data) * 2 // 3]
    assert len(cut) < 64 * 1024
    (tmp_path / "cut.jsonl.gz").write_bytes(cut)
    readable = zlib.decompressobj(31).decompress(cut).decode("utf-8", "ignore")
    complete = readable.count("\n")
    assert complete >= 9
    documents, problems = read(tmp_path / "cut.jsonl.gz")
    assert [d.doc_id for d in documents] == [f"d{i}" for i in range(complete)]
    assert problems == [(str(tmp_path / "cut.jsonl.gz"),
                         "cannot read: Compressed file ended before the end-of-stream marker was reached")]


def test_a_gzip_cut_inside_a_character_is_still_read_as_utf8(tmp_path):
    line = json.dumps({"id": "a", "content": ARABIC}, ensure_ascii=False) + "\n"
    cut = (line + '{"id": "b", "content": "' + OTHER).encode("utf-8") + "س".encode("utf-8")[:1]
    data = gzip.compress(cut, compresslevel=0)[:-8]          # stored, without its trailer: truncated there
    (tmp_path / "cut.jsonl.gz").write_bytes(data)
    documents, problems = read(tmp_path / "cut.jsonl.gz")
    assert [(d.doc_id, d.text) for d in documents] == [("a", ARABIC)]
    assert [message for _, message in problems] == [
        "cannot read: Compressed file ended before the end-of-stream marker was reached"]


def test_a_stray_nul_byte_in_a_long_text_is_replaced_not_a_reason_to_skip_the_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(f"{ARABIC} {OTHER}".encode() + b"\x00" + ARABIC.encode())
    problems, notices = [], []
    [document] = iter_documents([str(path)], lambda *p: problems.append(p), lambda *n: notices.append(n))
    assert document.text == f"{ARABIC} {OTHER} {ARABIC}" and problems == [] and len(notices) == 1
