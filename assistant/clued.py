"""A question set as a crossword clue: "Writer of the new-back-channel-to-Moscow piece (8,10)", "Kashmir bus: year
started / year stopped (4 / 4)", "Approaches open to small states, in order (12, 11, 12)". The enumeration - the
letter count of each word of the answer - is how the answer is to be written, no figure any document says; without
it the clue reads as the question it is (a noun phrase naming what is asked, which the answerer reads as asking it).
Pure function of text, for words.py `unlabelled`."""

from __future__ import annotations

import re

# letter counts (1 to 25 each: not "an egg (50)"), between commas, hyphens, slashes, colons or "and", closing a clue
# or one of its parts (not "(2013)", "(1) which body ...", "(3 marks)", "(see p. 4)")
_COUNT = r"(?:1\d|2[0-5]|[1-9])(?!\d)"
_ENUMERATION = re.compile(
    # (after a word, a space between: not "Article 17(1)"; nor "section 4 (2)": `_NUMBERED`)
    rf"(?<=\w)[ \t]+\(\s*{_COUNT}(?:\s*(?:[,/:;]|[-–]|\band\b)\s*{_COUNT})*\s*\)(?=\s*(?:$|[/|;\n]|\s/\s))",
)


# a clue naming a person by their role ("Pakistan's president during ...", "Writer of the ... piece", "And the KGB
# operative alongside"): the words before what says which one
_PERSON_HEAD = re.compile(
    r"^(?P<and>and\s+)?(?P<head>(?:[\w'’.-]+\s+){0,3}?(?:writer|author|president|negotiator|scholar|advis[eo]r|chair|"
    r"chairman|envoy|director|leader|minister|operative|counterpart|mediator|founder|diplomat|ambassador|secretary|"
    r"official|spokes(?:man|woman|person)|editor)s?)(?=\s+(?:of|in|on|during|who|that|at|for|alongside|beside|quoted|"
    r"sent|behind|named|to)\b|\s*[,:]|\s*$)",
    re.IGNORECASE,
)
_NUMBERED = re.compile(
    r"\b(?:section|article|paragraph|clause|rule|part|chapter|schedule|regulation|reg|art|s)\.?\s*\d+[a-z]?$|"
    r"\b(?:section|article|paragraph|clause|rule|part|chapter|question|item|priority|unit|plan|page|step|level|tier|"
    r"option|figure|table|no|number|costs?|priced?|ended|won|lost|drew|finished|beat|scored?|result|rated|ranked)\s*$",
    re.IGNORECASE,
)
_ASKS = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)


def _asked(part: str) -> str:
    """A part of a clue as a question: "Year the bus stopped" - "What year the bus stopped", "Writer of the piece" -
    "Who is the writer of the piece" (a part asking with its own question word as it is)."""
    if _ASKS.search(part):
        return part
    lead = re.match(r"\s*", part).group(0)  # type: ignore[union-attr]
    body = part[len(lead) :]
    if re.match(r"(?:year|date)\b", body, re.IGNORECASE):
        return f"{lead}{_cased('what', body)} {body[:1].lower()}{body[1:]}"
    m = _PERSON_HEAD.match(body)
    if m:
        head = m.group("head")
        # (a role already said whose: "Pakistan's president", "Its chair", "the KGB operative")
        whose = re.match(r"(?:the|a|an|its|his|her|their|[\w.-]+['’]s)\s", head, re.IGNORECASE)
        if not whose or whose.group(0).lower().strip() in ("the", "a", "an", "its", "his", "her", "their"):
            head = ("" if whose else "the ") + head[:1].lower() + head[1:]
        verb = "are" if m.group("head").lower().endswith("s") else "is"
        opening = _cased(f"{m.group('and') or ''}who {verb}", body)
        return f"{lead}{opening} {head}{body[m.end() :]}"
    return part


def _cased(words: str, body: str) -> str:
    """The words put before a part, capitalised when the part opened with a capital."""
    return words[:1].upper() + words[1:] if body[:1].isupper() else words


def unclued(question: str) -> str:
    """The clue without its enumerations, its parts naming a year or a person asked as questions (the question as
    typed when it has no enumeration)."""
    # (a clue asks with no question mark; nor is a figure after what it numbers or scores a letter count: "Which plan
    # costs (15)", "clause (15)", "Which match ended (3-1)")
    if "?" in question:
        return question
    counted = [
        m
        for m in _ENUMERATION.finditer(question)
        # (several counts listed say a clue, after any word: "per the table (7, 11, 5, 6)"; not a score, "(3-1)")
        if re.search(r"\d\s*[,/:;]\s*\d|\d\s+and\s+\d", m.group(0)) or not _NUMBERED.search(question[: m.start()])
    ]
    if not counted:
        return question
    clue = question
    for m in reversed(counted):
        clue = clue[: m.start()] + clue[m.end() :]
    clue = clue.strip()
    topic, colon, parts = clue.rpartition(": ") if ": " in clue else ("", "", clue)
    asked = " / ".join(_asked(p) for p in parts.split(" / "))
    return f"{topic}{colon}{asked}".rstrip(" ?") + "?"
