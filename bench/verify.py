"""The verifier on labelled claims: unsupported claims caught and supported claims accepted, per kind.

Each claim's evidence is its quote widened to the paragraph around it, at least 300 characters
either side, as a retrieved passage would be. Prints one JSON object.

    python bench/verify.py [--claims FILE] [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import argparse
import json
import time
from collections import defaultdict

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)
from bench._common import EVAL, SEEDS, emit, machine

WIDEN = 300


def evidence_for(text: str, quote: str) -> tuple[str, int]:
    """The quote's paragraph, widened to at least WIDEN characters either side; and the quote's offset in it."""
    at = text.find(quote)
    if at < 0:
        raise ValueError(f"quote not found in its source: {quote[:80]!r}")
    a = max(0, at - WIDEN)
    a = text.rfind("\n\n", 0, a) + 2 if text.rfind("\n\n", 0, a) >= 0 else 0
    b = text.find("\n\n", min(len(text), at + len(quote) + WIDEN))
    b = len(text) if b < 0 else b
    return text[a:b], at - a


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=Path, default=EVAL / "claims_dev.jsonl")
    ap.add_argument("--show", action="store_true", help="also list every verdict")
    args = ap.parse_args()
    from dragoman.assistant.verify import _default_verifier

    verifier = _default_verifier()
    rows = [json.loads(line) for line in args.claims.read_text().splitlines() if line.strip()]
    per_kind: dict[str, list[bool]] = defaultdict(list)
    verdicts, right, on_quote = [], {"supported": 0, "unsupported": 0}, 0
    t = time.perf_counter()
    for row in rows:
        evidence, at = evidence_for((SEEDS / row["source"]).read_text(encoding="utf-8"), row["quote"])
        support = verifier(row["claim"], evidence)
        correct = support.supported == (row["label"] == "supported")
        right[row["label"]] += correct
        per_kind[row["kind"]].append(correct)
        if support.supported:
            on_quote += support.start < at + len(row["quote"]) and at < support.end
        verdicts.append(
            {
                "id": row["id"],
                "kind": row["kind"],
                "label": row["label"],
                "supported": support.supported,
                "score": support.score,
                "reason": support.reason,
                "correct": correct,
                "span": evidence[support.start : support.end][:160],
            }
        )
    seconds = time.perf_counter() - t
    n = {label: sum(r["label"] == label for r in rows) for label in right}
    accepted = sum(v["supported"] for v in verdicts)
    out = {
        "claims": str(args.claims),
        "n": len(rows),
        "unsupported_caught": round(right["unsupported"] / max(n["unsupported"], 1), 4),
        "supported_accepted": round(right["supported"] / max(n["supported"], 1), 4),
        "accepted_span_overlaps_quote": round(on_quote / max(accepted, 1), 4),
        "per_kind": {k: {"n": len(v), "correct": sum(v)} for k, v in sorted(per_kind.items())},
        "thresholds": {"min_similarity": verifier.min_similarity, "min_coverage": verifier.min_coverage},
        "seconds_per_claim": round(seconds / max(len(rows), 1), 3),
        "machine": machine(),
    }
    if args.show:
        out["verdicts"] = verdicts
    else:
        out["wrong"] = [v for v in verdicts if not v["correct"]]
    emit(out)


if __name__ == "__main__":
    main()
