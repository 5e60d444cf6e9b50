"""The cells one step at a time, written to be read: one function per cell, one line per equation.

This is the min-char-rnn way of writing a cell: one sequence, one step, plain NumPy, the variable names
of the equations (f i g o c h; z r h_tilde h). The engine (:mod:`lstm_studio.engine.cells`) computes the
same numbers batched and fused for speed; this module is the other, obvious way to compute them, and
serves twice:

- the NumPy export (:mod:`lstm_studio.interop.numpy_script`) copies :func:`sigmoid` and the cell's step
  function from this file, verbatim, into the script it writes;
- the tests run it as an oracle against the engine's forward pass and BPTT for every cell and convention
  (tests/engine/test_reference.py).

So that the copied functions run on their own, this module imports NumPy and nothing else. Shapes: x is
the step's input (D,), h_prev and c_prev the state before it (H,); p holds one layer's parameters under
their equation names (W_* (H, D), U_* (H, H), b_* (H,)). The keyword arguments are the cell's options
(docs/model-file.md): a step function is called with ``**dict(spec.options)``.

The ``*_backward`` functions take one step back: given dh (dL/dh_t from the output above and from step
t + 1) they return dL/dh_{t-1} (and for the LSTM dL/dc_{t-1} and the total dL/dc_t), the gradients of
the step's pre-activations keyed like the engine's trace (a; f i g o; z r h_tilde), and the step's part of
dL/dθ for every parameter.
"""

import numpy as np


def sigmoid(a):
    """σ(a) = 1 / (1 + e^(−a))."""
    return 1.0 / (1.0 + np.exp(-a))


# --- the steps ------------------------------------------------------------------------------------------


def rnn_step(p, x, h_prev, activation="tanh"):
    """One step of the Elman RNN: h_t = φ(W_xh x_t + W_hh h_{t-1} + b_h), φ = tanh or relu.

    Returns h_t and the step's gates (none).
    """
    a = p["W_xh"] @ x + p["W_hh"] @ h_prev + p["b_h"]
    h = np.tanh(a) if activation == "tanh" else np.maximum(a, 0.0)
    return h, {}


def lstm_step(p, x, h_prev, c_prev, peephole=None):
    """One step of the LSTM; with ``peephole`` ("diagonal": P ⊙ c, "full": P c) the peephole LSTM.

        f_t = σ(W_f x_t + U_f h_{t-1} [+ P_f c_{t-1}] + b_f)        forget gate
        i_t = σ(W_i x_t + U_i h_{t-1} [+ P_i c_{t-1}] + b_i)        input gate
        g_t = tanh(W_c x_t + U_c h_{t-1} + b_c)                     the candidate C̃_t
        c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
        o_t = σ(W_o x_t + U_o h_{t-1} [+ P_o c_t] + b_o)            output gate
        h_t = o_t ⊙ tanh(c_t)

    Returns h_t, c_t and the step's gates.
    """

    def peep(P, c):
        if peephole is None:
            return 0.0
        return P * c if peephole == "diagonal" else P @ c

    f = sigmoid(p["W_f"] @ x + p["U_f"] @ h_prev + peep(p.get("P_f"), c_prev) + p["b_f"])
    i = sigmoid(p["W_i"] @ x + p["U_i"] @ h_prev + peep(p.get("P_i"), c_prev) + p["b_i"])
    g = np.tanh(p["W_c"] @ x + p["U_c"] @ h_prev + p["b_c"])
    c = f * c_prev + i * g
    o = sigmoid(p["W_o"] @ x + p["U_o"] @ h_prev + peep(p.get("P_o"), c) + p["b_o"])
    h = o * np.tanh(c)
    return h, c, {"f": f, "i": i, "g": g, "o": o}


def gru_step(p, x, h_prev, reset="before", update="z_takes_new"):
    """One step of the GRU in its conventions.

        z_t = σ(W_z x_t + U_z h_{t-1} + b_z)                                   update gate
        r_t = σ(W_r x_t + U_r h_{t-1} + b_r)                                   reset gate
        reset "before":  h̃_t = tanh(W_h x_t + U_h (r_t ⊙ h_{t-1}) + b_h)
        reset "after":   h̃_t = tanh(W_h x_t + b_h + r_t ⊙ (U_h h_{t-1} + b_hn))
        reset "none":    h̃_t = tanh(W_h x_t + U_h h_{t-1} + b_h)               no reset gate (r ≡ 1)
        update "z_takes_new":  h_t = (1 − z_t) ⊙ h_{t-1} + z_t ⊙ h̃_t
        update "z_keeps_old":  h_t = z_t ⊙ h_{t-1} + (1 − z_t) ⊙ h̃_t

    Returns h_t and the step's gates.
    """
    z = sigmoid(p["W_z"] @ x + p["U_z"] @ h_prev + p["b_z"])
    gates = {"z": z}
    if reset == "none":
        h_tilde = np.tanh(p["W_h"] @ x + p["U_h"] @ h_prev + p["b_h"])
    else:
        r = sigmoid(p["W_r"] @ x + p["U_r"] @ h_prev + p["b_r"])
        gates["r"] = r
        if reset == "before":
            h_tilde = np.tanh(p["W_h"] @ x + p["U_h"] @ (r * h_prev) + p["b_h"])
        else:
            h_tilde = np.tanh(p["W_h"] @ x + p["b_h"] + r * (p["U_h"] @ h_prev + p["b_hn"]))
    gates["h_tilde"] = h_tilde
    if update == "z_keeps_old":
        h = z * h_prev + (1.0 - z) * h_tilde
    else:
        h = (1.0 - z) * h_prev + z * h_tilde
    return h, gates


# --- one step back ------------------------------------------------------------------------------------


def _affine_grads(grads, suffix, da, x, h_prev, recurrent=True):
    """The step's part of dL/dW, dL/dU and dL/db of one gate: da x_tᵀ, da h_{t-1}ᵀ, da."""
    grads[f"W_{suffix}"] = np.outer(da, x)
    if recurrent:
        grads[f"U_{suffix}"] = np.outer(da, h_prev)
    grads[f"b_{suffix}"] = da


def rnn_step_backward(p, x, h_prev, h, dh, activation="tanh"):
    """One step back through the Elman RNN; h is h_t and dh = dL/dh_t.

        da_t = dh_t ⊙ φ'(a_t)         tanh' = 1 − h_t², relu' = 1 where a_t > 0 (where h_t > 0)
        dL/dW_xh += da_t x_tᵀ,  dL/dW_hh += da_t h_{t-1}ᵀ,  dL/db_h += da_t,  dL/dh_{t-1} = W_hhᵀ da_t

    Returns dL/dh_{t-1}, {"a": da_t} and the step's parameter gradients.
    """
    slope = 1.0 - h * h if activation == "tanh" else (h > 0).astype(float)
    da = dh * slope
    grads = {"W_xh": np.outer(da, x), "W_hh": np.outer(da, h_prev), "b_h": da}
    return p["W_hh"].T @ da, {"a": da}, grads


def lstm_step_backward(p, x, h_prev, c_prev, c, gates, dh, dc_later, peephole=None):
    """One step back through the (peephole) LSTM; c is c_t, gates the step's f i g o.

    dh = dL/dh_t; dc_later is what reaches c_t through the later steps (dL/dc_{t} of step t + 1's
    c_{t}: f_{t+1} and the peepholes of f_{t+1} and i_{t+1}), 0 after the last step.

        do_t = dh_t ⊙ tanh(c_t)                    da_o = do_t ⊙ o_t (1 − o_t)
        dc_t = dc_later + dh_t ⊙ o_t (1 − tanh² c_t) [+ P_oᵀ da_o]
        da_f = dc_t ⊙ c_{t-1} ⊙ f_t (1 − f_t)      da_i = dc_t ⊙ g_t ⊙ i_t (1 − i_t)
        da_g = dc_t ⊙ i_t ⊙ (1 − g_t²)
        dL/dc_{t-1} = dc_t ⊙ f_t [+ P_fᵀ da_f + P_iᵀ da_i]
        dL/dh_{t-1} = U_fᵀ da_f + U_iᵀ da_i + U_cᵀ da_g + U_oᵀ da_o

    Returns dL/dh_{t-1}, dL/dc_{t-1}, the total dL/dc_t, {"f", "i", "g", "o": da} and the step's
    parameter gradients.
    """
    f, i, g, o = gates["f"], gates["i"], gates["g"], gates["o"]

    def peep_back(name, da):
        """dL/dc through P c (full: Pᵀ da) or P ⊙ c (diagonal: P ⊙ da)."""
        if peephole is None:
            return 0.0
        return p[name] * da if peephole == "diagonal" else p[name].T @ da

    tanh_c = np.tanh(c)
    da_o = dh * tanh_c * o * (1.0 - o)
    dc = dc_later + dh * o * (1.0 - tanh_c * tanh_c) + peep_back("P_o", da_o)
    da_f = dc * c_prev * f * (1.0 - f)
    da_i = dc * g * i * (1.0 - i)
    da_g = dc * i * (1.0 - g * g)
    dc_prev = dc * f + peep_back("P_f", da_f) + peep_back("P_i", da_i)
    dh_prev = p["U_f"].T @ da_f + p["U_i"].T @ da_i + p["U_c"].T @ da_g + p["U_o"].T @ da_o
    grads: dict[str, np.ndarray] = {}
    for suffix, da in (("f", da_f), ("i", da_i), ("c", da_g), ("o", da_o)):
        _affine_grads(grads, suffix, da, x, h_prev)
    if peephole is not None:
        for name, da, seen in (("P_f", da_f, c_prev), ("P_i", da_i, c_prev), ("P_o", da_o, c)):
            grads[name] = da * seen if peephole == "diagonal" else np.outer(da, seen)
    return dh_prev, dc_prev, dc, {"f": da_f, "i": da_i, "g": da_g, "o": da_o}, grads


def gru_step_backward(p, x, h_prev, gates, dh, reset="before", update="z_takes_new"):
    """One step back through the GRU; gates are the step's z (r) h_tilde and dh = dL/dh_t.

    With w_t the weight on the old state (z_t when z keeps it, 1 − z_t when z takes the new one):
        dh̃_t = dh_t ⊙ (1 − w_t)                     da_h = dh̃_t ⊙ (1 − h̃_t²)
        dz_t = ±dh_t ⊙ (h_{t-1} − h̃_t)               da_z = dz_t ⊙ z_t (1 − z_t)
        reset "before":  d(r⊙h) = U_hᵀ da_h,  da_r = d(r⊙h) ⊙ h_{t-1} ⊙ r_t (1 − r_t)
        reset "after":   dn_t = da_h ⊙ r_t,   da_r = da_h ⊙ n_t ⊙ r_t (1 − r_t)
        dL/dh_{t-1} = dh_t ⊙ w_t + U_zᵀ da_z + U_rᵀ da_r + (U_hᵀ (r_t ⊙ d(r⊙h)) | U_hᵀ dn_t | U_hᵀ da_h)

    Returns dL/dh_{t-1}, {"z", "r", "h_tilde": da} (plus "n": dn_t for reset "after") and the step's
    parameter gradients.
    """
    z, h_tilde = gates["z"], gates["h_tilde"]
    if update == "z_keeps_old":
        w, dz = z, dh * (h_prev - h_tilde)
    else:
        w, dz = 1.0 - z, dh * (h_tilde - h_prev)
    da_h = dh * (1.0 - w) * (1.0 - h_tilde * h_tilde)
    da_z = dz * z * (1.0 - z)
    da = {"z": da_z, "h_tilde": da_h}
    grads: dict[str, np.ndarray] = {}
    _affine_grads(grads, "z", da_z, x, h_prev)
    dh_prev = dh * w + p["U_z"].T @ da_z
    if reset == "none":
        _affine_grads(grads, "h", da_h, x, h_prev)
        dh_prev = dh_prev + p["U_h"].T @ da_h
    else:
        r = gates["r"]
        if reset == "before":
            drh = p["U_h"].T @ da_h
            da["r"] = drh * h_prev * r * (1.0 - r)
            _affine_grads(grads, "h", da_h, x, r * h_prev)
            dh_prev = dh_prev + drh * r
        else:
            n = p["U_h"] @ h_prev + p["b_hn"]
            dn = da_h * r
            da["r"] = da_h * n * r * (1.0 - r)
            da["n"] = dn
            _affine_grads(grads, "h", da_h, x, h_prev, recurrent=False)
            grads["U_h"] = np.outer(dn, h_prev)
            grads["b_hn"] = dn
            dh_prev = dh_prev + p["U_h"].T @ dn
        _affine_grads(grads, "r", da["r"], x, h_prev)
        dh_prev = dh_prev + p["U_r"].T @ da["r"]
    return dh_prev, da, grads
