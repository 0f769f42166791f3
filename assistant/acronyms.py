"""Acronyms of government and diplomacy a question may use where the documents write the words out ("POTUS",
"MFA", "DPRK"): written as a document at hand writes them, so that the keyword search finds them and no rule
counts them unsaid.

A question typed as a note ("POTUS envoy to Moscow - who?", "Norw. MFA role?") names in an acronym what the
documents call "the President", "the Ministry of Foreign Affairs" or "North Korea". An acronym a text spells out by
its initials is read by spelt.py (`spelt_terms`, "the NSA-level talks" - "national security advisor"); these are the
ones whose letters are not the initials of the words ("POTUS", "DPRK"), or whose words differ from text to text
("MFA": "Foreign Ministry", "Department of Foreign Affairs"). A short, hand-kept list of acronyms in general use
(no document's own), as COUNTRY_CODES is (shorthand.py). Pure function of text.
"""

from __future__ import annotations

import functools
import re

from dragoman.assistant.answer_kind import TITLES
from dragoman.assistant.names import full_names, name_runs

# each acronym: the ways documents write it out, the most specific first
ACRONYMS: dict[str, tuple[str, ...]] = {
    "POTUS": ("President of the United States", "US president", "U.S. president", "American president"),
    "SecState": ("Secretary of State",),
    "SECSTATE": ("Secretary of State",),
    "SoS": ("Secretary of State",),
    "FM": ("Foreign Minister", "foreign secretary"),
    "DFM": ("Deputy Foreign Minister",),
    "PM": ("Prime Minister",),
    "MFA": ("Ministry of Foreign Affairs", "Foreign Ministry", "Department of Foreign Affairs", "Foreign Office"),
    "MoFA": ("Ministry of Foreign Affairs", "Foreign Ministry", "Department of Foreign Affairs", "Foreign Office"),
    "DoD": ("Department of Defense", "Pentagon"),
    "DOD": ("Department of Defense", "Pentagon"),
    "NSC": ("National Security Council",),
    "DPRK": ("North Korea",),
    "ROK": ("South Korea",),
    "PRC": ("People's Republic of China", "China"),
    "UNSC": ("Security Council",),
    "UNGA": ("General Assembly",),
    "USG": ("US government", "U.S. government", "American government"),
    "HMG": ("British government", "UK government"),
}


def unabbreviated(question: str, texts: list[str] | tuple[str, ...]) -> str:
    """The question with each acronym of ACRONYMS that no text writes as a word in the words the first text to
    write it out uses ("POTUS envoy" - "US president envoy"); left as it is when none does."""

    def written(m: re.Match[str]) -> str:
        acronym = m.group(1)
        if any(_says(acronym, t, False) for t in texts):
            return m.group(0)
        out = next((words for words in ACRONYMS[acronym] if any(_says(words, t, True) for t in texts)), None)
        if not out:
            return m.group(0)
        ending = m.group(2) or ""
        return _plural(out) if ending in ("s", "es") else out + ending  # ("FMs", "POTUSes"; "POTUS's")

    question = _ACRONYM.sub(written, question)
    if not re.search(r"[a-z]", question):
        return question  # (a question in capitals: "IS MS HEREDITARY?")
    return _INITIALS.sub(lambda m: _initialled(m.group(0), texts) if _beside_name(m) else m.group(0), question)


# two or three capitals no text writes, beside a name: perhaps a person's initials ("HK-Dobrynin line", "HK and
# Dobrynin"; not "Is TB contagious?", "the GP's advice")
_INITIALS = re.compile(r"(?<![\w.])[A-Z]{2,3}(?![\w.])")
_JOINED = r"(?:\s*[-–/&]\s*|\s+and\s+)"


def _beside_name(m: re.Match[str]) -> bool:
    return bool(
        re.match(rf"{_JOINED}[A-Z]", m.string[m.end() :])
        or re.search(rf"\b[A-Z][\w'’]*{_JOINED}$", m.string[: m.start()])
    )


def _initialled(initials: str, texts: list[str] | tuple[str, ...]) -> str:
    """The full name of the one person the texts name whose initials these are ("HK": "Henry Kissinger"), when no
    text writes them as a word; else the initials as they are (not "US": a text writes it; nor "UN" for "United
    Nations", nor "SA" for "Saudi Arabia": no person's name)."""
    if any(_says(initials, t, False) for t in texts):
        return initials
    people = {" ".join(run) for t in texts for run in _people(t) if "".join(w[0] for w in run) == initials}
    return people.pop() if len(people) == 1 else initials


@functools.lru_cache(maxsize=64)  # (a pure function of a document's text)
def _people(text: str) -> tuple[tuple[str, ...], ...]:
    """The full names of people a text writes: runs of capitalised words full_names reads as a person's, titles
    left out ("Ambassador William Burns": William Burns)."""
    return tuple(
        tuple(words)
        for run in name_runs(text)
        if len(words := [w for w in run if w not in TITLES]) in (2, 3) and set(words) <= full_names(" ".join(words))
    )


# (not a time: "at 3 PM"; nor one naming another thing)
_ACRONYM = re.compile(
    rf"(?<!\d)(?<!\d )\b({'|'.join(map(re.escape, sorted(ACRONYMS, key=len, reverse=True)))})(['’]?s|es)?\b"
    r"(?!\s*\d)(?!\s+(?:radio|station|band|frequency|levels?|particles?)\b)"  # (not "PM 2.5", "FM radio")
)


def _plural(words: str) -> str:
    """The plural of a name written out: its head noun's ("Foreign Ministers", "Secretaries of State")."""
    head, of, rest = words.partition(" of ")
    head = head[:-1] + "ies" if re.search(r"[^aeiou]y$", head) else head + "s"
    return head + of + rest


@functools.lru_cache(maxsize=1024)  # (a pure function of a document's text, read by every question naming one)
def _says(words: str, text: str, ignore_case: bool) -> bool:
    pattern = r"\s+".join(map(re.escape, words.split()))
    return re.search(rf"\b{pattern}s?\b", text, re.IGNORECASE if ignore_case else 0) is not None  # ("presidents")
