"""Immutable BM25 segments: the postings of a set of chunks, scored when a query comes.

bm25s stores scores computed at indexing time, which bake in the collection's document
frequencies and mean length: adding one chunk changes them all, so bm25s must re-index the
whole collection (it has no incremental update). Here a segment keeps only term frequencies
and chunk lengths; the whole collection's statistics are applied at query time, so a change
writes one small segment and marks removed chunks dead, as search engines do. The arithmetic
is bm25s's Lucene variant step for step (same dtypes, same order of additions), so scores equal
a from-scratch bm25s index of the same chunks bit for bit.
"""

from __future__ import annotations

import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class Segment:
    """Chunks `ids` (positions 0..n-1) and their postings: term `words[i]` occurs in chunks
    `docs[ptr[i]:ptr[i+1]]` with frequencies `tfs[ptr[i]:ptr[i+1]]`. A segment carries its own
    words, so it is complete in one file and never changes once written."""

    name: str
    ids: list[str]
    lengths: np.ndarray  # int32, tokens per chunk
    words: list[str]  # the segment's terms (stems)
    ptr: np.ndarray  # int64, len(words) + 1
    docs: np.ndarray  # int32 positions
    tfs: np.ndarray  # float32 term frequencies
    _pos: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    _word: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.ids)

    def position(self, chunk_id: str) -> int | None:
        if not self._pos and self.ids:
            self._pos.update((cid, i) for i, cid in enumerate(self.ids))
        return self._pos.get(chunk_id)

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(positions, frequencies) of one term, or None if no chunk here has it."""
        if not self._word and self.words:
            self._word.update((w, i) for i, w in enumerate(self.words))
        i = self._word.get(term)
        if i is None:
            return None
        a, b = int(self.ptr[i]), int(self.ptr[i + 1])
        return self.docs[a:b], self.tfs[a:b]

    # -- building ---------------------------------------------------------------------
    @classmethod
    def from_tokens(cls, ids: list[str], tokens: list[list[str]]) -> Segment:
        """A segment of chunks given their terms (in text order, repeats counted)."""
        vocab: dict[str, int] = {}
        lengths = np.fromiter((len(t) for t in tokens), dtype=np.int32, count=len(tokens))
        word_ids = (vocab.setdefault(w, len(vocab)) for terms in tokens for w in terms)
        flat = np.fromiter(word_ids, dtype=np.int64, count=int(lengths.sum()))
        owner = np.repeat(np.arange(len(tokens), dtype=np.int64), lengths)
        return cls._from_pairs(ids, list(vocab), lengths, flat, owner, None)

    @classmethod
    def merged(cls, parts: list[tuple[Segment, np.ndarray]]) -> Segment:
        """One segment of the live chunks of `parts` ((segment, live mask) pairs), in order."""
        ids: list[str] = []
        vocab: dict[str, int] = {}
        lengths, terms, owners, tfs = [], [], [], []
        for seg, live in parts:
            remap = np.cumsum(live) - 1 + len(ids)  # old position -> new position (live ones)
            keep = live[seg.docs]
            word_ids = np.fromiter((vocab.setdefault(w, len(vocab)) for w in seg.words), np.int64, len(seg.words))
            terms.append(np.repeat(word_ids, np.diff(seg.ptr))[keep])
            owners.append(remap[seg.docs[keep]].astype(np.int64))
            tfs.append(seg.tfs[keep])
            lengths.append(seg.lengths[live])
            ids.extend(cid for cid, ok in zip(seg.ids, live.tolist()) if ok)
        return cls._from_pairs(
            ids,
            list(vocab),
            np.concatenate(lengths) if lengths else np.zeros(0, np.int32),
            np.concatenate(terms) if terms else np.zeros(0, np.int64),
            np.concatenate(owners) if owners else np.zeros(0, np.int64),
            np.concatenate(tfs) if tfs else None,
        )

    @classmethod
    def _from_pairs(
        cls,
        ids: list[str],
        words: list[str],
        lengths: np.ndarray,
        terms: np.ndarray,
        owners: np.ndarray,
        tfs: np.ndarray | None,
    ) -> Segment:
        """From (term id into `words`, chunk) pairs: repeated pairs are counted (tfs None) or
        carry their tf. Words no pair uses are left out."""
        key = terms * max(len(ids), 1) + owners
        if tfs is None:
            key, counts = np.unique(key, return_counts=True)
            tf = counts.astype(np.float32)
        else:
            order = np.argsort(key, kind="stable")
            key, tf = key[order], tfs[order].astype(np.float32)
        n = max(len(ids), 1)
        term_of, docs = key // n, (key % n).astype(np.int32)
        uniq, starts = np.unique(term_of, return_index=True)
        ptr = np.append(starts, len(key)).astype(np.int64)
        name = f"seg-{os.urandom(8).hex()}"
        kept = [words[i] for i in uniq.tolist()]
        return cls(name, ids, lengths.astype(np.int32), kept, ptr, docs, tf)

    # -- files ------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write `folder/<name>.npz` (written aside, then renamed: never seen half-written)."""
        fd, tmp = tempfile.mkstemp(prefix=f".{self.name}-", suffix=".npz", dir=folder)
        with os.fdopen(fd, "wb") as f:
            np.savez(
                f,
                ids=_pack(self.ids),
                lengths=self.lengths,
                words=_pack(self.words),
                ptr=self.ptr,
                docs=self.docs,
                tfs=self.tfs,
            )
        os.replace(tmp, folder / f"{self.name}.npz")

    @classmethod
    def load(cls, folder: Path, name: str) -> Segment:
        with np.load(folder / f"{name}.npz", allow_pickle=False) as data:
            return cls(
                name,
                _unpack(data["ids"]),
                data["lengths"],
                _unpack(data["words"]),
                data["ptr"],
                data["docs"],
                data["tfs"],
            )


def _pack(strings: list[str]) -> np.ndarray:
    """Strings as one UTF-8 buffer (ids and stems never hold a line break): a fixed-width numpy
    string array would take the longest string's width for every entry."""
    return np.frombuffer("\n".join(strings).encode(), dtype=np.uint8)


def _unpack(buffer: np.ndarray) -> list[str]:
    return buffer.tobytes().decode().split("\n") if len(buffer) else []


@dataclass(frozen=True)
class Collection:
    """Statistics of the live chunks of all segments, which every score uses."""

    chunks: int
    mean_length: np.float64

    def idf32(self, df: int) -> np.float32:
        """bm25s's Lucene idf, stored as float32 as bm25s stores it."""
        return np.float32(math.log(1 + (self.chunks - df + 0.5) / (df + 0.5)))
