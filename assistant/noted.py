"""A question pasted from a personal knowledge base's note (Obsidian, Logseq, Notion): links in double brackets
("[[Rafique & Samiullah 2026]]", "[[Oslo Accords|Oslo]]"), a callout ("> [!question] What are the three pillars?"),
fields to fill ("author:: ?", "staff_now:: ?"), headings and tags ("## Limits of small-state mediation", "#theory").
What is asked is the note's words: a link's text, a callout's title, a heading's words as the note's subject; a field
left to fill is what it asks only when no sentence of the note asks. Pure function of text, for framed.py (a note's
checkbox items are todo.py's, read after this).
"""

from __future__ import annotations

import re

_EMBED = re.compile(r"!\[\[[^\]\n]{1,200}\]\]")
_LINK = re.compile(r"\[\[(?:[^\]|\n]{1,200}\|)?([^\]|\n]{1,200})\]\]")
_CALLOUT = re.compile(r"^[ \t]*>[ \t]*\[![\w-]+\][+-]?[ \t]*", re.MULTILINE)
_QUOTED_LINE = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
# a field to fill ("author:: ?", "staff_2017:: ?"), or one filled ("source:: Somerville")
_FIELD = re.compile(
    r"(?:^|(?<=\s))(?P<key>[A-Za-z][\w -]{0,30}?)::[ \t]*(?P<value>[^\n:]*?)[ \t]*(?=\s+[A-Za-z][\w-]*::|\n|$)"
)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_TAG = re.compile(r"(?:(?<=\s)|^)#[A-Za-z][\w/-]*(?=[\s.,;:!?)]|$)", re.MULTILINE)


def noted(question: str) -> bool:
    """Is the question written in a note's markup (a double-bracket link, a callout, a field with "::")?"""
    return bool(_LINK.search(question) or _CALLOUT.search(question) or re.search(r"\w::(?:\s|$)", question))


def unnoted(question: str) -> str:
    """The question without its note's markup (as typed when it has none)."""
    if not noted(question):
        return question
    text = _LINK.sub(r"\1", _EMBED.sub("", question))
    text = _QUOTED_LINE.sub("", _CALLOUT.sub("", text)) if _CALLOUT.search(text) else text
    fields = [(m["key"].replace("_", " ").strip(), m["value"].strip()) for m in _FIELD.finditer(text)]
    text = _FIELD.sub("", text)
    asked = [key for key, value in fields if value in ("", "?", "??")]
    if asked and "?" not in _TAG.sub("", text):  # ("title:: ?" alone: "title?")
        text = f"{text.rstrip()}\n{', '.join(asked)}?"
    text = _HEADING.sub(lambda m: m.group(1).rstrip(" :") + ":", text)
    text = _TAG.sub("", text)
    lines = [re.sub(r"[ \t]{2,}", " ", line).strip(" \t—–-") for line in text.splitlines()]
    return "\n".join(line for line in lines if line.strip(" :")) or question
