"""All settings in one typed object with five sections: index, retrieval, answer, LLM and UI.

Values come from (lowest to highest priority) the defaults of each section, environment
variables `DRAGOMAN_*`, and explicit keyword arguments (CLI flags, Python API). Every
option has one name, unique across sections, so `Settings.load(top_k=3, port=8000)`
needs no section prefix.
"""

from __future__ import annotations

import dataclasses
import math
import os
from dataclasses import dataclass, field
from typing import Any

from dragoman.index.settings import IndexSettings, RetrievalSettings


@dataclass(frozen=True)
class AnswerSettings:
    answer_passages: int = 6  # passages an answer reads
    answer_max_sentences: int = 3
    # abstain when the best sentence's evidence (cosine + term coverage) is below this;
    # measured on the dev, held-out and public sets (docs/quality.md; bench/answers.py)
    abstain_min_evidence: float = 0.8
    max_question_chars: int = 2_000

    def __post_init__(self) -> None:
        if self.answer_passages < 1 or self.answer_max_sentences < 1 or self.max_question_chars < 1:
            raise ValueError("settings answer_passages, answer_max_sentences and max_question_chars must be >= 1")


ANSWERERS = ("extractive", "generative")


@dataclass(frozen=True)
class LLMSettings:
    """The language model of the generative answerer; none configured: extractive answers only."""

    llm_url: str | None = None  # e.g. http://127.0.0.1:8080/v1 (OpenAI-compatible) or http://127.0.0.1:11434 (Ollama)
    llm_model: str | None = None  # the model name the server knows
    llm_api_key: str | None = None  # for servers that want one (OpenAI itself)
    llm_backend: str = "openai"  # "openai" (any OpenAI-compatible server) or "ollama"
    llm_timeout: float = 60.0  # seconds for a whole reply; then the extractive answer is shown
    llm_max_tokens: int = 400  # the longest reply asked for
    llm_context_window: int = 2048  # tokens the model reads: the evidence is fitted into it
    answerer: str = "auto"  # "auto" (generative when an LLM is configured), "extractive" or "generative"

    def __post_init__(self) -> None:
        if self.llm_backend not in ("openai", "ollama"):
            raise ValueError(f"setting 'llm_backend' must be openai or ollama, got {self.llm_backend!r}")
        if self.answerer not in ("auto", *ANSWERERS):
            raise ValueError(f"setting 'answerer' must be auto, extractive or generative, got {self.answerer!r}")
        if self.llm_url and not self.llm_url.startswith(("http://", "https://")):
            raise ValueError(f"setting 'llm_url' must look like http://HOST:PORT/v1, got {self.llm_url!r}")
        if not (0 < self.llm_timeout < float("inf")) or self.llm_max_tokens < 16 or self.llm_context_window < 256:
            raise ValueError("settings llm_timeout > 0, llm_max_tokens >= 16 and llm_context_window >= 256, please")


@dataclass(frozen=True)
class UISettings:
    host: str = "127.0.0.1"
    port: int = 7860
    auth: str | None = None  # "user:password"
    max_upload_bytes: int = 20_000_000


ENVIRONMENT = {
    "store": "DRAGOMAN_STORE",
    "chroma_url": "DRAGOMAN_CHROMA_URL",
    "collection": "DRAGOMAN_COLLECTION",
    "writer_lease_seconds": "DRAGOMAN_WRITER_LEASE_SECONDS",
    "writer_wait_seconds": "DRAGOMAN_WRITER_WAIT_SECONDS",
    "collection_prefix": "DRAGOMAN_COLLECTION_PREFIX",
    "model_name": "DRAGOMAN_MODEL_NAME",
    "model_path": "DRAGOMAN_MODEL_PATH",
    "embedder": "DRAGOMAN_EMBEDDER",
    "cache_dir": "DRAGOMAN_CACHE_DIR",
    "top_k": "DRAGOMAN_TOP_K",
    "mode": "DRAGOMAN_MODE",
    "exact_search_max_chunks": "DRAGOMAN_EXACT_SEARCH_MAX_CHUNKS",
    "auth": "DRAGOMAN_AUTH",
    "host": "DRAGOMAN_HOST",
    "port": "DRAGOMAN_PORT",
    "llm_url": "DRAGOMAN_LLM_URL",
    "llm_model": "DRAGOMAN_LLM_MODEL",
    "llm_api_key": "DRAGOMAN_LLM_API_KEY",
    "llm_backend": "DRAGOMAN_LLM_BACKEND",
    "llm_timeout": "DRAGOMAN_LLM_TIMEOUT",
    "answerer": "DRAGOMAN_ANSWERER",
}


@dataclass(frozen=True)
class Settings:
    index: IndexSettings = field(default_factory=IndexSettings)
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    answer: AnswerSettings = field(default_factory=AnswerSettings)
    llm: LLMSettings = field(default_factory=LLMSettings)
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
    """Text to the option's type; a number must be finite, and whole where the option is."""
    kind = type(current)
    if kind not in (int, float) or isinstance(value, bool):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"setting {name!r} must be a number, got {value!r}") from None
    if not math.isfinite(number) or (kind is int and not number.is_integer()):
        raise ValueError(f"setting {name!r} must be a finite {'whole ' if kind is int else ''}number, got {value!r}")
    return int(number) if kind is int else number
