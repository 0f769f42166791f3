"""The Chroma store: chunk vectors + texts, document records, and the store state.

One code path for both backends: an embedded `PersistentClient` in a folder, or
an `HttpClient` talking to a `chroma run` server. Chroma never embeds anything
itself here: vectors are always passed in (otherwise it would download a model).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from dragoman.index import catalog
from dragoman.index.documents import ChunkRecord, Document, DocumentInfo, LineMap
from dragoman.index.errors import ModelMismatchError, StoreError
from dragoman.index.lease import ServerLease
from dragoman.index.records import chunk_meta, chunk_record, doc_info, doc_meta, span_meta
from dragoman.index.settings import IndexSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreState:
    model: str | None
    # bumped by every committed ingest; a new collection starts at its creation time in ms, so a
    # collection deleted and created again never repeats a generation a reader may still hold
    generation: int
    dirty: bool  # an ingest started writing and has not committed (crashed?)
    last_ingest: float | None


class Store:
    """One collection of a store (settings.collection): its Chroma collections and state."""

    def __init__(self, settings: IndexSettings):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.settings = settings
        self.collection = settings.collection
        self.names = catalog.chroma_names(settings.collection_prefix, settings.collection)
        self.folder = catalog.local_folder(settings.store, settings.collection)
        self._lease: ServerLease | None = None  # held while writing to a server
        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        try:
            if settings.chroma_url:
                url = urlparse(settings.chroma_url)
                self.backend = "server"
                self.location = settings.chroma_url
                self.client: Any = chromadb.HttpClient(
                    host=url.hostname or "127.0.0.1",
                    port=url.port or 8000,
                    ssl=url.scheme == "https",
                    settings=chroma_settings,
                )
                self.client.heartbeat()
            else:
                self.backend = "embedded"
                path = Path(settings.store) / "chroma"
                path.mkdir(parents=True, exist_ok=True)
                self.location = str(path.resolve())
                self.client = self._connect(chroma_settings)
        except StoreError:
            raise
        except Exception as exc:
            where = settings.chroma_url or settings.store
            hint = "is `chroma run` up at that address?" if settings.chroma_url else "is the folder writable?"
            raise StoreError(f"cannot open the Chroma store at {where}: {exc} ({hint})") from exc
        self._open_collections()
        self._generation_seen = self.state().generation

    # Embedded Chroma loads a collection's vectors into memory once per client, and Chroma
    # shares one client per folder within a process. Vectors another process (or another
    # Store here) writes later stay invisible to its queries, and reading them fails ("Error
    # finding id"), while their texts and metadata are visible. So every Store opens its own
    # client, readers reconnect when a generation they did not commit appears, and a writer
    # reconnects before writing if anyone else wrote since (it reads stored vectors to reuse
    # them). A server client always sees the server's state.
    def _connect(self, chroma_settings):
        import chromadb
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()  # a new client, not the one this folder shares
        return chromadb.PersistentClient(path=self.location, settings=chroma_settings)

    def refresh(self, generation: int) -> None:
        """Reconnect (embedded) if `generation` was committed by another client."""
        if self.backend == "embedded" and generation != self._generation_seen:
            log.info("store generation %d was committed elsewhere; reconnecting to %s", generation, self.location)
            self._reconnect(generation)

    def _reconnect(self, generation: int) -> None:
        self.client = self._connect(self.client.get_settings())
        self._open_collections()
        self._generation_seen = generation

    @property
    def where(self) -> str:
        """The store's location, and the collection unless it is the default one (for messages)."""
        default = self.collection == catalog.DEFAULT
        return self.location if default else f"collection {self.collection!r} of {self.location}"

    @property
    def exists(self) -> bool:
        return not isinstance(self.docs, catalog.Missing)

    def _open_collections(self, create: bool = False) -> None:
        """Open this collection's Chroma collections (a missing one reads as empty unless `create`)."""
        # Chroma's own types are looser than its annotations: collections are used as Any.
        self.chunks, self.docs = catalog.open_pair(
            self.client, self.settings.collection_prefix, self.collection, create
        )

    def ensure(self) -> None:
        """Create this collection if it does not exist yet (writes call this)."""
        self.state()  # notices a collection created meanwhile by another client
        if not self.exists:
            self._open_collections(create=True)

    # -- state ------------------------------------------------------------------
    def _read(self, call):
        """Run a read; if another process rebuilt the store (collections dropped and
        re-created), reopen the collections once and retry."""
        try:
            return call()
        except Exception as exc:
            if not catalog.is_missing(exc):
                raise
            self._open_collections()
            return call()

    def state(self) -> StoreState:
        """The collection's state, read afresh (a collection not created yet: generation 0)."""
        try:
            docs = self.client.get_collection(self.names[1], embedding_function=None)
        except Exception as exc:
            if not catalog.is_missing(exc):
                raise
            if self.exists:  # deleted meanwhile (by another process or Assistant)
                self._open_collections()
            return StoreState(None, 0, False, None)
        if docs.id != self.docs.id:  # created, or deleted and created again, by someone else
            self._open_collections()
        meta = docs.metadata or {}
        return StoreState(
            model=meta.get("model"),
            generation=int(meta.get("generation", 0)),
            dirty=bool(meta.get("dirty", False)),
            last_ingest=meta.get("last_ingest"),
        )

    def _set_state(self, **changes) -> None:
        current = self.state()
        meta = {
            "model": current.model or "",
            "generation": current.generation,
            "dirty": current.dirty,
            "last_ingest": current.last_ingest or 0.0,
        }
        meta = {k: v for k, v in {**meta, **changes}.items() if v is not None}
        self._fence()
        self.docs.modify(metadata=meta)

    def check_model(self, model: str) -> None:
        """Refuse to mix vectors of two models in one store."""
        recorded = self.state().model
        if recorded and recorded != model:
            raise ModelMismatchError(
                f"the store at {self.where} was built with model {recorded!r}, not {model!r}; "
                "re-index with `dragoman ingest --rebuild` (or pick the matching model; a name ending in "
                "'+int8' is the embedder onnx-int8's, the others onnx's or torch's: DRAGOMAN_EMBEDDER)"
            )

    @contextlib.contextmanager
    def writer(self):
        """The one writer of this collection: an flock in its folder for processes on this host
        and, with a Chroma server, a lease in the server for other hosts (index/lease.py).
        Readers never wait, and writers of other collections neither. Creates the collection if
        it does not exist yet."""
        with catalog.write_lock(self.folder, self.where):
            lease = None
            if self.backend == "server":
                s = self.settings
                base = self.names[1].removesuffix("_docs")  # one lease per collection
                lease = ServerLease(self.client, base, self.location, s.writer_lease_seconds, s.writer_wait_seconds)
                lease.acquire()
            self._lease = lease
            try:
                state = self.state()
                if self.backend == "embedded" and (state.generation != self._generation_seen or state.dirty):
                    self._reconnect(state.generation)  # someone else wrote since this client opened
                self.ensure()
                yield self
            finally:
                self._lease = None
                if lease is not None:
                    lease.release()

    def _fence(self) -> None:
        """Before every write: this writer still holds the lease (LeaseLostError otherwise)."""
        if self._lease is not None:
            self._lease.check()

    def begin_write(self, model: str) -> None:
        self.ensure()
        self.check_model(model)
        self._set_state(model=self.state().model or model, dirty=True)

    def commit(self) -> int:
        """A new generation: what readers see from now on. The store stays dirty until
        `finish_write`, because superseded chunks are deleted after the commit."""
        generation = self.state().generation + 1
        self._set_state(generation=generation, last_ingest=time.time())
        self._generation_seen = generation
        return generation

    def finish_write(self) -> None:
        self._set_state(dirty=False)

    def reset(self) -> None:
        """Drop everything (for --rebuild). The generation keeps counting up, so no reader
        mistakes its old keyword index for the new store's."""
        self._fence()
        generation = self.state().generation
        catalog.drop(self.client, self.settings.collection_prefix, self.collection)
        self._open_collections(create=True)
        self._set_state(model="", generation=generation + 1)
        self._generation_seen = generation + 1

    # -- documents --------------------------------------------------------------
    def documents(self, ids: Sequence[str] | None = None) -> list[DocumentInfo]:
        """Every document's record, or those of `ids` that exist."""
        got = self._read(lambda: self._get_all(self.docs, include=["metadatas"], ids=ids))
        return sorted((doc_info(i, m) for i, m in zip(got["ids"], got["metadatas"])), key=lambda d: d.doc_id)

    def document(self, doc_id: str) -> Document | None:
        got = self._read(lambda: self.docs.get(ids=[doc_id], include=["metadatas", "documents"]))
        if not got["ids"]:
            return None
        meta = got["metadatas"][0]
        return Document(doc_info(doc_id, meta), got["documents"][0], LineMap.loads(meta.get("linemap")))

    def put_documents(self, docs: Sequence[tuple[DocumentInfo, str, LineMap]]) -> None:
        """Write document records (info, canonical text, line map)."""
        step = self._batch()
        for i in range(0, len(docs), step):
            part = docs[i : i + step]
            self._fence()
            self.docs.upsert(
                ids=[info.doc_id for info, _, _ in part],
                embeddings=[[1.0]] * len(part),
                documents=[text for _, text, _ in part],
                metadatas=[doc_meta(info, lines) for info, _, lines in part],
            )

    def delete_document(self, doc_id: str) -> None:
        self._fence()
        self.docs.delete(ids=[doc_id])

    # -- chunks -----------------------------------------------------------------
    def chunk_ids(self) -> set[str]:
        return set(self._get_all(self.chunks, include=[])["ids"])

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these chunk ids are stored (cost proportional to len(ids))."""
        found: set[str] = set()
        ids = list(dict.fromkeys(ids))
        step = self._batch()
        for i in range(0, len(ids), step):
            found.update(self.chunks.get(ids=ids[i : i + step], include=[])["ids"])
        return found

    def chunk_count(self) -> int:
        return self._read(lambda: self.chunks.count())

    def vectors_for_hashes(self, hashes: Sequence[str]) -> dict[str, tuple[np.ndarray, str]]:
        """Existing vectors (and packed sentence vectors) for these content hashes: never
        embed the same text twice."""
        found: dict[str, tuple[np.ndarray, str]] = {}
        unique = list(dict.fromkeys(hashes))
        for i in range(0, len(unique), 500):
            batch = unique[i : i + 500]
            got = self.chunks.get(where={"hash": {"$in": batch}}, include=["embeddings", "metadatas"])
            for meta, vec in zip(got["metadatas"], got["embeddings"]):
                if meta["hash"] not in found or not found[meta["hash"]][1]:  # prefer one with sentence vectors
                    found[meta["hash"]] = (np.asarray(vec, dtype=np.float32), meta.get("sentences", ""))
        return found

    def get_vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Chunk vectors by chunk id (ids not stored, or being deleted, are left out)."""
        out: dict[str, np.ndarray] = {}
        ids = list(ids)
        step = self._batch()
        for i in range(0, len(ids), step):
            out.update(self._vectors_of(ids[i : i + step]))
        return out

    def _vectors_of(self, ids: list[str]) -> dict[str, np.ndarray]:
        try:
            got = self._read(lambda: self.chunks.get(ids=ids, include=["embeddings"]))
        except Exception as exc:
            # Embedded Chroma fails the whole read ("Error finding id") when another process
            # deletes one of the chunks meanwhile: halve the batch until the culprits are alone.
            if type(exc).__name__ != "InternalError":
                raise
            if len(ids) == 1:
                log.info("chunk %s has no readable vector (%s)", ids[0], exc)
                return {}
            half = len(ids) // 2
            return self._vectors_of(ids[:half]) | self._vectors_of(ids[half:])
        return {cid: np.asarray(vec, dtype=np.float32) for cid, vec in zip(got["ids"], got["embeddings"])}

    def add_chunks(self, chunks: Sequence[ChunkRecord], vectors: np.ndarray) -> None:
        step = self._batch()
        for i in range(0, len(chunks), step):
            part = chunks[i : i + step]
            self._fence()
            self.chunks.upsert(
                ids=[c.chunk_id for c in part],
                embeddings=vectors[i : i + step].tolist(),
                documents=[c.text for c in part],
                metadatas=[chunk_meta(c) for c in part],
            )

    def update_chunk_spans(self, chunks: Sequence[ChunkRecord]) -> None:
        """Same text, new place (text before it was edited): metadata only, no embedding.
        Chroma merges updated metadata keys into the record, so the rest (hash, sentence
        vectors) stays as written."""
        step = self._batch()
        for i in range(0, len(chunks), step):
            part = chunks[i : i + step]
            self._fence()
            self.chunks.update(ids=[c.chunk_id for c in part], metadatas=[span_meta(c) for c in part])

    def delete_chunks(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        step = self._batch()
        for i in range(0, len(ids), step):
            self._fence()
            self.chunks.delete(ids=ids[i : i + step])

    def get_chunks(self, ids: Sequence[str]) -> dict[str, ChunkRecord]:
        out: dict[str, ChunkRecord] = {}
        ids = list(ids)
        step = self._batch()
        for i in range(0, len(ids), step):
            batch = ids[i : i + step]
            got = self._read(lambda batch=batch: self.chunks.get(ids=batch, include=["documents", "metadatas"]))
            out.update((i, chunk_record(i, d, m)) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"]))
        return out

    def iter_chunks(self, page: int = 5000) -> Iterator[ChunkRecord]:
        offset = 0
        while True:
            got = self.chunks.get(include=["documents", "metadatas"], limit=page, offset=offset)
            if not got["ids"]:
                return
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"]):
                yield chunk_record(i, d, m)
            offset += len(got["ids"])

    def query(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first."""
        got = self._read(
            lambda: self.chunks.query(
                query_embeddings=[vector.tolist()], n_results=k, where=where, include=["distances"]
            )
        )
        return [(i, 1.0 - float(d)) for i, d in zip(got["ids"][0], got["distances"][0])]

    # -- helpers ----------------------------------------------------------------
    def _batch(self) -> int:
        try:
            size = self.client.get_max_batch_size()
        except Exception:
            return 1000
        return 1000 if size <= 0 else min(1000, size)

    def _get_all(self, collection, include: list[str], ids: Sequence[str] | None = None) -> dict:
        found, metas = [], []
        offset, page, wanted = 0, 10000, None if ids is None else list(dict.fromkeys(ids))
        while True:
            got = collection.get(ids=wanted, include=include, limit=page, offset=offset)
            found.extend(got["ids"])
            if "metadatas" in include:
                metas.extend(got["metadatas"])
            if len(got["ids"]) < page:
                break
            offset += page
        return {"ids": found, "metadatas": metas}
