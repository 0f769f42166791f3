"""Read a file into plain text, remembering which line of the file each piece came from.

Readers raise `SkipFile` with a human reason for anything that is not a readable
document; the pipeline reports it and carries on with the other files.
"""
from __future__ import annotations

import bisect
import codecs
import logging
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

log = logging.getLogger(__name__)

SUPPORTED = {".txt": "text", ".md": "text", ".markdown": "text", ".html": "html", ".htm": "html", ".pdf": "pdf"}


class SkipFile(Exception):
    """This file is not indexed; the message says why."""


@dataclass
class Extracted:
    """Text as read, with anchors (text offset, file line) for line numbers."""

    text: str
    title: str | None = None
    anchors: list[tuple[int, int]] = field(default_factory=lambda: [(0, 1)])

    def line_at(self, pos: int) -> int:
        i = bisect.bisect_right(self._offsets, pos) - 1
        off, line = self.anchors[max(i, 0)]
        return line + self.text.count("\n", off, max(pos, off))

    @property
    def _offsets(self) -> list[int]:
        return [a[0] for a in self.anchors]


def read_file(path: Path, max_bytes: int) -> Extracted:
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        raise SkipFile(f"unsupported file type {path.suffix or '(no extension)'!r}; supported: txt, md, html, pdf")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SkipFile(f"cannot read: {exc.strerror or exc}") from None
    if size == 0:
        raise SkipFile("empty file")
    if size > max_bytes:
        raise SkipFile(f"file is {size:,} bytes, over the limit of {max_bytes:,} (setting max_file_bytes)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SkipFile(f"cannot read: {exc.strerror or exc}") from None
    if kind == "pdf":
        doc = read_pdf(data)
    else:
        text = decode_text(data)
        doc = read_html(text) if kind == "html" else Extracted(text)
    if not doc.text.strip():
        raise SkipFile("no text in file")
    return doc


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16/32; anything else is refused."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _normalise_newlines(data.decode(enc))
            except UnicodeDecodeError as exc:
                raise SkipFile(f"invalid {enc} text at byte {exc.start}") from None
    if b"\x00" in data[:8192]:
        raise SkipFile("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SkipFile(f"not valid UTF-8 (bad byte at offset {exc.start}); save the file as UTF-8") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise SkipFile("binary file (mostly control characters), not text")
    return _normalise_newlines(text)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- HTML ---------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "footer", "head", "iframe", "form", "button"}
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "aside", "br", "li", "ul", "ol", "table", "tr",
               "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "dd", "dt", "figcaption", "title"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page; each text run is anchored to its source line.

    Written with the standard library parser (iterative, so deeply nested pages
    cannot exhaust the stack) because the line anchors are needed for citations.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int]] = [(0, 1)]
        self.length = 0
        self.skip_depth = 0
        self.stack: list[str] = []
        self.title: str | None = None
        self.h1: str | None = None
        self._capture: str | None = None
        self._captured: list[str] = []

    def _emit(self, text: str, line: int | None = None) -> None:
        if line is not None:
            self.anchors.append((self.length, line))
        self.parts.append(text)
        self.length += len(text)

    def handle_starttag(self, tag, attrs):
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS:
                self._emit("\n")
            return
        self.stack.append(tag)
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        if tag in _BLOCK_TAGS:
            self._emit("\n")
        if tag in ("title", "h1") and self._capture is None:
            self._capture, self._captured = tag, []

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
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
        if self._capture:
            self._captured.append(data)
        if self.skip_depth or "title" in self.stack:
            return
        text = " ".join(data.split())
        if text:
            sep = " " if self.parts and not self.parts[-1].endswith(("\n", " ")) else ""
            self._emit(sep + text, self.getpos()[0])


def read_html(source: str) -> Extracted:
    parser = _TextExtractor()
    parser.feed(source)
    parser.close()
    text = "".join(parser.parts)
    return Extracted(text=text, title=parser.h1 or parser.title, anchors=parser.anchors)


# -- PDF ----------------------------------------------------------------------

def read_pdf(data: bytes) -> Extracted:
    """Text of each page with pypdf; lines are those of the extracted text.

    llama-index-core alone would read a PDF as raw bytes, so extraction is done here.
    """
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise SkipFile("encrypted PDF (password protected); decrypt it first") from None
            if reader.is_encrypted and not reader.pages:
                raise SkipFile("encrypted PDF (password protected); decrypt it first")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or None
    except SkipFile:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise SkipFile(f"corrupt or unreadable PDF ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # pypdf raises many types on damaged files
        raise SkipFile(f"corrupt or unreadable PDF ({type(exc).__name__}: {exc})") from None
    text = "\n\n".join(p.strip("\n") for p in pages)
    return Extracted(text=_normalise_newlines(text), title=title if isinstance(title, str) and title.strip() else None)
