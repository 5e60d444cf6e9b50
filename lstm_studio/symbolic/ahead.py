"""What the symbolic layer writes, without importing sympy: read from the modules that ``make generate``
wrote ahead of time (:mod:`.generate`) — the equations (:mod:`.ahead_equations`) and every local
derivative with its LaTeX, numeric template and compiled evaluator (:mod:`.ahead_formulas`, one module
per cell and options, imported when first asked for) — and derived with sympy only for what those
modules do not hold. Same answers as :func:`lstm_studio.symbolic.cell_equations`,
:func:`~lstm_studio.symbolic.derivative` and :func:`.output.output_derivative`, in microseconds instead of
a second of importing sympy (docs/performance.md).
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from typing import Any

from lstm_studio.engine.spec import CellSpec
from lstm_studio.symbolic.ahead_equations import CELL_EQUATIONS, LOSS
from lstm_studio.symbolic.ahead_formulas import MODULES
from lstm_studio.symbolic.local import OF_NAMES, STATE_NAMES, LocalDerivative, LocalOutputDerivative

#: The forms the equations are written in, as :data:`lstm_studio.symbolic.FORMS` (without importing sympy).
FORMS = tuple(dict.fromkeys(form for _, _, form in CELL_EQUATIONS))


def cell_equations(spec: CellSpec, form: str = "unit") -> list[tuple[str, str]]:
    """The cell's equations in ``form`` as (quantity, LaTeX); see :func:`lstm_studio.symbolic.cell_equations`."""
    found = CELL_EQUATIONS.get((spec.cell, spec.options, form))
    if found is None:  # not written ahead (or a bad form, which the symbolic layer reports)
        from lstm_studio.symbolic.equations import cell_equations as derive

        return derive(spec, form)
    return list(found)


def loss_latex() -> list[tuple[str, str]]:
    """The output layer's equations and the loss as (name, LaTeX)."""
    return list(LOSS)


def _table(spec: CellSpec) -> dict:
    """(of, wrt, cross) -> fields of the cell's derivatives written ahead ({} for a cell not written)."""
    name = MODULES.get((spec.cell, spec.options))
    return {} if name is None else import_module(f"{__package__}.ahead_formulas.{name}").DERIVATIVES


def derivative(spec: CellSpec, of: str, wrt: str, cross: bool = False) -> LocalDerivative:
    """∂of/∂wrt as :func:`lstm_studio.symbolic.derivative` gives it (the same names and errors), from the
    modules written ahead; a request they do not hold (a bad name, among others) goes to sympy."""
    key = (OF_NAMES.get(of), STATE_NAMES.get(wrt, wrt), bool(cross))
    found = _made(spec, *key) if key in _table(spec) else None
    if found is None:
        from lstm_studio.symbolic.formulas import derivative as derive

        return derive(spec, of, wrt, cross)
    return found


@cache
def _made(spec: CellSpec, of: str, wrt: str, cross: bool) -> LocalDerivative:
    return LocalDerivative(spec=spec, of=of, wrt=wrt, cross=cross, **_table(spec)[(of, wrt, cross)])


def written_ahead(spec: CellSpec) -> bool:
    """Whether the cell's derivatives are written ahead (every cell the engine knows is)."""
    return bool(_table(spec))


@cache
def output_derivative(wrt: str) -> LocalOutputDerivative:
    """∂ℓ_t/∂wrt of the output layer, as :func:`.output.output_derivative` gives it."""
    from lstm_studio.symbolic.ahead_formulas.output import OUTPUT

    if wrt not in OUTPUT:
        from lstm_studio.symbolic.output import output_derivative as derive

        return derive(wrt)
    fields: dict[str, Any] = OUTPUT[wrt]
    return LocalOutputDerivative(wrt=wrt, **fields)
