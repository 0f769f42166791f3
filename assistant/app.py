"""The Gradio chat UI: a cited chat, the document library, and retrieval settings.

`serve(settings)` opens the store once, warms the query encoder and launches the app;
`build_app(assistant, settings)` builds it (tests launch it themselves). The `/ask`
API endpoint returns an answer and its citations as a dict (see `answer_dict`).
"""

from __future__ import annotations

import logging
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from dragoman import Answer, Assistant, DragomanError, QuestionError, Settings
from dragoman.assistant import render
from dragoman.index.settings import MODES
from dragoman.ingest.readers import SUPPORTED

log = logging.getLogger(__name__)

DEFAULT_CORPUS = "seeds"
EXAMPLES = (
    "Who chairs Finland's Crisis Management Initiative?",
    "What role has Oman played in the Gulf?",
    "Why can the revelation of multiple back channels be dangerous?",
)
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def answer_dict(answer: Answer) -> dict[str, Any]:
    """An `Answer` as JSON-ready data: text, abstained, citations (with spans and lines), passages."""
    return answer.to_dict()


def safe_filename(name: str, max_length: int = 120) -> str:
    """A file name that stays inside the uploads folder: no separators, no `..`, no leading dot."""
    base = re.split(r"[\\/]", name or "")[-1]
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = _UNSAFE_NAME.sub("_", stem).strip("._-")[:max_length] or "upload"
    ext = _UNSAFE_NAME.sub("", ext).lower()
    return f"{stem}.{ext}" if ext else stem


def parse_auth(auth: str | None) -> tuple[str, str] | None:
    if not auth:
        return None
    user, sep, password = auth.partition(":")
    if not sep or not user or not password:
        raise ValueError("setting 'auth' must look like user:password")
    return user, password


def launch_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for `Blocks.launch` (also used by tests)."""
    return dict(
        server_name=settings.ui.host,
        server_port=int(settings.ui.port),
        auth=parse_auth(settings.ui.auth),
        max_file_size=settings.ui.max_upload_bytes,
        show_error=True,
        css=render.CSS,
        theme=_theme(),
        footer_links=["api"],
    )


def _theme() -> gr.themes.Base:
    """The default theme with local fonts: an offline page must not fetch fonts from the web."""
    return gr.themes.Default(
        font=["ui-sans-serif", "system-ui", "sans-serif"], font_mono=["ui-monospace", "Consolas", "monospace"]
    )


# Requests answered at once: the store, caches and model are shared and thread-safe.
CONCURRENCY = 4


def warm_up(assistant: Assistant) -> None:
    """Load the query encoder (as configured) and the keyword index now, not on the first question."""
    t0 = time.perf_counter()
    assistant.warm_up()
    log.info("query path warmed in %.1fs", time.perf_counter() - t0)


def serve(settings: Settings, share: bool = False) -> None:
    """Open the store once, then serve the UI on settings.ui.host:settings.ui.port until interrupted."""
    assistant = Assistant(settings=settings)
    warm_up(assistant)
    app = build_app(assistant, settings)
    log.info("serving Dragoman on http://%s:%s", settings.ui.host, settings.ui.port)
    app.queue(default_concurrency_limit=CONCURRENCY).launch(share=share, **launch_options(settings))


class _Handlers:
    """Event handlers bound to one Assistant and its folders."""

    def __init__(self, assistant: Assistant, settings: Settings, corpus_dir: Path, uploads_dir: Path):
        self.assistant = assistant
        self.settings = settings
        self.corpus_dir = corpus_dir
        self.uploads_dir = uploads_dir

    # -- chat -------------------------------------------------------------------------
    def respond(
        self,
        question: str,
        chat: list[dict],
        history: list[dict],
        k: float,
        mode: str,
        show_scores: bool,
        answerer: str | None = None,
        show_dropped: bool = False,
    ) -> Iterator[tuple]:
        chat, history = list(chat or []), list(history or [])
        if (question or "").strip():
            chat.append({"role": "user", "content": render.markdown_text(question)})
        try:
            answer = None
            draft, verdicts = "", []
            events = self.assistant.ask_stream(question, history=history, k=int(k), mode=mode, answerer=answerer)
            for event in events:
                if isinstance(event, Answer):
                    answer = event
                    continue
                if isinstance(event, str):  # the answer as it is produced; the final one replaces it
                    draft += event
                else:
                    verdicts.append(event)
                bubble = {"role": "assistant", "content": render.draft_markdown(draft, verdicts)}
                yield "", chat + [bubble], render.SOURCES_PENDING, history
        except Exception as exc:  # any failure must reach the page, not spin forever
            if not isinstance(exc, QuestionError):
                log.exception("answering %r failed", question)
            message = str(exc) if isinstance(exc, QuestionError) else f"{type(exc).__name__}: {exc}"
            # The question stays in the box, so it can be fixed and asked again.
            yield question, self._error(chat, message), render.notice_html(message, title="Could not answer"), history
            return
        assert answer is not None  # ask_stream always ends with the Answer
        sources = render.sources_html(answer, self._document_text, bool(show_scores))
        # The sources arrive with the complete answer, in one update.
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
        reply = render.answer_markdown(answer, bool(show_dropped))
        yield "", chat + [{"role": "assistant", "content": reply}], sources, history

    @staticmethod
    def _error(chat: list[dict], message: str) -> list[dict]:
        return chat + [{"role": "assistant", "content": "⛔ **Error:** " + render.markdown_text(message)}]

    def _document_text(self, source: str) -> str | None:
        try:
            return self.assistant.document(source).text
        except KeyError:
            return None

    def ask_api(
        self, question: str, history: list | None = None, k: int = 0, mode: str = "", answerer: str = ""
    ) -> dict:
        """Answer `question` from the documents: text with [n] markers, abstained, citations, passages.

        history: earlier turns as [{"role", "content"}] messages (for follow-ups); k: passages to
        read (0: the default); mode: hybrid, dense or keyword ("": the default); answerer:
        extractive or generative ("": generative when a language model is configured).
        """
        try:
            answer = self.assistant.ask(
                question, history=history or None, k=int(k) or None, mode=mode or None, answerer=answerer or None
            )
            return answer_dict(answer)
        except (DragomanError, ValueError) as exc:
            raise gr.Error(str(exc)) from exc

    # -- library ----------------------------------------------------------------------
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
                rejected[original] = "unsupported file type; upload txt, md, html or pdf"
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


def build_app(
    assistant: Assistant,
    settings: Settings,
    corpus_dir: str | Path | None = None,
    uploads_dir: str | Path | None = None,
) -> gr.Blocks:
    h = _Handlers(
        assistant,
        settings,
        Path(corpus_dir or DEFAULT_CORPUS),
        Path(uploads_dir) if uploads_dir else Path(settings.index.store) / "uploads",
    )
    with gr.Blocks(title="Dragoman", analytics_enabled=False) as app:
        gr.Markdown("## Dragoman\nAnswers from your documents, each claim cited to the passage it comes from.")
        history = gr.State([])
        with gr.Tab("Chat", id="chat"), gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(
                    label="Conversation",
                    elem_id="chat",
                    height=460,
                    latex_delimiters=[],
                    feedback_options=None,
                    buttons=["copy"],
                )
                question = gr.Textbox(
                    label="Question", placeholder="Ask about your documents…", elem_id="question", lines=1, max_lines=4
                )
                with gr.Row():
                    ask = gr.Button("Ask", variant="primary", elem_id="ask-btn")
                    clear = gr.Button("New conversation", elem_id="clear-btn")
                    answerer = gr.Radio(
                        ["extractive", "generative"] if assistant.llm_configured else ["extractive"],
                        value=assistant.answerer_for(),
                        label="Answerer",
                        info="generative: a language model writes, every sentence checked against its source"
                        if assistant.llm_configured
                        else "start with --llm URL to add generative answers",
                        elem_id="answerer",
                    )
                with gr.Row(elem_id="examples"):
                    examples = [gr.Button(q, size="sm") for q in EXAMPLES]
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.HTML(render.SOURCES_PLACEHOLDER, elem_id="sources", js_on_load=render.SCROLL_TO_MARK_JS)
        with gr.Tab("Library", id="library"):
            table = gr.HTML(elem_id="documents")
            with gr.Row():
                with gr.Column():
                    files = gr.File(
                        label=f"Add documents (txt, md, html, pdf; up to "
                        f"{settings.ui.max_upload_bytes // 1_000_000} MB each)",
                        file_count="multiple",
                        elem_id="upload",
                    )
                    upload = gr.Button("Upload and index", variant="primary", elem_id="upload-btn")
                with gr.Column():
                    doc_choice = gr.Dropdown([], label="Document", elem_id="remove-doc", allow_custom_value=False)
                    remove = gr.Button("Remove from library", variant="stop", elem_id="remove-btn")
                    reindex = gr.Button(f"Re-index corpus folder ({h.corpus_dir})", elem_id="reindex-btn")
            report = gr.HTML(elem_id="library-report")
        with gr.Tab("Settings", id="settings"):
            k = gr.Slider(
                1, 20, value=settings.answer.answer_passages, step=1, label="Passages to read (k)", elem_id="k"
            )
            mode = gr.Radio(list(MODES), value=settings.retrieval.mode, label="Retrieval mode", elem_id="mode")
            show_scores = gr.Checkbox(False, label="Show scores", elem_id="show-scores")
            show_dropped = gr.Checkbox(
                False,
                label="Show sentences the language model wrote that the sources do not support",
                elem_id="show-dropped",
            )

        chat_io: dict[str, Any] = dict(
            inputs=[question, chat, history, k, mode, show_scores, answerer, show_dropped],
            outputs=[question, chat, sources, history],
        )
        ask.click(h.respond, api_visibility="private", **chat_io)
        question.submit(h.respond, api_visibility="private", **chat_io)
        for button, text in zip(examples, EXAMPLES):
            button.click(lambda t=text: t, outputs=question, api_visibility="private").then(
                h.respond, api_visibility="private", **chat_io
            )
        clear.click(
            lambda: ([], [], render.SOURCES_PLACEHOLDER), outputs=[chat, history, sources], api_visibility="private"
        )
        chat.clear(lambda: ([], render.SOURCES_PLACEHOLDER), outputs=[history, sources], api_visibility="private")
        library_out = [report, table, doc_choice]
        for button, handler, inputs in (
            (upload, h.upload, [files]),
            (remove, h.remove, [doc_choice]),
            (reindex, h.reindex, []),
        ):
            # Clear the last report first, so a new one never looks like the old one.
            event = button.click(lambda: "", outputs=report, queue=False, api_visibility="private").then(
                handler, inputs=inputs, outputs=library_out, api_visibility="private"
            )
            if button is upload:
                event.then(lambda: None, outputs=files, api_visibility="private")
        app.load(h.library, outputs=[table, doc_choice], api_visibility="private")
        gr.api(h.ask_api, api_name="ask")
    return app
