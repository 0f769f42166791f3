"""What a document says about itself: its front matter, by-line and dates, and the metadata
stored with it. Pure functions of text, shared by ingest (which stores the authors and date a
by-line states when the file's own metadata has none) and answering (which cites the lines
that state them, and answers from the stored metadata when no line does).

Front matter is the short lines before a document's first line of prose. The rules here are
deliberately narrow: a value is taken only when a line says plainly what it is ("By Jane Doe
and John Roe", "Author: Jane Doe", "Published: 3 March 2021", or a full date on a short line);
anything less certain is left out rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dragoman.index.calendar import MONTH_NUMBER

PROSE_WORDS = 25  # a line this long is prose: front matter ends before it
FRONT_MAX = 2000  # characters of a document that may be front matter
DATE_LINE_WORDS = 12  # a date on a longer line is in a sentence, not a date line
# A line that is a person's name ("Sadia Rafique", "By Jane Doe"): up to four capitalised words.
NAME_LINE = re.compile(r"(?:By\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}")

_MONTH = r"(?P<m>(?:" + "|".join(sorted((m.capitalize() for m in MONTH_NUMBER), key=len, reverse=True)) + r")\.?)"
_START = r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"  # a word boundary, or "readJan" (glued by a web page)
_Y = r"(?P<y>\d{4})(?![\d-])"
_FULL_DATES = [
    re.compile(rf"{_START}{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y}"),  # Jan 20, 2022
    re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_Y}"),  # 20 January 2022
    re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?!\d)"),  # 2022-01-20
]
_PARTIAL_DATES = [re.compile(rf"{_START}{_MONTH},?\s+{_Y}"), re.compile(r"(?<![\d.-])(?P<y>\d{4})(?![\d-])")]
_DATE_LABEL = re.compile(
    r"\b(?:first published|published|posted|publication date|date published|dated|date|issued|released)\b"
    r"(?:\s+(?:on|in))?\s*:?\s*",
    re.IGNORECASE,
)
_NOT_PUBLISHED = re.compile(
    r"\b(?:updated|modified|revised|accessed|retrieved|received|accepted|submitted|copyright|edited)\b|©",
    re.IGNORECASE,
)
# "By Jane Doe", "Written by Jane Doe"; "Author: Jane Doe" (a colon: "Author Interviews" is a title); a catalogue
# record's "Statement of responsibility: by Jane Doe ; translated by ..." (its first statement: the authors)
_BY = re.compile(
    r"(?:(?:written |words |authored |posted )?by\s+|(?P<label>authors?|author\(s\)|(?:written )?by|"
    r"(?P<record>statements? of responsibility))\s*:\s*(?:by\s+)?)(?=\S)",
    re.IGNORECASE,
)
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
_BYLINE_END = re.compile(r"\s(?:[|·•—–]|-)\s|[|·•]")
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn"})
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*\.?|[A-Z]\.(?:[A-Z]\.)*")
# Capitalised words that are not part of a person's name in a by-line.
_NOT_NAME = frozenset(
    """
the a an this that these our your my his her its their staff team editor editors editorial board news desk
admin administrator home menu share abstract introduction contents summary keywords more all read min published
updated posted reporter correspondent contributor contributors columnist writer writers photographer press
guest unknown anonymous author authors
""".split()
)
# Stated by no one: placeholders and what office software writes when nobody filled a field in.
_PLACEHOLDERS = frozenset({
    "", "-", "--", "?", "n/a", "na", "none", "null", "nil", "unknown", "anonymous", "admin", "administrator",
    "root", "user", "owner", "author", "authors", "default", "test", "name", "your name", "user name", "username",
    "untitled", "untitled document", "document", "title", "no title", "word document", "microsoft word document",
    "presentation", "powerpoint presentation", "slide 1", "python-docx", "python-pptx", "openpyxl",
    "microsoft office user", "office user", "windows user", "valued customer", "publisher", "site name",
})  # fmt: skip
_FILE_NAME = re.compile(
    r"(?:microsoft (?:word|powerpoint|excel) - .*|(?:document|doc|presentation|book|untitled)\s*\d*|"
    r".*\.(?:docx?|pdf|pptx?|xlsx?|odt|rtf|tex|dvi|indd|qxd|txt|html?|md))",
    re.IGNORECASE,
)
# Dates nobody wrote: zero dates of file systems and spreadsheets.
_NO_DATES = frozenset({"1601-01-01", "1899-12-30", "1899-12-31", "1900-01-01", "1904-01-01", "1970-01-01"})
MAX_VALUE = 300  # characters of a stated value that are kept


@dataclass(frozen=True)
class Byline:
    """The authors and publication date a document's front matter states, with the line of each."""

    authors: tuple[str, ...] = ()
    authors_span: tuple[int, int] | None = None
    published: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    published_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Stated:
    """The title, authors, date and publisher stored with a document (DocumentInfo.metadata), read
    defensively: metadata given with a text in memory may hold anything under these keys."""

    title: str = ""
    authors: tuple[str, ...] = ()
    published: str = ""
    publisher: str = ""

    def __bool__(self) -> bool:
        return bool(self.title or self.authors or self.published or self.publisher)


def stated(metadata: Mapping[str, Any]) -> Stated:
    authors = metadata.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    return Stated(
        _text(metadata.get("title")),
        tuple(a for a in (_text(x) for x in authors) if a) if isinstance(authors, list | tuple) else (),
        _text(metadata.get("published")),
        _text(metadata.get("publisher")),
    )


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def front_matter_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line before the first line of prose."""
    out: list[tuple[int, int]] = []
    pos = 0
    while pos < min(len(text), FRONT_MAX):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if len(line.split()) >= PROSE_WORDS:
            break
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos = end + 1
    return out


def blocks(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Lines grouped into blocks not separated by a blank line."""
    out: list[list[tuple[int, int]]] = []
    for a, b in lines:
        if out and "\n\n" not in text[out[-1][-1][1] : a]:
            out[-1].append((a, b))
        else:
            out.append([(a, b)])
    return out


def byline(text: str, title: str = "") -> Byline:
    """The authors of the first by-line ("By A and B", "Author: A") and the first publication
    date (a labelled date, or a full date on a short line) of the front matter. The first line,
    or one that is the title, is no by-line: "By Design" is a title."""
    authors: tuple[str, ...] = ()
    authors_span = published = published_span = None
    for n, (a, b) in enumerate(front_matter_lines(text)):
        line = text[a:b].strip(" *_#>")
        if not authors and n and line != title.strip():
            authors = tuple(_by(line))
            authors_span = (a, b) if authors else None
        if published is None:
            published = _line_date(line)
            published_span = (a, b) if published else None
    return Byline(authors, authors_span, published, published_span)


_ROLES = frozenset({"staff", "writer", "reporter", "editor", "correspondent", "contributor"})
# words of an office written after a name ("By Ingrid Solberg, Chief Executive Officer", "By Tom Hale, Professor of
# History at Leeds"): the part holding one is that person's office, not another name (first, it may be a surname)
_OFFICES = frozenset(
    """
officer executive chief president director manager chair chairman chairwoman chairperson secretary head founder
partner professor lecturer fellow economist analyst researcher reviewer senior solicitor lawyer attorney counsel
engineer consultant adviser advisor specialist coordinator managing deputy assistant associate regional vice general
principal ceo cfo coo cto
""".split()
)
# words of a body, not a person ("Brennan & Cole LLP", "SoundBench Magazine")
_BODIES = frozenset("llp ltd inc plc gmbh co magazine university college institute school press group company".split())
_SUFFIXES = frozenset({"phd", "ph.d", "md", "jr", "sr", "ii", "iii"})


def _by(line: str) -> list[str]:
    """The names of a by-line, [] unless every name listed is a person's name (of two words at
    least, but after "Author:")."""
    m = _BY.match(line)
    if not m:
        return []
    rest = line[m.end() :]
    rest = re.split(r"\s*;\s*", rest)[0] if m["record"] else rest  # (not "; translated from the German by ...")
    # (its names end at a date, a bar, or a word in lower case saying where: "Posted by Jane Doe on the blog ...")
    date, end = _find(rest, _FULL_DATES), _BYLINE_END.search(rest) or re.search(r"\s(?:on|in|at|for|via)\s", rest)
    cut = min(len(rest), date.start() if date else len(rest), end.start() if end else len(rest))
    names: list[str] = []
    # (each part with whether "and" or "&" joins it to the one before)
    pieces = re.split(r"(\s*(?:,|;|&|\band\b)\s*)", rest[:cut].strip(" ,;:"))
    parts = [(p, n > 0 and re.search(r"&|and", pieces[n - 1]) is not None) for n, p in enumerate(pieces) if n % 2 == 0]
    # ("By Jane Doe, CEO Bergen, Norway, 14 March 2024": the place it is dated at; not "Author: Cher, Sting, ...")
    if date and cut == date.start() and not m["label"]:
        while len(parts) > 1 and len(parts[-1][0].split()) == 1:
            parts.pop()
    office = False  # (after a signer's office, a part not joined by "and" is where they work: "Solicitor, Acme LLP")
    for part, joined in parts:
        words = [w for w in part.split() if w.lower().strip(".") not in _SUFFIXES]  # "Jane Doe, PhD", "Jr."
        said = {w.lower().strip(".") for w in words}
        if not words or said & _ROLES or _office(words):
            office = office or bool(names and _office(words))
            continue  # "By Jane Doe, Staff Writer": a role, not a name
        # (a catalogue record's: "by Jane Doe", or two words: not "Statement of responsibility: Directors")
        one_word = not m["label"] or (m["record"] and not m.group(0).lower().rstrip().endswith("by"))
        is_name = person_name(" ".join(words)) and not (len(words) < 2 and one_word) and not said & _BODIES
        if office and not (joined and is_name):
            continue  # ("..., Senior Reviewer, SoundBench Magazine", "..., Solicitor, Brennan & Cole LLP")
        if not is_name:
            return []
        names.append(" ".join(words))
    return names


def _office(words: list[str]) -> bool:
    """Is a by-line's part an office ("Chief Executive Officer", "Solicitor", "Professor of History at Leeds"), not a
    name with a title before it ("Professor Tom Hale", "President Jimmy Carter") nor a surname ("Tom Head")?"""
    low = [w.lower().strip(".,") for w in words]
    if not set(low) & _OFFICES:
        return False
    if any(w.islower() and w not in _PARTICLES for w in words):  # ("of History at Leeds")
        return True
    named = [w for w in low[-2:] if w not in _OFFICES]
    return low[0] in _OFFICES and len(named) < 2


def person_name(value: str) -> bool:
    """Is `value` shaped like a person's name: one to five capitalised words (particles and
    initials allowed), none of them a word that is never a name?"""
    words = value.split()
    if not 1 <= len(words) <= 5 or not all(len(w) <= 30 for w in words):
        return False
    if words[0] in _PARTICLES or words[-1] in _PARTICLES or not any(len(w.strip(".")) > 2 for w in words):
        return False
    return all((w in _PARTICLES or _NAME_WORD.fullmatch(w)) and w.lower().strip(".") not in _NOT_NAME for w in words)


def _line_date(line: str) -> str | None:
    """The publication date a front-matter line states: after a label ("Published: May 2021"),
    or a full date on a short line that is not about an update, receipt or copyright."""
    label = _DATE_LABEL.search(line)
    if label:
        found = _find(line[label.end() :], _FULL_DATES + _PARTIAL_DATES, at_start=True)
        if found:
            return _iso(found)
    if len(line.split()) > DATE_LINE_WORDS or _NOT_PUBLISHED.search(line):
        return None
    found = _find(line, _FULL_DATES)
    return _iso(found) if found else None


def _find(text: str, patterns: list[re.Pattern[str]], at_start: bool = False) -> re.Match[str] | None:
    """The earliest match of any of `patterns` (the first pattern listed on a tie); at the start
    of `text` only when `at_start`."""
    best = None
    for rx in patterns:
        m = rx.match(text) if at_start else rx.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


def _iso(m: re.Match[str]) -> str | None:
    parts = m.groupdict()
    month = parts.get("mo") or (str(MONTH_NUMBER[parts["m"].rstrip(".").lower()]) if parts.get("m") else None)
    return checked_date(int(parts["y"]), int(month) if month else None, int(parts["d"]) if parts.get("d") else None)


def checked_date(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY; None for an impossible date, one before 1000 or after next
    year, or a zero date of some software (1601-01-01, 1899-12-30, 1970-01-01...)."""
    if not 1000 <= year <= dt.date.today().year + 1:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    try:
        iso = dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    return None if iso in _NO_DATES else iso


_ISO_VALUE = re.compile(r"(?P<y>\d{4})(?:-(?P<mo>\d\d)(?:-(?P<d>\d\d))?)?(?:[T ].*)?")
_PDF_DATE = re.compile(r"D:(?P<y>\d{4})(?P<mo>\d\d)?(?P<d>\d\d)?.*")
_COMPACT_DATE = re.compile(r"(?P<y>\d{4})(?P<mo>\d\d)(?P<d>\d\d)(?:[\d+Z'-].*)?")  # a PDF date without "D:"


def iso_date(value: Any) -> str | None:
    """A date as metadata states it (ISO text with or without a time, a PDF date "D:20220119...",
    "January 19, 2022", "19 Jan 2022", "March 2021", "2021", or a date/datetime), as ISO:
    YYYY-MM-DD, YYYY-MM or YYYY. None when it is not a date, or not a plausible one."""
    if isinstance(value, dt.datetime | dt.date):
        return checked_date(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())[:100]
    m = _ISO_VALUE.fullmatch(value) or _PDF_DATE.fullmatch(value) or _COMPACT_DATE.fullmatch(value)
    if m:
        return _iso(m)
    found = _find(value, _FULL_DATES) or _find(value, _PARTIAL_DATES[:1])
    return _iso(found) if found else None


def clean_value(value: Any) -> str:
    """A stated title, author or publisher with its whitespace collapsed; "" when it is not a
    string, is a placeholder ("Unknown", "admin", "python-docx"), or a file name ("Microsoft
    Word - report.docx", "Document1")."""
    if not isinstance(value, str):
        return ""
    value = " ".join(value.replace("\x00", "").split()).strip(" ,;")
    if value.casefold() in _PLACEHOLDERS or _FILE_NAME.fullmatch(value) or not any(c.isalpha() for c in value):
        return ""
    return value[:MAX_VALUE]


def clean_author(value: Any) -> str:
    """A stated author; also "" for a login name (one lower-case word: "jsmith") or a web address."""
    value = clean_value(value)
    if re.fullmatch(r"[a-z0-9._-]+", value) or re.match(r"(?:https?://|www\.)", value, re.IGNORECASE):
        return ""
    return value


def split_authors(value: Any) -> list[str]:
    """The authors of one metadata field: "A; B", "A and B", "A & B", or "A, B" when each part is a
    full name (a comma inside one name, "Doe, Jane", keeps it whole). Placeholders are dropped."""
    if not isinstance(value, str):
        return []
    parts = []
    for chunk in re.split(r"\s*;\s*|\s+(?:and|&)\s+", value):
        pieces = [p.strip() for p in chunk.split(",")]
        whole = len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces)
        parts += pieces if whole else [chunk]
    return list(dict.fromkeys(a for a in (clean_author(p) for p in parts) if a))
