"""A one-minute tour of the studio window: one panel at a time is outlined while the rest of the window
dims, and a small card beside it says what the panel shows. Back / Next / End; Escape ends it.

The tour draws over the window (a child widget that lets every click through) and never changes the
document. Stops whose panel is not on screen (closed by the user, hidden by a lesson) are skipped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPen, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lstm_studio.app.common import theme
from lstm_studio.app.common.i18n import translate

CARD_WIDTH = 320


def _widget(getter: Callable) -> Callable:
    def rect(window) -> QRect | None:
        widget = getter(window)
        if widget is None or not widget.isVisible():
            return None
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return rect


def _menu(name: str) -> Callable:
    def rect(window) -> QRect | None:
        menu = getattr(window, name)
        bar = window.menuBar()
        local = bar.actionGeometry(menu.menuAction())
        return QRect(bar.mapTo(window, local.topLeft()), local.size()) if local.isValid() else None
    return rect


#: (where, title, what it shows); the texts are translated where they are shown
STOPS: tuple[tuple[Callable, str, str], ...] = (
    (_widget(lambda w: w.model_dock), QT_TRANSLATE_NOOP("Tour", "The model"),
     QT_TRANSLATE_NOOP("Tour", "Pick the cell — Elman RNN, LSTM, peephole LSTM, GRU — and its conventions, the "
                               "hidden size and the vocabulary. The presets are ready-made networks; the equations "
                               "of the cell are at the bottom.")),
    (_widget(lambda w: w.sequence), QT_TRANSLATE_NOOP("Tour", "The sequence"),
     QT_TRANSLATE_NOOP("Tour", "Type the input, e.g. PIG. Each column is one time step: the one-hot input x_t, the "
                               "target (click to change it) and what the network predicts.")),
    (_widget(lambda w: w.time), QT_TRANSLATE_NOOP("Tour", "Time"),
     QT_TRANSLATE_NOOP("Tour", "Step through the sequence or play it. Every view shows the step chosen here.")),
    (_widget(lambda w: w.tabs), QT_TRANSLATE_NOOP("Tour", "Inside the cell"),
     QT_TRANSLATE_NOOP("Tour", "Gates over time, heat maps of every unit, the cell diagram, the network unrolled "
                               "in time, the equations with today's numbers, and the gradient lab where gradients "
                               "vanish or explode.")),
    (_widget(lambda w: w.weights_dock), QT_TRANSLATE_NOOP("Tour", "The weights"),
     QT_TRANSLATE_NOOP("Tour", "Every parameter as a table. Type a number or drag the slider: every view follows "
                               "while you drag. Ctrl+Z undoes.")),
    (_widget(lambda w: w.output_dock), QT_TRANSLATE_NOOP("Tour", "The output"),
     QT_TRANSLATE_NOOP("Tour", "The softmax output p_t at the current step, the target and the loss.")),
    (_menu("tools_menu"), QT_TRANSLATE_NOOP("Tour", "Tools"),
     QT_TRANSLATE_NOOP("Tour", "Train the network on a task and watch it learn, generate text from it, print "
                               "exercise worksheets.")),
    (_menu("help_menu"), QT_TRANSLATE_NOOP("Tour", "Lessons"),
     QT_TRANSLATE_NOOP("Tour", "Help ▸ Lessons opens the course: lessons and challenges that set up the studio "
                               "for you and check what you build.")),
)


class Tour(QWidget):
    """The tour over ``window``; :meth:`go` moves to a stop, :meth:`end` removes it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("tour")
        self.setAttribute(Qt.WA_TransparentForMouseEvents, True)
        self.stops = list(STOPS)
        self.index = -1
        self.target: QRect | None = None

        self.card = QFrame(window)
        self.card.setObjectName("tour_card")
        self.card.setFixedWidth(CARD_WIDTH)
        layout = QVBoxLayout(self.card)
        self.title = QLabel()
        self.title.setTextFormat(Qt.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setTextFormat(Qt.PlainText)
        self.text.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("muted")
        buttons = QHBoxLayout()
        self.back_button = QPushButton(translate("Tour", "◀ Back"))
        self.back_button.clicked.connect(lambda: self.go(self.index - 1, -1))
        self.next_button = QPushButton(translate("Tour", "Next ▶"))
        self.next_button.clicked.connect(lambda: self.go(self.index + 1, 1))
        end = QPushButton(translate("Tour", "End the tour"))
        end.clicked.connect(self.end)
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, end):
            buttons.addWidget(button)
        for widget in (self.title, self.text):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        th = theme.current()
        self.card.setStyleSheet(f"QFrame#tour_card {{ background: {th.background}; border: 2px solid "
                                f"{th.highlight}; border-radius: 6px; }}")
        self._escape = QShortcut(QKeySequence(Qt.Key_Escape), window, self.end)
        self._follower = _Follower(self)
        window.installEventFilter(self._follower)

    # --- Public API ---------------------------------------------------------------------------------

    def go(self, index: int, direction: int = 1) -> bool:
        """Show stop ``index`` (the next one on screen in ``direction``); False past either end (the tour
        ends going forward)."""
        while 0 <= index < len(self.stops):
            rect = self.stops[index][0](self.window)
            if rect is not None:
                self.index, self.target = index, rect
                self._show()
                return True
            index += direction
        if direction > 0:
            self.end()
        return False

    def end(self) -> None:
        self.window.removeEventFilter(self._follower)
        self._escape.setEnabled(False)
        self.card.hide()
        self.card.deleteLater()
        self.hide()
        self.deleteLater()
        if getattr(self.window, "tour", None) is self:
            self.window.tour = None

    @property
    def stop_title(self) -> str:
        return translate("Tour", self.stops[self.index][1]) if self.index >= 0 else ""

    # --- internals ----------------------------------------------------------------------------------

    def _show(self) -> None:
        _, title, text = self.stops[self.index]
        self.title.setText(translate("Tour", title))
        self.text.setText(translate("Tour", text))
        shown = [k for k in range(len(self.stops)) if self.stops[k][0](self.window) is not None]
        self.count.setText(translate("Tour", "{number} of {count}").format(number=shown.index(self.index) + 1,
                                                                           count=len(shown))
                           if self.index in shown else "")
        self.back_button.setEnabled(self.index > min(shown, default=0))
        self.next_button.setText(translate("Tour", "Finish") if self.index == max(shown, default=0)
                                 else translate("Tour", "Next ▶"))
        self._place()

    def _place(self) -> None:
        window = self.window
        self.setGeometry(window.rect())
        self.raise_()
        self.show()
        card, target = self.card, self.target
        card.adjustSize()
        size = card.sizeHint()
        area = window.rect().adjusted(8, 8, -8, -8)
        candidates = (
            QPoint(target.right() + 12, target.top()),                       # right of the panel
            QPoint(target.left() - size.width() - 12, target.top()),         # left of it
            QPoint(target.left(), target.bottom() + 12),                     # below it
            QPoint(target.center().x() - size.width() // 2, target.center().y() - size.height() // 2),
        )
        for point in candidates:
            if area.contains(QRect(point, size)):
                break
        point.setX(min(max(point.x(), area.left()), area.right() - size.width()))
        point.setY(min(max(point.y(), area.top()), area.bottom() - size.height()))
        card.move(point)
        card.show()
        card.raise_()
        self.update()

    def refit(self) -> None:
        """The window changed size: measure the panel again."""
        if self.index >= 0:
            rect = self.stops[self.index][0](self.window)
            if rect is not None:
                self.target = rect
                self._place()

    def paintEvent(self, event) -> None:
        if self.target is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        outside = QPainterPath()
        outside.addRect(self.rect())
        hole = QPainterPath()
        hole.addRoundedRect(self.target.adjusted(-3, -3, 3, 3), 6, 6)
        painter.fillPath(outside.subtracted(hole), QColor(0, 0, 0, 90))
        painter.setPen(QPen(QColor(theme.current().highlight), 3))
        painter.drawPath(hole)
        painter.end()


class _Follower(QObject):
    """Keeps the tour over the window when the window is resized."""

    def __init__(self, tour: Tour) -> None:
        super().__init__(tour)
        self.tour = tour

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize:
            self.tour.refit()
        return False


def start_tour(window) -> Tour:
    """Start the tour of ``window`` at its first stop (a tour already running ends first)."""
    previous = getattr(window, "tour", None)
    if previous is not None:
        previous.end()
    tour = Tour(window)
    window.tour = tour
    tour.go(0)
    return tour
