"""kill -9 an ingest at random points; the next ingest repairs the store, and readers never fail."""

import random
import shutil
import signal
import subprocess
import time

import pytest

from dragoman import Assistant
from dragoman.index import ModelMismatchError
from tests.conftest import SEEDS, VENV_BIN
from tests.test_ingest import check_consistent

TRIALS = 10


def mutate(corpus, trial: int, rng: random.Random) -> None:
    """Give the next ingest real work: edit a paragraph, add a file, delete an added file."""
    target = corpus / "000_67c2a3dc3e2336a6.txt"
    text = target.read_text().split("\n\n")
    i = rng.randrange(len(text))
    text[i] = text[i] + f" Trial {trial} appended a sentence about envoy number {rng.randrange(10**6)}."
    target.write_text("\n\n".join(text))
    facts = " ".join(
        f"Fact {trial}.{n}: the envoy {rng.randrange(10**6)} met delegate {rng.randrange(10**6)} "
        f"in city {rng.randrange(10**6)} to discuss topic {rng.randrange(10**6)}."
        for n in range(40)
    )
    (corpus / f"added_{trial}.md").write_text(f"# Added {trial}\n\nCodeword zorblat{trial}x. {facts}\n")
    if trial >= 2:
        (corpus / f"added_{trial - 2}.md").unlink(missing_ok=True)


def test_ingest_survives_kill_9_at_random_points(tmp_path, embedder):
    rng = random.Random(20261122)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_67c2a3dc3e2336a6.txt", "003_d9c3a5258f9d1719.txt"):
        shutil.copy(SEEDS / name, corpus / name)
    store = tmp_path / "store"
    reader = Assistant(store=store, embedder=embedder)
    reader.ingest([corpus])
    killed = 0
    span = 6.0  # how long an ingest of one trial's work takes, from start to commit: measured below
    for trial in range(TRIALS):
        mutate(corpus, trial, rng)
        launched = time.monotonic()
        proc = subprocess.Popen(
            [str(VENV_BIN / "dragoman"), "ingest", str(corpus), "--store", str(store)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + rng.uniform(0.1, 1.0) * span  # anywhere from start-up to commit
        while time.monotonic() < deadline and proc.poll() is None:
            # Queries keep answering from the last consistent state while the ingest runs.
            hits = reader.search("Norway Oslo facilitator", k=3)
            assert hits and all(reader.document(h.source).text[h.start : h.end] == h.text for h in hits)
            time.sleep(0.2)
        finished = time.monotonic() - launched  # (if it was not killed) its whole run
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(30)
        proc.stderr.close()

        started = time.monotonic()
        repair = subprocess.run(
            [str(VENV_BIN / "dragoman"), "ingest", str(corpus), "--store", str(store)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if proc.returncode == -signal.SIGKILL:  # the repair did the killed ingest's work
            span = time.monotonic() - started
        else:
            span = finished
        assert repair.returncode == 0, repair.stderr
        after = Assistant(store=store, embedder=embedder)
        assert not after.index.store.state().dirty
        counts = check_consistent(after)
        assert sorted(counts) == sorted(p.name for p in corpus.iterdir())
        assert after.search(f"zorblat{trial}x", k=1)[0].source == f"added_{trial}.md"
        answer = after.ask("Who chairs Finland's Crisis Management Initiative?")
        assert not answer.abstained
    assert killed >= TRIALS // 2, f"only {killed} of {TRIALS} ingests were still running when killed"


def _fail(*args, **kwargs):
    raise RuntimeError("injected crash")


def test_each_write_step_interrupted_is_repaired(tmp_path, embedder, monkeypatch):
    """Deterministic crashes at every write step of an ingest, each followed by a clean run."""
    from dragoman.index.store import Store

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Norway facilitated the Oslo back channel in 1993. " * 3)
    store = tmp_path / "s"
    Assistant(store=store, embedder=embedder).ingest([corpus])
    for step, name in enumerate(
        ["add_chunks", "update_chunk_spans", "put_documents", "commit", "delete_chunks", "finish_write"]
    ):
        (corpus / f"new{step}.txt").write_text(f"Codeword quibble{step}x marks document {step}. " * 4)
        (corpus / "a.txt").write_text((corpus / "a.txt").read_text() + f" Edit {step} mentions Qatar.")
        with monkeypatch.context() as m:
            m.setattr(Store, name, _fail)
            try:
                Assistant(store=store, embedder=embedder).ingest([corpus])
            except RuntimeError:
                pass
        bot = Assistant(store=store, embedder=embedder)
        bot.ingest([corpus])
        assert not bot.index.store.state().dirty
        check_consistent(bot)
        assert bot.search(f"quibble{step}x", k=1)[0].source == f"new{step}.txt", name


def test_remove_on_an_interrupted_store_leaves_the_repair_to_ingest(tmp_path, embedder, monkeypatch):
    from dragoman.index.store import Store

    corpus = tmp_path / "c"
    corpus.mkdir()
    for n in range(2):
        (corpus / f"d{n}.txt").write_text(f"Document {n} is about Oman and quiet mediation number {n}.")
    store = tmp_path / "s"
    Assistant(store=store, embedder=embedder).ingest([corpus])
    (corpus / "d2.txt").write_text("A third document about Singapore and the 2018 summit.")
    with monkeypatch.context() as m:
        m.setattr(Store, "put_documents", _fail)
        try:
            Assistant(store=store, embedder=embedder).ingest([corpus])
        except RuntimeError:
            pass
    bot = Assistant(store=store, embedder=embedder)
    bot.remove(["d0.txt"])
    assert bot.index.store.state().dirty  # the orphan chunks of d2 are still to be cleaned
    with pytest.raises(ModelMismatchError):
        Assistant(store=store, model_name="another-model").remove(["d1.txt"])
    bot.ingest([corpus])
    check_consistent(bot)
    assert not bot.index.store.state().dirty
