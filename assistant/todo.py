"""A question pasted from a to-do list: checkbox items ("- [ ] find author + pub date of the Moscow piece #thesis",
"  * [ ] and who chairs it? by Fri"), done ones among them ("- [x] skim the paper"), a heading ("## Research tasks",
"TODO: ethics reading"). What is asked is the open items; the boxes, the done items and headings, the list's own
tags ("#thesis", "@me") and deadlines ("by Fri", "ASAP") are no words of it. Pure function of text, for framed.py.
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])?\s*\[(?P<done>[ xX✓✔]?)\]\s*(?P<text>.*)$")
# a list's own marks: tags and mentions anywhere in an item ("#thesis", "@me"), deadlines and urgency ending it
# ("by Fri", "ASAP"; not "what counts as urgent leave?", "due tomorrow" inside it)
_TAGS = re.compile(r"(?:\s+|^)(?:#[A-Za-z][\w-]*|@[A-Za-z][\w-]*)(?=[\s:,;.]|$)")
_DEADLINE = re.compile(
    r"(?:\s*[,;(-]?\s*(?:\b(?i:(?:by|due|before)\s+(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|tomorrow|tmrw|tonight|eod|eow|cob|end\s+of\s+(?:day|week)|next\s+week))\b\.?|"
    r"\b(?:ASAP|asap|URGENT)\b|!{1,3})\)?)+\s*$"
)
# a sentence of a note before its items, ending in a stop (not a heading, a "TODO:" label, a line ending in a colon, a
# thanks: "Thanks so much for your help with this!")
_CONTEXT = re.compile(r"^(?![ \t]*(?:#|(?i:todo|tasks?|to-?do|thanks|thank\s+you)\b))[ \t]*\S.{10,}?\.[ \t]*$")
# an item that asks nothing of its own, opening a sentence ("who chairs it" - "Who chairs it?")
_ASKING = re.compile(r"^(?:and\s+)?(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|did|does|do|can)\b",
                     re.IGNORECASE)  # fmt: skip


def _untagged(text: str) -> str:
    text = re.sub(r"\s{2,}", " ", _DEADLINE.sub("", _TAGS.sub("", text))).strip(" ,;-")
    if text and text[-1] not in ".?!:" and _ASKING.match(text):
        text += "?"
    return text


def untodo(question: str) -> str:
    """The open items of a to-do list, without their boxes and tags (the question as typed when it has none; a
    question asked of the items, "Which of these does the policy require?\n- [ ] VPN\n- [ ] 2FA", with its items as
    they are, boxes taken off)."""
    lines = question.splitlines()
    items = [m for m in map(_ITEM.match, lines) if m]
    if not items:
        return question
    if any("?" in line and not _ITEM.match(line) for line in lines):
        return "\n".join(m.group("text") if (m := _ITEM.match(line)) else line for line in lines)
    open_items = [_untagged(m.group("text")) for m in items if not m.group("done").strip()]
    if not any(open_items):  # (a list with every item done asks nothing of its own: as typed)
        return question
    # (and a note's sentence the items are of, before them: "Algeria - the 'Liberation Ally' mediator.\n- [ ] which
    # two agreements ...?"; not a heading, "## Tasks", "TODO: ethics reading", nor a line ending in a colon)
    first = next(n for n, line in enumerate(lines) if _ITEM.match(line))
    said = [_untagged(line) for line in lines[:first] if _CONTEXT.match(line)]
    return " ".join(t for t in [*said, *open_items] if t)
