"""The chosen cell's equations as readable text: Unicode lines and HTML with subscripts.

When the symbolic layer offers LaTeX rendering (``lstm_studio.symbolic.cell_equations`` and
``render_svg``) the model panel renders it on a worker thread and shows the result; this text is what
is shown meanwhile and whenever that layer is not available.
"""

from __future__ import annotations

import html
import re

from lstm_studio.engine import CellSpec

_OUTPUT = ["y_t = W_hy h_t + b_y", "p_t = softmax(y_t)"]


def equation_lines(spec: CellSpec) -> list[str]:
    """The equations of ``spec`` in the notation of docs/architecture.md#the-cells (x_t one-hot, ⊙ element-wise)."""
    if spec.cell == "rnn":
        phi = spec.option("activation")
        return ["a_t = W_xh x_t + W_hh h_{t−1} + b_h", f"h_t = {phi}(a_t)", *_OUTPUT]
    if spec.cell in ("lstm", "peephole_lstm"):
        peep = spec.cell == "peephole_lstm"
        full = peep and spec.option("peephole") == "full"

        def p(gate: str, c: str) -> str:
            if not peep:
                return ""
            return f" + P_{gate} c_{{{c}}}" if full else f" + P_{gate} ⊙ c_{{{c}}}"

        return [
            f"f_t = σ(W_f x_t + U_f h_{{t−1}} + b_f{p('f', 't−1')})",
            f"i_t = σ(W_i x_t + U_i h_{{t−1}} + b_i{p('i', 't−1')})",
            "g_t = tanh(W_c x_t + U_c h_{t−1} + b_c)     (the candidate C̃_t)",
            "c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t",
            f"o_t = σ(W_o x_t + U_o h_{{t−1}} + b_o{p('o', 't')})",
            "h_t = o_t ⊙ tanh(c_t)",
            *_OUTPUT,
        ]
    reset, update = spec.option("reset"), spec.option("update")
    lines = ["z_t = σ(W_z x_t + U_z h_{t−1} + b_z)"]
    if reset == "none":
        lines.append("h̃_t = tanh(W_h x_t + U_h h_{t−1} + b_h)     (no reset gate: r ≡ 1)")
    else:
        lines.append("r_t = σ(W_r x_t + U_r h_{t−1} + b_r)")
        if reset == "before":
            lines.append("h̃_t = tanh(W_h x_t + U_h (r_t ⊙ h_{t−1}) + b_h)")
        else:
            lines.append("h̃_t = tanh(W_h x_t + b_h + r_t ⊙ (U_h h_{t−1} + b_hn))")
    if update == "z_keeps_old":
        lines.append("h_t = z_t ⊙ h_{t−1} + (1 − z_t) ⊙ h̃_t")
    else:
        lines.append("h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t")
    return lines + _OUTPUT


_BRACED = re.compile(r"_\{([^}]*)\}")
_PLAIN = re.compile(r"\b([A-Za-z])_([A-Za-z0-9]{1,3})\b")


def to_html(line: str) -> str:
    """``W_hh h_{t−1}`` -> ``W<sub>hh</sub> h<sub>t−1</sub>``."""
    text = html.escape(line)
    text = _BRACED.sub(lambda m: f"<sub>{m.group(1)}</sub>", text)
    return _PLAIN.sub(lambda m: f"{m.group(1)}<sub>{m.group(2)}</sub>", text)


def equations_html(spec: CellSpec) -> str:
    rows = []
    for line in equation_lines(spec):
        main, _, note = line.partition("     (")
        note_html = f"&nbsp;&nbsp;<span style='color:gray'>({to_html(note)}</span>" if note else ""
        rows.append(f"<div style='margin:2px 0'>{to_html(main)}{note_html}</div>")
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


def render_equations(spec: CellSpec, form: str, size: float, color: str) -> list[bytes]:
    """SVGs of the cell's equations in ``form`` plus the output layer's; runs on a worker thread.

    Raises ImportError or the symbolic layer's errors when it cannot; callers keep the text equations.
    """
    from lstm_studio.symbolic import cell_equations, render_svg

    equations = list(cell_equations(spec, form=form)) + OUTPUT_LATEX
    return [render_svg(latex, size=size, color=color) for _, latex in equations]
