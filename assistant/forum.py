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
_STORY = r"(?:I\s+am|I['’]m)\s+(?:researching|working\s+on|writing|trying\s+to|doing\s+research|building|preparing)\b"
# (what only a post says: a story alone may be context the question needs - "What's the dosage? I'm working on a
# pediatric ward and the patient is 20 kg.")
_POST = (
    r"what\s+I(?:\s+have|['’]ve)\s+tried\b|I(?:\s+have|['’]ve)\s+(?:already\s+)?tried\b|tried(?:\s+so\s+far)?\s*:|"
    r"my\s+attempt\b|expected(?:\s+(?:result|output|answer|outcome))?\s*:|expected\s+(?:result|output|answer|outcome)\b|"
    r"desired\s+(?:result|output)\b|actual\s+(?:result|output)\s*:|(?:edit|update|upd)\s*\d*\s*:|"
    r"possible\s+duplicate\s+of\b|thanks\s+in\s+advance\b|tia\b|"
    r"(?:any\s+)?(?:help|pointers|hints|ideas)\s+(?:is\s+|are\s+|would\s+be\s+)?(?:much\s+|greatly\s+)?appreciated\b|"
    r"(?:thanks|thank\s+you|cheers)\s*[!.]*\s*$"
)
_BODY = rf"{_STORY}|{_POST}"
_POSTED = re.compile(rf"(?:^|(?<=[\s.!?]))(?:{_POST})", re.IGNORECASE)
# the body, after the title's question mark (on the next line, or after it on the same line)
_TITLE_ASKS = re.compile(rf"^(?P<title>[^\n]*\?['’\"”)]*)[ \t]*(?:\r?\n\s*)?(?=(?:{_BODY}))", re.IGNORECASE)
# ... or after a title that does not ask, on lines of its own
_TITLE = re.compile(rf"^(?P<title>[^\n?]{{3,200}})\r?\n\s*(?=(?:{_BODY}))", re.IGNORECASE)
# a question an edit adds ("EDIT: France, I think? But who scored?", "Update: I am self-employed, does that change
# it?"; not the body's story asking again what the title asks, nor "(Sarpsborg?)", "'Legal Or Not?'")
_ASKS = r"\w\?(?![\w'’\"”)])"  # (a question mark not in a title quoted, "(Sarpsborg?)")
_EDIT_ASKS = re.compile(rf"(?:^|(?<=[\s.!?]))(?:edit|update)\s*\d*\s*:[^\n]*?{_ASKS}", re.IGNORECASE)
_ASKED_IN_BODY = re.compile(_ASKS)
_EXPECTED = re.compile(
    r"^[ \t]*expected\s+(?:result|output|answer|outcome)\s*:\s*(?P<wanted>[^\n]+)", re.IGNORECASE | re.MULTILINE
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
    it opens with. A question that is no such post, or whose edit asks a question of its own ("Who won?\nEDIT: France,
    I think? But who scored?"), is returned as typed."""
    titled = _TITLE_ASKS.match(question) or _TITLE.match(question)
    body = question[titled.end() :] if titled else ""
    if titled and _POSTED.search(body) and not _EDIT_ASKS.search(body):
        title = titled.group("title").strip()
        if "?" in title:
            return title
        # (a greeting or a topic, then the question: "Hi all\n... Why was the appeal dismissed?")
        if _ASKED_IN_BODY.search(body):
            return question
        expected = _EXPECTED.search(body)
        if expected is None:
            return title
        wanted = expected.group("wanted").strip().rstrip(".")
        return f"{title.rstrip('.:')}. Give {wanted[:1].lower()}{wanted[1:]}."
    opening = _OPENING.match(question)
    if opening and _FOLLOWS.match(question, opening.end()):
        asked = question[opening.end() :]
        return asked[:1].upper() + asked[1:]
    return question
