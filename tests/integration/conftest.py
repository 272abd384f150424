"""Fixtures of the graph tests: an empty database with the athar schema."""
import pytest

from graph import load


@pytest.fixture
def graph_db(neo4j_db):
    """(driver, database) of an empty database with the athar schema applied."""
    driver, database = neo4j_db
    load.apply_schema(driver, database)
    return driver, database
