"""Records kept in the store: documents (canonical text + line map) and chunks."""
from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field


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
    def loads(cls, data: str | None) -> "LineMap":
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


@dataclass(frozen=True)
class ChunkRecord:
    chunk_id: str
    doc_id: str
    title: str
    text: str  # == canonical_text[start:end]
    embed_text: str  # what was embedded (text, with section heading for context)
    start: int
    end: int
    line_start: int
    line_end: int
    section: str
    content_hash: str
