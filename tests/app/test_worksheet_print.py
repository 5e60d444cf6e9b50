"""Printing a class set: wide vocabularies, odd tokens, a full disk, text a PDF reader can copy, dates.

Each test failed on the code before the fix.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from lstm_studio.app.worksheets.pdf.boxes import MathOp, TextOp, text_width
from lstm_studio.app.worksheets.pdf.layout import MARGIN_X, K
from lstm_studio.app.worksheets.pdf.writer import document, write_pdf
from lstm_studio.cli import main
from lstm_studio.engine import new_model
from lstm_studio.paths import presets
from lstm_studio.worksheets.generate import build
from lstm_studio.worksheets.problem import problem_from_model

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdfinfo") is not None
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) is not installed")
LSTM = str(presets()["lstm_pigs"])
ALPHABET = [chr(ord("A") + k) for k in range(26)]


def _right_edges(doc):
    for page in doc.pages:
        for op in page.ops:
            if isinstance(op, TextOp):
                yield op, op.x + text_width(op.text, op.font)
            elif isinstance(op, MathOp):
                yield op, op.x + op.picture.width * op.scale


@pytest.mark.parametrize("vocab, decimals", [(ALPHABET, 2), (ALPHABET, 4), (ALPHABET + list("abcdef"), 4),
                                             (list("ABCDEFGHIJKLMNOP"), 2)])
def test_every_column_of_a_wide_vocabulary_prints(vocab, decimals):
    model = new_model("lstm", vocab, 3)
    ws = build(problem_from_model(model, "HELLO", seed=2, decimals=decimals))
    doc = document(ws, False)
    page_w = doc.size[0]
    for op, right in _right_edges(doc):
        assert right <= page_w - MARGIN_X * K + 1.5 * K, getattr(op, "text", "a formula")
    labels = {op.text for page in doc.pages for op in page.ops if isinstance(op, TextOp)}
    assert set(vocab) <= labels


def test_a_long_code_leaves_the_title_on_one_line():
    model = new_model("gru", ALPHABET, 3)
    ws = build(problem_from_model(model, "HELLO", seed=2))
    assert len(ws.code) > 40
    doc = document(ws, False)
    title = [op for op in doc.pages[0].ops if isinstance(op, TextOp) and op.font.pointSizeF() >= 16]
    assert title and len({round(op.y) for op in title}) == 1, [op.text for op in title]


def test_a_space_token_prints_and_shows_as_a_visible_space(tmp_path):
    model = new_model("lstm", ["P", "I", " ", "G"], 3)
    for seed in range(6):
        ws = build(problem_from_model(model, "PI G", seed=seed))
        for key in (False, True):
            write_pdf(ws, tmp_path / "sheet.pdf", key, "a4")
            assert (tmp_path / "sheet.pdf").stat().st_size > 1000
    labels = {op.text for page in document(ws, False).pages for op in page.ops if isinstance(op, TextOp)}
    assert "␣" in labels


@needs_poppler
def test_copied_text_keeps_the_math_letters(tmp_path):
    ws = build(problem_from_model(new_model("lstm", list("PIGS"), 3), "PIGS", seed=0))
    write_pdf(ws, tmp_path / "sheet.pdf", False, "a4")
    text = subprocess.run(["pdftotext", str(tmp_path / "sheet.pdf"), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", text)
    # "Compute o₄[3]" used to copy as "Compute 4[3]": the math italic letters had no text in the PDF. (h is
    # the italic ℎ of the BMP, which always had its text.)
    asked = [q for q in ws.questions if q.kind == "forward" and q.quantity in ("f", "i", "o", "c", "h")]
    assert asked
    for q in asked:
        letter = "[hℎ]" if q.quantity == "h" else q.quantity
        assert re.search(rf"Compute {letter}\s*{q.t}\s*\[{q.index}\]", flat), (q.quantity, flat[:900])
    assert re.search(r"f\s*t\s*=\s*σ\s*\(\s*W\s*f", flat), flat[:900]


@needs_poppler
def test_pdfs_follow_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")  # 2000-01-01 00:00:00 UTC
    ws = build(problem_from_model(new_model("gru", list("PIGS"), 2), "PIG", seed=1))
    for n in (1, 2):
        write_pdf(ws, tmp_path / f"{n}.pdf", True, "a4")
    data = (tmp_path / "1.pdf").read_bytes()
    assert b"/CreationDate (D:20000101000000" in data
    assert b"2000-01-01T00:00:00" in data
    assert data == (tmp_path / "2.pdf").read_bytes()


def test_a_full_disk_fails_the_pdf_batch_cleanly(capsys, tmp_path, monkeypatch):
    from tests.worksheets.test_command import _FullDisk

    monkeypatch.setattr(os, "fdopen", _FullDisk(150_000, os.fdopen))
    code = main(["worksheet", LSTM, "--input", "PIGS", "--variants", "4", "--out", str(tmp_path / "out"),
                 "--format", "pdf"])
    _out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1, err
    assert "No space left on device" in err
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_an_unwritable_folder_is_one_line(capfd, tmp_path, monkeypatch):
    out_dir = tmp_path / "locked"
    out_dir.mkdir()
    if os.geteuid() != 0:
        out_dir.chmod(0o555)
    else:  # root writes anywhere: refuse the writes the way a read-only folder would
        real_open = os.open

        def refuse(path, *args, **kwargs):
            if str(path).startswith(str(out_dir)):
                raise PermissionError(13, "Permission denied")
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
    try:
        code = main(["worksheet", LSTM, "--input", "PIGS", "--out", str(out_dir), "--format", "pdf"])
    finally:
        out_dir.chmod(0o755)
    _out, err = capfd.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and "QPainter" not in err and "Permission denied" in err, err
    assert list(out_dir.iterdir()) == []


@needs_poppler
def test_merge_makes_one_class_pdf_with_every_sheet_on_its_own_paper(capsys, tmp_path):
    roster = tmp_path / "class.csv"
    roster.write_text("Ada Lovelace\nAlan Turing\nGrace Hopper\n", encoding="utf-8")
    code = main(["worksheet", LSTM, "--input", "PIGS", "--roster", str(roster), "--merge", "--out",
                 str(tmp_path / "out"), "--format", "pdf", "--difficulty", "easy"])
    _, err = capsys.readouterr()
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["class-answers.pdf", "class-worksheets.pdf"]
    for name, key in (("class-worksheets.pdf", False), ("class-answers.pdf", True)):
        path = tmp_path / "out" / name
        pages = int(subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout.split("Pages:")[1]
                    .split()[0])
        sheets = [build(problem_from_model(new_model("lstm", list("PIGS"), 3), "PIGS", variant=n,
                                           difficulty="easy")) for n in (1, 2, 3)]
        lengths = [len(document(ws, key).pages) for ws in sheets]
        assert pages == sum(n + n % 2 for n in lengths) and pages % 2 == 0
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        starts = [text.index(ws.key_code if key else ws.code) for ws in sheets]
        assert starts == sorted(starts)
        if not key:
            assert "Ada Lovelace" in text and "Grace Hopper" in text
