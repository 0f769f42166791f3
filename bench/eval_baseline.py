"""Retrieval quality: Dragoman (hybrid, dense, keyword) vs plain llama-index, same questions, same run.

Datasets: the seeds dev set (gold source + quote; metric `assistant.evaluate.first_hit`) and the
public llama-datasets in eval/external (a reference context overlaps a passage; `overlaps`).
Also Dragoman's answer metrics on the seeds dev set.  Prints one JSON object.

    python bench/eval_baseline.py [--quick] [--datasets seeds_dev,blockchain_solana,...]
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parent))
import argparse
import tempfile
import time

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)
from bench._common import (
    EXTERNAL,
    EXTERNAL_SETS,
    SEEDS,
    SEEDS_DEV,
    emit,
    llama_documents,
    llama_hits,
    llama_index,
    log,
    machine,
    setup_logging,
)

# (name, chunk_size or None for llama-index's default 1024-token splitter, similarity_top_k)
LLAMA_CONFIGS = [("llama_default_1024_top2", None, 2), ("llama_256_top10", 256, 10)]
LLAMA_SEEDS_EXTRA = [("llama_512_top10", 512, 10)]  # the seeds reference point quoted in DESIGN.md
DRAGOMAN_MODES = ("hybrid", "dense", "keyword")


def datasets(names: list[str]) -> list[dict]:
    from dragoman.assistant.evaluate import load_questions

    out = []
    for name in names:
        if name == "seeds_dev":
            items = [i for i in load_questions(SEEDS_DEV) if i["answerable"] and i["golds"]]
            out.append({"name": name, "corpus": SEEDS, "questions_file": SEEDS_DEV, "items": items})
        else:
            folder = EXTERNAL / name
            items = load_questions(folder / "rag_dataset.json")
            out.append(
                {
                    "name": name,
                    "corpus": folder / "source_files",
                    "questions_file": folder / "rag_dataset.json",
                    "items": items,
                }
            )
    return out


def score(items, retrieve) -> tuple[dict, list]:
    from dragoman.assistant.evaluate import first_hit, retrieval_metrics

    ranks, t = [], time.perf_counter()
    for it in items:
        ranks.append(first_hit(retrieve(it["question"]), it["golds"], it["source"]))
    metrics = retrieval_metrics(ranks)
    metrics["query_seconds_mean"] = round((time.perf_counter() - t) / max(len(items), 1), 4)
    return metrics, ranks


def run_dataset(ds: dict, tmp: Path, answers: bool) -> dict:
    from dragoman.assistant.facade import Assistant

    res: dict = {"questions": len(ds["items"]), "corpus": str(ds["corpus"]), "systems": {}}
    # Dragoman, default settings, its own temporary store
    bot = Assistant(store=tmp / f"{ds['name']}-dragoman")
    t = time.perf_counter()
    report = bot.ingest([ds["corpus"]])
    index_s = round(time.perf_counter() - t, 2)
    chunks = bot.index.store.chunk_count()
    log.info("%s: dragoman indexed %d chunks in %.1fs", ds["name"], chunks, index_s)
    for mode in DRAGOMAN_MODES:
        metrics, _ = score(ds["items"], lambda q, m=mode: bot.search(q, k=10, mode=m))
        res["systems"][f"dragoman_{mode}"] = {
            **metrics,
            "chunks": chunks,
            "index_seconds": index_s,
            "skipped_files": len(report.skipped),
        }
    if answers:
        from dragoman.assistant.evaluate import evaluate

        log.info("%s: dragoman answer metrics", ds["name"])
        ev = evaluate(Path(ds["questions_file"]), bot.settings, answers=True, bot=bot)
        res["dragoman_answers"] = {
            **ev["answers"],
            "questions": ev["questions"],
            "unanswerable": ev["unanswerable"],
            "seconds": ev["seconds"],
            "facts_missed": [i["id"] for i in ev["items"] if i.get("facts") is False],
            "abstained_on": [i["id"] for i in ev["items"] if i.get("abstained")],
        }

    # plain llama-index, same model, same questions
    docs = llama_documents(ds["corpus"])
    configs = LLAMA_CONFIGS + (LLAMA_SEEDS_EXTRA if ds["name"] == "seeds_dev" else [])
    for name, chunk_size, top_k in configs:
        t = time.perf_counter()
        idx = llama_index(docs, chunk_size)
        index_s = round(time.perf_counter() - t, 2)
        retriever = idx.as_retriever(similarity_top_k=top_k)
        metrics, _ = score(ds["items"], lambda q, r=retriever: llama_hits(r.retrieve(q)))
        n = len(idx.docstore.docs)
        log.info("%s: %s indexed %d chunks in %.1fs", ds["name"], name, n, index_s)
        res["systems"][name] = {
            **metrics,
            "chunks": n,
            "index_seconds": index_s,
            "similarity_top_k": top_k,
            "note": f"top-{top_k}: hit@k for k>{top_k} equals hit@{top_k}" if top_k < 10 else "",
        }

    sysm = res["systems"]
    best = max((n for n in sysm if n.startswith("llama")), key=lambda n: sysm[n]["hit@5"])
    res["comparison"] = {
        "best_llama_by_hit@5": best,
        "hybrid_minus_best_llama": {
            m: round(sysm["dragoman_hybrid"][m] - sysm[best][m], 4)
            for m in ("hit@1", "hit@3", "hit@5", "hit@10", "mrr@10")
        },
        "hybrid_minus_llama_default": {
            m: round(sysm["dragoman_hybrid"][m] - sysm["llama_default_1024_top2"][m], 4)
            for m in ("hit@1", "hit@3", "hit@5", "hit@10", "mrr@10")
        },
    }
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="seeds_dev and blockchain_solana only")
    ap.add_argument("--datasets", help="comma-separated subset of seeds_dev," + ",".join(EXTERNAL_SETS))
    ap.add_argument("--no-answers", action="store_true", help="skip the answer metrics on seeds_dev")
    args = ap.parse_args()
    setup_logging()
    names = (
        args.datasets.split(",")
        if args.datasets
        else ["seeds_dev", "blockchain_solana"]
        if args.quick
        else ["seeds_dev", *EXTERNAL_SETS]
    )

    out: dict = {
        "bench": "eval_baseline",
        "quick": args.quick,
        "machine": machine(),
        "metric": {
            "seeds_dev": "a passage from the gold source overlaps the gold quote (evaluate.first_hit)",
            "external": "a reference context overlaps a passage (evaluate.overlaps)",
        },
        "reference_from_design_md": {
            "seeds_dev": {
                "llama_default_1024_top2_hit@2": 0.56,
                "llama_512_top10_hit@5": 0.78,
                "llama_512_top10_mrr@10": 0.60,
            },
            "blockchain_solana": {"llama_default_1024_top2_hit@5": 0.59, "llama_256_top10_hit@5": 0.71},
            "history_of_alexnet": {"llama_default_1024_top2_hit@5": 0.54, "llama_256_top10_hit@5": 0.68},
        },
        "datasets": {},
    }
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dragoman-bench-eval-") as tmp:
        for ds in datasets(names):
            log.info("dataset %s: %d questions", ds["name"], len(ds["items"]))
            out["datasets"][ds["name"]] = run_dataset(
                ds, Path(tmp), answers=ds["name"] == "seeds_dev" and not args.no_answers
            )
    out["seconds"] = round(time.perf_counter() - t0, 1)
    emit(out)


if __name__ == "__main__":
    main()
