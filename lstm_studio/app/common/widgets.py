"""Small builders for what every panel makes the same way: a vertical layout with its margins and spacing,
a timer, and the settling of symbolic requests while numbers keep changing."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget


def vertical(widget: QWidget, margins: int | tuple[int, int, int, int] = 0, spacing: int = 4) -> QVBoxLayout:
    """A vertical layout on ``widget``: ``margins`` on every side (or left, top, right, bottom), ``spacing``
    between its items."""
    layout = QVBoxLayout(widget)
    left, top, right, bottom = (margins,) * 4 if isinstance(margins, int) else margins
    layout.setContentsMargins(left, top, right, bottom)
    layout.setSpacing(spacing)
    return layout


def timer(parent: QObject, msecs: int, slot) -> QTimer:
    """A single-shot timer owned by ``parent`` that calls ``slot()`` ``msecs`` after each ``start()``."""
    clock = QTimer(parent)
    clock.setSingleShot(True)
    clock.setInterval(msecs)
    clock.timeout.connect(slot)
    return clock


class Settle:
    """When to send symbolic work about numbers that keep changing (a slider drag): a request about
    something new (another entry, step or unit) goes at once; one about new numbers for the same thing
    waits until they have rested ``msecs`` — sympy and the formula renderer share the GIL with the window."""

    def __init__(self, parent: QObject, msecs: int, send) -> None:
        self._send = send
        self.timer = timer(parent, msecs, self.send_now)

    def request(self, new_subject: bool) -> None:
        if new_subject and not self.timer.isActive():
            self.send_now()
        else:
            self.timer.start()

    def send_now(self) -> None:
        self.timer.stop()
        self._send()

    @property
    def waiting(self) -> bool:
        return self.timer.isActive()
