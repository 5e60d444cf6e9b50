"""Test helper: PyTorch's recurrent layers <-> the engine's parameter names.

PyTorch stacks the gate matrices of one layer and direction into ``weight_ih_l{k}`` (G·H, D) and
``weight_hh_l{k}`` (G·H, H), with two biases ``bias_ih_l{k}`` and ``bias_hh_l{k}`` (G·H,); the backward
direction of a bidirectional layer adds ``_reverse``. Gate blocks, top to bottom:

    nn.RNN    one block:   W_xh | W_hh,                       b_h = b_ih + b_hh
    nn.LSTM   i, f, g, o:  W_i W_f W_c W_o | U_i U_f U_c U_o,  b_* = b_ih,* + b_hh,*
    nn.GRU    r, z, n:     W_r W_z W_h | U_r U_z U_h,          b_r, b_z summed; b_h = b_ih,n, b_hn = b_hh,n

nn.GRU is our GRU with reset="after" and update="z_keeps_old". An nn.Linear(K·H, V) is the output
layer: W_hy = weight, b_y = bias. Initial states are (L·K, B, H) tensors, row l·K + k for layer l
(0-based) and direction k (1 = backward); ours are keyed ``h`` + layer_suffix(l, k == 1).

This lives with the tests on purpose: the package never imports torch.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from lstm_studio.engine import Model, new_model
from lstm_studio.engine.spec import layer_suffix

#: The engine's parameter suffix of each of PyTorch's gate blocks, in PyTorch's order.
BLOCKS = {"rnn": ("xh",), "lstm": ("i", "f", "c", "o"), "gru": ("r", "z", "h")}

#: Options that make the engine's cell the one PyTorch computes.
TORCH_OPTIONS = {
    "rnn_tanh": ("rnn", {"activation": "tanh"}),
    "rnn_relu": ("rnn", {"activation": "relu"}),
    "lstm": ("lstm", {}),
    "gru": ("gru", {"reset": "after", "update": "z_keeps_old"}),
}


def make_torch(kind: str, vocab_size: int, hidden: int, layers: int, bidirectional: bool, seed: int):
    """A float64 PyTorch recurrent module plus its nn.Linear output layer, seeded with ``seed``.

    The biases keep PyTorch's own (nonzero) initialisation, so both halves of every summed bias are
    exercised.
    """
    torch.manual_seed(seed)
    kwargs = dict(num_layers=layers, bidirectional=bidirectional, dtype=torch.float64)
    if kind.startswith("rnn"):
        rnn = nn.RNN(vocab_size, hidden, nonlinearity=kind.split("_")[1], **kwargs)
    elif kind == "lstm":
        rnn = nn.LSTM(vocab_size, hidden, **kwargs)
    else:
        rnn = nn.GRU(vocab_size, hidden, **kwargs)
    linear = nn.Linear(hidden * (2 if bidirectional else 1), vocab_size, dtype=torch.float64)
    return rnn, linear


def _torch_name(layer: int, reverse: bool) -> str:
    return f"l{layer}" + ("_reverse" if reverse else "")


def _blocks(t: torch.Tensor, n: int) -> list[np.ndarray]:
    return [b.detach().numpy().copy() for b in torch.chunk(t, n, dim=0)]


def to_engine(kind: str, rnn: nn.Module, linear: nn.Linear, which: str = "value") -> dict[str, np.ndarray]:
    """Engine-named arrays from the torch modules' parameters (``which="value"``) or their gradients.

    For values the two torch biases of a gate are summed into the engine's single bias. For gradients
    ``which`` is ``"grad_ih"`` or ``"grad_hh"``: dL/db_ih = dL/db_hh = dL/db for a summed bias, so the
    engine's dL/db may be read off either half; the test compares both.
    """
    cell = TORCH_OPTIONS[kind][0]
    names = BLOCKS[cell]
    n = len(names)

    def get(p: torch.Tensor) -> torch.Tensor:
        return p if which == "value" else p.grad

    out: dict[str, np.ndarray] = {}
    directions = (False, True) if rnn.bidirectional else (False,)
    for layer in range(rnn.num_layers):
        for reverse in directions:
            tname = _torch_name(layer, reverse)
            suffix = layer_suffix(layer, reverse)
            W = _blocks(get(getattr(rnn, f"weight_ih_{tname}")), n)
            U = _blocks(get(getattr(rnn, f"weight_hh_{tname}")), n)
            b_ih = _blocks(get(getattr(rnn, f"bias_ih_{tname}")), n)
            b_hh = _blocks(get(getattr(rnn, f"bias_hh_{tname}")), n)
            for j, gate in enumerate(names):
                if cell == "rnn":
                    out["W_xh" + suffix], out["W_hh" + suffix] = W[0], U[0]
                else:
                    out[f"W_{gate}{suffix}"], out[f"U_{gate}{suffix}"] = W[j], U[j]
                bias = "b_h" if cell == "rnn" else f"b_{gate}"
                if cell == "gru" and gate == "h":
                    # The candidate's two biases sit on either side of r ⊙ (·): they stay apart.
                    out["b_h" + suffix], out["b_hn" + suffix] = b_ih[j], b_hh[j]
                elif which == "value":
                    out[bias + suffix] = b_ih[j] + b_hh[j]
                else:
                    out[bias + suffix] = b_ih[j] if which == "grad_ih" else b_hh[j]
    out["W_hy"] = get(linear.weight).detach().numpy().copy()
    out["b_y"] = get(linear.bias).detach().numpy().copy()
    return out


def engine_model(kind: str, rnn: nn.Module, linear: nn.Linear, vocab_size: int) -> Model:
    """The engine model that computes exactly what ``rnn`` followed by ``linear`` computes."""
    cell, options = TORCH_OPTIONS[kind]
    model = new_model(
        cell, [f"v{k}" for k in range(vocab_size)], rnn.hidden_size, 0, options, rnn.num_layers, rnn.bidirectional
    )
    params = to_engine(kind, rnn, linear)
    assert set(params) == set(model.params), set(params) ^ set(model.params)
    model.params = {name: params[name] for name in model.params}
    return model


def state_to_engine(state: torch.Tensor, layers: int, bidirectional: bool, key: str) -> dict[str, np.ndarray]:
    """An (L·K, B, H) torch state as the engine's ``initial_state`` entries ``key`` + suffix -> (B, H)."""
    K = 2 if bidirectional else 1
    return {
        key + layer_suffix(layer, bool(k)): state[layer * K + k].detach().numpy().copy()
        for layer in range(layers)
        for k in range(K)
    }


def one_hot(tokens: np.ndarray, vocab_size: int) -> torch.Tensor:
    """(T, B) token indices -> (T, B, V) float64 one-hot tensor."""
    return F.one_hot(torch.from_numpy(tokens), vocab_size).to(torch.float64)


def reference_layers(kind: str, rnn: nn.Module, x: torch.Tensor, h0: torch.Tensor, c0: torch.Tensor | None):
    """Every layer and direction recomputed step by step from PyTorch's weights with PyTorch's ops.

    Returns ``layers[l][k]`` = {"h": (T, B, H), "c": (T, B, H) or absent, gate name: (T, B, H)}, all in
    time order, with the gates named as in the engine's trace (f i g o; z r h_tilde; none for the RNN).
    The gates follow PyTorch's documented equations evaluated with torch.sigmoid and torch.tanh on the
    module's own tensors, so nothing here comes from the engine.
    """
    cell = TORCH_OPTIONS[kind][0]
    T = x.shape[0]
    K = 2 if rnn.bidirectional else 1
    layers = []
    inputs = x
    with torch.no_grad():
        for layer in range(rnn.num_layers):
            per_direction = []
            for k in range(K):
                tname = _torch_name(layer, bool(k))
                W_ih = getattr(rnn, f"weight_ih_{tname}")
                W_hh = getattr(rnn, f"weight_hh_{tname}")
                b_ih = getattr(rnn, f"bias_ih_{tname}")
                b_hh = getattr(rnn, f"bias_hh_{tname}")
                h = h0[layer * K + k]
                c = None if c0 is None else c0[layer * K + k]
                record: dict[str, list] = {}
                steps = range(T - 1, -1, -1) if k else range(T)
                for t in steps:
                    gi = inputs[t] @ W_ih.T + b_ih
                    gh = h @ W_hh.T + b_hh
                    if cell == "rnn":
                        h = torch.tanh(gi + gh) if kind == "rnn_tanh" else torch.relu(gi + gh)
                        values = {}
                    elif cell == "lstm":
                        i, f, g, o = torch.chunk(gi + gh, 4, dim=-1)
                        i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
                        c = f * c + i * g
                        h = o * torch.tanh(c)
                        values = {"f": f, "i": i, "g": g, "o": o, "c": c}
                    else:
                        i_r, i_z, i_n = torch.chunk(gi, 3, dim=-1)
                        h_r, h_z, h_n = torch.chunk(gh, 3, dim=-1)
                        r = torch.sigmoid(i_r + h_r)
                        z = torch.sigmoid(i_z + h_z)
                        n = torch.tanh(i_n + r * h_n)
                        h = (1 - z) * n + z * h
                        values = {"z": z, "r": r, "h_tilde": n}
                    values["h"] = h
                    for name, value in values.items():
                        record.setdefault(name, []).append(value)
                stacked = {name: torch.stack(v) for name, v in record.items()}
                if k:
                    stacked = {name: v.flip(0) for name, v in stacked.items()}
                per_direction.append({name: v.numpy() for name, v in stacked.items()})
            layers.append(per_direction)
            inputs = torch.cat([torch.from_numpy(d["h"]) for d in per_direction], dim=-1)
    return layers
