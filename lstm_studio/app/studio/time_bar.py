"""Time: a step slider with play/pause and single steps. The current step lives in the session; every
view highlights it. The bar follows the session through :mod:`lstm_studio.app.common.live`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QSpinBox, QStyle, QToolButton, QWidget

from lstm_studio.app.common import theme
from lstm_studio.app.common.i18n import translate
from lstm_studio.app.common.live import LiveView
from lstm_studio.app.common.plain_text import escaped

PLAY_INTERVAL_MS = 800


class TimeBar(LiveView, QWidget):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self._icons: dict[QToolButton, QStyle.StandardPixmap] = {}

        def button(icon, tip, slot):
            b = QToolButton()
            self._icons[b] = icon
            b.setIcon(theme.button_icon(self, icon))
            b.setToolTip(tip)
            b.clicked.connect(slot)
            layout.addWidget(b)
            return b

        layout.addWidget(QLabel(translate("TimeBar", "<b>Time</b>")))
        self.first = button(QStyle.SP_MediaSkipBackward, translate("TimeBar", "First step (Ctrl+Home)"),
                            lambda: self.go(0))
        self.back = button(QStyle.SP_MediaSeekBackward, translate("TimeBar", "Previous step (Ctrl+Left)"),
                           lambda: self.go_by(-1))
        self.play = button(QStyle.SP_MediaPlay, translate("TimeBar", "Play / pause (Ctrl+P)"), self.toggle)
        self.forward = button(QStyle.SP_MediaSeekForward, translate("TimeBar", "Next step (Ctrl+Right)"),
                              lambda: self.go_by(1))
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setToolTip(translate("TimeBar", "The current time step t: highlighted in every view"))
        self.slider.setPageStep(1)
        self.slider.valueChanged.connect(lambda v: session.set_step(v - 1))
        layout.addWidget(self.slider, 1)
        self.label = QLabel()
        self.label.setMinimumWidth(150)
        layout.addWidget(self.label)
        self.speed = QSpinBox()
        self.speed.setRange(100, 3000)
        self.speed.setSingleStep(100)
        self.speed.setSuffix(translate("TimeBar", " ms"))
        self.speed.setValue(PLAY_INTERVAL_MS)
        self.speed.setToolTip(translate("TimeBar", "Time per step while playing"))
        self.speed.valueChanged.connect(lambda v: self.timer.setInterval(v))
        layout.addWidget(self.speed)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.follow(session)

    # --- LiveView -----------------------------------------------------------------------------------

    def show_values(self) -> None:
        steps = self.session.steps
        with QSignalBlocker(self.slider):
            self.slider.setRange(1, max(1, steps))
            self.slider.setValue(self.session.step + 1)
        self.slider.setEnabled(steps > 1)
        for b in (self.first, self.back, self.play, self.forward):
            b.setEnabled(steps > 1)
        self.show_step()

    def show_step(self) -> None:
        session = self.session
        step = session.step
        steps = session.steps
        with QSignalBlocker(self.slider):
            self.slider.setValue(step + 1)
        if steps:
            token = session.model.vocab[session.inputs()[step]]
            self.label.setText(translate("TimeBar", "t = <b>{t}</b> of {steps} &nbsp; input <b>{token}</b>").format(
                t=step + 1, steps=steps, token=escaped(token)))
        else:
            self.label.setText(translate("TimeBar", "no steps"))

    # --- Public API ---------------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def toggle(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
        else:
            if self.session.step >= self.session.steps - 1:
                self.session.set_step(0)
            self.timer.start()
        self._icons[self.play] = QStyle.SP_MediaPause if self.playing else QStyle.SP_MediaPlay
        self.play.setIcon(theme.button_icon(self, self._icons[self.play]))

    def changeEvent(self, event) -> None:
        """A new theme recolours the transport icons (they follow the button text colour)."""
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange:
            for b, icon in self._icons.items():
                b.setIcon(theme.button_icon(self, icon))

    def go(self, step: int) -> None:
        self.session.set_step(step)

    def go_by(self, delta: int) -> None:
        self.session.set_step(self.session.step + delta)

    def _tick(self) -> None:
        if self.session.step >= self.session.steps - 1:
            self.toggle()
            return
        self.session.set_step(self.session.step + 1)
