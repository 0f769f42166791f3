"""A word of a question mistyped by one letter, or written as one where the documents write two ("backchannel" -
"back-channel"), written as the documents at hand write it.

A question word typed run together with the next ("whowrote the paper") is written apart (`_unglued`).

"what are the three styles of mediaton the paper describes?" asks about "mediation" as much as
the question spelt right does; but the keyword index finds no "mediaton", and every rule that
weighs a question's words by what the documents say counts it unsaid. So before a question is
answered, each word that is neither in the documents found nor a word of the embedding model's
vocabulary (an English word, spelt right: "spend", "halt") and that is one edit - a letter
dropped, added, changed, or two swapped - from exactly one word the documents write is written
that way. Short words are left as typed (one edit turns "bus" into "but"), and so are short names; a long
one ("Kisinger", "Dobrinin") is a name mistyped as often as another name.
Pure functions of text, but for `known` (the vocabulary).

No spelling corrector ships offline; the documents are the best dictionary of their own words.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import ChainMap, Counter
from collections.abc import Callable, Iterable, Mapping

from dragoman.index.keyword import Analyzer

MIN_LETTERS = 6  # words this long or longer are respelled (one edit of a shorter word is often another word)
_WORD = re.compile(r"[^\W\d_]+")
# the words a question about a document itself is asked in (metadata.py): mistyped, they are written right whether or
# not the documents at hand write them ("who are the authers", "what publicaton is it in")
_ASKING_WORDS = "author authors title article articles publication published publisher journal website magazine"
_ASKING = frozenset(_ASKING_WORDS.split())


def respelled(question: str, texts: Iterable[str], known: Callable[[list[str]], set[str]]) -> str:
    """The question with each mistyped word written as the texts write it (module docstring);
    `known(words)`: those of `words` the embedding model's vocabulary holds whole."""
    texts = [*texts, _ASKING_WORDS]
    words = ChainMap(*map(_words, texts))  # (each document's words counted once, not merged per question)
    question = _unglued(question, words, known)
    unknown = [
        w
        for w in dict.fromkeys(m.group(0) for m in _WORD.finditer(question) if not _in_compound(question, m))
        if ((w.islower() and (len(w) >= MIN_LETTERS or _asking(w))) or _misspelt_name(w))
        and w.lower() not in words
        and not _inflected(w.lower(), words)
    ]
    # (nor another form of the same word, "validator" - "validators": their stems are one)
    near = {
        w: fix if w.islower() else fix.capitalize()
        for w in unknown
        if (fix := _closest(w.lower(), words, texts, question)) and _stem(w.lower()) != _stem(fix)
    }
    if near:  # (nor an English word, or an inflection of one: "betweens"; the vocabulary read only then)
        asked = list(near) + [b for w in near for b in _bases(w)]
        english = known(asked)
        near = {w: fix for w, fix in near.items() if w not in english and english.isdisjoint(_bases(w))}
    near |= _split(question, texts, words)
    if not near:
        return question
    return _WORD.sub(lambda m: near.get(m.group(0), m.group(0)), question)


def _unglued(question: str, words: Mapping[str, int], known: Callable[[list[str]], set[str]]) -> str:
    """The question with a question word typed run together with the next written apart ("whowrote the paper" - "who
    wrote the paper", "howmany"): the two no word of the texts or of English ("however", "whatever"), the rest
    one of the texts or of English."""
    glued = {m.group(0): m for m in _GLUED.finditer(question) if m.group(0) not in words}
    if not glued:
        return question
    english = known([*glued, *(m.group(2) for m in glued.values())])
    # (the rest of four letters or more: not "whatman", "whoami", "whatnot")
    apart = {
        w: f"{m.group(1)} {m.group(2)}"
        for w, m in glued.items()
        if w not in english and (m.group(2) in words or m.group(2) in english)
    }
    return _WORD.sub(lambda m: apart.get(m.group(0), m.group(0)), question)


_GLUED = re.compile(r"\b(who|what|when|where|which|why|how)([a-z]{4,})\b")
NAME_LETTERS = 7  # a capitalised word this long may be a name mistyped ("Kisinger"); a shorter one, another name


def _misspelt_name(word: str) -> bool:
    return len(word) >= NAME_LETTERS and word[:1].isupper() and word[1:].islower()


def _split(question: str, texts: list[str], words: Mapping[str, int]) -> dict[str, str]:
    """A word the texts write as two more often than as one ("backchannel" - "back-channel", "back
    channel"), written as they mostly write it: its one rare form would pull the search to the few
    passages saying it so, and a sentence saying it the other way would not say it."""
    out: dict[str, str] = {}
    # (nor one in quotes: the asker copies the text's own words - "the 'Quiet Diplomacy And Backchannel ...' paper")
    quoted = [m.span() for m in _QUOTED.finditer(question)]
    said = [m for m in _WORD.finditer(question) if not any(a <= m.start() < b for a, b in quoted)]
    for w in dict.fromkeys(m.group(0) for m in said if not _in_compound(question, m)):
        low = w.lower()
        if len(low) < 2 * _PART or (w[:1].isupper() and not w[1:].islower()):  # (not "RNNs", "McNamara")
            continue
        forms: Counter[str] = Counter()
        for text in texts:
            forms.update(_two_words(text).get(low, {}))
        # (written with a hyphen somewhere, as a compound noun is: not "break down" for "breakdown")
        single = low[:-1] if low.endswith("s") else ""  # ("backchannels": "back-channel" written somewhere)
        if any("-" in form for form in forms) or any("-" in f for t in texts for f in _two_words(t).get(single, {})):
            form, n = forms.most_common(1)[0]
            if n > sum(_words(t)[low] for t in texts):  # (its counts are of lower-cased words)
                out[w] = form[:1].upper() + form[1:] if w[:1].isupper() else form
    return out


# a phrase in quotes (an apostrophe inside a word is no quote: "a 'What You'll Learn' list"), of any length: a title
# copied whole (tables.py `QUOTED` keeps to the short phrases a question quotes to be found)
_QUOTED = re.compile(r"(?<!\w)['‘\"“](?:[^'’\"”]|(?<=\w)['’](?=\w)){2,200}['’\"”](?!\w)")
_PART = 4  # letters each part has at least ("back-channel", "peace-keeping"; not "a-part")


@functools.lru_cache(maxsize=32)  # (read once per document, not per question: a question's search waits on it)
def _two_words(text: str) -> dict[str, Counter[str]]:
    """Each pair of words the text joins by a hyphen or a space, under the two written as one ("backchannel":
    {"back-channel": 35, "back channel": 17}), each part _PART letters or more."""
    out: dict[str, Counter[str]] = {}
    for m in _PAIR.finditer(text.lower()):
        out.setdefault(m.group(1) + m.group(3), Counter())[m.group(1) + m.group(2) + m.group(3)] += 1
    return out


_PAIR = re.compile(rf"(?<![^\W\d_])(?=([^\W\d_]{{{_PART},}})([- ])([^\W\d_]{{{_PART},}})(?![^\W\d_]))")


def _in_compound(question: str, m: re.Match[str]) -> bool:
    """Is the word joined to another by a hyphen ("go-betweens"): a compound, rarely a word of its own?"""
    return question[m.start() - 1 : m.start()] == "-" or question[m.end() : m.end() + 1] == "-"


_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")


def _bases(word: str) -> list[str]:
    # (a "d" alone ends an inflection after an "e" only: "used"; not "publishd", a mistyped "published")
    ends = [s for s in _SUFFIXES if word.endswith(s) and (s != "d" or word.endswith("ed"))]
    return [word[: -len(s)] for s in ends if len(word) - len(s) >= 3]


def _inflected(word: str, words: Mapping[str, int]) -> bool:
    return any(b in words or b + "e" in words for b in _bases(word))


def _closest(word: str, words: Mapping[str, int], texts: list[str], question: str = "") -> str | None:
    """The one word of `words` one edit from `word` (the most frequent, if one is clearly so); or, for a long word,
    two edits from it, when the texts write it as a name beside the word the question writes beside it
    ("alistair summerville": "Alistair Somerville", `_full_name`)."""
    found = {w for text in texts for key in (word, *_deletes(word)) for w in _neighbours(text).get(key, ())}
    # (how often a document writes it: a ChainMap of Counters would give the first one's 0)
    maps = words.maps if isinstance(words, ChainMap) else [words]
    count = {w: max(m.get(w, 0) for m in maps) for w in found}
    near = sorted((w for w in found if _one_edit(word, w)), key=lambda w: -count[w])
    if not near and len(word) >= TWO_EDITS_LETTERS:
        return _full_name(word, question, texts)
    if not near:
        return None
    tied = [w for w in near if count[w] == count[near[0]]]
    if len(tied) > 1:  # (forms of one word, "publish" - "published" for "publishd": the most alike, if one is)
        alike = sorted(((difflib.SequenceMatcher(None, word, w).ratio(), w) for w in tied), reverse=True)
        one_word = len({_stem(w) for w in tied}) == 1
        return alike[0][1] if one_word and alike[0][0] > alike[1][0] else None
    return near[0]


def _full_name(word: str, question: str, texts: list[str]) -> str | None:
    """The one name two edits from `word` that the texts write capitalised right after or before the word the
    question writes beside it, itself capitalised there (a full name: "Alistair Somerville"; not beside "daily",
    "coach"), no more than a letter longer or shorter ("summerville": "somerville"; not "prednisone" -
    "prednisolone", "richardson" - "richards")."""
    m = re.search(rf"(?:(\w+)\s+)?\b{re.escape(word)}\b(?:\s+(\w+))?", question, re.IGNORECASE)
    if m is None:
        return None
    before, after = m.group(1), m.group(2)
    names = {n for t in texts for n in _name_pairs(t)[0].get(before.lower() if before else "", ())}
    names |= {n for t in texts for n in _name_pairs(t)[1].get(after.lower() if after else "", ())}
    alike = {
        n: difflib.SequenceMatcher(None, word, n).ratio()
        for n in names
        if n[:1] == word[:1] and abs(len(n) - len(word)) <= 1 and n != word
    }
    near = sorted((n for n, r in alike.items() if r >= TWO_EDITS_ALIKE), key=lambda n: -alike[n])
    return near[0] if len(near) == 1 or (near and alike[near[0]] > alike[near[1]]) else None


@functools.lru_cache(maxsize=8)  # (a pure function of a document's text)
def _name_pairs(text: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Of each two capitalised words a text writes in a row ("Alistair Somerville"), the second under the first and
    the first under the second, in lower case."""
    after: dict[str, set[str]] = {}
    before: dict[str, set[str]] = {}
    for first, second in re.findall(r"\b([A-Z][a-z]+)\s+(?=([A-Z][a-z]+)\b)", text):
        after.setdefault(first.lower(), set()).add(second.lower())
        before.setdefault(second.lower(), set()).add(first.lower())
    return after, before


TWO_EDITS_LETTERS = 9  # a word this long may be two edits from the one meant
TWO_EDITS_ALIKE = 0.85  # (difflib's ratio: "summerville" - "somerville" 0.86)


def _deletes(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


@functools.lru_cache(maxsize=8)  # each word of a document under itself and each of its one-letter deletions
def _neighbours(text: str) -> dict[str, tuple[str, ...]]:
    # (words one edit apart share a key: one is the other less a letter, or both less one at the same place
    # or, swapped letters, at neighbouring places; a key shared by words two edits apart is checked after)
    index: dict[str, set[str]] = {}
    for w in _words(text):
        if len(w) >= MIN_LETTERS - 1:
            for key in (w, *_deletes(w)):
                index.setdefault(key, set()).add(w)
    return {k: tuple(v) for k, v in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """Are the words one letter dropped, added, changed, or two neighbours swapped, apart?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@functools.lru_cache(maxsize=1024)
def _stem(word: str) -> str:
    return _analyzer().stem([word])[0]


@functools.cache
def _analyzer() -> Analyzer:
    return Analyzer()  # (as the keyword index stems: Snowball, English)


@functools.lru_cache(maxsize=8)  # a document's words, counted once however many questions ask of it
def _words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def _asking(word: str) -> bool:
    """Is a short word a word a question about a document is asked in with two letters swapped ("titel": "title";
    not "titre", "tithe": words of their own)?"""
    swapped = (word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    return len(word) >= 5 and not _ASKING.isdisjoint(swapped)
