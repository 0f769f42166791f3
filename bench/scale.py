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
import json
import random
import subprocess
import tempfile
import time

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)
from bench._common import (
    EXTERNAL,
    EXTERNAL_SETS,
    SEEDS_DEV,
    emit,
    forget_vectors,
    latency_ms,
    log,
    machine,
    peak_rss_mb,
    profile_top,
    query_vector,
    rss_mb,
    setup_logging,
)
from bench._scale_parts import (
    build_store,
    disk_mb,
    fixed_costs,
    growth,
    make_records,
    make_texts,
    one_of_many,
    sentence_pool,
    server_peak_mb,
    start_server,
    vectors_for,
)


# -- synthetic corpus ----------------------------------------------------------------------------
# -- building a store ----------------------------------------------------------------------------
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


def ingest_one_file(index, folder: Path, pool: list[str]) -> dict:
    """Add one small (two-chunk) file to a big store, edit it, remove it: what re-indexing one
    file costs there (keyword index included: each is one commit)."""
    from dragoman.ingest import ingest, remove

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
    t = time.perf_counter()
    removed = remove(index, added.added)
    remove_s = time.perf_counter() - t
    return {
        "add_small_file_s": round(add_s, 3),
        "add_chunks_embedded": added.chunks_embedded,
        "edit_small_file_s": round(change_s, 3),
        "edit_chunks_embedded": changed.chunks_embedded,
        "remove_small_file_s": round(remove_s, 3),
        "remove_chunks_deleted": removed.chunks_deleted,
        "keyword_segments": len(index.keyword().segments),
    }


# -- a fresh process opening the store -----------------------------------------------------------
def probe(args) -> None:
    """Child mode: open a store the way a new `dragoman` process does and report times and memory."""
    t0 = time.perf_counter()
    from dragoman import Settings
    from dragoman.index.core import Index
    from dragoman.index.store import Store

    out = {"import_seconds": round(time.perf_counter() - t0, 3)}
    settings = Settings.load(store=args.store, chroma_url=args.chroma_url, collection_prefix=args.prefix)
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
    res["note"] = "new process, default (ONNX) embedder as the CLI; open = Store() + first keyword() load"
    return res


# -- chroma server -------------------------------------------------------------------------------
# -- 1 changed file of 1000 ----------------------------------------------------------------------
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
    ap.add_argument("--server-only", action="store_true", help="build the server sizes only (no embedded store)")
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
                for backend, chroma_url in ([] if args.server_only else [("embedded", None)]) + (
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
                    r["hybrid_p50_ms"] = r["search"]["hybrid"]["p50_ms"]
                    r["goals"] = {
                        "hybrid_p50_le_50ms": r["search"]["hybrid"]["p50_ms"] <= 50,
                        "hybrid_cached_vector_p50_le_50ms": r["search"]["hybrid_cached_vector"]["p50_ms"] <= 50,
                    }
                    if n >= 1_000_000:  # the goal at 1M chunks (issue #16)
                        r["goals"]["hybrid_p50_le_150ms"] = r["search"]["hybrid"]["p50_ms"] <= 150
                    log.info("%d chunks, %s: open in a new process", n, backend)
                    r["open_new_process"] = run_probe(settings, queries)
                    t = time.perf_counter()
                    Index(settings.index, settings.retrieval, embedder=embedder, store=Store(settings.index)).keyword()
                    r["open_in_process_seconds"] = round(time.perf_counter() - t, 3)
                    r["goals"]["open_le_3s"] = r["open_new_process"].get("open_seconds", 99) <= 3
                    if backend == "embedded":
                        log.info("%d chunks: fixed ingest costs, one-file ingest", n)
                        r["fixed_ingest_costs"] = fixed_costs(index)
                        one = ingest_one_file(index, tmp / f"extra-{n}", pool)
                        r["ingest_one_small_file"] = one
                        r["goals"]["add_small_file_le_0_5s"] = one["add_small_file_s"] <= 0.5
                        r["goals"]["remove_small_file_le_0_5s"] = one["remove_small_file_s"] <= 0.5
                    else:
                        r["server_peak_rss_mb"] = server_peak_mb(server)
                        r["server_disk_mb"] = disk_mb(
                            tmp / "server-data"
                        )  # every size so far: the server holds them all
                    r["local_disk_mb"] = disk_mb(
                        settings.index.store
                    )  # keyword index, vector matrix (+ Chroma if embedded)
                    r["ingest_chunks_per_second"] = round(
                        n / max(built["write_seconds"] + built["keyword_rebuild_seconds"], 1e-9)
                    )
                    r["bench_process_peak_rss_mb"] = rss_mb()
                    res[backend] = r
                    index = None  # free it before the next size
                out["sizes"][str(n)] = res
            out["growth"] = growth(out["sizes"])
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
        "open = Store() + first keyword() load in a new process (default ONNX embedder, as the CLI); "
        "peak_rss_mb there is that process's VmHWM. server_peak_rss_mb is the `chroma run` process."
    )
    emit(out)


if __name__ == "__main__":
    main()
