"""Extractive answers: pick, order and cite the sentences that answer the question.

No LLM can be had offline here, so the answer is composed from the retrieved
passages themselves. Every sentence of the answer is a verbatim span of a
document's canonical text and carries a citation whose quote is exactly that
span — so `canonical_text[start:end] == quote` holds by construction.
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from typing import Callable

from index.keyword import Analyzer, KeywordIndex
from index.retrieval import Passage
from ingest.chunker import split_sentences

# Words that shape a question but say nothing about its subject.
_QUESTION_WORDS = {
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "did", "does", "do", "is", "are",
    "was", "were", "according", "give", "given", "name", "tell", "explain", "describe", "say", "said", "role",
    "example", "examples", "kind", "type", "mean", "means", "many", "much",
}


@dataclass(frozen=True)
class Citation:
    number: int  # the [n] marker in the answer text
    source: str  # document id: file path relative to the corpus root
    title: str
    quote: str  # == canonical_text(source)[start:end]
    start: int
    end: int
    line_start: int
    line_end: int
    score: float
    passage: Passage = field(repr=False)  # the retrieved passage the quote lies in (context)


@dataclass(frozen=True)
class Answer:
    question: str
    text: str  # with inline [n] markers; empty-ish when abstained
    citations: list[Citation]
    abstained: bool
    passages: list[Passage]  # what retrieval returned (closest passages when abstaining)
    confidence: float  # the evidence strength the abstention threshold is applied to
    resolved_question: str | None = None  # the question as understood after a follow-up

    def to_dict(self) -> dict:
        data = asdict(self)
        for c in data["citations"]:
            c.pop("passage", None)
        return data

    def render_text(self) -> str:
        if self.abstained:
            lines = [self.text, "", "Closest passages:"]
            for i, p in enumerate(self.passages[:3], 1):
                lines.append(f"  ({i}) {p.source}, lines {p.line_start}-{p.line_end}: {_clip(p.text, 200)}")
            return "\n".join(lines)
        lines = [self.text, ""]
        for c in self.citations:
            lines.append(f"[{c.number}] {c.source}, lines {c.line_start}-{c.line_end} — {c.title}")
        return "\n".join(lines)


ABSTAIN_TEXT = "The documents don't answer this question."


@dataclass(frozen=True)
class _Candidate:
    passage: Passage
    rank: int
    start: int
    end: int
    text: str
    coverage: float
    score: float


class Composer:
    def __init__(self, keyword: KeywordIndex, locate: Callable[[str, int, int], tuple[int, int]],
                 max_sentences: int, min_similarity: float, min_coverage: float):
        self.keyword = keyword
        self.locate = locate  # (source, start, end) -> line range in the source file
        self.analyzer: Analyzer = keyword.analyzer
        self.max_sentences = max_sentences
        self.min_similarity = min_similarity
        self.min_coverage = min_coverage

    def query_terms(self, question: str) -> dict[str, float]:
        words = [w for w in self.analyzer.words(question) if w not in _QUESTION_WORDS]
        stems = self.analyzer._stem(words) if words else []
        n = max(len(self.keyword), 1)
        # An unseen term weighs like the rarest seen term: "not in the corpus" counts against coverage.
        unseen = math.log(1 + (n + 0.5) / 0.5)
        return {s: (self.keyword.idf(s) or unseen) for s in dict.fromkeys(stems)}

    def compose(self, question: str, passages: list[Passage], top_similarity: float) -> Answer:
        terms = self.query_terms(question)
        total = sum(terms.values()) or 1.0
        candidates: list[_Candidate] = []
        for rank, p in enumerate(passages):
            for s in split_sentences(p.text):
                text = p.text[s.start:s.end]
                if s.heading or len(text.split()) < 4:
                    continue
                stems = set(self.analyzer(text))
                coverage = sum(w for t, w in terms.items() if t in stems) / total
                prior = 1.0 / (rank + 2)
                score = coverage + 0.3 * prior + 0.3 * (p.similarity or 0.0)
                candidates.append(_Candidate(p, rank, p.start + s.start, p.start + s.end, text, coverage, score))
        best = max(candidates, key=lambda c: c.score, default=None)
        confidence = min(top_similarity / max(self.min_similarity, 1e-9), (best.coverage if best else 0.0) / max(self.min_coverage, 1e-9))
        if best is None or top_similarity < self.min_similarity or best.coverage < self.min_coverage:
            return Answer(question, ABSTAIN_TEXT, [], True, passages, round(confidence, 4))
        chosen = self._select(best, candidates)
        return self._render(question, chosen, passages, confidence)

    def _select(self, best: _Candidate, candidates: list[_Candidate]) -> list[_Candidate]:
        chosen = [best]
        seen_spans = {(best.passage.source, best.start)}
        for c in sorted(candidates, key=lambda c: -c.score):
            if len(chosen) >= self.max_sentences:
                break
            if (c.passage.source, c.start) in seen_spans or c.score < 0.75 * best.score or c.coverage < self.min_coverage:
                continue
            if any(_overlaps(c, o) or _similar(c.text, o.text) for o in chosen):
                continue
            chosen.append(c)
            seen_spans.add((c.passage.source, c.start))
        # Read well: sentences of one document together, in document order; documents by best sentence.
        first = {}
        for c in chosen:
            first.setdefault(c.passage.source, len(first))
        return sorted(chosen, key=lambda c: (first[c.passage.source], c.start))

    def _render(self, question: str, chosen: list[_Candidate], passages: list[Passage], confidence: float) -> Answer:
        parts, citations = [], []
        for n, c in enumerate(chosen, 1):
            l1, l2 = self.locate(c.passage.source, c.start, c.end)
            citations.append(Citation(n, c.passage.source, c.passage.title, c.text, c.start, c.end, l1, l2,
                                      round(c.score, 4), c.passage))
            parts.append(f"{c.text} [{n}]")
        return Answer(question, " ".join(parts), citations, False, passages, round(confidence, 4))


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    return a.passage.source == b.passage.source and a.start < b.end and b.start < a.end


def _similar(a: str, b: str, threshold: float = 0.6) -> bool:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= threshold


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
