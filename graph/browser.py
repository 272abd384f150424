"""The stored queries and the graph style inside Neo4j Browser.

`serve` publishes, on a local HTTP port, a Browser guide generated from
cypher/queries/*.cypher (one slide per query, with its parameters as a
`:params` command and the query as a runnable block) and the GraSS style
cypher/browser/style.grass. Neo4j Browser fetches both across origins, so
the responses allow any origin; the host must be in the server's
browser.remote_content_hostname_whitelist (its default includes localhost).
"""
from __future__ import annotations

import html
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from athar import cypher

GUIDE_PATH, STYLE_PATH = "/athar.html", "/style.grass"
_PLACEHOLDER = {"string": "", "integer": 0, "float": 0.0, "boolean": False}


def guide_html(style_url: str) -> str:
    """A Neo4j Browser guide (`:guide URL`) with one slide per stored query."""
    slides = [_intro_slide(style_url)] + [_query_slide(q) for q in cypher.queries().values()]
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>athar queries</title></head><body>\n"
            "<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n"
            + "\n".join(slides) + "\n</carousel>\n</article>\n</body></html>\n")


def params_command(query: cypher.Query) -> str:
    """The Browser command setting a query's parameters to their defaults (placeholders when required)."""
    values = {p.name: _PLACEHOLDER[p.type] if p.required else p.default for p in query.params}
    return ":params {" + ", ".join(f"{name}: {json.dumps(v, ensure_ascii=False)}" for name, v in values.items()) + "}"


def _intro_slide(style_url: str) -> str:
    names = "".join(f"<li><code>{html.escape(q.name)}</code>: {html.escape(q.description)}</li>"
                    for q in cypher.queries().values())
    return (f"<slide class=\"row-fluid\">\n<h3>athar</h3>\n"
            f"<p>Actors, events and funding read from news articles, each fact with the sentences it "
            f"came from. Apply the athar style first:</p>\n"
            f"<p><a data-exec=\"style {html.escape(style_url, quote=True)}\">:style {html.escape(style_url)}</a></p>\n"
            f"<p>Each following slide is a stored query: run its <code>:params</code> block, edit the values, "
            f"then run the query. The same queries run from a shell with <code>athar query NAME</code>.</p>\n"
            f"<ul>{names}</ul>\n</slide>")


def _query_slide(query: cypher.Query) -> str:
    rows = "".join(
        f"<tr><td><code>{html.escape(p.name)}</code></td><td>{p.type}</td>"
        f"<td>{'required' if p.required else html.escape(json.dumps(p.default, ensure_ascii=False))}</td>"
        f"<td>{html.escape(p.help)}</td></tr>" for p in query.params)
    table = (f"<table class=\"table\"><tr><th>parameter</th><th>type</th><th>default</th><th></th></tr>{rows}</table>\n"
             f"<pre class=\"runnable\">{html.escape(params_command(query))}</pre>\n" if query.params else "")
    return (f"<slide class=\"row-fluid\">\n<h3>{html.escape(query.name)}</h3>\n"
            f"<p>{html.escape(query.description)}</p>\n{table}"
            f"<pre class=\"runnable\">{html.escape(query.text)}</pre>\n</slide>")


def make_server(host: str = "localhost", port: int = 8765) -> tuple[ThreadingHTTPServer, dict[str, str]]:
    """An HTTP server (bound, not yet serving) for the guide and the style, and {"guide": url, "style": url}."""
    server = ThreadingHTTPServer((host, port), _Handler)
    base = f"http://{host}:{server.server_address[1]}"
    urls = {"guide": base + GUIDE_PATH, "style": base + STYLE_PATH}
    server.content = {  # type: ignore[attr-defined]
        GUIDE_PATH: (guide_html(urls["style"]).encode("utf-8"), "text/html; charset=utf-8"),
        STYLE_PATH: (cypher.read_resource("browser/style.grass").encode("utf-8"), "text/plain; charset=utf-8"),
    }
    return server, urls


def serve(host: str = "localhost", port: int = 8765, on_ready=lambda urls: None) -> None:
    """Serve the guide and the style until interrupted; `on_ready` gets {"guide": url, "style": url}."""
    server, urls = make_server(host, port)
    on_ready(urls)
    try:
        server.serve_forever()
    finally:
        server.server_close()


class _Handler(BaseHTTPRequestHandler):
    def do_OPTIONS(self) -> None:  # noqa: N802 (http.server naming)
        """CORS preflight: Neo4j Browser adds headers of its own (sentry-trace) to its fetches."""
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", self.headers.get("Access-Control-Request-Headers", ""))
        self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        found = self.server.content.get(self.path.split("?", 1)[0].split("#", 1)[0])  # type: ignore[attr-defined]
        if found is None:
            self.send_error(404)
            return
        body, content_type = found
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # quiet: the CLI prints what matters
        return
