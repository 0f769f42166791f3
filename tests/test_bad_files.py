"""Bad files one at a time: special files, size limits, names a terminal cannot print (split from
test_hostile_input.py)."""

from __future__ import annotations

import os
import re

import pytest

from dragoman import Assistant
from dragoman.ingest.readers import SkipFile, read_file
from tests.test_hostile_input import cli, python, sentence
from tests.test_ingest import check_consistent


def test_cli_report_with_a_non_utf8_file_name_prints_on_a_strict_terminal(tmp_path):
    """A file name in Latin-1 reaches the report as lone surrogates; a strict stdout must not turn a
    finished ingest into an error."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(sentence("Strictland"))
    (corpus / os.fsdecode(b"r\xe9sum\xe9.txt")).write_text("Latin-1 name.")
    done = cli(
        "ingest", str(corpus), "--store", str(tmp_path / "s"), timeout=300, env={"PYTHONIOENCODING": "utf-8:strict"}
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "1 added" in done.stdout and "not valid UTF-8" in done.stdout


def test_read_file_refuses_special_files_without_blocking(tmp_path):
    """The reader itself (whatever the pipeline checks first): a FIFO, a device, a folder, a loop."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "dir.md").mkdir()
    os.symlink("/dev/zero", tmp_path / "zeros.txt")
    os.symlink("loop2.txt", tmp_path / "loop1.txt")
    os.symlink("loop1.txt", tmp_path / "loop2.txt")
    done = python(
        f"""
        from pathlib import Path
        from dragoman.ingest.readers import SkipFile, read_file
        for name in ("pipe.txt", "dir.md", "zeros.txt", "loop1.txt", "missing.txt"):
            try:
                read_file(Path({str(tmp_path)!r}) / name, 10**6)
                print(name, "-> read")
            except SkipFile as exc:
                print(name, "->", exc)
    """,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    reasons = dict(line.split(" -> ", 1) for line in done.stdout.splitlines())
    assert reasons == {
        "pipe.txt": "not a regular file (a FIFO / named pipe)",
        "dir.md": "not a regular file (a folder)",
        "zeros.txt": "not a regular file (a character device)",
        "loop1.txt": "cannot read: symbolic link loop (too many levels of symbolic links)",
        "missing.txt": "cannot read: file vanished, or a broken symbolic link",
    }


# -- size limits and long lines --------------------------------------------------------


def test_file_size_limit_boundaries(tmp_path, embedder):
    """A lowered max_file_bytes: a file a bit under it is indexed, one byte over is refused by name."""
    limit = 12_000
    line = " ".join(sentence(f"Sizeling{i}") for i in range(200))  # one long line, no newline
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "under.txt").write_text(line[: limit - 500])
    over = corpus / "over.txt"
    over.write_text(line[: limit + 1])
    exact = tmp_path / "exact.txt"
    exact.write_text(line[:limit])
    assert len(read_file(exact, limit).text) == limit  # exactly at the limit is allowed
    with pytest.raises(SkipFile, match=re.escape("12,001 bytes, over the limit of 12,000 (setting max_file_bytes)")):
        read_file(over, limit)

    bot = Assistant(store=tmp_path / "s", embedder=embedder, max_file_bytes=limit)
    report = bot.ingest([corpus])
    assert report.added == ["under.txt"], report.skipped
    assert list(report.skipped) == [str(over.resolve())]
    assert re.search(
        r"12,001 bytes, over the limit of 12,000 \(setting max_file_bytes\)", report.skipped[str(over.resolve())]
    )
    check_consistent(bot)
    assert bot.search("Sizeling3 envoy", k=1, mode="keyword")[0].source == "under.txt"
