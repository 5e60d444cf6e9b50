"""The equations printed at the top of a worksheet, for the cell and conventions of the variant
(docs/architecture.md#the-cells)."""

from __future__ import annotations

from lstm_studio.engine import CellSpec


def cell_equations(spec: CellSpec) -> list[str]:
    """One LaTeX line per equation of the cell, in the order they are computed."""
    if spec.cell == "rnn":
        act = r"\tanh" if spec.option("activation") == "tanh" else r"\mathrm{relu}"
        return [rf"h_t = {act}\left(W_{{xh}}\, x_t + W_{{hh}}\, h_{{t-1}} + b_h\right)"]
    if spec.cell in ("lstm", "peephole_lstm"):
        peep = {"f": "", "i": "", "o": ""}
        if spec.cell == "peephole_lstm":
            diagonal = spec.option("peephole") == "diagonal"
            op = r" \odot " if diagonal else r"\, "
            peep = {"f": rf" + P_f{op}c_{{t-1}}", "i": rf" + P_i{op}c_{{t-1}}", "o": rf" + P_o{op}c_t"}
        return [
            rf"f_t = \sigma\left(W_f\, x_t + U_f\, h_{{t-1}} + b_f{peep['f']}\right)",
            rf"i_t = \sigma\left(W_i\, x_t + U_i\, h_{{t-1}} + b_i{peep['i']}\right)",
            r"\tilde{C}_t = \tanh\left(W_c\, x_t + U_c\, h_{t-1} + b_c\right)",
            r"c_t = f_t \odot c_{t-1} + i_t \odot \tilde{C}_t",
            rf"o_t = \sigma\left(W_o\, x_t + U_o\, h_{{t-1}} + b_o{peep['o']}\right)",
            r"h_t = o_t \odot \tanh\left(c_t\right)",
        ]
    reset = spec.option("reset")
    lines = [r"z_t = \sigma\left(W_z\, x_t + U_z\, h_{t-1} + b_z\right)"]
    if reset != "none":
        lines.append(r"r_t = \sigma\left(W_r\, x_t + U_r\, h_{t-1} + b_r\right)")
    if reset == "before":
        lines.append(r"\tilde{h}_t = \tanh\left(W_h\, x_t + U_h \left(r_t \odot h_{t-1}\right) + b_h\right)")
    elif reset == "after":
        lines.append(r"\tilde{h}_t = \tanh\left(W_h\, x_t + b_h + r_t \odot \left(U_h\, h_{t-1} + b_{hn}\right)\right)")
    else:
        lines.append(r"\tilde{h}_t = \tanh\left(W_h\, x_t + U_h\, h_{t-1} + b_h\right)")
    if spec.option("update") == "z_takes_new":
        lines.append(r"h_t = \left(1 - z_t\right) \odot h_{t-1} + z_t \odot \tilde{h}_t")
    else:
        lines.append(r"h_t = z_t \odot h_{t-1} + \left(1 - z_t\right) \odot \tilde{h}_t")
    return lines


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
