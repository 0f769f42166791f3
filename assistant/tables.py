"""Questions about a table ("Which characteristics does the summary table phrase as 'Lack of'
something?", "What advantages does the table list?"): the rows that answer, each its own span.

A table in a canonical text is a block of rows: Markdown rows (`| a | b |`), or three or more
consecutive short lines without a sentence's final stop (a table flattened by the page it came
from: "Advantages Flexibility, reduced pressure, ..."; "Net income 624.1 418.1"). Rows are not prose, so the
sentence answerer never quotes them; this module does when the question asks about a table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

ASKS_TABLE = re.compile(
    r"\b(?:tables?|tabulated|tabular|rows?|columns?)\b|"
    r"\b(?:the|this|that|its|a|their)\s+(?:[\w-]+\s+)?(?<!power )(?<!electricity )(?:charts?|grid)\b",  # (a noun)
    re.IGNORECASE,
)
# ... but not "the negotiating table", "back to the table", "a row between Qatar and ...", "in a row"
_NOT_A_TABLE = re.compile(
    r"\b(?:negotiating|bargaining|round|peace|kitchen|dinner)[\s-]+tables?\b|\b(?:on|at|to|from|off|under|across)\s+"
    r"the\s+table\b|\brows?\s+(?:between|with|over|about)\b|\bin\s+a\s+row\b|\bcolumnists?\b",
    re.IGNORECASE,
)


def asks_table(question: str) -> bool:
    """Does the question ask about a table (its rows or columns), not use "table" as an idiom?"""
    return bool(ASKS_TABLE.search(_NOT_A_TABLE.sub(" ", question)))


def quoted_phrases(question: str) -> list[str]:
    """The phrases a question quotes, as a text would say them: lower case, straight apostrophes, without an
    ellipsis or a final stop ("'lack of …' characteristics": "lack of")."""
    return [q.lower().replace("’", "'").strip(" .…?!") for q in QUOTED.findall(question)]


_FIGURE = re.compile(r"(?<![\w.])\(?-?\$?\d[\d,]*(?:\.\d+)?%?\)?(?![\w.])")
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a phrase in quotes (an apostrophe inside a word is no quote: "a 'What You'll Learn' list")
QUOTED = re.compile(r"(?<!\w)['‘\"“]((?:[^'’\"”]|(?<=\w)['’](?=\w)){2,60})['’\"”](?!\w)")
_SEPARATOR = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
ROW_MAX_WORDS = 30
BLOCK_MIN_ROWS = 3
WINDOW = 2000  # characters read either side of a passage for its table


def table_rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans (in `text`) of the table rows among the lines overlapping text[start:end]: read in
    their paragraph, or in the lines within WINDOW characters when the paragraph is longer (a
    PDF page has no blank lines: its paragraph can be the whole rest of the document)."""
    a = max(text.rfind("\n\n", 0, start) + 2, text.rfind("\n", 0, max(0, start - WINDOW)) + 1, 0)
    b = text.find("\n\n", end)
    near = text.find("\n", min(len(text), end + WINDOW))
    b = min(len(text) if b < 0 else b, len(text) if near < 0 else near)
    rows: list[tuple[int, int]] = []
    for block_start, block in _blocks(text, a, b):
        lines, pos = [], block_start
        for line in block.split("\n"):
            if line.strip():
                lines.append((pos, pos + len(line.rstrip()), line.strip()))
            pos += len(line) + 1
        piped = [x for x in lines if x[2].startswith("|") and not _SEPARATOR.match(x[2])]
        if piped:
            rows += [(s, e) for s, e, _ in piped]
            continue
        run: list[tuple[int, int]] = []  # consecutive row-like lines (a PDF page has no blank lines)
        for s, e, t in [*lines, (0, 0, "")]:
            if t and _row_like(t):
                run.append((s, e))
                continue
            rows += run if len(run) >= BLOCK_MIN_ROWS else []
            run = []
    return [(s, e) for s, e in rows if s < end and e > start]


def names_columns(text: str, row: tuple[int, int]) -> bool:
    """Is the row a markdown table's header (the line under it its separator)? It answers nothing."""
    start = text.find("\n", row[1]) + 1
    if not start:
        return False
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end]
    return "-" in line and bool(_SEPARATOR.match(line))


def _blocks(text: str, a: int, b: int):
    """The paragraphs (blank-line separated) of text[a:b], with their offsets."""
    pos = a
    for part in text[a:b].split("\n\n"):
        yield pos, part
        pos += len(part) + 2


def _row_like(line: str) -> bool:
    return len(line.split()) <= ROW_MAX_WORDS and not line.rstrip().endswith((".", "?", "!", ":"))


def rows_asked(
    question: str, rows: list[str], weigh: Callable[[str], float], said: set[str], stem: Callable[[str], list[str]]
) -> list[int]:
    """Indexes of the rows that answer: those holding a term the question quotes ('Lack of'),
    else those whose labels it says in full when it says two or more ("compare the advantages
    with the disadvantages": labels_said, `said` its word stems), else those whose label (the
    first cell, or the first word of a flattened row) weighs most by the question's terms, else
    the one row that does."""
    quoted = quoted_phrases(question)  # ("'lack of …' characteristics")
    if quoted:
        hits = [i for i, r in enumerate(rows) if any(q in r.lower().replace("’", "'") for q in quoted)]
        if hits:
            return hits
    both = labels_said(said, rows, stem)
    if both:
        return both
    labels = [weigh(_label(r)) for r in rows]
    if max(labels, default=0.0) > 0:
        return [i for i, w in enumerate(labels) if w == max(labels)]
    whole = [weigh(r) for r in rows]
    best = max(whole, default=0.0)
    return [whole.index(best)] if best > 0 else []


def column_rows(text: str, spans: list[tuple[int, int]], weigh: Callable[[str], float]) -> list[int]:
    """ "The piece has a table of characteristics - what are they?": when the question says the first
    heading of a table (its markdown header row, or the first line of a table flattened into lines) and
    the label of none of its rows, the indexes of every row under that heading; else []."""
    heads = [i for i, s in enumerate(spans) if heads_table(text, s)]
    for n, h in enumerate(heads):
        under = range(h + 1, heads[n + 1] if n + 1 < len(heads) else len(spans))
        header = text[spans[h][0] : spans[h][1]]
        if (
            under
            and weigh(_label(header)) > 0
            and not any(weigh(_label(text[a:b])) > 0 for a, b in map(spans.__getitem__, under))
        ):
            return list(under)
    return []


def heads_table(text: str, span: tuple[int, int]) -> bool:
    """Is the row a table's first: its markdown header row, or the first line of a table flattened into lines?"""
    return names_columns(text, span) or not _row_like(_line_before(text, span[0]) or ".")


def _line_before(text: str, start: int) -> str:
    end = max(start - 1, 0)
    return text[text.rfind("\n", 0, end) + 1 : end].strip()


def _label(row: str) -> str:
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    return cells[0] if len(cells) > 1 else row.split()[0]


def figure_rows(question_stems: set[str], rows: list[str], stem: Callable[[str], list[str]]) -> list[int]:
    """Indexes of the rows of figures whose label the question says in full ("What was the net
    income of X in 2023?": the row "Net income 624.1 418.1"): a label of at least one content
    word, every one of them in the question."""
    out = []
    for i, row in enumerate(rows):
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        label = cells[0] if len(cells) > 1 else _FIGURE.split(row, maxsplit=1)[0]
        words = stem(label)
        if words and set(words) <= question_stems and _FIGURE.search(row[len(label) :] if len(cells) < 2 else row):
            out.append(i)
    return out


def labels_said(question_stems: set[str], rows: list[str], stem: Callable[[str], list[str]]) -> list[int]:
    """Indexes of the rows of words (no figures) whose label the question says in full, when it says
    two or more ("How does it weigh the advantages against the disadvantages?": the rows "Advantages
    Flexibility, ..." and "Disadvantages Potential for delays, ..."); [] when it says fewer: one
    word shared with a row label is no question about the table."""
    out = [
        i
        for i, row in enumerate(rows)
        if not _FIGURE.search(row) and (words := stem(_label(row))) and set(words) <= question_stems
    ]
    return out if len({_label(rows[i]).lower() for i in out}) >= 2 else []  # (two labels, not one twice)


def header_of(text: str, row: tuple[int, int]) -> tuple[int, int] | None:
    """The line above a row in its block that names the columns' years ("Water Technologies 2023
    2022"), for a row of figures that does not say them itself."""
    if _YEARS.search(text[row[0] : row[1]]):
        return None
    end = row[0] - 1
    for _ in range(8):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return None
        if len(_YEARS.findall(line)) >= 2:
            return start, end
        end = start - 1
    return None


def years_in(text: str) -> set[str]:
    return set(_YEARS.findall(text))
