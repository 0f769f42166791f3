"""The llama-index bridge with real llama-index objects: the retriever and query engine over a
store (the query engine answering through the real LLM server), and llama-index Documents
ingested incrementally (real model, counted; real Chroma)."""

from __future__ import annotations

import asyncio
import shutil

import pytest
from llama_index.core import Document, SimpleDirectoryReader
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore

from dragoman import Assistant, LLMError, QuestionError, Settings
from dragoman.assistant.llm import build_llm
from tests.conftest import SEEDS
from tests.test_ingest import check_consistent

MOSCOW = SEEDS / "003_d9c3a5258f9d1719.txt"
LEGAL = SEEDS / "002_3b705a19ebf759c3.txt"
FENWICK = (
    "# The Quillford Accord\n\n"
    "The Grand Fenwick mediation produced the Quillford Accord of 1911. It was brokered by envoy "
    "Marta Fenwick in a rented boathouse on the lake.\n\n"
    "Neither government admitted the talks for a decade. The boathouse keeper later wrote that the "
    "envoys met on nine evenings and never once in daylight.\n"
)


class CountingEmbedder:
    """The real embedding model, counting the chunk texts it is asked to embed."""

    def __init__(self, real):
        self.real = real
        self.embedded = 0

    def embed_chunks(self, texts, spans, progress=None):
        self.embedded += len(texts)
        return self.real.embed_chunks(texts, spans, progress)

    def __getattr__(self, name):
        return getattr(self.real, name)


def check_node(bot: Assistant, hit: NodeWithScore, metadata: dict | None = None) -> None:
    """A node is an exact span of its document's canonical text, with Dragoman's and the document's metadata."""
    node = hit.node
    source = node.metadata["source"]
    doc = bot.document(source)
    assert node.text == doc.text[node.start_char_idx : node.end_char_idx]
    assert node.ref_doc_id == source and node.metadata["title"] == doc.info.title
    lines = doc.lines.line_range(node.start_char_idx, node.end_char_idx)
    assert (node.metadata["line_start"], node.metadata["line_end"]) == lines
    for key, value in (metadata or dict(doc.info.metadata)).items():
        assert node.metadata[key] == value, key
    assert isinstance(hit.score, float)


@pytest.fixture(scope="module")
def library(tmp_path_factory, embedder):
    """A store holding two llama-index Documents with explicit ids and metadata."""
    bot = Assistant(store=tmp_path_factory.mktemp("bridge"), embedder=embedder)
    docs = [
        Document(
            text=MOSCOW.read_text(),
            id_="moscow-channel",
            metadata={"title": "A new back channel to Moscow?", "author": "Alistair Somerville", "year": 2022},
        ),
        Document(text=FENWICK, id_="fenwick", metadata={"author": "Marta Fenwick"}),
    ]
    report = bot.ingest_documents(docs)
    assert sorted(report.added) == ["fenwick", "moscow-channel"] and not report.skipped
    return bot


def test_retriever_nodes_are_exact_spans_with_the_documents_metadata(library):
    retriever = library.as_retriever(k=4)
    assert isinstance(retriever, BaseRetriever)
    hits = retriever.retrieve("Henry Kissinger and Anatoly Dobrynin back channel")
    assert len(hits) == 4 and hits[0].node.metadata["source"] == "moscow-channel"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for hit in hits:
        check_node(library, hit)
    top = hits[0].node.metadata
    assert top["title"] == "A new back channel to Moscow?" and top["year"] == 2022
    assert top["author"] == "Alistair Somerville"
    assert "line_start" not in hits[0].node.get_content(metadata_mode="llm")  # numbers, not content

    fenwick = library.as_retriever(k=3, sources=["fenwick"]).retrieve("Kissinger back channel")
    assert fenwick and {h.node.metadata["source"] for h in fenwick} == {"fenwick"}
    check_node(library, fenwick[0], {"author": "Marta Fenwick", "title": "The Quillford Accord"})

    again = asyncio.run(retriever.aretrieve("Henry Kissinger and Anatoly Dobrynin back channel"))
    assert [h.node.node_id for h in again] == [h.node.node_id for h in hits]
    with pytest.raises(QuestionError, match="empty"):
        retriever.retrieve("   ")


def test_a_query_engine_needs_a_language_model(library):
    with pytest.raises(LLMError, match="llm="):
        library.as_query_engine()  # never llama-index's OpenAI default
    with pytest.raises(TypeError, match="llama-index LLM"):
        library.as_query_engine(llm="gpt-4o")


@pytest.mark.slow
def test_query_engine_answers_from_exact_spans_through_the_llm_server(library, llm_server):
    llm = build_llm(Settings.load(llm_url=llm_server.url, llm_model=llm_server.model, llm_max_tokens=48).llm)
    question = "Who was Henry Kissinger's back channel to the Soviet Union?"

    engine = RetrieverQueryEngine.from_args(library.as_retriever(k=2), llm=llm)  # built by hand
    response = engine.query(question)
    assert isinstance(response.response, str) and len(response.source_nodes) == 2
    for hit in response.source_nodes:
        check_node(library, hit)

    engine = library.as_query_engine(llm=llm, k=2, sources=["fenwick"])
    assert isinstance(engine, RetrieverQueryEngine)
    response = asyncio.run(engine.aquery("Where did the envoys meet?"))
    assert isinstance(response.response, str) and response.source_nodes
    assert {h.node.metadata["source"] for h in response.source_nodes} == {"fenwick"}

    llm_settings = dict(llm_url=llm_server.url, llm_model=llm_server.model, llm_max_tokens=48)
    configured = Assistant(settings=library.settings.replace(**llm_settings), embedder=library.index.embedder)
    response = configured.as_query_engine(k=1).query(question)  # the Assistant's own LLM
    assert isinstance(response.response, str) and len(response.source_nodes) == 1
    check_node(configured, response.source_nodes[0])


@pytest.mark.slow
def test_reingesting_reader_documents_embeds_only_changed_chunks(tmp_path, embedder):
    folder = tmp_path / "docs"
    folder.mkdir()
    for seed in (MOSCOW, LEGAL):
        shutil.copy(seed, folder / seed.name)
    counting = CountingEmbedder(embedder)
    bot = Assistant(store=tmp_path / "store", embedder=counting)
    read = lambda: SimpleDirectoryReader(str(folder)).load_data()  # random ids: known by file_path

    report = bot.ingest_documents(read())
    ids = {p.name: str(p) for p in folder.iterdir()}
    assert sorted(report.added) == sorted(ids.values()) and not report.skipped
    counts = check_consistent(bot)
    assert report.chunks_embedded == counting.embedded == sum(counts.values())
    assert bot.document(ids[LEGAL.name]).info.metadata["file_name"] == LEGAL.name

    counting.embedded = 0
    report = bot.ingest_documents(read())  # nothing changed
    assert sorted(report.unchanged) == sorted(ids.values()) and counting.embedded == report.chunks_embedded == 0

    before = {d.doc_id: d.chunk_ids for d in bot.documents()}
    edited = folder / LEGAL.name
    text = edited.read_text()
    old = max(text.split("\n\n"), key=len)
    new = "Dragoman test edit: envoy Rufus Firefly negotiated a marmalade truce in 1933. " + old
    edited.write_text(text.replace(old, new, 1))
    report = bot.ingest_documents(read())
    assert report.changed == [ids[LEGAL.name]] and report.unchanged == [ids[MOSCOW.name]]
    assert 1 <= counting.embedded == report.chunks_embedded <= 3 < counts[ids[LEGAL.name]]
    after = {d.doc_id: d.chunk_ids for d in bot.documents()}
    assert after[ids[MOSCOW.name]] == before[ids[MOSCOW.name]]
    assert len(set(after[ids[LEGAL.name]]) - set(before[ids[LEGAL.name]])) == report.chunks_embedded
    check_consistent(bot)
    hit = bot.as_retriever(k=1).retrieve("Rufus Firefly marmalade truce")[0]
    assert hit.node.metadata["source"] == ids[LEGAL.name] and "Rufus Firefly" in hit.node.text

    counting.embedded = 0
    (folder / MOSCOW.name).unlink()
    report = bot.ingest_documents(read())  # default: documents not given again are kept
    assert not report.removed and ids[MOSCOW.name] in {d.doc_id for d in bot.documents()}
    report = bot.ingest_documents(read(), delete_missing=True)
    assert report.removed == [ids[MOSCOW.name]] and counting.embedded == 0
    assert [d.doc_id for d in bot.documents()] == [ids[LEGAL.name]]
    check_consistent(bot)
    bot.remove([ids[LEGAL.name]])
    assert bot.documents() == []


def test_unusable_documents_are_named_and_nothing_indexed_is_lost(tmp_path, embedder):
    corpus = tmp_path / "files"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Norway facilitated the Oslo back channel in 1993.")
    bot = Assistant(store=tmp_path / "store", embedder=embedder)
    bot.ingest([corpus])
    docs = [
        Document(text="Qatar hosted the Taliban political office in Doha for years.", id_="doha"),
        Document(text="A Document nobody gave an id to."),
        Document(text="   ", id_="blank"),
        Document(text="Oman mediated.", id_="doha"),
        Document(text="Lone surrogate \ud800 here.", id_="broken"),
        Document(text="Same id as a file.", id_="a.txt"),
    ]
    report = bot.ingest_documents(docs)
    assert report.added == ["doha"]
    reasons = " | ".join(f"{k}: {v}" for k, v in report.skipped.items())
    assert len(report.skipped) == 5, reasons
    assert "stable id" in reasons and "blank: no text" in reasons and "already has id 'doha'" in reasons
    assert "broken: text or metadata is not valid Unicode" in reasons and "already indexed from" in reasons
    assert bot.as_retriever(k=1).retrieve("Taliban office in Doha")[0].node.metadata["source"] == "doha"
    with pytest.raises(TypeError, match="not a llama-index Document"):
        bot.ingest_documents(["just a string"])

    report = bot.ingest_documents([], delete_missing=True)  # files are not llama-index documents
    assert report.removed == ["doha"] and [d.doc_id for d in bot.documents()] == ["a.txt"]
    check_consistent(bot)


def _fail(*args, **kwargs):
    raise RuntimeError("injected crash")


@pytest.mark.slow
def test_an_interrupted_ingest_of_documents_is_repaired(tmp_path, embedder, monkeypatch):
    """A crash at every write step of `ingest_documents`, each followed by a clean run."""
    from dragoman.index.store import Store

    store = tmp_path / "store"
    text = MOSCOW.read_text()
    Assistant(store=store, embedder=embedder).ingest_documents([Document(text=text, id_="moscow")])
    steps = ["add_chunks", "update_chunk_spans", "put_documents", "commit", "delete_chunks", "finish_write"]
    for step, name in enumerate(steps):
        text = f"Edit {step} mentions envoy number {step} from Qatar.\n\n" + text  # later chunks move
        docs = [
            Document(text=text, id_="moscow"),
            Document(text=f"Codeword quibble{step}x marks document {step}. " * 4, id_=f"new{step}"),
        ]
        with monkeypatch.context() as m:
            m.setattr(Store, name, _fail)
            with pytest.raises(RuntimeError, match="injected"):
                Assistant(store=store, embedder=embedder).ingest_documents(docs)
        bot = Assistant(store=store, embedder=embedder)
        report = bot.ingest_documents(docs)
        assert report.chunks_embedded <= 3, (name, report.summary())
        assert not bot.index.store.state().dirty
        check_consistent(bot)
        assert bot.as_retriever(k=1).retrieve(f"quibble{step}x")[0].node.metadata["source"] == f"new{step}", name
