"""The athar command line (click)."""
from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="athar")
def main() -> None:
    """athar: Arabic news articles to a Neo4j knowledge graph of actors, events and funding."""


# --- neo4j: the managed local server --------------------------------------


# --- extract / train-ner / eval: no database needed -----------------------


# --- load / build / query / export: the graph -----------------------------


if __name__ == "__main__":
    main()
