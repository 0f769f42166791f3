"""A question about a document typed as a search box is: the document, then what is asked of it as nouns alone
("'new back channel to moscow?' - author and date?", "the legality explainer: actual title, site?"), or the nouns
first ("author/date/venue of the Moscow piece?"). Rules on the shape of such fragments, for metadata.py
`metadata_asked`."""

from __future__ import annotations

import re

from dragoman.assistant.words import WH
from dragoman.index.prior import DOCUMENT_KINDS

# the document itself, named by its kind ("the small states mediation journal article": up to three words before it)
KIND_WORD = rf"(?:document|{DOCUMENT_KINDS})"


# Typed as a search box is: the document, then what is asked of it as nouns alone ("'new back channel to
# moscow?' - author and date?", "the legality explainer: actual title, site?", "the small states paper -
# authors' university?"); the document named by its kind or a quoted title (not "Oslo talks - date?")
_FRAGMENT_NOUNS = {
    "author": "author", "writer": "author", "byline": "author", "by-line": "author",
    "date": "date", "year": "date", "publication year": "date",
    "publication date": "date", "pub date": "date", "pub. date": "date", "pubdate": "date",
    "title": "title", "headline": "title",
    "site": "venue", "website": "venue", "outlet": "venue", "publisher": "venue", "journal": "venue", "venue": "venue",
    "publication": "venue",
    "university": "affiliation", "institution": "affiliation", "institute": "affiliation",
    "affiliation": "affiliation", "affil": "affiliation", "affil.": "affiliation",
}  # fmt: skip
_NOUN = "|".join(sorted(map(re.escape, _FRAGMENT_NOUNS), key=len, reverse=True))
_ONE = (
    rf"(?:(?:the|its|their)\s+)?(?:(?:actual|full|exact|real|institutional|parent|home)\s+)?"
    rf"(?:(?:authors?|writers?)['’]s?\s+)?(?:{_NOUN})s?"
)
# ("- outlet? univ?", "the Moscow article: byline, date and publication?")
# (or an arrow: "'A new back channel to Moscow?' -> author/date/venue")
# ("authors? + institution"; "..., for the bib.": what the asker will do with it)
# (or a sentence of its own after it: "... piece ran in Foreign Policy, Feb 2022. Outlet + date?")
_ASKED_AFTER = (
    rf"(?:\s(?:--|[-–—])|\s?:|\s?(?:->|=>|→)|(?P<dot>(?<=[a-z\d])\.))\s+(?P<asked>{_ONE}(?:\s*(?:\?\s*)?(?:,|and|/|\+|&|\?)\s*{_ONE})*)"
    r"(?:\s*\??[,;]\s*for\s+(?:the|my|our|a)\s+[\w.-]+(?:\s+[\w.-]+)?)?\s*[?.]?\s*$"
)
_FRAGMENT = re.compile(
    # ("small-state mediation paper (NOR/CHE/QAT) - authors + institutional affiliation?": a hyphen inside a word
    # is no dash)
    rf"^(?=(?:[^-–—:]|(?<=\w)[-–](?=\w))*(?:\b{KIND_WORD}s?\b|(?<!\w)['‘\"“][^'‘’\"“”]{{8,200}}['’\"”])).{{0,300}}?{_ASKED_AFTER}",
    re.I,
)
# ... or by what it is about alone, when what is asked is what only a document has: "Moscow back channel - author and
# publication?" (not "Oslo talks - date?", "Oslo talks - site?": the talks')
_FRAGMENT_ABOUT = re.compile(rf"^(?P<about>(?:[^?.!:]|\.(?=\w)){{3,80}}?){_ASKED_AFTER}", re.I)  # ("Python 3.12 ...")
# (not "writer", "publisher": a song's, a game's - "Elden Ring - publisher?")
_ONLY_DOCUMENTS = frozenset({"author", "byline", "by-line", "outlet", "journal", "publication"})


# ... or the nouns first, then the document: "author/date/venue of the Moscow piece?"
_FRAGMENT_FIRST = re.compile(
    rf"^\W*(?P<asked>{_ONE}(?:\s*(?:,|and|/|\+|&)\s*{_ONE})*)\s+(?:of|for|on)\s+"
    # (its own words before its kind, not a thing it tells of: "date and venue of the meeting described in the report")
    rf"(?:(?:the|this|that)\s+(?:(?!(?:in|of|on|by|at|from|described|reviewed|mentioned|discussed|cited)\b)[\w'’-]+\s+)"
    # (then what it is on: "outlet of the article on a new back channel to Moscow?", "year of the journal paper
    # comparing Norway, Switzerland and Qatar?")
    rf"{{0,4}}{KIND_WORD}s?\b(?:\s+(?:on|about|by|comparing|titled|called|asking|that|which|from)\s[^?]{{3,150}})?|"
    rf"['‘\"“][^'’\"”]{{8,200}}['’\"”])\s*\??\s*$",
    re.I,
)


def fragment_topic(question: str) -> str | None:
    """What a question asking of a document by its topic alone says it is about ("Moscow back channel - author?":
    "Moscow back channel"); None for other questions."""
    m = None if _FRAGMENT.search(question) or _FRAGMENT_FIRST.search(question) else _FRAGMENT_ABOUT.search(question)
    return m.group("about") if m and _about_asked(m) else None


def _about_asked(m: re.Match[str]) -> set[str]:
    """What a fragment after a topic asks of its document: only what a document has, or nothing."""
    if m.group("dot") or re.search(rf"\b{WH}\b", m.group("about"), re.I):
        return set()
    nouns = {n.lower() for n in re.findall(rf"\b(?:{_NOUN})(?=s?\b)", m.group("asked"), re.I)}
    return {_FRAGMENT_NOUNS[n] for n in nouns} if nouns and nouns <= _ONLY_DOCUMENTS else set()


def fragment_asked(question: str) -> set[str]:
    """What a question typed as a search box asks of its document, as nouns alone (module docstring)."""
    m = _FRAGMENT.search(question) or _FRAGMENT_FIRST.search(question)
    about = None if m else _FRAGMENT_ABOUT.search(question)
    if about:
        return _about_asked(about)
    # (after a sentence of its own, only with a noun no event has: not "The report covers three meetings. Venue and
    # date?")
    if not m or (m.groupdict().get("dot") and not (_OWN_NOUNS.search(m.group("asked")) and _RAN_IN.search(question))):
        return set()
    nouns = re.findall(rf"\b(?:{_NOUN})(?=s?\b)(?!s?['’](?:s\b)?\s)", m.group("asked"), re.I)
    if m.re is _FRAGMENT:  # (a year after a dash is the thing's: "Oslo accords per the paper - year?")
        nouns = [n for n in nouns if n.lower() != "year"]
    # (one noun before the document: its own - "outlet of the article on ..."; not "venue of the report on the retreat")
    if len(nouns) == 1 and m.re is _FRAGMENT_FIRST and nouns[0].lower() in ("venue", "site", "university", "institute"):
        return set()
    return {_FRAGMENT_NOUNS[n.lower()] for n in nouns}


# a sentence saying where the document ran, before the nouns asked of it alone ("... ran in Foreign Policy, Feb 2022.
# Outlet + date?"; not "The statins article cites a Leeds study. Author?")
_RAN_IN = re.compile(r"\b(?:ran|appeared|published|came\s+out|went\s+up|printed)\s+(?:in|on|at|by)\b", re.I)
_OWN_NOUNS = re.compile(r"\b(?:authors?|by-?line|outlet|publisher|publication|journal|writers?)\b", re.I)
