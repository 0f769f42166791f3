"""A conversation as Markdown: each question, its answer with [n] markers, and under it the
numbered sources: title, file and lines, and the quote.

Text is written verbatim (quotes are exactly `document.text[start:end]`, so a reader can check
them against the files); only line starts are prefixed to keep quotes inside their blockquote.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from dragoman.assistant.answer import Answer, Citation
from dragoman.index.retrieval import Passage

__all__ = ["export_markdown"]

CLOSEST = 3  # passages listed under an abstention


def export_markdown(answers: Iterable[Answer], title: str = "Dragoman conversation") -> str:
    """The conversation `answers` (one per turn: `Answer.question` and its answer) as Markdown.

    Each answer keeps its [n] markers; its citations follow it, numbered the same, each with the
    source's title, file, lines and the quoted passage. An abstention lists the closest passages
    found, marked as not being an answer.
    """
    turns = list(answers)
    when = time.strftime("%Y-%m-%d %H:%M")
    count = f"{len(turns)} question{'s' if len(turns) != 1 else ''}"
    parts = [f"# {_line(title)}", f"*Exported {when} · {count} · quotes are verbatim from the sources named.*"]
    parts += [_turn(n, answer) for n, answer in enumerate(turns, 1)]
    return "\n\n".join(parts) + "\n"


def _turn(n: int, answer: Answer) -> str:
    parts = [f"## {n}. {_line(answer.question)}"]
    if answer.resolved_question and answer.resolved_question != answer.question:
        parts.append(f"*Understood as:* {_line(answer.resolved_question)}")
    if answer.notice:
        parts.append(f"*{_line(answer.notice)}*")
    if answer.abstained:
        parts.append(f"**Not answered from the documents.** {answer.text}")
        closest = [_passage(i, p) for i, p in enumerate(answer.passages[:CLOSEST], 1)]
        if closest:
            parts += ["Closest passages (not an answer):", *closest]
        return "\n\n".join(parts)
    parts.append(answer.text)
    if answer.mode == "generative":
        parts.append("*Written by a language model; every sentence shown is supported by the passage it cites.*")
    if answer.citations:
        parts += ["**Sources**", *(_citation(c) for c in answer.citations)]
    return "\n\n".join(parts)


def _citation(c: Citation) -> str:
    return (
        f"[{c.number}] **{_line(c.title)}** — {_code(c.source)}, {_lines(c.line_start, c.line_end)}\n{_quote(c.quote)}"
    )


def _passage(i: int, p: Passage) -> str:
    return f"({i}) **{_line(p.title)}** — {_code(p.source)}, {_lines(p.line_start, p.line_end)}\n{_quote(p.text)}"


def _lines(start: int, end: int) -> str:
    return f"line {start}" if start == end else f"lines {start}–{end}"


def _quote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.strip("\n").split("\n"))


def _code(name: str) -> str:
    fence = "``" if "`" in name else "`"
    return f"{fence} {name} {fence}" if fence == "``" else f"`{name}`"


def _line(text: str) -> str:
    """One line of text (titles and questions may hold newlines)."""
    return " ".join(text.split())
