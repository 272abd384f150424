"""The managed local Neo4j server: Community 5.26 LTS from Maven Central, no Docker.

Everything lives in athar's data folder (graph.settings.data_home()):

    neo4j/                      the server's home (--home-dir)
        conf/neo4j.conf         rewritten from ServerConfig at every start
        data/ logs/ run/ import/
        lib/ plugins/           symbolic links into the jar cache below
        password                the neo4j user's password, mode 0600
    neo4j-dist/VERSION-HASH/    lib/ and plugins/ (APOC) copied by Maven from
                                graph/neo4j/pom.xml once, reused by every start

The server runs as a detached `java ... org.neo4j.server.CommunityEntryPoint`
in its own session, with the JVM options of the official 5.26 launcher, and
listens on 127.0.0.1 only. Its stdout goes to logs/neo4j.out.
"""
from __future__ import annotations

import contextlib
import fcntl
import glob
import hashlib
import os
import re
import secrets
import shutil
import signal
import socket
import shlex
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import deque
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator, Mapping

import click
import neo4j

from athar import cypher
from athar.graph import settings

SUPPORTED_JAVA = (17, 21)
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
ADMIN_CLASS = "org.neo4j.cli.AdminTool"
ENV_HEAP, ENV_PAGECACHE = "ATHAR_NEO4J_HEAP", "ATHAR_NEO4J_PAGECACHE"
DEFAULT_HEAP, DEFAULT_PAGECACHE = "1g", "512m"
MIN_PASSWORD_LENGTH = 8              # Neo4j's dbms.security.auth_minimum_password_length
INSTALL_HINT = "e.g. `sudo apt-get install openjdk-17-jre-headless maven` on Debian/Ubuntu"

# The server.jvm.additional defaults of the conf/neo4j.conf shipped with Neo4j 5.26
# (the official launcher passes them to the JVM); heap and file.encoding are added.
JVM_OPTIONS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+AlwaysPreTouch",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
)

LOG_FILES = {                        # name for `athar neo4j logs --file` -> file under logs/
    "out": "neo4j.out",              # the process's stdout/stderr of the current run, JVM errors included
    "neo4j": "neo4j.log",
    "debug": "debug.log",
    "http": "http.log",
    "security": "security.log",
}

_MEMORY = re.compile(r"^[1-9][0-9]*[kmg]?$", re.IGNORECASE)
Log = Callable[[str], None]


class ServerError(click.ClickException):
    """The managed server cannot be installed, started or stopped; the message says why and what to do."""


@dataclass(frozen=True)
class ServerConfig:
    """Where the managed server lives and how it is started."""

    home: Path
    dist_root: Path
    bolt_port: int = settings.DEFAULT_BOLT_PORT
    http_port: int = settings.DEFAULT_HTTP_PORT
    heap: str = DEFAULT_HEAP
    pagecache: str = DEFAULT_PAGECACHE

    def __post_init__(self):
        for name in ("heap", "pagecache"):
            if not _MEMORY.match(getattr(self, name)):
                raise click.BadParameter(f"{name} {getattr(self, name)!r}: expected a size like 512m or 1g")
        for port in (self.bolt_port, self.http_port):
            if not 0 < port < 65536:
                raise click.BadParameter(f"{port} is not a TCP port (1-65535)")
        if self.bolt_port == self.http_port:
            raise click.BadParameter(f"Bolt and HTTP need different ports (both {self.bolt_port})")

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ, **overrides) -> ServerConfig:
        """The configuration from ATHAR_HOME and ATHAR_NEO4J_*; overrides that are not None win."""
        values = {
            "home": settings.managed_home(env),
            "dist_root": settings.data_home(env) / "neo4j-dist",
            "bolt_port": settings.port_from_env(settings.ENV_BOLT_PORT, settings.DEFAULT_BOLT_PORT, env),
            "http_port": settings.port_from_env(settings.ENV_HTTP_PORT, settings.DEFAULT_HTTP_PORT, env),
            "heap": env.get(ENV_HEAP) or DEFAULT_HEAP,
            "pagecache": env.get(ENV_PAGECACHE) or DEFAULT_PAGECACHE,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def conf_dir(self) -> Path:
        return self.home / "conf"

    @property
    def password_file(self) -> Path:
        return self.home / settings.PASSWORD_FILE

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "athar-neo4j.pid"

    def log_file(self, name: str = "out") -> Path:
        """One of LOG_FILES under logs/."""
        return self.home / "logs" / LOG_FILES[name]


@dataclass(frozen=True)
class ServerStatus:
    """What `athar neo4j status` reports. Ports are those of the last start's configuration."""

    running: bool
    home: Path
    bolt_port: int
    http_port: int
    pid: int | None = None
    version: str | None = None       # as reported over Bolt; None when it did not answer
    edition: str | None = None
    problem: str | None = None       # why the running server did not answer, if it did not

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/browser/?dbms=neo4j://neo4j@127.0.0.1:{self.bolt_port}"


# --- Java and the jars -------------------------------------------------------

def parse_java_major(text: str) -> int | None:
    """The major version in the output of `java -XshowSettings:properties -version`."""
    m = re.search(r"java\.specification\.version = (?:1\.)?(\d+)", text)
    if m:
        return int(m.group(1))
    m = re.search(r'version "(?:1\.)?(\d+)', text)
    return int(m.group(1)) if m else None


def find_java(env: Mapping[str, str] = os.environ) -> tuple[str, int]:
    """(path, major version) of a Java 17 or 21: $JAVA_HOME's, else the PATH's, else one in /usr/lib/jvm."""
    if env.get("JAVA_HOME"):
        candidates = [str(Path(env["JAVA_HOME"]) / "bin" / "java")]
    else:
        candidates = [p for p in [shutil.which("java", path=env.get("PATH"))] if p]
        candidates += sorted(glob.glob("/usr/lib/jvm/*/bin/java"))
    found = []
    for java in candidates:
        major = _java_major(java)
        if major in SUPPORTED_JAVA:
            return java, major
        if major is not None:
            found.append(f"{java} is Java {major}")
    detail = "; ".join(found) or "no java found" + (" in $JAVA_HOME" if env.get("JAVA_HOME") else " on PATH")
    raise ServerError(f"Neo4j 5.26 needs Java 17 or 21 ({detail}). Install one, {INSTALL_HINT}, "
                      f"or set JAVA_HOME to its folder.")


def _java_major(java: str) -> int | None:
    try:
        out = subprocess.run([java, "-XshowSettings:properties", "-version"], capture_output=True,
                             text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return parse_java_major(out.stderr + out.stdout)


def pom_text() -> str:
    """The Maven project listing the server's jars (package data of graph/)."""
    return resources.files("athar.graph").joinpath("neo4j/pom.xml").read_text(encoding="utf-8")


def pom_versions(text: str) -> dict[str, str]:
    """The <properties> of the pom ending in .version, e.g. {'neo4j.version': '5.26.19', ...}."""
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    props = ET.fromstring(text).find("m:properties", ns)
    return {el.tag.split("}")[1]: (el.text or "").strip() for el in props
            if el.tag.endswith(".version")} if props is not None else {}


def install(config: ServerConfig, java: str, log: Log = lambda message: None) -> Path:
    """Make the server's jars available under config.home (lib/, plugins/); Maven runs once per pom.

    The jars are copied into a staging folder that is renamed into place only
    when complete, so an interrupted download is never used.
    """
    text = pom_text()
    version = pom_versions(text).get("neo4j.version", "unknown")
    dist = config.dist_root / f"{version}-{hashlib.sha256(text.encode()).hexdigest()[:12]}"
    if not (dist / ".complete").is_file():
        log(f"fetching Neo4j {version} and APOC from Maven Central into {dist} (first start only)")
        _fetch_jars(text, version, dist, java)
    for name in ("lib", "plugins"):
        _symlink(dist / name, config.home / name)
    return dist


def _fetch_jars(text: str, version: str, dist: Path, java: str) -> None:
    mvn = shutil.which("mvn")
    if not mvn:
        raise ServerError(f"Maven (mvn) is needed once to fetch the Neo4j jars; install it, {INSTALL_HINT}.")
    dist.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=dist.parent))
    try:
        (staging / "pom.xml").write_text(text, encoding="utf-8")
        command = [mvn, "-B", "-q", "--no-transfer-progress", "-f", str(staging / "pom.xml"),
                   "dependency:copy-dependencies@lib", "dependency:copy-dependencies@plugins",
                   f"-Dathar.home={staging}"]
        env = dict(os.environ, JAVA_HOME=os.environ.get("JAVA_HOME") or str(Path(os.path.realpath(java)).parents[1]))
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=staging)
        if done.returncode != 0:
            raise ServerError(f"Maven could not fetch the Neo4j jars (exit {done.returncode}):\n  "
                              + " ".join(command) + "\n" + _last_lines(done.stdout + done.stderr, 40))
        for needed in (staging / "lib" / f"neo4j-{version}.jar", staging / "lib" / f"neo4j-server-{version}.jar"):
            if not needed.is_file():
                raise ServerError(f"Maven finished but {needed.name} is missing from {staging / 'lib'}")
        if not list((staging / "plugins").glob("apoc-core-*.jar")):
            raise ServerError(f"Maven finished but APOC core is missing from {staging / 'plugins'}")
        (staging / ".complete").write_text(version + "\n", encoding="utf-8")
        try:
            staging.rename(dist)
        except OSError:
            if not (dist / ".complete").is_file():   # not a concurrent install that finished first
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _symlink(target: Path, link: Path) -> None:
    """Point `link` at `target`, replacing an older link atomically."""
    if link.is_symlink() and Path(os.readlink(link)) == target:
        return
    if link.exists() and not link.is_symlink():
        raise ServerError(f"{link} exists and is not a link into the jar cache; move it away")
    tmp = link.with_name(f".{link.name}.{os.getpid()}")
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target, target_is_directory=True)
    tmp.replace(link)


def classpath(config: ServerConfig) -> str:
    """The server's class path, in the order of the official launcher."""
    return os.pathsep.join(str(config.home / d / "*") for d in ("plugins", "conf", "lib"))


# --- configuration and password ---------------------------------------------

def conf_text(config: ServerConfig) -> str:
    """The neo4j.conf of the managed server: loopback only, auth on, APOC allowed."""
    lines = [
        "# Written by `athar neo4j start` at every start (graph/server.py); change the start",
        "# options or ATHAR_NEO4J_* variables instead of editing this file.",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address=127.0.0.1:{config.bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{config.bolt_port}",
        "server.http.enabled=true",
        f"server.http.listen_address=127.0.0.1:{config.http_port}",
        f"server.http.advertised_address=127.0.0.1:{config.http_port}",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        f"server.memory.heap.initial_size={config.heap}",
        f"server.memory.heap.max_size={config.heap}",
        f"server.memory.pagecache.size={config.pagecache}",
        "server.directories.import=import",
        "dbms.security.procedures.unrestricted=apoc.*",
        "dbms.usage_report.enabled=false",
        "# JVM options: what the official launcher would pass; athar passes the same.",
        *(f"server.jvm.additional={option}" for option in JVM_OPTIONS),
    ]
    return "\n".join(lines) + "\n"


APOC_CONF = """\
# Written by `athar neo4j start`. APOC exports stream to the client ({stream: true});
# writing export files on the server stays off.
apoc.export.file.enabled=false
apoc.import.file.enabled=false
"""


def write_conf(config: ServerConfig) -> None:
    """Create the home's folders and write conf/neo4j.conf and conf/apoc.conf."""
    for d in ("conf", "data", "logs", "run", "import"):
        (config.home / d).mkdir(parents=True, exist_ok=True)
    _write_atomic(config.conf_dir / "neo4j.conf", conf_text(config), mode=0o644)
    _write_atomic(config.conf_dir / "apoc.conf", APOC_CONF, mode=0o644)


def check_password(password: str) -> None:
    """Refuse passwords Neo4j would refuse, or that cannot be stored on one line."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ServerError(f"the Neo4j password must have at least {MIN_PASSWORD_LENGTH} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in password):
        raise ServerError("the Neo4j password must not contain control characters (newlines, tabs...)")
    if password != password.strip():
        raise ServerError("the Neo4j password must not start or end with spaces")
    if password == "neo4j":
        raise ServerError("the Neo4j password must not be the default 'neo4j'")


def argfile_quote(value: str) -> str:
    """`value` as one argument of a picocli @argument-file (double-quoted, \\ and \" escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ensure_password(config: ServerConfig, java: str, env: Mapping[str, str] = os.environ,
                    log: Log = lambda message: None) -> tuple[str, str]:
    """(the neo4j user's password, where it comes from); on a fresh database it is chosen, stored (0600)
    and set before the first start.

    A fresh database gets NEO4J_PASSWORD when it is meant for this server (NEO4J_URI
    unset), else the stored password, else a new random one.
    """
    stored = config.password_file
    own_env_password = None if env.get(settings.ENV_URI) else env.get(settings.ENV_PASSWORD) or None
    in_file = f"the password in {stored}"
    if (config.home / "data" / "databases" / "system").exists():
        if stored.is_file():
            return settings.read_password_file(stored), in_file
        if own_env_password:
            return own_env_password, f"the password in {settings.ENV_PASSWORD} (from the environment)"
        raise ServerError(f"the database in {config.home / 'data'} exists but its password file {stored} is "
                          f"missing; set {settings.ENV_PASSWORD} to the database's password")
    if own_env_password:
        password, origin = own_env_password, f"from {settings.ENV_PASSWORD}"
    elif stored.is_file():
        password, origin = settings.read_password_file(stored), "kept from the earlier database"
    else:
        password, origin = secrets.token_urlsafe(24), "generated"
    check_password(password)
    _write_atomic(stored, password + "\n")
    _set_initial_password(config, java, password)
    log(f"new database: password {origin}, stored in {stored} (mode 0600)")
    return password, in_file


def _set_initial_password(config: ServerConfig, java: str, password: str) -> None:
    """`neo4j-admin dbms set-initial-password`, with the password in a 0600 argument file, not on the command line.

    The file starts with `--` (end of options), so a password beginning with "-" (one generated
    password in 64) is not read as an option.
    """
    argfile = config.home / "run" / f".initial-password-{os.getpid()}"
    _write_atomic(argfile, "--\n" + argfile_quote(password) + "\n")
    try:
        done = _admin(config, java, "dbms", "set-initial-password", f"@{argfile}", timeout=300)
    finally:
        argfile.unlink(missing_ok=True)
    if done.returncode != 0 or "Changed password" not in done.stdout:
        raise ServerError(f"setting the initial password failed (exit {done.returncode}):\n  neo4j-admin dbms "
                          f"set-initial-password @ARGFILE\n" + _last_lines(done.stdout + done.stderr, 20))


def _admin(config: ServerConfig, java: str, *args: str, timeout: float = 3600) -> subprocess.CompletedProcess:
    """Run `neo4j-admin ARGS` (org.neo4j.cli.AdminTool from the server's jars) on this home."""
    command = [java, "-Dfile.encoding=UTF-8", "-cp", classpath(config), ADMIN_CLASS, *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=config.home,
                          env=_server_env(config))


def import_csv(config: ServerConfig, folder: Path, database: str = "neo4j", overwrite: bool = False,
               env: Mapping[str, str] = os.environ) -> None:
    """Run the `neo4j-admin database import full` that `athar export csv` wrote to folder/import.sh
    (same files and options) into `database` of this home, the server stopped. An existing database
    is replaced only when `overwrite` (ServerError otherwise)."""
    folder = Path(folder).absolute()
    script = (folder / "import.sh").read_text(encoding="utf-8")
    words = shlex.split(script.split("database import full", 1)[1].replace("\\\n", " "))
    options = [w if not w.startswith(("--nodes=", "--relationships=")) else
               w.split("=", 1)[0] + "=" + str(folder / w.split("=", 1)[1]) for w in words[1:] if w != "$@"]
    with _locked(config):
        _require_stopped(config, "import into")
        if database_exists(config, database) and not overwrite:
            raise ServerError(f"the database {database!r} exists in {config.home / 'data'}: an import replaces it "
                              f"only when asked to (overwrite)")
        java, _ = find_java(env)
        install(config, java)
        write_conf(config)
        done = _admin(config, java, "database", "import", "full", database, *options,
                      *(["--overwrite-destination=true"] if overwrite else []))
    if done.returncode != 0:
        raise ServerError(f"neo4j-admin database import failed (exit {done.returncode}):\n"
                          f"{(done.stderr or done.stdout).strip()[-2000:]}")


def database_exists(config: ServerConfig, database: str = "neo4j") -> bool:
    """Whether this home holds the store of `database` (a started server has created `neo4j`)."""
    return (config.home / "data" / "databases" / database).is_dir()


# --- backup and restore ------------------------------------------------------

def dump(config: ServerConfig, target: Path, database: str = "neo4j", env: Mapping[str, str] = os.environ) -> Path:
    """Write `database` to the file `target` (`neo4j-admin database dump`); the server must be stopped.

    The dump is written next to `target` and renamed into place when complete.
    """
    target = Path(target).absolute()
    with _locked(config):
        _require_stopped(config, "dump")
        if not (config.home / "data" / "databases" / database).is_dir():
            raise ServerError(f"no database {database!r} in {config.home / 'data'}: nothing to dump")
        java, _ = find_java(env)
        install(config, java)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
        try:
            done = _admin(config, java, "database", "dump", database, f"--to-path={staging}")
            if done.returncode != 0:
                raise ServerError(f"neo4j-admin database dump failed (exit {done.returncode}):\n"
                                  + _last_lines(done.stdout + done.stderr, 20))
            (staging / f"{database}.dump").replace(target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return target


def load_dump(config: ServerConfig, source: Path, database: str = "neo4j",
              env: Mapping[str, str] = os.environ) -> None:
    """Replace `database` with the dump file `source` (`neo4j-admin database load`); the server must be stopped.

    Works on a home that was never started (restoring on another machine): the
    first start then sets a password as for a new database.
    """
    source = Path(source).absolute()
    if not source.is_file():
        raise ServerError(f"{source} is not a file")
    with _locked(config):
        _require_stopped(config, "load")
        java, _ = find_java(env)
        install(config, java)
        write_conf(config)
        staging = Path(tempfile.mkdtemp(prefix=".load-", dir=config.home / "run"))
        try:
            (staging / f"{database}.dump").symlink_to(source)
            done = _admin(config, java, "database", "load", database, f"--from-path={staging}",
                          "--overwrite-destination=true")
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        if done.returncode != 0:
            raise ServerError(f"neo4j-admin database load failed (exit {done.returncode}):\n"
                              + _last_lines(done.stdout + done.stderr, 20))


def _require_stopped(config: ServerConfig, action: str) -> None:
    pid = running_pid(config)
    if pid:
        raise ServerError(f"Neo4j is running (pid {pid}); Community Edition can only {action} a stopped "
                          f"database: `athar neo4j stop` first, `athar neo4j start` afterwards")


def _write_atomic(path: Path, text: str, mode: int = 0o600) -> None:
    """Write `path` atomically, created with `mode` (the content is never world-readable on the way)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, mode)
    tmp.replace(path)


def _server_env(config: ServerConfig) -> dict[str, str]:
    """The environment of the Java processes: no Neo4j credentials, the home and conf of this server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(NEO4J_HOME=str(config.home), NEO4J_CONF=str(config.conf_dir))
    return env


# --- processes ---------------------------------------------------------------

def running_pid(config: ServerConfig) -> int | None:
    """The pid of this home's server process when it runs (a stale or reused pid is not it)."""
    try:
        pid = int(config.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _is_our_server(pid, config) else None


def _is_our_server(pid: int, config: ServerConfig) -> bool:
    proc = Path(f"/proc/{pid}")
    if proc.is_dir():
        try:
            state = (proc / "stat").read_text().rpartition(")")[2].split()[0]
            args = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            return False
        return state not in ("Z", "X") and MAIN_CLASS.encode() in args and \
            f"--home-dir={config.home}".encode() in args
    if Path("/proc/self").is_dir():          # Linux, and the process is gone
        return False
    try:                                     # no /proc: trust the pid file
        os.kill(pid, 0)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def _locked(config: ServerConfig) -> Iterator[None]:
    """Serialise start and stop of one home between processes."""
    lock = config.home / "run" / "athar.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """Whether something accepts TCP connections on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(1.0)
        return s.connect_ex((host, port)) == 0


def start(config: ServerConfig, timeout: float = 180.0, env: Mapping[str, str] = os.environ,
          log: Log = lambda message: None) -> tuple[ServerStatus, bool]:
    """Start the server unless it runs; (status, whether this call started it).

    Returns once Bolt answers a query with the stored password; raises
    ServerError (pointing at the logs) when it does not within `timeout` seconds.
    """
    config.home.mkdir(parents=True, exist_ok=True)
    os.chmod(config.home, 0o700)
    with _locked(config):
        if running_pid(config):
            return status(config), False
        _check_ports(config)
        java, _ = find_java(env)
        install(config, java, log)
        write_conf(config)
        password, origin = ensure_password(config, java, env, log)
        _check_ports(config)         # again: the first start's download takes minutes, another program may bind
        pid = _launch(config, java)
        log(f"started Neo4j (pid {pid}); waiting for Bolt on 127.0.0.1:{config.bolt_port}")
        _wait_until_ready(config, pid, password, origin, timeout)
    return status(config), True


def _launch(config: ServerConfig, java: str) -> int:
    """Start the JVM detached: a throw-away sh in a new session backgrounds it and exits, so the
    server is nobody's child (no zombie, no terminal) and survives the command that started it."""
    command = [java, f"-Xms{config.heap}", f"-Xmx{config.heap}", *JVM_OPTIONS, "-Dfile.encoding=UTF-8",
               "-cp", classpath(config), MAIN_CLASS,
               f"--home-dir={config.home}", f"--config-dir={config.conf_dir}", "--console-mode"]
    launcher = 'out=$1; shift; "$@" </dev/null >"$out" 2>&1 & echo $!'
    done = subprocess.run(["/bin/sh", "-c", launcher, "sh", str(config.log_file("out")), *command],
                          cwd=config.home, env=_server_env(config), capture_output=True, text=True,
                          start_new_session=True, timeout=60)
    if done.returncode != 0 or not done.stdout.strip().isdigit():
        raise ServerError(f"could not launch Java: {done.stderr.strip() or done.stdout.strip()}")
    pid = int(done.stdout.strip())
    _write_atomic(config.pid_file, f"{pid}\n", mode=0o644)
    return pid


def _check_ports(config: ServerConfig) -> None:
    for port, what in ((config.bolt_port, "Bolt"), (config.http_port, "HTTP")):
        if port_in_use(port):
            raise ServerError(f"the {what} port 127.0.0.1:{port} is already used by another program "
                              f"(another Neo4j?); stop it or choose another port with --bolt-port/--http-port "
                              f"or {settings.ENV_BOLT_PORT}/{settings.ENV_HTTP_PORT}")


def _wait_until_ready(config: ServerConfig, pid: int, password: str, origin: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    uri = f"bolt://127.0.0.1:{config.bolt_port}"
    with neo4j.GraphDatabase.driver(uri, auth=(settings.DEFAULT_USER, password), user_agent="athar",
                                    connection_timeout=5.0) as drv:
        while True:
            if not _is_our_server(pid, config):
                config.pid_file.unlink(missing_ok=True)
                raise ServerError(f"Neo4j exited while starting; the end of {config.log_file('out')}:\n"
                                  + tail(config.log_file("out"), 25) + "\nsee `athar neo4j logs`")
            try:
                settings.ping(drv)
                return
            except neo4j.exceptions.AuthError as error:
                raise ServerError(f"Neo4j started but refused {origin}: {error}. "
                                  f"Was the database initialised with another password?") from error
            except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired,
                    neo4j.exceptions.TransientError, OSError):
                pass
            if time.monotonic() > deadline:
                raise ServerError(f"Neo4j (pid {pid}) did not answer on {uri} within {timeout:.0f} s; "
                                  f"see `athar neo4j logs` (it may still be starting; `athar neo4j stop` ends it)")
            time.sleep(0.5)


def status(config: ServerConfig, timeout: float = 10.0) -> ServerStatus:
    """Whether the server runs, on which ports, and the version it reports over Bolt."""
    conf = config.conf_dir / "neo4j.conf"
    bolt = settings.configured_port(conf, "server.bolt.listen_address") or config.bolt_port
    http = settings.configured_port(conf, "server.http.listen_address") or config.http_port
    pid = running_pid(config)
    if pid is None:
        return ServerStatus(False, config.home, bolt, http)
    try:
        password = settings.read_password_file(config.password_file)
        with neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{bolt}", auth=(settings.DEFAULT_USER, password),
                                        user_agent="athar", connection_timeout=timeout) as drv:
            records, _, _ = drv.execute_query(cypher.named("server.cypher")["components"],
                                              routing_=neo4j.RoutingControl.READ)
    except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError, click.ClickException) as error:
        return ServerStatus(True, config.home, bolt, http, pid, problem=f"not answering on Bolt: {error}")
    kernel = records[0]
    return ServerStatus(True, config.home, bolt, http, pid, kernel["version"], kernel["edition"])


def stop(config: ServerConfig, timeout: float = 60.0, log: Log = lambda message: None) -> bool:
    """Stop the server (SIGTERM: a clean shutdown; SIGKILL after `timeout` s); False if it was not running."""
    with _locked(config):
        pid = running_pid(config)
        if pid is None:
            config.pid_file.unlink(missing_ok=True)
            return False
        _signal(pid, signal.SIGTERM)
        if not _wait_gone(pid, config, timeout):
            log(f"Neo4j (pid {pid}) did not stop within {timeout:.0f} s; killing it")
            _signal(pid, signal.SIGKILL)
            if not _wait_gone(pid, config, 30):
                raise ServerError(f"Neo4j (pid {pid}) survived SIGKILL")
        config.pid_file.unlink(missing_ok=True)
        return True


def _signal(pid: int, sig: int) -> None:
    """Signal the server's process group (its own session, see _launch), else the process alone."""
    try:
        group = os.getpgid(pid)
        if group != os.getpgid(0):
            os.killpg(group, sig)
        else:
            os.kill(pid, sig)
    except ProcessLookupError:
        pass


def _wait_gone(pid: int, config: ServerConfig, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _is_our_server(pid, config):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


# --- logs --------------------------------------------------------------------

def tail(path: Path, lines: int) -> str:
    """The last `lines` lines of a text file ('' when it does not exist)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return "".join(deque(f, maxlen=lines)).rstrip("\n")
    except FileNotFoundError:
        return ""


def follow(path: Path, poll: float = 0.5) -> Iterator[str]:
    """The lines appended to `path` from now on, forever (Ctrl-C ends it); survives truncation."""
    f = None
    while True:
        if f is None and path.exists():
            f = open(path, encoding="utf-8", errors="replace")
            f.seek(0, os.SEEK_END)
        if f is not None:
            line = f.readline()
            if line:
                yield line.rstrip("\n")
                continue
            if path.exists() and path.stat().st_size < f.tell():     # truncated by a new start
                f.close()
                f = open(path, encoding="utf-8", errors="replace")
        time.sleep(poll)


def _last_lines(text: str, n: int) -> str:
    return "\n".join(text.rstrip().splitlines()[-n:])
