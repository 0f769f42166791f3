"""Dragoman: answers from your documents, every claim cited to the exact passage it came from.

The installed package maps the project's three folders, in the order data flows through them:
`dragoman.ingest` (files -> chunks in the store), `dragoman.index` (the store and retrieval)
and `dragoman.assistant` (answers, CLI, chat UI). The public API is re-exported here:

    import dragoman
    bot = dragoman.Assistant()
    answer = bot.ask("Who chairs Finland's Crisis Management Initiative?")

Names are imported lazily, so `import dragoman` (and `dragoman --help`) stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

from dragoman.index import _offline

_offline.enforce()  # before any Hugging Face / Chroma / Gradio module is imported

__version__ = "0.2.0"

_PUBLIC = {
    "Assistant": "dragoman.assistant.facade",
    "Answer": "dragoman.assistant.answer",
    "Citation": "dragoman.assistant.answer",
    "Evidence": "dragoman.assistant.answer",
    "Answerer": "dragoman.assistant.answer",
    "Status": "dragoman.assistant.facade",
    "CollectionInfo": "dragoman.index.catalog",
    "SentenceVerdict": "dragoman.assistant.answer",
    "verify": "dragoman.assistant.verify",
    "Support": "dragoman.assistant.verify",
    "Verifier": "dragoman.assistant.verify",
    "LLMError": "dragoman.assistant.llm",
    "MODES": "dragoman.index.settings",  # retrieval modes
    "SUPPORTED": "dragoman.ingest.readers",  # file types ingest reads
    "compose": "dragoman.assistant.extractive",
    "export_markdown": "dragoman.assistant.export",
    "Passage": "dragoman.index.retrieval",
    "Span": "dragoman.index.span",
    "Settings": "dragoman.assistant.settings",
    "IngestReport": "dragoman.ingest.pipeline",
    "FileProgress": "dragoman.ingest.pipeline",
    "DragomanError": "dragoman.index.errors",
    "StoreError": "dragoman.index.errors",
    "ModelMismatchError": "dragoman.index.errors",
    "QuestionError": "dragoman.index.errors",
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'dragoman' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
