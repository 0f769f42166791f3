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
import time
from collections.abc import Iterator, Sequence
from typing import Any

from dragoman.assistant import prompts
from dragoman.assistant.answer import Answer, Answerer, Citation, Evidence, SentenceVerdict
from dragoman.assistant.extractive import compose
from dragoman.assistant.llm import LLMError, chat_stream
from dragoman.assistant.settings import AnswerSettings, LLMSettings
from dragoman.assistant.verify import Verifier
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
        """The reply as it is written, each sentence's verdict once it is complete, then the answer."""
        passages = prompts.fit(
            evidence.passages, self.settings.llm_context_window, self.settings.llm_max_tokens, question
        )
        if not passages:
            yield self._fallback(question, evidence, settings, (), "the passages do not fit the model's context window")
            return
        verdicts: list[SentenceVerdict] = []
        citations: list[Citation] = []
        try:
            reply = ""
            for piece in self._reply(question, passages):
                reply += piece
                yield piece
                for sentence in _complete_sentences(reply, len(verdicts)):
                    verdicts.append(self._verdict(sentence, passages, evidence, citations))
                    yield verdicts[-1]
            if reply.strip().startswith(prompts.NOT_FOUND):
                yield self._fallback(
                    question, evidence, settings, (), "the language model found no answer in the passages"
                )
                return
            for sentence in _sentences(reply)[len(verdicts) :]:
                verdicts.append(self._verdict(sentence, passages, evidence, citations))
                yield verdicts[-1]
        except LLMError as exc:
            log.warning("generative answer failed: %s", exc)
            yield self._fallback(question, evidence, settings, tuple(verdicts), str(exc))
            return
        yield self._answer(question, evidence, settings, verdicts, citations)

    def _reply(self, question: str, passages: Sequence[Passage]) -> Iterator[str]:
        nonce = prompts.new_nonce()
        limit = self.settings.llm_max_tokens * 8  # characters: a reply past this is cut off
        timeout = self.settings.llm_timeout
        started, length = time.monotonic(), 0
        for piece in chat_stream(self.llm, prompts.SYSTEM, prompts.user_message(question, passages, nonce), timeout):
            if time.monotonic() - started > self.settings.llm_timeout:
                raise LLMError(f"the language model did not answer within {timeout:g}s (llm_timeout)")
            length += len(piece)
            if length > limit:
                log.info("reply cut at %d characters", limit)
                return
            yield piece

    def _verdict(
        self, sentence: str, passages: Sequence[Passage], evidence: Evidence, citations: list[Citation]
    ) -> SentenceVerdict:
        cited = tuple(int(n) for group in _MARKER.findall(sentence) for n in re.findall(r"\d+", group))
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
        number = _cite(passages[n - 1], support.start, support.end, evidence, citations)
        return SentenceVerdict(claim, True, number, cited, support.score)

    def _answer(
        self,
        question: str,
        evidence: Evidence,
        settings: AnswerSettings,
        verdicts: list[SentenceVerdict],
        citations: list[Citation],
    ) -> Answer:
        shown = [v for v in verdicts if v.supported]
        if not shown:
            why = (
                f"none of the language model's {len(verdicts)} sentences is supported by the passage it cites"
                if verdicts
                else "the language model wrote nothing"
            )
            return self._fallback(question, evidence, settings, tuple(verdicts), why)
        text = " ".join(f"{v.text} [{v.citation}]" for v in shown)
        dropped = len(verdicts) - len(shown)
        notice = f"{dropped} sentence(s) not supported by the sources were left out" if dropped else None
        return Answer(
            question,
            text,
            citations,
            False,
            list(evidence.passages),
            round(shown[0].score, 4),
            mode="generative",
            verdicts=tuple(verdicts),
            notice=notice,
        )

    def _fallback(
        self,
        question: str,
        evidence: Evidence,
        settings: AnswerSettings,
        verdicts: tuple[SentenceVerdict, ...],
        why: str,
    ) -> Answer:
        answer = self.fallback(question, evidence, settings)
        return dataclasses.replace(
            answer, mode="fallback", verdicts=verdicts, notice=f"Extractive answer shown: {why}."
        )


def _cite(p: Passage, start: int, end: int, evidence: Evidence, citations: list[Citation]) -> int:
    """The number of the citation of p.text[start:end] (added if new)."""
    a, b = p.start + start, p.start + end
    for c in citations:
        if (c.source, c.start, c.end) == (p.source, a, b):
            return c.number
    lines = evidence.documents[p.source].lines.line_range(a, b)
    citations.append(Citation(len(citations) + 1, Span(p.source, a, b, *lines), p.title, p.text[start:end], 0.0, p))
    return len(citations)


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
