"""The embedding model as an ONNX Runtime graph, exported once from the local model folder.

Export: transformers' BertModel traced by `torch.onnx.export`, attention and layer norms fused
by onnxruntime's transformer optimizer, and for "int8" the weights of every MatMul quantized
per channel (`quantize_dynamic`; the word-embedding table stays fp32: quantizing it costs
quality and no time). Before a file is published it is checked against torch on probe texts.

The files live in a cache folder (`cache_dir`, default ~/.cache/dragoman/onnx), keyed by the
model folder, its weights (size, mtime), the onnxruntime version and EXPORT_VERSION. A build is
done under an flock, written to a temporary file and renamed into place: a process racing
another waits for it and then uses its file; no reader ever sees half a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from dragoman.index.errors import EmbedderError

log = logging.getLogger(__name__)

VARIANTS = ("fp32", "int8")
EXPORT_VERSION = 1  # bump when the export recipe changes: every cached file is rebuilt
# Probe texts the built graph must embed as torch does: short, with a non-ASCII mix, longer
# than the model reads (truncated), in one padded batch.
PROBES = ("x", "Oman hosted secret US–Iran talks in 2013.", "Ünïcödé, “quotes” — 😀 " * 3, "word " * 300)
# A graph below this against torch is not published (a broken export); int8 measures 0.98-0.99
# on these probes here, and its retrieval quality is measured by bench/ingest.py, not here.
MIN_COSINE = {"fp32": 0.9999, "int8": 0.95}


def default_cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dragoman"


def model_file(model_path: str, variant: str, cache_dir: Path | None = None) -> Path:
    """The ONNX file of this model and variant, exported (once) if the cache has none."""
    if variant not in VARIANTS:
        raise ValueError(f"ONNX variant must be one of {VARIANTS}, got {variant!r}")
    folder = Path(model_path).resolve()
    cache = Path(cache_dir or default_cache_dir()) / "onnx"
    key = _key(folder)
    target = cache / f"{key}-{variant}.onnx"
    if target.exists():
        return target
    try:
        cache.mkdir(parents=True, exist_ok=True)
        with _locked(cache / f"{key}.lock"):
            if not target.exists():  # another process may have built it while this one waited
                _build(folder, cache, key, variant)
    except EmbedderError:
        raise
    except Exception as exc:
        raise EmbedderError(
            f"could not build the ONNX model of {folder} in {cache}: {exc}; set DRAGOMAN_CACHE_DIR to a "
            "writable folder, or DRAGOMAN_EMBEDDER=torch to embed with torch"
        ) from exc
    return target


def session(path: Path):
    """An onnxruntime session on the CPU (all cores, all graph optimisations)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3  # errors only
    # Idle threads sleep instead of spinning: on 2 shared cores spinning slowed embedding (and the
    # Chroma and BM25 work that follows it) by 5-15% (README, "Embedding engines").
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _key(folder: Path) -> str:
    import onnxruntime

    weights = [folder / n for n in ("model.safetensors", "pytorch_model.bin") if (folder / n).exists()]
    parts = [str(folder), onnxruntime.__version__, str(EXPORT_VERSION), (folder / "config.json").read_text()]
    parts += [f"{w.name}:{w.stat().st_size}:{w.stat().st_mtime_ns}" for w in weights]
    return f"{folder.name}-{hashlib.sha1(chr(0).join(parts).encode()).hexdigest()[:16]}"


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    import fcntl

    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _build(folder: Path, cache: Path, key: str, variant: str) -> None:
    """Export fp32 (if missing), then quantize for int8; check each against torch; publish."""
    t = time.perf_counter()
    log.warning("building the ONNX embedding model (%s) of %s in %s, once (about a minute)", variant, folder, cache)
    cosines = {}
    with _quiet():
        model = _torch_model(folder)
        probes = _Probes(folder, model)  # before exporting: a traced model may answer differently after
        fp32 = cache / f"{key}-fp32.onnx"
        if not fp32.exists():
            cosines["fp32"] = _publish(fp32, lambda tmp: _export(model, tmp), probes, "fp32")
        if variant == "int8":
            int8 = cache / f"{key}-int8.onnx"
            cosines["int8"] = _publish(int8, lambda tmp: _quantize(fp32, tmp), probes, "int8")
    agreement = ", ".join(f"{v} {c:.6f}" for v, c in cosines.items())
    log.warning("ONNX embedding model ready in %.0f s (lowest cosine to torch: %s)", time.perf_counter() - t, agreement)


def _publish(target: Path, make, probes: _Probes, variant: str) -> float:
    fd, name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        make(tmp)
        cosine = probes.agreement(tmp)
        if cosine < MIN_COSINE[variant]:
            raise EmbedderError(f"the exported {variant} graph agrees with torch only to cosine {cosine:.4f}")
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a cache file is not secret
        os.replace(tmp, target)
        return cosine
    finally:
        tmp.unlink(missing_ok=True)


def _torch_model(folder: Path):
    from transformers import AutoModel

    # Eager attention traces into the pattern onnxruntime's optimizer fuses into one Attention op.
    model = AutoModel.from_pretrained(str(folder), attn_implementation="eager")
    model.eval()
    return model


def _export(model, out: Path) -> None:
    import torch
    from onnxruntime.transformers import optimizer

    class LastHiddenState(torch.nn.Module):  # keyword arguments in, one tensor out
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones_like(ids)
    mask[1, 9:] = 0  # trace with padding
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]}
    raw = out.with_suffix(".raw")
    try:
        # The TorchScript exporter: the torch.export one takes 4x longer here and needs onnxscript.
        torch.onnx.export(
            LastHiddenState(model),
            (ids, mask, torch.zeros_like(ids)),
            str(raw),
            input_names=names,
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
        cfg = model.config
        fused = optimizer.optimize_model(
            str(raw), model_type="bert", num_heads=cfg.num_attention_heads, hidden_size=cfg.hidden_size
        )
        fused.save_model_to_file(str(out))
    finally:
        raw.unlink(missing_ok=True)


def _quantize(fp32: Path, out: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(fp32),
        str(out),
        weight_type=QuantType.QInt8,
        per_channel=True,
        op_types_to_quantize=["MatMul", "Attention"],
        extra_options={"DefaultTensorType": 1},  # float, for outputs of fused ops shape inference cannot type
    )


class _Probes:
    """The probe texts' torch vectors, to check a built graph against."""

    def __init__(self, folder: Path, model) -> None:
        import torch
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tok.enable_truncation(256)
        tok.enable_padding()
        enc = tok.encode_batch(list(PROBES))
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        self.mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        self.feeds = {"input_ids": ids, "attention_mask": self.mask, "token_type_ids": np.zeros_like(ids)}
        with torch.inference_mode():
            hidden = model(**{k: torch.from_numpy(v) for k, v in self.feeds.items()}).last_hidden_state
        self.vectors = _pool(hidden.numpy(), self.mask)

    def agreement(self, path: Path) -> float:
        """Lowest cosine between this graph's and torch's mean-pooled probe vectors."""
        got = _pool(session(path).run(None, self.feeds)[0], self.mask)
        return float((got * self.vectors).sum(1).min())


def _pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    v = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """The exporter and the quantizer warn (to the root logger, too) about things that do not
    apply here: keep them off the user's terminal for the duration of the build."""
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(previous)
