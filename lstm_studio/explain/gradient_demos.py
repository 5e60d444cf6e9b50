"""Ready-made cases for the gradient lab, one click each: a model (on the open model's vocabulary and
hidden size) and an input long enough to show what happens to the gradient through time. Qt-free.

    carousel     vanishing vs the carousel: an LSTM with b_f = 5 (f ≈ 0.99) beside the fresh RNN, whose
                 gradient fades while the LSTM's cell state carries it back almost unchanged
    explosion    an Elman RNN with relu and W_hh = 2·I: the gradient doubles at every step back
    saturation   the same W_hh = 2·I with tanh: |λ| = 2, yet the gradient vanishes — tanh saturates
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from lstm_studio.document import tokens
from lstm_studio.engine import Model, new_model

#: The demos' input: the first tokens of the vocabulary repeated to this many steps.
DEMO_STEPS = 12
#: The carousel demo's forget-gate bias: f = σ(5) ≈ 0.993, a memory of about 150 steps.
CAROUSEL_B_F = 5.0


@dataclass(frozen=True)
class Demo:
    """One demo: the button's text, what it shows (a tooltip), the lab page to open, and how to build
    its model from the open one."""

    name: str
    title: str
    tip: str
    page: str
    make: Callable[[Model], Model]

    def build(self, model: Model) -> tuple[Model, str]:
        """The demo's model and input text for the open ``model``'s vocabulary and hidden size."""
        return self.make(model), demo_text(model.vocab)


def demo_text(vocab: list[str]) -> str:
    """The first (up to four) tokens of ``vocab`` repeated to DEMO_STEPS steps."""
    first = list(range(min(4, len(vocab))))
    return tokens.join([first[s % len(first)] for s in range(DEMO_STEPS)], vocab)


def _carousel(model: Model) -> Model:
    demo = new_model("lstm", model.vocab, model.hidden_size, seed=0, name="Demo: the constant error carousel")
    demo.params["b_f"][:] = CAROUSEL_B_F
    return demo


def _doubling_rnn(activation: str, name: str) -> Callable[[Model], Model]:
    def make(model: Model) -> Model:
        demo = new_model("rnn", model.vocab, model.hidden_size, seed=0, options={"activation": activation},
                         name=name)
        demo.params["W_hh"] = 2.0 * np.eye(model.hidden_size)
        demo.params["b_h"][:] = 1.0  # every unit active from the start (a dead relu passes no gradient)
        return demo

    return make


DEMOS: dict[str, Demo] = {demo.name: demo for demo in (
    Demo("carousel", "Vanishing vs the carousel",
         "Opens an LSTM with b_f = 5 (f ≈ 0.99) and compares it with a fresh RNN, LSTM and GRU: the RNN's "
         "gradient fades within a few steps, the LSTM's cell state carries it back almost unchanged.",
         "experiment", _carousel),
    Demo("explosion", "Explosion (relu)",
         "Opens an Elman RNN with relu and W_hh = 2·I: relu's slope is 1, so every step back doubles the "
         "gradient.", "time", _doubling_rnn("relu", "Demo: an exploding gradient")),
    Demo("saturation", "Saturation (tanh)",
         "The same W_hh = 2·I with tanh: its largest eigenvalue is 2, yet the gradient vanishes, because "
         "tanh saturates and its slope shrinks every step.", "eigen",
         _doubling_rnn("tanh", "Demo: saturation kills the gradient")),
)}
