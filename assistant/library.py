"""The Library tab: list, upload, remove and re-index the documents of one collection (`Library`),
and the tab itself, whose events the Switcher (switcher.py) hands to the selected collection's Library."""

from __future__ import annotations

import logging
import re
import shutil
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import gradio as gr

from dragoman import SUPPORTED, Assistant, Settings
from dragoman.assistant import render
from dragoman.index.documents import DocumentInfo
from dragoman.ingest.readers import supported_types

if TYPE_CHECKING:
    from dragoman.assistant.switcher import Switcher
    from dragoman.ingest.report import FileProgress

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
        return render.documents_table(docs, names), gr.update(choices=title_choices(docs), value=None)

    def upload(self, files: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple[str, str, Any]:  # noqa: B008 (Gradio's way)
        try:
            saved, rejected = self._save_uploads(files or [])
            report = None
            if saved:
                progress(0, desc="Reading and indexing")
                indexed = self._indexed_uploads()
                report = self.assistant.ingest(
                    [self.uploads_dir], progress=_progress_factory(progress), on_file=_file_progress(progress)
                )
                self._discard_skipped(saved, indexed, report.skipped)
            html = render.upload_html(report, [p.name for p in saved], rejected)
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

    def confirm_remove(self, doc_id: str | None) -> tuple[Any, str, str | None, str]:
        """The first step of removing: name what will go and ask; nothing is removed yet.

        Returns the confirmation box (shown), its text, the document id waiting for the answer
        (the one named, even if the dropdown changes), and the report (a notice if nothing was picked)."""
        info = next((d for d in self.assistant.documents() if d.doc_id == doc_id), None) if doc_id else None
        if info is None:
            why = "Pick a document to remove." if not doc_id else f"{doc_id!r} is not in the library (any more)."
            return gr.update(visible=False), "", None, render.notice_html(why, title="Could not remove")
        uploaded = Path(info.root).resolve() == self.uploads_dir.resolve()
        question = render.confirm_remove_html(info, uploaded)
        return gr.update(visible=True), question, info.doc_id, ""

    def remove(self, doc_id: str | None) -> tuple[str, str, Any]:
        """Remove a document once confirmed (`confirm_remove` comes first in the UI)."""
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
            report = self.assistant.ingest(
                [self.corpus_dir], progress=_progress_factory(progress), on_file=_file_progress(progress)
            )
            html = render.report_html(report, title=f"Re-indexed {self.corpus_dir}")
        except Exception as exc:
            log.exception("re-index failed")
            html = render.notice_html(f"{type(exc).__name__}: {exc}", title="Re-indexing failed")
        return (html, *self.library())


# -- the tab: built and wired here, so the chat app (app.py) stays small ------------------
def library_tab(settings: Settings, lib: Library) -> SimpleNamespace:
    """The document table, upload, remove and re-index, and the report of the last of these."""
    c = SimpleNamespace(table=gr.HTML(elem_id="documents"))
    with gr.Row():
        with gr.Column():
            c.files = gr.File(
                label=f"Add documents ({supported_types()}; up to {settings.ui.max_upload_bytes // 1_000_000} MB each)",
                file_count="multiple",
                elem_id="upload",
            )
            c.upload = gr.Button("Upload and index", variant="primary", elem_id="upload-btn")
        with gr.Column():
            c.doc_choice = gr.Dropdown([], label="Document to remove", elem_id="remove-doc", allow_custom_value=False)
            c.remove = gr.Button("Remove from library…", variant="stop", elem_id="remove-btn")
            c.confirm, c.confirm_text, c.confirm_yes, c.confirm_no = _confirm_box()
            c.reindex = gr.Button(f"Re-index corpus folder ({lib.corpus_dir})", elem_id="reindex-btn")
    c.report = gr.HTML(elem_id="library-report")
    c.pending = gr.State(None)  # the document the confirmation names
    return c


def _confirm_box() -> tuple[gr.Column, gr.HTML, gr.Button, gr.Button]:
    """Removing asks first: this box names the document; nothing is removed until "Yes, remove"."""
    with gr.Column(visible=False, variant="panel", elem_id="confirm-remove") as box:
        text = gr.HTML()
        with gr.Row():
            yes = gr.Button("Yes, remove", variant="stop", elem_id="confirm-remove-btn")
            no = gr.Button("Cancel", elem_id="cancel-remove-btn")
    return box, text, yes, no


def wire_library(lib: Switcher, c: SimpleNamespace, collection: gr.Dropdown) -> list[Any]:
    """Every handler acts on the Library of the selected `collection` (the Switcher picks it).
    Returns the events after which the library has changed (upload, re-index, remove)."""
    library_out = [c.report, c.table, c.doc_choice]
    changed = []
    for button, handler, inputs in ((c.upload, lib.upload, [c.files]), (c.reindex, lib.reindex, [])):
        # Clear the last report first, so a new one never looks like the old one.
        event = button.click(lambda: "", outputs=c.report, queue=False, api_visibility="private").then(
            handler, inputs=[*inputs, collection], outputs=library_out, api_visibility="private"
        )
        if button is c.upload:
            event.then(lambda: None, outputs=c.files, api_visibility="private")
        changed.append(event)
    return [*changed, _wire_remove(lib, c, library_out, collection)]


def _wire_remove(lib: Switcher, c: SimpleNamespace, library_out: list, collection: gr.Dropdown) -> Any:
    """The remove button only asks; "Yes, remove" removes the document the question named; Cancel,
    picking another document or switching collection (switcher.py) forgets it."""
    c.remove.click(
        lib.confirm_remove, inputs=[c.doc_choice, collection], outputs=[c.confirm, c.confirm_text, c.pending, c.report],
        api_visibility="private",
    )  # fmt: skip
    removed = c.confirm_yes.click(
        lambda: ("", gr.update(visible=False)), outputs=[c.report, c.confirm], queue=False, api_visibility="private"
    ).then(lib.remove, inputs=[c.pending, collection], outputs=library_out, api_visibility="private")
    removed.then(lambda: None, outputs=c.pending, api_visibility="private")
    forget = lambda: (gr.update(visible=False), None)
    for event in (c.confirm_no.click, c.doc_choice.input):
        event(forget, outputs=[c.confirm, c.pending], queue=False, api_visibility="private")
    return removed


def title_choices(docs: Iterable[DocumentInfo]) -> list[tuple[str, str]]:
    """(label, document id) pairs by title; a title several documents share names its file too."""
    docs = sorted(docs, key=lambda d: (d.title.casefold(), d.doc_id))
    shared = {t for t, n in Counter(d.title for d in docs).items() if n > 1}

    def label(d: DocumentInfo) -> str:
        if not d.title.strip():
            return d.doc_id
        return f"{d.title} ({d.doc_id})" if d.title in shared else d.title

    return [(label(d), d.doc_id) for d in docs]


def filter_update(docs: Iterable[DocumentInfo], selected: list[str] | None) -> Any:
    """The chat's "Only these documents" choices for `docs`; the chosen ones still among them stay chosen."""
    choices = title_choices(docs)
    ids = {doc_id for _, doc_id in choices}
    return gr.update(choices=choices, value=[s for s in selected or [] if s in ids])


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


def _file_progress(progress: gr.Progress):
    """Show each file as the ingest reads it ("Reading 3/40: reports/q3.pdf")."""

    def on_file(event: FileProgress) -> None:
        what = f"Skipped {event.doc_id}: {event.skipped}" if event.skipped else f"Reading {event.doc_id}"
        progress((event.number, event.total), desc=what, unit="files")

    return on_file
