"""Elman RNN.

    a_t = W_xh x_t + W_hh h_{t-1} + b_h        W_xh (H, D), W_hh (H, H), b_h (H,)
    h_t = φ(a_t)                                φ = tanh (default) or relu

Batched rows: x_t is (B, D) and h_t is (B, H), so W x_t is computed as x_t @ W.T.
"""

from __future__ import annotations

import numpy as np

from lstm_studio.engine.cells import LayerGrads, flat
from lstm_studio.engine.functions import rnn_slope
from lstm_studio.engine.spec import CellSpec
from lstm_studio.engine.trace import LayerTrace


def forward(
    spec: CellSpec, p: dict, X: np.ndarray, h0: np.ndarray, c0=None, tokens: np.ndarray | None = None
) -> LayerTrace:
    """Run the RNN over X (T, B, D) from h0 ((B, H), or (H,) for every sequence); returns the layer trace
    (pre-activation ``a``, no gates). ``tokens`` (T, B): the token indices when X is their one-hot
    encoding (the first layer); W_xh x_t is then column k_t of W_xh, gathered instead of multiplied."""
    T, B, _ = X.shape
    H = p["W_hh"].shape[0]
    relu = spec.option("activation") == "relu"
    if tokens is None:
        a = (flat(X) @ p["W_xh"].T + p["b_h"]).reshape(T, B, H)
    else:
        a = p["W_xh"].T[tokens]
        a += p["b_h"]
    W_hh_T = p["W_hh"].T  # a view: h_{t-1} · W_hhᵀ reads W_hh row by row, OpenBLAS's faster way
    h = np.empty((T + 1, B, H))
    h[0] = h0
    for t in range(T):
        a_t = a[t]
        a_t += np.dot(h[t], W_hh_T)
        if relu:
            np.maximum(a_t, 0.0, out=h[t + 1])
        else:
            np.tanh(a_t, out=h[t + 1])
    return LayerTrace(spec, False, X, h, None, {"a": a}, {})


def backward(lt: LayerTrace, p: dict, dH: np.ndarray, need_dX: bool = True) -> LayerGrads:
    """BPTT: dH (T, B, H) is dL/dh_t arriving from above (the output layer or the next layer).

        dh_t   = dH_t + W_hhᵀ da_{t+1}
        da_t   = dh_t ⊙ φ'(a_t)            tanh' = 1 − h_t², relu' = [a_t > 0]
        dW_xh  = Σ_t da_t x_tᵀ,  dW_hh = Σ_t da_t h_{t-1}ᵀ,  db_h = Σ_t da_t

    Also returns da_t as ``da["a"]``. dX is None unless need_dX.
    """
    h, X = lt.h, lt.x
    T, B, H = dH.shape
    dphi = rnn_slope(lt.spec.option("activation"), lt.pre["a"], h[1:])
    W_hh = p["W_hh"]
    da = np.empty((T, B, H))
    dh_all = np.empty((T, B, H))
    dh_next = np.zeros((B, H))
    for t in range(T - 1, -1, -1):
        dh = dh_all[t]
        np.add(dH[t], dh_next, out=dh)
        np.multiply(dh, dphi[t], out=da[t])
        dh_next = np.dot(da[t], W_hh)
    da_f = flat(da)
    grads = {
        "W_xh": da_f.T @ flat(X),
        "W_hh": da_f.T @ flat(h[:-1]),
        "b_h": da_f.sum(axis=0),
    }
    dX = (da_f @ p["W_xh"]).reshape(X.shape) if need_dX else None
    return LayerGrads(grads, dX, dh_all, None, dh_next, None, {"a": da})
