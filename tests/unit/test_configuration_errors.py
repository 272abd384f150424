"""Configuration errors (issue 18, item 7): one line naming the problem, a non-zero exit, no traceback,
and nothing sent anywhere: each fails before connecting, so no server is needed."""
import neo4j
import pytest
from click.testing import CliRunner

from athar.graph import settings
from athar.graph.cli import main


def run(args, tmp_path, **env):
    base = {"ATHAR_HOME": str(tmp_path / "home"), "NEO4J_URI": None, "NEO4J_PASSWORD": None, "NEO4J_USER": None,
            "NEO4J_USERNAME": None, "NEO4J_DATABASE": None}
    return CliRunner().invoke(main, args, env={**base, **env})


def one_error(result) -> str:
    assert result.exit_code != 0 and result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and "Traceback" not in result.output, result.output
    return errors[0]


@pytest.mark.parametrize("uri, problem", [
    ("http://127.0.0.1:7474", "NEO4J_URI='http://127.0.0.1:7474' is not a Neo4j URI"),
    ("127.0.0.1:7687", "NEO4J_URI='127.0.0.1:7687' is not a Neo4j URI"),
    ("localhost", "NEO4J_URI='localhost' is not a Neo4j URI"),
    ("bolt://127.0.0.1:99999", "NEO4J_URI='bolt://127.0.0.1:99999': the port is not a TCP port (1-65535)"),
    ("bolt://127.0.0.1:0", "NEO4J_URI='bolt://127.0.0.1:0': the port is not a TCP port (1-65535)"),
    ("bolt://:7687", "NEO4J_URI='bolt://:7687': no host"),
])
def test_a_uri_neo4j_cannot_use_is_one_clear_line(tmp_path, uri, problem):
    for command in (["query", "attendance"], ["load", str(tmp_path / "f.jsonl")]):
        (tmp_path / "f.jsonl").write_text("")
        assert problem in one_error(run(command, tmp_path, NEO4J_URI=uri, NEO4J_PASSWORD="secret"))


def test_the_uri_option_is_named_as_such(tmp_path):
    line = one_error(run(["query", "attendance", "--uri", "http://x", "--password", "p"], tmp_path))
    assert "--uri='http://x' is not a Neo4j URI" in line


def test_valid_uris_pass():
    for uri in ("bolt://127.0.0.1:7687", "neo4j+s://abc.databases.neo4j.io", "bolt+ssc://[::1]:7687", "BOLT://h"):
        settings.check_uri(uri, "NEO4J_URI")


def test_an_integer_out_of_cypher_range_is_one_clear_line_before_connecting(tmp_path):
    line = one_error(run(["query", "attendance", "-p", "limit=99999999999999999999"], tmp_path,
                         NEO4J_URI="bolt://127.0.0.1:9", NEO4J_PASSWORD="secret"))
    assert "limit=99999999999999999999 is out of range: Neo4j integers are 64-bit" in line


def test_a_refused_password_from_the_environment_is_not_blamed_on_the_password_file(tmp_path):
    refused = neo4j.exceptions.AuthError("The client is unauthorized due to authentication failure.")
    home = {"ATHAR_HOME": str(tmp_path)}
    from_env = settings.resolve(env={**home, "NEO4J_PASSWORD": "wrong"})
    message = str(settings.explain(refused, from_env))
    assert "the password in NEO4J_PASSWORD (from the environment) was refused: check it and NEO4J_USER" in message
    assert "unset NEO4J_PASSWORD to use the managed server's password file" in message
    other = settings.resolve(env={**home, "NEO4J_PASSWORD": "wrong", "NEO4J_URI": "bolt://db.example:7687"})
    assert "NEO4J_PASSWORD (from the environment) was refused" in str(settings.explain(refused, other))
    given = settings.resolve(password="wrong", env=home)
    assert "check NEO4J_USER and NEO4J_PASSWORD (or --user and --password)" in str(settings.explain(refused, given))
    (tmp_path / "neo4j").mkdir()
    (tmp_path / "neo4j" / "password").write_text("stored\n")
    stored = settings.resolve(env=home)
    assert "password file was refused" in str(settings.explain(refused, stored))
