"""The Gradio chat UI: a cited chat, the document library (library.py), and settings.

`serve(settings)` opens the store once, warms the query encoder and launches the app;
`build_app(assistant, settings)` builds it (tests launch it themselves). The `/ask`
API endpoint returns an answer and its citations as a dict (see `answer_dict`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import gradio as gr

from dragoman import MODES, Answer, Assistant, DragomanError, QuestionError, Settings
from dragoman.assistant import render
from dragoman.assistant.library import Library
from dragoman.assistant.switcher import Switcher, collection_bar, collection_manager, wire_collections
from dragoman.ingest.readers import supported_types

log = logging.getLogger(__name__)

DEFAULT_CORPUS = "seeds"
EXAMPLES = (
    "Who chairs Finland's Crisis Management Initiative?",
    "What role has Oman played in the Gulf?",
    "Why can the revelation of multiple back channels be dangerous?",
)


def answer_dict(answer: Answer) -> dict[str, Any]:
    """An `Answer` as JSON-ready data: text, abstained, citations (with spans and lines), passages."""
    return answer.to_dict()


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
    """Chat handlers: `bots(collection)` gives the Assistant of a collection (the Library tab's
    handlers are in library.py, collections' in switcher.py)."""

    def __init__(self, assistant: Assistant, bots: Callable[[str | None], Assistant] | None = None):
        self.assistant = assistant
        self.bot = bots or (lambda collection: assistant)  # the Assistant of a collection

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
        collection: str | None = None,
    ) -> Iterator[tuple]:
        chat, history = list(chat or []), list(history or [])
        if (question or "").strip():
            chat.append({"role": "user", "content": render.markdown_text(question)})
        try:
            bot = self.bot(collection)
            answer = None
            draft, verdicts = "", []
            generative = bot.answerer_for(answerer) == "generative"  # its draft is not checked yet
            events = bot.ask_stream(question, history=history, k=int(k), mode=mode, answerer=answerer)
            for event in events:
                if isinstance(event, Answer):
                    answer = event
                    continue
                if isinstance(event, str):  # the answer as it is produced; the final one replaces it
                    draft += event
                else:
                    verdicts.append(event)
                shown = render.draft_markdown(draft, verdicts) if generative else render.markdown_text(draft)
                bubble = {"role": "assistant", "content": shown}
                yield "", chat + [bubble], render.SOURCES_PENDING, history
        except Exception as exc:  # any failure must reach the page, not spin forever
            if not isinstance(exc, QuestionError):
                log.exception("answering %r failed", question)
            message = str(exc) if isinstance(exc, QuestionError) else f"{type(exc).__name__}: {exc}"
            # The question stays in the box, so it can be fixed and asked again.
            yield question, self._error(chat, message), render.notice_html(message, title="Could not answer"), history
            return
        assert answer is not None  # ask_stream always ends with the Answer
        sources = render.sources_html(
            answer,
            lambda source: _document_text(bot, source),
            bool(show_scores),
            ocr_pages=lambda source: _ocr_pages(bot, source),
        )
        # The sources arrive with the complete answer, in one update.
        # The question as understood, so a follow-up of a follow-up keeps its topic.
        said = "" if answer.abstained else answer.text
        history += [
            {"role": "user", "content": answer.resolved_question or question},
            {"role": "assistant", "content": said},
        ]
        reply = render.answer_markdown(answer, bool(show_dropped))
        yield "", chat + [{"role": "assistant", "content": reply}], sources, history

    @staticmethod
    def _error(chat: list[dict], message: str) -> list[dict]:
        return chat + [{"role": "assistant", "content": "⛔ **Error:** " + render.markdown_text(message)}]

    def ask_api(
        self,
        question: str,
        history: list | None = None,
        k: int = 0,
        mode: str = "",
        answerer: str = "",
        collection: str = "",
    ) -> dict:
        """Answer `question` from the documents: text with [n] markers, abstained, citations, passages.

        history: earlier turns as [{"role", "content"}] messages (for follow-ups); k: passages to
        read (0: the default); mode: hybrid, dense or keyword ("": the default); answerer:
        extractive or generative ("": generative when a language model is configured); collection:
        which collection of the store to answer from ("": the app's).
        """
        try:
            answer = self.bot(collection or None).ask(
                question, history=history or None, k=int(k) or None, mode=mode or None, answerer=answerer or None
            )
            return answer_dict(answer)
        except (DragomanError, ValueError) as exc:
            raise gr.Error(str(exc)) from exc


def _document_text(bot: Assistant, source: str) -> str | None:
    try:
        return bot.document(source).text
    except KeyError:
        return None


def _ocr_pages(bot: Assistant, source: str) -> list[int]:
    """Pages of `source` read by OCR (for the source cards)."""
    try:
        return list(bot.document(source).info.metadata.get("ocr", []))
    except KeyError:
        return []


def build_app(
    assistant: Assistant,
    settings: Settings,
    corpus_dir: str | Path | None = None,
    uploads_dir: str | Path | None = None,
) -> gr.Blocks:
    switcher = Switcher(  # one Library and Assistant per collection
        assistant,
        settings,
        Path(corpus_dir or DEFAULT_CORPUS),
        Path(uploads_dir) if uploads_dir else Path(settings.index.store) / "uploads",
    )
    with gr.Blocks(title="Dragoman", analytics_enabled=False) as app:
        gr.Markdown("## Dragoman\nAnswers from your documents, each claim cited to the passage it comes from.")
        collection = collection_bar(switcher)
        with gr.Tab("Chat", id="chat"):
            chat = _chat_tab(assistant)
        with gr.Tab("Library", id="library"):
            library = _library_tab(settings, switcher.lib())
            collections = collection_manager()
        with gr.Tab("Settings", id="settings"):
            options = _settings_tab(settings)
        options.collection = collection
        handlers = _Handlers(assistant, switcher.bot)
        _wire_chat(handlers, chat, options)
        _wire_library(switcher, library, collection)
        wire_collections(app, switcher, collection, collections, chat, library)  # also lists the library on load
        gr.api(handlers.ask_api, api_name="ask")
    return app


def _chat_tab(assistant: Assistant) -> SimpleNamespace:
    """The conversation, the question box and its buttons, the answerer choice, and the sources."""
    c = SimpleNamespace(history=gr.State([]))
    with gr.Row():
        with gr.Column(scale=3):
            c.chat = gr.Chatbot(
                label="Conversation",
                elem_id="chat",
                height=460,
                latex_delimiters=[],
                feedback_options=None,
                buttons=["copy"],
            )
            c.question = gr.Textbox(
                label="Question", placeholder="Ask about your documents…", elem_id="question", lines=1, max_lines=4
            )
            with gr.Row():
                c.ask = gr.Button("Ask", variant="primary", elem_id="ask-btn")
                c.clear = gr.Button("New conversation", elem_id="clear-btn")
                c.answerer = gr.Radio(
                    ["extractive", "generative"] if assistant.llm_configured else ["extractive"],
                    value=assistant.answerer_for(),
                    label="Answerer",
                    info="generative: a language model writes, every sentence checked against its source"
                    if assistant.llm_configured
                    else "start with --llm URL to add generative answers",
                    elem_id="answerer",
                )
            with gr.Row(elem_id="examples"):
                c.examples = [gr.Button(q, size="sm") for q in EXAMPLES]
        with gr.Column(scale=2):
            gr.Markdown("### Sources")
            c.sources = gr.HTML(render.SOURCES_PLACEHOLDER, elem_id="sources", js_on_load=render.SCROLL_TO_MARK_JS)
    return c


def _library_tab(settings: Settings, lib: Library) -> SimpleNamespace:
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
            c.doc_choice = gr.Dropdown([], label="Document", elem_id="remove-doc", allow_custom_value=False)
            c.remove = gr.Button("Remove from library", variant="stop", elem_id="remove-btn")
            c.reindex = gr.Button(f"Re-index corpus folder ({lib.corpus_dir})", elem_id="reindex-btn")
    c.report = gr.HTML(elem_id="library-report")
    return c


def _settings_tab(settings: Settings) -> SimpleNamespace:
    return SimpleNamespace(
        k=gr.Slider(1, 20, value=settings.answer.answer_passages, step=1, label="Passages to read (k)", elem_id="k"),
        mode=gr.Radio(list(MODES), value=settings.retrieval.mode, label="Retrieval mode", elem_id="mode"),
        show_scores=gr.Checkbox(False, label="Show scores", elem_id="show-scores"),
        show_dropped=gr.Checkbox(
            False, label="Show sentences the language model wrote that the sources do not support",
            elem_id="show-dropped",
        ),
    )  # fmt: skip


def _wire_chat(h: _Handlers, c: SimpleNamespace, o: SimpleNamespace) -> None:
    chat_io: dict[str, Any] = dict(
        inputs=[c.question, c.chat, c.history, o.k, o.mode, o.show_scores, c.answerer, o.show_dropped, o.collection],
        outputs=[c.question, c.chat, c.sources, c.history],
    )
    c.ask.click(h.respond, api_visibility="private", **chat_io)
    c.question.submit(h.respond, api_visibility="private", **chat_io)
    for button, text in zip(c.examples, EXAMPLES):
        button.click(lambda t=text: t, outputs=c.question, api_visibility="private").then(
            h.respond, api_visibility="private", **chat_io
        )
    c.clear.click(
        lambda: ([], [], render.SOURCES_PLACEHOLDER), outputs=[c.chat, c.history, c.sources], api_visibility="private"
    )
    c.chat.clear(lambda: ([], render.SOURCES_PLACEHOLDER), outputs=[c.history, c.sources], api_visibility="private")


def _wire_library(lib: Switcher, c: SimpleNamespace, collection: gr.Dropdown) -> None:
    library_out = [c.report, c.table, c.doc_choice]
    for button, handler, inputs in (
        (c.upload, lib.upload, [c.files]),
        (c.remove, lib.remove, [c.doc_choice]),
        (c.reindex, lib.reindex, []),
    ):
        # Clear the last report first, so a new one never looks like the old one.
        event = button.click(lambda: "", outputs=c.report, queue=False, api_visibility="private").then(
            handler, inputs=[*inputs, collection], outputs=library_out, api_visibility="private"
        )
        if button is c.upload:
            event.then(lambda: None, outputs=c.files, api_visibility="private")
