"""Answer quality and abstention on every question set, each corpus in its own store.

Sets: the seeds dev set (tuned on); bench/data's held-out, test and final sets, written from
the documents by readers who did not see the dev set (held-out: tuned on; test: first run
after tuning, then looked at; final: run once, at the end); on-topic unanswerable probes for
the two public PDFs; the public rag_dataset.json files (answers checked against their
reference contexts). Also every corpus's questions asked
of the other corpora's stores (all unanswerable there), and how the abstention threshold
trades refusals of answerable questions against answers to unanswerable ones.
Prints one JSON object.

    python bench/answers.py [--quick]
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parent))
import argparse
import re
import tempfile

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)
from bench._common import EXTERNAL, EXTERNAL_SETS, SEEDS, SEEDS_DEV, emit, log, machine, setup_logging

DATA = _HERE / "data"
SPLITS = ("heldout", "test", "final")  # in the order they were first run (docs/quality.md)
THRESHOLDS = [round(0.70 + 0.05 * i, 2) for i in range(9)]


def corpora(quick: bool) -> list[tuple[str, Path, list[Path]]]:
    # the hard dev set and every probe set written since (seeds_hard_probe.jsonl is the first)
    numbered = [p for p in DATA.glob("seeds_hard_probe*.jsonl") if re.fullmatch(r"seeds_hard_probe\d*", p.stem)]
    probes = sorted(numbered, key=lambda p: int(p.stem.removeprefix("seeds_hard_probe") or 1))
    hard = [SEEDS_DEV.with_name("seeds_hard_dev.jsonl"), *probes]
    out = [("seeds", SEEDS, [SEEDS_DEV] + [DATA / f"seeds_{s}.jsonl" for s in SPLITS] + hard)]
    for name in EXTERNAL_SETS[:1] if quick else EXTERNAL_SETS:
        out.append(
            (
                name,
                EXTERNAL / name / "source_files",
                [EXTERNAL / name / "rag_dataset.json"] + [DATA / f"{name}_{s}.jsonl" for s in ("probe", *SPLITS)],
            )
        )
    return [(name, corpus, [f for f in files if f.exists()]) for name, corpus, files in out]


def summary(result: dict) -> dict:
    """evaluate()'s result without the per-question rows, plus what went wrong, by id."""
    items = result["items"]
    return {
        "questions": result["questions"],
        "unanswerable": result["unanswerable"],
        "retrieval": result["retrieval"],
        "answers": result["answers"],
        "facts_missed": [i["id"] for i in items if i.get("facts") is False],
        "answerable_abstained_ids": [i["id"] for i in items if i["answerable"] and i["abstained"]],
        "unanswerable_answered": [
            {"id": i["id"], "question": i["question"], "evidence": i["confidence"], "answer": i["answer"][:300]}
            for i in items
            if not i["answerable"] and not i["abstained"]
        ],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="seeds and blockchain_solana only")
    args = ap.parse_args()
    setup_logging()

    from dragoman.assistant.evaluate import evaluate, load_questions
    from dragoman.assistant.facade import Assistant

    out: dict = {"bench": "answers", "quick": args.quick, "machine": machine(), "sets": {}}
    evidence: list[tuple[bool, float]] = []  # (answerable, best evidence) of every question asked
    cross: list[float] = []
    with tempfile.TemporaryDirectory(prefix="dragoman-bench-answers-") as tmp:
        bots, embedder = {}, None
        for name, corpus, files in corpora(args.quick):
            log.info("%s: indexing %s", name, corpus)
            bot = Assistant(store=Path(tmp) / name, embedder=embedder)
            embedder = bot.index.embedder
            bot.ingest([corpus])
            bots[name] = bot
            for f in files:
                log.info("%s: %s", name, f.name)
                result = evaluate(f, bot.settings, bot=bot)
                out["sets"][f"{name}/{f.name}"] = summary(result)
                evidence += [(i["answerable"], i["confidence"]) for i in result["items"]]
        out["threshold"] = next(iter(bots.values())).settings.answer.abstain_min_evidence
        log.info("asking every corpus's questions of the other stores")
        for name, _corpus, files in corpora(args.quick):
            questions = [i["question"] for f in files for i in load_questions(f) if i["answerable"]]
            for other, bot in bots.items():
                if other != name:
                    cross += [bot.ask(q).confidence for q in questions]
    answerable = [e for a, e in evidence if a]
    unanswerable = [e for a, e in evidence if not a]
    out["other_corpus_questions"] = {
        "asked": len(cross),
        "answered": sum(e >= out["threshold"] for e in cross),
        "evidence_max": max(cross, default=None),
    }
    out["threshold_sweep"] = [
        {
            "threshold": t,
            "answerable_abstained": sum(e < t for e in answerable),
            "answerable": len(answerable),
            "unanswerable_answered": sum(e >= t for e in unanswerable),
            "unanswerable": len(unanswerable),
            "other_corpus_answered": sum(e >= t for e in cross),
        }
        for t in THRESHOLDS
    ]
    out["notes"] = (
        "evidence = cosine(question, sentence) + IDF-weighted term coverage of the best eligible "
        "sentence; an answer is given when it reaches the threshold (setting abstain_min_evidence). "
        "grounded_in_reference: answers to rag_dataset questions citing a sentence of a reference "
        "context. facts: every `must` group present in the answer text."
    )
    emit(out)


if __name__ == "__main__":
    main()
