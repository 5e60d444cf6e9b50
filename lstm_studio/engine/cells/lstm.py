"""LSTM and peephole LSTM.

    f_t = σ(W_f x_t + U_f h_{t-1} + b_f [+ P_f c_{t-1}])      forget gate
    i_t = σ(W_i x_t + U_i h_{t-1} + b_i [+ P_i c_{t-1}])      input gate
    g_t = tanh(W_c x_t + U_c h_{t-1} + b_c)                   candidate C̃_t
    c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
    o_t = σ(W_o x_t + U_o h_{t-1} + b_o [+ P_o c_t])          output gate
    h_t = o_t ⊙ tanh(c_t)

W_* (H, D), U_* (H, H), b_* (H,); the bracketed peephole terms belong to ``peephole_lstm`` only, with
P (H,) applied element-wise (P ⊙ c) when peephole="diagonal" and P (H, H) as a matrix when "full".

Internally the four gates are computed together as one (B, 4H) block in the order f, i, o, g (the three
sigmoids first, so one call squashes them); the trace exposes them by name.
"""

from __future__ import annotations

import numpy as np

from lstm_studio.engine.cells import LayerGrads, flat, stack, unstack, views
from lstm_studio.engine.functions import sigmoid_unguarded
from lstm_studio.engine.spec import GATES, CellSpec
from lstm_studio.engine.trace import LayerTrace

ORDER = ("f", "i", "o", "g")  # the internal block order; the candidate g (C̃) has the parameters W_c, U_c, b_c


def _views(block: np.ndarray, H: int) -> dict[str, np.ndarray]:
    """The gates' slices of a block in ORDER, keyed in display order (f, i, g, o)."""
    by_key = views(block, H, ORDER)
    return {key: by_key[key] for key in GATES["lstm"]}


def _peep(P: np.ndarray, c: np.ndarray) -> np.ndarray:
    """P c for a full peephole (H, H), P ⊙ c for a diagonal one (H,); c is (B, H)."""
    return c @ P.T if P.ndim == 2 else c * P


def forward(spec: CellSpec, p: dict, X: np.ndarray, h0: np.ndarray, c0: np.ndarray) -> LayerTrace:
    """Run the LSTM over X (T, B, D) from h0, c0 ((B, H), or (H,) for every sequence); returns the trace."""
    T, B, _ = X.shape
    H = p["U_f"].shape[0]
    peephole = spec.cell == "peephole_lstm"
    A = (flat(X) @ stack(p, "W", ORDER).T + stack(p, "b", ORDER)).reshape(T, B, 4 * H)
    U_T = stack(p, "U", ORDER).T.copy()
    G = np.empty((T, B, 4 * H))
    h = np.empty((T + 1, B, H))
    c = np.empty((T + 1, B, H))
    tanh_c = np.empty((T, B, H))
    h[0] = h0
    c[0] = c0
    pre, gates = _views(A, H), _views(G, H)
    a_f, a_i, a_o, a_g = pre["f"], pre["i"], pre["o"], pre["g"]
    f, i, o, g = gates["f"], gates["i"], gates["o"], gates["g"]
    # The sigmoid gates that can be squashed together before c_t is known: f, i, o, or only f, i when
    # o_t peeks at c_t.
    S = 2 * H if peephole else 3 * H
    a_sig, sig = A[..., :S], G[..., :S]
    with np.errstate(over="ignore"):
        for t in range(T):
            A[t] += h[t] @ U_T
            if peephole:
                a_f[t] += _peep(p["P_f"], c[t])
                a_i[t] += _peep(p["P_i"], c[t])
            sigmoid_unguarded(a_sig[t], out=sig[t])
            np.tanh(a_g[t], out=g[t])
            np.multiply(f[t], c[t], out=c[t + 1])
            c[t + 1] += i[t] * g[t]
            if peephole:
                a_o[t] += _peep(p["P_o"], c[t + 1])
                sigmoid_unguarded(a_o[t], out=o[t])
            np.tanh(c[t + 1], out=tanh_c[t])
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
    H3 = 3 * H
    peephole = lt.spec.cell == "peephole_lstm"
    U = stack(p, "U", ORDER)
    gates = _views(G, H)
    f, i, o, g = gates["f"], gates["i"], gates["o"], gates["g"]
    # Everything that does not depend on the backward recursion, for every step at once:
    # σ' = s(1 − s) for f, i, o, tanh' = 1 − g² for g, and ∂h_t/∂c_t = o_t (1 − tanh² c_t).
    dG = np.empty_like(G)
    np.multiply(G[..., :H3], 1.0 - G[..., :H3], out=dG[..., :H3])
    np.subtract(1.0, G[..., H3:] * G[..., H3:], out=dG[..., H3:])
    dh_dc = o * (1.0 - tanh_c * tanh_c)
    dA = np.empty((T, B, 4 * H))
    da = _views(dA, H)
    da_f, da_i, da_o = da["f"], da["i"], da["o"]
    dh_all = np.empty((T, B, H))
    dc_all = np.empty((T, B, H))
    dh_next = np.zeros((B, H))
    dc_next = np.zeros((B, H))
    # dL/d(gate value) for f, i, o, g of one step, in the block order; times dG it is dL/da.
    dgate = np.empty((B, 4 * H))
    d_gate = _views(dgate, H)
    d_f, d_i, d_o, d_g = d_gate["f"], d_gate["i"], d_gate["o"], d_gate["g"]
    for t in range(T - 1, -1, -1):
        dh, dc = dh_all[t], dc_all[t]
        np.add(dH[t], dh_next, out=dh)
        np.multiply(dh, tanh_c[t], out=d_o)
        np.multiply(dh, dh_dc[t], out=dc)
        dc += dc_next
        if peephole:
            np.multiply(d_o, dG[t, :, 2 * H : H3], out=da_o[t])
            dc += _peep_back(p["P_o"], da_o[t])
        np.multiply(dc, c[t], out=d_f)
        np.multiply(dc, g[t], out=d_i)
        np.multiply(dc, i[t], out=d_g)
        np.multiply(dgate, dG[t], out=dA[t])
        dc_next = dc * f[t]
        if peephole:
            dc_next += _peep_back(p["P_f"], da_f[t]) + _peep_back(p["P_i"], da_i[t])
        dh_next = dA[t] @ U
    dA_rows = flat(dA)
    dW = dA_rows.T @ flat(X)
    dU = dA_rows.T @ flat(h[:-1])
    db = dA_rows.sum(axis=0)
    grads: dict[str, np.ndarray] = {}
    for prefix, block in (("W", dW), ("U", dU), ("b", db)):
        unstack(grads, prefix, block, H, ORDER)
    if peephole:
        grads["P_f"] = _peep_grad(p["P_f"], da_f, c[:-1])
        grads["P_i"] = _peep_grad(p["P_i"], da_i, c[:-1])
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
