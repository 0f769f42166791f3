"""Many similar documents: does retrieval keep to the report the question names? Dragoman vs plain llama-index.

The corpus is `bench/data/similar_reports/reports/` (twelve annual reports from one template,
written by bench/make_reports.py; `--fresh` regenerates them into a temp folder first) and its
36 questions, each naming its company (and year). Per system, on the same files and questions:
- `right_document_first`: the top passage comes from the gold report;
- `context_hit@5`: a top-5 passage from the gold report overlaps the gold quote
  (`assistant.evaluate.first_hit`: the quote is contained in the passage, or half of the
  40-character windows of either text are shared, on normalised text) — one rule for both.
Plain llama-index: SimpleDirectoryReader (pypdf), a SentenceSplitter passed explicitly
(`transformations=[splitter]`), the same local all-MiniLM-L6-v2, top 5; at its default
1024-token chunks and at 256. Also checks that every line of pypdf's page text holding two or
more figures (a table row) is in Dragoman's canonical text of that report, and Dragoman's
answers (`must` facts). Prints one JSON object.

    python bench/similar_docs.py [--fresh] [--no-answers]
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parent))
import argparse
import re
import tempfile
import time

import dragoman  # noqa: F401  (sets the offline guards before any model library is imported)
from bench._common import emit, llama_hits, llama_setup, log, machine, setup_logging
from bench.make_reports import OUT, generate, page_texts

TOP_K = 5
LLAMA_CHUNKS = (("llama_default_1024_top5", 1024), ("llama_256_top5", 256))
_FIGURE = re.compile(r"\(?\d[\d,]*(?:\.\d+)?\)?")


def scores(items: list[dict], retrieve) -> dict:
    """right_document_first, context_hit@5 and the questions each misses."""
    from dragoman.assistant.evaluate import first_hit

    first = hit = 0
    wrong_doc, missed = [], []
    t = time.perf_counter()
    for it in items:
        hits = retrieve(it["question"])[:TOP_K]
        if hits and hits[0].source == it["source"]:
            first += 1
        else:
            wrong_doc.append(it["id"])
        if first_hit(hits, it["golds"], it["source"]):
            hit += 1
        else:
            missed.append(it["id"])
    n = max(len(items), 1)
    return {
        "right_document_first": round(first / n, 4),
        "context_hit@5": round(hit / n, 4),
        "query_seconds_mean": round((time.perf_counter() - t) / n, 4),
        "wrong_document_first": wrong_doc,
        "context_missed": missed,
    }


def table_rows_missing(bot, folder: Path) -> dict:
    """Lines of pypdf's page text with ≥ 2 figures that are not in the canonical text (whitespace-normalised)."""
    norm = lambda s: " ".join(s.split())
    checked, missing = 0, []
    for pdf in sorted(folder.glob("*.pdf")):
        canonical = norm(bot.document(pdf.name).text)
        for page in page_texts(pdf):
            for line in page.splitlines():
                if len(_FIGURE.findall(line)) < 2:
                    continue
                checked += 1
                if norm(line) not in canonical:
                    missing.append(f"{pdf.name}: {line.strip()}")
    return {"rows_checked": checked, "rows_missing": len(missing), "missing": missing[:20]}


def llama_systems(folder: Path, items: list[dict]) -> dict:
    from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.readers.file import PDFReader

    llama_setup()
    docs = SimpleDirectoryReader(str(folder), required_exts=[".pdf"], file_extractor={".pdf": PDFReader()}).load_data()
    out = {}
    for name, size in LLAMA_CHUNKS:
        t = time.perf_counter()
        index = VectorStoreIndex.from_documents(docs, transformations=[SentenceSplitter(chunk_size=size)])
        index_s = round(time.perf_counter() - t, 2)
        retriever = index.as_retriever(similarity_top_k=TOP_K)
        out[name] = {**scores(items, lambda q, r=retriever: llama_hits(r.retrieve(q))), "index_seconds": index_s}
        out[name]["chunks"] = len(index.docstore.docs)
        log.info("%s: %s", name, {k: v for k, v in out[name].items() if not isinstance(v, list)})
    return out


def run(root: Path, tmp: Path, answers: bool) -> dict:
    from dragoman.assistant.evaluate import evaluate, load_questions
    from dragoman.assistant.facade import Assistant

    folder, qfile = root / "reports", root / "questions.jsonl"
    items = load_questions(qfile)
    res: dict = {"corpus": str(folder), "reports": len(list(folder.glob("*.pdf"))), "questions": len(items)}
    bot = Assistant(store=tmp / "dragoman")
    t = time.perf_counter()
    report = bot.ingest([folder])
    index_s = round(time.perf_counter() - t, 2)
    systems = {"dragoman_hybrid": {**scores(items, lambda q: bot.search(q, k=TOP_K)), "index_seconds": index_s}}
    systems["dragoman_hybrid"]["chunks"] = bot.index.store.chunk_count()
    systems["dragoman_hybrid"]["skipped_files"] = len(report.skipped)
    log.info("dragoman: %s", {k: v for k, v in systems["dragoman_hybrid"].items() if not isinstance(v, list)})
    res["table_rows"] = table_rows_missing(bot, folder)
    if answers:
        ev = evaluate(qfile, bot.settings, answers=True, bot=bot)
        a = ev["answers"]
        res["dragoman_answers"] = {
            "fact_recall": a["fact_recall"],
            "answerable_abstained": a["answerable_abstained"],
            "citation_integrity": a["citation_integrity"],
            "per_kind": a["per_kind"],
            "facts_missed": [i["id"] for i in ev["items"] if i.get("facts") is False],
        }
    systems.update(llama_systems(folder, items))
    res["systems"] = systems
    best = max((n for n in systems if n.startswith("llama")), key=lambda n: systems[n]["right_document_first"])
    res["comparison"] = {
        "best_llama": best,
        **{
            f"dragoman_minus_best_llama_{m}": round(systems["dragoman_hybrid"][m] - systems[best][m], 4)
            for m in ("right_document_first", "context_hit@5")
        },
    }
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fresh", action="store_true", help="regenerate the reports into a temp folder first")
    ap.add_argument("--no-answers", action="store_true", help="skip Dragoman's answer metrics")
    args = ap.parse_args()
    setup_logging()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dragoman-bench-similar-") as tmp:
        root = OUT
        if args.fresh:
            root = Path(tmp) / "similar_reports"
            generate(root)
        result = run(root, Path(tmp), not args.no_answers)
    out = {"bench": "similar_docs", "machine": machine(), "top_k": TOP_K, **result}
    out["seconds"] = round(time.perf_counter() - t0, 1)
    emit(out)


if __name__ == "__main__":
    main()
