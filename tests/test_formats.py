"""Office documents, spreadsheets and e-books (.docx, .pptx, .xlsx, .csv, .epub, .odt), each written
in the test by the format's own library, read, indexed, searched and cited."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import pytest

from dragoman import Assistant
from dragoman.ingest.clean import clean
from dragoman.ingest.readers import SUPPORTED, read_file
from tests.test_ingest import check_consistent

LIMIT = 10**8
FILLER = (
    "Quiet diplomacy depends on trust between a small number of people. "
    "Meetings were held away from the press, and neither side kept official minutes."
)


def make_docx(path: Path, sentence: str) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "The Northern Channel"
    d.add_heading("The Northern Channel", 0)
    d.add_heading("Background", 1)
    d.add_paragraph(FILLER)
    d.add_paragraph(sentence)
    d.add_paragraph("Opening statements", style="List Bullet")
    d.add_paragraph("Exchange of drafts", style="List Bullet")
    d.add_heading("Participants", 2)
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [["Country", "Envoy", "Role"], ["Norway", "Terje Lund", "host"], ["Finland", "Aino Virta", "observer"]]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("Steps agreed", style="List Number")
    d.add_paragraph("Steps signed", style="List Number")
    d.save(path)


def make_pptx(path: Path, sentence: str) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Talks in the North"
    slide.placeholders[1].text_frame.text = FILLER
    slide.placeholders[1].text_frame.add_paragraph().text = sentence
    second = deck.slides.add_slide(deck.slide_layouts[5])
    second.shapes.title.text = "Rounds"
    table = second.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(6), Inches(1)).table
    for r, row in enumerate([["Round", "Year"], ["First", "2003"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    second.notes_slide.notes_text_frame.text = "Mention the weather in the speaker notes."
    deck.save(path)


def make_xlsx(path: Path, sentence: str) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Rounds"
    sheet.append(["Meeting", "Venue", "Outcome", "Date"])
    sheet.append(["First round", "Bergen", FILLER, dt.datetime(2003, 4, 2)])
    sheet.append(["Third round", "Vesterhavn", sentence, dt.datetime(2004, 1, 9)])
    sheet.append(["Total", 1200, 800.5, None])
    costs = book.create_sheet("Costs")
    costs.append(["Item", "Amount"])
    costs.append(["Travel", 1200])
    costs.append(["Travel", 1300])
    costs.append(["Travel", 1400])  # repeated rows are data here, not page furniture
    book.save(path)


def make_csv(path: Path, sentence: str) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Date", "Mediator", "Note"])
        writer.writerow(["2011-04-02", "Ines Carvalho", sentence])
        writer.writerow(["2011-05-09", "Ines Carvalho", FILLER])


def make_epub(path: Path, sentence: str) -> None:
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("dragoman-test")
    book.set_title("Small States as Hosts")
    book.set_language("en")
    one = epub.EpubHtml(title="One", file_name="one.xhtml", lang="en")
    one.content = f"<h1>Chapter One</h1><p>{FILLER}</p>"
    two = epub.EpubHtml(title="Two", file_name="two.xhtml", lang="en")
    two.content = f"<h1>Chapter Two</h1><p>{sentence}</p><ul><li>An item of a list</li></ul>"
    book.add_item(one)
    book.add_item(two)
    book.toc = [one, two]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", one, two]
    epub.write_epub(str(path), book)


def make_odt(path: Path, sentence: str) -> None:
    from odf import dc, table, text
    from odf.opendocument import OpenDocumentText

    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text="Border Protocols"))
    doc.text.addElement(text.H(outlinelevel=1, text="Border Protocols"))
    doc.text.addElement(text.P(text=FILLER))
    doc.text.addElement(text.P(text=sentence))
    items = text.List()
    for value in ("Return of prisoners", "Opening of crossings"):
        item = text.ListItem()
        item.addElement(text.P(text=value))
        items.addElement(item)
    doc.text.addElement(items)
    grid = table.Table(name="Crossings")
    grid.addElement(table.TableColumn(numbercolumnsrepeated=2))
    for values in (["Crossing", "Opened"], ["Narva bridge", "1995"]):
        row = table.TableRow()
        for value in values:
            cell = table.TableCell()
            cell.addElement(text.P(text=value))
            row.addElement(cell)
        grid.addElement(row)
    doc.text.addElement(grid)
    doc.save(str(path))


# name -> (writer, sentence holding a unique phrase, the phrase, a question it answers)
FORMATS = {
    "channel.docx": (
        make_docx,
        "The Halvorsen channel carried messages between the two capitals for three years.",
        "Halvorsen channel",
        "What did the Halvorsen channel carry between the capitals?",
    ),
    "talks.pptx": (
        make_pptx,
        "Envoys from Iceland met at the Quillbrook lodge in the spring of 2003.",
        "Quillbrook lodge",
        "Where did the envoys from Iceland meet in 2003?",
    ),
    "rounds.xlsx": (
        make_xlsx,
        "The delegations agreed on the Marrowdale prisoner exchange",
        "Marrowdale prisoner exchange",
        "What did the delegations agree on in the third round?",
    ),
    "notes.csv": (
        make_csv,
        "Carvalho proposed the Tessaly ceasefire line along the river",
        "Tessaly ceasefire line",
        "Who proposed the Tessaly ceasefire line along the river?",
    ),
    "hosts.epub": (
        make_epub,
        "The Brennholt memorandum was drafted by three junior diplomats in a borrowed apartment.",
        "Brennholt memorandum",
        "What was the Brennholt memorandum?",
    ),
    "protocol.odt": (
        make_odt,
        "The Okonkwo protocol set out how prisoners would be returned across the border.",
        "Okonkwo protocol",
        "What did the Okonkwo protocol set out?",
    ),
}


def test_every_new_suffix_is_supported():
    for suffix in (".docx", ".pptx", ".xlsx", ".csv", ".epub", ".odt", ".png", ".jpg", ".jpeg"):
        assert suffix in SUPPORTED


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_each_format_reads_its_text_as_structured_lines(tmp_path, name):
    make, sentence, _, _ = FORMATS[name]
    path = tmp_path / name
    make(path, sentence)
    doc = read_file(path, LIMIT)
    assert doc.structured
    text = clean(doc).text
    assert sentence in text
    assert FILLER in text or FILLER.split(". ")[0] in text


def test_word_headings_lists_and_table_rows(tmp_path):
    path = tmp_path / "channel.docx"
    make_docx(path, "A sentence of its own.")
    cleaned = clean(read_file(path, LIMIT))
    lines = cleaned.text.splitlines()
    assert cleaned.title == "The Northern Channel"
    assert "# Background" in lines and "## Participants" in lines
    assert "- Opening statements" in lines and "- Exchange of drafts" in lines
    assert "- Country: Norway | Envoy: Terje Lund | Role: host." in lines
    assert "- Country: Finland | Envoy: Aino Virta | Role: observer." in lines
    assert "1. Steps agreed" in lines and "2. Steps signed" in lines


def test_slides_spreadsheets_and_opendocument_keep_their_structure(tmp_path):
    deck, book, odt = tmp_path / "t.pptx", tmp_path / "r.xlsx", tmp_path / "p.odt"
    make_pptx(deck, "Envoys met.")
    make_xlsx(book, "Agreed.")
    make_odt(odt, "Set out.")
    slides = clean(read_file(deck, LIMIT))
    assert slides.title == "Talks in the North"
    assert slides.text.splitlines()[0] == "# Slide 1: Talks in the North"
    assert "# Slide 2: Rounds" in slides.text and "- Round: First | Year: 2003." in slides.text
    assert "Notes: Mention the weather in the speaker notes." in slides.text
    sheets = clean(read_file(book, LIMIT)).text.splitlines()
    assert "# Rounds" in sheets and "# Costs" in sheets
    assert "- Meeting: Third round | Venue: Vesterhavn | Outcome: Agreed. | Date: 2004-01-09." in sheets
    assert "- Meeting: Total | Venue: 1200 | Outcome: 800.5." in sheets  # 1200, not 1200.0; no empty cell
    assert [line for line in sheets if line.startswith("- Item: Travel")] == [
        "- Item: Travel | Amount: 1200.",
        "- Item: Travel | Amount: 1300.",
        "- Item: Travel | Amount: 1400.",
    ]
    protocol = clean(read_file(odt, LIMIT))
    assert protocol.title == "Border Protocols"
    assert "# Border Protocols" in protocol.text and "- Return of prisoners" in protocol.text
    assert "- Crossing: Narva bridge | Opened: 1995." in protocol.text


@pytest.fixture(scope="module")
def library(tmp_path_factory, embedder):
    corpus = tmp_path_factory.mktemp("formats")
    for name, (make, sentence, _, _) in FORMATS.items():
        make(corpus / name, sentence)
    bot = Assistant(store=tmp_path_factory.mktemp("store"), embedder=embedder)
    report = bot.ingest([corpus])
    assert sorted(report.added) == sorted(FORMATS), report.skipped
    assert not report.skipped
    return bot


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_unique_phrase_is_found_and_cited(library, name):
    _, _, phrase, question = FORMATS[name]
    top = library.search(phrase, k=3)[0]
    assert top.source == name and phrase in top.text
    answer = library.ask(question)
    assert not answer.abstained, answer.text
    cited = [c for c in answer.citations if c.source == name and phrase in c.quote]
    assert cited, [(c.source, c.quote) for c in answer.citations]
    text = library.document(name).text
    for c in cited:
        assert text[c.start : c.end] == c.quote


@pytest.mark.slow
def test_the_store_agrees_with_the_documents(library):
    check_consistent(library)
    sections = {p.section for p in library.search("Participants Norway Terje Lund host", k=5, mode="keyword")}
    assert "Participants" in sections  # a Word heading is the section of the rows under it


# -- damaged and protected files ---------------------------------------------------------------


def _zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


@pytest.mark.slow
def test_damaged_and_protected_files_are_named_and_nothing_else_is_lost(tmp_path, embedder):
    corpus = tmp_path / "c"
    corpus.mkdir()
    make_docx(corpus / "good.docx", "The Halvorsen channel carried messages between the two capitals.")
    (corpus / "garbage.docx").write_bytes(b"this is not a zip package at all")
    (corpus / "locked.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # what Excel writes
    _zip(corpus / "empty.pptx", {"hello.txt": b"a zip, but no presentation inside"})
    good_odt = tmp_path / "p.odt"
    make_odt(good_odt, "Set out.")
    (corpus / "cut.odt").write_bytes(good_odt.read_bytes()[:300])
    _zip(corpus / "locked.odt", {"META-INF/manifest.xml": b"<manifest:encryption-data/>", "content.xml": b"\x93"})
    _zip(corpus / "drm.epub", {"META-INF/encryption.xml": b'<CipherReference URI="OEBPS/one.xhtml"/>'})
    (corpus / "bad.csv").write_bytes(b"a,b\n\xff\xfe,broken")

    bot = Assistant(store=tmp_path / "s", embedder=embedder)
    report = bot.ingest([corpus])
    assert report.added == ["good.docx"]
    reasons = {Path(p).name: r for p, r in report.skipped.items()}
    assert set(reasons) == {"garbage.docx", "locked.xlsx", "empty.pptx", "cut.odt", "locked.odt", "drm.epub", "bad.csv"}
    assert "not a valid Word document" in reasons["garbage.docx"]
    assert "password-protected" in reasons["locked.xlsx"] and "Excel workbook" in reasons["locked.xlsx"]
    assert "PowerPoint presentation" in reasons["empty.pptx"]
    assert "OpenDocument text" in reasons["cut.odt"]
    assert "password-protected" in reasons["locked.odt"]
    assert "DRM" in reasons["drm.epub"]
    assert "UTF-8" in reasons["bad.csv"]
    assert "internal error" not in " ".join(reasons.values())
    # A damaged new version of an indexed file keeps what was indexed
    (corpus / "good.docx").write_bytes(b"PK\x03\x04 truncated")
    again = bot.ingest([corpus])
    assert "good.docx" in {Path(p).name for p in again.skipped} and not again.removed
    assert bot.search("Halvorsen channel", k=1)[0].source == "good.docx"
    check_consistent(bot)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b" " * 5_000_000)
    from dragoman.ingest.readers import SkipFile

    with pytest.raises(SkipFile, match="possible zip bomb"):
        read_file(bomb, 200_000)  # the file is small; 20 x 200 kB is less than what it unpacks to


@pytest.mark.slow
def test_the_library_tab_accepts_office_uploads(tmp_path, embedder):
    """The upload handler of the chat UI takes every new type and still names what it refuses."""
    from dragoman.assistant.library import Library

    make_docx(tmp_path / "memo.docx", "The Halvorsen channel carried messages between the two capitals.")
    make_csv(tmp_path / "notes.csv", "Carvalho proposed the Tessaly ceasefire line along the river")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    bot = Assistant(store=tmp_path / "s", embedder=embedder)
    library = Library(bot, bot.settings, tmp_path / "corpus", tmp_path / "uploads")
    report, table, _ = library.upload([str(tmp_path / n) for n in ("memo.docx", "notes.csv", "old.xls")])
    assert "<code>memo.docx</code>" in report and "<code>notes.csv</code>" in report
    assert "old.xls</code>: unsupported file type; upload txt, md" in report
    assert "The Northern Channel" in table and "notes.csv" in table
