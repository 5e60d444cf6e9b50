"""Worksheet and answer-key PDFs: vector text and math, A4 or Letter, drawn with Qt's QPdfWriter.

``write_pdf`` has the signature ``lstm_studio.worksheets.export`` expects of a PDF writer, so the command
line and the worksheet dialog both pass it to ``export_batch``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from lstm_studio.app.worksheets.pdf.boxes import register_fonts
from lstm_studio.app.worksheets.pdf.layout import DPI, Document, layout, paint
from lstm_studio.app.worksheets.pdf.mathtext import math_family
from lstm_studio.document.errors import InputError
from lstm_studio.worksheets.document import answer_key_blocks, worksheet_blocks
from lstm_studio.worksheets.sheet import Worksheet

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


_app: QApplication | None = None


def ensure_gui_application() -> None:
    """QPdfWriter and fonts need an application object; the command line has none, and maybe no display.

    A QApplication (not a QGuiApplication), so that widgets can still be made later in the same process.
    """
    global _app
    if QGuiApplication.instance() is None:
        headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
        if sys.platform.startswith("linux") and headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication(["lstm-studio"])


def prepare_fonts() -> None:
    """Register the bundled fonts now, on the GUI thread, before any worker thread draws a worksheet."""
    ensure_gui_application()
    register_fonts()
    math_family()


def document(ws: Worksheet, key: bool, paper: str = "a4") -> Document:
    """The laid-out pages of the worksheet (or its answer key)."""
    prepare_fonts()
    if key:
        return layout(answer_key_blocks(ws), paper, "LSTM Studio · Answer key", ws.code)
    return layout(worksheet_blocks(ws), paper, "LSTM Studio · Worksheet", ws.code)


def write_document(doc: Document, path: str | Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("LSTM Studio")
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[doc.paper]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise InputError(f"--out: cannot write {path}")
    try:
        for number in range(1, len(doc.pages) + 1):
            if number > 1:
                writer.newPage()
            paint(painter, doc, number)
    finally:
        painter.end()


def write_pdf(ws: Worksheet, path: Path, key: bool, paper: str) -> None:
    """One worksheet or answer-key PDF (the PdfWriter of :func:`lstm_studio.worksheets.export.export_batch`)."""
    title = f"{'Answer key' if key else 'Worksheet'} {ws.code}"
    write_document(document(ws, key, paper), path, title)
