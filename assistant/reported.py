"""What a person said, asked of them by name: "What exact message did William Burns give to the Kremlin?", "what did
Burns actually say to Putin?". An answer must report their words ("..., Moss said", "According to Jacob, ...",
"Jacob told ISD"), not only that they went. Pure functions of text, for focus.py `specific_unsaid`."""

from __future__ import annotations

import re

_WORDS_ASKED = re.compile(
    r"\bwhat\s+(?:exact\s+|precise\s+)?(?:message|words|terms|demands?|offer|proposal|warning)\s+(?:did\s+)?"
    r"(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:actually\s+)?(?:give|gave|deliver|convey|bring|"
    r"carry|make|made|put)\b|"
    r"\bwhat\s+did\s+(?P<who2>(?-i:[A-Z])[\w'’-]+)\s+(?:actually\s+|really\s+|exactly\s+)?(?:say|tell|propose|offer|"
    r"demand|promise)\s+(?:to|the)\b",
    re.IGNORECASE,
)
# the words of a person reported: "..., Moss said", "According to Jacob, ...", a quotation then the name
_REPORTED = (
    r"\b{who}\b[^.;]{{0,80}}?\b(?:said|says|told|tells|warned|argued|stated|explained|noted|added|offered|proposed|"
    r"demanded|promised|conveyed|agreed)\b|\b(?i:said|told|according\s+to)\s+(?:[A-Z][\w.]*\s+){{0,3}}?{who}\b|"
    r"[\"“][^\"“”]{{10,}}[\"”][^.]{{0,40}}\b{who}\b"
)


def words_unreported(question: str, texts: list[str]) -> bool:
    """Does the question ask what a person it names said, and no text report their words?"""
    m = _WORDS_ASKED.search(question)
    if m is None:
        return False
    who = re.escape((m.group("who") or m.group("who2")).split()[-1])  # (by surname: "William Burns" - "Burns")
    return not any(re.search(_REPORTED.format(who=who), t) for t in texts)
