"""Collections in the chat UI: the selector above the tabs, create and delete in the Library tab.

Which collection a browser session reads is the selector's value, passed to every handler
(sessions never share it); `Switcher` keeps one Assistant and one Library per collection,
opened on first use and sharing the app's model. Switching starts a new conversation (and so a new
export), since a follow-up question about another collection's documents would make no sense, and
the chat's document filter offers the new collection's documents, none chosen.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import gradio as gr

from dragoman import Assistant, Settings, StoreError
from dragoman.assistant import render
from dragoman.assistant.library import Library, filter_update
from dragoman.index.catalog import DEFAULT, check_name

log = logging.getLogger(__name__)


class Switcher:
    """One Assistant and one Library per collection of the app's store."""

    def __init__(self, assistant: Assistant, settings: Settings, corpus_dir: Path, uploads_dir: Path):
        self.base = assistant
        self.settings = settings
        self.corpus_dir = corpus_dir
        self.uploads_dir = uploads_dir  # of the default collection; the others keep theirs in their folder
        self._bots: dict[str, Assistant] = {assistant.collection: assistant}
        self._libraries: dict[str, Library] = {}
        self._lock = threading.Lock()

    def bot(self, name: str | None = None) -> Assistant:
        """The Assistant of collection `name` (opened once); StoreError if there is no such collection."""
        name = name or self.base.collection
        with self._lock:
            found = self._bots.get(name)
        if found is not None:
            return found
        check_name(name)
        known = self.names()
        if name not in known:  # only collections that exist: a caller of /ask cannot open any number
            raise StoreError(f"no collection {name!r} in the store (collections: {', '.join(known)})")
        with self._lock:
            return self._bots.setdefault(name, self.base.open_collection(name))

    def lib(self, name: str | None = None) -> Library:
        bot = self.bot(name)
        with self._lock:
            if bot.collection not in self._libraries:
                uploads = self.uploads_dir if bot.collection == DEFAULT else bot.index.store.folder / "uploads"
                self._libraries[bot.collection] = Library(bot, self.settings, self.corpus_dir, uploads)
            return self._libraries[bot.collection]

    def names(self) -> list[str]:
        return [c.name for c in self.base.collections()]

    # -- the Library tab's handlers, for the selected collection (Gradio fills `progress`) --
    def library(self, collection: str | None = None) -> tuple[str, Any]:
        try:
            return self.lib(collection).library()
        except StoreError as exc:  # deleted meanwhile (from another page or the command line)
            return render.notice_html(str(exc), title="Collection not found"), gr.update(choices=[], value=None)

    def upload(self, files: list[str] | None, collection: str | None = None, progress: gr.Progress = gr.Progress()):  # noqa: B008
        return self._in(collection, lambda lib: lib.upload(files, progress))

    def confirm_remove(self, doc_id: str | None, collection: str | None = None):
        try:
            lib = self.lib(collection)
        except StoreError as exc:
            return gr.update(visible=False), "", None, render.notice_html(str(exc), title="Collection not found")
        return lib.confirm_remove(doc_id)

    def remove(self, doc_id: str | None, collection: str | None = None):
        return self._in(collection, lambda lib: lib.remove(doc_id))

    def reindex(self, collection: str | None = None, progress: gr.Progress = gr.Progress()):  # noqa: B008
        return self._in(collection, lambda lib: lib.reindex(progress))

    def _in(self, collection: str | None, handler: Callable[[Library], tuple]) -> tuple:
        try:
            lib = self.lib(collection)
        except StoreError as exc:
            return (render.notice_html(str(exc), title="Collection not found"), *self.library(collection))
        return handler(lib)

    # -- the selector, create and delete ---------------------------------------------------
    def selector(self, current: str | None = None) -> Any:
        names = self.names()
        value = current if current in names else self.base.collection
        return gr.update(choices=[*names, *([value] if value not in names else [])], value=value)

    def switch(self, name: str | None) -> tuple:
        """A new conversation (no messages, history, answers, sources or export), the chat's document
        filter and the library of collection `name`."""
        name = name or self.base.collection
        try:
            docs = self.bot(name).documents()
        except StoreError:  # deleted meanwhile: self.library says so
            docs = []
        return (
            [],
            [],
            [],
            render.SOURCES_PLACEHOLDER,
            gr.update(value=None, interactive=False),
            filter_update(docs, []),  # ids of another collection's documents would mean nothing here
            *self.library(name),
            "",  # the last upload's report was about another collection
            gr.update(visible=False),  # a removal asked about in another collection is forgotten
            None,
            gr.update(visible=name == DEFAULT),  # re-indexing the corpus folder is the default's
            gr.update(visible=name != DEFAULT),  # the default collection cannot be deleted
            gr.update(visible=False),
        )

    def create(self, name: str | None, current: str | None) -> tuple:
        name = (name or "").strip()
        try:
            created = self.base.create_collection(name)
        except ValueError as exc:
            return self.selector(current), render.notice_html(str(exc), title="Could not create"), name
        with self._lock:
            self._bots[name] = created
        log.info("created collection %r from the UI", name)
        message = f"Collection {name!r} created and selected: upload documents to it below."
        return self.selector(name), render.notice_html(message, kind="ok", title="Created"), ""

    def confirm_delete(self, name: str | None) -> tuple:
        if not name or name == DEFAULT:
            return gr.update(visible=False), ""
        count = len(self.bot(name).documents())
        return gr.update(visible=True), (
            f"Delete collection **{render.markdown_text(name)}** and its {count} documents? Its index and the "
            "files uploaded to it are deleted; files indexed from other folders are left alone."
        )

    def delete(self, name: str | None) -> tuple:
        try:
            gone = self.base.delete_collection(name or "")
        except (KeyError, ValueError) as exc:
            message = exc.args[0] if isinstance(exc, KeyError) else str(exc)
            return self.selector(name), render.notice_html(message, title="Could not delete"), gr.update(visible=False)
        with self._lock:
            self._bots.pop(gone.name, None)
            self._libraries.pop(gone.name, None)
        message = f"Collection {gone.name!r} deleted ({gone.documents} documents)."
        return self.selector(DEFAULT), render.notice_html(message, kind="ok", title="Deleted"), gr.update(visible=False)


def collection_bar(switcher: Switcher) -> gr.Dropdown:
    """The selector, above the tabs: what the chat answers from and what the library lists."""
    with gr.Row(equal_height=True):
        choice = gr.Dropdown(
            [switcher.base.collection],
            value=switcher.base.collection,
            label="Collection",
            elem_id="collection",
            allow_custom_value=False,
            scale=1,
            min_width=240,
        )
        gr.Markdown("The chat answers from this collection; the Library tab lists, fills and manages it.", scale=3)
    return choice


def collection_manager() -> SimpleNamespace:
    """Create and delete collections (in the Library tab)."""
    c = SimpleNamespace()
    with gr.Accordion("Collections", open=False, elem_id="collections-panel"):
        with gr.Row():
            c.name = gr.Textbox(
                label="New collection", placeholder="e.g. papers-2024", elem_id="new-collection", max_lines=1
            )
            c.create = gr.Button("Create", elem_id="create-collection-btn")
            c.delete = gr.Button(
                "Delete this collection", variant="stop", elem_id="delete-collection-btn", visible=False
            )
        with gr.Row(visible=False, elem_id="confirm-delete-collection") as c.confirm:
            c.question = gr.Markdown()
            c.yes = gr.Button("Delete", variant="stop", elem_id="confirm-delete-collection-btn")
            c.no = gr.Button("Cancel", elem_id="cancel-delete-collection-btn")
        c.report = gr.HTML(elem_id="collection-report")
    return c


def wire_collections(
    app: gr.Blocks, s: Switcher, choice: gr.Dropdown, m: SimpleNamespace, chat: SimpleNamespace, library: Any
) -> None:
    """Switching, creating and deleting; when the page opens, the collections are listed and the
    library of the selected one is shown."""
    private: dict[str, Any] = dict(api_visibility="private")
    switched: dict[str, Any] = dict(
        inputs=choice,
        outputs=[chat.chat, chat.history, chat.turns, chat.sources, chat.download, chat.filter,
                 library.table, library.doc_choice, library.report, library.confirm, library.pending,
                 library.reindex, m.delete, m.confirm],
        **private,
    )  # fmt: skip
    app.load(s.selector, inputs=choice, outputs=choice, **private).then(s.switch, **switched)
    choice.change(s.switch, **switched)
    m.create.click(s.create, inputs=[m.name, choice], outputs=[choice, m.report, m.name], **private)
    m.name.submit(s.create, inputs=[m.name, choice], outputs=[choice, m.report, m.name], **private)
    m.delete.click(s.confirm_delete, inputs=choice, outputs=[m.confirm, m.question], **private)
    m.no.click(lambda: gr.update(visible=False), outputs=m.confirm, **private)
    m.yes.click(s.delete, inputs=choice, outputs=[choice, m.report, m.confirm], **private)
