"""Keras's weight layout for SimpleRNN, LSTM and GRU, both ways, as plain NumPy arrays.

Keras multiplies row vectors from the left (x_t @ kernel), so its matrices are our W and U transposed
and side by side, one column block per gate:

    kernel            (D, G·H)   [W_1ᵀ | W_2ᵀ | …]
    recurrent_kernel  (H, G·H)   [U_1ᵀ | U_2ᵀ | …]
    bias              (G·H,)     [b_1 | b_2 | …]

    SimpleRNN  G = 1:                h_t = φ(x_t W_xhᵀ + h_{t-1} W_hhᵀ + b_h), φ the layer's activation
    LSTM       G = 4, gates i, f, c, o (c is the candidate g = C̃); the same equations as ours
    GRU        G = 3, gates z, r, h, and z keeps the old state: h_t = z ⊙ h_{t-1} + (1 − z) ⊙ h̃_t
               (our update="z_keeps_old"). reset_after=True (the default in TensorFlow 2's Keras and
               Keras 3; cuDNN's form, our reset="after") has a two-row bias (2, 3H): row 0 is added to
               x_t @ kernel, row 1 to h_{t-1} @ recurrent_kernel, so b_z, b_r are the sums and
               b_h = bias[0, h], b_hn = bias[1, h].
               reset_after=False (our reset="before") has a single (3H,) bias.

These are the equations of keras/src/layers/rnn/{simple_rnn,lstm,gru}.py (``GRUCell.call`` ends in
``h = z * h_tm1 + (1 - z) * hh``), with activation="tanh" and recurrent_activation="sigmoid", the
defaults since TensorFlow 2 (the older default "hard_sigmoid" computes something else).
An output ``Dense(V)`` has kernel (K·H, V) = W_hyᵀ and bias (V,) = b_y.
"""

from __future__ import annotations

import numpy as np

#: Our parameter suffix for each of Keras's gate blocks, in Keras's order.
BLOCKS: dict[str, tuple[str, ...]] = {"rnn": ("xh",), "lstm": ("i", "f", "c", "o"), "gru": ("z", "r", "h")}
KERAS_CLASS = {"rnn": "keras.layers.SimpleRNN", "lstm": "keras.layers.LSTM", "gru": "keras.layers.GRU"}
#: Keras's default layer names (``lstm``, ``lstm_1``, …) and their cells' names.
LAYER_NAME = {"rnn": "simple_rnn", "lstm": "lstm", "gru": "gru"}


def layer_to_keras(cell: str, p: dict[str, np.ndarray], reset: str | None = None) -> dict[str, np.ndarray]:
    """One layer and direction's parameters (plain names) -> kernel, recurrent_kernel, bias.

    ``reset`` is the GRU's option: "after" gives the two-row bias of reset_after=True.
    """
    if cell == "rnn":
        return {"kernel": p["W_xh"].T.copy(), "recurrent_kernel": p["W_hh"].T.copy(), "bias": p["b_h"].copy()}
    gates = BLOCKS[cell]
    out = {
        "kernel": np.concatenate([p[f"W_{g}"].T for g in gates], axis=1),
        "recurrent_kernel": np.concatenate([p[f"U_{g}"].T for g in gates], axis=1),
    }
    bias = np.concatenate([p[f"b_{g}"] for g in gates])
    if cell == "gru" and reset == "after":
        recurrent = np.zeros_like(bias)
        recurrent[2 * p["b_h"].shape[0] :] = p["b_hn"]
        bias = np.stack([bias, recurrent])
    out["bias"] = bias
    return out


def layer_from_keras(
    kind: str, kernel: np.ndarray, recurrent_kernel: np.ndarray, bias: np.ndarray
) -> dict[str, np.ndarray]:
    """Keras's arrays of one layer and direction -> our parameters. A (2, 3H) GRU bias means reset_after."""
    if kind == "rnn":
        return {"W_xh": kernel.T.copy(), "W_hh": recurrent_kernel.T.copy(), "b_h": bias.copy()}
    H = recurrent_kernel.shape[0]
    two_rows = bias.ndim == 2
    p: dict[str, np.ndarray] = {}
    for j, g in enumerate(BLOCKS[kind]):
        cols = slice(j * H, (j + 1) * H)
        p[f"W_{g}"] = kernel[:, cols].T.copy()
        p[f"U_{g}"] = recurrent_kernel[:, cols].T.copy()
        if not two_rows:
            p[f"b_{g}"] = bias[cols].copy()
        elif g == "h":
            p["b_h"] = bias[0, cols].copy()
            p["b_hn"] = bias[1, cols].copy()
        else:
            p[f"b_{g}"] = bias[0, cols] + bias[1, cols]
    return p
