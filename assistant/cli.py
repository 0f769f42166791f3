"""`dragoman` command line. Each command imports only what it needs (imports are slow)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

log = logging.getLogger("dragoman")

DEFAULT_CORPUS = "seeds"


def _common(default: object) -> argparse.ArgumentParser:
    """--store, --collection, --chroma-url, -v: accepted before the command and after it. After it, their
    default is SUPPRESS, so a value given before the command is not overwritten."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", default=default, help="data folder (default .dragoman, or $DRAGOMAN_STORE)")
    common.add_argument(
        "--collection",
        default=default,
        metavar="NAME",
        help="a named collection in the store (default: 'default', or $DRAGOMAN_COLLECTION)",
    )
    common.add_argument(
        "--chroma-url",
        default=default,
        help="use a running `chroma run` server, e.g. http://127.0.0.1:8000 (or $DRAGOMAN_CHROMA_URL)",
    )
    common.add_argument("-v", "--verbose", action="store_true", default=default or False, help="log more")
    return common


# Shown under each command's --help (a test parses every one of them).
EXAMPLES = {
    "ingest": (
        "ingest seeds/",
        "ingest ~/papers notes.md --store ~/papers-index",
        "ingest ~/papers --collection papers",
        "ingest --rebuild --json",
    ),
    "status": ("status", "status --store ~/papers-index --json"),
    "remove": ("remove notes.md", "remove 001_report.txt 002_report.txt --store ~/papers-index"),
    "search": ('search "Oman back channel" -k 3', 'search "mediation" --source oman.txt --source qatar.txt --json'),
    "ask": (
        'ask "Who chairs Finland\'s Crisis Management Initiative?"',
        'ask "Which country mediated?" --source qatar.txt -k 4 --json',
        'ask "What do the papers conclude?" --collection papers',
        'ask "What role has Oman played in the Gulf?" --markdown > answer.md',
        'ask "What role has Oman played in the Gulf?" --llm http://127.0.0.1:8080/v1',
    ),
    "eval": ("eval questions.jsonl", "eval rag_dataset.json --mode dense --json"),
    "chat": ("chat", "chat --port 8080 --auth me:secret", "chat --llm http://127.0.0.1:8080/v1"),
    "collections": ("collections --json", "collections create papers", "collections delete papers --yes"),
}


def _parser() -> argparse.ArgumentParser:
    from dragoman import __version__

    common = _common(argparse.SUPPRESS)

    llm = argparse.ArgumentParser(add_help=False)
    group = llm.add_argument_group("language model (generative answers, every sentence verified)")
    group.add_argument(
        "--llm",
        dest="llm_url",
        metavar="URL",
        help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1, or Ollama's http://127.0.0.1:11434 "
        "(or $DRAGOMAN_LLM_URL)",
    )
    group.add_argument(
        "--model", dest="llm_model", metavar="NAME", help="model name on that server ($DRAGOMAN_LLM_MODEL)"
    )
    group.add_argument("--api-key", dest="llm_api_key", help="for servers that want one ($DRAGOMAN_LLM_API_KEY)")
    group.add_argument("--llm-backend", choices=["openai", "ollama"], help="openai (default) or ollama")
    group.add_argument("--llm-timeout", type=float, help="seconds for a whole reply (default 60)")
    group.add_argument(
        "--answerer",
        choices=["extractive", "generative"],
        help="who writes answers (default: generative when --llm is given)",
    )

    p = argparse.ArgumentParser(
        prog="dragoman",
        description="Answers from your documents, with citations.",
        parents=[_common(None)],
        epilog=_examples(EXAMPLES["ingest"][0], EXAMPLES["ask"][0], EXAMPLES["chat"][0])
        + "\n\n`dragoman COMMAND --help` shows each command's options and examples.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"dragoman {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def command(name: str, help: str, parents=(common,)) -> argparse.ArgumentParser:
        return sub.add_parser(
            name,
            parents=list(parents),
            help=help,
            description=help[:1].upper() + help[1:] + ".",
            epilog=_examples(*EXAMPLES[name]),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    s = command("ingest", "index files or folders (incremental: only what changed is re-embedded)")
    s.add_argument("paths", nargs="*", default=[DEFAULT_CORPUS], help="files or folders (default: seeds/)")
    s.add_argument("--rebuild", action="store_true", help="drop the index and start afresh")
    s.add_argument("--json", action="store_true", help="print the report as JSON")

    s = command("status", "what is indexed: documents (their ids), passages, model, last ingest")
    s.add_argument("--json", action="store_true", help="print as JSON")

    s = command("remove", "remove documents from the index by id (`dragoman status` lists the ids)")
    s.add_argument("doc_ids", nargs="+", metavar="ID", help="document ids, as `dragoman status` lists them")

    s = command("search", "ranked passages for a query")
    s.add_argument("query")
    _question_options(s, k_help="number of passages (default 5, or $DRAGOMAN_TOP_K)")

    s = command("ask", "a cited answer, or an honest abstention", parents=(common, llm))
    s.add_argument("question")
    _question_options(s, k_help="passages to read (default 6)", markdown=True)

    s = command("eval", "retrieval and answer quality on a question set")
    s.add_argument("file", help="JSONL (id, question, must, source, quote) or llama-datasets rag_dataset.json")
    s.add_argument("--mode", choices=["hybrid", "dense", "keyword"])
    s.add_argument("--json", action="store_true", help="print the report as JSON")

    from dragoman.assistant.cli_collections import collections_arguments

    collections_arguments(
        command("collections", "list, create or delete the store's collections (pick one with --collection NAME)"),
        common,
    )

    s = command(
        "chat", "serve the chat UI in the browser (this machine only, unless --host says otherwise)", (common, llm)
    )
    s.add_argument("--host", help="default 127.0.0.1")
    s.add_argument("--port", type=int, help="default 7860")
    s.add_argument("--share", action="store_true", help="also open a public Gradio share link (off by default)")
    s.add_argument("--auth", help="user:password required to open the UI (or $DRAGOMAN_AUTH)")
    return p


def _question_options(s: argparse.ArgumentParser, k_help: str, markdown: bool = False) -> None:
    """The options `search` and `ask` share (and `ask --markdown`)."""
    s.add_argument("-k", type=int, help=k_help)
    s.add_argument("--mode", choices=["hybrid", "dense", "keyword"], help="retrieval mode (default hybrid)")
    s.add_argument("--source", action="append", metavar="ID", help="only this document id (repeatable)")
    out = s.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print as JSON")
    if markdown:
        out.add_argument("--markdown", action="store_true", help="print as Markdown: the answer, its sources, quotes")


def _examples(*commands: str) -> str:
    return "examples:\n" + "\n".join(f"  dragoman {c}" for c in commands)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # file names need not be valid UTF-8: never crash printing them
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    from dragoman import DragomanError, Settings

    try:
        settings = Settings.load(
            store=args.store,
            collection=args.collection,
            chroma_url=args.chroma_url,
            **{k: getattr(args, k) for k in OPTIONS if getattr(args, k, None) is not None},
        )
        if args.command in READS_A_STORE and getattr(args, "action", None) != "create":
            _require_store(settings, check_collection=args.command != "collections")
        return COMMANDS[args.command](args, settings)
    except (DragomanError, FileNotFoundError, KeyError, ValueError) as exc:
        msg = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"dragoman: error: {msg}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dragoman: interrupted; run the same command again to finish", file=sys.stderr)
        return 130


READS_A_STORE = ("status", "search", "ask", "remove", "eval", "collections")


def _require_store(settings, check_collection: bool = True) -> None:
    """Reading commands never create a store or a collection: a mistyped --store or --collection
    is an error, not an empty folder."""
    from dragoman import StoreError

    store = Path(settings.index.store)
    if not settings.index.chroma_url and not (store / "chroma").is_dir():
        raise StoreError(f"no Dragoman store at {store}: run `dragoman ingest PATH --store {store}` first, "
                         "or give the right --store (or $DRAGOMAN_STORE)")  # fmt: skip
    name = settings.index.collection
    if check_collection and name != "default":
        from dragoman import Assistant

        known = [c.name for c in Assistant(settings=settings).collections()]
        if name not in known:
            raise StoreError(f"no collection {name!r} in {store}: create it with `dragoman ingest PATH "
                             f"--collection {name}`, or pick one of: {', '.join(known)}")  # fmt: skip


# Flags that set the option of the same name (dragoman.Settings).
OPTIONS = ("host", "port", "auth", "llm_url", "llm_model", "llm_api_key", "llm_backend", "llm_timeout", "answerer")


def _emit(obj, as_json: bool, text: str) -> None:
    print(json.dumps(obj, indent=2, ensure_ascii=False, default=str) if as_json else text)


def cmd_ingest(args, settings) -> int:
    from dataclasses import asdict

    from dragoman import Assistant

    on_file = _print_file if sys.stderr.isatty() else None
    report = Assistant(settings=settings).ingest(
        args.paths, rebuild=args.rebuild, progress=_progress_bar(), on_file=on_file
    )
    lines = [report.summary()]
    for path, reason in sorted(report.skipped.items()):
        lines.append(f"  skipped {path}: {reason}")
    _emit(asdict(report), args.json, "\n".join(lines))
    return 0


def _print_file(event) -> None:
    """One line per file read on a terminal: `file 3/40: reports/q3.pdf (42 chunks)`."""
    what = f"skipped: {event.skipped}" if event.skipped else f"{event.chunks} chunk{'s' * (event.chunks != 1)}"
    print(f"file {event.number}/{event.total}: {event.doc_id} ({what})", file=sys.stderr, flush=True)


def _progress_bar():
    """A progress bar for embedding on a terminal; nothing when output is not a TTY."""
    if not sys.stderr.isatty():
        return None

    def factory(total: int):
        from tqdm import tqdm

        bar = tqdm(total=total, desc="embedding", unit="chunk", file=sys.stderr)

        def tick(n: int) -> None:
            bar.update(n)
            if bar.n >= total:
                bar.close()

        return tick

    return factory


def cmd_status(args, settings) -> int:
    from dragoman import Assistant

    status = Assistant(settings=settings).status()
    info = {
        "store": status.location,
        "collection": status.collection,
        "backend": status.backend,
        "model": status.model,
        "documents": [
            {"id": d.doc_id, "title": d.title, "chunks": d.chunks, "root": d.root, "indexed_at": _when(d.ingested_at)}
            for d in status.documents
        ],
        "total_chunks": status.chunks,
        "generation": status.generation,
        "last_ingest": _when(status.last_ingest),
        "interrupted_ingest": status.interrupted,
    }
    lines = [
        f"store: {info['store']} ({info['backend']}), collection: {status.collection}",
        f"model: {info['model']}",
        f"documents: {len(status.documents)}, chunks: {info['total_chunks']}, "
        f"last ingest: {info['last_ingest'] or 'never'}",
    ]
    if status.interrupted:
        lines.append("warning: the last ingest did not finish; run `dragoman ingest` to repair")
    lines += [f"  {d['chunks']:5d}  {d['id']}  — {d['title']}" for d in info["documents"]]
    _emit(info, args.json, "\n".join(lines))
    return 0


def _when(ts: float | None) -> str | None:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts)) if ts else None


def cmd_remove(args, settings) -> int:
    from dragoman import Assistant

    report = Assistant(settings=settings).remove(args.doc_ids)
    print(report.summary())
    return 0


def cmd_search(args, settings) -> int:
    from dragoman import Assistant

    bot = Assistant(settings=settings)
    passages = bot.search(args.query, k=args.k, mode=args.mode, sources=args.source)
    text = (
        "\n\n".join(
            f"[{i}] {p.score:.4f} {p.source}:{p.line_start}-{p.line_end} — {p.title}\n    "
            + p.text[:300].replace("\n", " ")
            for i, p in enumerate(passages, 1)
        )
        or "no passages"
    )
    _emit([p.to_dict() for p in passages], args.json, text)
    return 0


def cmd_ask(args, settings) -> int:
    from dragoman import Answer, Assistant

    bot = Assistant(settings=settings)
    # A language model's reply as it comes, on the terminal, marked as a draft; the verified answer follows.
    draft = sys.stderr.isatty() and not args.json and bot.answerer_for() == "generative"
    if draft:
        print("draft, not yet checked against the sources:", file=sys.stderr)
    answer = None
    for event in bot.ask_stream(args.question, k=args.k, mode=args.mode, sources=args.source):
        if isinstance(event, Answer):
            answer = event
        elif draft and isinstance(event, str):
            print(event, end="", file=sys.stderr, flush=True)
    if draft:
        print("\n", file=sys.stderr)
    assert answer is not None
    if args.markdown:
        from dragoman import export_markdown

        print(export_markdown([answer], title="Dragoman answer"), end="")
    else:
        _emit(answer.to_dict(), args.json, answer.render_text())
    return 0


def cmd_eval(args, settings) -> int:
    from dragoman.assistant.evaluate import evaluate, format_report

    if args.mode:
        settings = settings.replace(mode=args.mode)
    result = evaluate(Path(args.file), settings)
    _emit(result, args.json, format_report(result))
    return 0


def cmd_collections(args, settings) -> int:
    from dragoman.assistant.cli_collections import cmd_collections

    return cmd_collections(args, settings)


def cmd_chat(args, settings) -> int:
    from dragoman.assistant.app import start

    app = start(settings, share=args.share)
    print(f"Dragoman is serving on http://{settings.ui.host}:{settings.ui.port} (Ctrl+C to stop)", flush=True)
    app.block_thread()
    return 0


COMMANDS = {
    "ingest": cmd_ingest,
    "status": cmd_status,
    "remove": cmd_remove,
    "search": cmd_search,
    "ask": cmd_ask,
    "eval": cmd_eval,
    "chat": cmd_chat,
    "collections": cmd_collections,
}

if __name__ == "__main__":
    sys.exit(main())
