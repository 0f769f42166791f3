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
from pathlib import Path
from typing import Iterable

import numpy as np

log = logging.getLogger(__name__)
logging.getLogger("bm25s").setLevel(logging.WARNING)

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_EXTRA_STOP = {"it", "its", "has", "have", "had", "up", "from", "about", "can", "could", "would", "should", "also",
               "may", "might", "must", "been", "being", "did", "does", "do", "which", "who", "whom", "whose", "what"}
# Words about the question itself rather than its subject ("in the document",
# "according to the context", "briefly explain"): dropped from keyword queries.
QUERY_NOISE = {"document", "documents", "mentioned", "mention", "discussed", "discuss", "described", "describe",
               "according", "context", "information", "provided", "provide", "explain", "briefly", "text",
               "passage", "given", "least", "examples", "example", "specific", "specifically", "some", "main"}


class Analyzer:
    """Lower-case word tokens, English stop words removed, Snowball-stemmed."""

    def __init__(self) -> None:
        import Stemmer
        from bm25s.stopwords import STOPWORDS_EN

        self._stem = Stemmer.Stemmer("english").stemWords
        self._stop = set(STOPWORDS_EN) | _EXTRA_STOP

    def words(self, text: str) -> list[str]:
        return [w for w in _TOKEN.findall(text.lower()) if len(w) > 1 and w not in self._stop]

    def __call__(self, text: str) -> list[str]:
        return self._stem(self.words(text))

    def query(self, text: str) -> list[str]:
        """Stems of a query, without words that only frame the question."""
        words = [w for w in self.words(text) if w not in QUERY_NOISE]
        return self._stem(words) if words else self(text)


class KeywordIndex:
    def __init__(self, ids: list[str], bm25, generation: int, analyzer: Analyzer, params: tuple[float, float]):
        self.ids = ids
        self.params = params  # (k1, b)
        self.bm25 = bm25
        self.generation = generation
        self.analyzer = analyzer
        self._id_set = frozenset(ids)

    def __contains__(self, chunk_id: str) -> bool:
        return chunk_id in self._id_set

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, items: Iterable[tuple[str, str]], generation: int, params: tuple[float, float] = (1.0, 0.6),
              analyzer: Analyzer | None = None) -> "KeywordIndex":
        import bm25s

        analyzer = analyzer or Analyzer()
        ids, tokens = [], []
        for chunk_id, text in items:
            ids.append(chunk_id)
            tokens.append(analyzer(text) or ["\u2205"])
        bm25 = bm25s.BM25(k1=params[0], b=params[1])
        if ids:
            bm25.index(tokens, show_progress=False)
        return cls(ids, bm25 if ids else None, generation, analyzer, params)

    def search(self, query: str, k: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """(chunk id, BM25 score > 0), best first."""
        if self.bm25 is None:
            return []
        terms = [t for t in self.analyzer.query(query) if t in self.bm25.vocab_dict]
        if not terms:
            return []
        scores = self.bm25.get_scores(terms)
        if allowed is not None:
            mask = np.fromiter((i in allowed for i in self.ids), dtype=bool, count=len(self.ids))
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
        (tmp / "generation").write_text(str(self.generation))
        (tmp / "params.json").write_text(json.dumps(list(self.params)))
        old = folder.with_name(folder.name + ".old")
        if folder.exists():
            shutil.rmtree(old, ignore_errors=True)
            os.replace(folder, old)
        os.replace(tmp, folder)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path, params: tuple[float, float], analyzer: Analyzer | None = None) -> "KeywordIndex | None":
        """The saved index, or None if missing, damaged or built with other BM25 parameters."""
        import bm25s

        folder = Path(folder)
        try:
            generation = int((folder / "generation").read_text())
            if tuple(json.loads((folder / "params.json").read_text())) != tuple(params):
                return None
            ids = json.loads((folder / "ids.json").read_text())
            bm25 = bm25s.BM25.load(str(folder / "bm25"), mmap=True) if ids else None
        except (OSError, ValueError) as exc:
            log.info("keyword index at %s unusable (%s); it will be rebuilt", folder, exc)
            return None
        return cls(ids, bm25, generation, analyzer or Analyzer(), tuple(params))
