"""Extractive answers: pick, order and cite the sentences that answer the question.

No LLM can be had offline here, so the answer is composed from the retrieved
passages themselves. Every sentence of the answer is a verbatim span of a
document's canonical text and carries a citation whose quote is exactly that
span — so `canonical_text[start:end] == quote` holds by construction.
"""
from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import asdict, dataclass, field
from typing import Callable

import numpy as np

from dragoman.assistant.question import YEAR, analyse, content_words, mentions, satisfies
from dragoman.index.keyword import Analyzer, KeywordIndex
from dragoman.index.retrieval import Passage
from dragoman.ingest.chunker import FOOTNOTE_MARK, split_sentences


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
# A name or year of the question must occur this close to the passage an answer comes from
# (characters either side, in its document): about one passage around it.
NEAR_CHARS = 1200
_FOOTNOTE_LINE = re.compile(r"\s*⁽?[¹²³⁴⁵⁶⁷⁸⁹⁰]+⁾?\s")
_TRAILING_MARKS = re.compile(rf"(?:\s*{FOOTNOTE_MARK})+$")


@dataclass(frozen=True)
class _Candidate:
    passage: Passage
    rank: int
    start: int
    end: int
    text: str
    coverage: float  # share of the question's (IDF-weighted) terms the sentence contains
    within: tuple[int, int]  # the sentence's span in passage.text
    similarity: float = 0.0  # cosine between the sentence and the question

    @property
    def evidence(self) -> float:
        """How well this one sentence answers: meaning and words must both match."""
        return self.similarity + self.coverage

    @property
    def score(self) -> float:
        return self.evidence + 0.1 / (self.rank + 1)


class Composer:
    """Selects answer sentences; abstains when the best sentence's evidence is weak.

    Only sentences that could answer are scored (question.py: the clause's names and years
    nearby, the kind of answer it asks for). The evidence of a sentence is its cosine
    similarity to the question plus its IDF-weighted coverage of the question's terms; the
    abstention threshold on it is measured by bench/answers.py (README, "Quality"). Sentence
    vectors come from ingest (`stored`: chunk id -> {span: vector}); a sentence
    without one (a store written before they existed) is embedded here (`embed`).
    """

    PREFILTER = 6  # sentences scored per question (6, 12 and all measured equal on the dev set)

    def __init__(self, keyword: KeywordIndex, stored: Callable[[str], dict[tuple[int, int], np.ndarray]],
                 embed: Callable[[list[str]], np.ndarray], query_vector: np.ndarray,
                 text_of: Callable[[str], str], locate: Callable[[str, int, int], tuple[int, int]],
                 max_sentences: int, min_evidence: float):
        self.keyword = keyword
        self.analyzer: Analyzer = keyword.analyzer
        self.stored = stored
        self.embed = embed
        self.query_vector = query_vector
        self.text_of = text_of  # source -> canonical text
        self.locate = locate  # (source, start, end) -> line range in the source file
        self.max_sentences = max_sentences
        self.min_evidence = min_evidence

    def query_terms(self, question: str) -> dict[str, float]:
        words = content_words(self.analyzer.words(question))
        stems = self.analyzer.stem(words) if words else []
        n = max(len(self.keyword), 1)
        # An unseen term weighs like the rarest seen term: "not in the corpus" counts against coverage.
        unseen = math.log(1 + (n + 0.5) / 0.5)
        return {s: (self.keyword.idf(s) or unseen) for s in dict.fromkeys(stems)}

    def compose(self, question: str, passages: list[Passage]) -> Answer:
        candidates = self._candidates(question, passages)
        best = max(candidates, key=lambda c: (c.evidence, c.score), default=None)
        evidence = best.evidence if best else 0.0
        if best is None or evidence < self.min_evidence:
            return Answer(question, ABSTAIN_TEXT, [], True, passages, round(evidence, 4))
        best = self._carried_on(best)  # "... is crucial. They must have ...": quote both
        return self._render(question, self._select(best, candidates), passages, evidence)

    def _candidates(self, question: str, passages: list[Passage]) -> list[_Candidate]:
        """The sentences that could answer a clause of the question: prose, near the clause's
        names and years, holding the kind of answer it expects. Coverage is of the whole
        question's terms; the best few sentences by coverage get vectors."""
        clauses = analyse(question)
        terms = self.query_terms(question)
        total = sum(terms.values()) or 1.0
        found: list[_Candidate] = []
        for rank, p in enumerate(passages):
            doc_text = self.text_of(p.source)
            near = f"{p.title}\n{p.section}\n{doc_text[max(0, p.start - NEAR_CHARS) : p.end + NEAR_CHARS]}"
            near_years = set(YEAR.findall(near))
            # "Who chairs Norway's CMI?" is not answered by a passage on Finland's.
            here = [c for c in clauses if mentions(near, c.names) and c.years <= near_years
                    and self._says(near, c.term)]
            if not here:
                continue
            for s in split_sentences(p.text):
                text = p.text[s.start:s.end]
                start = p.start + s.start
                if doc_text[start : start + len(text)] != text:
                    # The document was re-indexed while we read it: cite where the text is now.
                    start = doc_text.find(text)
                    if start < 0:
                        continue
                if s.heading or not any(satisfies(c, text) for c in here) \
                        or not _is_prose(text, doc_text, start):
                    continue
                stems = set(self.analyzer(text))
                coverage = sum(w for t, w in terms.items() if t in stems) / total
                found.append(_Candidate(p, rank, start, start + len(text), text, coverage, (s.start, s.end)))
        unique = {(c.passage.source, c.start): c for c in sorted(found, key=lambda c: -c.rank)}
        shortlist = sorted(unique.values(), key=lambda c: -(c.coverage + 0.3 / (c.rank + 1)))[: self.PREFILTER]
        if not shortlist:
            return []
        sims = self._vectors(shortlist) @ self.query_vector
        return [dataclasses.replace(c, similarity=float(sim)) for c, sim in zip(shortlist, sims)]

    def _carried_on(self, c: _Candidate) -> _Candidate:
        """The sentence and the next one of its paragraph, when that one carries it on and is
        prose itself, checked against the document as it is now; else the sentence alone."""
        p = c.passage
        sentences = split_sentences(p.text)
        i = next((k for k, s in enumerate(sentences) if (s.start, s.end) == c.within), None)
        if i is None or sentences[i].paragraph_end or i + 1 >= len(sentences):
            return c
        s, nxt = sentences[i], sentences[i + 1]
        both, following = p.text[s.start : nxt.end], p.text[nxt.start : nxt.end]
        doc_text = self.text_of(p.source)
        if nxt.heading or doc_text[c.start : c.start + len(both)] != both or not _continues(c.text, following) \
                or not _is_prose(following, doc_text, c.start + nxt.start - s.start):
            return c
        return dataclasses.replace(c, end=c.start + len(both), text=both)

    def _says(self, text: str, term: tuple[str, ...]) -> bool:
        """Does text hold the term's words together (stemmed, stop words aside)?"""
        if not term:
            return True
        want, stems = self.analyzer.stem(list(term)), self.analyzer(text)
        return any(stems[i : i + len(want)] == want for i in range(len(stems) - len(want) + 1))

    def _vectors(self, shortlist: list[_Candidate]) -> np.ndarray:
        stored = {cid: self.stored(cid) for cid in {c.passage.chunk_id for c in shortlist}}
        found = [stored[c.passage.chunk_id].get(c.within) for c in shortlist]
        missing = [c.text for c, v in zip(shortlist, found) if v is None]
        fresh = iter(self.embed(missing) if missing else ())
        return np.stack([v if v is not None else next(fresh) for v in found])

    def _select(self, best: _Candidate, candidates: list[_Candidate]) -> list[_Candidate]:
        chosen = [best]
        for c in sorted(candidates, key=lambda c: -c.score):
            if len(chosen) >= self.max_sentences:
                break
            if c.evidence < max(self.min_evidence, 0.85 * best.evidence):
                continue
            if any(_overlaps(c, o) or _similar(c.text, o.text) for o in chosen):
                continue
            chosen.append(c)
        # Read well: sentences of one document together, in document order; documents by best sentence.
        first: dict[str, int] = {}
        for c in chosen:
            first.setdefault(c.passage.source, len(first))
        return sorted(chosen, key=lambda c: (first[c.passage.source], c.start))

    def _render(self, question: str, chosen: list[_Candidate], passages: list[Passage], evidence: float) -> Answer:
        parts, citations = [], []
        for n, c in enumerate(chosen, 1):
            l1, l2 = self.locate(c.passage.source, c.start, c.end)
            citations.append(Citation(n, c.passage.source, c.passage.title, c.text, c.start, c.end, l1, l2,
                                      round(c.score, 4), c.passage))
            parts.append(f"{c.text} [{n}]")
        return Answer(question, " ".join(parts), citations, False, passages, round(evidence, 4))


def _is_prose(sentence: str, text: str, start: int) -> bool:
    """A sentence worth quoting: not a footnote, not a title line, not a fragment, not a
    question ("Is Back-Channel Diplomacy Illegal?" is a heading, not an answer)."""
    words = sentence.split()
    bare = _TRAILING_MARKS.sub("", sentence).rstrip()
    if len(words) < 4 or bare.rstrip("\"'”’)").endswith("?"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _FOOTNOTE_LINE.match(text, line_start):
        return False
    if bare.endswith((".", "!", '"', "”")):
        return True
    # Unpunctuated: a title ("4) Network in Network (NiN)", "Quiet Diplomacy And Backchannel
    # Negotiations") when short or mostly capitalised.
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 8 and capitalised < 0.6 * len(words)


_ANAPHOR = re.compile(r"(?:They|Their|Them|This|These|Those|That|It|Its|He|She|His|Her|Such|Both)\b")


def _continues(sentence: str, following: str) -> bool:
    """Does the next sentence carry on this one: after a colon or a short sentence (under 12
    words, a label such as "**Vulnerability:**" aside), or starting by referring back?"""
    body = re.sub(r"^[-*•\s]*\*\*[^*]+\*\*:?\s*|^[-*•\s]+", "", sentence)
    return sentence.rstrip().endswith(":") or len(body.split()) < 12 or bool(_ANAPHOR.match(following))


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    return a.passage.source == b.passage.source and a.start < b.end and b.start < a.end


def _similar(a: str, b: str, threshold: float = 0.6) -> bool:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= threshold


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
