"""The load lease: one `athar load`/`build` at a time writes athar's graph.

Two loaders merging the same entities and facts at once lose updates (each
reads a fact's sources, adds its own and writes the whole back), so a loader
first takes the lease, a node in the database (cypher/lease.cypher) holding
who has it (user, host, pid), since when and until when. A second loader waits
until it is free, saying so, or fails at once (`--no-wait`). The holder renews
it in every batch transaction and from a heartbeat thread between batches; an
expired lease, or one whose holder is a dead process on this host, is taken
over. A batch renews the lease in its own transaction first, so a loader
whose lease was taken over (it stalled longer than the lease lasts) stops
instead of writing beside the new holder.
"""
from __future__ import annotations

import contextlib
import getpass
import os
import socket
import threading
import time
import uuid
from typing import Callable, Iterator

import neo4j
from neo4j import Driver, ManagedTransaction

from athar import cypher

NAME = "load"
TTL = 60.0            # seconds a lease lasts without renewal
POLL = 1.0            # seconds between attempts while waiting


class LeaseBusy(Exception):
    """Another loader holds the lease (raised when not waiting)."""


class LeaseLost(Exception):
    """Our lease was taken over by another loader: this load must stop."""


def _statements() -> dict[str, str]:
    return cypher.named("lease.cypher")


class Lease:
    """A lease on athar's graph in one database (see the module docstring)."""

    def __init__(self, driver: Driver, database: str | None = None, ttl: float = TTL):
        self.driver, self.database, self.ttl = driver, database, ttl
        self.token = uuid.uuid4().hex
        self.host, self.pid = socket.gethostname(), os.getpid()
        self.params = {"name": NAME, "token": self.token, "ttl_ms": int(ttl * 1000)}

    def take(self, wait: bool = True, on_wait: Callable[[str], None] = lambda message: None,
             poll: float = POLL) -> None:
        """Take the lease; while another loader holds it, wait (telling on_wait once) or raise LeaseBusy."""
        with self.driver.session(database=self.database) as session:
            session.run(_statements()["lease_constraint"]).consume()
        told = False
        while True:
            holder = self._try()
            if holder is None:
                return
            if not wait:
                raise LeaseBusy(f"another load holds the database: {describe(holder)}")
            if not told:
                on_wait(f"waiting for another load to finish: {describe(holder)}")
                told = True
            time.sleep(poll)

    def _try(self) -> dict | None:
        """None when the lease is ours now, else its holder."""
        stale = None
        for _ in range(2):
            holder = self._write(_statements()["take_lease"], stale=stale, holder=getpass.getuser(),
                                 host=self.host, pid=self.pid)
            if holder["taken"]:
                return None
            if holder["host"] != self.host or _alive(holder["pid"]):
                return holder
            stale = holder["token"]        # its holder died on this host (killed): take it over now
        return holder

    def renew(self, tx: ManagedTransaction) -> None:
        """Renew the lease inside `tx` (a batch's transaction); LeaseLost when it is not ours any more."""
        if tx.run(_statements()["renew_lease"], **self.params).single() is None:
            raise LeaseLost("another load took over the lease of this one (it had expired: this load did not "
                            f"renew it for {self.ttl:.0f} s)")

    def release(self) -> None:
        """Give the lease back: one attempt (after a lost connection the lease expires by itself)."""
        with contextlib.suppress(neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError):
            with self.driver.session(database=self.database) as session:
                session.run(_statements()["release_lease"], **self.params).consume()

    def _write(self, statement: str, **params) -> dict:
        def work(tx: ManagedTransaction) -> dict:
            return tx.run(statement, **self.params, **params).single(strict=True).data()

        with self.driver.session(database=self.database) as session:
            return session.execute_write(work)


def describe(holder: dict) -> str:
    return (f"{holder['holder']} on {holder['host']}, pid {holder['pid']}, for {holder['held_ms'] / 1000:.0f} s "
            f"(its lease expires in {max(holder['expires_in_ms'], 0) / 1000:.0f} s unless renewed)")


def _alive(pid) -> bool:
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, ValueError, TypeError, OverflowError):
        return True
    return True


@contextlib.contextmanager
def held(driver: Driver, database: str | None = None, *, wait: bool = True,
         on_wait: Callable[[str], None] = lambda message: None, ttl: float = TTL) -> Iterator[Lease]:
    """Hold the lease for the duration of the block, renewing it from a heartbeat thread; give it back
    at the end (a killed loader's lease expires, or is taken over at once on the same host)."""
    lease = Lease(driver, database, ttl)
    lease.take(wait, on_wait)
    stop = threading.Event()

    def heartbeat() -> None:
        while not stop.wait(ttl / 3):
            with contextlib.suppress(Exception):      # the load itself meets any database error
                with driver.session(database=database) as session:
                    session.execute_write(lease.renew)

    thread = threading.Thread(target=heartbeat, name="athar-lease", daemon=True)
    thread.start()
    try:
        yield lease
    finally:
        stop.set()
        thread.join(timeout=1)
        lease.release()
