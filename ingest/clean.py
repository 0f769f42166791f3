"""Cleaning: drop web boilerplate and rejoin sentences split by page-break footnotes.

The result is the document's canonical text. It is assembled from slices of the
extracted text plus a few synthetic separators, and remembers where each slice
came from, so any span of canonical text maps back to lines of the source file.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import pairwise

from dragoman.index.documents import LineMap
from dragoman.ingest.readers import Extracted

CLEANING_VERSION = 7  # bump when the rules change: every document is then re-read

# Whole lines that are page furniture of the seed web pages and similar sites ("What You'll Learn"
# is not: it heads the article's own list of what it covers).
_BOILERPLATE = re.compile(
    r"^\s*(you may want to see also|explore related products|share this post|print|"
    r"did this article help you\??|leave a comment|written by|reviewed by|"
    r"advertisement|sponsored|skip to (main )?content|--+|\[read [^\]]*\])\s*$",
    re.IGNORECASE,
)
# "You may want to see also" follows the headline of an unrelated article.
_SEE_ALSO = re.compile(r"^\s*you may want to see also\s*$", re.IGNORECASE)
_FOOTNOTE = re.compile(r"^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")
_TERMINAL = re.compile(r"""[.!?:;"”’')\]]\s*$""")
_TERMINAL_STRICT = re.compile(r"""[.!?]["”’')\]]*\s*$""")
_PAGE_NUMBER = re.compile(r"^\s*(page\s*)?\d{1,4}(\s*(/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*([-•▪*–]|\d{1,2}[.)]|[A-Z][.)]|\([a-z0-9]\))\s")
_FOOTNOTE_MARK = re.compile(r"\s*[⁽(]?[¹²³⁴⁵⁶⁷⁸⁹⁰]+[⁾)]?\s*$")
_NUMBER = re.compile(r"\d[\d,.]*")
_NUMERIC_CELL = re.compile(r"^\s*[$€£(]?\s*-?\d[\d,.]*\s*%?\)?\s*$")  # a line that is one figure


@dataclass
class CleanDocument:
    text: str
    title: str
    segments: list[tuple[int, int, int]]  # (canonical start, extracted start, length)
    source: Extracted
    site: str = ""  # the name of the site a web page repeats (kept once in the text), if any

    def page_breaks(self) -> list[int]:
        """Canonical offsets where a later page of the source begins (none unless it has pages).
        Footnotes moved after a continuation from the next page do not start their page again."""
        starts, out, page = self.source.page_starts, [], 0
        for cstart, xstart, _ in self.segments:
            p = bisect.bisect_right(starts, xstart)
            if p > page:
                out.append(cstart)
                page = p
        return out

    def line_map(self) -> LineMap:
        """For every copied slice: its canonical start and length, and its file lines."""
        rows = []
        for cstart, xstart, length in self.segments:
            first = self.source.line_at(xstart)
            last = self.source.line_at(xstart + max(length - 1, 0))
            rows.append((cstart, length, first, last))
        return LineMap(rows)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.segments: list[tuple[int, int, int]] = []
        self.length = 0

    def copy(self, source: str, start: int, end: int) -> None:
        if end <= start:
            return
        self.segments.append((self.length, start, end - start))
        self.parts.append(source[start:end])
        self.length += end - start

    def sep(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline and trailing blanks."""
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.rstrip()
        lead = len(raw) - len(raw.lstrip())
        out.append((pos + min(lead, len(stripped)), pos + len(stripped)))
        pos += len(raw) + 1
    return out


def clean(doc: Extracted) -> CleanDocument:
    if doc.structured:
        return _keep_lines(doc)
    text = doc.text
    lines = _lines(text)
    content = [text[s:e] for s, e in lines]
    wrapped = _hard_wrapped(content)
    drop, site = _boilerplate(content, wrapped)
    paragraphs = _paragraphs(lines, content, drop, wrapped)
    notes_of = lambda para: all(_FOOTNOTE.match(content[i]) for i in para)
    body = lambda para: " ".join(content[i] for i in para)

    b = _Builder()
    i = 0
    while i < len(paragraphs):
        para = paragraphs[i]
        if b.length:
            b.sep("\n\n" if _blank_before(lines, para[0]) or notes_of(para) else "\n")
        _copy_paragraph(b, text, lines, content, para)
        i += 1
        # A paragraph cut mid-sentence by a page break: footnotes (or a blank), then its continuation.
        pending: list[list[int]] = []
        last = para
        while i < len(paragraphs) and not notes_of(last) and _is_cut(body(last)):
            j, notes = i, []
            while j < len(paragraphs) and notes_of(paragraphs[j]):
                notes.append(paragraphs[j])
                j += 1
            if j >= len(paragraphs):
                break
            nxt = body(paragraphs[j])
            page_break = bool(notes) or _blank_before(lines, paragraphs[j][0])
            if (not nxt[:1].islower() and not (notes and nxt[:1].isalpha())) or len(nxt) < 3 or not page_break:
                break
            b.sep(" ")
            _copy_paragraph(b, text, lines, content, paragraphs[j])
            pending.extend(notes)
            last = paragraphs[j]
            i = j + 1
        for note in pending:
            b.sep("\n\n")
            _copy_paragraph(b, text, lines, content, note)

    canonical = "".join(b.parts)
    return CleanDocument(canonical, _title(doc, canonical), b.segments, doc, site)


def _keep_lines(doc: Extracted) -> CleanDocument:
    """Every non-blank line as it is (office formats: their lines are paragraphs, rows, headings;
    the rules for web pages and PDFs would drop repeated rows or join them)."""
    b = _Builder()
    lines = _lines(doc.text)
    for i, (start, end) in enumerate(lines):
        if end > start:
            if b.length:
                b.sep("\n\n" if _blank_before(lines, i) else "\n")
            b.copy(doc.text, start, end)
    canonical = "".join(b.parts)
    return CleanDocument(text=canonical, title=_title(doc, canonical), segments=b.segments, source=doc)


def _boilerplate(content: list[str], paged: bool) -> tuple[list[bool], str]:
    """Lines to drop: blank, page furniture, page numbers, and repeated lines: short labels
    anywhere, and running headers/footers of paged (hard-wrapped, PDF-like) text. A table row
    is never furniture, though annual reports repeat row labels ("Revenues", "Total") in table
    after table: a line near figures, or whose figures differ between its repeats, stays.
    And the site's name a web page repeats, kept where it first stands ("" if none)."""
    site = ""
    drop = [not c for c in content]
    key = lambda c: _NUMBER.sub("#", " ".join(c.lower().split()))
    groups: dict[str, list[str]] = {}
    first_at: dict[str, int] = {}
    for i, c in enumerate(content):
        if c:
            groups.setdefault(key(c), []).append(c)
            first_at.setdefault(key(c), i)
    for i, line in enumerate(content):
        if not line:
            continue
        words = len(line.split())
        if _BOILERPLATE.match(line):
            drop[i] = True
            if _SEE_ALSO.match(line):
                j = i - 1
                while j >= 0 and not content[j]:
                    j -= 1
                if j >= 0 and len(content[j]) < 120 and not _TERMINAL.search(content[j]):
                    drop[j] = True
        elif _PAGE_NUMBER.match(line) and not _in_column(content, i):
            drop[i] = True
        elif (len(repeats := groups[key(line)]) >= 3) and (
            (paged and words >= 3) or (words <= 3 and not line.strip().endswith((".", "?", "!")))
        ):
            # a running header/footer, or a site's name: a saved page's is kept once, where it first
            # stands (it is what says which site published the page: `site_name`)
            drop[i] = _furniture(content, i, repeats)
            if drop[i] and not paged and first_at[key(line)] == i and not site and (named := site_name(line)):
                drop[i], site = False, named
    return drop, site


# A site's name on a line of its own: one lower-case word ("cycivic"), a domain ("Example.org"), or
# "The" and capitalised words ("The Diplomatic Pouch"). Not a menu's capitalised word ("Share"),
# a person's name ("Jane Doe": a transcript repeats its speakers), a label ("Read More").
_SITE_NAME = re.compile(
    r"[a-z0-9][a-z0-9-]*[a-z][a-z0-9-]*|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}|The(?:\s+(?:of|for|and|on|[A-Z][\w'’&-]*)){1,2}"
)
_LABELS = frozenset(
    "home menu share reply comments comment login signup subscribe search next previous back top more tags".split()
)


def site_name(line: str) -> str:
    """The site a repeated line names (a saved page repeats it as masthead and footers), or ""."""
    name = " ".join(line.split())
    return name if _SITE_NAME.fullmatch(name) and name.lower() not in _LABELS else ""


def _furniture(content: list[str], i: int, repeats: list[str]) -> bool:
    """A repeated line is page furniture when it only counts pages; otherwise when it is not
    part of a table and its figures (if any) are the same in every repeat."""
    numbers = [_NUMBER.findall(c) for c in repeats]
    if len({len(n) for n in numbers}) > 1:
        return False
    varying = [column for column in zip(*numbers) if len(set(column)) > 1]
    if len(varying) == 1 and _page_counter(varying[0]):
        return True
    return not varying and not _in_table(content, i)


def _page_counter(values: tuple[str, ...]) -> bool:
    """Small whole numbers going up a page or a few at a time."""
    if not all(v.isdigit() and len(v) <= 4 for v in values):
        return False
    steps = [int(b) - int(a) for a, b in pairwise(values)]
    return all(1 <= d <= 3 for d in steps)


def _row(line: str) -> bool:
    """A table row: a label (or none) followed by at least two figures."""
    cells = line.split()
    figures = [bool(_NUMERIC_CELL.match(c)) for c in cells]
    return sum(figures) >= 2 and figures[-1]


def _in_table(content: list[str], i: int) -> bool:
    """A row of figures, or a line next to one or to a lone figure (PDF text often puts a row's
    label and its figures on lines of their own)."""
    near = [content[j] for j in (i - 1, i + 1) if 0 <= j < len(content) and content[j]]
    return _row(content[i]) or any(_row(c) or _NUMERIC_CELL.match(c) for c in near)


def _in_column(content: list[str], i: int) -> bool:
    """A lone figure next to another: a cell of a column of figures, not a page number."""
    near = [content[j] for j in (i - 1, i + 1) if 0 <= j < len(content) and content[j]]
    return any(_NUMERIC_CELL.match(c) for c in near)


def _hard_wrapped(content: list[str]) -> bool:
    """Text whose lines were wrapped at a fixed width (PDFs): newlines are not breaks."""
    lines = [c for c in content if c]
    lengths = sorted(len(c) for c in lines)
    if len(lengths) < 20 or lengths[len(lengths) // 2] >= 100:
        return False
    # Wrapped prose mostly breaks mid-sentence; short complete lines (lists, tables) are not wrapped.
    ended = sum(1 for c in lines if _TERMINAL_STRICT.search(c))
    return ended < 0.5 * len(lines)


def _paragraphs(lines, content, drop, wrapped: bool) -> list[list[int]]:
    out: list[list[int]] = []
    for i in range(len(lines)):
        if drop[i]:
            continue
        joins = (
            wrapped
            and out
            and out[-1][-1] == i - 1
            and not _FOOTNOTE.match(content[i])
            and not _LIST_ITEM.match(content[i])
            and not _FOOTNOTE.match(content[out[-1][0]])
            and len(content[i - 1]) >= 40
            and not _TERMINAL_STRICT.search(content[i - 1])
        )
        if joins:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _copy_paragraph(b: _Builder, text: str, lines, content, para: list[int]) -> None:
    for n, i in enumerate(para):
        start, end = lines[i]
        nxt = content[para[n + 1]] if n + 1 < len(para) else ""
        broken = _LINE_END_WORD.search(content[i]) if nxt[:1].islower() else None
        if broken and not _compound(text, broken.group(1), nxt):
            end -= 1  # "improve-" + "ments": a word hyphenated at the line end is joined whole
        b.copy(text, start, end)
        if n + 1 < len(para) and not broken:
            b.sep(" ")


_LINE_END_WORD = re.compile(r"\b([^\W\d_]+)-$")


def _compound(text: str, left: str, following: str) -> bool:
    """Is "left-right" a hyphenated compound (written so within a line elsewhere in the text,
    "back-channel"), rather than a word the line break hyphenated ("improve-ments")?"""
    right = re.match(r"[^\W\d_]+", following)
    if right is None:
        return False
    return re.search(rf"\b{re.escape(left)}-{re.escape(right.group(0))}\b", text, re.I) is not None


def _blank_before(lines: list[tuple[int, int]], idx: int) -> bool:
    return idx > 0 and lines[idx - 1][0] == lines[idx - 1][1]


def _is_cut(line: str) -> bool:
    """A long paragraph that stops without closing punctuation."""
    body = _FOOTNOTE_MARK.sub("", line)
    return len(body) > 150 and not _TERMINAL.search(body) and not _FOOTNOTE.match(line)


def _title(doc: Extracted, canonical: str) -> str:
    if doc.title and doc.title.strip():
        return _shorten(doc.title.strip())
    for line in canonical.split("\n"):
        line = line.strip()
        if line.startswith("#"):
            return _shorten(line.lstrip("#").strip())
    for line in canonical.split("\n"):
        line = line.strip()
        if sum(ch.isalnum() for ch in line) >= 3 and not re.match(r"^(issn|doi|volume)\b", line, re.IGNORECASE):
            return _shorten(line)
    return "Untitled"


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
