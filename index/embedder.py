"""The embedding model: counts word pieces cheaply, loads the network only to embed.

Counting tokens needs only the `tokenizers` library (fast to import), so chunking
a changed file never pays for importing torch; the SentenceTransformer itself is
loaded on the first `embed` call, and never when nothing needs embedding.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


class Embedder(Protocol):
    name: str
    max_tokens: int  # content word pieces the model reads (specials excluded)

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...

    def token_offsets(self, text: str) -> list[tuple[int, int]]: ...

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...

    def embed_few(self, texts: Sequence[str]) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder (never a hub name)."""

    def __init__(self, name: str, path: str, batch_size: int = 32, query_encoder: str = "torch"):
        folder = Path(path)
        if not (folder / "modules.json").exists() and not (folder / "config.json").exists():
            raise FileNotFoundError(
                f"no sentence-transformers model in {folder}: set DRAGOMAN_MODEL_PATH to a local model folder"
            )
        self.name = name
        self.path = str(folder)
        self.batch_size = batch_size
        self.max_tokens = _max_seq_length(folder) - 2  # [CLS] and [SEP]
        self._tokenizer = None
        self._model = None
        # "numpy": queries never import torch (fast start for one-shot CLI commands);
        # "torch": queries use the loaded model (faster per query in long-lived processes).
        self._query_encoder = None if query_encoder == "numpy" else False

    @property
    def loaded(self) -> bool:
        """True once the network weights were loaded (tests use this)."""
        return self._model is not None

    def _tok(self):
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(Path(self.path) / "tokenizer.json"))
            tok.no_truncation()
            tok.no_padding()
            self._tokenizer = tok
        return self._tokenizer

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        encodings = self._tok().encode_batch(list(texts), add_special_tokens=False)
        return [len(e.ids) for e in encodings]

    def token_offsets(self, text: str) -> list[tuple[int, int]]:
        return list(self._tok().encode(text, add_special_tokens=False).offsets)

    def model(self):
        if self._model is None:
            log.info("loading embedding model %s from %s", self.name, self.path)
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            self._model = SentenceTransformer(self.path, device="cpu")
        return self._model

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        model = self.model()
        # Sort by length so each batch pads little; restore order after.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), _dimension(model)), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            vecs = model.encode(
                [texts[i] for i in idx],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            out[idx] = vecs
            if progress:
                progress(len(idx))
        return out

    def embed_few(self, texts: Sequence[str]) -> np.ndarray:
        """A handful of texts at question time, with the same engine as queries."""
        if self._model is None and self._query_encoder is not False:
            return np.stack([self.embed_query(t) for t in texts]) if texts else np.zeros((0, 0), np.float32)
        return self.model().encode(list(texts), batch_size=len(texts) or 1, normalize_embeddings=True,
                                   convert_to_numpy=True, show_progress_bar=False)

    def embed_query(self, text: str) -> np.ndarray:
        """One query: NumPy when the model is a BERT (no torch import), else the full model."""
        if self._model is None and self._query_encoder is not False:
            try:
                if self._query_encoder is None:
                    from index.numpy_bert import NumpyBertEncoder

                    self._query_encoder = NumpyBertEncoder(self.path, self._tok())
                return self._query_encoder.encode(text, self.max_tokens)
            except (ValueError, KeyError, OSError) as exc:
                log.info("NumPy query encoder unavailable (%s); using sentence-transformers", exc)
                self._query_encoder = False
        return self.model().encode([text], normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)[0]


def _dimension(model) -> int:
    get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    return int(get())


def _max_seq_length(folder: Path) -> int:
    import json

    cfg = folder / "sentence_bert_config.json"
    if cfg.exists():
        return int(json.loads(cfg.read_text()).get("max_seq_length", 256))
    return 256


def default_embedder(settings) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(settings.model_name, settings.resolved_model_path(), settings.embed_batch_size,
                                       settings.query_encoder)
