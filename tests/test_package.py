"""What installs: the `dragoman` package only, importable with its version; no generic top-level names."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return next(out.glob("dragoman-*.whl"))


def test_the_wheel_holds_only_the_dragoman_package(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"dragoman"}, tops
    for part in ("index", "ingest", "assistant"):
        assert f"dragoman/{part}/__init__.py" in names


def test_a_fresh_environment_imports_dragoman_and_not_index(wheel, tmp_path):
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    done = subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    outside = tmp_path / "elsewhere"
    outside.mkdir()

    def run(code: str) -> subprocess.CompletedProcess:
        return subprocess.run([python, "-c", code], capture_output=True, text=True, cwd=outside, timeout=120)

    version = run("import dragoman; print(dragoman.__version__)")
    assert version.returncode == 0 and version.stdout.strip() == _version(), version.stderr
    for generic in ("index", "ingest", "assistant"):
        assert run(f"import {generic}").returncode != 0, f"`import {generic}` should fail"


def _version() -> str:
    import dragoman

    return dragoman.__version__
