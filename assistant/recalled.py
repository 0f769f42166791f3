"""The asker's memories a question opens on, run on into what it asks: "I have always had a soft spot for Norway since
I taught a unit on the Vikings, and I recall the Oslo accords on the news, so who were the Norwegian negotiators?".
Pure functions of text, for question.py `analyse` and focus.py `unsaid`."""

from __future__ import annotations

import re

# the asker's memories, run on into the question ("I have always had a soft spot for Norway since I taught a unit on
# the Vikings, and I recall the Oslo accords on the news, so who were ...?", "I was a young teacher then and I don't
# recall any second fuss about Cuba, but the article mentions ..., so where ...?"): the clauses in the first person it
# opens on, the first recalling. Their words still help find the passages; what they name need not be said
_MEMORY = re.compile(
    r"\b(?:remember(?:ed)?|recall(?:ed)?|taught|watched|grew\s+up|used\s+to|have\s+always|had\s+always)\b", re.I
)
_FIRST_PERSON = re.compile(r"^\s*(?:(?:and|but|so|since|because)\s+)?(?:I|my|we|our)\b", re.IGNORECASE)
_ASKING = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b|\?", re.IGNORECASE)
# ... unless what it first asks points back at them ("I remember the Oslo accords, so who signed them?", "..., so when
# did it happen?", "..., so when was that?"; not the "it" of a cleft, "which institute was it that ...", nor "that"
# joining)
_BACK = re.compile(
    r"\b(?:they|them|their|those|these|he|she|him|her|his|it(?<!\bwas it)(?<!\bis it)(?!\s+that\b)|"
    r"(?:this|that)(?=\s*(?:[?,.!]|$)))\b",
    re.IGNORECASE,
)


def without_memories(question: str) -> str:
    """The question without the clauses of the asker's memories it opens on, whose names need not be said (focus.py
    `unsaid`, question.py `analyse`), when what is left asks and does not point back at them."""
    clauses = re.split(r"(?<=,)", question)
    if not re.match(r"\s*I\b", question) or not _MEMORY.search(clauses[0]):
        return question
    told = 0
    while told < len(clauses) - 1 and _FIRST_PERSON.match(clauses[told]) and not _ASKING.search(clauses[told]):
        told += 1
    rest = re.sub(r"^\s*(?:(?:and|but)\s+)?(?:so\s+)?", "", "".join(clauses[told:]), flags=re.IGNORECASE)
    asked = next((c for c in clauses[told:] if _ASKING.search(c)), "")  # (its first clause asking)
    return rest if told and asked and not _BACK.search(asked) else question
