"""A lesson text on screen: the lessons' small Markdown (``lstm_studio.lessons.markdown``) as rich text,
with $inline$ and $$display$$ maths drawn by the symbolic process's renderer, painted on the background
runner.

Every piece of the lesson's text is escaped by ``markdown.to_html``; the maths callback inserts only an
``<img>`` of a resource this view made (``math:N``, sized in whole pixels) or, until the picture arrives
and when the renderer cannot draw the formula, the LaTeX itself, escaped. The view grows to the height
of its text (the player scrolls, not each text) and scales a formula down when it is wider than the
view.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser

from lstm_studio.app.common import theme
from lstm_studio.app.common.background import Jobs
from lstm_studio.app.common.latex_label import cached_image, formula_px, remember, render_svg_bytes, svg_to_image
from lstm_studio.app.common.symbolic_process import SymbolicError
from lstm_studio.lessons import markdown

#: Formula sizes relative to formula_px(): inline maths sits in a line of text, display maths stands out.
INLINE_SCALE = 0.95
DISPLAY_SCALE = 1.0


def _render_all(wanted: list[tuple[str, float, str]], dpr: float) -> list[tuple[tuple, QImage | None]]:
    """The picture of each (latex, px, colour), made by the symbolic process and painted on the request
    thread (None where the renderer cannot draw it)."""
    out: list[tuple[tuple, QImage | None]] = []
    for latex, px, colour in wanted:
        try:
            out.append(((latex, px, colour), svg_to_image(render_svg_bytes(latex, px, colour), dpr)))
        except SymbolicError as err:
            if err.kind != "RenderError":
                raise
            out.append(((latex, px, colour), None))
    return out


class LessonText(QTextBrowser):
    """Shows ``set_markdown(text)``; formulas render on ``jobs``."""

    def __init__(self, jobs: Jobs, parent=None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.markdown = ""
        self.failed: set[str] = set()
        self._key = f"lesson-text-{id(self)}"
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.document().setDocumentMargin(2)

    # --- Public API ---------------------------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Show a lesson text (Markdown with maths); empty text hides the view."""
        self.markdown = text
        self.failed = set()
        self.setVisible(bool(text.strip()))
        self._show()

    @property
    def pending(self) -> bool:
        """Formulas are still being drawn."""
        return self.jobs.pending(self._key)

    def formulas_shown(self) -> int:
        """How many formulas are on screen as pictures."""
        return self.toHtml().count('src="math:')

    # --- internals ----------------------------------------------------------------------------------

    def _key_for(self, latex: str, display: bool) -> tuple:
        px = formula_px(DISPLAY_SCALE if display else INLINE_SCALE)
        return (latex, px, theme.current().foreground, self.devicePixelRatioF())

    def _show(self) -> None:
        missing: list[tuple[str, float, str]] = []
        resources: list = []
        width = max(60, self.viewport().width() - 8)

        def math(latex: str, display: bool) -> str:
            key = self._key_for(latex, display)
            image = cached_image(key)
            if image is None:
                if latex not in self.failed and key[:3] not in missing:
                    missing.append(key[:3])
                shown = f"<i>{html.escape(latex)}</i>"
                return f"<p align='center'>{shown}</p>" if display else shown
            dpr = image.devicePixelRatio()
            w, h = image.width() / dpr, image.height() / dpr
            scale = min(1.0, width / max(w, 1.0))
            name = f"math:{len(resources)}"
            resources.append((name, image))
            align = "" if display else " style='vertical-align: middle'"
            tag = f"<img src='{name}' width='{int(w * scale)}' height='{int(h * scale)}'{align}>"
            return f"<p align='center'>{tag}</p>" if display else tag

        try:
            body = markdown.to_html(self.markdown, math)
        except markdown.MarkdownError as err:  # a validated lesson never gets here; a recorded text might
            body = f"<p>{html.escape(self.markdown)}</p><p><i>({html.escape(str(err))})</i></p>"
        document = self.document()
        for name, image in resources:
            document.addResource(QTextDocument.ImageResource, QUrl(name), image)
        self.setHtml(body)
        self._fit_height()
        if missing:
            dpr = self.devicePixelRatioF()
            self.jobs.submit(self._key, lambda wanted=list(missing), dpr=dpr: _render_all(wanted, dpr),
                             lambda done, dpr=dpr: self._rendered(done, dpr), lambda _err: None)

    def _rendered(self, done: list, dpr: float) -> None:
        for (latex, px, colour), image in done:
            if image is None:
                self.failed.add(latex)
            else:
                remember((latex, px, colour, dpr), image)
        self._show()

    def _fit_height(self) -> None:
        document = self.document()
        document.setTextWidth(max(60, self.viewport().width()))
        height = int(document.size().height()) + 2 * self.frameWidth() + 2
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width() and self.markdown:
            self._show()
