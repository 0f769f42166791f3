"""How records are kept in Chroma: document and chunk records <-> Chroma metadata."""

from __future__ import annotations

import json

from dragoman.index.documents import (
    ChunkRecord,
    DocumentInfo,
    LineMap,
    pack_boundaries,
    unpack_boundaries,
)
from dragoman.index.span import Span
from dragoman.index.text import split_sentences


def doc_meta(info: DocumentInfo, lines: LineMap) -> dict:
    meta = {
        "title": info.title,
        "root": info.root,
        "file_hash": info.file_hash,
        "signature": info.signature,
        "chunk_ids": json.dumps(list(info.chunk_ids)),
        "ingested_at": info.ingested_at,
        "size": info.size,
        "linemap": lines.dumps(),
        "spans": ",".join(f"{a}-{b}" for a, b in info.spans),
    }
    if info.metadata:
        meta["metadata"] = json.dumps(dict(info.metadata))
    return meta


def doc_info(doc_id: str, meta: dict) -> DocumentInfo:
    return DocumentInfo(
        doc_id=doc_id,
        title=meta.get("title", doc_id),
        root=meta.get("root", ""),
        file_hash=meta.get("file_hash", ""),
        signature=meta.get("signature", ""),
        chunk_ids=tuple(json.loads(meta.get("chunk_ids", "[]"))),
        ingested_at=float(meta.get("ingested_at", 0.0)),
        size=int(meta.get("size", 0)),
        spans=_spans(meta.get("spans", "")),
        metadata=_metadata(meta.get("metadata")),
    )


def _metadata(blob: str | None) -> dict:
    try:
        value = json.loads(blob) if blob else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _spans(blob: str) -> tuple[tuple[int, int], ...]:
    """The span table doc_meta wrote; () for stores written before it existed, or if damaged."""
    try:
        return tuple((int(a), int(b)) for a, b in (item.split("-") for item in blob.split(","))) if blob else ()
    except ValueError:
        return ()


def span_meta(c: ChunkRecord) -> dict:
    return {
        "doc_id": c.span.source,
        "title": c.title,
        "start": c.span.start,
        "end": c.span.end,
        "line_start": c.span.line_start,
        "line_end": c.span.line_end,
        "section": c.section,
    }


def chunk_meta(c: ChunkRecord) -> dict:
    meta = span_meta(c) | {
        "hash": c.content_hash,
        "embed_prefix": c.embed_text[: len(c.embed_text) - len(c.text)] if c.embed_text.endswith(c.text) else "",
        "sents": pack_boundaries(c.sentences),
    }
    if c.packed_vectors:
        meta["sentences"] = c.packed_vectors
    return meta


def chunk_record(chunk_id: str, text: str, meta: dict) -> ChunkRecord:
    prefix = meta.get("embed_prefix", "")
    span = Span(
        meta["doc_id"],
        int(meta["start"]),
        int(meta["end"]),
        int(meta.get("line_start", 1)),
        int(meta.get("line_end", 1)),
    )
    # Chunks written before boundaries were stored: split once, here (records are cached).
    sentences = unpack_boundaries(meta.get("sents", "")) or tuple(split_sentences(text))
    return ChunkRecord(
        chunk_id=chunk_id,
        span=span,
        title=meta.get("title", ""),
        text=text,
        embed_text=prefix + text,
        section=meta.get("section", ""),
        content_hash=meta.get("hash", ""),
        sentences=sentences,
        packed_vectors=meta.get("sentences", ""),
    )
