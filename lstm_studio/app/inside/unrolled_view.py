"""The unrolled network: the sequence as a strip of cells through time — x_1 … x_T along the bottom, one
row of cells per layer and direction (a bidirectional layer's backward pass as its own row, its arrows
pointing back in time), the softmax outputs and the predicted tokens on top — with h (and c) passed
along the rows as small heat strips, the current step highlighted, and a warning mark on every cell a
teacher would point at. Clicking a column makes it the current step.
"""

from __future__ import annotations

import bisect
import logging

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QToolTip,
)

from lstm_studio.app.common import theme
from lstm_studio.app.common.i18n import shown, translate
from lstm_studio.app.common.live import LivePanel
from lstm_studio.app.common.plain_text import plain_tooltip
from lstm_studio.app.common.warning_strip import WarningStrip
from lstm_studio.app.common.widgets import vertical
from lstm_studio.document.session import Session
from lstm_studio.engine.notation import num, sub
from lstm_studio.explain.teacher_warnings import TeacherWarning, of_evaluation

CW, CELL_W, CELL_H = 112.0, 80.0, 44.0
LEFT = 112.0
ROW_H = 86.0
TOP_H, P_H, X_H = 44.0, 62.0, 46.0
#: Up to this many tokens every p_t[k] gets a bar, in vocabulary order; beyond it the bars show the
#: RANKED most probable tokens of each step (the target among them), each labelled with its token.
MAX_BARS = 12
RANKED = 5
#: A cell's ⚠ mark stands this far above its box (and hovering it explains the warning).
MARK_H = 18.0
#: The softmax tooltip lists this many of the likeliest tokens.
TIP_TOKENS = 8
_LUT = theme.diverging_lut(256)
#: The same colours packed as 0xAARRGGBB, so that an image is one lookup (docs/performance.md).
_ARGB = ((0xFF << 24) | (_LUT[:, 0].astype(np.uint32) << 16) | (_LUT[:, 1].astype(np.uint32) << 8)
         | _LUT[:, 2].astype(np.uint32)).astype(np.uint32)


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(int(px))
    font.setBold(bold)
    return font


def _vector(v: np.ndarray, most: int = 8) -> str:
    return "[" + ", ".join(num(float(x)) for x in v[:most]) + (", …]" if len(v) > most else "]")


def strip_rows(values: np.ndarray, vmax: float) -> QImage:
    """(T, H) state vectors as a T-row, H-column image: each unit on the diverging map over ±vmax."""
    v = np.nan_to_num(np.atleast_2d(np.asarray(values, dtype=float)), nan=0.0, posinf=vmax, neginf=-vmax)
    k = np.clip(np.round((np.clip(v / vmax, -1, 1) + 1) * 127.5), 0, 255).astype(np.intp)
    argb = _ARGB[k]
    rows, cols = argb.shape
    return QImage(argb.tobytes(), cols, rows, 4 * cols, QImage.Format_ARGB32).copy()


class _Strips(QGraphicsItem):
    """The h (or c) heat strips of one row: one T × H image, row t drawn into cell t, one stripe per unit."""

    def __init__(self, lefts: list[float], y: float, width: float, height: float) -> None:
        super().__init__()
        self.lefts, self.y, self.w, self.h = lefts, y, width, height
        self.image = QImage()
        self.setZValue(4)
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption)  # paint() learns the exposed rectangle

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def boundingRect(self) -> QRectF:
        if not self.lefts:
            return QRectF()
        return QRectF(self.lefts[0], self.y, self.lefts[-1] + self.w - self.lefts[0], self.h)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.image.isNull():
            return
        columns = self.image.width()
        exposed = option.exposedRect
        first = max(0, bisect.bisect_left(self.lefts, exposed.left() - self.w))
        last = min(self.image.height(), bisect.bisect_right(self.lefts, exposed.right()))
        for t in range(first, last):
            painter.drawImage(QRectF(self.lefts[t], self.y, self.w, self.h), self.image, QRectF(0, t, columns, 1))


class _Cell:
    """One cell of one row at one step: its box and its warning mark."""

    def __init__(self, scene: QGraphicsScene, x: float, y: float, th: theme.Theme) -> None:
        self.box = scene.addRect(QRectF(x, y, CELL_W, CELL_H), QPen(QColor(th.foreground), 1.4),
                                 QBrush(QColor(th.background)))
        self.box.setZValue(3)
        self.mark = QGraphicsSimpleTextItem("⚠", self.box)
        self.mark.setFont(_font(16, True))
        self.mark.setBrush(QColor(th.bad))
        self.mark.setPos(x + CELL_W - 10, y - MARK_H)
        self.mark.setZValue(6)
        self.mark.setVisible(False)


class UnrolledScene(QGraphicsScene):
    """The items of one structure (model shape × number of steps); see the module docstring."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cells: dict[tuple[int, int, int], _Cell] = {}
        self.strips: dict[tuple[int, int], tuple[_Strips, _Strips | None]] = {}
        self.bars: list[list[QGraphicsRectItem]] = []
        self.bar_labels: list[list[QGraphicsSimpleTextItem]] = []
        self.ranked = False
        self.predicted: list[QGraphicsSimpleTextItem] = []
        self.tokens: list[QGraphicsSimpleTextItem] = []
        self.highlight: QGraphicsRectItem | None = None
        self.rows: list[tuple[int, int]] = []
        self.steps = 0
        self.row_y: dict[tuple[int, int], float] = {}
        self.p_y = 0.0

    def column_x(self, t: int) -> float:
        return LEFT + t * CW

    def build(self, model, steps: int) -> None:
        th = theme.current()
        self.clear()
        self.cells, self.bars, self.predicted, self.tokens, self.strips = {}, [], [], [], {}
        self.bar_labels = []
        self.steps = steps
        V = model.vocab_size
        self.ranked = V > MAX_BARS
        self.setBackgroundBrush(QColor(th.background))
        fg, muted = QColor(th.foreground), QColor(th.muted)
        # rows from the top: predictions, softmax, layers top-down (backward above forward), inputs
        self.rows = [(layer, k) for layer in reversed(range(model.layers))
                     for k in reversed(range(model.directions))]
        y = 8.0
        self._label(translate("UnrolledView", "predicted"), y + 10, muted)
        pred_y = y
        y += TOP_H
        self._label("pₜ = softmax", y + 12, muted)
        if self.ranked:
            self._label(translate("UnrolledView", "{shown} likeliest of {count}").format(shown=RANKED, count=V),
                        y + 30, muted, size=11)
        self.p_y = y
        y += P_H + 18
        for layer, k in self.rows:
            self.row_y[(layer, k)] = y
            name = (translate("UnrolledView", "layer {layer}").format(layer=layer + 1) if model.layers > 1
                    else translate("UnrolledView", "cell"))
            if model.bidirectional:
                name += " ←" if k else " →"
            self._label(name, y + 6, fg, bold=True)
            self._label("h" + (" / c" if model.spec.has_c else ""), y + 24, muted)
            y += ROW_H
        x_y = y - 14
        self._label(translate("UnrolledView", "xₜ (input)"), x_y + 12, muted)
        height = x_y + X_H
        width = LEFT + max(steps, 1) * CW + 72
        self.setSceneRect(QRectF(0, 0, width, height))
        self.highlight = self.addRect(QRectF(0, 0, CW, height), QPen(Qt.NoPen), QBrush(self._highlight_colour()))
        self.highlight.setZValue(-10)
        self.predicted = [None] * steps
        self.tokens = [None] * steps
        self.bars = [[] for _ in range(steps)]
        self.bar_labels = [[] for _ in range(steps)]
        self._built: set[int] = set()
        #: step -> (predicted, target, the tokens with bars, input) as the column was last filled
        self.looks: dict[int, tuple] = {}
        self._model = model
        self._x_y, self._pred_y = x_y, pred_y
        rows = 2 if model.spec.has_c else 1
        inner = (CELL_H - 8 - 3 * (rows - 1)) / rows
        lefts = [self.column_x(t) + CW / 2 - CELL_W / 2 + 4 for t in range(steps)]
        for layer, k in self.rows:
            top = self.row_y[(layer, k)] + 4
            h_strips = _Strips(lefts, top, CELL_W - 8, inner)
            c_strips = _Strips(lefts, top + inner + 3, CELL_W - 8, inner) if model.spec.has_c else None
            for item in (h_strips, c_strips):
                if item is not None:
                    self.addItem(item)
            self.strips[(layer, k)] = (h_strips, c_strips)
        for layer, k in self.rows:
            ry = self.row_y[(layer, k)] + CELL_H / 2
            if not steps:
                continue
            if k == 0:
                start_x = LEFT - 30
                self._arrow(LEFT - 26, self.column_x(0) + CW / 2 - CELL_W / 2, ry)
            else:
                start_x = self.column_x(steps - 1) + CW / 2 + CELL_W / 2 + 14
                left = self.column_x(0) + CW / 2 - CELL_W / 2
                self._arrow(left, left - 26, ry)
            first = "0" if k == 0 else str(steps + 1)
            start = "h" + sub(first) + (", c" + sub(first) if model.spec.has_c else "")
            label = self.addSimpleText(start, _font(11))
            label.setBrush(muted)
            label.setPos(start_x - label.boundingRect().width() / 2, ry - 24)

    def visible_columns(self, rect: QRectF) -> range:
        """The steps whose columns meet the scene rectangle ``rect``."""
        first = max(0, int((rect.left() - LEFT) // CW))
        last = min(self.steps, int((rect.right() - LEFT) // CW) + 1)
        return range(first, max(first, last))

    def ensure_columns(self, columns: range) -> list[int]:
        """Create the items of the given columns that do not exist yet; returns the new ones. Only the
        columns in sight ever get items, so 10,000 steps cost what a screenful costs."""
        new = [t for t in columns if t not in self._built]
        for t in new:
            self._build_column(t)
            self._built.add(t)
        return new

    @property
    def built(self) -> set[int]:
        return self._built

    def _build_column(self, t: int) -> None:
        model, th = self._model, theme.current()
        fg, muted = QColor(th.foreground), QColor(th.muted)
        x_y, p_y, steps = self._x_y, self.p_y, self.steps
        cx = self.column_x(t) + CW / 2
        spine = self.addLine(cx, x_y, cx, p_y + P_H, QPen(muted, 1.2))
        spine.setZValue(-2)
        self._arrow_head(QPointF(cx, p_y + P_H), -90, muted)
        text = self.addSimpleText("", _font(18, True))
        text.setPos(cx - 20, self._pred_y + 6)
        self.predicted[t] = text
        box = self.addRect(QRectF(cx - 40, p_y, 80, P_H), QPen(muted, 1.0), QBrush(QColor(th.background)))
        box.setZValue(1)
        bars, labels = [], []
        shown = RANKED if self.ranked else model.vocab_size
        bw = 72 / shown
        for v in range(shown):
            bar = self.addRect(QRectF(cx - 36 + v * bw + 1, p_y + P_H - 16, bw - 2, 0), QPen(Qt.NoPen),
                               QBrush(QColor(theme.OKABE_ITO[4])))
            bar.setZValue(2)
            bars.append(bar)
            if shown <= 8:
                letter = self.addSimpleText("" if self.ranked else model.vocab[v][:2], _font(10))
                letter.setBrush(muted)
                letter.setPos(cx - 36 + v * bw + bw / 2 - 4, p_y + P_H - 15)
                letter.setZValue(2)
                labels.append(letter)
        self.bars[t] = bars
        self.bar_labels[t] = labels
        token = self.addSimpleText("", _font(17, True))
        token.setPos(cx - 8, x_y + 10)
        token.setZValue(2)
        self.tokens[t] = token
        tbox = self.addRect(QRectF(cx - 26, x_y + 6, 52, 30), QPen(fg, 1.2), QBrush(QColor(th.background)))
        tbox.setZValue(1)
        left, right = cx - CELL_W / 2, cx + CELL_W / 2
        for layer, k in self.rows:
            ry = self.row_y[(layer, k)]
            self.cells[(layer, k, t)] = _Cell(self, left, ry, th)
            # the arrow into this cell from the step before it (in the direction the state flows) and,
            # at the last step, out of it
            y = ry + CELL_H / 2
            if k == 0:
                if t:
                    self._arrow(left - (CW - CELL_W), left, y)
                if t == steps - 1:
                    self._arrow(right, right + 26, y)
            else:
                if t < steps - 1:
                    self._arrow(right + (CW - CELL_W), right, y)
                if t == steps - 1:
                    self._arrow(right + 26, right, y)

    def _arrow(self, x0: float, x1: float, y: float) -> None:
        line = self.addLine(x0, y, x1, y, QPen(QColor(theme.current().foreground), 1.6))
        line.setZValue(1)
        self._arrow_head(QPointF(x1, y), 0 if x1 > x0 else 180, QColor(theme.current().foreground))

    def _highlight_colour(self) -> QColor:
        colour = QColor(theme.current().highlight)
        colour.setAlpha(40)
        return colour

    def _label(self, text: str, y: float, colour: QColor, bold: bool = False, size: float = 13) -> None:
        item = self.addSimpleText(text, _font(size, bold))
        item.setBrush(colour)
        item.setPos(8, y)

    def _arrow_head(self, tip: QPointF, angle_deg: float, colour: QColor) -> QGraphicsItem:
        a = np.radians(angle_deg)
        size = 8.0
        left = QPointF(tip.x() - size * np.cos(a - 0.45), tip.y() - size * np.sin(a - 0.45))
        right = QPointF(tip.x() - size * np.cos(a + 0.45), tip.y() - size * np.sin(a + 0.45))
        head = self.addPolygon(QPolygonF([tip, left, right]), QPen(Qt.NoPen), QBrush(colour))
        head.setZValue(2)
        return head

    def set_step(self, t: int) -> None:
        if self.highlight is not None:
            rect = self.highlight.rect()
            self.highlight.setRect(QRectF(self.column_x(t), 0, CW, rect.height()))

    def column_at(self, x: float) -> int | None:
        t = int((x - LEFT) // CW)
        return t if 0 <= t < self.steps else None

    def row_at(self, y: float) -> tuple[int, int] | None:
        """The row whose cells (or the ⚠ marks above them) cover height ``y``."""
        for key, top in self.row_y.items():
            if top - MARK_H <= y <= top + CELL_H:
                return key
        return None

    def in_softmax(self, y: float) -> bool:
        return self.p_y <= y <= self.p_y + P_H


def shown_tokens(p: np.ndarray, target: int, ranked: bool, most: int = RANKED) -> list[int]:
    """The tokens whose p_t gets a bar: all in vocabulary order, or (``ranked``) the ``most`` likeliest
    in falling order, the target replacing the last of them when it is not among them."""
    if not ranked:
        return list(range(len(p)))
    order = [int(k) for k in np.argsort(-p, kind="stable")[:most]]
    if target >= 0 and target not in order:
        order[-1] = target
    return order


class UnrolledView(LivePanel):
    """See the module docstring."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(session, None, parent)
        self._shape = None
        self.warnings: list[TeacherWarning] = []
        self.trace = None
        self._result = None
        self._marked: set[tuple[int, int, int]] = set()
        self._filled: set[int] = set()
        outer = vertical(self, (6, 4, 6, 4), 4)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.RichText)
        outer.addWidget(self.caption)
        self.scene = UnrolledScene(self)
        self.view = _View(self.scene, self)
        outer.addWidget(self.view, 1)
        self.strip = WarningStrip()
        outer.addWidget(self.strip)

    # --- LivePanel ----------------------------------------------------------------------------------

    def rebuild(self) -> None:
        self._shape = None

    def show_values(self) -> None:
        session = self.session
        model = session.model
        result = session.result()
        steps = result.steps
        shape = (model.spec, model.layers, model.bidirectional, model.vocab_size, tuple(model.vocab), steps,
                 theme.current().name)
        if shape != self._shape or result.trace is None:
            # The old evaluation belongs to the old columns: fitting the new ones rescales and scrolls the view,
            # and the scroll fills the columns in sight (fill_visible), which must not read the old numbers.
            self._result = None
            self._filled = set()
        if shape != self._shape:
            self._shape = shape
            self.scene.build(model, steps)
            self.view.fit()
        if result.trace is None:
            self.caption.setText(translate("UnrolledView", "Type an input sequence to unroll the network over it."))
            self.strip.set_warnings([])
            return
        trace = result.trace
        self.trace = trace
        self._result = result
        # The model the numbers came from: a resize or scroll may fill columns after the session has moved on to
        # another model while this panel was hidden (its refresh comes when it is shown), and must not mix them.
        self._model = model
        self.warnings = of_evaluation(model, result)
        self._marked = {(w.layer, w.k, t) for w in self.warnings for t in w.steps}
        for layer, k in self.scene.rows:
            lt = trace.layers[layer][k]
            h = lt.h_time[:, 0]
            c = lt.c_time[:, 0] if lt.c is not None else None
            h_strips, c_strips = self.scene.strips[(layer, k)]
            h_strips.set_image(strip_rows(h, 1.0))
            if c_strips is not None:
                finite = np.abs(c[np.isfinite(c)])
                c_strips.set_image(strip_rows(c, max(1.0, float(finite.max())) if finite.size else 1.0))
        self._filled = set()
        self.fill_visible()
        scored = np.asarray(result.targets) >= 0
        right = int(np.sum((np.asarray(result.prediction) == np.asarray(result.targets)) & scored))
        total = int(scored.sum())
        if model.spec.has_c:
            shows = translate("UnrolledView", "Each cell shows h (top) and c (bottom) as colours, one stripe per unit "
                                              "(<span style='color:{blue}'>blue</span> −1 … grey 0 … <span "
                                              "style='color:{yellow}'>yellow</span> +1); click a column to make it "
                                              "the current step.")
        else:
            shows = translate("UnrolledView", "Each cell shows h as colours, one stripe per unit (<span "
                                              "style='color:{blue}'>blue</span> −1 … grey 0 … <span "
                                              "style='color:{yellow}'>yellow</span> +1); click a column to make it "
                                              "the current step.")
        predicted_text = translate("UnrolledView", "{right} of {total} targets predicted.").format(right=right,
                                                                                                  total=total)
        self._set_caption(translate("UnrolledView", "%n steps", None, steps) + ", " + predicted_text + " "
                          + shows.format(blue=theme.diverging(-1.0, 1.0).name(),
                                         yellow=theme.diverging(1.0, 1.0).name()))
        self.show_step()

    def show_step(self) -> None:
        t = self.session.step
        self.scene.set_step(t)
        if self.scene.steps:
            self.view.ensureVisible(QRectF(self.scene.column_x(t), 0, CW, 10), 40, 0)
        here = [w for w in self.warnings if w.at(t)]
        self.strip.set_warnings(here, translate("CellPanel", "At t = {t}:").format(t=t + 1) if here else "")

    def _set_caption(self, text: str) -> None:
        if self.caption.text() != text:  # a new text re-lays the panel out
            self.caption.setText(text)

    def fill_visible(self) -> None:
        """Create and fill the columns in sight that are not up to date (after an edit, a scroll, a resize)."""
        result = getattr(self, "_result", None)
        if result is None or result.trace is None or not self.scene.steps:
            return
        area = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        # a screen's width either side, so that a scroll shows filled columns at once
        area.adjust(-area.width(), 0, area.width(), 0)
        columns = self.scene.visible_columns(area)
        self.scene.ensure_columns(columns)
        todo = [t for t in columns if t not in self._filled]
        if todo:
            self._fill(result, todo)
            self._filled.update(todo)

    def _fill(self, result, columns: list[int]) -> None:
        model, th, scene = self._model, theme.current(), self.scene
        p = result.p
        for t in columns:
            for layer, k in scene.rows:
                scene.cells[(layer, k, t)].mark.setVisible((layer, k, t) in self._marked)
            predicted = int(result.prediction[t])
            target = int(result.targets[t])
            order = shown_tokens(p[t], target, scene.ranked)
            # A weight edit changes the bars' heights; texts, colours and pens only when what they show does.
            looks = (predicted, target, tuple(order), int(result.inputs[t]))
            same = scene.looks.get(t) == looks
            scene.looks[t] = looks
            text = scene.predicted[t]
            if not same:
                text.setText(model.vocab[predicted])
                colour = th.muted if target < 0 else (th.good if predicted == target else th.bad)
                text.setBrush(QColor(colour))
            if target < 0:
                verdict = translate("UnrolledView", "no target")
            elif predicted == target:
                verdict = translate("UnrolledView", "correct")
            else:
                verdict = translate("UnrolledView", "target {token}").format(token=model.vocab[target])
            text.setToolTip(plain_tooltip(translate("UnrolledView", "t = {t}: predicted {token} (p = {p}), {verdict}")
                                          .format(t=t + 1, token=model.vocab[predicted], p=f"{p[t, predicted]:.3f}",
                                                  verdict=verdict)))
            for j, v in enumerate(order):
                bar = scene.bars[t][j]
                rect = bar.rect()
                height = float(p[t, v]) * (P_H - 22)
                bar.setRect(QRectF(rect.x(), scene.p_y + P_H - 16 - height, rect.width(), height))
                if same:
                    continue
                if scene.ranked:
                    scene.bar_labels[t][j].setText(model.vocab[v][:2])
                colour = th.highlight if v == predicted else theme.OKABE_ITO[4]
                bar.setBrush(QColor(colour))
                bar.setPen(QPen(QColor(th.good), 2.0) if v == target else QPen(Qt.NoPen))
            if same:
                continue
            token = scene.tokens[t]
            token.setText(model.vocab[int(result.inputs[t])])
            rect = token.boundingRect()
            token.setX(scene.column_x(t) + CW / 2 - rect.width() / 2)

    def tooltip_at(self, point: QPointF) -> str:
        """h (and c) of the cell under scene point ``point`` with its warnings, or p_t of the column."""
        t = self.scene.column_at(point.x())
        if t is None or getattr(self, "trace", None) is None:
            return ""
        if self.scene.in_softmax(point.y()):
            return self._softmax_tip(t)
        row = self.scene.row_at(point.y())
        if row is None:
            return ""
        layer, k = row
        lt = self.trace.layers[layer][k]
        where = (translate("UnrolledView", "layer {layer} backward, t = {t}") if k
                 else translate("UnrolledView", "layer {layer}, t = {t}"))
        tip = where.format(layer=layer + 1, t=t + 1) + f"\nh = {_vector(lt.h_time[t, 0])}"
        if lt.c is not None:
            tip += f"\nc = {_vector(lt.c_time[t, 0])}"
        marks = [shown(w.message) for w in self.warnings if w.layer == layer and w.k == k and w.at(t)]
        return tip + "".join(f"\n⚠ {m}" for m in marks)

    def _softmax_tip(self, t: int) -> str:
        result = self.session.result()
        if t >= result.steps:
            return ""
        vocab, p = self.session.model.vocab, result.p[t]
        target = int(result.targets[t])
        order = [int(k) for k in np.argsort(-p, kind="stable")[:TIP_TOKENS]]
        lines = [f"t = {t + 1}: p{sub(t + 1)} = softmax(y{sub(t + 1)}), the likeliest tokens:"]
        lines += [f"  {vocab[k]}  {p[k]:.4f}" + ("  ← target" if k == target else "") for k in order]
        if target >= 0 and target not in order:
            lines.append(f"  … target {vocab[target]}  {p[target]:.4f}")
        return "\n".join(lines)


class _View(QGraphicsView):
    def __init__(self, scene: UnrolledScene, panel: UnrolledView) -> None:
        super().__init__(scene)
        self.panel = panel
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setFrameShape(QGraphicsView.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)

    def fit(self) -> None:
        """Scale so that the whole height shows; wider sequences scroll sideways (never below 55 %)."""
        rect = self.scene().sceneRect()
        if rect.height() <= 0:
            return
        scale = min(1.25, max(0.55, min(self.viewport().height() / rect.height(),
                                         self.viewport().width() / rect.width())))
        if self.viewport().width() / rect.width() < 0.55:
            scale = min(1.25, max(0.55, self.viewport().height() / rect.height()))
        self.resetTransform()
        self.scale(scale, scale)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
        self._fill_safely()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx:
            self._fill_safely()

    def _fill_safely(self) -> None:
        # Called from Qt's virtual overrides: an exception leaving one can take PySide down with it, so a
        # failure is logged once and the columns wait for the panel's next refresh.
        try:
            self.panel.fill_visible()
        except Exception:
            if not getattr(self, "_reported", False):
                self._reported = True
                logging.getLogger(__name__).exception("filling the unrolled view's columns failed")

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            text = self.panel.tooltip_at(self.mapToScene(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event) -> None:
        point = self.mapToScene(event.position().toPoint())
        t = self.scene().column_at(point.x())
        if t is not None:
            self.panel.session.set_step(t)
        super().mousePressEvent(event)

