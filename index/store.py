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

from dragoman.index.documents import ChunkRecord, Document, DocumentInfo, LineMap
from dragoman.index.errors import ModelMismatchError, StoreError
from dragoman.index.records import chunk_meta, chunk_record, doc_info, doc_meta, span_meta
from dragoman.index.settings import IndexSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreState:
    model: str | None
    generation: int  # bumped by every committed ingest
    dirty: bool  # an ingest started writing and has not committed (crashed?)
    last_ingest: float | None


class Store:
    def __init__(self, settings: IndexSettings):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.settings = settings
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

    def _open_collections(self) -> None:
        p = self.settings.collection_prefix
        # Chroma's own types are looser than its annotations: collections are used as Any.
        self.chunks: Any = self.client.get_or_create_collection(
            f"{p}_chunks", embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )
        self.docs: Any = self.client.get_or_create_collection(f"{p}_docs", embedding_function=None)

    # -- state ------------------------------------------------------------------
    def _read(self, call):
        """Run a read; if another process rebuilt the store (collections dropped and
        re-created), reopen the collections once and retry."""
        try:
            return call()
        except Exception as exc:
            if type(exc).__name__ not in ("NotFoundError", "InvalidCollectionException"):
                raise
            self._open_collections()
            return call()

    def state(self) -> StoreState:
        meta = (
            self._read(
                lambda: (
                    self.client.get_collection(
                        f"{self.settings.collection_prefix}_docs", embedding_function=None
                    ).metadata
                )
            )
            or {}
        )
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
        meta.update({k: v for k, v in changes.items()})
        meta = {k: v for k, v in meta.items() if v is not None}
        self.docs.modify(metadata=meta)

    def check_model(self, model: str) -> None:
        """Refuse to mix vectors of two models in one store."""
        recorded = self.state().model
        if recorded and recorded != model:
            raise ModelMismatchError(
                f"the store at {self.location} was built with model {recorded!r}, not {model!r}; "
                "re-index with `dragoman ingest --rebuild` (or pick the matching model; a name ending in "
                "'+int8' is the embedder onnx-int8's, the others onnx's or torch's: DRAGOMAN_EMBEDDER)"
            )

    @contextlib.contextmanager
    def writer(self):
        """One writer at a time on this machine (an flock beside the store); readers never wait."""
        import fcntl

        folder = Path(self.settings.store)
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "write.lock", "w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                log.warning("another ingest is writing to %s; waiting for it to finish", self.location)
                fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                state = self.state()
                if self.backend == "embedded" and (state.generation != self._generation_seen or state.dirty):
                    self._reconnect(state.generation)  # someone else wrote since this client opened
                yield self
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def begin_write(self, model: str) -> None:
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
        generation = self.state().generation
        p = self.settings.collection_prefix
        for name in (f"{p}_chunks", f"{p}_docs"):
            try:
                self.client.delete_collection(name)
            except Exception:  # not there yet
                pass
        self._open_collections()
        self._set_state(model="", generation=generation + 1)
        self._generation_seen = generation + 1

    # -- documents --------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        got = self._get_all(self.docs, include=["metadatas"])
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
            self.docs.upsert(
                ids=[info.doc_id for info, _, _ in part],
                embeddings=[[1.0]] * len(part),
                documents=[text for _, text, _ in part],
                metadatas=[doc_meta(info, lines) for info, _, lines in part],
            )

    def delete_document(self, doc_id: str) -> None:
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
        return self.chunks.count()

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
            self.chunks.update(ids=[c.chunk_id for c in part], metadatas=[span_meta(c) for c in part])

    def delete_chunks(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        step = self._batch()
        for i in range(0, len(ids), step):
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

    def _get_all(self, collection, include: list[str]) -> dict:
        ids, metas = [], []
        offset, page = 0, 10000
        while True:
            got = collection.get(include=include, limit=page, offset=offset)
            ids.extend(got["ids"])
            if "metadatas" in include:
                metas.extend(got["metadatas"])
            if len(got["ids"]) < page:
                break
            offset += page
        return {"ids": ids, "metadatas": metas}
