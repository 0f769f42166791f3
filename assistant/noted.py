"""A question pasted from a personal knowledge base's note (Obsidian, Logseq, Notion): links in double brackets
("[[Rafique & Samiullah 2026]]", "[[Oslo Accords|Oslo]]"), a callout ("> [!question] What are the three pillars?"),
fields to fill ("author:: ?", "staff_now:: ?"), headings and tags ("## Limits of small-state mediation", "#theory").
What is asked is the note's words: a link's text, a callout's title, a heading's words as the note's subject (not a
heading of one word over a question that asks: "## Methods"); a field left to fill is what it asks only when no
sentence of the note asks, and a filled one naming the note's subject ("title:: Three Days in Ljubljana") is kept where
it is. Pure function of text, for framed.py (a note's checkbox items are todo.py's, read after this).
"""

from __future__ import annotations

import re

_EMBED = re.compile(r"!\[\[[^\]\n]{1,200}\]\]")
# "[[Oslo Accords]]", "[[Oslo Accords|Oslo]]", "[[Somerville 2022#Kashmir]]": its text (a name, from a letter: not
# "np.array([[1, 2]])", "[[ -f $file ]]")
_LINK = re.compile(r"\[\[(?:[^\]|\n]{1,200}\|)?([^\W\d_][^\]|#\n]{0,199}?)(?:#[^\]|\n]{0,100})?\]\]")
_CALLOUT = re.compile(r"^[ \t]*>[ \t]*\[![\w-]+\][+-]?[ \t]*", re.MULTILINE)
_QUOTED_LINE = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
# a field filled ("source:: Somerville") opening a line, or one to fill anywhere ("author:: ?", "staff_2017:: ?"):
# a word before "::" (not "In C++, what does std:: do?")
_FIELD = re.compile(
    r"(?:^[ \t]*(?:[-*][ \t]+)?(?P<key>[A-Za-z][\w-]{0,30})::[ \t]*(?P<value>[^\n]*?)[ \t]*$|"
    r"(?<=\s)(?P<askedkey>[A-Za-z][\w-]{0,30})::[ \t]*(?:\?+(?=\s|$)|$))",
    re.MULTILINE,
)
# a field naming what the note is about (its document, its person, its topic), not the note's own state
_SUBJECT_KEY = re.compile(
    r"(?:title|paper|article|piece|source|doc|document|book|report|study|topic|subject|about|re|case|country|person|"
    r"org|organi[sz]ation|authors?|publication|journal|outlet|event|place)",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(.*\S)", re.MULTILINE)
# a note's tags, ending a line or a line of their own ("... #theory", "#kashmir #india-pakistan"; not "using
# #BlackLivesMatter, and who coined #MeToo?")
_TAG = re.compile(r"(?:[ \t]*(?<![^\s])#[A-Za-z][\w/-]*)+[ \t]*$", re.MULTILINE)


def noted(question: str) -> bool:
    """Is the question written in a note's markup (a double-bracket link, a callout, a field with "::")?"""
    return bool(_LINK.search(question) or _CALLOUT.search(question) or _FIELD.search(question))


def unnoted(question: str) -> str:
    """The question without its note's markup (as typed when it has none)."""
    if not noted(question):
        return question
    callout = bool(_CALLOUT.search(question))
    lines: list[tuple[str, bool]] = []  # (a line's words, whether it is a title: a heading's or a callout's)
    for raw in _LINK.sub(r"\1", _EMBED.sub("", question)).splitlines():
        if m := _CALLOUT.match(raw):
            line, title = raw[m.end() :], True
        elif m := _HEADING.match(raw):
            line, title = m.group(1).rstrip(" #"), True
        else:
            line, title = raw, False
        lines.append((_QUOTED_LINE.sub("", line) if callout else line, title))
    # a field filled says what the note is about ("title:: Three Days in Ljubljana"); one left to fill asks, unless
    # a sentence of the note asks
    text = "\n".join(line for line, _ in lines)
    fields = [(m["key"] or m["askedkey"], (m["value"] or "").strip()) for m in _FIELD.finditer(text)]
    asked = [key.replace("_", " ") for key, value in fields if value.strip("?") == ""]

    def field(m: re.Match[str]) -> str:  # (a field filled, where it is: "title:: Three Days" - "title: Three Days.")
        value = (m["value"] or "").strip()
        subject = m["key"] and _SUBJECT_KEY.fullmatch(m["key"])  # (not the note's own: "status:: to check")
        return f"{m['key'].replace('_', ' ')}: {value.rstrip('.')}." if value.strip("?") and subject else ""

    lines = [(_TAG.sub("", _FIELD.sub(field, line)), title) for line, title in lines]
    asks = any("?" in line for line, _ in lines)
    if asked and not asks:  # ("author:: ?" alone: "author?")
        lines.append((f"{', '.join(asked)}?", False))
    # (a title of one word over a question that asks is the note's layout: "## Methods", "> [!note] Recipe"; one of
    # more words says what the question is about: "## Limits of small-state mediation")
    kept = [
        re.sub(r"[ \t]{2,}", " ", line).strip(" \t—–-")
        for line, title in lines
        if not (title and asks and "?" not in line and len(line.split()) == 1)
    ]
    kept = [line for line in kept if line.strip(" :.")]
    # (a title with no stop, before the line under it: "Obama admin back channels\nPer the cycivic piece, ...")
    kept = [f"{line}:" if n + 1 < len(kept) and line[-1] not in ".?!:;," else line for n, line in enumerate(kept)]
    return "\n".join(kept) or question
