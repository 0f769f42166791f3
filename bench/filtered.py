"""Dense search kept to one document in a large store: Chroma's filtered query (a `where` on
doc_id, which local Chroma answers by scanning every chunk's metadata) against what
Snapshot._dense does now (the document's chunk vectors read by id and scored exactly), side by
side in one run on one store. Prints one JSON object.

    python bench/filtered.py [--chunks 100000] [--rounds 3] [--chroma-url URL]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import argparse
import tempfile
import time

import dragoman  # noqa: F401  (offline guards first)
from bench._common import emit, latency_ms, machine, setup_logging
from bench._scale_parts import build_store, make_records, make_texts, sentence_pool, unit_vectors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chunks", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--chroma-url", help="a running `chroma run` server (default: an embedded store)")
    args = ap.parse_args()
    setup_logging()
    from dragoman import Settings
    from dragoman.index.embedder import default_embedder

    embedder = default_embedder(Settings.load().index)
    texts = make_texts(sentence_pool(), args.chunks, seed=0)
    docs = make_records(texts, "filtered")
    questions = ["back channel negotiations", "mediation by small states", "convolutional networks", "Solana"]
    with tempfile.TemporaryDirectory(prefix="dragoman-bench-filtered-") as tmp:
        settings = Settings.load(store=tmp, chroma_url=args.chroma_url, collection_prefix="filtered")
        built = build_store(settings, docs, unit_vectors(len(texts), seed=1), embedder)
        index = built.pop("index")
        snap = index.snapshot()
        doc_ids = [info.doc_id for info, *_ in docs[:: max(1, len(docs) // 10)]][:10]
        times: dict[str, list[float]] = {"chroma_where_query": [], "exact_by_id": []}
        same = 0
        for _ in range(args.rounds):
            for doc in doc_ids:
                for q in questions:
                    vec = snap.query_vector(q)
                    t = time.perf_counter()
                    a = index.store.query(vec, 20, {"doc_id": {"$in": [doc]}})
                    times["chroma_where_query"].append(time.perf_counter() - t)
                    allowed = snap._allowed([doc])
                    t = time.perf_counter()
                    b = snap._dense(q, 20, [doc], allowed)
                    times["exact_by_id"].append(time.perf_counter() - t)
                    same += [i for i, _ in a] == [i for i, _ in b]
        out = {
            "bench": "filtered",
            "machine": machine(),
            "chunks": args.chunks,
            "backend": "server" if args.chroma_url else "embedded",
            "build": built,
            "searches": len(times["exact_by_id"]),
            "same_ranking": same,
            **{k: latency_ms(v) for k, v in times.items()},
        }
        out["ratio_p50_exact_to_where"] = round(out["exact_by_id"]["p50_ms"] / out["chroma_where_query"]["p50_ms"], 3)
        emit(out)


if __name__ == "__main__":
    main()
