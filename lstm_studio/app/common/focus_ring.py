"""A visible keyboard focus in every theme without an application style sheet (docs/accessibility.md).

An application style sheet would make every palette or font change re-polish every widget of the
application (docs/window.md, "It stays quick"), and Fusion's own focus cue (a one-pixel frame in the
highlight colour, on some widgets only) is too faint to follow. Instead a :class:`Ring` — a small child
widget that ignores the mouse, takes no focus and paints only a rounded 2-pixel border just inside its
parent's edges — sits on top of whichever widget has the keyboard focus. :class:`FocusRings` moves it
there on every ``QApplication.focusChanged``; it reads the theme's focus colour when it paints, so a new
theme needs no work of its own.

The same overlay, in the theme's text colour and only in the high-contrast theme, outlines every text
field (:func:`outline`), which Fusion frames in a shade of the window colour: black on black.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QSplitter, QWidget

from lstm_studio.app.common import theme

#: The ring's width and the radius of its corners, in pixels.
RING_WIDTH = 2
RING_RADIUS = 3.0


class Ring(QWidget):
    """A border painted over ``target``: the focus ring (``kind`` "focus", in the theme's focus colour) or a
    text field's outline (``kind`` "outline", 1 pixel in the text colour, in the high-contrast theme only)."""

    def __init__(self, target: QWidget, kind: str = "focus") -> None:
        super().__init__(target)
        self.kind = kind
        self.setObjectName(f"{kind}_ring")
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.NoFocus)
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        self.raise_()
        self.show()

    def colour_and_width(self) -> tuple[QColor | None, int]:
        th = theme.current()
        if self.kind == "focus":
            return QColor(th.focus), RING_WIDTH
        return (QColor(th.foreground), 1) if th.name == "contrast" else (None, 0)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Resize:
            self.setGeometry(watched.rect())
        elif kind == QEvent.ChildAdded:  # a child added later would cover the ring
            self.raise_()
        return False

    def paintEvent(self, event) -> None:
        colour, width = self.colour_and_width()
        if colour is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(colour, width))
        half = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), RING_RADIUS, RING_RADIUS)


def wants_ring(widget: QWidget | None) -> bool:
    """Whether ``widget``, having the focus, gets the ring: not a window, nor inside a popup (a menu, a combo
    box's list), nor a splitter (which would take the ring for a pane of its own)."""
    if widget is None or widget.isWindow() or isinstance(widget, QSplitter):
        return False
    return widget.window().windowType() != Qt.Popup


class FocusRings(QObject):
    """The application's focus ring: follows the keyboard focus from widget to widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: Ring | None = None
        app.focusChanged.connect(self.follow)

    def follow(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.ring is not None and shiboken6.isValid(self.ring):  # gone with its widget, else taken off now
            self.ring.hide()
            self.ring.setParent(None)
        self.ring = Ring(new) if wants_ring(new) else None

    @classmethod
    def install(cls, app: QApplication) -> FocusRings:
        """The application's focus ring (made once); it starts on the widget that has the focus now."""
        rings = app.findChild(FocusRings)
        if rings is None:
            rings = cls(app)
            rings.follow(None, app.focusWidget())
        return rings


def outline(field: QWidget) -> Ring | None:
    """Give a text field its high-contrast outline (once); not the editors inside spin and combo boxes,
    which their box frames."""
    parent = field.parentWidget()
    if not isinstance(field, QLineEdit) or isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return None
    found = field.findChild(Ring, "outline_ring", Qt.FindDirectChildrenOnly)
    return found if found is not None else Ring(field, "outline")
