"""Acronyms a text spells out by their initials: in capitals, a name ("the United States", "Institute for the Study of
Diplomacy" for "ISD"), or in lower case, a term ("back-channel diplomacy" for "BCD"). A question's acronym so spelt out
is said (focus.py), and one spelt out as a term is written in its words (`spelt_terms`), so that the keyword search
and the answer can match them. Pure functions of text."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from dragoman.assistant.names import seat_said
from dragoman.assistant.question import NOT_NAMES, STOP_WORDS

_LINK = r"(?: (?:of|the|for|and|on|in))* "


def says_acronym(acronym: str, text: str) -> bool:
    """The acronym, written with dots ("US": "U.S."), or spelt out on one line: capitalised
    words with its initials ("the United States", "Institute for the Study of Diplomacy"; for
    two letters only after "the", so "Unlike Sweden" is not "US"), some of them perhaps in a
    shorter acronym ("GCU": "GC University")."""
    if acronym in text or re.search(r"\.?".join(map(re.escape, acronym)), text) or seat_said(acronym.lower(), text):
        return True  # (or the country or body it is: "USSR" - "the Soviet Union", names.py)
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
        return False
    return bool(_spelt_out(acronym).search(text) or _spelt_term(acronym, text))


def spelt_terms(question: str, texts: Sequence[str]) -> str:
    """The question with an acronym no text writes as it is, but one spells out as a term, in lower case
    (`_spelt_term`: "BC-downsides explainer", "Qatar's FP toolkit"), written in those words ("back-channel
    downsides", "foreign policy"): the keyword search and the answer can match them. (Not one a text spells out
    in capitals, a name: "the CIA" is "the CIA".)"""

    def spelt(m: re.Match[str]) -> str:
        acronym = m.group(0)
        if acronym in NOT_NAMES or any(_written(acronym, t) for t in texts):
            return acronym
        term = next((term for t in texts if (term := _spelt_term(acronym, t))), acronym)
        opens = not question[: m.start()].strip() or question[: m.start()].rstrip()[-1] in ".?!"
        return term[:1].upper() + term[1:] if opens else term  # ("BC diplomacy risks?": "Back-channel ...")

    return re.sub(r"\b[A-Z]{2,6}\b", spelt, question)


@functools.lru_cache(maxsize=1024)  # (a pure function of a document's text, read by every question naming it)
def _written(acronym: str, text: str) -> bool:
    """Does the text write the acronym as it is ("US": "U.S.", not "USD"), or spell it out in capitals, a name?"""
    as_is = re.compile(r"\b" + r"\.?".join(map(re.escape, acronym)) + r"\b")
    return bool(as_is.search(text) or _spelt_out(acronym).search(text))


@functools.lru_cache(maxsize=1024)  # (the same)
def _spelt_term(acronym: str, text: str) -> str:
    """The words of lower case (the first perhaps opening a sentence) a text spells an acronym out with as a term:
    each of four letters or more and no stop word, no link word but "of", "and" or "for" between them, said twice
    or once beside the acronym in brackets ("FP": "foreign policy", "BCD": "back-channel diplomacy"; not "for
    peace", "With the ongoing", "Until some"); "" if none."""
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
        return ""
    found = [
        m.group(0)
        for m in _spelt_lower(acronym).finditer(text)
        if not any(w.lower() in STOP_WORDS for w in re.split(r"[\s-]+", m.group(0)))  # (not "Until some")
    ]
    twice = [f for f in dict.fromkeys(found) if sum(g.lower() == f.lower() for g in found) >= 2]
    bracketed = [f for f in found if re.search(rf"{re.escape(f)}\s*\({acronym}\)", text)]
    term = next(iter(bracketed + twice), "")
    return term[:1].lower() + term[1:]  # (as written inside a sentence: "Back-channel diplomacy is ..." opens one)


@functools.lru_cache(maxsize=256)
def _spelt_lower(acronym: str) -> re.Pattern[str]:
    """Words of four letters or more with the acronym's initials, in lower case but the first (`_spelt_term`)."""
    words = [rf"[{c.lower()}{c if i == 0 else ''}][a-z'’]{{3,}}" for i, c in enumerate(acronym)]
    return re.compile(r"\b" + r"(?:[\s-]+(?:(?:of|and|for)\s+)?)".join(words) + r"\b")


@functools.lru_cache(maxsize=256)
def _spelt_out(acronym: str) -> re.Pattern[str]:
    """One pattern for every way of spelling an acronym out (`_spellings`)."""
    ways = "|".join(_LINK.join(words) for words in _spellings(acronym))
    return re.compile((r"\b[Tt]he " if len(acronym) == 2 else r"\b") + f"(?:{ways})" + r"\b")


def _spellings(acronym: str) -> list[list[str]]:
    """Patterns of the words spelling an acronym out: each a capitalised word giving one letter,
    or a word in capitals giving two or more ("GCU": "G.. C.. U..", "GC U..", "G.. CU")."""
    if not acronym:
        return [[]]
    out = [[rf"{acronym[0]}[a-z'’-]{{2,}}", *rest] for rest in _spellings(acronym[1:])]
    for n in range(2, len(acronym) + 1):
        out += [[acronym[:n], *rest] for rest in _spellings(acronym[n:])]
    return out
