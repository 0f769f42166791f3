"""Text utilities shared by ingestion and answering: sentence boundaries.

A document is split into sentences once, at ingest (each chunk stores its sentences'
offsets); answering reuses those offsets instead of splitting again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (plus closing quotes/brackets, and a footnote marker such as
# ⁽⁵⁾, (¹¹), ¹² or [12], which belongs to the sentence it follows) followed by space and
# a capital, digit or quote — except after common abbreviations and initials.
# Possessive quantifiers and the look-behind keep this linear: a run of dots used to be
# retried from each of its dots, with backtracking (quadratic: 60 000 dots took minutes).
FOOTNOTE_MARK = r"(?:\(?⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹⁻,]*+⁾?\)?|\[\d++(?:[,–-]\s*\d+)*\])"
# (or, glued to a word's full stop by a lost space, a capitalised word: "... solutions.However, ...")
_NEXT_STARTS = r"""(?=\s+["'“‘(\[]?[A-Z0-9]|(?<=[a-z]{3}[.!?])[A-Z][a-z]{2})"""
# The marker is taken only when a new sentence follows it ("work. [12] showed" stays one
# sentence: "[12]" is its subject); group 1 is the punctuation, for the abbreviation check.
_SENT_END = re.compile(
    r"""(?<![.!?])([.!?]++["'”’)\]]*+)(?:(?:\s*+""" + FOOTNOTE_MARK + r")++" + _NEXT_STARTS + r")?+" + _NEXT_STARTS
)
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|vs|etc|e\.g|i\.e|cf|al|No|Vol|pp|Inc|Ltd|Co|Gen|Col|Lt|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$"
)
_HEADING = re.compile(r"^(#{1,6}\s+\S.*|[A-Z][^.!?]{0,78})$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph_end: bool
    heading: bool


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end] as trimmed spans; every line break ends a sentence."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        para_end = nl < 0 or text.startswith("\n\n", nl) or line_end == end
        line = text[pos:line_end]
        s = 0
        spans = []
        for m in _SENT_END.finditer(line):
            if _ABBREV.search(line[max(0, m.start() - 12) : m.end(1)].rstrip("\"'”’)]")) or _identifier(line, m):
                continue
            spans.append((s, m.end()))
            s = m.end()
        spans.append((s, len(line)))
        for a, b in spans:
            seg = line[a:b]
            lead = len(seg) - len(seg.lstrip())
            a2, b2 = pos + a + lead, pos + a + len(seg.rstrip())
            if b2 > a2:
                out.append(Sentence(a2, b2, False, False))
        if out and out[-1].start >= pos:  # the line's last sentence: paragraph end, maybe a heading
            last = out[-1]
            heading = (
                len(spans) == 1 and bool(_HEADING.match(text[last.start : last.end])) and not _line_is_cut(text, last)
            )
            out[-1] = Sentence(last.start, last.end, para_end or heading, heading)
        pos = line_end + 1
    return out


def _identifier(line: str, m: re.Match[str]) -> bool:
    """A full stop glued to a capitalised word inside a dotted name ("java.util.List", "System.Collections"):
    the word before it is not all lower case, or holds a dot, slash or @ itself."""
    if m.end() >= len(line) or line[m.end()].isspace():
        return False
    token = line[: m.start()].rsplit(None, 1)[-1] if line[: m.start()].strip() else ""
    return not token.islower() or any(c in token for c in "./@")


def _line_is_cut(text: str, s: Sentence) -> bool:
    return text[s.start : s.end].rstrip().endswith((",", "-", "—"))


def quotable(text: str, s: Sentence) -> bool:
    """A sentence an answer may quote: not a heading, at least four words. Ingest stores a
    vector for each (see index/embedder.py, `embed_chunks`)."""
    return not s.heading and len(text[s.start : s.end].split()) >= 4
