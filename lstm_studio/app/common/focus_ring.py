"""A visible keyboard focus in every theme without an application style sheet (docs/accessibility.md).

An application style sheet would make every palette or font change re-polish every widget of the
application (docs/window.md, "It stays quick"), and Fusion's own focus cue (a one-pixel frame in the
highlight colour, on some widgets only) is too faint to follow. Instead a :class:`Ring` — a small child
widget that ignores the mouse, takes no focus and paints only a rounded 2-pixel border just inside its
parent's edges — sits on top of whichever widget has the keyboard focus. :class:`FocusRings` moves it
there on every ``QApplication.focusChanged``; it reads the theme's focus colour when it paints, so a new
theme needs no work of its own.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from lstm_studio.app.common import theme

#: The ring's width and the radius of its corners, in pixels.
RING_WIDTH = 2
RING_RADIUS = 3.0


class Ring(QWidget):
    """The focus ring painted over ``target`` in the theme's focus colour."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.NoFocus)
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize:
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor(theme.current().focus), RING_WIDTH))
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), RING_RADIUS, RING_RADIUS)


def wants_ring(widget: QWidget | None) -> bool:
    """Whether ``widget``, having the focus, gets the ring: not a window, nor inside a popup (a menu, a combo
    box's list), nor a splitter (which would take the ring for a pane of its own)."""
    if widget is None or widget.isWindow() or isinstance(widget, QSplitter):
        return False
    return widget.window().windowType() != Qt.Popup


class FocusRings(QObject):
    """The application's focus ring: follows the keyboard focus from widget to widget. Each widget that
    had the focus keeps its (hidden) ring as a child, so no ring is ever deleted while Qt may still be
    delivering an event to it; a ring goes with its widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: Ring | None = None
        app.focusChanged.connect(self.follow)

    def follow(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.ring is not None and shiboken6.isValid(self.ring):
            self.ring.hide()
        self.ring = None
        if wants_ring(new):
            assert new is not None
            ring = new.findChild(Ring, "focus_ring", Qt.FindDirectChildrenOnly)
            if ring is None:
                ring = Ring(new)
            ring.setGeometry(new.rect())
            ring.raise_()
            ring.show()
            self.ring = ring

    @classmethod
    def install(cls, app: QApplication) -> FocusRings:
        """The application's focus ring (made once); it starts on the widget that has the focus now."""
        rings = app.findChild(FocusRings)
        if rings is None:
            rings = cls(app)
            rings.follow(None, app.focusWidget())
        return rings
