"""A question typed in Singlish ("the paper got say when it was published or not?", "who write one ah?", "why Norway
cannot save the Oslo process leh?") and one in Nigerian Pidgin ("Abeg, who write the paper wey dey talk about small
states?", "Wetin make the Oslo process scatter?") in English words: their particles ("lah", "leh", "lor", "abeg",
"sef", "abi") ask nothing, and their small words ("wetin", "wey", "dey", "got ... or not") are no words of any English
document, which would be looked for in the passages as names they must say. Both keep English's order, so the words
are mapped in place. Pure functions of text, for glossed.py.

No dialect model ships offline; a question is read as one of them only when two of its words that are no English words
are in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dragoman.assistant.mixed import tidied

_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’]*")

# -- Singlish --------------------------------------------------------------------------------------------------------
_SINGLISH_PARTICLES = frozenset("lah leh lor hor meh sia mah liao alamak aiyo aiyoh walao wah".split())
# the particles that tell a question is Singlish, ending a sentence ("... leh?"; not "the film was meh?", "Sia")
_ENDING = frozenset("lah leh lor hor liao mah".split())
_SINGLISH_WORDS: dict[str, str | None] = {
    "izzit": "is it", "issit": "is it", "dunno": "don't know", "dun": "don't", "nvm": None, "shiok": "great",
    **{p: None for p in _SINGLISH_PARTICLES},
}  # fmt: skip
# "got" as Singlish has it, for "has" ("the lease got break clause or not?"), before a verb for "does it" ("the paper
# got say when?"); not English's "have got", "has the tenant got ...", "who got the contract"
_GOT = (
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!['’]ve\s)(?<!\bi\s)(?<!\byou\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bwho\s)"
    r"\bgot"
)
_ENGLISH_GOT = re.compile(r"\b(?:has|have|had)\b[^?.!]*\bgot\b|['’]ve\s+got\b", re.IGNORECASE)  # ("Has it got ...?")
_TELLING = r"(?:say|says|mention|list|explain|talk|show|name|state|describe|give)"
_SINGLISH_PHRASES: tuple[tuple[str, str], ...] = (
    # ("list out for me can or not": list them out; "the paper got say when or not?": does the paper say when?)
    (r"\s*,?\s*\bcan\s+or\s+not\b", ""),
    (rf"{_GOT}\s+(?={_TELLING}\b)", "does it "),
    (rf"{_GOT}\s+(?=\w+\b[^?]*\bor\s+not\b)", "has "),
    (r"(?<!\bwhether\s)(?<!\bwhether)\s*,?\s*\bor\s+not\b(?=\s*(?:ah|leh|lah|hor)?\s*[?.!]|\s*$)", ""),
    (r"\bwho\s+write\s+one\b", "who wrote it"),
    (r"\bconfirm\s+(?:plus\s+chop|one)\b", "for sure"),
    (r"\bhow\s+come\b", "why"),
    (r"(?<=\w)\s+ah\s*(?=[?.!,]|$)", ""),  # ("who write one ah?", "protecting power ah, ...")
    (r"\bthe\s+one\s+(?=about|on|by|from)\b", "the document "),
)


def from_singlish(question: str) -> str:
    """The Singlish question in English words (as typed when it is none)."""
    words = {w for w in _WORD.findall(question) if w.islower()}
    found = words & _SINGLISH_PARTICLES
    # (two particles; or one ending a sentence, "... leh?"; or a question asked as "got ... or not?", "ah?")
    ending = re.search(rf"(?<!\ba\s)(?<!\bthe\s)\b(?:{'|'.join(_ENDING)})\s*(?:[?.!,]|$)", question)
    asked = re.search(
        rf"{_GOT}\b[^?]*\bor\s+not\b|\bcan\s+or\s+not\b|\b(?:izzit|issit|who\s+write\s+one)\b|"
        r"(?<=\w)\s+ah\s*[?,]",  # ("protecting power ah, ...", "which year ah?")
        question,
    )
    if not (len(found) >= 2 or ending or asked):
        return question
    text = question
    for pattern, english in _SINGLISH_PHRASES:
        if not (_GOT in pattern and _ENGLISH_GOT.search(text)):
            text = re.sub(pattern, english, text, flags=re.IGNORECASE)
    return _mapped(text, _SINGLISH_WORDS)


# -- Nigerian Pidgin --------------------------------------------------------------------------------------------------
_PIDGIN_WORDS: dict[str, str | None] = {
    "wetin": "what", "wey": "that", "dey": "is", "don": "has", "dem": "they", "una": "you", "im": "his",
    "di": "the", "sabi": "know", "fit": "can", "wan": "want", "comot": "come out", "plenty": "many",
    "wahala": "trouble", "pikin": "child", "oga": "boss", "scatter": "collapse",
    "abeg": None, "oya": None, "sef": None, "sha": None, "shey": None, "abi": None, "o": None, "jare": None,
    "biko": None, "ehn": None, "na": None, "nko": None,
}  # fmt: skip
# words no English text has, and words English has too ("na", "dem", "am", "don", "fit", "e", "o", "get")
_PIDGIN_MARKERS = frozenset("wetin wey dey abeg una sabi wahala pikin comot shey abi sef oya jare biko nko".split())
_PIDGIN_WEAK = frozenset("na dem don e o".split())  # (not "am", "be", "fit", "wan": English's)


def _ing(verb: str) -> str:
    """The verb's -ing form ("push" - "pushing", "make" - "making", "run" - "running")."""
    if verb.endswith("ing"):
        return verb
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + verb[-1] + "ing" if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb) else verb + "ing"


_PIDGIN_PHRASES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"\bwetin\s+make\b", "why did"),  # ("Wetin make the Oslo process scatter?": why did it collapse?)
    (r"\bhow\s+e\s+take\s+be\s+say\b", "how is it that"),
    (r"\bhow\s+e\s+take\b", "how did it"),
    (r"\btake\s+(?=(?:differ|happen|work|start|end|fail|reach)\b)", ""),  # ("how X take differ": how X differs)
    (r"^(?:and\s+)?(.+?)\s+nko\s*\?", r"And what about \1?"),  # ("that 'endless game' one nko?")
    (r"\bwetin\s+be\b", "what are"),
    (r"\bwho\s+be\b", "who were"),
    (r"\bna\s+(?=(?:who|wetin|which|where|when|why|how|whose)\b)", ""),  # ("na who write am?")
    (r"\bwho\s+write\s+am\b", "who wrote it"),
    (r"\bwho\s+write\b", "who wrote"),
    (r"\btalk\s+say\b", "say that"),
    (r"\bno\s+fit\b", "cannot"),
    (r"\bno\s+get\b", "does not have"),
    (r"\b(of|for|with|to|from|list|name|call|use|among)\s+dem\b", r"\1 them"),
    # ("the countries dem": the countries; not "wetin dem get", they)
    (
        r"(?<!\bwetin)(?<!\bwey)(?<!\bna)(?<!\bmake)(?<!\bsay)(?<!\bhow)(?<!\bwhy)(?<!\bwhere)(?<!\band)(?<=\w)\s+dem\b"
        r"(?!\s+(?:dey|don|fit|go|no|get|wan|talk|do|be|sign|use|hold|call|run|establish)\b)",
        "",
    ),
    # ("wetin dey push them": what is pushing them; "wey dey talk about": that is talking about; "where e dey": is)
    (r"\b(wetin|who|wey|e|it)\s+dey\s+([a-z]{3,})\b", lambda m: f"{m.group(1)} is {_ing(m.group(2))}"),
    (r"\bdey\s+(?=[a-z])", ""),
    (r"\b(\w+)\s+am\b", r"\1 it"),  # ("who write am": it)
    (
        r"\be\s+(?=(?:is|dey|don|fit|no|go|take|be|get|make|happen|talk|say|mean|write|want|wan|help|do|serve|list|"
        r"represent)\b)",
        "it ",
    ),
)


def from_pidgin(question: str) -> str:
    """The Pidgin question in English words (as typed when it is none)."""
    # (words in lower case, or opening a sentence: not "Dey", "Abi Morgan", "the River Wey", "Steve Biko")
    words = {m.group(0).lower() for m in _WORD.finditer(question) if m.group(0).islower() or _opening(question, m)}
    # (one word no English text has - "una" is Spanish's too - or three small ones: "dem", "na", "e", "wan")
    strong, weak = words & _PIDGIN_MARKERS - {"una"}, words & _PIDGIN_WEAK
    if not (strong or len(weak) >= 3):
        return question
    text = question
    for pattern, english in _PIDGIN_PHRASES:
        text = re.sub(pattern, english, text, flags=re.IGNORECASE)
    return _mapped(text, _PIDGIN_WORDS)


def _opening(text: str, m: re.Match[str]) -> bool:
    """Does the capitalised word open a sentence, as a word and not a name's ("Abeg, ...", "Wetin ..."; not "Abi
    Morgan ...")?"""
    opens = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ".?!"
    return opens and m.group(0)[1:].islower() and not re.match(r"\s+[A-Z]", text[m.end() :])


def _mapped(text: str, words: dict[str, str | None]) -> str:
    """The text with each word of the table in English (as typed in lower case, or capitalised opening a sentence)."""

    def english(m: re.Match[str]) -> str:
        token = m.group(0)
        low = token.lower()
        opens = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ".?!"
        if low in words and (token.islower() or (opens and token[1:].islower())):
            said = words[low] or ""
            return said[:1].upper() + said[1:] if token[:1].isupper() and said else said
        return token

    said = _WORD.sub(english, text)
    return tidied(said, text)
