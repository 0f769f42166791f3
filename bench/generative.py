"""Generative answers beside extractive ones on the dev questions, in the same run.

For each question of the seeds dev sets: fact recall (the `must` groups found in the answer
text), for generative answers the share of the model's sentences kept (verified), citation
integrity (`document.text[start:end] == quote`), fallbacks to the extractive answer (and why),
and latency. Prints one JSON object.

    python -m llama_cpp.server --model GGUF --model_alias smollm2 --port 8765 --n_ctx 2048 &
    python bench/generative.py --llm http://127.0.0.1:8765/v1 --model smollm2 [--quick]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import argparse
import json
import re
import statistics
import tempfile
import time
from collections import Counter

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)
from bench._common import EVAL, SEEDS, emit, log, machine, setup_logging


def questions(quick: bool) -> list[dict]:
    rows = []
    for name in ("seeds_dev.jsonl",) if quick else ("seeds_dev.jsonl", "seeds_hard_dev.jsonl"):
        rows += [json.loads(line) for line in (EVAL / name).read_text().splitlines() if line.strip()]
    return rows


def has_facts(text: str, must: list[list[str]]) -> bool:
    low = text.lower()
    return all(any(alt.lower() in low for alt in group) for group in must)


def run(bot, rows: list[dict], answerer: str) -> dict:
    facts, with_must, ok, cited, kept, written, latencies = 0, 0, 0, 0, 0, 0, []
    modes: Counter = Counter()
    notices: Counter = Counter()
    dropped: Counter = Counter()
    for row in rows:
        history = [{"role": "user", "content": q} for q in row.get("history") or []]
        t = time.perf_counter()
        answer = bot.ask(row["question"], history=history or None, answerer=answerer)
        latencies.append(time.perf_counter() - t)
        modes[answer.mode] += 1
        if answer.notice:
            notices[re.sub(r"\d+", "N", answer.notice)[:90]] += 1
        dropped.update(
            re.sub(r"\[\d+\]|'[^']*'|\d+(\.\d+)?", "…", v.reason)[:60] for v in answer.verdicts if not v.supported
        )
        for c in answer.citations:
            cited += 1
            ok += bot.document(c.source).text[c.start : c.end] == c.quote
        written += len(answer.verdicts)
        kept += sum(v.supported for v in answer.verdicts)
        if row.get("must") and row.get("kind") not in ("unanswerable", "unanswerable_on_topic"):
            with_must += 1
            facts += has_facts(answer.text, row["must"])
    return {
        "fact_recall": round(facts / max(with_must, 1), 4),
        "citation_integrity": round(ok / cited, 4) if cited else None,
        "citations": cited,
        "model_sentences": written,
        "kept_sentence_share": round(kept / written, 4) if written else None,
        "modes": dict(modes),
        "notices": dict(notices.most_common(8)),
        "dropped_sentence_reasons": dict(dropped.most_common(10)),
        "latency_s": {"median": round(statistics.median(latencies), 3), "max": round(max(latencies), 3)},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--llm", required=True, help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8765/v1")
    ap.add_argument("--model", required=True)
    ap.add_argument("--backend", default="openai", choices=["openai", "ollama"])
    ap.add_argument("--quick", action="store_true", help="seeds_dev only")
    args = ap.parse_args()
    setup_logging()
    from dragoman import Assistant

    rows = questions(args.quick)
    with tempfile.TemporaryDirectory() as tmp:
        bot = Assistant(store=Path(tmp) / "store", llm_url=args.llm, llm_model=args.model, llm_backend=args.backend)
        bot.ingest([SEEDS])
        log.info("%d questions, extractive then generative", len(rows))
        out = {
            "questions": len(rows),
            "llm": {"url": args.llm, "model": args.model, "backend": args.backend},
            "extractive": run(bot, rows, "extractive"),
            "generative": run(bot, rows, "generative"),
            "machine": machine(),
        }
    emit(out)


if __name__ == "__main__":
    main()
