"""Where athar finds Neo4j, for every command that talks to the database.

Precedence, per setting: a command-line option, then the environment
(NEO4J_URI, NEO4J_USER or NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE),
then the managed local server of `athar neo4j start` (bolt://127.0.0.1:7687,
user neo4j, the password stored in its data folder). Setting NEO4J_URI and
NEO4J_PASSWORD points athar at any other server: a Docker container, a
package install, Aura. The password is never printed: ConnectionSettings
hides it from repr() and describe().
"""
from __future__ import annotations

import contextlib
import functools
import os
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Mapping

import click
import neo4j

from athar import cypher

DEFAULT_USER = "neo4j"
DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474
PASSWORD_FILE = "password"           # inside the managed server's home, mode 0600

ENV_URI, ENV_USER, ENV_PASSWORD, ENV_DATABASE = "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"
ENV_USERNAME = "NEO4J_USERNAME"      # the name Aura credential files and cypher-shell use
ENV_HOME = "ATHAR_HOME"
ENV_BOLT_PORT, ENV_HTTP_PORT = "ATHAR_NEO4J_BOLT_PORT", "ATHAR_NEO4J_HTTP_PORT"


class ConnectionProblem(click.ClickException):
    """Neo4j cannot be reached or refuses the credentials; the message says what to do."""


def data_home(env: Mapping[str, str] = os.environ) -> Path:
    """athar's data folder: $ATHAR_HOME, else $XDG_DATA_HOME/athar, else ~/.local/share/athar."""
    if env.get(ENV_HOME):
        return Path(env[ENV_HOME]).expanduser().absolute()
    xdg = env.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return (base / "athar").absolute()


def managed_home(env: Mapping[str, str] = os.environ) -> Path:
    """The home folder of the managed local Neo4j server (conf/, data/, logs/, run/, the password)."""
    return data_home(env) / "neo4j"


def managed_password_file(env: Mapping[str, str] = os.environ) -> Path:
    """The file holding the password of the managed server (created by its first start)."""
    return managed_home(env) / PASSWORD_FILE


def port_from_env(name: str, default: int, env: Mapping[str, str] = os.environ) -> int:
    """A TCP port from the environment variable `name`, else `default`."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise click.BadParameter(f"{name}={raw!r} is not a TCP port (1-65535)")
    return int(raw)


def managed_bolt_port(env: Mapping[str, str] = os.environ) -> int:
    """The Bolt port of the managed server: its configuration of the last start, else the environment or 7687."""
    configured = configured_port(managed_home(env) / "conf" / "neo4j.conf", "server.bolt.listen_address")
    return configured or port_from_env(ENV_BOLT_PORT, DEFAULT_BOLT_PORT, env)


@dataclass(frozen=True)
class ConnectionSettings:
    """How to reach one Neo4j database. database None means the server's default database."""

    uri: str
    user: str
    password: str = field(repr=False)
    database: str | None = None
    managed: bool = False            # True when this is the managed local server's default
    stored_password: bool = False    # True when the password is the managed server's stored one
    password_from_env: bool = False  # True when it is NEO4J_PASSWORD from the environment

    def describe(self) -> str:
        """A one-line description for messages, without the password."""
        return f"{self.user}@{self.uri} (database {self.database or 'default'})"


def resolve(uri: str | None = None, user: str | None = None, password: str | None = None,
            database: str | None = None, env: Mapping[str, str] = os.environ) -> ConnectionSettings:
    """The settings to use: explicit arguments, then the environment, then the managed local server.

    The stored password of the managed server is only used when the URI is the
    managed server's own, so it is never sent to another server.
    """
    given_uri = bool(uri)
    uri = uri or env.get(ENV_URI) or None
    user = user or env.get(ENV_USER) or env.get(ENV_USERNAME) or DEFAULT_USER
    from_env = password is None and bool(env.get(ENV_PASSWORD))
    password = password if password is not None else env.get(ENV_PASSWORD) or None
    database = database or env.get(ENV_DATABASE) or None
    managed = uri is None
    if managed:
        uri = f"bolt://127.0.0.1:{managed_bolt_port(env)}"
    else:
        check_uri(uri, "--uri" if given_uri else ENV_URI)
    stored = password is None
    if password is None:
        stored_file = managed_password_file(env)
        if not managed:
            raise ConnectionProblem(f"no password for {user}@{uri}: set {ENV_PASSWORD} or pass --password")
        if not stored_file.is_file():
            raise ConnectionProblem(
                f"no Neo4j password: {stored_file} does not exist. Start the managed server with "
                f"`athar neo4j start` (it creates the password), or set {ENV_URI} and {ENV_PASSWORD} "
                f"for another server")
        password = read_password_file(stored_file)
    return ConnectionSettings(uri, user, password, database, managed, stored, from_env)


URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def check_uri(uri: str, source: str) -> None:
    """Raise ConnectionProblem unless uri is a Neo4j URI with a host and a port in 1-65535 (when given):
    the driver would refuse another scheme with a traceback and take a larger port modulo 65536."""
    parts = urllib.parse.urlsplit(uri)
    if parts.scheme.lower() not in URI_SCHEMES:
        raise ConnectionProblem(f"{source}={uri!r} is not a Neo4j URI: write SCHEME://HOST[:PORT] with SCHEME one of "
                                f"{', '.join(URI_SCHEMES)}, e.g. bolt://127.0.0.1:{DEFAULT_BOLT_PORT}")
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0 or not parts.hostname:
        raise ConnectionProblem(f"{source}={uri!r}: " + ("no host" if not parts.hostname
                                                         else "the port is not a TCP port (1-65535)"))


def read_password_file(path: Path) -> str:
    """The password stored in `path` (one line; surrounding whitespace is not part of it)."""
    password = path.read_text(encoding="utf-8").strip()
    if not password:
        raise ConnectionProblem(f"the password file {path} is empty")
    return password


def driver(settings: ConnectionSettings, **config) -> neo4j.Driver:
    """A neo4j.Driver for `settings`; extra keyword arguments go to the driver's configuration."""
    config.setdefault("user_agent", "athar")
    config.setdefault("connection_timeout", 15.0)
    # A fresh database knows no property key yet, so the first load would print a warning
    # ("property key is not in the database") for the statements that read before they write.
    config.setdefault("notifications_disabled_categories", [neo4j.NotificationDisabledCategory.UNRECOGNIZED])
    return neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password), **config)


def connect(settings: ConnectionSettings | None = None, *, verify: bool = True) -> tuple[neo4j.Driver, str | None]:
    """(driver, database) for `settings` (default: resolve()); with verify, the server has answered.

    Raises ConnectionProblem with a message saying what to do when the server
    cannot be reached or refuses the credentials. Close the driver when done.
    """
    settings = settings or resolve()
    drv = driver(settings)
    if verify:
        try:
            ping(drv, settings.database)
        except BaseException as error:
            drv.close()
            raise explain(error, settings) from error
    return drv, settings.database


def ping(drv: neo4j.Driver, database: str | None = None) -> None:
    """Run the trivial statement once (no retries) on `database`; raises the driver's error when it fails."""
    with drv.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        record = session.run(cypher.named("server.cypher")["ping"]).single(strict=True)
    if record["ok"] != 1:
        raise neo4j.exceptions.ServiceUnavailable(f"unexpected answer to the ping statement: {record}")


def explain(error: BaseException, settings: ConnectionSettings) -> BaseException:
    """A ConnectionProblem saying what went wrong and what to do; other errors are returned unchanged."""
    where = settings.describe()
    if isinstance(error, neo4j.exceptions.AuthError):
        if settings.stored_password:
            hint = ("the password in the managed server's password file was refused; was the database "
                    "initialised with another password?")
        elif settings.password_from_env:
            hint = f"the password in {ENV_PASSWORD} (from the environment) was refused: check it and {ENV_USER}"
            if settings.managed:
                hint += f", or unset {ENV_PASSWORD} to use the managed server's password file"
        else:
            hint = f"check {ENV_USER} and {ENV_PASSWORD} (or --user and --password)"
        return ConnectionProblem(f"Neo4j refused the credentials of {where}: {hint}")
    if isinstance(error, (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired, OSError)):
        hint = (f"start it with `athar neo4j start`, or set {ENV_URI}, {ENV_USER} and {ENV_PASSWORD} "
                f"to use another server" if settings.managed
                else f"check that a server runs at --uri/{ENV_URI}, or unset {ENV_URI} and {ENV_PASSWORD} "
                     f"and run `athar neo4j start` to use the managed local server")
        return ConnectionProblem(f"cannot reach Neo4j at {where}: {error}; {hint}")
    if isinstance(error, neo4j.exceptions.ClientError) and (error.code or "").endswith("AuthenticationRateLimit"):
        return ConnectionProblem(f"Neo4j refused {where}: too many wrong passwords in a row; the user is locked "
                                 f"for a few seconds. Check {ENV_USER} and {ENV_PASSWORD}, then try again")
    if isinstance(error, neo4j.exceptions.ClientError) and "database" in (error.code or "").lower():
        return ConnectionProblem(f"Neo4j at {where}: {error.message}; check {ENV_DATABASE}")
    if isinstance(error, neo4j.exceptions.Neo4jError):      # a failed or unavailable database
        what, remedy = failure(error, settings)
        return ConnectionProblem(f"{what}; {remedy}, try again")
    return error


# Errors that are one document's fault (a value the database refuses, e.g. a key too large to index:
# Neo.DatabaseError.Statement.ExecutionFailed; a batch too big for its memory): the loader retries the
# batch one document per transaction and reports the document at fault.
DOCUMENT_ERRORS = ("Neo.ClientError.Statement.", "Neo.ClientError.Schema.", "Neo.ClientError.Request.",
                   "Neo.DatabaseError.Statement.",
                   "Neo.ClientError.Transaction.TransactionTimedOut",
                   "Neo.TransientError.General.TransactionMemoryLimit",
                   "Neo.TransientError.General.MemoryPoolOutOfMemoryError")


def fatal(error: BaseException) -> bool:
    """Whether a database error ends a load, as opposed to one document's fault: the connection is lost,
    the credentials are refused, the database failed (a full disk), is unavailable or read-only."""
    if isinstance(error, neo4j.exceptions.Neo4jError):
        return not (error.code or "").startswith(DOCUMENT_ERRORS)
    return isinstance(error, neo4j.exceptions.DriverError)


class LoadStopped(ConnectionProblem):
    """A load or build stopped by a fatal database error; the message says why and how to resume."""


def failure(error: BaseException, settings: ConnectionSettings) -> tuple[str, str]:
    """(what went wrong, what to do before resuming) for a fatal error."""
    where = settings.describe()
    if isinstance(error, (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired)):
        return (f"lost the connection to Neo4j at {where}: {error}",
                "once the server answers again (`athar neo4j status`)")
    if isinstance(error, neo4j.exceptions.Neo4jError):
        code = error.code or ""
        if code.startswith("Neo.ClientError.Security."):
            return (f"Neo4j at {where} refused the credentials: {error.message}",
                    f"check {ENV_USER} and {ENV_PASSWORD} (or --user and --password)")
        if code.startswith("Neo.DatabaseError."):
            return (f"the database at {where} failed: {error.message} ({code})",
                    "read its log (`athar neo4j logs --file neo4j` for the managed server): a full disk is the "
                    "usual cause; free space, restart the server (`athar neo4j stop`, `athar neo4j start`)")
        return (f"Neo4j at {where} cannot write: {error.message} ({code})",
                "once the database is available and writable again (`athar neo4j status`)")
    return f"Neo4j at {where}: {error}", "once the server answers again (`athar neo4j status`)"


@contextlib.contextmanager
def resumable(settings: ConnectionSettings, progress: Callable[[], str], resume: str) -> Iterator[None]:
    """Turn a fatal database error in the middle of a load (see fatal) into LoadStopped: one message saying
    what failed, what had been committed (progress()), what to do, and the command `resume` to run then."""
    try:
        yield
    except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as error:
        if not fatal(error):
            raise
        what, remedy = failure(error, settings)
        raise LoadStopped(f"{what}\nThe load stopped after {progress()}; what was committed is kept. "
                          f"{remedy[0].upper()}{remedy[1:]}, re-run the same command to resume (documents "
                          f"already loaded are skipped):\n  {resume}") from None


def connection_options(command: Callable) -> Callable:
    """Decorator: --uri/--user/--password/--database options, passed to the command as `connection`.

    The command receives one keyword argument `connection`: ConnectionSettings
    resolved with the precedence options > environment > managed server.
    """

    @click.option("--uri", metavar="URI", default=None,
                  help=f"Neo4j URI [env {ENV_URI}; default: the managed server, bolt://127.0.0.1:7687].")
    @click.option("--user", metavar="NAME", default=None, help=f"Neo4j user [env {ENV_USER}; default neo4j].")
    @click.option("--password", metavar="SECRET", default=None,
                  help=f"Neo4j password; prefer env {ENV_PASSWORD}, an option is visible to other local users "
                       f"[default: the managed server's stored password].")
    @click.option("--database", metavar="NAME", default=None,
                  help=f"Neo4j database [env {ENV_DATABASE}; default: the server's default database].")
    @functools.wraps(command)
    def wrapper(*args, uri, user, password, database, **kwargs):
        return command(*args, connection=resolve(uri, user, password, database), **kwargs)

    return wrapper


def configured_port(conf: Path, key: str) -> int | None:
    """The port of the `key=host:port` line of a neo4j.conf, if the file sets it."""
    try:
        lines = conf.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for line in lines:
        name, sep, value = line.partition("=")
        if sep and name.strip() == key:
            port = value.strip().rpartition(":")[2]
            return int(port) if port.isdigit() else None
    return None
