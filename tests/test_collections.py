"""Named collections in one store: kept apart, deleted alone, old stores open as the default one."""

from __future__ import annotations

import json
import tarfile
import threading
import time
from pathlib import Path

import pytest

from dragoman import Assistant, Settings, StoreError
from dragoman.index.core import Index
from tests.conftest import run_cli

DATA = Path(__file__).parent / "data"
ALPHA_KEEPER = "The lighthouse keeper of Carrow Point was Orla Vance, who kept it for forty years.\n"
BETA_KEEPER = "The lighthouse keeper of Carrow Point was Brann Holt, a former ferryman from Dunmore.\n"
SHARED = "The Carrow Point light was first lit in 1869 and automated in 1987.\n"
KEEPER_QUESTION = "Who was the lighthouse keeper of Carrow Point?"


def corpus(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def chroma_names(bot: Assistant) -> set[str]:
    return {c.name for c in bot.index.store.client.list_collections()}


@pytest.fixture(params=["embedded", "server"])
def backend(request, tmp_path):
    if request.param == "server":
        url = request.getfixturevalue("chroma_server")
        return dict(store=tmp_path / "local", chroma_url=url, collection_prefix="c" + tmp_path.name[-20:])
    return dict(store=tmp_path / "store")


def test_collections_keep_their_documents_apart_and_delete_alone(tmp_path, backend, embedder):
    default = Assistant(embedder=embedder, **backend)
    default.ingest([corpus(tmp_path / "d", {"shared.txt": SHARED})])
    alpha = default.open_collection("alpha")
    beta = Assistant(collection="beta", embedder=embedder, **backend)
    # the same file name (and an identical file) in both: ids and chunks must not leak across
    alpha.ingest([corpus(tmp_path / "a", {"keeper.txt": ALPHA_KEEPER, "shared.txt": SHARED})])
    beta.ingest([corpus(tmp_path / "b", {"keeper.txt": BETA_KEEPER, "shared.txt": SHARED})])

    listed = {c.name: c for c in default.collections()}
    assert list(listed) == ["default", "alpha", "beta"]
    assert (listed["default"].documents, listed["alpha"].documents, listed["beta"].documents) == (1, 2, 2)
    prefix = default.settings.index.collection_prefix
    assert {f"{prefix}.alpha_docs", f"{prefix}.beta_chunks", f"{prefix}_docs"} <= chroma_names(default)

    for bot, keeper, other in ((alpha, "Orla Vance", "Brann Holt"), (beta, "Brann Holt", "Orla Vance")):
        for mode in ("hybrid", "dense", "keyword"):
            hits = bot.search(f"lighthouse keeper {other}", k=5, mode=mode)
            assert hits and all(other not in p.text for p in hits), (bot.collection, mode)
        answer = bot.ask(KEEPER_QUESTION)
        assert not answer.abstained and keeper in answer.text and other not in answer.text
        for c in answer.citations:
            assert bot.document(c.source).text[c.start : c.end] == c.quote
        assert keeper in bot.document("keeper.txt").text
    unknown = default.ask(KEEPER_QUESTION)  # the default collection has no keeper at all
    assert unknown.abstained and all(p.source == "shared.txt" for p in unknown.passages)

    gone = default.delete_collection("alpha")
    assert (gone.name, gone.documents) == ("alpha", 2)
    assert [c.name for c in default.collections()] == ["default", "beta"]
    assert not {f"{prefix}.alpha_docs", f"{prefix}.alpha_chunks"} & chroma_names(default)
    assert not (Path(backend["store"]) / "collections" / "alpha" / "keyword").exists()
    assert "Brann Holt" in beta.ask(KEEPER_QUESTION).text  # the other collections are untouched
    assert [d.doc_id for d in beta.documents()] == ["keeper.txt", "shared.txt"]
    assert beta.search("Carrow Point light first lit", k=1)[0].source == "shared.txt"
    assert [d.doc_id for d in default.documents()] == ["shared.txt"]
    time.sleep(Index.FRESHNESS_SECONDS)  # readers look for a new state at most once a second
    with pytest.raises(StoreError, match="no collection 'alpha'"):
        alpha.ask(KEEPER_QUESTION)  # an Assistant opened before the delete sees it gone
    with pytest.raises(KeyError, match="no collection 'alpha'"):
        default.delete_collection("alpha")
    with pytest.raises(ValueError, match="default collection cannot be deleted"):
        beta.delete_collection("default")

    # created again under the same name: only what is written now, even for the stale Assistant
    alpha.ingest([corpus(tmp_path / "a2", {"light.txt": "The new Carrow Point lantern came from Chance Brothers.\n"})])
    assert [d.doc_id for d in alpha.documents()] == ["light.txt"]
    assert all("Orla Vance" not in p.text for p in alpha.search("lighthouse keeper Orla Vance", k=5))
    assert "Chance Brothers" in alpha.ask("Where did the new lantern come from?").text


def test_a_writer_in_one_collection_never_blocks_another(tmp_path, embedder):
    alpha = Assistant(store=tmp_path / "store", collection="alpha", embedder=embedder)
    beta = alpha.open_collection("beta")
    alpha.ingest([corpus(tmp_path / "a", {"keeper.txt": ALPHA_KEEPER})])
    before = alpha.index.snapshot().generation
    finished = threading.Event()
    with alpha.index.store.writer():  # an ingest of alpha holds its write lock...
        worker = threading.Thread(
            target=lambda: (beta.ingest([corpus(tmp_path / "b", {"k.txt": BETA_KEEPER})]), finished.set())
        )
        worker.start()
        worker.join(120)
        assert finished.is_set(), "an ingest of beta waited for alpha's writer"  # ...beta's goes ahead
    assert "Brann Holt" in beta.ask(KEEPER_QUESTION).text
    assert alpha.index.snapshot().generation == before and "Orla Vance" in alpha.ask(KEEPER_QUESTION).text


def test_default_collection_opens_a_store_written_before_collections(tmp_path):
    with tarfile.open(DATA / "store-0.2.0.tar.gz") as tar:
        tar.extractall(tmp_path, filter="data")
    store = tmp_path / "store"
    generation = int((store / "keyword" / "generation").read_text())  # its keyword index, in the format of 0.2.0

    # its vectors are fp32 ones (all-MiniLM-L6-v2): the default engine follows the store
    for bot in (Assistant(store=store), Assistant(store=store, collection="default")):
        assert bot.collection == "default"
        assert [d.doc_id for d in bot.documents()] == ["velmora.md", "zorblat.txt"]
        answer = bot.ask("Who signed the Zorblat Accord in Quillford?")
        assert "Marta Fenwick" in answer.text and answer.citations[0].source == "zorblat.txt"
        assert (
            bot.document("zorblat.txt").text[answer.citations[0].start : answer.citations[0].end]
            == answer.citations[0].quote
        )
    # The keyword index stays where it was, at the same generation (converted once to segments).
    manifest = store / "keyword" / "manifest.json"
    assert json.loads(manifest.read_text())["generation"] == generation
    stamp = manifest.stat().st_mtime_ns
    Assistant(store=store).search("Zorblat Accord")
    assert manifest.stat().st_mtime_ns == stamp, "a converted keyword index is not rebuilt again"
    assert not (store / "collections").exists()
    assert chroma_names(bot) == {"dragoman_chunks", "dragoman_docs"}

    # a named collection beside it leaves it as it was; an ingest into it adds to what was there
    bot.open_collection("extra").ingest([corpus(tmp_path / "x", {"keeper.txt": ALPHA_KEEPER})])
    report = Assistant(store=store).ingest([corpus(tmp_path / "y", {"light.txt": SHARED})])
    assert report.added == ["light.txt"] and not report.removed, report
    assert [c.name for c in bot.collections()] == ["default", "extra"]
    assert [d.doc_id for d in bot.documents()] == ["light.txt", "velmora.md", "zorblat.txt"]
    assert "Tobias Grint" in bot.ask("Who negotiated the Velmora Treaty?").text


@pytest.mark.parametrize("bad", ["Papers", "my papers", "../up", "-x", "", "a" * 41, "é", "x.y"])
def test_bad_collection_names_are_refused_with_the_rule(tmp_path, bad, monkeypatch):
    with pytest.raises(ValueError, match="setting 'collection' must be 1-40 characters of lowercase letters"):
        Settings.load(collection=bad)
    bot = Assistant(store=tmp_path / "store", collection="ok_name-2")
    with pytest.raises(ValueError, match="setting 'name' must be"):
        bot.create_collection(bad)
    monkeypatch.setenv("DRAGOMAN_COLLECTION", bad or " ")
    with pytest.raises(ValueError, match="'collection'"):
        Settings.load()
    assert not (tmp_path / "store" / "collections").exists(), "nothing is created for a bad name"


def test_environment_and_explicit_creation(tmp_path, monkeypatch, embedder):
    monkeypatch.setenv("DRAGOMAN_COLLECTION", "papers")
    bot = Assistant(store=tmp_path / "store", embedder=embedder)
    assert bot.collection == "papers" and bot.status().collection == "papers"
    assert [c.name for c in bot.collections()] == ["default"], "opening a collection does not create it"
    with pytest.raises(StoreError, match="no collection 'papers'"):
        bot.search("anything")
    with pytest.raises(KeyError):
        bot.remove(["nothing.txt"])
    assert [c.name for c in bot.collections()] == ["default"]
    created = bot.create_collection("notes")
    assert created.collection == "notes" and created.documents() == []
    assert [(c.name, c.documents) for c in bot.collections()] == [("default", 0), ("notes", 0)]
    with pytest.raises(ValueError, match="already exists"):
        bot.create_collection("notes")


def test_cli_collection_flag_before_and_after_the_command(tmp_path):
    store = str(tmp_path / "store")
    alpha = corpus(tmp_path / "a", {"keeper.txt": ALPHA_KEEPER})
    beta = corpus(tmp_path / "b", {"keeper.txt": BETA_KEEPER})
    assert run_cli("--collection", "alpha", "ingest", str(alpha), "--store", store).returncode == 0  # before
    assert run_cli("ingest", str(beta), "--store", store, "--collection", "beta").returncode == 0  # after
    for flag_first, name, keeper in ((True, "alpha", "Orla Vance"), (False, "beta", "Brann Holt")):
        args = ["ask", KEEPER_QUESTION, "--json", "--store", store]
        args = ["--collection", name, *args] if flag_first else [*args, "--collection", name]
        done = run_cli(*args)
        assert done.returncode == 0 and keeper in json.loads(done.stdout)["text"], done.stderr

    listed = json.loads(run_cli("collections", "--store", store, "--json").stdout)
    assert [(c["name"], c["documents"]) for c in listed] == [("default", 0), ("alpha", 1), ("beta", 1)]
    status = json.loads(run_cli("status", "--collection", "beta", "--store", store, "--json").stdout)
    assert status["collection"] == "beta" and [d["id"] for d in status["documents"]] == ["keeper.txt"]

    typo = run_cli("search", "keeper", "--store", store, "--collection", "alhpa")
    assert typo.returncode == 2 and "no collection 'alhpa'" in typo.stderr and "alpha, beta" in typo.stderr
    bad = run_cli("status", "--store", store, "--collection", "Bad Name")
    assert bad.returncode == 2 and "setting 'collection' must be" in bad.stderr and "Traceback" not in bad.stderr

    assert run_cli("collections", "create", "gamma", "--store", store).returncode == 0
    unconfirmed = run_cli("collections", "delete", "alpha", "--store", store)
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    deleted = run_cli("--store", store, "collections", "delete", "alpha", "--yes")
    assert deleted.returncode == 0 and "deleted collection 'alpha' (1 documents" in deleted.stdout
    names = [c["name"] for c in json.loads(run_cli("collections", "list", "--json", "--store", store).stdout)]
    assert names == ["default", "beta", "gamma"]


def test_readme_collections_example_runs(tmp_path, monkeypatch, embedder):
    import re

    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text()
    block = re.search(r"## Collections\n.*?```python\n(.*?)```", readme, re.S).group(1)
    corpus(tmp_path / "papers", {"trial.txt": "The 2019 trial found that quiet mediation shortened talks.\n"})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DRAGOMAN_STORE", str(tmp_path / "store"))
    scope: dict = {}
    exec(compile(block, "README.md", "exec"), scope)
    assert [c.name for c in scope["bot"].collections()] == ["default", "papers"]
    assert scope["papers"].search("2019 trial", k=1)[0].source == "trial.txt"
    assert scope["bot"].documents() == []


def test_an_interrupted_delete_reads_as_deleted_and_its_leftovers_go_when_created_again(
    tmp_path, embedder, monkeypatch
):
    bot = Assistant(store=tmp_path / "store", collection="alpha", embedder=embedder)
    bot.ingest([corpus(tmp_path / "a", {"keeper.txt": ALPHA_KEEPER})])
    uploads = bot.index.store.folder / "uploads"
    uploads.mkdir()
    (uploads / "old.txt").write_text(BETA_KEEPER)
    client = type(bot.index.store.client)
    real_delete = client.delete_collection
    calls = []

    def crash_after_the_first(self, name):  # the process dies between the two Chroma deletes
        if calls:
            raise KeyboardInterrupt("killed")
        calls.append(name)
        real_delete(self, name)

    monkeypatch.setattr(client, "delete_collection", crash_after_the_first)
    with pytest.raises(KeyboardInterrupt):
        Assistant(store=tmp_path / "store", embedder=embedder).delete_collection("alpha")
    monkeypatch.undo()
    assert calls == ["dragoman.alpha_docs"], "the documents collection goes first"
    assert "dragoman.alpha_chunks" in chroma_names(bot) and not (uploads / "old.txt").exists()
    assert [c.name for c in bot.collections()] == ["default"], "half deleted is deleted"
    with pytest.raises(StoreError, match="no collection 'alpha'"):
        Assistant(store=tmp_path / "store", collection="alpha", embedder=embedder).search("lighthouse keeper")

    # created again by a first upload (files saved in its folder before it exists): kept
    again = Assistant(store=tmp_path / "store", collection="alpha", embedder=embedder)
    corpus(uploads, {"light.txt": SHARED})
    again.ingest([uploads])
    assert [d.doc_id for d in again.documents()] == ["light.txt"] and (uploads / "light.txt").exists()
    assert again.index.store.chunk_count() == 1, "the old chunks were dropped"
    assert all("Orla Vance" not in p.text for p in again.search("lighthouse keeper Orla Vance", mode="dense"))
