"""`dragoman collections [list|create|delete]`: the store's named collections on the command line."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict


def collections_arguments(s: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    """The actions of `dragoman collections` (list is the default)."""
    s.add_argument("--json", action="store_true", help="list as JSON")
    actions = s.add_subparsers(dest="action")
    a = actions.add_parser("list", parents=[common], help="the collections and their counts (the default action)")
    a.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="list as JSON")
    a = actions.add_parser("create", parents=[common], help="create an empty collection (ingest creates one too)")
    a.add_argument("name", help="1-40 lowercase letters, digits, '-' or '_'")
    a = actions.add_parser("delete", parents=[common], help="delete a collection, its index and its uploads")
    a.add_argument("name")
    a.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    s.set_defaults(action="list")


def cmd_collections(args, settings) -> int:
    from dragoman import Assistant
    from dragoman.assistant.cli import _emit, _when

    bot = Assistant(settings=settings.replace(collection="default"))  # any collection lists them all
    if args.action == "create":
        bot.create_collection(args.name)
        print(f"created collection {args.name!r}; add documents with `dragoman ingest PATH --collection {args.name}`")
    elif args.action == "delete":
        return _delete_collection(bot, args.name, args.yes)
    else:
        found = bot.collections()
        lines = [f"{c.documents:5d} documents {c.chunks:7d} chunks  {c.name}" for c in found]
        _emit([asdict(c) | {"last_ingest": _when(c.last_ingest)} for c in found], args.json, "\n".join(lines))
    return 0


def _delete_collection(bot, name: str, yes: bool) -> int:
    found = next((c for c in bot.collections() if c.name == name), None)
    if found is None:
        raise KeyError(f"no collection {name!r} (see `dragoman collections`)")
    if not yes:
        if not sys.stdin.isatty():
            raise ValueError(f"deleting collection {name!r} cannot be undone: add --yes to confirm")
        answer = input(f"Delete collection {name!r} ({found.documents} documents, its index and uploads)? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing deleted")
            return 1
    gone = bot.delete_collection(name)
    print(f"deleted collection {name!r} ({gone.documents} documents, {gone.chunks} chunks); source files are untouched")
    return 0
