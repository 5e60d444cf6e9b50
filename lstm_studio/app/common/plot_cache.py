"""Cheap repaints of pyqtgraph plots: an edit changes the curves, rarely the axes.

pyqtgraph draws an axis (its ticks, their labels and, with a grid, the grid lines across the whole plot)
by replaying a recorded picture, text included, whenever any part of the plot under it is repainted —
on every edit, though the axis itself did not change. With Qt's device-coordinate cache the axis is
drawn once into a pixmap and afterwards copied; pyqtgraph's own ``update()`` on a new range, new ticks
or a new style invalidates the pixmap. In a drag that is about half of the repaint
(docs/performance.md).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

AXES = ("left", "bottom", "right", "top")


def cache_axes(plot) -> None:
    """Draw the axes of ``plot`` (a pyqtgraph PlotItem) from a cached pixmap until they change."""
    for name in AXES:
        axis = plot.getAxis(name)
        if axis is not None:
            axis.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
