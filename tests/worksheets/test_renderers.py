"""HTML, Markdown and LaTeX: the same content, every formula understood by the renderers, keys with answers."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from latex2mathml.converter import convert

from lstm_studio.worksheets.document import (
    Equations,
    MatrixRow,
    Paragraph,
    QuestionBlock,
    answer_key_blocks,
    worksheet_blocks,
)
from lstm_studio.worksheets.generate import build
from lstm_studio.worksheets.problem import DIFFICULTIES
from lstm_studio.worksheets.render_html import answer_key_html, worksheet_html
from lstm_studio.worksheets.render_latex import answer_key_latex, worksheet_latex
from lstm_studio.worksheets.render_markdown import answer_key_markdown, worksheet_markdown
from lstm_studio.worksheets.rich import Math

from .helpers import CELL_IDS, CELLS, make_problem


def all_latex(ws) -> list[str]:
    """Every formula a worksheet and its key contain."""
    out = []
    for block in worksheet_blocks(ws) + answer_key_blocks(ws):
        if isinstance(block, Equations):
            out += block.lines
        elif isinstance(block, MatrixRow):
            out += [m.latex for m in block.matrices]
        elif isinstance(block, Paragraph):
            out += [s.latex for s in block.text if isinstance(s, Math)]
        elif isinstance(block, QuestionBlock):
            q = block.question
            out += [s.latex for s in q.prompt if isinstance(s, Math)]
            out += [f"{g.name} = {g.value}" for g in q.given]
            for choice in q.choices:
                out += [s.latex for s in choice if isinstance(s, Math)]
            for step in q.solution:
                out += [s.latex for s in step.label if isinstance(s, Math)]
                out += [p for p in step.chain if p]
    return out


def unknown_commands(latex: str) -> list[str]:
    root = ET.fromstring(convert(latex.replace(r"\allowbreak", "")))
    return [el.text for el in root.iter() if el.text and "\\" in el.text]


@pytest.mark.parametrize("cell, options", CELLS, ids=CELL_IDS)
def test_every_formula_is_latex_the_renderers_know(cell, options):
    for difficulty in DIFFICULTIES:
        ws = build(make_problem(cell, options, seed=4, difficulty=difficulty))
        for latex in all_latex(ws):
            assert latex.count("{") == latex.count("}"), latex
            assert latex.count(r"\left") == latex.count(r"\right"), latex
            assert not unknown_commands(latex), latex


def test_plain_text_has_no_latex_left():
    for cell, options in CELLS:
        ws = build(make_problem(cell, options, seed=2, difficulty="hard"))
        for q in ws.questions:
            assert "\\" not in q.text and "{" not in q.text, q.text


def test_markdown_worksheet_and_key():
    ws = build(make_problem("lstm", seed=6))
    sheet, key = worksheet_markdown(ws), answer_key_markdown(ws)
    assert ws.code in sheet and ws.code in key
    assert "| 1 | " + " | ".join(f"{v:.2f}" for v in ws.model.params["W_f"][0]) + " |" in sheet
    assert "Answer: ____" in sheet and "**Answer:" not in sheet
    for q in ws.questions:
        assert f"**Answer: {q.answer_text}**" in key
    assert "allowbreak" not in sheet + key


class _TagBalance(HTMLParser):
    """Every opened element is closed, in order (void elements excepted)."""

    VOID = {"meta", "br", "hr", "img", "input", "link"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)


def test_html_is_well_formed_and_carries_every_answer():
    ws = build(make_problem("gru", {"reset": "after"}, seed=6, difficulty="hard"))
    for page in (worksheet_html(ws), answer_key_html(ws, paper="letter")):
        checker = _TagBalance()
        checker.feed(page)
        checker.close()
        assert checker.stack == [] and checker.errors == []
        assert ws.code in page and "allowbreak" not in page
    key = answer_key_html(ws, paper="letter")
    assert "size: letter" in key
    for q in ws.questions:
        assert f"Answer: {q.answer_text}" in key


def test_latex_source_escapes_prose_and_keeps_math():
    ws = build(make_problem("lstm", seed=6))
    source = answer_key_latex(ws)
    assert source.startswith(r"\documentclass[11pt,a4paper]{article}")
    assert r"\begin{align*}" in source and ws.code in source
    assert "−" not in source.replace("$-$", "")


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex (texlive-latex-base) is not installed")
@pytest.mark.parametrize("cell, options", [CELLS[0], CELLS[3], CELLS[7]], ids=[CELL_IDS[0], CELL_IDS[3], CELL_IDS[7]])
def test_latex_source_compiles(tmp_path, cell, options):
    ws = build(make_problem(cell, options, seed=6, difficulty="hard"))
    for name, source in (("sheet", worksheet_latex(ws, "letter")), ("key", answer_key_latex(ws))):
        (tmp_path / f"{name}.tex").write_text(source, encoding="utf-8")
        done = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout[-2000:]
        assert "Overfull \\hbox" not in done.stdout, name
