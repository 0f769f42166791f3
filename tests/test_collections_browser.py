"""Collections in the chat UI, in a real browser: create one, fill it, switch, delete it."""

from __future__ import annotations

import os

import pytest

from tests.app_helpers import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, RunningApp, shared_app

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() and not os.environ.get("CI"), reason=f"{CHROMIUM} is missing (apt install chromium)"
    ),
]

TIMEOUT = 60_000
BRIMWATER = "The Brimwater Compact was signed in Oskel Harbour in 1742 by envoy Ysolde Marrick.\n"
QUESTION = "Who signed the Brimwater Compact in Oskel Harbour?"


@pytest.fixture(scope="module")
def page(running: RunningApp):
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(running.url)
        page.wait_for_selector("#question textarea", timeout=TIMEOUT)
        yield page
        browser.close()


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
        with pytest.raises(Exception, match="no collection 'nope'"):
            client.predict(QUESTION, None, 0, "", "", "nope", api_name="/ask")
        with pytest.raises(Exception, match="setting 'collection' must be"):
            client.predict(QUESTION, None, 0, "", "", "No Such", api_name="/ask")
        assert [c.name for c in running.assistant.collections()] == ["default", "api-test"]
    finally:
        running.assistant.delete_collection("api-test")
