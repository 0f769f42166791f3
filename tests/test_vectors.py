"""Exact in-memory dense search: pure logic with made-up vectors, then against Chroma on the seeds."""

import json

import numpy as np
import pytest

from dragoman import Assistant
from dragoman.index.vectors import VectorMatrix
from tests.conftest import DEV_SET


def unit_rows(n: int, dim: int = 8, seed: int = 0) -> np.ndarray:
    rows = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_search_is_exact_and_filtered():
    rows = unit_rows(50)
    ids = [f"c{i}" for i in range(50)]
    m = VectorMatrix.build(ids, lambda want: {cid: rows[int(cid[1:])] for cid in want}, 1, "m")
    q = unit_rows(1, seed=1)[0]
    expected = sorted(range(50), key=lambda i: -float(rows[i] @ q))[:7]
    got = m.search(q, 7)
    assert [cid for cid, _ in got] == [ids[i] for i in expected]
    assert np.allclose([s for _, s in got], [rows[i] @ q for i in expected], atol=1e-6)
    allowed = {"c3", "c9", "c40"}
    assert {cid for cid, _ in m.search(q, 10, allowed)} == allowed
    assert m.search(q, 0) == [] and VectorMatrix.build([], dict, 1, "m").search(q, 3) == []


def test_rebuild_fetches_only_new_chunks_and_drops_vanished_ones(tmp_path):
    rows = unit_rows(10)
    fetched: list[list[str]] = []

    def fetch(want):
        fetched.append(list(want))
        return {cid: rows[int(cid[1:])] for cid in want if cid != "c9"}  # c9: deleted meanwhile

    first = VectorMatrix.build([f"c{i}" for i in range(6)], fetch, 1, "m")
    first.save(tmp_path / "v.npz")
    loaded = VectorMatrix.load(tmp_path / "v.npz")
    assert loaded.ids == first.ids and loaded.generation == 1 and np.array_equal(loaded.matrix, first.matrix)
    second = VectorMatrix.build(["c2", "c3", "c7", "c9"], fetch, 2, "m", previous=loaded)
    assert fetched == [[f"c{i}" for i in range(6)], ["c7", "c9"]]
    assert second.ids == ["c2", "c3", "c7"] and second.generation == 2
    assert np.allclose(second.matrix, rows[[2, 3, 7]])
    # another model: no row can be reused
    VectorMatrix.build(["c2"], fetch, 3, "other", previous=second)
    assert fetched[-1] == ["c2"]
    # a damaged or missing file means "rebuild"
    (tmp_path / "bad.npz").write_bytes(b"not a zip")
    assert VectorMatrix.load(tmp_path / "bad.npz") is None and VectorMatrix.load(tmp_path / "none.npz") is None


def test_in_memory_and_chroma_dense_search_agree(seeded):
    """The same ranking whether the matrix or Chroma's HNSW answers (seeds: 165 chunks): the same top five, and
    nine of ten alike (HNSW is approximate: its graph, built by several threads, may miss the tenth now and then)."""
    chroma = Assistant(settings=seeded.settings.replace(exact_search_max_chunks=0), embedder=seeded.index.embedder)
    assert chroma.index.vectors() is None and seeded.index.vectors() is not None
    questions = [line for line in DEV_SET.read_text().splitlines() if line.strip()][:8]
    for item in map(json.loads, questions):
        a = seeded.search(item["question"], k=10, mode="dense")
        b = chroma.search(item["question"], k=10, mode="dense")
        assert [p.chunk_id for p in a][:5] == [p.chunk_id for p in b][:5], item["question"]
        assert len({p.chunk_id for p in a} & {p.chunk_id for p in b}) >= 9, item["question"]
        assert np.allclose([p.score for p in a][:5], [p.score for p in b][:5], atol=1e-4)
    # a new process loads the matrix saved beside the keyword index: no vector is fetched again
    again = Assistant(settings=seeded.settings, embedder=seeded.index.embedder)
    again.index.store.get_vectors = lambda ids: pytest.fail(f"fetched {len(ids)} vectors")
    assert again.index.vectors().ids == seeded.index.vectors().ids
    doc = "002_3b705a19ebf759c3.txt"
    # kept to a few documents, the dense search scores their chunks exactly (no metadata scan in
    # Chroma), with the ranking and scores Chroma's own filtered query gives
    vec = chroma.index.snapshot().query_vector("back channel")
    filtered = chroma.index.store.query(vec, 5, {"doc_id": {"$in": [doc]}})
    chroma.index.store.query = lambda *a, **kw: pytest.fail("a search kept to one document queried Chroma")
    only = chroma.search("back channel", k=5, mode="dense", sources=[doc])
    assert [p.chunk_id for p in only] == [i for i, _ in filtered]
    assert np.allclose([p.score for p in only], [s for _, s in filtered], atol=1e-4)
    assert [p.chunk_id for p in only] == [
        p.chunk_id for p in seeded.search("back channel", k=5, mode="dense", sources=[doc])
    ]


@pytest.mark.parametrize("exact_max", [20_000, 0], ids=["matrix", "chroma-query"])
def test_a_long_lived_reader_sees_vectors_another_process_wrote(tmp_path, embedder, exact_max):
    """Embedded Chroma loads vectors once per client; the reader must reconnect on a new
    generation, or dense search never finds what a CLI ingest added (texts would be visible)."""
    import shutil

    from tests.conftest import SEEDS

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "003_d9c3a5258f9d1719.txt", corpus)
    reader = Assistant(store=tmp_path / "store", embedder=embedder, exact_search_max_chunks=exact_max)
    reader.ingest([corpus])
    assert reader.search("Kissinger Dobrynin", k=1, mode="dense")
    add_quillford_in_another_process(corpus, tmp_path / "store")
    reader.index._checked = 0.0  # skip the one-second wait before it looks for a new generation
    hits = reader.search("a peace accord signed in a boathouse", k=3, mode="dense")
    assert hits[0].source == "quillford.md", [h.source for h in hits]


def test_a_long_lived_writer_keeps_vectors_another_process_wrote(tmp_path, embedder):
    """An app process ingests after a CLI ingest: it reuses, keeps and finds the CLI's vectors."""
    import shutil

    from tests.conftest import SEEDS

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "003_d9c3a5258f9d1719.txt", corpus)
    app = Assistant(store=tmp_path / "store", embedder=embedder)
    app.ingest([corpus])
    assert app.search("Kissinger Dobrynin", k=1, mode="dense")  # its client has loaded the vectors
    add_quillford_in_another_process(corpus, tmp_path / "store")
    (corpus / "harbour.md").write_text(
        "# Harbour\n\nThe harbour talks of 1923 ended a long dispute over fishing rights between two coastal towns.\n"
    )
    shutil.copy(corpus / "quillford.md", corpus / "quillford-copy.md")  # same text: its vector is reused
    report = app.ingest([corpus])
    assert report.chunks_reused >= 1, report
    later = Assistant(store=tmp_path / "store", embedder=embedder, exact_search_max_chunks=0)
    ids = later.index.store.chunk_ids()
    assert set(later.index.store.get_vectors(sorted(ids))) == ids, "vectors lost"
    assert later.search("a peace accord signed in a boathouse", k=1, mode="dense")[0].source == "quillford.md"
    assert later.search("fishing rights dispute between towns", k=1, mode="dense")[0].source == "harbour.md"


def add_quillford_in_another_process(corpus, store) -> None:
    """A new file, ingested by a `dragoman ingest` process (not this one)."""
    import subprocess

    from tests.conftest import VENV_BIN

    (corpus / "quillford.md").write_text(
        "# Quillford\n\nThe Quillford Accord of 1911 was signed in a rented "
        "boathouse, brokered by the envoy Marta Fenwick.\n"
    )
    done = subprocess.run(
        [str(VENV_BIN / "dragoman"), "ingest", str(corpus), "--store", str(store)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr


def test_sentence_matrix_finds_chunks_by_their_best_sentence_and_reuses_rows():
    from dragoman.index.vectors import SentenceMatrix

    def unit(*xs):
        v = np.array(xs, dtype=np.float32)
        return v / np.linalg.norm(v)

    blocks = {"a": np.stack([unit(1, 0, 0), unit(0, 1, 0)]), "b": np.stack([unit(0, 0, 1)]), "c": np.zeros((0, 0))}
    asked: list[list[str]] = []

    def fetch(ids):
        asked.append(list(ids))
        return {i: blocks[i] for i in ids if i in blocks}

    first = SentenceMatrix.build(["a", "b", "c"], fetch, 1, "m")
    assert [c for c, _ in first.closest(unit(0, 1, 0.2), 2)] == ["a", "b"]  # a's second sentence is the closest
    assert [c for c, _ in first.closest(unit(0, 1, 0.2), 2, allowed={"b"})] == ["b"]
    assert first.closest(unit(1, 0, 0), 0) == []
    blocks["d"] = np.stack([unit(1, 1, 0)])
    second = SentenceMatrix.build(["a", "d"], fetch, 2, "m", previous=first)
    assert asked[-1] == ["d"] and set(second.blocks) == {"a", "d"}  # b dropped; only d read
    SentenceMatrix.build(["a", "d"], fetch, 2, "other-model", previous=second)
    assert asked[-1] == ["a", "d"]  # another model's vectors are not reused
