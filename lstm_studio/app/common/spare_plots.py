"""pyqtgraph plots made ahead of need, at idle: making a ``PlotItem`` (its view box and four axes) takes
about 7 ms of the GUI thread, which a view's first show would otherwise pay (the gradient lab's heat map;
docs/performance.md). A plot taken from here is new and empty, without the context menu that the
studio's plots never show; when none is ready one is made at once."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QTimer

#: The delay between two plots made one per turn (a timer: see app/common/idle_imports.py).
NEXT_TURN_MS = 1

_spare: list[pg.PlotItem] = []


def take() -> pg.PlotItem:
    """A new, empty plot: one made ahead if there is one."""
    return _spare.pop() if _spare else pg.PlotItem(enableMenu=False)


def ready() -> int:
    """How many plots are waiting."""
    return len(_spare)


def make_ahead(count: int) -> None:
    """Make plots, one per turn of the event loop, until ``count`` are waiting."""
    if len(_spare) < count:
        _spare.append(pg.PlotItem(enableMenu=False))
        QTimer.singleShot(NEXT_TURN_MS, lambda: make_ahead(count))
