"""README's Python examples, run as written: in a fresh folder holding what they refer to
(`seeds/`), with a fresh store, the real model and, for the llama-index query engine, the real
LLM server."""

from __future__ import annotations

import os
import re
import shutil

import pytest

from tests.conftest import ROOT, SEEDS

README = ROOT / "README.md"


def python_blocks(section: str) -> list[str]:
    """The ```python blocks of one `## section` of the README, in order."""
    parts = re.split(r"^## ", README.read_text(encoding="utf-8"), flags=re.MULTILINE)
    body = next(p for p in parts if p.startswith(section + "\n"))
    return re.findall(r"^```python\n(.*?)^```", body, flags=re.MULTILINE | re.DOTALL)


def run(blocks: list[str], namespace: dict) -> dict:
    for n, code in enumerate(blocks):
        exec(compile(code, f"README.md python block {n + 1}", "exec"), namespace)
    return namespace


@pytest.fixture
def fresh_folder(tmp_path, monkeypatch):
    """An empty working folder, as a new user's, and no Dragoman settings from the environment."""
    for name in list(os.environ):
        if name.startswith("DRAGOMAN_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.slow
def test_python_api_example_runs_verbatim(fresh_folder, capsys):
    shutil.copytree(SEEDS, fresh_folder / "seeds")
    blocks = python_blocks("Python API")
    assert len(blocks) == 1
    ns = run(blocks, {"__name__": "__main__"})
    assert (fresh_folder / ".dragoman").is_dir()  # the default store, created fresh
    assert sorted(ns["report"].added) == sorted(p.name for p in SEEDS.iterdir())
    assert ns["passages"] and not ns["answer"].abstained and ns["answer"].citations
    assert ns["answer"].text in capsys.readouterr().out


@pytest.mark.slow
def test_llama_index_examples_run_verbatim(fresh_folder, llm_server):
    # One seed is enough for what the example shows (and embeds a quarter of the text).
    (fresh_folder / "seeds").mkdir()
    seed = SEEDS / "003_d9c3a5258f9d1719.txt"
    shutil.copy(seed, fresh_folder / "seeds" / seed.name)
    blocks = python_blocks("llama-index")
    assert len(blocks) == 2
    # The one change: the address of the test's LLM server, which serves the model the example names.
    example_url = "http://127.0.0.1:8080/v1"
    assert blocks[1].count(example_url) == 1 and f'model="{llm_server.model}"' in blocks[1]
    blocks[1] = blocks[1].replace(example_url, llm_server.url)
    ns = run(blocks, {"__name__": "__main__"})
    assert ns["report"].added == [str((fresh_folder / "seeds" / seed.name).resolve())]
    assert isinstance(ns["response"].response, str) and ns["response"].source_nodes
