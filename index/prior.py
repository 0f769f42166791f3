"""Which documents a question names: a document-level prior for collections of many documents alike.

In a collection of annual reports of different companies (or yearly reports of one body, papers
on one topic) most passages read alike, and the passage that answers — a table row such as
"Free cash flow 642.0 323.2" — rarely repeats the company's name. Chunk-level BM25 and dense
similarity then drift to the same row of another report. A question that names a company, a
title word or a year names a *document*: the names are matched against each document as a whole
(its title, its file name and all of its text), and retrieval keeps to the documents that match
them best. The naming words are then left out of the keyword query: they picked the document,
and inside it they would only pull towards the passages that happen to repeat the name.

A naming word is a capitalised word (not a question or instruction word opening a sentence)
or a number in the question, and not a stop or instruction word of the keyword analyzer.
Documents score the document-level IDF of each naming word they hold (in the text, and again
in the title or file name; a word every document holds counts for none); those within `KEEP`
of the best score are kept, if they are at most `MAX_SHARE` of the documents and the question
says a word of their title or file name (a person or place only cited inside documents names
a topic, not a document). Nothing is restricted in collections of fewer than `MIN_DOCUMENTS`,
or when no naming word is found.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from dragoman.index.documents import DocumentInfo
from dragoman.index.keyword import KeywordIndex

MIN_DOCUMENTS = 4
MAX_SHARE = 1 / 2  # a question "names" at most this share of the documents; else nothing is restricted
KEEP = 0.9  # documents scoring at least this share of the best one are kept (ties, near-ties)
_NAMING = re.compile(r"(^|[.?!;:]\s+)?\b([A-Z][\w'’&-]*|\d[\d,.]*)")
# Capitalised only because they open the question or a sentence of it: never a name.
OPENERS = frozenset(
    """why how what which who whom whose when where is are was were do does did can could should would
will has have had in on at for from by of to according based using given compare describe explain list name tell
provide state give summarise summarize calculate identify please discuss show find round answer considering
regarding besides apart also then so the a an and but if after before during since this that these those it
return output extract fetch enumerate confirm verify specify quote cite define clarify outline""".split()
)


# a document by its place in a bundle ("the document at tab 2", "tab 3's account"): the collection's documents in the
# order of their names (as `dragoman status` lists them) - in a collection whose texts never say "tab" (not "switch to
# tab 2" of a browser's manual; not "file 2", "document 3", "Exhibit 3": words and exhibits inside documents)
# (after a word placing it or opening a sentence: not "1 tab 2 times a day", "press tab 3 times", "tab 4 ways")
POSITIONAL = re.compile(
    r"(?:\b(?:at|of|in|from|on|under|behind|to)\s+|^\W*|(?<=[.?!]\s))tab\s*(?:no\.?\s*|#\s*)?(\d{1,3})\b(?![.,]\d)"
    r"(?!\s*(?:times?|ways?|x)\b)",
    re.IGNORECASE,
)

# the kinds of document a question names one by ("the legality article", "the small-states paper")
DOCUMENT_KINDS = (
    r"(?:paper|article|piece|report|study|essay|post|book|chapter|explainer|primer|overview|editorial|blog|write-up|op-ed|"
    r"commentary|text(?!\s+(?:messages?|box|boxes|files?|editors?)\b))"
)
NAMES_KIND = re.compile(rf"\b(?:document|{DOCUMENT_KINDS})s?\b", re.IGNORECASE)  # "the article", "the paper"

# "the benefits it lists near the end", "in his concluding assessment": where in a document the answer is said to be
CLOSING_SHARE = 0.8  # (its last fifth)
_AT_THE_END = re.compile(
    r"\b(?:near|towards?|at) the (?:very )?end\b(?!\s+of\s+(?!(?:the|this|that|its|his|her|(?-i:[A-Z])[\w-]*['’]s)\s+"
    rf"(?:(?!(?:in|of|on|about)\s)[\w'’-]+\s+){{0,2}}?(?:document|{DOCUMENT_KINDS})))|"
    r"\b(?:concluding|closing|final|last) (?:assessment|passage|paragraphs?|section|lines|remarks|words|thoughts)\b|"
    rf"\b(?:in|at) (?:its|his|her|their|the) (?:very )?conclusion\b|\b(?:it|he|she|the {DOCUMENT_KINDS}) wraps? up\b|"
    r"\b(?:its|his|her|their) (?:closing |final )?wrap-?up\b|\bin the wrap-?up\b",  # ("per its wrap-up")
    re.IGNORECASE,
)


def at_the_end(question: str) -> bool:
    """Does the question ask what a document says at its end?"""
    return _AT_THE_END.search(question) is not None


# "the small-states paper", "the legality article", "the ISD case study": words naming a document
_W = r"(?!(?:the|of|a|an|in|on|at|to|for|by|and|or|with)\s)[\w'’–-]+"  # "the title of the paper" designates none
_ASKING = r"what|which|who|whose|whom|how|why|when|where|does|did|do|is|are|was|were|can|could|list|name|in|per|a|an"
_DESIGNATOR = re.compile(
    # ("that legality explainer", "Jacob's Kashmir study"; a terse question's first words: "legal-or-not piece: ...")
    # ("oslo channel per small states paper - ...": "per" the document, as "according to" it)
    # (a writer's names before the possessive go with it: "Alistair Somerville's Diplomatic Pouch piece")
    rf"(?:\b(?:the|this|that|per|his|her|their|(?-i:(?:(?!(?i:{_ASKING})\b)[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*)['’]s)\s+|"
    rf"^(?!\s*(?:{_ASKING})\b)\s*|(?<=\())"  # (or in brackets: "Swiss role (small-states paper): since when?")
    # ("the legal or not article": a title asking "X or not?"; "quiet diplomacy small states paper": four words)
    # (or its title in quotes: "the 'legal or not' article")
    rf"((?:{_W}\s+){{0,3}}{_W}?|(?:{_W}\s+){{0,2}}{_W}\s+or\s+not|['‘\"“][^'’\"”?]{{2,60}}\??['’\"”])\s+{DOCUMENT_KINDS}s?\b",
    re.IGNORECASE,
)


# "the paper on quiet talks", "the study of quiet diplomacy by small states", "the article that asks
# whether back channels are illegal": what a document is about, which the document must say
_STOP = (
    r"(?!(?:and|or|by|in|was|were|is|are|did|does|do|has|have|had|published|written|released|posted|issued|"
    r"appear|appeared|come|came|say|says|said|find|found|show|shows|make|makes|made|use|uses|used|give|gives|gave|"
    r"cover|covers|covered|recommend|recommends|cite|cites|that|which|who|where|when)\b)"
)
DESCRIBED = re.compile(
    # ("of" only after a kind that is no common noun too: not "the post of CIA director", "a piece of advice")
    rf"\b(?:(?:paper|article|study|essay|book)s?\s+of|{DOCUMENT_KINDS}s?\s+"
    r"(?:on|about|(?:(?:that|which)\s+(?:asks|argues|says|discusses|explains|describes|warns|examines|explores|"
    r"covers|questions|compares|looks\s+at|deals\s+with|talks\s+about)|"
    r"asking|arguing|saying|discussing|explaining|describing|comparing|examining|exploring|studying|"
    r"addressing|concerning|regarding|tackling|considering|assessing|evaluating|investigating|questioning|"
    r"reviewing|analy[sz]ing)"  # (not "covering", "warning": "the piece covering the king", "the book warning ...")
    r"(?:\s+(?:whether|if|how|why|that|about|of|against))?))"
    # (a question put inside it as it is asked: "the article about is back channel diplomacy illegal or not")
    # (each a word: not " - who")
    rf"\s+(?:(?:is|are)\s+(?=[\w'’-]+\s+[\w'’-]+))?(?:the\s+|a\s+)?"
    rf"({_STOP}\w[\w'’-]*(?:\s+{_STOP}\w[\w'’-]*){{0,3}})",
    re.IGNORECASE,
)


def described(question: str) -> tuple[list[str], str]:
    """The phrases of a question saying what a document is about ("the article on quiet talks" ->
    "quiet talks", "the paper comparing Norway, Switzerland and Qatar" -> "Norway, Switzerland and Qatar"), and the
    question without them (their kind of document kept)."""
    spans = []
    for m in DESCRIBED.finditer(question):
        series = _SERIES.match(question, m.end(1)) if re.fullmatch(r"(?-i:[A-Z])[\w'’-]*", m.group(1)) else None
        named = series and not QUESTION_WORDS & set(re.findall(r"[a-z]+", series.group(0).lower()))
        spans.append((m.start(1), series.end() if series and named else m.end(1)))
    phrases = [question[a:b] for a, b in spans]
    rest, end = [], 0
    for a, b in spans:
        rest.append(question[end:a])
        end = b
    return phrases, "".join(rest) + question[end:]


# the rest of a series of names after the first, ending in "and" one ("Norway, Switzerland and Qatar"; not "Tesla,
# Musk says ...", "Brexit, What did ...")
_SERIES = re.compile(r"(?:,\s*(?-i:[A-Z])[\w'’-]+)*,?\s+(?:and|&)\s+(?-i:[A-Z])[\w'’-]+")
QUESTION_WORDS = frozenset("what which who whom whose when where why how".split())


# or by its writers, named by where they are ("the Lahore authors"; not "the cited authors", "the
# report's authors", "the Hollywood writers' strike": writers the documents are about)
_WRITERS = re.compile(r"\bthe\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+authors\b(?!['’])")
# ... or where it comes from: "the paper from GC Lahore", "that mediation paper, the one out of Georgetown"
# ("one" standing for a document named before it; not "the one from Oslo" of a channel)
_FROM = re.compile(
    rf"\b(?:{DOCUMENT_KINDS}s?|(?<=\bthe )(?P<one>one))\s+(?:from|out\s+of)\s+(?:like\s+)?"
    r"(?:the\s+)?((?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))",
    re.IGNORECASE,
)


_KIND_BEFORE = re.compile(rf"\b{DOCUMENT_KINDS}s?\b", re.IGNORECASE)


# a kind of study ("the case study") is a part of the document named after it ("the case study of the paper from GC
# Lahore") or otherwise in the question ("in the paper on small states mediation, which countries are compared in the
# case study?"); alone, it may name one ("Case Studies | A new back channel to Moscow?")
_STUDY_KIND = frozenset(["case"])
_PART_OF = re.compile(
    r"\s+(?:of|in)\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:document|paper|article|report|study|piece|book|essay|chapter)s?\b",
    re.I,
)


def _designating(question: str) -> list[re.Match[str]]:
    found = list(_DESIGNATOR.finditer(question))
    kinds = [m for m in found if set(m.group(1).lower().split()) <= _STUDY_KIND]
    if not kinds:  # (most questions: read no further)
        return found
    if len(kinds) < len(found) or any(_PART_OF.match(question, m.end()) for m in kinds):
        return [m for m in found if m not in kinds]
    # (what a document is about, said as a thing: not "the case study on it")
    about = [p for p in described(question)[0] if p.lower() not in ("it", "them", "this", "that")]
    return [m for m in found if m not in kinds] if about else found


def designators(question: str) -> list[str]:
    """The phrases of a question that designate a document, without "the" and the kind of
    document: "the legality article and the ISD article" -> ["legality", "ISD"]."""
    found = [m.group(1).strip("'‘’\"“”?") for m in _designating(question)] + _WRITERS.findall(question)
    found += [
        m.group(2)
        for m in _FROM.finditer(question)
        if not m.group("one") or _KIND_BEFORE.search(question[max(0, m.start() - 80) : m.start()])
    ]
    return [f for f in found if not set(re.split(r"[\s-]+", f.lower())) <= _DEICTIC]


GENRES = (
    "web online academic scholarly journal news magazine research opinion short long recent whole entire full".split()
)
# a genre said of a kind of document ("the academic journal article"): no word an answer need say
GENRE = re.compile(rf"\b({'|'.join(GENRES)})\s+(?=(?:[\w'’-]+\s+)?{DOCUMENT_KINDS}s?\b)", re.IGNORECASE)
# "the former paper", "the two articles", "the same report": which one is said elsewhere, not here
_DEICTIC = frozenset(
    "former latter first second third last next previous other same both two three above below following "
    "original new this that these those its their each".split()
    # what kind of document, not which: "the web piece", "the academic journal article"
    + GENRES
    # nor which one a request's formula points at: "please refer to the relevant text", "the aforementioned paper"
    + "relevant respective aforementioned above-mentioned said given provided attached corresponding".split()
)


def undesignated(question: str) -> str:
    """The question without the phrases that designate a document ("according to the small-states
    paper, ...", "the ISD article"): they pick the document, and within it say nothing of the answer."""
    text = re.sub(rf"\b(?:according to|in|from)\s+{_DESIGNATOR.pattern},?", " ", question, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", _DESIGNATOR.sub(" ", text)).strip()


def naming_words(question: str) -> list[str]:
    """Capitalised words and numbers of a question, but not a question or instruction word opening a
    sentence; and the words of a phrase that designates a document ("the small-states paper")."""
    out = []
    for m in _NAMING.finditer(question.strip()):
        opens = m.group(1) is not None or m.start(2) == 0
        if not (opens and m.group(2).lower() in OPENERS):
            out.append(m.group(2))
    for m in _designating(question):
        out += [w for w in re.split(r"[\s-]+", m.group(1)) if w and w not in out]
    return out


def _opening_words(question: str) -> list[str]:
    """The words capitalised only as they open a sentence of the question ("Negotiators adopting ..."), said nowhere
    else in it with a capital."""
    found = [(m.group(2), m.group(1) is not None or m.start(2) == 0) for m in _NAMING.finditer(question.strip())]
    elsewhere = {w for w, opens in found if not opens}
    return [w for w, opens in found if opens and w[1:].islower() and w not in elsewhere and w.lower() not in OPENERS]


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_NOT_NAMES = OPENERS | frozenset(
    "the a an in on at by of for from to with per must shall might contrast hey hi hello ok okay so why'd how'd "
    "what's who's where's when's".split()
)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def two_word_names(question: str) -> list[str]:
    """The names of two capitalised words in a question ("United States"; not "Is Quiet", "In Moscow", "the Legality
    Article": a word opening it, a kind of document)."""
    found = []
    for m in _CAPITALISED_RUN.finditer(question):
        words = m.group(0).split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if len(words) == 2 and not _KIND_BEFORE.search(m.group(0)):
            found.append(" ".join(words))
    return found


@dataclass(frozen=True)
class Named:
    """The documents a question names, and the naming words (stems) of their titles or file names."""

    sources: tuple[str, ...]
    stems: frozenset[str]


class DocumentTerms:
    """Per keyword-index position, the document of the chunk; per document, its title and file-name stems."""

    def __init__(self, keyword: KeywordIndex, documents: Sequence[DocumentInfo]):
        self.keyword = keyword
        self.doc_ids = [d.doc_id for d in documents]
        where = {cid: n for n, d in enumerate(documents) for cid in d.chunk_ids}
        self.doc_of = np.array([where.get(cid, -1) for cid in keyword.positions()], dtype=np.int64)
        analyzer = keyword.analyzer
        self.title_words = {w.lower() for d in documents for w in re.findall(r"[^\W_]+", f"{d.title} {d.doc_id}")}
        self.titles = [_plain(f"{d.title} {d.doc_id}") for d in documents]
        self.by_name: dict[str, set[int]] = {}  # stem of a title or file name -> those documents
        for n, d in enumerate(documents):
            for stem in set(analyzer(f"{d.title} {d.doc_id}")):
                self.by_name.setdefault(stem, set()).add(n)

    @classmethod
    def of(cls, keyword: KeywordIndex, documents: Callable[[], Sequence[DocumentInfo]]) -> DocumentTerms:
        """Built once per keyword-index generation (`documents()` read then)."""
        return keyword.derived("document_terms", lambda: cls(keyword, documents()))

    def in_text(self, stem: str) -> set[int]:
        docs = self.doc_of[self.keyword.holders(stem)]
        return set(docs[docs >= 0].tolist())

    def in_name(self, stem: str) -> set[int]:
        return set(self.by_name.get(stem, ()))

    def designated(self, phrase: str) -> str | None:
        """The one document a designating phrase ("legality", "ISD", "small-states") names: the best
        by the document-level IDF of its words in text and title, as `named` scores; None if none
        or a tie. Unlike `named`, any collection size: "the ISD article" is one of two or of four."""
        stems = set(self.keyword.analyzer.query(phrase, fallback=False))
        n_docs = len(self.doc_ids)
        scores = np.zeros(n_docs)
        for stem in stems:
            for holders in (self.in_text(stem), self.in_name(stem)):
                if 0 < len(holders) < n_docs or n_docs == 1:
                    scores[list(holders)] += math.log(1 + (n_docs - len(holders) + 0.5) / (len(holders) + 0.5))
        if not n_docs or scores.max() <= 0 or int((scores == scores.max()).sum()) > 1:
            return None
        return self.doc_ids[int(scores.argmax())]

    def named(self, question: str) -> Named | None:
        """The documents the question names, or None when it names none of a few (or the collection is small)."""
        n_docs = len(self.doc_ids)
        analyzer = self.keyword.analyzer
        placed = [int(n) for n in POSITIONAL.findall(question)]  # ("tab 2": of any collection holding two or more)
        if placed and all(1 <= n <= n_docs for n in placed) and not self.in_text(analyzer("tab")[0]):
            order = sorted(self.doc_ids)
            said = " ".join(m.group(0) for m in POSITIONAL.finditer(question))
            return Named(
                tuple(dict.fromkeys(order[n - 1] for n in placed)), frozenset(analyzer.query(said, fallback=False))
            )
        if n_docs < MIN_DOCUMENTS:
            return None
        stems = set(analyzer.query(" ".join(naming_words(question)), fallback=False))
        # (a word capitalised only as it opens the question, which every document's prose says and no title writes as
        # it is, is a common word: not "Negotiators adopting aggressive tactics, what is causing this?" naming "...
        # Negotiations By Small States"; but "Kubernetes networking guide - ...", a title's own word)
        opening = [w for w in _opening_words(question) if w.lower() not in self.title_words]
        if opening:  # (most questions open on a question word: nothing to read)
            stems -= {t for t in analyzer.query(" ".join(opening), fallback=False) if len(self.in_text(t)) == n_docs}
        scores = np.zeros(n_docs)
        for stem in stems:
            for holders in (self.in_text(stem), self.in_name(stem)):
                if 0 < len(holders) < n_docs:  # a word every document holds names none
                    scores[list(holders)] += math.log(1 + (n_docs - len(holders) + 0.5) / (len(holders) + 0.5))
        best = float(scores.max())
        if best <= 0:
            return None
        keep = np.flatnonzero(scores >= KEEP * best).tolist()
        if len(keep) > MAX_SHARE * n_docs:
            return None
        # the kept documents' title words picked them; other rare words (a segment, a person) still rank passages
        # (a word of a name of two words is one only with the other: "United States" is not "... By Small States")
        titles = f" {' | '.join(self.titles[i] for i in keep)} "
        names = [n for n in two_word_names(question) if f" {_plain(n)} " not in titles]
        rest = functools.reduce(lambda text, name: text.replace(name, " "), names, question)
        parts = {t for n in names for t in analyzer.query(n, fallback=False)}
        parts -= set(analyzer.query(rest, fallback=False))
        in_titles = {stem for stem in stems - parts if self.by_name.get(stem, set()) & set(keep)}
        if not in_titles:  # only mentioned inside documents (a person cited, a place): a topic, not a name
            return None
        return Named(tuple(self.doc_ids[i] for i in keep), frozenset(in_titles))
