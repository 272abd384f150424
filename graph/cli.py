"""The athar command line (click)."""
from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="athar")
def main() -> None:
    """athar: Arabic news articles to a Neo4j knowledge graph of actors, events and funding."""


# --- neo4j: the managed local server --------------------------------------


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
