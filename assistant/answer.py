"""Answers: what every answerer returns, and the evidence it is given.

An answerer is a pure function `compose(question, evidence, settings) -> Answer`: the
evidence is plain data fetched from one snapshot of the store (passages, their documents'
texts and line maps, vectors, term weights), so an answerer needs no store, no model and
no callbacks, and its tests build evidence by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from dragoman.index.documents import Document
from dragoman.index.retrieval import Passage
from dragoman.index.span import Located, Span

if TYPE_CHECKING:
    from dragoman.assistant.settings import AnswerSettings

ABSTAIN_TEXT = "The documents don't answer this question."

SentenceVectors = Mapping[tuple[int, int], np.ndarray]  # (start, end) in a passage's text -> unit vector


@dataclass(frozen=True)
class Evidence:
    """What an answerer reads, fetched from one snapshot: no store, no model behind it."""

    passages: tuple[Passage, ...]  # ranked, best first; each span exact in its document
    documents: Mapping[str, Document]  # source -> canonical text and line map
    question_vector: np.ndarray  # unit vector of the question
    sentence_vectors: Mapping[str, SentenceVectors]  # chunk id -> its quotable sentences' vectors
    term_weights: Mapping[str, float]  # the question's stemmed content words -> IDF in the collection
    compared: tuple[str, ...] = ()  # the documents a question comparing documents designates, in its order
    part_vectors: tuple[np.ndarray, ...] = ()  # a question asking several things: each part's vector
    # a question about a document itself (who wrote it...): source -> vector of its title and opening
    card_vectors: Mapping[str, np.ndarray] = field(default_factory=dict)
    naming: frozenset[str] = frozenset()  # stems said only in phrases naming a document ("the Moscow article")
    follows: tuple[Span, ...] = ()  # a follow-up: where the previous answer's quotes are (it goes on near them)


@dataclass(frozen=True)
class Citation(Located):
    number: int  # the [n] marker in the answer text
    span: Span  # where the quote is: document.text[span.start:span.end] == quote
    title: str
    quote: str
    score: float
    passage: Passage = field(repr=False)  # the retrieved passage the quote lies in (context)

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "source": self.source,
            "title": self.title,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "score": self.score,
        }


@dataclass(frozen=True)
class SentenceVerdict:
    """A sentence a language model wrote, and whether the passage it cites supports it."""

    text: str  # the sentence, its [n] markers removed
    supported: bool
    citation: int | None  # its number in Answer.citations when shown
    cited: tuple[int, ...]  # the passages ([n], 1-based) the model cited
    score: float  # the verifier's similarity of the sentence to its best span
    reason: str = ""  # why it is not shown ("" when it is)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "supported": self.supported,
            "citation": self.citation,
            "cited": list(self.cited),
            "score": self.score,
            "reason": self.reason,
        }


# "metadata": answered from the file's own metadata alone (author, date... that its text does not
# state): no text is quoted, so there are no citations, and the answer text names its source.
MODES = ("extractive", "generative", "fallback", "metadata")


@dataclass(frozen=True)
class Answer:
    question: str
    text: str  # with inline [n] markers; empty-ish when abstained
    citations: list[Citation]
    abstained: bool
    passages: list[Passage]  # what retrieval returned (closest passages when abstaining)
    confidence: float  # the evidence strength the abstention threshold is applied to
    resolved_question: str | None = None  # the question as understood after a follow-up
    mode: str = "extractive"  # one of MODES: who wrote the answer ("fallback": extractive, LLM failed)
    verdicts: tuple[SentenceVerdict, ...] = ()  # generative: every sentence the model wrote, shown or not
    notice: str | None = None  # a one-line message for the reader (why the LLM answer is not shown...)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: text, abstained, citations (with spans and lines), passages."""
        return {
            "question": self.question,
            "text": self.text,
            "citations": [c.to_dict() for c in self.citations],
            "abstained": self.abstained,
            "passages": [p.to_dict() for p in self.passages],
            "confidence": self.confidence,
            "resolved_question": self.resolved_question,
            "mode": self.mode,
            "verdicts": [v.to_dict() for v in self.verdicts],
            "notice": self.notice,
        }

    def render_text(self) -> str:
        note = [f"({self.notice})", ""] if self.notice else []
        if self.resolved_question and self.resolved_question != self.question:
            note = [f"Understood as: {self.resolved_question}", "", *note]
        return "\n".join([*note, self._render_body()])

    def _render_body(self) -> str:
        if self.abstained:
            lines = [self.text, "", "Closest passages:"]
            for i, p in enumerate(self.passages[:3], 1):
                lines.append(f"  ({i}) {p.source}, lines {p.line_start}-{p.line_end}: {_clip(p.text, 200)}")
            return "\n".join(lines)
        lines = [self.text, ""]
        for c in self.citations:
            lines.append(f"[{c.number}] {c.source}, lines {c.line_start}-{c.line_end} — {c.title}")
        return "\n".join(lines)


class Answerer(Protocol):
    """Anything that turns a question and its evidence into a cited answer (or an abstention)."""

    def __call__(self, question: str, evidence: Evidence, settings: AnswerSettings) -> Answer: ...


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
