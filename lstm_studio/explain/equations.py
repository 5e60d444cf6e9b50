"""The chosen cell's equations as readable text: Unicode lines and HTML with subscripts.

When the symbolic layer offers LaTeX rendering (``lstm_studio.symbolic.cell_equations`` and
``render_svg``) the model panel renders it on a worker thread and shows the result; this text is what
is shown meanwhile and whenever that layer is not available.
"""

from __future__ import annotations

import html
import re

from lstm_studio.engine import CellSpec
from lstm_studio.symbolic.description import TEXT, equations

_OUTPUT = ["y_t = W_hy h_t + b_y", "p_t = softmax(y_t)"]


def equation_lines(spec: CellSpec) -> list[str]:
    """The equations of ``spec`` as Unicode text, written from the symbolic layer's description of the
    cell (x_t one-hot, ⊙ element-wise), then the output layer's."""
    return [line for _, line in equations(spec, TEXT, inline=("n",))] + _OUTPUT


_BRACED = re.compile(r"_\{([^}]*)\}")
_PLAIN = re.compile(r"\b([A-Za-z]\u0303?)_([A-Za-z0-9]{1,3})\b")


def to_html(line: str) -> str:
    """``W_hh h_{t−1}`` -> ``W<sub>hh</sub> h<sub>t−1</sub>`` (also C̃_t and h̃_t)."""
    text = html.escape(line)
    text = _BRACED.sub(lambda m: f"<sub>{m.group(1)}</sub>", text)
    return _PLAIN.sub(lambda m: f"{m.group(1)}<sub>{m.group(2)}</sub>", text)


def equations_html(spec: CellSpec) -> str:
    rows = []
    for line in equation_lines(spec):
        rows.append(f"<div style='margin:2px 0'>{to_html(line)}</div>")
    return "".join(rows)


OUTPUT_LATEX = [("y", r"y_{t} = W_{hy}\,h_{t} + b_{y}"), ("p", r"p_{t} = \operatorname{softmax}(y_{t})")]


def symbolic_available() -> bool:
    """Whether the symbolic layer can render equations, found without importing it (sympy is slow to
    import: the import happens on the worker thread that renders)."""
    from importlib.util import find_spec

    try:
        return find_spec("lstm_studio.symbolic.render") is not None and find_spec("ziamath") is not None
    except (ImportError, ValueError):
        return False


def equation_latex(spec: CellSpec, form: str) -> list[str]:
    """The LaTeX of the cell's equations in ``form`` plus the output layer's, as the model panel shows them
    (written ahead of time: no sympy)."""
    from lstm_studio.symbolic.ahead import cell_equations

    return [latex for _, latex in list(cell_equations(spec, form)) + OUTPUT_LATEX]


def render_equations(spec: CellSpec, form: str, size: float, color: str) -> list[bytes]:
    """SVGs of the cell's equations in ``form`` plus the output layer's; runs on a worker thread.

    Raises ImportError or the symbolic layer's errors when it cannot; callers keep the text equations.
    """
    from lstm_studio.symbolic import render_svg

    return [render_svg(latex, size=size, color=color) for latex in equation_latex(spec, form)]
