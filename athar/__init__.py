"""athar: Arabic news articles to a Neo4j knowledge graph of actors, events and funding.

The Python API: `athar extract`, `athar load` and `athar query` as three functions.

    import athar

    facts = list(athar.extract_corpus("examples/articles"))
    print(athar.load(facts).summary())
    for row in athar.run_query("attendance", {"limit": 5}):
        print(row["state_name"], row["event_name"], row["event_date"])

The functions reach Neo4j as the commands do: uri, user, password and database
when given, else NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE, else
the managed server of `athar neo4j start`. The subpackages are athar.extract
(articles to facts), athar.graph (facts to Neo4j, the command line) and
athar.cypher (the Cypher statements and stored queries). Importing athar loads
none of them: spaCy and the Neo4j driver come with the first call.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from athar.extract.model import DocumentFacts
    from athar.graph.load import LoadReport

__all__ = ["extract_corpus", "load", "run_query"]

_log = logging.getLogger(__name__)


def _warn(where: str, message: str) -> None:
    _log.warning("%s: %s", where, message)


def extract_corpus(corpus: str | os.PathLike | Iterable[str | os.PathLike], *, n_process: int = 1,
                   on_problem: Callable[[str, str], None] | None = None) -> Iterator[DocumentFacts]:
    """The facts of the articles in `corpus` (a file or folder, or a list of them; the formats of
    `athar extract`): one DocumentFacts per article, resolved across the corpus, as `athar extract`
    writes them. Streamed: the articles are read and extracted as the result is iterated.

    n_process: worker processes for the spaCy pipeline. on_problem(where, message) hears of every
    file, record or article left out or changed (default: a warning of the `athar` logger).
    """
    from athar.extract.io import iter_documents
    from athar.extract.pipeline import extract_corpus as extract

    paths = [corpus] if isinstance(corpus, (str, os.PathLike)) else list(corpus)
    on_problem = on_problem or _warn
    return extract(iter_documents(paths, on_problem), n_process=n_process, on_problem=on_problem)


def load(facts: str | os.PathLike | Iterable[DocumentFacts], *, min_confidence: float | None = None,
         batch_size: int = 100, uri: str | None = None, user: str | None = None, password: str | None = None,
         database: str | None = None) -> LoadReport:
    """Load facts into Neo4j as `athar load` does: `facts` is a facts.jsonl file of `athar extract`
    or the DocumentFacts of extract_corpus. A document loaded before unchanged is skipped, a changed
    one replaced. Applies the schema first and holds the load lease (waiting for another load).

    min_confidence: facts under it are kept out (default athar.graph.model.MIN_CONFIDENCE). Returns
    the LoadReport (its summary() says what changed); each problem is also a warning of the logger.
    """
    from athar.graph.lease import held
    from athar.graph.load import LoadReport, apply_schema, load_records, read_records
    from athar.graph.model import MIN_CONFIDENCE
    from athar.graph.settings import connect, resolve

    report = LoadReport()
    records = read_records(os.fspath(facts), report, _log.warning) \
        if isinstance(facts, (str, os.PathLike)) else facts
    driver, database = connect(resolve(uri, user, password, database))
    try:
        with held(driver, database) as lease:
            apply_schema(driver, database)
            return load_records(driver, records, database=database, batch_size=batch_size, report=report,
                                min_confidence=MIN_CONFIDENCE if min_confidence is None else min_confidence,
                                on_problem=_log.warning, lease=lease)
    finally:
        driver.close()


def run_query(name: str, params: dict[str, Any] | None = None, *, uri: str | None = None, user: str | None = None,
              password: str | None = None, database: str | None = None) -> list[dict[str, Any]]:
    """The rows of the stored query `name` (cypher/queries/NAME.cypher; `athar query --list` lists them
    and their parameters), run in a read transaction as `athar query NAME -p KEY=VALUE` runs it.

    params maps parameter names to values; the others take their defaults. A parameter that names an
    entity (state, event, org, ...) may give a name instead of a key. Each row maps column to value.
    """
    from athar.extract.arabic import normalize     # how the extractor folded the names it stored
    from athar.graph.query import resolve_entities, run_query as run
    from athar.graph.settings import connect, resolve

    driver, database = connect(resolve(uri, user, password, database))
    try:
        params, _ = resolve_entities(driver, params or {}, normalize, database)
        return run(driver, name, params, database, fold=normalize)[1]
    finally:
        driver.close()
