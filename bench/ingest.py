"""Ingestion benchmark: the embedding engines side by side (torch, ONNX fp32, ONNX int8: throughput
and retrieval figures), cold ingest of seeds/, pipeline vs raw sentence-transformers encode,
no-change re-ingest, and a one-paragraph edit.  Prints one JSON object; see bench/README.md.

    python bench/ingest.py [--quick] [--rounds N] [--corpus DIR] [--engines-only | --no-engines]
"""

from __future__ import annotations

import os

for _k, _v in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ.setdefault(_k, _v)

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]  # bench/ingest.py shadows `ingest`
sys.path.insert(0, str(_HERE.parent))

import argparse
import json
import shutil
import statistics
import subprocess
import tempfile
import time

from bench._common import SEEDS, VENV_BIN, emit, log, machine, model_path, profile_top, ratio, setup_logging


class TimedEmbedder:
    """Wraps the pipeline's embedder to time model loading and the embedding phase separately."""

    def __init__(self, inner):
        self.inner = inner
        self.load_s = 0.0
        self.embed_s = 0.0
        self.texts = 0

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def embed(self, texts, progress=None):
        return self.embed_chunks(texts, None, progress)[0]

    def embed_chunks(self, texts, spans, progress=None):
        """The pipeline's call: chunk vectors and their sentences' vectors in one forward pass."""
        if not self.inner.loaded:
            t = time.perf_counter()
            self.inner.model()
            self.load_s += time.perf_counter() - t
        t = time.perf_counter()
        out = self.inner.embed_chunks(texts, spans, progress=progress)
        self.embed_s += time.perf_counter() - t
        self.texts += len(texts)
        return out

    def reset(self):
        self.load_s = self.embed_s = 0.0
        self.texts = 0


def run_ingest(settings, corpus: Path, embedder: TimedEmbedder) -> dict:
    from dragoman.index.core import Index
    from dragoman.ingest import ingest

    embedder.reset()
    index = Index(settings.index, settings.retrieval, embedder=embedder)
    t = time.perf_counter()
    report = ingest(index, [corpus])
    wall = time.perf_counter() - t
    return {
        "seconds": round(wall, 3),
        "model_load_seconds": round(embedder.load_s, 3),
        "embedding_phase_seconds": round(embedder.embed_s, 3),
        "other_seconds": round(wall - embedder.load_s - embedder.embed_s, 3),
        "chunks_embedded": report.chunks_embedded,
        "chunks_reused": report.chunks_reused,
        "chunks_deleted": report.chunks_deleted,
        "chunks_moved": report.chunks_moved,
        "files": {
            "added": len(report.added),
            "changed": len(report.changed),
            "unchanged": len(report.unchanged),
            "skipped": len(report.skipped),
        },
        "model_loaded": report.model_loaded,
        "_index": index,
    }


def public(run: dict) -> dict:
    return {k: v for k, v in run.items() if not k.startswith("_")}


def edit_middle_paragraph(path: Path) -> dict:
    """Append one sentence to the paragraph nearest the middle of the file (a typical small edit)."""
    text = path.read_text(encoding="utf-8")
    paras, pos = [], 0
    for block in text.split("\n\n"):
        if len(block.strip()) >= 200:
            paras.append((pos, pos + len(block)))
        pos += len(block) + 2
    mid = len(text) / 2
    start, end = min(paras, key=lambda p: abs((p[0] + p[1]) / 2 - mid))
    added = " The benchmark added this sentence to check that an edit re-embeds only the chunks around it."
    path.write_text(text[:end] + added + text[end:], encoding="utf-8")
    return {"file": path.name, "file_chars": len(text), "paragraph_span": [start, end], "added_chars": len(added)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="one warm round instead of three")
    ap.add_argument("--rounds", type=int, help="warm rounds of pipeline vs raw encode (default 3, quick 1)")
    ap.add_argument("--corpus", type=Path, default=SEEDS, help="folder to ingest (default seeds/)")
    ap.add_argument("--engines-only", action="store_true", help="only the torch vs ONNX comparison")
    ap.add_argument("--no-engines", action="store_true", help="skip the torch vs ONNX comparison")
    ap.add_argument("--passages", type=int, help="passages in the engine throughput run (default 192, quick 64)")
    args = ap.parse_args()
    setup_logging()
    rounds = args.rounds or (1 if args.quick else 3)

    from dragoman import Settings
    from dragoman.index.embedder import default_embedder

    out: dict = {"bench": "ingest", "quick": args.quick, "machine": machine(), "corpus": str(args.corpus)}
    with tempfile.TemporaryDirectory(prefix="dragoman-bench-ingest-") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        shutil.copytree(args.corpus, corpus)
        files = sorted(p for p in corpus.rglob("*") if p.is_file())
        out["corpus_files"] = len(files)
        out["corpus_bytes"] = sum(p.stat().st_size for p in files)
        base = Settings.load(store=tmp / "store")
        batch = base.index.embed_batch_size
        if not args.no_engines:
            from bench._engines import compare

            limit = args.passages or (64 if args.quick else 192)
            out["embedding_engines"] = compare(base, tmp, 1 if args.quick else 2, args.quick, limit)
            if args.engines_only:
                emit(out)
                return

        # 1. cold: fresh process state, the model is loaded inside the run
        log.info("cold ingest of %s", corpus)
        emb = TimedEmbedder(default_embedder(base.index))
        cold = run_ingest(base, corpus, emb)
        cold["chunks_per_second"] = round(cold["chunks_embedded"] / cold["seconds"], 2)
        cold["chunks_per_second_excl_model_load"] = round(
            cold["chunks_embedded"] / (cold["seconds"] - cold["model_load_seconds"]), 2
        )
        out["cold_ingest"] = public(cold)
        texts = [c.embed_text for c in cold["_index"].store.iter_chunks()]
        n = len(texts)

        # 2. warm: same (loaded) pipeline model into fresh stores vs raw encode, interleaved
        from sentence_transformers import SentenceTransformer

        raw_model = SentenceTransformer(model_path(), device="cpu")
        raw_model.encode(texts[:batch], batch_size=batch)  # warm both models equally
        emb.inner.embed(texts[:batch])
        pipe_runs, raw_runs = [], []
        for r in range(rounds):
            order = ("pipeline", "raw") if r % 2 == 0 else ("raw", "pipeline")
            for what in order:
                if what == "pipeline":
                    log.info("warm round %d: pipeline", r + 1)
                    run = run_ingest(base.replace(store=tmp / f"warm{r}"), corpus, emb)
                    pipe_runs.append(public(run))
                else:
                    log.info("warm round %d: raw encode of %d texts", r + 1, n)
                    t = time.perf_counter()
                    raw_model.encode(
                        texts,
                        batch_size=batch,
                        normalize_embeddings=True,
                        convert_to_numpy=True,
                        show_progress_bar=False,
                    )
                    raw_runs.append(round(time.perf_counter() - t, 3))
        pipe_s = statistics.median(r["seconds"] for r in pipe_runs)
        phase_s = statistics.median(r["embedding_phase_seconds"] for r in pipe_runs)
        raw_s = statistics.median(raw_runs)
        embedded = pipe_runs[0]["chunks_embedded"]
        out["warm_vs_raw_encode"] = {
            "rounds": rounds,
            "batch_size": batch,
            "texts": n,
            "pipeline_seconds": [r["seconds"] for r in pipe_runs],
            "pipeline_embedding_phase_seconds": [r["embedding_phase_seconds"] for r in pipe_runs],
            "raw_encode_seconds": raw_runs,
            "pipeline_chunks_per_second": round(embedded / pipe_s, 2),
            "embedding_phase_chunks_per_second": round(embedded / phase_s, 2),
            "raw_encode_chunks_per_second": round(n / raw_s, 2),
            "ratio_pipeline_to_raw": ratio(embedded / pipe_s, n / raw_s),
            "ratio_embedding_phase_to_raw": ratio(embedded / phase_s, n / raw_s),
            "goal": "pipeline throughput >= 0.9 x raw encode",
        }
        # where the time of a warm pipeline run goes, besides the embedding
        out["warm_vs_raw_encode"]["profile_warm_pipeline"] = profile_top(
            lambda: run_ingest(base.replace(store=tmp / "profiled"), corpus, emb), 1, n=16
        )
        out["cold_ingest"]["ratio_to_warm_raw_encode"] = ratio(cold["chunks_per_second"], n / raw_s)
        out["cold_ingest"]["ratio_excl_model_load_to_warm_raw_encode"] = ratio(
            cold["chunks_per_second_excl_model_load"], n / raw_s
        )
        del raw_model

        # 3. no change: a fresh Index (model not loaded) re-ingests the same files
        log.info("no-change re-ingest")
        noop = run_ingest(base, corpus, TimedEmbedder(default_embedder(base.index)))
        out["no_change_reingest"] = public(noop)
        cli = VENV_BIN / "dragoman"
        if cli.exists():
            walls = []
            for _ in range(1 if args.quick else 3):
                t = time.perf_counter()
                proc = subprocess.run(
                    [str(cli), "ingest", str(corpus), "--store", str(base.index.store), "--json"],
                    capture_output=True,
                    text=True,
                    cwd=tmp,
                    env=dict(os.environ, PYTHONPATH=str(_HERE.parent)),  # this checkout's code
                )
                walls.append(round(time.perf_counter() - t, 3))
            rep = json.loads(proc.stdout) if proc.returncode == 0 else {}
            out["no_change_reingest"]["cli_process"] = {
                "command": "dragoman ingest <corpus> --store <store> --json",
                "wall_seconds": walls,
                "returncode": proc.returncode,
                "chunks_embedded": rep.get("chunks_embedded"),
                "model_loaded": rep.get("model_loaded"),
                "stderr_tail": proc.stderr[-300:] if proc.returncode else "",
            }

        # 4. one-paragraph edit in the middle of the longest file
        longest = max(files, key=lambda p: p.stat().st_size)
        doc_id = longest.relative_to(corpus).as_posix()
        before = {d.doc_id: d.chunks for d in cold["_index"].store.documents()}
        edit = edit_middle_paragraph(longest)
        log.info("re-ingest after editing %s", doc_id)
        edited = run_ingest(base, corpus, TimedEmbedder(default_embedder(base.index)))
        after = {d.doc_id: d.chunks for d in edited["_index"].store.documents()}
        out["one_paragraph_edit"] = {
            **edit,
            "doc_chunks_before": before.get(doc_id),
            "doc_chunks_after": after.get(doc_id),
            **public(edited),
        }
        out["one_paragraph_edit"]["fraction_of_doc_re_embedded"] = ratio(edited["chunks_embedded"], after.get(doc_id))
        out["one_paragraph_edit"]["embedding_phase_vs_cold_embedding_phase"] = ratio(
            edited["embedding_phase_seconds"], cold["embedding_phase_seconds"]
        )
    emit(out)


if __name__ == "__main__":
    main()
