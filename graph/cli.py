"""The athar command line (click)."""
from __future__ import annotations

import contextlib
import datetime
import logging
import re

import click

from athar.extract.atomic import atomic_file
from athar.graph.progress import notice


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="athar")
def main() -> None:
    """athar: Arabic news articles to a Neo4j knowledge graph of actors, events and funding."""
    # The driver logs its retries and broken connections; the commands say what failed and what to do,
    # once, so its records stay out of the terminal (Python's last-resort handler would print them).
    driver_log = logging.getLogger("neo4j")
    if not driver_log.handlers:
        driver_log.addHandler(logging.NullHandler())


# --- neo4j: the managed local server --------------------------------------
@main.group("neo4j")
def neo4j_group() -> None:
    """The managed local Neo4j 5.26 Community server (no Docker), in $ATHAR_HOME or ~/.local/share/athar.

    It listens on 127.0.0.1 only; its password is generated on the first start
    (or taken from NEO4J_PASSWORD) and stored, mode 0600, in its home folder.
    """


def _server_config(**overrides):
    from athar.graph.server import ServerConfig

    return ServerConfig.from_env(**overrides)


def _echo_status(st) -> None:
    from athar.graph.settings import PASSWORD_FILE

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
    from athar.graph import server

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
    from athar.graph import server

    stopped = server.stop(_server_config(), timeout=timeout, log=lambda message: click.echo(message, err=True))
    click.echo("Neo4j stopped" if stopped else "Neo4j was not running")


@neo4j_group.command("status")
def neo4j_status_command():
    """Say whether the server runs, its version, ports and Browser URL; exit 3 when stopped."""
    from athar.graph import server

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
    from athar.graph import server

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



@neo4j_group.command("dump")
@click.argument("file", type=click.Path(dir_okay=False, writable=True))
def neo4j_dump_command(file):
    """Back up the graph to FILE (neo4j-admin database dump); stop the server first."""
    from athar.graph import server

    path = server.dump(_server_config(), file)
    click.echo(f"dumped the database to {path} ({path.stat().st_size} bytes)", err=True)


@neo4j_group.command("load")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--force", is_flag=True, help="Replace the current database without asking.")
def neo4j_load_command(file, force):
    """Replace the graph with the dump FILE (neo4j-admin database load); stop the server first."""
    from athar.graph import server

    if not force:
        click.confirm(f"Replace the database of the managed server with {file}?", abort=True)
    server.load_dump(_server_config(), file)
    click.echo(f"loaded {file}; start the server with `athar neo4j start`", err=True)


@neo4j_group.command("import")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--overwrite", is_flag=True, help="Replace the managed server's database when it exists (asks first "
                                                "unless --yes).")
@click.option("-y", "--yes", is_flag=True, help="Do not ask before --overwrite replaces the database.")
def neo4j_import_command(folder, overwrite, yes):
    """Import FOLDER, written by `athar export csv`, with neo4j-admin (fast, offline), then start the server
    and create athar's constraints and indexes; stop the server first.

    Neo4j Community serves one user database, `neo4j`, so the import goes there: into a home whose
    server never started it is new; once the database exists, it is replaced only with --overwrite.
    """
    from athar.graph import server

    config = _server_config()
    exists = server.database_exists(config)
    if exists and not overwrite:
        raise click.ClickException(
            f"the managed server's database `neo4j` exists in {config.home / 'data'}; Neo4j Community serves no "
            f"other user database, so an import replaces it: pass --overwrite (or `athar neo4j dump FILE` first "
            f"to keep it)")
    if exists and not yes:
        click.confirm(f"Replace the database `neo4j` in {config.home / 'data'} with {folder}?", abort=True, err=True)
    _echo_status(_import_and_start(config, folder, exists))


def _import_and_start(config, folder, overwrite: bool, done=lambda step: None):
    """neo4j-admin import of an `athar export csv` folder into the managed server's stopped store, then
    start the server and create athar's constraints and indexes; returns the server's status. `done` is
    told the end of each step (import, start, schema)."""
    from athar.graph import server
    from athar.graph.load import apply_schema
    from athar.graph.settings import ConnectionSettings, DEFAULT_USER, driver, read_password_file

    server.import_csv(config, folder, overwrite=overwrite)
    done("import")
    click.echo(f"imported {folder} into the database `neo4j`; starting the server to create the schema", err=True)
    st, _ = server.start(config, log=lambda message: click.echo(message, err=True))
    done("start")
    with driver(ConnectionSettings(st.bolt_uri, DEFAULT_USER, read_password_file(config.password_file))) as drv:
        apply_schema(drv)
    done("schema")
    click.echo("schema applied", err=True)
    return st


# --- extract / train-ner / eval: no database needed -----------------------
from athar.graph.model import MIN_CONFIDENCE  # noqa: E402 (the default of --min-confidence, shown by --help)

def _problem_reporter(problems: list | None):
    """A callback that prints one line per bad input and counts it in problems (a notice, when None: not counted)."""

    def report(where: str, message: str) -> None:
        if problems is not None:
            problems.append((where, message))
        notice(f"warning: {where}: {message}")

    return report


class _Stages:
    """The progress of each pass over a corpus (extract.pipeline.Stage), on stderr: the first pass
    out of the documents counted up front, a later one out of the records the pass before gave."""

    def __init__(self, paths) -> None:
        from athar.extract.io import count_documents

        self.total: int | None = count_documents([str(p) for p in paths])
        self.current = None
        self.empty: list = []

    def __call__(self, label: str, records):
        from athar.graph.progress import Progress

        self.current = progress = Progress(label, self.total)
        count = 0
        try:
            for record in records:
                count += 1
                progress.advance()
                yield record
        finally:
            progress.close()
            self.current, self.total = None, count

    def documents(self, paths, problems: list):
        """The documents of paths: problems reported and counted in problems, empty ones in self.empty;
        both count as done in the pass under way."""
        from athar.extract.io import iter_documents

        return iter_documents([str(p) for p in paths], *self.reporters(problems))

    def reporters(self, problems: list):
        """(problem, notice, empty) callbacks for the reading of a corpus (extract.io.Problem)."""
        def problem(where: str, message: str) -> None:
            _problem_reporter(problems)(where, message)
            self._skipped()

        def empty(where: str, message: str) -> None:
            self.empty.append(where)
            notice(f"skipped: {where}: {message}")
            self._skipped()

        return problem, _problem_reporter(None), empty

    def _skipped(self) -> None:
        if self.current is not None:
            self.current.advance()


def _records(paths, n_process: int, problems: list, stages: _Stages | None = None, cluster: str | None = None,
             shards: str | None = None):
    """Resolved DocumentFacts for the corpus, with the progress of each pass on stderr; extracted on a
    Dask cluster when cluster (local:N or a scheduler address) is given."""
    stages = stages or _Stages(paths)
    if cluster is None:
        from athar.extract.pipeline import extract_corpus

        yield from extract_corpus(stages.documents(paths, problems), n_process=n_process,
                                  on_problem=_problem_reporter(problems), stage=stages)
        return
    from athar.extract.cluster import extract_on_cluster

    problem, note, empty = stages.reporters(problems)
    with _dask_client(cluster) as client:
        yield from extract_on_cluster([str(p) for p in paths], client, on_problem=problem, on_notice=note,
                                      on_empty=empty, shards=shards, stage=stages)


@contextlib.contextmanager
def _dask_client(cluster: str):
    """A dask.distributed Client: of a LocalCluster of N worker processes for "local:N", else of the
    scheduler at that address (tcp://HOST:PORT)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise click.ClickException("--cluster needs Dask: pip install 'athar[cluster]'") from None
    local = re.fullmatch(r"local:(\d+)", cluster)
    if local:
        workers = int(local.group(1))
        if workers < 1:
            raise click.BadParameter("local:N needs N >= 1 workers", param_hint="--cluster")
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
                Client(lc) as client:
            yield client
        return
    if not re.fullmatch(r"[a-z+]+://\S+", cluster):
        raise click.BadParameter(f"{cluster!r}: give local:N or a scheduler address such as tcp://HOST:8786",
                                 param_hint="--cluster")
    try:
        client = Client(cluster, timeout="10s")
    except OSError as exc:
        raise click.ClickException(f"cannot reach the Dask scheduler at {cluster}: {exc}") from None
    with client:
        yield client


def _summary(records_seen: int, entity_types, relations, problems: list, empty: list) -> None:
    skipped = f"  empty (skipped): {len(empty)}" if empty else ""
    click.echo(f"documents: {records_seen}{skipped}  failed: {len(problems)}", err=True)
    click.echo("entities: " + (", ".join(f"{k} {v}" for k, v in sorted(entity_types.items())) or "none"), err=True)
    click.echo("facts: " + (", ".join(f"{k} {v}" for k, v in sorted(relations.items())) or "none"), err=True)


@main.command("extract")
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Where to write (default: standard output). The file appears complete or not at all: "
                   "an interrupted run leaves it unchanged; run the same command again.")
@click.option("--format", "fmt", type=click.Choice(["facts", "apoc-json"]), default="facts", show_default=True,
              help="facts: athar's facts.jsonl (one document per line); apoc-json: the graph the loader would build, "
                   "as APOC JSON lines, without a database.")
@click.option("-j", "--n-process", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes for the spaCy pipeline.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=MIN_CONFIDENCE, show_default=True,
              help="With --format apoc-json, facts whose confidence is under this are kept out of the graph, "
                   "as `athar load` keeps them out; a facts file keeps every fact.")
@click.option("--cluster", metavar="local:N|ADDRESS",
              help="Extract on a Dask cluster instead of -j processes: local:N starts N worker processes "
                   "here, tcp://HOST:PORT uses that scheduler's workers (they read CORPUS by its paths). "
                   "The output is the same as with -j 1.")
@click.option("--shards", type=click.Path(file_okay=False, writable=True),
              help="With --cluster, keep each partition's unresolved records in this folder "
                   "(part-NNNNN.jsonl); by default they are temporary.")
def extract_command(corpus, output, fmt, n_process, min_confidence, cluster, shards):
    """Extract entities, mentions and facts from CORPUS (files or folders); no database needed."""
    import json
    from collections import Counter

    from athar.extract.model import header

    if fmt == "facts" and click.get_current_context().get_parameter_source("min_confidence").name != "DEFAULT":
        click.echo("warning: --min-confidence applies to --format apoc-json; a facts file keeps every fact "
                   "(give it to `athar load`)", err=True)

    if shards and not cluster:
        raise click.BadParameter("--shards goes with --cluster", param_hint="--shards")
    problems: list = []
    stages = _Stages(corpus)
    entity_types, relations, seen, records = Counter(), Counter(), set(), []
    count = 0
    # atomic: OUTPUT is replaced only when the whole corpus is written, so an interrupted or failed
    # run leaves it as it was (never half a corpus) and running the same command again is the resume.
    with atomic_file(output) as out:
        if fmt == "facts":
            out.write(json.dumps(header()) + "\n")
        for record in _records(corpus, n_process, problems, stages, cluster, shards):
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
            from athar.graph.export import write_apoc_jsonl
            from athar.graph.offline import graph_from_records

            write_apoc_jsonl(graph_from_records(records, min_confidence=min_confidence), out)
    _summary(count, entity_types, relations, problems, stages.empty)
    if problems:
        raise SystemExit(1 if count == 0 else 3)


@main.command("train-ner")
@click.option("--corpus", type=click.Path(dir_okay=False), envvar="ATHAR_ANERCORP", default=None,
              help="ANERcorp file: one 'token TAG' pair per line, BIO tags PERS/LOC/ORG/MISC "
                   "(default: shared/corpora/anercorp/ANERCorp.txt beside the repository; env ATHAR_ANERCORP).")
@click.option("--output", type=click.Path(file_okay=False), default=None,
              help="Model directory (default: the model shipped in the package, extract/models/ner).")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed (same seed, same model).")
@click.option("--epochs", type=click.IntRange(1), default=40, show_default=True,
              help="At most this many passes over the training part; the epoch with the best dev score is "
                   "kept, and training stops when it has not improved for a few epochs.")
@click.option("--vectors", type=click.Path(file_okay=False, exists=True), default=None,
              help="Static vectors written by `python -m athar.extract.vectors_build` (default: build/vectors if "
                   "present, else the shipped model's, else none).")
@click.option("--no-vectors", is_flag=True, help="Train without static vectors.")
@click.option("--folds", type=click.IntRange(2), default=None,
              help="Instead: K-fold cross-validation (ordered folds, each tested once), print each fold's test "
                   "scores and their mean; no model is written.")
def train_ner_command(corpus, output, seed, epochs, vectors, no_vectors, folds):
    """Train the name recogniser on ANERcorp (ordered 80/10/10 split) and print held-out test P/R/F1."""
    from pathlib import Path

    from athar.extract.components.ner import DEFAULT_MODEL
    from athar.extract.ner_training import DEFAULT_CORPUS, cross_validate, train

    corpus = corpus or str(DEFAULT_CORPUS)
    if not Path(corpus).is_file():
        raise click.UsageError(f"ANERcorp not found at {corpus}: pass --corpus FILE or set ATHAR_ANERCORP.")

    def problem(line: int, message: str) -> None:
        click.echo(f"warning: {corpus}:{line}: {message}", err=True)

    vectors = False if no_vectors else vectors or True
    if folds:
        cross_validate(corpus, folds, seed=seed, epochs=epochs, vectors=vectors, report=click.echo, on_problem=problem)
    else:
        train(corpus, output or DEFAULT_MODEL, seed=seed, epochs=epochs, vectors=vectors, report=click.echo,
              on_problem=problem)


@main.command("eval-ner")
@click.option("--corpus", type=click.Path(dir_okay=False), envvar="ATHAR_ANERCORP", default=None,
              help="ANERcorp file (default as for train-ner; env ATHAR_ANERCORP).")
@click.option("--part", type=click.Choice(["test", "dev", "train"]), default="test", show_default=True,
              help="Part of train-ner's ordered 80/10/10 split to score.")
@click.option("--model", type=click.Path(file_okay=False, exists=True), default=None,
              help="A model written by train-ner (default: the shipped one).")
@click.option("--chunk", type=click.IntRange(1), default=None,
              help="Sentences per document for the pipeline (default: 16, ANERcorp's mean article length).")
@click.option("--model-only", is_flag=True, help="Score the statistical model alone, not the whole recogniser.")
@click.option("--examples", type=click.IntRange(0), default=0, show_default=True,
              help="Print the N most frequent errors of each kind and label.")
def eval_ner_command(corpus, part, model, chunk, model_only, examples):
    """Score names on ANERcorp: the statistical model alone and athar's whole recogniser (gazetteer,
    model, person rules) as extraction uses it; exact spans, P/R/F1 per label."""
    from pathlib import Path

    from athar.extract.ner_eval import CHUNK, evaluate, render
    from athar.extract.ner_training import DEFAULT_CORPUS

    corpus = corpus or str(DEFAULT_CORPUS)
    if not Path(corpus).is_file():
        raise click.UsageError(f"ANERcorp not found at {corpus}: pass --corpus FILE or set ATHAR_ANERCORP.")
    scores = evaluate(corpus, part, chunk=chunk or CHUNK, model=model, athar=not model_only)
    for name, result in scores.items():
        click.echo("\n".join(render(name, result, examples)))


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("corpus", nargs=-1, type=click.Path(exists=True))
@click.option("--facts", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Score these facts.jsonl files (from `athar extract`) instead of extracting a CORPUS (repeatable).")
@click.option("-j", "--n-process", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes for the spaCy pipeline.")
@click.option("--summary", is_flag=True, help="Print the scores only, not every missed and wrong fact.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the full report as JSON to this file ('-': standard output, instead of the text).")
def eval_command(gold, corpus, facts, n_process, summary, json_out):
    """Score extraction against the gold annotations GOLD of the articles CORPUS (files or folders).

    CORPUS is extracted and resolved as by `athar extract`, and the graph is built as `athar load`
    would build it, without a database. Prints facts P/R/F1 overall and per relation, mentions per
    entity type, polarity errors, duplicate entities, the modality accuracy of found facts, then
    every missed and wrong fact with its document and sentences.
    """
    import json

    from athar.extract.evaluate import GoldError, evaluate, read_gold, render
    from athar.graph.offline import graph_from_records

    if bool(corpus) == bool(facts):
        raise click.UsageError("give either a CORPUS to extract or --facts FILE")
    try:
        gold_set = read_gold(gold)
    except GoldError as exc:
        raise click.ClickException(str(exc)) from None
    problems: list = []
    graph = (_graph_for_export(facts, MIN_CONFIDENCE, None)[0] if facts
             else graph_from_records(_records(corpus, n_process, problems)))
    report = evaluate(gold_set, _evaluation_input(graph))
    if json_out:
        with atomic_file(json_out) as out:
            out.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    if json_out != "-":
        click.echo(render(report, details=not summary), nl=False)
    if problems:
        raise SystemExit(3)


def _evaluation_input(graph):
    """The graph as the evaluator reads it: entity nodes, fact relationships, mentions, sentence texts."""
    from athar.extract.evaluate import Node, Relation, System
    from athar.extract.model import ENTITY_TYPES, RELATIONS
    from athar.graph.model import DOCUMENT, MENTIONED_IN, SENTENCE, evidence_order

    system, sentence_of = System(), {}
    for node in graph.nodes:
        types = [label for label in node.labels if label in ENTITY_TYPES]
        if types:     # a typed event date (datetime.date) is compared as the ISO text it came from
            props = {k: v.isoformat() if isinstance(v, datetime.date) else v for k, v in node.props.items()}
            system.nodes[node.id] = Node(node.id, types[0], props)
        elif SENTENCE in node.labels:
            sentence_of[node.id] = (node.props["doc_id"], node.props["index"])
            system.sentences[sentence_of[node.id]] = node.props["text"]
        elif DOCUMENT in node.labels:
            system.documents.add(node.props["doc_id"])
    for rel in graph.rels:
        if rel.type == MENTIONED_IN:
            system.mentions.append((rel.start, *sentence_of[rel.end]))
        elif rel.type in RELATIONS:
            system.relations.append(Relation(
                rel.type, rel.start, rel.end, rel.props["negated"], rel.props["modality"], rel.props["sources"],
                [evidence_order(sid) for sid in rel.props.get("evidence", [])]))
    return system



# --- load / build / query / export: the graph -----------------------------
import functools  # noqa: E402 (kept with the commands that use them)
import shlex  # noqa: E402

from athar.graph.settings import ConnectionProblem, connection_options  # noqa: E402



def _problem(message: str) -> None:
    """Print one problem of a load on stderr (after the progress bar's line): a document the database
    refused is an error; an input line or item left out a warning (FILE:LINE: problem)."""
    notice(f"{'error' if ': not loaded: ' in message else 'warning'}: {message}")


def _connection_unless(offline):
    """connection_options for a command that needs no database when offline(kwargs) is true.

    Then settings that cannot be resolved (no password anywhere) are no error:
    the command gets connection=None.
    """
    def decorate(command):
        with_connection = connection_options(command)

        @functools.wraps(with_connection)
        def wrapper(*args, **kwargs):
            try:
                return with_connection(*args, **kwargs)
            except ConnectionProblem:
                if not offline(kwargs):
                    raise
            for name in ("uri", "user", "password", "database"):
                kwargs.pop(name, None)
            return command(*args, connection=None, **kwargs)

        return wrapper
    return decorate


def _min_confidence_option(help_text: str):
    return click.option("--min-confidence", type=click.FloatRange(0, 1), default=MIN_CONFIDENCE, show_default=True,
                        help=help_text)


def _load_options(command):
    command = _min_confidence_option(
        "Facts whose confidence is under this are kept out of the graph (a source under it adds nothing "
        "to a fact); loading again with another value replaces the documents whose kept facts change.")(command)
    command = click.option("--batch-size", type=click.IntRange(1), default=100, show_default=True,
                           help="Documents per transaction.")(command)
    command = click.option("--reset", is_flag=True,
                           help="First delete athar's nodes and relationships (other data is kept); asks first "
                                "unless --yes.")(command)
    command = click.option("-y", "--yes", is_flag=True, help="Do not ask before --reset deletes.")(command)
    command = click.option("--no-wait", is_flag=True,
                           help="When another load or build writes to the database, fail at once instead of "
                                "waiting for it to finish.")(command)
    return connection_options(command)


def _confirm_reset(reset: bool, yes: bool, connection) -> None:
    """Ask before --reset deletes the graph (no answer, as without a terminal: no)."""
    if reset and not yes:
        click.confirm(f"Delete athar's nodes and relationships in {connection.describe()} before loading?",
                      abort=True, err=True)


def _prepare(driver, database, reset: bool) -> None:
    from athar.graph.load import apply_schema, reset as reset_graph

    apply_schema(driver, database)
    if reset:
        click.echo(f"reset: {reset_graph(driver, database)} athar nodes deleted", err=True)


def _finish(report) -> None:
    click.echo(report.summary(), err=True)
    if report.failed or report.malformed:
        raise SystemExit(3 if report.loaded or report.replaced or report.skipped else 1)


@main.command("load")
@click.argument("facts", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@_load_options
@click.option("--bulk", is_flag=True,
              help="Fill the managed server's empty database at once: build the graph from FACTS here, write "
                   "neo4j-admin import files, import them with the server stopped, start it and create the "
                   "schema. The graph is the one a plain load builds, and later loads add to it as usual. "
                   "With --reset it replaces a database holding only athar's data; never one holding other data.")
def load_command(facts, reset, yes, batch_size, min_confidence, no_wait, connection, bulk):
    """Load FACTS files (facts.jsonl from `athar extract`) into Neo4j.

    Each document is written in one transaction with the others of its batch.
    A document already loaded unchanged is skipped, a changed one replaces its
    earlier version, so loading a file twice changes nothing. A malformed line
    is reported with its file:line and the rest is loaded.
    """
    if bulk:
        _bulk_load(facts, min_confidence, reset, yes, connection)
        return
    from athar.graph.facts_file import FactsReader
    from athar.graph.load import LoadReport, load_records, read_records
    from athar.graph.progress import Progress
    from athar.graph.settings import connect

    _confirm_reset(reset, yes, connection)
    driver, database = connect(connection)
    report, reader = LoadReport(), FactsReader(_problem)
    with _stopping(driver, connection, report, no_wait) as lease:
        _prepare(driver, database, reset)
        for path in facts:
            progress = Progress(f"loading {path}", _count_records(path))
            try:
                load_records(driver, read_records(path, report, _problem, reader), database=database,
                             batch_size=batch_size, min_confidence=min_confidence, report=report,
                             on_problem=_problem, on_progress=progress.advance, lease=lease)
            finally:
                progress.close()
    _finish(report)


def _bulk_load(facts, min_confidence, reset: bool, yes: bool, connection) -> None:
    """athar load --bulk: the facts files' graph (graph.offline, as `export csv --from-facts`) imported by
    neo4j-admin into the managed server's store (as `neo4j import`), which must hold nothing but athar's
    data, and nothing at all without --reset."""
    from athar.graph import export, server
    from athar.graph.settings import connect

    if not connection.managed:
        raise click.UsageError(f"--bulk imports with neo4j-admin into the managed server's store, not into "
                               f"{connection.describe()}: run `athar export csv OUT --from-facts …` and OUT/import.sh "
                               f"where that server runs, or load without --bulk")
    config = _server_config()
    exists = server.database_exists(config)
    if exists:
        server.start(config, log=lambda message: click.echo(message, err=True))
        driver, database = connect(connection)
        try:
            nodes, athar = export.node_totals(driver, database)
        finally:
            driver.close()
        if nodes > athar:
            raise click.ClickException(f"the database holds {nodes - athar:,} nodes that are not athar's, which an "
                                       f"import would replace: load without --bulk")
        if athar and not reset:
            raise click.ClickException(f"the database holds athar's graph ({athar:,} nodes): --bulk fills an empty "
                                       f"database; add --reset to replace it, or load without --bulk to add to it")
        if athar:
            _confirm_reset(reset, yes, connection)
    graph, report, steps = _bulk_import(config, facts, min_confidence, exists)
    click.echo(f"bulk-loaded {len(graph.nodes):,} nodes and {len(graph.rels):,} relationships from "
               f"{len(facts)} facts file(s) in {sum(steps.values()):.1f} s ("
               + ", ".join(f"{step} {seconds:.1f}" for step, seconds in steps.items()) + ")", err=True)
    if report.malformed:
        raise SystemExit(3)


def _bulk_import(config, facts, min_confidence, overwrite: bool):
    """The work of `athar load --bulk` once its checks passed: (graph, LoadReport, seconds of each step).

    The server stops in the background while the graph is built and its import files written (it is
    stopped for the import anyway; started again if they fail), then neo4j-admin imports them and the
    server starts with athar's schema."""
    import tempfile
    import time
    from concurrent.futures import ThreadPoolExecutor

    from athar.graph import export, server

    log = lambda message: click.echo(message, err=True)     # noqa: E731
    steps: dict[str, float] = {}
    clock = time.perf_counter()

    def done(step: str) -> None:
        nonlocal clock
        steps[step], clock = time.perf_counter() - clock, time.perf_counter()

    with ThreadPoolExecutor(1) as background, tempfile.TemporaryDirectory(prefix="athar-bulk-") as folder:
        stopped = background.submit(server.stop, config, log=log)
        try:
            graph, report = _graph_for_export(facts, min_confidence, None)
            done("build graph")
            export.write_admin_csv(graph, folder, "neo4j")
            done("write CSV")
        except BaseException:
            stopped.result()
            server.start(config, log=log)
            raise
        stopped.result()
        done("stop")
        _import_and_start(config, folder, overwrite, done)
    return graph, report, steps


@contextlib.contextmanager
def _stopping(driver, connection, report, no_wait: bool):
    """Run a load holding the load lease (graph/lease.py; yields it), waiting for another load to finish
    unless no_wait. On a fatal database error or a lost lease, print the summary so far, then one error
    saying why it stopped and the command that resumes it (graph.settings.resumable); close the driver."""
    from athar.graph.lease import LeaseBusy, LeaseLost, held
    from athar.graph.settings import LoadStopped, resumable

    resume = _resume_command(click.get_current_context())
    try:
        with resumable(connection, lambda: _done(report), resume):
            with held(driver, connection.database, wait=not no_wait,
                      on_wait=lambda message: click.echo(f"{message}; --no-wait fails instead", err=True)) as lease:
                yield lease
    except LeaseBusy as busy:
        raise click.ClickException(f"{busy}; try again later, or leave out --no-wait to wait for it") from None
    except LeaseLost as lost:
        notice(report.summary())
        raise click.ClickException(f"{lost}\nThe load stopped after {_done(report)}; what was committed is kept. "
                                   f"Re-run the same command to resume:\n  {resume}") from None
    except LoadStopped:
        notice(report.summary())
        raise
    finally:
        driver.close()


def _resume_command(ctx: click.Context) -> str:
    """The command line that resumes this command: its arguments and the options it was given, without
    --reset (what was committed stays) and --password (never printed)."""
    words = ["athar", ctx.command.name]
    for param in ctx.command.params:
        value = ctx.params.get(param.name)
        if param.name in ("reset", "yes", "password", "no_wait") or value is None or value == param.default \
                or getattr(param, "is_flag", False) and not value:
            continue
        if isinstance(param, click.Argument):
            words += [str(v) for v in value]
        elif param.is_flag:
            words.append(param.opts[0])
        else:
            words += [param.opts[0], str(value)]
    return shlex.join(words)


def _done(report) -> str:
    """What a load had committed, for the message when the connection is lost."""
    return (f"{report.loaded + report.replaced + report.skipped} documents "
            f"({report.loaded} loaded, {report.replaced} replaced, {report.skipped} skipped)")


def _count_records(path: str) -> int:
    with open(path, encoding="utf-8") as fh:
        return max(sum(1 for line in fh if line.strip()) - 1, 0)    # minus the header line


@main.command("build")
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-j", "--n-process", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes for the spaCy pipeline.")
@_load_options
def build_command(corpus, n_process, reset, yes, batch_size, min_confidence, no_wait, connection):
    """Extract CORPUS (files or folders) and load the result into Neo4j: `athar extract` + `athar load`.

    Documents reach the database while extraction goes on; once the corpus is
    resolved across documents, those whose resolution changed are replaced,
    so the graph is the one extract + load give (graph/build.py).
    """
    from athar.graph.build import build
    from athar.graph.load import LoadReport
    from athar.graph.settings import connect

    _confirm_reset(reset, yes, connection)
    driver, database = connect(connection)
    report, problems, stages = LoadReport(), [], _Stages(corpus)
    with _stopping(driver, connection, report, no_wait) as lease:
        _prepare(driver, database, reset)
        build(driver, stages.documents(corpus, problems), report=report, database=database, n_process=n_process,
              batch_size=batch_size, min_confidence=min_confidence, lease=lease, on_problem=_problem,
              on_extraction_problem=_problem_reporter(problems), stage=stages)
    report.failed += len(problems)
    if stages.empty:
        click.echo(f"empty documents skipped: {len(stages.empty)}", err=True)
    _finish(report)


def _parse_params(values) -> dict:
    params = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r}: write KEY=VALUE", param_hint="-p")
        params[key.strip()] = value
    return params


def _query_names() -> list[str]:
    from athar import cypher

    return list(cypher.queries())


@main.command("query")
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter (repeatable); 'null' for none. See --list for each query's parameters.")
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "json", "csv"]), default="table",
              show_default=True, help="table: aligned columns, each cell a bidi isolate (Arabic cells stay in their "
                                      "column); markdown: a pipe table; json: a list of row objects; csv: nested "
                                      "values as JSON.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Where to write (default: standard output).")
@click.option("--list", "list_queries", is_flag=True, help="List the stored queries and their parameters.")
@_connection_unless(lambda kw: kw["list_queries"] or not kw["name"] or kw["name"] not in _query_names())
def query_command(name, params, fmt, output, list_queries, connection):
    """Run the stored query NAME (cypher/queries/NAME.cypher) in a read transaction."""
    import json

    from athar import cypher

    if list_queries or not name:
        for q in cypher.queries().values():
            click.echo(f"{q.name}\n  {q.description}")
            for p in q.params:
                default = "required" if p.required else f"default {json.dumps(p.default, ensure_ascii=False)}"
                click.echo(f"  -p {p.name}=<{p.type}>  {default}{'; ' + p.help if p.help else ''}")
        return
    from neo4j.exceptions import ClientError

    from athar.extract.arabic import normalize     # how the extractor folded the names it stored (search_names)
    from athar.graph.query import (ParameterError, check_integers, format_rows, lucene_problem, resolve_entities,
                                   run_query)
    from athar.graph.settings import connect

    if name not in cypher.queries():
        import difflib

        close = difflib.get_close_matches(name, _query_names(), n=3)
        hint = f"did you mean {' or '.join(repr(c) for c in close)}? " if close else ""
        raise click.BadParameter(f"no stored query {name!r}; {hint}see `athar query --list`", param_hint="NAME")
    try:
        bound = check_integers(cypher.queries()[name].bind(_parse_params(params)))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="-p") from None
    driver, database = connect(connection)
    try:
        bound, resolved = resolve_entities(driver, bound, normalize, database)
        for resolution in resolved:       # a name given for a key: say which entity it named
            click.echo(str(resolution), err=True)
        columns, rows = run_query(driver, name, bound, database, fold=normalize)
    except ParameterError as exc:
        raise click.BadParameter(str(exc), param_hint="-p") from None
    except ClientError as error:          # e.g. a search text Lucene cannot parse, a write in a read transaction
        problem = lucene_problem(error) or f"{error.message} ({error.code})"
        raise click.ClickException(f"query {name} failed: {problem}") from None
    finally:
        driver.close()
    with atomic_file(output) as out:
        out.write(format_rows(columns, rows, fmt))
    if "limit" in bound and len(rows) == bound["limit"]:
        more = f"-p skip={bound['skip'] + len(rows)}" if "skip" in bound else "a larger -p limit"
        click.echo(f"{name}: {len(rows)} rows, its limit; there may be more ({more})", err=True)


@main.group("export")
def export_group() -> None:
    """Export the graph from Neo4j, or from facts files without a database (--from-facts)."""


PROVENANCE_HELP = ("Write the whole graph: documents, sentences, mentions and every fact's per-source values "
                   "besides the entities and facts.")


def _export_command(fmt: str, help_text: str):
    @export_group.command(fmt, help=help_text)
    @click.argument("out", type=click.Path(writable=True))
    @click.option("--from-facts", "facts", multiple=True, type=click.Path(exists=True, dir_okay=False),
                  help="Build the graph from these facts.jsonl files, as `athar load` would, without Neo4j "
                       "(repeatable).")
    @_min_confidence_option("With --from-facts, facts whose confidence is under this are kept out of the graph, "
                            "as `athar load` keeps them out.")
    @_connection_unless(lambda kw: bool(kw["facts"]))
    def command(out, facts, min_confidence, connection, provenance=False):
        from athar.graph import export

        graph, report = _graph_for_export(facts, min_confidence, connection)
        if fmt in ("graphml", "gexf") and not provenance:
            graph = export.fact_graph(graph)
        if fmt == "json":
            with atomic_file(out) as fh:
                export.write_apoc_jsonl(graph, fh)
        elif fmt == "graphml":
            export.write_graphml(graph, out)
        elif fmt == "gexf":
            export.write_gexf(graph, out)
        elif fmt == "ftm":
            _write_ftm(graph, out)
        else:
            export.write_admin_csv(graph, out, (connection and connection.database) or "neo4j")
        click.echo(f"exported {len(graph.nodes)} nodes and {len(graph.rels)} relationships to {out}", err=True)
        if report.malformed:
            raise SystemExit(3)

    if fmt in ("graphml", "gexf"):
        command = click.option("--with-provenance", "provenance", is_flag=True, help=PROVENANCE_HELP)(command)
    return command


def _write_ftm(graph, out) -> None:
    try:
        from athar.graph.ftm import write_ftm
        counts, problems = write_ftm(graph, out)
    except ModuleNotFoundError as missing:
        if missing.name != "followthemoney":
            raise
        raise click.ClickException("FollowTheMoney output needs the followthemoney library: "
                                   "pip install 'athar[ftm]'") from None
    click.echo(f"FtM entities: {sum(counts.values())} ({', '.join(f'{k} {v}' for k, v in counts.items())}); "
               f"validation problems: {len(problems)}", err=True)
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)
    if problems:
        raise SystemExit(3)


def _graph_for_export(facts, min_confidence, connection):
    """(graph, LoadReport): from Neo4j, or from facts files when given (what they break reported)."""
    from athar.graph.facts_file import FactsReader
    from athar.graph.load import LoadReport, read_records

    report = LoadReport()
    if not facts:
        from athar.graph.export import read_graph
        from athar.graph.settings import connect

        driver, database = connect(connection)
        try:
            return read_graph(driver, database), report
        finally:
            driver.close()
    from athar.graph.offline import graph_from_records

    reader = FactsReader(_problem)
    records = (r for path in facts for r in read_records(path, report, _problem, reader))
    problems: list[str] = []
    graph = graph_from_records(records, problems, min_confidence)
    for problem in problems:
        _problem(problem)
    return graph, report


_export_command("json", "Write the graph as APOC JSON lines to OUT ('-' for standard output).")
_export_command("graphml", "Write the fact graph as GraphML to OUT (networkx, igraph, Gephi, yEd): entities and facts "
                           "with their label, polarity, modality, confidence and `weight` (documents stating it); "
                           "lists joined by ' | '.")
_export_command("gexf", "Write the fact graph as GEXF 1.2 to OUT (Gephi): as graphml, with each dated event and its "
                        "facts on Gephi's timeline (start/end).")
_export_command("ftm", "Write the graph as FollowTheMoney entities (JSON lines) to OUT, for Aleph, nomenklatura and "
                       "OpenSanctions tools, validated with the followthemoney library (extra: athar[ftm]); "
                       "denied and planned facts are left out.")
_export_command("csv", "Write CSV files for `neo4j-admin database import full` into the folder OUT, with import.sh.")


@main.command("report")
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
@click.option("--title", default="athar report", show_default=True, help="The page's title.")
@click.option("--events", "max_events", type=click.IntRange(1), default=40, show_default=True,
              help="At most this many events on the timeline (most documents and participants) and in the "
                   "matrix (most states).")
@click.option("--states", "max_states", type=click.IntRange(1), default=40, show_default=True,
              help="At most this many states in the matrix (those at most events).")
@click.option("--actors", "max_actors", type=click.IntRange(1), default=20, show_default=True,
              help="At most this many of the most-connected actors.")
@connection_options
def report_command(out, title, max_events, max_states, max_actors, connection):
    """Write one self-contained HTML page (no script or file fetched to view it) from the graph: a timeline
    of events with their participants, a states x events attendance matrix, the funding and sanction flows and
    the most-connected actors."""
    from athar.graph.report import read_report, render
    from athar.graph.settings import connect

    driver, database = connect(connection)
    try:
        data = read_report(driver, database, max_actors)
    finally:
        driver.close()
    page = render(data, title, max_events, max_states,
                  generated=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    with atomic_file(out) as fh:
        fh.write(page)
    c = data.counts
    click.echo(f"report: {c['timeline']} of {c['dated']} dated events on the timeline ({c['undated']} without a year); "
               f"matrix {c['matrix_states']} states x {c['matrix_events']} events ({c['not_invited']} not invited); "
               f"{c['flows']} flows ({c['negated_flows']} negated) -> {out}", err=True)


@main.command("browser")
@click.option("--host", default="localhost", show_default=True,
              help="Host name to serve on; Neo4j Browser only fetches from hosts in "
                   "browser.remote_content_hostname_whitelist (default: guides.neo4j.com, localhost).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
def browser_command(host, port):
    """Serve the stored queries as a Neo4j Browser guide, and the athar graph style, until Ctrl-C."""
    from athar.graph.browser import serve

    def ready(urls):
        click.echo("In Neo4j Browser, run:")
        click.echo(f"  :style {urls['style']}")
        click.echo(f"  :guide {urls['guide']}")
        click.echo("Serving until Ctrl-C.", err=True)

    try:
        serve(host, port, ready)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
