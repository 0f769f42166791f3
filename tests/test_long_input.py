"""Very long input: megabytes on one line, words without spaces, runs of punctuation — chunked in
linear time, never one giant chunk (split from test_hostile_input.py)."""

from __future__ import annotations

import json

import pytest

from tests.test_hostile_input import python


@pytest.fixture(scope="module")
def long_lines(tmp_path_factory):
    """Read, clean and chunk 3 MB single-line files in a subprocess (tokenizer only, no embedding)."""
    folder = tmp_path_factory.mktemp("long-lines")
    code = f"""
        import json, random, time
        from pathlib import Path
        from dragoman import Settings
        from dragoman.index.embedder import default_embedder
        from dragoman.ingest.chunker import chunk_text
        from dragoman.ingest.clean import clean
        from dragoman.ingest.readers import read_file

        s = Settings().index; e = default_embedder(s)
        rnd = random.Random(5)
        words = "envoy minister treaty ceasefire mediation Oslo Doha channel talks quiet accord border".split()
        def sentence():
            w = [rnd.choice(words) for _ in range(rnd.randint(6, 20))]
            return w[0].capitalize() + " " + " ".join(w[1:]) + "."
        size = 3_000_000
        texts = {{
            "sentences": " ".join(sentence() for _ in range(size // 90)),  # many sentences, one line
            "no-punctuation": " ".join(rnd.choice(words) for _ in range(size // 7)),  # one endless sentence
            "no-spaces": "x" * size,  # one endless word (a base64 blob, say)
        }}
        out = {{}}
        for name, text in texts.items():
            path = Path({str(folder)!r}) / (name + ".txt")
            path.write_text(text)
            t0 = time.perf_counter()
            doc = clean(read_file(path, s.max_file_bytes))
            chunks = chunk_text(doc.text, e.count_tokens, e.token_offsets, s.chunk_max_tokens,
                                s.chunk_min_tokens, s.chunk_overlap_tokens)
            seconds = time.perf_counter() - t0
            tokens = e.count_tokens([c.text for c in chunks])
            # every non-space character lies in some chunk: only whitespace between them
            spans = sorted((c.start, c.end) for c in chunks)
            edges = [0] + [x for span in spans for x in span] + [len(doc.text)]
            gaps = [doc.text[a:b] for a, b in zip(edges[::2], edges[1::2]) if b > a]
            out[name] = dict(bytes=path.stat().st_size, seconds=round(seconds, 2), chunks=len(chunks),
                             max_tokens=max(tokens), max_chars=max(len(c.text) for c in chunks),
                             exact=all(doc.text[c.start:c.end] == c.text for c in chunks),
                             covers=not any(g.strip() for g in gaps), limit=s.chunk_max_tokens)
        print(json.dumps(out))
    """
    done = python(code, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_few_megabytes_on_one_line_are_chunked_and_finish(long_lines):
    for name, stats in long_lines.items():
        print(f"\n{name}: {stats}")
        assert stats["chunks"] >= 1 and stats["exact"] and stats["covers"], (name, stats)
        assert stats["max_tokens"] <= stats["limit"], (name, stats)
    assert long_lines["sentences"]["chunks"] > 1000 and long_lines["no-punctuation"]["chunks"] > 1000


def test_a_line_without_spaces_is_not_one_giant_chunk(long_lines):
    assert long_lines["no-spaces"]["max_chars"] <= 4_000, long_lines["no-spaces"]


def test_runs_of_punctuation_split_in_linear_time():
    done = python(
        """
        from dragoman.index.text import split_sentences
        for text in ("." * 60_000 + " a", "Why" + "?!" * 30_000 + " because."):
            split_sentences(text)
        print("ok")
    """,
        timeout=15,
    )
    assert done.returncode == 0 and "ok" in done.stdout, done.stderr[-2000:]


# -- questions ----------------------------------------------------------------------
