"""Chrono initialisation (Tallec & Ollivier, 2018): start the gates remembering over up to T steps.

A forget gate that stays at f leaves f^k of the cell state after k steps: its memory lasts about
1 / (1 − f) steps. The usual start b_f = 1 gives f ≈ 0.73, a memory of about four steps, so on a task whose
answer lies L ≫ 4 steps back the error signal fades before it can teach the gate to hold on (and the
cell state fills with distractors until tanh(c_t) saturates). Chrono initialisation draws, per unit,

    LSTM:  b_f = log(u),  b_i = −log(u)            u ~ U(1, T − 1)
    GRU:   b_z = −log(u)  (update "z_takes_new": 1 − z keeps h_{t-1})
           b_z = +log(u)  (update "z_keeps_old": z keeps h_{t-1})

so that the units' memories spread over 1 … T steps and new input is let in sparingly. The Elman RNN has
no gate and is returned unchanged.
"""

from __future__ import annotations

import numpy as np

from lstm_studio.engine.data import Dataset
from lstm_studio.engine.model import Model, new_model


def chrono_init(model: Model, max_steps: int, seed: int = 0) -> Model:
    """A copy of ``model`` with chrono-initialised gate biases for memories of up to ``max_steps`` steps.

    Every layer and direction gets its own draws from PCG64 seeded with ``seed``; other parameters are
    copied unchanged. ``max_steps`` must be at least 3 (so that U(1, T − 1) is not empty).
    """
    if max_steps < 3:
        raise ValueError(f"max_steps: {max_steps} is below 3")
    out = model.copy()
    if model.cell == "rnn":
        return out
    rng = np.random.Generator(np.random.PCG64(seed))
    H = model.hidden_size
    for name in sorted(out.params):
        base = name.split("_l")[0].removesuffix("_rev")
        if model.spec.has_c and base == "b_f":
            log_u = np.log(rng.uniform(1.0, max_steps - 1.0, size=H))
            out.params[name] = log_u
            out.params[name.replace("b_f", "b_i", 1)] = -log_u
        elif model.cell == "gru" and base == "b_z":
            log_u = np.log(rng.uniform(1.0, max_steps - 1.0, size=H))
            keeps_old = model.spec.option("update") == "z_keeps_old"
            out.params[name] = log_u if keeps_old else -log_u
    return out


INITS: tuple[str, ...] = ("default", "chrono")


def fresh_model(
    cell: str,
    data: Dataset,
    hidden_size: int,
    seed: int = 0,
    options: dict | None = None,
    init: str = "default",
    name: str = "",
) -> Model:
    """A new model for ``data``'s vocabulary: :func:`new_model`'s initialisation (``init="default"``), or
    that with chrono-initialised gates reaching over the longest training sequence (``init="chrono"``)."""
    if init not in INITS:
        raise ValueError(f"init: {init!r} is not one of {', '.join(INITS)}")
    model = new_model(cell, data.vocab, hidden_size, seed, options, name=name)
    if init == "chrono":
        longest = max((len(e.inputs) for e in data.train), default=1)
        model = chrono_init(model, max(3, longest + 1), seed)
    return model
