"""The numbers written into the cells of a heat map, as one graphics item (docs/performance.md).

A pyqtgraph TextItem per cell costs a text document, a layout and a dozen Python calls per edit; a heat
map of 120 cells spent more time relabelling than colouring. This item keeps the texts and colours
in lists and draws them all in one ``paint``, centred on their cells in device pixels (so they keep
their size when the plot is zoomed), like the TextItems did.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication


class CellNumbers(pg.GraphicsObject):
    """Texts centred at points (data coordinates) inside ``bounds``."""

    def __init__(self) -> None:
        super().__init__()
        self.points: list[tuple[float, float]] = []
        self.texts: list[str] = []
        self.colours: list[QColor] = []
        self._bounds = QRectF()

    # --- Public API ---------------------------------------------------------------------------------

    def set_cells(self, points: list[tuple[float, float]], bounds: QRectF) -> None:
        """Where the numbers go (cell centres) and the rectangle of all cells; the texts start empty."""
        self.prepareGeometryChange()
        self.points = list(points)
        self.texts = [""] * len(self.points)
        self.colours = [QColor(Qt.black)] * len(self.points)
        self._bounds = QRectF(bounds)
        self.update()

    def set_texts(self, texts: list[str], colours: list[QColor]) -> None:
        """New numbers and their colours (one per cell, in the order of the points); repaints only when
        something reads differently."""
        texts, colours = list(texts), list(colours)
        if texts != self.texts or colours != self.colours:
            self.texts, self.colours = texts, colours
            self.update()

    @property
    def labels(self) -> list[CellNumber]:
        return [CellNumber(self, n) for n in range(len(self.points))]

    # --- Qt -----------------------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        if not self.points:
            return
        m = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setFont(QApplication.font())
        metrics = painter.fontMetrics()
        height = metrics.height()
        for (x, y), text, colour in zip(self.points, self.texts, self.colours):
            if not text:
                continue
            centre = m.map(QPointF(x, y))
            width = metrics.horizontalAdvance(text)
            painter.setPen(colour)
            painter.drawText(QRectF(centre.x() - width / 2 - 1, centre.y() - height / 2, width + 2, height),
                             Qt.AlignCenter, text)
        painter.restore()


class CellNumber:
    """One cell's number (what the tests read, as they read a TextItem)."""

    def __init__(self, numbers: CellNumbers, index: int) -> None:
        self._numbers = numbers
        self.index = index

    def toPlainText(self) -> str:
        return self._numbers.texts[self.index]
