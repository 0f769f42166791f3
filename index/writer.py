"""The one writer: changes to the store collected, then committed together in a crash-safe order.

Write order, so that readers and a crash at any point are safe:
1. mark the store dirty; 2. add new chunks, move kept ones, write document records (not yet
visible: readers only see chunks listed in the committed keyword index); 3. commit: a new
generation and its keyword index; 4. delete what was superseded; 5. mark clean. A run that
finds the store dirty deletes chunks no document owns and re-reads documents missing chunks
(ingest/pipeline.py), so every step may be interrupted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from dragoman.index.documents import ChunkRecord, DocumentInfo, LineMap
from dragoman.index.store import Store


@dataclass(frozen=True)
class KeywordChange:
    """What a commit changes in the keyword index, so it is updated in proportion to the change."""

    added: list[str]  # chunk ids the written documents list, by document id then position
    removed: set[str]  # chunk ids no document lists any more
    texts: dict[str, str]  # embed texts of the chunks this transaction holds in memory
    # False when an interrupted run may have written documents the keyword index never saw:
    # then the index is brought in line with every document instead
    complete: bool = True


CommitKeyword = Callable[[Callable[[], int], KeywordChange], None]


@dataclass
class Transaction:
    store: Store
    model: str
    commit_keyword: CommitKeyword  # runs the store's commit and builds the new keyword index
    new_chunks: list[ChunkRecord] = field(default_factory=list)
    new_vectors: list[np.ndarray] = field(default_factory=list)
    moved_chunks: list[ChunkRecord] = field(default_factory=list)
    documents: list[tuple[DocumentInfo, str, LineMap]] = field(default_factory=list)
    removed_documents: list[str] = field(default_factory=list)
    doomed_chunks: list[str] = field(default_factory=list)
    keep_dirty: bool = False  # leave repair work for the next ingest
    force: bool = False  # commit even without changes (to clear an interrupted run's state)
    interrupted: bool = False  # the store was left dirty by a run that did not finish

    def add_chunks(self, records: Sequence[ChunkRecord], vectors: np.ndarray) -> None:
        self.new_chunks.extend(records)
        self.new_vectors.extend(vectors)

    def move_chunks(self, records: Sequence[ChunkRecord]) -> None:
        """Same text, new place: metadata only, no embedding."""
        self.moved_chunks.extend(records)

    def put_document(self, info: DocumentInfo, text: str, lines: LineMap) -> None:
        self.documents.append((info, text, lines))

    def remove_document(self, doc_id: str) -> None:
        self.removed_documents.append(doc_id)

    def delete_chunks(self, ids: Sequence[str]) -> None:
        """Chunks to delete once the new generation is committed."""
        self.doomed_chunks.extend(ids)

    @property
    def empty(self) -> bool:
        return not (
            self.new_chunks or self.moved_chunks or self.documents or self.removed_documents or self.doomed_chunks
        )

    def keyword_change(self) -> KeywordChange:
        listed = [cid for info, _, _ in sorted(self.documents, key=lambda d: d[0].doc_id) for cid in info.chunk_ids]
        texts = {r.chunk_id: r.embed_text for r in (*self.new_chunks, *self.moved_chunks)}
        return KeywordChange(listed, set(self.doomed_chunks) - set(listed), texts, complete=not self.interrupted)

    def commit(self) -> None:
        if self.empty and not self.force:
            return
        store = self.store
        store.begin_write(self.model)
        if self.new_chunks:  # one write per kind: Chroma calls have a fixed cost
            store.add_chunks(self.new_chunks, np.stack(self.new_vectors))
        if self.moved_chunks:
            store.update_chunk_spans(self.moved_chunks)
        if self.documents:
            store.put_documents(self.documents)
        for doc_id in self.removed_documents:
            store.delete_document(doc_id)
        self.commit_keyword(store.commit, self.keyword_change())
        store.delete_chunks(self.doomed_chunks)
        if not self.keep_dirty:
            store.finish_write()
