"""Office documents, spreadsheets and e-books: .docx, .pptx, .xlsx, .csv, .odt, .epub.

Each becomes Markdown-like lines that the chunker and the keyword index already understand:
`# ` headings (the sections chunks remember), `- ` list items, and table rows as
`- Header: value | Header: value.`, one row per line (a row keeps its column names when a
chunk boundary falls inside a table). Every line is kept as it is (`structured`): cleaning
does not join or drop lines of these formats, so every row is indexed.

Libraries, chosen by measurement on a file with headings, lists and a table:
python-docx, python-pptx, openpyxl, ebooklib (its chapters go through the HTML reader used
for .html) and odfpy add ~18 MB (11 MB of it lxml), load per format in 0.1–0.6 s, and give
the text exactly. markitdown adds ~55 MB here (~260 MB on a bare machine, with pandas and
onnxruntime), takes ~2.8 s to import, and alters text: `mediator_id` became `mediator\\_id`,
1200 became 1200.0, empty cells NaN, and a Word table lost its header row.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from itertools import zip_longest
from pathlib import Path
from typing import Any

from dragoman.ingest import meta
from dragoman.ingest.readers import Extracted, SkipFile, decode_text, read_html

LABELS = {
    "docx": "Word document",
    "pptx": "PowerPoint presentation",
    "xlsx": "Excel workbook",
    "csv": "CSV file",
    "epub": "EPUB e-book",
    "odt": "OpenDocument text",
}
# An encrypted Office file is an OLE compound file, not a zip (so is a legacy .doc/.xls/.ppt).
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
UNPACK_FACTOR = 20  # a package may unpack to at most this many times max_file_bytes (zip bombs)
_NUMBER = re.compile(r"^[-+]?[\d,. %]+$")
_Read = tuple[str, str | None, dict[str, Any]]  # text, title, what the file states of itself (ingest/meta.py)


def read_office(kind: str, data: bytes, path: Path, max_bytes: int) -> Extracted:
    """The text of an office file, e-book or CSV file; SkipFile naming the problem otherwise."""
    readers = {"docx": _docx, "pptx": _pptx, "xlsx": _xlsx, "csv": _csv, "epub": _epub, "odt": _odt}
    if kind != "csv":
        _check_package(kind, data, max_bytes)
    try:
        text, title, stated = readers[kind](data)
    except SkipFile:
        raise
    except Exception as exc:  # each library raises its own types on damaged files
        raise SkipFile(f"corrupt or unreadable {LABELS[kind]} ({type(exc).__name__}: {exc})"[:400]) from None
    title = title.strip() if isinstance(title, str) else ""
    if not title and kind in ("xlsx", "csv"):
        title = path.stem  # a sheet name is no title for the whole workbook
    return Extracted(text, title=title or None, structured=True, metadata=stated)


def _check_package(kind: str, data: bytes, max_bytes: int) -> None:
    """Refuse before parsing: encrypted files, non-zip files, zip bombs, DRM and password-protected ODF."""
    label = LABELS[kind]
    if data.startswith(_OLE_MAGIC):
        raise SkipFile(
            f"password-protected (encrypted) {label}, or an old binary Office file renamed to .{kind}; "
            f"save an unprotected copy as .{kind} to index it"
        )
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = set(package.namelist())
        unpacked = sum(info.file_size for info in package.infolist())
        limit = UNPACK_FACTOR * max_bytes
        if unpacked > limit:
            raise SkipFile(
                f"{label} unpacks to {unpacked:,} bytes, over {limit:,} ({UNPACK_FACTOR} x max_file_bytes): "
                "refused as a possible zip bomb"
            )
        if kind == "epub" and "META-INF/encryption.xml" in names:
            encrypted = package.read("META-INF/encryption.xml").decode("utf-8", "replace")
            if re.search(r"URI=\"[^\"]+\.x?html?\"", encrypted):  # fonts alone may be obfuscated
                raise SkipFile("DRM-protected EPUB (its chapters are encrypted); index a DRM-free copy")
        manifest = "META-INF/manifest.xml"
        if kind == "odt" and manifest in names and b"encryption-data" in package.read(manifest):
            raise SkipFile(f"password-protected {label}; save a copy without a password to index it")
    except SkipFile:
        raise
    except Exception as exc:  # zipfile, zlib and the zip's own encryption raise several types
        raise SkipFile(f"corrupt: not a valid {label} ({exc}; a .{kind} file is a zip package)") from None


class _Lines:
    """Markdown-like lines; a blank line between blocks, none between items of one list or table."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._in_list = False

    def heading(self, level: int, text: str) -> None:
        if _flat(text):
            self._block(f"{'#' * max(1, min(level, 6))} {_flat(text)}", False)

    def paragraph(self, text: str) -> None:
        lines = [_flat(line) for line in text.splitlines()]
        if any(lines):
            self._block("\n".join(line for line in lines if line), False)

    def item(self, text: str, marker: str = "-") -> None:
        if _flat(text):
            self._block(f"{marker} {_flat(text)}", True)

    def table(self, rows: Sequence[Sequence[Any]]) -> None:
        self._in_list = False  # a table is a block of its own, even right after a list
        for line in table_lines(rows):
            self.item(line)
        self._in_list = False

    def _block(self, line: str, item: bool) -> None:
        if self.lines and not (item and self._in_list):
            self.lines.append("")
        self.lines.append(line)
        self._in_list = item

    def text(self) -> str:
        return "\n".join(self.lines)


def _flat(text: str) -> str:
    return " ".join(str(text).split())


def cell_text(value: Any) -> str:
    """A cell as written: 1200 not 1200.0, dates without a midnight time, whitespace collapsed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return _flat(str(value))


def table_lines(rows: Sequence[Sequence[Any]]) -> list[str]:
    """Rows as "Header: value | Header: value." when the first row is a header (text, not numbers,
    no repeats), else "value | value."; empty rows and cells are left out. The full stop makes a
    row a sentence that answers may quote (an unpunctuated short line reads as a title)."""
    cells = [[cell_text(v) for v in row] for row in rows]
    kept = [(raw, row) for raw, row in zip(rows, cells) if any(row)]
    if not kept:
        return []
    first_raw, first = kept[0]
    named = [c for c in first if c]
    header = (
        len(kept) > 1
        and all(isinstance(v, str) or v is None for v in first_raw)
        and not any(_NUMBER.match(c) for c in named)
        and len(set(named)) == len(named)
    )
    body = [row for _, row in kept[1:]] if header else [row for _, row in kept]
    out = []
    for row in body:
        if header:
            parts = [f"{h}: {v}" if h else v for h, v in zip_longest(first, row, fillvalue="") if v]
        else:
            parts = [v for v in row if v]
        line = " | ".join(parts)
        out.append(line if line.endswith((".", "!", "?")) else line + ".")
    return out


# -- Word -------------------------------------------------------------------------------------
def _docx(data: bytes) -> _Read:
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    out = _Lines()
    numbers = _NumberFormats(document)
    counters: dict[tuple[str, int], int] = {}  # as in Word: a list's numbering goes on after other text
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            out.table(_docx_rows(block))
            continue
        style = (block.style.name if block.style is not None else "") or ""
        num = _list_of(block)
        if _heading_level(style):
            out.heading(_heading_level(style), block.text)
        elif num is None and not style.startswith("List"):
            out.paragraph(block.text)
        elif numbers.ordered(*(num or (style, 0))) or (num is None and "Number" in style):
            key = num or (style, 0)
            counters[key] = counters.get(key, 0) + 1
            for deeper in [k for k in counters if k[0] == key[0] and k[1] > key[1]]:
                counters[deeper] = 0
            out.item(block.text, f"{counters[key]}.")
        else:
            out.item(block.text)
    props = document.core_properties
    return out.text(), props.title, meta.core(props.title, props.author, props.created)


def _heading_level(style: str) -> int:
    if style == "Title":
        return 1
    m = re.fullmatch(r"Heading (\d)", style)
    return int(m[1]) if m else 0


def _list_of(paragraph: Any) -> tuple[str, int] | None:
    """(numbering id, level) of a paragraph in a Word list, None otherwise."""
    ppr = paragraph._p.pPr
    numpr = ppr.numPr if ppr is not None else None
    if numpr is None or numpr.numId is None or numpr.numId.val == 0:
        return None
    return str(numpr.numId.val), int(numpr.ilvl.val) if numpr.ilvl is not None else 0


class _NumberFormats:
    """Which Word list levels are numbered (decimal, letters, roman) rather than bulleted."""

    def __init__(self, document: Any) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return  # no numbering part: every list is bulleted
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        abstract: dict[str | None, dict[int, str]] = {}
        for a in root.iter(w + "abstractNum"):
            levels = abstract.setdefault(a.get(w + "abstractNumId"), {})
            for lvl in a.iter(w + "lvl"):
                fmt = lvl.find(w + "numFmt")
                levels[int(lvl.get(w + "ilvl", "0"))] = fmt.get(w + "val", "") if fmt is not None else ""
        for num in root.iter(w + "num"):
            ref = num.find(w + "abstractNumId")
            for depth, fmt in abstract.get(ref.get(w + "val") if ref is not None else None, {}).items():
                self.formats[(num.get(w + "numId", ""), depth)] = fmt

    def ordered(self, num_id: str, depth: int) -> bool:
        return self.formats.get((num_id, depth), "bullet") not in ("bullet", "none", "")


def _docx_rows(table: Any) -> list[list[str]]:
    rows = []
    for row in table.rows:
        seen, cells = set(), []
        for cell in row.cells:  # a merged cell is listed once per grid column it spans
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell.text)
        rows.append(cells)
    return rows


# -- PowerPoint -------------------------------------------------------------------------------
def _pptx(data: bytes) -> _Read:
    from pptx import Presentation

    deck = Presentation(io.BytesIO(data))
    out = _Lines()
    first_title = None
    for n, slide in enumerate(deck.slides, 1):
        title_shape = slide.shapes.title
        title = _flat(title_shape.text_frame.text) if title_shape is not None and title_shape.has_text_frame else ""
        first_title = first_title or title
        out.heading(1, f"Slide {n}: {title}" if title else f"Slide {n}")
        for shape in _shapes(slide.shapes):
            if title_shape is not None and shape.shape_id == title_shape.shape_id:
                continue
            if shape.has_text_frame:
                for para in shape.text_frame.paragraphs:
                    out.item(para.text)
            elif shape.has_table:
                out.table([[cell.text for cell in row.cells] for row in shape.table.rows])
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            notes = _flat(slide.notes_slide.notes_text_frame.text)
            if notes:
                out.paragraph(f"Notes: {notes}")
    core = deck.core_properties.title
    return out.text(), core if core and core != "PowerPoint Presentation" else first_title, {}


def _shapes(shapes: Iterable[Any]) -> list[Any]:
    """Shapes in reading order (top to bottom, then left to right), groups opened."""
    from pptx.shapes.group import GroupShape

    flat: list[Any] = []
    for shape in shapes:
        flat.extend(_shapes(shape.shapes) if isinstance(shape, GroupShape) else [shape])
    return sorted(flat, key=lambda s: (s.top or 0, s.left or 0))


# -- spreadsheets -----------------------------------------------------------------------------
def _xlsx(data: bytes) -> _Read:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)  # data_only: formulas' last values
    try:
        out = _Lines()
        for sheet in book.worksheets:
            out.heading(1, sheet.title)
            out.table([list(row) for row in sheet.iter_rows(values_only=True)])
        return out.text(), book.properties.title, {}
    finally:
        book.close()


def _csv(data: bytes) -> _Read:
    text = decode_text(data)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text), dialect))
    except csv.Error as exc:
        raise SkipFile(f"malformed CSV file ({exc})") from None
    out = _Lines()
    out.table(rows)
    return out.text(), None, {}


# -- e-books and OpenDocument -----------------------------------------------------------------
def _epub(data: bytes) -> _Read:
    import ebooklib
    from ebooklib import epub

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ebooklib warns about its own future defaults
        book = epub.read_epub(io.BytesIO(data), {"ignore_ncx": True})
    chapters = []
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is not None and item.get_type() == ebooklib.ITEM_DOCUMENT:
            chapter = read_html(decode_text(item.get_content())).text.strip()
            if chapter:
                chapters.append(chapter)
    titles = book.get_metadata("DC", "title")
    return "\n\n".join(chapters), titles[0][0] if titles else None, meta.epub(book)


def _odt(data: bytes) -> _Read:
    from odf import dc, teletype
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    out = _Lines()
    _odt_walk(document.text, out, teletype.extractText)
    titles = document.meta.getElementsByType(dc.Title)
    return out.text(), teletype.extractText(titles[0]) if titles else None, meta.odt(document)


def _tag(node: Any) -> str | None:
    return getattr(node, "qname", (None, None))[1]


def _odt_walk(node: Any, out: _Lines, text_of: Any) -> None:
    for child in node.childNodes:
        tag = _tag(child)
        if tag == "h":
            out.heading(int(child.getAttribute("outlinelevel") or 1), text_of(child))
        elif tag == "p":
            out.paragraph(text_of(child))
        elif tag == "list":
            _odt_list(child, out, text_of)
        elif tag == "table":
            rows = []
            for part in child.childNodes:
                if _tag(part) == "table-row":
                    rows.append(part)
                elif _tag(part) in ("table-header-rows", "table-rows"):
                    rows += [r for r in part.childNodes if _tag(r) == "table-row"]
            out.table([[text_of(c) for c in r.childNodes if _tag(c) == "table-cell"] for r in rows])
        elif tag == "section":
            _odt_walk(child, out, text_of)


def _odt_list(node: Any, out: _Lines, text_of: Any) -> None:
    for item in node.childNodes:
        for part in item.childNodes:
            if _tag(part) == "list":
                _odt_list(part, out, text_of)
            elif _tag(part) in ("p", "h"):
                out.item(text_of(part))
