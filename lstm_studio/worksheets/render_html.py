"""HTML: one self-contained page per worksheet or key, math as MathML (no scripts, works offline, prints).

Chains of a worked solution are set as a two-column grid aligned on "=", one part per line, because MathML
in browsers does not break long lines; they and the cell's equations are in display style, so fractions
keep their size. Every piece of text that comes from a model (tokens, names) is escaped, inside MathML too:
``\\text{…}`` groups are taken out before the conversion and put back escaped. The MathML helpers are
shared with the LMS exports (:mod:`.render_moodle`, :mod:`.render_qti`).
"""

from __future__ import annotations

import html
import re

from latex2mathml.converter import convert

from lstm_studio.worksheets.document import (
    COLUMNS_BY_DECIMALS,
    FIELD_LABELS,
    BlockRenderer,
    Equations,
    Heading,
    Matrix,
    MatrixRow,
    QuestionBlock,
    chain_rows,
    column_blocks,
    tolerance_text,
    worksheet_blocks,
)
from lstm_studio.worksheets.i18n import tr
from lstm_studio.worksheets.latex import split_breaks
from lstm_studio.worksheets.rich import Rich
from lstm_studio.worksheets.sheet import LETTERS, Question, Step, Worksheet

PAPER = {"a4": "A4", "letter": "letter"}
#: The page's own words, in one place (the labels it shares with the other renderers are document.LABELS).
TEXT = {
    **FIELD_LABELS,
    "footer": "LSTM Studio · variant code {code} · type the code into LSTM Studio's “Check my answers” to check "
              "your answers.",
    "sheet": "Worksheet {code}",
    "key": "Answer key {code}",
}

CSS = """
@page { size: %(paper)s; margin: 18mm 16mm; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.45; color: #111; max-width: 48em; margin: 2em auto; padding: 0 1em; }
math { font-size: 1.08em; }
header { border-bottom: 2px solid #333; margin-bottom: 1em; }
header h1 { font-size: 1.6em; margin: 0 0 .2em 0; }
.subtitle { color: #444; margin: 0; }
.code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 1.15em; font-weight: bold;
        letter-spacing: .05em; border: 1.5px solid #333; padding: .1em .5em; display: inline-block;
        margin: .4em 0 .6em 0; overflow-wrap: anywhere; }
.name { margin: .6em 0 1.2em 0; }
.name span { display: inline-block; border-bottom: 1px solid #555; width: 16em; margin-right: 2em; }
h2 { font-size: 1.2em; border-bottom: 1px solid #bbb; margin-top: 1.4em; }
.equations { display: grid; grid-template-columns: repeat(2, auto); gap: .3em 3em; justify-content: start;
             margin: .6em 0 .6em 1em; }
.weights { display: flex; flex-wrap: wrap; gap: .3em 1.6em; align-items: flex-start; margin: .2em 0 .8em 0;
           break-inside: avoid; }
.weights .caption { width: 100%%; font-weight: bold; margin-top: .4em; }
table.matrix { border-collapse: collapse; font-variant-numeric: tabular-nums; }
table.matrix td, table.matrix th { padding: .08em .45em; text-align: right; }
table.matrix th { font-weight: normal; color: #555; font-size: .85em; }
table.matrix th.name { text-align: left; color: #111; font-size: 1em; }
table.matrix td.v { border-left: 1px solid #ccc; }
.question { margin: 1em 0 1.4em 0; break-inside: avoid; }
.question .n { font-weight: bold; }
.given { margin: .3em 0 .3em 1.5em; }
.choices { margin: .3em 0 .3em 1.5em; padding: 0; list-style: none; }
.answer-line { margin: .9em 0 0 1.5em; }
.answer-line span { display: inline-block; border-bottom: 1px solid #555; width: 14em; }
.answer { margin: .5em 0 .3em 1.5em; font-weight: bold; }
.answer .tol { font-weight: normal; color: #555; }
.solution { margin: .2em 0 0 1.5em; }
.step-label { color: #333; margin-top: .5em; }
.chain { display: grid; grid-template-columns: auto 1fr; gap: .15em .3em; margin: .25em 0 .25em 1em;
         align-items: baseline; }
footer { margin-top: 2em; color: #666; font-size: .85em; border-top: 1px solid #ccc; padding-top: .4em; }
"""

_TEXT_GROUP = re.compile(r"\\text\{((?:\\[A-Za-z]+\{\}|\\.|[^{}\\])*)\}")
_TEX_SYMBOLS = {r"\textbackslash{}": "\\", r"\textasciitilde{}": "~", r"\textasciicircum{}": "^"}
_MINUS = "<mo>&#x02212;</mo>"
#: Where a minus sign starts a number rather than subtracts: at the start, after an opening bracket, a
#: comma, "=" or an operator. There it is set as part of the number (MathML spaces a binary <mo>).
_UNARY = re.compile(r"(<mrow>|<mo[^>]*>(?:\(|\[|;|&#x00028;|&#x0005B;|&#x0002C;|&#x0003D;|&#x0002B;|&#x000B7;)"
                    r"</mo>(?:<mtext>&#x000A0;</mtext>)?)" + re.escape(_MINUS) + r"<mn>")


#: A decimal comma written ``0{,}4657`` (:mod:`.i18n`): one number, as a decimal point would be; the ";"
#: between such numbers is an operator (a separator), as the "," between numbers with points is.
_DECIMAL_COMMA = re.compile(r"<mn>(\d+)</mn><mrow><mo>&#x0002C;</mo></mrow><mn>(\d+)</mn>")


def _tex_text(body: str) -> str:
    """The text of a ``\\text{…}`` group as it reads (TeX's escapes undone)."""
    for command, char in _TEX_SYMBOLS.items():
        body = body.replace(command, char)
    return re.sub(r"\\(.)", r"\1", body)


def math_html(latex: str, display: bool = False) -> str:
    """MathML for ``latex``: text groups escaped, unary minus signs part of their number, and in display
    style (full-size fractions) when ``display``."""
    texts: list[str] = []

    def stash(m: re.Match) -> str:
        texts.append(_tex_text(m.group(1)))
        return rf"\text{{lstmstudiotext{len(texts) - 1}x}}"

    prepared = _TEXT_GROUP.sub(stash, latex)
    mathml = convert((r"\displaystyle " if display else "") + prepared, display="inline")
    mathml = _DECIMAL_COMMA.sub(r"<mn>\1,\2</mn>", mathml).replace("<mi>;</mi>", "<mo>;</mo>")
    mathml = _UNARY.sub(lambda m: m.group(1) + "<mn>−", mathml)
    return re.sub(r"lstmstudiotext(\d+)x", lambda m: html.escape(texts[int(m.group(1))]), mathml)


def rich_html(text: Rich) -> str:
    return "".join(html.escape(seg) if isinstance(seg, str) else math_html(seg.latex) for seg in text)


def _chain(step: Step) -> str:
    rows = chain_rows(step)
    if not rows:
        return ""
    cells = "".join(f"<div>{math_html(left, True) if left else ''}</div><div>{math_html(right, True) if right else ''}"
                    "</div>" for left, right in rows)
    return f'<div class="chain">{cells}</div>'


def matrix_html(m: Matrix) -> str:
    """One weight table (split into column blocks when wide)."""
    out = []
    for part in column_blocks(m, COLUMNS_BY_DECIMALS.get(m.decimals, 8)):
        head = f'<th class="name">{math_html(part.latex)}</th>' + "".join(f"<th>{html.escape(c)}</th>"
                                                                       for c in part.col_labels)
        body = []
        for r, label in enumerate(part.row_labels):
            cells = "".join(f'<td class="v">{part.cell(r, c)}</td>' if c == 0 else f"<td>{part.cell(r, c)}</td>"
                            for c in range(len(part.col_labels)))
            body.append(f"<tr><th>{html.escape(label)}</th>{cells}</tr>")
        out.append(f'<table class="matrix"><tr>{head}</tr>{"".join(body)}</table>')
    return "".join(out)


def given_html(q: Question) -> str:
    """The values a question states; a long vector as several formulas, so that the line can wrap."""
    if not q.given:
        return ""
    givens = ", ".join(" ".join(math_html(piece) for piece in split_breaks(f"{g.name} = {g.value}"))
                       for g in q.given)
    return f'<div class="given">{html.escape(tr(TEXT["given"], q.language))} {givens}</div>'


def choices_html(q: Question) -> str:
    if not q.choices:
        return ""
    items = "".join(f"<li>({letter}) {rich_html(c)}</li>" for letter, c in zip(LETTERS, q.choices))
    return f'<ul class="choices">{items}</ul>'


def _question(block: QuestionBlock) -> str:
    q = block.question
    out = [f'<div class="question" id="{q.id}"><div><span class="n">{block.number}.</span> {rich_html(q.prompt)}'
           "</div>", given_html(q), choices_html(q)]
    answer = html.escape(tr(TEXT["answer"], q.language))
    if not block.key:
        out.append(f'<div class="answer-line">{answer} <span>&nbsp;</span></div></div>')
        return "".join(out)
    out.append(f'<div class="answer">{answer} {html.escape(q.answer_text)} '
               f'<span class="tol">({html.escape(tolerance_text(q))})</span></div>')
    out.append('<div class="solution">')
    for step in q.solution:
        out.append(f'<div class="step-label">{rich_html(step.label)}</div>{_chain(step)}')
    out.append("</div></div>")
    return "".join(out)


class _Html(BlockRenderer):
    """The page's blocks, one chunk of HTML each."""

    def __init__(self, paper: str = "a4") -> None:
        self.paper = paper

    def title(self, block) -> list[str]:
        return [f'<header><h1>{html.escape(block.text)}</h1><p class="subtitle">{html.escape(block.subtitle)}</p>'
                f'<div class="code">{html.escape(self.label(TEXT["code"]))} {html.escape(block.code)}</div></header>']

    def name_line(self, block) -> list[str]:
        name = html.escape(block.name) if block.name else "&nbsp;"
        return [f'<div class="name">{html.escape(self.label(TEXT["name"]))} <span>{name}</span> '
                f'{html.escape(self.label(TEXT["date"]))} '
                '<span style="width:8em">&nbsp;</span></div>']

    def heading(self, block) -> list[str]:
        return [f"<h2>{html.escape(block.text)}</h2>"]

    def paragraph(self, block) -> list[str]:
        return [f"<p>{rich_html(block.text)}</p>"]

    def equations(self, block) -> list[str]:
        return ['<div class="equations">' + "".join(f"<div>{math_html(eq, True)}</div>" for eq in block.lines)
                + "</div>"]

    def matrices(self, block) -> list[str]:
        return [f'<div class="weights"><div class="caption">{html.escape(block.caption)}</div>'
                + "".join(matrix_html(m) for m in block.matrices) + "</div>"]

    def question(self, block) -> list[str]:
        return [_question(block)]

    def page(self, parts: list[str], ws: Worksheet, key: bool) -> str:
        code = (ws.key_code or ws.code) if key else ws.code  # the code the page's title block shows
        parts = [*parts, f"<footer>{html.escape(self.label(TEXT['footer']).format(code=code))}</footer>"]
        title = self.label(TEXT["key" if key else "sheet"]).format(code=ws.code)
        css = CSS % {"paper": PAPER.get(self.paper, "A4")}
        lang = ws.language.replace("_", "-")
        return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
                f"<style>{css}</style></head><body>\n" + "\n".join(parts) + "\n</body></html>\n")


def data_html(ws: Worksheet) -> str:
    """The variant's data as the sheet prints it — its weights and the input — for an LMS item (the cell's
    equations, the same for every variant, stay on the printed sheet)."""
    blocks = worksheet_blocks(ws)
    start = next(n for n, b in enumerate(blocks) if isinstance(b, MatrixRow)) - 1
    end = max(n for n, b in enumerate(blocks) if isinstance(b, Heading))
    return "".join(_Html().render([b for b in blocks[start:end] if not isinstance(b, Equations)]))


def worksheet_html(ws: Worksheet, paper: str = "a4") -> str:
    return _Html(paper).worksheet(ws)


def answer_key_html(ws: Worksheet, paper: str = "a4") -> str:
    return _Html(paper).answer_key(ws)
