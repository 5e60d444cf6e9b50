"""The output layer's view: p_t as bars for the current step, marked with the predicted and the target
token, and the loss per step. Items are created once per structure and updated with setOpts/setData."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from lstm_studio.app.common import spare_plots, theme
from lstm_studio.app.common.i18n import shown, translate
from lstm_studio.app.common.live import LiveView
from lstm_studio.app.common.plain_text import escaped, plain_tooltip
from lstm_studio.app.common.widgets import vertical
from lstm_studio.app.studio.plots import AXIS_LIMIT, _int_ticks, style_axes
from lstm_studio.explain.quantities import explain_loss, explain_probability


def loss_axis_top(losses: np.ndarray) -> float:
    """The top of the loss axis: a quarter above the largest finite loss, rounded up to a half, at least
    1, and at most AXIS_LIMIT however large the losses (a step's loss of 3e307 made the old top, 1.25 × it
    rounded up, infinite)."""
    finite = losses[np.isfinite(losses)]
    top = float(finite.max()) if finite.size else 1.0
    if top >= AXIS_LIMIT / 1.25:
        return AXIS_LIMIT
    return max(1.0, float(np.ceil(top * 1.25 * 2) / 2))


class _Bars(pg.BarGraphItem):
    """pyqtgraph's bars, whose bounding rectangle is worked out once per data and view: pyqtgraph's works
    out the size of a pixel at every call, and the scene asks about ten times per repaint (docs/performance.md)."""

    _rect: QRectF | None = None

    def setOpts(self, **opts) -> None:
        self._rect = None
        super().setOpts(**opts)

    def viewTransformChanged(self) -> None:
        self._rect = None
        self.prepareGeometryChange()
        super().viewTransformChanged()

    def boundingRect(self) -> QRectF:
        if self._rect is None:
            self._rect = super().boundingRect()
        return QRectF(self._rect)


class OutputView(LiveView, QWidget):
    """p_t bars (current step) and loss per step, with a one-line verdict above them."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        layout = vertical(self, 4, 2)
        self.verdict = QLabel()
        self.verdict.setTextFormat(Qt.RichText)
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("verdict")
        layout.addWidget(self.verdict)
        self.graphs = pg.GraphicsLayoutWidget()
        layout.addWidget(self.graphs, 1)
        self.prob_plot, self.loss_plot = spare_plots.new_plot(), spare_plots.new_plot()
        self.graphs.addItem(self.prob_plot, row=0, col=0)
        self.graphs.addItem(self.loss_plot, row=1, col=0)
        self.graphs.ci.layout.setRowStretchFactor(0, 3)
        self.graphs.ci.layout.setRowStretchFactor(1, 2)
        for plot in (self.prob_plot, self.loss_plot):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
        self.prob_plot.setYRange(-0.03, 1.1, padding=0)
        self.prob_plot.enableAutoRange(axis="y", enable=False)
        self.prob_plot.getAxis("left").setTicks([[(0, "0"), (0.5, "0.5"), (1, "1")], []])
        self.bars = _Bars(x=[], height=[], width=0.7)
        self.target_box = _Bars(x=[], height=[], width=0.86)
        self.prob_plot.addItem(self.target_box)
        self.prob_plot.addItem(self.bars)
        self.prob_labels: list[pg.TextItem] = []
        # One brush and no pen: pyqtgraph then draws all the bars with one call (a brush per bar was a
        # picture of 200 rectangles made again at every edit: 0.7 ms). A step without a target has a loss
        # of 0, so its bar has no height and needs no colour of its own.
        self.loss_bars = _Bars(x=[], height=[], width=0.7, brush="#56B4E9", pen=None)
        self.loss_plot.addItem(self.loss_bars)
        self.loss_line = pg.InfiniteLine(angle=90, movable=False)
        self.loss_plot.addItem(self.loss_line)
        self._titles: dict[str, str] = {}
        self._vocab: list[str] = []
        self._result = None
        self.graphs.scene().sigMouseMoved.connect(self._hover)
        self.follow(session)

    # --- LiveView -----------------------------------------------------------------------------------

    def rebuild(self) -> None:
        th = theme.current()
        session = self.session
        self._titles = {}
        self._bar_looks = self._target_looks = None  # show_step sets brushes and the target's box anew
        self.graphs.setBackground(th.background)
        for plot in (self.prob_plot, self.loss_plot):
            style_axes(plot, th)
        self.loss_line.setPen(pg.mkPen(th.highlight, width=2))
        for label in self.prob_labels:
            label.setColor(th.foreground)
        vocab = list(session.model.vocab)
        if vocab != self._vocab:
            self._vocab = vocab
            axis = self.prob_plot.getAxis("bottom")
            step = max(1, int(np.ceil(len(vocab) / 24)))
            axis.setTicks([[(k, vocab[k]) for k in range(0, len(vocab), step)], []])
            self.prob_plot.setXRange(-0.6, len(vocab) - 0.4, padding=0)
            for label in self.prob_labels:
                self.prob_plot.removeItem(label)
            self.prob_labels = []
            if len(vocab) <= 16:
                for _ in range(len(vocab)):
                    label = pg.TextItem("", anchor=(0.5, 1.0), color=th.foreground)
                    self.prob_plot.addItem(label)
                    self.prob_labels.append(label)

    def show_values(self) -> None:
        result = self._result = self.session.result()
        T = result.steps
        th = theme.current()
        if T:
            x = np.arange(1, T + 1)
            self.loss_bars.setOpts(x=x, height=result.losses)
            if getattr(self, "_loss_steps", None) != T:
                self._loss_steps = T
                self.loss_plot.setXRange(0.5, T + 0.5, padding=0)
            y_top = loss_axis_top(result.losses)
            if (T, y_top) != getattr(self, "_loss_range", None):
                self._loss_range = (T, y_top)
                self.loss_plot.setYRange(0, y_top, padding=0)
                # Three labels, as on the probabilities: a short chart at 150 % text had pyqtgraph's
                # 0.2, 0.4, 0.6, 0.8 written over each other.
                self.loss_plot.getAxis("left").setTicks([[(v, f"{v:.3g}") for v in (0.0, y_top / 2, y_top)], []])
                _int_ticks(self.loss_plot.getAxis("bottom"), T)
        else:
            self.loss_bars.setOpts(x=[], height=[])
        # The total sits in the title, where the current-step line cannot cross it.
        self._title(self.loss_plot, f"<span style='color:{th.foreground}'>"
                    + translate("OutputView", "loss per step &nbsp; −log p<sub>t</sub>[target]")
                    + f" &nbsp;&nbsp; <b style='white-space:nowrap'>L = {result.loss:.4g}</b></span>")
        self.show_step()

    def _title(self, plot, html: str) -> None:
        """Set a plot title only when it changes (a new title re-lays the plot out)."""
        if self._titles.get(id(plot)) != html:
            self._titles[id(plot)] = html
            plot.setTitle(html)
            self._fit_title(plot)

    def _fit_title(self, plot) -> None:
        """A title wider than the panel (German, Vietnamese, a large font) wraps onto a second line: a title
        sets its plot's narrowest width, and a wider plot would run past the panel's right edge."""
        label = plot.titleLabel
        room = max(self.width() - 40, 120)  # the panel less its margins and the plot's own
        label.item.setTextWidth(-1)
        if label.item.boundingRect().width() > room:
            label.item.setTextWidth(room)
        label.updateMin()
        label.resizeEvent(None)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for plot in (self.prob_plot, self.loss_plot):
            self._fit_title(plot)

    def show_step(self) -> None:
        step = self.session.step
        result = self._result
        th = theme.current()
        if result is None or result.steps == 0:
            self.bars.setOpts(x=[], height=[])
            self.target_box.setOpts(x=[], height=[])
            self._bar_looks = self._target_looks = None
            self.verdict.setText(translate("OutputView", "<i>Type a sequence to see predictions.</i>"))
            for label in self.prob_labels:
                label.setText("")
            return
        step = min(step, result.steps - 1)
        vocab = self._vocab
        p = result.p[step]
        predicted = int(result.prediction[step])
        target = int(result.targets[step])
        x = np.arange(len(p))
        # A weight edit moves the bars; brushes, the target's box and labels that read the same stay as they
        # are (making them again for every edit was a sizeable part of the edit: docs/performance.md).
        looks = (predicted, len(p), th.highlight)
        if looks != getattr(self, "_bar_looks", None):
            self._bar_looks = looks
            self.bars.setOpts(x=x, height=p, brushes=[pg.mkBrush(th.highlight if k == predicted else "#7aa6cf")
                                                      for k in x], pens=[pg.mkPen(None)] * len(p))
        else:
            self.bars.setOpts(x=x, height=p)
        if (target, th.good) != getattr(self, "_target_looks", None):
            self._target_looks = (target, th.good)
            if target >= 0:
                pen = pg.mkPen(th.good, width=3)
                self.target_box.setOpts(x=[target], height=[1.0], brushes=[pg.mkBrush(QColor(0, 158, 115, 40))],
                                        pens=[pen])
            else:
                self.target_box.setOpts(x=[], height=[])
        for k, label in enumerate(self.prob_labels):
            text = f"{p[k]:.2f}"
            inside = p[k] > 0.6
            if label.toPlainText() != text:
                label.setText(text)
            label.setPos(k, p[k] - 0.03 if inside else p[k] + 0.02)
            if getattr(label, "_inside", None) != inside:
                label._inside = inside
                label.setAnchor((0.5, 0.0) if inside else (0.5, 1.0))
        self.loss_line.setValue(step + 1)
        token = escaped(vocab[int(result.inputs[step])])
        self._title(self.prob_plot,
            f"<span style='color:{th.foreground}'>p<sub>{step + 1}</sub> = softmax(y<sub>{step + 1}</sub>)"
            " &nbsp; " + translate("OutputView", "after input <b>{token}</b>").format(token=token) + "</span>")
        verdict = translate("OutputView", "t = {t}: input <b>{token}</b> → predicted <b style='color:{colour}'>"
                                          "{predicted}</b> (p = {p})").format(
            t=step + 1, token=token, colour=th.highlight, predicted=escaped(vocab[predicted]),
            p=f"{p[predicted]:.2f}")
        if target >= 0:
            ok = predicted == target
            mark = (f"<b style='color:{th.good}'>✓ " + translate("OutputView", "correct") + "</b>" if ok
                    else f"<b style='color:{th.bad}'>✗ " + translate("OutputView", "wrong") + "</b>")
            verdict += translate("OutputView", ", target <b style='color:{colour}'>{target}</b> (p = {p}) "
                                               "{mark}").format(colour=th.good, target=escaped(vocab[target]),
                                                                p=f"{p[target]:.2f}", mark=mark)
        else:
            verdict += translate("OutputView", ", no target at this step")
        self.verdict.setText(verdict)

    def _hover(self, pos) -> None:
        result, session = self._result, self.session
        if result is None or result.steps == 0:
            return
        step = min(session.step, result.steps - 1)
        if self.prob_plot.sceneBoundingRect().contains(pos):
            k = round(self.prob_plot.vb.mapSceneToView(pos).x())
            if 0 <= k < len(self._vocab):
                self.graphs.setToolTip(plain_tooltip(shown(explain_probability(session.model, result, step, k))))
                return
        if self.loss_plot.sceneBoundingRect().contains(pos):
            t = round(self.loss_plot.vb.mapSceneToView(pos).x()) - 1
            if 0 <= t < result.steps:
                self.graphs.setToolTip(plain_tooltip(shown(explain_loss(session.model, result, t))))
                return
        self.graphs.setToolTip("")
