"""Names typed in lower case, written as the documents write them.

"which small country hosted the talks between washington and the taliban?" names Washington
and the Taliban as much as the capitalised question does; but the rules that tell a name from
other words read its capital (question.py, followup.py, index/prior.py). So before a question
is answered, each of its lower-case words that the documents at hand write only as a name -
capitalised inside sentences of prose, never in lower case - is written their way
("washington" -> "Washington", "isd" -> "ISD"); a short word without a vowel is an acronym
("gdp" -> "GDP"). A word the documents also write in lower case ("state", "channel") stays as
typed. Pure functions of text.

No true-casing model ships offline; the documents are the best judge of their own names.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from dragoman.assistant.question import STOP_WORDS, TITLES

_WORD = re.compile(r"[^\W\d_]+")
_VOWEL = re.compile(r"[aeiouy]")
_SENTENCE = re.compile(r"[^.!?:\n]+")  # (a label before a colon is no prose: "The Free-Rider Problem:")
# A stretch of text is prose when under this share of its words are capitalised (not a title line).
_PROSE_CAPITALS = 0.5  # (prose full of names reaches 0.43; title lines 0.6 and more)


def restore_case(question: str, texts: Iterable[str]) -> str:
    """The question with each lower-case word the texts write only as a name (twice or more) written their way."""
    if not any(w.islower() and w not in STOP_WORDS for w in _WORD.findall(question)):
        return question
    forms: dict[str, Counter[str]] = {}
    lower: set[str] = set()
    for text in texts:
        named, plain = _forms(text)
        for word, counts in named.items():
            forms.setdefault(word, Counter()).update(counts)
        lower |= plain

    def cased(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) < 2 or not word.islower() or word in STOP_WORDS or word in lower:
            return word
        if word not in forms:  # an acronym the documents may never write ("gdp"): no vowel, not even y
            return word.upper() if len(word) <= 5 and not _VOWEL.search(word) else word
        form = forms[word].most_common(1)[0][0]
        return word if form in TITLES else form  # ("foreign minister": no name)

    return _WORD.sub(cased, question)


@functools.lru_cache(maxsize=32)  # a document's names, read once however many questions ask of it
def _forms(text: str) -> tuple[dict[str, Counter[str]], frozenset[str]]:
    """The capitalised forms of words inside sentences of prose (lower-cased word -> its forms
    and their counts), and the words written in lower case anywhere."""
    named: dict[str, Counter[str]] = {}
    lower = frozenset(w for w in _WORD.findall(text) if w.islower())
    for sentence in _SENTENCE.finditer(text):
        words = _WORD.findall(sentence.group(0))
        if len(words) < 4 or sum(w[0].isupper() for w in words) > _PROSE_CAPITALS * len(words):
            continue
        for word in words[1:]:  # (the first word of a sentence is capitalised whatever it is)
            if word[0].isupper():
                named.setdefault(word.lower(), Counter())[word] += 1
    return named, lower
