"""pyqtgraph plots made ahead of need, at idle: making a ``PlotItem`` (its view box and four axes) takes
about 7 ms of the GUI thread, which a view's first show would otherwise pay (the gradient lab's heat map;
docs/performance.md). A plot taken from here is new and empty, without the context menu that the
studio's plots never show; when none is ready one is made at once."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QTimer

from lstm_studio.app.common.access import unwatched

#: The delay between two plots made one per turn (a timer: see app/common/idle_imports.py).
NEXT_TURN_MS = 1

_spare: list[pg.PlotItem] = []


def new_plot() -> pg.PlotItem:
    """A pyqtgraph plot made now, without the context menu the studio's plots never show (making one is 5
    of a plot's 12 ms) and unwatched by the screen-reader namer (its hidden options form: 3 of 8 ms)."""
    with unwatched():
        return pg.PlotItem(enableMenu=False)


def take() -> pg.PlotItem:
    """A new, empty plot: one made ahead if there is one."""
    return _spare.pop() if _spare else new_plot()


def ready() -> int:
    """How many plots are waiting."""
    return len(_spare)


def make_ahead(count: int) -> None:
    """Make plots, one per turn of the event loop, until ``count`` are waiting."""
    if len(_spare) < count:
        _spare.append(new_plot())
        QTimer.singleShot(NEXT_TURN_MS, lambda: make_ahead(count))
