"""Local derivatives as formulas with numbers, without sympy: what a derivative knows once it has been
derived — its LaTeX, text, numeric template and compiled form — and how it gives numbers at a step.

:class:`LocalDerivative` is built either by :mod:`.formulas` (which derives it with sympy and keeps the
expression too) or from the modules written ahead of time (:mod:`.ahead`); both answer the same
questions the same way, so the gradient lab and the chain through the steps do not care which.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from lstm_studio.engine.network import as_batch, forward
from lstm_studio.engine.spec import CellSpec
from lstm_studio.symbolic.names import LeafInfo, latex_name
from lstm_studio.symbolic.numeric import Template, fill, number, partial
from lstm_studio.symbolic.runtime import Compiled, Env, StepValues, run

OF_NAMES = {"h_t": "h", "h": "h", "c_t": "c", "c": "c"}
STATE_NAMES = {
    "h_{t-1}": "h_prev", "h_t-1": "h_prev", "h_prev": "h_prev",
    "c_{t-1}": "c_prev", "c_t-1": "c_prev", "c_prev": "c_prev",
    "x_t": "x", "x": "x",
}
#: How a state target is written: node -> (quantity, step).
STATE_LEAVES = {"h_prev": ("h", "t-1"), "c_prev": ("c", "t-1"), "x": ("x", "t")}


class FormulaError(ValueError):
    """A formula request that cannot be met; the message is one line naming the argument at fault."""


class Evaluation(NamedTuple):
    """A formula at numbers: its value and the LaTeX with the numbers put in."""

    value: float
    latex_numeric: str


@dataclass(frozen=True, eq=False)
class LocalDerivative:
    """∂(of)/∂(wrt) for one step, as a formula in gate terms.

    of        "h" or "c" (the output of unit j at step t; unit i for a ``cross`` derivative)
    wrt       a parameter name, or "h_prev", "c_prev", "x" (the entry k of h_{t-1}, c_{t-1}, x_t)
    cross     the derivative of another unit i ≠ j with respect to a parameter of row j (non-zero only
              where a step mixes units: the full peephole P_o c_t and the GRU's U_h (r_t ⊙ h_{t-1}))
    letters   the free indices in the order ``entry`` gives them: (j, k), (j,), (i, j, k), (i, j)
    zero      the derivative is identically 0
    latex     "\\frac{∂h_t}{∂U_{f,jk}} = …";  ``rhs_latex`` is the part after "="
    text      the same in plain text
    """

    spec: CellSpec
    of: str
    wrt: str
    cross: bool
    letters: tuple
    k_size: str
    zero: bool
    lhs_latex: str
    rhs_latex: str
    text: str
    template: Template
    compiled: Compiled

    @property
    def latex(self) -> str:
        return f"{self.lhs_latex} = {self.rhs_latex}"

    @property
    def is_zero(self) -> bool:
        return self.zero

    def sizes(self, hidden: int, inputs: int) -> dict:
        """The range of every index letter: units H, and k over the columns of the target."""
        k = inputs if self.k_size == "D" else hidden
        return {"i": hidden, "j": hidden, "m": hidden, "l": hidden, "q": hidden, "s": hidden, "k": k}

    def entry_shape(self, hidden: int, inputs: int) -> tuple:
        sizes = self.sizes(hidden, inputs)
        return tuple(sizes[a] for a in self.letters)

    # --- numbers ---------------------------------------------------------------------------------

    def tensor(self, values: StepValues, hidden: int, inputs: int) -> np.ndarray:
        """Every entry at once, an array over ``letters`` (e.g. (H, D) for ∂h_{t,j}/∂W_f[j,k])."""
        sizes = self.sizes(hidden, inputs)
        env = Env(values, dict.fromkeys(self.letters), sizes, self.letters)
        return run(self.compiled, env)

    def at(self, values: StepValues, entry: tuple, hidden: int, inputs: int, t: int | None = None) -> Evaluation:
        """The value and numeric LaTeX at one entry (0-based indices in the order of ``letters``);
        ``t`` only names the step in the LaTeX."""
        sizes = self.sizes(hidden, inputs)
        binding = dict(zip(self.letters, entry))
        env = Env(values, binding, sizes)
        value = run(self.compiled, env)
        bodies = self.compiled.bodies()

        def value_of(symbol, bound):
            return Env(values, {**binding, **bound}, sizes).value(symbol)

        def sum_value_of(template, bound):
            inner = Env(values, {**binding, **bound}, sizes).summing(template.letter)
            return float(np.sum(run(bodies[template.body], inner)))

        lhs = self._lhs_numeric(binding, t)
        if self.is_zero:
            return Evaluation(0.0, f"{lhs} = 0")
        filled = fill(self.template, value_of, sum_value_of, hidden)
        return Evaluation(value, f"{lhs} = {filled} = {number(value, 6)}")

    def evaluate(self, model, tokens, t: int, entry, trace=None) -> Evaluation:
        """The local derivative at step ``t`` of layer 1 (forward direction), h_{t-1}, c_{t-1} held fixed.

        ``t`` and ``entry`` count from 1 as the formulas do: ``entry`` is (j, k) for a matrix parameter
        or a Jacobian, (j,) for a vector, (i, j, k) / (i, j) for a cross derivative. ``tokens`` are
        indices; ``trace`` may be passed when the forward pass is already at hand.
        """
        if model.spec != self.spec:
            raise FormulaError(
                f"model: the formula is for the {_describe(self.spec)} cell, the model is a {_describe(model.spec)}"
            )
        tokens = as_batch(tokens)
        if trace is None:
            trace = forward(model, tokens)
        T = trace.steps
        if not isinstance(t, (int, np.integer)) or not 1 <= t <= T:
            raise FormulaError(f"t: {t} is not a step of this sequence (1..{T})")
        H, D = model.hidden_size, trace.first.x.shape[-1]
        entry = tuple(entry)
        shape = self.entry_shape(H, D)
        if len(entry) != len(shape):
            raise FormulaError(
                f"entry: {self.wrt_label} needs {len(shape)} indices ({','.join(self.letters)}), got {len(entry)}"
            )
        for letter, value, size in zip(self.letters, entry, shape):
            if not isinstance(value, (int, np.integer)) or not 1 <= value <= size:
                raise FormulaError(f"entry: {letter} = {value} is out of range 1..{size}")
        if self.cross and entry[0] == entry[1]:
            raise FormulaError("entry: a cross derivative is for another unit, i ≠ j")
        values = StepValues.from_layer(trace.first, model.layer_params(0, False), t)
        return self.at(values, tuple(e - 1 for e in entry), H, D, t)

    # --- names -----------------------------------------------------------------------------------

    @property
    def wrt_label(self) -> str:
        return {"h_prev": "h_{t-1}", "c_prev": "c_{t-1}", "x": "x_t"}.get(self.wrt, self.wrt)

    def _lhs_numeric(self, binding: dict, t: int | None) -> str:
        names = {k: str(v + 1) for k, v in binding.items()}
        out_letter = "i" if self.cross else "j"
        top = latex_name(LeafInfo(self.of, "t" if t is None else str(t), out_letter), None, names)
        if self.wrt in STATE_LEAVES:
            q, step = STATE_LEAVES[self.wrt]
            if t is not None:
                step = str(t) if step == "t" else str(t - 1)
            bottom = latex_name(LeafInfo(q, step, "k"), None, names)
        else:
            bottom = wrt_latex(self.spec, self.wrt, None, names)
        return partial(top, bottom)


def _describe(spec: CellSpec) -> str:
    options = ", ".join(f"{k}={v}" for k, v in spec.options)
    return spec.cell + (f" ({options})" if options else "")


def wrt_latex(spec: CellSpec, wrt: str, implicit, names=None) -> str:
    """How the target of a derivative is written: U_{f,jk}, h_{t-1,k}; ``names`` writes letters as numbers."""
    if wrt in STATE_LEAVES:
        q, step = STATE_LEAVES[wrt]
        return latex_name(LeafInfo(q, step, "k"), implicit, names)
    return latex_name(LeafInfo(wrt, "", param_letters(spec, wrt)), implicit, names)


def param_letters(spec: CellSpec, name: str) -> str:
    """The index letters of a parameter's entry: "jk" for a matrix, "j" for a vector."""
    return "jk" if len(spec.param_shapes(2, 2)[name]) == 2 else "j"


def k_size_of(spec: CellSpec, wrt: str) -> str:
    """What the column letter k runs over for ``wrt``: "D" (the inputs) or "H" (the units)."""
    if wrt == "x":
        return "D"
    if wrt in STATE_LEAVES:
        return "H"
    shape = spec.param_shapes(2, 3)[wrt]  # D = 2, H = 3 tells the columns apart
    return "D" if len(shape) == 2 and shape[1] == 2 else "H"


@dataclass(frozen=True, eq=False)
class LocalOutputDerivative:
    """∂ℓ_t/∂(wrt) for the output layer (:mod:`.output`); ``letters`` are v (vocabulary) and j (a unit of
    h_t)."""

    wrt: str
    letters: tuple
    latex: str
    compiled: Compiled

    def tensor(self, values: StepValues, vocab: int, width: int) -> np.ndarray:
        sizes = {"v": vocab, "j": width}
        return run(self.compiled, Env(values, dict.fromkeys(self.letters), sizes, self.letters))
