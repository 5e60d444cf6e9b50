"""The equations printed at the top of a worksheet, for the cell and conventions of the variant
(docs/architecture.md#the-cells)."""

from __future__ import annotations

from lstm_studio.engine import CellSpec
from lstm_studio.symbolic.description import LATEX, equations


def sheet_equations(spec: CellSpec) -> list[str]:
    """One LaTeX line per equation of the cell, in the order they are computed, written from the symbolic
    layer's description of the cell (the GRU's n_t inside its candidate, as the textbooks write it)."""
    return [line for _, line in equations(spec, LATEX, inline=("n",))]


OUTPUT_EQUATIONS = [
    r"y_t = W_{hy}\, h_t + b_y",
    r"p_t[k] = \frac{e^{y_t[k]}}{\sum_j e^{y_t[j]}}",
]

SIGMOID = r"\sigma(a) = \frac{1}{1 + e^{-a}}"


def cell_title(spec: CellSpec) -> str:
    """The cell's name with its conventions, for headings."""
    if spec.cell == "rnn":
        return f"Elman RNN ({spec.option('activation')})"
    if spec.cell == "lstm":
        return "LSTM"
    if spec.cell == "peephole_lstm":
        return f"Peephole LSTM ({spec.option('peephole')} peepholes)"
    reset = {"before": "reset before Uₕ, Cho 2014", "after": "reset after Uₕ, PyTorch",
             "none": "no reset gate, simplified"}[spec.option("reset")]
    update = {"z_takes_new": "z takes the new state", "z_keeps_old": "z keeps the old state"}[spec.option("update")]
    return f"GRU ({reset}; {update})"
