"""The Neo4j Browser guide generated from the stored queries, and the local server for it."""
import html
import re
import threading
import urllib.request

from athar import cypher
from athar.graph import browser


def test_the_guide_has_a_slide_per_query_with_runnable_params_and_query():
    page = browser.guide_html("http://localhost:1/style.grass")
    slides = re.findall(r"<slide class=\"row-fluid\">(.*?)</slide>", page, re.S)
    queries = cypher.queries()
    assert len(slides) == len(queries) + 1
    assert 'data-exec="style http://localhost:1/style.grass"' in slides[0]
    runnable = [html.unescape(x) for x in re.findall(r"<pre class=\"runnable\">(.*?)</pre>", page, re.S)]
    for q in queries.values():
        assert q.text in runnable
        if q.params:
            assert browser.params_command(q) in runnable
    assert "<script" not in page


def test_params_command_uses_defaults_and_typed_placeholders():
    q = cypher.parse_query("// name: q\n// description: d\n// param a: string = null\n// param k: string\n"
                           "// param n: integer = 3\nRETURN $a, $k, $n", "queries/q.cypher")
    assert browser.params_command(q) == ':params {a: null, k: "", n: 3}'


def test_the_server_publishes_guide_and_style_to_other_origins():
    server, urls = browser.make_server(port=0)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        with urllib.request.urlopen(urls["style"]) as resp:
            assert resp.headers["Access-Control-Allow-Origin"] == "*"
            assert resp.read().decode("utf-8") == cypher.read_resource("browser/style.grass")
        with urllib.request.urlopen(urls["guide"]) as resp:
            assert "<title>athar queries</title>" in resp.read().decode("utf-8")
        preflight = urllib.request.Request(urls["style"], method="OPTIONS", headers={
            "Origin": "http://127.0.0.1:7474", "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "sentry-trace,baggage"})          # what Neo4j Browser 5 sends
        with urllib.request.urlopen(preflight) as resp:
            assert resp.status == 204 and resp.headers["Access-Control-Allow-Origin"] == "*"
            assert resp.headers["Access-Control-Allow-Headers"] == "sentry-trace,baggage"
            assert "GET" in resp.headers["Access-Control-Allow-Methods"]
        try:
            urllib.request.urlopen(urls["guide"].replace("athar.html", "nothing"))
            raise AssertionError("expected 404")
        except urllib.error.HTTPError as exc:
            assert exc.code == 404
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_the_style_covers_every_label():
    style = cypher.read_resource("browser/style.grass")
    for label in ("State", "Organization", "Person", "Event", "Document", "Sentence"):
        block = re.search(rf"node\.{label} \{{(.*?)\}}", style, re.S)
        assert block and "color:" in block.group(1) and "caption:" in block.group(1), label
