"""The embedding model: counts word pieces cheaply, loads the network only to embed.

Counting tokens needs only the `tokenizers` library (fast to import), so chunking a changed
file never loads a model; the network is loaded on the first `embed` call, and never when
nothing needs embedding. Two engines run the same model: onnxruntime (the default: faster,
and a cold start without torch) and sentence-transformers on torch (setting `embedder`).
"""

from __future__ import annotations

import importlib.util
import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from dragoman.index.errors import EmbedderError
from dragoman.index.settings import IndexSettings

log = logging.getLogger(__name__)

# What "auto" picks for a new store, measured with bench/ingest.py (README, "Embedding engines").
AUTO_ENGINE = "onnx-int8"
INT8_SUFFIX = "+int8"

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


class _TransformerEmbedder:
    """Tokenizing, truncating, batching and mean pooling, shared by the two engines below: each
    gives the token embeddings of a padded batch (`_hidden`), so both pool the same way."""

    engine = ""

    def __init__(self, name: str, path: str, batch_size: int = 32):
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
        self._model: Any = None  # the engine's model, loaded on first use
        # token embeddings pooled here (else the engine's own encode; torch only, see `unsupported`)
        self._direct = not unsupported(folder)

    @property
    def loaded(self) -> bool:
        """True once the network weights were loaded (tests use this)."""
        return self._model is not None

    def model(self) -> Any:
        """The loaded network (loaded on the first call)."""
        raise NotImplementedError

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

    def embed(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        return self.embed_chunks(texts, None, progress)[0]

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    def embed_few(self, texts: Sequence[str]) -> np.ndarray:
        """A handful of texts at question time."""
        return self.embed(texts) if texts else np.zeros((0, 0), np.float32)

    def embed_chunks(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]] | None, progress: Progress | None = None
    ) -> tuple[np.ndarray, list[np.ndarray | None]]:
        """Vectors of texts and, in the same forward pass, of the given sentence spans of each
        text (character offsets): each sentence's token embeddings mean-pooled in the context of
        its whole chunk ("late chunking", Günther et al. 2024). Answering then embeds only the
        question; on the dev set these score the answer sentences at least as well as embedding
        each sentence alone (docs/quality.md). Rows of a sentence with no word piece, or cut
        off by truncation, are zero. Models other than a mean-pooled BERT give None."""
        texts = list(texts)
        sentence_vectors: list[np.ndarray | None] = [None] * len(texts)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32), sentence_vectors
        self.model()
        # Sort by length so each batch pads little; restore order after.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out: np.ndarray | None = None
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            batch = [texts[i] for i in idx]
            if self._direct:
                tokens, offsets, read_up_to = self._forward(batch)
                counts = np.array([[len(o)] for o in offsets], dtype=np.float32)
                vectors = _normalise(tokens.sum(1) / counts)  # mean over real tokens, as Pooling does
                if spans is not None:
                    for row, i in enumerate(idx):
                        sentence_vectors[i] = _pool_spans(tokens[row], offsets[row], spans[i], read_up_to[row])
            else:
                vectors = self._encode(batch)
            if out is None:
                out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
            out[idx] = vectors
            if progress:
                progress(len(idx))
        assert out is not None
        return out, sentence_vectors

    def _forward(self, texts: list[str]) -> tuple[np.ndarray, list[list[tuple[int, int]]], list[int | None]]:
        """Token embeddings (padding rows zero), each token's character span (specials (0, 0)),
        and for each truncated text the offset where the model stopped reading (else None).
        Truncation as sentence-transformers does it: the first max_tokens word pieces, [SEP] last."""
        encodings = self._tok().encode_batch(texts, add_special_tokens=True)
        limit = self.max_tokens + 2
        ids = [e.ids if len(e.ids) <= limit else e.ids[: limit - 1] + e.ids[-1:] for e in encodings]
        offsets = [e.offsets[: len(i) - 1] + [(0, 0)] for e, i in zip(encodings, ids)]  # [SEP] kept last
        read_up_to = [
            max((b for _, b in o), default=0) if len(e.ids) > limit else None for e, o in zip(encodings, offsets)
        ]
        input_ids = np.zeros((len(ids), max(len(i) for i in ids)), dtype=np.int64)
        mask = np.zeros_like(input_ids)
        for row, i in enumerate(ids):
            input_ids[row, : len(i)] = i
            mask[row, : len(i)] = 1
        hidden = self._hidden(input_ids, mask) * mask[..., None]
        return hidden.astype(np.float32, copy=False), offsets, read_up_to

    def _hidden(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def _encode(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError


class SentenceTransformerEmbedder(_TransformerEmbedder):
    """A sentence-transformers model (torch) loaded from a local folder (never a hub name)."""

    engine = "torch"

    def model(self):
        if self._model is None:
            log.info("loading embedding model %s from %s", self.name, self.path)
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            model = SentenceTransformer(self.path, device="cpu")
            model.eval()
            self._model = model
        return self._model

    def _hidden(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The same computation as `SentenceTransformer.encode` for a mean-pooled model (a test
        checks the vectors agree), called directly because encode spends ~2 ms per call on
        set-up (eval(), device moves, feature checks): as much as a short query's forward pass."""
        import torch

        ids, attention = torch.from_numpy(input_ids), torch.from_numpy(mask)
        with torch.inference_mode():
            out = self._model[0].auto_model(
                input_ids=ids, attention_mask=attention, token_type_ids=torch.zeros_like(ids)
            )
        return out.last_hidden_state.float().numpy()

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )


class OnnxEmbedder(_TransformerEmbedder):
    """The same model run by onnxruntime (index/onnx_model.py builds the graph once, from the
    local folder). Own code because sentence-transformers' ONNX backend imports torch (~7 s,
    more than a cold `dragoman ask` may take) and needs optimum; this needs neither at run time."""

    def __init__(self, name: str, path: str, batch_size: int = 32, variant: str = "fp32", cache_dir=None):
        # int8 reads one text per run: dynamic quantization scales each activation tensor as a
        # whole, so padding and batch neighbours would change a text's vector (by ~0.01); without
        # padding it also measured faster than batches of 32 (README, "Embedding engines").
        super().__init__(name, path, 1 if variant == "int8" else batch_size)
        self.variant = variant
        self.engine = "onnx" if variant == "fp32" else f"onnx-{variant}"
        self.cache_dir = cache_dir

    def model(self):
        if self._model is None:
            from dragoman.index import onnx_model

            path = onnx_model.model_file(self.path, self.variant, self.cache_dir)
            log.info("loading embedding model %s (%s) from %s", self.name, self.engine, path)
            self._model = onnx_model.session(path)
        return self._model

    def _hidden(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        feeds = {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": np.zeros_like(input_ids)}
        return self._model.run(None, feeds)[0]


def unsupported(folder: Path) -> str:
    """Why token embeddings + mean pooling here would not reproduce this sentence-transformers
    model ("" when they do): it must be a BERT (its tokenizer's offsets never include the space
    before a word) read as is (no prompt, no lower-casing), mean-pooled, then normalised. Read
    from the model's configuration files, so deciding costs no model load. Unsupported models
    run through `SentenceTransformer.encode` (torch only), and answering embeds sentences then."""
    try:
        modules = _json(folder / "modules.json")
        kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
        if kinds not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
            return f"its modules are {kinds}, not Transformer, Pooling (mean)"
        pooling = _json(folder / modules[1]["path"] / "config.json")
        modes = {k for k, v in pooling.items() if k.startswith("pooling_mode_") and v is True}
        if pooling.get("pooling_mode", "mean" if modes == {"pooling_mode_mean_tokens"} else "") != "mean":
            return "its pooling is not mean pooling"
        if _json(folder / "config.json").get("model_type") != "bert":
            return "it is not a BERT model"
        st = folder / "sentence_bert_config.json"
        if st.exists() and _json(st).get("do_lower_case"):
            return "it lower-cases its input"
        cfg = folder / "config_sentence_transformers.json"
        if cfg.exists() and (any((_json(cfg).get("prompts") or {}).values()) or _json(cfg).get("default_prompt_name")):
            return "it adds a prompt to its input"
    except (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        return f"its sentence-transformers configuration cannot be read ({exc})"
    return ""


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


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


def _max_seq_length(folder: Path) -> int:
    cfg = folder / "sentence_bert_config.json"
    if cfg.exists():
        return int(_json(cfg).get("max_seq_length", 256))
    return 256


def store_model_name(model_name: str, engine: str) -> str:
    """The model name a store records: int8 vectors are not mixed with fp32 ones (README)."""
    return model_name + INT8_SUFFIX if engine == "onnx-int8" else model_name


def choose_engine(settings: IndexSettings, recorded: str | None = None) -> str:
    """The engine for `settings.embedder`. "auto": the one that wrote the store's vectors
    (`recorded`, torch's counting as ONNX fp32's: they agree to 1e-6), else AUTO_ENGINE,
    else torch when ONNX cannot run the model."""
    folder = Path(settings.resolved_model_path())
    wanted = settings.embedder
    problem = unsupported(folder) if wanted != "torch" else ""
    if not problem and wanted != "torch" and importlib.util.find_spec("onnxruntime") is None:
        problem = "onnxruntime is not installed"
    if wanted == "auto":
        if problem:
            log.info("embedding with torch: ONNX cannot run %s (%s)", folder, problem)
            return "torch"
        if recorded == store_model_name(settings.model_name, "onnx-int8"):
            return "onnx-int8"
        return "onnx" if recorded == settings.model_name else AUTO_ENGINE
    if problem:
        raise EmbedderError(f"setting 'embedder' is {wanted!r}, but ONNX cannot run {folder}: {problem}; use torch")
    return wanted


def default_embedder(settings: IndexSettings, recorded: str | None = None) -> Embedder:
    """The embedder `settings` ask for; `recorded` is the model name the store holds, if any."""
    engine = choose_engine(settings, recorded)
    name, path, batch = (
        store_model_name(settings.model_name, engine),
        settings.resolved_model_path(),
        settings.embed_batch_size,
    )
    if engine == "torch":
        return SentenceTransformerEmbedder(name, path, batch)
    variant = "int8" if engine == "onnx-int8" else "fp32"
    return OnnxEmbedder(name, path, batch, variant, settings.cache_dir)
