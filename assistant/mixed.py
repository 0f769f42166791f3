"""A question with words that are not the ones it asks in: a word corrected as it is said ("Since which year acts
Sveits, sorry, Switzerland, ...?", "in 1992 - I mean 1993"), and a multilingual asker's own-language small words between
English ones ("Hvem wrote the paper, og at which university ...?", "warum did the talks fail?"). The word meant, in
English. Pure functions of text, for words.py `unlabelled`.

No translation model ships offline; the words a question asks with are few, and these have no English homograph.
"""

from __future__ import annotations

import re

from dragoman.index.prior import OPENERS, QUESTION_WORDS

# a name or a figure said, then taken back for another, the taking back set off by a comma or a dash: "Sveits, sorry,
# Switzerland", "in 1992 - I mean 1993", "Excel 2016, sorry, Excel 2019" (not "Sorry, who wrote it?", "Norway, sorry to
# ask again, ...", "I'm sorry, Dave, ...", "Dr Smith, sorry, can I ...": no name after it; nor "Ozempic or rather
# Mounjaro", a choice, nor "the Birth Certificate Correction Form")
_TAKEN_BACK = r"(?:(?-i:[A-Z])[\w'’-]*|\d[\d,.]*\d|\d)"
_CORRECTED = re.compile(
    rf"(?<![/:.\d-])\b(?!I\b|I['’])({_TAKEN_BACK}(?:\s+{_TAKEN_BACK}){{0,2}})\s*[,–—-]\s*(?:sorry|I\s+mean)\s*[,:–—-]?\s+"
    rf"(?=\d|(?-i:[A-Z])(?!(?:{'|'.join(sorted(OPENERS))})\b)(?-i:[A-Za-z]))",
    re.IGNORECASE,
)
_CORRECTING = re.compile(rf"{_TAKEN_BACK}(?:\s+{_TAKEN_BACK}){{0,2}}(?![/:\w])")


def corrected(question: str) -> str:
    """The question without each name or figure taken back as it is said: the one correcting it in its place, for as
    many words as it says ("Crestor 10, sorry, 20 mg" - "Crestor 20 mg"; "Medicare Part B - I mean Part D")."""

    def taken_back(m: re.Match[str]) -> str:
        said = m.group(1).split()
        correcting = _CORRECTING.match(question, m.end())
        if correcting is None:  # (a figure cut in the middle: "140/90, I mean 150/95")
            return m.group(0)
        again = correcting.group(0).split()[: len(said)]
        # (nor one the correction says again: "When I say APR, I mean APR not APY")
        if [w.lower() for w in said[-len(again) :]] == [w.lower() for w in again]:
            return m.group(0)
        kept = said[: len(said) - len(again)]
        return " ".join(kept) + " " if kept else ""

    return _CORRECTED.sub(taken_back, question)


# small words of Norwegian, Danish, Swedish, German, Dutch, Spanish, Portuguese, Italian and French, as a multilingual
# asker lets them slip into an English question (none an English word or a common name: not "men", "also", "was",
# "wie", "come", "con", "hur", "weil", "oder", "quando"; nor a common typo, "wer" for "were")
_ENGLISH = {
    "og": "and", "och": "and", "und": "and",
    "eller": "or",
    "aber": "but",
    "fordi": "because", "eftersom": "because", "porque": "because", "omdat": "because",
    "hvem": "who", "vem": "who", "quién": "who", "quem": "who",
    "hva": "what", "hvad": "what",
    "når": "when", "wann": "when", "cuándo": "when", "wanneer": "when",
    "hvor": "where", "dónde": "where", "onde": "where", "où": "where",
    "hvorfor": "why", "varför": "why", "warum": "why", "waarom": "why", "pourquoi": "why",
    "hvilken": "which", "hvilke": "which", "hvilket": "which", "vilken": "which", "vilka": "which",
    "welke": "which", "welk": "which", "welche": "which", "welcher": "which", "welches": "which",
    "hoeveel": "how many", "wieviele": "how many",
    "hvordan": "how", "cómo": "how",
    "kanskje": "maybe", "kanske": "maybe", "vielleicht": "maybe", "quizás": "maybe",
    "også": "also", "också": "also", "auch": "also", "también": "also",
    "ikke": "not", "inte": "not", "nicht": "not", "niet": "not",
    "altså": "that is",
}  # fmt: skip
_OWN_LANGUAGE = re.compile(
    r"(?<![\w'’:./#-])(" + "|".join(sorted(map(re.escape, _ENGLISH), key=len, reverse=True)) + r")(?![\w'’:./-])",
    re.IGNORECASE,
)  # (not "og:image", "og.png")
# a question about words ("How do you say donde in English?", "ikke and ikkje - the difference in meaning?")
_ABOUT_WORDS = re.compile(r"\b(?:mean|means|meaning|translat\w*|in\s+english|pronounc\w*|spell\w*|words?)\b", re.I)


# ... and German abbreviations ("constraints bzw. dangers", "d.h. the ...", "z.B. Norway"), dots and all (no English
# word)
# (in lower case but "z.B.": not "D.H. Lawrence", initials)
_ABBREVIATED = {"bzw.": "or", "d.h.": "that is", "d. h.": "that is", "z.B.": "for example", "z. B.": "for example",
                "usw.": "etc."}  # fmt: skip
_OWN_ABBREVIATION = re.compile(
    r"(?<![\w.-])(" + "|".join(map(re.escape, sorted(_ABBREVIATED, key=len, reverse=True))) + r")(?!\w)"
)


def in_english(question: str) -> str:
    """The question with an asker's own-language small words in English ("Hvem wrote it, og when?" - "Who wrote it,
    and when?"), in lower case, or capitalised as they open the question."""

    if _ABOUT_WORDS.search(question):
        return question
    question = _OWN_ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group(1)], question)
    # (a small word that is no question word, alone: "add og tags", "king og of Bashan", "tristan und isolde" - unless
    # a comma or a question word sets it between two things asked: "..., og which year?")
    found = {m.group(1).lower() for m in _OWN_LANGUAGE.finditer(question)}  # (another word: not "og kush ... og kush")
    alone = len(found) == 1 and _ENGLISH[next(iter(found))].split()[0] not in QUESTION_WORDS  # ("how many")

    def english(m: re.Match[str]) -> str:
        word = m.group(1)
        # (between two capitalised words, in a title: "Sturm und Drang", "Tristan und Isolde"; after a determiner,
        # an adjective: "the og xbox")
        before, after = question[: m.start()].split()[-1:], question[m.end() :].split()[:1]
        if before and after and before[0][:1].isupper() and after[0][:1].isupper() and m.start() > 0:
            return word
        if before and before[0].lower() in ("the", "a", "an", "my", "your", "this", "that", "their", "our"):
            return word
        if (
            alone
            and not (before and before[0].endswith(","))
            and not re.match(rf"\s+(?:{'|'.join(QUESTION_WORDS)})\b", question[m.end() :], re.I)
        ):
            return word
        if word.islower():
            return _ENGLISH[word]
        opens = not question[: m.start()].strip() or question[: m.start()].rstrip()[-1:] in ".?!:;"
        # (opening the question, then a word in lower case: not a name, "Og Mandino wrote ...")
        lower_after = re.match(r"\s+[a-z]", question[m.end() :]) is not None
        return _ENGLISH[word.lower()].capitalize() if opens and word[1:].islower() and lower_after else word

    return _OWN_LANGUAGE.sub(english, question)


# a name in a code-mixed question (hinglish.py, taglish.py): a word capitalised inside a sentence, a run of two or more
# capitalised words anywhere ("Dr Kahan", "Hai Phong", "Ilan Motors", "Ang Lee"), a month before a year ("May 2021")
_NAME = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+|(?<![.?!:]\s)(?<!^)(?<=\s)[A-Z][a-z]+\b|\b[A-Z][a-z]+(?=\s+\d{4}\b)"
)


def names_kept(question: str, asking: frozenset[str]) -> list[tuple[int, int]]:
    """Where the names of a code-mixed question are, none of them words of the asker's own language (but for a
    question word of it opening a sentence before a name: "Kya Amoxil safe hai?", "Sino Dr Tran?")."""
    spans = []
    for m in _NAME.finditer(question):
        start = m.start()
        first = re.match(r"[\w'’-]+\s+", m.group(0))
        opening = not question[:start].strip() or question[:start].rstrip()[-1:] in ".?!:"
        if first and opening and first.group(0).strip().lower() in asking:
            start += len(first.group(0))
        spans.append((start, m.end()))
    return spans


def unnamed(question: str) -> str:
    """The question with every run of capitalised words blanked (a code-mixed question's markers are counted on
    what is left: "Ilan Motors", "Ano Nuevo", "Hai Phong" are names)."""
    return _NAME.sub(" ", question)


def tidied(said: str, typed: str) -> str:
    """A glossed question's text tidied where words were dropped (no space before a mark, no comma left before a
    question mark or opening it, single spaces), capitalised; the question as typed if nothing is left."""
    said = re.sub(r"[ \t]+([?.!,;:])", r"\1", said)
    said = re.sub(r"[,;:]+(?=[?.!])|^\s*[,;:]\s*", "", said)
    said = re.sub(r"[ \t]{2,}", " ", said).strip(" ,;:")
    return said[:1].upper() + said[1:] if said else typed
