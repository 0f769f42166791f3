"""Sentence-aware chunking with exact spans and edit-local boundaries.

Written here rather than with llama-index's SentenceSplitter for two reasons:
(1) chunks must carry their exact character span in the canonical text, and
(2) SentenceSplitter packs greedily from the start of the document, so one
edited sentence shifts every later boundary and forces re-embedding the rest of
the file. Here a chunk may only close at a sentence whose own content marks it
as a cut point (a content-defined boundary) once the chunk is big enough, so
boundaries fall back into step right after an edit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from dragoman.index.text import Sentence, split_sentences
from dragoman.ingest.citations import citing_sections
from dragoman.ingest.headings import headings, numbered_sections

CHUNKER_VERSION = 5  # bump when chunk boundaries or what is indexed change: every document is then re-chunked

# Units and chunks are also cut by length: a word of more than 100 characters is a single
# [UNK] word piece, so a 3 MB run without spaces (a base64 image, say) would otherwise be
# one 3 MB chunk. Prose at 160 word pieces stays far below this (seeds: at most ~1 200).
MAX_CHUNK_CHARS = 4_000


@dataclass(frozen=True)
class Chunk:
    index: int
    start: int
    end: int
    text: str
    section: str | None
    cited_in: tuple[str, ...] = ()  # a piece of a reference list: the sections citing its works

    @property
    def embed_text(self) -> str:
        """What is embedded and keyword-indexed: the section heading (or, for a piece of a reference
        list, the sections citing its works: ingest/citations.py) gives context."""
        above = [self.section] if self.section and self.section not in self.text[:200] else []
        return "\n".join([*above, *self.cited_in, self.text])

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(self.embed_text.encode("utf-8")).hexdigest()


def chunk_text(
    text: str,
    count_tokens: Callable[[Sequence[str]], list[int]],
    token_offsets: Callable[[str], list[tuple[int, int]]],
    max_tokens: int,
    min_tokens: int,
    overlap_tokens: int,
    breaks: Sequence[int] = (),
) -> list[Chunk]:
    """Chunks of `text`; none runs across an offset in `breaks` (page starts) unless a sentence does."""
    sentences = split_sentences(text)
    if not sentences:
        return []
    counts = count_tokens([text[s.start : s.end] for s in sentences])
    units: list[tuple[Sentence, int]] = []
    for s, n in zip(sentences, counts):
        if n <= max_tokens and s.end - s.start <= MAX_CHUNK_CHARS:
            units.append((s, n))
        else:
            units.extend(_split_unit(text, s, n, count_tokens, token_offsets, max_tokens))

    chunks: list[Chunk] = []
    section: str | None = None
    cur: list[tuple[Sentence, int]] = []
    cur_section: str | None = None

    def close() -> None:
        nonlocal cur
        first, last = cur[0][0], cur[-1][0]
        chunks.append(Chunk(len(chunks), first.start, last.end, text[first.start : last.end], cur_section))
        # Overlap: carry the tail sentence(s) of this chunk into the next one.
        tail: list[tuple[Sentence, int]] = []
        size = 0
        for unit in reversed(cur[1:]):
            if size + unit[1] > overlap_tokens or unit[0].heading:
                break
            tail.insert(0, unit)
            size += unit[1]
        cur = tail

    pending = list(reversed(breaks))
    for unit in units:
        sent, n = unit
        if pending and sent.start >= pending[-1]:
            while pending and sent.start >= pending[-1]:
                pending.pop()
            # cur may hold only the overlap of a chunk just closed (no chunk of its own), or only a
            # heading at the foot of the page (a caption, a signature line): it ends the chunk before.
            if cur and _has_body(cur) and (not chunks or cur[-1][0].end > chunks[-1].end):
                close()
            elif cur and chunks and chunks[-1].end <= cur[0][0].start:
                last = chunks[-1]
                chunks[-1] = Chunk(
                    last.index, last.start, cur[-1][0].end, text[last.start : cur[-1][0].end], last.section
                )
            cur = []
        if sent.heading:
            if cur and _has_body(cur):
                close()
                cur = []
            section = text[sent.start : sent.end].lstrip("#").strip()[:100]
        if _too_big(cur, unit, max_tokens):
            close()
            if _too_big(cur, unit, max_tokens):
                cur = []
        if not cur:
            cur_section = section
        cur.append(unit)
        size = sum(u[1] for u in cur)
        if size >= min_tokens and _is_cut_point(text, sent) and _has_body(cur):
            close()
    if cur and (_has_body(cur) or not chunks) and (not chunks or cur[-1][0].end > chunks[-1].end):
        close()
    heads = headings(text)
    sections = numbered_sections(heads, [c.start for c in chunks])
    cited = citing_sections(text, [(c.start, c.end) for c in chunks], heads)
    return [replace(c, section=s or c.section, cited_in=h) for c, s, h in zip(chunks, sections, cited)]


def _too_big(cur: list[tuple[Sentence, int]], unit: tuple[Sentence, int], max_tokens: int) -> bool:
    """Would adding unit make the chunk exceed the model window or MAX_CHUNK_CHARS?"""
    if not cur:
        return False
    return sum(u[1] for u in cur) + unit[1] > max_tokens or unit[0].end - cur[0][0].start > MAX_CHUNK_CHARS


def _has_body(units: list[tuple[Sentence, int]]) -> bool:
    return any(not u[0].heading for u in units)


def _is_cut_point(text: str, s: Sentence) -> bool:
    """Content-defined: paragraph ends, and about one sentence in three by hash."""
    if s.paragraph_end:
        return True
    digest = hashlib.blake2b(text[s.start : s.end].encode("utf-8"), digest_size=2).digest()
    return digest[0] % 3 == 0


def _split_long(text, s: Sentence, token_offsets, max_tokens) -> list[tuple[Sentence, int]]:
    """A sentence longer than the model window, cut into windows at token borders."""
    offsets = token_offsets(text[s.start : s.end])
    out = []
    for i in range(0, len(offsets), max_tokens):
        window = offsets[i : i + max_tokens]
        a = s.start if i == 0 else s.start + window[0][0]
        b = s.end if i + max_tokens >= len(offsets) else s.start + window[-1][1]
        if i + max_tokens < len(offsets):
            b = s.start + offsets[i + max_tokens][0]
            while b > a and text[b - 1].isspace():
                b -= 1
        last = i + max_tokens >= len(offsets)
        out.append((Sentence(a, b, s.paragraph_end and last, False), len(window)))
    return out


def _split_unit(text, s: Sentence, n: int, count_tokens, token_offsets, max_tokens) -> list[tuple[Sentence, int]]:
    """A sentence too long for one chunk, in word pieces or in characters, cut into pieces."""
    pieces = _split_long(text, s, token_offsets, max_tokens) if n > max_tokens else [(s, n)]
    out: list[tuple[Sentence, int]] = []
    for piece, count in pieces:
        if piece.end - piece.start <= MAX_CHUNK_CHARS:
            out.append((piece, count))
            continue
        parts = _split_chars(text, piece, MAX_CHUNK_CHARS)
        for part, c in zip(parts, count_tokens([text[p.start : p.end] for p in parts])):
            out.extend(_split_long(text, part, token_offsets, max_tokens) if c > max_tokens else [(part, c)])
    return out


def _split_chars(text: str, s: Sentence, max_chars: int) -> list[Sentence]:
    """s cut into spans of at most max_chars, at a space when there is one in the second half."""
    out: list[Sentence] = []
    a = s.start
    while a < s.end:
        b = min(a + max_chars, s.end)
        if b < s.end:
            space = text.rfind(" ", a + max_chars // 2, b)
            b = space if space > a else b
        end = b
        while end > a and text[end - 1].isspace():
            end -= 1
        if end > a:
            out.append(Sentence(a, end, s.paragraph_end and b >= s.end, False))
        a = b
        while a < s.end and text[a].isspace():
            a += 1
    return out
