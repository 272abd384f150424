"""Security against a real Neo4j: data never becomes Cypher, queries cannot write, the managed
server is private, secrets are never shown.

Injection strings go through every user-facing path (facts file -> `athar load` -> `athar query`
-> `athar export`) and must come back verbatim while the rest of the database stays as it was.
Every statement the driver sends on the way is recorded and must be a statement of cypher/,
byte for byte: the data only ever travels as parameters.
"""
from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from neo4j._sync.work.session import Session
from neo4j._sync.work.transaction import TransactionBase

from athar import cypher
from athar.extract.model import Entity
from athar.graph import server
from athar.graph.cli import main
from fixtures.graph_corpus import SA, Builder, records, write_facts
from fixtures.scratch_server import env_without_neo4j, free_ports, runner_env

pytestmark = pytest.mark.integration

STATE = {st.name: st.body for st in cypher.split_statements(
    (Path(__file__).parents[1] / "fixtures" / "graph_state.cypher").read_text(encoding="utf-8"),
    "tests/fixtures/graph_state.cypher")}

INJECTIONS = [
    "}) DETACH DELETE n //",
    "x' }) MATCH (n) DETACH DELETE n RETURN 1 //",
    '" OR 1=1 //',
    "`Entity`) DETACH DELETE e //",
    "$param",
    "{key: $key}",
    "\\'; CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {}) //",
    "RETURN 1; MATCH (n) DETACH DELETE n",
    "منظمة 'الحرية' `ج` {١}",
    "\u202etxet desrever\u202c zero\u200bwidth",
]


def stored_statements() -> set[str]:
    """The text of every statement of cypher/ as the code may send it (with or without its header)."""
    found = set()
    for path in Path(cypher.__file__).parent.rglob("*.cypher"):
        resource = path.relative_to(Path(cypher.__file__).parent).as_posix()
        for st in cypher.statements(resource):
            found.update((st.text, st.body))
    return found


@pytest.fixture
def sent(monkeypatch):
    """Every (statement, parameters) the driver sends from this process while the test runs."""
    log: list[tuple[str, dict]] = []

    def spy(original):
        def run(self, query, parameters=None, **kwargs):
            log.append((str(query), {**(parameters or {}), **kwargs}))
            return original(self, query, parameters, **kwargs)
        return run

    monkeypatch.setattr(Session, "run", spy(Session.run))
    monkeypatch.setattr(TransactionBase, "run", spy(TransactionBase.run))
    return log


def injection_records():
    """The test corpus plus one document whose id, title, source and names are injection strings."""
    doc = Builder(INJECTIONS[0], [f"{name} attended." for name in INJECTIONS] + ["Saudi Arabia was there."],
                  title=INJECTIONS[1], source=INJECTIONS[2], url=INJECTIONS[3])
    for i, name in enumerate(INJECTIONS):
        entity = Entity(f"org:{name}", "Organization", name, [INJECTIONS[-1 - i]], None, {"kind": name})
        doc.mention(entity, i, name)
        doc.fact("FUNDED", SA, entity, len(INJECTIONS), channel=name)
    doc.mention(SA, len(INJECTIONS), "Saudi Arabia")
    return records() + [doc.record()]


def snapshot(driver, database) -> tuple[int, str]:
    with driver.session(database=database) as session:
        record = session.run(STATE["content_checksum"]).single()
    return record["items"], record["checksum"]


def invoke(args, env):
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 0, f"{args}: {result.output}"
    return result


def test_injection_strings_travel_as_data_through_load_query_and_export(neo4j_db, cli_env, sent, tmp_path):
    driver, database = neo4j_db
    recs = injection_records()
    facts = write_facts(tmp_path / "facts.jsonl", recs)
    invoke(["load", str(facts)], cli_env)
    loaded = snapshot(driver, database)

    exported = invoke(["export", "json", "-"], cli_env).stdout
    offline = invoke(["export", "json", "-", "--from-facts", str(facts)], runner_env()).stdout
    assert exported == offline                       # the database holds exactly what the records say
    nodes = {row["properties"].get("key"): row["properties"] for row in map(json.loads, exported.splitlines())
             if row["type"] == "node"}
    for i, name in enumerate(INJECTIONS):
        assert nodes[f"org:{name}"]["name"] == name and nodes[f"org:{name}"]["aliases"] == [INJECTIONS[-1 - i]]

    for name in INJECTIONS:
        rows = json.loads(invoke(["query", "mentions", "-p", f"key=org:{name}", "--format", "json"],
                                 cli_env).stdout)
        assert [(r["doc_id"], r["mention"]) for r in rows] == [(INJECTIONS[0], name)]
        profile = json.loads(invoke(["query", "actor_profile", "-p", f"key=org:{name}", "--format", "json"],
                                    cli_env).stdout)
        assert {(r["actor"], r["actor_name"], r["relation"], r["other"]) for r in profile} == \
            {(f"org:{name}", name, "FUNDED", "SA")}
        for query, param in (("funding", "recipient"), ("members", "org"), ("sanctions", "target"),
                             ("event_profile", "event"), ("attendance", "state")):
            invoke(["query", query, "-p", f"{param}={name}", "--format", "csv"], cli_env)
    funding = json.loads(invoke(["query", "funding", "-p", "funder=SA", "--format", "json"], cli_env).stdout)
    assert {r["channel"] for r in funding} >= set(INJECTIONS)

    assert snapshot(driver, database) == loaded      # queries and exports changed nothing
    stored = stored_statements() | set(STATE.values())          # and the test's own checksum statement
    assert sent and {statement for statement, _ in sent} <= stored
    assert any(name in json.dumps(params, ensure_ascii=False) for _, params in sent for name in INJECTIONS[:3])


def test_a_parameter_name_made_of_cypher_is_refused_before_the_database(neo4j_db, cli_env):
    result = CliRunner().invoke(main, ["query", "mentions", "-p", "key=SA", "-p", "x}) DETACH DELETE n //=1"],
                                env=cli_env)
    assert result.exit_code == 2 and "unknown parameter" in result.output


def test_search_takes_lucene_syntax_and_injection_text_is_a_query_error_at_worst(neo4j_db, cli_env, tmp_path):
    driver, database = neo4j_db
    invoke(["load", str(write_facts(tmp_path / "facts.jsonl", injection_records()))], cli_env)
    loaded = snapshot(driver, database)
    refused = 0
    for text in INJECTIONS:
        result = CliRunner().invoke(main, ["query", "search", "-p", f"q={text}", "--format", "json"], env=cli_env)
        if result.exit_code:                # Lucene cannot parse it: one clear line, no traceback
            refused += 1
            assert result.exit_code == 1 and result.exception.__class__ is SystemExit, result.output
            assert result.output.startswith("Error: query search failed: the search text is not valid Lucene "
                                            "syntax"), result.output
        else:
            assert isinstance(json.loads(result.output), list)
    assert 0 < refused < len(INJECTIONS)
    assert snapshot(driver, database) == loaded


def test_a_stored_query_that_writes_is_refused_by_the_read_transaction(neo4j_db, cli_env, monkeypatch):
    driver, database = neo4j_db
    before = snapshot(driver, database)
    writer = cypher.parse_query(
        "// name: writer\n// description: tries to write\n// param name: string = \"x\"\n"
        "CREATE (w:Written {name: $name}) RETURN w.name AS name", "queries/writer.cypher")
    stored = dict(cypher.queries())
    monkeypatch.setattr(cypher, "queries", lambda: {**stored, "writer": writer})
    result = CliRunner().invoke(main, ["query", "writer", "-p", "name=pwned"], env=cli_env)
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit
    assert "Error: query writer failed: Writing in read access mode not allowed" in result.output
    assert snapshot(driver, database) == before


@pytest.mark.parametrize("name", ["../load", "/etc/passwd", "queries/search", "search.cypher"])
def test_only_stored_queries_run_never_a_file_the_user_names(name, cli_env):
    result = CliRunner().invoke(main, ["query", name], env=cli_env)
    assert result.exit_code == 2 and "no stored query" in result.output


def test_every_stored_query_is_read_only_in_its_text():
    for query in cypher.queries().values():
        code = cypher.parameter_names.__globals__["_code_only"](query.text).upper()
        for clause in ("CREATE", "MERGE", "DELETE", "SET ", "REMOVE", "DROP", "LOAD CSV", "RUNWRITE", "DOIT"):
            assert clause not in code.split("//")[0], f"{query.source}: {clause}"


# --- the managed server is private -----------------------------------------------

def test_the_managed_server_binds_loopback_with_auth_and_a_private_password(managed_neo4j):
    conf = dict(line.split("=", 1) for line in (managed_neo4j.conf_dir / "neo4j.conf").read_text().splitlines()
                if "=" in line and not line.startswith("#"))
    addresses = {k: v for k, v in conf.items() if k.endswith(("listen_address", "advertised_address"))}
    assert conf["server.default_listen_address"] == "127.0.0.1"
    assert addresses and all(v.split(":")[0] == "127.0.0.1" for v in addresses.values())
    assert conf["dbms.security.auth_enabled"] == "true"
    assert conf.get("server.https.enabled") == "false"
    assert not [k for k in conf if "initial_password" in k or k.startswith("dbms.security.auth_") and
                k != "dbms.security.auth_enabled"]
    assert stat.S_IMODE(managed_neo4j.password_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(managed_neo4j.home.stat().st_mode) == 0o700
    password = managed_neo4j.password_file.read_text().strip()
    assert password != "neo4j" and len(password) >= 8


def test_secrets_are_never_printed_logged_or_put_on_a_command_line(tmp_path):
    secret = "Never-Print-Me-7f3a9c"
    bolt_port, http_port = free_ports(2)
    env = env_without_neo4j(ATHAR_HOME=str(tmp_path / "home"), ATHAR_NEO4J_BOLT_PORT=str(bolt_port),
                            ATHAR_NEO4J_HTTP_PORT=str(http_port), ATHAR_NEO4J_HEAP="512m",
                            ATHAR_NEO4J_PAGECACHE="64m", NEO4J_PASSWORD=secret)
    facts = write_facts(tmp_path / "facts.jsonl", records())
    config = server.ServerConfig.from_env(env)

    def athar(*args):
        return subprocess.run([sys.executable, "-m", "athar.graph.cli", *args], env=env, text=True, capture_output=True,
                              timeout=300)

    try:
        outputs = [athar("neo4j", "start")]
        if outputs[0].returncode != 0 and "Maven" in outputs[0].stderr + outputs[0].stdout:
            pytest.skip(f"no scratch server: {outputs[0].stderr}")
        assert outputs[0].returncode == 0, outputs[0].stderr
        pid = server.running_pid(config)
        assert secret.encode() not in Path(f"/proc/{pid}/cmdline").read_bytes()
        assert secret.encode() not in Path(f"/proc/{pid}/environ").read_bytes()
        outputs += [athar("neo4j", "start"), athar("neo4j", "status"), athar("load", str(facts)),
                    athar("query", "search", "-p", "q=Saudi"), athar("export", "json", "-"),
                    athar("neo4j", "logs", "-n", "1000")]
        assert [o.returncode for o in outputs] == [0] * len(outputs), [o.stderr for o in outputs]
        wrong = dict(env, NEO4J_PASSWORD=secret[::-1], NEO4J_URI=f"bolt://127.0.0.1:{config.bolt_port}")
        refused = subprocess.run([sys.executable, "-m", "athar.graph.cli", "query", "search", "-p", "q=x"], env=wrong,
                                 text=True, capture_output=True, timeout=120)
        assert refused.returncode == 1 and "refused the credentials" in refused.stderr
        outputs.append(refused)
    finally:
        athar("neo4j", "stop")
    assert config.password_file.read_text().strip() == secret
    for output in outputs:
        assert secret not in output.stdout + output.stderr and secret[::-1] not in output.stdout + output.stderr
    leaks = [path for path in config.home.rglob("*") if path.is_file() and path != config.password_file
             and not path.is_relative_to(config.home / "data")
             and (secret.encode() in path.read_bytes() or secret[::-1].encode() in path.read_bytes())]
    assert not leaks
