"""Enumerations: the items a sentence introduces ("... the following constraints:" and the
bullet lines after it), each as its own span of the document's canonical text.

Pure text rules (no parser ships offline): a sentence introduces a list when it ends with a
colon or is followed by bullet or numbered lines; the items are those lines (blank lines
between them allowed), or, after a colon with no bullets, the rest of the paragraph.
"""

from __future__ import annotations

import re

from dragoman.index.text import split_sentences

MAX_ITEMS = 10
# "- x", "* x", "• x", "1. x", "2) x", "(a) x", "| cell | cell |"
_BULLET = re.compile(r"[ \t]*(?:[-*•▪◦–]\s+|\(?\d{1,2}[.)]\s+|\(?[a-h]\)\s+|\|)")
_TRAILING_MARKS = re.compile(r"(?:\s*(?:\[\d+\]|⁽?[¹²³⁴⁵⁶⁷⁸⁹⁰]+⁾?|\(\s*[¹²³⁴⁵⁶⁷⁸⁹⁰\d]+\s*\)))+$")


def introduces_list(sentence: str) -> bool:
    """Does the sentence end with a colon ("... that small states must endure:")?"""
    return _TRAILING_MARKS.sub("", sentence).rstrip().endswith(":")


def list_items(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of the items of a list that starts right after `end` in `text`: bullet or
    numbered lines (the first sentence of each, at least its label), else — when the text at
    `end` ends a sentence with a colon — the following sentences of its paragraph."""
    colon = introduces_list(text[max(0, end - 40) : end])
    items: list[tuple[int, int]] = []
    pos = text.find("\n", end)
    same_line = text[end : pos if pos >= 0 else len(text)].strip()
    if same_line and colon:  # "... as follows: first, ... Second, ...": the rest of the line
        return [(s.start, s.end) for s in split_sentences(text, end, pos if pos >= 0 else len(text))][:MAX_ITEMS]
    while pos >= 0 and len(items) < MAX_ITEMS:
        line_start = pos + 1
        nxt = text.find("\n", line_start)
        line_end = len(text) if nxt < 0 else nxt
        line = text[line_start:line_end]
        if not line.strip():
            if items or colon:  # a blank line inside a list: go on only if a bullet follows
                after = _next_nonblank(text, line_end)
                if after is None or not _BULLET.match(text, after):
                    break
            pos = nxt
            continue
        if not _BULLET.match(line):
            if items or not colon:
                break
            # no bullets: the sentences of the paragraph after the colon
            return [(s.start, s.end) for s in split_sentences(text, line_start, _paragraph_end(text, line_start))][
                :MAX_ITEMS
            ]
        first = split_sentences(text, line_start, line_end)
        if first:
            items.append((first[0].start, _label_end(text, first)))
        pos = nxt
    return items


def _label_end(text: str, sentences: list) -> int:
    """The end of an item's first sentence; the second one too when the first is only a label
    ("- **The Enforcement Gap:**")."""
    s = sentences[0]
    if len(text[s.start : s.end].split()) <= 4 and len(sentences) > 1:
        return sentences[1].end
    return s.end


def _next_nonblank(text: str, pos: int) -> int | None:
    m = re.compile(r"\S").search(text, pos)
    if m is None:
        return None
    return text.rfind("\n", 0, m.start()) + 1


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end
