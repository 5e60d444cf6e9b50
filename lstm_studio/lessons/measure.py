"""Reading the quantity a check or a prediction names off the engine: a forward pass (and, when the
quantity needs it, backpropagation through time) of the student's model over one sequence.

    targets k_t: the step's ``targets``, else the next input token (none at the last step)
    loss        L = Σ_t −log p_t[k_t]           (or L_t = −log p_t[k_t] with t)
    grad        ∂L/∂θ for a parameter entry θ, ‖∂L/∂W‖ for a whole parameter W
    grad_norm   ‖∂L/∂h_t‖ or ‖∂L/∂c_t‖, the total derivative through every later step
    spectral_radius   ρ(W) = max |λ| over the eigenvalues λ of a square matrix W
    accuracy    (number of steps with a target whose prediction equals it, number of steps with a target)

Everything the student can break (another cell, fewer units, a shorter input) raises :class:`Unavailable`
with a sentence saying why, which the check reports instead of a number.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from lstm_studio.document.wording import Message
from lstm_studio.engine import Model, backward, cross_entropy, dlogits, forward
from lstm_studio.engine.notation import sub
from lstm_studio.engine.spec import symbol as gate_symbol
from lstm_studio.lessons.format import UNIT_QUANTITIES, Quantity, parse_entry


class Unavailable(ValueError):
    """The quantity does not exist for this model or sequence; the message says why, in one sentence,
    kept as ``reason``, a Message the window shows in its language."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason)
        self.reason = reason


class Run:
    """The engine's forward pass of ``model`` over ``inputs`` (token indices) with ``targets`` (−1 = none);
    BPTT happens the first time a gradient is asked for."""

    def __init__(self, model: Model, inputs: list[int], targets: list[int] | None) -> None:
        self.model = model
        self.inputs = inputs
        self.targets = targets
        with np.errstate(all="ignore"):
            self.trace = forward(model, inputs)

    @property
    def steps(self) -> int:
        return len(self.inputs)

    def _need_targets(self) -> list[int]:
        if self.targets is None:
            raise Unavailable(Message("Checks", "this step's targets do not fit the input (one target per input "
                                      "step)"))
        return self.targets

    @cached_property
    def losses(self) -> np.ndarray:
        with np.errstate(all="ignore"):
            return cross_entropy(self.trace, self._need_targets())[1][:, 0]

    @cached_property
    def grads(self):
        with np.errstate(all="ignore"):
            return backward(self.model, self.trace, dlogits(self.trace, self._need_targets()))

    def accuracy_counts(self) -> tuple[int, int]:
        targets = np.asarray(self._need_targets())
        mask = targets >= 0
        predicted = self.trace.prediction[:, 0]
        return int((predicted[mask] == targets[mask]).sum()), int(mask.sum())


def time_index(what: Quantity, steps: int) -> int:
    """The 0-based step of ``what.t`` (1-based, or negative from the end) in a sequence of ``steps``."""
    t = what.t
    if t is None:
        raise Unavailable(Message("Checks", "{quantity} needs a time step t", quantity=what.quantity))
    k = t - 1 if t > 0 else steps + t
    if not 0 <= k < steps:
        if steps == 1:
            raise Unavailable(Message("Checks", "t={t} is beyond the input, which has {steps} step", t=t, steps=steps))
        raise Unavailable(Message("Checks", "t={t} is beyond the input, which has {steps} steps", t=t, steps=steps))
    return k


def _layer(what: Quantity, run: Run):
    model = run.model
    if what.layer > model.layers:
        if model.layers == 1:
            raise Unavailable(Message("Checks", "the model has {layers} layer, not {layer}", layers=model.layers,
                                      layer=what.layer))
        raise Unavailable(Message("Checks", "the model has {layers} layers, not {layer}", layers=model.layers,
                                  layer=what.layer))
    if what.direction == "backward" and not model.bidirectional:
        raise Unavailable(Message("Checks", "the model is not bidirectional"))
    return run.trace.layers[what.layer - 1][1 if what.direction == "backward" else 0]


def _unit_vector(what: Quantity, run: Run, k: int) -> np.ndarray:
    lt = _layer(what, run)
    model = run.model
    q = what.quantity
    if q == "h":
        return lt.h_time[k, 0]
    if q == "c":
        if lt.c is None:
            raise Unavailable(_no_cell_state(model))
        return lt.c_time[k, 0]
    if q == "a":
        if model.cell != "rnn":
            raise Unavailable(Message("Checks", "the pre-activation a belongs to the Elman RNN, not the {cell}",
                                      cell=model.cell))
        return lt.pre_time("a")[k, 0]
    if q not in lt.gates:
        raise Unavailable(Message("Checks", "the {cell} has no gate {gate}", cell=model.cell, gate=gate_symbol(q)))
    return lt.gate_time(q)[k, 0]


def _no_cell_state(model: Model) -> Message:
    return Message("Checks", "the {cell} has no cell state c", cell=model.cell)


def _of(what: Quantity) -> str:
    """The parameter entry a param, grad or spectral_radius quantity is of."""
    if what.of is None:
        raise Unavailable(Message("Checks", "{quantity} needs a parameter (of)", quantity=what.quantity))
    return what.of


def _param(model: Model, of: str) -> tuple[str, np.ndarray, tuple[int, ...] | None]:
    name, index = parse_entry(of)
    if name not in model.params:
        raise Unavailable(Message("Checks", "the {cell} model has no parameter {name}", cell=model.cell, name=name))
    value = model.params[name]
    if index is not None and (len(index) != value.ndim or any(not 0 <= i < n for i, n in zip(index, value.shape))):
        raise Unavailable(Message("Checks", "{entry} is outside {name}, which is {shape}", entry=of, name=name,
                                  shape=" × ".join(map(str, value.shape))))
    return name, value, index


def measure(what: Quantity, run: Run) -> float | str | np.ndarray:
    """The value of ``what``: a float, a token (prediction), or a vector when a prediction leaves out the unit
    or token. Raises Unavailable when this model or sequence has no such quantity."""
    model = run.model
    q = what.quantity
    if q in UNIT_QUANTITIES:
        vector = _unit_vector(what, run, time_index(what, run.steps))
        if what.unit is None:
            return vector
        if what.unit > len(vector):
            raise Unavailable(Message("Checks", "the model has {units} hidden units, not {unit}", units=len(vector),
                                      unit=what.unit))
        return float(vector[what.unit - 1])
    if q in ("y", "p", "prediction"):
        k = time_index(what, run.steps)
        if q == "prediction":
            return model.vocab[int(run.trace.prediction[k, 0])]
        vector = (run.trace.y if q == "y" else run.trace.p)[k, 0]
        if what.token is None:
            return vector
        if what.token not in model.vocab:
            raise Unavailable(Message("Checks", "{token} is not in the model's vocabulary", token=repr(what.token)))
        return float(vector[model.vocab.index(what.token)])
    if q == "loss":
        losses = run.losses
        return float(losses.sum() if what.t is None else losses[time_index(what, run.steps)])
    if q == "param":
        _, value, index = _param(model, _of(what))
        return float(value[index])
    if q == "grad":
        name, _, index = _param(model, _of(what))
        grad = run.grads.params[name]
        return float(np.linalg.norm(grad) if index is None else grad[index])
    if q == "grad_norm":
        lt_index = (what.layer - 1, 1 if what.direction == "backward" else 0)
        _layer(what, run)
        k = time_index(what, run.steps)
        if what.of == "c":
            dc = run.grads.dc[lt_index[0]][lt_index[1]]
            if dc is None:
                raise Unavailable(_no_cell_state(model))
            return float(np.linalg.norm(dc[k, 0]))
        return float(np.linalg.norm(run.grads.dh[lt_index[0]][lt_index[1]][k, 0]))
    if q == "spectral_radius":
        name, value, _ = _param(model, _of(what))
        if value.ndim != 2 or value.shape[0] != value.shape[1]:
            raise Unavailable(Message("Checks", "{name} is not a square matrix", name=name))
        if not np.all(np.isfinite(value)):
            raise Unavailable(Message("Checks", "{name} has an entry that is not a finite number", name=name))
        return float(np.max(np.abs(np.linalg.eigvals(value))))
    raise Unavailable(Message("Checks", "{quantity} is not a single number of one sequence", quantity=q))


def symbol(what: Quantity, steps: int, entry: str | None = None) -> str:
    """How the quantity is written on screen: h₃[1], p₂[S], ‖∂L/∂h₁‖, ∂L/∂W_hh[1,1], ρ(W_hh), … A time
    counted from the end is shown as the step it is in a sequence of ``steps``; ``entry`` replaces the unit
    or token (a prediction's vector entries)."""
    q = what.quantity
    t = "" if what.t is None else sub(what.t if what.t > 0 else steps + what.t + 1)
    if q in UNIT_QUANTITIES or q in ("y", "p"):
        inner = entry if entry is not None else (what.unit if what.unit is not None else what.token)
        return _where(what, f"{gate_symbol(q)}{t}" + (f"[{inner}]" if inner is not None else ""))
    if q == "prediction":
        return Message("Checks", "prediction{t}", t=t)
    if q == "loss":
        return f"L{t}"
    if q == "accuracy":
        return Message("Checks", "accuracy")
    if q == "param":
        return _of(what)
    if q == "grad":
        name, index = parse_entry(_of(what))
        return f"∂L/∂{what.of}" if index is not None else f"‖∂L/∂{name}‖"
    if q == "grad_norm":
        return _where(what, f"‖∂L/∂{what.of}{t}‖")
    return f"ρ({what.of})"


def _where(what: Quantity, name: str) -> str:
    """``name`` with the layer and direction when they are not the first layer's forward one."""
    if what.direction == "backward":
        return Message("Checks", "{name} (layer {layer}, backward)", name=name, layer=what.layer)
    if what.layer > 1:
        return Message("Checks", "{name} (layer {layer})", name=name, layer=what.layer)
    return name


def entry_labels(what: Quantity, model: Model, steps: int) -> list[str]:
    """Labels of a vector's entries: h₂[1], h₂[2], … (units) or p₁[P], p₁[I], … (tokens)."""
    if what.quantity in ("y", "p"):
        return [symbol(what, steps, tok) for tok in model.vocab]
    return [symbol(what, steps, str(k + 1)) for k in range(model.hidden_size)]


def number(value: float) -> str:
    """A number as a check reports it: four significant digits, scientific outside 0.001 … 100000."""
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "∞" if value > 0 else "−∞"
    if value == 0 or 1e-3 <= abs(value) < 1e5:
        return f"{value:.4g}"
    return f"{value:.3e}"
