"""A NumPy forward pass of a BERT sentence encoder (mean pooling, normalised).

Why not sentence-transformers here: importing it (with torch) takes ~7 s, which
alone breaks the goal of a cold `dragoman ask` under 5 s. A query is a few dozen
word pieces, so NumPy computes the same vector in milliseconds. Ingestion still
uses sentence-transformers (batched, faster for thousands of chunks); a test
checks that both give the same vectors.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): exact-GELU as BERT uses it.
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    y = 1.0 - (
        ((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592
    ) * t * np.exp(-x * x)
    return sign * y


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


class NumpyBertEncoder:
    def __init__(self, folder: str | Path, tokenizer):
        from safetensors.numpy import load_file

        folder = Path(folder)
        cfg = json.loads((folder / "config.json").read_text())
        if cfg.get("model_type") != "bert":
            raise ValueError(f"{folder} is not a BERT model; NumpyBertEncoder cannot run it")
        self.heads = cfg["num_attention_heads"]
        self.layers = cfg["num_hidden_layers"]
        self.eps = cfg.get("layer_norm_eps", 1e-12)
        w = {
            k.removeprefix("bert."): v.astype(np.float32)
            for k, v in load_file(str(folder / "model.safetensors")).items()
        }
        # Pre-transpose and fuse Q, K, V once, so a query is a handful of matmuls.
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            a = p + "attention.self."
            w[p + "qkv.weight"] = np.ascontiguousarray(
                np.concatenate([w[a + "query.weight"], w[a + "key.weight"], w[a + "value.weight"]]).T
            )
            w[p + "qkv.bias"] = np.concatenate([w[a + "query.bias"], w[a + "key.bias"], w[a + "value.bias"]])
            for name in ("attention.output.dense", "intermediate.dense", "output.dense"):
                w[p + name + ".weight"] = np.ascontiguousarray(w[p + name + ".weight"].T)
        self.w = w
        self.tokenizer = tokenizer

    def encode(self, text: str, max_tokens: int) -> np.ndarray:
        ids = self.tokenizer.encode(text, add_special_tokens=True).ids
        if len(ids) > max_tokens + 2:
            ids = ids[: max_tokens + 1] + ids[-1:]
        w = self.w
        n = len(ids)
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:n]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        d = x.shape[1]
        hd = d // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            qkv = x @ w[p + "qkv.weight"] + w[p + "qkv.bias"]
            q, k, v = qkv[:, :d], qkv[:, d : 2 * d], qkv[:, 2 * d :]
            q, k, v = (m.reshape(n, self.heads, hd).transpose(1, 0, 2) for m in (q, k, v))
            att = q @ k.transpose(0, 2, 1) / np.sqrt(hd)
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(1, 0, 2).reshape(n, d)
            out = ctx @ w[p + "attention.output.dense.weight"] + w[p + "attention.output.dense.bias"]
            x = _layer_norm(
                out + x, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], self.eps
            )
            h = x @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"]
            h = 0.5 * h * (1.0 + _erf(h / np.sqrt(2.0)))
            out = h @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"]
            x = _layer_norm(out + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        vec = x.mean(0)
        return (vec / max(np.linalg.norm(vec), 1e-12)).astype(np.float32)
