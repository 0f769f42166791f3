"""The chat app's rough edges, through its handlers (no browser needed): empty questions, upload
reports, removal's confirmation step, titles in the document lists, the export file."""

from __future__ import annotations

import re

import gradio as gr
import pytest

import dragoman
from dragoman.assistant.app import _Handlers
from dragoman.assistant.library import Library, title_choices

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
