"""Writing ahead of time what the symbolic layer derives that never depends on numbers.

The cells and their conventions are a finite set, and so are the forms their equations are written in.
:func:`module_text` derives every cell's equations in every form (and the output layer's) with sympy
and writes them as a plain Python module, ``lstm_studio/symbolic/ahead_equations.py``, which ships with
the package: :mod:`.ahead` answers from it without importing sympy, so the window shows the equations
at once (docs/performance.md). ``make generate`` (tools/generate_symbolic.py) rewrites the module; a test
regenerates it and compares, so it can never drift from the symbolic layer.
"""

from __future__ import annotations

import itertools

from lstm_studio.engine.spec import CELLS, OPTIONS, CellSpec

MODULE = "lstm_studio/symbolic/ahead_equations.py"

_HEADER = '''"""Every cell's equations in every form, and the output layer's, as LaTeX: written by ``make generate``
(lstm_studio/symbolic/generate.py) from the symbolic layer. Do not edit; tests/symbolic/test_ahead.py
checks that regenerating gives this file.
"""

'''


def every_spec() -> list[CellSpec]:
    """Every cell with every combination of its options."""
    specs = []
    for cell in CELLS:
        names = list(OPTIONS[cell])
        for values in itertools.product(*(OPTIONS[cell][name][0] for name in names)):
            specs.append(CellSpec.make(cell, dict(zip(names, values))))
    return specs


def module_text() -> str:
    """The source of ``ahead_equations.py`` as the symbolic layer derives it now."""
    from lstm_studio.symbolic.equations import FORMS, cell_equations
    from lstm_studio.symbolic.output import loss_latex

    lines = [_HEADER.rstrip("\n"), "",
             "#: (cell, options, form) -> ((quantity, LaTeX), ...), as symbolic.cell_equations gives them",
             "CELL_EQUATIONS = {"]
    for spec in every_spec():
        for form in FORMS:
            lines.append(f"    {(spec.cell, spec.options, form)!r}: (")
            lines += [f"        {pair!r}," for pair in cell_equations(spec, form)]
            lines.append("    ),")
    lines += ["}", "", "#: ((name, LaTeX), ...), as symbolic.output.loss_latex gives them", "LOSS = ("]
    lines += [f"    {pair!r}," for pair in loss_latex()]
    lines += [")", ""]
    return "\n".join(lines)
