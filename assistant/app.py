"""The Gradio chat UI: a cited chat, the document library (library.py), collections (switcher.py), settings.

`start(settings)` opens the store once, warms the query encoder and launches the app;
`build_app(assistant, settings)` builds it (tests launch it themselves). The `/ask`
API endpoint returns an answer and its citations as a dict (see `answer_dict`).
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import gradio as gr

from dragoman import MODES, Answer, Assistant, DragomanError, QuestionError, Settings, StoreError
from dragoman.assistant import render
from dragoman.assistant.export import export_markdown
from dragoman.assistant.library import filter_update, library_tab, safe_filename, wire_library
from dragoman.assistant.switcher import Switcher, collection_bar, collection_manager, wire_collections

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


def start(settings: Settings, share: bool = False) -> gr.Blocks:
    """Open the store once and start serving the UI on settings.ui.host:settings.ui.port (in the
    background: `app.block_thread()` waits). Quiet: Gradio's own banner suggests `share=True`,
    which would publish the user's documents; the caller says where the app is."""
    assistant = Assistant(settings=settings)
    warm_up(assistant)
    app = build_app(assistant, settings)
    app.queue(default_concurrency_limit=CONCURRENCY).launch(
        share=share, quiet=True, prevent_thread_lock=True, **launch_options(settings)
    )
    log.info("serving Dragoman on http://%s:%s", settings.ui.host, settings.ui.port)
    return app


class _Handlers:
    """Chat handlers: `bots(collection)` gives the Assistant of a collection (the Library tab's
    handlers are in library.py, collections' in switcher.py)."""

    def __init__(self, assistant: Assistant, bots: Callable[[str | None], Assistant] | None = None):
        self.assistant = assistant
        self.bot = bots or (lambda collection: assistant)  # the Assistant of a collection
        # Exported conversations, one file per browser session (Gradio serves a copy of it).
        self._exports = tempfile.TemporaryDirectory(prefix="dragoman-exports-")

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
        sources: list[str] | None = None,
        turns: list[Answer] | None = None,
        request: gr.Request | None = None,
    ) -> Iterator[tuple]:
        """Answer in the chat. Outputs: the question box, chat, sources panel, history, turns (the
        Answers so far) and the download button (updated with the answer, so it never lags behind)."""
        if not (question or "").strip():  # nothing asked: a hint, no chat bubble, nothing changed
            gr.Info("Type a question about your documents, then press Ask.")
            yield tuple(gr.skip() for _ in range(6))
            return
        chat, history, turns = list(chat or []), list(history or []), list(turns or [])
        chat.append({"role": "user", "content": render.markdown_text(question)})
        try:
            bot = self.bot(collection)
            answer = None
            draft, verdicts = "", []
            generative = bot.answerer_for(answerer) == "generative"  # its draft is not checked yet
            # (the Answers of this chat when it has them: a follow-up reads again what the last one quoted)
            events = bot.ask_stream(
                question, history=turns or history, k=int(k), mode=mode, answerer=answerer, sources=sources or None
            )
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
                yield "", chat + [bubble], render.SOURCES_PENDING, history, turns, gr.skip()
        except Exception as exc:  # any failure must reach the page, not spin forever
            if not isinstance(exc, QuestionError):
                log.exception("answering %r failed", question)
            message = str(exc) if isinstance(exc, QuestionError) else f"{type(exc).__name__}: {exc}"
            # The question stays in the box, so it can be fixed and asked again.
            notice = render.notice_html(message, title="Could not answer")
            yield question, self._error(chat, message), notice, history, turns, gr.skip()
            return
        assert answer is not None  # ask_stream always ends with the Answer
        panel = render.sources_html(
            answer,
            lambda source: _document_text(bot, source),
            bool(show_scores),
            metadata=lambda source: _metadata(bot, source),
        )
        # The sources arrive with the complete answer, in one update.
        # The question as understood, so a follow-up of a follow-up keeps its topic.
        said = "" if answer.abstained else answer.text
        history += [
            {"role": "user", "content": answer.resolved_question or question},
            {"role": "assistant", "content": said},
        ]
        reply = render.answer_markdown(answer, bool(show_dropped))
        turns.append(answer)
        yield (
            "",
            chat + [{"role": "assistant", "content": reply}],
            panel,
            history,
            turns,
            self.export_file(turns, request),
        )

    def export_file(self, turns: list[Answer] | None, request: gr.Request | None = None) -> Any:
        """The conversation as a Markdown file for the download button (disabled while there is none)."""
        if not turns:
            return gr.update(value=None, interactive=False)
        session = safe_filename(request.session_hash or "local") if request else "local"
        path = Path(self._exports.name) / session / "dragoman-conversation.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(export_markdown(turns), encoding="utf-8")
        return gr.update(value=str(path), interactive=True)

    def filter_choices(self, selected: list[str] | None, collection: str | None = None) -> Any:
        """The documents of `collection` to restrict a question to, by title; the chosen ones still
        there stay chosen."""
        try:
            docs = self.bot(collection).documents()
        except StoreError:  # deleted meanwhile: the chat and the library say so
            docs = []
        return filter_update(docs, selected)

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
        sources: list[str] | None = None,
    ) -> dict:
        """Answer `question` from the documents: text with [n] markers, abstained, citations, passages.

        history: earlier turns as [{"role", "content"}] messages (for follow-ups); k: passages to
        read (0: the default); mode: hybrid, dense or keyword ("": the default); answerer:
        extractive or generative ("": generative when a language model is configured); collection:
        which collection of the store to answer from ("": the app's); sources: document ids of that
        collection to answer from (empty: all).
        """
        try:
            answer = self.bot(collection or None).ask(
                question,
                history=history or None,
                k=int(k) or None,
                mode=mode or None,
                answerer=answerer or None,
                sources=sources or None,
            )
            return answer_dict(answer)
        except (DragomanError, ValueError) as exc:
            raise gr.Error(str(exc)) from exc


def _document_text(bot: Assistant, source: str) -> str | None:
    try:
        return bot.document(source).text
    except KeyError:
        return None


def _metadata(bot: Assistant, source: str) -> dict[str, Any]:
    """What is stored with `source` (for the source cards): pages read by OCR, title, authors..."""
    try:
        return dict(bot.document(source).info.metadata)
    except KeyError:
        return {}


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
            library = library_tab(settings, switcher.lib())
            collections = collection_manager()
        with gr.Tab("Settings", id="settings"):
            options = _settings_tab(settings)
        options.collection = collection
        handlers = _Handlers(assistant, switcher.bot)
        _wire_chat(handlers, chat, options)
        for changed in wire_library(switcher, library, collection):  # upload, re-index, remove
            # The documents changed: so do the filter's choices (switching collection sets them itself, in
            # Switcher.switch; a .change of the table would fire before the filter holds the new collection's).
            changed.then(
                handlers.filter_choices, inputs=[chat.filter, collection], outputs=chat.filter, api_visibility="private"
            )
        wire_collections(app, switcher, collection, collections, chat, library)  # also lists the library on load
        gr.api(handlers.ask_api, api_name="ask")
    return app


def _chat_tab(assistant: Assistant) -> SimpleNamespace:
    """The conversation, the question box and its buttons, the answerer choice, and the sources."""
    c = SimpleNamespace(history=gr.State([]), turns=gr.State([]))
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
                c.download = _export_button()
                c.answerer = gr.Radio(
                    ["extractive", "generative"] if assistant.llm_configured else ["extractive"],
                    value=assistant.answerer_for(),
                    label="Answerer",
                    info="generative: a language model writes, every sentence checked against its source"
                    if assistant.llm_configured
                    else "start with --llm URL to add generative answers",
                    elem_id="answerer",
                )
            c.filter = _filter_box()
            with gr.Row(elem_id="examples"):
                c.examples = [gr.Button(q, size="sm") for q in EXAMPLES]
        with gr.Column(scale=2):
            gr.Markdown("### Sources")
            c.sources = gr.HTML(render.SOURCES_PLACEHOLDER, elem_id="sources", js_on_load=render.SCROLL_TO_MARK_JS)
    return c


def _filter_box() -> gr.Dropdown:
    """Restrict questions to chosen documents (by title; the value is their ids)."""
    return gr.Dropdown(
        [],
        value=[],
        multiselect=True,
        label="Only these documents",
        info="leave empty to answer from the whole library",
        elem_id="doc-filter",
    )


def _export_button() -> gr.DownloadButton:
    """The conversation so far as Markdown with its citations (enabled once there is an answer)."""
    return gr.DownloadButton("Download conversation", interactive=False, elem_id="export-btn")


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
        inputs=[c.question, c.chat, c.history, o.k, o.mode, o.show_scores, c.answerer, o.show_dropped,
                o.collection, c.filter, c.turns],
        outputs=[c.question, c.chat, c.sources, c.history, c.turns, c.download],
    )  # fmt: skip
    c.ask.click(h.respond, api_visibility="private", **chat_io)
    c.question.submit(h.respond, api_visibility="private", **chat_io)
    for button, text in zip(c.examples, EXAMPLES):
        button.click(lambda t=text: t, outputs=c.question, api_visibility="private").then(
            h.respond, api_visibility="private", **chat_io
        )
    cleared = (c.chat, c.history, c.turns, c.sources, c.download)
    c.clear.click(_cleared, outputs=cleared, api_visibility="private")
    c.chat.clear(_cleared, outputs=cleared, api_visibility="private")


def _cleared() -> tuple:
    """A new conversation: no messages, history, answers, sources or export."""
    return [], [], [], render.SOURCES_PLACEHOLDER, gr.update(value=None, interactive=False)
