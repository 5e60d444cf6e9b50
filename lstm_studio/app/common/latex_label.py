"""A label that shows a LaTeX formula from the symbolic layer, rendered off the GUI thread.

The symbolic layer writes SVG (ziamath, paths only); a worker paints it into a QImage, which is cached,
and the label shows it scaled down when the panel is narrower than the formula. Until the picture
arrives, and when the formula cannot be rendered, the label shows a plain fallback text.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QFontInfo, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy

from lstm_studio.app.common import theme
from lstm_studio.app.common.background import Jobs
from lstm_studio.app.common.i18n import translate

CACHE_SIZE = 400
_cache: OrderedDict[tuple, QImage] = OrderedDict()


def render_svg_bytes(latex: str, px: float, colour: str) -> bytes:
    """The symbolic layer's SVG of ``latex`` (the slow part: runs on the worker; no Qt)."""
    from lstm_studio.symbolic import render_svg

    return render_svg(latex, size=px, color=colour)


def svg_to_image(svg: bytes, dpr: float) -> QImage:
    """Paint an SVG into an image (on the GUI thread: a few milliseconds)."""
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
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Minimum)
        self.setTextFormat(Qt.RichText)
        self.setWordWrap(True)
        self._key = f"latex-{id(self)}"

    # --- Public API ---------------------------------------------------------------------------------

    def set_latex(self, latex: str | None, fallback: str = "") -> None:
        """Show ``latex`` (None: only ``fallback``, an HTML text)."""
        if latex == self.latex and (self.image is not None or self.jobs.pending(self._key)):
            return
        self.latex = latex
        self.image = None
        self.setPixmap(QPixmap())
        self.setText(fallback)
        self.setToolTip("")
        if latex is None:
            return
        key = (latex, formula_px(self.scale), theme.current().foreground, self.devicePixelRatioF())
        image = cached_image(key)
        if image is not None:
            self._show(image)
            return
        latex_, px, colour, _dpr = key
        self.jobs.submit(self._key, lambda: render_svg_bytes(latex_, px, colour),
                         lambda svg, k=key: self._rendered(k, svg_to_image(svg, k[3])),
                         lambda err: self.setToolTip(
                             translate("LatexLabel", "could not render: {error}").format(error=err)))

    @property
    def rendered(self) -> bool:
        return self.image is not None

    # --- internals ----------------------------------------------------------------------------------

    def _rendered(self, key: tuple, image: QImage) -> None:
        remember(key, image)
        if key[0] == self.latex:
            self._show(image)

    def _show(self, image: QImage) -> None:
        self.image = image
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
        self.setMinimumHeight(int(natural.height() * scale) + 4)
        self.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.image is not None and event.oldSize().width() != event.size().width():
            self._fit()
