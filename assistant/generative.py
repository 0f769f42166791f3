"""The generative answerer: a language model writes the answer, and every sentence is verified.

The model sees the evidence's passages, numbered, and must cite [n] after each sentence. Each
sentence is then checked by the verifier against every passage it cites; a supported sentence
is shown with a citation to the exact span that supports it (so `text[start:end] == quote`
holds as for extractive answers); an unsupported one is dropped, and kept in the answer's
verdicts so the reader can see what was left out and why. When no sentence survives, or the
model fails, the extractive answer is shown instead, with a one-line notice saying so.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterator, Sequence
from typing import Any

from dragoman.assistant import prompts
from dragoman.assistant.answer import Answer, Answerer, Citation, Evidence, SentenceVerdict
from dragoman.assistant.extractive import compose
from dragoman.assistant.llm import LLMError, chat_stream
from dragoman.assistant.settings import AnswerSettings, LLMSettings
from dragoman.assistant.verify import Support, Verifier
from dragoman.index.retrieval import Passage
from dragoman.index.span import Span
from dragoman.index.text import split_sentences

log = logging.getLogger(__name__)

_MARKER = re.compile(r"\s*\[(\d+(?:\s*[,;–-]\s*\d+)*)\]")
Event = str | SentenceVerdict | Answer  # what `stream` yields: text as it comes, verdicts, the final answer


class GenerativeAnswerer:
    def __init__(self, llm: Any, verifier: Verifier, settings: LLMSettings, fallback: Answerer = compose):
        self.llm = llm  # a llama-index LLM
        self.verifier = verifier
        self.settings = settings
        self.fallback = fallback

    def __call__(self, question: str, evidence: Evidence, settings: AnswerSettings) -> Answer:
        final = None
        for event in self.stream(question, evidence, settings):
            final = event
        assert isinstance(final, Answer)  # stream always ends with the answer
        return final

    def stream(self, question: str, evidence: Evidence, settings: AnswerSettings) -> Iterator[Event]:
        """The reply as it is written, each sentence's verdict once it is complete, then the answer.

        The extractive answerer runs first (pure and cheap): when it finds the evidence too weak
        to answer, so is the answer, and the model is not asked."""
        extractive = self.fallback(question, evidence, settings)
        if extractive.mode == "metadata":  # from the file's metadata, which the model is not shown
            yield extractive
            return
        if extractive.abstained:
            yield _with(extractive, (), "the passages found are too weak to answer from; the model was not asked")
            return
        passages = prompts.fit(
            evidence.passages, self.settings.llm_context_window, self.settings.llm_max_tokens, question
        )
        if not passages:
            yield _with(extractive, (), "the passages do not fit the model's context window (llm_context_window)")
            return
        verdicts: list[SentenceVerdict] = []
        citations: list[Citation] = []
        limit = self.settings.llm_max_tokens * 8  # characters: a reply past this is cut off
        try:
            reply = ""
            for piece in self._reply(question, passages):
                reply += piece
                yield piece
                for sentence in _complete_sentences(reply, len(verdicts)):
                    verdicts.append(self._verdict(sentence, passages, evidence, citations))
                    yield verdicts[-1]
                if len(reply) > limit:
                    break
            if reply.strip().startswith(prompts.NOT_FOUND):
                yield _with(extractive, (), "the language model found no answer in the passages")
                return
            rest = _sentences(reply)[len(verdicts) :]
            cut = len(reply) > limit
            for sentence in rest[:-1] if cut else rest:  # an unfinished last sentence is not judged
                verdicts.append(self._verdict(sentence, passages, evidence, citations))
                yield verdicts[-1]
        except LLMError as exc:
            log.warning("generative answer failed: %s", exc)
            yield _with(extractive, tuple(verdicts), str(exc))
            return
        yield _answer(question, extractive, verdicts, citations, cut)

    def _reply(self, question: str, passages: Sequence[Passage]) -> Iterator[str]:
        user = prompts.user_message(question, passages, prompts.new_nonce())
        yield from chat_stream(self.llm, prompts.SYSTEM, user, self.settings.llm_timeout)

    def _verdict(
        self, sentence: str, passages: Sequence[Passage], evidence: Evidence, citations: list[Citation]
    ) -> SentenceVerdict:
        cited = tuple(n for group in _MARKER.findall(sentence) for n in _numbers(group))
        claim = " ".join(_MARKER.sub("", sentence).split())
        if not cited:
            return SentenceVerdict(claim, False, None, cited, 0.0, "cites no passage")
        real = [n for n in dict.fromkeys(cited) if 1 <= n <= len(passages)]
        if not real:
            return SentenceVerdict(claim, False, None, cited, 0.0, f"cites passage [{cited[0]}], which does not exist")
        best = None
        for n in real:
            support = self.verifier(claim, passages[n - 1].text)
            if best is None or (support.supported, support.score) > (best[1].supported, best[1].score):
                best = (n, support)
        assert best is not None
        n, support = best
        if not support.supported:
            return SentenceVerdict(claim, False, None, cited, support.score, support.reason)
        number = _cite(passages[n - 1], support, evidence, citations)
        return SentenceVerdict(claim, True, number, cited, support.score)


def _answer(
    question: str, extractive: Answer, verdicts: list[SentenceVerdict], citations: list[Citation], cut: bool
) -> Answer:
    """The verified sentences, each with its citation; the extractive answer if none is left."""
    shown = [v for v in verdicts if v.supported]
    if not shown:
        why = (
            f"none of the language model's {len(verdicts)} sentences is supported by the passage it cites"
            if verdicts
            else "the language model wrote nothing"
        )
        return _with(extractive, tuple(verdicts), why)
    text = " ".join(f"{v.text} [{v.citation}]" for v in shown)
    notes = []
    if len(verdicts) > len(shown):
        notes.append(f"{len(verdicts) - len(shown)} sentence(s) not supported by the sources were left out")
    if cut:
        notes.append("the reply was cut off at llm_max_tokens; its unfinished last sentence was left out")
    return Answer(question, text, citations, False, extractive.passages, extractive.confidence,
                  mode="generative", verdicts=tuple(verdicts), notice="; ".join(notes) or None)  # fmt: skip


def _with(extractive: Answer, verdicts: tuple[SentenceVerdict, ...], why: str) -> Answer:
    """The extractive answer, shown because the generative one could not be: says why."""
    return dataclasses.replace(
        extractive, mode="fallback", verdicts=verdicts, notice=f"Extractive answer shown: {why}."
    )


def _cite(p: Passage, support: Support, evidence: Evidence, citations: list[Citation]) -> int:
    """The number of the citation of the span of p.text that supports a sentence (added if new)."""
    a, b = p.start + support.start, p.start + support.end
    for c in citations:
        if (c.source, c.start, c.end) == (p.source, a, b):
            return c.number
    lines = evidence.documents[p.source].lines.line_range(a, b)
    quote = p.text[support.start : support.end]
    citations.append(Citation(len(citations) + 1, Span(p.source, a, b, *lines), p.title, quote, support.score, p))
    return len(citations)


def _numbers(group: str) -> list[int]:
    """The passages a marker cites: "2", "1, 3", "1-3" (a range)."""
    out: list[int] = []
    for part in re.split(r"\s*[,;]\s*", group):
        ends = [int(x) for x in re.findall(r"\d+", part)]
        if len(ends) == 2 and ends[0] <= ends[1] <= ends[0] + 10:
            out += range(ends[0], ends[1] + 1)
        else:
            out += ends
    return out


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text) if text[s.start : s.end].strip()]


def _complete_sentences(reply: str, done: int) -> list[str]:
    """Sentences of the reply so far that are complete, not yet judged: another sentence has
    begun after them with a letter (not a "[n]" that may still belong to them)."""
    sentences = _sentences(reply)
    complete = done
    while complete + 1 < len(sentences) and sentences[complete + 1].lstrip()[:1].isalpha():
        complete += 1
    return sentences[done:complete]
