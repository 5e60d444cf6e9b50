"""Random models and sequences for the engine's property tests (hypothesis strategies)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from hypothesis import strategies as st

from lstm_studio.engine import Model, forward, new_model, state_names

#: Every cell and convention, by test id.
CONFIGS: dict[str, tuple[str, dict[str, str]]] = {
    "rnn-tanh": ("rnn", {"activation": "tanh"}),
    "rnn-relu": ("rnn", {"activation": "relu"}),
    "lstm": ("lstm", {}),
    "peephole-diagonal": ("peephole_lstm", {"peephole": "diagonal"}),
    "peephole-full": ("peephole_lstm", {"peephole": "full"}),
    **{
        f"gru-{reset}-{update}": ("gru", {"reset": reset, "update": update})
        for reset in ("before", "after", "none")
        for update in ("z_takes_new", "z_keeps_old")
    },
}


@dataclass
class Case:
    """A model with random parameters and initial state, and a batch of token and target sequences."""

    model: Model
    tokens: np.ndarray  # (T, B)
    targets: np.ndarray  # (T, B), −1 where a step has no target
    initial_state: dict[str, np.ndarray]  # every h (and c), (B, H)

    @property
    def steps(self) -> int:
        return self.tokens.shape[0]

    @property
    def batch(self) -> int:
        return self.tokens.shape[1]


@st.composite
def cases(
    draw,
    config: str,
    *,
    layers: int | None = None,
    bidirectional: bool | None = None,
    many_to_one: bool = False,
) -> Case:
    """Vocabulary 2-6, hidden 1-5, steps 1-6, batch 1-3, 1-2 layers, either direction setting.

    Parameters are drawn with a seeded generator: every matrix from N(0, scale²/columns), so that a
    pre-activation has a spread of about ``scale`` whatever the layer's width, and every vector (biases,
    diagonal peepholes) from N(0, scale²), with scale ½ or 1: gates from mostly linear to partly
    saturated. The initial h is drawn from U(−1, 1), the initial c from N(0, 1). (Steeper models make
    the finite differences, not BPTT, the weak side of the gradient check: at scale 2 the stencil's
    truncation error, which grows with the fifth derivative, reaches 1e-6.) Targets are −1 ("no
    target") at about one step in five, or everywhere but the last step when ``many_to_one``.
    """
    cell, options = CONFIGS[config]
    vocab_size = draw(st.integers(2, 6), label="vocab")
    hidden = draw(st.integers(1, 5), label="hidden")
    steps = draw(st.integers(1, 6), label="steps")
    batch = draw(st.integers(1, 3), label="batch")
    layers = draw(st.integers(1, 2), label="layers") if layers is None else layers
    bidirectional = draw(st.booleans(), label="bidirectional") if bidirectional is None else bidirectional
    scale = draw(st.sampled_from((0.5, 1.0)), label="scale")
    seed = draw(st.integers(0, 2**32 - 1), label="seed")
    rng = np.random.default_rng(seed)
    model = new_model(cell, [f"t{k}" for k in range(vocab_size)], hidden, seed, options, layers, bidirectional)
    model.params = {
        name: scale / np.sqrt(p.shape[1] if p.ndim == 2 else 1) * rng.standard_normal(p.shape)
        for name, p in model.params.items()
    }
    tokens = rng.integers(0, vocab_size, size=(steps, batch))
    targets = rng.integers(0, vocab_size, size=(steps, batch))
    if many_to_one:
        targets[:-1] = -1
    else:
        targets[rng.random((steps, batch)) < 0.2] = -1
    # h_0 in (−1, 1), where a tanh-bounded cell's states live; c_0 from N(0, 1)
    initial_state = {
        name: rng.uniform(-1, 1, (batch, hidden)) if name.startswith("h") else rng.standard_normal((batch, hidden))
        for name in state_names(model.spec, layers, bidirectional)
    }
    return Case(model, tokens, targets, initial_state)


def relu_extent(case: Case) -> tuple[float, float]:
    """For a relu RNN: the smallest |pre-activation| (the distance to the kink) and the largest h, over
    every layer, direction, step and sequence."""
    trace = forward(case.model, case.tokens, case.initial_state)
    lts = [lt for layer in trace.layers for lt in layer]
    return min(float(np.abs(lt.pre["a"]).min()) for lt in lts), max(float(lt.h.max()) for lt in lts)
