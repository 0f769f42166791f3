"""The `dragoman` command and the README's Python example, run as a user would."""

import json
import shutil

from tests.conftest import DEV_SET, SEEDS, run_cli


def test_cli_ingest_status_search_ask_eval(tmp_path):
    store = str(tmp_path / "store")
    corpus = tmp_path / "docs"
    shutil.copytree(SEEDS, corpus)
    (corpus / "notes.xyz").write_text("not a document type we read")

    done = run_cli("ingest", str(corpus), "--store", store, "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert len(report["added"]) == 4 and report["chunks_embedded"] > 100
    assert any("unsupported file type" in r for r in report["skipped"].values())

    again = run_cli("ingest", str(corpus), "--store", store)
    assert again.returncode == 0 and "0 embedded" in again.stdout and "4 unchanged" in again.stdout

    status = json.loads(run_cli("status", "--store", store, "--json").stdout)
    assert (
        status["backend"] == "embedded" and status["model"] == "all-MiniLM-L6-v2+int8"
    )  # the default engine, onnx-int8
    assert len(status["documents"]) == 4 and status["total_chunks"] == report["chunks_embedded"]

    hits = json.loads(run_cli("search", "Kissinger Dobrynin", "-k", "3", "--store", store, "--json").stdout)
    assert len(hits) == 3 and "Dobrynin" in hits[0]["text"]

    ans = json.loads(
        run_cli(
            "ask", "Which Soviet ambassador was Henry Kissinger's back-channel counterpart?", "--store", store, "--json"
        ).stdout
    )
    assert not ans["abstained"] and "Dobrynin" in ans["text"] and ans["citations"][0]["quote"] in ans["text"]

    text = run_cli("ask", "Who won the 2022 FIFA World Cup?", "--store", store).stdout
    assert "don't answer" in text and "Closest passages" in text

    ev = run_cli("eval", str(DEV_SET), "--store", store, "--json")
    assert ev.returncode == 0, ev.stderr
    result = json.loads(ev.stdout)
    assert result["retrieval"]["hit@5"] >= 0.95 and result["answers"]["citation_integrity"] == 1.0

    removed = run_cli("remove", "003_d9c3a5258f9d1719.txt", "--store", store)
    assert removed.returncode == 0 and "1 removed" in removed.stdout


def test_cli_errors_are_messages_not_tracebacks(tmp_path):
    store = str(tmp_path / "s")
    missing = run_cli("ingest", str(tmp_path / "nope"), "--store", store)
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr
    assert "Traceback" not in missing.stderr
    empty = run_cli("ask", "   ", "--store", store)
    assert empty.returncode == 2 and "empty" in empty.stderr and "Traceback" not in empty.stderr
    bad_url = run_cli("status", "--chroma-url", "http://127.0.0.1:9", "--store", store)
    assert bad_url.returncode == 2 and "chroma run" in bad_url.stderr


def test_version_global_flags_ask_filters_and_no_silent_store(tmp_path):
    import dragoman

    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"dragoman {dragoman.__version__}"

    missing = tmp_path / "no-such-store"
    for command in (["status"], ["search", "Oman"], ["ask", "Who mediates?"]):
        done = run_cli(*command, "--store", str(missing))
        assert done.returncode == 2 and "no Dragoman store at" in done.stderr and "Traceback" not in done.stderr
    assert not missing.exists(), "reading must not create a store"

    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "oman.txt").write_text("Oman mediated quietly between Iran and the United States for many years.\n")
    (corpus / "qatar.txt").write_text("Qatar mediated openly between the Taliban and the United States in Doha.\n")
    store = str(tmp_path / "store")
    assert run_cli("--store", store, "ingest", str(corpus)).returncode == 0  # a global flag before the command
    status = json.loads(run_cli("--store", store, "status", "--json").stdout)
    assert {d["id"] for d in status["documents"]} == {"oman.txt", "qatar.txt"}

    only_qatar = run_cli(
        "ask", "Which country mediated?", "--store", store, "-k", "2", "--source", "qatar.txt", "--json"
    )
    answer = json.loads(only_qatar.stdout)
    assert {p["source"] for p in answer["passages"]} == {"qatar.txt"}, only_qatar.stderr
    assert all(c["source"] == "qatar.txt" for c in answer["citations"])
