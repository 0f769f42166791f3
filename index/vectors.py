"""Exact dense search in memory over the committed chunks' vectors.

Why not always Chroma's query: each Chroma query costs a fixed ~1-2 ms (embedded) or
more (server) whatever the corpus size, which alone made `search` slower than plain
llama-index, whose default vector store is an in-memory matrix too. Up to
`Settings.exact_search_max_chunks` chunks, one matrix-vector product is faster than
that (0.3 ms at 5 000 chunks) and exact; larger stores use Chroma's HNSW index.
Chroma stays the store of record: the matrix is rebuilt from it on each new
generation, copying the rows of chunks it already had, and saved beside the keyword
index so a new process (a one-shot `dragoman ask`) loads it instead of fetching every
vector again.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


class VectorMatrix:
    """Unit vectors of one generation's chunks, in the keyword index's id order."""

    def __init__(self, ids: list[str], matrix: np.ndarray, generation: int, model: str):
        self.ids = ids
        self.matrix = matrix
        self.generation = generation
        self.model = model  # a chunk id keeps its vector only as long as the model stays
        self._row = {cid: i for i, cid in enumerate(ids)}

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(
        cls,
        ids: Sequence[str],
        fetch: Callable[[list[str]], dict[str, np.ndarray]],
        generation: int,
        model: str,
        previous: VectorMatrix | None = None,
    ) -> VectorMatrix:
        """Rows for `ids`: copied from `previous` where it has them, the rest fetched. Ids the
        store no longer has (deleted by a later ingest) are left out."""
        if previous is not None and (previous.model != model or not len(previous)):
            previous = None
        known = previous._row if previous is not None else {}
        missing = [cid for cid in ids if cid not in known]
        fetched = fetch(missing) if missing else {}
        kept = [cid for cid in ids if cid in known or cid in fetched]
        dim = len(next(iter(fetched.values()))) if fetched else (previous.matrix.shape[1] if previous else 0)
        if previous is not None and previous.matrix.shape[1] != dim:  # not the same model after all
            return cls.build(ids, fetch, generation, model)
        matrix = np.empty((len(kept), dim), dtype=np.float32)
        for i, cid in enumerate(kept):
            matrix[i] = previous.matrix[known[cid]] if previous is not None and cid in known else fetched[cid]
        return cls(kept, matrix, generation, model)

    def save(self, path: Path) -> None:
        """One file, swapped in whole: readers never see half of it."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                np.savez(
                    fh,
                    matrix=self.matrix,
                    ids=np.array(self.ids, dtype=str),
                    generation=np.array(self.generation),
                    model=np.array(self.model),
                )
            os.chmod(tmp, 0o644)  # readable by whoever can read the keyword index beside it
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for stale in path.parent.glob(f".{path.name}-*.tmp"):  # left by a process killed while saving
            try:
                if time.time() - stale.stat().st_mtime > 600:
                    stale.unlink()
            except OSError:
                pass

    @classmethod
    def load(cls, path: Path) -> VectorMatrix | None:
        """The saved matrix (of whatever generation it was saved at), or None."""
        try:
            with np.load(path, allow_pickle=False) as data:
                matrix = data["matrix"].astype(np.float32, copy=False)
                ids = [str(i) for i in data["ids"]]
                if matrix.ndim != 2 or len(ids) != len(matrix):
                    raise ValueError("rows do not match the chunk ids")
                return cls(ids, matrix, int(data["generation"]), str(data["model"]))
        except FileNotFoundError:
            return None
        except Exception as exc:  # derived data: anything wrong with it means "rebuild it"
            log.info("vector matrix at %s unusable (%s); it will be rebuilt", path, exc)
            return None

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The rows of these chunk ids (ids not in this generation are left out)."""
        return {cid: self.matrix[self._row[cid]] for cid in ids if cid in self._row}

    def search(self, vector: np.ndarray, n: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first (ties in row order)."""
        if not self.ids or n <= 0:
            return []
        scores = self.matrix @ vector.astype(np.float32, copy=False)
        if allowed is not None:
            mask = np.fromiter((cid in allowed for cid in self.ids), dtype=bool, count=len(self.ids))
            scores = np.where(mask, scores, -np.inf)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.lexsort((top, -scores[top]))]
        best = scores[top]
        # whole-array conversions: per-element numpy scalars cost more than the matrix product here
        keep = np.isfinite(best).tolist()
        return [(self.ids[i], s) for i, s, ok in zip(top.tolist(), best.tolist(), keep) if ok]


class SentenceMatrix:
    """Every stored sentence vector of one generation's chunks, a row each, with the row's chunk:
    exact search by sentence (`Snapshot.closest_sentences`). Kept in memory only; a new generation
    copies the rows of the chunks it still has and fetches the others' (as `VectorMatrix`)."""

    def __init__(self, blocks: dict[str, np.ndarray], ids: Sequence[str], generation: int, model: str):
        self.blocks = blocks  # chunk id -> its sentences' vectors, one row each
        self.generation = generation
        self.model = model
        kept = [cid for cid in ids if cid in blocks and len(blocks[cid])]
        self.matrix = np.concatenate([blocks[c] for c in kept]).astype(np.float32) if kept else np.zeros((0, 0))
        self.owners = np.array([c for c in kept for _ in range(len(blocks[c]))], dtype=object)

    @classmethod
    def build(
        cls,
        ids: Sequence[str],
        fetch: Callable[[list[str]], dict[str, np.ndarray]],
        generation: int,
        model: str,
        previous: SentenceMatrix | None = None,
    ) -> SentenceMatrix:
        known = previous.blocks if previous is not None and previous.model == model else {}
        missing = [cid for cid in ids if cid not in known]
        fresh = fetch(missing) if missing else {}
        blocks = {cid: known[cid] if cid in known else fresh[cid] for cid in ids if cid in known or cid in fresh}
        return cls(blocks, ids, generation, model)

    def closest(self, vector: np.ndarray, n: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """The `n` chunks holding the sentences closest to `vector` (cosine of their best), best first."""
        if not len(self.owners) or n <= 0:
            return []
        scores = self.matrix @ vector.astype(np.float32, copy=False)
        if allowed is not None:
            scores = np.where(np.fromiter((c in allowed for c in self.owners), bool, len(self.owners)), scores, -np.inf)
        top = np.argpartition(-scores, min(len(scores), 50 * n) - 1)[: 50 * n]  # (a chunk holds a few)
        found: dict[str, float] = {}
        for i in top[np.argsort(-scores[top], kind="stable")].tolist():
            if np.isfinite(scores[i]) and self.owners[i] not in found:
                found[str(self.owners[i])] = float(scores[i])
                if len(found) == n:
                    break
        return list(found.items())
