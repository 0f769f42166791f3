"""OCR: scanned PDFs (text rendered to an image, saved as an image-only PDF) and images yield their
words; OCR'd documents say so in their metadata and on the source cards."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from dragoman import Assistant
from dragoman.ingest.readers import SkipFile, read_file
from tests.test_ingest import check_consistent
from tests.test_readers import make_pdf

LIMIT = 10**8
MEMO = [
    "Fisheries Memorandum",
    "",
    "The Lindqvist compromise divided the fishing waters between the two states.",
    "Both coast guards agreed to share their patrol schedules every month.",
]
NOTE = [
    "Harbour Note",
    "",
    "Talks at the Saltmarsh inn ended without agreement in the winter of 1978.",
]


def page_image(lines: list[str], width: int = 1240, font_px: int = 24):
    """Text drawn on white at about 11 pt on a page scanned at 150 dpi (Pillow's own font: no system fonts)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=font_px)
    image = Image.new("RGB", (width, 160 + len(lines) * font_px * 3 // 2), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((150, 80 + i * font_px * 3 // 2), line, fill="black", font=font)
    return image


def scanned_pdf(path: Path, *pages: list[str]) -> None:
    """An image-only PDF: Pillow stores each page as a JPEG image, with no text layer."""
    images = [page_image(lines) for lines in pages]
    images[0].save(path, "PDF", resolution=150, save_all=True, append_images=images[1:])


def test_a_scanned_pdf_yields_its_words(tmp_path):
    pdf = tmp_path / "scan.pdf"
    scanned_pdf(pdf, MEMO)
    from pypdf import PdfReader

    assert not PdfReader(pdf).pages[0].extract_text().strip()  # truly no text layer
    doc = read_file(pdf, LIMIT)
    assert doc.metadata["ocr"] == [1]  # besides the title and date Pillow wrote (ingest/meta.py)
    for line in MEMO:
        assert line in doc.text
    assert doc.text.index("Lindqvist") < doc.text.index("coast guards")  # reading order


def test_png_and_jpeg_images_are_read(tmp_path):
    image = page_image(NOTE)
    image.save(tmp_path / "note.png")
    image.save(tmp_path / "note.jpg", quality=80)
    transparent = image.convert("L").point(lambda v: 255 - v)  # black text, transparent paper
    rgba = image.convert("RGBA")
    rgba.putalpha(transparent)
    rgba.save(tmp_path / "clear.png")
    page_image(MEMO).rotate(180).save(tmp_path / "upside-down.png")
    for name in ("note.png", "note.jpg", "clear.png"):
        doc = read_file(tmp_path / name, LIMIT)
        assert doc.metadata == {"ocr": [1]}, name
        assert NOTE[2] in doc.text, (name, doc.text)
    assert read_file(tmp_path / "upside-down.png", LIMIT).text.split("\n") == MEMO  # read from its own top


def test_only_pages_without_a_text_layer_are_ocrd(tmp_path):
    """Page 1 has text, page 2 is a scan, page 3 is blank: OCR reads page 2 alone."""
    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    make_pdf(tmp_path / "text.pdf", ["The envoy met the minister in Oslo.", "Talks resumed after the ceasefire."])
    scanned_pdf(tmp_path / "scan.pdf", NOTE)
    Image.new("RGB", (1240, 1754), "white").save(tmp_path / "blank.pdf", "PDF", resolution=150)
    writer = PdfWriter()
    for part in ("text.pdf", "scan.pdf"):
        writer.append(PdfReader(tmp_path / part))
    writer.add_blank_page(612, 792)
    writer.write(tmp_path / "mixed.pdf")
    doc = read_file(tmp_path / "mixed.pdf", LIMIT)
    assert doc.metadata["ocr"] == [2]
    assert doc.text.index("The envoy met the minister in Oslo.") < doc.text.index(NOTE[2])


def test_bad_images_are_refused_with_a_reason(tmp_path):
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    blank = io.BytesIO()
    page_image([]).save(blank, "PNG")
    (tmp_path / "blank.png").write_bytes(blank.getvalue())
    with pytest.raises(SkipFile, match="corrupt or unreadable image"):
        read_file(tmp_path / "broken.png", LIMIT)
    with pytest.raises(SkipFile, match="no text found in the image by OCR"):
        read_file(tmp_path / "blank.png", LIMIT)


@pytest.mark.slow
def test_scans_are_searched_cited_and_marked_on_source_cards(tmp_path, embedder):
    from dragoman.assistant.app import _Handlers

    corpus = tmp_path / "c"
    corpus.mkdir()
    scanned_pdf(corpus / "memo.pdf", MEMO)
    page_image(NOTE).save(corpus / "note.png")
    (corpus / "plain.txt").write_text("Fishing quotas were set by a joint commission in Bergen.\n")
    bot = Assistant(store=tmp_path / "s", embedder=embedder)
    report = bot.ingest([corpus])
    assert sorted(report.added) == ["memo.pdf", "note.png", "plain.txt"], report.skipped
    info = {d.doc_id: d for d in bot.documents()}
    assert info["memo.pdf"].metadata["ocr"] == [1] and info["note.png"].metadata == {"ocr": [1]}
    assert info["plain.txt"].metadata == {}
    check_consistent(bot)

    assert bot.search("Saltmarsh inn", k=1)[0].source == "note.png"
    answer = bot.ask("What did the Lindqvist compromise divide?")
    cited = [c for c in answer.citations if c.source == "memo.pdf" and "Lindqvist compromise" in c.quote]
    assert cited and not answer.abstained, answer.text
    assert all(bot.document("memo.pdf").text[c.start : c.end] == c.quote for c in cited)

    # the source cards of the chat: OCR'd documents are marked, the others are not
    handlers, seen = _Handlers(bot), set()
    for question in ("What did the Lindqvist compromise divide?", "Were fishing quotas set by a joint commission?"):
        *_, (_, _, sources, *_) = handlers.respond(question, [], [], 5, "hybrid", False)
        cards = {}
        for card in re.split(r"(?=<div class='dm-source[' ])", sources)[1:]:
            cards.setdefault(card.split("data-source='", 1)[1].split("'", 1)[0], []).append(card)
        seen |= set(cards)
        for source, shown in cards.items():
            for card in shown:
                assert ("text read by OCR (page 1)" in card) == (source != "plain.txt"), card
    assert {"plain.txt", "memo.pdf"} <= seen


def test_without_the_ocr_extra_scans_are_refused_with_what_to_install(tmp_path, monkeypatch):
    """As on an install without `dragoman[ocr]`: images and text-less PDFs are skipped with the fix;
    a PDF with a text layer on other pages keeps those."""
    from pypdf import PdfReader, PdfWriter

    from dragoman.ingest import ocr

    page_image(NOTE).save(tmp_path / "note.png")
    scanned_pdf(tmp_path / "scan.pdf", MEMO)
    make_pdf(tmp_path / "text.pdf", ["The envoy met the minister in Oslo.", "Talks resumed after the ceasefire."])
    writer = PdfWriter()
    for part in ("text.pdf", "scan.pdf"):
        writer.append(PdfReader(tmp_path / part))
    writer.write(tmp_path / "mixed.pdf")
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)  # `import` now fails as if not installed
    ocr.engine.cache_clear()
    try:
        for name in ("note.png", "scan.pdf"):
            with pytest.raises(SkipFile, match=re.escape("pip install 'dragoman[ocr]'")):
                read_file(tmp_path / name, LIMIT)
        mixed = read_file(tmp_path / "mixed.pdf", LIMIT)
        assert "The envoy met the minister in Oslo." in mixed.text
        assert mixed.metadata == {"page_lines": [4]}  # no page read by OCR; page 2 starts on line 4
    finally:
        ocr.engine.cache_clear()
