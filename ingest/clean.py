"""Cleaning: drop web boilerplate and rejoin sentences split by page-break footnotes.

The result is the document's canonical text. It is assembled from slices of the
extracted text plus a few synthetic separators, and remembers where each slice
came from, so any span of canonical text maps back to lines of the source file.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from index.documents import LineMap
from ingest.readers import Extracted

CLEANING_VERSION = 1  # bump when the rules change: every document is then re-read

# Whole lines that are page furniture of the seed web pages and similar sites.
_BOILERPLATE = re.compile(
    r"^\s*(you may want to see also|explore related products|share this post|print|"
    r"did this article help you\??|leave a comment|written by|reviewed by|what you'll learn|"
    r"advertisement|sponsored|skip to (main )?content|--+|\[read [^\]]*\])\s*$",
    re.IGNORECASE,
)
# "You may want to see also" follows the headline of an unrelated article.
_SEE_ALSO = re.compile(r"^\s*you may want to see also\s*$", re.IGNORECASE)
_FOOTNOTE = re.compile(r"^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")
_TERMINAL = re.compile(r"""[.!?:;"”’')\]]\s*$""")
_FOOTNOTE_MARK = re.compile(r"\s*[⁽(]?[¹²³⁴⁵⁶⁷⁸⁹⁰]+[⁾)]?\s*$")


@dataclass
class CleanDocument:
    text: str
    title: str
    segments: list[tuple[int, int, int]]  # (canonical start, extracted start, length)
    source: Extracted

    def line_map(self) -> "LineMap":
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
    text = doc.text
    lines = [(s, e) for s, e in _lines(text)]
    content = [text[s:e] for s, e in lines]
    drop = [not c for c in content]

    short_counts = Counter(c.strip().lower() for c in content if c.strip() and len(c.split()) <= 3)
    for i, line in enumerate(content):
        if not line:
            continue
        if _BOILERPLATE.match(line):
            drop[i] = True
            if _SEE_ALSO.match(line):
                j = i - 1
                while j >= 0 and not content[j]:
                    j -= 1
                if j >= 0 and len(content[j]) < 120 and not _TERMINAL.search(content[j]):
                    drop[j] = True
        elif short_counts[line.strip().lower()] >= 3 and not line.strip().endswith((".", "?", "!")):
            drop[i] = True  # a site name or label repeated through the page

    kept = [i for i in range(len(lines)) if not drop[i]]
    b = _Builder()
    i = 0
    pending_notes: list[int] = []
    while i < len(kept):
        idx = kept[i]
        s, e = lines[idx]
        if b.length:
            b.sep("\n\n" if _blank_before(lines, idx) or _FOOTNOTE.match(content[idx]) else "\n")
        b.copy(text, s, e)
        i += 1
        # A paragraph cut mid-sentence by a page break: footnotes, then its continuation.
        while i < len(kept) and _is_cut(content[idx]):
            j = i
            notes = []
            while j < len(kept) and _FOOTNOTE.match(content[kept[j]]):
                notes.append(kept[j])
                j += 1
            if j >= len(kept):
                break
            nxt = content[kept[j]]
            if not (notes or nxt[:1].islower()) or _FOOTNOTE.match(nxt) or len(nxt) < 3:
                break
            b.sep(" ")
            cs, ce = lines[kept[j]]
            b.copy(text, cs, ce)
            pending_notes.extend(notes)
            idx = kept[j]
            i = j + 1
        for n in pending_notes:
            b.sep("\n\n")
            b.copy(text, *lines[n])
        pending_notes = []

    canonical = "".join(b.parts)
    return CleanDocument(text=canonical, title=_title(doc, canonical), segments=b.segments, source=doc)


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
        if len(line) >= 3 and not re.match(r"^(issn|doi|volume)\b", line, re.IGNORECASE):
            return _shorten(line)
    return "Untitled"


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
