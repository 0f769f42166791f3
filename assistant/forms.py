"""Habits of a question typed as a form is filled in, read as the question they stand for: a word of thanks after
what is asked ("author + date pls"), a plural offered in brackets ("author(s)"), a slash with spaces between two
things asked ("year established / year it ceased"), lines typed as separate asks; and whom the answer is for, said
before the question mark ("...,
in plain words I can say to a school group?", "... - for the listeners?"). Pure functions of text, for words.py
`unlabelled`."""

from __future__ import annotations

import itertools
import re

from dragoman.index.prior import QUESTION_WORDS

# a word of thanks or politeness after what is asked ("... date pls", "..., thanks!")
_THANKS_AFTER = re.compile(r"[\s,;-]+(?:pls|plz|please|thx|thanks|ty|cheers)\s*([?.!]?)\s*!*\s*$", re.IGNORECASE)
_REQUEST_BEFORE = re.compile(r"\b(?:list|name|explain|describe|give|tell|confirm|summari[sz]e|quote|cite)$", re.I)


def _thanks(m: re.Match[str]) -> str:
    before = m.string[: m.start()]
    if _REQUEST_BEFORE.search(before):
        return m.group(0)  # (a request of its own: "... - list pls.")
    return "" if before.endswith(("?", ".", "!")) else m.group(1)


# a plural offered in brackets ("author(s)", "year(s)")
_PLURAL_OPTION = re.compile(r"(?<=[a-z]{4})\((e?s)\)(?!\w)")  # (not "len(s)", "f(s)")
# a slash with spaces between two phrases of two words or more, each asking the same thing ("year established / year
# it ceased") or the second asking anew ("... / who led it"): two things asked; else "and", as words.py reads one
# without spaces ("the US / Russia talks", "hosting the office / bankrolling the talks"; not "10 / 2")
_SPACED_SLASH = re.compile(r"(?<=[^\W\d_])\s+/\s+(?=[^\W\d_])")
_SLASH_PIECE = re.compile(r"[:;,?.()\[\]–—]|\s-\s")
_ASKED_NOUNS = frozenset("year years date dates name names number when who where what which how why".split())


def _apart(m: re.Match[str]) -> str:
    def own(piece: str) -> list[str]:
        return [w.lower() for w in piece.split() if w.lower() not in ("the", "a", "an")]

    before = own(_SLASH_PIECE.split(m.string[: m.start()])[-1])
    after = own(_SLASH_PIECE.split(m.string[m.end() :])[0])
    if len(before) < 2 or len(after) < 2:
        return " and "
    alike = before[0] == after[0] and before[0] in _ASKED_NOUNS
    return "; " if alike or after[0] in QUESTION_WORDS else " and "


def unthanked(question: str) -> str:
    """The question without a word of thanks after what it asks ("... date pls" - "... date"; not "list pls")."""
    return _THANKS_AFTER.sub(_thanks, question)


def unbracketed(question: str) -> str:
    """The question with a plural offered in brackets as the plural ("author(s)" - "authors")."""
    return _PLURAL_OPTION.sub(r"\1", question)


def asked_apart(question: str) -> str:
    """The question with a slash with spaces written as two asks ("year established; year it ceased") or "and"; a
    date asked of two doings, the noun said twice, asked of them both ("year started, year stopped?" - "year started
    and stopped?")."""
    return _TWO_DATED.sub(r"\1 \2 and \3", _SPACED_SLASH.sub(_apart, question))


_TWO_DATED = re.compile(r"\b(years?|yrs?|dates?)\s+([a-z]+ed),\s+(?:and\s+)?\1\s+([a-z]+ed)\b", re.IGNORECASE)


# whom the answer is for and what the asker will do with it, closing what is asked ("what does that mean, in plain words
# I can say to a school group?", "... so I can read it out on air?", "... - for our listeners?"): none of it is asked
# (only nouns that name an audience: not "for my kids", "for the group", "for the business class" - who or what the
# answer is about)
AUDIENCE = r"(?:visitors|listeners|audience|readers|viewers)"
PLAIN_WORDS = r"in\s+(?:plain|simple|everyday)\s+(?:words|terms|english|language)"  # (the form asked: words.py too)
# (what the asker will do with the answer: tell it to others - "so I can read it out on air", "so I can explain it to
# my class"; not "... so I can record shows?", "so I can tell users it's down", which ask)
_PRESENTING = r"(?:say|tell|explain|read|mention|cite|quote|teach)"
_TOLD_TO = re.compile(rf"\b(?:on\s+air|aloud|out\s+loud|to\s+(?:the|my|our|a)\s+[a-z]+|{AUDIENCE})\b", re.IGNORECASE)
_FOR_WHOM = re.compile(
    rf"(?:,|\s[-–—])?\s+(?:(?<=[,–—-]\s)(?:{PLAIN_WORDS}|"
    rf"for\s+(?:the|my|our)\s+(?:[a-z]+\s+)?{AUDIENCE})|(?P<so>so\s+(?:that\s+)?(?:I|we)\s+can\s+{_PRESENTING})\b)"
    r"(?P<rest>[^?.!]*?)(?=\s*\?\s*$)",
    re.IGNORECASE,
)


def for_whom(question: str) -> str:
    """The question without a remark before its question mark on whom the answer is for or what the asker will do
    with it (`_FOR_WHOM`), naming nothing ("... so I can tell Mr Burns" keeps it)."""
    m = _FOR_WHOM.search(question)
    if m is None or re.search(r"\b(?!I\b)[A-Z]", m.group(0).strip(" ,-–—")[1:]) or not question[: m.start()].strip():
        return question
    if m.group("so") and not _TOLD_TO.search(m.group("rest")):
        return question
    return question[: m.start()] + question[m.end() :]


# a message typed on several lines, each an ask of its own or the topic of those after it ("long one, oslo bit\nwho
# were the norwegian negotiators?\nand what were their jobs"): a line ending in no stop before one that asks (opening
# on a question word, after "and", "ok" ..., or a few words and a question mark: "since when?") asks itself when it
# opens on a question word or a verb asking, else it is a topic, as before a dash; a line that does not end where a
# sentence may ("... the tax rate for\nshares held ...", "a visa for\n- Japan") goes on into the next (a hard wrap)
_ASKS = r"(?:is|are|was|were|do|does|did|can|could|list|name|give)"
_ASKING_LINE = re.compile(
    rf"^\W*(?:(?:and|or|also|plus|so|but|ok|okay)\s+)*(?:{'|'.join(sorted(QUESTION_WORDS))}|{_ASKS})\b",
    re.IGNORECASE,
)
_GOES_ON = re.compile(
    r"\b(?:for|in|of|to|at|on|by|with|from|if|when|that|which|the|a|an|and|or|but|than|as|my|our|your|their|its)$",
    re.IGNORECASE,
)
FRAGMENT_WORDS = 3  # a line of this many words or fewer ending in a question mark asks ("since when?")


def _asks_alone(line: str) -> bool:
    return bool(_ASKING_LINE.match(line)) or (line.endswith("?") and len(line.split()) <= FRAGMENT_WORDS)


def lines_joined(question: str) -> str:
    """The question typed on several lines as one ("... bit - who were ...? and what were their jobs")."""
    lines = [line.strip() for line in question.splitlines() if line.strip()]
    ended = []
    for line, after in itertools.pairwise(lines):
        if line[-1] in "?.!:;,-–—" or not _asks_alone(after) or _GOES_ON.search(line):
            ended.append(line)
        else:
            ended.append(f"{line}?" if _ASKING_LINE.match(line) else f"{line} -")
    return " ".join([*ended, *lines[-1:]])


# a work cited author-date, as in a paper ("Somerville (2022) argues", "Rafique et al. (2023, p. 4)", "according to
# Rafique and Samiullah (2023)"): its authors' names designate it, its year and page are no fact asked (nor "et al.":
# the first author names it); not a year telling things apart ("What happened in Oslo (1993)?", "Brazil and Germany
# (2014)", "Ireland's (2015) referendum")
_YEAR_CITED = r"\((?:c\.\s*)?(?:1[89]|20)\d{2}[a-z]?(?P<page>\s*[,:]\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?\)"
_CITED = re.compile(
    r"(?P<lead>\b(?:according\s+to|per|cf\.?|see|in|from)\s+)?"
    r"(?P<names>(?-i:[A-Z])[\w'’-]+(?:\s+(?:and|&)\s+(?-i:[A-Z])[\w'’-]+)?)(?P<al>\s+et\s+al\.?)?(?P<own>['’]s)?"
    rf"(?P<year>\s*{_YEAR_CITED})?(?=(?P<after>\s+[a-z]+|\s*[,:])?)",
    re.IGNORECASE,
)
_SCHOLARS_DO = frozenset(
    "argue argues argued note notes noted find finds found identify identifies identified write writes wrote claim "
    "claims suggest suggests contend contends observe observes propose proposes conclude concludes posit posits "
    "enumerate enumerates".split()
)  # (not "show", "define": "Does Hamlet (1996) show ...?", "What does the Act (1998) define ...?")
# ... and what co-authors do, as things may too ("Rafique and Samiullah (2026) say"; not "the Act (1998) says")
_AUTHORS_DO = frozenset("say says describe describes cite cites build builds discuss discusses list lists".split())


def _cited(m: re.Match[str]) -> str:
    names, after = m.group("names"), (m.group("after") or "").strip().lower()
    # (a year after a name is a citation's with "et al.", a page, "according to" or "per" before it, "in" before and a
    # comma or colon after it ("In Somerville (2022), ..."), or a verb of scholarship after it; not a year telling two
    # things apart: "What happened in Oslo (1993)?", "Brazil and Germany (2014) met", "Ireland's (2015) referendum")
    lead = (m.group("lead") or "").split()[:1]
    co_authors = re.search(r"\s(?:and|&)\s", names) is not None
    cited = m.group("al") or (
        m.group("year")
        and (
            m.group("page")
            or lead in (["according"], ["per"], ["cf"], ["cf."], ["see"])
            or (lead and after in (",", ":"))  # ("in" or "from")
            or after in _SCHOLARS_DO
            or (co_authors and after in _AUTHORS_DO)
        )
    )
    if not cited:
        return m.group(0)
    return f"{m.group('lead') or ''}{names}{m.group('own') or ''}"


def author_dated(question: str) -> str:
    """The question with a work cited author-date named by its authors alone (`_CITED`: "Somerville (2022) argues" -
    "Somerville argues", "Rafique et al. (2023)" - "Rafique")."""
    return _CITED.sub(_cited, question)


# the answer asked for as a child would follow it ("..., explain like she's 12"): its age is no number asked
_AS_A_CHILD = (
    r"(?:like|as\s+if)\s+(?:i['’]?m|i\s+am|she['’]?s|shes|he['’]?s|hes|they['’]?re|you['’]?re)\s+(?:a\s+)?"
    r"(?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|child|kid)(?:\s+(?:years?\s+old|yo))?\b"
)
_LIKE_A_CHILD = re.compile(
    # (told so, opening the question or closing it: "Explain it like I'm five: ...", "..., explain like she's 12"; not
    # "Should I explain it as if she's a child or an adult?", "What dose, like she's 6 years old?": asked about)
    rf"^\W*(?:explain|put|say)\s+(?:it\s+|this\s+|that\s+)?{_AS_A_CHILD}\s*:\s*|"
    rf"(?:,|\s[-–—])\s*(?:explain|put|say)\s+(?:it\s+|this\s+|that\s+)?{_AS_A_CHILD}(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# whom the asker asks for, opening the question ("he needs the full list of ...", "my daughter wants to know why ..."):
# no one the documents name (not "He needs what dose?", "She needs all her vaccinations?": of whom it asks)
_ASKS_FOR = re.compile(
    r"^\W*(?:(?:my|our)\s+(?:son|daughter|kid|child|boy|girl|students?)|he|she)\s+"
    r"(?:(?:needs?|wants?|would\s+like)\s+(?=the\s+(?:full\s+|whole\s+|complete\s+)?list\b)|"
    r"(?:(?:needs?|wants?|would\s+like)\s+to\s+know|is\s+asking|asks|wonders)\s+"
    r"(?=why|what|who|when|where|which|how|if|whether)\b)",
    re.IGNORECASE,
)


def as_asked(question: str) -> str:
    """The question without for whom the asker asks and how plainly (`_ASKS_FOR`, `_LIKE_A_CHILD`)."""
    return _LIKE_A_CHILD.sub("", _ASKS_FOR.sub("", question)).strip()
