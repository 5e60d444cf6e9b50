"""Formulas typeset in this process in a millisecond: the worksheets' fast typesetter drawn into an image.

Nearly every formula the window shows — the cells' equations, the derivatives, the gradient lab's sums
with their numbers — stays inside the subset that :mod:`lstm_studio.app.worksheets.pdf.mathtext` sets,
with the same STIX Two Math font ziamath and the worksheets' PDFs use. A
:class:`~lstm_studio.app.common.latex_label.LatexLabel` shows that setting as final and asks the symbolic
process (ziamath, tens of milliseconds a formula, its first one waiting for the process and its fonts)
only for the rest (docs/performance.md, "Formulas final at once"). Call it on the GUI thread: the
typesetter caches its Qt font objects (metrics, raw font), which must not be used from two threads at
once (a worker setting formulas while the window does crashed); the font is registered once
(:func:`prepare`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtGui import QColor, QImage, QPainter

from lstm_studio.app.worksheets.pdf.mathtext import DPI, Glyphs, K, Rule, Unsupported, math_family, math_font, typeset
from lstm_studio.worksheets.latex import strip_breaks

PAD = 2.0  # pixels around the ink, as ziamath leaves a little room


def prepare() -> bool:
    """Register the math font (on the GUI thread, before any worker typesets); False when it cannot."""
    try:
        math_family()
    except Unsupported:
        return False
    return True


#: What the first formulas need ready, in small pieces: the font at the sizes a label uses (its base size
#: and 0.9 of it, with their script and second-level script sizes), each drawn once, which creates Qt's
#: font engine for it (up to about 15 ms each; together they would stall a frame).
WARM_UP = ("x", "x_{t}", "x_{t_{k}}", r"\frac{a}{b}", r"\sum_{k} \sigma\left(x\right)")

_warm = False


def ready() -> bool:
    """Whether the warm-up has run: before it, the first formula would pay for creating the fonts."""
    return _warm


def warm_up(px: float, colour: str = "#000000") -> None:
    """Set a few small formulas at ``px`` and 0.9 ``px``, one per turn of the event loop, so that the
    first formula a panel shows is as quick as the next. Call on the GUI thread, at idle after the window
    is up; :func:`ready` is True once it is done."""
    pending = [(latex, size) for size in (px, round(px * 0.9, 1)) for latex in WARM_UP]

    def step() -> None:
        global _warm
        if not prepare():
            return
        if not pending:
            _warm = True
            return
        latex, size = pending.pop(0)
        typeset_image(latex, size, colour)
        QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)


def typeset_image(latex: str, px: float, colour: str, dpr: float = 1.0) -> QImage | None:
    """``latex`` set at a base size of ``px`` pixels in ``colour``, or None when it is outside the fast
    typesetter's subset (the caller then asks ziamath)."""
    try:
        box = typeset(strip_breaks(latex), px)
    except Unsupported:
        return None
    scale = dpr
    width = int((box.width + 2 * PAD) * scale) + 1
    height = int((box.ascent + box.descent + 2 * PAD) * scale) + 1
    image = QImage(max(1, width), max(1, height), QImage.Format_ARGB32_Premultiplied)
    image.fill(0)
    dpm = round(DPI / 0.0254)  # the fonts are sized for the typesetter's 1200-dpi measuring device
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setRenderHint(QPainter.TextAntialiasing, True)
    painter.scale(scale, scale)
    painter.translate(PAD, PAD + box.ascent)
    ink = QColor(colour)
    painter.setPen(ink)
    for item in box.items:
        if isinstance(item, Rule):
            painter.fillRect(item.rect, ink)
        elif isinstance(item, Glyphs):
            painter.save()
            painter.translate(item.x, item.y)
            painter.scale(item.sx / K, item.sy / K)
            painter.setFont(math_font(item.size))
            painter.drawText(QPointF(0, 0), item.text)
            painter.restore()
    painter.end()
    image.setDotsPerMeterX(round(96 / 0.0254))
    image.setDotsPerMeterY(round(96 / 0.0254))
    image.setDevicePixelRatio(dpr)
    return image
