"""The public Python API: `Assistant` opens a store once and searches, answers, re-indexes."""
from __future__ import annotations

import dataclasses
import logging
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Iterable, Sequence

from dragoman.assistant.answer import Answer, Citation, Composer
from dragoman.assistant.question import resolve_followup
from dragoman.index import Settings
from dragoman.index.documents import Document, DocumentInfo
from dragoman.index.errors import QuestionError, StoreError
from dragoman.index.retrieval import Index, Passage

log = logging.getLogger(__name__)

__all__ = ["Assistant", "Answer", "Citation", "Passage"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # undecodable bytes (surrogateescape), lone halves


class Assistant:
    """Search and cited answers over a Dragoman store.

    `Assistant()` uses the default store (.dragoman, or $DRAGOMAN_STORE);
    `Assistant(store="dir")` or `Assistant(chroma_url="http://127.0.0.1:8000")`
    pick another; any other setting can be passed by name (see `index.Settings`).
    """

    def __init__(self, store: str | Path | None = None, chroma_url: str | None = None,
                 settings: Settings | None = None, embedder=None, **overrides: Any):
        base = settings or Settings.load()
        changes = {k: v for k, v in dict(store=store, chroma_url=chroma_url, **overrides).items() if v is not None}
        self.settings = base.replace(**changes) if changes else base
        self.index = Index(self.settings, embedder=embedder)
        self._docs: OrderedDict[str, Document] = OrderedDict()  # canonical texts, for citations
        self._docs_generation = -1
        self._cache_lock = threading.Lock()
        self._write_lock = threading.Lock()

    # -- re-indexing ------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], rebuild: bool = False, progress=None):
        """Bring the index in line with these files/folders; returns an `IngestReport`."""
        from dragoman.ingest import ingest

        with self._write_lock:
            return ingest(self.index, list(paths), rebuild=rebuild, progress=progress)

    def remove(self, doc_ids: Sequence[str]):
        from dragoman.ingest import remove

        with self._write_lock:
            return remove(self.index, list(doc_ids))

    def documents(self) -> list[DocumentInfo]:
        return self.index.store.documents()

    def document(self, doc_id: str) -> Document:
        """A document's canonical text (what citations' spans index into)."""
        generation = self.index.keyword().generation  # a new ingest (maybe elsewhere) empties the cache
        with self._cache_lock:
            if self._docs_generation != generation:
                self._docs.clear()
                self._docs_generation = generation
            doc = self._docs.get(doc_id)
        if doc is None:
            doc = self.index.store.document(doc_id)
            if doc is None:
                raise KeyError(f"no document {doc_id!r} in the store (see `dragoman status`)")
            with self._cache_lock:
                self._docs[doc_id] = doc
                while len(self._docs) > 64:
                    self._docs.popitem(last=False)
        return doc

    def warm_up(self) -> None:
        """Load the query encoder, the keyword index and the vectors now rather than on the first question."""
        self.index.query_vector("warm up")
        self.index.vectors()

    # -- questions --------------------------------------------------------------------
    def search(self, query: str, k: int | None = None, mode: str | None = None,
               sources: Sequence[str] | None = None) -> list[Passage]:
        """Ranked passages (hybrid by default), each with source, span, lines and scores."""
        query = self._check(query)
        self._require_documents()
        return self._verified(self.index.search(query, k=k, mode=mode, sources=sources))

    def ask(self, question: str, history: Sequence[Any] | None = None, k: int | None = None,
            mode: str | None = None) -> Answer:
        """A cited answer, or an abstention listing the closest passages.

        `history` is the conversation so far, as (user, assistant) pairs or
        {"role": ..., "content": ...} messages; a follow-up such as "And what about
        Qatar?" is resolved against the previous question.
        """
        question = self._check(question)
        self._require_documents()
        resolved = resolve_followup(question, _previous_questions(history))
        s = self.settings
        passages = self._verified(self.index.search(resolved, k=max(k or s.answer_passages, 1), mode=mode))
        composer = Composer(self.index.keyword(), self.index.sentence_vectors, self.index.text_vectors,
                            self.index.query_vector(resolved), lambda source: self.document(source).text,
                            self._locate, s.answer_max_sentences, s.abstain_min_evidence)
        answer = composer.compose(resolved, passages)
        if resolved != question:
            answer = Answer(question, answer.text, answer.citations, answer.abstained, answer.passages,
                            answer.confidence, resolved)
        return answer

    def _verified(self, passages: list[Passage]) -> list[Passage]:
        """Passages whose span holds their text in the document as it is now.

        While another process re-indexes a document, its new text can be visible
        before the chunks' new spans are: relocate the passage, or drop it if its
        text is gone. Outside that window this is a plain check.
        """
        out = []
        for p in passages:
            try:
                text = self.document(p.source).text
            except KeyError:
                continue
            if text[p.start:p.end] != p.text:
                start = text.find(p.text)
                if start < 0:
                    continue
                p = dataclasses.replace(p, start=start, end=start + len(p.text))
            out.append(p)
        return out

    def _locate(self, source: str, start: int, end: int) -> tuple[int, int]:
        return self.document(source).lines.line_range(start, end)

    def _require_documents(self) -> None:
        if len(self.index.keyword()) == 0:
            raise StoreError(f"no documents are indexed in {self.index.store.location}; "
                             "run `dragoman ingest PATH` (or use the Library tab) first")

    def _check(self, text: str) -> str:
        if not isinstance(text, str):
            raise QuestionError(f"a question must be text, got {type(text).__name__}")
        if _SURROGATE.search(text):
            raise QuestionError("the question is not valid Unicode text (undecodable bytes, e.g. from a terminal "
                                "that is not set to UTF-8); retype it")
        text = " ".join(_CONTROL.sub(" ", text).split())
        if not text:
            raise QuestionError("the question is empty: type a question about your documents")
        if len(text) > self.settings.max_question_chars:
            raise QuestionError(f"the question is {len(text):,} characters long; the limit is "
                                f"{self.settings.max_question_chars:,} (setting max_question_chars)")
        return text


def _previous_questions(history: Sequence[Any] | None) -> list[str]:
    out: list[str] = []
    for turn in history or []:
        if isinstance(turn, dict):
            if turn.get("role") == "user" and isinstance(turn.get("content"), str):
                out.append(turn["content"])
        elif isinstance(turn, (list, tuple)) and turn and isinstance(turn[0], str):
            out.append(turn[0])
    return out
