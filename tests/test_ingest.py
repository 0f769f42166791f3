"""Incremental re-indexing end to end: real model, real Chroma (embedded and `chroma run`)."""

import shutil
from collections import Counter

import numpy as np
import pytest

from dragoman import Assistant
from dragoman.index import ModelMismatchError
from dragoman.index.text import split_sentences
from tests.conftest import SEEDS

BOILERPLATE = ("You may want to see also", "Explore related products")


def check_consistent(bot: Assistant) -> dict:
    """Every chunk's text is its document's canonical text at its span; no duplicates anywhere."""
    store = bot.index.store
    chunks = list(store.iter_chunks())
    ids = [c.chunk_id for c in chunks]
    assert len(ids) == len(set(ids)), "duplicate chunk ids"
    spans = Counter(c.span for c in chunks)
    assert max(spans.values(), default=1) == 1, "two chunks with the same (document, span)"
    docs = {d.doc_id: d for d in bot.documents()}
    owned = [cid for d in docs.values() for cid in d.chunk_ids]
    assert sorted(owned) == sorted(ids), "chunks and document records disagree"
    for c in chunks:
        text = bot.document(c.span.source).text
        assert text[c.span.start : c.span.end] == c.text
        assert c.sentences == tuple(split_sentences(c.text)), "sentence boundaries stored at ingest"
        assert not any(b in c.text for b in BOILERPLATE)
        # every quotable sentence has its vector from ingest, also after the chunk moved
        quotable = {
            (s.start, s.end)
            for s in split_sentences(c.text)
            if not s.heading and len(c.text[s.start : s.end].split()) >= 4
        }
        assert set(c.sentence_vectors()) == quotable, c.chunk_id
    keyword = bot.index.keyword()
    assert sorted(keyword.ids) == sorted(ids), "keyword index disagrees with Chroma"
    matrix = bot.index.vectors()  # the in-memory dense index, reusing rows across generations
    assert matrix.generation == keyword.generation and matrix.ids == keyword.ids
    stored = bot.index.store.get_vectors(matrix.ids)
    assert all(np.allclose(matrix.matrix[i], stored[cid]) for i, cid in enumerate(matrix.ids))
    return {d: docs[d].chunks for d in docs}


def fresh(bot: Assistant) -> Assistant:
    """A new Assistant on the same store: nothing loaded yet (as a new process would be)."""
    return Assistant(settings=bot.settings)


@pytest.fixture(params=["embedded", "server"])
def backend(request, tmp_path):
    if request.param == "server":
        url = request.getfixturevalue("chroma_server")
        prefix = "t" + tmp_path.name.replace("_", "")[-20:]
        return dict(store=tmp_path / "local", chroma_url=url, collection_prefix=prefix)
    return dict(store=tmp_path / "store")


def test_incremental_reindexing_sequence(tmp_path, backend, embedder):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    bot = Assistant(embedder=embedder, **backend)

    # 1. cold ingest of the seeds
    report = bot.ingest([corpus])
    assert sorted(report.added) == sorted(p.name for p in SEEDS.iterdir())
    counts = check_consistent(bot)
    assert report.chunks_embedded == sum(counts.values())

    # 2. nothing changed: nothing embedded, the model not even loaded
    idle = fresh(bot)
    report = idle.ingest([corpus])
    assert report.chunks_embedded == 0 and len(report.unchanged) == 4
    assert not idle.index.embedder.loaded and not report.model_loaded

    # 3. one paragraph edited in the middle of the longest seed
    longest = max(corpus.iterdir(), key=lambda p: p.stat().st_size)
    text = longest.read_text()
    paragraphs = [p for p in text.split("\n\n") if len(p) > 400]
    old = paragraphs[len(paragraphs) // 2]
    new = (
        "Dragoman test edit: the Freedonian envoy Rufus Firefly negotiated a secret truce over "
        "marmalade tariffs in the spring of 1933. " + old[old.index(". ") + 2 :]
    )
    longest.write_text(text.replace(old, new, 1))
    old_phrase = old[: old.index(". ") + 1]
    editor = fresh(bot)
    report = editor.ingest([corpus])
    assert report.changed == [longest.name]
    assert 1 <= report.chunks_embedded <= 3, report
    check_consistent(editor)
    hits = editor.search("Freedonian envoy Rufus Firefly marmalade tariffs", k=3)
    assert "Rufus Firefly" in hits[0].text and hits[0].source == longest.name
    assert not any(old_phrase in c.text for c in editor.index.store.iter_chunks())

    # 4. delete a file: all its chunks go; add a file: only its chunks are embedded
    victim = sorted(p for p in corpus.iterdir() if p != longest)[0]
    victim_chunks = set(next(d for d in editor.documents() if d.doc_id == victim.name).chunk_ids)
    victim.unlink()
    (corpus / "extra.md").write_text(
        "# Extra\n\nThe Grand Fenwick mediation produced the Quillford Accord of 1911. "
        "It was brokered by envoy Marta Fenwick in a rented boathouse.\n"
    )
    report = fresh(bot).ingest([corpus])
    assert report.removed == [victim.name] and report.added == ["extra.md"]
    after = fresh(bot)
    counts = check_consistent(after)
    assert victim.name not in counts
    assert not victim_chunks & after.index.store.chunk_ids()
    assert report.chunks_embedded == counts["extra.md"]
    assert after.search("Quillford Accord boathouse", k=1)[0].source == "extra.md"


def test_store_refuses_vectors_of_another_model(tmp_path, embedder):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Norway facilitated the Oslo back channel in 1993.")
    Assistant(store=tmp_path / "s", embedder=embedder).ingest([corpus])
    other = Assistant(store=tmp_path / "s", model_name="some-other-model")
    with pytest.raises(ModelMismatchError, match="--rebuild"):
        other.ingest([corpus])


def test_bad_files_are_skipped_and_good_ones_indexed(tmp_path, embedder):
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Qatar hosted the Taliban political office in Doha for years.")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (corpus / "bad-utf8.md").write_bytes(b"Caf\xe9 diplomacy \xff\xfe")
    (corpus / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    bot = Assistant(store=tmp_path / "s", embedder=embedder)
    report = bot.ingest([corpus])
    assert report.added == ["good.txt"]
    reasons = {k.rsplit("/", 1)[-1]: v for k, v in report.skipped.items()}
    assert set(reasons) == {"empty.txt", "binary.txt", "bad-utf8.md", "sheet.xlsx"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["bad-utf8.md"] and "not a valid Excel workbook" in reasons["sheet.xlsx"]
    check_consistent(bot)


def test_a_file_that_turns_bad_keeps_its_previous_index(tmp_path, embedder):
    corpus = tmp_path / "c"
    corpus.mkdir()
    doc = corpus / "a.txt"
    doc.write_text("Oman quietly mediated between Iran and the United States.")
    bot = Assistant(store=tmp_path / "s", embedder=embedder)
    bot.ingest([corpus])
    doc.write_bytes(b"\x00\x01\x02garbage\x00\x00" * 10)
    report = bot.ingest([corpus])
    assert str(doc) in report.skipped and not report.removed
    assert bot.search("Oman mediated Iran", k=1)[0].source == "a.txt"


def test_each_file_read_is_reported_as_it_goes(tmp_path, embedder):
    from dragoman import FileProgress

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Norway facilitated the Oslo back channel in 1993. " * 3)
    (corpus / "b.md").write_text("# Oman\n\nOman hosted quiet talks between the United States and Iran.")
    (corpus / "c.pdf").write_bytes(b"this is not a PDF")
    bot = Assistant(store=tmp_path / "s", embedder=embedder)
    events: list[FileProgress] = []
    report = bot.ingest([corpus], on_file=events.append)
    assert [(e.number, e.total, e.doc_id) for e in events] == [(1, 3, "a.txt"), (2, 3, "b.md"), (3, 3, "c.pdf")]
    assert [e.chunks > 0 for e in events] == [True, True, False]
    assert events[2].skipped == report.skipped[str(corpus / "c.pdf")]
    (corpus / "b.md").write_text("# Oman\n\nOman hosted quiet talks in Muscat.")
    events.clear()
    bot.ingest([corpus], on_file=events.append)
    assert [(e.doc_id, e.chunks) for e in events] == [("b.md", 1), ("c.pdf", 0)], "unchanged files pass silently"


def test_cli_ingest_prints_one_line_per_file_on_a_terminal(tmp_path):
    """`dragoman ingest` on a terminal: `file i/n: name (k chunks)` as each file is read."""
    import os
    import pty
    import subprocess

    from tests.conftest import VENV_BIN

    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SEEDS / "003_d9c3a5258f9d1719.txt", corpus / "kissinger.txt")
    (corpus / "oslo.txt").write_text("Norway facilitated the Oslo back channel in 1993.")
    leader, follower = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(SEEDS.parent))  # this checkout's code
    done = subprocess.run([str(VENV_BIN / "dragoman"), "ingest", str(corpus), "--store", str(tmp_path / "s")],
                          stderr=follower, stdout=subprocess.PIPE, text=True, timeout=600, env=env)  # fmt: skip
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: everything was read
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert done.returncode == 0
    lines = seen.decode().replace("\r", "\n").splitlines()
    assert any(line.startswith("file 1/2: kissinger.txt (") and line.endswith(" chunks)") for line in lines), lines
    assert "file 2/2: oslo.txt (1 chunk)" in lines
