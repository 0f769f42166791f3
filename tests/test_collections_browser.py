"""Collections in the chat UI, in a real browser: create one, fill it, switch, delete it; the
document filter, the export and removal follow the collection selected."""

from __future__ import annotations

import re

import pytest

from tests.app_helpers import ARTIFACTS, BROWSER_MARKS, RunningApp, browser_page, choose, shared_app

pytestmark = BROWSER_MARKS

TIMEOUT = 60_000
BRIMWATER = "The Brimwater Compact was signed in Oskel Harbour in 1742 by envoy Ysolde Marrick.\n"
QUESTION = "Who signed the Brimwater Compact in Oskel Harbour?"


@pytest.fixture(scope="module")
def page(running: RunningApp):
    with browser_page(running.url) as page:
        yield page


@pytest.fixture(scope="module")
def running() -> RunningApp:
    return shared_app()


def wait_text(page, selector: str, text: str, present: bool = True) -> None:
    page.wait_for_function(
        "([sel, text, present]) => { const e = document.querySelector(sel);"
        " return !!e && e.innerText.includes(text) === present; }",
        arg=[selector, text, present],
        timeout=TIMEOUT,
    )


def select_collection(page, name: str) -> None:
    page.click("#collection input")
    page.get_by_role("option", name=name, exact=True).click()
    page.wait_for_function(
        "(name) => document.querySelector('#collection input').value === name", arg=name, timeout=TIMEOUT
    )


def ask(page, question: str) -> str:
    page.get_by_role("tab", name="Chat").click()
    page.click("#clear-btn")
    page.wait_for_selector("#sources .dm-placeholder", timeout=TIMEOUT)
    page.fill("#question textarea", question)
    page.click("#ask-btn")
    page.wait_for_selector("#sources .dm-source, #sources .dm-notice", timeout=TIMEOUT)
    return page.inner_text("#chat") + "\n" + page.inner_text("#sources")


def test_switch_collection_changes_answers_and_library(page, running, tmp_path):
    seed_doc = running.assistant.documents()[0].doc_id
    assert page.input_value("#collection input") == "default"
    assert "Ysolde Marrick" not in ask(page, QUESTION)  # the seeds know nothing of it

    # create a collection: it is selected, and its library is empty
    page.get_by_role("tab", name="Library").click()
    page.get_by_text("Collections", exact=True).click()
    page.fill("#new-collection input", "Bad Name")
    page.click("#create-collection-btn")
    wait_text(page, "#collection-report", "lowercase letters")
    page.fill("#new-collection input", "brimwater")
    page.click("#create-collection-btn")
    wait_text(page, "#collection-report", "created")
    page.wait_for_function("document.querySelector('#collection input').value === 'brimwater'", timeout=TIMEOUT)
    wait_text(page, "#documents", seed_doc, present=False)
    assert not page.is_visible("#reindex-btn"), "the corpus folder belongs to the default collection"

    # upload into it: listed there, answered there
    doc = tmp_path / "brimwater.txt"
    doc.write_text(BRIMWATER, encoding="utf-8")
    page.set_input_files("#upload input[type=file]", str(doc))
    page.wait_for_function("document.querySelector('#upload').innerText.includes('brimwater')", timeout=TIMEOUT)
    page.click("#upload-btn")
    wait_text(page, "#library-report", "Uploaded")
    wait_text(page, "#documents", "brimwater.txt")
    assert seed_doc not in page.inner_text("#documents")
    shown = ask(page, QUESTION)
    assert "Ysolde Marrick" in shown and "brimwater.txt" in shown

    # switch back: the conversation starts afresh, the answer and the library are the default's
    select_collection(page, "default")
    page.wait_for_selector("#sources .dm-placeholder", timeout=TIMEOUT)
    assert "Ysolde Marrick" not in page.inner_text("#chat")
    assert "Ysolde Marrick" not in ask(page, QUESTION)
    page.get_by_role("tab", name="Library").click()
    wait_text(page, "#documents", seed_doc)
    assert "brimwater.txt" not in page.inner_text("#documents")
    assert page.is_visible("#reindex-btn") and not page.is_visible("#delete-collection-btn")
    assert page.inner_text("#library-report").strip() == "", "a report about another collection"
    page.screenshot(path=str(ARTIFACTS / "collections.png"))

    # delete it, after a confirmation
    select_collection(page, "brimwater")
    wait_text(page, "#documents", "brimwater.txt")
    page.click("#delete-collection-btn")
    wait_text(page, "#confirm-delete-collection", "1 documents")
    page.click("#confirm-delete-collection-btn")
    wait_text(page, "#collection-report", "deleted")
    page.wait_for_function("document.querySelector('#collection input').value === 'default'", timeout=TIMEOUT)
    wait_text(page, "#documents", seed_doc)
    assert [c.name for c in running.assistant.collections()] == ["default"]
    assert not (running.store / "collections" / "brimwater" / "uploads" / "brimwater.txt").exists()
    page.click("#collection input")
    assert page.get_by_role("option", name="brimwater").count() == 0
    page.keyboard.press("Escape")


def options(page, dropdown: str) -> list[str]:
    """The options the Gradio dropdown `dropdown` (a CSS selector) offers."""
    page.click(f"{dropdown} input")
    listed = page.locator(f"{dropdown} [role=option]")  # its own list (another may still be closing)
    listed.first.wait_for(timeout=TIMEOUT)
    shown = listed.all_inner_texts()
    page.locator(f"{dropdown} input").blur()  # closed (Escape would leave it focused: the next click would not open it)
    return sorted(shown)


def test_filter_export_and_removal_follow_the_collection(page, running, tmp_path):
    folder = tmp_path / "quill"
    folder.mkdir()
    (folder / "minutes.md").write_text("# Quillmere Minutes\n\nThe Quillmere harbour pact was sealed by Odile Varn.\n")
    (folder / "ledger.md").write_text("# Quillmere Ledger\n\nThe Quillmere ledger lists the harbour dues of 1811.\n")
    running.assistant.open_collection("quill").ingest([folder])
    seed_titles = {d.title for d in running.assistant.documents()}
    try:
        page.reload()  # the selector lists the collections that exist when the page opens
        page.wait_for_selector("#question textarea", timeout=TIMEOUT)
        select_collection(page, "quill")
        page.get_by_role("tab", name="Chat").click()
        assert options(page, "#doc-filter") == ["Quillmere Ledger", "Quillmere Minutes"]

        # the filter and the export, within the collection
        choose(page, "#doc-filter", "Quillmere Minutes")
        assert "Odile Varn" in ask(page, "Who sealed the Quillmere harbour pact?")
        assert {c.get_attribute("data-source") for c in page.locator("#sources .dm-source").all()} == {"minutes.md"}
        with page.expect_download(timeout=TIMEOUT) as info:
            page.click("#export-btn")
        assert "`minutes.md`" in info.value.path().read_text(encoding="utf-8")

        # a removal asked about is forgotten when the collection changes
        page.get_by_role("tab", name="Library").click()
        choose(page, "#remove-doc", "Quillmere Ledger")
        page.click("#remove-btn")
        confirm = page.locator("#confirm-remove")
        confirm.wait_for(state="visible", timeout=TIMEOUT)
        select_collection(page, "default")
        confirm.wait_for(state="hidden", timeout=TIMEOUT)
        page.wait_for_function("document.querySelector('#export-btn').disabled", timeout=TIMEOUT)  # a new chat
        page.get_by_role("tab", name="Chat").click()
        assert set(options(page, "#doc-filter")) == seed_titles
        assert "Could not answer" not in ask(page, "What role has Oman played in the Gulf?")  # no filter left over
        assert page.locator("#sources .dm-source").count() > 0

        # removing in the collection: asked, confirmed, gone from it (and from its filter) only
        select_collection(page, "quill")
        page.get_by_role("tab", name="Library").click()
        wait_text(page, "#documents", "ledger.md")
        choose(page, "#remove-doc", "Quillmere Ledger")
        page.click("#remove-btn")
        confirm.wait_for(state="visible", timeout=TIMEOUT)
        page.click("#confirm-remove-btn")
        wait_text(page, "#library-report", "Removed")
        assert [d.doc_id for d in running.assistant.open_collection("quill").documents()] == ["minutes.md"]
        assert {d.title for d in running.assistant.documents()} == seed_titles
        page.get_by_role("tab", name="Chat").click()
        page.wait_for_function(
            "() => !document.querySelector('#doc-filter').innerText.includes('Ledger')", timeout=TIMEOUT
        )
        assert options(page, "#doc-filter") == ["Quillmere Minutes"]
    finally:
        select_collection(page, "default")
        running.assistant.delete_collection("quill")


def test_ask_endpoint_answers_from_the_collection_named(running, tmp_path):
    from gradio_client import Client

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "brimwater.txt").write_text(BRIMWATER, encoding="utf-8")
    running.assistant.open_collection("api-test").ingest([folder])
    try:
        client = Client(running.url, verbose=False)
        named = client.predict(QUESTION, None, 0, "", "", "api-test", api_name="/ask")
        assert "Ysolde Marrick" in named["text"] and named["citations"][0]["source"] == "brimwater.txt"
        default = client.predict(QUESTION, api_name="/ask")
        assert "Ysolde Marrick" not in default["text"]
        only = client.predict(QUESTION, collection="api-test", sources=["brimwater.txt"], api_name="/ask")
        assert only["citations"] and {c["source"] for c in only["citations"]} == {"brimwater.txt"}
        seed_doc = running.assistant.documents()[0].doc_id
        with pytest.raises(Exception, match=f"no document '{re.escape(seed_doc)}'"):  # not in that collection
            client.predict(QUESTION, collection="api-test", sources=[seed_doc], api_name="/ask")
        with pytest.raises(Exception, match="no collection 'nope'"):
            client.predict(QUESTION, None, 0, "", "", "nope", api_name="/ask")
        with pytest.raises(Exception, match="setting 'collection' must be"):
            client.predict(QUESTION, None, 0, "", "", "No Such", api_name="/ask")
        assert [c.name for c in running.assistant.collections()] == ["default", "api-test"]
    finally:
        running.assistant.delete_collection("api-test")
