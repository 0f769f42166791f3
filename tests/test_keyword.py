"""The keyword index: scores equal bm25s built from scratch, whatever sequence of commits led to it."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from dragoman.index.keyword import Analyzer, KeywordIndex

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PARAMS = (1.0, 0.6)
QUERIES = [
    "back channel negotiations between Norway and the PLO",
    "secret talks Oman Iran nuclear",
    "who mediated the Oslo accords",
    "channel channel diplomacy",  # a repeated term counts twice
    "Qatar Taliban Doha office",
    "zzzz unknown words only",
]


@pytest.fixture(scope="module")
def corpus() -> dict[str, str]:
    """~300 chunks of real text: paragraphs of the seeds."""
    paras = [p.strip() for f in sorted(SEEDS.glob("*")) for p in f.read_text(encoding="utf-8").split("\n\n")]
    paras = [p for p in paras if len(p) > 40]
    return {f"c{i:04d}": p for i, p in enumerate(paras)}


def reference(texts: dict[str, str], query: str) -> dict[str, float]:
    """bm25s itself (Lucene variant), built from scratch over `texts`: every chunk's score."""
    import bm25s
    from bm25s.tokenization import Tokenized

    analyzer = Analyzer()
    vocab: dict[str, int] = {}
    ids = list(texts)
    tokens = [[vocab.setdefault(t, len(vocab)) for t in analyzer(texts[c]) or ["\u2205"]] for c in ids]
    bm25 = bm25s.BM25(k1=PARAMS[0], b=PARAMS[1])
    bm25.index(Tokenized(ids=tokens, vocab=vocab), show_progress=False)
    terms = [t for t in analyzer.query(query) if t in vocab]
    if not terms:
        return {}
    scores = bm25.get_scores(terms)
    return {c: float(s) for c, s in zip(ids, scores.tolist()) if s > 0}


def scores(kw: KeywordIndex, query: str) -> dict[str, float]:
    return dict(kw.search(query, k=max(len(kw), 1)))


def fresh(texts: dict[str, str], generation: int = 1) -> KeywordIndex:
    return KeywordIndex.empty(PARAMS).updated(list(texts), set(), lambda ids: {c: texts[c] for c in ids}, generation)


def test_scores_equal_bm25s_from_scratch(corpus):
    kw = fresh(corpus)
    assert len(kw) == len(corpus) and kw.ids == list(corpus)
    for q in QUERIES:
        assert scores(kw, q) == reference(corpus, q), q  # bit for bit, not approximately
    assert kw.search(QUERIES[0], 5) == sorted(reference(corpus, QUERIES[0]).items(), key=lambda x: -x[1])[:5]


def test_incremental_commits_equal_a_rebuild(corpus):
    """Adds, removals and edits committed one by one score as a from-scratch index of what is left."""
    rng = random.Random(5)
    ids = list(corpus)
    live = dict.fromkeys(ids[:100])
    kw = fresh({c: corpus[c] for c in live})
    texts = dict(corpus)
    spare = ids[100:]
    for gen in range(2, 60):
        added = [spare.pop() for _ in range(rng.randint(0, 3)) if spare]
        removed = set(rng.sample(list(live), rng.randint(0, 3)))
        if rng.random() < 0.2:  # an edit: a chunk's id goes, a new one with new text comes
            edited = rng.choice(list(live))
            removed.add(edited)
            texts[f"{edited}-v{gen}"] = texts[edited] + " revised wording"
            added.append(f"{edited}-v{gen}")
        kw = kw.updated(added, removed, lambda i: {c: texts[c] for c in i}, gen)
        for c in removed:
            live.pop(c, None)
        live.update(dict.fromkeys(added))
        assert kw.generation == gen and set(kw.ids) == set(live) and len(kw) == len(live)
    final = {c: texts[c] for c in live}
    for q in QUERIES:
        got, want = scores(kw, q), reference(final, q)
        assert got.keys() == want.keys(), q
        assert all(abs(got[c] - want[c]) <= 1e-6 * max(1.0, want[c]) for c in want), q
    assert len(kw.segments) <= 6, "small segments are merged as they accumulate"
    assert kw.idf("channel") == pytest.approx(fresh(final).idf("channel"))
    assert kw.idf("notaword") == 0.0


def test_allowed_restricts_and_removed_chunks_never_come_back(corpus):
    kw = fresh(corpus)
    top = [c for c, _ in kw.search(QUERIES[1], 10)]
    allowed = set(top[3:6])
    assert {c for c, _ in kw.search(QUERIES[1], 10, allowed)} == allowed
    gone = kw.updated([], {top[0]}, lambda i: {}, 2)
    assert top[0] not in gone and top[0] not in gone.ids and top[0] in kw  # the old generation is untouched
    assert top[0] not in {c for c, _ in gone.search(QUERIES[1], len(corpus))}


def test_save_load_reuses_segments_and_cleans_up(tmp_path, corpus):
    folder = tmp_path / "keyword"
    kw = fresh(corpus)
    kw.save(folder)
    base_files = set(folder.glob("seg-*.npz"))
    loaded = KeywordIndex.load(folder, PARAMS)
    assert loaded is not None and loaded.ids == kw.ids and scores(loaded, QUERIES[0]) == scores(kw, QUERIES[0])
    nxt = kw.updated(["extra"], {kw.ids[0]}, lambda i: {"extra": "a brand new chunk about Qatar"}, 2)
    nxt.save(folder)
    assert base_files <= set(folder.glob("seg-*.npz")), "a commit writes only its new segment"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["generation"] == 2 and manifest["segments"][0]["dead"] == [0]
    again = KeywordIndex.load(folder, PARAMS, previous=loaded)
    assert again is not None and again.segments[0] is loaded.segments[0], "unchanged segments are not re-read"
    assert again.ids == nxt.ids and scores(again, "Qatar") == scores(nxt, "Qatar")
    assert KeywordIndex.load(folder, (1.2, 0.75)) is None, "other BM25 parameters: rebuild"


def test_old_format_and_damage_mean_rebuild(tmp_path, corpus):
    folder = tmp_path / "keyword"
    folder.mkdir()
    (folder / "ids.json").write_text("[]")  # the format before segments
    (folder / "generation").write_text("3")
    assert KeywordIndex.load(folder, PARAMS) is None
    fresh(corpus).save(folder)
    assert not (folder / "ids.json").exists()
    seg = next(folder.glob("seg-*.npz"))
    seg.write_bytes(b"not a segment")
    assert KeywordIndex.load(folder, PARAMS) is None


def test_empty_and_all_removed():
    kw = KeywordIndex.empty(PARAMS)
    assert len(kw) == 0 and kw.search("anything", 5) == [] and kw.ids == []
    one = kw.updated(["a"], set(), lambda i: {"a": ""}, 1)  # a chunk with no words still exists
    assert len(one) == 1 and one.search("anything", 5) == []
    none = one.updated([], {"a"}, lambda i: {}, 2)
    assert len(none) == 0 and none.segments == [] and np.array_equal(none._live_all(), np.zeros(0, bool))


def test_a_single_digit_is_a_word_a_single_letter_is_not():
    """A single digit is a word: "Section 8", "Table 3", "Step 2": the digit is what the question points at."""
    texts = {
        "s7": "In Section 7, we presented a survey of transfer learning.",
        "s8": "In Section 8, we presented a survey of energy efficient approaches.",
        "x": "A section on b and c.",
    }
    kw = fresh(texts)
    assert kw.search("What does Section 8 cover?", 1)[0][0] == "s8"
    assert "b" not in Analyzer().words("a b c 8") and "8" in Analyzer().words("a b c 8")
