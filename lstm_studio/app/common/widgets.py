"""Small builders for what every panel makes the same way: a vertical layout with its margins and spacing,
a timer, the settling of symbolic requests while numbers keep changing, a row of boxes that wraps
into more rows when it is narrow, a scroll area that only scrolls up and down, and a chart's legend as
text beside the chart (where it cannot cover the curves)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


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


class VerticalScroll(QScrollArea):
    """A scroll area for a column of controls that scrolls only up and down: it is never narrower than
    its content's minimum width, so nothing in it is cut off at the side (nor shifted sideways when a
    field at the right takes the focus), whatever the font size."""

    def __init__(self, widget: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.NoFrame)
        widget.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        width = (self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.LayoutRequest:
            self.updateGeometry()  # the content's minimum width changed (a new font size, a new task)
        return False


#: Line samples for a legend written as text.
SOLID, DASHED = "━━━", "╸╸╸"


def legend_html(entries: list[tuple[str, str, str]], columns: int = 2) -> str:
    """A chart's legend as an HTML table of ``columns`` columns; each entry is (colour, line sample such
    as SOLID or DASHED, text) and the text is escaped."""
    cells = [f"<td><span style='color:{colour}'>{sample}</span> {html.escape(text)}&nbsp;&nbsp;</td>"
             for colour, sample, text in entries]
    rows = ["<tr>" + "".join(cells[k : k + columns]) + "</tr>" for k in range(0, len(cells), columns)]
    return "<table cellspacing='0' cellpadding='0'>" + "".join(rows) + "</table>"
