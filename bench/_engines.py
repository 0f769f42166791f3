"""bench/ingest.py's engine comparison: torch vs ONNX fp32 vs ONNX int8, side by side in one process.

Throughput: the same realistic passages (~240 word pieces: consecutive sentences of the corpus)
embedded batch by batch, each batch by every engine in turn (the order rotates), so a busy
spell of this shared machine slows all engines alike; the ratios to torch are the figures.
Retrieval: each corpus ingested into its own temporary store per engine, then every question
set of that corpus evaluated (`assistant.evaluate.evaluate`, hybrid, the product's default).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench._common import EXTERNAL, EXTERNAL_SETS, SEEDS, SEEDS_DEV, log, ratio

ENGINES = ("torch", "onnx", "onnx-int8")
DATA = Path(__file__).resolve().parent / "data"
SEEDS_SETS = [SEEDS_DEV, SEEDS_DEV.with_name("seeds_hard_dev.jsonl")] + [
    DATA / f"seeds_{s}.jsonl" for s in ("heldout", "test", "final")
]


def embedders(settings) -> dict:
    from dragoman.index.embedder import default_embedder

    out = {}
    for engine in ENGINES:
        emb = default_embedder(settings.replace(embedder=engine).index)
        t = time.perf_counter()
        emb.model()  # an ONNX engine builds its graph here if the cache has none
        log.info("%s loaded in %.1fs", engine, time.perf_counter() - t)
        out[engine] = emb
    return out


def passages(embedder, corpus: Path, limit: int, target: int = 240) -> list[str]:
    """Runs of consecutive sentences of the corpus of about `target` word pieces each."""
    from dragoman.index.text import split_sentences

    out: list[str] = []
    for path in sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md")):
        text = path.read_text(encoding="utf-8")
        sentences = [text[s.start : s.end] for s in split_sentences(text)]
        counts = embedder.count_tokens(sentences)
        run, size = [], 0
        for sentence, n in zip(sentences, counts):
            if size + n > target and size >= target * 0.8:
                out.append(" ".join(run))
                run, size = [], 0
            run.append(sentence)
            size += n
    return out[:limit]


def throughput(embs: dict, texts: list[str], rounds: int) -> dict:
    batch = next(iter(embs.values())).batch_size
    seconds = dict.fromkeys(embs, 0.0)
    names = list(embs)
    for r in range(rounds):
        for start in range(0, len(texts), batch):
            names = names[1:] + names[:1]
            for name in names:
                t = time.perf_counter()
                embs[name].embed(texts[start : start + batch])
                seconds[name] += time.perf_counter() - t
        log.info("throughput round %d/%d done", r + 1, rounds)
    counts = embs["torch"].count_tokens(texts)
    out: dict = {
        "passages": len(texts),
        "rounds": rounds,
        "batch_size": batch,
        "word_pieces_mean": round(statistics.fmean(counts), 1),
        "word_pieces_min_max": [min(counts), max(counts)],
        "passages_per_second": {n: round(len(texts) * rounds / s, 2) for n, s in seconds.items()},
        "ratio_to_torch": {n: ratio(seconds["torch"], s, 2) for n, s in seconds.items()},
    }
    out["threads"] = _threads()
    return out


def agreement(embs: dict, texts: list[str], questions: list[str]) -> dict:
    """Cosine of each ONNX engine's vectors to torch's, on passages and on questions."""
    out: dict = {}
    for kind, items in (("passages", texts), ("questions", questions)):
        ref = embs["torch"].embed(items)
        for name in ENGINES[1:]:
            cos = (embs[name].embed(items) * ref).sum(1)
            out.setdefault(name, {})[kind] = {
                "min_cosine": round(float(cos.min()), 6),
                "mean_cosine": round(float(cos.mean()), 6),
                "n": len(items),
            }
    return out


def corpora(quick: bool) -> list[tuple[str, Path, list[Path]]]:
    out = [("seeds", SEEDS, SEEDS_SETS)]
    for name in () if quick else EXTERNAL_SETS:
        sets = [EXTERNAL / name / "rag_dataset.json"] + [DATA / f"{name}_{s}.jsonl" for s in ("test", "final")]
        out.append((name, EXTERNAL / name / "source_files", sets))
    return [(n, c, [f for f in files if f.exists()]) for n, c, files in out]


def retrieval(embs: dict, tmp: Path, quick: bool) -> dict:
    """hit@5 (and the rest) per question set per engine, and each ONNX engine's worst hit@5 delta."""
    from dragoman.assistant.evaluate import evaluate
    from dragoman.assistant.facade import Assistant

    sets: dict = {}
    for corpus_name, corpus, files in corpora(quick):
        for name, emb in embs.items():
            log.info("retrieval: %s with %s", corpus_name, name)
            bot = Assistant(store=tmp / f"eval-{corpus_name}-{name}", embedder=emb)
            bot.ingest([corpus])
            for f in files:
                res = evaluate(f, bot.settings, bot=bot)
                row = sets.setdefault(f"{corpus_name}/{f.name}", {"answerable": res["answerable"]})
                answers = res["answers"]
                row[name] = {
                    **{k: res["retrieval"][k] for k in ("hit@1", "hit@5", "mrr@10")},
                    "fact_recall": answers["fact_recall"],
                    "abstention_recall": answers["abstention_recall"],
                    "answerable_abstained": answers["answerable_abstained"],
                }
    worst = {
        name: min(round(row[name]["hit@5"] - row["torch"]["hit@5"], 4) for row in sets.values()) for name in ENGINES[1:]
    }
    return {"mode": "hybrid", "sets": sets, "worst_hit@5_minus_torch": worst}


def compare(settings, tmp: Path, rounds: int, quick: bool, limit: int) -> dict:
    from dragoman.assistant.evaluate import load_questions

    embs = embedders(settings)
    texts = passages(embs["torch"], SEEDS, limit)
    questions = [i["question"] for _, _, files in corpora(quick) for f in files for i in load_questions(f)]
    out = {
        "engines": {n: {"class": type(e).__name__, "store_model_name": e.name} for n, e in embs.items()},
        "throughput": throughput(embs, texts, rounds),
        "agreement_with_torch": agreement(embs, texts, questions),
        "retrieval": retrieval(embs, tmp, quick),
    }
    speed = out["throughput"]["ratio_to_torch"]
    worst = out["retrieval"]["worst_hit@5_minus_torch"]
    out["verdict"] = {
        name: {
            "ratio_to_torch": speed[name],
            "worst_hit@5_delta": worst[name],
            "meets_goal": bool(speed[name] and speed[name] >= 1.8 and worst[name] >= -0.01),
        }
        for name in ENGINES[1:]
    }
    out["goal"] = "ONNX default >= 1.8 x torch passages/s, hit@5 no more than 0.01 below torch on every set"
    return out


def _threads() -> dict:
    import os

    import torch

    return {"torch_intra_op": torch.get_num_threads(), "onnxruntime_intra_op": "default (one per core)",
            "cpus": os.cpu_count()}  # fmt: skip
