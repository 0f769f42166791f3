"""Where a person works, asked and said: "Where is he based?", "Which uni is Jacob at?" - "According to
Happymon Jacob, a scholar of back-channel diplomacy in South Asia at the Nehru University in New Delhi, ...".
The sentence gives the place of work in none of the question's words ("based", "uni", "work"): they count as
said by a sentence naming the person and, a few words on, a body they are at. Pure functions of text."""

from __future__ import annotations

import re

from dragoman.assistant.coverage import analyzer

# a question asking where someone works: "where's he based", "where does Moss teach", "which university is he
# at", "what institution's he with", "his affiliation" (not "where is the talks' venue", "which state hosted")
_ASKED = re.compile(
    r"\bwhere(?:['’]s|\s+(?:is|was|are|were|does|did|do))\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?P<verb>based|work(?:s|ed|ing)?|teach(?:es|ing)?|employed|stationed)\b|"
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?"
    r"(?P<noun>unis?|universit(?:y|ies)|institut(?:e|es|ion|ions)|colleges?|think[- ]?tanks?|employers?)"
    r"(?:(?:['’]s)?\s+(?:is|was|are|were|does|did|do)?\s*(?:he|she|they|(?-i:[A-Z])[\w'’-]+)\b|\s*\?\s*$)|"
    r"\b(?:his|her|their)\s+(?P<own>affiliations?|employers?)\b",
    re.IGNORECASE,
)
# a body a person is at, named: "at the Nehru University", "a historian at the U.S Naval War College"
_BODY = (
    r"\b(?:at|of|with|from)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}"
    r"(?:University|College|Institute|Institution|School|Cent(?:er|re)|Foundation|Council|Academy)\b"
)
NEAR_NAME = 120  # characters from the person's name to the body they are at, in one clause of a sentence


def affiliation_stems(question: str) -> frozenset[str]:
    """The stems of the words by which a question asks where someone works ("based", "uni"); none when it
    does not ask it."""
    words = [w for m in _ASKED.finditer(question) for w in m.groupdict().values() if w]
    return frozenset(analyzer()(" ".join(words))) if words else frozenset()


def gives_affiliation(text: str, question: str) -> bool:
    """Does the sentence name one of the question's people (its capitalised words inside a sentence, the ones a
    follow-up carries too) and say in an apposition what they are, at a body ("Rick Moss, a historian at the U.S Naval
    War College"; not "Nike sponsors athletes at the University of Oregon")?"""
    names = dict.fromkeys(re.findall(r"(?<![.?!]\s)(?<!^)\b[A-Z][\w'’-]{2,}", question))
    return any(
        re.search(rf"\b{re.escape(name)},\s+(?:an?|the)\s[^.;()]{{0,{NEAR_NAME}}}?{_BODY}", text) is not None
        for name in names
    )
