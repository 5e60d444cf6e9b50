"""LaTeX source: a standalone article (amsmath, geometry) per worksheet or key, for instructors' templates.

Compiles with pdflatex. Prose is escaped; the few non-ASCII symbols the generator writes in prose (−, …, σ,
h̃) become their math-mode equivalents.
"""

from __future__ import annotations

from itertools import groupby

from lstm_studio.engine.notation import SUBSCRIPTS
from lstm_studio.worksheets.document import BlockRenderer, QuestionBlock, chain_rows, tolerance_text
from lstm_studio.worksheets.rich import Rich
from lstm_studio.worksheets.sheet import LETTERS, Step, Worksheet

_ESCAPE = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
    "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "−": "$-$", "…": r"\ldots{}",
    "σ": r"$\sigma$", "·": r"$\cdot$", "±": r"$\pm$", "×": r"$\times$", "—": "---", "–": "--", "“": "``",
    "”": "''", "’": "'", "‘": "`", "⊙": r"$\odot$", "∂": r"$\partial$", "≈": r"$\approx$",
}


_SUBSCRIPTS = {sub: f"$_{{{ch}}}$" for ch, sub in SUBSCRIPTS.items() if ch not in "−"}


def escape(text: str) -> str:
    """Prose as LaTeX: TeX's special characters escaped, h̃ as $\\tilde{h}$, Uₕ as U$_{h}$."""
    out = []
    for n, ch in enumerate(text):
        if ch == "\u0303":
            continue
        if text[n + 1 : n + 2] == "\u0303":
            out.append(rf"$\tilde{{{ch}}}$")
        else:
            out.append(_ESCAPE.get(ch) or _SUBSCRIPTS.get(ch, ch))
    return "".join(out)


def _rich(text: Rich) -> str:
    return "".join(escape(seg) if isinstance(seg, str) else f"${seg.latex}$" for seg in text)


def _chain(step: Step) -> list[str]:
    rows = chain_rows(step, max_chars=70)
    if not rows:
        return []
    if len(rows) == 1 and not rows[0][1]:
        return [r"\[ " + rows[0][0] + r" \]"]
    return [r"\begin{align*}", " \\\\\n".join(f"  {left} &{right}" for left, right in rows), r"\end{align*}"]


def _matrix(m) -> str:
    cols = "r|" + "r" * len(m.col_labels)
    header = " & ".join(escape(c) for c in m.col_labels)
    rows = [escape(label) + " & " + " & ".join(m.cell(r, c).replace("−", "$-$") for c in range(len(m.col_labels)))
            for r, label in enumerate(m.row_labels)]
    body = " \\\\\n".join(rows)
    table = f"\\begin{{tabular}}[t]{{{cols}}}\n & {header} \\\\ \\hline\n{body}\n\\end{{tabular}}"
    return f"\\mbox{{$\\displaystyle {m.latex} = $\\ {{\\small {table}}}}}"


def _question(block) -> list[str]:
    q = block.question
    lines = [rf"\item {_rich(q.prompt)}"]
    if q.given:
        lines.append(r"\par Given:")
        lines += [rf"\par\hspace*{{1.5em}}${g.name} = {g.value}$" for g in q.given]
    if q.choices:
        lines.append(r"\par\begin{tabular}{@{}l@{\ }p{0.85\linewidth}@{}}")
        lines += [f"({letter}) & {_rich(c)} \\\\" for letter, c in zip(LETTERS, q.choices)]
        lines.append(r"\end{tabular}")
    if not block.key:
        lines.append(r"\par\vspace{1.2em}Answer: \rule{6cm}{0.4pt}\vspace{0.8em}")
        return lines
    lines.append(rf"\par\textbf{{Answer: {escape(q.answer_text)}}} ({escape(tolerance_text(q))})")
    for step in q.solution:
        lines.append(rf"\par {_rich(step.label)}")
        lines += _chain(step)
    return lines


class _Latex(BlockRenderer):
    def __init__(self, paper: str) -> None:
        self.paper = paper

    def title(self, block):
        return [rf"{{\Large\bfseries {escape(block.text)}}}\par", rf"{{\small {escape(block.subtitle)}}}\par",
                rf"\fbox{{Variant code \texttt{{{block.code}}}}}\par"]

    def name_line(self, block):
        return [r"Name: \rule{6cm}{0.4pt}\qquad Date: \rule{3cm}{0.4pt}\par"]

    def heading(self, block):
        return [rf"\section*{{{escape(block.text)}}}"]

    def paragraph(self, block):
        return [_rich(block.text) + r"\par"]

    def equations(self, block):
        return [r"\begin{gather*}", " \\\\\n".join(block.lines), r"\end{gather*}"]

    def matrices(self, block):
        return [rf"\textbf{{{escape(block.caption)}}}\par",
                r"{\raggedright " + " \\quad\n".join(_matrix(m) for m in block.matrices) + r"\par}"]

    def question(self, block):
        return _question(block)

    def render(self, blocks):
        """The blocks, each run of questions in one enumerate."""
        out: list[str] = []
        for asked, run in groupby(blocks, key=lambda block: isinstance(block, QuestionBlock)):
            body = super().render(list(run))
            out += [r"\begin{enumerate}", *body, r"\end{enumerate}"] if asked else body
        return out

    def page(self, parts, ws, key):
        paper_option = "letterpaper" if self.paper == "letter" else "a4paper"
        head = [
            rf"\documentclass[11pt,{paper_option}]{{article}}",
            r"\usepackage[utf8]{inputenc}",
            r"\usepackage[T1]{fontenc}",
            r"\usepackage{amsmath,amssymb}",
            r"\usepackage[margin=18mm]{geometry}",
            r"\setlength{\parindent}{0pt}",
            r"\setlength{\parskip}{0.5em}",
            r"\allowdisplaybreaks",
            r"\begin{document}",
        ]
        return "\n".join([*head, *parts, r"\end{document}"]) + "\n"


def worksheet_latex(ws: Worksheet, paper: str = "a4") -> str:
    return _Latex(paper).worksheet(ws)


def answer_key_latex(ws: Worksheet, paper: str = "a4") -> str:
    return _Latex(paper).answer_key(ws)
