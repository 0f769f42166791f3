"""Writers on two "hosts" (separate local folders) sharing one real `chroma run` server.

Each writer is a real `dragoman ingest` process with its own --store folder, the same
--chroma-url and collection prefix: nothing but the server is shared, as between two machines.
"""

import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from dragoman import Assistant
from tests.conftest import ROOT, SEEDS
from tests.test_ingest import check_consistent

log = logging.getLogger(__name__)
pytestmark = pytest.mark.slow  # a real Chroma server (and, for writers, the real model)

# A writer that stops right after one write step of its commit (the step given first), so that
# the test can kill -9 it at that exact point while it holds the lease.
HANG_AFTER = """
import sys, time
from dragoman.index.store import Store
from dragoman.assistant.cli import main
step = sys.argv[1]
real = getattr(Store, step)
def write_then_hang(self, *args, **kwargs):
    real(self, *args, **kwargs)
    print("HANGING after " + step, file=sys.stderr, flush=True)
    time.sleep(3600)
setattr(Store, step, write_then_hang)
sys.exit(main(sys.argv[2:]))
"""


class Writer:
    """A writer process whose log lines are collected, with the time each arrived."""

    def __init__(self, args: list[str], env: dict[str, str], out: Path):
        self.out = out
        self.lines: list[tuple[float, str]] = []
        with open(out, "w") as stdout:
            self.proc = subprocess.Popen(
                [sys.executable, *args],
                cwd=ROOT,
                env=dict(os.environ, **env),
                stdout=stdout,
                stderr=subprocess.PIPE,
                text=True,
            )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append((time.monotonic(), line.rstrip()))

    @property
    def log(self) -> str:
        return "\n".join(line for _, line in self.lines)

    def when(self, text: str, timeout: float = 300) -> float:
        """The time the first log line containing `text` arrived (waits for it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [t for t, line in list(self.lines) if text in line]
            if found:
                return found[0]
            if self.proc.poll() is not None:
                self._reader.join(5)
                if not any(text in line for _, line in self.lines):
                    pytest.fail(f"writer exited ({self.proc.returncode}) before logging {text!r}:\n{self.log}")
            time.sleep(0.05)
        pytest.fail(f"writer did not log {text!r} in {timeout} s:\n{self.log}")

    def finish(self, timeout: float = 600) -> dict:
        self.proc.wait(timeout)
        self._reader.join(5)
        assert self.proc.returncode == 0, self.log
        return json.loads(self.out.read_text())

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(30)


def ingest_args(corpus: Path, folder: Path, url: str) -> list[str]:
    return [
        "-m",
        "dragoman.assistant.cli",
        "ingest",
        str(corpus),
        "--store",
        str(folder),
        "--chroma-url",
        url,
        "-v",
        "--json",
    ]


def corpus(base: Path, name: str, seeds: list[str]) -> Path:
    """Some seed files plus a note with a word found nowhere else."""
    folder = base / f"corpus-{name}"
    folder.mkdir()
    for seed in seeds:
        shutil.copy(SEEDS / seed, folder / seed)
    (folder / f"note-{name}.md").write_text(
        f"# Note {name}\n\nThe envoy's codeword was quillon{name}x; it was agreed at a lakeside meeting.\n"
    )
    return folder


def test_two_hosts_ingest_at_once(chroma_server, tmp_path, embedder):
    prefix = "h" + uuid.uuid4().hex[:12]
    env = {"DRAGOMAN_COLLECTION_PREFIX": prefix, "DRAGOMAN_WRITER_LEASE_SECONDS": "10"}
    # (each large enough to hold the lease for seconds: with one short file a writer could finish before the
    # other, started at the same time, had loaded its model - neither waited, and this test failed by timing)
    corpora = {
        "a": corpus(tmp_path, "a", ["003_d9c3a5258f9d1719.txt", "000_67c2a3dc3e2336a6.txt"]),
        "b": corpus(tmp_path, "b", ["002_3b705a19ebf759c3.txt", "001_1238a097b54793df.txt"]),
    }
    from dragoman.index.settings import IndexSettings
    from dragoman.index.store import Store

    created = Store(IndexSettings(store=tmp_path / "host-0", chroma_url=chroma_server, collection_prefix=prefix))
    created.ensure()  # a new collection's generations count on from its creation time
    start = created.state().generation
    writers = {}
    try:
        for name, folder in corpora.items():  # both at once, each with its own local folder
            writers[name] = Writer(
                ingest_args(folder, tmp_path / f"host-{name}", chroma_server), env, tmp_path / f"{name}.json"
            )
        reports = {name: w.finish() for name, w in writers.items()}
    finally:
        for w in writers.values():
            w.kill()
    logs = {name: w.log for name, w in writers.items()}
    assert all("acquired the writer lease" in text for text in logs.values()), logs
    waited = [name for name, text in logs.items() if "is being written by" in text]
    assert len(waited) == 1, logs  # one waited for the other...
    other = writers["b" if waited == ["a"] else "a"]
    assert f"pid {other.proc.pid}" in logs[waited[0]]  # ...and named it
    assert not any("taking it over" in text for text in logs.values()), logs
    for name, folder in corpora.items():
        assert sorted(reports[name]["added"]) == sorted(p.name for p in folder.iterdir())

    # A third host, its folder never used before, brings its keyword index up to the store.
    reader = Assistant(store=tmp_path / "host-c", chroma_url=chroma_server, collection_prefix=prefix, embedder=embedder)
    assert reader.index.store.state().generation == start + 2 and not reader.index.store.state().dirty
    ids = [d.doc_id for d in reader.documents()]
    assert sorted(ids) == sorted(p.name for c in corpora.values() for p in c.iterdir())  # each once
    counts = check_consistent(reader)  # no duplicate or orphan chunk; keyword index agrees with Chroma
    assert sum(counts.values()) == reports["a"]["chunks_embedded"] + reports["b"]["chunks_embedded"]
    for name in corpora:
        assert reader.search(f"quillon{name}x", k=1)[0].source == f"note-{name}.md"


@pytest.mark.parametrize("step", ["add_chunks", "put_documents"])
def test_a_writer_killed_holding_the_lease_is_taken_over(chroma_server, tmp_path, embedder, step, record_property):
    prefix = "k" + uuid.uuid4().hex[:12]
    ttl = 5
    env = {"DRAGOMAN_COLLECTION_PREFIX": prefix, "DRAGOMAN_WRITER_LEASE_SECONDS": str(ttl)}
    server = dict(chroma_url=chroma_server, collection_prefix=prefix, embedder=embedder)
    base = corpus(tmp_path, "base", [])
    Assistant(store=tmp_path / "host-base", **server).ingest([base])
    reader = Assistant(store=tmp_path / "host-c", **server)  # a reader on a third host, at the first commit
    first = reader.index.store.state().generation
    assert reader.search("quillonbasex", k=1)[0].source == "note-base.md"
    before = {d.doc_id: d.chunk_ids for d in reader.documents()}
    committed = reader.index.store.chunk_ids()
    dying = corpus(tmp_path, "dying", ["001_1238a097b54793df.txt"])
    survivor = corpus(tmp_path, "survivor", ["003_d9c3a5258f9d1719.txt"])
    a = b = None
    try:
        args = ["-c", HANG_AFTER, step, *ingest_args(dying, tmp_path / "host-a", chroma_server)[2:]]
        a = Writer(args, env, tmp_path / "a.json")
        a.when("acquired the writer lease")
        b = Writer(ingest_args(survivor, tmp_path / "host-b", chroma_server), env, tmp_path / "b.json")
        a.when(f"HANGING after {step}")
        b.when(f"pid {a.proc.pid} (since")  # waiting for the dying writer, named
        written = reader.index.store.chunk_ids() - committed  # the dying writer's, not committed
        assert written and reader.index.store.state().dirty
        assert set(reader.index.keyword().ids) == committed  # readers see generation 1 only
        a.proc.send_signal(signal.SIGKILL)
        killed = time.monotonic()
        a.kill()
        report = b.finish()
        took = b.when("acquired the writer lease") - killed
    finally:
        for w in (a, b):
            if w is not None:
                w.kill()
    silent = re.search(r"not renewed for ([0-9.]+) s: taking it over", b.log)
    assert silent and float(silent.group(1)) >= ttl, b.log
    record_property("takeover_s", round(took, 2))
    log.warning("%s: the survivor took over %.1f s after the kill (ttl %d s)", step, took, ttl)

    state = reader.index.store.state()
    assert state.generation == first + 1 and not state.dirty
    counts = check_consistent(reader)  # the reader brings its keyword index to the survivor's commit
    after = {d.doc_id: d.chunk_ids for d in reader.documents()}
    assert all(after[doc] == chunks for doc, chunks in before.items()), "an earlier commit lost chunks"
    assert sorted(report["added"]) == sorted(p.name for p in survivor.iterdir())
    assert reader.search("quillonsurvivorx", k=1)[0].source == "note-survivor.md"
    dying_docs = {p.name for p in dying.iterdir()}
    if step == "add_chunks":  # chunks without documents: removed by the survivor's repair
        assert not dying_docs & set(counts) and not written & reader.index.store.chunk_ids()
        assert report["repaired"] == len(written)
    else:  # whole documents written, never committed: kept, as after a crash on one host, and now committed
        assert dying_docs <= set(counts) and written <= reader.index.store.chunk_ids()
    assert set(counts) == set(before) | {p.name for p in survivor.iterdir()} | (dying_docs & set(counts))
