"""The embedder's own forward pass against sentence-transformers, sentence vectors, and
an answer that embeds nothing but its question."""

import numpy as np
import pytest

from dragoman.index.documents import pack_sentences, unpack_sentences
from dragoman.index.numpy_bert import NumpyBertEncoder

TEXTS = [
    "Back-channel diplomacy lets governments talk without committing in public.",
    "Oman hosted secret US–Iran talks in 2013, which led to the interim nuclear agreement.",
    "Ünïcödé, “quotes” — and an emoji 😀 still embed.",
    "x",
    "word " * 400,  # longer than the model reads: truncated the way sentence-transformers truncates
]


def test_forward_pass_matches_sentence_transformers(embedder):
    model = embedder.model()
    expected = model.encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
    assert embedder._direct, "MiniLM is a mean-pooled transformer: the direct forward pass should be used"
    assert np.abs(embedder.embed(TEXTS) - expected).max() < 1e-5
    for text, vec in zip(TEXTS, expected):
        assert np.abs(embedder.embed_query(text) - vec).max() < 1e-5


def test_numpy_query_encoder_matches_sentence_transformers(embedder):
    model = embedder.model()
    numpy_encoder = NumpyBertEncoder(embedder.path, embedder._tok())
    for text in TEXTS:
        expected = model.encode([text], normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)[0]
        assert np.abs(numpy_encoder.encode(text, embedder.max_tokens) - expected).max() < 1e-4


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
