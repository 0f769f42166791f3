"""A question written as a letter or an email: its greeting ("Dear Tom,", "Hi Priya -"), its pleasantries ("I hope
you are well."), its closing ("Many thanks,\nMargaret", "Kind regards, Cllr M. Hughes") and the days of the week its
writer's own doings are dated by ("At Tuesday's council meeting ...") are no part of what it asks: the names in them
are the writer's and the reader's, which no document need say. Pure functions of text, for words.py `unlabelled`."""

from __future__ import annotations

import re

_NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Cllr|Sir|Dame)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
# the greeting opening it, a name or the team greeted after it ("Dear Tom,", "Hello Research Team -", "Hi Priya")
# (or thanks for the last answer, in a reply: "Thank you Tom, that's very helpful.", "Thanks, Tom.")
_GREETING = re.compile(
    # (not the programmer's "Hello World, what does this program print?")
    r"^\s*(?!hello,?\s+world\b)(?:(?:dear|hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening))\s+|"
    r"(?:thank\s+you|(?:many\s+)?thanks)\s*,?\s*)"
    rf"(?-i:{_NAME})\s*(?:[,:!.—–]|-\s|\n)\s*",
    re.IGNORECASE,
)
# a sentence of politeness only ("I hope you are well.", "Hope this finds you well!", "I trust you had a good
# weekend.", "Thank you for your help last week.", "Thanks in advance.", "Sorry to bother you again.")
_PLEASANTRY = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:(?:I\s+)?(?:hope|trust)\s+(?:you|this|all|the|your)\b[^.!?\n]{0,60}?"
    r"\b(?:well|week|weekend|holiday|break|restful|good)\b[^.!?\n]{0,30}|"
    r"(?:that['’]s|that\s+is|this\s+is|it\s+was)\s+(?:very\s+|really\s+|most\s+|so\s+)?(?:helpful|useful|kind)\b|"
    r"(?:many\s+)?thanks?(?:\s+you)?\s+(?:again\s+)?(?:so\s+much\s+)?(?:in\s+advance|for\s+(?:your|all\s+your)\s+"
    r"(?:help|work|time|patience|note|email|message|reply)\b[^.!?\n]{0,40})|"
    r"sorry\s+to\s+(?:bother|trouble)\s+you(?:\s+again)?)\s*[.!]+",
    re.IGNORECASE,
)
# the closing, and the name signed under it ("Many thanks,\nMargaret", "Best wishes, Cllr M. Hughes", "Regards")
_CLOSING = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:(?:with\s+)?many\s+thanks|thanks(?:\s+(?:so\s+much|again|a\s+lot|in\s+advance))?|"
    r"thank\s+you(?:\s+(?:so\s+much|again))?|best(?:\s+wishes|\s+regards)?|(?:kind|warm|best)(?:est)?\s+"
    r"(?:regards|wishes)|regards|yours(?:\s+(?:sincerely|faithfully|truly))?|cheers|all\s+the\s+best|warmly)"
    rf"\s*[,.!—–-]?\s*(?:(?-i:{_NAME})(?:\s*\([^()\n]{{0,40}}\))?)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# the weekday of the writer's doings ("At Tuesday's council meeting", "on Monday", "last Thursday")
_WEEKDAY = re.compile(
    r"\b(?:(?:last|next|this)\s+|on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b"
)


# the writer's own world, named in a statement of the letter that names no document ("Councillor Briggs was rather
# dismissive at last night's meeting", "at the Town Twinning meeting someone said ...", "for the Residents' Forum"):
# a body or an event by the kind of thing it is, a colleague by the title
_WORLD_NOUNS = (
    r"meetings?|lunch|dinner|forum|panel|group|committee|association|club|society|newsletter|board|cabinet|session|"
    r"event|briefing|hustings|assembly|surgery|team|working\s+group|party|network|circle|trust"
)
_CAPITALISED = r"(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|on|&)\s+)?)"  # (a word of a name: "Peace and Twinning")
_WORLD = re.compile(
    # ("the Town Twinning meeting": the meeting; "the Residents' Forum": the residents' forum; "Councillor Briggs")
    rf"(?P<before>{_CAPITALISED}{{1,4}})(?=(?:{_WORLD_NOUNS})\b)|"
    rf"(?P<named>{_CAPITALISED}{{0,3}}(?i:{_WORLD_NOUNS})s?)\b|"
    r"(?P<titled>\b(?:Councillor|Cllr\.?|Alderman|Mayor|Colleague)\s+[A-Z][\w'’-]*)"
)
_DOCUMENT = re.compile(
    r"\b(?:paper|article|piece|report|study|essay|post|explainer|text|document|author|says|writes|mentions|argues)\b",
    re.IGNORECASE,
)


def _world_unnamed(sentence: str) -> str:
    """A statement naming no document, the writer's world in it unnamed (`_WORLD`)."""
    if sentence.rstrip().endswith("?") or _DOCUMENT.search(sentence):
        return sentence

    def unnamed(m: re.Match[str]) -> str:
        return "" if m.group("before") else "a colleague" if m.group("titled") else m.group(0).lower()

    return _WORLD.sub(unnamed, sentence)


def unsigned(question: str) -> str:
    """The question less its greeting, pleasantries and closing, when it is written as a letter (opens with a
    greeting or closes with a closing); and then less the weekdays its writer's doings are dated by."""
    opened = _GREETING.search(question) is not None
    body = _CLOSING.sub("", _GREETING.sub("", question, count=1), count=1)
    if not opened and body == question:
        return question
    body = _WEEKDAY.sub(lambda m: "the" if m.group(0).endswith(("'s", "’s")) else "", _PLEASANTRY.sub(" ", body))
    body = "".join(_world_unnamed(s) for s in re.split(r"(?<=[.!?:])(?=\s)", body))
    return re.sub(r"[ \t]{2,}", " ", body).strip() or question
