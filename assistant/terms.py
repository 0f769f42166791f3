"""The term a definition question asks about ("What is a protecting power?", "What is meant by niche diplomacy?"):
two to four words a sentence defining it must say. Pure functions of text, for question.py `analyse`."""

from __future__ import annotations

import re

from dragoman.assistant.words import PERSON_NOUN, STOP_WORDS

_DEFINITION = re.compile(
    r"^\s*(?:what|who)\s+(?:is|are|was|were)\s+(?:meant\s+by\s+)?(?:an?\s+|the\s+)?"
    r"(?P<term>[^?,;:]+?)\s*\??\s*$",
    re.IGNORECASE,
)
_TERM_END = re.compile(
    r"\b(?:in|of|for|on|at|by|with|from|to|according|between|during|that|which|who|when|where|"
    r"and|or|as|is|are|was|were|do|does|did|has|have|can|mean|means)\b",
    re.IGNORECASE,
)


_NOT_A_TERM = frozenset(
    "one two three four five six seven eight nine ten key different various potential critical popular common "
    "major possible primary typical recent recently important new best current overall general several main principal "
    "chief leading senior".split()
)


def defined_term(clause: str) -> tuple[str, ...]:
    """The two to four words a definition question asks about ("What is a protecting power?",
    "What is meant by niche diplomacy?"); () for any other question, such as "What are the
    three main components of X?" or "What is the role of X in Y?"."""
    m = _DEFINITION.match(clause)
    if not m or _TERM_END.search(m.group("term")):
        return ()
    # ("Who was the KGB guy?", "who is the Swiss envoy?": which person, by a name the sentence need not call so; not
    # "Who is the designated hitter?", what a role is)
    person = re.sub(r"\s+(?:alongside|too|also|then|there|here|again|as\s+well)$", "", m.group("term"), flags=re.I)
    if re.match(r"\s*who\s+\w+\s+the\s", clause, re.IGNORECASE) and PERSON_NOUN.search(person):
        return ()
    words = re.findall(r"[^\W_]+", m.group("term").lower())
    if any(w in STOP_WORDS or w in _NOT_A_TERM or w.isdigit() or len(w) < 2 for w in words):
        return ()
    return tuple(words) if 2 <= len(words) <= 4 else ()
