"""Questions about a document itself (who wrote it, when and where it was published, its
title), answered from its front matter: the short lines before its first paragraph of prose.

No metadata parser applies to plain text, so these are rules on the shape of front matter:
a by-line block (author, publication and date lines written together), volume/issue lines,
the title line. Each answer line is a span of the canonical text, so it can be cited.
"""

from __future__ import annotations

import re

from dragoman.assistant.question import STOP_WORDS, YEAR

_DOCUMENT = r"(?=.*\b(?:article|paper|document|report|book|post|piece|essay|it)\b)"
_ASKS = (
    ("author", re.compile(
        rf"\bwho (?:wrote|authored|co-?authored|edited|is the (?:lead |first )?author)\b{_DOCUMENT}|"
        r"\bauthors? of (?:the|this|that|')", re.I)),
    ("date", re.compile(
        r"\bwhen\b.*\b(?:published|written|released|posted|issued)\b|\b(?:date|year) of publication\b|"
        r"\bin which (?:volume|issue|year)\b.*\bpublished\b", re.I)),
    ("venue", re.compile(
        r"\b(?:which|what) (?:publication|publisher|journal|site|website|outlet|magazine|newspaper|blog)\b|"
        r"\bpublished (?:in|by|on)\b(?! (?:19|20)\d\d)|\b(?:volume|issue)\b", re.I)),
    ("title", re.compile(
        r"\btitle\b|\bwhat is the (?:name|headline) of the (?:article|paper|document|report|study)\b", re.I)),
)  # fmt: skip
PROSE_WORDS = 25  # a line this long is prose: front matter ends before it
FRONT_MAX = 2000  # characters of a document that may be front matter
_DATE = re.compile(rf"{YEAR.pattern}|\b\d{{4}}-\d\d-\d\d\b|\b(?:Vol(?:ume)?\.?|Issue|No\.)\s*\d", re.IGNORECASE)
_SECTION = frozenset({"abstract", "introduction", "contents", "summary", "keywords", "share", "menu", "home"})
_NAME_LINE = re.compile(r"(?:By\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}")


def metadata_asked(question: str) -> set[str]:
    """What a question asks about its document: "author", "date", "venue", "title"."""
    return {kind for kind, rx in _ASKS if rx.search(question)}


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


def metadata_spans(text: str, title: str, asked: set[str]) -> list[tuple[int, int]]:
    """The front-matter spans stating what is asked: the title line; the block of adjacent
    lines holding a date (author, publication, date written together) or a volume/issue;
    lines that are a person's name (an author)."""
    lines = front_matter_lines(text)
    spans: list[tuple[int, int]] = []
    if "title" in asked:
        spans += [(a, b) for a, b in lines if title and text[a:b].strip(" #*") == title.strip()][:1] or lines[:1]
    if asked & {"date", "venue"}:
        for block in _blocks(text, lines):
            if any(_DATE.search(text[a:b]) for a, b in block):
                spans.append((block[0][0], block[-1][1]))
    if "author" in asked:
        for i, (a, b) in enumerate(lines):  # a name line, with the affiliation line under it
            if _is_name(text[a:b], title):
                after = lines[i + 1] if i + 1 < len(lines) else None
                spans.append((a, after[1] if after and not _is_name(text[after[0] : after[1]], title) else b))
    return [s for s in sorted(set(spans)) if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Lines grouped into blocks not separated by a blank line."""
    blocks: list[list[tuple[int, int]]] = []
    for a, b in lines:
        if blocks and "\n\n" not in text[blocks[-1][-1][1] : a]:
            blocks[-1].append((a, b))
        else:
            blocks.append([(a, b)])
    return blocks


def _is_name(line: str, title: str) -> bool:
    words = line.split()
    return (
        bool(_NAME_LINE.fullmatch(line.strip()))
        and line.strip() != title.strip()
        and not any(w.lower().strip(".") in _SECTION or w.lower() in STOP_WORDS for w in words if w != "By")
    )
