"""A snapshot: one committed generation of the store, read by one request from start to end.

`Index.snapshot()` hands out the snapshot of the last committed generation; a request
(`search`, `ask`) takes one and uses it for retrieval, document texts and sentence vectors,
so an ingest committing meanwhile (in this process or another) never mixes two versions
inside one answer. Chunks a running ingest has written but not committed are invisible:
only chunks of the snapshot's keyword index are ever returned.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from dragoman.index.documents import ChunkRecord, Document, DocumentInfo
from dragoman.index.errors import QuestionError
from dragoman.index.keyword import KeywordIndex
from dragoman.index.prior import DocumentTerms, Named
from dragoman.index.retrieval import Fusion, Passage, diversified, fuse, passages
from dragoman.index.settings import MODES, RetrievalSettings
from dragoman.index.span import Span
from dragoman.index.vectors import VectorMatrix

# A search kept to a few documents scores their chunks exactly, up to this many chunks.
FILTER_EXACT_MAX = 5000
# Sentence search holds every sentence's vector in memory (~5 KB a chunk on the seeds), up to this many chunks.
SENTENCE_SEARCH_MAX_CHUNKS = 5000

if TYPE_CHECKING:
    from dragoman.index.core import Index


@dataclass(frozen=True)
class Snapshot:
    generation: int
    keyword: KeywordIndex  # the keyword index of this generation: which chunks exist
    matrix: VectorMatrix | None  # its chunks' vectors in memory, or None (Chroma searches)
    settings: RetrievalSettings
    index: Index = dataclasses.field(repr=False)  # reads records and texts through its caches
    # the documents this request has read: every later step sees the same version of each
    seen: dict[str, Document] = dataclasses.field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        """Chunks in this generation."""
        return len(self.keyword)

    # -- retrieval --------------------------------------------------------------------
    def search(
        self, query: str, k: int | None = None, mode: str | None = None, sources: Sequence[str] | None = None
    ) -> list[Passage]:
        """The k best passages for `query` (hybrid, dense or keyword), from `sources` only if given."""
        s = self.settings
        k = k or s.top_k
        mode = mode or s.mode
        if mode not in MODES:
            raise ValueError(f"retrieval mode must be one of {', '.join(MODES)}, got {mode!r}")
        named, sources = self._scope(query, sources)
        allowed = self._allowed(sources) if sources else None
        n = max(k, s.candidates)
        dense = self._dense(query, n, sources, allowed) if mode in ("hybrid", "dense") else []
        without = named.stems if named else frozenset()
        sparse = self.keyword.search(query, n, allowed, without) if mode in ("hybrid", "keyword") else []
        if not sparse and without and mode in ("hybrid", "keyword"):  # the name was all it shared with them
            sparse = self.keyword.search(query, n, allowed)
        # (the fused ranking only: "dense" and "keyword" are each one retriever's own ranking)
        diverse = mode == "hybrid" and s.diversity > 0
        ranked = fuse(dense, sparse, n if diverse else k, mode, Fusion(s.rrf_k, s.dense_weight, s.keyword_weight))
        if diverse and len(ranked) > 1:
            ids = [cid for cid, _ in ranked]
            vectors = self.matrix.vectors(ids) if self.matrix is not None else self.index.store.get_vectors(ids)
            doc_of = self.keyword.derived(
                "doc_of", lambda: {c: d.doc_id for d in self.documents() for c in d.chunk_ids}
            )
            ranked = diversified(ranked, vectors, doc_of, k, s.diversity)
        records = self.chunks([cid for cid, _ in ranked])
        return self._placed(passages(records, ranked, dense, sparse))

    def closest_sentences(self, query: str, n: int, sources: Sequence[str] | None = None) -> list[Passage]:
        """The passages of the `n` chunks holding the sentences closest in meaning to `query`, best
        first. Chunk-level search misses an answer in other words than the question's whose chunk is
        mostly about other things ("preconditions" - "Prerequisites for Success ... requires several
        conditions"). Exact, from the sentence vectors stored at ingest; [] for a store of more than
        SENTENCE_SEARCH_MAX_CHUNKS chunks (their vectors would not fit in memory)."""
        if n < 1 or not 0 < len(self) <= SENTENCE_SEARCH_MAX_CHUNKS:
            return []
        _, sources = self._scope(query, sources)
        allowed = self._allowed(sources) if sources else None
        ranked = self.index.sentences(self.keyword).closest(self.query_vector(query), n, allowed)
        return self._placed(passages(self.chunks([c for c, _ in ranked]), ranked, ranked, []))

    def passages_of(self, chunk_ids: Sequence[str]) -> list[Passage]:
        """The passages of these chunks, those of this generation only (a follow-up reads again the
        passages the answer before it quoted)."""
        ids = [c for c in dict.fromkeys(chunk_ids) if c in self.keyword]
        return self._placed(passages(self.chunks(ids), [(c, 0.0) for c in ids], [], [])) if ids else []

    def _scope(self, query: str, sources: Sequence[str] | None) -> tuple[Named | None, Sequence[str] | None]:
        """The documents a search keeps to: those given (one id given as text is one id, not its
        characters), else those the query names (index/prior.py), else all (None)."""
        if isinstance(sources, str):
            return None, [sources]
        named = None if sources or not self.settings.document_prior else self.named(query)
        return named, named.sources if named is not None else sources

    def named(self, query: str) -> Named | None:
        """The documents the query names, when it names a few of many (index/prior.py)."""
        return DocumentTerms.of(self.keyword, self.documents).named(query)

    def designated(self, phrase: str) -> str | None:
        """The one document a phrase such as "the ISD article" designates ("ISD"), if any (index/prior.py)."""
        return DocumentTerms.of(self.keyword, self.documents).designated(phrase)

    def _dense(
        self, query: str, n: int, sources: Sequence[str] | None, allowed: set[str] | None
    ) -> list[tuple[str, float]]:
        vec = self.query_vector(query)
        if self.matrix is not None:
            return self.matrix.search(vec, n, allowed)
        if allowed is not None and len(allowed) <= FILTER_EXACT_MAX:
            # A filtered Chroma query scans every chunk's metadata (local Chroma keeps no index on
            # it: ~1 s per query at 1M chunks); these chunks' vectors, read by id, are scored exactly.
            found = self.index.store.get_vectors(sorted(allowed))
            ids = [i for i in found if i in self.keyword]
            if not ids:
                return []
            scores = np.stack([found[i] for i in ids]) @ vec
            top = np.argsort(-scores, kind="stable")[:n]
            return [(ids[j], float(scores[j])) for j in top]
        where = {"doc_id": {"$in": list(sources)}} if sources else None
        hits = self.index.store.query(vec, n, where)
        return [(i, s) for i, s in hits if i in self.keyword]  # only chunks of this generation

    def _allowed(self, sources: Sequence[str]) -> set[str]:
        wanted = set(sources)
        # which chunks each document owns, read once per generation (not on every filtered search)
        owns = self.keyword.derived("chunks_of", lambda: {d.doc_id: d.chunk_ids for d in self.documents()})
        unknown = sorted(wanted - owns.keys())
        if unknown:  # a mistyped id must not turn into "the documents don't answer this"
            raise QuestionError(
                f"sources: no document {', '.join(map(repr, unknown))} in the library; "
                "`dragoman status` lists the document ids"
            )
        return {cid for doc_id in wanted for cid in owns[doc_id]}

    def _placed(self, passages: list[Passage]) -> list[Passage]:
        """Each passage placed in the document version this snapshot reads.

        A document record holds its canonical text and the span of each of its chunks, written
        together: the span is looked up there, so `document.text[start:end] == passage.text`
        holds for every passage. A chunk that is not part of the version read (a running ingest
        rewrote the document) is left out. Stores written before span tables existed are
        placed by their chunks' own spans, checked against the text."""
        out = []
        for p in passages:
            try:
                doc = self.document(p.source)
            except KeyError:
                continue
            where = doc.span_of(p.chunk_id) if doc.info.spans else _find(doc.text, p)
            if where is None:
                continue
            if where != (p.start, p.end):
                lines = doc.lines.line_range(*where)
                p = dataclasses.replace(p, span=Span(p.source, where[0], where[1], *lines))
            out.append(p)
        return out

    # -- reading ----------------------------------------------------------------------
    def chunks(self, ids: Sequence[str]) -> dict[str, ChunkRecord]:
        return self.index.chunks(ids, self.generation)

    def documents(self) -> list[DocumentInfo]:
        return self.index.store.documents()

    def document(self, doc_id: str) -> Document:
        """A document's canonical text and line map (KeyError if it is not in the store); read once
        per snapshot, so a request never meets two versions of one document."""
        doc = self.seen.get(doc_id)
        if doc is None:
            doc = self.seen.setdefault(doc_id, self.index.document(doc_id, self.generation))
        return doc

    def query_vector(self, text: str) -> np.ndarray:
        return self.index.query_vector(text)

    def sentence_vectors(self, chunk_id: str) -> dict[tuple[int, int], np.ndarray]:
        """(start, end) in the chunk's text -> that sentence's vector, as computed at ingest
        ({} for chunks written without them)."""
        record = self.chunks([chunk_id]).get(chunk_id)
        return record.sentence_vectors() if record else {}

    def embed_sentences(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of sentences the store has none for (stores written before they existed)."""
        return self.index.text_vectors(texts)

    def whole_words(self, words: Sequence[str]) -> set[str]:
        """Those of `words` the embedding model's vocabulary holds whole (English words, spelt right)."""
        return {w for w, n in zip(words, self.index.embedder.count_tokens(list(words))) if n == 1}

    def idf(self, stem: str) -> float:
        return self.keyword.idf(stem)


def _find(text: str, p: Passage) -> tuple[int, int] | None:
    """Where a passage's text is in a document without a span table (a store written before them)."""
    if text[p.start : p.end] == p.text:
        return (p.start, p.end)
    start = text.find(p.text)
    return None if start < 0 else (start, start + len(p.text))
