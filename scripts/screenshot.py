"""Take docs/screenshot.png: the chat UI showing a cited answer over the seed documents.

    .venv/bin/python scripts/screenshot.py [--out docs/screenshot.png] [--question "..."]

Starts the app on a temporary store holding the seeds, asks a question in Debian's
Chromium (driven by Playwright; /usr/bin/chromium) and saves the page once cited.
"""

from __future__ import annotations

import argparse
import logging
import socket
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dragoman.index import _offline
from tests.app_helpers import CHROMIUM, CHROMIUM_ARGS  # the browser settings the UI tests use

_offline.enforce()

log = logging.getLogger("screenshot")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(store: Path, corpus: Path):
    """Ingest `corpus` into `store` and launch the app; returns (app, url)."""
    from dragoman import Settings
    from dragoman.assistant.app import build_app, launch_options, warm_up
    from dragoman.assistant.facade import Assistant

    settings = Settings.load(store=store, host="127.0.0.1", port=_free_port())
    assistant = Assistant(settings=settings)
    log.info("indexing %s: %s", corpus, assistant.ingest([corpus]).summary())
    warm_up(assistant)
    app = build_app(assistant, settings, corpus_dir=corpus)
    app.queue().launch(prevent_thread_lock=True, quiet=True, **launch_options(settings))
    return app, f"http://127.0.0.1:{settings.ui.port}/"


def capture(url: str, question: str, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
        page.goto(url)
        page.fill("#question textarea", question)
        page.click("#ask-btn")
        page.wait_for_selector("#sources .dm-source mark", timeout=60_000)
        page.wait_for_function("document.querySelector('#chat').innerText.includes('[1]')", timeout=60_000)
        page.wait_for_timeout(1000)  # let the last streamed piece and fonts settle
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    p.add_argument("--question", default="What did Happymon Jacob say about back channels between India and Pakistan?")
    p.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    with tempfile.TemporaryDirectory(prefix="dragoman-shot-") as tmp:
        app, url = start(Path(tmp) / "store", args.corpus)
        try:
            capture(url, args.question, args.out)
        finally:
            app.close()
    log.info("saved %s", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
