"""The numbers behind the answers, all from the engine.

A question either starts from values it states (rounded, as printed) or runs from the zero state through
the whole sequence. Either way the engine does the arithmetic: :func:`step_from` runs one step of the
variant's model from a stated state, :func:`output_from` applies the output layer to a stated h_t, and
:class:`Run` holds the full-precision forward pass and BPTT of the whole sequence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from lstm_studio.engine import Model, backward, dlogits, forward
from lstm_studio.engine.functions import softmax
from lstm_studio.engine.trace import Trace


@dataclass
class StepValues:
    """Everything about one step t (1-based) of one sequence, (H,) vectors.

    h_prev, c_prev  the state the step starts from (c only for LSTMs)
    pre, gates      pre-activations and gate values by trace name (f i g o; z r h_tilde; a for the RNN)
    extra           GRU intermediates: ``n`` = U_h h_{t-1} + b_hn (reset after)
    c, h            the new state
    """

    t: int
    token: int
    h_prev: np.ndarray
    c_prev: np.ndarray | None
    pre: dict[str, np.ndarray]
    gates: dict[str, np.ndarray]
    c: np.ndarray | None
    h: np.ndarray
    extra: dict[str, np.ndarray] = field(default_factory=dict)

    def value(self, quantity: str) -> np.ndarray:
        if quantity == "h":
            return self.h
        if quantity == "c":
            assert self.c is not None  # asked only of cells with a cell state
            return self.c
        return self.gates[quantity]


def _step_of(trace: Trace, s: int, t: int, token: int) -> StepValues:
    """Step s (0-based) of a single-layer trace, labelled as time step t."""
    lt = trace.first
    return StepValues(
        t=t,
        token=token,
        h_prev=lt.h[s, 0].copy(),
        c_prev=None if lt.c is None else lt.c[s, 0].copy(),
        pre={name: a[s, 0].copy() for name, a in lt.pre.items()},
        gates={name: g[s, 0].copy() for name, g in lt.gates.items()},
        c=None if lt.c is None else lt.c[s + 1, 0].copy(),
        h=lt.h[s + 1, 0].copy(),
        extra={name: e[s, 0].copy() for name, e in lt.extra.items() if name == "n"},
    )


def step_from(model: Model, t: int, token: int, h_prev, c_prev=None) -> StepValues:
    """Step t computed by the engine from the stated state h_{t-1} (and c_{t-1})."""
    state = {"h": np.asarray(h_prev, dtype=float)}
    if model.spec.has_c:
        state["c"] = np.asarray(c_prev, dtype=float)
    return _step_of(forward(model, [token], initial_state=state), 0, t, token)


def output_from(model: Model, h) -> tuple[np.ndarray, np.ndarray]:
    """y = W_hy h + b_y and p = softmax(y) for a stated h_t; (V,) each."""
    y = model.params["W_hy"] @ np.asarray(h, dtype=float) + model.params["b_y"]
    return y, softmax(y)


class Run:
    """The full-precision forward pass and BPTT of the variant's model over the whole input, from zero."""

    def __init__(self, model: Model, inputs: list[int], targets: list[int]) -> None:
        self.model = model
        self.inputs = list(inputs)
        self.targets = list(targets)
        self.trace = forward(model, self.inputs)
        self.grads = backward(model, self.trace, dlogits(self.trace, self.targets))

    @property
    def steps(self) -> int:
        return len(self.inputs)

    def step(self, t: int) -> StepValues:
        """Step t (1-based) as the full forward pass computed it."""
        return _step_of(self.trace, t - 1, t, self.inputs[t - 1])

    def y(self, t: int) -> np.ndarray:
        return self.trace.y[t - 1, 0]

    def p(self, t: int) -> np.ndarray:
        return self.trace.p[t - 1, 0]

    def dh(self, t: int) -> np.ndarray:
        """dL/dh_t, (H,)."""
        return self.grads.dh[0][0][t - 1, 0]

    def dc(self, t: int) -> np.ndarray:
        """dL/dc_t for LSTMs, (H,)."""
        dc = self.grads.dc[0][0]
        assert dc is not None  # asked only of LSTMs
        return dc[t - 1, 0]

    def target_steps(self) -> list[int]:
        """The 1-based steps that have a target."""
        return [t + 1 for t, k in enumerate(self.targets) if k >= 0]
