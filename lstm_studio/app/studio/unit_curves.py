"""Every unit's curve of one gate plot as one light graphics item (docs/performance.md).

A pyqtgraph PlotDataItem per unit plus a scatter item for the dots cost about a tenth of a millisecond of
Python per unit and edit to take new numbers, and as much again to answer the scene's many bounding-rect
questions while it paints. This item takes the whole (T, units) array at once, answers with a cached
rectangle, and draws in one ``paint``: a polyline per unit, the dots at each step in device pixels, and
— when there are more steps than pixel columns — each unit's min/max per column, so that 10,000 steps
cost what the plot's width costs and no spike is lost.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem

#: Dots are drawn up to this many steps.
MAX_DOT_STEPS = 40
DOT_RADIUS = 3.0


def envelope(x: np.ndarray, y: np.ndarray, columns: int) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) of a curve reduced to at most ``2 * columns`` points: the min and the max of every run of
    consecutive samples that fall into one column, in the order they occur (a spike stays visible)."""
    n = len(y)
    if columns <= 0 or n <= 2 * columns:
        return x, y
    per = int(np.ceil(n / columns))
    bins = int(np.ceil(n / per))
    padded = np.full(bins * per, np.nan)
    padded[:n] = y
    runs = padded.reshape(bins, per)
    with np.errstate(all="ignore"):
        low_at = np.nanargmin(np.where(np.isnan(runs), np.inf, runs), axis=1)
        high_at = np.nanargmax(np.where(np.isnan(runs), -np.inf, runs), axis=1)
    first = np.minimum(low_at, high_at)
    second = np.maximum(low_at, high_at)
    starts = np.arange(bins) * per
    index = np.empty(2 * bins, dtype=np.int64)
    index[0::2] = np.minimum(starts + first, n - 1)
    index[1::2] = np.minimum(starts + second, n - 1)
    return x[index], y[index]


class UnitCurves(pg.GraphicsObject):
    """The curves of ``units`` units over time, in ``colours`` (one per unit; ``lines`` their line styles,
    ``symbols`` pyqtgraph's names of their markers) with dots at each step, or — ``colours`` None — all in
    ``pen`` without dots (many units)."""

    def __init__(self, units: int, colours: list[str] | None, pen: QPen | None = None,
                 lines: list[Qt.PenStyle] | None = None, symbols: list[str] | None = None) -> None:
        super().__init__()
        # Drawn from a pixmap until the numbers or the view change: a step change moves only the plot's
        # current-step line, and the curves under it were painted again, all of them, in every plot.
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.units = units
        self.x = np.zeros(0)
        self.data = np.zeros((0, units))
        if colours is not None:
            styles = lines if lines is not None else [Qt.SolidLine] * len(colours)
            self._pens = [pg.mkPen(c, width=2, style=line) for c, line in zip(colours, styles)]
            # each unit's marker (pyqtgraph's symbol shapes, unit size) scaled to the dot's size once
            size = QTransform.fromScale(2.4 * DOT_RADIUS, 2.4 * DOT_RADIUS)
            self._marks: list | None = [size.map(Symbols[n]) for n in symbols] if symbols is not None else None
            self._brushes = [QBrush(QColor(c)) for c in colours]
        else:
            self._pens = [pen if pen is not None else pg.mkPen(QColor(0, 114, 178, 90), width=1)]
            self._brushes = []
            self._marks = None
        self._rect: QRectF | None = None
        self._bounds = QRectF()
        self._cache: tuple[int, list] | None = None

    # --- Public API ---------------------------------------------------------------------------------

    def set_data(self, x: np.ndarray, data: np.ndarray) -> None:
        """Show ``data`` (T, units) at the times ``x`` (T,)."""
        self.x = np.asarray(x, dtype=float)
        self.data = np.asarray(data, dtype=float).reshape(len(self.x), self.units)
        finite = self.data[np.isfinite(self.data)]
        if len(self.x) and finite.size:
            bounds = QRectF(float(self.x[0]), float(finite.min()), float(self.x[-1] - self.x[0]),
                            float(finite.max() - finite.min()))
        else:
            bounds = QRectF()
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
            self._rect = None
        self._cache = None
        self.update()

    def curve(self, unit: int) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) of one unit's curve."""
        return self.x, self.data[:, unit]

    # --- pyqtgraph / Qt -----------------------------------------------------------------------------

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):
        if not len(self.x):
            return None, None
        if ax == 0:
            return float(self.x[0]), float(self.x[-1])
        return self._bounds.top(), self._bounds.bottom()

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()
        self._rect = None

    def boundingRect(self) -> QRectF:
        if self._rect is None:
            px = abs(self.pixelLength(pg.Point(1, 0)) or 0.0)
            py = abs(self.pixelLength(pg.Point(0, 1)) or 0.0)
            margin = DOT_RADIUS + 2
            self._rect = self._bounds.adjusted(-margin * px, -margin * py, margin * px, margin * py)
        return self._rect

    def paint(self, painter: QPainter, *args) -> None:
        T = len(self.x)
        if not T:
            return
        painter.setRenderHint(QPainter.Antialiasing, pg.getConfigOption("antialias"))
        width = self.pixelWidth() if T > 400 else 0.0  # (asking pyqtgraph for it costs more than a curve)
        columns = int(self._bounds.width() / width) + 1 if width else 0
        for pen, path in zip(self._pens, self._paths(columns)):
            painter.setPen(pen)
            painter.drawPath(path)
        if self._brushes and T <= MAX_DOT_STEPS:
            self._dots(painter)

    def _paths(self, columns: int) -> list:
        """One path per unit (one for all units when they share a pen), made once per data and width."""
        if self._cache is not None and self._cache[0] == columns:
            return self._cache[1]
        reduced = [envelope(self.x, self.data[:, k], columns) for k in range(self.units)]
        if self._brushes:
            paths = [pg.arrayToQPath(x, y) for x, y in reduced]
        else:
            gap = np.array([np.nan])
            xs = np.concatenate([part for x, _ in reduced for part in (x, gap)])
            ys = np.concatenate([part for _, y in reduced for part in (y, gap)])
            paths = [pg.arrayToQPath(xs, ys, connect="finite")]
        self._cache = (columns, paths)
        return paths

    def _dots(self, painter: QPainter) -> None:
        """The values at each step as dots of a fixed size in pixels (drawn in device coordinates)."""
        m = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setPen(Qt.NoPen)
        with np.errstate(invalid="ignore", over="ignore"):  # an overflowing model's ±inf: no dot, no warning
            X = m.m11() * self.x[:, None] + m.m21() * self.data + m.dx()
            Y = m.m12() * self.x[:, None] + m.m22() * self.data + m.dy()
        shown = (np.isfinite(X) & np.isfinite(Y)).T.tolist()
        for k, xs, ys in zip(range(self.units), X.T.tolist(), Y.T.tolist()):
            painter.setBrush(self._brushes[k])
            mark = self._marks[k] if self._marks is not None else None
            for px, py, ok in zip(xs, ys, shown[k]):
                if not ok:
                    continue
                if mark is None:
                    painter.drawEllipse(QPointF(px, py), DOT_RADIUS, DOT_RADIUS)
                else:
                    painter.drawPath(mark.translated(px, py))
        painter.restore()


class UnitCurve:
    """One unit's curve of a :class:`UnitCurves` (what the tests and the hover read)."""

    def __init__(self, curves: UnitCurves, unit: int) -> None:
        self._curves = curves
        self.unit = unit

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self._curves.curve(self.unit)
