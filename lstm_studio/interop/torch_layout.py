"""PyTorch's parameter layout for nn.RNN, nn.LSTM and nn.GRU, both ways, as plain NumPy arrays.

PyTorch stacks the gate blocks of one layer and direction into one matrix each, top to bottom:

    weight_ih_l{k}  (G·H, D)    the W of every gate      bias_ih_l{k}  (G·H,)
    weight_hh_l{k}  (G·H, H)    the U of every gate      bias_hh_l{k}  (G·H,)
    (+ ``_reverse`` for the backward direction of a bidirectional layer)

    nn.RNN   G = 1:  W_xh | W_hh                      b_h = bias_ih + bias_hh
    nn.LSTM  G = 4, gates i, f, g, o:  W_i W_f W_c W_o | U_i U_f U_c U_o     b_* = bias_ih,* + bias_hh,*
    nn.GRU   G = 3, gates r, z, n:     W_r W_z W_h | U_r U_z U_h             b_r, b_z: the two summed;
             b_h = bias_ih,n (outside r ⊙ …) and b_hn = bias_hh,n (inside r ⊙ (U_h h + b_hn))

PyTorch adds both biases before the nonlinearity, so only their sum matters, except in the GRU's
candidate where b_hn sits inside the reset gate's product. Exporting writes the sum into bias_ih and
zeros into bias_hh (b_hn into bias_hh's n block). nn.GRU is our GRU with reset="after" and
update="z_keeps_old": n_t = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)), h_t = (1 − z) ⊙ n_t + z ⊙ h_{t-1}.
"""

from __future__ import annotations

import numpy as np

#: Our parameter suffix for each of PyTorch's gate blocks, in PyTorch's order.
BLOCKS: dict[str, tuple[str, ...]] = {"rnn": ("xh",), "lstm": ("i", "f", "c", "o"), "gru": ("r", "z", "h")}
TORCH_CLASS = {"rnn": "nn.RNN", "lstm": "nn.LSTM", "gru": "nn.GRU"}


def torch_kind(cell: str) -> str:
    """The PyTorch family of one of our cells (the peephole LSTM has none; callers refuse it first)."""
    return "lstm" if cell == "peephole_lstm" else cell


def suffix(layer: int, reverse: bool) -> str:
    """PyTorch's parameter suffix: ``_l0``, ``_l1_reverse``, … (``layer`` 0-based)."""
    return f"_l{layer}" + ("_reverse" if reverse else "")


def layer_to_torch(cell: str, p: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """One layer and direction's parameters (plain names) -> weight_ih, weight_hh, bias_ih, bias_hh."""
    kind = torch_kind(cell)
    if kind == "rnn":
        return {
            "weight_ih": p["W_xh"],
            "weight_hh": p["W_hh"],
            "bias_ih": p["b_h"],
            "bias_hh": np.zeros_like(p["b_h"]),
        }
    gates = BLOCKS[kind]
    out = {
        "weight_ih": np.concatenate([p[f"W_{g}"] for g in gates]),
        "weight_hh": np.concatenate([p[f"U_{g}"] for g in gates]),
        "bias_ih": np.concatenate([p[f"b_{g}"] for g in gates]),
    }
    bias_hh = np.zeros_like(out["bias_ih"])
    if kind == "gru":
        H = p["b_h"].shape[0]
        bias_hh[2 * H :] = p["b_hn"]
    out["bias_hh"] = bias_hh
    return out


def layer_from_torch(
    kind: str, weight_ih: np.ndarray, weight_hh: np.ndarray, bias_ih: np.ndarray, bias_hh: np.ndarray
) -> dict[str, np.ndarray]:
    """PyTorch's four tensors of one layer and direction -> our parameters under their plain names."""
    if kind == "rnn":
        return {"W_xh": weight_ih.copy(), "W_hh": weight_hh.copy(), "b_h": bias_ih + bias_hh}
    H = weight_hh.shape[1]
    p: dict[str, np.ndarray] = {}
    for j, g in enumerate(BLOCKS[kind]):
        rows = slice(j * H, (j + 1) * H)
        p[f"W_{g}"] = weight_ih[rows].copy()
        p[f"U_{g}"] = weight_hh[rows].copy()
        if kind == "gru" and g == "h":
            p["b_h"] = bias_ih[rows].copy()
            p["b_hn"] = bias_hh[rows].copy()
        else:
            p[f"b_{g}"] = bias_ih[rows] + bias_hh[rows]
    return p
