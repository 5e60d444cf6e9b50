"""The whole network: stacked, optionally bidirectional layers of one cell, then the softmax output layer.

    layer 1 reads x_t (one-hot, V); layer l > 1 reads out^(l−1)_t; a bidirectional layer's output is
    out_t = [h→_t; h←_t] (K·H), where the backward direction runs from t = T down to 1
    y_t = W_hy out_t + b_y,  p_t = softmax(y_t)
    L = Σ_b Σ_t −log p_t[k_t]   over the steps that have a target (k_t ≥ 0)

``forward`` and ``backward`` are pure: forward returns a :class:`Trace`, backward takes it.
"""

from __future__ import annotations

import numpy as np

from .cells import LayerGrads, flat
from .cells import gru as _gru
from .cells import lstm as _lstm
from .cells import rnn as _rnn
from .functions import softmax
from .model import Model
from .spec import layer_suffix
from .trace import Gradients, LayerTrace, Trace

_CELLS = {"rnn": _rnn, "lstm": _lstm, "peephole_lstm": _lstm, "gru": _gru}


def one_hot(tokens: np.ndarray, size: int) -> np.ndarray:
    """Token indices (T, B) -> one-hot x (T, B, size), float64."""
    x = np.zeros(tokens.shape + (size,))
    np.put_along_axis(x, tokens[..., None], 1.0, axis=-1)
    return x


def as_batch(tokens) -> np.ndarray:
    """Token indices as a (T, B) integer array; a 1-D sequence becomes one column (B = 1)."""
    tokens = np.asarray(tokens, dtype=np.int64)
    return tokens[:, None] if tokens.ndim == 1 else tokens


def _initial(model: Model, state: dict | None, key: str, layer: int, reverse: bool, B: int):
    name = key + layer_suffix(layer, reverse)
    if state is not None and name in state:
        value = np.asarray(state[name], dtype=float)
    else:
        value = model.h0(layer, reverse) if key == "h" else model.c0(layer, reverse)
    return np.broadcast_to(value, (B, model.hidden_size)).copy()


def forward(model: Model, tokens, initial_state: dict | None = None) -> Trace:
    """Run the model over token indices ``tokens`` (T,) or (T, B).

    ``initial_state`` overrides ``model.initial_state`` key by key (``h``, ``c``, ``h_l2``, …); each
    value is (H,) or (B, H). Returns the :class:`Trace` with every intermediate quantity.
    """
    tokens = as_batch(tokens)
    T, B = tokens.shape
    if T == 0:
        raise ValueError("the input sequence is empty")
    V = model.vocab_size
    if tokens.min() < 0 or tokens.max() >= V:
        raise ValueError(f"token index out of range 0..{V - 1}")
    cell = _CELLS[model.cell]
    X = one_hot(tokens, V)
    layers: list[list[LayerTrace]] = []
    for layer in range(model.layers):
        traces = []
        for reverse in (False, True) if model.bidirectional else (False,):
            p = model.layer_params(layer, reverse)
            h0 = _initial(model, initial_state, "h", layer, reverse, B)
            c0 = _initial(model, initial_state, "c", layer, reverse, B) if model.spec.has_c else None
            lt = cell.forward(model.spec, p, X[::-1] if reverse else X, h0, c0)
            lt.reverse = reverse
            traces.append(lt)
        layers.append(traces)
        X = np.concatenate([lt.h_time for lt in traces], axis=-1) if len(traces) > 1 else traces[0].h[1:]
    y = (flat(X) @ model.params["W_hy"].T + model.params["b_y"]).reshape(T, B, V)
    return Trace(layers, X, y, softmax(y))


def cross_entropy(trace: Trace, targets) -> tuple[float, np.ndarray]:
    """L = Σ −log p_t[k_t] over the steps with k_t ≥ 0 (a negative target means "no target here").

    targets: (T,) or (T, B) integer indices. Returns the total and the per-step losses (T, B), 0 where
    there is no target.
    """
    targets = as_batch(targets)
    if targets.shape != trace.p.shape[:2]:
        raise ValueError(f"targets have shape {targets.shape}, the trace {trace.p.shape[:2]}")
    mask = targets >= 0
    picked = np.take_along_axis(trace.p, np.where(mask, targets, 0)[..., None], axis=-1)[..., 0]
    with np.errstate(divide="ignore"):
        per_step = np.where(mask, -np.log(picked), 0.0)
    return float(per_step.sum()), per_step


def dlogits(trace: Trace, targets) -> np.ndarray:
    """dL/dy_t = p_t − onehot(k_t) for the cross-entropy loss, 0 at steps without a target; (T, B, V)."""
    targets = as_batch(targets)
    mask = targets >= 0
    dy = trace.p.copy()
    T, B = targets.shape
    t_idx, b_idx = np.nonzero(mask)
    dy[t_idx, b_idx, targets[t_idx, b_idx]] -= 1.0
    dy[~mask] = 0.0
    return dy


def backward(model: Model, trace: Trace, dy: np.ndarray, dout: np.ndarray | None = None) -> Gradients:
    """Backpropagation through time.

    dy    (T, B, V)    dL/dy_t, e.g. from :func:`dlogits`
    dout  (T, B, K·H)  optional extra dL/d out_t added to what flows back from the output layer (the
                       gradient check uses it for a loss on the hidden states themselves)
    Returns :class:`Gradients`: dL/d every parameter and, per layer and direction, dL/dh_t (and dL/dc_t).
    """
    T, B, V = dy.shape
    params: dict[str, np.ndarray] = {
        "W_hy": flat(dy).T @ flat(trace.out),
        "b_y": flat(dy).sum(axis=0),
    }
    dX = (flat(dy) @ model.params["W_hy"]).reshape(trace.out.shape)
    if dout is not None:
        dX = dX + dout
    cell = _CELLS[model.cell]
    H = model.hidden_size
    n_layers = len(trace.layers)
    dh: list = [None] * n_layers
    dc: list = [None] * n_layers
    dh0: list = [None] * n_layers
    dc0: list = [None] * n_layers
    for layer in range(n_layers - 1, -1, -1):
        traces = trace.layers[layer]
        results: list[LayerGrads] = []
        for k, lt in enumerate(traces):
            dH = dX[..., k * H : (k + 1) * H]
            g = cell.backward(lt, model.layer_params(layer, lt.reverse), dH[::-1] if lt.reverse else dH)
            suffix = layer_suffix(layer, lt.reverse)
            for name, value in g.params.items():
                params[name + suffix] = value
            results.append(g)
        dh[layer] = [lt.in_time_order(g.dh) for lt, g in zip(traces, results)]
        dc[layer] = [None if g.dc is None else lt.in_time_order(g.dc) for lt, g in zip(traces, results)]
        dh0[layer] = [g.dh0 for g in results]
        dc0[layer] = [g.dc0 for g in results]
        dX = sum(lt.in_time_order(g.dX) for lt, g in zip(traces, results))
    ordered = {name: params[name] for name in model.params}
    return Gradients(ordered, dh, dc, dh0, dc0)


def loss_and_gradients(model: Model, tokens, targets, initial_state: dict | None = None):
    """Forward, cross-entropy and BPTT in one call; returns (loss, trace, gradients)."""
    trace = forward(model, tokens, initial_state)
    loss, _ = cross_entropy(trace, targets)
    return loss, trace, backward(model, trace, dlogits(trace, targets))
