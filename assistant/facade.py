"""The public Python API: `Assistant` opens a store once and searches, answers, re-indexes.

Each `search` and `ask` reads one snapshot of the store (index/snapshot.py) from start to
end; the answer is composed by a pure answerer from evidence gathered from that snapshot.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dragoman.assistant.answer import Answer, Answerer, Evidence
from dragoman.assistant.evidence import gather
from dragoman.assistant.extractive import compose
from dragoman.assistant.generative import Event, GenerativeAnswerer
from dragoman.assistant.llm import LLMError
from dragoman.assistant.question import resolve_followup
from dragoman.assistant.settings import ANSWERERS, Settings
from dragoman.assistant.verify import Verifier
from dragoman.index.core import Index
from dragoman.index.documents import Document, DocumentInfo
from dragoman.index.embedder import Embedder
from dragoman.index.errors import QuestionError, StoreError
from dragoman.index.retrieval import Passage
from dragoman.index.snapshot import Snapshot

if TYPE_CHECKING:  # ingestion is imported when it is used: answering does not need it
    from dragoman.ingest.pipeline import IngestReport, OnFile, ProgressFactory

log = logging.getLogger(__name__)

__all__ = ["Assistant", "Status"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # undecodable bytes (surrogateescape), lone halves

# Earlier questions (str), earlier Answers, (user, assistant) pairs or {"role": ..., "content": ...} messages.
History = Sequence[Any]


@dataclass(frozen=True)
class Status:
    location: str  # the store folder, or the Chroma server's URL
    backend: str  # "embedded" or "server"
    model: str
    generation: int  # committed ingests so far
    last_ingest: float | None  # seconds since the epoch
    interrupted: bool  # an ingest started writing and did not finish: `ingest` repairs it
    documents: list[DocumentInfo]
    chunks: int


class Assistant:
    """Search and cited answers over a Dragoman store.

    `Assistant()` uses the default store (.dragoman, or $DRAGOMAN_STORE);
    `Assistant(store="dir")` or `Assistant(chroma_url="http://127.0.0.1:8000")`
    pick another; any other setting can be passed by name (see `dragoman.Settings`).
    `embedder` is an engine name (the setting: "auto", "onnx", "onnx-int8", "torch") or an
    `Embedder` object to share one loaded model between assistants.
    """

    def __init__(
        self,
        store: str | Path | None = None,
        chroma_url: str | None = None,
        settings: Settings | None = None,
        embedder: Embedder | str | None = None,
        answerer: Answerer = compose,
        llm: Any = None,
        **overrides: Any,
    ):
        if isinstance(embedder, str):  # the setting, not an object
            overrides["embedder"], embedder = embedder, None
        base = settings or Settings.load()
        changes = {k: v for k, v in dict(store=store, chroma_url=chroma_url, **overrides).items() if v is not None}
        self.settings = base.replace(**changes) if changes else base
        self.index = Index(self.settings.index, self.settings.retrieval, embedder=embedder)
        self.answerer = answerer  # the extractive answerer (and the fallback of the generative one)
        self._llm = llm  # a llama-index LLM, or None: built from settings.llm when a URL is configured
        self._generative: GenerativeAnswerer | None = None
        self._generative_lock = threading.Lock()
        self._write_lock = threading.Lock()

    # -- re-indexing ------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[str | Path],
        rebuild: bool = False,
        progress: ProgressFactory | None = None,
        on_file: OnFile | None = None,
    ) -> IngestReport:
        """Bring the index in line with these files/folders (only what changed is re-embedded).
        `progress(total)` returns a tick for embedded chunks; `on_file` hears of each file read."""
        from dragoman.ingest import ingest

        with self._write_lock:
            return ingest(self.index, list(paths), rebuild=rebuild, progress=progress, on_file=on_file)

    def remove(self, doc_ids: Sequence[str]) -> IngestReport:
        """Remove documents from the index by id (the files are left alone)."""
        from dragoman.ingest import remove

        with self._write_lock:
            return remove(self.index, list(doc_ids))

    def documents(self) -> list[DocumentInfo]:
        return self.index.store.documents()

    def document(self, doc_id: str) -> Document:
        """A document's canonical text (what citations' spans index into); KeyError if absent."""
        return self.index.snapshot().document(doc_id)

    def status(self) -> Status:
        """What is indexed, where, with which model, and whether an ingest was interrupted."""
        store = self.index.store
        state = store.state()
        return Status(
            store.location,
            store.backend,
            state.model or self.settings.index.model_name,
            state.generation,
            state.last_ingest,
            state.dirty,
            store.documents(),
            store.chunk_count(),
        )

    def warm_up(self) -> None:
        """Load the query encoder, the keyword index and the vectors now rather than on the first question."""
        self.index.query_vector("warm up")
        self.index.vectors()

    # -- questions --------------------------------------------------------------------
    def search(
        self, query: str, k: int | None = None, mode: str | None = None, sources: Sequence[str] | None = None
    ) -> list[Passage]:
        """Ranked passages (hybrid by default), each with source, span, lines and scores."""
        query = self._check(query)
        return self._snapshot().search(query, k=k, mode=mode, sources=sources)

    def ask(
        self,
        question: str,
        history: History | None = None,
        k: int | None = None,
        mode: str | None = None,
        answerer: str | None = None,
        sources: Sequence[str] | None = None,
    ) -> Answer:
        """A cited answer, or an abstention listing the closest passages.

        `history` is the conversation so far (see `History`); a follow-up such as "And what
        about Qatar?" is resolved against the previous question. `answerer` is "extractive" or
        "generative" (default: settings.llm.answerer; generative when an LLM is configured);
        `sources` restricts the answer to these document ids.
        """
        final = None
        for event in self.ask_stream(question, history, k, mode, answerer, sources):
            final = event
        assert isinstance(final, Answer)  # ask_stream always ends with the answer
        return final

    def ask_stream(
        self,
        question: str,
        history: History | None = None,
        k: int | None = None,
        mode: str | None = None,
        answerer: str | None = None,
        sources: Sequence[str] | None = None,
    ) -> Iterator[Event]:
        """`ask`, yielding the answer as it is produced, then the final `Answer`.

        Generative answers stream the model's text as it comes and each sentence's verdict once it
        is complete. The extractive answerer composes a whole answer at once, so its pieces (one
        per cited sentence) follow each other immediately."""
        question = self._check(question)
        snapshot = self._snapshot()
        resolved = resolve_followup(question, previous_questions(history))
        passages = snapshot.search(
            resolved, k=max(k or self.settings.answer.answer_passages, 1), mode=mode, sources=sources
        )
        evidence = gather(snapshot, resolved, passages)
        for event in self._answer(resolved, evidence, answerer):
            if isinstance(event, Answer) and resolved != question:
                event = dataclasses.replace(event, question=question, resolved_question=resolved)
            yield event

    def _answer(self, question: str, evidence: Evidence, answerer: str | None) -> Iterator[Event]:
        if self.answerer_for(answerer) == "generative":
            try:
                generative = self._generative_answerer()
            except LLMError as exc:
                answer = self.answerer(question, evidence, self.settings.answer)
                yield dataclasses.replace(answer, mode="fallback", notice=f"Extractive answer shown: {exc}.")
                return
            yield from generative.stream(question, evidence, self.settings.answer)
            return
        answer = self.answerer(question, evidence, self.settings.answer)
        if not answer.abstained:
            for n, citation in enumerate(answer.citations):
                yield ("" if n == 0 else " ") + f"{citation.quote} [{citation.number}]"
        yield answer

    def answerer_for(self, answerer: str | None = None) -> str:
        """Which answerer a question gets: "generative" or "extractive"."""
        wanted = answerer or self.settings.llm.answerer
        if wanted not in ("auto", *ANSWERERS):
            raise QuestionError(f"answerer must be extractive or generative, got {wanted!r}")
        if wanted == "auto":
            return "generative" if self.llm_configured else "extractive"
        return wanted

    @property
    def llm_configured(self) -> bool:
        return self._llm is not None or bool(self.settings.llm.llm_url)

    def _generative_answerer(self) -> GenerativeAnswerer:
        """Built on first use (and again after a failure to reach the server)."""
        with self._generative_lock:
            return self._build_generative()

    def _build_generative(self) -> GenerativeAnswerer:
        if self._generative is None:
            from dragoman.assistant.llm import build_llm

            llm = self._llm if self._llm is not None else build_llm(self.settings.llm)
            verifier = Verifier(self.index.text_vectors)
            self._generative = GenerativeAnswerer(llm, verifier, self.settings.llm, fallback=self.answerer)
        return self._generative

    def _snapshot(self) -> Snapshot:
        snapshot = self.index.snapshot()
        if len(snapshot) == 0:
            raise StoreError(
                f"no documents are indexed in {self.index.store.location}; "
                "run `dragoman ingest PATH` (or use the Library tab) first"
            )
        return snapshot

    def _check(self, text: str) -> str:
        if not isinstance(text, str):
            raise QuestionError(f"a question must be text, got {type(text).__name__}")
        if _SURROGATE.search(text):
            raise QuestionError(
                "the question is not valid Unicode text (undecodable bytes, e.g. from a terminal "
                "that is not set to UTF-8); retype it"
            )
        text = " ".join(_CONTROL.sub(" ", text).split())
        limit = self.settings.answer.max_question_chars
        if not text:
            raise QuestionError("the question is empty: type a question about your documents")
        if len(text) > limit:
            raise QuestionError(
                f"the question is {len(text):,} characters long; the limit is {limit:,} (setting max_question_chars)"
            )
        return text


def previous_questions(history: History | None) -> list[str]:
    """The user's earlier questions, from any of the forms `History` allows."""
    out: list[str] = []
    for turn in history or []:
        if isinstance(turn, str):
            out.append(turn)
        elif isinstance(turn, Answer):
            out.append(turn.resolved_question or turn.question)
        elif isinstance(turn, dict):
            if turn.get("role") == "user" and isinstance(turn.get("content"), str):
                out.append(turn["content"])
        elif isinstance(turn, (list, tuple)) and turn and isinstance(turn[0], str):
            out.append(turn[0])
    return out
