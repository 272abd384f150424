"""athar report: the page drawn from a real graph holds the timeline, the matrix and the flows, and
is self-contained (headless Chromium with the network cut off fetches nothing)."""
import html
import os
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from athar.graph import load
from athar.graph.cli import main
from athar.graph.report import read_report, render
from fixtures.graph_corpus import EVIL_NAME, records, write_facts
from fixtures.scratch_server import env_without_neo4j

pytestmark = pytest.mark.integration

ROOT = __import__("pathlib").Path(__file__).parents[2]
EXAMPLES = ROOT / "examples" / "articles"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CELL = re.compile(r'<td class="([^"]+)" title="([^"]+)">')


def cells(page: str) -> dict[str, set[str]]:
    """{title of a matrix cell (state · event: what): its classes}."""
    return {html.unescape(title): set(classes.split()) for classes, title in CELL.findall(page)}


def in_chromium(report, png=None) -> str:
    """What docs/screenshot/report.sh prints for the page (fails the test when it fails)."""
    missing = [w for w, ok in (("chromium", os.access(CHROMIUM, os.X_OK)), ("node", shutil.which("node")),
                               ("npm", shutil.which("npm"))) if not ok]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI checks the report in Chromium: {', '.join(missing)} missing", pytrace=False)
        pytest.skip(f"the report check needs {', '.join(missing)}")
    run = subprocess.run(["bash", str(ROOT / "docs" / "screenshot" / "report.sh"), str(report), *([str(png)] if png
                                                                                                   else [])],
                         env=env_without_neo4j(CHROMIUM=CHROMIUM), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


def test_report_of_the_example_articles(neo4j_db, cli_env, tmp_path):
    built = CliRunner().invoke(main, ["build", "--reset", "--yes", str(EXAMPLES)], env=cli_env)
    assert built.exit_code == 0, built.output
    out = tmp_path / "report.html"
    made = CliRunner().invoke(main, ["report", str(out)], env=cli_env)
    assert made.exit_code == 0, made.output
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and not re.search(r'(src|href)="(?!#)', page)        # nothing to fetch

    # the Paris conference on the time axis, on 25-26 April 2018, with who attended or organised it
    rows = page.split("<h2", 2)[1].split('<div class="trow">')
    paris = next(row for row in rows if "لا تمويل للإرهاب" in row)
    assert "2018-04-25 → 2018-04-26" in paris and "إيمانويل ماكرون" in paris and 'class="bar"' in paris
    assert re.search(r'<span class="who" dir="auto">فرنسا</span>', paris)

    # the matrix: Iran not invited and Qatar invited to it, Morocco not invited to Jeddah, each its own mark
    matrix = cells(page)
    def cell(state, event):
        return next(classes for title, classes in matrix.items() if title.startswith(f"{state} · {event}"))
    assert cell("إيران", "لا تمويل للإرهاب") == {"c-not_invited"}
    assert cell("قطر", "لا تمويل للإرهاب") == {"c-invited"}
    assert cell("المغرب", "مؤتمر جدة") == {"c-not_invited"}
    assert cell("روسيا", "اجتماع لمجلس الأمن") == {"c-attended"}
    assert ".c-not_invited{background:repeating-linear-gradient" in page   # drawn unlike any other cell

    # the flows: Qatar's reported funding, the United States' sanctions, a curve per fact
    curves = re.findall(r'<path class="f-(\w+) m-\w+" stroke-width', page)                # the legend's have none
    assert curves.count("FUNDED") == 7 and curves.count("SANCTIONED") == 5
    assert "قطر → حركة أنصار الدين: reported: funded" in html.unescape(page)
    assert 'class="f-FUNDED m-reported"' in page
    assert "report: 3 of 3 dated events" in made.output

    # the most-connected actors, most facts first: the United States among the first three
    actors = re.findall(r'<div class="arow"><span class="name" dir="auto" title="([^"]+)">.*?'
                        r'<span class="anum">(\d+) facts', page.split('id="actors"')[1])
    facts = [int(n) for _, n in actors]
    assert facts == sorted(facts, reverse=True) and len(actors) == 20 and "US" in [k for k, _ in actors[:3]]

    shown = in_chromium(out, tmp_path / "report.png")
    assert "requests outside the page: 0" in shown
    drawn = re.search(r'"notInvited":(\d+).*"rtlNames":(\d+)', shown)
    assert int(drawn.group(1)) == 2 and int(drawn.group(2)) > 20, shown     # Arabic names laid out right to left
    assert (tmp_path / "report.png").stat().st_size > 50_000


def test_negated_facts_and_hostile_names(graph_db, tmp_path):
    driver, database = graph_db
    load.load_file(driver, str(write_facts(tmp_path / "facts.jsonl", records())), database=database)
    data = read_report(driver, database)
    page = render(data)
    # France's sanction of the group is denied: a grey dashed curve marked ✕, beside the US's red one
    assert re.search(r'<path class="f-SANCTIONED m-neg"[^>]*><title>France → Armed Group: not sanctioned', page)
    assert re.search(r'<path class="f-SANCTIONED m-asserted"[^>]*><title>United States → Armed Group: sanctioned',
                     page)
    assert "✕ not sanctioned</text>" in page and data.counts["negated_flows"] == 1
    # Egypt did not attend, Iran was not invited, Qatar attended through its minister
    matrix = cells(page)
    assert any(t.startswith("Egypt · ") and c == {"c-not_attended"} for t, c in matrix.items())
    assert any(t.startswith("Iran · ") and c == {"c-not_invited"} for t, c in matrix.items())
    assert any(t.startswith("Qatar · ") and "c-via" in c for t, c in matrix.items())
    # a name made of quotes and markup is text, never markup
    assert EVIL_NAME not in page and html.escape(EVIL_NAME, quote=True) in page
    assert "1,000,000 USD" in page or "1,200,000 USD" in page
