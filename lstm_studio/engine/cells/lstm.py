"""LSTM and peephole LSTM.

    f_t = σ(W_f x_t + U_f h_{t-1} + b_f [+ P_f c_{t-1}])      forget gate
    i_t = σ(W_i x_t + U_i h_{t-1} + b_i [+ P_i c_{t-1}])      input gate
    g_t = tanh(W_c x_t + U_c h_{t-1} + b_c)                   candidate C̃_t
    c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    o_t = σ(W_o x_t + U_o h_{t-1} + b_o [+ P_o c_t])          output gate
    h_t = o_t ⊙ tanh(c_t)

W_* (H, D), U_* (H, H), b_* (H,); the bracketed peephole terms belong to ``peephole_lstm`` only, with
P (H,) applied element-wise (P ⊙ c) when peephole="diagonal" and P (H, H) as a matrix when "full".

Internally the four gates are computed together as one (B, 4H) block in the order o, f, i, g: the three
sigmoids first, so one call squashes them, and f, i, g last, the three that BPTT scales by dL/dc_t; the
trace exposes them by name.
"""

from __future__ import annotations

import numpy as np

from lstm_studio.engine.cells import LayerGrads, flat, input_projection, stack, stack_for_rows, unstack
from lstm_studio.engine.functions import sigmoid_unguarded
from lstm_studio.engine.spec import GATES, CellSpec
from lstm_studio.engine.trace import LayerTrace

ORDER = ("o", "f", "i", "g")  # the internal block order; the candidate g (C̃) has the parameters W_c, U_c, b_c


_PLACES = tuple((key, ORDER.index(key)) for key in GATES["lstm"])  # display order, place in ORDER


def _views(block: np.ndarray, H: int) -> dict[str, np.ndarray]:
    """The gates' slices of a block in ORDER, keyed in display order (f, i, g, o)."""
    return {key: block[..., j * H : (j + 1) * H] for key, j in _PLACES}


def _peep(P: np.ndarray, c: np.ndarray) -> np.ndarray:
    """P c for a full peephole (H, H), P ⊙ c for a diagonal one (H,); c is (B, H)."""
    return c @ P.T if P.ndim == 2 else c * P


def forward(
    spec: CellSpec, p: dict, X: np.ndarray, h0: np.ndarray, c0: np.ndarray, tokens: np.ndarray | None = None
) -> LayerTrace:
    """Run the LSTM over X (T, B, D) from h0, c0 ((B, H), or (H,) for every sequence); returns the trace.

    ``tokens`` (T, B): the token indices when X is their one-hot encoding (the first layer); W x_t is
    then a gather (:func:`lstm_studio.engine.cells.input_projection`).
    """
    T, B, _ = X.shape
    H = p["U_f"].shape[0]
    peephole = spec.cell == "peephole_lstm"
    A = input_projection(p, ORDER, X, tokens)
    U_T = stack(p, "U", ORDER).T  # a view: h_{t-1} · Uᵀ reads U row by row, OpenBLAS's faster way
    G = np.empty((T, B, 4 * H))
    h = np.empty((T + 1, B, H))
    c = np.empty((T + 1, B, H))
    tanh_c = np.empty((T, B, H))
    h[0] = h0
    c[0] = c0
    pre, gates = _views(A, H), _views(G, H)
    a_f, a_i, a_o, a_g = pre["f"], pre["i"], pre["o"], pre["g"]
    f, i, o, g = gates["f"], gates["i"], gates["o"], gates["g"]
    # The sigmoid gates that can be squashed together before c_t is known: o, f, i, or only f, i when
    # o_t peeks at c_t.
    first = H if peephole else 0
    a_sig, sig = A[..., first : 3 * H], G[..., first : 3 * H]
    with np.errstate(over="ignore"):
        for t in range(T):
            A[t] += np.dot(h[t], U_T)
            c_prev, c_t = c[t], c[t + 1]
            if peephole:
                a_f[t] += _peep(p["P_f"], c_prev)
                a_i[t] += _peep(p["P_i"], c_prev)
            sigmoid_unguarded(a_sig[t], out=sig[t])
            np.tanh(a_g[t], out=g[t])
            np.multiply(f[t], c_prev, out=c_t)
            c_t += i[t] * g[t]
            if peephole:
                a_o[t] += _peep(p["P_o"], c_t)
                sigmoid_unguarded(a_o[t], out=o[t])
            np.tanh(c_t, out=tanh_c[t])
            np.multiply(o[t], tanh_c[t], out=h[t + 1])
    return LayerTrace(spec, False, X, h, c, pre, gates, {"tanh_c": tanh_c, "A": A, "G": G})


def backward(lt: LayerTrace, p: dict, dH: np.ndarray, need_dX: bool = True) -> LayerGrads:
    """BPTT through the LSTM; dH (T, B, H) is dL/dh_t arriving from above.

        dh_t  = dH_t + Σ_gates U_ᵀ da_{t+1}
        do_t  = dh_t ⊙ tanh(c_t)                        da_o = do_t ⊙ o_t (1 − o_t)
        dc_t  = dc_{t+1} ⊙ f_{t+1} + dh_t ⊙ o_t (1 − tanh² c_t) [+ P_o da_o + P_f da_f,t+1 + P_i da_i,t+1]
        da_f  = dc_t ⊙ c_{t-1} ⊙ f_t (1 − f_t)         da_i = dc_t ⊙ g_t ⊙ i_t (1 − i_t)
        da_g  = dc_t ⊙ i_t ⊙ (1 − g_t²)
        dW_*  = Σ_t da_* x_tᵀ,  dU_* = Σ_t da_* h_{t-1}ᵀ,  db_* = Σ_t da_*

    (P_o da_o is Pᵀ da_o for a full peephole, P ⊙ da_o for a diagonal one.) da_f, da_i, da_g, da_o are
    returned as ``da`` (da_g under the candidate's key ``g``). dX is None unless need_dX.
    """
    h, c, X = lt.h, lt.c, lt.x
    assert c is not None  # an LSTM's trace always holds the cell state
    G, tanh_c = lt.extra["G"], lt.extra["tanh_c"]
    T, B, H = dH.shape
    peephole = lt.spec.cell == "peephole_lstm"
    U = stack_for_rows(p, "U", ORDER)
    f = G[..., H : 2 * H]
    # Everything that does not depend on the backward recursion, for every step at once, written where
    # the recursion will overwrite it step by step (a fresh array of a whole sequence costs more to
    # allocate than to fill): ∂h_t/∂c_t into dc, and into dA, in the block order o, f, i, g, the factors
    # that turn dL/dh_t into da_o and dL/dc_t into da_f, da_i, da_g:
    #   ∂h_t/∂c_t = o_t (1 − tanh² c_t)
    #   K_o = tanh(c_t) ⊙ o_t (1 − o_t)
    #   K_f = c_{t-1} ⊙ f_t (1 − f_t),  K_i = g_t ⊙ i_t (1 − i_t),  K_g = i_t ⊙ (1 − g_t²)
    dc_all = np.multiply(tanh_c, tanh_c)
    np.subtract(1.0, dc_all, out=dc_all)
    dc_all *= G[..., :H]
    dA = np.subtract(1.0, G)
    dA[..., : 3 * H] *= G[..., : 3 * H]
    np.multiply(G[..., 3 * H :], G[..., 3 * H :], out=dA[..., 3 * H :])
    np.subtract(1.0, dA[..., 3 * H :], out=dA[..., 3 * H :])
    dA[..., :H] *= tanh_c
    dA[..., H : 2 * H] *= c[:-1]
    dA[..., 2 * H : 3 * H] *= G[..., 3 * H :]
    dA[..., 3 * H :] *= G[..., 2 * H : 3 * H]
    da = _views(dA, H)
    da_o, da_fig = da["o"], dA[..., H:].reshape(T, B, 3, H)
    dh_all = np.empty((T, B, H))
    dh_next = np.zeros((B, H))
    dc_next = np.zeros((B, H))
    for t in range(T - 1, -1, -1):
        dh, dc = dh_all[t], dc_all[t]
        np.add(dH[t], dh_next, out=dh)
        da_o[t] *= dh  # K_o → da_o
        dc *= dh  # ∂h_t/∂c_t → dL/dc_t
        dc += dc_next
        if peephole:
            dc += _peep_back(p["P_o"], da_o[t])
        da_fig[t] *= dc[:, None]  # K_f, K_i, K_g → da_f, da_i, da_g in one call
        dc_next = dc * f[t]
        if peephole:
            dc_next += _peep_back(p["P_f"], da["f"][t]) + _peep_back(p["P_i"], da["i"][t])
        dh_next = np.dot(dA[t], U)
    dA_rows = flat(dA)
    dW = dA_rows.T @ flat(X)
    dU = dA_rows.T @ flat(h[:-1])
    db = dA_rows.sum(axis=0)
    grads: dict[str, np.ndarray] = {}
    for prefix, block in (("W", dW), ("U", dU), ("b", db)):
        unstack(grads, prefix, block, H, ORDER)
    if peephole:
        grads["P_f"] = _peep_grad(p["P_f"], da["f"], c[:-1])
        grads["P_i"] = _peep_grad(p["P_i"], da["i"], c[:-1])
        grads["P_o"] = _peep_grad(p["P_o"], da_o, c[1:])
    dX = (dA_rows @ stack(p, "W", ORDER)).reshape(X.shape) if need_dX else None
    return LayerGrads(grads, dX, dh_all, dc_all, dh_next, dc_next, da)


def _peep_back(P: np.ndarray, da: np.ndarray) -> np.ndarray:
    """dL/dc through a peephole term P c (full) or P ⊙ c (diagonal); da is (B, H)."""
    return da @ P if P.ndim == 2 else da * P


def _peep_grad(P: np.ndarray, da: np.ndarray, c: np.ndarray) -> np.ndarray:
    """dL/dP summed over steps and batch: Σ da cᵀ (full) or Σ da ⊙ c (diagonal); da, c are (T, B, H)."""
    if P.ndim == 2:
        return flat(da).T @ flat(c)
    return (da * c).sum(axis=(0, 1))
