"""A question pasted from a to-do list: checkbox items ("- [ ] find author + pub date of the Moscow piece #thesis",
"  * [ ] and who chairs it? by Fri"), done ones among them ("- [x] skim the paper"), a heading ("## Research tasks",
"TODO: ethics reading"). What is asked is the open items; the boxes, the done items and headings, the list's own
tags ("#thesis", "@me") and deadlines ("by Fri", "ASAP") are no words of it. Pure function of text, for framed.py.
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])?\s*\[(?P<done>[ xX✓✔]?)\]\s*(?P<text>.*)$")
# a list's own marks after an item: tags, mentions, deadlines, urgency
_TAGS = re.compile(
    r"(?:\s+|^)(?:#[A-Za-z][\w-]*|@[A-Za-z][\w-]*|!{1,3})(?=[\s:,;.]|$)|"
    r"\s*[,;(-]?\s*\b(?i:(?:by|due|before)\s+(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|tomorrow|tmrw|tonight|eod|eow|cob|end\s+of\s+(?:day|week)|next\s+week))\b\.?\)?|"
    r"\s*[,;(-]?\s*\b(?:ASAP|asap|urgent|URGENT)\b\)?",
)


def _untagged(text: str) -> str:
    return re.sub(r"\s{2,}", " ", _TAGS.sub("", text)).strip(" ,;-")


def untodo(question: str) -> str:
    """The open items of a to-do list, without their boxes and tags (the question as typed when it has none)."""
    lines = question.splitlines()
    items = [m for m in map(_ITEM.match, lines) if m]
    if not items:
        return question
    open_items = [_untagged(m.group("text")) for m in items if not m.group("done").strip()]
    if not any(open_items):  # (a list with every item done asks nothing of its own: as typed)
        return question
    return " ".join(t for t in open_items if t)
