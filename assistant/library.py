"""The Library tab: list, upload, remove and re-index documents (handlers for the chat UI)."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path
from typing import Any

import gradio as gr

from dragoman import SUPPORTED, Assistant, Settings
from dragoman.assistant import render
from dragoman.ingest.readers import supported_types

log = logging.getLogger(__name__)

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(name: str, max_length: int = 120) -> str:
    """A file name that stays inside the uploads folder: no separators, no `..`, no leading dot."""
    base = re.split(r"[\\/]", name or "")[-1]
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = _UNSAFE_NAME.sub("_", stem).strip("._-")[:max_length] or "upload"
    ext = _UNSAFE_NAME.sub("", ext).lower()
    return f"{stem}.{ext}" if ext else stem


class Library:
    """Handlers of the Library tab, bound to one Assistant and its folders."""

    def __init__(self, assistant: Assistant, settings: Settings, corpus_dir: Path, uploads_dir: Path):
        self.assistant = assistant
        self.settings = settings
        self.corpus_dir = corpus_dir
        self.uploads_dir = uploads_dir

    def library(self) -> tuple[str, Any]:
        docs = self.assistant.documents()
        names = {
            str(self.corpus_dir.resolve()): f"corpus ({self.corpus_dir.name})",
            str(self.uploads_dir.resolve()): "uploads",
        }
        choices = sorted(d.doc_id for d in docs)
        return render.documents_table(docs, names), gr.update(choices=choices, value=None)

    def upload(self, files: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple[str, str, Any]:  # noqa: B008 (Gradio's way)
        try:
            saved, rejected = self._save_uploads(files or [])
            report = None
            if saved:
                progress(0, desc="Reading and indexing")
                indexed = self._indexed_uploads()
                report = self.assistant.ingest([self.uploads_dir], progress=_progress_factory(progress))
                self._discard_skipped(saved, indexed, report.skipped)
            html = render.report_html(report, rejected, title="Uploaded")
        except Exception as exc:
            log.exception("upload failed")
            html = render.notice_html(f"{type(exc).__name__}: {exc}", title="Upload failed")
        return (html, *self.library())

    def _indexed_uploads(self) -> set[str]:
        root = self.uploads_dir.resolve()
        return {d.doc_id for d in self.assistant.documents() if Path(d.root).resolve() == root}

    def _save_uploads(self, files: list[str]) -> tuple[list[Path], dict[str, str]]:
        self.uploads_dir.mkdir(parents=True, exist_ok=True)
        root = self.uploads_dir.resolve()
        saved, rejected = [], {}
        for tmp in files:
            original = Path(tmp).name
            name = safe_filename(original)
            size = Path(tmp).stat().st_size
            if Path(name).suffix.lower() not in SUPPORTED:
                rejected[original] = f"unsupported file type; upload {supported_types()}"
            elif size > self.settings.ui.max_upload_bytes:
                rejected[original] = (
                    f"file is {size:,} bytes, over the upload limit of "
                    f"{self.settings.ui.max_upload_bytes:,} (setting max_upload_bytes)"
                )
            else:
                dest = (root / name).resolve()
                if dest.parent != root:  # cannot happen after safe_filename; refuse rather than trust it
                    rejected[original] = "unsafe file name"
                    continue
                shutil.copyfile(tmp, dest)
                saved.append(dest)
        return saved, rejected

    def _discard_skipped(self, saved: list[Path], indexed: set[str], skipped: dict[str, str]) -> None:
        """Delete new uploads the ingest refused, so they do not linger unlisted in the uploads folder.

        `indexed`: ids of uploads indexed before; a refused new version of one of those is kept (the
        store keeps the old version too), so the uploads folder and the library stay in agreement.
        """
        for path in saved:
            if str(path) in skipped and path.name not in indexed:
                path.unlink(missing_ok=True)

    def remove(self, doc_id: str | None) -> tuple[str, str, Any]:
        try:
            if not doc_id:
                raise ValueError("pick a document to remove")
            info = next((d for d in self.assistant.documents() if d.doc_id == doc_id), None)
            if info is None:
                raise ValueError(f"{doc_id!r} is not in the library (any more)")
            report = self.assistant.remove([doc_id])
            self._delete_upload(info.root, doc_id)
            html = render.report_html(report, title="Removed")
        except Exception as exc:
            log.exception("remove failed")
            html = render.notice_html(
                str(exc) if isinstance(exc, ValueError) else f"{type(exc).__name__}: {exc}", title="Could not remove"
            )
        return (html, *self.library())

    def _delete_upload(self, root: str, doc_id: str) -> None:
        uploads = self.uploads_dir.resolve()
        if Path(root).resolve() != uploads:
            return
        path = (uploads / doc_id).resolve()
        if path.is_relative_to(uploads) and path != uploads:
            path.unlink(missing_ok=True)

    def reindex(self, progress: gr.Progress = gr.Progress()) -> tuple[str, str, Any]:  # noqa: B008
        try:
            progress(0, desc=f"Re-indexing {self.corpus_dir}")
            report = self.assistant.ingest([self.corpus_dir], progress=_progress_factory(progress))
            html = render.report_html(report, title=f"Re-indexed {self.corpus_dir}")
        except Exception as exc:
            log.exception("re-index failed")
            html = render.notice_html(f"{type(exc).__name__}: {exc}", title="Re-indexing failed")
        return (html, *self.library())


def _progress_factory(progress: gr.Progress):
    """Adapt gr.Progress to the ingest pipeline's `progress(total) -> tick(n)` protocol."""

    def factory(total: int):
        done = 0
        progress((0, total), desc="Embedding new passages", unit="chunks")

        def tick(n: int) -> None:
            nonlocal done
            done += n
            progress((done, total), desc="Embedding new passages", unit="chunks")

        return tick

    return factory
