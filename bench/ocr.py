"""OCR speed and quality: seconds per scanned page, and the share of the page's words read back.

Pages are made here: ~300 words of the seed texts drawn with PIL at 11 pt on an A4 page at
150 dpi (the resolution Dragoman renders scanned PDF pages at), stored as an image-only PDF
with JPEG pages, as scanners write them. Each page then goes through the same path as a
scanned PDF at ingest (`dragoman.ingest.ocr.pdf_pages_text`: render with pypdfium2, find the
lines, read them). `--compare` also runs rapidocr's own pipeline (its defaults) on the same
rendered pages, in the same run. Prints one JSON object.

    python bench/ocr.py [--pages 3] [--dpi 150] [--compare] [--quick]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import argparse
import io
import re
import statistics
import textwrap
import time
from collections import Counter

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)
from bench._common import SEEDS, emit, machine, ratio, setup_logging

FONTS = (
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
)


def seed_words(n_pages: int, per_page: int) -> list[str]:
    """Prose of the seed texts, `per_page` words per page (markup and short lines left out)."""
    words: list[str] = []
    for path in sorted(SEEDS.glob("*")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.split()) >= 12 and "<" not in line and "](" not in line:
                words += line.replace("*", "").replace("#", "").split()
    return [" ".join(words[i * per_page : (i + 1) * per_page]) for i in range(n_pages)]


def draw_page(text: str, dpi: int):
    from PIL import Image, ImageDraw, ImageFont

    size = round(11 * dpi / 72)
    font_file = next((f for f in FONTS if Path(f).exists()), None)
    font = ImageFont.truetype(font_file, size) if font_file else ImageFont.load_default(size=size)
    page = Image.new("RGB", (round(8.27 * dpi), round(11.69 * dpi)), "white")
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(textwrap.wrap(text, 80)):
        draw.text((dpi, dpi + i * size * 3 // 2), line, fill="black", font=font)
    return page, font_file or "Pillow's default font"


def recall(read: str, truth: str) -> float:
    """Share of the page's words (lower-cased, punctuation stripped) found in what OCR read."""

    def words(text: str) -> Counter:
        return Counter(w for w in re.sub(r"[^\w\s]", " ", text.lower()).split())

    want = words(truth)
    return round(sum((words(read) & want).values()) / max(1, sum(want.values())), 4)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=3)
    ap.add_argument("--dpi", type=int, default=150, help="resolution of the scan (the page images in the PDF)")
    ap.add_argument("--words", type=int, default=300, help="words per page")
    ap.add_argument("--compare", action="store_true", help="also rapidocr's own pipeline on the same pages")
    ap.add_argument("--quick", action="store_true", help="one page")
    args = ap.parse_args()
    setup_logging()
    from dragoman.ingest import ocr

    texts = seed_words(1 if args.quick else args.pages, args.words)
    pages = [draw_page(t, args.dpi) for t in texts]
    pdf = io.BytesIO()
    pages[0][0].save(pdf, "PDF", resolution=args.dpi, save_all=True, append_images=[p for p, _ in pages[1:]])
    data = pdf.getvalue()

    t = time.perf_counter()
    ocr.engine()
    load = time.perf_counter() - t
    seconds, cpu, recalls = [], [], []
    for i, truth in enumerate(texts):
        t, c = time.perf_counter(), time.process_time()
        read = ocr.pdf_pages_text(data, [i], "bench.pdf")[i]
        seconds.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        recalls.append(recall(read, truth))
    result = {
        "machine": machine(),
        "pages": len(texts),
        "words_per_page": args.words,
        "scan_dpi": args.dpi,
        "render_dpi": ocr.RENDER_DPI,
        "font": pages[0][1],
        "engine_load_seconds": round(load, 2),
        "dragoman": {
            "seconds_per_page": round(statistics.median(seconds), 2),
            "seconds_each": [round(s, 2) for s in seconds],
            "cpu_seconds_per_page": round(statistics.median(cpu), 2),
            "word_recall": round(statistics.fmean(recalls), 4),
            "word_recall_each": recalls,
        },
    }
    if args.compare:
        result["rapidocr_default"] = compare(data, texts)
        result["ratio_seconds_dragoman_to_rapidocr"] = ratio(
            result["dragoman"]["seconds_per_page"], result["rapidocr_default"]["seconds_per_page"]
        )
    emit(result)


def compare(data: bytes, texts: list[str]) -> dict:
    """rapidocr as it comes (its own scaling, orientation classifier and decoding) on the same rendered pages."""
    import numpy as np
    import pypdfium2 as pdfium
    from rapidocr_onnxruntime import RapidOCR

    from dragoman.ingest import ocr

    engine = RapidOCR()
    document = pdfium.PdfDocument(data)
    seconds, cpu, recalls = [], [], []
    for i, truth in enumerate(texts):
        t, c = time.perf_counter(), time.process_time()
        image = document[i].render(scale=ocr.RENDER_DPI / 72).to_pil().convert("RGB")
        found, _ = engine(np.asarray(image)[:, :, ::-1])
        seconds.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        recalls.append(recall(" ".join(str(r[1]) for r in found or []), truth))
    return {
        "seconds_per_page": round(statistics.median(seconds), 2),
        "seconds_each": [round(s, 2) for s in seconds],
        "cpu_seconds_per_page": round(statistics.median(cpu), 2),
        "word_recall": round(statistics.fmean(recalls), 4),
        "word_recall_each": recalls,
    }


if __name__ == "__main__":
    main()
