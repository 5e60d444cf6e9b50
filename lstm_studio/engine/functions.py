"""Elementwise activations and the softmax, in float64.

Every function takes and returns NumPy arrays of any shape (the softmax works over the last axis).
The derivatives used by backpropagation are written in terms of the function's own value, exactly as
the symbolic layer writes them: σ' = σ(1 − σ), tanh' = 1 − tanh².
"""

from __future__ import annotations

import numpy as np


def sigmoid(a: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """σ(a) = 1 / (1 + e^(−a)), for every float64 a and without warnings.

    This form keeps full relative precision for negative a (unlike ½(1 + tanh(a/2))). For a below
    about −709, e^(−a) overflows to inf and the result is the correctly rounded 0; that overflow is
    expected and is not reported.
    """
    with np.errstate(over="ignore"):
        return sigmoid_unguarded(a, out)


def sigmoid_unguarded(a: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """σ(a) as :func:`sigmoid` computes it, without the ``np.errstate`` guard.

    For the cells' step loops, which run inside ``np.errstate(over="ignore")`` once for the whole
    sequence: entering the guard costs more than the arithmetic on a teaching-size state. Outside such a
    guard NumPy reports the expected overflow of e^(−a) for a < −709 as a RuntimeWarning.
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


def rnn_slope(activation: str, a: np.ndarray, h: np.ndarray) -> np.ndarray:
    """φ'(a) of the Elman RNN from what the trace keeps, any shape: 1 − h² for tanh (h = tanh a), and for
    relu 1 where a > 0 and 0 elsewhere."""
    if activation == "relu":
        return (a > 0).astype(float)
    return 1.0 - h * h


def softmax(y: np.ndarray) -> np.ndarray:
    """p = softmax(y) over the last axis: p_k = e^(y_k) / Σ_j e^(y_j), computed with the max subtracted."""
    z = y - y.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z
