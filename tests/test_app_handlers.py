"""The chat app's rough edges, through its handlers (no browser needed): empty questions, upload
reports, removal's confirmation step, titles in the document lists, the export file, and all of
these following the selected collection."""

from __future__ import annotations

import re

import gradio as gr
import pytest

import dragoman
from dragoman.assistant import render
from dragoman.assistant.app import _Handlers
from dragoman.assistant.library import Library, title_choices
from dragoman.assistant.switcher import Switcher

pytestmark = pytest.mark.slow

DOCS = {
    "oman.txt": "Oman mediated quietly between Iran and the United States for many years.\n",
    "notes_a.md": "# Field notes\n\nThe envoy Ilse Marant carried letters between the two capitals.\n",
    "notes_b.md": "# Field notes\n\nThe courier Pavo Tenn met the envoy at the border crossing.\n",
}


@pytest.fixture()
def lib(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    bot = dragoman.Assistant(store=tmp_path / "store", embedder=embedder)
    bot.ingest([corpus])
    return Library(bot, bot.settings, corpus, tmp_path / "store" / "uploads")


def _file(tmp_path, name: str, text: str) -> str:
    path = tmp_path / "sent" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_an_empty_question_adds_no_bubble(lib):
    handlers = _Handlers(lib.assistant)
    chat = [{"role": "user", "content": "earlier"}, {"role": "assistant", "content": "reply"}]
    for blank in ("", "   ", "\n\t"):
        outputs = list(handlers.respond(blank, chat, [], 3, "hybrid", False))
        assert outputs == [tuple(gr.skip() for _ in range(6))]  # nothing on the page changes
    [*_, last] = handlers.respond("Who carried letters between the two capitals?", chat, [], 3, "hybrid", False)
    assert len(last[1]) == len(chat) + 2 and last[4][-1].citations  # a real question still answers
    assert last[5]["interactive"] is True  # and the download button offers the conversation


def test_upload_reports_what_happened_never_a_false_success(lib, tmp_path):
    nothing = lib.upload([])[0]
    assert "Nothing to upload" in nothing and "dm-ok" not in nothing

    bad = lib.upload([_file(tmp_path, "budget.xyz", "a,b\n")])[0]
    assert "Nothing was indexed" in bad and "dm-ok" not in bad and "Uploaded" not in bad
    assert "0 added, 0 changed, 0 unchanged, 1 failed" in bad
    assert "budget.xyz" in bad and "unsupported file type" in bad

    good = _file(tmp_path, "treaty.md", "# Treaty of Vell\n\nThe Treaty of Vell was signed by Aron Quist.\n")
    added = lib.upload([good])[0]
    assert "Uploaded" in added and "dm-ok" in added and "1 added, 0 changed, 0 unchanged, 0 failed" in added

    again = lib.upload([good])[0]
    assert "Nothing new" in again and "dm-ok" not in again and "1 unchanged" in again

    mixed = lib.upload([_file(tmp_path, "more.md", "# More\n\nMore text about Vell.\n"), _file(tmp_path, "x.xyz", "")])
    assert "dm-ok" in mixed[0] and "1 added" in mixed[0] and "1 failed" in mixed[0]
    assert "Left out" in mixed[0] and "x.xyz" in mixed[0]


def test_removing_asks_first_and_names_the_document(lib):
    box, question, pending, report = lib.confirm_remove("oman.txt")
    assert box["visible"] is True and pending == "oman.txt" and report == ""
    assert "Remove" in question and "oman.txt" in question and "left alone" in question  # a corpus file
    assert "oman.txt" in {d.doc_id for d in lib.assistant.documents()}  # asking removed nothing

    box, question, pending, report = lib.confirm_remove(None)
    assert box["visible"] is False and pending is None and "Pick a document" in report

    html, _, choices = lib.remove("oman.txt")  # what "Yes, remove" calls with the pending id
    assert "Removed" in html and "oman.txt" not in {d.doc_id for d in lib.assistant.documents()}
    assert "oman.txt" not in {value for _, value in choices["choices"]}


def test_document_lists_show_titles_with_ids_as_values(lib):
    choices = title_choices(lib.assistant.documents())
    assert ("Field notes (notes_a.md)", "notes_a.md") in choices  # a shared title names its file
    assert ("Field notes (notes_b.md)", "notes_b.md") in choices
    oman = next(label for label, value in choices if value == "oman.txt")
    assert oman.startswith("Oman mediated") and oman != "oman.txt"
    _, dropdown = lib.library()
    assert dropdown["choices"] == choices and dropdown["value"] is None


def test_filter_choices_keep_what_is_still_there(lib):
    handlers = _Handlers(lib.assistant)
    update = handlers.filter_choices(["oman.txt", "gone.txt"])
    assert update["value"] == ["oman.txt"] and len(update["choices"]) == len(DOCS)


def test_export_file_is_the_conversation_as_markdown(lib):
    handlers = _Handlers(lib.assistant)
    assert handlers.export_file([])["interactive"] is False
    answer = lib.assistant.ask("Who carried letters between the two capitals?")
    update = handlers.export_file([answer])
    assert update["interactive"] is True and update["value"].endswith(".md")
    with open(update["value"], encoding="utf-8") as f:
        text = f.read()
    undated = lambda md: re.sub(r"Exported [\d-]+ [\d:]+", "Exported", md)
    assert undated(text) == undated(dragoman.export_markdown([answer]))
    assert answer.citations and f"[1] **{answer.citations[0].title}**" in text


def test_filter_export_and_removal_follow_the_selected_collection(lib, tmp_path):
    bot = lib.assistant
    folder = tmp_path / "brimwater"
    folder.mkdir()
    (folder / "compact.md").write_text(
        "# Brimwater Compact\n\nThe Brimwater Compact was signed in Oskel Harbour by envoy Ysolde Marrick.\n"
    )
    bot.open_collection("brim").ingest([folder])
    switcher = Switcher(bot, bot.settings, lib.corpus_dir, lib.uploads_dir)
    handlers = _Handlers(bot, switcher.bot)

    # the filter lists the selected collection's documents; ids of another collection are dropped
    other = handlers.filter_choices(["oman.txt"], "brim")
    assert other["choices"] == [("Brimwater Compact", "compact.md")] and other["value"] == []
    assert handlers.filter_choices(["oman.txt"], None)["value"] == ["oman.txt"]
    assert handlers.filter_choices(["oman.txt"], "deleted-meanwhile")["choices"] == []

    # switching: a new conversation (nothing to export), that collection's filter and library
    switched = switcher.switch("brim")
    chat, history, turns, panel, download, choices, table, doc_choice, report, confirm, pending = switched[:11]
    assert chat == history == turns == [] and panel == render.SOURCES_PLACEHOLDER and report == ""
    assert download["interactive"] is False
    assert choices["choices"] == doc_choice["choices"] == [("Brimwater Compact", "compact.md")]
    assert choices["value"] == [] and confirm["visible"] is False and pending is None
    assert "compact.md" in table and "oman.txt" not in table

    # the chat answers from the collection, within the filter, and exports what it answered
    question = "Who signed the Brimwater Compact in Oskel Harbour?"
    *_, last = handlers.respond(question, [], [], 3, "hybrid", False, None, False, "brim", ["compact.md"])
    answer = last[4][-1]
    assert "Ysolde Marrick" in answer.text and {c.source for c in answer.citations} == {"compact.md"}
    with open(last[5]["value"], encoding="utf-8") as f:
        assert "`compact.md`" in f.read()
    *_, wrong = handlers.respond(question, [], [], 3, "hybrid", False, None, False, "brim", ["oman.txt"])
    assert "oman.txt" in wrong[2] and "Could not answer" in wrong[2]  # a default document is not in 'brim'

    # /ask takes both
    result = handlers.ask_api(question, collection="brim", sources=["compact.md"])
    assert {c["source"] for c in result["citations"]} == {"compact.md"}
    with pytest.raises(gr.Error, match=r"oman\.txt"):
        handlers.ask_api(question, collection="brim", sources=["oman.txt"])
    assert "Ysolde Marrick" not in handlers.ask_api(question)["text"]  # the default collection

    # removal asks, and removes, in the selected collection only
    assert switcher.confirm_remove("compact.md", None)[2] is None  # not in the default collection
    box, text, pending, report = switcher.confirm_remove("compact.md", "brim")
    assert box["visible"] is True and pending == "compact.md" and "Brimwater Compact" in text
    assert "Collection not found" in switcher.confirm_remove("compact.md", "deleted-meanwhile")[3]
    html, _, doc_choice = switcher.remove(pending, "brim")
    assert "Removed" in html and doc_choice["choices"] == []
    assert bot.open_collection("brim").documents() == [] and len(bot.documents()) == len(DOCS)


def test_reindex_and_upload_show_each_file_as_it_is_read(lib, tmp_path):
    shown: list[tuple] = []

    def progress(value, desc=None, unit=None):
        shown.append((value, desc, unit))

    (lib.corpus_dir / "new.md").write_text("# New\n\nThe envoy Rhea Stone reached the border.\n", encoding="utf-8")
    lib.reindex(progress=progress)
    files = [s for s in shown if s[2] == "files"]  # the one file read, numbered among the 4 found
    assert files == [((sorted([*DOCS, "new.md"]).index("new.md") + 1, len(DOCS) + 1), "Reading new.md", "files")]
    shown.clear()
    lib.upload([_file(tmp_path, "up.md", "# Up\n\nUploaded text about Rhea Stone.\n")], progress=progress)
    assert any(desc == "Reading up.md" and unit == "files" for _, desc, unit in shown), shown


def test_a_follow_up_in_the_chat_is_asked_with_the_answers_before_it(lib, monkeypatch):
    """The chat keeps each turn's Answer: a follow-up reads again what the last one quoted."""
    from dragoman.assistant.answer import Answer

    handlers = _Handlers(lib.assistant)
    asked: list = []
    real = lib.assistant.ask_stream

    def spy(question, history=None, **options):
        asked.append(list(history or []))
        return real(question, history=history, **options)

    monkeypatch.setattr(lib.assistant, "ask_stream", spy)
    [*_, first] = handlers.respond("Who carried letters between the two capitals?", [], [], 3, "hybrid", False)
    chat, history, turns = first[1], first[3], first[4]
    [*_, then] = handlers.respond("When?", chat, history, 3, "hybrid", False, turns=turns)
    assert asked[0] == [] and asked[1] == turns and all(isinstance(t, Answer) for t in asked[1])
    assert then[4][-1].question == "When?" and len(then[4]) == 2
