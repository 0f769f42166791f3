"""What an ingest reports: per file as it goes (`FileProgress`), and in total (`IngestReport`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

ProgressFactory = Callable[[int], Callable[[int], None]]  # total chunks to embed -> tick(chunks done)


@dataclass(frozen=True)
class FileProgress:
    """One file of an ingest read (or skipped): the `on_file` callback's argument."""

    number: int  # 1-based, among `total` files found
    total: int
    doc_id: str
    chunks: int  # chunks the file was split into (0 if skipped)
    skipped: str = ""  # why it was skipped, if it was


OnFile = Callable[[FileProgress], None]


@dataclass
class IngestReport:
    """What an ingest run actually did."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # path -> reason
    chunks_embedded: int = 0
    chunks_reused: int = 0  # same text found in the store: vector copied, not re-embedded
    chunks_deleted: int = 0
    chunks_moved: int = 0
    repaired: int = 0  # orphan chunks removed / documents re-read after an interrupted run
    model_loaded: bool = False
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.changed)} changed",
            f"{len(self.removed)} removed",
            f"{len(self.unchanged)} unchanged",
            f"{len(self.skipped)} skipped",
        ]
        return (
            f"files: {', '.join(parts)}; chunks: {self.chunks_embedded} embedded, "
            f"{self.chunks_reused} reused, {self.chunks_deleted} deleted; {self.seconds:.1f}s"
        )
