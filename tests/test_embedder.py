"""The embedding engines (torch, ONNX fp32, ONNX int8) against sentence-transformers, how one
is chosen, sentence vectors, and an answer that embeds nothing but its question."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from dragoman.index.documents import pack_sentences, unpack_sentences

TEXTS = [
    "Back-channel diplomacy lets governments talk without committing in public.",
    "Oman hosted secret US–Iran talks in 2013, which led to the interim nuclear agreement.",
    "Ünïcödé, “quotes” — and an emoji 😀 still embed.",
    "x",
    "word " * 400,  # longer than the model reads: truncated the way sentence-transformers truncates
]
CHUNK = TEXTS[0] + " " + TEXTS[1]
SPANS = [(0, len(TEXTS[0])), (len(TEXTS[0]) + 1, len(CHUNK))]


def engine(name: str, **settings):
    from dragoman import Settings
    from dragoman.index.embedder import default_embedder

    return default_embedder(Settings().replace(embedder=name, **settings).index)


@pytest.fixture(scope="session")
def torch_embedder():
    return engine("torch")


@pytest.fixture(scope="session")
def reference(torch_embedder):
    """sentence-transformers' own vectors of TEXTS."""
    model = torch_embedder.model()
    return model.encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)


def test_forward_pass_matches_sentence_transformers(torch_embedder, reference):
    assert torch_embedder._direct, "MiniLM is a mean-pooled transformer: the direct forward pass should be used"
    assert np.abs(torch_embedder.embed(TEXTS) - reference).max() < 1e-5
    for text, vec in zip(TEXTS, reference):
        assert np.abs(torch_embedder.embed_query(text) - vec).max() < 1e-5


@pytest.mark.parametrize(("name", "min_cosine"), [("onnx", 0.999), ("onnx-int8", 0.98)])
def test_onnx_vectors_agree_with_sentence_transformers(torch_embedder, reference, name, min_cosine):
    """fp32 agrees to float rounding; int8 stays close (bench/ingest.py measures its retrieval)."""
    onnx = engine(name)
    assert type(onnx).__name__ == "OnnxEmbedder"
    assert (onnx.embed(TEXTS) * reference).sum(1).min() >= min_cosine
    assert float(onnx.embed_query(TEXTS[1]) @ reference[1]) >= min_cosine
    # sentence vectors pooled from the same forward pass agree too
    (_, (mine,)), (_, (theirs,)) = (e.embed_chunks([CHUNK], [SPANS]) for e in (onnx, torch_embedder))
    assert (mine * theirs).sum(1).min() >= min_cosine
    if name == "onnx":
        assert np.abs(onnx.embed(TEXTS) - reference).max() < 1e-5


def test_the_engine_is_chosen_by_setting_store_and_model(tmp_path, monkeypatch):
    from dragoman import Assistant, Settings
    from dragoman.index.embedder import AUTO_ENGINE, choose_engine, default_embedder
    from dragoman.index.errors import EmbedderError

    index = Settings().index
    assert index.embedder == "auto" and choose_engine(index) == AUTO_ENGINE == "onnx-int8"
    assert choose_engine(index, recorded="all-MiniLM-L6-v2") == "onnx"  # written by torch or ONNX fp32
    assert choose_engine(index, recorded="all-MiniLM-L6-v2+int8") == "onnx-int8"
    assert default_embedder(index).name == "all-MiniLM-L6-v2+int8"
    assert default_embedder(index.__class__(embedder="onnx")).name == "all-MiniLM-L6-v2"
    assert type(default_embedder(index.__class__(embedder="torch"))).__name__ == "SentenceTransformerEmbedder"
    monkeypatch.setenv("DRAGOMAN_EMBEDDER", "torch")
    assert Settings.load().index.embedder == "torch"
    assert Assistant(store=tmp_path / "s", embedder="onnx").settings.index.embedder == "onnx"
    with pytest.raises(ValueError, match="'embedder' must be one of auto, onnx, onnx-int8, torch"):
        Settings.load(embedder="gpu")

    # A model the ONNX path cannot reproduce (CLS pooling): auto uses torch, asking for ONNX is an error.
    model = tmp_path / "cls-model"
    source = Path(index.resolved_model_path())
    model.mkdir()
    for f in source.iterdir():
        if f.is_file():
            (model / f.name).symlink_to(f)
    (model / "1_Pooling").mkdir()
    (model / "1_Pooling" / "config.json").write_text('{"pooling_mode_cls_token": true}')
    cls = index.__class__(model_path=str(model))
    assert choose_engine(cls) == "torch"
    with pytest.raises(EmbedderError, match="pooling is not mean pooling"):
        default_embedder(index.__class__(model_path=str(model), embedder="onnx"))


def test_int8_and_fp32_vectors_never_mix_in_one_store(tmp_path, embedder):
    from dragoman import Assistant, ModelMismatchError
    from tests.conftest import SEEDS

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kissinger.txt").write_text((SEEDS / "003_d9c3a5258f9d1719.txt").read_text())
    Assistant(store=tmp_path / "s", embedder=engine("onnx-int8")).ingest([corpus])
    assert Assistant(store=tmp_path / "s").index.embedder.name.endswith("+int8")  # auto follows the store
    for forced in ("torch", "onnx"):
        with pytest.raises(ModelMismatchError, match=r"\+int8"):
            Assistant(store=tmp_path / "s", embedder=engine(forced)).search("Kissinger")


def test_racing_processes_build_the_onnx_model_once(tmp_path):
    """Two processes that find no ONNX model build it once between them; neither reads half a file."""
    code = (
        "import logging, sys; logging.basicConfig(level=logging.WARNING);"
        "from dragoman.index import onnx_model; from dragoman.index.settings import bundled_model_path;"
        "print(onnx_model.model_file(bundled_model_path(), 'fp32', sys.argv[1]))"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, env=env)
        for _ in range(2)
    ]  # fmt: skip
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err[-2000:] for _, err in outs]
    paths = {out.strip() for out, _ in outs}
    assert len(paths) == 1
    built = [err for _, err in outs if "building the ONNX embedding model" in err]
    assert len(built) == 1, "one process built the model, the other waited for it"
    assert sorted(p.name for p in (tmp_path / "onnx").iterdir() if not p.name.endswith(".lock")) == [
        Path(paths.pop()).name
    ]
    from dragoman.index import onnx_model

    onnx_model.session(next((tmp_path / "onnx").glob("*.onnx")))  # a whole, loadable graph


def test_a_cold_question_never_imports_torch(seeded):
    code = (
        "import sys; from dragoman import Assistant;"
        "a = Assistant(store=sys.argv[1]).ask('What role has Oman played?');"
        "assert a.passages; print(sorted(m for m in ('torch', 'sentence_transformers') if m in sys.modules))"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    done = subprocess.run([sys.executable, "-c", code, str(seeded.settings.index.store)], capture_output=True,
                          text=True, env=env, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_a_sentence_cut_by_truncation_gets_no_vector(embedder):
    text = "Short first sentence is here. " + "word " * 400 + "end."
    spans = [(0, 29), (30, len(text))]
    _, (rows,) = embedder.embed_chunks([text], [spans])
    assert rows[0].any() and not rows[1].any()


def test_sentence_vectors_come_from_the_same_pass(embedder):
    text = TEXTS[0] + " " + TEXTS[1]
    spans = [(0, len(TEXTS[0])), (len(TEXTS[0]) + 1, len(text)), (5, 5)]
    vectors, sentences = embedder.embed_chunks([text, "plain"], [spans, []])
    assert np.abs(vectors[0] - embedder.embed([text])[0]).max() < 1e-5  # spans change nothing
    rows = sentences[0]
    assert rows.shape == (3, vectors.shape[1])
    assert np.allclose(np.linalg.norm(rows[:2], axis=1), 1.0, atol=1e-5)
    assert not rows[2].any(), "an empty span has no vector"
    # In context, each sentence stays closest to its own text embedded alone.
    alone = embedder.embed(TEXTS[:2])
    sims = rows[:2] @ alone.T
    assert sims[0, 0] > sims[0, 1] and sims[1, 1] > sims[1, 0]


def test_packed_sentence_vectors_round_trip():
    rng = np.random.default_rng(0)
    rows = rng.standard_normal((4, 384)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    rows[2] = 0  # no vector: left out
    spans = [(0, 10), (11, 40), (41, 41), (42, 90)]
    unpacked = unpack_sentences(pack_sentences(spans, rows))
    assert list(unpacked) == [(0, 10), (11, 40), (42, 90)]
    for i, span in ((0, (0, 10)), (1, (11, 40)), (3, (42, 90))):
        assert float(unpacked[span] @ rows[i]) > 0.999
    assert pack_sentences(spans[:1], np.zeros((1, 384), np.float32)) == ""
    assert unpack_sentences("") == {} and unpack_sentences("garbage;x;!!") == {}


@pytest.mark.parametrize("question", ["What role has Oman played in the Gulf?", "Who won the 2022 FIFA World Cup?"])
def test_ask_embeds_only_the_question(seeded, question, monkeypatch):
    calls = []
    original = seeded.index.embedder.embed_few
    monkeypatch.setattr(seeded.index.embedder, "embed_few", lambda texts: calls.append(texts) or original(texts))
    with seeded.index._vectors_lock:
        seeded.index._vectors.clear()  # no sentence vector remembered from an earlier question
    answer = seeded.ask(question)
    assert calls == [], "sentence vectors should come from the store"
    assert answer.passages


def test_stored_sentence_vectors_pool_the_right_tokens(seeded, embedder):
    """Recompute a few chunks' sentence vectors (one with a heading prefix, one with non-ASCII
    text) and compare them with what ingest stored."""
    from dragoman.index.text import split_sentences

    chunks = list(seeded.index.store.iter_chunks())
    with_prefix = [c for c in chunks if c.embed_text != c.text][:2]
    non_ascii = [c for c in chunks if any(ord(ch) > 127 for ch in c.text)][:2]
    assert with_prefix and non_ascii
    for c in with_prefix + non_ascii:
        prefix = len(c.embed_text) - len(c.text)
        spans = [
            (s.start, s.end)
            for s in split_sentences(c.text)
            if not s.heading and len(c.text[s.start : s.end].split()) >= 4
        ]
        _, (rows,) = embedder.embed_chunks([c.embed_text], [[(a + prefix, b + prefix) for a, b in spans]])
        stored = c.sentence_vectors()
        assert list(stored) == spans
        for span, row in zip(spans, rows):
            assert float(stored[span] @ row) > 0.999, (c.chunk_id, span)
        if len(spans) > 1:  # and a sentence's vector is not its neighbour's
            assert float(stored[spans[0]] @ rows[1]) < 0.99


def test_a_store_without_sentence_vectors_still_answers(tmp_path, embedder):
    """Stores written before sentence vectors existed: answering embeds the sentences itself."""
    from dragoman import Assistant
    from tests.conftest import SEEDS

    bot = Assistant(store=tmp_path / "store", embedder=embedder)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kissinger.txt").write_text((SEEDS / "003_d9c3a5258f9d1719.txt").read_text())
    bot.ingest([corpus])
    question = "Which Soviet ambassador was Henry Kissinger's back-channel counterpart?"
    with_vectors = bot.ask(question)
    chunks = bot.index.store.chunks
    ids = chunks.get(include=[])["ids"]
    chunks.update(ids=ids, metadatas=[{"sentences": None}] * len(ids))
    old = Assistant(store=tmp_path / "store", embedder=embedder)
    assert all(not c.packed_vectors for c in old.index.store.iter_chunks())
    calls = []
    original = embedder.embed_few
    old.index.embedder.embed_few = lambda texts: calls.append(texts) or original(texts)
    try:
        without = old.ask(question)
    finally:
        del old.index.embedder.embed_few
    assert calls, "sentences had to be embedded at question time"
    assert not without.abstained and without.abstained == with_vectors.abstained
    assert {c.quote for c in without.citations} & {c.quote for c in with_vectors.citations}
