"""Habits of a question typed as a form is filled in, read as the question they stand for: a word of thanks after
what is asked ("author + date pls"), a plural offered in brackets ("author(s)"), a slash with spaces between two
things asked ("year established / year it ceased"), lines typed as separate asks; and whom the answer is for, said
before the question mark ("...,
in plain words I can say to a school group?", "... - for the listeners?"). Pure functions of text, for words.py
`unlabelled`."""

from __future__ import annotations

import re

from dragoman.index.prior import QUESTION_WORDS

# a word of thanks or politeness after what is asked ("... date pls", "..., thanks!")
_THANKS_AFTER = re.compile(r"[\s,;-]+(?:pls|plz|please|thx|thanks|ty|cheers)\s*([?.!]?)\s*!*\s*$", re.IGNORECASE)
_REQUEST_BEFORE = re.compile(r"\b(?:list|name|explain|describe|give|tell|confirm|summari[sz]e|quote|cite)$", re.I)


def _thanks(m: re.Match[str]) -> str:
    before = m.string[: m.start()]
    if _REQUEST_BEFORE.search(before):
        return m.group(0)  # (a request of its own: "... - list pls.")
    return "" if before.endswith(("?", ".", "!")) else m.group(1)


# a plural offered in brackets ("author(s)", "year(s)")
_PLURAL_OPTION = re.compile(r"(?<=[a-z]{4})\((e?s)\)(?!\w)")  # (not "len(s)", "f(s)")
# a slash with spaces between two phrases of two words or more, each asking the same thing ("year established / year
# it ceased") or the second asking anew ("... / who led it"): two things asked; else "and", as words.py reads one
# without spaces ("the US / Russia talks", "hosting the office / bankrolling the talks"; not "10 / 2")
_SPACED_SLASH = re.compile(r"(?<=[^\W\d_])\s+/\s+(?=[^\W\d_])")
_SLASH_PIECE = re.compile(r"[:;,?.()\[\]–—]|\s-\s")
_ASKED_NOUNS = frozenset("year years date dates name names number when who where what which how why".split())


def _apart(m: re.Match[str]) -> str:
    def own(piece: str) -> list[str]:
        return [w.lower() for w in piece.split() if w.lower() not in ("the", "a", "an")]

    before = own(_SLASH_PIECE.split(m.string[: m.start()])[-1])
    after = own(_SLASH_PIECE.split(m.string[m.end() :])[0])
    if len(before) < 2 or len(after) < 2:
        return " and "
    alike = before[0] == after[0] and before[0] in _ASKED_NOUNS
    return "; " if alike or after[0] in QUESTION_WORDS else " and "


def unthanked(question: str) -> str:
    """The question without a word of thanks after what it asks ("... date pls" - "... date"; not "list pls")."""
    return _THANKS_AFTER.sub(_thanks, question)


def unbracketed(question: str) -> str:
    """The question with a plural offered in brackets as the plural ("author(s)" - "authors")."""
    return _PLURAL_OPTION.sub(r"\1", question)


def asked_apart(question: str) -> str:
    """The question with a slash with spaces written as two asks ("year established; year it ceased") or "and"."""
    return _SPACED_SLASH.sub(_apart, question)


# whom the answer is for and what the asker will do with it, closing what is asked ("what does that mean, in plain words
# I can say to a school group?", "... so I can read it out on air?", "... - for our listeners?"): none of it is asked
AUDIENCE = r"(?:visitors|listeners|audience|students|class|readers|group|tour|kids|viewers|pupils|guests)"
# (what the asker will do with the answer: tell it, show it; not "... so I can record shows?", which asks)
_PRESENTING = r"(?:say|tell|explain|read|mention|present|share|cite|quote|teach|put|show|write|prove|map)"
_FOR_WHOM = re.compile(
    r"(?:,|\s[-–—])?\s+(?:(?<=[,–—-]\s)(?:in\s+(?:plain|simple|everyday)\s+(?:words|terms|english|language)|"
    rf"for\s+(?:the|my|our)\s+(?:[a-z]+\s+)?{AUDIENCE})|so\s+(?:that\s+)?(?:I|we)\s+can\s+{_PRESENTING}\b)"
    r"(?P<rest>[^?.!]*?)(?=\s*\?\s*$)",
    re.IGNORECASE,
)


def for_whom(question: str) -> str:
    """The question without a remark before its question mark on whom the answer is for or what the asker will do
    with it (`_FOR_WHOM`), naming nothing ("... so I can tell Mr Burns" keeps it)."""
    m = _FOR_WHOM.search(question)
    if m is None or re.search(r"\b(?!I\b)[A-Z]", m.group(0).strip(" ,-–—")[1:]) or not question[: m.start()].strip():
        return question
    return question[: m.start()] + question[m.end() :]


# a message typed on several lines, each an ask of its own or the topic of those after it ("long one, oslo bit\nwho
# were the norwegian negotiators?\nand what were their jobs"): a line ending in no stop asks when it opens on a
# question word (after "and", "ok", ...) or an auxiliary verb, else it is a topic, as before a dash
_ASKING_LINE = re.compile(
    rf"^\W*(?:(?:and|or|also|plus|so|but|ok|okay)\s+)*(?:{'|'.join(sorted(QUESTION_WORDS))}|is|are|was|were|do|does|"
    r"did|can|could|has|have|had|list|name|give)\b",
    re.IGNORECASE,
)


def lines_joined(question: str) -> str:
    """The question typed on several lines as one ("... bit - who were ...? and what were their jobs")."""
    lines = [line.strip() for line in question.splitlines() if line.strip()]
    if len(lines) < 2:
        return question
    ended = [
        line if line[-1] in "?.!:;,-–—" else f"{line}?" if _ASKING_LINE.match(line) else f"{line} -"
        for line in lines[:-1]
    ]
    return " ".join([*ended, lines[-1]])
