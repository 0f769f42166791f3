"""Scale benchmark (issue #5 item 4): stores of 10k and 100k chunks, embedded and behind a
`chroma run` server; search latency per mode, store open time and peak memory measured in a
fresh process; re-indexing 1 changed file of 1000.  Prints one JSON object.

Chunk texts are 3-6 sentences drawn at random from the seeds and the external PDFs. Vectors:
the real model embeds as many chunks as fit in --real-seconds, the rest are random unit vectors
(the output says how many of each). Chunks are written straight through Store.add_chunks /
put_documents and the keyword index through Index.rebuild_keyword (what every ingest commit runs),
so nothing else is embedded.

    python bench/scale.py [--quick] [--sizes 10000,100000] [--real-seconds S] [--no-server]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parent))
import argparse
import hashlib
import json
import random
import socket
import subprocess
import tempfile
import time

import numpy as np

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)
from bench._common import (
    EXTERNAL,
    EXTERNAL_SETS,
    SEEDS,
    SEEDS_DEV,
    VENV_BIN,
    emit,
    forget_vectors,
    latency_ms,
    log,
    machine,
    peak_rss_mb,
    profile_top,
    query_vector,
    ratio,
    rss_mb,
    setup_logging,
)

DIM = 384
CHUNKS_PER_DOC = 100


# -- synthetic corpus ----------------------------------------------------------------------------
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


# -- building a store ----------------------------------------------------------------------------
def build_store(settings, docs, vectors: np.ndarray, embedder) -> dict:
    from dragoman.index.core import Index
    from dragoman.index.store import Store

    t = time.perf_counter()
    store = Store(settings.index)
    store.begin_write(settings.index.model_name)
    i = 0
    for info, text, lines, records in docs:
        store.add_chunks(records, vectors[i : i + len(records)])
        store.put_documents([(info, text, lines)])
        i += len(records)
    gen = store.commit()
    write_s = time.perf_counter() - t
    index = Index(settings.index, settings.retrieval, embedder=embedder, store=store)
    t = time.perf_counter()
    index.rebuild_keyword(gen)
    kw_s = time.perf_counter() - t
    return {"index": index, "write_seconds": round(write_s, 1), "keyword_rebuild_seconds": round(kw_s, 2)}


def search_latency(index, queries: list[str], rounds: int) -> dict:
    """Per mode: with the query embedded on each call (cache cleared) and with the vector cached."""
    for q in queries[:5]:  # warm-up: HNSW segment, keyword index, model
        index.search(q)
    times: dict[str, list[float]] = {
        "hybrid": [],
        "dense": [],
        "keyword": [],
        "hybrid_cached_vector": [],
        "dense_cached_vector": [],
        "embed_query": [],
    }
    rng = random.Random(1)
    for _ in range(rounds):
        for q in queries:
            order = list(times)
            rng.shuffle(order)
            for what in order:
                if what == "embed_query":
                    t = time.perf_counter()
                    index.embedder.embed_query(q)
                    times[what].append(time.perf_counter() - t)
                    continue
                mode = what.split("_")[0]
                if not what.endswith("cached_vector"):
                    forget_vectors(index)
                else:
                    query_vector(index, q)
                t = time.perf_counter()
                index.search(q, mode=mode)
                times[what].append(time.perf_counter() - t)
    return {k: latency_ms(v) for k, v in times.items()}


def ask_latency(settings, embedder, queries: list[str]) -> dict:
    """Assistant.ask at this size (vectors forgotten before each call): with its document cache as
    it is after a warm-up round, and emptied before each call (the passages' documents are read
    from Chroma again, as for questions about documents not seen recently)."""
    from dragoman.assistant.facade import Assistant

    bot = Assistant(settings=settings, embedder=embedder)
    for q in queries[:5]:
        bot.ask(q)
    warm, cold = [], []
    for q in queries:
        for what in ("warm", "cold"):
            forget_vectors(bot.index)
            if what == "cold":
                bot.index._documents.clear()
            t = time.perf_counter()
            bot.ask(q)
            (warm if what == "warm" else cold).append(time.perf_counter() - t)
    out = {"ask": latency_ms(warm), "ask_document_cache_emptied": latency_ms(cold)}

    def one_round():
        for q in queries:
            forget_vectors(bot.index)
            bot.index._documents.clear()
            bot.ask(q)

    out["profile_ask_document_cache_emptied"] = profile_top(one_round, len(queries), n=12)
    return out


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


def ingest_one_file(index, folder: Path, pool: list[str]) -> dict:
    """Add one small file to a big store, then edit it: what re-indexing one file costs there."""
    from dragoman.ingest import ingest

    folder.mkdir(parents=True, exist_ok=True)
    f = folder / "one-more.txt"
    f.write_text("\n\n".join(make_texts(pool, 2, seed=7)), encoding="utf-8")
    t = time.perf_counter()
    added = ingest(index, [f])
    add_s = time.perf_counter() - t
    f.write_text(f.read_text() + "\n\nOne more sentence was appended by the scale benchmark.", encoding="utf-8")
    t = time.perf_counter()
    changed = ingest(index, [f])
    change_s = time.perf_counter() - t
    return {
        "add_file_seconds": round(add_s, 2),
        "add_chunks_embedded": added.chunks_embedded,
        "edit_file_seconds": round(change_s, 2),
        "edit_chunks_embedded": changed.chunks_embedded,
    }


# -- a fresh process opening the store -----------------------------------------------------------
def probe(args) -> None:
    """Child mode: open a store the way a new `dragoman` process does and report times and memory."""
    t0 = time.perf_counter()
    from dragoman import Settings
    from dragoman.index.core import Index
    from dragoman.index.store import Store

    out = {"import_seconds": round(time.perf_counter() - t0, 3)}
    settings = Settings.load(
        store=args.store, chroma_url=args.chroma_url, collection_prefix=args.prefix, query_encoder="numpy"
    )
    t = time.perf_counter()
    store = Store(settings.index)
    out["store_open_seconds"] = round(time.perf_counter() - t, 3)
    index = Index(settings.index, settings.retrieval, store=store)
    t = time.perf_counter()
    kw = index.keyword()
    out["first_keyword_load_seconds"] = round(time.perf_counter() - t, 3)
    out["open_seconds"] = round(out["store_open_seconds"] + out["first_keyword_load_seconds"], 3)
    out["keyword_chunks"] = len(kw)
    queries = json.loads(args.queries)
    t = time.perf_counter()
    index.search(queries[0])
    out["first_hybrid_search_seconds"] = round(time.perf_counter() - t, 3)  # HNSW load, query encoder load
    lat = []
    for q in queries[1:]:
        t = time.perf_counter()
        index.search(q)
        lat.append(time.perf_counter() - t)
    out["hybrid_after_first"] = latency_ms(lat)
    out["peak_rss_mb"] = peak_rss_mb()  # VmHWM: ru_maxrss would include the parent's peak (inherited at fork)
    print(json.dumps(out))


def run_probe(settings, queries: list[str]) -> dict:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--probe",
        "--store",
        str(settings.index.store),
        "--prefix",
        settings.index.collection_prefix,
        "--queries",
        json.dumps(queries[:21]),
    ]
    if settings.index.chroma_url:
        cmd += ["--chroma-url", settings.index.chroma_url]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode:
        return {"error": proc.stderr[-500:]}
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    res["process_wall_seconds"] = round(wall, 2)
    res["note"] = "new process, numpy query encoder (as the CLI); open = Store() + first keyword() load"
    return res


# -- chroma server -------------------------------------------------------------------------------
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


# -- 1 changed file of 1000 ----------------------------------------------------------------------
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


# -- main ----------------------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="10k chunks only, 60 s of real embedding, 300 small files")
    ap.add_argument("--sizes", help="comma-separated chunk counts (default 10000,100000; quick 10000)")
    ap.add_argument("--real-seconds", type=float, help="time budget for real-model vectors (default 120, quick 60)")
    ap.add_argument("--real-max", type=int, default=10_000, help="embed at most this many chunks with the real model")
    ap.add_argument("--rounds", type=int, default=2, help="rounds over the queries per mode")
    ap.add_argument("--files", type=int, help="small files for the 1-changed-file test (default 1000, quick 300)")
    ap.add_argument(
        "--server-sizes",
        help="sizes also built in a `chroma run` server (default 10000; 100000 adds ~10 min; '' for none)",
    )
    ap.add_argument("--no-server", action="store_true", help="skip the `chroma run` server part")
    ap.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--store", help=argparse.SUPPRESS)
    ap.add_argument("--prefix", help=argparse.SUPPRESS)
    ap.add_argument("--chroma-url", help=argparse.SUPPRESS)
    ap.add_argument("--queries", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.probe:
        return probe(args)
    setup_logging()
    sizes = (
        sorted(int(s) for s in args.sizes.split(",")) if args.sizes else ([10_000] if args.quick else [10_000, 100_000])
    )
    budget = args.real_seconds if args.real_seconds is not None else (60 if args.quick else 120)
    server_sizes = (
        set()
        if args.no_server
        else {int(x) for x in (args.server_sizes if args.server_sizes is not None else "10000").split(",") if x}
    )
    files = args.files or (300 if args.quick else 1000)

    from dragoman import Settings
    from dragoman.assistant.evaluate import load_questions
    from dragoman.index.core import Index
    from dragoman.index.embedder import default_embedder
    from dragoman.index.store import Store

    t_all = time.perf_counter()
    out: dict = {"bench": "scale", "quick": args.quick, "machine": machine(), "sizes": {}}
    pool = sentence_pool()
    out["sentence_pool"] = len(pool)
    queries = [i["question"] for i in load_questions(SEEDS_DEV)]
    for d in EXTERNAL_SETS:
        qs = [i["question"] for i in load_questions(EXTERNAL / d / "rag_dataset.json")]
        queries += random.Random(2).sample(qs, 17)
    out["queries"] = len(queries)
    embedder = default_embedder(Settings.load().index)
    embedder.embed(["warm up"])

    # One corpus for all sizes: size n is its first n chunks, so the real vectors are shared.
    texts_all = make_texts(pool, sizes[-1], seed=0)
    log.info(
        "vectors: real model for up to %d chunks within %.0fs, random unit vectors for the rest", args.real_max, budget
    )
    vectors_all, real = vectors_for(texts_all, embedder, budget, args.real_max)
    if real["real_chunks_per_second"]:
        real["estimated_seconds_to_embed_10k"] = round(10_000 / real["real_chunks_per_second"])
    out["real_vectors"] = real

    server = url = None
    with tempfile.TemporaryDirectory(prefix="dragoman-bench-scale-") as tmp:
        tmp = Path(tmp)
        try:
            if server_sizes & set(sizes):
                server, url, _ = start_server(tmp / "server-data")
                log.info("chroma server at %s (pid %d)", url, server.pid)
            for n in sizes:
                texts, vectors = texts_all[:n], vectors_all[:n]
                res: dict = {
                    "vectors": {"real_model": min(real["real"], n), "synthetic_random_unit": n - min(real["real"], n)},
                    "mean_chunk_chars": round(sum(map(len, texts)) / n),
                }
                docs = make_records(texts, f"scale{n}")
                res["documents"] = len(docs)
                for backend, chroma_url in [("embedded", None)] + (
                    [("server", url)] if url and n in server_sizes else []
                ):
                    log.info("%d chunks, %s: building the store", n, backend)
                    settings = Settings.load(
                        store=tmp / f"{backend}-{n}", chroma_url=chroma_url, collection_prefix=f"scale{n}"
                    )
                    built = build_store(settings, docs, vectors, embedder)
                    index = built.pop("index")
                    r: dict = {"build": built}
                    log.info("%d chunks, %s: search latency", n, backend)
                    r["search"] = search_latency(index, queries, args.rounds)
                    r["dense_engine"] = (
                        "in-memory matrix"
                        if index.vectors() is not None
                        else f"Chroma query (over exact_search_max_chunks={settings.retrieval.exact_search_max_chunks})"
                    )
                    r["profile_hybrid_cached_vector"] = profile_top(
                        lambda: [(query_vector(index, q), index.search(q)) for q in queries],  # noqa: B023
                        len(queries),
                        n=12,
                    )
                    log.info("%d chunks, %s: ask latency", n, backend)
                    r["answers"] = ask_latency(settings, embedder, queries)
                    r["goals"] = {
                        "hybrid_p50_le_50ms": r["search"]["hybrid"]["p50_ms"] <= 50,
                        "hybrid_cached_vector_p50_le_50ms": r["search"]["hybrid_cached_vector"]["p50_ms"] <= 50,
                    }
                    log.info("%d chunks, %s: open in a new process", n, backend)
                    r["open_new_process"] = run_probe(settings, queries)
                    t = time.perf_counter()
                    Index(settings.index, settings.retrieval, embedder=embedder, store=Store(settings.index)).keyword()
                    r["open_in_process_seconds"] = round(time.perf_counter() - t, 3)
                    r["goals"]["open_le_3s"] = r["open_new_process"].get("open_seconds", 99) <= 3
                    if backend == "embedded":
                        log.info("%d chunks: fixed ingest costs, one-file ingest", n)
                        r["fixed_ingest_costs"] = fixed_costs(index)
                        r["ingest_one_small_file"] = ingest_one_file(index, tmp / f"extra-{n}", pool)
                    else:
                        r["server_peak_rss_mb"] = server_peak_mb(server)
                    r["bench_process_peak_rss_mb"] = rss_mb()
                    res[backend] = r
                    index = None  # free it before the next size
                out["sizes"][str(n)] = res
            log.info("1 changed file of %d", files)
            out["one_changed_file_of_many"] = one_of_many(tmp, pool, files, embedder)
        finally:
            if server is not None:
                server.terminate()
                try:
                    server.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    server.kill()
    out["seconds"] = round(time.perf_counter() - t_all, 1)
    out["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    out["notes"] = (
        "search latencies include embedding the question (vector cache cleared) unless *_cached_vector; "
        "embed_query is the query encoder alone. Vectors: the first real_model chunks from "
        "all-MiniLM-L6-v2, the rest random unit vectors (a pessimistic case for HNSW). "
        "open = Store() + first keyword() load in a new process (numpy query encoder, as the CLI); "
        "peak_rss_mb there is that process's VmHWM. server_peak_rss_mb is the `chroma run` process."
    )
    emit(out)


if __name__ == "__main__":
    main()
