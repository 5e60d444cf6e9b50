"""Worksheet and answer-key PDFs: paper sizes, searchable answers, the code on every page, layout limits."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from lstm_studio.app.worksheets.pdf import math as worksheet_math
from lstm_studio.app.worksheets.pdf.boxes import MathOp, TextOp, text_width
from lstm_studio.app.worksheets.pdf.layout import MARGIN_X, K, page_image
from lstm_studio.app.worksheets.pdf.writer import document, write_pdf
from lstm_studio.engine import new_model
from lstm_studio.worksheets.code import CELL_VARIANTS
from lstm_studio.worksheets.generate import build
from lstm_studio.worksheets.problem import DIFFICULTIES, problem_from_model

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdfinfo") is not None
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) is not installed")
CELLS = [(cell, dict(options)) for cell, options in CELL_VARIANTS]


def sheet(cell="lstm", options=None, seed=4, difficulty="medium", text="PIGS", hidden=3):
    model = new_model(cell, list("PIGS"), hidden, options=options)
    return build(problem_from_model(model, text, seed=seed, difficulty=difficulty))


def pdf_text(path, page=None) -> str:
    """The PDF's text with every run of white space made one space."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def pdf_info(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


@needs_poppler
@pytest.mark.parametrize("paper, size", [("a4", "595 x 842 pts (A4)"), ("letter", "612 x 792 pts (letter)")])
def test_pdfs_are_the_paper_size_and_carry_the_code_on_every_page(tmp_path, paper, size):
    ws = sheet()
    for key in (False, True):
        path = tmp_path / f"{key}.pdf"
        write_pdf(ws, path, key, paper)
        info = pdf_info(path)
        assert size in info["Page size"]
        pages = int(info["Pages"])
        assert pages == len(document(ws, key, paper).pages) >= 1
        for n in range(1, pages + 1):
            text = pdf_text(path, n)
            assert f"Variant code {ws.code}" in text
            assert f"Page {n} of {pages}" in text


@needs_poppler
@pytest.mark.parametrize("cell, options", CELLS[::3])
def test_answer_key_text_contains_every_answer_and_the_worksheet_none(tmp_path, cell, options):
    for difficulty in DIFFICULTIES:
        ws = sheet(cell, options, difficulty=difficulty)
        write_pdf(ws, tmp_path / "key.pdf", True, "a4")
        write_pdf(ws, tmp_path / "sheet.pdf", False, "a4")
        key = pdf_text(tmp_path / "key.pdf")
        for q in ws.questions:
            assert f"Answer: {q.answer_text}" in key
        worksheet = pdf_text(tmp_path / "sheet.pdf")
        assert not any(f"Answer: {q.answer_text} " in worksheet for q in ws.questions)
        assert worksheet.count("Answer:") == len(ws.questions)
        assert "fixed" in key or "fixed" not in " ".join(q.text for q in ws.questions)


@needs_poppler
def test_fonts_are_embedded(tmp_path):
    write_pdf(sheet("gru"), tmp_path / "key.pdf", True, "a4")
    out = subprocess.run(["pdffonts", str(tmp_path / "key.pdf")], capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows)


@pytest.mark.parametrize("cell, options", CELLS)
def test_every_formula_is_set_by_the_fast_typesetter(monkeypatch, cell, options):
    def refuse(latex, size):
        raise AssertionError(f"fell back to ziamath for {latex!r}")

    monkeypatch.setattr(worksheet_math, "_ziamath_picture", refuse)
    worksheet_math.math_picture.cache_clear()
    for difficulty in DIFFICULTIES:
        ws = sheet(cell, options, difficulty=difficulty, seed=8)
        document(ws, False)
        document(ws, True, "letter")
    worksheet_math.math_picture.cache_clear()


@pytest.mark.parametrize("cell, options", CELLS[::2])
def test_nothing_runs_past_the_margins_and_questions_stay_on_one_page(cell, options):
    for difficulty, text, hidden in (("hard", "PIGSPIGS", 8), ("medium", "PIGS", 3), ("easy", "P", 1)):
        ws = sheet(cell, options, difficulty=difficulty, text=text, hidden=hidden)
        for key, paper in ((False, "a4"), (True, "letter")):
            doc = document(ws, key, paper)
            page_w, page_h = doc.size
            for page in doc.pages:
                for op in page.ops:
                    if isinstance(op, TextOp):
                        right = op.x + text_width(op.text, op.font)
                    elif isinstance(op, MathOp):
                        right = op.x + op.picture.width * op.scale
                    else:
                        continue
                    assert right <= page_w - MARGIN_X * K + 1.5 * K, (getattr(op, "text", ""), right / K)
                    assert op.y <= page_h - 40 * K
            if not key:
                for n in range(1, len(ws.questions) + 1):
                    number = [i for i, p in enumerate(doc.pages) for op in p.ops
                              if isinstance(op, TextOp) and op.text == f"{n}."]
                    assert len(number) == 1
                    answers = [op for op in doc.pages[number[0]].ops if isinstance(op, TextOp) and op.text == "Answer:"]
                    assert answers, f"question {n} is split over two pages"


def test_ziamath_svg_is_read_in_both_of_its_modes():
    import ziamath

    old = ziamath.config.svg2
    try:
        for mode in (False, True):
            ziamath.config.svg2 = mode
            svg = ziamath.Latex(r"\frac{\partial c_t}{\partial c_{t-1}} = \tilde{h}_t", size=12, margin=0).svg()
            path, (_vx, vy, vw, vh) = worksheet_math.svg_to_path(svg)
            box = path.boundingRect()
            assert not path.isEmpty()
            assert box.width() == pytest.approx(vw, rel=0.1)
            assert vy - 0.5 <= box.top() and box.bottom() <= vy + vh + 0.5
    finally:
        ziamath.config.svg2 = old


def test_preview_images_are_pages_at_the_asked_scale():
    ws = sheet()
    doc = document(ws, False)
    image = page_image(doc, 1, pixels_per_point=1.0)
    assert (image.width(), image.height()) == (round(595.276), round(841.89))
    assert not image.isNull()


@needs_poppler
def test_same_seed_same_pdf_content(tmp_path):
    """Qt stamps the time, a random document id and its own font order into a PDF, so the files differ in
    bytes; what is printed is the same."""
    for n in (1, 2):
        write_pdf(sheet(seed=13), tmp_path / f"{n}.pdf", True, "letter")
    assert pdf_text(tmp_path / "1.pdf") == pdf_text(tmp_path / "2.pdf")
    assert pdf_info(tmp_path / "1.pdf")["Pages"] == pdf_info(tmp_path / "2.pdf")["Pages"]


def test_the_typesetters_qt_objects_are_not_shared_between_threads(qapp):
    """The window sets formulas on the GUI thread while a worksheet batch sets them on a worker: each thread
    gets its own fonts, metrics and measuring device (one QRawFont used by both threads crashed the process),
    and a thread that asks again gets its own cached object back, with the same measurements."""
    import threading

    from lstm_studio.app.worksheets.pdf import mathtext

    getters = {
        "font": lambda: mathtext.math_font(10.0),
        "metrics": lambda: mathtext._metrics(10.0),
        "raw font": mathtext._raw_font,
        "device": mathtext.measuring_device,
    }
    here = {name: get() for name, get in getters.items()}
    assert all(get() is here[name] for name, get in getters.items())
    there: dict[str, object] = {}
    width: list[float] = []

    def worker() -> None:
        there.update({name: get() for name, get in getters.items()})
        width.append(mathtext._metrics(10.0).horizontalAdvance("x+1"))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert set(there) == set(getters)
    assert all(there[name] is not here[name] for name in getters)
    assert width == [pytest.approx(here["metrics"].horizontalAdvance("x+1"))]
