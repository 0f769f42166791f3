"""OCR: the text of images, and of PDF pages that have no text layer (scans).

rapidocr-onnxruntime ships its detection, orientation and recognition models inside the
wheel (no download, offline) and runs on onnxruntime; pypdfium2 renders PDF pages. Both
come with the `ocr` extra (`pip install 'dragoman[ocr]'`): its OpenCV dependency weighs
~190 MB, too much for everyone who never reads a scan. Without it, images and scanned pages
are refused with a reason that says what to install.
"""

from __future__ import annotations

import functools
import io
import logging
import math
import statistics
import time
from collections.abc import Sequence
from typing import Any

from dragoman.ingest.readers import Extracted, SkipFile

log = logging.getLogger(__name__)

RENDER_DPI = 150  # PDF pages are rendered at this resolution for OCR (bench/ocr.py)
DETECT_MAX_SIDE = 2000  # text is found on the page scaled down to this (rapidocr's own default)
LINE_HEIGHT = 48  # pixels: the recognition model's input height; each line is scaled to it here
LINE_MARGIN = 0.1  # of a line's height, added above and below it before it is read
SPACE_PROBABILITY = 0.03  # a frame whose space probability reaches this is a space (see _recognise)
MIN_SCORE = 0.5  # recognised lines below this confidence are dropped (rapidocr's own default)
INSTALL_HINT = "install the OCR extra: pip install 'dragoman[ocr]'"


class OcrUnavailable(Exception):
    """The OCR packages are not installed (or cannot load); the message says what to do."""


@functools.cache  # one engine per process: loading its models takes about a second
def engine() -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:
        hint = " (apt-get install libgl1 libglib2.0-0)" if ".so" in str(exc) else ""
        raise OcrUnavailable(f"OCR is not available ({exc}){hint}; {INSTALL_HINT}") from None
    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    # No scaling inside rapidocr: image_text scales the page for detection itself, and a line
    # must reach recognition at its full width. Detection never enlarges an image (rapidocr's
    # default enlarges its shorter side to 736 pixels: a strip of 1240 x 160 became 5704 x 736).
    return RapidOCR(max_side_len=10**6, det_limit_type="max")


def image_text(image: Any) -> str:
    """The text of a PIL image: lines in reading order (top to bottom, left to right), a blank
    line where the gap between two lines is taller than a line.

    rapidocr finds the text lines; each line is then cut out here, scaled with bicubic
    resampling, and read by rapidocr's recognition model with a decoding of our own (see
    `_recognise`). rapidocr's own path loses the spaces between words on small print, and its
    orientation classifier turns some upright lines over: on JPEG-compressed pages at 150 dpi
    it read back 13% of the words, this path 99% (`bench/ocr.py --compare`).
    """
    import numpy as np

    image = _rgb(image)
    scale = min(1.0, DETECT_MAX_SIDE / max(image.size))
    small = image if scale == 1 else image.resize((round(image.width * scale), round(image.height * scale)))
    boxes, _ = engine()(np.asarray(small)[:, :, ::-1], use_cls=False, use_rec=False)  # BGR, as OpenCV reads
    lines = []
    for points in boxes or []:
        quad = [(float(x) / scale, float(y) / scale) for x, y in points]
        text, score, flipped = _read_line(image, quad)
        if text.strip() and score >= MIN_SCORE:
            lines.append((quad, " ".join(text.split()), flipped))
    upside_down = sum(flipped for _, _, flipped in lines) > len(lines) / 2
    found = []
    for quad, text, _ in lines:
        ys, xs = [p[1] for p in quad], [p[0] for p in quad]
        if upside_down:  # a page scanned the wrong way round: read it from its own top
            ys, xs = [image.height - y for y in ys], [image.width - x for x in xs]
        found.append((min(ys), max(ys), min(xs), text))
    return _layout(found)


def _read_line(image: Any, quad: list[tuple[float, float]]) -> tuple[str, float, bool]:
    """(text, confidence, upside down?) of one text line given by its four corners (clockwise from
    top left), read upright or, when that reads badly, upside down (a page scanned the wrong way round)."""
    from PIL import Image

    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = quad
    # a margin above and below: a tight box (a line without descenders) would come out too large
    dx, dy = (x3 - x0 + x2 - x1) / 2 * LINE_MARGIN, (y3 - y0 + y2 - y1) / 2 * LINE_MARGIN
    x0, y0, x1, y1, x2, y2, x3, y3 = x0 - dx, y0 - dy, x1 - dx, y1 - dy, x2 + dx, y2 + dy, x3 + dx, y3 + dy
    width = max(math.hypot(x1 - x0, y1 - y0), math.hypot(x2 - x3, y2 - y3))
    height = max(math.hypot(x3 - x0, y3 - y0), math.hypot(x2 - x1, y2 - y1))
    if width < 2 or height < 2:
        return "", 0.0, False
    size = (max(1, round(width * LINE_HEIGHT / height)), LINE_HEIGHT)
    crop = image.transform(
        size, Image.Transform.QUAD, (x0, y0, x3, y3, x2, y2, x1, y1), resample=Image.Resampling.BICUBIC
    )
    text, score = _recognise(crop)
    if score < MIN_SCORE:
        flipped = _recognise(crop.rotate(180))
        if flipped[1] > score:
            return flipped[0], flipped[1], True
    return text, score, False


def _recognise(crop: Any) -> tuple[str, float]:
    """rapidocr's recognition model on one line, decoded here: rapidocr keeps the likeliest class
    of each frame, and on small print that is often "blank" where the model also sees a space
    (on a JPEG page at 150 dpi it dropped most spaces). A frame counts as a space here when the
    space has at least SPACE_PROBABILITY (bench/ocr.py measures the words kept). Uses the
    recogniser's parts as rapidocr-onnxruntime 1.4 has them (pinned in pyproject.toml)."""
    import numpy as np

    rec = engine().text_rec
    bgr = np.asarray(crop)[:, :, ::-1]  # the model was trained on OpenCV's BGR images
    probs = rec.session(rec.resize_norm_img(bgr, bgr.shape[1] / bgr.shape[0])[np.newaxis].astype(np.float32))[0][0]
    chars = rec.postprocess_op.character  # 0: CTC blank; the last: space
    space = len(chars) - 1
    best = probs.argmax(axis=1)
    text: list[str] = []
    confidence: list[float] = []
    previous = 0
    for frame, k in enumerate(best):
        if k == 0 and probs[frame, space] >= SPACE_PROBABILITY and text and text[-1] != " ":
            k = space  # a space the model saw but ranked below blank: not counted in the confidence
        elif k not in (0, previous):
            confidence.append(float(probs[frame, k]))
        if k not in (0, previous):
            text.append(chars[k])
        previous = k
    return "".join(text).strip(), float(np.mean(confidence)) if confidence else 0.0


def _layout(boxes: list[tuple[float, float, float, str]]) -> str:
    """Boxes (top, bottom, left, text) -> lines: a box whose middle lies within the current line's
    height joins it. Written here because rapidocr returns boxes, not lines or paragraphs."""
    lines: list[list[tuple[float, float, float, str]]] = []
    for box in sorted(boxes):
        middle = (box[0] + box[1]) / 2
        if lines and lines[-1][0][0] <= middle <= lines[-1][0][1]:
            lines[-1].append(box)
        else:
            lines.append([box])
    if not lines:
        return ""
    height = statistics.median(b[1] - b[0] for line in lines for b in line)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and line[0][0] - lines[i - 1][0][1] > height:
            out.append("")
        out.append(" ".join(b[3] for b in sorted(line, key=lambda b: b[2])))
    return "\n".join(out)


def _rgb(image: Any) -> Any:
    """RGB on white: transparent areas of a PNG become paper, not black."""
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        from PIL import Image

        paper = Image.new("RGBA", image.size, "white")
        return Image.alpha_composite(paper, image).convert("RGB")
    return image.convert("RGB")


def read_image(data: bytes, name: str) -> Extracted:
    """A .png/.jpg file through OCR; its metadata says so (`ocr`: [1])."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        opened = Image.open(io.BytesIO(data))
        opened.load()
        image = ImageOps.exif_transpose(opened)  # photos taken sideways
    except Image.DecompressionBombError as exc:
        raise SkipFile(f"image too large to read safely ({exc})") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise SkipFile(f"corrupt or unreadable image ({type(exc).__name__}: {exc})") from None
    try:
        started = time.perf_counter()
        text = image_text(image)
    except OcrUnavailable as exc:
        raise SkipFile(f"an image is read through OCR: {exc}") from None
    log.info("OCR %s: %d characters in %.1fs", name, len(text), time.perf_counter() - started)
    if not text.strip():
        raise SkipFile("no text found in the image by OCR")
    return Extracted(text, metadata={"ocr": [1]})


def pdf_pages_text(data: bytes, pages: Sequence[int], name: str) -> dict[int, str]:
    """OCR text of these pages of a PDF (0-based), those of them that hold an image; pages
    with no image (blank, or vector drawings) are left out: there is nothing to read."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError as exc:
        raise OcrUnavailable(f"OCR is not available ({exc}); {INSTALL_HINT}") from None
    engine()  # fail before rendering anything if OCR cannot run
    out: dict[int, str] = {}
    pdf = pdfium.PdfDocument(data)
    try:
        todo = [i for i in pages if any(True for _ in pdf[i].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))]
        for n, i in enumerate(todo, 1):
            started = time.perf_counter()
            image = pdf[i].render(scale=RENDER_DPI / 72).to_pil()
            out[i] = image_text(image)
            log.info("OCR %s: page %d (%d of %d) in %.1fs", name, i + 1, n, len(todo), time.perf_counter() - started)
    finally:
        pdf.close()
    return out
