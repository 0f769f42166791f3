"""Start the real chat app over a fresh store holding the seeds (shared by the app tests)."""

from __future__ import annotations

import atexit
import contextlib
import functools
import logging
import os
import shutil
import socket
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
# Browser tests: skipped on a developer's machine without Chromium; in CI (.ci/run installs it) a
# missing browser is a failure, never a silent skip.
BROWSER_MARKS = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() and not os.environ.get("CI"), reason=f"{CHROMIUM} is missing (apt install chromium)"
    ),
]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"
TIMEOUT = 60_000  # ms; ingesting on a busy 2-core machine can take a while
BOT_MESSAGES = "#chat .bot.message"  # the assistant's replies in the chat

log = logging.getLogger(__name__)


@dataclass
class RunningApp:
    url: str
    assistant: object  # assistant.facade.Assistant
    store: Path
    uploads_dir: Path
    app: object  # gr.Blocks

    def close(self) -> None:
        self.app.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(store: Path, corpus: Path = SEEDS) -> RunningApp:
    """Ingest `corpus` into a new store at `store` with the real model, then launch the app on a free port."""
    from dragoman import Settings
    from dragoman.assistant.app import CONCURRENCY, build_app, launch_options, warm_up
    from dragoman.assistant.facade import Assistant

    settings = Settings.load(store=store, port=free_port(), host="127.0.0.1")
    assistant = Assistant(settings=settings)
    report = assistant.ingest([corpus])
    assert len(report.added) == len(list(corpus.iterdir())), report.summary()
    warm_up(assistant)
    uploads = store / "uploads"
    app = build_app(assistant, settings, corpus_dir=corpus, uploads_dir=uploads)
    app.queue(default_concurrency_limit=CONCURRENCY).launch(
        prevent_thread_lock=True, quiet=True, **launch_options(settings)
    )
    url = f"http://127.0.0.1:{settings.ui.port}/"
    _wait_until_up(url)
    return RunningApp(url, assistant, store, uploads, app)


def _wait_until_up(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.2)


@functools.cache
def shared_app() -> RunningApp:
    """One seeded app per test process: ingesting the seeds takes ~20 s, so modules share it."""
    store = Path(tempfile.mkdtemp(prefix="dragoman-app-")) / "store"
    running = start_app(store)

    def stop() -> None:
        running.close()
        shutil.rmtree(store.parent, ignore_errors=True)

    atexit.register(stop)
    return running


@contextlib.contextmanager
def browser_page(url: str):
    """A Chromium page on the app, its dialogs recorded (and dismissed) in `page.dialogs`."""
    import pytest

    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.dialogs = []  # every alert/confirm/prompt the page tries to open
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        page.goto(url)
        page.wait_for_selector("#question textarea", timeout=TIMEOUT)
        try:
            yield page
        finally:
            browser.close()


def ask(page, question: str, new_conversation: bool = True) -> None:
    """Ask (in a new conversation unless told otherwise) and wait until the sources panel shows the outcome."""
    page.get_by_role("tab", name="Chat").click()
    if new_conversation:
        page.click("#clear-btn")
        page.wait_for_selector("#sources .dm-placeholder", timeout=TIMEOUT)
    replies = page.locator(BOT_MESSAGES).count()
    # Mark what the sources panel shows now: the answer's panel is new content, never these nodes.
    page.evaluate("() => document.querySelectorAll('#sources [class*=dm-]').forEach(e => e.dataset.old = '1')")
    page.fill("#question textarea", question)
    page.click("#ask-btn")
    # One more reply, and new sources that are no longer pending: the panel is filled by the last
    # update, together with the complete answer.
    page.wait_for_function(
        "([selector, n]) => { const panel = document.querySelector('#sources');"
        " const shown = [...panel.querySelectorAll('.dm-source, .dm-notice')].filter(e => !e.closest('[data-old]'));"
        " return document.querySelectorAll(selector).length > n && shown.length > 0"
        " && !panel.querySelector('.dm-pending'); }",
        arg=[BOT_MESSAGES, replies],
        timeout=TIMEOUT,
    )


def upload(page, path: Path) -> str:
    """Upload one file in the Library tab; returns the report (whatever happened to the file)."""
    page.get_by_role("tab", name="Library").click()
    page.set_input_files("#upload input[type=file]", str(path))
    page.wait_for_function(f"document.querySelector('#upload').innerText.includes({path.stem!r})", timeout=TIMEOUT)
    page.click("#upload-btn")
    page.wait_for_function(
        "(name) => { const r = document.querySelector('#library-report .dm-notice');"
        " return r && document.querySelector('#library-report').innerText.includes(name); }",
        arg=path.name,
        timeout=TIMEOUT,
    )
    return page.inner_text("#library-report")


def choose(page, dropdown: str, label: str) -> None:
    """Pick the option shown as `label` in the Gradio dropdown `dropdown` (a CSS selector)."""
    page.click(f"{dropdown} input")
    page.get_by_role("option", name=label, exact=True).click()
