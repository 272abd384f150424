"""The athar command line (click)."""
from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="athar")
def main() -> None:
    """athar: Arabic news articles to a Neo4j knowledge graph of actors, events and funding."""


# --- neo4j: the managed local server --------------------------------------
@main.group("neo4j")
def neo4j_group() -> None:
    """The managed local Neo4j 5.26 Community server (no Docker), in $ATHAR_HOME or ~/.local/share/athar.

    It listens on 127.0.0.1 only; its password is generated on the first start
    (or taken from NEO4J_PASSWORD) and stored, mode 0600, in its home folder.
    """


def _server_config(**overrides):
    from graph.server import ServerConfig

    return ServerConfig.from_env(**overrides)


def _echo_status(st) -> None:
    from graph.settings import PASSWORD_FILE

    click.echo(f"Neo4j {st.edition or ''} {st.version or ''} is running (pid {st.pid})".replace("  ", " ")
               if st.running else "Neo4j is stopped")
    click.echo(f"  bolt:     {st.bolt_uri}")
    click.echo(f"  browser:  {st.browser_url}")
    click.echo(f"  home:     {st.home}")
    click.echo(f"  password: {st.home / PASSWORD_FILE} (user neo4j)")
    if st.problem:
        click.echo(f"  problem:  {st.problem}; see `athar neo4j logs`")


@neo4j_group.command("start")
@click.option("--bolt-port", type=click.IntRange(1, 65535), default=None,
              help="Bolt port on 127.0.0.1 [env ATHAR_NEO4J_BOLT_PORT; default 7687].")
@click.option("--http-port", type=click.IntRange(1, 65535), default=None,
              help="HTTP / Neo4j Browser port on 127.0.0.1 [env ATHAR_NEO4J_HTTP_PORT; default 7474].")
@click.option("--heap", default=None, help="JVM heap, e.g. 1g [env ATHAR_NEO4J_HEAP; default 1g].")
@click.option("--pagecache", default=None, help="Page cache, e.g. 512m [env ATHAR_NEO4J_PAGECACHE; default 512m].")
@click.option("--timeout", type=click.FloatRange(1), default=180, show_default=True,
              help="Seconds to wait for Bolt to answer.")
def neo4j_start_command(bolt_port, http_port, heap, pagecache, timeout):
    """Start the server (fetching it with Maven on the first start) and wait until Bolt answers."""
    from graph import server

    config = _server_config(bolt_port=bolt_port, http_port=http_port, heap=heap, pagecache=pagecache)
    st, started = server.start(config, timeout=timeout, log=lambda message: click.echo(message, err=True))
    if not started:
        click.echo("already running", err=True)
        if (st.bolt_port, st.http_port) != (config.bolt_port, config.http_port):
            click.echo(f"warning: it uses ports {st.bolt_port}/{st.http_port}, not {config.bolt_port}/"
                       f"{config.http_port}; stop it first to change them", err=True)
    _echo_status(st)
    if st.problem:
        raise SystemExit(1)


@neo4j_group.command("stop")
@click.option("--timeout", type=click.FloatRange(1), default=60, show_default=True,
              help="Seconds to wait for a clean shutdown before killing the process.")
def neo4j_stop_command(timeout):
    """Stop the server cleanly (SIGTERM; SIGKILL only after --timeout)."""
    from graph import server

    stopped = server.stop(_server_config(), timeout=timeout, log=lambda message: click.echo(message, err=True))
    click.echo("Neo4j stopped" if stopped else "Neo4j was not running")


@neo4j_group.command("status")
def neo4j_status_command():
    """Say whether the server runs, its version, ports and Browser URL; exit 3 when stopped."""
    from graph import server

    st = server.status(_server_config())
    _echo_status(st)
    if not st.running:
        raise SystemExit(3)
    if st.problem:
        raise SystemExit(1)


@neo4j_group.command("logs")
@click.option("-n", "--lines", type=click.IntRange(0), default=50, show_default=True, help="Lines to print.")
@click.option("-f", "--follow", "follow_", is_flag=True, help="Keep printing new lines (Ctrl-C to end).")
@click.option("--file", "name", type=click.Choice(["out", "neo4j", "debug", "http", "security"]), default="out",
              show_default=True, help="out: the server's output of the current run (JVM errors included); "
                                      "the others: Neo4j's log files.")
def neo4j_logs_command(lines, follow_, name):
    """Print the end of the server's log."""
    from graph import server

    path = _server_config().log_file(name)
    if not path.exists() and not follow_:
        raise click.ClickException(f"{path} does not exist yet: the server has not been started here")
    click.echo(f"==> {path} <==", err=True)
    text = server.tail(path, lines)
    if text:
        click.echo(text)
    if follow_:
        try:
            for line in server.follow(path):
                click.echo(line)
        except KeyboardInterrupt:
            pass



# --- extract / train-ner / eval: no database needed -----------------------
def _problem_reporter(problems: list):
    """A callback that prints one line per bad input and counts it."""

    def report(where: str, message: str) -> None:
        problems.append((where, message))
        click.echo(f"warning: {where}: {message}", err=True)

    return report


def _records(paths, n_process: int, problems: list, label: str):
    """Resolved DocumentFacts for the corpus, with a progress bar on stderr."""
    from extract.io import iter_documents
    from extract.pipeline import extract_corpus

    documents = iter_documents([str(p) for p in paths], _problem_reporter(problems))
    with click.progressbar(extract_corpus(documents, n_process=n_process, on_problem=_problem_reporter(problems)),
                           label=label, file=click.get_text_stream("stderr"),
                           item_show_func=lambda r: r.document.doc_id if r else "") as bar:
        yield from bar


def _summary(records_seen: int, entity_types, relations, problems: list) -> None:
    click.echo(f"documents: {records_seen}  failed: {len(problems)}", err=True)
    click.echo("entities: " + (", ".join(f"{k} {v}" for k, v in sorted(entity_types.items())) or "none"), err=True)
    click.echo("facts: " + (", ".join(f"{k} {v}" for k, v in sorted(relations.items())) or "none"), err=True)


@main.command("extract")
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Where to write (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(["facts", "apoc-json"]), default="facts", show_default=True,
              help="facts: athar's facts.jsonl (one document per line); apoc-json: the graph the loader would build, "
                   "as APOC JSON lines, without a database.")
@click.option("-j", "--n-process", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes for the spaCy pipeline.")
def extract_command(corpus, output, fmt, n_process):
    """Extract entities, mentions and facts from CORPUS (files or folders); no database needed."""
    import json
    from collections import Counter

    from extract.model import header

    problems: list = []
    entity_types, relations, seen, records = Counter(), Counter(), set(), []
    count = 0
    with click.open_file(output, "w", encoding="utf-8") as out:
        if fmt == "facts":
            out.write(json.dumps(header()) + "\n")
        for record in _records(corpus, n_process, problems, "extracting"):
            count += 1
            for e in record.entities:
                if e.key not in seen:
                    seen.add(e.key)
                    entity_types[e.type] += 1
            relations.update(f.predicate + (" (negated)" if f.negated else "") for f in record.facts)
            if fmt == "facts":
                out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
            else:
                records.append(record)
        if fmt == "apoc-json":
            from graph.export import write_apoc_jsonl
            from graph.offline import graph_from_records

            write_apoc_jsonl(graph_from_records(records), out)
    _summary(count, entity_types, relations, problems)
    if problems:
        raise SystemExit(1 if count == 0 else 3)



# --- load / build / query / export: the graph -----------------------------


if __name__ == "__main__":
    main()
