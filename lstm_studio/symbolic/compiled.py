"""Compiling formulas for numbers: once, with ``lambdify(cse=True)``. A Σ over units is compiled
separately and summed over an extra axis; :mod:`.runtime` (re-exported here, sympy-free) feeds the
functions from a forward trace. Only sympy expressions built by this package are compiled — never text
from a user.
"""

from __future__ import annotations

import sympy

from lstm_studio.symbolic.runtime import Compiled, Env, StepValues, run
from lstm_studio.symbolic.symbols import leaves


def split_sums(expr: sympy.Expr) -> tuple[sympy.Expr, dict]:
    """``expr`` with every outermost Σ over units replaced by a placeholder symbol ``_sum0``, ``_sum1``, …,
    and the map Σ -> placeholder (in the order met)."""
    outer = []

    def collect(e):
        if isinstance(e, sympy.Sum):
            outer.append(e)
            return
        for arg in e.args:
            collect(arg)

    collect(expr)
    placeholders = {s: sympy.Symbol(f"_sum{n}") for n, s in enumerate(dict.fromkeys(outer))}
    return (expr.xreplace(placeholders) if placeholders else expr), placeholders


def compile_formula(expr: sympy.Expr) -> Compiled:
    """Compile ``expr`` (built by this package) for NumPy; sums over units become separate functions."""
    main, placeholders = split_sums(expr)
    args = tuple(leaves(main))
    fn = sympy.lambdify(args + tuple(placeholders.values()), main, modules="numpy", cse=True)
    sums = tuple((str(s.limits[0][0]), compile_formula(s.function), s.function) for s in placeholders)
    return Compiled(fn, args, sums)

__all__ = ["Compiled", "Env", "StepValues", "compile_formula", "run", "split_sums"]
