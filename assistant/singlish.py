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

_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’]*")

# -- Singlish --------------------------------------------------------------------------------------------------------
_SINGLISH_PARTICLES = frozenset("lah leh lor hor meh sia mah liao alamak aiyo aiyoh walao wah".split())
_SINGLISH_WORDS: dict[str, str | None] = {
    "izzit": "is it", "issit": "is it", "dunno": "don't know", "dun": "don't", "nvm": None, "shiok": "great",
    **{p: None for p in _SINGLISH_PARTICLES},
}  # fmt: skip
_SINGLISH_PHRASES: tuple[tuple[str, str], ...] = (
    # ("the paper got say when or not?": does the paper say when?; "can or not": can it)
    (r"\bgot\s+(?=\w+\b[^?]*\bor\s+not\b)", "does it "),
    (r",?\s*\bor\s+not\b(?=\s*(?:ah|leh|lah|hor|one)?\s*[?.!]|\s*$)", ""),
    (r"\bcan\s+or\s+not\b", "can it"),
    (r"\bwrite\s+one\b", "wrote it"),
    (r"\bconfirm\s+(?:plus\s+chop|one)\b", "for sure"),
    (r"\bhow\s+come\b", "why"),
    (r"\s+ah\s*(?=[?.!]|$)", ""),  # ("who write one ah?")
    (r"\bthe\s+one\s+(?=about|on|by|from)\b", "the document "),
)


def from_singlish(question: str) -> str:
    """The Singlish question in English words (as typed when it is none)."""
    words = {w.lower() for w in _WORD.findall(question)}
    found = words & _SINGLISH_PARTICLES
    # (two particles; or one ending the question, "... leh?"; or a question asked as "got ... or not?")
    ending = re.search(
        rf"(?<!\ba\s)(?<!\bthe\s)\b(?:{'|'.join(_SINGLISH_PARTICLES)})\s*[?.!]*\s*$", question, re.IGNORECASE
    )  # (not "What is a leh?")
    asked = re.search(r"\bgot\b[^?]*\bor\s+not\s*\??\s*$|\b(?:izzit|issit|write\s+one)\b", question, re.IGNORECASE)
    if not (len(found) >= 2 or ending or asked):
        return question
    text = question
    for pattern, english in _SINGLISH_PHRASES:
        text = re.sub(pattern, english, text, flags=re.IGNORECASE)
    return _mapped(text, _SINGLISH_WORDS)


# -- Nigerian Pidgin --------------------------------------------------------------------------------------------------
_PIDGIN_WORDS: dict[str, str | None] = {
    "wetin": "what", "wey": "that", "dey": "is", "don": "has", "dem": "they", "una": "you", "im": "his",
    "di": "the", "sabi": "know", "fit": "can", "wan": "want", "comot": "come out", "plenty": "many",
    "wahala": "trouble", "pikin": "child", "pikin dem": "children", "oga": "boss", "scatter": "collapse",
    "abeg": None, "oya": None, "sef": None, "sha": None, "shey": None, "abi": None, "o": None, "jare": None,
    "biko": None, "ehn": None, "na": None,
}  # fmt: skip
_PIDGIN_MARKERS = frozenset("wetin wey dey abeg una sabi wahala pikin comot shey abi sef oya jare biko".split())
_PIDGIN_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\bwetin\s+make\b", "why did"),  # ("Wetin make the Oslo process scatter?": why did it collapse?)
    (r"\bhow\s+e\s+take\b", "how did it"),
    (r"\bna\s+(?=(?:who|wetin|which|where|when|why|how)\b)", ""),  # ("na who write am?")
    (r"\bwho\s+write\s+am\b", "who wrote it"),
    (r"\bwho\s+write\b", "who wrote"),
    (r"\btalk\s+say\b", "say that"),
    (r"\bno\s+fit\b", "cannot"),
    # ("the countries dem": the countries; not "wetin dem get", they)
    (
        r"(?<!\bwetin)(?<!\bwey)(?<!\bna)(?<!\bmake)(?<!\bsay)(?<!\bhow)(?<!\bwhy)(?<!\bwhere)(?<!\band)(?<=\w)\s+dem\b"
        r"(?!\s+(?:dey|don|fit|go|no|get|wan|talk|do)\b)",
        "",
    ),
    (r"\bdey\s+(?=[a-z])", ""),  # ("wey dey talk about": that talk about; "where e dey": is)
    (r"\b(\w+)\s+am\b", r"\1 it"),  # ("who write am": it)
    (r"\be\s+(?=(?:dey|don|fit|no|go|take|be|get|make|happen|talk|say|mean|write|want|wan)\b)", "it "),
)


def from_pidgin(question: str) -> str:
    """The Pidgin question in English words (as typed when it is none)."""
    words = {w.lower() for w in _WORD.findall(question) if w.islower() or w[1:].islower()}
    if len(words & _PIDGIN_MARKERS) < 2 and not (words & _PIDGIN_MARKERS and words & {"wetin", "abeg", "wey"}):
        return question
    text = question
    for pattern, english in _PIDGIN_PHRASES:
        text = re.sub(pattern, english, text, flags=re.IGNORECASE)
    return _mapped(text, _PIDGIN_WORDS)


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
    said = re.sub(r"[ \t]+([?.!,;:])", r"\1", said)
    said = re.sub(r"([,;:])(?=[?.!])|^\s*[,;:]\s*", "", said)
    said = re.sub(r"[ \t]{2,}", " ", said).strip(" ,;:")
    return said[:1].upper() + said[1:] if said else text
