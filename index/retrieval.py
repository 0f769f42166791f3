"""Retrieved passages and how the dense and keyword rankings are fused into one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dragoman.index.documents import ChunkRecord
from dragoman.index.span import Located, Span
from dragoman.index.text import Sentence

Ranking = Sequence[tuple[str, float]]  # (chunk id, score), best first


@dataclass(frozen=True)
class Passage(Located):
    """One retrieved chunk: where it is, what it says, and how each retriever ranked it."""

    chunk_id: str
    span: Span  # where `text` lies in its document
    title: str
    text: str  # == canonical_text(span.source)[span.start:span.end]
    section: str
    score: float  # fused score (hybrid), cosine similarity (dense) or BM25 (keyword)
    dense_rank: int | None = None  # 1-based
    keyword_rank: int | None = None
    similarity: float | None = None  # cosine similarity to the question, when known
    keyword_score: float | None = None
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)  # boundaries in `text`, from ingest

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: source, start, end, lines, text and scores."""
        return {
            "chunk_id": self.chunk_id,
            "source": self.source,
            "title": self.title,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "section": self.section,
            "score": self.score,
            "dense_rank": self.dense_rank,
            "keyword_rank": self.keyword_rank,
            "similarity": self.similarity,
            "keyword_score": self.keyword_score,
        }


@dataclass(frozen=True)
class Fusion:
    """Reciprocal rank fusion weights, measured on the dev set (docs/quality.md)."""

    rrf_k: int
    dense_weight: float
    keyword_weight: float


def fuse(dense: Ranking, sparse: Ranking, k: int, mode: str, fusion: Fusion) -> list[tuple[str, float]]:
    """The top k (chunk id, score) of one ranking (dense, keyword) or of both fused (hybrid)."""
    if mode == "dense":
        return list(dense[:k])
    if mode == "keyword":
        return list(sparse[:k])
    fused: dict[str, float] = {}
    for weight, ranking in ((fusion.dense_weight, dense), (fusion.keyword_weight, sparse)):
        for rank, (cid, _) in enumerate(ranking, 1):
            fused[cid] = fused.get(cid, 0.0) + weight / (fusion.rrf_k + rank)
    return sorted(fused.items(), key=lambda x: -x[1])[:k]


def diversified(
    ranked: Ranking, vectors: Mapping[str, np.ndarray], groups: Mapping[str, str], k: int, diversity: float
) -> list[tuple[str, float]]:
    """The top k of `ranked` by maximal marginal relevance (Carbonell & Goldstein, 1998) within each
    document: each next pick is the chunk whose score (as a share of the best) less `diversity` times
    its cosine to the closest chunk already picked *from the same document* (`groups`: chunk id ->
    document) is highest. Five neighbouring chunks of one list then do not crowd out the passage
    elsewhere that also answers, while near-identical passages of different documents (one table
    in two years' reports) stay apart evidence. Scores are kept; a chunk without a vector counts
    as unlike every other."""
    if diversity <= 0 or len(ranked) <= 1:
        return list(ranked[:k])
    top = ranked[0][1] or 1.0
    left = list(ranked)
    picked: list[tuple[str, float]] = []

    def value(item: tuple[str, float]) -> float:
        vec, group = vectors.get(item[0]), groups.get(item[0])
        near = (
            [float(vec @ vectors[c]) for c, _ in picked if c in vectors and groups.get(c) == group]
            if vec is not None
            else []
        )
        return item[1] / top - diversity * max(near, default=0.0)

    while left and len(picked) < k:
        best = max(left, key=value)  # (the first of equals: ties keep the fused order)
        picked.append(best)
        left.remove(best)
    return picked


def passages(records: dict[str, ChunkRecord], ranked: Ranking, dense: Ranking, sparse: Ranking) -> list[Passage]:
    """The passages of the ranked chunks found in `records`, with their rank and score in each ranking."""
    d_rank = {cid: (r, score) for r, (cid, score) in enumerate(dense, 1)}
    k_rank = {cid: (r, score) for r, (cid, score) in enumerate(sparse, 1)}
    out = []
    for cid, score in ranked:
        rec = records.get(cid)
        if rec is None:  # deleted since the keyword index was built
            continue
        d, k = d_rank.get(cid, (None, None)), k_rank.get(cid, (None, None))
        out.append(
            Passage(
                chunk_id=cid,
                span=rec.span,
                title=rec.title,
                text=rec.text,
                section=rec.section,
                score=float(score),
                dense_rank=d[0],
                keyword_rank=k[0],
                similarity=d[1],
                keyword_score=k[1],
                sentences=rec.sentences,
            )
        )
    return out
