"""Where the parts of a question begin: at a stop, at "and" before a question word, where a question said with no
stops asks anew, at a question word and its verb after a comma, and at each of several short questions after a
dash. Pure functions of text, for question.py `analyse`."""

from __future__ import annotations

import re

from dragoman.assistant.exam import REQUEST_VERB_WORDS
from dragoman.assistant.words import FULL_STOP, WH

_CLAUSE_END = re.compile(
    rf"(?<=[?!;])\s+|{FULL_STOP}\s+(?=(?-i:[A-Z]))|(?<=[.?!][\"”'’])\s+(?=(?-i:[A-Z]))|"
    rf",?\s+and\s+(?:also\s+|then\s+)?(?=(?:(?:at|in|on|from|for|by|to|with|of|through|via)\s+)?{WH}\b)|"
    # ... after a comma, more ("..., and over what years?"; not "List the side effects and during which weeks ...")
    rf",\s+and\s+(?:also\s+|then\s+)?(?=(?:over|during|between|since|until|after|before)\s+"
    rf"{WH}\b)|"
    # "..., when was the bus service started, and ...": a question word then its verb, not a relative clause
    r",\s+(?=(?:when|how|why|where)\s+(?:was|were|did|do|does|is|are|has|have|had|will|can|could|would)\b)|"
    # "What year does it give for the attack, does it really say Estonia hosts ...?": a question of its own
    # (not "If the cake sinks, does it mean ...?": a condition, then the question)
    r",\s+(?=(?:does|did)\s+(?:it|he|she|they)\s+(?:really|actually)\s+[a-z]+\s)|"
    # "Give the year in which ..., and name the initiative it hosts.": a request of its own
    r",\s+and\s+(?=(?:name|list|give|identify|state|explain|describe)\s+(?:the|its|their|his|her|both|all|each|two|three)\s)|"
    # ... with no comma, a date, a place or a name asked of what a request before asks for ("Identify two mediation
    # cases ... and give the year of each."; not after a request's verb itself, "Name and give the year of ...",
    # "Compare and give the dates ...")
    + "".join(rf"(?<!\b{verb})" for verb in REQUEST_VERB_WORDS)
    + r"\s+and\s+(?=(?:give|state|name|identify)\s+(?:the\s+)?(?:years?|dates?|places?|names?|positions?|roles?)\b)",
    re.IGNORECASE,
)
# said with no stops: "so the paper says Singapore is a convenor what big negotiation does it organize": a question
# word, a few words and its verb before a pronoun ask anew - unless the word before takes a question as its object
_ASKED_ANEW = re.compile(
    r"(?<=[a-z])\s+(?=(?:what|which|who|where|why|how)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:does|did|do|is|was|were|are|has|have|can)\s+(?:it|they|he|she|we|you)\b)",
    re.IGNORECASE,
)
_TAKES_QUESTION = frozenset(
    "say says said know knows knew ask asks asked explain explains explained tell tells told show shows showed "
    "describe describes described wonder wonders wondered see sees saw understand discuss discusses discussed "
    "consider considers decide decides about on of me us is and or but to".split()
)


def _said_on(part: str) -> list[str]:
    """A part said with no stops, split where it asks anew (`_ASKED_ANEW`)."""
    cuts = [
        m.start() for m in _ASKED_ANEW.finditer(part) if part[: m.start()].split()[-1].lower() not in _TAKES_QUESTION
    ]
    return [part[a:b] for a, b in zip([0, *cuts], [*cuts, len(part)])]


# "who heads it, in what year did ...", "..., which city is it in": what/which, a noun and its verb after a
# clause asking (not "According to the paper, what advantages do ...": a scene, then the question)
_NEXT_ASKED = re.compile(
    r",\s+(?=(?:(?:in|on|at|since|by|from|over|during|between|until|after|before)\s+)?(?:what|which)\s+(?-i:[a-z]+)\s+(?:was|were|did|do|does|is|are|has|have|had)\b)",
    re.IGNORECASE,
)


def _split_asked(part: str) -> list[str]:
    # (and not a relative clause inside the question: "What did the report, which analysts have praised, conclude?")
    m = next(
        (
            m
            for m in _NEXT_ASKED.finditer(part)
            if re.search(rf"\b{WH}\b", part[: m.start()], re.I) and "," not in part[m.end() :]
        ),
        None,
    )
    return [part] if m is None else [part[: m.start()], *_split_asked(part[m.end() :])]


# typed as a search box is, several short questions after a dash: "swiss protecting power - whose interests, in
# which countries, since when?", "- whose interests do they represent, in which countries, and since when?" (each a
# question word, perhaps after a preposition, and up to four words)
_SHORT_ASKED = rf"(?:(?:in|at|on|from|since|until|by|for|with|to)\s+)?{WH}(?:\s+[\w'’-]+){{0,4}}"
_SHORT_QUESTIONS = re.compile(
    rf"^(.*?(?:\s[-–—]|:)\s+)({_SHORT_ASKED}(?:\s*,\s*(?:and\s+)?{_SHORT_ASKED})+)\s*\??\s*$", re.IGNORECASE
)


def _short_questions(part: str) -> list[str]:
    """A part asking several short questions after a dash or a colon (`_SHORT_QUESTIONS`), one per question, the
    first with what the part says before them; else the part."""
    m = _SHORT_QUESTIONS.match(part)
    if not m:
        return [part]
    asked = [f.strip() for f in re.split(r"\s*,\s*(?:and\s+)?", m.group(2))]
    return [f"{m.group(1)}{asked[0]}?", *(f"{f}?" for f in asked[1:])]


# typed as a search box is, what a part asks for named by a bare noun phrase after a label, before a question:
# "Oslo channel per the paper: Norwegian negotiators + which institute opened it?", "Estonia - year of the big
# cyberattack; and which dialogue does it host?"
_LABELLED_NOUNS = re.compile(r"^(.*?\S(?::|\s[-–—]))\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)\s*[;,]?\s*$")
_NOT_NOUNS = frozenset(
    "is are was were be been has have had do does did say says said mention mentions mentioned can could will would "
    "should may might must i we you me my".split()
)


def bare_asked(part: str) -> str:
    """A part naming what it asks for by a bare noun phrase after a label (`_LABELLED_NOUNS`), asked ("Oslo ...:
    which Norwegian negotiators?"); else the part. For a part followed by one that asks."""
    m = _LABELLED_NOUNS.match(part)
    if m is None or not _NOT_NOUNS.isdisjoint(m.group(2).lower().split()) or re.match(rf"{WH}\b", m.group(2), re.I):
        return part
    # (a noun phrase naming what is asked: its last word a plural or a kind of answer, or its first a kind - "years
    # of talks", "year it started"; not a statement, "sales fell sharply", "it rained all week", nor a topic, "the
    # Louvre")
    words = m.group(2).lower().split()
    if not (_PLURAL.fullmatch(words[-1]) or words[-1] in _KINDS or words[0] in _KINDS):
        return part
    return f"{m.group(1)} which {_ARTICLE.sub('', m.group(2))}?"


_PLURAL = re.compile(r"[a-z]+[^siu'’\W]s")
_KINDS = frozenset(
    "year years date dates name names term terms cause causes reason reasons role roles title number amount "
    "place venue location outcome result deal agreement".split()
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def split_parts(text: str) -> list[str]:
    """The parts of a question (or of one numbered item of it), in order."""
    return [
        y
        for r in _CLAUSE_END.split(text)
        if r
        for f in _short_questions(r)
        for q in _split_asked(f)
        for x in _said_on(q)
        for y in _whose_after(x)
    ]


# "What years was he talking about, and his verdict?": a thing of the person asked about, asked after a question
# (not "What is the ratio between a company's debt, and its equity?": the other thing of a relation)
_WHOSE_AFTER = re.compile(r",\s+and\s+(?=(?:his|her)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*\??\s*$)", re.IGNORECASE)


def _whose_after(part: str) -> list[str]:
    m = _WHOSE_AFTER.search(part)
    before = part[: m.start()] if m else ""
    asks = m and re.search(rf"\b{WH}\b", before, re.I) and not re.search(r"\b(?:between|both)\b", before, re.I)
    return [before, part[m.end() :]] if m and asks else [part]
