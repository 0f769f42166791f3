"""BM25 keyword index over the chunks in Chroma, persisted beside the store.

The index is derived data, kept as immutable segments (index/segments.py) plus the positions
of removed chunks: a commit adds one segment for the chunks it added and marks the ones it
removed, so its cost follows the change, not the collection; small segments are merged as
they accumulate. It records the generation it describes, so a reader can always tell whether
it agrees with Chroma. Several processes sharing one Chroma server each keep their own local
copy and bring it up to a new generation.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from dragoman.index.segments import Collection, Segment

log = logging.getLogger(__name__)


_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# fmt: off
_EXTRA_STOP = {"it", "its", "has", "have", "had", "up", "from", "about", "can", "could", "would", "should", "also",
               "may", "might", "must", "been", "being", "did", "does", "do", "which", "who", "whom", "whose", "what"}
# Words about the question itself rather than its subject ("in the document",
# "according to the context", "briefly explain"): dropped from keyword queries.
QUERY_NOISE = {"document", "documents", "mentioned", "mention", "discussed", "discuss", "described", "describe",
               "according", "context", "information", "provided", "provide", "explain", "briefly", "text",
               "passage", "given", "least", "examples", "example", "specific", "specifically", "some", "main",
               # (the fillers of a spoken question: "um the small states paper ...", "okay so what ...")
               "um", "umm", "uh", "uhh", "erm", "hmm", "okay", "ok", "yeah",
               # (the asker's stance, not the subject: "which countries does it actually compare?")
               "actually", "really", "truly", "supposedly", "allegedly", "reportedly", "basically"}
# Task instructions around a question ("state ... and explain why; round to two decimals", "using
# the cash flow statement, show your working"): how to answer, not what about. Dropped from
# keyword queries too, so a long instruction-laden question does not match other passages by them.
INSTRUCTIONS = {"state", "explain", "round", "rounded", "rounding", "decimal", "decimals", "using", "provide",
                "calculate", "compute", "show", "working", "workings", "summarise", "summarize", "give", "answer",
                "please", "briefly", "brief", "identify", "outline", "format", "concise", "concisely", "cite"}
# fmt: on


class Analyzer:
    """Lower-case word tokens, English stop words removed, Snowball-stemmed."""

    def __init__(self) -> None:
        import Stemmer
        from bm25s.stopwords import STOPWORDS_EN  # bm25s: its stop words (its index cannot grow in place)

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import

        self._stem = Stemmer.Stemmer("english").stemWords
        self._stop = set(STOPWORDS_EN) | _EXTRA_STOP

    def stem(self, words: list[str]) -> list[str]:
        return self._stem(words)

    def words(self, text: str) -> list[str]:
        return [w for w in _TOKEN.findall(text.lower()) if (len(w) > 1 or w.isdigit()) and w not in self._stop]

    def __call__(self, text: str) -> list[str]:
        return self._stem(self.words(text))

    def query(self, text: str, fallback: bool = True) -> list[str]:
        """Stems of a query, without words that only frame the question or instruct how to answer
        (all of its words if that leaves none and `fallback`)."""
        words = [w for w in self.words(text) if w not in QUERY_NOISE and w not in INSTRUCTIONS]
        return self._stem(words) if words or not fallback else self(text)


ANALYZER_VERSION = 2  # bump when Analyzer changes: saved indexes are then rebuilt
FORMAT = 2  # 1: one bm25s index (rebuilt on every commit); 2: segments
MERGE_FACTOR = 4  # a segment is merged into the one before it unless that one is this many times larger
MAX_DEAD = 0.5  # a segment with more removed chunks than this share is rewritten without them


class KeywordIndex:
    """The chunks of one generation: segments, which of their chunks are live, and BM25 over them."""

    def __init__(
        self,
        segments: list[Segment],
        live: list[np.ndarray],
        generation: int,
        analyzer: Analyzer,
        params: tuple[float, float],
    ):
        self.segments = segments
        self.live = live  # per segment: bool per position, False once the chunk is removed
        self.generation = generation
        self.analyzer = analyzer
        self.params = params  # (k1, b)
        self._offsets = np.cumsum([0] + [len(s) for s in segments])
        self._starts = self._offsets[:-1].tolist()
        self._count = int(sum(int(m.sum()) for m in live))
        total = sum(int(s.lengths[m].sum()) for s, m in zip(segments, live))
        self.stats = Collection(self._count, np.float64(total) / max(self._count, 1))
        self._cache: dict = {}

    @classmethod
    def empty(cls, params: tuple[float, float], generation: int = 0, analyzer: Analyzer | None = None) -> KeywordIndex:
        return cls([], [], generation, analyzer or Analyzer(), params)

    def __len__(self) -> int:
        return self._count

    def __contains__(self, chunk_id: str) -> bool:
        return self._locate(chunk_id) is not None

    def _locate(self, chunk_id: str) -> tuple[int, int] | None:
        """(segment, position) of a live chunk."""
        for n, seg in enumerate(self.segments):
            pos = seg.position(chunk_id)
            if pos is not None and self.live[n][pos]:
                return n, pos
        return None

    @property
    def ids(self) -> list[str]:
        """Live chunk ids, in segment order."""
        if "ids" not in self._cache:
            self._cache["ids"] = [c for s, m in zip(self.segments, self.live) for c, ok in zip(s.ids, m.tolist()) if ok]
        return self._cache["ids"]

    # -- changes ------------------------------------------------------------------------
    def updated(
        self,
        added: list[str],
        removed: set[str],
        texts_for: Callable[[list[str]], dict[str, str]],
        generation: int,
    ) -> KeywordIndex:
        """The index of the next generation: `removed` marked dead, `added` (in this order; texts
        fetched with `texts_for`, ids without a text are left out) in a new segment, then merged."""
        live = list(self.live)
        for cid in removed:
            where = self._locate(cid)
            if where is not None:
                n, pos = where
                if live[n] is self.live[n]:
                    live[n] = live[n].copy()
                live[n][pos] = False
        segments = list(self.segments)
        new = [cid for cid in dict.fromkeys(added) if cid not in removed and self._locate(cid) is None]
        texts = texts_for(new) if new else {}
        new = [cid for cid in new if cid in texts]
        if new:
            segments.append(Segment.from_tokens(new, [self.analyzer(texts[c]) or ["\u2205"] for c in new]))
            live.append(np.ones(len(new), dtype=bool))
        segments, live = _compact(segments, live)
        return KeywordIndex(segments, live, generation, self.analyzer, self.params)

    def synced(
        self, owned: list[str], texts_for: Callable[[list[str]], dict[str, str]], generation: int
    ) -> KeywordIndex:
        """The index holding exactly the chunks `owned`: only what differs is analysed."""
        keep = set(owned)
        return self.updated(owned, {c for c in self.ids if c not in keep}, texts_for, generation)

    # -- queries ------------------------------------------------------------------------
    def search(
        self, query: str, k: int, allowed: set[str] | None = None, without: frozenset[str] = frozenset()
    ) -> list[tuple[str, float]]:
        """(chunk id, BM25 score > 0), best first; stems in `without` are left out of the query
        unless nothing else is left."""
        stems = self.analyzer.query(query)
        terms = [t for t in stems if t not in without and self._df(t) > 0] or [t for t in stems if self._df(t) > 0]
        if not terms or k <= 0:
            return []
        # Every posting of every query term at once, in query order (repeated terms count again,
        # as in bm25s); np.add.at adds them in that order, in float32, as bm25s does.
        where, tfs, idfs, counts = [], [], [], []
        for term in terms:
            idf = self._idf32(term)
            for seg, offset in zip(self.segments, self._starts):
                hit = seg.postings(term)
                if hit is not None:
                    where.append(hit[0] + offset if offset else hit[0])
                    tfs.append(hit[1])
                    idfs.append(idf)
                    counts.append(len(hit[0]))
        pos = np.concatenate(where)
        tf = np.concatenate(tfs)
        idf_each = np.repeat(np.array(idfs, dtype=np.float32), counts)
        contribution = (idf_each * (tf / (self._norms()[pos] + tf))).astype(np.float32)
        scores = np.zeros(int(self._offsets[-1]), dtype=np.float32)
        np.add.at(scores, pos, contribution)
        if self._count < len(scores):
            scores[~self._live_all()] = 0.0
        if allowed is not None:
            mask = np.zeros(len(scores), dtype=bool)
            mask[[self._global(w) for c in allowed if (w := self._locate(c)) is not None]] = True
            scores = np.where(mask, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        names = self._all_ids()
        return [(names[i], s) for i, s in zip(top.tolist(), scores[top].tolist()) if s > 0]

    def holders(self, term: str) -> np.ndarray:
        """Positions (as in `positions()`) of the live chunks holding a stemmed term."""
        found = [
            offset + hit[0]
            for seg, offset in zip(self.segments, self._offsets.tolist())
            if (hit := seg.postings(term)) is not None
        ]
        at = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
        return at[self._live_all()[at]]

    def positions(self) -> list[str]:
        """The chunk id at each position of the index (removed chunks included)."""
        return self._all_ids()

    def derived(self, key: str, build: Callable[[], Any]) -> Any:
        """Data derived from this generation of the index, built once (`build()`) and kept with it."""
        cache = self._cache.setdefault("derived", {})
        if key not in cache:
            cache[key] = build()
        return cache[key]

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term (0 if no chunk has it)."""
        df = self._df(term)
        if df == 0:
            return 0.0
        return float(np.log(1 + (self._count - df + 0.5) / (df + 0.5)))

    def _idf32(self, term: str) -> np.float32:
        found = self._cache.setdefault("idf32", {})
        if term not in found:
            found[term] = self.stats.idf32(self._df(term))
        return found[term]

    def _df(self, term: str) -> int:
        """Live chunks holding `term`."""
        found = self._cache.setdefault("df", {})
        if term not in found:
            df = 0
            for seg, live in zip(self.segments, self.live):
                hit = seg.postings(term)
                if hit is not None:
                    df += int(live[hit[0]].sum())
            found[term] = df
        return found[term]

    def _global(self, where: tuple[int, int]) -> int:
        return int(self._offsets[where[0]]) + where[1]

    def _norms(self) -> np.ndarray:
        """Per position: k1 × (1 − b + b × length / mean length), in float64 as bm25s computes it."""
        if "norms" not in self._cache:
            lengths = np.concatenate([s.lengths for s in self.segments]) if self.segments else np.zeros(0, np.int32)
            k1, b = self.params
            self._cache["norms"] = k1 * ((1 - b) + b * lengths / self.stats.mean_length)
        return self._cache["norms"]

    def _live_all(self) -> np.ndarray:
        if "live" not in self._cache:
            self._cache["live"] = np.concatenate(self.live) if self.live else np.zeros(0, dtype=bool)
        return self._cache["live"]

    def _all_ids(self) -> list[str]:
        if "all" not in self._cache:
            self._cache["all"] = [c for s in self.segments for c in s.ids]
        return self._cache["all"]

    # -- persistence --------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write the segments the folder lacks, then the manifest that names them (replaced in one
        step: readers see the old generation or the new one). Segments neither this manifest nor
        the previous one names are deleted; a reader still on an older one reloads."""
        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        import fcntl

        # Under a lock: another process (an app beside a CLI ingest) may save the same folder.
        with open(folder.parent / f".{folder.name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            old = _read_manifest(folder)
            if old is None and folder.exists():  # an index of the old format, or damaged: replaced
                shutil.rmtree(folder)
            folder.mkdir(exist_ok=True)
            for seg in self.segments:
                if not (folder / f"{seg.name}.npz").exists():
                    seg.save(folder)
            previous = [s["name"] for s in old["segments"]] if old else []
            manifest = {
                "format": FORMAT,
                "generation": self.generation,
                "params": [*self.params, ANALYZER_VERSION],
                "segments": [
                    {"name": s.name, "dead": np.flatnonzero(~m).tolist()} for s, m in zip(self.segments, self.live)
                ],
                "previous": previous,
            }
            fd, tmp = tempfile.mkstemp(prefix=".manifest-", dir=folder)
            with os.fdopen(fd, "w") as f:
                json.dump(manifest, f)
            os.replace(tmp, folder / "manifest.json")
            wanted = {s.name for s in self.segments} | set(previous)
            for path in folder.glob("seg-*.npz"):
                if path.stem not in wanted:
                    path.unlink(missing_ok=True)

    @classmethod
    def load(
        cls,
        folder: Path,
        params: tuple[float, float],
        analyzer: Analyzer | None = None,
        previous: KeywordIndex | None = None,
    ) -> KeywordIndex | None:
        """The saved index (segments `previous` holds are reused), or None if missing, damaged,
        of another format or built with other BM25 parameters."""
        folder = Path(folder)
        for _ in range(3):  # a segment deleted under us: the manifest moved on, read it again
            try:
                manifest = _read_manifest(folder)
                if manifest is None or manifest["params"] != [*params, ANALYZER_VERSION]:
                    return None
                known = {s.name: s for s in previous.segments} if previous else {}
                segments, live = [], []
                for entry in manifest["segments"]:
                    seg = known.get(entry["name"]) or Segment.load(folder, entry["name"])
                    mask = np.ones(len(seg), dtype=bool)
                    mask[np.asarray(entry["dead"], dtype=np.int64)] = False
                    segments.append(seg)
                    live.append(mask)
                analyzer = analyzer or (previous.analyzer if previous else Analyzer())
                return cls(segments, live, int(manifest["generation"]), analyzer, (params[0], params[1]))
            except FileNotFoundError:
                continue
            except Exception as exc:  # derived data: anything wrong with it means "rebuild it"
                log.info("keyword index at %s unusable (%s); it will be rebuilt", folder, exc)
                return None
        return None


def _read_manifest(folder: Path) -> dict | None:
    try:
        manifest = json.loads((folder / "manifest.json").read_text())
    except (FileNotFoundError, NotADirectoryError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("format") == FORMAT else None


def _compact(segments: list[Segment], live: list[np.ndarray]) -> tuple[list[Segment], list[np.ndarray]]:
    """Segments without dead weight, and few of them: one whose removed share passes MAX_DEAD is
    rewritten, and the newest is merged into the one before while that is not MERGE_FACTOR
    times larger (so sizes fall geometrically: about log4(n) segments, each chunk rewritten
    about log4(n) times over its life)."""
    segs, masks = [], []
    for seg, mask in zip(segments, live):
        alive = int(mask.sum())
        if alive == 0:
            continue
        if len(seg) - alive > MAX_DEAD * len(seg):
            seg, mask = Segment.merged([(seg, mask)]), np.ones(alive, dtype=bool)
        segs.append(seg)
        masks.append(mask)
    while len(segs) > 1 and int(masks[-2].sum()) <= MERGE_FACTOR * int(masks[-1].sum()):
        seg = Segment.merged([(segs[-2], masks[-2]), (segs[-1], masks[-1])])
        segs[-2:] = [seg]
        masks[-2:] = [np.ones(len(seg), dtype=bool)]
    return segs, masks
