"""The chat UI in a real browser (Debian's Chromium via Playwright) over a real seeded store."""

from __future__ import annotations

import pytest

from tests.app_helpers import (
    ARTIFACTS,
    BOT_MESSAGES,
    BROWSER_MARKS,
    SEEDS,
    TIMEOUT,
    RunningApp,
    ask,
    browser_page,
    choose,
    shared_app,
    upload,
)

pytestmark = BROWSER_MARKS

SEED_QUESTION = "Who chairs Finland's Crisis Management Initiative?"
ZORBLAT = "The Zorblat Accord was signed in Quillford in 1911 by envoy Marta Fenwick.\n"
ZORBLAT_QUESTION = "Who signed the Zorblat Accord in Quillford?"
XSS_DOC = """# Velmora Notes <script>alert(1)</script>

The Velmora Treaty was negotiated in Ashcombe by envoy Tobias Grint <img src=x onerror=alert(1)> during the winter of 1823.

Read more at [click](javascript:alert(1)) about the Velmora Treaty archive kept in Ashcombe. <script>alert(2)</script>
"""
XSS_QUESTION = "Who negotiated the Velmora Treaty in Ashcombe?"


@pytest.fixture(scope="module")
def running() -> RunningApp:
    return shared_app()


@pytest.fixture(scope="module")
def page(running: RunningApp):
    with browser_page(running.url) as page:
        yield page


def test_cited_answer_with_sources(page, running):
    ask(page, SEED_QUESTION)
    assert "[1]" in page.inner_text("#chat")
    first = page.locator("#sources .dm-source").first
    source = first.get_attribute("data-source")
    quote = first.locator(".dm-passage mark").inner_text()
    assert len(quote) > 20
    assert quote in (SEEDS / source).read_text(encoding="utf-8")
    first.locator("summary").click()  # open the whole document, quote highlighted
    doc_mark = first.locator(".dm-doctext mark")
    doc_mark.wait_for(state="visible")
    assert doc_mark.inner_text() == quote
    page.screenshot(path=str(ARTIFACTS / "app-cited-answer.png"))


def test_bad_questions_show_readable_errors(page):
    ask(page, SEED_QUESTION)
    replies = page.locator(BOT_MESSAGES).count()
    sources = page.inner_html("#sources")
    page.fill("#question textarea", "   ")
    page.click("#ask-btn")  # nothing asked: a hint, no bubble, the last answer's sources stay
    page.get_by_text("Type a question about your documents").wait_for(timeout=TIMEOUT)
    # the event is over (its loading overlay on the outputs is hidden again) before anything is compared
    page.wait_for_function(
        "() => !document.querySelector('#sources [data-testid=status-tracker]:not(.hide)')", timeout=TIMEOUT
    )
    assert page.locator(BOT_MESSAGES).count() == replies and "Error" not in page.inner_text("#chat")
    assert page.inner_html("#sources") == sources
    too_long = "why " * 1000
    ask(page, too_long)
    assert "limit" in page.inner_text("#sources .dm-error")
    assert page.input_value("#question textarea").strip() == too_long.strip()  # kept, to be shortened


def test_upload_ask_then_remove_abstains(page, running, tmp_path):
    doc = tmp_path / "zorblat.md"
    doc.write_text(ZORBLAT, encoding="utf-8")
    assert "zorblat.md" in upload(page, doc)
    assert (running.uploads_dir / "zorblat.md").exists()
    assert "zorblat.md" in page.inner_text("#documents")

    ask(page, ZORBLAT_QUESTION)
    cited = page.locator("#sources .dm-source[data-source='zorblat.md']")
    assert cited.count() >= 1
    assert "Marta Fenwick" in cited.first.locator(".dm-passage mark").inner_text()
    page.screenshot(path=str(ARTIFACTS / "app-upload-answer.png"))

    page.get_by_role("tab", name="Library").click()
    choose(page, "#remove-doc", running.assistant.document("zorblat.md").info.title)
    page.click("#remove-btn")
    page.click("#confirm-remove-btn")
    page.wait_for_function("document.querySelector('#library-report').innerText.includes('Removed')", timeout=TIMEOUT)
    assert "zorblat.md" not in page.inner_text("#documents")
    assert not (running.uploads_dir / "zorblat.md").exists()

    ask(page, ZORBLAT_QUESTION)
    assert page.locator("#sources .dm-abstain").count() == 1
    assert page.locator("#chat .dm-abstain-mark").count() == 1  # the chat reply looks different too
    assert page.locator("#sources .dm-source[data-source='zorblat.md']").count() == 0
    page.screenshot(path=str(ARTIFACTS / "app-abstention.png"))


def test_hostile_document_renders_inert(page, running, tmp_path):
    doc = tmp_path / "velmora_notes.md"
    doc.write_text(XSS_DOC, encoding="utf-8")
    assert "velmora_notes.md" in upload(page, doc)
    assert "<script>alert(1)</script>" in page.inner_text("#documents")  # the title, shown as text

    ask(page, XSS_QUESTION)
    cited = page.locator("#sources .dm-source[data-source='velmora_notes.md']")
    assert cited.count() >= 1
    cited.first.locator("summary").click()
    cited.first.locator(".dm-doctext mark").wait_for(state="visible")
    page.wait_for_timeout(500)  # give any injected script or handler the chance to run

    shown = page.inner_text("#sources")
    assert "<img src=x onerror=alert(1)>" in shown and "[click](javascript:alert(1))" in shown
    assert "Tobias Grint" in page.inner_text("#chat")
    assert page.dialogs == []
    injected = page.evaluate("""() => ({
        onerror: document.querySelectorAll('img[onerror], [onerror]').length,
        img_x: document.querySelectorAll('img[src="x"]').length,
        scripts: [...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(')).length,
        js_links: [...document.querySelectorAll('a[href]')]
            .filter(a => /^\\s*javascript:/i.test(a.getAttribute('href'))).length,
    })""")
    assert injected == {"onerror": 0, "img_x": 0, "scripts": 0, "js_links": 0}
    page.screenshot(path=str(ARTIFACTS / "app-hostile-document.png"), full_page=True)


def test_settings_show_scores(page):
    page.get_by_role("tab", name="Settings").click()
    page.locator("#show-scores input[type=checkbox]").check()
    page.locator("#mode").get_by_label("keyword").check()
    ask(page, SEED_QUESTION)
    assert "score" in page.inner_text("#sources .dm-source .dm-meta")
    page.get_by_role("tab", name="Settings").click()
    page.locator("#show-scores input[type=checkbox]").uncheck()
    page.locator("#mode").get_by_label("hybrid").check()


def test_unsupported_upload_is_named_with_reason(page, running, tmp_path):
    bad = tmp_path / "budget.xyz"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    report = upload(page, bad)
    assert "budget.xyz" in report and "unsupported file type" in report
    assert not (running.uploads_dir / "budget.xyz").exists()


def test_upload_clashing_with_a_corpus_file_is_refused(page, running, tmp_path):
    seed_name = sorted(SEEDS.iterdir())[0].name
    clash = tmp_path / seed_name
    clash.write_text("A different text under the same name as a corpus file.\n", encoding="utf-8")
    report = upload(page, clash)
    assert seed_name in report and "already indexed" in report
    assert not (running.uploads_dir / seed_name).exists()
    assert running.assistant.document(seed_name).info.root == str(SEEDS.resolve())  # the corpus file stays


def test_reindex_corpus_folder(page):
    page.get_by_role("tab", name="Library").click()
    page.click("#reindex-btn")
    page.wait_for_function(
        "document.querySelector('#library-report').innerText.includes('Re-indexed')", timeout=TIMEOUT
    )
    assert "4 unchanged" in page.inner_text("#library-report")


def test_follow_up_is_answered_about_the_new_entity(page):
    ask(page, "How does Norway mediate?")
    ask(page, "And what about Qatar?", new_conversation=False)
    last = page.locator(BOT_MESSAGES).last.inner_text()
    assert "Understood as: How does Qatar mediate?" in last, last
    assert "Qatar" in last.replace("Understood as: How does Qatar mediate?", "") and "[1]" in last
    assert all("Qatar" in q for q in page.locator("#sources .dm-passage mark").all_inner_texts()[:1])


def test_list_question_shows_every_item_each_cited(page):
    ask(page, "What intrinsic constraints must small-state mediators endure?")
    last = page.locator(BOT_MESSAGES).last.inner_text()
    items = ["Enforcement Gap", "Geopolitical Vulnerability", "Reputational Risk", "Free-Rider Problem"]
    assert all(item in last for item in items), last
    assert all(f"[{n}]" in last for n in range(1, len(items) + 2))  # the lead-in and each item cited
    marks = " ".join(page.locator("#sources .dm-passage mark").all_inner_texts())
    assert all(item in marks for item in items)
