"""What the views show for a model and a sequence: the forward trace, the targets and the loss per step.

The session keeps one :class:`Evaluation` and recomputes only what an edit invalidates: an edit of the
output layer (W_hy, b_y) recomputes y_t and p_t from the cached top-layer output; a change of targets
recomputes only the losses; anything else reruns the forward pass. What the views derive from one
evaluation (the teacher's warnings, the gradients) is computed once and kept with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np

from lstm_studio.engine import Model, Trace, backward, cross_entropy, dlogits, forward
from lstm_studio.engine.functions import softmax

_Derived = TypeVar("_Derived")

OUTPUT_PARAMS = frozenset({"W_hy", "b_y"})


@dataclass
class Evaluation:
    """The forward pass over the known input tokens.

    inputs   (T,) token indices that were run (unknown typed tokens are skipped)
    targets  (T,) target indices, −1 where a step has no target
    trace    the engine's Trace (batch of one), or None when there is no token to run
    losses   (T,) −log p_t[k_t], 0 where there is no target
    loss     Σ_t losses
    """

    inputs: np.ndarray
    targets: np.ndarray
    trace: Trace | None
    losses: np.ndarray
    loss: float
    _gradients: object = field(default=None, repr=False)
    _derived: dict = field(default_factory=dict, repr=False)

    @property
    def steps(self) -> int:
        return len(self.inputs)

    @property
    def p(self) -> np.ndarray:
        """(T, V) output probabilities."""
        return self.trace.p[:, 0] if self.trace is not None else np.zeros((0, 0))

    @property
    def prediction(self) -> np.ndarray:
        return self.trace.prediction[:, 0] if self.trace is not None else np.zeros(0, int)

    def gradients(self, model: Model):
        """BPTT for the current targets, computed on first use (the gradient views of later panels)."""
        if self._gradients is None and self.trace is not None:
            self._gradients = backward(model, self.trace, dlogits(self.trace, self.targets))
        return self._gradients

    def derived(self, key: str, compute: Callable[[], _Derived]) -> _Derived:
        """``compute()``, run on the first request for ``key`` and kept with this evaluation: every view
        that asks for the same thing while the numbers stay the same shares one result."""
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]


def _losses(trace: Trace | None, targets: np.ndarray) -> tuple[np.ndarray, float]:
    if trace is None:
        return np.zeros(0), 0.0
    total, per_step = cross_entropy(trace, targets)
    return per_step[:, 0], total


def evaluate(model: Model, inputs, targets) -> Evaluation:
    """Run the whole forward pass."""
    inputs = np.asarray(inputs, dtype=np.int64)
    targets = np.asarray(targets, dtype=np.int64)
    trace = forward(model, inputs) if len(inputs) else None
    losses, loss = _losses(trace, targets)
    return Evaluation(inputs, targets, trace, losses, loss)


def with_new_output(model: Model, previous: Evaluation) -> Evaluation:
    """Recompute only y_t = W_hy out_t + b_y, p_t and the losses (after an edit of the output layer)."""
    old = previous.trace
    if old is None:
        return previous
    y = old.out @ model.params["W_hy"].T + model.params["b_y"]
    trace = Trace(old.layers, old.out, y, softmax(y))
    losses, loss = _losses(trace, previous.targets)
    return Evaluation(previous.inputs, previous.targets, trace, losses, loss)


def with_new_targets(previous: Evaluation, targets) -> Evaluation:
    """Recompute only the losses (after a change of targets)."""
    targets = np.asarray(targets, dtype=np.int64)
    losses, loss = _losses(previous.trace, targets)
    return Evaluation(previous.inputs, targets, previous.trace, losses, loss)
