"""How a widget shows what a lesson holds (``lstm_studio.document.holds``): a held control is read-only,
carries a small lock icon in its corner (a button: as its icon, beside its text) and a tooltip saying that
the lesson holds it; a hidden control is not shown. The session refuses the edit anyway; this is what the student sees.

Panels declare their controls as ``{control name: [widgets]}`` (docs/lesson-file.md names them) and call
:func:`apply` whenever they rebuild: on every change of the session's holds they are rebuilt.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolButton, QWidget

from lstm_studio.app.common import theme
from lstm_studio.app.common.i18n import shown, translate

LOCK_SIZE = 14
_TIP = "_free_tooltip"


@lru_cache(maxsize=8)
def _lock_pixmap(size: int, colour: str, dpr: float) -> QPixmap:
    pixmap = QPixmap(int(size * dpr), int(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.Antialiasing)
    s = float(size)
    pen = QPen(QColor(colour), max(1.4, s / 9))
    p.setPen(pen)
    shackle = QPainterPath()
    shackle.moveTo(QPointF(s * 0.3, s * 0.48))
    shackle.lineTo(QPointF(s * 0.3, s * 0.32))
    shackle.arcTo(QRectF(s * 0.3, s * 0.08, s * 0.4, s * 0.44), 180, -180)
    shackle.lineTo(QPointF(s * 0.7, s * 0.48))
    p.drawPath(shackle)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(colour))
    p.drawRoundedRect(QRectF(s * 0.16, s * 0.46, s * 0.68, s * 0.48), s * 0.08, s * 0.08)
    p.end()
    return pixmap


def lock_pixmap(size: int = LOCK_SIZE) -> QPixmap:
    """A padlock in the theme's highlight colour (painted, so no icon font is needed)."""
    app = QApplication.instance()
    dpr = app.devicePixelRatio() if app is not None else 1.0
    return _lock_pixmap(size, theme.current().highlight, float(dpr))


def lock_icon(size: int = LOCK_SIZE) -> QIcon:
    return QIcon(lock_pixmap(size))


class _Badge(QLabel):
    """The lock in the top-right corner of a held widget; it follows the widget's size."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.setObjectName("lock_badge")
        self.setPixmap(lock_pixmap())
        self.setFixedSize(LOCK_SIZE, LOCK_SIZE)
        self.setAttribute(Qt.WA_TransparentForMouseEvents, True)
        owner.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        owner = self.parentWidget()
        self.move(max(0, owner.width() - LOCK_SIZE - 1), 1)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Resize:
            self._place()
        return False


def badge(widget: QWidget) -> QLabel | None:
    """The lock shown on ``widget``, if it is held (a held button shows it as its icon instead)."""
    found = widget.findChild(QLabel, "lock_badge", Qt.FindDirectChildrenOnly)
    return found if found is not None and not found.isHidden() else None


def hold(widget: QWidget, reason: str | None) -> None:
    """Make ``widget`` read-only with a lock and ``reason`` as its tooltip; ``reason`` None frees it."""
    held = reason is not None
    if held and widget.property(_TIP) is None:
        widget.setProperty(_TIP, widget.toolTip())
    if not held and widget.property(_TIP) is not None:
        widget.setToolTip(str(widget.property(_TIP)))
        widget.setProperty(_TIP, None)
    widget.setEnabled(not held)
    if held:
        widget.setToolTip(translate("Holds", "Locked: {reason}.").format(reason=shown(reason)))
    if isinstance(widget, (QPushButton, QToolButton)):
        # A button wears the lock as its icon, beside its text: a badge in the corner would cover the end
        # of a longer label (German, Vietnamese).
        if held and not hasattr(widget, "_free_icon"):
            widget._free_icon = widget.icon()
            icon = lock_icon()
            icon.addPixmap(lock_pixmap(), QIcon.Disabled)  # held buttons are disabled: the lock in colour
            widget.setIcon(icon)
            if isinstance(widget, QToolButton):  # else a tool button shows the icon alone
                widget._free_style = widget.toolButtonStyle()
                widget.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        elif not held and hasattr(widget, "_free_icon"):
            widget.setIcon(widget._free_icon)
            del widget._free_icon
            if hasattr(widget, "_free_style"):
                widget.setToolButtonStyle(widget._free_style)
                del widget._free_style
        return
    found = widget.findChild(QLabel, "lock_badge", Qt.FindDirectChildrenOnly)
    if held:
        (found or _Badge(widget)).show()
    elif found is not None:
        found.hide()


def apply(session, controls: dict[str, list[QWidget]], companions: dict[str, list[QWidget]] | None = None) -> None:
    """Hold and hide a panel's ``controls`` as the session's holds say; ``companions`` (their labels and
    explanations) are hidden with them but never held."""
    holds = session.holds
    for name, widgets in controls.items():
        reason = holds.control_reason(name)
        visible = name not in holds.hidden
        for widget in widgets:
            hold(widget, reason)
            widget.setVisible(visible)
        for widget in (companions or {}).get(name, []):
            widget.setVisible(visible)
