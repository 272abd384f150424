"""Faults against a real Neo4j: no server, a wrong password, a server stopped in the middle of a
load, a load killed half-way. Every test ends with the database a clean run would have left.

The tests that stop or kill run on their own throw-away server (tests/fixtures/scratch_server.py),
never on the shared managed server other test sessions use.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from athar import cypher
from athar.graph import load, server
from athar.graph.cli import main
from fixtures.graph_corpus import records, write_facts
from fixtures.scratch_server import client_env, driver, env_without_neo4j, free_port, runner_env, scratch_server
from fixtures.synthetic_corpus import synthetic_records

pytestmark = pytest.mark.integration

STATE = {st.name: st.body for st in cypher.split_statements(
    (Path(__file__).parents[1] / "fixtures" / "graph_state.cypher").read_text(encoding="utf-8"),
    "tests/fixtures/graph_state.cypher")}
DOCUMENTS = 300
SECRET = "s3cret-Pa55word-that-must-never-show"


def snapshot(config: server.ServerConfig) -> tuple[dict, tuple[int, str]]:
    """(counts per label and type, (items, content checksum)) of the whole database."""
    with driver(config) as drv:
        counts = {(r["kind"], r["name"]): r["count"] for r in drv.execute_query(STATE["label_counts"]).records}
        check = drv.execute_query(STATE["content_checksum"]).records[0]
    return counts, (check["items"], check["checksum"])


def documents_loaded(config: server.ServerConfig) -> int:
    counts, _ = snapshot(config)
    return counts.get(("node", "Document"), 0)


def athar(*args: str, env: dict[str, str]) -> subprocess.Popen:
    """`athar ARGS` in a subprocess, output captured."""
    return subprocess.Popen([sys.executable, "-m", "athar.graph.cli", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for_documents(config: server.ServerConfig, process: subprocess.Popen, at_least: int,
                       timeout: float = 120) -> int:
    """Poll until the running load has committed `at_least` documents; the number committed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the load ended before it could be interrupted:\n" + process.stderr.read()
        loaded = documents_loaded(config)
        if loaded >= at_least:
            return loaded
        time.sleep(0.05)
    pytest.fail(f"fewer than {at_least} documents loaded after {timeout} s")


@pytest.fixture(scope="module")
def own_server(tmp_path_factory):
    """A scratch server of this module, with the athar schema."""
    try:
        with scratch_server(tmp_path_factory.mktemp("faults") / "neo4j") as config:
            with driver(config) as drv:
                load.apply_schema(drv)
            yield config
    except server.ServerError as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs a scratch Neo4j server: {error.message}", pytrace=False)
        pytest.skip(f"no scratch Neo4j server: {error.message}")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, own_server):
    """(facts file, the snapshot of a clean, uninterrupted load of it)."""
    path = write_facts(tmp_path_factory.mktemp("corpus") / "facts.jsonl", synthetic_records(DOCUMENTS))
    with driver(own_server) as drv:
        load.reset(drv)
        report = load.load_file(drv, str(path))
        assert report.loaded == DOCUMENTS and not report.failed
        clean = snapshot(own_server)
        load.reset(drv)
    assert clean[0][("node", "Document")] == DOCUMENTS
    return path, clean


@pytest.fixture
def empty(own_server):
    with driver(own_server) as drv:
        load.reset(drv)
    return own_server


# --- no server, wrong password ---------------------------------------------------

COMMANDS = [["load", "{facts}"], ["query", "search", "-p", "q=x"], ["export", "json", "-"], ["build", "{facts}"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_no_server_at_neo4j_uri_says_how_to_start_one(command, tmp_path):
    facts = write_facts(tmp_path / "facts.jsonl", records())
    port = free_port()
    env = runner_env(NEO4J_URI=f"bolt://127.0.0.1:{port}", NEO4J_PASSWORD=SECRET,
                            ATHAR_HOME=str(tmp_path / "home"))
    result = CliRunner().invoke(main, [a.format(facts=facts) for a in command], env=env)
    assert result.exit_code == 1, result.output
    message = result.output
    assert f"cannot reach Neo4j at neo4j@bolt://127.0.0.1:{port}" in message
    assert "`athar neo4j start`" in message and "NEO4J_URI" in message and "NEO4J_PASSWORD" in message
    assert SECRET not in message and "Traceback" not in message


def test_no_managed_server_running_says_how_to_start_it(tmp_path):
    home = tmp_path / "home"
    (home / "neo4j").mkdir(parents=True)
    (home / "neo4j" / "password").write_text(SECRET + "\n")
    env = runner_env(ATHAR_HOME=str(home), ATHAR_NEO4J_BOLT_PORT=str(free_port()))
    result = CliRunner().invoke(main, ["query", "search", "-p", "q=x"], env=env)
    assert result.exit_code == 1, result.output
    assert "cannot reach Neo4j" in result.output and "`athar neo4j start`" in result.output
    assert "NEO4J_URI" in result.output and SECRET not in result.output


def test_no_password_anywhere_says_how_to_get_one(tmp_path):
    env = runner_env(ATHAR_HOME=str(tmp_path / "home"), ATHAR_NEO4J_BOLT_PORT=str(free_port()))
    result = CliRunner().invoke(main, ["query", "search", "-p", "q=x"], env=env)
    assert result.exit_code == 1, result.output
    assert "`athar neo4j start`" in result.output and "NEO4J_PASSWORD" in result.output


# --- interrupted loads ---------------------------------------------------------------

def test_server_stopped_during_a_load_then_the_same_command_again_equals_a_clean_run(empty, corpus):
    facts, clean = corpus
    command = ("load", str(facts), "--batch-size", "2")
    env = client_env(empty)
    loading = athar(*command, env=env)
    try:
        before = wait_for_documents(empty, loading, DOCUMENTS // 5)
        assert server.stop(empty)
        out, err = loading.communicate(timeout=120)
    finally:
        loading.kill()
        server.start(empty, env=env_without_neo4j())
    assert loading.returncode == 1, err
    assert "Traceback" not in err and "lost the connection to Neo4j" in err and "re-run" in err, err
    assert err.count("error:") + err.count("Error:") == 1 and "not loaded" not in err, err     # stopped at once
    assert "loaded, 0 replaced, 0 skipped, 0 failed" in err                                   # the summary so far
    assert err.rstrip().endswith(f"athar load {facts} --batch-size 2"), err                  # how to resume
    interrupted = documents_loaded(empty)
    assert before <= interrupted < DOCUMENTS

    again = athar(*command, env=env)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"{DOCUMENTS - interrupted} loaded, 0 replaced, {interrupted} skipped, 0 failed" in err
    assert snapshot(empty) == clean


def test_a_killed_load_run_again_leaves_no_duplicates(empty, corpus):
    facts, clean = corpus
    command = ("load", str(facts), "--batch-size", "2")
    env = client_env(empty)
    loading = athar(*command, env=env)
    try:
        wait_for_documents(empty, loading, DOCUMENTS // 3)
    finally:
        loading.send_signal(signal.SIGKILL)
        loading.communicate(timeout=60)
    interrupted = documents_loaded(empty)
    assert 0 < interrupted < DOCUMENTS

    for _ in range(2):                          # the re-run completes it, a third run changes nothing
        again = athar(*command, env=env)
        _, err = again.communicate(timeout=300)
        assert again.returncode == 0, err
        assert snapshot(empty) == clean
    assert f"0 loaded, 0 replaced, {DOCUMENTS} skipped" in err


# --- backup and restore -----------------------------------------------------------------

def test_a_dump_loaded_back_restores_the_graph_exactly(empty, corpus, tmp_path):
    facts, clean = corpus
    with driver(empty) as drv:
        load.load_file(drv, str(facts))
    assert snapshot(empty) == clean
    env = runner_env(ATHAR_HOME=str(empty.home.parent))
    refused = CliRunner().invoke(main, ["neo4j", "dump", str(tmp_path / "running.dump")], env=env)
    assert refused.exit_code == 1 and "`athar neo4j stop` first" in refused.output
    backup = tmp_path / "backup.dump"
    try:
        server.stop(empty)
        assert server.dump(empty, backup) == backup and backup.stat().st_size > 0
        assert [p.name for p in tmp_path.iterdir()] == ["backup.dump"]     # no staging left behind
        server.start(empty, env=env_without_neo4j())
        with driver(empty) as drv:
            load.reset(drv)
        assert documents_loaded(empty) == 0
        server.stop(empty)
        aborted = CliRunner().invoke(main, ["neo4j", "load", str(backup)], input="n\n", env=env)
        assert aborted.exit_code == 1 and "Aborted" in aborted.output
        server.load_dump(empty, backup)
    finally:
        server.start(empty, env=env_without_neo4j())
    assert snapshot(empty) == clean


# --- wrong password (last: it locks the user out for a few seconds) -------------------------

def test_a_wrong_password_is_refused_clearly_and_never_printed(own_server, tmp_path):
    facts = write_facts(tmp_path / "facts.jsonl", records())
    env = {**client_env(own_server), "NEO4J_PASSWORD": SECRET}
    outputs = []
    for command in COMMANDS[:3]:           # Neo4j's limit: 3 wrong attempts in a row, then a lock-out
        result = CliRunner().invoke(main, [a.format(facts=facts) for a in command], env=env)
        assert result.exit_code == 1, result.output
        assert f"Neo4j refused the credentials of neo4j@{env['NEO4J_URI']}" in result.output
        outputs.append(result.output)
    locked = CliRunner().invoke(main, ["query", "search", "-p", "q=x"], env=env)
    assert locked.exit_code == 1, locked.output
    assert "too many wrong passwords" in locked.output
    for output in outputs + [locked.output]:
        assert "NEO4J_PASSWORD" in output
        assert SECRET not in output and "Traceback" not in output
    # the lock-out ends and the right password works again
    deadline = time.monotonic() + 30
    while True:
        try:
            documents_loaded(own_server)
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def test_a_full_disk_mid_load_stops_at_once_with_the_summary_and_the_command_to_resume(graph_db, cli_env, tmp_path,
                                                                                     monkeypatch):
    """Issue 18, item 6: the server's disk fills after the first batch (its error is injected). The load
    used to retry each of the other documents alone, print a 'not loaded' line for each and carry on."""
    import neo4j

    facts = write_facts(tmp_path / "f.jsonl", synthetic_records(30))
    real, batches = neo4j.Session.execute_write, []

    def disk_fills(self, work, *args, **kwargs):
        if getattr(work, "__name__", "") == "_write_batch":
            batches.append(len(args[0]))
            if len(batches) > 1:
                raise neo4j.exceptions.Neo4jError._hydrate_neo4j(
                    code="Neo.DatabaseError.Transaction.TransactionLogError",
                    message="Could not apply the transaction: No space left on device")
        return real(self, work, *args, **kwargs)

    monkeypatch.setattr(neo4j.Session, "execute_write", disk_fills)
    result = CliRunner().invoke(main, ["load", str(facts), "--batch-size", "10"], env=cli_env)
    output = result.output
    assert result.exit_code == 1 and "Traceback" not in output and "not loaded" not in output, output
    assert len(batches) == 2, batches                               # nothing tried after the failure
    assert output.count("Error:") == 1 and "No space left on device" in output, output
    assert "documents: 10 loaded, 0 replaced, 0 skipped, 0 failed" in output         # the summary so far
    assert output.rstrip().endswith(f"athar load {facts} --batch-size 10"), output     # how to resume
