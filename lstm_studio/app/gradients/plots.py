"""The gradient lab's plots (pyqtgraph; items created once per shape, then only ``setData``/``setImage``):
the dL/dW heat map of one matrix, the time × parameter map of each step's part of the gradient, the
gradient norms over time on a log axis, the norms of the Jacobian products ∂h_t/∂h_k, and the
eigenvalues of the Elman RNN's W_hh with the unit circle.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem

from lstm_studio.app.common import spare_plots, theme
from lstm_studio.app.common.access import unwatched
from lstm_studio.app.common.cell_numbers import CellNumbers
from lstm_studio.app.common.i18n import translate
from lstm_studio.app.common.plot_cache import cache_axes
from lstm_studio.engine.notation import num, sup

MAX_LABELS = 120
#: The narrowest a heat map may be, whatever its plot needs.
MIN_MAP_WIDTH = 180
#: Curves of up to this many points mark each point with a dot.
MAX_DOTS = 60
_PEN_STYLES = {"solid": pg.QtCore.Qt.SolidLine, "dash": pg.QtCore.Qt.DashLine, "dot": pg.QtCore.Qt.DotLine}
DECADES = 4.0
_CIVIDIS = pg.colormap.get("cividis")


def _style(plot: pg.PlotItem, th: theme.Theme, title: str = "") -> None:
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(th.muted))
        axis.setTextPen(pg.mkPen(th.foreground))
    cache_axes(plot)
    if title:
        plot.setTitle(title, color=th.foreground, size="10pt")


def _frame(plot: pg.PlotItem, th: theme.Theme) -> QGraphicsRectItem:
    frame = QGraphicsRectItem()
    pen = QPen(QColor(th.highlight))
    pen.setWidthF(3)
    pen.setCosmetic(True)
    frame.setPen(pen)
    frame.setZValue(10)
    plot.addItem(frame)
    return frame


def _style_name(style: bool | str) -> str:
    """A curve's line style: "solid", "dash" or "dot" (True means "dash", False "solid")."""
    if isinstance(style, str):
        return style
    return "dash" if style else "solid"


def decade(k: int) -> str:
    """10ᵏ as an axis label (1 and 10 written plainly)."""
    if k == 0:
        return "1"
    if k == 1:
        return "10"
    return "10" + sup(k)


def positive(values: np.ndarray) -> np.ndarray:
    """Values for a log axis: zero, negative and non-finite ones become NaN (a gap in the curve)."""
    v = np.asarray(values, dtype=float).copy()
    v[~np.isfinite(v) | (v <= 0)] = np.nan
    return v


class MatrixHeatMap(pg.GraphicsLayoutWidget):
    """dL/dW for one parameter as a diverging heat map with the numbers; a click picks an entry."""

    sig_entry_clicked = Signal(tuple)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._shape = None
        self.matrix = True
        self.values = np.zeros((0, 0))
        self._colours: list[QColor] = []
        self._bound = 1.0
        self.numbers: CellNumbers | None = None
        self.scene().sigMouseClicked.connect(self._clicked)

    def minimumSizeHint(self) -> QSize:
        """Wide enough for what the plot itself needs (its title, the axes, a little of each column): a
        narrower view cut the title and the last column off (a laptop at 150 %)."""
        needed = self.ci.effectiveSizeHint(Qt.MinimumSize).width()
        hint = super().minimumSizeHint()
        return QSize(max(MIN_MAP_WIDTH, hint.width(), int(np.ceil(needed)) + 4), hint.height())

    def _build(self, shape, row_labels, col_labels, title) -> None:
        th = theme.current()
        self.clear()
        self.setBackground(th.background)
        self.plot = spare_plots.take()  # made at idle, if the window has been up a moment
        self.addItem(self.plot)
        _style(self.plot, th, title)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(theme.diverging_lut())
        self.plot.addItem(self.image)
        rows, cols = shape
        self.plot.getAxis("left").setTicks([[(r + 0.5, row_labels[r]) for r in range(rows)], []])
        self.plot.getAxis("bottom").setTicks([[(c + 0.5, col_labels[c]) for c in range(cols)], []])
        self.plot.setXRange(0, cols, padding=0.02)
        self.plot.setYRange(0, rows, padding=0.02)
        self.numbers = CellNumbers()
        self.numbers.setZValue(5)
        self.plot.addItem(self.numbers)
        if rows * cols <= MAX_LABELS:
            self.numbers.set_cells([(c + 0.5, r + 0.5) for r in range(rows) for c in range(cols)],
                                   QRectF(0, 0, cols, rows))
        self.frame = _frame(self.plot, th)
        self.plot.vb.sigResized.connect(lambda *_: self._fit_labels())

    # --- Public API ---------------------------------------------------------------------------------

    def set_matrix(self, values: np.ndarray, row_labels, col_labels, selected: tuple, title: str) -> None:
        self.matrix = values.ndim == 2
        m = values if self.matrix else values.reshape(-1, 1)
        shape = (m.shape, tuple(row_labels), tuple(col_labels), title, theme.current().name)
        if shape != self._shape:
            self._shape = shape
            self._build(m.shape, row_labels, col_labels, title)
            # another title, other columns: another narrowest width, known once the plot has laid out
            QTimer.singleShot(1, self, self.updateGeometry)
        self.values = m
        finite = m[np.isfinite(m)]
        bound = float(np.max(np.abs(finite))) if finite.size else 1.0
        bound = bound if bound > 0 else 1.0
        self.image.setImage(np.nan_to_num(m), autoLevels=False, levels=(-bound, bound))
        self.image.setRect(QRectF(0, 0, m.shape[1], m.shape[0]))
        # The numbers' colours are worked out only for a map that shows numbers (a 64 × 64 map shows none:
        # 4,096 colours per edit were most of the lab's edit; docs/performance.md).
        self._colours = []
        self._bound = bound
        self._fit_labels()
        r, c = (selected[0], selected[1] if len(selected) > 1 else 0)
        self.frame.setRect(QRectF(c, r, 1, 1))

    def _fit_labels(self) -> None:
        """The numbers in the cells with three significant digits, or two where three are wider than a
        cell (a narrow map, large text), or none where even two would run into the next cell."""
        numbers = self.numbers
        if numbers is None or not numbers.points or self.values.size == 0:
            return
        cell = self.plot.vb.width() / self.values.shape[1]
        metrics = QFontMetrics(QApplication.font())  # what CellNumbers paints with
        texts = [""] * len(numbers.points)
        for digits in (3, 2):
            shown = [f"{v:.{digits}g}".replace("-", "−") for v in self.values.ravel()]
            if max(metrics.horizontalAdvance(t) for t in shown) <= cell - 4:
                texts = shown
                break
        if len(self._colours) != self.values.size:
            self._colours = [theme.text_on(theme.diverging(float(v), self._bound)) for v in self.values.ravel()]
        numbers.set_texts(texts, self._colours)

    def _clicked(self, event) -> None:
        if self._shape is None:
            return
        point = self.plot.vb.mapSceneToView(event.scenePos())
        r, c = int(np.floor(point.y())), int(np.floor(point.x()))
        rows, cols = self.values.shape
        if 0 <= r < rows and 0 <= c < cols:
            self.sig_entry_clicked.emit((r, c) if self.matrix else (r,))


class ContributionMap(pg.GraphicsLayoutWidget):
    """Rows: parameters; columns: time steps; colour: log₁₀ of the norm of that step's part of dL/dθ."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._shape = None
        self.norms = np.zeros((0, 0))
        self.names: list[str] = []
        self.scene().sigMouseMoved.connect(self._hover)

    def set_data(self, names: list[str], norms: np.ndarray, step: int) -> None:
        th = theme.current()
        shape = (tuple(names), norms.shape[1], th.name)
        if shape != self._shape:
            self._shape = shape
            self.clear()
            self.setBackground(th.background)
            self.plot = spare_plots.new_plot()
            self.addItem(self.plot)
            _style(self.plot, th, translate("GradientPlots", "each step's part of dL/dθ: ‖part‖, log colour scale"))
            self.plot.setMouseEnabled(x=False, y=False)
            self.plot.invertY(True)
            self.image = pg.ImageItem(axisOrder="row-major")
            self.image.setColorMap(_CIVIDIS)
            self.plot.addItem(self.image)
            T = norms.shape[1]
            every = max(1, int(np.ceil(T / 12)))
            self.plot.getAxis("bottom").setTicks([[(t + 0.5, str(t + 1)) for t in range(0, T, every)], []])
            self.plot.getAxis("left").setTicks([[(r + 0.5, n) for r, n in enumerate(names)], []])
            self.plot.setLabel("bottom", "t")
            self.plot.setXRange(0, max(T, 1), padding=0.01)
            self.plot.setYRange(0, max(len(names), 1), padding=0.01)
            self.frame = _frame(self.plot, th)
        self.names, self.norms = list(names), norms
        with np.errstate(divide="ignore", invalid="ignore"):
            logs = np.log10(norms)
        finite = logs[np.isfinite(logs)]
        top = float(finite.max()) if finite.size else 0.0
        shown = np.where(np.isfinite(logs), logs, top - DECADES)
        self.image.setImage(shown, autoLevels=False, levels=(top - DECADES, top))
        self.image.setRect(QRectF(0, 0, norms.shape[1], norms.shape[0]))
        self.frame.setRect(QRectF(step, 0, 1, len(names)))

    def _hover(self, pos) -> None:
        if self._shape is None or not self.norms.size:
            return
        point = self.plot.vb.mapSceneToView(pos)
        r, t = int(np.floor(point.y())), int(np.floor(point.x()))
        if 0 <= r < self.norms.shape[0] and 0 <= t < self.norms.shape[1]:
            self.setToolTip(translate("GradientPlots", "{name} at t = {t}: ‖part of dL/d{name}‖ = {value}").format(
                name=self.names[r], t=t + 1, value=num(float(self.norms[r, t]))))
        else:
            self.setToolTip("")


class LogCurves(pg.PlotWidget):
    """Curves on a log y axis (log₁₀ plotted on a linear axis labelled 10ⁿ) with a current-step line;
    ``set_curves`` takes (label, x, y, colour, style) with style "solid", "dash" or "dot" (or a bool:
    dashed); y ≤ 0 leaves a gap. With ``legend`` False the plot draws no legend of its own (the caller
    shows one beside it, where it cannot cover the curves)."""

    def __init__(self, title: str, xlabel: str, legend_offset=(-8, 8), legend: bool = True, parent=None) -> None:
        with unwatched():  # (its plot's hidden options form: docs/performance.md)
            super().__init__(parent, enableMenu=False)
        self.title, self.xlabel, self.legend_offset = title, xlabel, legend_offset
        self.with_legend = legend
        self._shape = None
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.dots: dict[str, pg.ScatterPlotItem] = {}
        self.bands: list[pg.LinearRegionItem] = []
        self.notes: list[pg.TextItem] = []

    def set_curves(self, curves: list[tuple[str, np.ndarray, np.ndarray, str, bool | str]], marker: float | None,
                   x_range: tuple[float, float]) -> None:
        th = theme.current()
        key = (tuple(c[0] for c in curves), th.name)
        plot = self.getPlotItem()
        if key != self._shape:
            self._shape = key
            plot.clear()
            self.bands, self.notes = [], []
            self.setBackground(th.background)
            _style(plot, th, self.title)
            plot.showGrid(x=False, y=True, alpha=0.25)
            plot.setLabel("bottom", self.xlabel)
            plot.setMouseEnabled(x=False, y=False)
            if plot.legend is not None:
                plot.legend.scene().removeItem(plot.legend)
                plot.legend = None
            if self.with_legend:
                background = QColor(th.background)
                background.setAlpha(200)
                plot.addLegend(offset=self.legend_offset, labelTextColor=th.foreground, brush=background)
            self.curves, self.dots = {}, {}
            for label, _, _, colour, style in curves:
                pen = pg.mkPen(colour, width=2.2, style=_PEN_STYLES[_style_name(style)])
                item = pg.PlotDataItem(pen=pen, name=label, connect="finite")
                plot.addItem(item)
                self.curves[label] = item
                # The dots get only the finite points: a scatter item whose points in view are all NaN
                # makes pyqtgraph warn "All-NaN slice encountered" on every redraw.
                if _style_name(style) != "dot":
                    dots = pg.ScatterPlotItem(size=4, brush=pg.mkBrush(colour), pen=pg.mkPen(colour))
                    plot.addItem(dots)
                    self.dots[label] = dots
            self.line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(th.highlight, width=2))
            plot.addItem(self.line)
        lows, highs = [], []
        for label, x, y, _, _ in curves:
            y = np.log10(positive(y))  # plotted as log₁₀ on a linear axis labelled in decades
            x = np.asarray(x, dtype=float)
            self.curves[label].setData(x, y)
            if label in self.dots:
                finite = np.isfinite(y) if len(x) <= MAX_DOTS else np.zeros(len(x), dtype=bool)
                self.dots[label].setData(x[finite], y[finite])
            if np.isfinite(y).any():
                lows.append(np.nanmin(y))
                highs.append(np.nanmax(y))
        self.line.setVisible(marker is not None)
        if marker is not None:
            self.line.setValue(marker)
        plot.setXRange(*x_range, padding=0.02)
        first, last = int(np.ceil(x_range[0])), int(np.floor(x_range[1]))
        every = max(1, int(np.ceil((last - first + 1) / 12)))
        plot.getAxis("bottom").setTicks([[(k, str(k)) for k in range(first, last + 1, every)], []])
        if lows:
            # whole decades, labelled 10ⁿ: a log axis over a narrow range crowds its own tick labels
            low, high = int(np.floor(min(lows))), int(np.ceil(max(highs)))
            high = max(high, low + 1)
            plot.setYRange(low - 0.12, high + 0.12, padding=0)
            every = max(1, int(np.ceil((high - low) / 6)))
            ticks = [(k, decade(k)) for k in range(low, high + 1) if (k - low) % every == 0]
            minor = []
            if high - low <= 2:  # few decades: also 2× and 5×, written plainly
                minor = [(k + np.log10(m), f"{m * 10.0 ** k:g}") for k in range(low, high) for m in (2, 5)]
            plot.getAxis("left").setTicks([ticks, minor])

    def shade(self, runs: list[tuple[float, float]], tip: str = "") -> None:
        """Grey bands over the x ranges ``runs`` ((first, last) steps, inclusive), e.g. saturated steps."""
        plot = self.getPlotItem()
        for band in self.bands:
            plot.removeItem(band)
        shade = QColor(*theme.current().shade)
        shade.setAlpha(min(255, shade.alpha() * 2))
        self.bands = []
        for first, last in runs:
            band = pg.LinearRegionItem((first - 0.5, last + 0.5), movable=False, brush=shade,
                                       pen=pg.mkPen(None))
            band.setZValue(-20)
            band.setToolTip(tip)
            plot.addItem(band)
            self.bands.append(band)

    def annotate(self, notes: list[tuple[str, float, float, str]]) -> None:
        """Short labels in the plot, each (text, x, y, colour) with y a value (plotted as log₁₀), drawn on
        a backing of the background colour left of that point, above it (below it in the top half of the
        chart) — to name a curve where it ends."""
        plot = self.getPlotItem()
        for note in self.notes:
            plot.removeItem(note)
        self.notes = []
        fill = QColor(theme.current().background)
        fill.setAlpha(210)
        low, high = plot.vb.viewRange()[1]
        for text, x, y, colour in notes:
            if not (np.isfinite(y) and y > 0):
                continue
            at = float(np.log10(y))
            note = pg.TextItem(text, color=colour, anchor=(1.0, 0.0 if at > (low + high) / 2 else 1.0), fill=fill)
            note.setPos(x, at)
            plot.addItem(note, ignoreBounds=True)
            self.notes.append(note)

    def set_label(self, label: str, text: str) -> None:
        """Change the legend text of curve ``label`` (its key stays the same)."""
        legend = self.getPlotItem().legend
        for sample, name in legend.items:
            if sample.item is self.curves[label]:
                name.setText(text)


class EigenPlot(pg.PlotWidget):
    """The eigenvalues of W_hh in the complex plane, with the unit circle: outside it, W_hh alone would
    make h_t (and the gradient) grow along that direction; inside, fade. What actually happens also
    depends on the activation's slope, which the lab explains beside the plot."""

    def __init__(self, parent=None) -> None:
        with unwatched():  # (its plot's hidden options form: docs/performance.md)
            super().__init__(parent, enableMenu=False)
        self._theme = None

    def _build(self, th: theme.Theme) -> None:
        plot = self.getPlotItem()
        plot.clear()
        self.setBackground(th.background)
        _style(plot, th, translate("GradientPlots", "eigenvalues λ of W_hh and the unit circle |λ| = 1"))
        plot.setAspectLocked(True)
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setMouseEnabled(x=False, y=False)
        plot.setLabel("bottom", "Re λ")
        plot.setLabel("left", "Im λ")
        angle = np.linspace(0, 2 * np.pi, 241)
        plot.plot(np.cos(angle), np.sin(angle), pen=pg.mkPen(th.muted, width=1.5, style=pg.QtCore.Qt.DashLine))
        self.points = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(theme.OKABE_ITO[0]), pen=pg.mkPen(th.foreground))
        plot.addItem(self.points)
        self.text = pg.TextItem("", color=th.foreground, anchor=(0, 0))
        plot.addItem(self.text)

    def set_eigenvalues(self, values: np.ndarray) -> None:
        th = theme.current()
        if self._theme != th.name:
            self._theme = th.name
            self._build(th)
        plot = self.getPlotItem()
        self.points.setData(values.real, values.imag)
        radius = float(np.max(np.abs(values))) if values.size else float("nan")
        extent = max(1.2, radius * 1.1 if np.isfinite(radius) else 1.2)
        plot.setXRange(-extent, extent, padding=0)
        plot.setYRange(-extent, extent, padding=0)
        text = (translate("GradientPlots", "largest |λ| = {radius} (outside the unit circle)") if radius > 1
                else translate("GradientPlots", "largest |λ| = {radius} (inside the unit circle)"))
        self.text.setText(text.format(radius=num(radius)))
        self.text.setPos(-extent * 0.98, extent * 0.98)
