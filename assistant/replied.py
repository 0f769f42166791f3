"""A question written as an email reply: the earlier message it quotes ("> ..." lines under "On Tue, 3 Mar, Priya
wrote:", or below "-----Original Message-----" / "From: ... Sent: ..." headers) is what was said before, not what is
asked now - its names and claims would steer the search and the answer to the old message's points. What is asked is
the reply's own text, above, below or between the quoted lines. Pure function of text, for words.py `unlabelled`
(letters.py then takes off the reply's greeting and signature)."""

from __future__ import annotations

import re

# a line of the quoted message ("> Honestly the 'weakness as a resource' idea ...", ">> older still", "> ")
_QUOTED_LINE = re.compile(r"^[ \t]*>.*(?:\n|$)", re.MULTILINE)
# the line introducing it ("On Tue, 3 Mar, Priya wrote:", "On 3 March 2025 at 10:12, Priya Shah <p@x.org> wrote:",
# "Priya Shah wrote:"), alone on its line
_ATTRIBUTION = re.compile(
    r"^[ \t]*(?:On\b[^\n]{3,120}?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+<[^<>\n]+>)?)\s+"
    r"(?:wrote|writes|said)\s*:[ \t]*(?:\n|$)",
    re.MULTILINE,
)
# an Outlook reply's separator and the quoted message under it, to the end
_FORWARDED_BELOW = re.compile(
    r"^[ \t]*(?:-{3,}\s*Original\s+Message\s*-{3,}|(?:_{10,}\s*\n\s*)?From:[^\n]*\n[ \t]*(?:Sent|Date):)[\s\S]*\Z",
    re.MULTILINE | re.IGNORECASE,
)
# a reply that only points at the message it quotes ("Is this right?", "Which one?", "Why?", "Can you answer this
# one?", "Two things please"): the quotation is what is asked
_POINTER_WORDS = frozenset(
    "is this that it right correct true ok okay which one why can could you check answer see below above thoughts "
    "please pls me for quick question questions thing things two couple of any idea what about and the a so hi "
    "hello thanks cheers".split()
)


def unquoted(question: str) -> str:
    """The reply's own text, without the message it quotes and the line introducing that (the question as typed
    when nothing is quoted, or when nothing but quotation is left)."""
    # (a message quoted as a reply quotes it, under the line saying who wrote it or below a reply's headers; not "> "
    # opening a line of a chat or of notes, where it quotes the document or sets out points: "> reduce the so-called
    # 'entry costs' - how do back channels do this?", "Quick questions:\n> who improved the engine?")
    if not _ATTRIBUTION.search(question) and not _FORWARDED_BELOW.search(question):
        return question
    own = _FORWARDED_BELOW.sub("", question)
    own = _ATTRIBUTION.sub("", _QUOTED_LINE.sub("", own))
    own = re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n\n", own).strip()
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", own)}
    if not own or words <= _POINTER_WORDS | {w.lower() for w in re.findall(r"^\s*([A-Z][a-z]+)\s*$", own, re.M)}:
        return question
    return own
