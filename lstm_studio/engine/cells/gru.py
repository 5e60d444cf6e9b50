"""GRU in its textbook variants.

    z_t = σ(W_z x_t + U_z h_{t-1} + b_z)                          update gate
    r_t = σ(W_r x_t + U_r h_{t-1} + b_r)                          reset gate (absent when reset="none")
    reset="before" (Cho 2014, colah):  h̃_t = tanh(W_h x_t + U_h (r_t ⊙ h_{t-1}) + b_h)
    reset="after"  (cuDNN, PyTorch):   h̃_t = tanh(W_h x_t + b_h + r_t ⊙ (U_h h_{t-1} + b_hn))
    reset="none"   (simplified GRU):   h̃_t = tanh(W_h x_t + U_h h_{t-1} + b_h)
    update="z_takes_new" (colah, deeplearning.ai):  h_t = (1 − z_t) ⊙ h_{t-1} + z_t ⊙ h̃_t
    update="z_keeps_old" (Cho 2014, PyTorch):       h_t = z_t ⊙ h_{t-1} + (1 − z_t) ⊙ h̃_t

W_* (H, D), U_* (H, H), b_* and b_hn (H,). Internally the gates form one (B, nH) block in the order
z, r, h̃ (z, h̃ without a reset gate).
"""

from __future__ import annotations

import numpy as np

from ..functions import sigmoid
from ..spec import CellSpec
from ..trace import LayerTrace
from . import LayerGrads, flat


def _order(spec: CellSpec) -> tuple[str, ...]:
    return ("z", "h") if spec.option("reset") == "none" else ("z", "r", "h")


def _stack(p: dict, prefix: str, order: tuple[str, ...]) -> np.ndarray:
    return np.concatenate([p[f"{prefix}_{k}"] for k in order])


def _views(block: np.ndarray, H: int, order: tuple[str, ...]) -> dict[str, np.ndarray]:
    names = {"z": "z", "r": "r", "h": "h_tilde"}
    return {names[k]: block[..., j * H : (j + 1) * H] for j, k in enumerate(order)}


def forward(spec: CellSpec, p: dict, X: np.ndarray, h0: np.ndarray, c0=None) -> LayerTrace:
    """Run the GRU over X (T, B, D) from h0 (B, H); returns the layer trace."""
    T, B, _ = X.shape
    H = p["U_z"].shape[0]
    reset = spec.option("reset")
    keeps_old = spec.option("update") == "z_keeps_old"
    order = _order(spec)
    n_gates = len(order)
    S = (n_gates - 1) * H  # width of the sigmoid block
    A = (flat(X) @ _stack(p, "W", order).T + _stack(p, "b", order)).reshape(T, B, n_gates * H)
    G = np.empty_like(A)
    h = np.empty((T + 1, B, H))
    h[0] = h0
    extra: dict[str, np.ndarray] = {}
    if reset == "before":
        U_zr_T = _stack(p, "U", ("z", "r")).T.copy()
        U_h_T = p["U_h"].T.copy()
        rh = extra["rh"] = np.empty((T, B, H))
    else:
        U_T = _stack(p, "U", order).T.copy()
    if reset == "after":
        n = extra["n"] = np.empty((T, B, H))
        b_hn = p["b_hn"]
    with np.errstate(over="ignore"):
        for t in range(T):
            a, gt, h_prev = A[t], G[t], h[t]
            if reset == "before":
                a[:, :S] += h_prev @ U_zr_T
                sigmoid(a[:, :S], out=gt[:, :S])
                np.multiply(gt[:, H:S], h_prev, out=rh[t])
                a[:, S:] += rh[t] @ U_h_T
            elif reset == "after":
                hu = h_prev @ U_T
                a[:, :S] += hu[:, :S]
                sigmoid(a[:, :S], out=gt[:, :S])
                np.add(hu[:, S:], b_hn, out=n[t])
                a[:, S:] += gt[:, H:S] * n[t]
            else:
                a += h_prev @ U_T
                sigmoid(a[:, :S], out=gt[:, :S])
            np.tanh(a[:, S:], out=gt[:, S:])
            z, h_tilde = gt[:, :H], gt[:, S:]
            # Both conventions as h_t = h̃ + w ⊙ (h_{t-1} − h̃), w the weight on the old state.
            w = z if keeps_old else 1.0 - z
            np.subtract(h_prev, h_tilde, out=h[t + 1])
            h[t + 1] *= w
            h[t + 1] += h_tilde
    extra["G"] = G
    return LayerTrace(spec, False, X, h, None, _views(A, H, order), _views(G, H, order), extra)


def backward(lt: LayerTrace, p: dict, dH: np.ndarray) -> LayerGrads:
    """BPTT through the GRU; dH (T, B, H) is dL/dh_t arriving from above.

    With w_t the weight on the old state (z_t when z keeps the old state, 1 − z_t otherwise):
        dh̃_t  = dh_t ⊙ (1 − w_t)          dw_t = dh_t ⊙ (h_{t-1} − h̃_t)       dz_t = ±dw_t
        da_h   = dh̃_t ⊙ (1 − h̃_t²)
        reset before:  d(r⊙h) = U_hᵀ da_h,  dr_t = d(r⊙h) ⊙ h_{t-1},  dU_h = Σ da_h (r_t ⊙ h_{t-1})ᵀ
        reset after:   dn_t = da_h ⊙ r_t,   dr_t = da_h ⊙ n_t,        dU_h = Σ dn_t h_{t-1}ᵀ, db_hn = Σ dn_t
        da_z = dz_t ⊙ z_t (1 − z_t),  da_r = dr_t ⊙ r_t (1 − r_t)
        dh_{t-1} = dh_t ⊙ w_t + U_zᵀ da_z + U_rᵀ da_r + (U_hᵀ (r ⊙ d(r⊙h)) | U_hᵀ dn_t | U_hᵀ da_h)
    """
    spec, h, X, G = lt.spec, lt.h, lt.x, lt.extra["G"]
    T, B, H = dH.shape
    reset = spec.option("reset")
    keeps_old = spec.option("update") == "z_keeps_old"
    order = _order(spec)
    S = (len(order) - 1) * H
    dG = np.empty_like(G)
    np.multiply(G[..., :S], 1.0 - G[..., :S], out=dG[..., :S])
    np.subtract(1.0, G[..., S:] * G[..., S:], out=dG[..., S:])
    dA = np.empty_like(G)
    dh_all = np.empty((T, B, H))
    dh_next = np.zeros((B, H))
    U_h = p["U_h"]
    U_zr = None if reset == "none" else _stack(p, "U", ("z", "r"))
    if reset == "after":
        dN = np.empty((T, B, H))
        n = lt.extra["n"]
    U_all = _stack(p, "U", order)
    for t in range(T - 1, -1, -1):
        gt, da = G[t], dA[t]
        z, h_tilde, h_prev = gt[:, :H], gt[:, S:], h[t]
        dh = dh_all[t]
        np.add(dH[t], dh_next, out=dh)
        if keeps_old:
            w = z
            np.multiply(dh, h_prev - h_tilde, out=da[:, :H])
        else:
            w = 1.0 - z
            np.multiply(dh, h_tilde - h_prev, out=da[:, :H])
        da[:, :H] *= dG[t, :, :H]
        np.multiply(dh, 1.0 - w, out=da[:, S:])
        da[:, S:] *= dG[t, :, S:]
        dh_next = dh * w
        if reset == "before":
            drh = da[:, S:] @ U_h
            np.multiply(drh, h_prev, out=da[:, H:S])
            da[:, H:S] *= dG[t, :, H:S]
            dh_next += drh * gt[:, H:S]
            dh_next += da[:, :S] @ U_zr
        elif reset == "after":
            r = gt[:, H:S]
            np.multiply(da[:, S:], r, out=dN[t])
            np.multiply(da[:, S:], n[t], out=da[:, H:S])
            da[:, H:S] *= dG[t, :, H:S]
            dh_next += da[:, :S] @ U_zr + dN[t] @ U_h
        else:
            dh_next += da @ U_all
    dA_f = flat(dA)
    dW = dA_f.T @ flat(X)
    db = dA_f.sum(axis=0)
    grads = {}
    for j, name in enumerate(order):
        rows = slice(j * H, (j + 1) * H)
        grads[f"W_{name}"] = dW[rows]
        grads[f"b_{name}"] = db[rows]
    h_prev_f = flat(h[:-1])
    grads["U_z"] = flat(dA[..., :H]).T @ h_prev_f
    if reset != "none":
        grads["U_r"] = flat(dA[..., H:S]).T @ h_prev_f
    if reset == "before":
        grads["U_h"] = flat(dA[..., S:]).T @ flat(lt.extra["rh"])
    elif reset == "after":
        grads["U_h"] = flat(dN).T @ h_prev_f
        grads["b_hn"] = flat(dN).sum(axis=0)
    else:
        grads["U_h"] = flat(dA[..., S:]).T @ h_prev_f
    dX = (dA_f @ _stack(p, "W", order)).reshape(X.shape)
    return LayerGrads(grads, dX, dh_all, None, dh_next, None)
