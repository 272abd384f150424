"""Fatal database errors (issue 18, item 6): which errors stop a load at once and what the message says.
The real faults (a server stopped mid-load, a wrong password) are in tests/integration/test_faults.py."""
import neo4j
import pytest

from athar.graph import settings

CONNECTION = settings.ConnectionSettings("bolt://127.0.0.1:7687", "neo4j", "secret-never-shown")


def server_error(code: str, message: str = "it failed") -> neo4j.exceptions.Neo4jError:
    return neo4j.exceptions.Neo4jError._hydrate_neo4j(code=code, message=message)


@pytest.mark.parametrize("code", ["Neo.DatabaseError.Transaction.TransactionLogError",
                                  "Neo.DatabaseError.Transaction.TransactionStartFailed",
                                  "Neo.TransientError.General.DatabaseUnavailable",
                                  "Neo.ClientError.Security.Unauthorized",
                                  "Neo.ClientError.General.WriteOnReadOnlyAccessDbException",
                                  "Neo.ClientError.Database.DatabaseNotFound"])
def test_server_disk_and_credential_errors_are_fatal(code):
    assert settings.fatal(server_error(code))


@pytest.mark.parametrize("code", ["Neo.ClientError.Statement.TypeError",
                                  "Neo.DatabaseError.Statement.ExecutionFailed",     # a key too large to index
                                  "Neo.ClientError.Schema.ConstraintValidationFailed",
                                  "Neo.TransientError.General.MemoryPoolOutOfMemoryError"])
def test_errors_of_one_document_or_batch_are_not_fatal(code):
    assert not settings.fatal(server_error(code))


def test_a_lost_connection_is_fatal():
    assert settings.fatal(neo4j.exceptions.ServiceUnavailable("gone"))
    assert not settings.fatal(ValueError("not a database error"))


def stopped(error) -> str:
    with pytest.raises(settings.LoadStopped) as caught:
        with settings.resumable(CONNECTION, lambda: "12 documents", "athar load facts.jsonl"):
            raise error
    return caught.value.message


def test_a_full_disk_stops_the_load_with_what_to_do_and_the_command_to_resume():
    message = stopped(server_error("Neo.DatabaseError.Transaction.TransactionLogError",
                                   "Could not append transaction to log."))
    assert message.startswith("the database at neo4j@bolt://127.0.0.1:7687 (database default) failed: "
                              "Could not append transaction to log.")
    assert "after 12 documents" in message and "full disk" in message and "`athar neo4j stop`" in message
    assert message.endswith("\n  athar load facts.jsonl") and "secret" not in message


def test_refused_credentials_mid_load_name_the_settings_to_check():
    message = stopped(server_error("Neo.ClientError.Security.Unauthorized", "bad credentials"))
    assert "refused the credentials" in message and "NEO4J_PASSWORD" in message


def test_an_error_of_one_document_passes_through():
    with pytest.raises(neo4j.exceptions.ClientError):
        stopped(server_error("Neo.ClientError.Statement.TypeError"))


def test_a_failed_database_at_connection_time_is_one_message():
    problem = settings.explain(server_error("Neo.DatabaseError.Transaction.TransactionStartFailed",
                                            "needs to be restarted"), CONNECTION)
    assert isinstance(problem, settings.ConnectionProblem) and "needs to be restarted" in problem.message
