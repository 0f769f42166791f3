"""Who did it, asked as who won ("Who won Pakistan's 2008 election?" - a text saying no one won, nor was elected, has
not told) or who was behind it ("Which state was behind the 2007 cyberattack on Estonia?", "who was really behind the
leak?"): an answer naming no one but those the question names ("... having suffered a severe state-sponsored
cyberattack in 2007, Estonia ...") has not given it - the word "state" in "state-sponsored" is no state. Pure function
of text, for extractive.py.
"""

from __future__ import annotations

import re

from dragoman.assistant.question import NOT_NAMES, STOP_WORDS

_BEHIND = re.compile(
    r"\b(?:(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:country|countries|state|states|nation|government|group|groups|"
    r"power|actor|agency|organi[sz]ation|person|people|official|leader)\s+(?:(?:was|were|is|are|had\s+been)\s+)?|"
    r"who\s+(?:was|were|is|are|had\s+been)\s+)"
    r"(?:(?:really|actually|reportedly|allegedly|thought\s+to\s+be|said\s+to\s+be)\s+)?behind\s+([^?.;]*)",
    re.IGNORECASE,
)
# who won, which a text saying no one won, nor was elected, has not told ("Who won Pakistan's 2008 presidential
# election?" - "... during its 2008 presidential election")
_WON = re.compile(
    r"\b(?:who|which\s+(?:candidate|party|side|team|person))\s+(?:(?:eventually|ultimately|actually|finally)\s+)?"
    r"(?:won|was\s+elected|got\s+elected|came\s+out\s+on\s+top)\b",  # (not "who wins if the tenant leaves?")
    re.IGNORECASE,
)
# (a win in any of its words: "was acquitted", "took the title", "came first", "bought by", "ruled in favour of")
_WIN_SAID = re.compile(
    r"\b(?:won|wins?|winners?|winning|victor\w*|elected|defeat\w*|prevail\w*|beat|beaten|landslide|acquitt\w*|"
    r"champions?|championship|titles?|first\s+place|came\s+first|finished\s+first|topped|triumph\w*|awarded|"
    r"secured|succeeded|carried|in\s+(?:its|his|her|their)\s+favou?r|in\s+favou?r\s+of|bought|acquired|took\s+over|"
    r"taken\s+over|chosen|voted|appointed)\b",
    re.IGNORECASE,
)
_BY = re.compile(r"\b(?:designed|built|made|led|organi[sz]ed|carried\s+out|committed|launched|ordered|planned|"
                 r"sponsored|funded|backed|written|founded|started|run|done|caused)\s+by\s+(?!the\s+(?:time|way|end)\b)"
                 r"(?:the\s+)?[\w-]+", re.IGNORECASE)  # fmt: skip
# a name: a capitalised word inside a sentence (not one opening it: "Being one of ...", "It takes ...")
_NAME = re.compile(r"(?<![.?!:]\s)(?<=[\s(“\"'‘])([A-Z][\w'’-]*)")


def _stems(text: str) -> set[str]:
    """The words of a text, cut to their first six letters ("cybera" - not "cybersecurity"; "design", "designed")."""
    return {w.lower()[:6] for w in re.findall(r"\w+", text) if w.lower() not in STOP_WORDS}


def doer_unnamed(question: str, texts: list[str]) -> bool:
    """Does the question ask who won, and no text say anyone won; or who was behind something, and no text saying
    that thing ("the 2007 cyberattack on Estonia": half its words at least) names anyone the question does not?"""
    if _WON.search(question) and not any(_WIN_SAID.search(t) for t in texts):
        return True
    m = _BEHIND.search(question)
    if m is None:
        return False
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", question)}
    # (the thing as its first clause says it; one a pronoun stands for - "that one", "it" - is no thing to look for)
    thing = _stems(re.split(r",|\s+(?:and|but|or)\s+", m.group(1))[0]) - {"one", "ones", "thing", "things", "it"}
    if not thing:
        return False
    for text in texts:
        # (one who did it, after "by": "It was designed by Sir John Fowler", "carried out by army officers")
        if thing & _stems(text) and _BY.search(text):
            return False
        # (a sentence on something else - not half the thing's words: its names did nothing of it)
        if 2 * len(thing & _stems(text)) < len(thing):
            continue
        for m in _NAME.finditer(text):
            word = m.group(1)
            if word.lower() not in asked and word not in NOT_NAMES and word.lower() not in STOP_WORDS:
                return False
    return True
