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

from lstm_studio.engine.cells import LayerGrads, flat, input_projection, stack, stack_for_rows, unstack, views
from lstm_studio.engine.functions import sigmoid_unguarded
from lstm_studio.engine.spec import CellSpec
from lstm_studio.engine.trace import LayerTrace


def forward(
    spec: CellSpec, p: dict, X: np.ndarray, h0: np.ndarray, c0=None, tokens: np.ndarray | None = None
) -> LayerTrace:
    """Run the GRU over X (T, B, D) from h0 ((B, H), or (H,) for every sequence); returns the layer trace.

    ``tokens`` (T, B): the token indices when X is their one-hot encoding (the first layer); W x_t is
    then a gather (:func:`lstm_studio.engine.cells.input_projection`).
    """
    T, B, _ = X.shape
    H = p["U_z"].shape[0]
    reset = spec.option("reset")
    keeps_old = spec.option("update") == "z_keeps_old"
    order = spec.gates  # z, r, h_tilde (z, h_tilde without a reset gate)
    S = (len(order) - 1) * H  # width of the sigmoid block: z (and r)
    A = input_projection(p, order, X, tokens)
    G = np.empty_like(A)
    h = np.empty((T + 1, B, H))
    h[0] = h0
    pre, gates = views(A, H, order), views(G, H, order)
    a_h = pre["h_tilde"]
    z, h_tilde = gates["z"], gates["h_tilde"]
    r = gates.get("r")
    a_sig, sig = A[..., :S], G[..., :S]
    extra: dict[str, np.ndarray] = {"G": G}
    if reset == "before":
        U_zr_T = stack(p, "U", ("z", "r")).T  # views: h_{t-1} · Uᵀ reads U row by row, OpenBLAS's faster way
        U_h_T = p["U_h"].T
        rh = extra["rh"] = np.empty((T, B, H))
    else:
        U_T = stack(p, "U", order).T
    if reset == "after":
        n = extra["n"] = np.empty((T, B, H))
        b_hn = p["b_hn"]
    with np.errstate(over="ignore"):
        for t in range(T):
            if reset == "before":
                assert r is not None  # reset "before" and "after" have a reset gate
                a_sig[t] += np.dot(h[t], U_zr_T)
                sigmoid_unguarded(a_sig[t], out=sig[t])
                np.multiply(r[t], h[t], out=rh[t])
                a_h[t] += np.dot(rh[t], U_h_T)
            elif reset == "after":
                assert r is not None
                Uh = np.dot(h[t], U_T)  # U_z h_{t-1}, U_r h_{t-1}, U_h h_{t-1} side by side
                a_sig[t] += Uh[:, :S]
                sigmoid_unguarded(a_sig[t], out=sig[t])
                np.add(Uh[:, S:], b_hn, out=n[t])
                a_h[t] += r[t] * n[t]
            else:
                A[t] += np.dot(h[t], U_T)
                sigmoid_unguarded(a_sig[t], out=sig[t])
            np.tanh(a_h[t], out=h_tilde[t])
            # Both conventions as one interpolation weighted by z_t: h_t = h_{t-1} + z_t ⊙ (h̃_t − h_{t-1})
            # when z takes the new state, h_t = h̃_t + z_t ⊙ (h_{t-1} − h̃_t) when it keeps the old one.
            start, end = (h_tilde[t], h[t]) if keeps_old else (h[t], h_tilde[t])
            np.subtract(end, start, out=h[t + 1])
            h[t + 1] *= z[t]
            h[t + 1] += start
    return LayerTrace(spec, False, X, h, None, pre, gates, extra)


def backward(lt: LayerTrace, p: dict, dH: np.ndarray, need_dX: bool = True) -> LayerGrads:
    """BPTT through the GRU; dH (T, B, H) is dL/dh_t arriving from above.

    With w_t the weight on the old state (z_t when z keeps the old state, 1 − z_t otherwise):
        dh̃_t  = dh_t ⊙ (1 − w_t)          dw_t = dh_t ⊙ (h_{t-1} − h̃_t)       dz_t = ±dw_t
        da_h   = dh̃_t ⊙ (1 − h̃_t²)
        reset before:  d(r⊙h) = U_hᵀ da_h,  dr_t = d(r⊙h) ⊙ h_{t-1},  dU_h = Σ da_h (r_t ⊙ h_{t-1})ᵀ
        reset after:   dn_t = da_h ⊙ r_t,   dr_t = da_h ⊙ n_t,        dU_h = Σ dn_t h_{t-1}ᵀ, db_hn = Σ dn_t
        da_z = dz_t ⊙ z_t (1 − z_t),  da_r = dr_t ⊙ r_t (1 − r_t)
        dh_{t-1} = dh_t ⊙ w_t + U_zᵀ da_z + U_rᵀ da_r + (U_hᵀ (r ⊙ d(r⊙h)) | U_hᵀ dn_t | U_hᵀ da_h)

    da_z, da_r, da_h are returned as ``da`` (da_h under the candidate's key ``h_tilde``), with dn_t under
    ``n`` for reset after. dX is None unless need_dX.
    """
    spec, h, X, G = lt.spec, lt.h, lt.x, lt.extra["G"]
    T, B, H = dH.shape
    reset = spec.option("reset")
    if reset == "after":
        return _backward_reset_after(lt, p, dH, need_dX)
    order = spec.gates  # z, r, h_tilde (z, h_tilde without a reset gate)
    S = (len(order) - 1) * H
    gates = views(G, H, order)
    z, h_tilde, r = gates["z"], gates["h_tilde"], gates.get("r")
    h_prev = h[:-1]
    # Every factor that does not depend on the backward recursion, for all steps at once: w_t, the local
    # derivatives ∂h_t/∂a_z and ∂h_t/∂a_h, and the one that turns dL/d(what r_t gates) into dL/da_r.
    if spec.option("update") == "z_keeps_old":
        w, dh_dz, dh_dh_tilde = z, h_prev - h_tilde, 1.0 - z
    else:
        w, dh_dz, dh_dh_tilde = 1.0 - z, h_tilde - h_prev, z
    dh_daz = dh_dz * z * (1.0 - z)
    dh_dah = dh_dh_tilde * (1.0 - h_tilde * h_tilde)
    if reset == "before":
        assert r is not None  # reset "before" and "after" have a reset gate
        drh_dar = h_prev * r * (1.0 - r)  # d(r ⊙ h_{t-1}) / da_r
    elif reset == "after":
        assert r is not None
        n = lt.extra["n"]
        dah_dar = n * r * (1.0 - r)  # d(a_h) / da_r, since a_h = … + r ⊙ n
        dN = np.empty((T, B, H))
    dA = np.empty_like(G)
    da = views(dA, H, order)
    da_z, da_h, da_r = da["z"], da["h_tilde"], da.get("r")
    dh_all = np.empty((T, B, H))
    dh_next = np.zeros((B, H))
    U_h = p["U_h"]
    if reset == "none":
        U_all = stack(p, "U", order)
    else:
        U_zr = stack(p, "U", ("z", "r"))
        da_zr = dA[..., :S]
    for t in range(T - 1, -1, -1):
        dh = dh_all[t]
        np.add(dH[t], dh_next, out=dh)
        np.multiply(dh, dh_daz[t], out=da_z[t])
        np.multiply(dh, dh_dah[t], out=da_h[t])
        dh_next = dh * w[t]
        if reset == "before":
            assert r is not None and da_r is not None
            drh = np.dot(da_h[t], U_h)
            np.multiply(drh, drh_dar[t], out=da_r[t])
            dh_next += drh * r[t]
            dh_next += np.dot(da_zr[t], U_zr)
        elif reset == "after":
            assert r is not None and da_r is not None
            np.multiply(da_h[t], r[t], out=dN[t])
            np.multiply(da_h[t], dah_dar[t], out=da_r[t])
            dh_next += np.dot(da_zr[t], U_zr)
            dh_next += np.dot(dN[t], U_h)
        else:
            dh_next += np.dot(dA[t], U_all)
    dA_rows = flat(dA)
    dW = dA_rows.T @ flat(X)
    db = dA_rows.sum(axis=0)
    grads: dict[str, np.ndarray] = {}
    for prefix, block in (("W", dW), ("b", db)):
        unstack(grads, prefix, block, H, order)
    h_prev_rows = flat(h_prev)
    grads["U_z"] = flat(da_z).T @ h_prev_rows
    if reset != "none":
        assert da_r is not None
        grads["U_r"] = flat(da_r).T @ h_prev_rows
    if reset == "before":
        grads["U_h"] = flat(da_h).T @ flat(lt.extra["rh"])
    elif reset == "after":
        grads["U_h"] = flat(dN).T @ h_prev_rows
        grads["b_hn"] = flat(dN).sum(axis=0)
    else:
        grads["U_h"] = flat(da_h).T @ h_prev_rows
    dX = (dA_rows @ stack(p, "W", order)).reshape(X.shape) if need_dX else None
    if reset == "after":
        da["n"] = dN
    return LayerGrads(grads, dX, dh_all, None, dh_next, None, da)


def _backward_reset_after(lt: LayerTrace, p: dict, dH: np.ndarray, need_dX: bool) -> LayerGrads:
    """:func:`backward` for reset="after", with the step's work in as few calls as the equations allow.

    Per step, dL/da_h and dL/da_z are dh_t times factors known before the recursion, and dL/da_r and dL/dn_t
    are da_h times such factors:
        [da_h, da_z] = dh_t ⊙ [(1 − w_t)(1 − h̃_t²), ±(h_{t-1} − h̃_t) z_t (1 − z_t)]
        [da_r, dn_t] = da_h ⊙ [n_t r_t (1 − r_t), r_t]
        dh_{t-1} = dh_t ⊙ w_t + [U_z; U_r; U_h]ᵀ [da_z; da_r; dn_t]
    so one block D = [da_h, da_z, da_r, dn] (T, B, 4H) holds them all, and the weight gradients come from
    it in whole-sequence products after the loop: dU_z, dU_r, dU_h = Σ_t [da_z; da_r; dn_t] h_{t-1}ᵀ.
    """
    h, X, G, n = lt.h, lt.x, lt.extra["G"], lt.extra["n"]
    T, B, H = dH.shape
    z, r, h_tilde = G[..., :H], G[..., H : 2 * H], G[..., 2 * H :]
    h_prev = h[:-1]
    if lt.spec.option("update") == "z_keeps_old":
        w, dh_dz, dh_dh_tilde = z, h_prev - h_tilde, 1.0 - z
    else:
        w, dh_dz, dh_dh_tilde = 1.0 - z, h_tilde - h_prev, z
    # The factors known before the recursion go where the step will overwrite them with the gradients.
    D = np.empty((T, B, 4 * H))
    D_hz, D_rn = D[..., : 2 * H].reshape(T, B, 2, H), D[..., 2 * H :].reshape(T, B, 2, H)
    np.multiply(dh_dh_tilde, 1.0 - h_tilde * h_tilde, out=D_hz[:, :, 0])  # ∂h_t/∂a_h
    np.multiply(dh_dz, z * (1.0 - z), out=D_hz[:, :, 1])  # ∂h_t/∂a_z
    np.multiply(n, r * (1.0 - r), out=D_rn[:, :, 0])  # ∂a_h/∂a_r, since a_h = … + r_t ⊙ n_t
    D_rn[:, :, 1] = r  # ∂a_h/∂n_t
    da_h, D_zrn = D[..., :H], D[..., H:]
    U_zrh = stack_for_rows(p, "U", ("z", "r", "h_tilde"))  # (3H, H), rows matching [da_z; da_r; dn]
    dh_all = np.empty((T, B, H))
    dh_next = np.zeros((B, H))
    for t in range(T - 1, -1, -1):
        dh = dh_all[t]
        np.add(dH[t], dh_next, out=dh)
        D_hz[t] *= dh[:, None]
        D_rn[t] *= da_h[t][:, None]
        dh_next = dh * w[t]
        dh_next += np.dot(D_zrn[t], U_zrh)
    order = ("h_tilde", "z", "r")  # the gates of D[..., :3H]
    rows = flat(D)
    dW = rows[:, : 3 * H].T @ flat(X)
    dU = rows[:, H:].T @ flat(h_prev)
    db = rows.sum(axis=0)
    grads: dict[str, np.ndarray] = {}
    unstack(grads, "W", dW, H, order)
    unstack(grads, "b", db[: 3 * H], H, order)
    unstack(grads, "U", dU, H, ("z", "r", "h_tilde"))
    grads["b_hn"] = db[3 * H :]
    dX = (rows[:, : 3 * H] @ stack(p, "W", order)).reshape(X.shape) if need_dX else None
    da = {"z": D[..., H : 2 * H], "r": D[..., 2 * H : 3 * H], "h_tilde": da_h, "n": D[..., 3 * H :]}
    return LayerGrads(grads, dX, dh_all, None, dh_next, None, da)
