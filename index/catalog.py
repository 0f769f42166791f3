"""The catalog of named collections in one store: names, where each keeps its parts, list/create/delete.

A collection is a pair of Chroma collections (chunks, documents + state) plus a local folder
(keyword index, vector matrix, write lock, uploads). The default collection keeps the names
and places of stores written before collections existed (`dragoman_chunks`, `dragoman_docs`,
the store folder itself), so those open as they are. Others are `dragoman.NAME_chunks` /
`dragoman.NAME_docs` and `STORE/collections/NAME/`. A collection exists once its documents
collection does: that one is created last and deleted before the chunks, so an interruption at
any point leaves either a collection or none (a leftover chunks collection is dropped when the
name is created again).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT = "default"
MAX_NAME = 40
_NAME = re.compile(rf"[a-z0-9][a-z0-9_-]{{0,{MAX_NAME - 1}}}")


def check_name(name: object, field: str = "collection") -> str:
    """`name` if it is a valid collection name, else a ValueError that names the rule."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ValueError(
            f"setting {field!r} must be 1-{MAX_NAME} characters of lowercase letters, digits, '-' or '_', "
            f"starting with a letter or digit (e.g. 'papers-2024'); got {name!r}"
        )
    return name


def check_deletable(name: str) -> None:
    if name == DEFAULT:
        raise ValueError(
            "the default collection cannot be deleted; remove its documents (`dragoman remove`) "
            "or start it afresh (`dragoman ingest PATH --rebuild`)"
        )


@dataclass(frozen=True)
class CollectionInfo:
    """A collection as listed by `Assistant.collections()`."""

    name: str
    documents: int
    chunks: int
    last_ingest: float | None  # seconds since the epoch, None if never ingested into


def chroma_names(prefix: str, name: str) -> tuple[str, str]:
    """(chunks, documents) Chroma collection names; `prefix` namespaces them in a shared server."""
    base = prefix if name == DEFAULT else f"{prefix}.{name}"
    return f"{base}_chunks", f"{base}_docs"


def local_folder(store: Path, name: str) -> Path:
    """Where a collection keeps its keyword index, vector matrix, write lock and uploads."""
    return Path(store) if name == DEFAULT else Path(store) / "collections" / name


def names(client: Any, prefix: str) -> list[str]:
    """The collections in the store: "default" first (always listed), then the others by name."""
    found = set()
    for collection in client.list_collections():
        chroma_name = collection if isinstance(collection, str) else collection.name
        if chroma_name.startswith(f"{prefix}.") and chroma_name.endswith("_docs"):
            name = chroma_name[len(prefix) + 1 : -len("_docs")]
            if _NAME.fullmatch(name) and name != DEFAULT:
                found.add(name)
    return [DEFAULT, *sorted(found)]


def listing(client: Any, prefix: str) -> list[CollectionInfo]:
    """Every collection with its counts; the default one even before anything was written to it."""
    found = [(name, info(client, prefix, name)) for name in names(client, prefix)]
    return [i or CollectionInfo(n, 0, 0, None) for n, i in found if i is not None or n == DEFAULT]


def info(client: Any, prefix: str, name: str) -> CollectionInfo | None:
    """Counts and last ingest of one collection, None if it does not exist."""
    chunks_name, docs_name = chroma_names(prefix, name)
    try:
        docs = client.get_collection(docs_name, embedding_function=None)
        chunks = client.get_collection(chunks_name, embedding_function=None).count()
    except Exception as exc:
        if not is_missing(exc):
            raise
        return None
    meta = docs.metadata or {}
    return CollectionInfo(name, docs.count(), chunks, meta.get("last_ingest") or None)


def open_pair(client: Any, prefix: str, name: str, create: bool) -> tuple[Any, Any]:
    """(chunks, documents) Chroma collections of `name`. If it does not exist: created if
    `create` (the documents collection last, holding the first generation), else two `Missing`."""
    chunks_name, docs_name = chroma_names(prefix, name)
    cosine = {"hnsw": {"space": "cosine"}}
    try:
        docs = client.get_collection(docs_name, embedding_function=None)
    except Exception as exc:
        if not is_missing(exc):
            raise
        if not create:
            return Missing(), Missing()
        drop(client, prefix, name)  # the leftovers of an interrupted create or delete
        chunks = client.create_collection(chunks_name, embedding_function=None, configuration=cosine)
        first = {"generation": time.time_ns() // 1_000_000, "model": "", "dirty": False, "last_ingest": 0.0}
        log.info("creating collection %r", name)
        return chunks, client.create_collection(docs_name, embedding_function=None, metadata=first)
    return client.get_or_create_collection(chunks_name, embedding_function=None, configuration=cosine), docs


def drop(client: Any, prefix: str, name: str) -> None:
    """Delete both Chroma collections of `name`, documents first (idempotent)."""
    for chroma_name in reversed(chroma_names(prefix, name)):
        try:
            client.delete_collection(chroma_name)
        except Exception as exc:
            if not is_missing(exc):
                raise


def clear_folder(folder: Path) -> None:
    """Empty a named collection's folder (keyword index, vectors, uploads); its lock file stays,
    since a writer may be waiting on it."""
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        if child.name == "write.lock":
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def is_missing(exc: Exception) -> bool:
    """Chroma's "collection does not exist" (NotFoundError in 1.x, both backends; older versions
    raised InvalidCollectionException). Matched by name: chromadb is imported late."""
    return type(exc).__name__ in ("NotFoundError", "InvalidCollectionException")


@contextlib.contextmanager
def write_lock(folder: Path, where: str) -> Iterator[None]:
    """One writer per collection on this machine (an flock in its folder); readers never wait."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "write.lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("another ingest is writing to %s; waiting for it to finish", where)
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class Missing:
    """Stands in for a Chroma collection not created yet: reads find nothing. The first write
    creates the real one (Store.ensure), so reading a collection never creates it."""

    id = None
    metadata = None

    def get(self, **_: Any) -> dict:
        return {"ids": [], "documents": [], "metadatas": [], "embeddings": []}

    def query(self, **_: Any) -> dict:
        return {"ids": [[]], "distances": [[]]}

    def count(self) -> int:
        return 0
