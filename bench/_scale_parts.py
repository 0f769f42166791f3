"""Parts of bench/scale.py: synthetic corpora and stores, a `chroma run` server, the one-of-many re-index."""

from __future__ import annotations

import hashlib
import random
import socket
import subprocess
import time
from pathlib import Path

import numpy as np

from bench._common import (
    EXTERNAL,
    EXTERNAL_SETS,
    SEEDS,
    VENV_BIN,
    log,
    profile_top,
    ratio,
)

DIM = 384
CHUNKS_PER_DOC = 100


def sentence_pool() -> list[str]:
    """Sentences of the seeds and the external PDFs, read and cleaned as ingest does."""
    from dragoman.index.text import split_sentences
    from dragoman.ingest.clean import clean
    from dragoman.ingest.readers import read_file

    files = sorted(SEEDS.glob("*.*")) + [
        p for d in EXTERNAL_SETS for p in sorted((EXTERNAL / d / "source_files").glob("*.pdf"))
    ]
    pool = []
    for f in files:
        text = clean(read_file(f, 30_000_000)).text
        pool += [" ".join(text[s.start : s.end].split()) for s in split_sentences(text)]
    pool = [s for s in dict.fromkeys(pool) if 40 <= len(s) <= 400]
    return pool


def make_texts(pool: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(pool) for _ in range(rng.randint(3, 6))) for _ in range(n)]


def make_records(texts: list[str], prefix: str):
    """Documents of CHUNKS_PER_DOC chunks each; chunk spans index into the document's text."""
    from dragoman.index.documents import ChunkRecord, DocumentInfo, LineMap
    from dragoman.index.span import Span

    docs = []
    for d, i in enumerate(range(0, len(texts), CHUNKS_PER_DOC)):
        doc_id = f"{prefix}/doc{d:05d}.txt"
        part = texts[i : i + CHUNKS_PER_DOC]
        text = "\n\n".join(part)
        records, pos = [], 0
        for j, t in enumerate(part):
            h = hashlib.sha256(t.encode()).hexdigest()
            cid = hashlib.sha1(f"{doc_id}\0{h}\0{j}".encode()).hexdigest()[:24]
            span = Span(doc_id, pos, pos + len(t), 2 * j + 1, 2 * j + 1)
            records.append(ChunkRecord(cid, span, f"Synthetic document {d}", t, t, "", h))
            pos += len(t) + 2
        info = DocumentInfo(
            doc_id,
            f"Synthetic document {d}",
            "/nonexistent/scale-bench",
            "0" * 64,
            "scale-bench",
            tuple(r.chunk_id for r in records),
            time.time(),
            len(text),
        )
        lines = LineMap([(0, len(text), 1, 2 * len(part) - 1)])
        docs.append((info, text, lines, records))
    return docs


def unit_vectors(n: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def vectors_for(texts: list[str], embedder, budget_s: float, limit: int) -> tuple[np.ndarray, dict]:
    """Real vectors for the first texts (at most `limit`, as many as fit in budget_s), random unit
    vectors for the rest."""
    out = unit_vectors(len(texts), seed=len(texts))
    t0 = time.perf_counter()
    done, step = 0, 256
    while done < min(limit, len(texts)) and time.perf_counter() - t0 < budget_s:
        part = texts[done : min(done + step, limit)]
        out[done : done + len(part)] = embedder.embed(part)
        done += len(part)
    took = time.perf_counter() - t0
    rate = done / took if done else None
    info = {"real": done, "real_seconds": round(took, 1), "real_chunks_per_second": round(rate, 2) if rate else None}
    return out, info


def build_store(settings, docs, vectors: np.ndarray, embedder) -> dict:
    from dragoman.index.core import Index
    from dragoman.index.store import Store

    t = time.perf_counter()
    store = Store(settings.index)
    store.begin_write(embedder.name)  # the name of the engine that made the vectors (+int8 for int8)
    i = 0
    for g in range(0, len(docs), 10):  # 10 documents (1000 chunks) per write: one Chroma batch
        group = docs[g : g + 10]
        records = [r for _, _, _, rs in group for r in rs]
        store.add_chunks(records, vectors[i : i + len(records)])  # chunks first, as an ingest writes them
        store.put_documents([(info, text, lines) for info, text, lines, _ in group])
        i += len(records)
        if g % 1000 == 0:
            log.info("built %d of %d documents (%.0f s)", g, len(docs), time.perf_counter() - t)
    gen = store.commit()
    write_s = time.perf_counter() - t
    index = Index(settings.index, settings.retrieval, embedder=embedder, store=store)
    t = time.perf_counter()
    index.rebuild_keyword(gen)
    kw_s = time.perf_counter() - t
    store.finish_write()  # a clean store, as a finished ingest leaves it
    return {"index": index, "write_seconds": round(write_s, 1), "keyword_rebuild_seconds": round(kw_s, 2)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(path: Path) -> tuple[subprocess.Popen, str, Path]:
    port = free_port()
    logf = path.parent / "chroma-server.log"
    proc = subprocess.Popen(
        [str(VENV_BIN / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=open(logf, "w"),  # noqa: SIM115 (lives with the server)
        stderr=subprocess.STDOUT,
    )
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    deadline = time.monotonic() + 60
    while True:
        try:
            chromadb.HttpClient(
                host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False)
            ).heartbeat()
            break
        except Exception:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"chroma run did not start; see {logf}: {logf.read_text()[-500:]}") from None
            time.sleep(0.3)
    return proc, f"http://127.0.0.1:{port}", logf


def server_peak_mb(proc: subprocess.Popen) -> float | None:
    """Peak RSS (VmHWM) of the server process and its children."""
    total = 0.0
    pids = [proc.pid]
    try:
        pids += [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
    except OSError:
        pass
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return round(total, 1) if total else None


def one_of_many(tmp: Path, pool: list[str], files: int, embedder) -> dict:
    from dragoman import Settings
    from dragoman.index.core import Index
    from dragoman.ingest import ingest

    corpus = tmp / "many"
    corpus.mkdir()
    rng = random.Random(3)
    for i in range(files):
        (corpus / f"note{i:04d}.txt").write_text(
            " ".join(rng.choice(pool) for _ in range(rng.randint(3, 5))), encoding="utf-8"
        )
    settings = Settings.load(store=tmp / "many-store")
    index = Index(settings.index, settings.retrieval, embedder=embedder)
    log.info("ingesting %d small files (real model)", files)
    full = ingest(index, [corpus])
    t = time.perf_counter()
    ingest(index, [corpus])
    noop_s = time.perf_counter() - t
    victim = corpus / f"note{files // 2:04d}.txt"
    victim.write_text(victim.read_text() + " This sentence was added by the scale benchmark.", encoding="utf-8")
    t = time.perf_counter()
    one = ingest(index, [corpus])
    one_s = time.perf_counter() - t
    victim.write_text(victim.read_text() + " And a second one.", encoding="utf-8")
    prof = profile_top(
        lambda: ingest(index, [corpus]),
        1,
        n=14,
        keep=("/index/", "/ingest/", "chromadb/api/models/Collection.py", "bm25s/"),
    )
    per_file = full.seconds / files
    costs = fixed_costs(index)
    return {
        "files": files,
        "chunks": index.store.chunk_count(),
        "vectors": "real model",
        "full_ingest_seconds": round(full.seconds, 2),
        "full_chunks_embedded": full.chunks_embedded,
        "per_file_cost_seconds": round(per_file, 4),
        "no_change_reingest_seconds": round(noop_s, 3),
        "one_changed_reingest_seconds": round(one_s, 3),
        "one_changed_chunks_embedded": one.chunks_embedded,
        "one_changed_files": {"changed": one.changed, "unchanged": len(one.unchanged)},
        "ratio_one_changed_to_full": ratio(one_s, full.seconds, 4),
        "ratio_one_changed_to_per_file_cost": ratio(one_s, per_file, 2),
        "fixed_costs_at_this_size": costs,
        "profile_second_one_changed_reingest": prof,
    }


def fixed_costs(index) -> dict:
    """What an ingest pays whatever changed, at this store size (pieces of ingest.pipeline.ingest)."""
    out = {}
    t = time.perf_counter()
    docs = index.store.documents()
    out["store_documents_seconds"] = round(time.perf_counter() - t, 3)
    out["documents"] = len(docs)
    t = time.perf_counter()
    ids = index.store.chunk_ids()
    out["store_chunk_ids_seconds"] = round(time.perf_counter() - t, 3)
    out["chunks"] = len(ids)
    t = time.perf_counter()
    index.rebuild_keyword()
    out["keyword_rebuild_seconds"] = round(time.perf_counter() - t, 3)
    return out


def disk_mb(folder: Path) -> float:
    return round(sum(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file()) / 2**20, 1)


def growth(sizes: dict) -> dict:
    """How each figure grows from the smallest size to the largest, per backend (a ratio)."""
    keys = {
        "hybrid_p50_ms": lambda r: r["search"]["hybrid"]["p50_ms"],
        "hybrid_p95_ms": lambda r: r["search"]["hybrid"]["p95_ms"],
        "open_seconds": lambda r: r["open_new_process"].get("open_seconds"),
        "open_process_peak_rss_mb": lambda r: r["open_new_process"].get("peak_rss_mb"),
        "server_peak_rss_mb": lambda r: r.get("server_peak_rss_mb"),
        "local_disk_mb": lambda r: r.get("local_disk_mb"),
        "ingest_chunks_per_second": lambda r: r.get("ingest_chunks_per_second"),
    }
    ns = sorted(sizes, key=int)
    out: dict = {}
    if len(ns) < 2:
        return out
    small, large = sizes[ns[0]], sizes[ns[-1]]
    for backend in set(small) & set(large):
        if not isinstance(small[backend], dict) or "search" not in small[backend]:
            continue
        row = {"from": int(ns[0]), "to": int(ns[-1])}
        for k, get in keys.items():
            a, b = get(small[backend]), get(large[backend])
            if a and b:
                row[k] = {"from": a, "to": b, "ratio": round(b / a, 2)}
        out[backend] = row
    return out
