"""Reading files: PDFs yield words, bad files are skipped with a reason."""

from pathlib import Path

import pytest

from dragoman.ingest.readers import SkipFile, read_file
from tests.conftest import SHARED

LIMIT = 10**8


def make_pdf(path: Path, lines: list[str]) -> None:
    """A minimal one-page PDF with real text objects, written by hand."""
    ops = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
    for line in lines:
        ops.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
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
