"""The index: a Chroma store, the keyword index and vector matrix derived from it, the embedder.

Readers take a `snapshot()` (one committed generation, see snapshot.py); the one writer
goes through `transaction()` (writer.py), which commits chunks, vectors, document records,
keyword index and generation together. The caches here are keyed by generation, so a
snapshot never sees another generation's records.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np

from dragoman.index import catalog
from dragoman.index.documents import ChunkRecord, Document
from dragoman.index.embedder import Embedder, default_embedder
from dragoman.index.keyword import KeywordIndex
from dragoman.index.settings import IndexSettings, RetrievalSettings
from dragoman.index.snapshot import Snapshot
from dragoman.index.store import Store
from dragoman.index.vectors import SentenceMatrix, VectorMatrix
from dragoman.index.writer import KeywordChange, Transaction

log = logging.getLogger(__name__)


class _Cache:
    """A small LRU of values read at a generation, keyed by (generation, key): requests reading
    two generations at once each find their own, and old ones age out."""

    def __init__(self, size: int):
        self.size = size
        self.items: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, keys: Sequence, generation: int) -> dict:
        with self.lock:
            found = {key: self.items[(generation, key)] for key in keys if (generation, key) in self.items}
            for key in found:
                self.items.move_to_end((generation, key))
            return found

    def clear(self) -> None:
        with self.lock:
            self.items.clear()

    def put(self, values: dict, generation: int) -> None:
        with self.lock:
            self.items.update(((generation, key), value) for key, value in values.items())
            while len(self.items) > self.size:
                self.items.popitem(last=False)


class Index:
    FRESHNESS_SECONDS = 1.0  # how often to ask the store whether a new ingest committed

    def __init__(
        self,
        settings: IndexSettings,
        retrieval: RetrievalSettings | None = None,
        embedder: Embedder | None = None,
        store: Store | None = None,
    ):
        self.settings = settings
        self.retrieval = retrieval or RetrievalSettings()
        self.store = store or Store(settings)
        self.embedder = embedder or default_embedder(settings, self.store.state().model)
        self._keyword: KeywordIndex | None = None
        self._matrix: VectorMatrix | None = None
        self._matrix_lock = threading.Lock()  # fetching vectors must not hold up keyword refreshes
        self._sentences: SentenceMatrix | None = None
        self._sentences_lock = threading.Lock()
        self._checked_model = False
        self._checked = 0.0
        self._lock = threading.RLock()  # one keyword (re)build at a time in this process
        self._records = _Cache(2048)  # chunk records (a few KB each)
        self._documents = _Cache(64)  # canonical texts, for citations
        self._vectors: OrderedDict = OrderedDict()  # recent query/sentence vectors (any generation)
        self._vectors_lock = threading.Lock()

    # -- readers and the writer --------------------------------------------------------
    def snapshot(self) -> Snapshot:
        """The last committed generation, for one request to read from start to end."""
        keyword = self.keyword()
        if not self._checked_model:
            self.store.check_model(self.embedder.name)  # vectors of another model would be nonsense
            self._checked_model = True
        return Snapshot(keyword.generation, keyword, self.vectors(keyword), self.retrieval, self)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """The one writer (an flock beside the store): changes collected in the block are
        committed together when it ends, or not at all if it raises."""
        with self.store.writer():
            interrupted = self.store.state().dirty
            tx = Transaction(self.store, self.embedder.name, self._commit_keyword, interrupted=interrupted)
            yield tx
            tx.commit()

    def search(
        self, query: str, k: int | None = None, mode: str | None = None, sources: Sequence[str] | None = None
    ) -> list:
        """`snapshot().search(...)`: ranked passages of the last committed generation."""
        return self.snapshot().search(query, k, mode, sources)

    # -- the collection itself ------------------------------------------------------------
    def create(self) -> bool:
        """Create this collection now (the first ingest would); False if it exists already."""
        with catalog.write_lock(self.store.folder, self.store.where):
            self.store.state()  # notices one created by another client
            if self.store.exists:
                return False
            self.store.ensure()
            return True

    def delete(self) -> None:
        """Delete this collection: its keyword index, vectors and uploads, then its documents
        collection (it is gone from then on), then its chunks. Waits for a running ingest of it.
        Interrupted, it leaves a collection to delete again, or chunks that creating the name
        again drops (catalog.open_pair)."""
        catalog.check_deletable(self.settings.collection)
        with catalog.write_lock(self.store.folder, self.store.where):
            catalog.clear_folder(self.store.folder)
            catalog.drop(self.store.client, self.settings.collection_prefix, self.settings.collection)
            self.store.state()  # reads as empty from now on
        with self._lock:
            self._keyword = self._matrix = self._sentences = None
            self._records.clear()
            self._documents.clear()

    # -- keyword index lifecycle ---------------------------------------------------------
    @property
    def keyword_folder(self) -> Path:
        """In the collection's folder (the store folder for the default collection)."""
        base = self.store.folder
        prefix = self.settings.collection_prefix
        if self.store.backend == "server":
            tag = hashlib.sha1(f"{self.settings.chroma_url}|{prefix}".encode()).hexdigest()[:10]
            return base / f"keyword-{tag}"
        return base / ("keyword" if prefix == "dragoman" else f"keyword-{prefix}")

    def keyword(self) -> KeywordIndex:
        """The keyword index for the store's last committed generation (brought up to it if behind)."""
        now = time.monotonic()
        if self._keyword is not None and now - self._checked < self.FRESHNESS_SECONDS:
            return self._keyword
        with self._lock:
            state = self.store.state()
            self._checked = now
            if self._keyword is None or self._keyword.generation != state.generation:
                self.store.refresh(state.generation)
                loaded: KeywordIndex | None
                if not self.store.exists:  # nothing written yet: empty, and nothing saved (no folder made)
                    loaded = KeywordIndex.empty(self._bm25_params, state.generation)
                else:
                    loaded = self._saved_keyword()
                    if loaded is None or loaded.generation != state.generation:
                        loaded = self.rebuild_keyword(state.generation)
                self._keyword = loaded
            return self._keyword

    def _saved_keyword(self) -> KeywordIndex | None:
        return KeywordIndex.load(self.keyword_folder, self._bm25_params, previous=self._keyword)

    def _commit_keyword(self, commit: Callable[[], int], change: KeywordChange) -> None:
        """Run the store's commit and update the keyword index for the new generation under the
        keyword lock (no thread here reads a half-made commit). The update touches only what
        changed when the index on hand describes the generation being committed on; otherwise
        it is brought in line with every document's chunks."""
        with self._lock:
            before = self.store.state().generation
            base = self._keyword if self._keyword is not None else self._saved_keyword()
            if base is not None and base.generation != before:
                base = self._saved_keyword()
            generation = commit()
            if base is None or base.generation != before or not change.complete:
                self.rebuild_keyword(generation)
                return

            def texts(ids: list[str]) -> dict[str, str]:
                known = {cid: change.texts[cid] for cid in ids if cid in change.texts}
                return known | self._texts([cid for cid in ids if cid not in known])

            self._keep(base.updated(change.added, change.removed, texts, generation))

    def rebuild_keyword(self, generation: int | None = None) -> KeywordIndex:
        """The keyword index holding the chunks documents own now (superseded chunks awaiting
        deletion stay invisible): the index on hand, with what differs added or removed."""
        with self._lock:
            generation = self.store.state().generation if generation is None else generation
            owned = [cid for d in self.store.documents() for cid in d.chunk_ids]
            base = self._keyword or self._saved_keyword() or KeywordIndex.empty(self._bm25_params)
            log.info("bringing the keyword index to generation %d", generation)
            return self._keep(base.synced(owned, self._texts, generation))

    def _texts(self, ids: list[str]) -> dict[str, str]:
        return {cid: c.embed_text for cid, c in self.store.get_chunks(ids).items()} if ids else {}

    def _keep(self, kw: KeywordIndex) -> KeywordIndex:
        kw.save(self.keyword_folder)
        self._keyword = kw
        self._checked = time.monotonic()
        return kw

    @property
    def _bm25_params(self) -> tuple[float, float]:
        return (self.retrieval.bm25_k1, self.retrieval.bm25_b)

    # -- dense vectors -------------------------------------------------------------------
    def vectors(self, keyword: KeywordIndex | None = None) -> VectorMatrix | None:
        """The committed chunks' vectors in memory for exact search (vectors.py), or None when
        the store is larger than `exact_search_max_chunks` (Chroma searches then)."""
        keyword = keyword or self.keyword()
        if len(keyword) > self.retrieval.exact_search_max_chunks:
            return None
        matrix = self._matrix
        if matrix is not None and matrix.generation == keyword.generation:
            return matrix
        if not self._checked_model:
            self.store.check_model(self.embedder.name)  # never label another model's vectors as ours
            self._checked_model = True
        with self._matrix_lock:
            current = self._matrix
            if current is not None and current.generation == keyword.generation:
                return current
            current = self._build_matrix(keyword, current)
            if self._matrix is None or current.generation >= self._matrix.generation:
                self._matrix = current
            return current

    def sentences(self, keyword: KeywordIndex) -> SentenceMatrix:
        """The committed chunks' sentence vectors in memory (vectors.py), built once per generation
        and model, reading only the records of chunks the last build did not have (not through the
        record cache: a store's every chunk would push out the ones requests read)."""
        with self._sentences_lock:
            current = self._sentences
            if current is None or current.generation != keyword.generation or current.model != self.embedder.name:
                current = SentenceMatrix.build(
                    keyword.ids, self._sentence_vectors, keyword.generation, self.embedder.name, previous=current
                )
                self._sentences = current
            return current

    def _sentence_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        rows = {cid: list(rec.sentence_vectors().values()) for cid, rec in self.store.get_chunks(ids).items()}
        return {cid: np.stack(vs) if vs else np.zeros((0, 0), np.float32) for cid, vs in rows.items()}

    def _build_matrix(self, keyword: KeywordIndex, current: VectorMatrix | None) -> VectorMatrix:
        path = self.keyword_folder.with_name(self.keyword_folder.name + "-vectors.npz")
        if current is None:
            current = VectorMatrix.load(path)
        if (
            current is not None
            and current.generation == keyword.generation
            and current.model == self.embedder.name
            and current.ids == keyword.ids
        ):
            return current
        current = VectorMatrix.build(
            keyword.ids, self.store.get_vectors, keyword.generation, self.embedder.name, previous=current
        )
        if not self.store.exists:
            return current  # an empty collection not created yet: nothing to keep
        if len(current) < len(keyword):  # some vectors could not be read: use, but do not keep
            log.warning("%d chunks have no readable vector; dense search leaves them out", len(keyword) - len(current))
            return current
        try:
            current.save(path)
        except OSError as exc:  # a read-only store folder, a full disk: keep it in memory
            log.warning("could not save the vector matrix to %s (%s)", path, exc)
        return current

    def query_vector(self, query: str) -> np.ndarray:
        with self._vectors_lock:
            vec = self._vectors.get(("q", query))
        if vec is None:
            vec = self.embedder.embed_query(query)
            self._remember({("q", query): vec})
        return vec

    def text_vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of a few sentences at question time (remembered: asked again, free)."""
        with self._vectors_lock:
            known = {t: self._vectors[("t", t)] for t in texts if ("t", t) in self._vectors}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            fresh = dict(zip(missing, self.embedder.embed_few(missing)))
            self._remember({("t", t): v for t, v in fresh.items()})
            known.update(fresh)
        return np.stack([known[t] for t in texts]) if texts else np.zeros((0, 0), np.float32)

    def _remember(self, items: dict) -> None:
        with self._vectors_lock:
            self._vectors.update(items)
            while len(self._vectors) > 4096:
                self._vectors.popitem(last=False)

    # -- records of one generation -------------------------------------------------------
    def chunks(self, ids: Sequence[str], generation: int) -> dict[str, ChunkRecord]:
        """Chunk records by id, kept in memory until the next committed ingest."""
        found = self._records.get(ids, generation)
        missing = [i for i in ids if i not in found]
        if missing:
            fetched = self.store.get_chunks(missing)
            self._records.put(fetched, generation)
            found.update(fetched)
        return found

    def document(self, doc_id: str, generation: int) -> Document:
        """A document's canonical text (what citations' spans index into); KeyError if absent."""
        doc = self._documents.get([doc_id], generation).get(doc_id)
        if doc is None:
            doc = self.store.document(doc_id)
            if doc is None:
                raise KeyError(f"no document {doc_id!r} in the store (see `dragoman status`)")
            self._documents.put({doc_id: doc}, generation)
        return doc
