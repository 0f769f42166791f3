"""Records kept in the store: documents (canonical text + line map) and chunks."""

from __future__ import annotations

import base64
import bisect
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dragoman.index.span import Span
from dragoman.index.text import Sentence


@dataclass(frozen=True)
class LineMap:
    """Maps canonical-text offsets to line numbers of the source file.

    Rows are (canonical start, length, first line, last line) of each slice the
    canonical text was assembled from; text between slices is a separator.
    """

    rows: list[tuple[int, int, int, int]]

    def line_range(self, start: int, end: int) -> tuple[int, int]:
        if not self.rows:
            return (1, 1)
        first = self._row(start)[2]
        last = self._row(max(start, end - 1))[3]
        return first, max(first, last)

    def _row(self, pos: int) -> tuple[int, int, int, int]:
        starts = self.__dict__.get("_starts")
        if starts is None:  # frozen dataclass: cache the row starts once
            starts = [r[0] for r in self.rows]
            object.__setattr__(self, "_starts", starts)
        i = bisect.bisect_right(starts, pos) - 1
        return self.rows[max(i, 0)]

    def dumps(self) -> str:
        return json.dumps(self.rows, separators=(",", ":"))

    @classmethod
    def loads(cls, data: str | None) -> LineMap:
        return cls([tuple(r) for r in json.loads(data)] if data else [])


@dataclass(frozen=True)
class DocumentInfo:
    """A document as listed: no text."""

    doc_id: str  # path relative to the corpus root, POSIX style
    title: str
    root: str  # absolute corpus root it was ingested from
    file_hash: str
    signature: str  # cleaning/chunking settings it was built with
    chunk_ids: tuple[str, ...]
    ingested_at: float
    size: int
    # (start, end) of each chunk in this version's canonical text, aligned with chunk_ids: written
    # with the text in one record, so a reader never pairs a text with another version's spans
    spans: tuple[tuple[int, int], ...] = ()
    # what the document came with besides its text: a llama-index Document's metadata, or what the
    # reader noted, e.g. {"ocr": [3, 4]} (pages read by OCR, 1-based); {} when nothing
    metadata: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def chunks(self) -> int:
        return len(self.chunk_ids)

    @property
    def path(self) -> str:
        return f"{self.root.rstrip('/')}/{self.doc_id}"


@dataclass(frozen=True)
class Document:
    info: DocumentInfo
    text: str  # canonical text: what was read, after cleaning
    lines: LineMap = field(repr=False)

    @property
    def metadata(self) -> Mapping[str, Any]:
        """What is stored with the document (`info.metadata`): title, authors, published, publisher
        where the file states them, pages read by OCR, a llama-index Document's own metadata."""
        return self.info.metadata

    @functools.cached_property
    def _spans(self) -> dict[str, tuple[int, int]]:
        return dict(zip(self.info.chunk_ids, self.info.spans))

    def span_of(self, chunk_id: str) -> tuple[int, int] | None:
        """Where a chunk lies in this version of the text; None if it is not part of it."""
        return self._spans.get(chunk_id)


@dataclass(frozen=True)
class ChunkRecord:
    chunk_id: str
    span: Span  # where chunk.text lies in its document
    title: str
    text: str  # == canonical_text[span.start:span.end]
    embed_text: str  # what was embedded (text, with section heading for context)
    section: str
    content_hash: str
    sentences: tuple[Sentence, ...] = ()  # sentence boundaries in `text`, computed once at ingest
    packed_vectors: str = ""  # sentence vectors (pack_sentences), "" when the store has none

    @functools.cached_property
    def unpacked_vectors(self) -> dict[tuple[int, int], np.ndarray]:
        """Unpacked once per record (records are cached per generation)."""
        return unpack_sentences(self.packed_vectors)

    def sentence_vectors(self) -> dict[tuple[int, int], np.ndarray]:
        """(start, end) in `text` -> unit vector of that sentence, computed at ingest."""
        return self.unpacked_vectors


def pack_boundaries(sentences: Sequence[Sentence]) -> str:
    """Sentence boundaries as compact text for the chunk's metadata: "start-end-flags,...",
    flags 1 = ends a paragraph, 2 = a heading."""
    return ",".join(f"{s.start}-{s.end}-{int(s.paragraph_end) | int(s.heading) << 1}" for s in sentences)


def unpack_boundaries(blob: str) -> tuple[Sentence, ...] | None:
    """The boundaries `pack_boundaries` wrote, or None when missing or damaged."""
    if not blob:
        return None
    try:
        rows = [tuple(int(x) for x in item.split("-")) for item in blob.split(",")]
        return tuple(Sentence(a, b, bool(f & 1), bool(f & 2)) for a, b, f in rows)
    except ValueError:
        return None


# Sentence vectors travel in the chunk's metadata, quantised to int8 (384 bytes per
# sentence for MiniLM): a vector is scaled so its largest component is 127, and is
# renormalised when read, so no scale is stored. The cosine error is ~1e-3, far inside
# the abstention margins. Stored with the chunk, they are written, reused and deleted
# with it: no second collection to keep in step.
def pack_sentences(spans: Sequence[tuple[int, int]], vectors: np.ndarray) -> str:
    keep = [i for i in range(len(spans)) if np.any(vectors[i])]
    if not keep:
        return ""
    rows = vectors[keep]
    q = np.round(rows / np.abs(rows).max(axis=1, keepdims=True) * 127).astype(np.int8)
    where = ",".join(f"{spans[i][0]}-{spans[i][1]}" for i in keep)
    return f"{where};{rows.shape[1]};{base64.b64encode(q.tobytes()).decode('ascii')}"


def unpack_sentences(blob: str) -> dict[tuple[int, int], np.ndarray]:
    if not blob:
        return {}
    try:
        where, dim, data = blob.split(";")
        spans = [(int(a), int(b)) for a, b in (pair.split("-") for pair in where.split(","))]
        rows = np.frombuffer(base64.b64decode(data), dtype=np.int8).reshape(len(spans), int(dim)).astype(np.float32)
    except ValueError:  # damaged metadata: answering embeds these sentences itself
        return {}
    rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
    return dict(zip(spans, rows))
