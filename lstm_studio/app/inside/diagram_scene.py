"""Drawing a cell :class:`~lstm_studio.explain.cell_layouts.Layout` with QGraphicsScene: boxes, nodes, wires
with arrows, value labels on the wires, gates tinted by how open they are, a click selects an element.

Items are created once per layout (``build``); ``set_values`` only changes texts and colours.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from lstm_studio.app.common import theme
from lstm_studio.app.common.i18n import translate
from lstm_studio.engine.notation import num
from lstm_studio.explain.cell_layouts import BOX_H, BOX_W, Layout, Node, R, Wire
from lstm_studio.explain.diagram_text import reading_order

CIVIDIS = pg.colormap.get("cividis")
LABEL_PX = 16
BOX_PX = 18
CAPTION_PX = 12
PEEPHOLE = QColor(theme.OKABE_ITO[3])
KEY = 0  # QGraphicsItem data slot holding the element key


def gate_colour(kind: str, value: float | None) -> QColor | None:
    """How a layer box is tinted: σ gates on cividis from 0 (closed, dark) to 1 (open, bright), tanh
    layers on the diverging map over [−1, 1]."""
    if value is None or not math.isfinite(value):
        return None
    if kind == "sigma":
        return CIVIDIS.map(min(max(value, 0.0), 1.0), mode="qcolor")
    if kind in ("tanh", "func"):
        return theme.diverging(value, 1.0)
    if kind == "act":
        return theme.diverging(value, max(1.0, abs(value)))
    return None


def _font(px: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(int(px))
    font.setBold(bold)
    font.setItalic(italic)
    return font


class _WireItem(QGraphicsPathItem):
    """A wire; clicks hit only near the stroke (not the area an open polyline would enclose)."""

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        return stroker.createStroke(self.path())


class _Label(QGraphicsRectItem):
    """A value written on a wire: text on a rounded background so that it reads over lines."""

    def __init__(self, x: float, y: float, anchor: str, th: theme.Theme) -> None:
        super().__init__()
        self.anchor_point = QPointF(x, y)
        self.anchor = anchor
        self.text = QGraphicsSimpleTextItem(self)
        self.text.setFont(_font(LABEL_PX))
        self.text.setBrush(QColor(th.foreground))
        background = QColor(th.background)
        background.setAlpha(225)
        self.setBrush(background)
        self.setPen(QPen(Qt.NoPen))
        self.setZValue(5)

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        rect = self.text.boundingRect()
        w, h = rect.width() + 8, rect.height() + 2
        x = self.anchor_point.x()
        if self.anchor == "right":
            x -= w
        elif self.anchor == "center":
            x -= w / 2
        self.setRect(QRectF(0, 0, w, h))
        self.setPos(x, self.anchor_point.y())
        self.text.setPos(4, 1)


class DiagramScene(QGraphicsScene):
    """The items of one layout, keyed by element; see the module docstring."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.layout: Layout | None = None
        self.shapes: dict[str, QGraphicsItem] = {}
        self.labels: dict[str, _Label] = {}
        self.node_texts: dict[str, QGraphicsSimpleTextItem] = {}
        self.marks: dict[str, QGraphicsSimpleTextItem] = {}
        self.values: dict[str, float] = {}
        self.selected: str | None = None
        self.frame: QGraphicsRectItem | None = None

    # --- Public API ---------------------------------------------------------------------------------

    def build(self, layout: Layout) -> None:
        th = theme.current()
        self.clear()
        self.layout = layout
        self.shapes, self.labels, self.node_texts, self.marks = {}, {}, {}, {}
        self.setBackgroundBrush(QColor(th.background))
        self.setSceneRect(QRectF(0, 0, layout.width, layout.height))
        x0, y0, x1, y1 = layout.frame
        frame_colour = QColor(th.muted)
        fill = QColor(th.muted)
        fill.setAlpha(22)
        self.frame = self.addRect(QRectF(x0, y0, x1 - x0, y1 - y0), QPen(frame_colour, 1.5), QBrush(fill))
        self.frame.setZValue(-20)
        for wire in layout.wires:
            self._add_wire(wire, th)
        for x, y in layout.junctions:
            dot = self.addEllipse(QRectF(x - 4, y - 4, 8, 8), QPen(Qt.NoPen), QBrush(QColor(th.foreground)))
            dot.setZValue(2)
        for node in layout.nodes:
            self._add_node(node, th)
        self.select(self.selected if self.selected in layout.keys else None)

    def set_values(self, values: dict[str, float], x_text: str, warned: dict[str, str]) -> None:
        """Write ``values`` on the wires, tint the boxes, show ⚠ on the elements in ``warned`` (key ->
        message) and write ``x_text`` on the input."""
        self.values = dict(values)
        layout = self.layout
        for wire in layout.wires:
            label = self.labels.get(wire.key)
            if label is None:
                continue
            if wire.key == "x":
                label.set_text(x_text)
            elif wire.value is None:
                label.set_text(translate("CellDiagram", wire.symbol))
            else:
                label.set_text(f"{wire.symbol} = {num(values[wire.value])}")
        for node in layout.nodes:
            item = self.shapes[node.key]
            value = values.get(node.value) if node.value else None
            colour = gate_colour(node.kind, value)
            if colour is not None:
                item.setBrush(colour)
                self.node_texts[node.key].setBrush(theme.text_on(colour))
            mark = self.marks.get(node.key)
            if mark is not None:
                message = warned.get(node.key)
                mark.setVisible(message is not None)
                mark.setToolTip(message or "")
        self._tooltips()

    def show_symbols(self) -> None:
        """No numbers (no input yet): every label shows just its symbol."""
        self.values = {}
        for key, label in self.labels.items():
            label.set_text(translate("CellDiagram", self.layout.element(key).symbol))

    def select(self, key: str | None) -> None:
        """Outline the element ``key`` (None: nothing)."""
        th = theme.current()
        previous = self.shapes.get(self.selected) if self.selected else None
        if previous is not None:
            previous.setPen(self._pen_of(self.selected, th))
        self.selected = key
        item = self.shapes.get(key) if key else None
        if item is not None:
            pen = QPen(self._pen_of(key, th))
            pen.setColor(QColor(th.highlight))
            pen.setWidthF(pen.widthF() + 2.5)
            item.setPen(pen)

    def key_at(self, pos: QPointF) -> str | None:
        """The element under scene point ``pos`` (a node or its text before a wire)."""
        hits = self.items(QRectF(pos.x() - 5, pos.y() - 5, 10, 10), Qt.IntersectsItemShape,
                          Qt.DescendingOrder)
        for item in hits:
            while item is not None and item.data(KEY) is None:
                item = item.parentItem()
            if item is not None:
                return item.data(KEY)
        return None

    # --- internals ----------------------------------------------------------------------------------

    def _pen_of(self, key: str, th: theme.Theme) -> QPen:
        element = self.layout.element(key)
        if isinstance(element, Node):
            return QPen(QColor(th.foreground), 1.5)
        return self._wire_pen(element, th)

    def _wire_pen(self, wire: Wire, th: theme.Theme) -> QPen:
        if wire.style == "peephole":
            pen = QPen(PEEPHOLE, 2.0, Qt.DashLine)
        else:
            width = {"state": 4.0, "bus": 2.0}.get(wire.style, 2.2)
            pen = QPen(QColor(th.foreground), width)
        pen.setCapStyle(Qt.FlatCap)
        pen.setJoinStyle(Qt.MiterJoin)
        return pen

    def _add_wire(self, wire: Wire, th: theme.Theme) -> None:
        path = QPainterPath(QPointF(*wire.points[0]))
        for point in wire.points[1:]:
            path.lineTo(QPointF(*point))
        halo = QGraphicsPathItem(path)  # a gap in the background colour where wires cross
        halo.setPen(QPen(QColor(th.background), 7.0))
        halo.setZValue(-2)
        self.addItem(halo)
        item = _WireItem(path)
        item.setPen(self._wire_pen(wire, th))
        item.setData(KEY, wire.key)
        item.setZValue(0)
        self.addItem(item)
        self.shapes[wire.key] = item
        if wire.arrow and len(wire.points) >= 2:
            self._arrow(wire, item.pen().color())
        if wire.label is not None:
            label = _Label(*wire.label, wire.anchor, th)
            label.setData(KEY, wire.key)
            self.addItem(label)
            self.labels[wire.key] = label

    def _arrow(self, wire: Wire, colour: QColor) -> None:
        (x0, y0), (x1, y1) = wire.points[-2], wire.points[-1]
        angle = math.atan2(y1 - y0, x1 - x0)
        size = 9.0
        tip = QPointF(x1, y1)
        left = QPointF(x1 - size * math.cos(angle - 0.45), y1 - size * math.sin(angle - 0.45))
        right = QPointF(x1 - size * math.cos(angle + 0.45), y1 - size * math.sin(angle + 0.45))
        head = QGraphicsPolygonItem(QPolygonF([tip, left, right]))
        head.setBrush(colour)
        head.setPen(QPen(Qt.NoPen))
        head.setData(KEY, wire.key)
        head.setZValue(1)
        self.addItem(head)

    def _add_node(self, node: Node, th: theme.Theme) -> None:
        fg = QColor(th.foreground)
        pen = QPen(fg, 1.5)
        if node.kind in ("sigma", "tanh", "act", "linear"):
            w = BOX_W + (40 if node.kind == "linear" else 0)
            item = QGraphicsRectItem(QRectF(node.x - w / 2, node.y - BOX_H / 2, w, BOX_H))
            fill = QColor(th.background) if node.kind == "linear" else QColor(th.grid)
        elif node.kind == "func":
            item = QGraphicsEllipseItem(QRectF(node.x - 30, node.y - 13, 60, 26))
            fill = QColor(th.grid)
        else:
            radius = R + (3 if node.kind == "one_minus" else 0)
            item = QGraphicsEllipseItem(QRectF(node.x - radius, node.y - radius, 2 * radius, 2 * radius))
            fill = QColor(th.background)
        item.setPen(pen)
        item.setBrush(fill)
        item.setData(KEY, node.key)
        item.setZValue(3)
        self.addItem(item)
        self.shapes[node.key] = item
        if node.kind == "mul":
            dot = QGraphicsEllipseItem(QRectF(node.x - 3.5, node.y - 3.5, 7, 7), item)
            dot.setBrush(fg)
            dot.setPen(QPen(Qt.NoPen))
            text = QGraphicsSimpleTextItem("", item)
        else:
            px = {"sigma": BOX_PX + 4, "add": BOX_PX + 2, "linear": CAPTION_PX + 2}.get(node.kind, BOX_PX - 2)
            text = QGraphicsSimpleTextItem(node.text, item)
            text.setFont(_font(px, bold=node.kind in ("add", "one_minus")))
            rect = text.boundingRect()
            text.setPos(node.x - rect.width() / 2, node.y - rect.height() / 2)
        text.setBrush(fg)
        self.node_texts[node.key] = text
        if node.caption:
            caption = QGraphicsSimpleTextItem(translate("CellDiagram", node.caption), item)
            caption.setFont(_font(CAPTION_PX, italic=True))
            caption.setBrush(QColor(th.muted))
            caption.setPos(node.x + 6, node.y + BOX_H / 2 + 6)
        if node.kind in ("sigma", "tanh", "act", "func"):
            mark = QGraphicsSimpleTextItem("⚠", item)
            mark.setFont(_font(BOX_PX, bold=True))
            mark.setBrush(QColor(th.bad))
            right = 30 if node.kind == "func" else BOX_W / 2
            mark.setPos(node.x + right - 4, node.y - BOX_H / 2 - 20)
            mark.setVisible(False)
            mark.setZValue(6)
            self.marks[node.key] = mark

    def _tooltips(self) -> None:
        for element in (*self.layout.nodes, *self.layout.wires):
            item = self.shapes.get(element.key)
            if item is None:
                continue
            tip = translate("CellDiagram", element.title)
            if element.value and element.value in self.values:
                tip += f"\n= {num(self.values[element.value])}"
            item.setToolTip(tip + "\n" + translate("DiagramScene", "click for the equation with the numbers"))


class DiagramView(QGraphicsView):
    """Shows a DiagramScene scaled to fit; a click on an element emits ``sig_clicked(key)``."""

    sig_clicked = Signal(str)
    sig_moved = Signal(str)
    """The arrow keys outlined another element (``sig_clicked`` follows when Enter shows it)."""

    def __init__(self, scene: DiagramScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.NoFrame)
        self.setMinimumSize(240, 150)
        self.setFocusPolicy(Qt.StrongFocus)

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def keyPressEvent(self, event) -> None:
        """Arrow keys select the next or previous element (reading order), Enter or Space shows it."""
        scene = self.scene()
        if scene.layout is None:
            super().keyPressEvent(event)
            return
        order = reading_order(scene.layout)
        key = event.key()
        if key in (Qt.Key_Right, Qt.Key_Down, Qt.Key_Left, Qt.Key_Up):
            step = 1 if key in (Qt.Key_Right, Qt.Key_Down) else -1
            at = order.index(scene.selected) if scene.selected in order else (-1 if step > 0 else 0)
            scene.select(order[(at + step) % len(order)])
            self.sig_moved.emit(scene.selected)
        elif key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and scene.selected is not None:
            self.sig_clicked.emit(scene.selected)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        key = self.scene().key_at(self.mapToScene(event.position().toPoint()))
        if key is not None:
            self.sig_clicked.emit(key)
        super().mousePressEvent(event)
