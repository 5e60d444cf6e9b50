"""Derivatives as objects: the formula (LaTeX, text), its compiled form, and numbers at a step.

:func:`derivative` is the entry point: ``derivative(spec, "h_t", "U_f")`` is ∂h_t/∂U_f[j,k] for one unit
j; ``wrt`` may also be ``h_{t-1}``, ``c_{t-1}`` (the recurrent paths; the entry (j,k) of the Jacobian)
or ``x_t``. Results are cached per (spec, of, wrt); building one derives, prints and compiles it once,
under a lock, so any thread may ask.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import numpy as np
import sympy

from lstm_studio.engine.network import as_batch, forward
from lstm_studio.engine.spec import CellSpec
from lstm_studio.symbolic.cells import graph, to_sympy
from lstm_studio.symbolic.chain import Target, derive
from lstm_studio.symbolic.compiled import Compiled, Env, StepValues, compile_formula, run
from lstm_studio.symbolic.printing import Template, fill, latex, number, numeric_template, partial, text
from lstm_studio.symbolic.symbols import LeafInfo, latex_name

_lock = threading.RLock()

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
class Derivative:
    """∂(of)/∂(wrt) for one step, as a formula in gate terms.

    of        "h" or "c" (the output of unit j at step t; unit i for a ``cross`` derivative)
    wrt       a parameter name, or "h_prev", "c_prev", "x" (the entry k of h_{t-1}, c_{t-1}, x_t)
    cross     the derivative of another unit i ≠ j with respect to a parameter of row j (non-zero only
              where a step mixes units: the full peephole P_o c_t and the GRU's U_h (r_t ⊙ h_{t-1}))
    letters   the free indices in the order ``entry`` gives them: (j, k), (j,), (i, j, k), (i, j)
    tree      the formula as built by :mod:`.chain` (products in chain order)
    expr      the unevaluated sympy expression (leaves named as in :mod:`.symbols`)
    latex     "\\frac{∂h_t}{∂U_{f,jk}} = …";  ``rhs_latex`` is the part after "="
    text      the same in plain text
    """

    spec: CellSpec
    of: str
    wrt: str
    cross: bool
    letters: tuple
    k_size: str
    tree: object
    expr: sympy.Expr
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
        return self.expr == 0

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
            bottom = _target_latex(self.spec, self.wrt, None, names)
        return partial(top, bottom)


def _describe(spec: CellSpec) -> str:
    options = ", ".join(f"{k}={v}" for k, v in spec.options)
    return spec.cell + (f" ({options})" if options else "")


def _target_latex(spec: CellSpec, wrt: str, implicit, names=None) -> str:
    if wrt in STATE_LEAVES:
        q, step = STATE_LEAVES[wrt]
        return latex_name(LeafInfo(q, step, "k"), implicit, names)
    return latex_name(LeafInfo(wrt, "", _param_letters(spec, wrt)), implicit, names)


def _param_letters(spec: CellSpec, name: str) -> str:
    return "jk" if len(spec.param_shapes(2, 2)[name]) == 2 else "j"


def _k_size(spec: CellSpec, wrt: str) -> str:
    if wrt == "x":
        return "D"
    if wrt in STATE_LEAVES:
        return "H"
    shape = spec.param_shapes(2, 3)[wrt]  # D = 2, H = 3 tells the columns apart
    return "D" if len(shape) == 2 and shape[1] == 2 else "H"


def normalise(spec: CellSpec, of: str, wrt: str) -> tuple[str, str]:
    """Canonical (of, wrt) names, or FormulaError naming the bad one and what is allowed."""
    g = graph(spec)
    if of not in OF_NAMES:
        raise FormulaError(f"of: {of!r} is not h_t or c_t")
    of = OF_NAMES[of]
    if of not in g.outputs:
        raise FormulaError(f"of: the {spec.cell} cell has no cell state c_t (use h_t)")
    params = g.params()
    if wrt in params:
        return of, wrt
    if wrt in STATE_NAMES and STATE_NAMES[wrt] in (*g.states, "x"):
        return of, STATE_NAMES[wrt]
    allowed = ", ".join((*params, *("h_{t-1}", "c_{t-1}")[: len(g.states)], "x_t"))
    raise FormulaError(f"wrt: {wrt!r} is not a parameter or state of the {spec.cell} cell (one of {allowed})")


def derivative(spec: CellSpec, of: str, wrt: str, cross: bool = False) -> Derivative:
    """∂of/∂wrt for the cell ``spec`` (``of``: "h_t" or "c_t"; ``wrt``: a parameter such as "U_f",
    or "h_{t-1}", "c_{t-1}", "x_t"). ``cross`` asks for another unit i than the parameter's row j."""
    of, wrt = normalise(spec, of, wrt)
    if cross and wrt in STATE_LEAVES:
        raise FormulaError("cross: only parameters have a row j apart from the output unit i")
    return _build(spec, of, wrt, bool(cross))


@cache
def _build(spec: CellSpec, of: str, wrt: str, cross: bool) -> Derivative:
    with _lock:
        g = graph(spec)
        target = Target("state", wrt) if wrt in STATE_LEAVES else Target("param", wrt)
        out = "i" if cross else "j"
        tree = derive(g, of, target, out)
        expr = to_sympy(tree)
        implicit = None if cross else "j"
        letters: tuple[str, ...]
        if wrt in STATE_LEAVES:
            letters = ("j", "k")
        else:
            letters = tuple(_param_letters(spec, wrt))
            if cross:
                letters = ("i",) + letters
        top = latex_name(LeafInfo(of, "t", out), implicit)
        lhs = partial(top, _target_latex(spec, wrt, implicit))
        top_text = f"{of}_{{t,i}}" if cross else f"{of}_t"
        lhs_text = f"∂{top_text}/∂{_text_target(spec, wrt)}"
        return Derivative(
            spec=spec,
            of=of,
            wrt=wrt,
            cross=cross,
            letters=letters,
            k_size=_k_size(spec, wrt),
            tree=tree,
            expr=expr,
            lhs_latex=lhs,
            rhs_latex=latex(expr, implicit),
            text=f"{lhs_text} = {text(expr, implicit)}",
            template=numeric_template(expr, implicit),
            compiled=compile_formula(expr),
        )


def _text_target(spec: CellSpec, wrt: str) -> str:
    if wrt in STATE_LEAVES:
        return {"h_prev": "h_{t−1,k}", "c_prev": "c_{t−1,k}", "x": "x_{t,k}"}[wrt]
    return f"{wrt}[{','.join(_param_letters(spec, wrt))}]"


def wrt_names(spec: CellSpec) -> list[str]:
    """Every target a derivative may be taken with respect to: the parameters, then the states."""
    g = graph(spec)
    return [*g.params(), *("h_{t-1}", "c_{t-1}")[: len(g.states)], "x_t"]


__all__ = ["Derivative", "Evaluation", "FormulaError", "derivative", "normalise", "wrt_names"]
