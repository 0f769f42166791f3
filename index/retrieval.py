"""Dense, keyword and hybrid retrieval over the store, returning ranked passages."""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from dragoman.index.documents import ChunkRecord
from dragoman.index.embedder import Embedder, default_embedder
from dragoman.index.keyword import KeywordIndex
from dragoman.index.settings import Settings
from dragoman.index.store import Store
from dragoman.index.vectors import VectorMatrix

log = logging.getLogger(__name__)

MODES = ("hybrid", "dense", "keyword")


@dataclass(frozen=True)
class Passage:
    """One retrieved chunk: where it is, what it says, and how each retriever ranked it."""

    chunk_id: str
    source: str  # document id: path relative to its corpus root
    title: str
    text: str  # == canonical_text(source)[start:end]
    start: int
    end: int
    line_start: int
    line_end: int
    section: str
    score: float  # fused score (hybrid), cosine similarity (dense) or BM25 (keyword)
    dense_rank: int | None = None  # 1-based
    keyword_rank: int | None = None
    similarity: float | None = None  # cosine similarity to the question, when known
    keyword_score: float | None = None


class Index:
    """The store plus its keyword index, kept in agreement, and the embedder for queries."""

    FRESHNESS_SECONDS = 1.0  # how often to ask the store whether a new ingest committed
    RECORD_CACHE = 2048  # chunk records kept in memory (a few KB each)

    def __init__(self, settings: Settings, embedder: Embedder | None = None, store: Store | None = None):
        self.settings = settings
        self.store = store or Store(settings)
        self.embedder = embedder or default_embedder(settings)
        self._keyword: KeywordIndex | None = None
        self._matrix: VectorMatrix | None = None
        self._matrix_lock = threading.Lock()
        self._checked_model = False
        self._checked = 0.0
        self._lock = threading.RLock()  # one keyword (re)build at a time in this process
        self._vectors: OrderedDict = OrderedDict()  # recent query/sentence vectors (oldest dropped first)
        self._records: OrderedDict[str, ChunkRecord] = OrderedDict()  # recent chunks of one generation
        self._records_generation: int | None = None
        self._cache_lock = threading.Lock()

    # -- keyword index lifecycle ---------------------------------------------------
    @property
    def keyword_folder(self) -> Path:
        base = Path(self.settings.store)
        prefix = self.settings.collection_prefix
        if self.store.backend == "server":
            tag = hashlib.sha1(f"{self.settings.chroma_url}|{prefix}".encode()).hexdigest()[:10]
            return base / f"keyword-{tag}"
        return base / ("keyword" if prefix == "dragoman" else f"keyword-{prefix}")

    def keyword(self) -> KeywordIndex:
        """The keyword index for the store's last committed generation (rebuilt if behind)."""
        now = time.monotonic()
        if self._keyword is not None and now - self._checked < self.FRESHNESS_SECONDS:
            return self._keyword
        with self._lock:
            state = self.store.state()
            self._checked = now
            if self._keyword is None or self._keyword.generation != state.generation:
                self.store.refresh(state.generation)
                loaded = KeywordIndex.load(self.keyword_folder, self._bm25_params)
                if loaded is None or loaded.generation != state.generation:
                    loaded = self.rebuild_keyword(state.generation)
                self._keyword = loaded
            return self._keyword

    def writing(self):
        """Hold while committing: no thread builds a keyword index from a half-made commit."""
        return self._lock

    def rebuild_keyword(self, generation: int | None = None) -> KeywordIndex:
        """The keyword index for the chunks documents own now (superseded chunks awaiting
        deletion stay invisible). Tokens of chunks the previous index had are reused."""
        with self._lock:
            return self._rebuild_keyword(generation)

    def _rebuild_keyword(self, generation: int | None) -> KeywordIndex:
        generation = self.store.state().generation if generation is None else generation
        owned = [cid for d in self.store.documents() for cid in d.chunk_ids]
        previous = self._keyword or KeywordIndex.load(self.keyword_folder, self._bm25_params)
        log.info("building keyword index for generation %d", generation)
        texts = lambda ids: {cid: c.embed_text for cid, c in self.store.get_chunks(ids).items()}  # noqa: E731
        kw = KeywordIndex.build(owned, texts, generation, self._bm25_params, previous)
        kw.save(self.keyword_folder)
        self._keyword = kw
        self._checked = time.monotonic()
        return kw

    @property
    def _bm25_params(self) -> tuple[float, float]:
        return (self.settings.bm25_k1, self.settings.bm25_b)

    # -- search -----------------------------------------------------------------------
    def search(self, query: str, k: int | None = None, mode: str | None = None,
               sources: Sequence[str] | None = None) -> list[Passage]:
        k = k or self.settings.top_k
        mode = mode or self.settings.mode
        if mode not in MODES:
            raise ValueError(f"retrieval mode must be one of {', '.join(MODES)}, got {mode!r}")
        keyword = self.keyword()
        if not self._checked_model:
            self.store.check_model(self.embedder.name)  # vectors of another model would be nonsense
            self._checked_model = True
        allowed = self._allowed(sources) if sources else None
        n = max(k, self.settings.candidates)
        dense = self._dense(query, n, sources, allowed, keyword) if mode in ("hybrid", "dense") else []
        sparse = keyword.search(query, n, allowed) if mode in ("hybrid", "keyword") else []
        return self._fuse(dense, sparse, k, mode, keyword.generation)

    def _dense(self, query: str, n: int, sources, allowed: set[str] | None,
               keyword: KeywordIndex) -> list[tuple[str, float]]:
        vec = self.query_vector(query)
        matrix = self.vectors(keyword)
        if matrix is not None:
            return matrix.search(vec, n, allowed)
        where = {"doc_id": {"$in": list(sources)}} if sources else None
        hits = self.store.query(vec, n, where)
        # Only chunks of the last committed ingest: an ingest in progress stays invisible.
        return [(i, s) for i, s in hits if i in keyword]

    def vectors(self, keyword: KeywordIndex | None = None) -> VectorMatrix | None:
        """The committed chunks' vectors in memory for exact search (index/vectors.py), or
        None when the store is larger than `exact_search_max_chunks` (Chroma searches then)."""
        keyword = keyword or self.keyword()
        if len(keyword) > self.settings.exact_search_max_chunks:
            return None
        matrix = self._matrix
        if matrix is not None and matrix.generation == keyword.generation:
            return matrix
        if not self._checked_model:
            self.store.check_model(self.embedder.name)  # never label another model's vectors as ours
            self._checked_model = True
        # A lock of its own: fetching vectors must not hold up keyword refreshes or a commit.
        with self._matrix_lock:
            current = self._matrix
            if current is not None and current.generation == keyword.generation:
                return current
            path = self.keyword_folder.with_name(self.keyword_folder.name + "-vectors.npz")
            if current is None:
                current = VectorMatrix.load(path)
            if (current is None or current.generation != keyword.generation or current.model != self.embedder.name
                    or current.ids != keyword.ids):
                current = VectorMatrix.build(keyword.ids, self.store.get_vectors, keyword.generation,
                                             self.embedder.name, previous=current)
                if len(current) < len(keyword):  # some vectors could not be read: use, but do not keep
                    log.warning("%d chunks have no readable vector; dense search leaves them out",
                                len(keyword) - len(current))
                    return current
                try:
                    current.save(path)
                except OSError as exc:  # a read-only store folder, a full disk: keep it in memory
                    log.warning("could not save the vector matrix to %s (%s)", path, exc)
            if self._matrix is None or current.generation >= self._matrix.generation:
                self._matrix = current
            return current

    def query_vector(self, query: str):
        with self._cache_lock:
            vec = self._vectors.get(("q", query))
        if vec is None:
            vec = self.embedder.embed_query(query)
            self._remember({("q", query): vec})
        return vec

    def text_vectors(self, texts: Sequence[str]):
        """Vectors of a few passages' sentences at question time (remembered: asked again, free)."""
        with self._cache_lock:
            known = {t: self._vectors[("t", t)] for t in texts if ("t", t) in self._vectors}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            fresh = dict(zip(missing, self.embedder.embed_few(missing)))
            self._remember({("t", t): v for t, v in fresh.items()})
            known.update(fresh)
        return np.stack([known[t] for t in texts]) if texts else np.zeros((0, 0), np.float32)

    def chunks(self, ids: Sequence[str], generation: int | None = None) -> dict[str, ChunkRecord]:
        """Chunk records by id. Recently used ones are kept in memory until the next committed
        ingest: a passage then costs no store round trip (a chunk id always has the same text;
        an ingest in progress may move its span early, which `Assistant` checks anyway)."""
        generation = self.keyword().generation if generation is None else generation
        with self._cache_lock:
            if self._records_generation != generation:
                self._records.clear()
                self._records_generation = generation
            found = {i: self._records[i] for i in ids if i in self._records}
            for i in found:
                self._records.move_to_end(i)
        missing = [i for i in ids if i not in found]
        if missing:
            fetched = self.store.get_chunks(missing)
            with self._cache_lock:
                if self._records_generation == generation:
                    self._records.update(fetched)
                    while len(self._records) > self.RECORD_CACHE:
                        self._records.popitem(last=False)
            found.update(fetched)
        return found

    def sentence_vectors(self, chunk_id: str) -> dict[tuple[int, int], np.ndarray]:
        """(start, end) in the chunk's text -> the sentence's vector, as computed at ingest
        ({} for chunks written without them: answering then embeds the sentences itself)."""
        record = self.chunks([chunk_id]).get(chunk_id)
        return record.sentence_vectors() if record else {}

    def _remember(self, items: dict) -> None:
        with self._cache_lock:
            self._vectors.update(items)
            while len(self._vectors) > 4096:
                self._vectors.popitem(last=False)

    def _allowed(self, sources: Sequence[str]) -> set[str]:
        wanted = set(sources)
        return {cid for d in self.store.documents() if d.doc_id in wanted for cid in d.chunk_ids}

    def _fuse(self, dense, sparse, k: int, mode: str, generation: int) -> list[Passage]:
        s = self.settings
        d_rank = {cid: r for r, (cid, _) in enumerate(dense, 1)}
        k_rank = {cid: r for r, (cid, _) in enumerate(sparse, 1)}
        d_score = dict(dense)
        k_score = dict(sparse)
        if mode == "dense":
            order = [(cid, sc) for cid, sc in dense]
        elif mode == "keyword":
            order = [(cid, sc) for cid, sc in sparse]
        else:  # reciprocal rank fusion, weights measured on the dev set (README)
            fused: dict[str, float] = {}
            for cid, r in d_rank.items():
                fused[cid] = fused.get(cid, 0.0) + s.dense_weight / (s.rrf_k + r)
            for cid, r in k_rank.items():
                fused[cid] = fused.get(cid, 0.0) + s.keyword_weight / (s.rrf_k + r)
            order = sorted(fused.items(), key=lambda x: -x[1])
        order = order[:k]
        records = self.chunks([cid for cid, _ in order], generation)
        out = []
        for cid, score in order:
            rec = records.get(cid)
            if rec is None:  # deleted since the keyword index was built
                continue
            out.append(_passage(rec, score, d_rank.get(cid), k_rank.get(cid), d_score.get(cid), k_score.get(cid)))
        return out


def _passage(rec: ChunkRecord, score, d_rank, k_rank, sim, kscore) -> Passage:
    return Passage(
        chunk_id=rec.chunk_id, source=rec.doc_id, title=rec.title, text=rec.text, start=rec.start, end=rec.end,
        line_start=rec.line_start, line_end=rec.line_end, section=rec.section, score=float(score),
        dense_rank=d_rank, keyword_rank=k_rank, similarity=sim, keyword_score=kscore,
    )
