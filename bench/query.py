"""Query latency: Dragoman search/ask (torch and ONNX embedders) vs plain llama-index's
retriever on the seeds dev questions, interleaved in the same run; cold `dragoman ask` process
wall time vs `python -c "import sentence_transformers"`.  Prints one JSON object.

    python bench/query.py [--quick] [--rounds N] [--cold-runs N] [--no-profile]
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parent))
import argparse
import json
import os
import random
import statistics
import subprocess
import tempfile
import time

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)
from bench._common import (
    SEEDS,
    SEEDS_DEV,
    VENV_BIN,
    emit,
    forget_vectors,
    latency_ms,
    llama_documents,
    llama_index,
    llama_setup,
    log,
    machine,
    profile_top,
    ratio,
    setup_logging,
)


def uncached(bot, records: bool = False):
    """Forget Index's vector cache so every call embeds its question (as llama-index does);
    with `records`, also the chunk records it keeps, so every passage is read from Chroma."""
    forget_vectors(bot.index, True, records)


def timed_block(
    systems: dict, questions: list[str], rounds: int, rng: random.Random, label: str
) -> tuple[dict[str, float], dict[str, list[float]]]:
    """First-call latency (ms) and warm per-call times (s) of systems run interleaved."""
    log.info("%s block: warm-up", label)
    first: dict[str, float] = {}
    for q in questions:
        for name, fn in systems.items():
            t = time.perf_counter()
            fn(q)
            first.setdefault(name, round((time.perf_counter() - t) * 1000, 1))
    times: dict[str, list[float]] = {name: [] for name in systems}
    for r in range(rounds):
        log.info("%s block: round %d/%d", label, r + 1, rounds)
        for q in questions:
            names = list(systems)
            rng.shuffle(names)  # no system always runs first (or right after another)
            for name in names:
                t = time.perf_counter()
                systems[name](q)
                times[name].append(time.perf_counter() - t)
    return first, times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="2 rounds, 3 cold runs")
    ap.add_argument("--rounds", type=int, help="timed rounds over all questions (default 5, quick 2)")
    ap.add_argument("--cold-runs", type=int, help="cold `dragoman ask` processes (default 5, quick 3)")
    ap.add_argument("--no-profile", action="store_true", help="skip the cProfile breakdown of search/ask")
    ap.add_argument(
        "--baseline",
        type=Path,
        help="also time search/ask of this other checkout beside this one "
        "(bench/same_speed.py: alternating processes, same questions)",
    )
    args = ap.parse_args()
    setup_logging()
    rounds = args.rounds or (2 if args.quick else 5)
    cold_runs = args.cold_runs or (3 if args.quick else 5)

    from dragoman.assistant.evaluate import load_questions
    from dragoman.assistant.facade import Assistant

    questions = [i["question"] for i in load_questions(SEEDS_DEV)]
    out: dict = {
        "bench": "query",
        "quick": args.quick,
        "machine": machine(),
        "questions": len(questions),
        "rounds": rounds,
    }
    rng = random.Random(0)
    with tempfile.TemporaryDirectory(prefix="dragoman-bench-query-") as tmp:
        tmp = Path(tmp)
        store = tmp / "store"
        log.info("building the seeds store")
        builder = Assistant(store=store, embedder="onnx")  # fp32 vectors: torch and ONNX fp32 both read them
        builder.ingest([SEEDS])
        out["chunks"] = builder.index.store.chunk_count()
        del builder

        torch_bot = Assistant(store=store, embedder="torch")
        onnx_bot = Assistant(store=store, embedder="onnx")

        log.info("building plain llama-index (default 1024-token chunks)")
        lsettings = llama_setup()
        docs = llama_documents(SEEDS)
        lidx = llama_index(docs)
        lretr = lidx.as_retriever(similarity_top_k=5)
        chroma_bot = Assistant(store=store, embedder="torch", exact_search_max_chunks=0)
        forgetful_bot = Assistant(store=store, embedder="torch")  # forgets chunk records before each call
        systems = {
            "llama_retrieve_top5": lambda q: lretr.retrieve(q),
            "dragoman_search_torch": lambda q: (uncached(torch_bot), torch_bot.search(q))[1],
            "dragoman_ask_torch": lambda q: (uncached(torch_bot), torch_bot.ask(q))[1],
            "dragoman_search_torch_records_uncached": lambda q: (
                uncached(forgetful_bot, True),
                forgetful_bot.search(q),
            )[1],
            "dragoman_ask_torch_records_uncached": lambda q: (uncached(forgetful_bot, True), forgetful_bot.ask(q))[1],
            "dragoman_search_torch_chroma_query": lambda q: (uncached(chroma_bot), chroma_bot.search(q))[1],
            "dragoman_search_torch_cached_vector": lambda q: torch_bot.search(q),
            # components: where the time goes
            "embed_query_torch": lambda q: torch_bot.index.embedder.embed_query(q),
            "embed_query_llama": lambda q: lsettings.embed_model.get_query_embedding(q),
            "dragoman_keyword_only": lambda q: torch_bot.search(q, mode="keyword"),
        }
        # ONNX runs in its own block: onnxruntime's threads spin-wait after each run and slow
        # whatever runs next (torch, Chroma) on 2 cores; a process uses one engine, never both.
        onnx_systems = {
            "llama_retrieve_top5": systems["llama_retrieve_top5"],
            "dragoman_search_onnx": lambda q: (uncached(onnx_bot), onnx_bot.search(q))[1],
            "dragoman_ask_onnx": lambda q: (uncached(onnx_bot), onnx_bot.ask(q))[1],
            "embed_query_onnx": lambda q: onnx_bot.index.embedder.embed_query(q),
        }
        try:  # llama-index over Chroma too: the same vector store Dragoman uses
            import chromadb
            from chromadb.config import Settings as ChromaSettings
            from llama_index.vector_stores.chroma import ChromaVectorStore

            client = chromadb.PersistentClient(
                path=str(tmp / "llama-chroma"), settings=ChromaSettings(anonymized_telemetry=False)
            )
            vs = ChromaVectorStore(chroma_collection=client.get_or_create_collection("llama"))
            lc_retr = llama_index(docs, vector_store=vs).as_retriever(similarity_top_k=5)
            systems["llama_chroma_retrieve_top5"] = lambda q: lc_retr.retrieve(q)
        except Exception as exc:  # optional extra
            log.warning("llama-index over Chroma unavailable: %s", exc)

        out["first_call_ms"], torch_times = timed_block(systems, questions, rounds, rng, "torch")
        onnx_first, onnx_times = timed_block(onnx_systems, questions, rounds, rng, "onnx")
        out["first_call_ms"].update({k: v for k, v in onnx_first.items() if k != "llama_retrieve_top5"})
        lat = {name: latency_ms(ts) for name, ts in torch_times.items()}
        onnx_lat = {name: latency_ms(ts) for name, ts in onnx_times.items()}
        base, onnx_base = lat["llama_retrieve_top5"], onnx_lat.pop("llama_retrieve_top5")
        lat["llama_retrieve_top5_onnx_block"] = onnx_base
        out["warm_latency"] = {**lat, **onnx_lat}
        # ONNX systems against the torch block's baseline too: in their own block llama-index
        # suffers from OpenBLAS's busy threads, which would flatter them.
        out["warm_ratios_vs_llama_retrieve"] = {
            name: {"p50": ratio(v["p50_ms"], base["p50_ms"]), "p95": ratio(v["p95_ms"], base["p95_ms"])}
            for name, v in {**lat, **onnx_lat}.items()
            if not name.startswith("llama_retrieve_top5")
        }
        r = out["warm_ratios_vs_llama_retrieve"]
        out["goals"] = {
            "search_torch_no_slower_than_llama (p50 ratio <= 1)": r["dragoman_search_torch"]["p50"],
            "ask_torch_at_most_2x_llama (p50 ratio <= 2)": r["dragoman_ask_torch"]["p50"],
            "search_onnx_ratio_p50": r["dragoman_search_onnx"]["p50"],
            "ask_onnx_ratio_p50": r["dragoman_ask_onnx"]["p50"],
        }
        out["notes"] = (
            "Dragoman search/ask clear Index's vector cache before each call, so each call embeds "
            "its question like a new question; the sentence vectors ask scores come from the store "
            "(computed at ingest). Index keeps recently read chunk records until the next ingest; "
            "*_records_uncached forgets them too, so every passage is read from Chroma. "
            "*_cached_vector shows repeated questions; *_chroma_query searches with Chroma's query "
            "instead of the in-memory matrix (exact_search_max_chunks=0). Systems run interleaved in "
            "random order per question, in two blocks (torch, then onnx), each with llama-index's "
            "retriever as its baseline."
        )

        if not args.no_profile:
            log.info("profiling")
            n = len(questions)
            out["profile"] = {
                "dragoman_search_torch": profile_top(
                    lambda: [(uncached(torch_bot), torch_bot.search(q)) for q in questions], n
                ),
                "dragoman_ask_torch": profile_top(
                    lambda: [(uncached(torch_bot), torch_bot.ask(q)) for q in questions], n
                ),
                "dragoman_ask_onnx": profile_top(lambda: [(uncached(onnx_bot), onnx_bot.ask(q)) for q in questions], n),
                "llama_retrieve_top5": profile_top(lambda: [lretr.retrieve(q) for q in questions], n),
            }
        torch_bot = onnx_bot = chroma_bot = forgetful_bot = None  # free them before the cold-process runs

        # cold processes
        cli = VENV_BIN / "dragoman"
        q = questions[0]
        cold, imp = [], []
        rc, err = 0, ""
        for i in range(cold_runs):
            log.info("cold run %d/%d", i + 1, cold_runs)
            t = time.perf_counter()
            env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))  # this checkout's code
            proc = subprocess.run(
                [str(cli), "ask", q, "--store", str(store)], capture_output=True, text=True, cwd=tmp, env=env
            )
            cold.append(round(time.perf_counter() - t, 3))
            rc, err = rc or proc.returncode, err or (proc.stderr[-300:] if proc.returncode else "")
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import sentence_transformers"], capture_output=True, cwd=tmp)
            imp.append(round(time.perf_counter() - t, 3))
        out["cold_cli_ask"] = {
            "command": "dragoman ask <question> --store <store>",
            "runs": cold,
            "min_s": min(cold),
            "median_s": statistics.median(cold),
            "returncode": rc,
            "stderr_tail": err,
            "import_sentence_transformers_runs": imp,
            "import_sentence_transformers_median_s": statistics.median(imp),
            "ratio_cold_ask_to_import_st": ratio(statistics.median(cold), statistics.median(imp)),
            "goal": "cold ask <= 5 s",
        }
    if args.baseline:
        from same_speed import compare

        log.info("search/ask beside the baseline checkout %s (alternating processes)", args.baseline)
        out["beside_baseline"] = compare(args.baseline)
        if not (args.baseline / "dragoman").exists():  # other package names: both fit in one process
            log.info("search/ask beside the baseline checkout, interleaved in one process")
            cmd = [sys.executable, str(Path(__file__).with_name("same_speed.py")), "--baseline", str(args.baseline),
                   "--interleaved", "--pairs", "2", "--rounds", "3"]  # fmt: skip
            done = subprocess.run(cmd, capture_output=True, text=True, check=True)
            out["beside_baseline_interleaved"] = json.loads(done.stdout)
    emit(out)


if __name__ == "__main__":
    main()
