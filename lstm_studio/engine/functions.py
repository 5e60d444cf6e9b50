"""Elementwise activations and the softmax, in float64.

Every function takes and returns NumPy arrays of any shape (the softmax works over the last axis).
The derivatives used by backpropagation are written in terms of the function's own value, exactly as
the symbolic layer writes them: σ' = σ(1 − σ), tanh' = 1 − tanh².
"""

from __future__ import annotations

import numpy as np


def sigmoid(a: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """σ(a) = 1 / (1 + e^(−a)).

    For a below about −709, e^(−a) overflows to inf and the result is the correctly rounded 0; callers
    run inside ``np.errstate(over="ignore")`` so that this is silent. This form keeps full relative
    precision for negative a (unlike ½(1 + tanh(a/2))).
    """
    out = np.negative(a, out=out)
    np.exp(out, out=out)
    out += 1.0
    return np.reciprocal(out, out=out)


def tanh(a: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """tanh(a)."""
    return np.tanh(a, out=out)


def relu(a: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """relu(a) = max(a, 0); its derivative is taken as 1 where a > 0 and 0 elsewhere (as PyTorch does)."""
    return np.maximum(a, 0.0, out=out)


def softmax(y: np.ndarray) -> np.ndarray:
    """p = softmax(y) over the last axis: p_k = e^(y_k) / Σ_j e^(y_j), computed with the max subtracted."""
    z = y - y.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z


def log_softmax(y: np.ndarray) -> np.ndarray:
    """log softmax(y) over the last axis, stable for large |y|."""
    z = y - y.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))
