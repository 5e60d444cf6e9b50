"""Shared test helpers: random models with every number non-trivial, and comparisons of nested results."""

from __future__ import annotations

import numpy as np

from lstm_studio.engine import Model, new_model, state_names

TOL = 1e-12

#: Engine cells in the conventions PyTorch computes (the Keras GRU adds reset="before").
TORCH_CELLS = {
    "rnn_tanh": ("rnn", {"activation": "tanh"}),
    "rnn_relu": ("rnn", {"activation": "relu"}),
    "lstm": ("lstm", {}),
    "gru": ("gru", {"reset": "after", "update": "z_keeps_old"}),
}
SHAPES = [(1, False), (2, False), (1, True), (2, True)]


def random_model(
    cell: str, options: dict, layers: int = 1, bidirectional: bool = False, seed: int = 0,
    vocab: str = "PIGS", hidden: int = 3, initial_state: bool = True,
) -> Model:
    """A model whose every weight, bias and (optionally) initial state is drawn from U(−1, 1)."""
    model = new_model(cell, list(vocab), hidden, seed, options, layers, bidirectional, name=f"{cell} test")
    rng = np.random.default_rng(seed + 1000)
    model.params = {k: rng.uniform(-1, 1, v.shape) for k, v in model.params.items()}
    if initial_state:
        model.initial_state = {k: rng.uniform(-1, 1, hidden) for k in state_names(model.spec, layers, bidirectional)}
    return model


def max_diff(a, b, path: str = "") -> float:
    """The largest absolute difference between two nested structures of numbers (dicts, lists, floats);
    raises AssertionError when their shapes, keys or non-numeric entries differ."""
    if isinstance(a, dict):
        assert isinstance(b, dict) and set(a) == set(b), f"{path}: keys {sorted(a)} vs {sorted(b)}"
        return max([max_diff(a[k], b[k], f"{path}.{k}") for k in a], default=0.0)
    if isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), f"{path}: lengths differ"
        return max([max_diff(x, y, f"{path}[{i}]") for i, (x, y) in enumerate(zip(a, b))], default=0.0)
    if isinstance(a, (int, float)) and not isinstance(a, bool):
        assert isinstance(b, (int, float)), f"{path}: {a!r} vs {b!r}"
        return abs(float(a) - float(b))
    assert a == b, f"{path}: {a!r} vs {b!r}"
    return 0.0
