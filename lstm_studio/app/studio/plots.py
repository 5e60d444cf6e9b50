"""The time plots (pyqtgraph): every gate and state over time, one curve per unit, on fixed axes with the
saturated regions shaded; and the same quantities as unit × time heat maps.

Items are created when the model's structure changes (``rebuild``) and afterwards only updated with
``setData``/``setImage`` (``show_values``); moving the time step moves one line per plot (``show_step``).
Both grids follow the session through :mod:`lstm_studio.app.common.live`.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem

from lstm_studio.app.common import palettes, spare_plots, theme
from lstm_studio.app.common.cell_numbers import CellNumbers
from lstm_studio.app.common.i18n import shown, translate
from lstm_studio.app.common.live import LiveView
from lstm_studio.app.common.plain_text import plain_tooltip
from lstm_studio.app.common.plot_cache import AXES, cache_axes
from lstm_studio.app.studio.unit_curves import UnitCurve, UnitCurves
from lstm_studio.explain.quantities import Quantity, explain, quantities, values

pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)

#: Above this many units the curves of one plot are drawn as a single item in one colour.
MANY_UNITS = 8
#: Above this many cells a heat map shows no numbers.
MAX_LABELLED_CELLS = 120
SATURATION = 0.95
#: pyqtgraph's views stop at ±1e307, and it refuses an infinite range ("Cannot set range [-inf, inf]").
AXIS_LIMIT = 1e307
#: Plots a grid keeps ready: the most quantities of any cell (the LSTM's f, i, g, o, c and h).
READY_PLOTS = 6
#: How long after a rebuild a grid starts making its spare plots (after the window has painted), and how
#: long the numbers must have rested before it makes one (a plot is 13-15 ms: never during a slider drag).
WARM_AFTER_MS = 250
#: How far the saturation bands reach along the time axis, either way (past any number of steps).
BAND_REACH = 1e7
#: The delay between two plots made one per turn: 1 ms, a timer (a 0 ms single shot is a posted event,
#: and Qt delivers every posted event before any timer: the plots would all be made in one turn).
NEXT_TURN_MS = 1


def _columns(n: int) -> int:
    """Plots per row: 2 for up to four quantities, 3 for the LSTM's six."""
    return n if n <= 2 else (2 if n <= 4 else 3)


def _int_ticks(axis: pg.AxisItem, n: int, labels: list[str] | None = None) -> None:
    """Integer ticks 1..n, at most about six of them (1, then multiples of a round step)."""
    if n <= 0:
        axis.setTicks(None)
        return
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000)
                if n / s <= 6 or s == 10000)
    values = [1] + [v for v in range(step, n + 1, step) if v != 1 and v - 1 >= step / 2]
    axis.setTicks([[(v, labels[v - 1] if labels else str(v)) for v in values], []])


def _style_plot(plot: pg.PlotItem, th: theme.Theme) -> None:
    style_axes(plot, th)
    plot.showGrid(x=False, y=True, alpha=0.25)


def style_axes(plot: pg.PlotItem, th: theme.Theme) -> None:
    """Theme colours and the application's font (so the projector font scale reaches the plots)."""
    font = QApplication.font()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        colours = (th.muted, th.foreground)
        if getattr(axis, "_studio_colours", None) != colours:  # each pen sets the label's HTML again
            axis._studio_colours = colours
            axis.setPen(pg.mkPen(th.muted))
            axis.setTextPen(pg.mkPen(th.foreground))
        axis.setStyle(tickFont=font)
    # These axes show no label, so pyqtgraph's SI prefix has nothing to say; left on, it set the hidden
    # label's HTML again on every range change (420 times over three Ctrl++ with the preset's plots). The
    # hidden top and right axes follow the view's range too: a relayout after Ctrl++ set theirs 18 times.
    for name in AXES:
        axis = plot.getAxis(name)
        if axis.autoSIPrefix:
            axis.enableAutoSIPrefix(False)
    plot.showGrid(x=False, y=True, alpha=0.25)
    cache_axes(plot)


def _new_plot() -> pg.PlotItem:
    """A plot for a grid, its axes styled for the present theme from the start (made while the window is
    idle): a plot taken for a new cell is ranged and linked before it is styled, and until then each range
    change, and then each pen, set its axes' hidden labels again."""
    plot = spare_plots.new_plot()
    style_axes(plot, theme.current())
    return plot


class _QuantityItem:
    """One quantity's plot in a grid: fixed axes (no menu, no mouse zoom) in the theme's colours.

    A new theme or font size restyles the plot (``restyle``) and a new hidden size remakes only what
    depends on it (``set_units``): making the plots again took most of a theme switch or a file opening."""

    def __init__(self, plot: pg.PlotItem, quantity: Quantity, units: int, th: theme.Theme) -> None:
        self.plot = plot
        self.quantity = quantity
        self.units = units
        self.steps = -1
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()

    def restyle(self, th: theme.Theme) -> None:
        _style_plot(self.plot, th)

    def set_units(self, units: int) -> None:
        self.units = units
        self.steps = -1  # the next values re-lay the axes out


class _GatePlot(_QuantityItem):
    """One quantity: curves per unit, shaded saturated bands, a current-step line."""

    def __init__(self, plot: pg.PlotItem, quantity: Quantity, units: int, th: theme.Theme) -> None:
        super().__init__(plot, quantity, units, th)
        self.bands = []
        if quantity.kind in ("sigmoid", "tanh"):
            low, high = quantity.fixed_range
            edges = [(SATURATION if quantity.kind == "tanh" else 0.95, high)]
            edges.append((low, -SATURATION if quantity.kind == "tanh" else 0.05))
            for lo, hi in edges:
                # A plain Qt rectangle, wider than any time axis: it paints without Python (a pyqtgraph
                # region is three items painted and measured in Python, about 0.1 ms per band per edit).
                band = QGraphicsRectItem(QRectF(-BAND_REACH, lo, 2 * BAND_REACH, hi - lo))
                band.setPen(QPen(Qt.NoPen))
                band.setZValue(-10)
                band.setToolTip(translate("GatePlots", "saturated: the gate's derivative is below 0.05 here, so "
                                                       "little gradient flows through it"))
                plot.addItem(band, ignoreBounds=True)
                self.bands.append(band)
            plot.setYRange(low, high, padding=0.1)  # room for the 0 and 1 labels at the ends
            ticks = [(low, f"{low:g}"), ((low + high) / 2, f"{(low + high) / 2:g}"), (high, f"{high:g}")]
            plot.getAxis("left").setTicks([ticks, []])
        elif quantity.key == "h":
            plot.enableAutoRange(axis="y")
        self.item: UnitCurves | None = None
        self.curves: list[UnitCurve] = []
        self.line = pg.InfiniteLine(angle=90, movable=False)
        plot.addItem(self.line)
        self.set_units(units)
        self.restyle(th)

    def restyle(self, th: theme.Theme) -> None:
        super().restyle(th)
        size = round(QApplication.font().pointSizeF() * 1.15, 1)
        quantity = self.quantity
        self.plot.setTitle(f"<span style='font-size:{size}pt'><b>{quantity.symbol}<sub>t</sub></b></span>"
                           f"&nbsp; <span style='color:{th.muted}'>{translate('Quantity', quantity.title)}</span>",
                           color=th.foreground)
        for band in self.bands:
            band.setBrush(pg.mkBrush(QColor(*th.shade)))
        self.line.setPen(pg.mkPen(th.highlight, width=2))

    def set_units(self, units: int) -> None:
        super().set_units(units)
        if self.item is not None:
            self.plot.removeItem(self.item)
        many = units > MANY_UNITS
        styles = [palettes.unit_style(k) for k in range(units)]
        # colour-blind safe: each unit also has its own line style (docs/accessibility.md)
        self.item = UnitCurves(units, None if many else [st.colour for st in styles],
                               lines=None if many else [st.line for st in styles],
                               symbols=None if many else [st.symbol for st in styles])
        self.plot.addItem(self.item)
        self.curves = [UnitCurve(self.item, k) for k in range(units)]

    def set_values(self, data: np.ndarray) -> None:
        T = data.shape[0]
        self.item.set_data(np.arange(1, T + 1, dtype=float), data)
        if self.steps != T:
            self.steps = T
            self.plot.setXRange(0.5, max(T, 1) + 0.5, padding=0)
            _int_ticks(self.plot.getAxis("bottom"), T)
        if self.quantity.fixed_range is None and T:
            finite = np.clip(data[np.isfinite(data)], -AXIS_LIMIT / 2, AXIS_LIMIT / 2)  # an overflowed c_t
            top = float(np.max(np.abs(finite))) if finite.size else 1.0
            if self.quantity.key == "h":
                low = float(finite.min()) if finite.size else 0.0
                bounds = (min(0.0, np.floor(low * 2) / 2), max(1.0, np.ceil(top * 2) / 2))
            else:
                bound = max(1.0, np.ceil(top * 2) / 2)
                bounds = (-bound, bound)
            if bounds != getattr(self, "_bounds", None):
                self._bounds = bounds
                self.plot.setYRange(*bounds, padding=0.04)

    def set_step(self, step: int) -> None:
        self.line.setValue(step + 1)

    def hit(self, point, result) -> tuple[int, int] | None:
        """(t, unit) of the point nearest ``point`` (view coordinates), or None when it is between steps."""
        t = round(point.x()) - 1
        if 0 <= t < result.steps and abs(point.x() - (t + 1)) < 0.3:
            data = values(result, self.quantity.key)[t]
            return t, int(np.argmin(np.abs(data - point.y())))
        return None


class _QuantityGrid(LiveView, pg.GraphicsLayoutWidget):
    """A grid of plots, one per quantity of layer 1 (``quantities``), under a one-line legend; hovering an
    entry explains its number. Subclasses give the legend and the per-quantity item."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.items: dict = {}
        self._unbuilt: list[tuple[int, Quantity, pg.GraphicsWidget]] = []  # (index, quantity, place held)
        self._pool: list[pg.PlotItem] = []
        self._shape: tuple | None = None
        self._result = None
        self._next_plot = QTimer(self)  # one timer: a show while a plot is due never makes two per turn
        self._next_plot.setSingleShot(True)
        self._next_plot.setInterval(NEXT_TURN_MS)
        self._next_plot.timeout.connect(self._build_later)
        self._next_spare = QTimer(self)
        self._next_spare.setSingleShot(True)
        self._next_spare.timeout.connect(self._warm_pool)
        self._shown_at = 0.0  # (time.monotonic) when the grid last showed new numbers or a new step
        self.scene().sigMouseMoved.connect(self._hover)
        self.follow(session)

    def _legend(self, th: theme.Theme, units: int) -> str:
        raise NotImplementedError

    def _item(self, plot: pg.PlotItem, quantity: Quantity, units: int, th: theme.Theme):
        raise NotImplementedError

    # --- LiveView -----------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Make the plots for the model's quantities, or, when they are the same ones, restyle them for
        a new theme or font size and remake what depends on the hidden size."""
        th = theme.current()
        model = self.session.model
        qs = quantities(model)
        units = model.hidden_size
        kinds = tuple((q.key, q.kind, q.fixed_range) for q in qs)
        look = (th.name, QApplication.font().pointSizeF())
        if self._shape is not None and self._shape[0] == kinds:
            self.finish_building()  # the same plots: restyled and resized below, all of them
        fresh = self._shape is None or self._shape[0] != kinds
        if fresh:
            self.setBackground(th.background)
            self.clear()
            self.items = {}
            self._result = None
            columns = _columns(len(qs))
            self.legend = self.addLabel("", row=0, col=0, colspan=columns)
            self._unbuilt = []
            for n, q in enumerate(qs):
                # Each plot is made in its own turn (making one is 7 ms, six were a 40-80 ms stall); a bare
                # widget holds its place in the grid meanwhile.
                spot = pg.GraphicsWidget()
                self.addItem(spot, row=1 + n // columns, col=n % columns)
                self._unbuilt.append((n, q, spot))
        else:
            if look != self._shape[2]:
                self.setBackground(th.background)
                for item in self.items.values():
                    item.restyle(th)
            if units != self._shape[1]:
                for item in self.items.values():
                    item.set_units(units)
        if fresh or (units, look) != self._shape[1:]:
            # In the application's font size: a label keeps the size it was made with.
            self.legend.setText(self._legend(th, units), size=f"{look[1]:g}pt")
        self._shape = (kinds, units, look)
        if fresh:
            # The first plot now, the others one per turn of the event loop: a new cell (Start in
            # Training, opening a trained model) makes up to six, and the window may not wait for them all.
            self._build_next(whole=True)
        self._warm_pool_later()

    def _warm_pool_later(self) -> None:
        if len(self._pool) < READY_PLOTS and not self._unbuilt:
            self._next_spare.start(WARM_AFTER_MS)

    def _build_next(self, whole: bool = False) -> None:
        """Make the next plot of the grid that :meth:`rebuild` left to make, show the values and the step
        already shown in the others, and come back for the one after it on the next turn. The pyqtgraph plot
        is made in one turn and what it shows in the next, unless ``whole``."""
        if not self._unbuilt:
            return
        n, q, plot = self._unbuilt[0]
        if not isinstance(plot, pg.PlotItem):  # still the place held for it
            row, col = self.ci.items[plot][0]
            self.ci.removeItem(plot)
            plot = self._plot(n)
            self.addItem(plot, row=row, col=col)
            self._unbuilt[0] = (n, q, plot)
            if not whole:
                self._build_later_if_shown()
                return
        self._unbuilt.pop(0)
        # In the look and hidden size of the last rebuild, as the plots already made (and the values shown).
        item = self.items[q.key] = self._item(plot, q, self._shape[1], theme.current())
        if self._result is not None:
            result = self._result
            item.set_values(values(result, q.key) if result.trace is not None else np.zeros((0, item.units)))
            item.set_step(self.session.step)
        self._build_later_if_shown()
        self._warm_pool_later()  # (once the last plot is made)

    def _build_later_if_shown(self) -> None:
        if self._unbuilt and self.isVisible():
            self._next_plot.start()

    def _build_later(self) -> None:
        """The next plot, unless the grid was hidden meanwhile: a hidden grid makes its plots when it is
        shown again (they took 10-15 ms a turn, and a repaint of the window, while another view was in
        front: docs/performance.md)."""
        if self.isVisible():
            self._build_next()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._unbuilt:
            self._next_plot.start()
        else:
            self._warm_pool_later()

    @property
    def building(self) -> bool:
        """Whether some plots of the grid are still waiting for their turn to be made (a hidden grid waits
        until it is shown, and is not building meanwhile)."""
        return bool(self._unbuilt) and self.isVisible()

    def finish_building(self) -> None:
        """Make every plot still waiting for its turn now (before the plots are read through the API)."""
        while self._unbuilt:
            self._build_next(whole=True)

    def _warm_pool(self) -> None:
        """Make one spare plot, then the next on a later turn of the event loop, until the pool holds
        :data:`READY_PLOTS`: a new cell (Start in Training, opening a trained model) then reuses them
        instead of making them while the window waits (docs/window.md, "It stays quick")."""
        if self._unbuilt or not self.isVisible():
            return  # the grid's own plots first; a hidden grid makes spares when it is shown
        if time.monotonic() - self._shown_at < WARM_AFTER_MS / 1000:
            self._next_spare.start(WARM_AFTER_MS)  # the numbers are moving (a drag): later
            return
        if len(self._pool) < READY_PLOTS:
            self._pool.append(_new_plot())
            self._next_spare.start(NEXT_TURN_MS)

    def _plot(self, n: int) -> pg.PlotItem:
        """Plot ``n`` of the grid, emptied. Plots are kept from one structure to the next: making a
        pyqtgraph plot (view box, axes, menus) costs far more than emptying one, and a new model (another
        cell, a trained one) would otherwise make the window stall while it builds six of them."""
        if n < len(self._pool):
            plot = self._pool[n]
            plot.clear()
            plot.setXLink(None)
            for name in ("left", "bottom"):
                plot.getAxis(name).setTicks(None)
            plot.enableAutoRange()
            return plot
        plot = _new_plot()
        self._pool.append(plot)
        return plot

    def show_values(self) -> None:
        self._shown_at = time.monotonic()
        result = self._result = self.session.result()
        for key, item in self.items.items():
            item.set_values(values(result, key) if result.trace is not None else np.zeros((0, item.units)))
        self.show_step()

    def show_step(self) -> None:
        self._shown_at = time.monotonic()
        for item in self.items.values():
            item.set_step(self.session.step)

    def _hover(self, pos) -> None:
        """Over an entry: how that unit's value at that step is computed, with the numbers."""
        result = self._result
        if result is None or result.trace is None:
            return
        for key, item in self.items.items():
            if item.plot.sceneBoundingRect().contains(pos):
                hit = item.hit(item.plot.vb.mapSceneToView(pos), result)
                if hit is not None:
                    self.setToolTip(plain_tooltip(shown(explain(self.session.model, result, key, *hit))))
                    return
        self.setToolTip("")


class GatePlots(_QuantityGrid):
    """Values over time of every gate and state of layer 1, one curve per unit."""

    @property
    def plots(self) -> dict[str, _GatePlot]:
        """The plot of each quantity, by its key (every one made)."""
        self.finish_building()
        return self.items

    def _legend(self, th: theme.Theme, units: int) -> str:
        if units <= MANY_UNITS:
            legend = translate("GatePlots", "unit") + " " + " &nbsp; ".join(
                f"<span style='color:{theme.unit_colour(k)}'>{palettes.unit_style(k).glyph}</span> {k + 1}"
                for k in range(units))
        else:
            legend = translate("GatePlots", "%n units, one line each", None, units)
        # Short lines: one long line sets the plots' narrowest width and pushes them out of sight (the German
        # key at 150 % text ran past a 1366 px screen on two lines), so the key's two parts take a line each.
        key = (translate("GatePlots", "grey bands: saturated (slope &lt; 0.05)") + "<br>"
               + translate("GatePlots", "orange line: current step"))
        return (f"<span style='color:{th.foreground}'>{legend}<br><span style='color:{th.muted}'>{key}"
                + "</span></span>")

    def _item(self, plot: pg.PlotItem, quantity: Quantity, units: int, th: theme.Theme) -> _GatePlot:
        if self.items:  # every plot scrolls and zooms its time axis with the first
            plot.setXLink(next(iter(self.items.values())).plot)
        return _GatePlot(plot, quantity, units, th)


class _HeatMap(_QuantityItem):
    """One quantity as a unit × time image, its numbers written in (when few), the current step framed."""

    def __init__(self, plot: pg.PlotItem, quantity: Quantity, units: int, th: theme.Theme) -> None:
        super().__init__(plot, quantity, units, th)
        plot.invertY(True)
        # At thousands of steps only as many columns as the plot has pixels are coloured and drawn.
        self.image = pg.ImageItem(autoDownsample=True)
        if quantity.kind == "sigmoid":
            self.image.setColorMap(palettes.GATES)
            self.image.setLevels((0.0, 1.0))
        else:
            self.image.setLookupTable(theme.diverging_lut())
        plot.addItem(self.image)
        self.frame = pg.QtWidgets.QGraphicsRectItem()
        self.frame.setZValue(10)
        plot.addItem(self.frame)
        self.numbers = CellNumbers()
        self.numbers.setZValue(5)
        plot.addItem(self.numbers)
        plot.getAxis("left").setLabel(translate("GatePlots", "unit"))
        self.set_units(units)
        self.restyle(th)

    def restyle(self, th: theme.Theme) -> None:
        super().restyle(th)
        self.plot.showGrid(x=False, y=False)
        self.plot.setTitle(f"<b>{self.quantity.symbol}<sub>t</sub></b>&nbsp; <span style='color:{th.muted}'>"
                           f"{translate('Quantity', self.quantity.title)}</span>", color=th.foreground)
        pen = QPen(QColor(th.highlight))
        pen.setWidthF(3)
        pen.setCosmetic(True)
        self.frame.setPen(pen)

    def set_units(self, units: int) -> None:
        super().set_units(units)
        ticks = [(k + 0.5, f"{k + 1}") for k in range(0, units, max(1, units // 8))]
        self.plot.getAxis("left").setTicks([ticks, []])

    def set_values(self, data: np.ndarray) -> None:
        T = data.shape[0]
        image = data.T if T else np.zeros((self.units, 1))
        if self.quantity.kind == "sigmoid":
            self.image.setImage(image, autoLevels=False, levels=(0.0, 1.0))
        else:
            bound = 1.0 if self.quantity.kind == "tanh" else max(1.0, float(np.max(np.abs(image))) if T else 1.0)
            self.image.setImage(image, autoLevels=False, levels=(-bound, bound))
        self.image.setRect(QRectF(0.5, 0, max(T, 1), self.units))
        if self.steps != T:
            self.steps = T
            self.plot.setXRange(0.5, max(T, 1) + 0.5, padding=0)
            self.plot.setYRange(0, self.units, padding=0)
            _int_ticks(self.plot.getAxis("bottom"), T)
            self._make_labels(T)
        if self.numbers.points:
            cells = image.ravel()
            self.numbers.set_texts([f"{v:.2f}" for v in cells],
                                   [theme.text_on(self._colour_of(v)) for v in cells])

    @property
    def labels(self) -> list:
        """The numbers written in the cells, unit by unit (none above MAX_LABELLED_CELLS cells)."""
        return self.numbers.labels

    def _colour_of(self, v: float) -> QColor:
        if self.quantity.kind == "sigmoid":
            return palettes.gate_colour(v)
        bound = self.image.levels[1] if self.image.levels is not None else 1.0
        return theme.diverging(v, bound)

    def _make_labels(self, T: int) -> None:
        if T * self.units > MAX_LABELLED_CELLS:
            self.numbers.set_cells([], QRectF())
            return
        self.numbers.set_cells([(t + 1, k + 0.5) for k in range(self.units) for t in range(T)],
                               QRectF(0.5, 0, T, self.units))

    def set_step(self, step: int) -> None:
        self.frame.setRect(QRectF(step + 0.5, 0, 1, self.units))

    def hit(self, point, result) -> tuple[int, int] | None:
        """(t, unit) of the cell under ``point`` (view coordinates), or None outside the map."""
        t, k = int(np.floor(point.x() - 0.5)), int(np.floor(point.y()))
        return (t, k) if 0 <= t < result.steps and 0 <= k < self.units else None


class HeatMaps(_QuantityGrid):
    """Unit × time heat maps of h, c and each gate; hovering a cell explains its number."""

    @property
    def maps(self) -> dict[str, _HeatMap]:
        """The heat map of each quantity, by its key (every one made)."""
        self.finish_building()
        return self.items

    def _legend(self, th: theme.Theme, units: int) -> str:
        negative, positive = (palettes.signed_colour(v, 1.0).name() for v in (-1.0, 1.0))
        return (f"<span style='color:{th.muted}'>"
                + translate("GatePlots", "σ gates: dark 0 → yellow 1 &nbsp;&nbsp; others: <span "
                                         "style='color:{negative}'>blue −</span> · grey 0 · <span "
                                         "style='color:{positive}'>yellow +</span>").format(negative=negative,
                                                                                             positive=positive)
                + "</span>")

    def _item(self, plot: pg.PlotItem, quantity: Quantity, units: int, th: theme.Theme) -> _HeatMap:
        return _HeatMap(plot, quantity, units, th)

