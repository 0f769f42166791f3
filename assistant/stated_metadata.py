"""Where a document states its metadata: the spans of its front matter giving what a question asks of it (title,
by-line and date block, author lines and author boxes, identifiers, the publisher's line), the lines naming its
authors and its date, and a sentence saying what the file's own metadata says (uncited). metadata.py reads what is
asked; this module finds where it is said."""

from __future__ import annotations

import functools
import itertools
import re

from dragoman.assistant.question import STOP_WORDS, YEAR
from dragoman.index.byline import NAME_LINE, PROSE_WORDS, blocks, byline, front_matter_lines, stated
from dragoman.index.documents import Document, DocumentInfo

_DATE = re.compile(rf"{YEAR.pattern}|\b\d{{4}}-\d\d-\d\d\b|\b(?:Vol(?:ume)?\.?|Issue|No\.)\s*\d", re.IGNORECASE)
_SECTION = frozenset({"abstract", "introduction", "contents", "summary", "keywords", "share", "menu", "home"})
# a line saying where a person works or what they are
AFFILIATION = re.compile(
    r"\b(?:Institute|Institution|University|College|School|Cent(?:er|re)|Department|Faculty|Foundation|Council|"
    r"Professor|Fellow|Researcher|Lecturer|Director|Editor|Student|Laborator(?:y|ies))\b"
)
BIO_LINES = 4  # lines under an author's name, in an author box, that may say where they work


def metadata_spans(text: str, title: str, asked: set[str], publisher: str = "") -> list[tuple[int, int]]:
    """The front-matter spans stating what is asked: the title line; the block of adjacent
    lines holding a date (author, publication, date written together) or a volume/issue;
    lines that are a person's name (an author); the by-line and the date line ingest reads;
    a line that is the `publisher`'s name alone."""
    lines = front_matter_lines(text)
    stated_by = byline(text, title)
    spans: list[tuple[int, int]] = []
    if "title" in asked:
        worded = [(a, b) for a, b in lines if re.search(r"[^\W\d_]{2}", text[a:b])]  # (not a line of marks)
        spans += [(a, b) for a, b in lines if title and text[a:b].strip(" #*") == title.strip()][:1] or worded[:1]
    if asked & {"date", "venue"}:
        for block in blocks(text, lines):
            if any(_DATE.search(text[a:b]) for a, b in block):
                spans.append((block[0][0], block[-1][1]))
    if asked & {"author", "affiliation"}:  # ("which university are the authors from?": who, and where)
        for i, (a, b) in enumerate(lines):  # a name line, with the affiliation line under it
            if _is_name(text[a:b], title):
                after = lines[i + 1] if i + 1 < len(lines) else None
                spans.append((a, after[1] if after and not _is_name(text[after[0] : after[1]], title) else b))
        spans += [stated_by.authors_span] if stated_by.authors_span else []
    if "affiliation" in asked:
        spans += _author_boxes(text, [text[a:b].strip() for a, b in lines if _is_name(text[a:b], title)], lines)
    if "date" in asked and stated_by.published_span:
        spans.append(stated_by.published_span)
    if "identifier" in asked:  # "what is its print ISSN?": the lines giving one
        spans += [(a, b) for a, b in lines if re.match(r"\s*(?:ISSN|DOI|ISBN)\b", text[a:b], re.I)]
    if "venue" in asked and publisher:  # the line naming the site a web page was saved from
        at = re.search(rf"(?m)^[ \t]*({re.escape(publisher)})[ \t]*$", text)
        spans += [at.span(1)] if at else []
    return [s for s in sorted(set(spans)) if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


def _author_boxes(text: str, names: list[str], front: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An author's name standing alone on a line after the front matter (an author box, at the
    end of a web article), down to the first of the next few short lines saying where they work
    (not past a line of prose or another name)."""
    spans = []
    after = front[-1][1] if front else 0
    said_before = {text[a:b].strip() for a, b in front}  # ("The Diplomatic Pouch" under the name again: read on)
    for name in names:
        for m in re.finditer(rf"(?m)^[ \t]*({re.escape(name)})[ \t]*$", text[after:]):
            for line in itertools.islice(re.finditer(r"(?m)^[ \t]*(\S.*?)[ \t]*$", text[after + m.end() :]), BIO_LINES):
                said = line.group(1)
                if said in said_before and not AFFILIATION.search(said):
                    continue
                if len(said.split()) >= PROSE_WORDS or _is_name(said, ""):
                    break
                if AFFILIATION.search(said):
                    spans.append((after + m.start(1), after + m.end() + line.end(1)))
                    break
    return spans


def date_lines(d: Document) -> str:
    """The line of a document's front matter stating its date, and the date its metadata gives: what "last week"
    in it is told from ("the January 2022 talks" in a piece of "Jan 20, 2022")."""
    return f"{_date_line(d.text, d.info.title)}\n{stated(d.info.metadata).published}"


@functools.lru_cache(maxsize=64)  # (a pure function of a document's text, read for each passage of it)
def _date_line(text: str, title: str) -> str:
    span = byline(text, title).published_span
    return text[span[0] : span[1]] if span else ""


@functools.lru_cache(maxsize=64)  # asked for each passage of a document, and again by weights.py and focus.py
def author_lines(text: str, title: str) -> str:
    """The lines of a document's front matter naming its authors (name lines, the by-line): the
    names a question may designate it by ("per Rafique and Samiullah"), and no other text."""
    spans = [(a, b) for a, b in front_matter_lines(text) if _is_name(text[a:b], title)]
    stated_by = byline(text, title)
    spans += [stated_by.authors_span] if stated_by.authors_span else []
    return "\n".join(text[a:b] for a, b in spans)


def _is_name(line: str, title: str) -> bool:
    words = line.split()
    return (
        bool(NAME_LINE.fullmatch(line.strip()))
        and line.strip() != title.strip()
        and not any(w.lower().strip(".") in _SECTION or w.lower() in STOP_WORDS for w in words if w != "By")
    )


def metadata_statement(info: DocumentInfo, asked: set[str]) -> str:
    """What the file's own metadata (DocumentInfo.metadata) says of what is asked, as one sentence
    naming the file and its metadata as the source: "According to the file's metadata (a.pdf), the
    author is Jane Doe."; "" when it says nothing of it. It quotes no text, so it cites nothing."""
    facts = stated(info.metadata)
    said = []
    if "title" in asked and facts.title:
        said.append(f"the title is “{facts.title}”")
    if "author" in asked and facts.authors:
        names = _joined(list(facts.authors))
        said.append(f"the authors are {names}" if len(facts.authors) > 1 else f"the author is {names}")
    if "date" in asked and facts.published:
        said.append(f"the publication date is {facts.published}")
    if "venue" in asked and facts.publisher:
        said.append(f"the publisher is {facts.publisher}")
    return f"According to the file's metadata ({info.doc_id}), {_joined(said)}." if said else ""


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
