"""A label that shows a LaTeX formula from the symbolic layer.

A formula inside the fast typesetter's subset (:mod:`.fast_math`: nearly all of them) is set at once on
the GUI thread, in about a millisecond, with the STIX Two Math font the worksheets' PDFs use, and that
setting is final (docs/performance.md, "Formulas final at once"). For the rest (the stacked form's
matrices) the symbolic process writes SVG (ziamath, paths only), the request thread paints it into a
QImage (Qt paints images on any thread), and until it arrives the label shows a plain fallback text — as
it does when the formula cannot be rendered at all. Pictures are cached, drawn in the theme's text colour
at the present font size (after a change of either, the next ``set_latex`` — every view's rebuild calls it
again — sets it anew), and shown scaled down when the panel is narrower than the formula.
"""

from __future__ import annotations

from collections import OrderedDict

import shiboken6
from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontInfo, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy

from lstm_studio.app.common import fast_math, symbolic_process, theme
from lstm_studio.app.common.background import Jobs
from lstm_studio.app.common.i18n import translate

CACHE_SIZE = 400
_cache: OrderedDict[tuple, QImage] = OrderedDict()


def render_svg_bytes(latex: str, px: float, colour: str) -> bytes:
    """The symbolic layer's SVG of ``latex``, made in the symbolic process (call off the GUI thread)."""
    return symbolic_process.call("render", latex, px, colour)


def svg_to_image(svg: bytes, dpr: float) -> QImage:
    """Paint an SVG into an image (a few milliseconds; on the request thread, off the GUI thread)."""
    renderer = QSvgRenderer(QByteArray(svg))
    size = renderer.defaultSize()
    image = QImage(max(1, int(size.width() * dpr + 1)), max(1, int(size.height() * dpr + 1)),
                   QImage.Format_ARGB32_Premultiplied)
    image.fill(0)
    image.setDevicePixelRatio(dpr)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def cached_image(key: tuple) -> QImage | None:
    """A formula painted before, under ``key`` = (latex, px, colour, device pixel ratio), or None."""
    image = _cache.get(key)
    if image is not None:
        _cache.move_to_end(key)
    return image


def remember(key: tuple, image: QImage) -> None:
    """Keep a painted formula for :func:`cached_image` (the oldest are dropped beyond ``CACHE_SIZE``)."""
    _cache[key] = image
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)


def formula_px(scale: float = 1.0) -> float:
    """The base size of rendered formulas: a little larger than the application's text."""
    return round(QFontInfo(QApplication.font()).pixelSize() * 1.3 * scale, 1)


class LatexLabel(QLabel):
    """Shows ``set_latex(latex, fallback)``; rendering runs on ``jobs`` (one request per label)."""

    def __init__(self, jobs: Jobs, scale: float = 1.0, parent=None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.scale = scale
        self.latex: str | None = None
        self.image: QImage | None = None
        self.quick = False  # the image is the fast typesetter's (final: ziamath is not asked)
        self._picture: QPixmap | None = None  # the image as shown (scaled to the label's width)
        self._wanted: tuple | None = None  # (latex, px, colour, dpr) of the picture asked for
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Minimum)
        self.setTextFormat(Qt.RichText)
        self.setWordWrap(True)
        self._key = f"latex-{id(self)}"

    # --- Public API ---------------------------------------------------------------------------------

    def set_latex(self, latex: str | None, fallback: str = "") -> None:
        """Show ``latex`` (None: only ``fallback``, an HTML text)."""
        key = None if latex is None else (latex, formula_px(self.scale), theme.current().foreground,
                                          self.devicePixelRatioF())
        if key is not None and key == self._wanted and (self.image is not None or self.jobs.pending(self._key)):
            return
        self.latex = latex
        self._wanted = key
        self.image = None
        self._picture = None
        self.setText(fallback)
        self.setToolTip("")
        if key is None:
            return
        image = cached_image(key)
        if image is not None:
            self._show(image)
            return
        latex_, px, colour, dpr = key
        # (before the idle warm-up the first formula at a size also creates its font engine: 5-15 ms once)
        quick = fast_math.typeset_image(latex_, px, colour, dpr) if fast_math.prepare() else None
        if quick is not None:
            remember(key, quick)
            self._show(quick, quick=True)
            return
        self.jobs.submit(self._key, lambda: svg_to_image(render_svg_bytes(latex_, px, colour), dpr),
                         lambda image, k=key: self._rendered(k, image),
                         lambda err: self._failed(err))

    @property
    def rendered(self) -> bool:
        """The formula is shown in its final picture: the fast typesetter's or, outside its subset, ziamath's."""
        return self.image is not None

    @property
    def readable(self) -> bool:
        """Some picture of the formula is shown (since the fast typesetter's setting is final, the same as
        :attr:`rendered`; kept for the benchmark, which reports both)."""
        return self.image is not None

    # --- internals ----------------------------------------------------------------------------------

    def _rendered(self, key: tuple, image: QImage) -> None:
        remember(key, image)
        # A panel that rebuilt (a preset opened) has deleted its old labels; their results still arrive.
        if shiboken6.isValid(self) and key == self._wanted:
            self._show(image)

    def _failed(self, err: Exception) -> None:
        if shiboken6.isValid(self):
            self.setToolTip(translate("LatexLabel", "could not render: {error}").format(error=err))

    def _show(self, image: QImage, quick: bool = False) -> None:
        self.image = image
        self.quick = quick
        if self.text():
            self.setText("")
        self._fit()

    def _fit(self) -> None:
        if self.image is None:
            return
        dpr = self.image.devicePixelRatio()
        natural = QSize(int(self.image.width() / dpr), int(self.image.height() / dpr))
        width = max(40, self.width() - 4)
        scale = min(1.0, width / max(1, natural.width()))
        pixmap = QPixmap.fromImage(self.image)
        if scale < 1.0:
            target = QSize(int(self.image.width() * scale), int(self.image.height() * scale))
            pixmap = pixmap.scaled(target, Qt.KeepAspectRatio, Qt.SmoothTransformation)
            pixmap.setDevicePixelRatio(dpr)
        self._picture = pixmap
        # Painted by paintEvent, not handed to QLabel.setPixmap: a new pixmap would make the whole panel
        # lay itself out again (its word-wrapped texts too) even when the height stays the same.
        self.setMinimumHeight(int(natural.height() * scale) + 4)
        self.update()

    def paintEvent(self, event) -> None:
        if self._picture is None or self.image is None:
            super().paintEvent(event)
            return
        area = self.contentsRect()
        size = self._picture.deviceIndependentSize()
        painter = QPainter(self)
        painter.drawPixmap(QPointF(area.left(), area.top() + (area.height() - size.height()) / 2), self._picture)
        painter.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.image is not None and event.oldSize().width() != event.size().width():
            self._fit()
