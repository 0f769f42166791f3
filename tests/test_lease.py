"""The writer lease in a real `chroma run` server (index/lease.py): exclusion, waiting, expiry, fencing."""

import logging
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from urllib.parse import urlparse

import pytest

from dragoman.index.lease import LeaseTimeoutError, ServerLease
from tests.conftest import ROOT

log = logging.getLogger(__name__)
pytestmark = pytest.mark.slow  # a real Chroma server


def client(url: str):
    import chromadb
    from chromadb.config import Settings

    u = urlparse(url)
    return chromadb.HttpClient(host=u.hostname, port=u.port, settings=Settings(anonymized_telemetry=False))


def leases(url: str, prefix: str) -> list:
    return [c for c in client(url).list_collections() if c.name.startswith(f"{prefix}_lease")]


def holder_process(script: str, *args: str) -> tuple[subprocess.Popen, str]:
    """A real process that takes the lease and says so on stdout; the line it printed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline() if proc.stdout else ""
    if not line.startswith("HELD"):
        proc.kill()
        pytest.fail(f"the lease holder did not start: {line}{proc.stderr.read() if proc.stderr else ''}")
    return proc, line


HOLD = """
import sys, time
import chromadb
from dragoman.index.lease import ServerLease
url, port, prefix, ttl = sys.argv[1], int(sys.argv[1].rsplit(":", 1)[1]), sys.argv[2], float(sys.argv[3])
lease = ServerLease(chromadb.HttpClient(host="127.0.0.1", port=port), prefix, url, ttl)
lease.acquire()
print("HELD", flush=True)
time.sleep(3600)
"""

# Holds the lease through the store's writer, waits for a line on stdin, then tries to write.
WRITE_LATER = """
import sys
from pathlib import Path
from dragoman.index.settings import IndexSettings
from dragoman.index.store import Store
from dragoman.index.lease import LeaseLostError
url, prefix, folder = sys.argv[1:4]
store = Store(IndexSettings(store=Path(folder), chroma_url=url, collection_prefix=prefix, writer_lease_seconds=2))
with store.writer():
    print("HELD", flush=True)
    sys.stdin.readline()
    try:
        store.begin_write("all-MiniLM-L6-v2")
        store.commit()
    except LeaseLostError as exc:
        print(exc, flush=True)
        sys.exit(3)
print("COMMITTED", flush=True)
"""


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=30)


def test_acquire_renew_release(chroma_server, record_property):
    prefix = "l" + uuid.uuid4().hex[:12]
    lease = ServerLease(client(chroma_server), prefix, chroma_server, ttl=2)
    took = []
    for _ in range(3):
        t = time.perf_counter()
        lease.acquire()
        took.append(time.perf_counter() - t)
        (held,) = leases(chroma_server, prefix)
        assert held.metadata["token"] == lease.me.token and held.metadata["pid"] == os.getpid()
        lease.check()
        time.sleep(1.2)  # the heartbeat renews every ttl/4
        assert client(chroma_server).get_collection(f"{prefix}_lease").metadata["beat"] >= 1
        lease.release()
        assert leases(chroma_server, prefix) == [], "release leaves nothing behind"
        lease = ServerLease(client(chroma_server), prefix, chroma_server, ttl=2)
    record_property("lease_acquire_ms", [round(t * 1000, 1) for t in took])
    log.warning("lease acquire (uncontended): %s ms", [round(t * 1000, 1) for t in took])


def test_a_second_writer_waits_while_the_holder_renews(chroma_server, caplog):
    prefix = "l" + uuid.uuid4().hex[:12]
    holder = ServerLease(client(chroma_server), prefix, chroma_server, ttl=2)
    holder.acquire()
    with pytest.raises(LeaseTimeoutError, match=f"pid {os.getpid()}"):
        ServerLease(client(chroma_server), prefix, chroma_server, ttl=2, wait=1).acquire()
    waiter = ServerLease(client(chroma_server), prefix, chroma_server, ttl=2)
    with caplog.at_level(logging.WARNING, logger="dragoman.index.lease"):
        thread = threading.Thread(target=waiter.acquire, daemon=True)
        thread.start()
        time.sleep(5)  # 2.5 ttls: the holder's heartbeat keeps the lease alive
        assert thread.is_alive(), "the waiter took a lease whose holder is alive"
        holder.check()
        released = time.monotonic()
        holder.release()
        thread.join(10)
    assert not thread.is_alive()
    log.warning("lease handed over %.2f s after release", time.monotonic() - released)
    waiter.check()
    assert "is being written by" in caplog.text and f"pid {os.getpid()}" in caplog.text
    assert "taking it over" not in caplog.text
    waiter.release()


def test_writers_exclude_each_other(chroma_server):
    prefix = "l" + uuid.uuid4().hex[:12]
    inside, overlaps, rounds = [], [], []

    def writer(n: int) -> None:
        for _ in range(3):
            lease = ServerLease(client(chroma_server), prefix, chroma_server, ttl=2)
            lease.acquire()
            inside.append(n)
            if len(inside) > 1:
                overlaps.append(list(inside))
            time.sleep(0.1)
            inside.remove(n)
            lease.release()
            rounds.append(n)

    threads = [threading.Thread(target=writer, args=(n,), daemon=True) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert sorted(rounds) == sorted(list(range(4)) * 3) and not overlaps


def test_the_lease_of_a_killed_holder_expires(chroma_server, record_property):
    prefix = "l" + uuid.uuid4().hex[:12]
    ttl = 2.0
    proc, _ = holder_process(HOLD, chroma_server, prefix, str(ttl))
    try:
        dead = leases(chroma_server, prefix)[0].metadata
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        killed = time.monotonic()
        contender = ServerLease(client(chroma_server), prefix, chroma_server, ttl=ttl)
        contender.acquire()
        took = time.monotonic() - killed
    finally:
        stop(proc)
    assert took >= ttl, "a lease is taken over only after its ttl of silence"
    (held,) = leases(chroma_server, prefix)  # the expired one was removed, nothing else left
    assert held.metadata["token"] == contender.me.token != dead["token"]
    contender.release()
    record_property("lease_takeover_s", round(took, 2))
    log.warning("lease taken over %.2f s after its holder was killed (ttl %.0f s)", took, ttl)


def test_a_paused_holder_whose_lease_was_taken_commits_nothing(chroma_server, tmp_path):
    from dragoman.index.settings import IndexSettings
    from dragoman.index.store import Store

    prefix = "l" + uuid.uuid4().hex[:12]
    proc, _ = holder_process(WRITE_LATER, chroma_server, prefix, str(tmp_path / "paused"))
    try:
        proc.send_signal(signal.SIGSTOP)  # paused past its ttl, as a stalled VM or a debugger would
        settings = IndexSettings(
            store=tmp_path / "other", chroma_url=chroma_server, collection_prefix=prefix, writer_lease_seconds=2
        )
        other = Store(settings)
        with other.writer():
            proc.send_signal(signal.SIGCONT)
            out, err = proc.communicate("go\n", timeout=60)
            assert proc.returncode == 3, out + err
            assert "lost the writer lease" in out and f"pid {os.getpid()}" in out
            other.begin_write("all-MiniLM-L6-v2")  # the lease survived the paused writer's exit
            start = other.state().generation  # a new collection counts on from its creation time
            assert other.commit() == start + 1
            other.finish_write()
        assert other.state().generation == start + 1 and not other.state().dirty
        assert leases(chroma_server, prefix) == []
    finally:
        stop(proc)
