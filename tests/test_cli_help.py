"""The command line's help (each command shows examples that parse), search/ask option parity,
`ask --markdown`, and `dragoman chat` printing its address without Gradio's share=True hint."""

from __future__ import annotations

import argparse
import json
import os
import select
import shlex
import subprocess
import sys
import time
import urllib.request

import pytest

from dragoman.assistant import cli
from tests.conftest import ROOT, free_port, run_cli


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in cli._parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices)


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        cli.main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_every_command_help_shows_examples_that_parse(capsys):
    commands = _subcommands()
    assert set(commands) == set(cli.COMMANDS) == set(cli.EXAMPLES)
    for name in [None, *commands]:
        text = _help(capsys, *([name] if name else []))
        examples = [line.strip() for line in text.split("examples:\n", 1)[1].splitlines() if line.startswith("  ")]
        assert examples, f"`dragoman {name} --help` shows no example"
        for example in examples:
            assert example.startswith(f"dragoman {name or ''}".strip()), example
            argv = shlex.split(example.split(" > ")[0])[1:]  # without the shell's redirection
            cli._parser().parse_args(argv)  # exits (and fails the test) if an example is wrong


def test_ask_takes_every_option_search_takes():
    def options(parser: argparse.ArgumentParser) -> set[str]:
        return {flag for action in parser._actions for flag in action.option_strings}

    commands = _subcommands()
    assert {"-k", "--mode", "--source", "--json"} <= options(commands["search"]) <= options(commands["ask"])
    args = cli._parser().parse_args(["ask", "q", "--source", "a.txt", "--source", "b.txt", "-k", "2", "--json"])
    assert args.source == ["a.txt", "b.txt"] and args.k == 2 and args.json


@pytest.mark.slow
def test_ask_json_and_markdown(tmp_path):
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "oman.md").write_text("# Oman notes\n\nOman mediated quietly between Iran and the United States.\n")
    store = str(tmp_path / "store")
    assert run_cli("ingest", str(corpus), "--store", store).returncode == 0
    question = "Which country mediated with the United States?"

    as_json = run_cli("ask", question, "--store", store, "--json")
    answer = json.loads(as_json.stdout)
    assert not answer["abstained"], as_json.stderr
    hits = json.loads(run_cli("search", question, "--store", store, "--json").stdout)
    assert set(answer["passages"][0]) == set(hits[0])  # the same passage fields as `search --json`

    md = run_cli("ask", question, "--store", store, "--markdown")
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith("# Dragoman answer") and f"## 1. {question}" in md.stdout
    quote = answer["citations"][0]["quote"]
    assert "[1] **Oman notes** — `oman.md`" in md.stdout and f"> {quote}" in md.stdout

    both = run_cli("ask", question, "--store", store, "--json", "--markdown")
    assert both.returncode == 2 and "not allowed with" in both.stderr


@pytest.mark.slow
def test_chat_prints_its_address_and_no_share_hint(tmp_path):
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))  # this checkout, whatever is installed
    cmd = [
        sys.executable,
        "-m",
        "dragoman.assistant.cli",
        "chat",
        "--store",
        str(tmp_path / "store"),
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=tmp_path)
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 120
        while not any("http://" in line for line in lines) and time.monotonic() < deadline:
            if select.select([proc.stdout], [], [], 1)[0]:
                line = proc.stdout.readline()
                if not line:  # the command ended
                    break
                lines.append(line)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert page.status == 200  # it serves where it says
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    printed = "".join(lines) + out
    assert f"Dragoman is serving on http://127.0.0.1:{port}" in printed, printed
    assert "share=True" not in printed and "public link" not in printed, printed
