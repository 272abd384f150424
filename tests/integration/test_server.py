"""The managed local Neo4j server (`athar neo4j ...`), for real: Bolt, HTTP, password, sockets, lifecycle.

The tests on the shared managed server only read from it; start/stop cycles
run on throw-away homes (a temporary folder, free ports, the same jar cache).
"""
import ipaddress
import json
import os
import socket
import stat
import urllib.request
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner

from athar.graph import server, settings
from athar.graph.cli import main
from fixtures.scratch_server import free_ports

pytestmark = pytest.mark.integration


def stored_password(config: server.ServerConfig) -> str:
    return config.password_file.read_text(encoding="utf-8").strip()


def connection(st: server.ServerStatus, password: str, user: str = "neo4j") -> settings.ConnectionSettings:
    return settings.ConnectionSettings(st.bolt_uri, user, password)


def listening_sockets(pid: int) -> set[tuple[str, int]]:
    """(address, port) of the TCP sockets process `pid` listens on, read from /proc."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as f:
            next(f)
            for row in f:
                fields = row.split()
                local, state, inode = fields[1], fields[3], fields[9]
                if state == "0A" and inode in inodes:               # 0A: LISTEN
                    hex_address, hex_port = local.split(":")
                    raw = bytes.fromhex(hex_address)
                    raw = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))   # host-order words
                    address = ipaddress.ip_address(raw)
                    address = getattr(address, "ipv4_mapped", None) or address      # ::ffff:127.0.0.1
                    found.add((str(address), int(hex_port, 16)))
    return found


def outward_address() -> str | None:
    """This machine's address on its default route (no packet is sent), None without one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.254.254.254", 9))
            address = s.getsockname()[0]
        except OSError:
            return None
    return None if ipaddress.ip_address(address).is_loopback else address


# --- the shared managed server (read-only) ------------------------------------

def test_bolt_answers_with_the_stored_private_password(managed_neo4j):
    assert stat.S_IMODE(managed_neo4j.password_file.stat().st_mode) == 0o600
    password = stored_password(managed_neo4j)
    assert password != "neo4j" and len(password) >= 8
    driver, _ = settings.connect(connection(server.status(managed_neo4j), password))
    with driver:
        assert driver.execute_query("RETURN 1 AS one").records[0]["one"] == 1


def test_a_wrong_password_and_the_default_one_are_refused(managed_neo4j):
    st = server.status(managed_neo4j)
    for password in ("wrong-" + stored_password(managed_neo4j), "neo4j"):      # two tries: below the lock-out
        with pytest.raises(settings.ConnectionProblem, match="refused the credentials"):
            settings.connect(connection(st, password))


def test_the_server_listens_on_loopback_only(managed_neo4j):
    st = server.status(managed_neo4j)
    sockets = listening_sockets(st.pid)
    assert {port for _, port in sockets} >= {st.bolt_port, st.http_port}
    assert {address for address, _ in sockets} == {"127.0.0.1"}
    address = outward_address()
    if address:
        for port in (st.bolt_port, st.http_port):
            assert not server.port_in_use(port, address), f"{address}:{port} answers"


def test_http_serves_discovery_and_the_browser(managed_neo4j):
    st = server.status(managed_neo4j)
    with urllib.request.urlopen(f"http://127.0.0.1:{st.http_port}/", timeout=10) as response:
        discovery = json.load(response)
    assert discovery["neo4j_version"].startswith("5.26.") and discovery["neo4j_edition"] == "community"
    assert discovery["bolt_direct"] == st.bolt_uri
    with urllib.request.urlopen(f"http://127.0.0.1:{st.http_port}/browser/", timeout=10) as response:
        assert response.status == 200 and b"<html" in response.read().lower()


def test_apoc_core_is_loaded_and_streams_exports(managed_neo4j):
    driver, _ = settings.connect(connection(server.status(managed_neo4j), stored_password(managed_neo4j)))
    with driver:
        version = driver.execute_query("RETURN apoc.version() AS v").records[0]["v"]
        exported = driver.execute_query(
            "CALL apoc.export.json.query('RETURN 1 AS x', null, {stream: true}) YIELD data RETURN data").records
        with pytest.raises(neo4j.exceptions.ClientError, match="apoc.export.file.enabled"):
            driver.execute_query("CALL apoc.export.json.query('RETURN 1 AS x', 'out.json', {})")
    assert version.startswith("5.26.")
    assert json.loads(exported[0]["data"]) == {"x": 1}


def test_status_reports_running_version_ports_and_no_password(managed_neo4j):
    st = server.status(managed_neo4j)
    result = CliRunner().invoke(main, ["neo4j", "status"])
    assert result.exit_code == 0, result.output
    assert f"is running (pid {st.pid})" in result.output and " 5.26." in result.output
    assert f"bolt://127.0.0.1:{st.bolt_port}" in result.output
    assert f"http://127.0.0.1:{st.http_port}/browser/" in result.output
    assert stored_password(managed_neo4j) not in result.output


def test_a_second_start_reports_the_running_server(managed_neo4j):
    pid = server.running_pid(managed_neo4j)
    result = CliRunner().invoke(main, ["neo4j", "start"])
    assert result.exit_code == 0, result.output
    assert "already running" in result.output and f"pid {pid}" in result.output
    assert server.running_pid(managed_neo4j) == pid


# --- throw-away servers: the whole lifecycle ---------------------------------

@pytest.fixture
def scratch(tmp_path, managed_neo4j):
    """A ServerConfig in a temporary home on free ports, sharing the managed server's jar cache."""
    bolt_port, http_port = free_ports(2)
    config = server.ServerConfig(tmp_path / "neo4j", managed_neo4j.dist_root, bolt_port=bolt_port,
                                 http_port=http_port, heap="512m", pagecache="64m")
    yield config
    server.stop(config)


def env_without_neo4j(**extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(extra)
    return env


def test_a_fresh_home_gets_a_random_private_password_and_keeps_data_across_restarts(scratch):
    st, started = server.start(scratch, env=env_without_neo4j())
    assert started and st.running and st.version.startswith("5.26.") and st.edition == "community"
    assert stat.S_IMODE(scratch.password_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(scratch.home.stat().st_mode) == 0o700
    password = stored_password(scratch)
    assert len(password) >= 24 and password != stored_password(server.ServerConfig.from_env())
    driver, _ = settings.connect(connection(st, password))
    with driver:
        driver.execute_query("CREATE (:Kept {name: 'across restarts'})")

    again, started = server.start(scratch, env=env_without_neo4j())
    assert not started and again.pid == st.pid

    assert server.stop(scratch) is True
    assert not server.status(scratch).running and not scratch.pid_file.exists()
    assert not server.port_in_use(scratch.bolt_port) and not server.port_in_use(scratch.http_port)
    assert server.stop(scratch) is False
    assert "Stopped." in server.tail(scratch.log_file("neo4j"), 5)

    st, started = server.start(scratch, env=env_without_neo4j())
    assert started and stored_password(scratch) == password
    driver, _ = settings.connect(connection(st, password))
    with driver:
        names = [r["name"] for r in driver.execute_query("MATCH (k:Kept) RETURN k.name AS name").records]
    assert names == ["across restarts"]


@pytest.mark.parametrize("tricky", ['a "quoted" \\ back#slash @at كلمة سر', "-starts-like-an-option"])
def test_neo4j_password_sets_the_initial_password_whatever_its_characters(scratch, tricky):
    st, _ = server.start(scratch, env=env_without_neo4j(NEO4J_PASSWORD=tricky))
    assert stored_password(scratch) == tricky
    driver, _ = settings.connect(connection(st, tricky))
    driver.close()
    with pytest.raises(settings.ConnectionProblem, match="refused the credentials"):
        settings.connect(connection(st, "neo4j"))


def test_a_port_taken_by_another_program_is_reported_before_anything_starts(scratch):
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", scratch.bolt_port))
        squatter.listen()
        with pytest.raises(server.ServerError, match=f"127.0.0.1:{scratch.bolt_port} is already used"):
            server.start(scratch, env=env_without_neo4j())
    assert server.running_pid(scratch) is None
