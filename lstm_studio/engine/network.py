"""The whole network: stacked, optionally bidirectional layers of one cell, then the softmax output layer.

    layer 1 reads x_t (one-hot, V); layer l > 1 reads out^(l−1)_t; a bidirectional layer's output is
    out_t = [h→_t; h←_t] (K·H), where the backward direction runs from t = T down to 1
    y_t = W_hy out_t + b_y,  p_t = softmax(y_t)
    L = Σ_b Σ_t −log p_t[k_t]   over the steps that have a target (k_t ≥ 0)

``forward`` and ``backward`` are pure: forward returns a :class:`Trace`, backward takes it.
"""

from __future__ import annotations

import numpy as np

from lstm_studio.engine.cells import LayerGrads, flat
from lstm_studio.engine.cells import gru as _gru
from lstm_studio.engine.cells import lstm as _lstm
from lstm_studio.engine.cells import rnn as _rnn
from lstm_studio.engine.functions import softmax
from lstm_studio.engine.model import Model
from lstm_studio.engine.spec import layer_suffix
from lstm_studio.engine.trace import Gradients, LayerTrace, Trace

_CELLS = {"rnn": _rnn, "lstm": _lstm, "peephole_lstm": _lstm, "gru": _gru}


def one_hot(tokens: np.ndarray, size: int) -> np.ndarray:
    """Token indices (T, B) -> one-hot x (T, B, size), float64: x[t, b, k] = 1 exactly where k = tokens[t, b].

    Indices outside 0..size−1 give an all-zero row; :func:`forward` rejects them before calling this.
    """
    return (np.asarray(tokens)[..., None] == np.arange(size)).astype(float)


def as_batch(tokens) -> np.ndarray:
    """Token indices as a (T, B) integer array; a 1-D sequence becomes one column (B = 1)."""
    if type(tokens) is not np.ndarray or tokens.dtype != np.int64:
        tokens = np.asarray(tokens, dtype=np.int64)
    return tokens[:, None] if tokens.ndim == 1 else tokens


def _initial(model: Model, state: dict | None, key: str, layer: int, reverse: bool) -> np.ndarray:
    """h_0 (``key="h"``) or c_0 of one layer and direction, (H,) or (B, H): from ``state`` when it has the
    entry, else from the model. The cells copy it into their own state array, broadcasting over the batch."""
    name = key + layer_suffix(layer, reverse)
    if state is not None and name in state:
        return np.asarray(state[name], dtype=float)
    return model.h0(layer, reverse) if key == "h" else model.c0(layer, reverse)


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
    if tokens.view(np.uint64).max() >= V:  # read as unsigned, a negative index is huge: one pass finds both
        raise ValueError(f"token index out of range 0..{V - 1}")
    cell = _CELLS[model.cell]
    X = one_hot(tokens, V)
    layers: list[list[LayerTrace]] = []
    for layer in range(model.layers):
        traces = []
        for reverse in (False, True) if model.bidirectional else (False,):
            p = model.layer_params(layer, reverse)
            h0 = _initial(model, initial_state, "h", layer, reverse)
            c0 = _initial(model, initial_state, "c", layer, reverse) if model.spec.has_c else None
            # Layer 1 reads one-hot tokens: the cells gather W x_t instead of multiplying by X.
            ids = None if layer else tokens[::-1] if reverse else tokens
            lt = cell.forward(model.spec, p, X[::-1] if reverse else X, h0, c0, ids)
            lt.reverse = reverse
            traces.append(lt)
        layers.append(traces)
        X = np.concatenate([lt.h_time for lt in traces], axis=-1) if len(traces) > 1 else traces[0].h[1:]
    y = (flat(X) @ model.params["W_hy"].T + model.params["b_y"]).reshape(T, B, V)
    return Trace(layers, X, y, softmax(y))


def _targets(trace: Trace, targets) -> np.ndarray:
    """Targets as a (T, B) integer array matching the trace; raises ValueError otherwise."""
    targets = as_batch(targets)
    if targets.shape != trace.p.shape[:2]:
        raise ValueError(f"targets have shape {targets.shape}, the trace {trace.p.shape[:2]}")
    return targets


def _picked(trace: Trace, targets) -> tuple[np.ndarray | None, np.ndarray, np.ndarray]:
    """Where the targets sit in the trace's rows (t, b): (mask, rows, k) with mask (T, B) True at steps that
    have a target (None when every step has one), and flat(p)[rows, k] the probabilities of the targets
    (k = 0 at steps without a target). Raises ValueError when the targets do not match the trace."""
    targets = _targets(trace, targets)
    mask = None if targets.min() >= 0 else targets >= 0
    k = (targets if mask is None else np.where(mask, targets, 0)).ravel()
    return mask, np.arange(k.size), k


def cross_entropy(trace: Trace, targets) -> tuple[float, np.ndarray]:
    """L = Σ −log p_t[k_t] over the steps with k_t ≥ 0 (a negative target means "no target here").

    targets: (T,) or (T, B) integer indices. Returns the total and the per-step losses (T, B), 0 where
    there is no target. The loss stays finite (and exact) when p_t[k_t] underflows to 0, which takes a
    logit gap of about 745.
    """
    return _cross_entropy(trace, _picked(trace, targets))


def _cross_entropy(trace: Trace, picked: tuple) -> tuple[float, np.ndarray]:
    mask, rows, k = picked
    T, B, _V = trace.p.shape
    p_k = flat(trace.p)[rows, k]
    if p_k.all():
        nll = -np.log(p_k)
    else:
        # −log p_k = log Σ_j e^(y_j − m) − (y_k − m) with m = max_j y_j, which needs no p_k.
        y = flat(trace.y)
        m = y.max(axis=-1)
        nll = np.log(np.exp(y - m[:, None]).sum(axis=-1)) - (y[rows, k] - m)
    per_step = nll.reshape(T, B) if mask is None else np.where(mask, nll.reshape(T, B), 0.0)
    with np.errstate(over="ignore"):  # steps of ~1e308 each add up to inf, which is the honest total
        return float(per_step.sum()), per_step


def dlogits(trace: Trace, targets) -> np.ndarray:
    """dL/dy_t = p_t − onehot(k_t) for the cross-entropy loss, 0 at steps without a target; (T, B, V)."""
    return _dlogits(trace, _picked(trace, targets))


def _dlogits(trace: Trace, picked: tuple) -> np.ndarray:
    mask, rows, k = picked
    dy = trace.p.copy()
    dy_rows = flat(dy)  # one row per (t, b)
    dy_rows[rows, k] -= 1.0
    if mask is not None:
        dy_rows[~mask.ravel()] = 0.0
    return dy


def backward(model: Model, trace: Trace, dy: np.ndarray, dout: np.ndarray | None = None) -> Gradients:
    """Backpropagation through time.

    dy    (T, B, V)    dL/dy_t, e.g. from :func:`dlogits`
    dout  (T, B, K·H)  optional extra dL/d out_t added to what flows back from the output layer (the
                       gradient check uses it for a loss on the hidden states themselves)
    Returns :class:`Gradients`: dL/d every parameter and, per layer and direction, dL/dh_t (and dL/dc_t)
    and dL/d(every pre-activation) at every step.
    """
    dy_rows = flat(dy)
    params: dict[str, np.ndarray] = {
        "W_hy": dy_rows.T @ flat(trace.out),
        "b_y": dy_rows.sum(axis=0),
    }
    dX = (dy_rows @ model.params["W_hy"]).reshape(trace.out.shape)
    if dout is not None:
        dX = dX + dout
    cell = _CELLS[model.cell]
    H = model.hidden_size
    n_layers = len(trace.layers)
    dh: list = [None] * n_layers
    dc: list = [None] * n_layers
    dh0: list = [None] * n_layers
    dc0: list = [None] * n_layers
    da: list = [None] * n_layers
    for layer in range(n_layers - 1, -1, -1):
        traces = trace.layers[layer]
        results: list[LayerGrads] = []
        for k, lt in enumerate(traces):
            dH = dX[..., k * H : (k + 1) * H]
            # Layer 1 reads one-hot tokens: nothing needs dL/dx there.
            g = cell.backward(
                lt, model.layer_params(layer, lt.reverse), dH[::-1] if lt.reverse else dH, need_dX=layer > 0
            )
            suffix = layer_suffix(layer, lt.reverse)
            for name, value in g.params.items():
                params[name + suffix] = value
            results.append(g)
        dh[layer] = [lt.in_time_order(g.dh) for lt, g in zip(traces, results)]
        dc[layer] = [None if g.dc is None else lt.in_time_order(g.dc) for lt, g in zip(traces, results)]
        dh0[layer] = [g.dh0 for g in results]
        dc0[layer] = [g.dc0 for g in results]
        da[layer] = [{k: lt.in_time_order(v) for k, v in g.da.items()} for lt, g in zip(traces, results)]
        if layer:
            dX = np.sum([lt.in_time_order(g.dX) for lt, g in zip(traces, results) if g.dX is not None], axis=0)
    ordered = {name: params[name] for name in model.params}
    return Gradients(ordered, dh, dc, dh0, dc0, da)


def loss_and_gradients(model: Model, tokens, targets, initial_state: dict | None = None):
    """Forward, cross-entropy and BPTT in one call; returns (loss, trace, gradients)."""
    trace = forward(model, tokens, initial_state)
    picked = _picked(trace, targets)
    loss, _ = _cross_entropy(trace, picked)
    return loss, trace, backward(model, trace, _dlogits(trace, picked))
