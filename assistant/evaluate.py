"""`dragoman eval`: retrieval and answer quality on a question set.

Reads our JSONL format (id, question, must, kind, source, quote) and
llama-datasets' `rag_dataset.json` (query, reference_contexts). Passages are
compared with gold text on normalised text (lower-case letters and digits only),
so PDF extraction spacing does not matter.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from pathlib import Path

from dragoman.assistant.settings import Settings

KS = (1, 3, 5, 10)
WINDOW = 40


def normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _windows(norm: str) -> set[str]:
    return {norm[i : i + WINDOW] for i in range(max(len(norm) - WINDOW + 1, 1))}


def overlaps(passage: str, gold: str) -> bool:
    """At least half of one text's 40-character windows occur in the other."""
    a, b = normalise(passage), normalise(gold)
    if not a or not b:
        return False
    if len(b) <= WINDOW:
        return b in a
    if len(a) <= WINDOW:
        return a in b
    wa, wb = _windows(a), _windows(b)
    common = len(wa & wb)
    return common >= 0.5 * len(wb) or common >= 0.5 * len(wa)


def load_questions(path: Path) -> list[dict]:
    """Items as dicts with question, golds (texts), source, must, answerable."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
        if "examples" not in data:
            raise ValueError(f"{path}: expected a llama-datasets rag_dataset.json with an 'examples' list")
        return [
            {
                "id": f"q{i}",
                "question": ex["query"],
                "golds": ex.get("reference_contexts") or [],
                "has_reference": bool(ex.get("reference_contexts")),
                "source": None,
                "must": [],
                "answerable": True,
            }
            for i, ex in enumerate(data["examples"], 1)
        ]
    items = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            items.append(
                {
                    "id": row.get("id", f"line{n}"),
                    "question": row["question"],
                    "golds": [row["quote"]] if row.get("quote") else [],
                    "source": row.get("source"),
                    "must": row.get("must") or [],
                    "answerable": not str(row.get("kind", "")).startswith("unanswerable"),
                    "kind": row.get("kind") or "answerable",
                    "history": row.get("history") or [],
                }
            )
        except (json.JSONDecodeError, KeyError) as exc:
            raise ValueError(
                f"{path}, line {n}: not a question record ({exc}); expected JSON with at least a 'question' field"
            ) from None
    return items


def first_hit(passages, golds: list[str], source: str | None) -> int | None:
    """1-based rank of the first passage from the gold source that contains the gold text."""
    for rank, p in enumerate(passages, 1):
        if source and not (p.source == source or p.source.endswith("/" + source)):
            continue
        if any(overlaps(p.text, g) for g in golds):
            return rank
    return None


def retrieval_metrics(ranks: Iterable[int | None]) -> dict:
    ranks = list(ranks)
    n = max(len(ranks), 1)
    out = {f"hit@{k}": round(sum(1 for r in ranks if r and r <= k) / n, 4) for k in KS}
    out["mrr@10"] = round(sum(1.0 / r for r in ranks if r and r <= 10) / n, 4)
    return out


def conversation(bot, questions: list[str]) -> list:
    """The chat a follow-up comes from: each earlier question asked in turn, with its answer."""
    history: list = []
    for question in questions:
        history.append(bot.ask(question, history=history or None))
    return history


def evaluate(path: Path, settings: Settings, answers: bool = True, bot=None) -> dict:
    from dragoman.assistant.facade import Assistant

    bot = bot or Assistant(settings=settings)
    items = load_questions(path)
    ranks, rows = [], []
    facts = integrity_ok = integrity_total = grounded = answered_in_context = 0
    abstained_unans = abstained_ans = 0
    search_s = ask_s = 0.0
    for item in items:
        t = time.perf_counter()
        passages = bot.search(item["question"], k=10)
        search_s += time.perf_counter() - t
        row = {
            "id": item["id"],
            "question": item["question"],
            "answerable": item["answerable"],
            "kind": item.get("kind", "answerable"),
        }
        if item["answerable"] and item["golds"]:
            row["rank"] = first_hit(passages, item["golds"], item["source"])
            ranks.append(row["rank"])
        if answers:
            t = time.perf_counter()
            ans = bot.ask(item["question"], history=conversation(bot, item.get("history") or []) or None)
            ask_s += time.perf_counter() - t
            row.update(abstained=ans.abstained, answer=ans.text, confidence=ans.confidence)
            for c in ans.citations:
                integrity_total += 1
                integrity_ok += bot.document(c.source).text[c.start : c.end] == c.quote
            if item["answerable"]:
                abstained_ans += ans.abstained
                if item.get("has_reference") and not ans.abstained:  # rag_dataset: is the answer from the reference?
                    golds = [normalise(g) for g in item["golds"]]
                    row["grounded"] = any(normalise(c.quote) in g for c in ans.citations for g in golds)
                    grounded += row["grounded"]
                    answered_in_context += 1
                if item["must"]:
                    low = ans.text.lower()
                    row["facts"] = all(any(alt.lower() in low for alt in group) for group in item["must"])
                    facts += row["facts"]
            else:
                abstained_unans += ans.abstained
        rows.append(row)
    answerable = [i for i in items if i["answerable"]]
    unanswerable = len(items) - len(answerable)
    with_must = sum(1 for i in answerable if i["must"])
    abstained = abstained_ans + abstained_unans
    result = {
        "file": str(path),
        "questions": len(items),
        "answerable": len(answerable),
        "unanswerable": unanswerable,
        "mode": bot.settings.retrieval.mode,
        "retrieval": retrieval_metrics(ranks),
        "seconds": {"search_mean": round(search_s / max(len(items), 1), 4)},
        "items": rows,
    }
    if answers:
        result["answers"] = {
            "fact_recall": round(facts / with_must, 4) if with_must else None,
            "citation_integrity": round(integrity_ok / integrity_total, 4) if integrity_total else None,
            "citations": integrity_total,
            "abstention_precision": round(abstained_unans / abstained, 4) if abstained else None,
            "abstention_recall": round(abstained_unans / unanswerable, 4) if unanswerable else None,
            "answerable_abstained": abstained_ans,
            # rag_dataset.json: answers citing a sentence of a reference context, of those answered
            "grounded_in_reference": round(grounded / answered_in_context, 4) if answered_in_context else None,
            # margins around the abstention threshold (setting abstain_min_evidence)
            "evidence_answerable_min": min((r["confidence"] for r in rows if r["answerable"]), default=None),
            "evidence_unanswerable_max": max((r["confidence"] for r in rows if not r["answerable"]), default=None),
        }
        result["answers"]["per_kind"] = per_kind(rows)
        result["seconds"]["ask_mean"] = round(ask_s / max(len(items), 1), 4)
    return result


def per_kind(rows: list[dict]) -> dict:
    """Per kind of question: how many, fact recall (answerable ones with `must` facts), abstentions."""
    out: dict = {}
    for kind in sorted({r["kind"] for r in rows}):
        mine = [r for r in rows if r["kind"] == kind]
        with_facts = [r for r in mine if "facts" in r]
        out[kind] = {
            "n": len(mine),
            "fact_recall": round(sum(r["facts"] for r in with_facts) / len(with_facts), 4) if with_facts else None,
            "abstained": sum(bool(r.get("abstained")) for r in mine),
        }
    return out


def format_report(result: dict) -> str:
    r = result["retrieval"]
    lines = [
        f"{result['file']}: {result['questions']} questions ({result['unanswerable']} unanswerable), "
        f"mode {result['mode']}",
        "retrieval: " + "  ".join(f"{k} {v:.3f}" for k, v in r.items()),
    ]
    if "answers" in result:
        a = result["answers"]
        fmt = lambda v: "n/a" if v is None else f"{v:.3f}"
        lines.append(
            f"answers: fact recall {fmt(a['fact_recall'])}  citation integrity {fmt(a['citation_integrity'])} "
            f"({a['citations']} citations)  abstention precision {fmt(a['abstention_precision'])} "
            f"recall {fmt(a['abstention_recall'])}  answerable abstained {a['answerable_abstained']}"
            + (
                f"  grounded in reference {fmt(a['grounded_in_reference'])}"
                if a["grounded_in_reference"] is not None
                else ""
            )
        )
        lines.append(
            f"abstention evidence: answerable min {fmt(a['evidence_answerable_min'])}, "
            f"unanswerable max {fmt(a['evidence_unanswerable_max'])}"
        )
        if len(a.get("per_kind", {})) > 1:
            lines += [
                f"  {kind:24s} n {k['n']:3d}  fact recall {fmt(k['fact_recall'])}  abstained {k['abstained']}"
                for kind, k in a["per_kind"].items()
            ]
    misses = [i for i in result["items"] if i.get("answerable") and i.get("rank") is None and "rank" in i]
    if misses:
        lines.append("not retrieved in top 10: " + ", ".join(i["id"] for i in misses))
    return "\n".join(lines)
