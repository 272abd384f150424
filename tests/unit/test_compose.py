"""docker-compose.yml: the same Neo4j major version as the managed server, reachable only from this machine."""
from pathlib import Path

import yaml

COMPOSE = Path(__file__).resolve().parents[2] / "docker-compose.yml"


def service():
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))["services"]["neo4j"]


def test_runs_neo4j_5_26_community_with_apoc():
    neo4j = service()
    assert neo4j["image"] == "neo4j:5.26-community"
    assert "apoc" in neo4j["environment"]["NEO4J_PLUGINS"]


def test_ports_are_published_on_the_loopback_interface_only():
    for port in service()["ports"]:
        assert port.startswith("127.0.0.1:"), port


def test_password_comes_from_the_environment_never_a_default():
    auth = service()["environment"]["NEO4J_AUTH"]
    assert "${NEO4J_PASSWORD:?" in auth
    assert "neo4j/neo4j" not in auth


def test_has_a_healthcheck_and_named_volumes():
    neo4j = service()
    assert "RETURN 1" in " ".join(neo4j["healthcheck"]["test"])
    assert all(not v.startswith(("/", ".")) for v in neo4j["volumes"])
