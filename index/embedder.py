"""The embedding model: counts word pieces cheaply, loads the network only to embed.

Counting tokens needs only the `tokenizers` library (fast to import), so chunking
a changed file never pays for importing torch; the SentenceTransformer itself is
loaded on the first `embed` call, and never when nothing needs embedding.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from dragoman.index.settings import IndexSettings

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

    def embed_chunks(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]] | None, progress: Progress | None = None
    ) -> tuple[np.ndarray, list[np.ndarray | None]]: ...


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
        self._tokenizer: Any = None  # tokenizers.Tokenizer, loaded on first use
        self._model: Any = None  # SentenceTransformer, loaded on first use
        self._direct = False  # forward pass without SentenceTransformer.encode (see _forward)
        # "numpy": queries never import torch (fast start for one-shot CLI commands);
        # "torch": queries use the loaded model (faster per query in long-lived processes).
        self._query_encoder: Any = None if query_encoder == "numpy" else False  # NumpyBertEncoder once loaded

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
            model = SentenceTransformer(self.path, device="cpu")
            model.eval()
            self._direct = _mean_pooled_transformer(model)
            self._model = model
        return self._model

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        return self.embed_chunks(texts, None, progress)[0]

    def embed_chunks(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]] | None, progress: Progress | None = None
    ) -> tuple[np.ndarray, list[np.ndarray | None]]:
        """Vectors of texts and, in the same forward pass, of the given sentence spans of each
        text (character offsets): each sentence's token embeddings mean-pooled in the context of
        its whole chunk ("late chunking", Günther et al. 2024). Answering then embeds only the
        question; on the dev set these score the answer sentences at least as well as embedding
        each sentence alone (README, "Quality"). Rows of a sentence with no word piece, or cut
        off by truncation, are zero. Models other than a mean-pooled BERT give None."""
        texts = list(texts)
        sentence_vectors: list[np.ndarray | None] = [None] * len(texts)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32), sentence_vectors
        model = self.model()
        # Sort by length so each batch pads little; restore order after.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), _dimension(model)), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            batch = [texts[i] for i in idx]
            if self._direct:
                tokens, offsets, read_up_to = self._forward(batch)
                counts = np.array([[len(o)] for o in offsets], dtype=np.float32)
                out[idx] = _normalise(tokens.sum(1) / counts)  # mean over real tokens, as Pooling does
                if spans is not None:
                    for row, i in enumerate(idx):
                        sentence_vectors[i] = _pool_spans(tokens[row], offsets[row], spans[i], read_up_to[row])
            else:
                out[idx] = model.encode(
                    batch,
                    batch_size=self.batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                )
            if progress:
                progress(len(idx))
        return out, sentence_vectors

    def _forward(self, texts: list[str]) -> tuple[np.ndarray, list[list[tuple[int, int]]], list[int | None]]:
        """Token embeddings (padding rows zero), each token's character span (specials (0, 0)),
        and for each truncated text the offset where the model stopped reading (else None).

        The same computation as `SentenceTransformer.encode` for a mean-pooled model (a test
        checks the vectors agree), called directly because encode spends ~2 ms per call on
        set-up (eval(), device moves, feature checks): as much as a short query's forward pass."""
        import torch

        encodings = self._tok().encode_batch(texts, add_special_tokens=True)
        limit = self.max_tokens + 2
        ids = [e.ids if len(e.ids) <= limit else e.ids[: limit - 1] + e.ids[-1:] for e in encodings]
        offsets = [e.offsets[: len(i) - 1] + [(0, 0)] for e, i in zip(encodings, ids)]  # [SEP] kept last
        read_up_to = [
            max((b for _, b in o), default=0) if len(e.ids) > limit else None for e, o in zip(encodings, offsets)
        ]
        width = max(len(i) for i in ids)
        input_ids = torch.zeros((len(ids), width), dtype=torch.long)
        mask = torch.zeros((len(ids), width), dtype=torch.long)
        for row, i in enumerate(ids):
            input_ids[row, : len(i)] = torch.tensor(i)
            mask[row, : len(i)] = 1
        with torch.inference_mode():
            hidden = (
                self._model[0]
                .auto_model(input_ids=input_ids, attention_mask=mask, token_type_ids=torch.zeros_like(input_ids))
                .last_hidden_state
            )
            hidden = hidden * mask.unsqueeze(-1)
        return hidden.float().numpy(), offsets, read_up_to

    def embed_few(self, texts: Sequence[str]) -> np.ndarray:
        """A handful of texts at question time, with the same engine as queries."""
        if not texts:
            return np.zeros((0, 0), np.float32)
        if self._model is None and self._query_encoder is not False:
            return np.stack([self.embed_query(t) for t in texts])
        return self.embed(texts)

    def embed_query(self, text: str) -> np.ndarray:
        """One query: NumPy when the model is a BERT (no torch import), else the full model."""
        if self._model is None and self._query_encoder is not False:
            try:
                if self._query_encoder is None:
                    from dragoman.index.numpy_bert import NumpyBertEncoder

                    self._query_encoder = NumpyBertEncoder(self.path, self._tok())
                return self._query_encoder.encode(text, self.max_tokens)
            except (ValueError, KeyError, OSError) as exc:
                log.info("NumPy query encoder unavailable (%s); using sentence-transformers", exc)
                self._query_encoder = False
        return self.embed([text])[0]


def _mean_pooled_transformer(model) -> bool:
    """True when the model is exactly transformer -> mean pooling (-> normalise), with the
    text passed to the tokenizer as it is (no prompt, no lower-casing) and a BERT-style
    tokenizer whose offsets never include the space before a word: then `_forward`
    reproduces `encode` (a test checks it for the bundled model). Otherwise `encode` is
    used, and answering embeds sentences at question time."""
    names = [type(m).__name__ for m in model]
    if names not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        return False
    config = model[1].get_config_dict()
    modes = {k for k, v in config.items() if k.startswith("pooling_mode_") and v is True}
    mean = config.get("pooling_mode") == "mean" if "pooling_mode" in config else modes == {"pooling_mode_mean_tokens"}
    prompted = bool(getattr(model, "prompts", None)) and any(getattr(model, "prompts", {}).values())
    prompted = prompted or getattr(model, "default_prompt_name", None) is not None
    bert = getattr(getattr(model[0], "auto_model", None), "config", None)
    return bool(
        mean
        and not prompted
        and not getattr(model[0], "do_lower_case", False)
        and getattr(bert, "model_type", "") == "bert"
    )


def _normalise(m: np.ndarray) -> np.ndarray:
    return m / np.maximum(np.linalg.norm(m, axis=-1, keepdims=True), 1e-12)


def _pool_spans(
    tokens: np.ndarray, offsets: list[tuple[int, int]], spans: Sequence[tuple[int, int]], read_up_to: int | None = None
) -> np.ndarray:
    """Mean of the token embeddings lying inside each character span, normalised; `read_up_to`
    is where the model stopped reading a truncated text."""
    starts = np.array([a for a, _ in offsets])
    ends = np.array([b for _, b in offsets])
    real = ends > starts  # specials and padding have empty spans
    out = np.zeros((len(spans), tokens.shape[-1]), dtype=np.float32)
    for row, (a, b) in enumerate(spans):
        inside = real & (starts >= a) & (ends <= b)
        if inside.any() and (read_up_to is None or b <= read_up_to):  # cut by truncation: no vector
            out[row] = tokens[: len(offsets)][inside].mean(0)
    return _normalise(out) * (np.abs(out).sum(-1, keepdims=True) > 0)


def _dimension(model) -> int:
    get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    return int(get())


def _max_seq_length(folder: Path) -> int:
    import json

    cfg = folder / "sentence_bert_config.json"
    if cfg.exists():
        return int(json.loads(cfg.read_text()).get("max_seq_length", 256))
    return 256


def default_embedder(settings: IndexSettings) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(
        settings.model_name, settings.resolved_model_path(), settings.embed_batch_size, settings.query_encoder
    )
