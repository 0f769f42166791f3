"""The chat's document filter, the conversation export and removal with confirmation, in a real
browser (Debian's Chromium via Playwright) over a real seeded store."""

from __future__ import annotations

import re

import pytest

from tests.app_helpers import (
    ARTIFACTS,
    BROWSER_MARKS,
    TIMEOUT,
    RunningApp,
    ask,
    browser_page,
    choose,
    shared_app,
    upload,
)

pytestmark = BROWSER_MARKS

# Answered from three of the four seeds when the whole library is searched.
BROAD_QUESTION = "Why do governments use back channels?"
ONLY = "002_3b705a19ebf759c3.txt"  # "Back Channel Diplomacy: Legal Or Not?"


@pytest.fixture(scope="module")
def running() -> RunningApp:
    return shared_app()


@pytest.fixture(scope="module")
def page(running: RunningApp):
    with browser_page(running.url) as page:
        yield page


def cited_sources(page) -> list[str]:
    return [s.get_attribute("data-source") for s in page.locator("#sources .dm-source").all()]


def test_filter_to_one_document(page, running):
    ask(page, BROAD_QUESTION)
    assert len(set(cited_sources(page))) > 1  # unfiltered, several documents answer

    choose(page, "#doc-filter", running.assistant.document(ONLY).info.title)  # chosen by title
    ask(page, BROAD_QUESTION)
    assert page.locator("#sources .dm-abstain").count() == 0
    assert cited_sources(page) and set(cited_sources(page)) == {ONLY}
    assert "[1]" in page.inner_text("#chat")
    page.screenshot(path=str(ARTIFACTS / "app-filter.png"))

    page.locator("#doc-filter").get_by_role("button", name=re.compile("Clear|Remove", re.I)).first.click()
    ask(page, BROAD_QUESTION)
    assert len(set(cited_sources(page))) > 1  # the filter is gone again


def test_export_conversation_with_citations(page, running, tmp_path):
    page.get_by_role("tab", name="Chat").click()
    page.click("#clear-btn")
    page.wait_for_function("document.querySelector('#export-btn').disabled", timeout=TIMEOUT)  # nothing to export
    ask(page, "Who chairs Finland's Crisis Management Initiative?")
    first = _shown_citations(page)
    ask(page, "What role has Oman played in the Gulf?", new_conversation=False)
    second = _shown_citations(page)
    assert first and second

    with page.expect_download(timeout=TIMEOUT) as info:
        page.click("#export-btn")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    exported = path.read_text(encoding="utf-8")

    assert path.suffix == ".md"
    assert "## 1. Who chairs Finland's Crisis Management Initiative?" in exported
    assert "## 2. What role has Oman played in the Gulf?" in exported
    turns = exported.split("## 2.")
    for turn, citations in zip(turns, (first, second)):
        for numbers, title, source, quotes in citations:
            for number in numbers:
                assert f"[{number}]" in turn.split("**Sources**")[0]  # the marker in the answer text
                assert f"[{number}] **{title}** — `{source}`" in turn  # the numbered source, with its title
            text = running.assistant.document(source).text
            for quote in quotes:
                for line in quote.split("\n"):
                    assert f"> {line}".rstrip() in turn  # the quote, verbatim
                assert quote in text


def _shown_citations(page) -> list[tuple[list[int], str, str, list[str]]]:
    """(numbers, title, source, quotes) of each card in the sources panel (one card holds the
    citations that quote one passage, such as a list's items)."""
    out = []
    for card in page.locator("#sources .dm-source").all():
        head = card.locator(".dm-num").inner_text()
        numbers = [int(n) for n in re.findall(r"\[(\d+)\]", head)]
        title = card.locator(".dm-head").inner_text().removeprefix(head).strip()
        quotes = card.locator(".dm-passage mark").all_inner_texts()
        out.append((numbers, title, card.get_attribute("data-source"), quotes))
    return out


def test_remove_asks_for_confirmation(page, running, tmp_path):
    doc = tmp_path / "quillmere_minutes.md"
    doc.write_text("# Quillmere Harbour Minutes\n\nThe Quillmere harbour pact was sealed by Odile Varn.\n")
    assert "1 added" in upload(page, doc)
    uploaded = running.uploads_dir / doc.name
    title = "Quillmere Harbour Minutes"
    assert running.assistant.document(doc.name).info.title == title

    page.get_by_role("tab", name="Library").click()
    page.click("#remove-doc input")  # the dropdown lists titles, not file names
    options = page.get_by_role("option").all_inner_texts()
    assert title in options and doc.name not in options
    page.get_by_role("option", name=title, exact=True).click()
    page.click("#remove-btn")
    confirm = page.locator("#confirm-remove")
    confirm.wait_for(state="visible", timeout=TIMEOUT)
    assert title in confirm.inner_text() and doc.name in confirm.inner_text()
    page.wait_for_timeout(500)
    assert doc.name in {d.doc_id for d in running.assistant.documents()} and uploaded.exists()  # not yet

    page.click("#cancel-remove-btn")
    confirm.wait_for(state="hidden", timeout=TIMEOUT)
    page.wait_for_timeout(500)
    assert doc.name in {d.doc_id for d in running.assistant.documents()} and uploaded.exists()  # cancelled
    assert title in page.inner_text("#documents")

    choose(page, "#remove-doc", title)
    page.click("#remove-btn")
    confirm.wait_for(state="visible", timeout=TIMEOUT)
    page.screenshot(path=str(ARTIFACTS / "app-remove-confirm.png"))
    page.click("#confirm-remove-btn")
    page.wait_for_function("document.querySelector('#library-report').innerText.includes('Removed')", timeout=TIMEOUT)
    assert doc.name not in {d.doc_id for d in running.assistant.documents()} and not uploaded.exists()
    assert title not in page.inner_text("#documents")
    assert not confirm.is_visible()
