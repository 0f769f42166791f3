"""Numbers a question says in another form than the documents write them: a small count in figures ("the 3
things", "across all 3", "like 3 of them") written as a word, as documents write counts ("three approaches"), and a
year said as words ("two thousand seven", as speech-to-text writes it) in figures. Pure functions of text."""

from __future__ import annotations

import re


def counts_in_words(question: str) -> str:
    """The question with each small count of things asked written as a word ("which 3 things" -> "which three
    things"; not "5 years", "section 2", "the 2.5 mg dose")."""
    question = _FIGURE_COUNT.sub(lambda m: _UNITS[int(m.group(1)) - 1], question)
    return _ALL_COUNT.sub(lambda m: _UNITS[int(m.group(1) or m.group(2)) - 1], question)


# "the 3 things it says", "4 approaches": a count of what is asked, as "three things" says it (not "5 years")
# (what a figure numbers, not counts: "section 2", "Table 3 shows", "track 2 talks"; nor a range, "2 or 3 points")
_NUMBERED = (
    "section chapter article resolution table phase track point item figure para page step part no or to".split()
)
_UNIT = (
    r"(?!(?:years|months|weeks|days|hours|minutes|decades|centuries|times|dollars|euros|pounds|millions?|billions?|"
    r"thousands?|hundreds?|percent|miles|metres|meters|kilometres|kilometers|km|or|to)\b)"
)
_FIGURE_COUNT = re.compile(
    r"(?<![\w.,$£€-])"
    + "".join(rf"(?<!\b{w} )" for w in _NUMBERED)
    + rf"([2-9])(?=\s+{_UNIT}(?:(?!(?:is|was|has|this|regarding)\b)[a-z-]+\s+{_UNIT})?[a-z-]+[a-z]s\b)",
    re.IGNORECASE,
)

# ... and "across all 3?", "the 4 of them": the things named, counted
_ALL_COUNT = re.compile(
    r"(?:(?<=\ball )|(?<=\bthe )|(?<=\bthese )|(?<=\bthose ))([2-9])(?=\s*(?:[?,;:!)]|\.(?!\d)|$))|"
    r"(?<![\d.])\b([2-9])(?=\s+of\s+(?:them|these|those)\b)",  # ("theres like 3 of them"; not "the 2.5 mg")
    re.I,
)


_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER = {w: i for i, w in enumerate(_UNITS, 1)} | {w: i for i, w in enumerate(_TEENS, 10)}
_NUMBER |= {w: i for i, w in enumerate(_TENS, 2) for i in [i * 10]}
_U, _T, _X = "|".join(_UNITS), "|".join(_TEENS), "|".join(_TENS)
_TWO_DIGITS = rf"(?:(?:{_X})(?:[\s-]+(?:{_U}))?|{_T})"
# a year said as words, as speech-to-text writes it: "nineteen eighty", "two thousand seven", "twenty twenty",
# "twenty fourteen", "twenty oh five" (not "twenty one": a count; not "two thousand five hundred", "two thousand
# troops": the whole number said, no shorter part of it, is a count)
_SPOKEN_YEAR = re.compile(
    rf"\b(?>(?P<century>eighteen|nineteen)[\s-]+(?:oh[\s-]+(?P<oh>{_U})|(?P<two>{_TWO_DIGITS}))|"
    rf"two thousand(?:(?:\s+and)?[\s-]+(?P<after>{_TWO_DIGITS}|{_U}))?|"
    rf"twenty[\s-]+(?:oh[\s-]+(?P<twenty_oh>{_U})|(?P<twenty>{_TWO_DIGITS})))\b"
    r"(?![\s-]+(?:hundred|thousand|million|percent|per cent|of|people|troops|soldiers|staff|workers|diplomats|members|"
    r"dollars|euros|pounds|men|women|years|times|miles|deaths|casualties|refugees|cases)\b)",
    re.IGNORECASE,
)
# (a bare "two thousand" is a year only as a date is said: "in two thousand", "the year two thousand")
_AS_DATE = re.compile(r"\b(?:in|since|by|until|from|year|of)\s+$", re.IGNORECASE)


def _two_digits(words: str) -> int:
    return sum(_NUMBER[w] for w in re.split(r"[\s-]+", words.lower()) if w)


def _year_said(m: re.Match[str]) -> str:
    if m.group("century"):
        first = 1800 if m.group("century").lower() == "eighteen" else 1900
        return str(first + _two_digits(m.group("oh") or m.group("two")))
    if m.group(0).lower().startswith("two thousand"):
        if not m.group("after") and not _AS_DATE.search(m.string[: m.start()]):
            return m.group(0)
        return str(2000 + (_two_digits(m.group("after")) if m.group("after") else 0))
    return str(2000 + _two_digits(m.group("twenty_oh") or m.group("twenty")))


def spoken_years(question: str) -> str:
    """The question with the years said as words written as digits ("what happened back in two thousand
    seven?" -> "... in 2007?"), and those cut to two digits written in full ("back in '62" -> "back in 1962"):
    a question's years are what sentences answering it say in figures."""
    return _SHORT_YEAR.sub(_year_in_full, _SPOKEN_YEAR.sub(_year_said, question))


# a year cut to two digits after an apostrophe, ending a phrase ("back in '62.", "Mumbai '08, didn't he?", "'79?";
# not "the '90s", "the '29 crash", "'12 Angry Men'", "'24/7'")
_SHORT_YEAR = re.compile(r"(?<![\w'’])['’](\d\d)(?=\s*(?:[.,?!;:)]|$)|\s+(?:and|or|to|right|too)\b)")
CENTURY_TURN = 27  # '26 is 2026, '27 is 1927: a question asks of years past


def _year_in_full(m: re.Match[str]) -> str:
    return f"{'20' if int(m.group(1)) < CENTURY_TURN else '19'}{m.group(1)}"
