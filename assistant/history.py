"""The conversation so far, in every form `Assistant.ask` accepts: earlier questions (str), earlier `Answer`s,
(user, assistant) pairs or {"role": ..., "content": ...} messages - read as the turns a follow-up is resolved against
(followup.py) and the citations of the answer just given."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dragoman.assistant.answer import Answer, Citation
from dragoman.assistant.followup import Turn
from dragoman.assistant.words import unlabelled

History = Sequence[Any]
# the characters of an earlier question read (twice the default `max_question_chars` of a question asked; an earlier
# turn is not refused, only cut)
TURN_CHARS = 4000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _read(question: str) -> str:
    """An earlier question as `ask` reads one (facade.py `_check`): control characters as spaces, the spaces of each
    line as one (a run of thousands of spaces would make the reading of its habits slow), at most TURN_CHARS
    characters."""
    lines = (" ".join(line.split()) for line in _CONTROL.sub(" ", question).splitlines() if line.strip())
    return unlabelled("\n".join(lines)[:TURN_CHARS])


def quoted_before(history: History | None) -> list[Citation]:
    """The citations of the previous turn's answer, when the history holds it as an `Answer`."""
    last = history[-1] if history else None
    return list(last.citations) if isinstance(last, Answer) and not last.abstained else []


def previous_turns(history: History | None) -> list[Turn]:
    """The earlier turns (question as understood - as typed, read as `ask` reads it - answer text), from any form
    `History` allows."""
    out: list[Turn] = []
    for turn in history or []:
        if isinstance(turn, str):
            out.append(Turn(_read(turn)))
        elif isinstance(turn, Answer):
            out.append(Turn(turn.resolved_question or _read(turn.question), "" if turn.abstained else turn.text))
        elif isinstance(turn, dict) and isinstance(turn.get("content"), str):
            if turn.get("role") == "user":
                out.append(Turn(_read(turn["content"])))
            elif turn.get("role") == "assistant" and out and not out[-1].answer:
                out[-1] = Turn(out[-1].question, turn["content"])
        elif isinstance(turn, (list, tuple)) and turn and isinstance(turn[0], str):
            reply = turn[1] if len(turn) > 1 and isinstance(turn[1], str) else ""
            out.append(Turn(_read(turn[0]), reply))
    return out
