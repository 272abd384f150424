"""Fixtures shared by all tests: a real Neo4j for the integration tests.

Which server, first that applies:
  1. NEO4J_URI is set: that server (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).
  2. A Docker engine answers: a throw-away neo4j:5.26-community container with APOC (testcontainers).
  3. The managed local server of `athar neo4j start`, started if it is not running.
Without any, the integration tests are skipped with the reason; when the CI
variable is set they fail instead: CI never skips silently.

Community has a single user database, so a test session takes it over: it
waits for an exclusive lock on the server (other test sessions on this
machine queue), refuses a database that already holds nodes (someone's data:
set ATHAR_TEST_WIPE=1 to allow erasing it), and when it ends deletes every node
and drops the constraints and indexes it created. `neo4j_db` gives one test an
empty database and empties it again afterwards.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import secrets
import tempfile
import time
from pathlib import Path

import pytest

from athar.graph import server, settings
from fixtures.database import run

IMAGE = "neo4j:5.26-community"
LOCK_TIMEOUT = float(os.environ.get("ATHAR_TEST_LOCK_TIMEOUT", "1800"))


def pytest_collection_modifyitems(config, items):
    """Everything under tests/integration/ is marked integration (so `-m "not integration"` works)."""
    root = Path(__file__).parent / "integration"
    for item in items:
        if root in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.integration)


def unavailable(reason: str):
    """No usable Neo4j: a failure under CI, a skip elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(f"CI needs Neo4j for the integration tests: {reason}", pytrace=False)
    pytest.skip(f"no Neo4j for the integration tests: {reason}")


def docker_answers() -> bool:
    """Whether a Docker engine answers (the docker CLI alone is not enough)."""
    try:
        import docker

        client = docker.from_env(timeout=5)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:
        return False


@contextlib.contextmanager
def neo4j_container():
    """A throw-away Neo4j 5.26 Community container with APOC; yields its ConnectionSettings."""
    from testcontainers.neo4j import Neo4jContainer

    password = secrets.token_urlsafe(18)
    container = Neo4jContainer(IMAGE, password=password).with_env("NEO4J_PLUGINS", '["apoc"]')
    with container:
        yield settings.ConnectionSettings(container.get_connection_url(), "neo4j", password)


@contextlib.contextmanager
def terminal(request):
    """A function printing to the terminal even while pytest captures output."""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        yield lambda message: print(f"\n[athar tests] {message}", flush=True)


@contextlib.contextmanager
def exclusive(lock_path: Path, request, what: str):
    """Hold an exclusive lock on `lock_path`, waiting (and saying so) while another session holds it."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a") as f:
        deadline, told = time.monotonic() + LOCK_TIMEOUT, False
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not told:
                    with terminal(request) as say:
                        say(f"another test session uses {what}; waiting for it to finish ({lock_path})")
                    told = True
                if time.monotonic() > deadline:
                    pytest.fail(f"{what} stayed locked by another test session for {LOCK_TIMEOUT:.0f} s",
                                pytrace=False)
                time.sleep(1)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def schema_names(driver, database) -> tuple[set[str], set[str]]:
    """(constraint names, index names not owned by a constraint)."""
    return ({r["name"] for r in run(driver, database, "constraint_names")},
            {r["name"] for r in run(driver, database, "index_names")})


def erase(driver, database, keep_schema: tuple[set[str], set[str]]) -> None:
    """Delete every node and relationship, and the constraints and indexes not in `keep_schema`."""
    run(driver, database, "delete_everything")
    constraints, _ = schema_names(driver, database)
    for name in sorted(constraints - keep_schema[0]):
        run(driver, database, "drop_constraint", name=name)
    _, indexes = schema_names(driver, database)
    for name in sorted(indexes - keep_schema[1]):
        run(driver, database, "drop_index", name=name)


@pytest.fixture(scope="session")
def managed_neo4j(request) -> server.ServerConfig:
    """The ServerConfig of the managed local server, started if it is not running
    (a skip, or a failure under CI, when it cannot start)."""
    config = server.ServerConfig.from_env()
    if not server.running_pid(config):
        with terminal(request) as say:
            say(f"starting the managed Neo4j in {config.home} for the integration tests")
            try:
                server.start(config, log=say)
            except server.ServerError as error:
                unavailable(f"the managed server did not start: {error.message}")
    return config


@pytest.fixture(scope="session")
def neo4j_settings(request):
    """ConnectionSettings of the Neo4j the integration tests use (see the module docstring)."""
    with contextlib.ExitStack() as stack:
        if os.environ.get(settings.ENV_URI):
            connection = settings.resolve()
            lock = Path(tempfile.gettempdir()) / ("athar-tests-" + hashlib.sha256(
                f"{connection.uri}|{connection.database}".encode()).hexdigest()[:16] + ".lock")
        elif docker_answers():
            connection = stack.enter_context(neo4j_container())
            lock = None
        else:
            config = request.getfixturevalue("managed_neo4j")
            connection = settings.resolve(env={k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")})
            lock = config.home / "run" / "tests.lock"
        if lock:
            stack.enter_context(exclusive(lock, request, connection.describe()))
        yield connection


@pytest.fixture(scope="session")
def neo4j(neo4j_settings):
    """(driver, database) of an empty database this session owns; emptied again at the end of the session."""
    try:
        driver, database = settings.connect(neo4j_settings)
    except settings.ConnectionProblem as problem:
        if os.environ.get(settings.ENV_URI):
            pytest.fail(f"NEO4J_URI is set but unusable: {problem.message}", pytrace=False)
        unavailable(problem.message)
    with driver:
        nodes = run(driver, database, "count_nodes")[0]["nodes"]
        if nodes and not os.environ.get("ATHAR_TEST_WIPE"):
            unavailable(f"the database at {neo4j_settings.describe()} holds {nodes} nodes that the tests would "
                        f"erase; empty it, point NEO4J_URI at a scratch server, or set ATHAR_TEST_WIPE=1")
        if nodes:
            run(driver, database, "delete_everything")
        kept = schema_names(driver, database)
        yield driver, database
        erase(driver, database, kept)


@pytest.fixture
def neo4j_db(neo4j):
    """(driver, database): an empty database for one test; what the test wrote is deleted afterwards,
    constraints and indexes included."""
    driver, database = neo4j
    kept = schema_names(driver, database)
    erase(driver, database, kept)
    yield driver, database
    erase(driver, database, kept)
