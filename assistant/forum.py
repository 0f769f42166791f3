"""A question posted as a help forum's question: a title that asks, then the body ("I am researching ...", "What I have
tried: ...", "Expected result: ...", "EDIT: ...", "Possible duplicate of ...", "Thanks in advance!"), on lines of their
own or run on after the title. The body tells the asker's story and what they tried, whose words (names they already
know, "not Wikipedia please") ask nothing of the documents: the title is the question. A title that does not ask is
read with what the post expects ("Oslo negotiators" with "Expected result: their names" -> "Oslo negotiators. Give
their names."). And an edit's or thanks' opening before a follow-up ("EDIT: and why ...?", "OK got the years. And what
...?") asks nothing. Pure functions of text, for framed.py."""

from __future__ import annotations

import re

# where a post's body starts: its story, what was tried, what is expected, an edit, a duplicate's note, the thanks
_BODY = (
    r"(?:I\s+am|I['’]m)\s+(?:researching|working\s+on|writing|trying\s+to|doing\s+research|building|preparing)\b|"
    r"what\s+I(?:\s+have|['’]ve)\s+tried\b|I(?:\s+have|['’]ve)\s+tried\s*:|tried\s*:|expected\s+(?:result|output|answer|"
    r"outcome)\b|actual\s+(?:result|output)\s*:|edit\s*\d*\s*:|update\s*\d*\s*:|possible\s+duplicate\s+of\b|"
    r"thanks\s+in\s+advance\b|(?:any\s+)?help\s+(?:is\s+|would\s+be\s+)?(?:much\s+|greatly\s+)?appreciated\b"
)
# the body, after the title's question mark (on the next line, or after it on the same line)
_TITLE_ASKS = re.compile(rf"^(?P<title>[^\n]*\?['’\"”)]*)[ \t]*(?:\n\s*)?(?=(?:{_BODY}))", re.IGNORECASE)
# ... or after a title that does not ask, on lines of its own
_TITLE = re.compile(rf"^(?P<title>[^\n?]{{3,200}})\n\s*(?=(?:{_BODY}))", re.IGNORECASE)
_EXPECTED = re.compile(
    r"^\s*expected\s+(?:result|output|answer|outcome)\s*:\s*(?P<wanted>[^\n]+)", re.IGNORECASE | re.MULTILINE
)
# an edit's or a thanks' opening before a follow-up ("EDIT: and why ...?", "EDIT: thanks for the Algeria answer. And
# what about ...?", "OK got the years. And ...?", "Thanks. How did ...?"); not "Edit: the paper says ... - why?")
_THANKS = (
    r"(?:thanks|thank\s+you|thx|ty)(?:\s+(?:for\s+(?:the\s+|that\s+|your\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:answer|reply|help|info|links?)|so\s+much|a\s+lot))?"
)
_OPENING = re.compile(
    r"^\s*(?:(?:edit|update)\s*\d*\s*:\s*)?(?:(?:(?:ok(?:ay)?|great|cool|perfect)(?:[,\s]+(?:got\s+(?:it|that|those|"
    rf"the\s+\w+)|that\s+helps|understood|{_THANKS}))?|got\s+it|{_THANKS})\s*[.!,]\s+|"
    r"(?:edit|update)\s*\d*\s*:\s*(?=(?:and|but|also|so)\b))",
    re.IGNORECASE,
)
_FOLLOWS = re.compile(
    r"(?:and|but|also|so|then|what|which|who|whom|whose|when|where|why|how|is|are|was|were|does|did|do|can)\b",
    re.IGNORECASE,
)


def unthreaded(question: str) -> str:
    """A forum post's question: its title when it asks ("Who wrote the paper?\nI am researching ...\nThanks in
    advance!" -> "Who wrote the paper?"), else its title and what it expects; a follow-up without the edit or thanks
    it opens with. A question that is no such post is returned as typed."""
    titled = _TITLE_ASKS.match(question)
    if titled:
        return titled.group("title").strip()
    titled = _TITLE.match(question)
    if titled:
        title = titled.group("title").strip().rstrip(".:")
        expected = _EXPECTED.search(question, titled.end())
        if expected is None:
            return title
        wanted = expected.group("wanted").strip().rstrip(".")
        return f"{title}. Give {wanted[:1].lower()}{wanted[1:]}."
    opening = _OPENING.match(question)
    if opening and _FOLLOWS.match(question, opening.end()):
        asked = question[opening.end() :]
        return asked[:1].upper() + asked[1:]
    return question
