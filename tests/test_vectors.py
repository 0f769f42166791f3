"""Exact in-memory dense search: pure logic with made-up vectors, then against Chroma on the seeds."""
import json

import numpy as np
import pytest

from assistant import Assistant
from index.vectors import VectorMatrix
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
    """The same ranking whether the matrix or Chroma's HNSW answers (seeds: 165 chunks)."""
    chroma = Assistant(settings=seeded.settings.replace(exact_search_max_chunks=0), embedder=seeded.index.embedder)
    assert chroma.index.vectors() is None and seeded.index.vectors() is not None
    questions = [line for line in DEV_SET.read_text().splitlines() if line.strip()][:8]
    for item in map(json.loads, questions):
        a = seeded.search(item["question"], k=10, mode="dense")
        b = chroma.search(item["question"], k=10, mode="dense")
        assert [p.chunk_id for p in a] == [p.chunk_id for p in b], item["question"]
        assert np.allclose([p.score for p in a], [p.score for p in b], atol=1e-4)
    # a new process loads the matrix saved beside the keyword index: no vector is fetched again
    again = Assistant(settings=seeded.settings, embedder=seeded.index.embedder)
    again.index.store.get_vectors = lambda ids: pytest.fail(f"fetched {len(ids)} vectors")
    assert again.index.vectors().ids == seeded.index.vectors().ids
    only = chroma.search("back channel", k=5, mode="dense", sources=["002_3b705a19ebf759c3.txt"])
    assert [p.chunk_id for p in only] == [p.chunk_id for p in seeded.search(
        "back channel", k=5, mode="dense", sources=["002_3b705a19ebf759c3.txt"])]
