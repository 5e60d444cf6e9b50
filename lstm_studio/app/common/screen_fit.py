"""Windows and dialogs that fit the screen they open on, title bar included (docs/window.md).

Qt sizes a window's inside; the window manager then adds a title bar above it and a thin border around
it, which Qt learns about only once the window is shown. Before that these helpers assume :data:`FRAME`,
the largest title bar of the common Linux, Windows and macOS desktops, so that a 1366×768 laptop screen
shows the whole window, status bar included. ``available`` is the one place that asks Qt for the screen:
tests replace it to stand for a laptop's screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: What a window manager may add around a window before Qt can tell: a title bar and a thin border.
FRAME = QMargins(4, 40, 4, 4)
#: A screen smaller than this opens the main window maximised (a laptop); a larger one gets most of it.
SMALL_SCREEN = QSize(1500, 900)


def available(widget: QWidget | None = None) -> QRect:
    """The part of ``widget``'s screen (the primary one without a widget) that windows may use: the
    screen less its panels and docks."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def frame_of(widget: QWidget) -> QMargins:
    """The title bar and border the window manager drew around ``widget`` (:data:`FRAME` until known)."""
    if widget.isVisible():
        outer, inner = widget.frameGeometry(), widget.geometry()
        drawn = QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                         outer.right() - inner.right(), outer.bottom() - inner.bottom())
        if drawn.top() > 0:
            return drawn
    return FRAME


def room(widget: QWidget, area: QRect | None = None) -> QSize:
    """The largest inside size of ``widget`` whose frame fits in ``area`` (its screen's by default)."""
    area = area if area is not None else available(widget)
    frame = frame_of(widget)
    return QSize(area.width() - frame.left() - frame.right(), area.height() - frame.top() - frame.bottom())


def fit(widget: QWidget, width: int | None = None, height: int | None = None,
        centre: QWidget | None = None) -> QSize:
    """Size ``widget`` to ``width`` × ``height`` (its present size where None), no larger than its screen
    has room for, and place it so that its frame is on that screen: centred over ``centre`` when given,
    where it is (pushed inside) when it is shown, else centred on the screen. Returns the size given.

    The inside is placed with ``setGeometry`` (Qt then puts the window manager's frame around it), so
    the same arithmetic holds before the window is shown, after, and offscreen."""
    area = available(centre if centre is not None else widget)
    frame = frame_of(widget)
    space = room(widget, area)
    size = QSize(max(1, min(width if width is not None else widget.width(), space.width())),
                 max(1, min(height if height is not None else widget.height(), space.height())))
    if centre is None and widget.isVisible():
        corner = widget.geometry().topLeft()
    else:
        middle = centre.mapToGlobal(centre.rect().center()) if centre and centre.isVisible() else area.center()
        corner = QPoint(middle.x() - size.width() // 2, middle.y() - size.height() // 2)
    x = max(min(corner.x(), area.right() + 1 - frame.right() - size.width()), area.left() + frame.left())
    y = max(min(corner.y(), area.bottom() + 1 - frame.bottom() - size.height()), area.top() + frame.top())
    widget.setGeometry(x, y, size.width(), size.height())
    return size


def fits(widget: QWidget, area: QRect | None = None) -> bool:
    """Whether ``widget``'s frame lies on the screen (``area``), every edge of it."""
    area = area if area is not None else available(widget)
    return area.contains(widget.geometry().marginsAdded(frame_of(widget)))
