"""Worksheet and answer-key PDFs: vector text and math, A4 or Letter, drawn with Qt's QPdfWriter.

The PDF is drawn into memory and handed back as bytes (:func:`pdf_bytes`, the typesetter that
``lstm_studio.worksheets.export`` expects), so the caller writes it atomically: a full disk or an
unwritable folder is an ordinary error with one line, never a truncated file or a message from Qt.
Several worksheets make one class PDF, each padded to an even number of pages so that double-sided
printing starts every student on a new sheet. With ``SOURCE_DATE_EPOCH`` set, the dates and the document
id are fixed: the same worksheets give the same bytes.
"""

from __future__ import annotations

import os
import re
import sys
import uuid
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUuid
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from lstm_studio.app.worksheets.pdf.boxes import register_fonts
from lstm_studio.app.worksheets.pdf.layout import DPI, Document, layout, paint
from lstm_studio.app.worksheets.pdf.mathtext import math_family
from lstm_studio.document.errors import InputError
from lstm_studio.document.modelfile import atomic_write
from lstm_studio.worksheets.document import answer_key_blocks, worksheet_blocks
from lstm_studio.worksheets.i18n import tr
from lstm_studio.worksheets.sheet import Worksheet

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}

#: The words of the PDFs' own labels and metadata, in one place.
TEXT = {
    "sheet_footer": "LSTM Studio · Worksheet",
    "key_footer": "LSTM Studio · Answer key",
    "sheet_title": "Worksheet {code}",
    "key_title": "Answer key {code}",
    "class_sheets": "Worksheets, {n} students",
    "class_keys": "Answer keys, {n} students",
}

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
    code = ws.key_code or ws.code if key else ws.code
    if key:
        return layout(answer_key_blocks(ws), paper, tr(TEXT["key_footer"], ws.language), code, ws.language)
    return layout(worksheet_blocks(ws), paper, tr(TEXT["sheet_footer"], ws.language), code, ws.language)


def _source_date() -> datetime | None:
    """The time SOURCE_DATE_EPOCH fixes (reproducible builds), or None when it is unset or not a number."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value.isdigit():
        return None
    try:
        return datetime.fromtimestamp(int(value), tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def _fix_dates(data: bytes, when: datetime) -> bytes:
    """Qt stamps the current time (``/CreationDate (D:…Z)`` and the XMP dates): put ``when`` there instead,
    each in a string of the same length, so that the cross-reference offsets stay right."""
    pdf_date = when.strftime("D:%Y%m%d%H%M%S").encode()
    xmp_date = when.strftime("%Y-%m-%dT%H:%M:%S").encode()
    data = re.sub(rb"(/(?:CreationDate|ModDate) \()D:\d{14}", lambda m: m.group(1) + pdf_date, data)
    return re.sub(rb'(xmp:(?:CreateDate|ModifyDate|MetadataDate)=")\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d',
                  lambda m: m.group(1) + xmp_date, data)


def render(docs: list[Document], title: str, pad_to_even: bool = False) -> bytes:
    """``docs`` one after the other as one PDF; with ``pad_to_even`` each gets a blank last page when it has
    an odd number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("LSTM Studio")
    when = _source_date()
    if when is not None:
        writer.setDocumentId(QUuid(str(uuid.uuid5(uuid.NAMESPACE_URL, f"lstm-studio:{title}"))))
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[docs[0].paper]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):  # pragma: no cover - a memory buffer always opens
        raise InputError("PDF: the typesetter could not start")
    try:
        first = True
        for doc in docs:
            pages = len(doc.pages) + (len(doc.pages) % 2 if pad_to_even else 0)
            for number in range(1, pages + 1):
                if not first:
                    writer.newPage()
                first = False
                if number <= len(doc.pages):
                    paint(painter, doc, number)
    finally:
        painter.end()
    data = bytes(QByteArray(buffer.data()))
    return _fix_dates(data, when) if when is not None else data


def pdf_bytes(worksheets: list[Worksheet], key: bool, paper: str) -> bytes:
    """One worksheet's PDF, or a class's (several worksheets, each padded to an even page count): the
    typesetter of :func:`lstm_studio.worksheets.export.export_batch`."""
    docs = [document(ws, key, paper) for ws in worksheets]
    if len(worksheets) == 1:
        ws = worksheets[0]
        title = TEXT["key_title" if key else "sheet_title"].format(code=ws.key_code if key else ws.code)
        return render(docs, title)
    title = TEXT["class_keys" if key else "class_sheets"].format(n=len(worksheets))
    return render(docs, title, pad_to_even=True)


def write_pdf(ws: Worksheet, path: Path, key: bool, paper: str) -> None:
    """One worksheet or answer-key PDF, written atomically; InputError (one line) when it cannot be."""
    try:
        atomic_write(path, pdf_bytes([ws], key, paper))
    except OSError as err:
        raise InputError(f"--out: cannot write {path} ({err.strerror or err})") from None
