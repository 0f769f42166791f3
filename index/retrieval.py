"""Retrieved passages and how the dense and keyword rankings are fused into one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from dragoman.index.documents import ChunkRecord
from dragoman.index.span import Located, Span
from dragoman.index.text import Sentence

MODES = ("hybrid", "dense", "keyword")

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
    """Reciprocal rank fusion weights, measured on the dev set (README, "Quality")."""

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


def passage(rec: ChunkRecord, score: float, dense: Ranking, sparse: Ranking) -> Passage:
    """The passage of a chunk record, with its rank and score in each ranking it is in."""
    d_rank = next((r for r, (cid, _) in enumerate(dense, 1) if cid == rec.chunk_id), None)
    k_rank = next((r for r, (cid, _) in enumerate(sparse, 1) if cid == rec.chunk_id), None)
    return Passage(
        chunk_id=rec.chunk_id,
        span=rec.span,
        title=rec.title,
        text=rec.text,
        section=rec.section,
        score=float(score),
        dense_rank=d_rank,
        keyword_rank=k_rank,
        similarity=dense[d_rank - 1][1] if d_rank else None,
        keyword_score=sparse[k_rank - 1][1] if k_rank else None,
        sentences=rec.sentences,
    )
