"""A word of a question mistyped by one letter, written as the documents at hand write it.

"what are the three styles of mediaton the paper describes?" asks about "mediation" as much as
the question spelt right does; but the keyword index finds no "mediaton", and every rule that
weighs a question's words by what the documents say counts it unsaid. So before a question is
answered, each word that is neither in the documents found nor a word of the embedding model's
vocabulary (an English word, spelt right: "spend", "halt") and that is one edit - a letter
dropped, added, changed, or two swapped - from exactly one word the documents write is written
that way. Short words are left as typed (one edit turns "bus" into "but"), and so are names.
Pure functions of text, but for `known` (the vocabulary).

No spelling corrector ships offline; the documents are the best dictionary of their own words.
"""

from __future__ import annotations

import functools
import re
from collections import ChainMap, Counter
from collections.abc import Callable, Iterable, Mapping

from dragoman.index.keyword import Analyzer

MIN_LETTERS = 6  # words this long or longer are respelled (one edit of a shorter word is often another word)
_WORD = re.compile(r"[^\W\d_]+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def respelled(question: str, texts: Iterable[str], known: Callable[[list[str]], set[str]]) -> str:
    """The question with each mistyped word written as the texts write it (module docstring);
    `known(words)`: those of `words` the embedding model's vocabulary holds whole."""
    words = ChainMap(*map(_words, texts))  # (each document's words counted once, not merged per question)
    unknown = [
        w
        for w in dict.fromkeys(m.group(0) for m in _WORD.finditer(question) if not _in_compound(question, m))
        if len(w) >= MIN_LETTERS and w.islower() and w not in words and not _inflected(w, words)
    ]
    unknown = [w for w in unknown if w not in known(unknown)] if unknown else []
    if unknown:  # (nor an inflection of a word spelt right: "betweens", "negotiatings")
        stems = [s for w in unknown for s in _bases(w)]
        english = known(stems) if stems else set()
        unknown = [w for w in unknown if english.isdisjoint(_bases(w))]
    # (nor another form of the same word, "validator" - "validators": their stems are one)
    fixes = {w: fix for w in unknown if (fix := _closest(w, words)) and _stem(w) != _stem(fix)}
    if not fixes:
        return question
    return _WORD.sub(lambda m: fixes.get(m.group(0), m.group(0)), question)


def _in_compound(question: str, m: re.Match[str]) -> bool:
    """Is the word joined to another by a hyphen ("go-betweens"): a compound, rarely a word of its own?"""
    return question[m.start() - 1 : m.start()] == "-" or question[m.end() : m.end() + 1] == "-"


_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")


def _bases(word: str) -> list[str]:
    return [word[: -len(s)] for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3]


def _inflected(word: str, words: Mapping[str, int]) -> bool:
    return any(b in words or b + "e" in words for b in _bases(word))


def _closest(word: str, words: Mapping[str, int]) -> str | None:
    """The one word of `words` one edit from `word` (the most frequent, if one is clearly so)."""
    near = sorted((w for w in _edits(word) if w in words), key=lambda w: -words[w])
    if not near or (len(near) > 1 and words[near[0]] == words[near[1]]):
        return None
    return near[0]


def _edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
        | {a + c + b for a, b in splits for c in _LETTERS}
    ) - {word}


@functools.lru_cache(maxsize=1024)
def _stem(word: str) -> str:
    return _analyzer().stem([word])[0]


@functools.cache
def _analyzer() -> Analyzer:
    return Analyzer()  # (as the keyword index stems: Snowball, English)


@functools.lru_cache(maxsize=8)  # a document's words, counted once however many questions ask of it
def _words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))
