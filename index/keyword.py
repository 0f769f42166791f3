"""BM25 keyword index (bm25s) over the chunks in Chroma, persisted beside the store.

The index is derived data: it is rebuilt from Chroma's chunk texts whenever the
store's generation moves on, and records the generation it was built from, so a
reader can always tell whether it agrees with Chroma. Several processes sharing
one Chroma server each keep their own local copy and rebuild on a new generation.
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

import numpy as np

log = logging.getLogger(__name__)


def _bm25s():
    """bm25s, imported late (it is not needed to answer `--help`); it sets its logger to DEBUG on import."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# fmt: off
_EXTRA_STOP = {"it", "its", "has", "have", "had", "up", "from", "about", "can", "could", "would", "should", "also",
               "may", "might", "must", "been", "being", "did", "does", "do", "which", "who", "whom", "whose", "what"}
# Words about the question itself rather than its subject ("in the document",
# "according to the context", "briefly explain"): dropped from keyword queries.
QUERY_NOISE = {"document", "documents", "mentioned", "mention", "discussed", "discuss", "described", "describe",
               "according", "context", "information", "provided", "provide", "explain", "briefly", "text",
               "passage", "given", "least", "examples", "example", "specific", "specifically", "some", "main"}
# fmt: on


class Analyzer:
    """Lower-case word tokens, English stop words removed, Snowball-stemmed."""

    def __init__(self) -> None:
        import Stemmer
        from bm25s.stopwords import STOPWORDS_EN

        self._stem = Stemmer.Stemmer("english").stemWords
        self._stop = set(STOPWORDS_EN) | _EXTRA_STOP

    def stem(self, words: list[str]) -> list[str]:
        return self._stem(words)

    def words(self, text: str) -> list[str]:
        return [w for w in _TOKEN.findall(text.lower()) if len(w) > 1 and w not in self._stop]

    def __call__(self, text: str) -> list[str]:
        return self._stem(self.words(text))

    def query(self, text: str) -> list[str]:
        """Stems of a query, without words that only frame the question."""
        words = [w for w in self.words(text) if w not in QUERY_NOISE]
        return self._stem(words) if words else self(text)


ANALYZER_VERSION = 1  # bump when Analyzer changes: cached tokens are then recomputed


class KeywordIndex:
    """BM25 over chunk ids, plus each chunk's token ids so a rebuild re-analyses only new chunks."""

    def __init__(
        self,
        ids: list[str],
        bm25,
        generation: int,
        analyzer: Analyzer,
        params: tuple[float, float],
        vocab: dict[str, int],
        flat: np.ndarray,
        offsets: np.ndarray,
    ):
        self.ids = ids
        self.params = params  # (k1, b)
        self.bm25 = bm25
        self.generation = generation
        self.analyzer = analyzer
        self.vocab = vocab  # term -> id, append-only across rebuilds
        self._flat = flat  # token ids of all chunks, concatenated
        self._offsets = offsets  # chunk i's tokens are _flat[_offsets[i]:_offsets[i + 1]]
        self._pos = {cid: i for i, cid in enumerate(ids)}

    def __contains__(self, chunk_id: str) -> bool:
        return chunk_id in self._pos

    def __len__(self) -> int:
        return len(self.ids)

    def tokens_of(self, chunk_id: str) -> np.ndarray | None:
        i = self._pos.get(chunk_id)
        return None if i is None else np.asarray(self._flat[self._offsets[i] : self._offsets[i + 1]])

    @classmethod
    def build(
        cls,
        ids: list[str],
        texts_for: Callable[[list[str]], dict[str, str]],
        generation: int,
        params: tuple[float, float] = (1.0, 0.6),
        previous: KeywordIndex | None = None,
        analyzer: Analyzer | None = None,
    ) -> KeywordIndex:
        """Index `ids`; tokens of chunks `previous` already knew are reused, only the others
        are fetched (`texts_for`) and analysed, so an ingest pays for what changed."""
        bm25s = _bm25s()
        from bm25s.tokenization import Tokenized

        analyzer = analyzer or (previous.analyzer if previous else Analyzer())
        vocab = dict(previous.vocab) if previous else {}
        known = {cid: previous.tokens_of(cid) for cid in ids if previous and cid in previous}
        missing = [cid for cid in ids if cid not in known]
        texts = texts_for(missing) if missing else {}
        tokens: list[np.ndarray] = []
        kept_ids: list[str] = []
        for cid in ids:
            arr = known.get(cid)
            if arr is None:
                if cid not in texts:
                    continue  # listed by a document but not in the store: the next ingest repairs it
                terms = analyzer(texts[cid]) or ["\u2205"]
                arr = np.fromiter((vocab.setdefault(t, len(vocab)) for t in terms), dtype=np.int32, count=len(terms))
            tokens.append(arr)
            kept_ids.append(cid)
        offsets = np.zeros(len(tokens) + 1, dtype=np.int64)
        np.cumsum([len(t) for t in tokens], out=offsets[1:])
        flat = np.concatenate(tokens) if tokens else np.zeros(0, dtype=np.int32)
        bm25 = None
        if kept_ids:
            bm25 = bm25s.BM25(k1=params[0], b=params[1])
            bm25.index(Tokenized(ids=tokens, vocab=dict(vocab)), show_progress=False)
        return cls(kept_ids, bm25, generation, analyzer, (params[0], params[1]), vocab, flat, offsets)

    def search(self, query: str, k: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """(chunk id, BM25 score > 0), best first."""
        if self.bm25 is None:
            return []
        terms = [t for t in self.analyzer.query(query) if t in self.bm25.vocab_dict]
        if not terms:
            return []
        scores = self.bm25.get_scores(terms)
        if allowed is not None:
            mask = np.zeros(len(self.ids), dtype=bool)
            mask[[self._pos[c] for c in allowed if c in self._pos]] = True
            scores = np.where(mask, scores, 0.0)
        k = min(k, len(self.ids))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term (0 if unseen)."""
        if self.bm25 is None or term not in self.bm25.vocab_dict:
            return 0.0
        df = self._doc_freqs().get(term, 0)
        n = len(self.ids)
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def _doc_freqs(self) -> dict[str, int]:
        if not hasattr(self, "_df"):
            indptr = np.asarray(self.bm25.scores["indptr"])
            counts = np.diff(indptr)
            self._df = {term: int(counts[i]) for term, i in self.bm25.vocab_dict.items() if i < len(counts)}
        return self._df

    # -- persistence ------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write to a temporary folder, then swap it in: readers never see half an index."""
        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".keyword-", dir=folder.parent))
        if self.bm25 is not None:
            self.bm25.save(str(tmp / "bm25"))
        (tmp / "ids.json").write_text(json.dumps(self.ids))
        (tmp / "vocab.json").write_text(json.dumps(self.vocab))
        np.save(tmp / "tokens.npy", np.asarray(self._flat))
        np.save(tmp / "offsets.npy", self._offsets)
        (tmp / "generation").write_text(str(self.generation))
        (tmp / "params.json").write_text(json.dumps([*self.params, ANALYZER_VERSION]))
        import fcntl

        # Swap under a lock: another process (an app beside a CLI ingest) may save the same folder.
        with open(folder.parent / f".{folder.name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            old = Path(tempfile.mkdtemp(prefix=".keyword-old-", dir=folder.parent))
            if folder.exists():
                os.replace(folder, old / "index")
            os.replace(tmp, folder)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path, params: tuple[float, float], analyzer: Analyzer | None = None) -> KeywordIndex | None:
        """The saved index, or None if missing, damaged or built with other BM25 parameters."""
        bm25s = _bm25s()

        folder = Path(folder)
        try:
            generation = int((folder / "generation").read_text())
            if json.loads((folder / "params.json").read_text()) != [*params, ANALYZER_VERSION]:
                return None
            ids = json.loads((folder / "ids.json").read_text())
            vocab = json.loads((folder / "vocab.json").read_text())
            flat = np.load(folder / "tokens.npy", mmap_mode="r")
            offsets = np.load(folder / "offsets.npy")
            bm25 = bm25s.BM25.load(str(folder / "bm25"), mmap=True) if ids else None
            if len(offsets) != len(ids) + 1 or (ids and offsets[-1] != len(flat)):
                raise ValueError("token arrays do not match the chunk ids")
        except Exception as exc:  # derived data: anything wrong with it means "rebuild it"
            log.info("keyword index at %s unusable (%s); it will be rebuilt", folder, exc)
            return None
        return cls(ids, bm25, generation, analyzer or Analyzer(), (params[0], params[1]), vocab, flat, offsets)
