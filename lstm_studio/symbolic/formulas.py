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

import sympy

from lstm_studio.engine.spec import CellSpec
from lstm_studio.symbolic.cells import graph, to_sympy
from lstm_studio.symbolic.chain import Target, derive
from lstm_studio.symbolic.compiled import compile_formula
from lstm_studio.symbolic.local import (
    OF_NAMES,
    STATE_LEAVES,
    STATE_NAMES,
    Evaluation,
    FormulaError,
    LocalDerivative,
    k_size_of,
    param_letters,
    wrt_latex,
)
from lstm_studio.symbolic.printing import latex, numeric_template, partial, text
from lstm_studio.symbolic.symbols import LeafInfo, latex_name


@dataclass(frozen=True, eq=False)
class Derivative(LocalDerivative):
    """A local derivative as derived with sympy (see :class:`~.local.LocalDerivative`), keeping

    tree      the formula as built by :mod:`.chain` (products in chain order)
    expr      the unevaluated sympy expression (leaves named as in :mod:`.symbols`)
    """

    tree: object
    expr: sympy.Expr


_lock = threading.RLock()


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
            letters = tuple(param_letters(spec, wrt))
            if cross:
                letters = ("i",) + letters
        top = latex_name(LeafInfo(of, "t", out), implicit)
        lhs = partial(top, wrt_latex(spec, wrt, implicit))
        top_text = f"{of}_{{t,i}}" if cross else f"{of}_t"
        lhs_text = f"∂{top_text}/∂{_text_target(spec, wrt)}"
        return Derivative(
            spec=spec,
            of=of,
            wrt=wrt,
            cross=cross,
            letters=letters,
            k_size=k_size_of(spec, wrt),
            zero=bool(expr == 0),
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
    return f"{wrt}[{','.join(param_letters(spec, wrt))}]"


def wrt_names(spec: CellSpec) -> list[str]:
    """Every target a derivative may be taken with respect to: the parameters, then the states."""
    g = graph(spec)
    return [*g.params(), *("h_{t-1}", "c_{t-1}")[: len(g.states)], "x_t"]


__all__ = [
    "OF_NAMES", "STATE_LEAVES", "STATE_NAMES", "Derivative", "Evaluation", "FormulaError", "derivative",
    "normalise", "wrt_names",
]
