"""Read a file into plain text, remembering which line of the file each piece came from.

Readers raise `SkipFile` with a human reason for anything that is not a readable
document; the pipeline reports it and carries on with the other files.
"""

from __future__ import annotations

import bisect
import codecs
import errno
import logging
import os
import stat
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

from dragoman.ingest.meta import HeadMeta

log = logging.getLogger(__name__)

# suffix -> kind of reader; office formats live in ingest/office.py, PDF and OCR in ingest/pdf.py, ingest/ocr.py
SUPPORTED = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".pptx": "pptx",
    ".xlsx": "xlsx",
    ".csv": "csv",
    ".epub": "epub",
    ".odt": "odt",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
}
# bump when what a reader extracts changes: every document is then re-read. 2: OCR; 3: title,
# authors, date and publisher (ingest/meta.py)
READER_VERSION = 3


def supported_types() -> str:
    """The file types ingest reads, for messages: "txt, md, ..."."""
    return ", ".join(dict.fromkeys(suffix.lstrip(".") for suffix in SUPPORTED))


class SkipFile(Exception):
    """This file is not indexed; the message says why."""


@dataclass
class Extracted:
    """Text as read, with anchors (text offset, file line) for line numbers."""

    text: str
    title: str | None = None
    anchors: list[tuple[int, int]] = field(default_factory=lambda: [(0, 1)])
    # Lines are the document's own paragraphs, rows and headings (office formats): cleaning keeps
    # every line as it is, with no joining of wrapped lines and no removal of repeated ones.
    structured: bool = False
    # kept with the document: {"ocr": [pages]}, and what the file states of itself (ingest/meta.py)
    metadata: dict[str, Any] = field(default_factory=dict)
    # Where each page after the first starts in `text` (PDFs): a passage is cut there, so it lies
    # on one page, as the page a reader (or a question set built page by page) refers to.
    page_starts: list[int] = field(default_factory=list)

    def line_at(self, pos: int) -> int:
        """Line number in the file of text offset `pos` (bisect: cheap for every chunk of a big file)."""
        if self._newlines is None:
            self._newlines = [i for i, ch in enumerate(self.text) if ch == "\n"]
            self._anchor_offsets = [a[0] for a in self.anchors]
        i = bisect.bisect_right(self._anchor_offsets, pos) - 1
        off, line = self.anchors[max(i, 0)]
        pos = max(pos, off)
        return line + bisect.bisect_left(self._newlines, pos) - bisect.bisect_left(self._newlines, off)

    _newlines: list[int] | None = field(default=None, init=False, repr=False)
    _anchor_offsets: list[int] = field(default_factory=list, init=False, repr=False)


def read_file(path: Path, max_bytes: int) -> Extracted:
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        raise SkipFile(unsupported(path))
    check_name(path)
    data = read_bytes(path, max_bytes)
    if kind == "pdf":
        from dragoman.ingest.pdf import read_pdf

        doc = read_pdf(data, path.name)
    elif kind == "image":
        from dragoman.ingest.ocr import read_image

        doc = read_image(data, path.name)
    elif kind in ("text", "html"):
        text = decode_text(data)
        doc = read_html(text) if kind == "html" else Extracted(text)
    else:
        from dragoman.ingest.office import read_office

        doc = read_office(kind, data, path, max_bytes)
    if not doc.text.strip():
        raise SkipFile("no text in file")
    return doc


def unsupported(path: Path) -> str:
    return f"unsupported file type {path.suffix or '(no extension)'!r}; supported: {supported_types()}"


def check_name(path: Path) -> None:
    """Refuse paths that cannot be stored or shown: names in another encoding than UTF-8."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        raise SkipFile("file name is not valid UTF-8 (a file or folder name in another encoding); rename it") from None


def open_regular(path: Path) -> tuple[BinaryIO, int]:
    """Open a regular file for reading, never blocking: (binary file, size in bytes).

    FIFOs, sockets, devices and folders (also behind a symbolic link) are refused
    with SkipFile before anything can wait on them: opening a FIFO for reading
    blocks until a writer appears, and a device such as /dev/zero never ends.
    """
    try:
        mode = os.stat(path).st_mode  # follows symbolic links
    except OSError as exc:
        raise SkipFile(os_reason(exc)) from None
    if not stat.S_ISREG(mode):
        raise SkipFile(f"not a regular file ({_file_kind(mode)})")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)  # O_NONBLOCK: no wait even if it became a FIFO meanwhile
    except OSError as exc:
        raise SkipFile(os_reason(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SkipFile(f"not a regular file ({_file_kind(info.st_mode)})")
        return os.fdopen(fd, "rb"), info.st_size
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most max_bytes; SkipFile with the reason otherwise."""
    fh, size = open_regular(path)
    with fh:
        if size == 0:
            raise SkipFile("empty file")
        if size > max_bytes:
            raise SkipFile(too_big(size, max_bytes))
        try:
            data = fh.read(max_bytes + 1)  # never more than the limit, even if the file grows
        except OSError as exc:
            raise SkipFile(os_reason(exc)) from None
    if len(data) > max_bytes:
        raise SkipFile(too_big(len(data), max_bytes))
    if not data:
        raise SkipFile("empty file")
    return data


def too_big(size: int, max_bytes: int) -> str:
    return f"file is {size:,} bytes, over the limit of {max_bytes:,} (setting max_file_bytes)"


def os_reason(exc: OSError) -> str:
    """A short human reason for an operating-system error on a file."""
    if exc.errno == errno.ELOOP:
        return "cannot read: symbolic link loop (too many levels of symbolic links)"
    if exc.errno == errno.ENOENT:
        return "cannot read: file vanished, or a broken symbolic link"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "cannot read: permission denied"
    return f"cannot read: {exc.strerror or exc}"


def _file_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO / named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return "a special file"


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16/32; anything else is refused."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return normalise_newlines(data.decode(enc))
            except UnicodeDecodeError as exc:
                raise SkipFile(f"invalid {enc} text at byte {exc.start}") from None
    head = data[:8192]
    if b"\x00" in head:
        if len(head) >= 16 and (head[1::2].count(0) > 0.4 * len(head) or head[0::2].count(0) > 0.4 * len(head)):
            raise SkipFile(
                "binary file (contains NUL bytes); if it is UTF-16 text without a byte-order mark, save it as UTF-8"
            )
        raise SkipFile("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SkipFile(f"not valid UTF-8 (bad byte at offset {exc.start}); save the file as UTF-8") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise SkipFile("binary file (mostly control characters), not text")
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- HTML ---------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "footer", "head", "iframe", "form", "button"}
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "aside",
    "br",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "hr",
    "dd",
    "dt",
    "figcaption",
    "title",
}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page; each text run is anchored to its source line.

    Written with the standard library parser (iterative, so deeply nested pages
    cannot exhaust the stack) because the line anchors are needed for citations.
    Hostile markup must stay linear: open tags are counted (no scans of a deep
    stack), and constructs the standard parser rescans to the end of the input
    for every occurrence, or refuses with an AssertionError, are handled here.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int]] = [(0, 1)]
        self.length = 0
        self.skip_depth = 0
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()  # tag -> how many are on the stack
        self.title: str | None = None
        self.h1: str | None = None
        self._capture: str | None = None
        self._captured: list[str] = []
        self._unclosed_comment: tuple[str, int] | None = None  # (buffer, position) with no "-->" after it
        self.head = HeadMeta()  # <meta> tags and JSON-LD: title, authors, date, publisher

    def _emit(self, text: str, line: int | None = None) -> None:
        if line is not None:
            self.anchors.append((self.length, line))
        self.parts.append(text)
        self.length += len(text)

    def handle_starttag(self, tag, attrs):
        self.head.start(tag, attrs)
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS:
                self._emit("\n")
            return
        self.stack.append(tag)
        self.open[tag] += 1
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        if tag in _BLOCK_TAGS:
            self._emit("\n")
        if tag in ("title", "h1") and self._capture is None:
            self._capture, self._captured = tag, []

    def handle_endtag(self, tag):
        self.head.end(tag)
        if not self.open[tag]:
            return
        while self.stack:
            top = self.stack.pop()
            self.open[top] -= 1
            if top in _SKIP_TAGS:
                self.skip_depth -= 1
            if top == self._capture:
                value = " ".join("".join(self._captured).split())
                if top == "title" and not self.title:
                    self.title = value or None
                if top == "h1" and not self.h1:
                    self.h1 = value or None
                self._capture = None
            if top == tag:
                break
        if tag in _BLOCK_TAGS:
            self._emit("\n")

    def handle_data(self, data):
        self.head.data(data)
        if self._capture:
            self._captured.append(data)
        if self.skip_depth or self.open["title"]:
            return
        text = " ".join(data.split())
        if text:
            sep = " " if self.parts and not self.parts[-1].endswith(("\n", " ")) else ""
            self._emit(sep + text, self.getpos()[0])

    # -- robustness against hostile markup (the parser's own methods, made safe) --------

    def parse_html_declaration(self, i):
        # "<![...": the standard parser raises AssertionError on anything but a known
        # keyword ("<![if x", "<!['") and rescans for "]]>" on each unclosed one.
        # HTML treats it as a bogus comment that ends at the first ">"; so do we.
        if self.rawdata.startswith("<![", i):
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1
        return super().parse_html_declaration(i)

    def parse_comment(self, i, report=1):
        # An unclosed "<!--" makes the parser search to the end for "-->"; with many of
        # them ("<!-->x" repeated) that is quadratic. Remember where no "-->" follows.
        known = self._unclosed_comment
        if known is not None and known[0] is self.rawdata and i >= known[1]:
            return -1
        end = super().parse_comment(i, report)
        if end < 0:
            self._unclosed_comment = (self.rawdata, i)
        return end


def read_html(source: str) -> Extracted:
    parser = _TextExtractor()
    # A "<" after the last ">" can never close: the standard parser would rescan the rest
    # of the input for every one of them (quadratic on "</</</..."). Make them text.
    last = source.rfind(">")
    if source.find("<", last + 1) >= 0:
        source = source[: last + 1] + source[last + 1 :].replace("<", "&lt;")
    try:
        parser.feed(source)
        parser.close()
    except (AssertionError, ValueError, IndexError) as exc:  # html.parser gives up on some malformed markup
        raise SkipFile(f"unparseable HTML ({type(exc).__name__}: {exc})"[:300]) from None
    text = "".join(parser.parts)
    metadata = parser.head.metadata()
    title = parser.h1 or parser.title or metadata.get("title")
    return Extracted(text=text, title=title, anchors=parser.anchors, metadata=metadata)
