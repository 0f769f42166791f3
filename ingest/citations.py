"""Where a reference list's works are cited: the headings a piece of a bibliography is indexed with.

A numbered reference list ("[166] Bontemps, L. ... "Collective Anomaly Detection Based on Long Short-Term
Memory Recurrent Neural Networks" ...") says which works a paper draws on, but its chunks read as lists
of names, titles and venues. The text citing a work says what it is cited for: "[161]" stands under
"G. RNN Applications". So a chunk of the list is embedded and keyword-indexed with the headings of the
sections that cite its entries most (as scholarly search uses citation contexts): a question on "the
applications of RNNs the survey mentions" can find the works it cites for them. Only the indexed text
changes; the chunk's text and span do not.

Measured on the two public PDF sets (docs/quality.md): the nearest heading only; the whole path of
headings above it drew the list's chunks ahead of the prose of the very section that cites them.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

MIN_ENTRIES = 3  # a document with fewer numbered entries holds no reference list
MAX_HEADINGS = 2  # the headings of the sections citing a chunk's entries most
MAX_RANGE = 50  # "[40-45]" cites six works; a wider "range" is no citation

_ENTRY = re.compile(r"(?m)^[ \t]*\[(\d{1,4})\][ \t]+\S")
_CITATION = re.compile(r"\[(\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)\]")


def citing_sections(text: str, spans: Sequence[tuple[int, int]], heads: list[tuple[int, str]]) -> list[tuple[str, ...]]:
    """For each chunk span of `text`, the headings (of `heads`: ingest/headings.py) of the sections
    citing the reference-list entries it holds, most cited first (none for a chunk of no reference list)."""
    entries = [[int(n) for n in _ENTRY.findall(text, a, b)] for a, b in spans]
    if sum(len(numbers) for numbers in entries) < MIN_ENTRIES:
        return [() for _ in spans]
    cited = _cited(text)
    starts = [offset for offset, _ in heads]
    out = []
    for numbers in entries:
        counts: Counter[str] = Counter()
        for number in numbers:
            for offset in cited.get(number, []):
                i = bisect.bisect_right(starts, offset) - 1
                if i >= 0:
                    counts[heads[i][1]] += 1
        out.append(tuple(heading for heading, _ in counts.most_common(MAX_HEADINGS)))
    return out


def _cited(text: str) -> dict[int, list[int]]:
    """Work number -> the offsets citing it ("[12]", "[12, 14]", "[12-14]"); not the list's own entries."""
    out: dict[int, list[int]] = {}
    for m in _CITATION.finditer(text):
        start = _line_start(text, m.start())
        if start is not None and _ENTRY.match(text, start):  # "[12] Author ...": an entry of the list
            continue
        for number in _numbers(m.group(1)):
            out.setdefault(number, []).append(m.start())
    return out


def _line_start(text: str, at: int) -> int | None:
    """Where the line holding `at` starts, if nothing but spaces is before `at` on it; else None."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at if at == 0 or text[at - 1] == "\n" else None


def _numbers(inside: str) -> list[int]:
    out: list[int] = []
    for part in inside.split(","):
        bounds = [b.strip() for b in re.split(r"[–-]", part)]
        if len(bounds) == 2 and 0 <= int(bounds[1]) - int(bounds[0]) <= MAX_RANGE:
            out.extend(range(int(bounds[0]), int(bounds[1]) + 1))
        elif len(bounds) == 1:
            out.append(int(bounds[0]))
    return out
