"""One writer at a time: an flock for processes on one host, a lease in the Chroma server for hosts.

Chroma has no lock and no compare-and-set, so the lease is built on the two operations it does
make atomic (checked against a real `chroma run`): creating a collection whose name exists
fails (HTTP 409), and renaming a collection addresses it by id.
- acquire: create the collection `{prefix}_lease`, its metadata naming the holder (host, pid,
  a random token) and its ttl;
- hold: a daemon thread bumps the metadata's `beat` every ttl/4 (only a stall of the holder
  longer than 3/4 of the ttl, such as seconds of importing torch under load, lets it expire);
- expiry: a contender watches (collection id, beat); when neither changes for the holder's
  ttl on the contender's OWN monotonic clock (no clocks are compared across hosts), it renames
  that collection, by id, to a unique dead name, deletes it and tries to create again. A lease
  is never deleted by name: a stale view would delete someone else's fresh lease;
- fencing: before each write the holder checks that `{prefix}_lease` is still its collection
  (`check`), so a writer whose lease was taken over writes and commits nothing more;
- release: rename the own collection (by id) away, then delete it.
Limit: a holder paused for longer than the ttl between a check and the write right after it
(milliseconds apart) may still land that one write; see docs/architecture.md.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any

from dragoman.index.errors import StoreError

log = logging.getLogger(__name__)


class LeaseLostError(StoreError):
    """Another writer took over this writer's lease: this writer must not commit."""


class LeaseTimeoutError(StoreError):
    """The lease stayed held by another writer for longer than the caller would wait."""


@dataclass(frozen=True)
class Holder:
    """Who holds a lease, as its collection's metadata says."""

    host: str
    pid: int
    token: str
    ttl: float
    since: float  # the holder's wall clock when it acquired (shown to people, never compared)

    @classmethod
    def of(cls, meta: dict[str, Any] | None) -> Holder:
        meta = meta or {}
        return cls(
            str(meta.get("host", "?")),
            int(meta.get("pid", 0)),
            str(meta.get("token", "")),
            float(meta.get("ttl", 0.0)),
            float(meta.get("since", 0.0)),
        )

    def __str__(self) -> str:
        when = time.strftime("%H:%M:%S", time.localtime(self.since)) if self.since else "?"
        return f"host {self.host} pid {self.pid} (since {when} by its clock)"


@dataclass
class _Watch:
    """A contender's view of the lease: since when (on its own monotonic clock) neither the
    lease's id nor its heartbeat changed; logs who is waited for."""

    location: str
    started: float
    seen: tuple[str, Any] | None = None
    changed: float = 0.0
    logged: float = 0.0

    def silent_for(self, lease: Any, holder: Holder, ttl: float) -> float:
        now = time.monotonic()
        key = (str(lease.id), (lease.metadata or {}).get("beat"))
        if self.seen is None or key[0] != self.seen[0] or now - self.logged >= 30:
            log.warning(
                "the store at %s is being written by %s; waiting for it to finish (lease ttl %.0f s, "
                "waited %.0f s so far)",
                self.location,
                holder,
                ttl,
                now - self.started,
            )
            self.logged = now
        if key != self.seen:
            self.seen, self.changed = key, now
        return now - self.changed


class ServerLease:
    """The writer lease of one store (`{prefix}_lease` in a Chroma server); see the module docstring."""

    def __init__(self, client: Any, prefix: str, location: str, ttl: float, wait: float = 0.0):
        self.client = client
        self.name = f"{prefix}_lease"
        self.location = location  # the server's URL, for messages
        self.ttl = ttl
        self.wait = wait  # give up after this many seconds of waiting; 0: wait as long as it takes
        self.me = Holder(socket.gethostname(), os.getpid(), uuid.uuid4().hex, ttl, 0.0)
        self._collection: Any = None
        self._meta: dict[str, Any] = {}
        self._lost: str | None = None  # why the heartbeat thread thinks the lease is gone
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- acquire and release ------------------------------------------------------------
    def acquire(self) -> None:
        """Create the lease, waiting for a live holder and taking over an expired one."""
        start = time.monotonic()
        watch = _Watch(self.location, start)
        misses = 0
        while True:
            t = time.monotonic()
            error = self._try_create()
            if error is None:
                log.info(
                    "acquired the writer lease %s on %s in %.0f ms (waited %.1f s)",
                    self.name,
                    self.location,
                    (time.monotonic() - t) * 1000,
                    t - start,
                )
                self._thread = threading.Thread(target=self._heartbeat, name="dragoman-lease", daemon=True)
                self._thread.start()
                return
            current = self._current()
            if current is None:  # released meanwhile (try again), or creating fails for another reason
                misses += 1
                if misses >= 3:
                    raise StoreError(f"cannot create the writer lease {self.name} on {self.location}: {error}")
                continue
            misses = 0
            holder = Holder.of(current.metadata)
            ttl = holder.ttl or self.ttl  # the holder's own: it renews every quarter of it
            silent = watch.silent_for(current, holder, ttl)
            if silent >= ttl:
                log.warning("the writer lease of %s was not renewed for %.1f s: taking it over", holder, silent)
                self._remove(current)
                continue
            if self.wait and time.monotonic() - start >= self.wait:
                raise LeaseTimeoutError(
                    f"the store at {self.location} is being written by {holder}; gave up after waiting "
                    f"{time.monotonic() - start:.0f} s (setting 'writer_wait_seconds'): try again later"
                )
            time.sleep(min(1.0, ttl / 10))

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=max(5.0, self.ttl))
        if self._collection is None or self._lost:
            return
        self._remove(self._collection)
        self._collection = None

    # -- fencing ----------------------------------------------------------------------------
    def check(self) -> None:
        """Raise LeaseLostError unless this process still holds the lease (one read)."""
        if self._lost is None:
            current = self._current()
            if current is not None and current.id == self._collection.id:
                return
            self._lost = f"now held by {Holder.of(current.metadata)}" if current is not None else "no one holds it"
        raise LeaseLostError(
            f"this ingest lost the writer lease {self.name} on {self.location} ({self._lost}): its heartbeat "
            f"was not seen for {self.ttl:.0f} s (was this process paused or cut off from the server?). "
            "Nothing more was written; the writer that took over repairs what this one left. "
            "Run the ingest again (a longer 'writer_lease_seconds' tolerates longer pauses)"
        )

    # -- helpers ------------------------------------------------------------------------------
    def _try_create(self) -> Exception | None:
        import chromadb.errors

        meta = {
            "host": self.me.host,
            "pid": self.me.pid,
            "token": self.me.token,
            "ttl": self.ttl,
            "since": time.time(),
            "beat": 0,
        }
        try:
            self._collection = self.client.create_collection(self.name, metadata=meta, embedding_function=None)
        except chromadb.errors.ChromaError as exc:  # 409 "already exists" (or a real failure: see acquire)
            return exc
        self._meta = meta
        return None

    def _current(self) -> Any:
        """The lease collection as the server has it now, or None."""
        import chromadb.errors

        try:
            return self.client.get_collection(self.name, embedding_function=None)
        except chromadb.errors.NotFoundError:
            return None

    def _remove(self, collection: Any) -> None:
        """Rename a lease collection by id to a name no one else uses, then delete it: if it
        was already taken over and replaced, this touches nothing but the dead one."""
        import chromadb.errors

        dead = f"{self.name}_expired_{uuid.uuid4().hex[:16]}"
        try:
            collection.modify(name=dead)
            self.client.delete_collection(dead)
        except chromadb.errors.NotFoundError:  # someone else removed it first
            pass
        except Exception as exc:
            log.warning(
                "could not remove the writer lease %s on %s (%s); others take it over after its ttl",
                self.name,
                self.location,
                exc,
            )

    def _heartbeat(self) -> None:
        import chromadb.errors

        while not self._stop.wait(self.ttl / 4):
            self._meta["beat"] += 1
            try:
                with contextlib.suppress(chromadb.errors.NotFoundError):  # taken over: check() says by whom
                    self._collection.modify(metadata=dict(self._meta))  # replaces the metadata: send all of it
                self.check()
            except LeaseLostError as exc:
                log.error("%s", exc)
                return
            except Exception as exc:  # the server is unreachable for a moment: keep trying
                log.warning("could not renew the writer lease on %s (%s); retrying", self.location, exc)
