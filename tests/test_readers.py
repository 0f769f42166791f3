"""Reading files: PDFs yield words, bad files are skipped with a reason."""

from pathlib import Path

import pytest

from dragoman.ingest.readers import SkipFile, read_file
from tests.conftest import SHARED

LIMIT = 10**8


def make_pdf(path: Path, lines: list[str], *more_pages: list[str]) -> None:
    """A minimal PDF with real text objects, written by hand: one page of `lines`, then `more_pages`."""
    pages = [lines, *more_pages]
    n = len(pages)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    font = 3 + 2 * n
    for i, page in enumerate(pages):
        ops = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
        for line in page:
            ops.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def test_a_small_pdf_yields_its_words(tmp_path):
    pdf = tmp_path / "memo.pdf"
    make_pdf(pdf, ["The envoy met the minister in Oslo.", "Talks resumed after the ceasefire."])
    doc = read_file(pdf, LIMIT)
    assert "envoy met the minister in Oslo" in doc.text
    assert "%PDF" not in doc.text and "endobj" not in doc.text


def test_a_pdf_remembers_where_each_page_starts(tmp_path):
    pdf = tmp_path / "memo.pdf"
    make_pdf(pdf, ["The envoy met the minister in Oslo."], ["Talks resumed after the ceasefire."], ["A third page."])
    doc = read_file(pdf, LIMIT)
    assert len(doc.page_starts) == 2
    assert doc.text[doc.page_starts[0] :].startswith("Talks resumed")
    assert doc.text[doc.page_starts[1] :].startswith("A third page.")
    assert "Oslo." in doc.text[: doc.page_starts[0]]


def test_the_public_solana_pdf_yields_words_not_pdf_syntax():
    pdf = SHARED / "eval" / "external" / "blockchain_solana" / "source_files" / "BlockchainSolana.pdf"
    doc = read_file(pdf, LIMIT)
    assert "Solana" in doc.text and "blockchain" in doc.text.lower()
    assert "endobj" not in doc.text and "/FlateDecode" not in doc.text
    assert len(doc.text.split()) > 3000


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"   \n\n  ", "no text"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("latin1.txt", "caf\xe9 cr\xe8me".encode("latin-1"), "not valid UTF-8"),
        ("table.xlsx", b"PK\x03\x04 spreadsheet", "not a valid Excel workbook"),
        ("table.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 Excel 97", "unsupported file type '.xls'; supported: txt, md"),
        ("broken.pdf", b"%PDF-1.7\n this is not really a pdf", "PDF"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SkipFile, match=reason):
        read_file(path, LIMIT)


def test_utf16_with_bom_is_read():
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "u16.txt"
        p.write_bytes("\ufeffMediation in Doha.".encode("utf-16-le"))
        assert read_file(p, LIMIT).text == "Mediation in Doha."


def test_html_keeps_visible_text_and_drops_scripts(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>T</title><script>var x=1;</script></head>"
        "<body><nav>Menu</nav><h1>Quiet talks</h1>\n<p>Oman hosted &amp; listened.</p></body></html>"
    )
    doc = read_file(page, LIMIT)
    assert "Oman hosted & listened." in doc.text
    assert "var x" not in doc.text and "Menu" not in doc.text
    assert doc.title == "Quiet talks"
    assert doc.line_at(doc.text.index("Oman")) == 2


@pytest.mark.slow
def test_a_pdf_passage_lies_on_one_page_and_its_card_names_it(tmp_path, embedder):
    import dragoman
    from dragoman.assistant import render

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    make_pdf(
        corpus / "minutes.pdf",
        ["The harbour board met on Monday.", "It approved the new pier for the ferries."],
        ["The lighthouse keeper asked for a second lamp.", "The board granted the lamp for the winter."],
        ["The fishing fleet will sail in April.", "Nets are mended in the old boathouse."],
    )
    bot = dragoman.Assistant(store=tmp_path / "store", embedder=embedder)
    assert not bot.ingest([corpus]).skipped
    meta = bot.document("minutes.pdf").metadata
    assert len(meta["page_lines"]) == 2
    passages = bot.search("lighthouse lamp harbour pier fishing fleet", k=10)
    pages = {render.place_note(meta, p.line_start, p.line_end) for p in passages}
    assert pages == {" · page 1", " · page 2", " · page 3"}, "each passage lies on one page"

    answer = bot.ask("What did the lighthouse keeper ask for?")
    assert not answer.abstained and "second lamp" in answer.text
    panel = render.sources_html(answer, lambda s: bot.document(s).text, False, metadata=lambda s: meta)
    assert "· page 2" in panel and "page 1" not in panel
