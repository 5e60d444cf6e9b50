"""LaTeX source: a standalone article (amsmath, geometry) per worksheet or key, for instructors' templates.

Compiles with pdflatex. Prose is escaped; the few non-ASCII symbols the generator writes in prose (−, …, σ,
h̃, ␣) become their LaTeX equivalents. Latin Modern (lmodern) keeps the fonts vector with the T1 encoding;
where it is not installed the source falls back to the default (vector) OT1 fonts rather than bitmaps. The
variant code is in the footer of every page; weight tables wider than the text are split into column
blocks.
"""

from __future__ import annotations

from itertools import groupby

from lstm_studio.engine.notation import SUBSCRIPTS
from lstm_studio.worksheets.document import (
    COLUMNS_BY_DECIMALS,
    FIELD_LABELS,
    Block,
    BlockRenderer,
    QuestionBlock,
    chain_rows,
    column_blocks,
    tolerance_text,
)
from lstm_studio.worksheets.i18n import tr
from lstm_studio.worksheets.rich import Rich
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
        lines.append(rf"\par {escape(tr(TEXT['given'], q.language))}")
        # Ragged right with a hanging indent: a long vector breaks between entries and never overfills a line.
        lines += [rf"\par{{\raggedright\hangindent=1.5em\hspace*{{1.5em}}${g.name} = {g.value}$\par}}"
                  for g in q.given]
    if q.choices:
        lines.append(r"\par\begin{tabular}{@{}l@{\ }p{0.85\linewidth}@{}}")
        lines += [f"({letter}) & {_rich(c)} \\\\" for letter, c in zip(LETTERS, q.choices)]
        lines.append(r"\end{tabular}")
    answer = escape(tr(TEXT["answer"], q.language))
    if not block.key:
        lines.append(rf"\par\vspace{{1.2em}}{answer} \rule{{6cm}}{{0.4pt}}\vspace{{0.8em}}")
        return lines
    lines.append(rf"\par\textbf{{{answer} {escape(q.answer_text)}}} ({escape(tolerance_text(q))})")
    for step in q.solution:
        lines.append(rf"\par {_rich(step.label)}")
        lines += _chain(step)
    return lines


class _Latex(BlockRenderer):
    def __init__(self, paper: str) -> None:
        self.paper = paper

    def title(self, block) -> list[str]:
        return [rf"{{\Large\bfseries {escape(block.text)}}}\par", rf"{{\small {escape(block.subtitle)}}}\par",
                rf"\fbox{{{escape(self.label(TEXT['code']))} \texttt{{{block.code}}}}}\par"]

    def name_line(self, block) -> list[str]:
        name = rf"\makebox[6cm][l]{{{escape(block.name)}}}" if block.name else r"\rule{6cm}{0.4pt}"
        label, date = escape(self.label(TEXT["name"])), escape(self.label(TEXT["date"]))
        return [rf"{label} {name}\qquad {date} \rule{{3cm}}{{0.4pt}}\par"]

    def heading(self, block) -> list[str]:
        return [rf"\section*{{{escape(block.text)}}}"]

    def paragraph(self, block) -> list[str]:
        return [_rich(block.text) + r"\par"]

    def equations(self, block) -> list[str]:
        return [r"\begin{gather*}", " \\\\\n".join(block.lines), r"\end{gather*}"]

    def matrices(self, block) -> list[str]:
        return [rf"\textbf{{{escape(block.caption)}}}\par",
                r"{\raggedright " + " \\quad\n".join(_matrix(m) for m in block.matrices) + r"\par}"]

    def question(self, block) -> list[str]:
        return _question(block)

    def render(self, blocks: list[Block]) -> list[str]:
        """The blocks, each run of questions in one enumerate."""
        out: list[str] = []
        for asked, run in groupby(blocks, key=lambda block: isinstance(block, QuestionBlock)):
            body = super().render(list(run))
            out += [r"\begin{enumerate}", *body, r"\end{enumerate}"] if asked else body
        return out

    def page(self, parts: list[str], ws: Worksheet, key: bool) -> str:
        paper_option = "letterpaper" if self.paper == "letter" else "a4paper"
        footer = self.label(TEXT["footer"]).format(code=(ws.key_code or ws.code) if key else ws.code)
        head = [
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
        if self.language == "zh_CN":  # pdflatex sets Chinese with the CJK package's UTF-8 mode
            head.insert(1, r"\usepackage{CJKutf8}")
            head.append(r"\begin{CJK}{UTF8}{gbsn}")
            # The last page (and its footer, which is Chinese) is shipped inside the CJK environment.
            parts = [*parts, r"\clearpage", r"\end{CJK}"]
        elif self.language == "vi":  # Vietnamese letters need the T5 font encoding (vntex), loaded last: the
            # encoding named last is the document's (docs/i18n.md, "Printing the sheets")
            head.insert(3, r"\IfFileExists{t5enc.def}{\usepackage[T5]{fontenc}}{}")
        return "\n".join([*head, *parts, r"\end{document}"]) + "\n"


def worksheet_latex(ws: Worksheet, paper: str = "a4") -> str:
    return _Latex(paper).worksheet(ws)


def answer_key_latex(ws: Worksheet, paper: str = "a4") -> str:
    return _Latex(paper).answer_key(ws)
