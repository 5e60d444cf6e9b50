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

from ..functions import sigmoid
from ..spec import CellSpec
from ..trace import LayerTrace
from . import LayerGrads, flat

ORDER = ("f", "i", "o", "c")  # parameter suffixes of the internal block order; gate "g" uses W_c


def _stack(p: dict, prefix: str) -> np.ndarray:
    return np.concatenate([p[f"{prefix}_{k}"] for k in ORDER])


def _peep(P: np.ndarray, c: np.ndarray) -> np.ndarray:
    """P c for a full peephole (H, H), P ⊙ c for a diagonal one (H,); c is (B, H)."""
    return c @ P.T if P.ndim == 2 else c * P


def _views(block: np.ndarray, H: int) -> dict[str, np.ndarray]:
    return {
        "f": block[..., :H],
        "i": block[..., H : 2 * H],
        "g": block[..., 3 * H :],
        "o": block[..., 2 * H : 3 * H],
    }


def forward(spec: CellSpec, p: dict, X: np.ndarray, h0: np.ndarray, c0: np.ndarray) -> LayerTrace:
    """Run the LSTM over X (T, B, D) from h0, c0 (B, H); returns the layer trace."""
    T, B, _ = X.shape
    H = p["U_f"].shape[0]
    peephole = spec.cell == "peephole_lstm"
    A = (flat(X) @ _stack(p, "W").T + _stack(p, "b")).reshape(T, B, 4 * H)
    U_T = _stack(p, "U").T.copy()
    G = np.empty((T, B, 4 * H))
    h = np.empty((T + 1, B, H))
    c = np.empty((T + 1, B, H))
    tanh_c = np.empty((T, B, H))
    h[0] = h0
    c[0] = c0
    H2, H3 = 2 * H, 3 * H
    with np.errstate(over="ignore"):
        for t in range(T):
            a, gt, c_prev = A[t], G[t], c[t]
            a += h[t] @ U_T
            if peephole:
                a[:, :H] += _peep(p["P_f"], c_prev)
                a[:, H:H2] += _peep(p["P_i"], c_prev)
                sigmoid(a[:, :H2], out=gt[:, :H2])
            else:
                sigmoid(a[:, :H3], out=gt[:, :H3])
            np.tanh(a[:, H3:], out=gt[:, H3:])
            c_t = c[t + 1]
            np.multiply(gt[:, :H], c_prev, out=c_t)
            c_t += gt[:, H:H2] * gt[:, H3:]
            if peephole:
                a[:, H2:H3] += _peep(p["P_o"], c_t)
                sigmoid(a[:, H2:H3], out=gt[:, H2:H3])
            np.tanh(c_t, out=tanh_c[t])
            np.multiply(gt[:, H2:H3], tanh_c[t], out=h[t + 1])
    return LayerTrace(spec, False, X, h, c, _views(A, H), _views(G, H), {"tanh_c": tanh_c, "A": A, "G": G})


def backward(lt: LayerTrace, p: dict, dH: np.ndarray) -> LayerGrads:
    """BPTT through the LSTM; dH (T, B, H) is dL/dh_t arriving from above.

        dh_t  = dH_t + Σ_gates U_ᵀ da_{t+1}
        do_t  = dh_t ⊙ tanh(c_t)                        da_o = do_t ⊙ o_t (1 − o_t)
        dc_t  = dc_{t+1} ⊙ f_{t+1} + dh_t ⊙ o_t (1 − tanh² c_t) [+ P_o da_o + P_f da_f,t+1 + P_i da_i,t+1]
        da_f  = dc_t ⊙ c_{t-1} ⊙ f_t (1 − f_t)         da_i = dc_t ⊙ g_t ⊙ i_t (1 − i_t)
        da_g  = dc_t ⊙ i_t ⊙ (1 − g_t²)
        dW_*  = Σ_t da_* x_tᵀ,  dU_* = Σ_t da_* h_{t-1}ᵀ,  db_* = Σ_t da_*
    """
    h, c, X = lt.h, lt.c, lt.x
    G, tanh_c = lt.extra["G"], lt.extra["tanh_c"]
    T, B, H = dH.shape
    H2, H3 = 2 * H, 3 * H
    peephole = lt.spec.cell == "peephole_lstm"
    U = _stack(p, "U")
    # σ' = s(1 − s) for f, i, o and tanh' = 1 − g² for g, for every step at once.
    dG = np.empty_like(G)
    np.multiply(G[..., :H3], 1.0 - G[..., :H3], out=dG[..., :H3])
    np.subtract(1.0, G[..., H3:] * G[..., H3:], out=dG[..., H3:])
    dA = np.empty((T, B, 4 * H))
    dh_all = np.empty((T, B, H))
    dc_all = np.empty((T, B, H))
    dh_next = np.zeros((B, H))
    dc_next = np.zeros((B, H))
    dgate = np.empty((B, 4 * H))
    for t in range(T - 1, -1, -1):
        gt, da = G[t], dA[t]
        dh = dh_all[t]
        np.add(dH[t], dh_next, out=dh)
        o = gt[:, H2:H3]
        tc = tanh_c[t]
        np.multiply(dh, tc, out=dgate[:, H2:H3])
        dc = dc_all[t]
        np.multiply(dh, o * (1.0 - tc * tc), out=dc)
        dc += dc_next
        if peephole:
            np.multiply(dgate[:, H2:H3], dG[t, :, H2:H3], out=da[:, H2:H3])
            dc += _peep_back(p["P_o"], da[:, H2:H3])
        np.multiply(dc, c[t], out=dgate[:, :H])
        np.multiply(dc, gt[:, H3:], out=dgate[:, H:H2])
        np.multiply(dc, gt[:, H:H2], out=dgate[:, H3:])
        np.multiply(dgate, dG[t], out=da)
        dc_next = dc * gt[:, :H]
        if peephole:
            dc_next += _peep_back(p["P_f"], da[:, :H]) + _peep_back(p["P_i"], da[:, H:H2])
        dh_next = da @ U
    dA_f = flat(dA)
    dW = dA_f.T @ flat(X)
    dU = dA_f.T @ flat(h[:-1])
    db = dA_f.sum(axis=0)
    grads = {}
    for k, name in enumerate(ORDER):
        rows = slice(k * H, (k + 1) * H)
        grads[f"W_{name}"] = dW[rows]
        grads[f"U_{name}"] = dU[rows]
        grads[f"b_{name}"] = db[rows]
    if peephole:
        grads["P_f"] = _peep_grad(p["P_f"], dA[..., :H], c[:-1])
        grads["P_i"] = _peep_grad(p["P_i"], dA[..., H:H2], c[:-1])
        grads["P_o"] = _peep_grad(p["P_o"], dA[..., H2:H3], c[1:])
    dX = (dA_f @ _stack(p, "W")).reshape(X.shape)
    return LayerGrads(grads, dX, dh_all, dc_all, dh_next, dc_next)


def _peep_back(P: np.ndarray, da: np.ndarray) -> np.ndarray:
    """dL/dc through a peephole term P c (full) or P ⊙ c (diagonal); da is (B, H)."""
    return da @ P if P.ndim == 2 else da * P


def _peep_grad(P: np.ndarray, da: np.ndarray, c: np.ndarray) -> np.ndarray:
    """dL/dP summed over steps and batch: Σ da cᵀ (full) or Σ da ⊙ c (diagonal); da, c are (T, B, H)."""
    if P.ndim == 2:
        return flat(da).T @ flat(c)
    return (da * c).sum(axis=(0, 1))
