"""HTML: one self-contained page per worksheet or key, math as MathML (no scripts, works offline, prints).

Chains of a worked solution are set as a two-column grid aligned on "=", one part per line, because MathML
in browsers does not break long lines.
"""

from __future__ import annotations

import html
import re

from latex2mathml.converter import convert

from lstm_studio.worksheets.document import BlockRenderer, chain_rows, tolerance_text
from lstm_studio.worksheets.rich import Rich
from lstm_studio.worksheets.sheet import LETTERS, Step, Worksheet

PAPER = {"a4": "A4", "letter": "letter"}

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
        margin: .4em 0 .6em 0; }
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


_TEXT_ESCAPE = re.compile(r"\\([#$%&_{}])")


def _math(latex: str, display: bool = False) -> str:
    """MathML; latex2mathml keeps TeX's escapes inside \\text (``50\\%``), so they are undone here."""
    mathml = convert(latex, display="block" if display else "inline")
    return re.sub(r"(<mtext>)(.*?)(</mtext>)", lambda m: m.group(1) + _TEXT_ESCAPE.sub(r"\1", m.group(2))
                  + m.group(3), mathml)


def _rich(text: Rich) -> str:
    return "".join(html.escape(seg) if isinstance(seg, str) else _math(seg.latex) for seg in text)


def _chain(step: Step) -> str:
    rows = chain_rows(step)
    if not rows:
        return ""
    cells = "".join(f"<div>{_math(left) if left else ''}</div><div>{_math(right) if right else ''}</div>"
                    for left, right in rows)
    return f'<div class="chain">{cells}</div>'


def _matrix(m) -> str:
    head = f'<th class="name">{_math(m.latex)}</th>' + "".join(f"<th>{html.escape(c)}</th>" for c in m.col_labels)
    body = []
    for r, label in enumerate(m.row_labels):
        cells = "".join(f'<td class="v">{m.cell(r, c)}</td>' if c == 0 else f"<td>{m.cell(r, c)}</td>"
                        for c in range(len(m.col_labels)))
        body.append(f"<tr><th>{html.escape(label)}</th>{cells}</tr>")
    return f'<table class="matrix"><tr>{head}</tr>{"".join(body)}</table>'


def _question(block) -> str:
    q = block.question
    out = [f'<div class="question" id="{q.id}"><div><span class="n">{block.number}.</span> {_rich(q.prompt)}</div>']
    if q.given:
        givens = ", ".join(_math(f"{g.name} = {g.value}") for g in q.given)
        out.append(f'<div class="given">Given: {givens}</div>')
    if q.choices:
        items = "".join(f"<li>({letter}) {_rich(c)}</li>" for letter, c in zip(LETTERS, q.choices))
        out.append(f'<ul class="choices">{items}</ul>')
    if not block.key:
        out.append('<div class="answer-line">Answer: <span>&nbsp;</span></div></div>')
        return "".join(out)
    out.append(f'<div class="answer">Answer: {html.escape(q.answer_text)} '
               f'<span class="tol">({html.escape(tolerance_text(q))})</span></div>')
    out.append('<div class="solution">')
    for step in q.solution:
        out.append(f'<div class="step-label">{_rich(step.label)}</div>{_chain(step)}')
    out.append("</div></div>")
    return "".join(out)


class _Html(BlockRenderer):
    def __init__(self, paper: str) -> None:
        self.paper = paper

    def title(self, block):
        return [f'<header><h1>{html.escape(block.text)}</h1><p class="subtitle">{html.escape(block.subtitle)}</p>'
                f'<div class="code">Variant code {block.code}</div></header>']

    def name_line(self, block):
        return ['<div class="name">Name: <span>&nbsp;</span> Date: <span style="width:8em">&nbsp;</span></div>']

    def heading(self, block):
        return [f"<h2>{html.escape(block.text)}</h2>"]

    def paragraph(self, block):
        return [f"<p>{_rich(block.text)}</p>"]

    def equations(self, block):
        return ['<div class="equations">' + "".join(f"<div>{_math(eq)}</div>" for eq in block.lines) + "</div>"]

    def matrices(self, block):
        return [f'<div class="weights"><div class="caption">{html.escape(block.caption)}</div>'
                + "".join(_matrix(m) for m in block.matrices) + "</div>"]

    def question(self, block):
        return [_question(block)]

    def page(self, parts, ws, key):
        parts = [*parts, f"<footer>LSTM Studio · variant code {ws.code} · type the code into LSTM Studio's "
                         "“Check my answers” to check your answers.</footer>"]
        title = f"{'Answer key' if key else 'Worksheet'} {ws.code}"
        css = CSS % {"paper": PAPER.get(self.paper, "A4")}
        return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
                f"<style>{css}</style></head><body>\n" + "\n".join(parts) + "\n</body></html>\n")


def worksheet_html(ws: Worksheet, paper: str = "a4") -> str:
    return _Html(paper).worksheet(ws)


def answer_key_html(ws: Worksheet, paper: str = "a4") -> str:
    return _Html(paper).answer_key(ws)
