"""Fixtures of the graph tests: an empty database with the athar schema, CLI settings for it."""
import pytest

from athar.graph import load
from fixtures.scratch_server import runner_env


@pytest.fixture
def graph_db(neo4j_db):
    """(driver, database) of an empty database with the athar schema applied."""
    driver, database = neo4j_db
    load.apply_schema(driver, database)
    return driver, database


@pytest.fixture
def cli_env(neo4j_settings):
    """CliRunner.invoke(env=...) pointing `athar` at the test database (and only there)."""
    s = neo4j_settings
    return runner_env(NEO4J_URI=s.uri, NEO4J_USER=s.user, NEO4J_PASSWORD=s.password,
                      **({"NEO4J_DATABASE": s.database} if s.database else {}))
