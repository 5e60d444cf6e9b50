"""LaTeX source: a standalone article (amsmath, geometry) per worksheet or key, for instructors' templates.

Compiles with pdflatex. Prose is escaped; the few non-ASCII symbols the generator writes in prose (−, …, σ,
h̃, ␣) become their LaTeX equivalents. Latin Modern (lmodern) keeps the fonts vector with the T1 encoding;
where it is not installed the source falls back to the default (vector) OT1 fonts rather than bitmaps. The
variant code is in the footer of every page; weight tables wider than the text are split into column
blocks.
"""

from __future__ import annotations

from lstm_studio.worksheets.document import (
    COLUMNS_BY_DECIMALS,
    FIELD_LABELS,
    Block,
    Equations,
    Heading,
    MatrixRow,
    NameLine,
    Paragraph,
    QuestionBlock,
    Title,
    answer_key_blocks,
    chain_rows,
    column_blocks,
    tolerance_text,
    worksheet_blocks,
)
from lstm_studio.worksheets.rich import SUBSCRIPTS, Rich
from lstm_studio.worksheets.sheet import LETTERS, Step, Worksheet

_ESCAPE = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
    "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "−": "$-$", "…": r"\ldots{}",
    "σ": r"$\sigma$", "·": r"$\cdot$", "±": r"$\pm$", "×": r"$\times$", "—": "---", "–": "--", "“": "``",
    "”": "''", "’": "'", "‘": "`", "⊙": r"$\odot$", "∂": r"$\partial$", "≈": r"$\approx$",
    "␣": r"\textvisiblespace{}", "⇥": r"$\rightarrowtail$", "↵": r"$\hookleftarrow$", "<": r"\textless{}",
    ">": r"\textgreater{}", "|": r"\textbar{}",
}

#: The document's own words, in one place (the labels it shares with the other renderers are document.LABELS).
TEXT = {
    **FIELD_LABELS,
    "footer": "LSTM Studio \\textperiodcentered{{}} variant code \\texttt{{{code}}} \\hfill page \\thepage",
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
    out = []
    for part in column_blocks(m, COLUMNS_BY_DECIMALS.get(m.decimals, 8)):
        cols = "r|" + "r" * len(part.col_labels)
        header = " & ".join(escape(c) for c in part.col_labels)
        rows = [escape(label) + " & " + " & ".join(part.cell(r, c).replace("−", "$-$")
                                                   for c in range(len(part.col_labels)))
                for r, label in enumerate(part.row_labels)]
        body = " \\\\\n".join(rows)
        table = f"\\begin{{tabular}}[t]{{{cols}}}\n & {header} \\\\ \\hline\n{body}\n\\end{{tabular}}"
        out.append(f"\\mbox{{$\\displaystyle {part.latex} = $\\ {{\\small {table}}}}}")
    return " \\quad\n".join(out)


def _question(block: QuestionBlock) -> list[str]:
    q = block.question
    lines = [rf"\item {_rich(q.prompt)}"]
    if q.given:
        lines.append(rf"\par {TEXT['given']}")
        # Ragged right with a hanging indent: a long vector breaks between entries and never overfills a line.
        lines += [rf"\par{{\raggedright\hangindent=1.5em\hspace*{{1.5em}}${g.name} = {g.value}$\par}}"
                  for g in q.given]
    if q.choices:
        lines.append(r"\par\begin{tabular}{@{}l@{\ }p{0.85\linewidth}@{}}")
        lines += [f"({letter}) & {_rich(c)} \\\\" for letter, c in zip(LETTERS, q.choices)]
        lines.append(r"\end{tabular}")
    if not block.key:
        lines.append(rf"\par\vspace{{1.2em}}{TEXT['answer']} \rule{{6cm}}{{0.4pt}}\vspace{{0.8em}}")
        return lines
    lines.append(rf"\par\textbf{{{TEXT['answer']} {escape(q.answer_text)}}} ({escape(tolerance_text(q))})")
    for step in q.solution:
        lines.append(rf"\par {_rich(step.label)}")
        lines += _chain(step)
    return lines


def render_blocks(blocks: list[Block], paper: str = "a4") -> str:
    paper_option = "letterpaper" if paper == "letter" else "a4paper"
    code = next((b.code for b in blocks if isinstance(b, Title)), "")
    footer = TEXT["footer"].format(code=code)
    out = [
        rf"\documentclass[11pt,{paper_option}]{{article}}",
        r"\usepackage[utf8]{inputenc}",
        r"\IfFileExists{lmodern.sty}{\usepackage{lmodern}\usepackage[T1]{fontenc}}{}",
        r"\usepackage{amsmath,amssymb}",
        r"\usepackage[margin=18mm,includefoot]{geometry}",
        r"\setlength{\parindent}{0pt}",
        r"\setlength{\parskip}{0.5em}",
        r"\allowdisplaybreaks",
        r"\makeatletter",
        rf"\def\@oddfoot{{\footnotesize {footer}}}",
        r"\let\@evenfoot\@oddfoot",
        r"\makeatother",
        r"\begin{document}",
    ]
    in_questions = False
    for block in blocks:
        if isinstance(block, QuestionBlock) and not in_questions:
            out.append(r"\begin{enumerate}")
            in_questions = True
        if not isinstance(block, QuestionBlock) and in_questions:
            out.append(r"\end{enumerate}")
            in_questions = False
        if isinstance(block, Title):
            out += [rf"{{\Large\bfseries {escape(block.text)}}}\par",
                    rf"{{\small {escape(block.subtitle)}}}\par",
                    rf"\fbox{{{TEXT['code']} \texttt{{{block.code}}}}}\par"]
        elif isinstance(block, NameLine):
            name = rf"\makebox[6cm][l]{{{escape(block.name)}}}" if block.name else r"\rule{6cm}{0.4pt}"
            out.append(rf"{TEXT['name']} {name}\qquad {TEXT['date']} \rule{{3cm}}{{0.4pt}}\par")
        elif isinstance(block, Heading):
            out.append(rf"\section*{{{escape(block.text)}}}")
        elif isinstance(block, Paragraph):
            out.append(_rich(block.text) + r"\par")
        elif isinstance(block, Equations):
            out += [r"\begin{gather*}", " \\\\\n".join(block.lines), r"\end{gather*}"]
        elif isinstance(block, MatrixRow):
            out.append(rf"\textbf{{{escape(block.caption)}}}\par")
            out.append(r"{\raggedright " + " \\quad\n".join(_matrix(m) for m in block.matrices) + r"\par}")
        elif isinstance(block, QuestionBlock):
            out += _question(block)
    if in_questions:
        out.append(r"\end{enumerate}")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def worksheet_latex(ws: Worksheet, paper: str = "a4") -> str:
    return render_blocks(worksheet_blocks(ws), paper)


def answer_key_latex(ws: Worksheet, paper: str = "a4") -> str:
    return render_blocks(answer_key_blocks(ws), paper)
