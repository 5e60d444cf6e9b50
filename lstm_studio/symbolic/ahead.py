"""The equations the symbolic layer writes, without importing sympy: read from the module that
``make generate`` wrote ahead of time (:mod:`.generate`, :mod:`.ahead_equations`), derived with sympy only
for a cell that module does not hold. Same answers as :func:`lstm_studio.symbolic.cell_equations` and
:func:`lstm_studio.symbolic.output.loss_latex`, in microseconds instead of a second of importing.
"""

from __future__ import annotations

from lstm_studio.engine.spec import CellSpec
from lstm_studio.symbolic.ahead_equations import CELL_EQUATIONS, LOSS


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
