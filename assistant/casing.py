"""Names typed in lower case, written as the documents write them.

"which small country hosted the talks between washington and the taliban?" names Washington
and the Taliban as much as the capitalised question does; but the rules that tell a name from
other words read its capital (question.py, followup.py, index/prior.py). So before a question
is answered, each of its lower-case words that the documents at hand write only as a name -
capitalised inside sentences of prose, never in lower case - is written their way
("washington" -> "Washington", "isd" -> "ISD"), unless they write it only inside a title
("the Geneva Dialogue on Responsible Behaviour in Cyberspace") and the question says no other word
of it ("hard-line behaviour"); a short word without a vowel is an acronym
("gdp" -> "GDP"). A word the documents also write in lower case ("state", "channel"), or a form
of one ("ended": "end"), stays as typed; so does a question typed with capitals. Pure functions
of text.

No true-casing model ships offline; the documents are the best judge of their own names.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from dragoman.assistant.answer_kind import TITLES
from dragoman.assistant.question import STOP_WORDS
from dragoman.assistant.spelt import says_acronym

_WORD = re.compile(r"[^\W\d_]+")
_VOWEL = re.compile(r"[aeiouy]")
# (a label before a colon is no prose: "The Free-Rider Problem:"; nor a table's cell: "| Using ... |")
_SENTENCE = re.compile(r"[^.!?:|\n]+")
_CAP = r"[A-Z][\w'’-]*"
_TITLE = re.compile(rf"{_CAP}(?: {_CAP})*(?: (?:of|on|for)(?: the)? {_CAP}(?: {_CAP})*)+")
_MARKS = re.compile(r"[⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹()\[\]\d]+")  # footnote marks: "(³) Consequently, ..." opens a sentence
# A stretch of text is prose when under this share of its words are capitalised (not a title line).
_PROSE_CAPITALS = 0.5  # (prose full of names reaches 0.43; title lines 0.6 and more)


def restore_case(question: str, texts: Iterable[str]) -> str:
    """The question with each lower-case word the texts write only as a name written their way -
    when it was typed in lower case: a question capitalising a word after its first was typed
    with care, and stays as it is ("What are the risks of using ...?" is no question on "Using")."""
    if not typed_in_lower_case(question):
        return question
    forms: dict[str, Counter[str]] = {}
    inside: dict[str, set[str]] = {}
    lower: set[str] = set()
    written = list(texts)
    for text in written:
        named, plain, placed = _forms(text)
        for word, counts in named.items():
            forms.setdefault(word, Counter()).update(counts)
            inside.setdefault(word, set()).update(placed[word])
        lower |= plain
    said = set(_WORD.findall(question.lower()))

    def cased(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) < 3 or not word.islower() or word in STOP_WORDS or word in lower or _inflected(word, lower):
            return word  # (nor "us": "tell us")
        if word not in forms:  # an acronym the documents may never write ("gdp"): no vowel, not even y
            # (not a plural cut short: "pts", "hrs", "wks")
            return word.upper() if len(word) <= 5 and not _VOWEL.search(word) and not word.endswith("s") else word
        # a word the documents write only inside a title ("... on Responsible Behaviour in Cyberspace") is
        # a name when the question says another word of it, else a word ("hard-line behaviour")
        if "" not in inside[word] and not inside[word] & said:
            return word
        form = forms[word].most_common(1)[0][0]
        return word if form in TITLES else form  # ("foreign minister": no name)

    def compound(m: re.Match[str]) -> str:
        """Each part of "india-pakistan", "qatar-brokered" as the documents write it; but "protecting-power"
        stays a word when they write it as a name as a whole ("Protecting Power") and "power" in lower case."""
        typed = m.group(0).split("-")
        parts = [_WORD.sub(cased, part) for part in typed]
        if len(parts) > 1 and parts != typed and any(p == t for p, t in zip(parts, typed)):
            whole = r"[\s-]".join(re.escape(t.capitalize()) for t in typed)
            if any(re.search(rf"\b{whole}\b", text) for text in written):
                return m.group(0)
        return "-".join(parts)

    return _COMPOUND.sub(compound, question)


_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def unshouted(question: str, texts: Iterable[str]) -> str:
    """The question with each word typed in capitals for emphasis ("what year did it START", "WHO wrote it??",
    "wait RUSSIA kicked out ...") written as the texts write it - in lower case, or as a name - when the question
    has words in lower case too and no text writes the word in capitals or spells it out as an acronym (spelt.py: "US"
    is "U.S."). A word of three or four letters is an acronym as often ("the WHO", "is AIDS still a risk", "the FED"):
    only a question word opening its clause, a verb a question shouts ("did it STOP"), a name the texts write, or a
    word beside a longer one shouted ("the ENDLESS GAME"). An acronym no text says ("GDP", "NATO") stays one."""
    if not re.search(r"\b[a-z]{2,}", question) or not re.search(r"\b[A-Z]{3,}\b", question):
        return question
    written = list(texts)
    lower: set[str] = set()
    forms: dict[str, Counter[str]] = {}
    for text in written:
        named, in_lower, _ = _forms(text)
        lower |= in_lower
        for word, counts in named.items():
            forms.setdefault(word, Counter()).update(counts)

    def said(low: str) -> bool:
        return low in lower or bool({low + "s", low + "es"} & lower) or _inflected(low, lower)  # ("YEAR": "years")

    def as_written(m: re.Match[str]) -> str | None:
        """The word as the texts write it, if it was shouted; else None."""
        word, low = m.group(0), m.group(0).lower()
        if word in _KEPT or any(says_acronym(word, t) for t in written):
            return None
        determined = _DETERMINED.search(question[: m.start()]) is not None  # ("the WHO", "a GET request")
        if len(word) >= 5 and said(low):  # (five letters or more: rarely an acronym that is also a word)
            return low
        if low in forms:
            return forms[low].most_common(1)[0][0]
        if low in _ASKING:
            # ("WHO wrote it", "he met WHO exactly??"; not "what does WHO say")
            opens = _CLAUSE_OPENS.search(question[: m.start()]) or _CLAUSE_ENDS.match(question, m.end())
            return low if opens else None
        if low in _EMPHATIC:
            return low
        return low if not determined and (low in STOP_WORDS or low in _PLAIN) else None

    found = list(_SHOUTED.finditer(question))
    shouted = {m.start(): p for m in found if (p := as_written(m))}

    def beside_long(i: int) -> bool:
        """Is a word next to the i-th shouted one, with only a space between, a longer word shouted ("ENDLESS GAME")?"""
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(found)]
        return any(
            len(found[j].group(0)) >= 5
            and found[j].start() in shouted
            and question[min(found[i].end(), found[j].end()) : max(found[i].start(), found[j].start())] == " "
            for j in near
        )

    def phrase_said(i: int) -> bool:
        """Do the texts write the i-th shouted word and the next or the one before in lower case ("LONG TERM":
        "long-term")?"""
        pairs = [(i, j) if j > i else (j, i) for j in (i - 1, i + 1) if 0 <= j < len(found)]
        for a, b in pairs:
            if question[found[a].end() : found[b].start()] == " ":
                said_as = re.compile(rf"\b{found[a].group(0).lower()}[\s-]{found[b].group(0).lower()}\b")
                if any(said_as.search(text) for text in written):
                    return True
        return False

    def unshout(i: int, m: re.Match[str]) -> str:
        if m.start() in shouted:
            return shouted[m.start()]
        word, low = m.group(0), m.group(0).lower()
        if word in _KEPT or not said(low):
            return word
        # (after "the" only as a phrase the texts write: "the LONG TERM", not "the WHO GUIDANCE")
        if not phrase_said(i) and (not beside_long(i) or _DETERMINED.search(question[: m.start()])):
            return word
        return word if any(says_acronym(word, t) for t in written) else low

    out, end = [], 0
    for i, m in enumerate(found):
        out += [question[end : m.start()], unshout(i, m)]
        end = m.end()
    return "".join(out) + question[end:]


_SHOUTED = re.compile(r"\b[A-Z]{3,}\b")  # (not two letters: "CH", "UK", "EU" are names more often than not)
_KEPT = frozenset({"I", "OK", "PS", "NB"})  # (not words shouted)
_ASKING = frozenset({"who", "whom", "whose", "what", "which", "when", "where", "why", "how"})
_CLAUSE_OPENS = re.compile(r"(?:^|[.?!;:,\n]|\b(?:and|but|so|or|ok|okay)|[^\w\s'’\"-])\s*$", re.I)
_CLAUSE_ENDS = re.compile(r"(?:\s+(?:exactly|then|again|else|now|though|tho))?\s*[?!]")
_DETERMINED = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my)\s+$", re.I)
# common verbs a question shouts, which a text need not say ("what year did it STOP?", "who WROTE it?", "what did they
# GET DONE?"), and adverbs of emphasis
_PLAIN = frozenset(
    "start started starts begin began begun end ended ends stop stopped stops happen happened get got gotten done "
    "make made write wrote written meet met sign signed agree agreed go went come came take took know knew think "
    "thought want wanted need needed try tried fail failed win won lose lost pay paid see saw seen find found "
    "lead led run ran hold held host hosted say said tell told ask asked mean meant left kept gave brought broke fell "
    "ever even still never always really actually exactly instead again later before after either year date day month "
    "time".split()
)
# ... and words of emphasis, shouted after a determiner too ("what's the ONE thing they share", "the MAIN reason")
_EMPHATIC = frozenset(
    "one two three only main key real whole first last big biggest best worst same exact good bad better worse".split()
)


def typed_in_lower_case(question: str) -> bool:
    """No word after the first capitalised (but "I", and an acronym in a question whose first letter is in lower case:
    "who's the expert ... that ISD talked to?"; not "How does the SEC treat a shell company?"), and some word in
    lower case."""
    words = _WORD.findall(question)
    casual = question.lstrip()[:1].islower()
    capitalised = [w for w in words[1:] if w[0].isupper() and w != "I" and not (casual and w.isupper())]
    return not capitalised and any(w.islower() for w in words)


def _inflected(word: str, lower: set[str]) -> bool:
    """A form of a word the documents write in lower case ("ended": "end"): no name."""
    return any(
        word.endswith(suffix) and (word[: -len(suffix)] in lower or word[: -len(suffix)] + "e" in lower)
        for suffix in ("ing", "ed", "es", "s")
    )


@functools.lru_cache(maxsize=8)  # a document's names, read once however many questions ask of it
def _forms(text: str) -> tuple[dict[str, Counter[str]], frozenset[str], dict[str, set[str]]]:
    """The capitalised forms of words inside sentences of prose (lower-cased word -> its forms
    and their counts), the words written in lower case anywhere, and, for each capitalised word,
    where it stands: "" when it is somewhere not inside a title linked by "of", "on" or "for" after its
    first word ("Doha" in "the 2020 Doha Agreement", "Kissinger" in "Henry Kissinger", "Sherman" in
    "Deputy Secretary of State Wendy Sherman": a person's title), else the other words of those titles
    ("Behaviour" only in "the Geneva Dialogue on Responsible Behaviour": {"geneva", "dialogue", ...})."""
    named: dict[str, Counter[str]] = {}
    placed: dict[str, set[str]] = {}
    lower = frozenset(w for w in _WORD.findall(text) if w.islower())
    for sentence in _SENTENCE.finditer(text):
        prose = _MARKS.sub(" ", sentence.group(0))
        found = list(_WORD.finditer(prose))
        if len(found) < 4 or sum(m.group(0)[0].isupper() for m in found) > _PROSE_CAPITALS * len(found):
            continue
        inside: dict[int, set[str]] = {}  # where a word inside a title starts: the title's other words
        for title in _TITLE.finditer(prose, found[1].start()):
            words = [m for m in _WORD.finditer(prose, title.start(), title.end()) if m.group(0)[0].isupper()]
            if words[0].group(0) in TITLES:  # "Deputy Secretary of State Wendy Sherman": a person's
                continue
            for m in words[1:]:
                inside[m.start()] = {w.group(0).lower() for w in words} - {m.group(0).lower()}
        for m in found[1:]:  # (the first word of a sentence is capitalised whatever it is)
            word = m.group(0)
            if word[0].isupper():
                named.setdefault(word.lower(), Counter())[word] += 1
                placed.setdefault(word.lower(), set()).update(inside.get(m.start(), {""}))
    return named, lower, placed
