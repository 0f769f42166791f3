"""Same speed: search and ask latency of this checkout beside a baseline checkout, in one run.

Each side runs in its own process with PYTHONPATH=DIR (as bench/same_answers.py does), ingests
the seeds into a fresh store, answers every seeds question once to warm up, then times `search`
and `ask` on every question for --rounds rounds (query vectors stay cached, as in a chat). The
two sides run alternately, --pairs times each, so machine noise hits both alike. Prints one
JSON object: per side and operation the median and mean latency (ms), and new/baseline ratios.

    python bench/same_speed.py --baseline DIR [--pairs 2] [--rounds 3] [--interleaved]

--interleaved: both in ONE process, each question asked of the baseline and of this checkout in
turn (order alternating per round), which takes process-to-process noise out of the ratio. It
works when the baseline's packages have other names than this checkout's (a checkout from
before the `dragoman` namespace: `assistant`, `index`, `ingest`).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from same_answers import GUARDS, HERE, ROOT, corpora, import_assistant, load_items, loaded_modules

log = logging.getLogger("same_speed")


def worker(code: Path, rounds: int) -> dict:
    os.environ.update(GUARDS)
    sys.path[:] = [str(code)] + [p for p in sys.path if Path(p or ".").resolve() not in (HERE, code)]
    assistant_cls, how = import_assistant(code)
    _, corpus, files = corpora(code, quick=True)[0]
    questions = [item["question"] for f in files for item in load_items(f)]
    with tempfile.TemporaryDirectory() as tmp:
        bot = assistant_cls(store=Path(tmp) / "store")
        bot.ingest([corpus])
        for q in questions:
            bot.ask(q)
        times: dict[str, list[float]] = {"search": [], "ask": []}
        for _ in range(rounds):
            for q in questions:
                for op, call in (("search", bot.search), ("ask", bot.ask)):
                    t = time.perf_counter()
                    call(q)
                    times[op].append((time.perf_counter() - t) * 1000)
    loaded_modules(code)  # raises if any project module came from another checkout
    return {"import": how, "questions": len(questions), "ms": times}


def interleaved(baseline: Path, rounds: int) -> dict:
    """Old (`assistant.Assistant` of `baseline`) and new (`dragoman.Assistant`) in one process."""
    import importlib

    os.environ.update(GUARDS)
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE] + [str(baseline)]
    old_cls = importlib.import_module("assistant").Assistant
    new_cls = importlib.import_module("dragoman").Assistant
    _, corpus, files = corpora(ROOT, quick=True)[0]
    questions = [item["question"] for f in files for item in load_items(f)]
    times: dict[str, dict[str, list[float]]] = {s: {"search": [], "ask": []} for s in ("baseline", "new")}
    with tempfile.TemporaryDirectory() as tmp:
        bots = {"baseline": old_cls(store=Path(tmp) / "old"), "new": new_cls(store=Path(tmp) / "new")}
        for bot in bots.values():
            bot.ingest([corpus])
            for q in questions:
                bot.ask(q)
        for r in range(rounds):
            order = list(bots.items()) if r % 2 == 0 else list(reversed(bots.items()))
            for q in questions:
                for name, bot in order:
                    for op in ("search", "ask"):
                        t = time.perf_counter()
                        getattr(bot, op)(q)
                        times[name][op].append((time.perf_counter() - t) * 1000)
    return times


def side(code: Path, rounds: int) -> dict:
    env = {**os.environ, **GUARDS, "PYTHONPATH": str(code)}
    cmd = [sys.executable, str(Path(__file__).resolve()), "_worker", "--code", str(code), "--rounds", str(rounds)]
    done = subprocess.run(cmd, cwd=code, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def summary(samples: list[float]) -> dict:
    return {
        "median_ms": round(statistics.median(samples), 2),
        "mean_ms": round(statistics.fmean(samples), 2),
        "n": len(samples),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", nargs="?", choices=["run", "_worker"], default="run")
    ap.add_argument("--baseline", type=Path, help="checkout to compare with (run)")
    ap.add_argument("--code", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--pairs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--interleaved", action="store_true", help="both checkouts in one process (see above)")
    args = ap.parse_args()
    if args.mode == "_worker":
        print(json.dumps(worker(args.code.resolve(), args.rounds)))
        return 0
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s: %(message)s")
    if args.baseline is None:
        ap.error("--baseline DIR is required")
    if args.interleaved:
        ms = interleaved(args.baseline.resolve(), args.rounds * args.pairs)
        print(json.dumps(_summary(ms, {"baseline": args.baseline.resolve(), "new": ROOT}, 1, args.rounds * args.pairs,
                                  "interleaved in one process"), indent=2))  # fmt: skip
        return 0
    print(json.dumps(compare(args.baseline, args.pairs, args.rounds), indent=2))
    return 0


def compare(baseline: Path, pairs: int = 2, rounds: int = 3) -> dict:
    """Latency of this checkout and of `baseline`, alternating processes; medians, means and ratios."""
    sides = {"baseline": baseline.resolve(), "new": ROOT}
    ms: dict[str, dict[str, list[float]]] = {name: {"search": [], "ask": []} for name in sides}
    for pair in range(pairs):
        for name, code in sides.items():
            log.info("pair %d: %s (%s)", pair + 1, name, code)
            for op, samples in side(code, rounds)["ms"].items():
                ms[name][op] += samples
    return _summary(ms, sides, pairs, rounds, "alternating processes")


def _summary(ms: dict, sides: dict, pairs: int, rounds: int, how: str) -> dict:
    out: dict = {name: {op: summary(s) for op, s in ops.items()} for name, ops in ms.items()}
    out["ratio_new_over_baseline"] = {
        op: {k: round(out["new"][op][k] / out["baseline"][op][k], 3) for k in ("median_ms", "mean_ms")}
        for op in ("search", "ask")
    }
    out["sides"] = {name: str(code) for name, code in sides.items()}
    out["pairs"], out["rounds"], out["how"] = pairs, rounds, how
    return out


if __name__ == "__main__":
    sys.exit(main())
