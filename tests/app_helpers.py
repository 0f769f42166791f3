"""Start the real chat app over a fresh store holding the seeds (shared by the app tests)."""

from __future__ import annotations

import atexit
import functools
import logging
import shutil
import socket
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"

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
