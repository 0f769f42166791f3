"""The headings of a paper's or a report's outline: numbered ("IV. ADVANCED TRAINING TECHNIQUES",
"F.  Applications of CNNs", "2) Robust", "3.1 Results", "5 Conclusion"), Markdown's, and the back
matter's ("REFERENCES"), each on a line of its own.

They say in which section a passage stands: a chunk's section (`numbered_sections`) and where a
reference list's works are cited (ingest/citations.py). In a PDF's text every short capitalised line
looks like a heading (a table's cell, a figure's label: "Back-propagate gradient to the lower layer"),
and such a line would head every chunk up to the next one; where the outline is numbered, a chunk's
section is the numbered heading it stands under instead. A numbered line is a heading
when its words start with a capital and end with no full stop (a question mark or a colon may end
them: "A. What is transfer learning?"), and it is no item of a numbered list: a list's next or
previous line is numbered the same way, one up or down ("1. Absence of ..." then "2. Humans ...").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

MAX_WORDS = 12
MIN_NUMBERED = 3  # an outline with fewer numbered headings is not read as numbered

_NUMBER = r"(?:[IVXLC]{1,5}\.|[A-Z]\.|\(?\d{1,2}\)|\d{1,2}(?:\.\d{1,2}){0,3}\.?|\(?[a-z]\))"
_NUMBERED = re.compile(r"(" + _NUMBER + r")[ \t]+([A-Z][^\n]{0,79})")
_MARKDOWN = re.compile(r"#{1,6}[ \t]+\S")
_BACK_MATTER = re.compile(
    r"(?i)(?:references(?:\s+and\s+notes)?|bibliography|works\s+cited|literature\s+cited|acknowledge?ments?|"
    r"appendix(?:\s+[A-Z0-9]{1,3})?(?:[:.\s–-]+[^\n]{0,60})?|appendices)\W*"
)
_TOP_DECIMAL = re.compile(r"\d{1,2}(\.?)\s")  # a part's number: group 1 "." for "4.", "" for "4"
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def headings(text: str) -> list[tuple[int, str]]:
    """(offset, words) of each heading line of `text`, in order. An outline numbers its parts one way, "4" or "4."
    (under "4 Innovating ...", "1. Is permissioned ...?" is a list's item); after the back matter's heading a numbered
    line is an entry of its list ("2. LeCun Y, Bengio Y, Hinton G (2015) Deep learning")."""
    out = []
    pos = 0
    back = False
    for line in text.split("\n"):
        words = line.strip()
        if words and _BACK_MATTER.fullmatch(words):
            back = True
        if words and (
            _MARKDOWN.match(words)
            or _BACK_MATTER.fullmatch(words)
            or (not back and _numbered(text, pos, pos + len(line)))
        ):
            out.append((pos, words.lstrip("#").strip()))
        pos += len(line) + 1
    styles = Counter(m.group(1) for _, words in out if (m := _TOP_DECIMAL.match(words)))
    if len(styles) > 1:
        minor = min(styles, key=lambda style: styles[style])
        out = [(pos, words) for pos, words in out if not ((m := _TOP_DECIMAL.match(words)) and m.group(1) == minor)]
    return out


def numbered_sections(heads: list[tuple[int, str]], starts: list[int]) -> list[str | None]:
    """The section of each chunk starting at `starts`: the last of the headings `heads` (of
    `headings()`) at or before it, where the outline is numbered; else (or before its first heading) None."""
    if sum(1 for _, words in heads if _NUMBERED.fullmatch(words)) < MIN_NUMBERED:
        return [None for _ in starts]
    offsets = [offset for offset, _ in heads]
    return [heads[i][1] if (i := bisect.bisect_right(offsets, start) - 1) >= 0 else None for start in starts]


def _numbered(text: str, start: int, end: int) -> bool:
    m = _NUMBERED.fullmatch(text[start:end].strip())
    if not m:
        return False
    words = m.group(2).rstrip()
    if words.endswith((".", ",", ";", "-", "—")) or ". " in words or len(words.split()) > MAX_WORDS:
        return False
    around = (_line_before(text, start), _line_after(text, end))
    # (a number alone with a line of figures or of numbers beside it is a table's or a list's: "2 Teaspoons baking
    # powder" over "3 Large eggs", "6 April Ashford Town (home)" over "27 April ...")
    if re.fullmatch(r"\d{1,2}\.?", m.group(1)) and any(re.match(r"\d", line) for line in around):
        return False
    return not any(_next_in_list(m.group(1), line) for line in around)


def _line_before(text: str, start: int) -> str:
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[text.rfind("\n", 0, k + 1) + 1 : k + 1].strip() if k >= 0 else ""


def _line_after(text: str, end: int) -> str:
    k = end
    while k < len(text) and text[k].isspace():
        k += 1
    stop = text.find("\n", k)
    return text[k : stop if stop >= 0 else len(text)].strip()


def _next_in_list(number: str, line: str) -> bool:
    m = re.match(_NUMBER + r"(?=\s)", line)
    if not m or _shape(m.group(0)) != _shape(number):
        return False
    return any(a[0] == b[0] and abs(a[1] - b[1]) == 1 for a in _places(number) for b in _places(m.group(0)))


def _shape(number: str) -> str:
    """How a number is written: "A." and "IV." alike (which of the two "I." is depends on its neighbours)."""
    return re.sub(r"[a-z]", "a", re.sub(r"[A-Z]+", "A", re.sub(r"\d+", "1", number)))


def _places(number: str) -> set[tuple[str, int]]:
    """The places a number may give its line, by way of counting: "C." is the third letter or the Roman 100."""
    core = number.strip("().").rpartition(".")[2]
    if core.isdigit():
        return {("1", int(core))}
    out = {("a", ord(core.upper()) - ord("A") + 1)} if len(core) == 1 else set()
    if core.isupper() and all(c in _ROMAN for c in core):
        values = [_ROMAN[c] for c in core]
        out.add(("I", sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))))
    return out
