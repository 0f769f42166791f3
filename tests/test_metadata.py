"""Document metadata: what a file states of itself (title, authors, date, publisher) is read at
ingest from real files written here by each format's own library, stored with the document,
shown escaped on source cards and in the library, and answers "who wrote it?" when the text
does not say; a file that states nothing gets nothing invented."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

import dragoman
from dragoman.assistant import render
from dragoman.assistant.app import _Handlers
from dragoman.assistant.extractive import compose
from dragoman.assistant.library import Library
from dragoman.assistant.settings import AnswerSettings
from dragoman.index.byline import byline, clean_value, iso_date, split_authors
from dragoman.ingest.readers import read_html
from tests.test_compose import evidence
from tests.test_generative import ScriptedLLM
from tests.test_readers import make_pdf

BODY = (
    "The harbour talks began in Bergen in early spring and lasted for three weeks. "
    "Both delegations agreed to keep the meetings away from the press."
)
LD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "name": "Diplomacy Notes"},
        {
            "@type": "NewsArticle",
            "headline": "A New Back Channel",
            "author": [{"@type": "Person", "name": "Rick Moss"}],
            "datePublished": "2022-01-18T09:00:00Z",
            "publisher": {"@type": "Organization", "name": "ISD"},
        },
    ],
}
ARTICLE = f"""<!doctype html><html><head><title>A New Back Channel | ISD</title>
<meta name="citation_author" content="Moss, Rick">
<meta property="article:published_time" content="2022-01-19T10:00:00Z">
<meta property="og:site_name" content="Institute for the Study of Diplomacy">
<meta name="generator" content="WordPress 6.1">
<script type="application/ld+json">{json.dumps(LD)}</script>
</head><body><h1>A New Back Channel</h1>
<p>Kissinger relied on a back channel to the Soviet ambassador Anatoly Dobrynin for years.
The channel let both sides test proposals before any formal talks began.</p></body></html>"""
HOSTILE = """<html><head>
<meta name="author" content="<script>alert('author')</script>">
<meta property="og:site_name" content="<img src=x onerror=alert(1)> **Press**">
</head><body><h1>Lighthouse keepers</h1>
<p>The lighthouse keepers of Utsira kept a log of every passing ship for ninety years.</p></body></html>"""


# -- reading: pure, no store ----------------------------------------------------------------
def test_html_meta_tags_and_json_ld_are_read_and_normalised() -> None:
    doc = read_html(ARTICLE)
    assert doc.metadata == {
        "title": "A New Back Channel",  # JSON-LD headline (no citation_title / og:title here)
        "authors": ["Rick Moss"],  # Highwire's "Last, First" turned round
        "published": "2022-01-19",  # a <meta> tag is preferred to JSON-LD
        "publisher": "Institute for the Study of Diplomacy",
    }
    only_ld = read_html(f"<script type='application/ld+json'>{json.dumps(LD)}</script><p>Text of the page.</p>")
    assert only_ld.metadata == {
        "title": "A New Back Channel",
        "authors": ["Rick Moss"],
        "published": "2022-01-18",
        "publisher": "ISD",
    }
    assert only_ld.title == "A New Back Channel"  # no <h1> or <title>: the stated title


def test_junk_and_broken_metadata_are_no_statement() -> None:
    page = """<html><head><meta name="author" content="admin"><meta name="date" content="soon">
    <meta property="og:title" content="Untitled"><meta property="article:author" content="https://facebook.com/x">
    <script type="application/ld+json">{"@type": "Article", "author": </script></head><body><p>Text.</p></body></html>"""
    assert read_html(page).metadata == {}
    for junk in ("Unknown", "admin", "Microsoft Word - report.docx", "Document1", "python-docx", " ", "report.pdf"):
        assert clean_value(junk) == "", junk
    assert split_authors("jsmith") == [] and split_authors("Jane Roe; John Doe") == ["Jane Roe", "John Doe"]
    assert split_authors("Doe, Jane") == ["Doe, Jane"]  # one name written surname first stays whole
    assert [iso_date(v) for v in ("D:20200203040506Z", "2022-01-19T10:00:00Z", "19 Jan 2022", "March 2021")] == [
        "2020-02-03",
        "2022-01-19",
        "2022-01-19",
        "2021-03",
    ]
    assert [iso_date(v) for v in ("1601-01-01", "2022-13-40", "0000", "later", 3)] == [None] * 5


def test_epub_dublin_core_and_opendocument_meta_are_read(tmp_path) -> None:
    from ebooklib import epub
    from odf import dc, meta, text
    from odf.opendocument import OpenDocumentText

    from dragoman.ingest.readers import read_file

    book = epub.EpubBook()
    book.set_identifier("harbour-1")
    book.set_title("Harbour Letters")
    book.add_author("Ann Lee")
    book.add_metadata("DC", "date", "1999-04-01")
    book.add_metadata("DC", "publisher", "Harbour Press")
    chapter = epub.EpubHtml(title="One", file_name="one.xhtml")
    chapter.content = "<html><body><p>The first letter reached the harbour master in April.</p></body></html>"
    book.add_item(chapter)
    book.spine = [chapter]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    epub.write_epub(str(tmp_path / "letters.epub"), book)
    assert read_file(tmp_path / "letters.epub", 10**8).metadata == {
        "title": "Harbour Letters",
        "authors": ["Ann Lee"],
        "published": "1999-04-01",
        "publisher": "Harbour Press",
    }
    odt = OpenDocumentText()
    odt.meta.addElement(dc.Title(text="Ferry Notes"))
    odt.meta.addElement(meta.InitialCreator(text="Erik Berg"))
    odt.meta.addElement(dc.Creator(text="admin"))  # who saved it last, not the author
    odt.meta.addElement(meta.CreationDate(text="2019-08-07T10:00:00"))
    odt.text.addElement(text.P(text="The ferry leaves the outer islands at dawn."))
    odt.save(str(tmp_path / "ferry.odt"))
    stated = read_file(tmp_path / "ferry.odt", 10**8).metadata
    assert stated == {"title": "Ferry Notes", "authors": ["Erik Berg"], "published": "2019-08-07"}


def test_a_by_line_is_read_only_when_it_plainly_says_so() -> None:
    text = "Harbour Talks\n\nBy Jane Roe and John Doe | Published: 3 March 2021\n\n" + BODY
    found = byline(text, "Harbour Talks")
    assert found.authors == ("Jane Roe", "John Doe") and found.published == "2021-03-03"
    assert text[slice(*found.authors_span)] == "By Jane Roe and John Doe | Published: 3 March 2021"
    for title_like in ("By Design\n\n" + BODY, "Notes\nBy the way the talks went on\n\n" + BODY):
        assert byline(title_like).authors == ()
    assert byline("Notes\nReceived 3 Jan 2021; accepted 5 Feb 2021\n\n" + BODY).published is None
    assert byline("Notes\nVolume 7 Issue 1 Year 2026\n\n" + BODY).published is None  # a bare year, unlabelled
    assert byline(BODY) == byline("")  # no front matter, nothing


def test_a_by_line_gives_its_signers_offices_and_where_it_is_dated_apart_from_their_names() -> None:
    letter = (
        "Annual Report 2023\n\nBy Ingrid Solberg, Chief Executive Officer, and Tomas Ekdahl, Chief Financial Officer"
    )
    assert byline(letter + " Bergen, Norway, 14 March 2024\n\n" + BODY).authors == ("Ingrid Solberg", "Tomas Ekdahl")
    assert byline("Notes\n\nBy Tom Hale, Professor of History at Leeds\n\n" + BODY).authors == ("Tom Hale",)
    assert byline("Notes\n\nBy Mark Head\n\n" + BODY).authors == ("Mark Head",)  # (first, an office's word is a name)
    assert byline("Notes\n\nBy Jane Doe, Oslo\n\n" + BODY).authors == ()  # (no date: a place is not told apart)


def test_an_answer_from_metadata_cites_nothing_and_says_where_it_comes_from() -> None:
    text = "The harbour talks began in Bergen in the spring of 2003 and lasted for three weeks.\n"
    question = "Who wrote the report on the harbour talks?"
    ev = evidence(question, {"talks.pdf": text}, {})
    doc = ev.documents["talks.pdf"]
    info = dataclasses.replace(doc.info, metadata={"authors": ["Aino Virta", "Erik Berg"], "published": "2020-02-03"})
    ev = dataclasses.replace(ev, documents={"talks.pdf": dataclasses.replace(doc, info=info)})
    answer = compose(question, ev, AnswerSettings())
    assert not answer.abstained and answer.mode == "metadata" and answer.citations == []
    assert answer.text == "According to the file's metadata (talks.pdf), the authors are Aino Virta and Erik Berg."
    assert "not from its text" in (answer.notice or "")

    # a by-line in the text is quoted instead, cited exactly; the metadata is not used
    front = "Harbour Talks\n\nBy Jane Roe and John Doe\n\n" + text
    ev2 = evidence(question, {"talks.pdf": front}, {})
    titled = dataclasses.replace(info, title="Harbour Talks")
    ev2 = dataclasses.replace(
        ev2, documents={"talks.pdf": dataclasses.replace(ev2.documents["talks.pdf"], info=titled)}
    )
    cited = compose(question, ev2, AnswerSettings())
    assert cited.mode == "extractive" and "metadata" not in cited.text
    assert [c.quote for c in cited.citations] == ["By Jane Roe and John Doe"]
    assert all(front[c.start : c.end] == c.quote for c in cited.citations)


# -- real files, a real store ---------------------------------------------------------------
def make_files(folder: Path) -> None:
    import docx
    from fpdf import FPDF

    folder.mkdir()
    (folder / "article.html").write_text(ARTICLE, encoding="utf-8")
    (folder / "hostile.html").write_text(HOSTILE, encoding="utf-8")
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.set_author("Aino Virta")
    pdf.set_title("Microsoft Word - harbour.docx")  # what Word's PDF export writes: no title
    pdf.set_creation_date(dt.datetime(2020, 2, 3, 4, 5, 6, tzinfo=dt.UTC))
    pdf.set_producer("Acme PDF Library")  # software, not a publisher
    pdf.multi_cell(0, 10, BODY)
    pdf.output(str(folder / "harbour.pdf"))
    d = docx.Document()
    props = d.core_properties
    props.author, props.title, props.created = "Erik Berg", "Lighthouse Logs", dt.datetime(2019, 8, 7, 10, 0)
    d.add_paragraph("The keepers wrote the weather into the log at six every morning and every evening.")
    d.save(str(folder / "logs.docx"))
    (folder / "byline.md").write_text(
        "# Border Crossings\n\nBy Jane Roe and John Doe\n\nPublished: 3 March 2021\n\n"
        "The courier met the envoy at the border crossing every second Tuesday, carrying sealed letters.\n",
        encoding="utf-8",
    )
    (folder / "notes.txt").write_text("Ferries to the outer islands stop running in the winter storms.\n")
    para = "Couriers who carry sealed letters over a frontier for an envoy break no statute by doing so."
    (folder / "lawful.txt").write_text(  # a saved web page: its site's name repeated as masthead and footers
        "\n\n".join(["Border Couriers: Lawful Or Not?", "ferrywatch", para, "ferrywatch", para, "ferrywatch"]),
        encoding="utf-8",
    )
    make_pdf(folder / "plain.pdf", ["The plain memo lists the ferry timetable for the islands."])


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("meta")
    make_files(root / "corpus")
    bot = dragoman.Assistant(store=root / "store", embedder=embedder)
    report = bot.ingest([root / "corpus"])
    assert not report.skipped, report.skipped
    bot.corpus = root / "corpus"  # type: ignore[attr-defined]
    return bot


@pytest.mark.slow
def test_ingest_stores_what_each_file_states(bot) -> None:
    meta = {d.doc_id: dict(d.metadata) for d in bot.documents()}
    assert meta["article.html"] == {
        "title": "A New Back Channel",
        "authors": ["Rick Moss"],
        "published": "2022-01-19",
        "publisher": "Institute for the Study of Diplomacy",
    }
    assert meta["harbour.pdf"] == {"authors": ["Aino Virta"], "published": "2020-02-03"}  # no title, no producer
    assert meta["logs.docx"] == {"title": "Lighthouse Logs", "authors": ["Erik Berg"], "published": "2019-08-07"}
    assert meta["byline.md"] == {"authors": ["Jane Roe", "John Doe"], "published": "2021-03-03"}  # from its by-line
    assert meta["notes.txt"] == {} and meta["plain.pdf"] == {}  # nothing stated, nothing invented
    assert bot.document("harbour.pdf").metadata == meta["harbour.pdf"]
    assert bot.document("harbour.pdf").info.title != "Microsoft Word - harbour.docx"


@pytest.mark.slow
def test_who_wrote_it_is_answered_from_metadata_when_the_text_has_no_by_line(bot) -> None:
    answer = bot.ask("Who wrote the report on the harbour talks?", sources=["harbour.pdf"])
    assert not answer.abstained and answer.mode == "metadata" and answer.citations == []
    assert answer.text.startswith("According to the file's metadata (harbour.pdf), the author is Aino Virta")
    when = bot.ask("When was the report on the harbour talks published?", sources=["harbour.pdf"])
    assert "the publication date is 2020-02-03" in when.text and not when.citations
    panel = render.sources_html(
        answer, lambda s: bot.document(s).text, False, metadata=lambda s: bot.document(s).metadata
    )
    assert "dm-from-metadata" in panel and "Aino Virta · 2020-02-03" in panel
    # the language model never sees the file's metadata: it is not asked (this one fails if it is)
    generative = dragoman.Assistant(settings=bot.settings, embedder=bot.index.embedder, llm=ScriptedLLM.make())
    assert generative.ask("Who wrote the report on the harbour talks?", sources=["harbour.pdf"]) == answer

    # a by-line in the text answers with the line itself, cited exactly
    byline_answer = bot.ask("Who wrote the article on border crossings?", sources=["byline.md"])
    assert byline_answer.mode == "extractive" and byline_answer.citations
    for c in byline_answer.citations:
        assert bot.document(c.source).text[c.start : c.end] == c.quote
    assert any("Jane Roe" in c.quote for c in byline_answer.citations)

    # a file that states no author gets none
    nothing = bot.ask("Who wrote the document on ferries to the outer islands?", sources=["notes.txt"])
    assert "metadata" not in nothing.text and nothing.mode != "metadata"


@pytest.mark.slow
def test_a_document_described_in_other_words_gets_its_title_and_its_sites_name_cited(bot) -> None:
    assert bot.document("lawful.txt").metadata == {"publisher": "ferrywatch"}  # the name its page repeats
    title = bot.ask("What is the headline of the piece asking whether taking letters to a diplomat is illegal?")
    assert [c.quote for c in title.citations][:1] == ["Border Couriers: Lawful Or Not?"]
    site = bot.ask("Which website published the page on whether couriers of sealed letters break the law?")
    assert [c.quote for c in site.citations][:1] == ["ferrywatch"]
    for c in title.citations + site.citations:
        assert bot.document(c.source).text[c.start : c.end] == c.quote


@pytest.mark.slow
def test_stated_values_show_escaped_on_source_cards_and_in_the_library(bot) -> None:
    handlers = _Handlers(bot)
    [*_, last] = handlers.respond("Who kept a log of every passing ship?", [], [], 3, "hybrid", False)
    panel = last[2]
    assert "data-source='hostile.html'" in panel
    assert "<script>" not in panel and "<img" not in panel
    assert "&lt;script&gt;alert(&#x27;author&#x27;)&lt;/script&gt;" in panel and "&lt;img src=x" in panel

    [*_, last] = handlers.respond(
        "Who wrote the document on the lighthouse keepers of Utsira?", [], [], 3, "hybrid", False
    )
    assert last[4][-1].mode == "metadata" and "alert" in last[4][-1].text  # the answer states it, as the file's
    bubble, panel = last[1][-1]["content"], last[2]
    assert "<script>" not in bubble and "&lt;script&gt;" in bubble and "<script>" not in panel

    [*_, last] = handlers.respond("Who relied on a back channel to Dobrynin?", [], [], 3, "hybrid", False)
    assert "Rick Moss · 2022-01-19 · Institute for the Study of Diplomacy" in last[2]

    lib = Library(bot, bot.settings, bot.corpus, bot.corpus.parent / "uploads")
    table = lib.library()[0]
    assert "Erik Berg · 2019-08-07" in table and "<script>" not in table and "&lt;script&gt;" in table


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Who wrote it and on what date was it published?", {"author", "date"}),
        ("When was the article published?", {"date"}),
        ("In which year did the talks collapse?", set()),  # a date in the text, not the document's
        ("what year is the small states mediation journal article from", {"date"}),
        ("How recent is the paper on quiet talks?", {"date"}),
        ("Which year was the ceasefire from?", set()),
        ("How old is the channel the article describes?", set()),  # the channel's age, not the article's
        ("How recent is the data it cites?", set()),
        ("What's the headline of the explainer asking whether it is legal?", {"title"}),
        ("What is the small states paper called?", {"title"}),
        ("What is the name of the programme described in the article?", set()),  # not the article's name
        ("What was headline inflation in 2022?", set()),  # a headline figure, not a document's headline
        ("What is the name of the report's author?", {"author"}),
        ("Which institute is the author of the Moscow article with?", {"author", "affiliation"}),
        ("Which institute first offered the channel?", set()),  # not the author's
        ("Who is the author of the report on university funding?", {"author"}),  # what it is about
        ("Where does the author of the paper work?", {"author", "affiliation"}),
        ("Who is the writer of the op-ed on ferries?", {"author"}),
        ("Who's the author of the piece?", {"author"}),
        ("By whom was the study written?", {"author"}),
        (
            "Who were the writers of the text about couriers, and which university are they at?",
            {"author", "affiliation"},
        ),
        ("What's the heading of the text on legality?", {"title"}),
        ("Who wrote the letters the courier carried?", set()),  # no document asked about
        ("What is the heading of the second column?", set()),
        ("On what date did the article come out?", {"date"}),
        ("When did the truth come out?", set()),  # no document asked about
        ("What name or site is the explainer credited to?", {"author", "venue"}),
        ("Which quote is attributed to Kissinger in the article?", set()),
        # ... and not of something else the question names (a review's cases)
        ("By whom was the Oslo agreement written?", set()),
        ("Who was the writer of the letter Nixon sent?", set()),
        ("When did it come out that Burns had gone to Moscow?", set()),
        ("Which city or site hosted the talks?", set()),
        ("What is the name of the text message Burns sent?", set()),
        ("What is it attributed to?", set()),
        # where its author works, asked beside something else ("its author", "the writer")
        (
            "Which publication carried the article and what institution is its author attached to?",
            {"venue", "affiliation"},
        ),
        ("What outlet ran the story and what group is the writer with?", {"venue", "affiliation"}),
        ("Which university funded the study?", set()),
        # when it appeared or ran; its by-line; its headline "on" it
        ("Who wrote the article, and on what date did it appear?", {"author", "date"}),
        ("Whose byline is on the Moscow piece, and what date did it run?", {"author", "date"}),
        ("When did the talks in the paper run?", set()),  # the talks', not the paper's
        ("When did the term first appear in the article?", set()),
        ("What's the headline on the legal explainer?", {"title"}),
        ("Who penned the essay, in which outlet did it appear, and on what date?", {"author", "venue", "date"}),
        ("Who led the talks, and when?", set()),  # nothing asked of a document
        ("moscow back channel article - author? when did it go up?", {"author", "date"}),
        ("When did the piece about a new channel to Moscow come out?", {"date"}),
        ("In which volume did the study appear, and what is its print ISSN?", {"venue", "identifier"}),
        ("What is the DOI of the cited study?", set()),  # another work's
        ("When did it run? (Kashmir, Srinagar)", set()),  # a follow-up on a bus, no document named
        ("What is the free-rider problem? When did it appear?", set()),
        ("What is the official title of the report?", {"title"}),
        ("What title did Egeland hold?", set()),  # a person's
        ("My draft cites the piece as Is It Illegal - what's its actual headline?", {"title"}),
        ("What was the headline figure for 2022?", set()),
        ("Which university are the authors from, and what volume is it?", {"venue", "affiliation"}),
        ("Rafique paper - authors' institution?", {"affiliation"}),
        ("moscow article -- byline and date?", {"author", "date"}),
        ("Which blog ran the piece, and which institute is behind it?", {"venue", "affiliation"}),
        ("the ethics piece - what happens when secret deals come out?", set()),  # the deals', not the piece's
        ("Which specialist commented in the article, and what is her academic title?", set()),  # a person's title
        ("somerville moscow piece - publication date and outlet?", {"date", "venue"}),
        ("What is the publication date of the ferry report?", {"date"}),
        ("What was the release date of the new ferry?", set()),  # a thing's, not the report's
        ("Which media outlet did Qatar fund?", set()),  # a subject of the documents
        ("Which state closed the outlet?", set()),
        ("Where was the summit held, and what was the venue?", set()),
        # "credited on the piece", "her co-author" (not a subject credited with something)
        ("Who is the name credited on the piece asking whether ferries are legal?", {"author"}),
        ("Which country is credited with the Oslo talks in the paper?", set()),
        ("And who is her co-author, and what is his academic standing?", {"author", "affiliation"}),
        ("When did the georgetown blog post about a new ferry come out?", {"date"}),
        ("Briefly, what title does the document examining ferry law bear?", {"title"}),
        ("Who were the co-authors of the Oslo Accords?", set()),  # a subject's
        ("Who is credited with the report's central finding?", set()),
        # "the persons that wrote it"; where "the first author" works
        ("Who are the persons that wrote it, and which position has the first author?", {"author", "affiliation"}),
        ("Which people wrote the ferry explainer?", {"author"}),
        ("Which scholars wrote about the ferry?", set()),  # no document named
        ("and what university is the lead author at?", {"affiliation"}),
        ("When did the ferry article come out, and which university institute is it from?", {"date", "affiliation"}),
        ("Which institute is it from?", set()),  # (asked of nothing said to be a document)
        ("What's its headline, and what's that site name between the sections?", {"title", "venue"}),
        ("What is the site of the summit?", set()),
        ("Give the exact title of the ferry report and the website or outlet it appears on.", {"title", "venue"}),
        (
            "Give the title of the ferry article and the publication and institute under which it appeared?",
            {"title", "venue", "affiliation"},
        ),
        (
            "Identify the publication and the institute that 'A new ferry to Arran?' comes from.",
            {"venue", "affiliation"},
        ),
        ("Name the site of the summit.", set()),
        ("Identify the journal entries for recording depreciation.", set()),  # (no document named)
        ("Name the website where I can renew my passport.", set()),
        ("What outlet is the ferry post on? Some think tank blog?", {"venue", "affiliation"}),
        ("Which think tank funds the ferry?", set()),  # (nothing asked of a document)
        ("Identify (a) the publication and (b) the institute behind the ferry article.", {"venue", "affiliation"}),
        ("Who led the talks and the newspaper?", set()),  # nothing asked of a document
        ("Where did the ferry back-channel piece actually run and on what date?", {"venue", "date"}),
        ("Where did the talks in the ferry paper run?", set()),  # (near miss: the talks, not a document)
        ("Where did the sleep study run, and for how long?", set()),  # (a study run: trial, not a publication)
        ("Who wrote the article on sourdough, and where is the bakery based?", {"author"}),
        ("What is the exact headline of the Muir article, and what institution is he with?", {"title", "affiliation"}),
        ("What institution is he with?", set()),  # (near miss: nothing asked of a document)
        ("what is that ferry piece actually titled, and what site published it?", {"title", "venue"}),
        ("What is the ferry titled to, and why?", set()),  # (near miss: a ferry's title, no document)
        # (the asker's version after it, which the answer may correct, asks nothing; a colon right after the kind)
        (
            "The ferry article: byline, date and publication? I've got it down as a Troon Times piece.",
            {"author", "date", "venue"},
        ),
        ("Ferry talks: date?", set()),  # (near miss: no document named)
    ],
)
def test_what_a_question_asks_of_the_document_itself(question, kinds) -> None:
    from dragoman.assistant.metadata import metadata_asked

    assert metadata_asked(question) == kinds


def test_where_the_author_works_is_read_from_the_author_box_after_the_text() -> None:
    from dragoman.assistant.metadata import metadata_asked
    from dragoman.assistant.stated_metadata import metadata_spans

    text = (
        "A new ferry to the islands\n\nJane Roe\nThe Harbour Notes\n\n"
        "The ferry runs twice a week and carries letters, parcels and the odd passenger between the outer "
        "islands and the mainland, whatever the weather and the season.\n\n"
        "Jane Roe\nThe Harbour Notes\n\nInstitute for Island Studies, Nordland University. Writing about ferries.\n"
    )
    asked = metadata_asked("Which institute is the author of the ferry article with?")
    quotes = [text[a:b] for a, b in metadata_spans(text, "A new ferry to the islands", asked)]
    assert quotes[0] == "Jane Roe\nThe Harbour Notes"  # the by-line
    assert quotes[-1].startswith("Jane Roe\nThe Harbour Notes") and quotes[-1].endswith("Writing about ferries.")
    # not past a line of prose or another name (a transcript's speakers)
    talk = text.replace("Institute for Island Studies", "Tom Poe\n\nWhen I left the Institute")
    assert [talk[a:b] for a, b in metadata_spans(talk, "A new ferry to the islands", asked)] == [
        "Jane Roe\nThe Harbour Notes"
    ]
    # asked only who wrote it: the by-line alone
    assert [text[a:b] for a, b in metadata_spans(text, "", {"author"})] == ["Jane Roe\nThe Harbour Notes"]


def test_a_documents_card_is_its_lede_and_opening_prose_not_its_identifiers_and_addresses() -> None:
    from dragoman.assistant.evidence import _opening

    text = (
        "ISSN (E): 2959-0272\n\nVolume 7 Issue 1 Year 2026\n\nQuiet Ferries: A Study\n\nJane Roe\n\n"
        "Assistant Professor. Harbour Department. Nordland University.\n\n"
        "How the small ferries of the north carry letters between the islands.\n\n"
        "This paper explains why ferries matter to islanders, who depend on them for letters, parcels, "
        "medicine and news from the mainland in every season of the year.\n"
    )
    card = _opening(text)
    assert card.startswith("How the small ferries of the north carry letters") and "This paper explains" in card
    assert "ISSN" not in card and "Jane Roe" not in card and "Assistant Professor" not in card


def test_a_document_described_by_its_subject_answers_not_anothers_author_box() -> None:
    """ "Who wrote the text about ferries ...?": the by-line of the document about ferries (its title
    and opening fit the question), though another document's author box says "University" closer."""
    import numpy as np

    from tests.test_compose import DIM, unit

    question = "Who are the writers of the text about ferries in winter, and which university are they at?"
    docs = {
        "ferries.txt": "Ferries In Winter\n\nBy Jane Roe and John Doe\n\nThe ferries stop in the winter storms. "
        + BODY,
        "moscow.txt": "A New Channel\n\n" + BODY + "\n\nRick Moss\nHarbour University. Writing about envoys.\n",
    }
    ev = evidence(question, docs, {"Harbour University": 0})
    ev = dataclasses.replace(ev, card_vectors={"ferries.txt": unit(0), "moscow.txt": unit(DIM - 1)})
    answer = compose(question, ev, AnswerSettings())
    assert {c.source for c in answer.citations} == {"ferries.txt"}, answer.text
    assert any("Jane Roe" in c.quote for c in answer.citations)
    assert np.isclose(float(ev.card_vectors["ferries.txt"] @ ev.question_vector), 1.0)


def test_a_document_said_to_be_on_a_subject_is_the_one_saying_it_side_by_side() -> None:
    """ "Who wrote the paper on small ports, and which university are they at?": not the document whose author box
    says "University" and whose text says "small" and "ports" apart, however well that line answers, when another
    says "small ports"."""
    from tests.test_compose import DIM, unit

    question = "Who are the writers of the paper on small ports, and which university are they at?"
    docs = {
        "ports.txt": "Harbours Of The North\n\nBy Jane Roe and John Doe\n\nSmall ports run the ferries. " + BODY,
        "moscow.txt": "A New Channel\n\nA small crew sailed to the ports of the north. "
        + BODY
        + "\n\nRick Moss\nInstitute for Harbour Studies, Harbour University. Writing about envoys and ferries.\n",
    }
    ev = evidence(question, docs, {"Harbour University": 0})
    ev = dataclasses.replace(ev, card_vectors={"ports.txt": unit(DIM - 1), "moscow.txt": unit(DIM - 1)})
    answer = compose(question, ev, AnswerSettings())
    assert {c.source for c in answer.citations} == {"ports.txt"}, answer.text


def test_a_by_line_said_again_is_quoted_once() -> None:
    from types import SimpleNamespace

    from dragoman.assistant.about_document import _quoted_once

    spans = [
        SimpleNamespace(text=t) for t in ("Rick Moss\nISD", "Rick  Moss ISD", "Rick Moss\nISD\n\nHistorian", "2022")
    ]
    assert [s.text for s in _quoted_once(spans)] == ["Rick Moss\nISD\n\nHistorian", "2022"]  # type: ignore[arg-type]


def test_a_hedge_between_who_and_wrote_still_asks_the_author() -> None:
    from dragoman.assistant.metadata import metadata_asked

    assert metadata_asked("Who actually wrote the ferry paper?") == {"author"}
    assert metadata_asked("who even wrote the ferry paper") == {"author"}
    # (a remark after the question: "need it for my citation")
    assert metadata_asked("what year is the ferry paper from? need it for my citation") == {"date"}
    assert metadata_asked("What year is the paper from, and where are its authors from?") == {"date", "affiliation"}
    # (the nouns asked first, then the document: "author/date/venue of the ferry piece?")
    assert metadata_asked("author/date/venue of the ferry piece?") == {"author", "date", "venue"}
    assert metadata_asked("dates and places of the sailings in the paper?") == set()
    assert metadata_asked("'A new ferry to Troon?' -> author/date/venue") == {"author", "date", "venue"}
    assert metadata_asked("authors and affiliation for 'A New Ferry To Troon'?") == {"author", "affiliation"}
    assert metadata_asked("Date and venue of the shareholder meeting described in the report?") == set()
    assert metadata_asked("How old is the patient in the report? What dose was given?") == set()
    assert metadata_asked("The big question from the headline - is it legal?") == set()  # (quoted for, not asked)


def test_whether_a_document_names_an_author_asks_for_its_author() -> None:
    from dragoman.assistant.metadata import metadata_asked

    asked = "Does the ferry article name an individual author; what attribution label appears on its sections?"
    assert metadata_asked(asked) == {"author"}
    assert metadata_asked("What attribution does Jacob make for the failure?") == set()
    assert metadata_asked("Name an author the paper cites on back channels.") == set()  # (not its own)


def test_a_short_description_of_a_document_is_said_by_it_side_by_side() -> None:
    from dragoman.assistant.coverage import said_together

    ferry = "Small ports run the Arran ferry. The small-port model spread."
    other = "A small crew sailed. The ports of the United States were closed."
    assert said_together("small ports", ferry) and not said_together("small ports", other)
    assert said_together("small ports opens with", ferry)  # (a verb caught with it)
    assert not said_together("small ports opens with", ferry, every=True)
    assert said_together("ferry", other)  # (one word, or more than three: nothing asked)
