"""Same answers: prove that a change of the code (a refactor) changed no answer.

`dump` ingests each corpus into a fresh temporary store with the code of checkout DIR and records, for every
question of every set: `ask(question)`, `ask(question, history=...)` for follow-ups (items with a `history` list
of earlier questions) and `search(question, k=10)` (answer text, abstained, confidence, resolved question,
citations, ranked passages). It runs in a subprocess with PYTHONPATH=DIR and cwd=DIR (this script re-invoked as
`_worker`; it imports nothing from bench/), so DIR's code answers; the questions are always read from the
bench/data next to this script, so every checkout gets the same ones. `compare` prints one JSON object (questions
compared and identical per set; each difference with its question, field and both values) and exits 0 when all
is identical, 1 otherwise. `run` dumps DIR, then this checkout, into bench/results/ and compares them.

    python bench/same_answers.py dump --code DIR --out FILE.json [--quick]
    python bench/same_answers.py compare A.json B.json
    python bench/same_answers.py run --baseline DIR [--quick]

--quick: the seeds corpus only. Sets: $DRAGOMAN_EVAL_DIR (default /work/shared/eval) seeds_dev.jsonl,
seeds_hard_dev.jsonl, external/NAME/rag_dataset.json; bench/data/*.jsonl.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import logging
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import zip_longest
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
RESULTS = HERE / "results"
EVAL = Path(os.environ.get("DRAGOMAN_EVAL_DIR", "/work/shared/eval"))
EXTERNAL_SETS = ("blockchain_solana", "history_of_alexnet")
SEARCH_K = 10
GUARDS = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1"}
GUARDS |= {"GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False", "TOKENIZERS_PARALLELISM": "false"}
PROJECT_MODULES = ("dragoman", "assistant", "index", "ingest")
NOISY = "chromadb httpx urllib3 sentence_transformers transformers bm25s llama_index dragoman assistant index ingest"

log = logging.getLogger("same_answers")


# -- question sets -------------------------------------------------------------------------------------------
def corpora(code: Path, quick: bool) -> list[tuple[str, Path, list[Path]]]:
    """(name, corpus folder, question files) per corpus; the seeds corpus is DIR's own."""
    seeds_sets = [EVAL / "seeds_dev.jsonl", EVAL / "seeds_hard_dev.jsonl", *sorted(DATA.glob("seeds_*.jsonl"))]
    out = [("seeds", code / "seeds", seeds_sets)]
    for name in () if quick else EXTERNAL_SETS:
        ext = EVAL / "external" / name
        out.append((name, ext / "source_files", [ext / "rag_dataset.json", *sorted(DATA.glob(f"{name}_*.jsonl"))]))
    return out


def load_items(path: Path) -> list[dict]:
    """[{id, question, history}] of a rag_dataset.json (`examples[].query`) or a JSONL file (`question`)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return [{"id": f"q{i}", "question": ex["query"]} for i, ex in enumerate(json.loads(text)["examples"], 1)]
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [
        {"id": r.get("id", f"row{n}"), "question": r["question"], "history": r.get("history")}
        for n, r in enumerate(rows, 1)
    ]


# -- worker: runs inside DIR's code --------------------------------------------------------------------------
def inside(path: str | None, code: Path) -> bool:
    return bool(path) and Path(str(path)).resolve().is_relative_to(code)


def import_assistant(code: Path) -> tuple[Any, str]:
    """`dragoman.Assistant` if DIR has that package, else `assistant.Assistant`; never another checkout's."""
    spec = importlib.util.find_spec("dragoman")
    where = spec and (spec.origin or next(iter(spec.submodule_search_locations or []), None))
    if where and inside(where, code):
        try:
            return importlib.import_module("dragoman").Assistant, "dragoman"
        except (ImportError, AttributeError) as exc:
            log.warning("import dragoman failed (%s); falling back to `from assistant import Assistant`", exc)
    elif where:  # e.g. the editable install of another checkout
        log.info("ignoring dragoman at %s (not in %s)", where, code)
    return importlib.import_module("assistant").Assistant, "assistant"


def loaded_modules(code: Path) -> dict[str, str]:
    """Where the project's top-level packages came from; raises if any project module is not inside DIR."""
    files = {
        n: getattr(m, "__file__", None) or str(next(iter(getattr(m, "__path__", [])), ""))
        for n, m in list(sys.modules.items())
    }
    project = {n: f for n, f in files.items() if n.split(".")[0] in PROJECT_MODULES}
    outside = {n: f for n, f in project.items() if not inside(f, code)}
    if outside:
        raise RuntimeError(f"project modules imported from outside {code}: {outside}")
    return {n: f for n, f in project.items() if "." not in n}


def answer_record(call: Callable[[], Any]) -> dict:
    try:
        a = call()
    except Exception as exc:  # a rejected question is an outcome too: recorded, compared
        log.exception("ask failed")
        return {"error": f"{type(exc).__name__}: {exc}"}
    citations = [[c.source, c.start, c.end, c.line_start, c.line_end, c.quote, c.number] for c in a.citations]
    record = {"text": a.text, "abstained": bool(a.abstained), "confidence": float(a.confidence)}
    return {**record, "resolved_question": a.resolved_question, "citations": citations}


def search_record(call: Callable[[], Any]) -> list | dict:
    try:
        return [[p.source, p.start, p.end, p.chunk_id, round(float(p.score), 6)] for p in call()]
    except Exception as exc:
        log.exception("search failed")
        return {"error": f"{type(exc).__name__}: {exc}"}


def question_record(bot: Any, item: dict) -> dict:
    q = item["question"]
    row = {"id": item["id"], "question": q, "ask": answer_record(lambda: bot.ask(q))}
    if item.get("history"):
        # Assistant.ask reads history as messages or (user, assistant) pairs; bare strings would be ignored.
        turns = [{"role": "user", "content": h} for h in item["history"]]
        row["history"] = item["history"]
        row["ask_history"] = answer_record(lambda: bot.ask(q, history=turns))
    row["search"] = search_record(lambda: bot.search(q, k=SEARCH_K))
    return row


def git_state(code: Path) -> dict:
    def git(*args: str) -> str:
        cmd = ["git", "-C", str(code), *args]
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()

    changed = git("status", "--porcelain").splitlines()
    return {"commit": git("rev-parse", "HEAD") or None, "modified_files": len(changed)}


def ask_all(assistant_cls: Any, name: str, corpus: Path, files: list[Path], meta: dict[str, Any]) -> dict[str, list]:
    """Ingest one corpus into a fresh temporary store; the records of its question sets."""
    sets: dict[str, list] = {}
    with tempfile.TemporaryDirectory(prefix=f"dragoman-same-{name}-", ignore_cleanup_errors=True) as tmp:
        bot = assistant_cls(store=tmp)
        t = time.perf_counter()
        bot.ingest([corpus])
        meta["ingest_seconds"][name] = round(time.perf_counter() - t, 1)
        log.info("%s: ingested %s in %.0fs", name, corpus, meta["ingest_seconds"][name])
        for f in files:
            if not f.exists():
                log.warning("%s: no question set %s", name, f)
                meta["missing_sets"].append(str(f))
                continue
            sets[f"{name}/{f.name}"] = rows = [question_record(bot, item) for item in load_items(f)]
            log.info("%s: %s, %d questions", name, f.name, len(rows))
    return sets


def worker(code: Path, out: Path, quick: bool) -> None:
    os.environ.update(GUARDS)
    sys.path[:] = [str(code)] + [p for p in sys.path if Path(p or ".").resolve() not in (HERE, code)]
    assistant_cls, how = import_assistant(code)
    meta: dict[str, Any] = {"code": str(code), "import": how, "quick": quick, "python": platform.python_version()}
    meta.update(eval_dir=str(EVAL), git=git_state(code), ingest_seconds={}, missing_sets=[])
    sets: dict[str, list] = {}
    t0 = time.perf_counter()
    for name, corpus, files in corpora(code, quick):
        sets.update(ask_all(assistant_cls, name, corpus, files, meta))
    meta.update(seconds=round(time.perf_counter() - t0, 1), modules=loaded_modules(code))
    meta["questions"] = {k: len(v) for k, v in sets.items()}
    out.write_text(json.dumps({"meta": meta, "sets": sets}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# -- driver --------------------------------------------------------------------------------------------------
def dump(code: Path, out: Path, quick: bool) -> dict:
    """Run the worker on checkout `code` in a subprocess; a summary of the dump it wrote to `out`."""
    code, out = code.resolve(), out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "_worker", "--code", str(code), "--out", str(out)]
    env = {**os.environ, **GUARDS, "PYTHONPATH": str(code)}
    log.info("dumping %s -> %s", code, out)
    t = time.perf_counter()
    subprocess.run(cmd + (["--quick"] if quick else []), cwd=code, env=env, stdout=sys.stderr, check=True)
    meta = json.loads(out.read_text(encoding="utf-8"))["meta"]
    wall = round(time.perf_counter() - t, 1)
    log.info("dumped %s in %.0fs: %d questions", code, wall, sum(meta["questions"].values()))
    keep = ("import", "git", "ingest_seconds", "questions", "missing_sets")
    return {"out": str(out), "code": str(code), "wall_seconds": wall, **{k: meta[k] for k in keep}}


def flatten(row: dict) -> dict:
    """{field: value} of a question record, with `ask.text`, `ask_history.citations`, ... for nested ones."""
    out: dict = {}
    for key, value in row.items():
        if isinstance(value, dict):
            out.update({f"{key}.{f}": v for f, v in value.items()})
        else:
            out[key] = value
    return out


def row_diffs(key: str, a: dict | None, b: dict | None) -> list[dict]:
    """How two records of a question differ: one entry per field (one `record` entry if either is missing)."""
    where = {"set": key, "id": (a or b or {}).get("id"), "question": (a or b or {}).get("question")}
    if a is None or b is None:
        state = {"a": "present" if a else "missing", "b": "present" if b else "missing"}
        return [{**where, "field": "record", **state}]
    fa, fb = flatten(a), flatten(b)
    fields = [f for f in dict.fromkeys([*fa, *fb]) if fa.get(f) != fb.get(f) or (f in fa) != (f in fb)]
    return [{**where, "field": f, "a": fa.get(f), "b": fb.get(f)} for f in fields]


def compare(path_a: Path, path_b: Path) -> dict:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (path_a, path_b))
    sets, diffs = {}, []
    for key in dict.fromkeys([*a["sets"], *b["sets"]]):
        if key not in a["sets"] or key not in b["sets"]:
            sizes = [len(d["sets"][key]) if key in d["sets"] else "missing" for d in (a, b)]
            diffs.append({"set": key, "field": "set", "a": sizes[0], "b": sizes[1]})
            sets[key] = {"compared": 0, "identical": 0}
            continue
        found = [row_diffs(key, x, y) for x, y in zip_longest(a["sets"][key], b["sets"][key])]
        diffs += [d for row in found for d in row]
        sets[key] = {"compared": len(found), "identical": sum(not row for row in found)}
    out = {"a": str(path_a), "b": str(path_b), "a_code": a["meta"].get("code"), "b_code": b["meta"].get("code")}
    out.update(identical=not diffs, questions=sum(s["compared"] for s in sets.values()))
    out.update(questions_identical=sum(s["identical"] for s in sets.values()), sets=sets)
    return {**out, "differences_count": len(diffs), "differences": diffs}


def report(path_a: Path, path_b: Path, extra: dict | None = None) -> int:
    """Print the comparison as one JSON object; the exit code (0: identical)."""
    result = {**(extra or {}), **compare(path_a, path_b)}
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    log.info("%d/%d questions identical", result["questions_identical"], result["questions"])
    return 0 if result["identical"] else 1


def run(baseline: Path, quick: bool) -> int:
    suffix = "-quick" if quick else ""
    path_a, path_b = RESULTS / f"same_answers-baseline{suffix}.json", RESULTS / f"same_answers-current{suffix}.json"
    dumps = [dump(baseline, path_a, quick), dump(ROOT, path_b, quick)]
    return report(path_a, path_b, {"dumps": dumps})


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    for name in ("dump", "_worker"):
        p = sub.add_parser(name, help=None if name == "_worker" else "dump the answers of checkout DIR")
        p.add_argument("--code", type=Path, required=True, help="checkout whose code answers")
        p.add_argument("--out", type=Path, required=True, help="JSON file to write")
        p.add_argument("--quick", action="store_true", help="seeds corpus only")
    p = sub.add_parser("compare", help="compare two dumps (exit 1 on any difference)")
    p.add_argument("a", type=Path)
    p.add_argument("b", type=Path)
    p = sub.add_parser("run", help="dump a baseline checkout and this one, then compare")
    p.add_argument("--baseline", type=Path, required=True)
    p.add_argument("--quick", action="store_true", help="seeds corpus only")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    fmt = "%(asctime)s %(name)s: %(message)s"
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format=fmt, datefmt="%H:%M:%S")
    for name in NOISY.split():
        logging.getLogger(name).setLevel(logging.WARNING)
    if args.command == "_worker":
        worker(args.code.resolve(), args.out.resolve(), args.quick)
        return 0
    if args.command == "dump":
        json.dump(dump(args.code, args.out, args.quick), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if args.command == "compare":
        return report(args.a, args.b)
    return run(args.baseline, args.quick)


if __name__ == "__main__":
    sys.exit(main())
