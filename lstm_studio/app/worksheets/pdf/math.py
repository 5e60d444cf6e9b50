"""Formulas for the worksheet PDF and its preview, as glyph runs and filled outlines in points.

:mod:`.worksheet_mathtext` sets the LaTeX subset the generator writes, fast, as STIX Two Math text.
Anything outside it goes through ziamath (``lstm_studio.symbolic.render_svg``): LaTeX -> SVG ->
QPainterPath. Those paths are filled, never stroked: Qt's SVG renderer adds a hairline outline to every
glyph when it draws into a QPdfWriter (Qt 6.12), which prints as bold, blotchy math. So the SVG (glyph
outlines as ``<path>``, rules as ``<rect>``; or ``<symbol>``/``<use>`` in ziamath's svg2 mode) is read
here into one QPainterPath.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QTransform

from lstm_studio.app.worksheets.pdf.mathtext import Glyphs, Rule, Unsupported, typeset
from lstm_studio.symbolic import RenderError, render_svg
from lstm_studio.worksheets.latex import strip_breaks

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MmLlHhVvQqCcSsTtZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


@dataclass(frozen=True)
class MathPicture:
    """A formula in points: x from 0 to ``width``, baseline at y = 0 (y grows downwards).

    ``path`` holds filled outlines (ziamath's glyphs, fraction rules); ``glyphs`` STIX Two Math text runs.
    """

    path: QPainterPath
    glyphs: tuple[Glyphs, ...]
    width: float
    ascent: float
    descent: float

    @property
    def height(self) -> float:
        return self.ascent + self.descent


def _path_data(d: str, path: QPainterPath, transform: QTransform) -> None:
    """Append SVG path data (M L H V Q C S T Z, absolute or relative) to ``path``."""
    tokens = _TOKEN.findall(d)
    pos = 0
    cmd = ""
    cur = QPointF(0, 0)
    start = QPointF(0, 0)
    last_ctrl: QPointF | None = None

    def nums(n: int) -> list[float]:
        nonlocal pos
        out = [float(t) for t in tokens[pos : pos + n]]
        pos += n
        return out

    def pt(x: float, y: float) -> QPointF:
        return transform.map(QPointF(x, y))

    while pos < len(tokens):
        if not _NUMBER.fullmatch(tokens[pos]):
            cmd = tokens[pos]
            pos += 1
            if cmd in "Zz":
                path.closeSubpath()
                cur = start
                last_ctrl = None
                continue
        rel = cmd.islower()
        base = cur if rel else QPointF(0, 0)
        c = cmd.upper()
        if c == "M":
            x, y = nums(2)
            cur = QPointF(base.x() + x, base.y() + y)
            start = cur
            path.moveTo(pt(cur.x(), cur.y()))
            cmd = "l" if rel else "L"
            last_ctrl = None
        elif c == "L":
            x, y = nums(2)
            cur = QPointF(base.x() + x, base.y() + y)
            path.lineTo(pt(cur.x(), cur.y()))
            last_ctrl = None
        elif c == "H":
            (x,) = nums(1)
            cur = QPointF((cur.x() if rel else 0) + x, cur.y())
            path.lineTo(pt(cur.x(), cur.y()))
            last_ctrl = None
        elif c == "V":
            (y,) = nums(1)
            cur = QPointF(cur.x(), (cur.y() if rel else 0) + y)
            path.lineTo(pt(cur.x(), cur.y()))
            last_ctrl = None
        elif c in "QT":
            if c == "Q":
                x1, y1, x, y = nums(4)
                ctrl = QPointF(base.x() + x1, base.y() + y1)
            else:
                x, y = nums(2)
                ctrl = (2 * cur - last_ctrl) if last_ctrl is not None else cur
            cur = QPointF(base.x() + x, base.y() + y)
            path.quadTo(pt(ctrl.x(), ctrl.y()), pt(cur.x(), cur.y()))
            last_ctrl = ctrl
        elif c in "CS":
            if c == "C":
                x1, y1, x2, y2, x, y = nums(6)
                c1 = QPointF(base.x() + x1, base.y() + y1)
            else:
                x2, y2, x, y = nums(4)
                c1 = (2 * cur - last_ctrl) if last_ctrl is not None else cur
            c2 = QPointF(base.x() + x2, base.y() + y2)
            cur = QPointF(base.x() + x, base.y() + y)
            path.cubicTo(pt(c1.x(), c1.y()), pt(c2.x(), c2.y()), pt(cur.x(), cur.y()))
            last_ctrl = c2
        else:
            raise ValueError(f"unsupported SVG path command {cmd!r}")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _float(element: ET.Element, name: str, default: float = 0.0) -> float:
    return float(element.attrib.get(name, default))


def svg_to_path(svg: str) -> tuple[QPainterPath, tuple[float, float, float, float]]:
    """The filled outline of a ziamath SVG and its viewBox (x, y, width, height)."""
    root = ET.fromstring(svg)
    vx, vy, vw, vh = (float(v) for v in root.attrib["viewBox"].split())
    symbols = {}
    for element in root.iter():
        if _local(element.tag) == "symbol":
            symbols[element.attrib.get("id")] = element
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)

    def draw(element: ET.Element, transform: QTransform) -> None:
        tag = _local(element.tag)
        if tag == "symbol":
            return
        if tag == "path" and "d" in element.attrib:
            _path_data(element.attrib["d"], path, transform)
        elif tag == "rect":
            rect = QRectF(_float(element, "x"), _float(element, "y"), _float(element, "width"),
                          _float(element, "height"))
            path.addPolygon(transform.map(rect))
            path.closeSubpath()
        elif tag == "use":
            href = element.attrib.get("href") or element.attrib.get("{http://www.w3.org/1999/xlink}href", "")
            symbol = symbols.get(href.lstrip("#"))
            if symbol is None:
                return
            sx_, sy_, sw, sh = (float(v) for v in symbol.attrib["viewBox"].split())
            x, y = _float(element, "x"), _float(element, "y")
            scale_x = _float(element, "width", sw) / sw if sw else 1.0
            scale_y = _float(element, "height", sh) / sh if sh else 1.0
            inner = QTransform(scale_x, 0, 0, scale_y, x - sx_ * scale_x, y - sy_ * scale_y) * transform
            for child in symbol:
                draw(child, inner)
        else:
            for child in element:
                draw(child, transform)

    for child in root:
        draw(child, QTransform())
    return path, (vx, vy, vw, vh)


@lru_cache(maxsize=8192)
def math_picture(latex: str, size: float) -> MathPicture:
    """The formula ``latex`` (break marks dropped) set at ``size`` points.

    Raises ValueError when neither the fast typesetter nor ziamath can set it.
    """
    latex = strip_breaks(latex)
    try:
        box = typeset(latex, size)
    except Unsupported:
        return _ziamath_picture(latex, size)
    path = QPainterPath()
    for item in box.items:
        if isinstance(item, Rule):
            path.addRect(item.rect)
    glyphs = tuple(item for item in box.items if isinstance(item, Glyphs))
    return MathPicture(path, glyphs, box.width, box.ascent, box.descent)


def _ziamath_picture(latex: str, size: float) -> MathPicture:
    """LaTeX outside the fast typesetter's subset, set by ziamath (through lstm_studio.symbolic)."""
    try:
        svg = render_svg(latex, size).decode("utf-8")
    except RenderError as err:
        raise ValueError(str(err)) from None
    path, (vx, vy, vw, vh) = svg_to_path(svg)
    path = QTransform.fromTranslate(-vx, 0).map(path)
    return MathPicture(path, (), vw, -vy, vh + vy)
