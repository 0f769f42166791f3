"""All settings in one typed object with four sections: index, retrieval, answer and UI.

Values come from (lowest to highest priority) the defaults of each section, environment
variables `DRAGOMAN_*`, and explicit keyword arguments (CLI flags, Python API). Every
option has one name, unique across sections, so `Settings.load(top_k=3, port=8000)`
needs no section prefix.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

from dragoman.index.settings import IndexSettings, RetrievalSettings


@dataclass(frozen=True)
class AnswerSettings:
    answer_passages: int = 6  # passages an answer reads
    answer_max_sentences: int = 3
    # abstain when the best sentence's evidence (cosine + term coverage) is below this;
    # measured on the dev, held-out and public sets (README, "Quality"; bench/answers.py)
    abstain_min_evidence: float = 0.85
    max_question_chars: int = 2_000


@dataclass(frozen=True)
class UISettings:
    host: str = "127.0.0.1"
    port: int = 7860
    auth: str | None = None  # "user:password"
    max_upload_bytes: int = 20_000_000


ENVIRONMENT = {
    "store": "DRAGOMAN_STORE",
    "chroma_url": "DRAGOMAN_CHROMA_URL",
    "model_name": "DRAGOMAN_MODEL_NAME",
    "model_path": "DRAGOMAN_MODEL_PATH",
    "top_k": "DRAGOMAN_TOP_K",
    "mode": "DRAGOMAN_MODE",
    "exact_search_max_chunks": "DRAGOMAN_EXACT_SEARCH_MAX_CHUNKS",
    "auth": "DRAGOMAN_AUTH",
    "host": "DRAGOMAN_HOST",
    "port": "DRAGOMAN_PORT",
}


@dataclass(frozen=True)
class Settings:
    index: IndexSettings = field(default_factory=IndexSettings)
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    answer: AnswerSettings = field(default_factory=AnswerSettings)
    ui: UISettings = field(default_factory=UISettings)

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        """Defaults, then DRAGOMAN_* environment variables, then non-None overrides (by option name)."""
        values = {name: os.environ[var] for name, var in ENVIRONMENT.items() if os.environ.get(var)}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls().replace(**values)

    def replace(self, **changes: Any) -> Settings:
        """A copy with options changed by name (`replace(top_k=3)`); text values are converted."""
        sections: dict[str, dict[str, Any]] = {}
        for name, value in changes.items():
            section = _section_of(name)
            current = getattr(getattr(self, section), name)
            sections.setdefault(section, {})[name] = _convert(name, value, current)
        return dataclasses.replace(self, **{s: dataclasses.replace(getattr(self, s), **v) for s, v in sections.items()})


def _section_of(name: str) -> str:
    for section in dataclasses.fields(Settings):
        if name in {f.name for f in dataclasses.fields(section.default_factory)}:  # type: ignore[arg-type]
            return section.name
    raise TypeError(f"unknown setting {name!r}; see dragoman.Settings for the options")


def _convert(name: str, value: Any, current: Any) -> Any:
    kind = type(current)
    if kind in (int, float) and isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            raise ValueError(f"setting {name!r} must be a number, got {value!r}") from None
    return value
