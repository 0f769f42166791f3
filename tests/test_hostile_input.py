"""Hostile input (issue #5, item 1): files and questions built to break ingestion and answering.

A folder of bad files (empty, binary, wrong encodings, 50 MB, deeply nested HTML,
corrupt and encrypted PDFs, symlink loops, a FIFO, a socket, a device, odd names)
plus good ones goes through `dragoman ingest`: it must finish, name each refused
file with its reason, index every good file and leave the store consistent. Bad
questions get an answer or a clear error, never a traceback. Anything that could
hang runs in a subprocess with a timeout, so a hang fails the test instead of
blocking the suite. No timed asserts: times are printed, not checked.
"""

from __future__ import annotations

import io
import json
import os
import re
import socket
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from dragoman import Assistant, Settings
from dragoman.index.errors import QuestionError
from tests.conftest import ROOT, run_cli
from tests.test_ingest import check_consistent
from tests.test_readers import make_pdf

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
DEFAULT_LIMIT = Settings().index.max_file_bytes  # 30 MB


def cli(*args: str, timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """`dragoman ...` with a timeout: a hang is a test failure, not a stuck suite."""
    try:
        return run_cli(*args, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`dragoman {' '.join(args)[:100]}` did not finish within {timeout:.0f}s (hang)")


def python(code: str, timeout: float) -> subprocess.CompletedProcess:
    """A snippet in a fresh interpreter, from the project root, with a timeout."""
    try:
        return subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=ROOT, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"did not finish within {timeout:.0f}s (hang or quadratic time)") from None


# -- the hostile folder --------------------------------------------------------------


def sentence(codeword: str) -> str:
    return (
        f"The {codeword} envoy crossed the river at dawn to meet the border delegation. "
        f"Negotiators from {codeword} agreed a quiet ceasefire over fishing rights in the estuary."
    )


def pdf_bytes(lines: list[str], tmp: Path) -> bytes:
    path = tmp / "_scratch.pdf"
    make_pdf(path, lines)
    data = path.read_bytes()
    path.unlink()
    return data


def encrypted_pdf(lines: list[str], tmp: Path, user_password: str, owner_password: str | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(lines, tmp))))
    writer.encrypt(user_password, owner_password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_hostile_folder(corpus: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Write the folder; return (good files: doc id -> codeword, bad files: path -> reason pattern)."""
    corpus.mkdir()
    good: dict[str, str] = {}
    bad: dict[str, str] = {}

    def put(name: str, data: bytes | str, codeword: str | None = None, reason: str | None = None) -> Path:
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        if codeword:
            good[name] = codeword
        if reason:
            bad[str(path)] = reason
        return path

    # good files: each holds a unique codeword that keyword search must find in it
    put("good.txt", sentence("Quillfordian"), "Quillfordian")
    put(
        "good.html",
        "<!doctype html><html><head><title>Harbour talks</title><script>var x = '<p>no</p>';</script>"
        "</head><body><nav>Home | About</nav><h1>Harbour talks</h1>\n<p>"
        + sentence("Brannockish")
        + " &amp; more.</p><footer>Copyright</footer></body></html>",
        "Brannockish",
    )
    put("utf16-le.txt", "\ufeff".encode("utf-16-le") + sentence("Velmorian").encode("utf-16-le"), "Velmorian")
    put(
        "utf16-be.md",
        "\ufeff".encode("utf-16-be") + ("# BE\n\n" + sentence("Ostrakan")).encode("utf-16-be"),
        "Ostrakan",
    )
    put("düsseldorf résumé 東京.md", "# Résumé\n\n" + sentence("Tollundish"), "Tollundish")
    put("name with  spaces .txt", sentence("Pellagrine"), "Pellagrine")
    put("new\nline.txt", sentence("Zarnovian"), "Zarnovian")
    put("y.txt/inside.md", sentence("Kestrevan"), "Kestrevan")  # a folder named like a text file
    # 100 000 nested <div>s around one paragraph (the standard parser is iterative, but the
    # extractor used to scan its tag stack for every text run: quadratic)
    depth = 100_000
    put(
        "deep.html",
        "<html><body>"
        + "<div>" * depth
        + "<p>"
        + sentence("Morrowvane")
        + "</p>"
        + "</div>" * depth
        + "</body></html>",
        "Morrowvane",
    )
    # markup that makes html.parser raise AssertionError ("<![if", "<!['") or rescan the rest
    # of the input for every unclosed construct; the text around it must survive
    put(
        "hostile-markup.html",
        "<html><body><p>" + sentence("Drummelgate") + "</p>\n<![if gte mso 9]><![endif]>"
        "<![' junk\n<!--> x <!--> y\n<p>after the junk</p>" + "<![CDATA[>" * 2000 + "</" * 20_000,
        "Drummelgate",
    )
    put(
        "text.pdf",
        pdf_bytes([sentence("Ferrowick")[:80], "The talks resumed after the ceasefire."], corpus),
        "Ferrowick",
    )
    # encrypted with an empty user password (only editing restricted): readable, must be indexed
    put(
        "owner-locked.pdf",
        encrypted_pdf(["The Gallowmere accord was signed in a boathouse."], corpus, "", "owner"),
        "Gallowmere",
    )
    os.symlink("good.txt", corpus / "alias.txt")  # a symbolic link to a good file is followed
    good["alias.txt"] = "Quillfordian"

    # bad files, each with the reason it must be reported with
    put("empty.txt", b"", reason=r"^empty file$")
    put("blank.md", b"  \n\t\n   \n", reason=r"no text")
    put("tags-only.html", "<html><head><title>x</title></head><body><div></div></body></html>", reason=r"no text")
    put("binary.txt", bytes(range(256)) * 64, reason=r"binary")
    put("controls.md", (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50 + b" text ") * 20, reason=r"control characters")
    put("latin1.txt", "Caf\xe9 diplomacy in Z\xfcrich.".encode("latin-1"), reason=r"not valid UTF-8")
    put("utf16-no-bom.txt", sentence("Nobomian").encode("utf-16-le"), reason=r"binary.*UTF-16")
    put(
        "bad-utf16.txt",
        b"\xff\xfe" + "ok ".encode("utf-16-le") + b"\x00\xd8" + "x".encode("utf-16-le"),
        reason=r"invalid utf-16",
    )
    huge = corpus / "huge.txt"  # 50 MB on one line: refused from its size, never read
    with open(huge, "wb") as fh:
        block = b"a" * (1 << 20)
        for _ in range(50):
            fh.write(block)
    bad[str(huge)] = re.escape(f"over the limit of {DEFAULT_LIMIT:,} (setting max_file_bytes)")
    put(
        "corrupt.pdf",
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n" + bytes(range(256)) * 8,
        reason=r"corrupt or unreadable PDF",
    )
    put("png.pdf", b"\x89PNG\r\n\x1a\n" + bytes(200), reason=r"corrupt or unreadable PDF")
    put(
        "encrypted.pdf",
        encrypted_pdf(["The secret Hollowfen memo."], corpus, "secret"),
        reason=r"encrypted PDF \(password protected\)",
    )
    os.symlink("loop-b.txt", corpus / "loop-a.txt")
    os.symlink("loop-a.txt", corpus / "loop-b.txt")
    os.symlink("no-such-file.md", corpus / "dangling.md")
    for name in ("loop-a.txt", "loop-b.txt", "dangling.md"):
        bad[str(corpus / name)] = r"broken or looping symbolic link"
    os.symlink(".", corpus / "loopdir")  # dir/loop -> dir: must not be walked forever, and said so
    bad[str(corpus / "loopdir")] = r"symbolic link to a folder, not followed"
    os.mkfifo(corpus / "fifo.txt")  # opening it for reading would block until a writer comes
    bad[str(corpus / "fifo.txt")] = r"not a regular file"
    here = os.getcwd()
    try:  # a socket, bound by relative name (AF_UNIX paths are limited to ~107 bytes)
        os.chdir(corpus)
        sock = socket.socket(socket.AF_UNIX)
        sock.bind("sock.md")
        sock.close()
        bad[str(corpus / "sock.md")] = r"not a regular file"
    finally:
        os.chdir(here)
    if os.path.exists("/dev/zero"):  # endless: reading it would never finish
        os.symlink("/dev/zero", corpus / "zeros.txt")
        bad[str(corpus / "zeros.txt")] = r"not a regular file"
    weird = os.fsdecode(b"caf\xe9-latin1-name.txt")  # a file name that is not UTF-8
    put(weird, sentence("Latinamed"), reason=r"file name is not valid UTF-8")
    put("notes.xyz", "not a document type we read", reason=r"unsupported file type '\.xyz'")
    locked = put("chmod000.txt", sentence("Lockwardian"))
    locked.chmod(0)
    if AS_ROOT:  # root reads it anyway; the FIFO, socket and device above are the unreadable cases
        good["chmod000.txt"] = "Lockwardian"
    else:
        bad[str(locked)] = r"permission denied"
    return good, bad


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile folder ingested once with `dragoman ingest --json` (real model).

    The report names a Latin-1 file name with a lone surrogate; the CLI prints it as a
    \\udcXX escape, which json.loads turns back into the same str.
    """
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    good, bad = build_hostile_folder(corpus)
    store = base / "store"
    t0 = time.perf_counter()
    done = cli("ingest", str(corpus), "--store", str(store), "--json", timeout=300)
    seconds = time.perf_counter() - t0
    yield dict(corpus=corpus.resolve(), store=store, good=good, bad=bad, done=done, seconds=seconds)
    (corpus / "chmod000.txt").chmod(0o644)


def outcome_table(report: dict, corpus: Path) -> str:
    rows = [(doc_id, "indexed", "") for doc_id in report["added"] + report["changed"] + report["unchanged"]]
    rows += [(os.path.relpath(path, corpus), "skipped", reason) for path, reason in report["skipped"].items()]
    return "\n".join(f"{name!r:40} {what:8} {reason}" for name, what, reason in sorted(rows))


def test_cli_ingest_of_a_hostile_folder_skips_bad_files_with_reasons_and_indexes_good_ones(hostile):
    done = hostile["done"]
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    report = json.loads(done.stdout)
    print(f"\ningest of the hostile folder: {hostile['seconds']:.1f}s\n" + outcome_table(report, hostile["corpus"]))

    assert sorted(report["added"]) == sorted(hostile["good"]), report["skipped"]
    expected, skipped = hostile["bad"], report["skipped"]
    assert sorted(skipped) == sorted(expected), "skipped files differ from the hostile ones"
    for path, pattern in expected.items():
        assert re.search(pattern, skipped[path]), f"{path!r}: reason {skipped[path]!r} does not match {pattern!r}"


def test_the_store_is_consistent_and_every_good_file_is_searchable(hostile, embedder):
    bot = Assistant(store=hostile["store"], embedder=embedder)
    counts = check_consistent(bot)
    assert set(counts) == set(hostile["good"]) and all(counts.values()), counts
    for doc_id, codeword in hostile["good"].items():
        sources = [p.source for p in bot.search(f"{codeword} envoy delegation", k=5, mode="keyword")]
        assert doc_id in sources, f"{doc_id!r} not found by its codeword {codeword!r}: {sources}"
    assert "var x" not in bot.document("good.html").text and "Home | About" not in bot.document("good.html").text
    assert {d.doc_id: d.title for d in bot.documents()}["good.html"] == "Harbour talks"
    assert "after the junk" in bot.document("hostile-markup.html").text
    assert "Velmorian" in bot.document("utf16-le.txt").text and "\x00" not in bot.document("utf16-le.txt").text


def test_a_second_ingest_of_the_hostile_folder_changes_nothing(hostile):
    again = cli("ingest", str(hostile["corpus"]), "--store", str(hostile["store"]), "--json", timeout=300)
    assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr[-3000:]
    report = json.loads(again.stdout)
    assert sorted(report["unchanged"]) == sorted(hostile["good"])
    assert report["chunks_embedded"] == 0 and not report["added"] and not report["removed"]
    assert sorted(report["skipped"]) == sorted(hostile["bad"])


QUESTIONS = {
    "empty": ("", "error", "empty"),
    "whitespace": (" \t\n  \u3000 ", "error", "empty"),
    "20k characters": (
        "Why did the envoy cross the river? " * 572,
        "error",
        r"20,0\d\d characters long; the limit is 2,000",
    ),
    "control characters": ("\x01Who\x07 crossed\x1b[31m the river\x08 at dawn?\x7f", "answer", None),
    "Cyrillic": ("Кто пересёк реку на рассвете?", "answer", None),
    "CJK": ("谁在黎明时分过河？", "answer", None),
    "Arabic": ("من عبر النهر عند الفجر؟", "answer", None),
    "emoji": ("🕊️🤝❓ 🌊", "answer", None),
    "emoji + words": ("Which 🕊️ envoy crossed the river at dawn?", "answer", None),
    "bidi override + zero width": ("\u202eWho\u200b crossed the river?\u202c", "answer", None),
    "combining marks": ("e\u0301" * 900, "answer", None),
    "one 1999-letter word": ("a" * 1999, "answer", None),
    "punctuation only": ("?!?...", "answer", None),
}


def check_answer(bot: Assistant, answer) -> None:
    assert isinstance(answer.text, str) and answer.text.strip()
    for c in answer.citations:
        assert bot.document(c.source).text[c.start : c.end] == c.quote


@pytest.mark.parametrize("name", list(QUESTIONS))
def test_hostile_questions_through_the_python_api(hostile, embedder, name):
    question, outcome, message = QUESTIONS[name]
    bot = Assistant(store=hostile["store"], embedder=embedder)
    if outcome == "error":
        with pytest.raises(QuestionError, match=message):
            bot.ask(question)
        with pytest.raises(QuestionError, match=message):
            bot.search(question)
    else:
        check_answer(bot, bot.ask(question))
        assert isinstance(bot.search(question), list)


@pytest.mark.parametrize("value", [None, b"Who crossed the river?", 42, ["Who?"]])
def test_a_question_that_is_not_text_is_refused(hostile, embedder, value):
    bot = Assistant(store=hostile["store"], embedder=embedder)
    with pytest.raises(QuestionError, match="must be text"):
        bot.ask(value)


def test_a_real_question_cites_a_file_with_a_newline_in_its_name(hostile, embedder):
    bot = Assistant(store=hostile["store"], embedder=embedder)
    answer = bot.ask("What did the negotiators from Zarnovian agree?")
    assert not answer.abstained and any(c.source == "new\nline.txt" for c in answer.citations), answer.text
    check_answer(bot, answer)


def test_hostile_questions_through_the_cli(hostile, embedder):
    """`dragoman ask`: exit 0 with an answer, or exit 2 with a one-line message; never a traceback."""
    store = str(hostile["store"])
    names = ["empty", "whitespace", "20k characters", "control characters", "Cyrillic", "CJK", "Arabic", "emoji"]

    def ask(name):
        return name, cli("ask", QUESTIONS[name][0], "--store", store, "--json", timeout=180)

    with ThreadPoolExecutor(max_workers=2) as pool:  # two cores; each run is mostly start-up
        results = dict(pool.map(ask, names))
    bot = Assistant(store=hostile["store"], embedder=embedder)
    for name in names:
        _, outcome, message = QUESTIONS[name]
        done = results[name]
        assert "Traceback" not in done.stderr, (name, done.stderr[-3000:])
        if outcome == "error":
            assert done.returncode == 2, (name, done.returncode, done.stderr[-2000:])
            assert re.search(r"^dragoman: error: .*" + message, done.stderr, re.M), (name, done.stderr)
            assert not done.stdout.strip()
        else:
            assert done.returncode == 0, (name, done.stderr[-2000:])
            answer = json.loads(done.stdout)
            assert answer["text"].strip(), name
            for c in answer["citations"]:
                assert bot.document(c["source"]).text[c["start"] : c["end"]] == c["quote"]


def test_a_question_with_lone_surrogates_gets_an_answer_or_a_clear_error(hostile, embedder):
    bot = Assistant(store=hostile["store"], embedder=embedder)
    try:
        check_answer(bot, bot.ask("\ud800 Who crossed the river?"))
    except QuestionError:
        pass
    done = cli("ask", os.fsdecode(b"Caf\xe9 envoy?"), "--store", str(hostile["store"]), timeout=180)
    assert "Traceback" not in done.stderr and done.returncode in (0, 2), done.stderr[-2000:]
