"""The one span type: the text of one document at [start, end), with its line range.

Chunks, retrieved passages, citations and the UI all name a place in a document this way;
`start`/`end` are offsets into the document's canonical text (what was read, after
cleaning), so `document.text[span.start:span.end]` is the quoted text, always.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    source: str  # document id: the file's path relative to its corpus root, POSIX style
    start: int
    end: int
    line_start: int = 1  # lines of the source file the span comes from (1-based, inclusive)
    line_end: int = 1

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"a span needs 0 <= start <= end, got [{self.start}, {self.end}) in {self.source!r}")

    def __len__(self) -> int:
        return self.end - self.start


class Located:
    """For results that carry a `span`: its fields read as their own (`passage.start`)."""

    span: Span

    @property
    def source(self) -> str:
        return self.span.source

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def line_start(self) -> int:
        return self.span.line_start

    @property
    def line_end(self) -> int:
        return self.span.line_end
