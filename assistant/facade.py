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
from dragoman.assistant.choices import options_sought
from dragoman.assistant.evidence import cased_follow_up, cased_question, gather, read_again, retrieve, search_cased
from dragoman.assistant.extractive import compose
from dragoman.assistant.followup import resolve_followup
from dragoman.assistant.generative import Event, GenerativeAnswerer
from dragoman.assistant.history import History, previous_turns, quoted_before
from dragoman.assistant.llm import LLMError
from dragoman.assistant.posted import posted_before
from dragoman.assistant.question import CARRIED
from dragoman.assistant.settings import ANSWERERS, Settings
from dragoman.assistant.verify import Verifier
from dragoman.assistant.words import unlabelled
from dragoman.index import catalog
from dragoman.index.catalog import CollectionInfo
from dragoman.index.core import Index
from dragoman.index.documents import Document, DocumentInfo
from dragoman.index.embedder import Embedder
from dragoman.index.errors import QuestionError, StoreError
from dragoman.index.retrieval import Passage
from dragoman.index.snapshot import Snapshot

if TYPE_CHECKING:  # ingestion and llama-index are imported when used: answering does not need them
    from llama_index.core.query_engine import RetrieverQueryEngine

    from dragoman.assistant.bridge import DragomanRetriever
    from dragoman.ingest.pipeline import IngestReport, OnFile, ProgressFactory

log = logging.getLogger(__name__)

__all__ = ["Assistant", "Status"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # undecodable bytes (surrogateescape), lone halves


@dataclass(frozen=True)
class Status:
    location: str  # the store folder, or the Chroma server's URL
    backend: str  # "embedded" or "server"
    model: str
    generation: int  # bumped by every committed ingest (a new collection starts at its creation time, in ms)
    last_ingest: float | None  # seconds since the epoch
    interrupted: bool  # an ingest started writing and did not finish: `ingest` repairs it
    documents: list[DocumentInfo]
    chunks: int
    collection: str = catalog.DEFAULT


class Assistant:
    """Search and cited answers over a Dragoman store.

    `Assistant()` uses the default store (.dragoman, or $DRAGOMAN_STORE);
    `Assistant(store="dir")` or `Assistant(chroma_url="http://127.0.0.1:8000")`
    pick another, `Assistant(collection="papers")` a named collection in it; any other
    setting can be passed by name (see `dragoman.Settings`).
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
        collection: str | None = None,
        **overrides: Any,
    ):
        if isinstance(embedder, str):  # the setting, not an object
            overrides["embedder"], embedder = embedder, None
        base = settings or Settings.load()
        given = dict(store=store, chroma_url=chroma_url, collection=collection, **overrides)
        changes = {k: v for k, v in given.items() if v is not None}
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

        self.index.store.state()
        if not self.index.store.exists:  # never create a collection to remove nothing from it
            raise KeyError(f"not in the store: {', '.join(doc_ids)} ({self.index.store.where} is empty)")
        with self._write_lock:
            return remove(self.index, list(doc_ids))

    def ingest_documents(
        self, documents: Iterable[Any], delete_missing: bool = False, progress: ProgressFactory | None = None
    ) -> IngestReport:
        """Index llama-index `Document`s (from any LlamaHub reader) like files: incrementally, by
        document id and content hash; `delete_missing` removes those ingested earlier and not given
        now. See assistant/bridge.py for how a Document's id is chosen."""
        from dragoman.assistant.bridge import ingest_documents

        with self._write_lock:
            return ingest_documents(self.index, documents, delete_missing, progress)

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
            self.collection,
        )

    # -- collections --------------------------------------------------------------------
    @property
    def collection(self) -> str:
        """The collection this Assistant reads and writes."""
        return self.settings.index.collection

    def collections(self) -> list[CollectionInfo]:
        """The store's collections ("default" first), with their document and chunk counts."""
        return catalog.listing(self.index.store.client, self.settings.index.collection_prefix)

    def open_collection(self, name: str) -> Assistant:
        """An Assistant on another collection of this store, sharing this one's settings, model,
        answerer and LLM. Nothing is created until something is written to it."""
        if name == self.collection:
            return self
        catalog.check_name(name, "name")
        settings = self.settings.replace(collection=name)
        return Assistant(settings=settings, embedder=self.index.embedder, answerer=self.answerer, llm=self._llm)

    def create_collection(self, name: str) -> Assistant:
        """Create an empty collection now (an ingest into a new collection creates it too) and
        return an Assistant on it; ValueError if it exists."""
        other = self.open_collection(name)
        if not other.index.create():
            raise ValueError(f"collection {name!r} already exists in {self.index.store.location}")
        return other

    def delete_collection(self, name: str) -> CollectionInfo:
        """Delete a collection (its documents, chunks, keyword index and uploads; source files are
        left alone) and return what it held. KeyError if there is none of that name."""
        catalog.check_deletable(catalog.check_name(name, "name"))
        found = catalog.info(self.index.store.client, self.settings.index.collection_prefix, name)
        if found is None:
            raise KeyError(f"no collection {name!r} in {self.index.store.location} (see `dragoman collections`)")
        other = self.open_collection(name)
        with other._write_lock:
            other.index.delete()
        return found

    def warm_up(self) -> None:
        """Load the query encoder, the keyword index and the vectors now rather than on the first question."""
        self.index.query_vector("warm up")
        self.index.vectors()

    # -- questions --------------------------------------------------------------------
    def search(
        self, query: str, k: int | None = None, mode: str | None = None, sources: Sequence[str] | None = None
    ) -> list[Passage]:
        """Ranked passages (hybrid by default), each with source, span, lines and scores."""
        return search_cased(self._snapshot(), self._check(query), k, mode, sources)

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
        n = max(k or self.settings.answer.answer_passages, 1)
        # (not "Brisk question:"; "what about oman?": the new name as the documents write it)
        # (a request body's own earlier messages are the latest turns: posted.py)
        turns_before = previous_turns([*(history or []), *posted_before(question)])
        asked, turns = cased_follow_up(snapshot, unlabelled(question), turns_before, n, mode, sources)
        resolved = resolve_followup(asked, turns)
        offered = options_sought(question)  # (a multiple-choice item's options help find its passages: choices.py)
        passages = retrieve(snapshot, resolved + offered, n, mode, sources)
        cased = cased_question(snapshot, resolved, passages)
        if cased != resolved:  # (a name may pick the document: index/prior.py)
            passages = retrieve(snapshot, cased + offered, n, mode, sources)
        # a follow-up referring back (not one moving to a new subject, "And what about Qatar?"):
        # what the answer before it quoted is read again, and sentences near it weigh more
        quoted = quoted_before(history) if CARRIED.search(resolved) and not CARRIED.search(asked) else []
        evidence = gather(snapshot, cased, read_again(snapshot, passages, quoted), tuple(c.span for c in quoted))
        for event in self._answer(cased, evidence, answerer):
            if isinstance(event, Answer) and cased != question:
                event = dataclasses.replace(
                    event, question=question, resolved_question=resolved if resolved not in (question, asked) else None
                )
            yield event

    # -- llama-index ------------------------------------------------------------------
    def as_retriever(
        self, k: int | None = None, mode: str | None = None, sources: Sequence[str] | None = None
    ) -> DragomanRetriever:
        """This store as a llama-index `BaseRetriever`: nodes with exact spans into
        `document(source).text`, and the document's metadata."""
        from dragoman.assistant.bridge import DragomanRetriever

        return DragomanRetriever(self, k=k, mode=mode, sources=sources)

    def as_query_engine(
        self,
        llm: Any = None,
        k: int | None = None,
        mode: str | None = None,
        sources: Sequence[str] | None = None,
        **kwargs: Any,
    ) -> RetrieverQueryEngine:
        """llama-index's `RetrieverQueryEngine` over `as_retriever()`, answering with `llm` (a llama-index
        LLM; default: the configured one, else `LLMError`); other arguments go to `from_args`."""
        from dragoman.assistant.bridge import query_engine

        return query_engine(self, llm, k, mode, sources, **kwargs)

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
            raise self._nothing_indexed()
        return snapshot

    def _nothing_indexed(self) -> StoreError:
        store = self.index.store
        flag = "" if self.collection == catalog.DEFAULT else f" --collection {self.collection}"
        if flag and not store.exists:
            known = ", ".join(c.name for c in self.collections())
            return StoreError(
                f"there is no collection {self.collection!r} in {store.location} (collections: {known}); "
                f"create it with `dragoman ingest PATH{flag}`, or pick another"
            )
        return StoreError(
            f"no documents are indexed in {store.where}; "
            f"run `dragoman ingest PATH{flag}` (or use the Library tab) first"
        )

    def _check(self, text: str) -> str:
        if not isinstance(text, str):
            raise QuestionError(f"a question must be text, got {type(text).__name__}")
        if _SURROGATE.search(text):
            raise QuestionError(
                "the question is not valid Unicode text (undecodable bytes, e.g. from a terminal "
                "that is not set to UTF-8); retype it"
            )
        # (the spaces of each line as one; its lines kept: each may be an ask of its own - words.py `unlabelled`)
        text = "\n".join(" ".join(line.split()) for line in _CONTROL.sub(" ", text).splitlines() if line.strip())
        limit = self.settings.answer.max_question_chars
        if not text:
            raise QuestionError("the question is empty: type a question about your documents")
        if len(text) > limit:
            raise QuestionError(
                f"the question is {len(text):,} characters long; the limit is {limit:,} (setting max_question_chars)"
            )
        return text
