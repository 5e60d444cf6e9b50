"""A visible keyboard focus in every theme without an application style sheet (docs/accessibility.md).

An application style sheet would make every palette or font change re-polish every widget of the
application (docs/window.md, "It stays quick"), and Fusion's own focus cue (a one-pixel frame in the
highlight colour, on some widgets only) is too faint to follow. Instead one ``QFocusFrame`` — Qt's own
widget for this, drawn by the style as a band around the widget it follows — is moved to whichever
widget receives the keyboard focus (:class:`FocusRings`, called by the application's event filter,
:class:`lstm_studio.app.common.access.Namer`, on each FocusIn) and painted in
the theme's focus colour (its palette's window-text colour, which :meth:`FocusRings.recolour` sets after
a change of theme). It is plain Qt: nothing of Python runs when it paints, moves or is deleted with the
widget it surrounds. The focus is followed through FocusIn events rather than ``QApplication.focusChanged``,
which also names the widget losing the focus, possibly while it is being destroyed.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFocusFrame, QSplitter, QWidget

from lstm_studio.app.common import theme


def wants_ring(widget: QWidget | None) -> bool:
    """Whether ``widget``, having the focus, gets the ring: not a window, nor inside a popup (a menu, a combo
    box's list), nor a splitter (which would take the frame for a pane of its own)."""
    if widget is None or widget.isWindow() or isinstance(widget, QSplitter):
        return False
    parent = widget.parentWidget()
    return widget.window().windowType() != Qt.Popup and not isinstance(parent, QSplitter)


class FocusRings(QObject):
    """The application's focus ring: one QFocusFrame that follows the keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.frame: QFocusFrame | None = None

    def follow(self, new: QWidget | None) -> None:
        """Put the ring around ``new`` (the widget that just received the focus), or take it away."""
        frame = self.frame if self.frame is not None and shiboken6.isValid(self.frame) else None
        if not wants_ring(new):
            if frame is not None:
                frame.setWidget(None)
            return
        if frame is None:  # the first, or the last one went with the widgets around it
            frame = self.frame = QFocusFrame()
            frame.setObjectName("focus_ring")
        frame.setWidget(new)
        self.recolour()

    def recolour(self) -> None:
        """Paint the ring in the present theme's focus colour."""
        if self.frame is None or not shiboken6.isValid(self.frame):
            return
        if self.frame.palette().color(QPalette.WindowText) == QColor(theme.current().focus):
            return
        palette = self.frame.palette()
        palette.setColor(QPalette.WindowText, QColor(theme.current().focus))
        self.frame.setPalette(palette)

    @classmethod
    def install(cls, app: QApplication) -> FocusRings:
        """The application's focus ring (made once, recoloured for the present theme)."""
        rings = app.findChild(FocusRings)
        if rings is None:
            rings = cls(app)
            rings.follow(app.focusWidget())
        rings.recolour()
        # A new application palette reaches the widgets as posted events, which reset the frame's own
        # colour: colour it again once they are delivered.
        QTimer.singleShot(0, rings.recolour)
        return rings
