"""PDF: the text layer of each page with pypdf; pages without one (scans) through OCR."""

from __future__ import annotations

import io
import logging
from typing import Any

from dragoman.ingest import meta
from dragoman.ingest.readers import Extracted, SkipFile, normalise_newlines

log = logging.getLogger(__name__)

# A page whose text layer has fewer visible characters than this (none, or a stray page
# number or scanner stamp) is read by OCR when it holds an image.
MIN_LAYER_CHARS = 20


def read_pdf(data: bytes, name: str = "PDF") -> Extracted:
    """Text of each page; lines are those of the extracted text. Pages read by OCR are listed,
    1-based, in `metadata["ocr"]`.

    llama-index-core alone would read a PDF as raw bytes, so extraction is done here.
    """
    pages, stated = _text_layer(data)
    scanned = [i for i, p in enumerate(pages) if len("".join(p.split())) < MIN_LAYER_CHARS]
    ocr_pages: list[int] = []
    if scanned:
        from dragoman.ingest.ocr import OcrUnavailable, pdf_pages_text

        try:
            for i, text in pdf_pages_text(data, scanned, name).items():
                if len(text.strip()) > len(pages[i].strip()):
                    pages[i] = text
                    ocr_pages.append(i + 1)
        except OcrUnavailable as exc:
            if not any(p.strip() for p in pages):
                raise SkipFile(f"no text layer (a scanned PDF?): {exc}") from None
            log.warning("%s: pages %s have no text layer and were not read: %s", name, _numbers(scanned), exc)
        except Exception as exc:  # a page pdfium cannot render: keep what the text layer gave
            if not any(p.strip() for p in pages):
                raise SkipFile(f"no text layer, and OCR failed ({type(exc).__name__}: {exc})") from None
            log.warning("%s: OCR of pages %s failed (%s: %s)", name, _numbers(scanned), type(exc).__name__, exc)
    texts = [normalise_newlines(p).strip("\n") for p in pages]
    starts, pos = [], 0
    for t in texts[:-1]:
        pos += len(t) + 2
        starts.append(pos)
    text = "\n\n".join(texts)
    # The file line each later page starts on, kept with the document: a source card names the page.
    page_lines = [text.count("\n", 0, start) + 1 for start in starts]
    return Extracted(
        text=text,
        page_starts=starts,
        title=stated.get("title"),  # /Title, unless a placeholder ("Microsoft Word - a.docx")
        metadata=stated
        | ({"ocr": sorted(ocr_pages)} if ocr_pages else {})
        | ({"page_lines": page_lines} if page_lines else {}),
    )


def _text_layer(data: bytes) -> tuple[list[str], dict[str, Any]]:
    """The text of each page, and what the document information states (ingest/meta.py), with pypdf."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damage is reported as the skip reason instead
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs are encrypted with an empty user password (only editing is
            # restricted): those open with "". Anything else needs the password.
            try:
                opened = reader.decrypt("")
            except DependencyError:
                raise SkipFile(
                    "encrypted PDF (AES): reading it needs the 'cryptography' package "
                    "(pip install cryptography), or save a decrypted copy"
                ) from None
            except Exception:
                raise SkipFile("encrypted PDF (password protected); save a decrypted copy to index it") from None
            if not opened:
                raise SkipFile("encrypted PDF (password protected); save a decrypted copy to index it")
        pages = [page.extract_text() or "" for page in reader.pages]
        stated = meta.pdf(reader)
    except SkipFile:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise SkipFile(f"corrupt or unreadable PDF ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # pypdf raises many types on damaged files
        raise SkipFile(f"corrupt or unreadable PDF ({type(exc).__name__}: {exc})") from None
    return pages, stated


def _numbers(pages: list[int]) -> str:
    shown = ", ".join(str(i + 1) for i in pages[:20])
    return shown + (f" and {len(pages) - 20} more" if len(pages) > 20 else "")
