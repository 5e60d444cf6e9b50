"""The generation panel: prime a model with some tokens, then draw one token at a time and feed it back.

At every step the distribution the token was drawn from is shown as bars with the drawn token marked
(and, at a temperature other than 1, the model's own p_t as outlines). The temperature slider changes
the next draws; 0 is greedy. The seed makes a run reproducible: Restart with the same prime, seed and
temperature draws the same tokens. Generation is one forward step per token, fast enough to run on the
GUI thread at teaching sizes.

With a session the panel generates from the session's model and starts over whenever the model changes; it
follows the session through :mod:`lstm_studio.app.common.live`, so it catches up when shown or read.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lstm_studio.app.common import theme
from lstm_studio.app.common.i18n import shown_error, translate
from lstm_studio.app.common.live import LiveView
from lstm_studio.app.training.panel import style_plot
from lstm_studio.document import tokens
from lstm_studio.document.errors import InputError
from lstm_studio.engine.generate import Sampler, SampleStep

#: The temperature slider runs over 0 … MAX_TEMPERATURE in steps of 1 / TEMPERATURE_STEPS.
TEMPERATURE_STEPS = 20
MAX_TEMPERATURE = 3.0
MAX_RUN = 1000


class GenerationPanel(LiveView, QWidget):
    """Prime, temperature, seed; Restart, Step, Run N; the text so far and the last distribution."""

    sig_step = Signal(object)
    """A :class:`~lstm_studio.engine.generate.SampleStep` was drawn."""

    def __init__(self, model=None, session=None, parent=None) -> None:
        super().__init__(parent)
        self._model = None
        self.sampler: Sampler | None = None
        self._steps: list[SampleStep] = []
        self._build()
        if session is not None:
            self.follow(session)
        elif model is not None:
            self.set_model(model)

    def _build(self) -> None:
        form = QFormLayout()
        self.prime = QLineEdit()
        self.prime.setPlaceholderText(translate("Generation", "tokens to start from, e.g. BUS"))
        self.prime.returnPressed.connect(self.restart)
        self.temperature = QSlider(Qt.Horizontal)
        self.temperature.setRange(0, int(MAX_TEMPERATURE * TEMPERATURE_STEPS))
        self.temperature.setValue(TEMPERATURE_STEPS)
        self.temperature.valueChanged.connect(self._temperature_changed)
        self.temperature_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.temperature, 1)
        row.addWidget(self.temperature_label)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_RUN)
        self.count.setValue(20)
        form.addRow(translate("Generation", "prime"), self.prime)
        form.addRow(translate("Generation", "temperature"), row)
        form.addRow(translate("Generation", "seed"), self.seed)

        buttons = QHBoxLayout()
        self.restart_button = QPushButton(translate("Generation", "Restart"))
        self.step_button = QPushButton(translate("Generation", "Step"))
        self.run_button = QPushButton(translate("Generation", "Draw"))
        self.restart_button.clicked.connect(self.restart)
        self.step_button.clicked.connect(lambda: self.draw(1))
        self.run_button.clicked.connect(lambda: self.draw(self.count.value()))
        tokens_label = QLabel(translate("Generation", "tokens"))
        for w in (self.restart_button, self.step_button, self.run_button, self.count, tokens_label):
            buttons.addWidget(w)
        buttons.addStretch(1)

        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.RichText)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.text.setMinimumHeight(40)
        self.step_label = QLabel()
        self.plot = pg.PlotWidget()
        style_plot(self.plot)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setYRange(0, 1.02)
        self.plot.setLabel("left", translate("Generation", "probability"))
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=theme.unit_colour(4))
        self.drawn_bar = pg.BarGraphItem(x=[], height=[], width=0.7, brush=theme.unit_colour(1))
        self.model_bars = pg.BarGraphItem(x=[], height=[], width=0.9, brush=None,
                                          pen=pg.mkPen(theme.unit_colour(7), width=1.5))
        for item in (self.bars, self.drawn_bar, self.model_bars):
            self.plot.addItem(item)
        self.message = QLabel()
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.text)
        layout.addWidget(self.step_label)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.message)
        self._temperature_changed()
        self._update_buttons()

    # --- LiveView -------------------------------------------------------------------------------------

    def show_values(self) -> None:
        """Start over on the session's model when it is not the one generated from."""
        if self._model is None or not _same_numbers(self._model, self.session.model):
            self.set_model(self.session.model)

    def show_step(self) -> None:
        """The current step of the studio does not matter here."""

    # --- Public API -----------------------------------------------------------------------------------

    @property
    def model(self):
        """The model generated from (a copy)."""
        self.catch_up()
        return self._model

    @property
    def steps(self) -> list[SampleStep]:
        """The tokens drawn since the last restart."""
        self.catch_up()
        return self._steps

    def set_model(self, model) -> None:
        """Generate from ``model`` (a copy is kept); the drawn text starts over."""
        self._model = model.copy() if model is not None else None
        self.sampler, self._steps = None, []
        if self._model is not None:
            axis = self.plot.getAxis("bottom")
            axis.setTicks([[(k, v if v != " " else "␣") for k, v in enumerate(self._model.vocab)], []])
            if not self.prime.text():
                self.prime.setText(tokens.join(range(min(3, self._model.vocab_size)), self._model.vocab))
        self._show()
        self._update_buttons()

    def temperature_value(self) -> float:
        return self.temperature.value() / TEMPERATURE_STEPS

    def set_temperature(self, value: float) -> None:
        self.temperature.setValue(round(value * TEMPERATURE_STEPS))

    def restart(self) -> bool:
        """Prime the model with the typed tokens; False (with the reason shown) when they cannot be read."""
        self.catch_up()
        if self._model is None:
            return False
        try:
            prime = tokens.parse(self.prime.text(), self._model.vocab, translate("Generation", "prime"))
            self.sampler = Sampler(self._model, prime, self.temperature_value(), self.seed.value())
        except (InputError, ValueError) as err:
            self.sampler = None
            self.message.setText(f"<span style='color:#D55E00'>{html.escape(shown_error(err), quote=False)}</span>")
            self._update_buttons()
            return False
        self._steps = []
        self.message.setText("")
        self._show()
        self._update_buttons()
        return True

    def draw(self, n: int = 1) -> list[SampleStep]:
        """Draw ``n`` tokens (restarting first if nothing is primed yet)."""
        self.catch_up()
        if self.sampler is None and not self.restart():
            return []
        new = []
        for _ in range(n):
            step = self.sampler.step()
            self._steps.append(step)
            new.append(step)
            self.sig_step.emit(step)
        self._show()
        return new

    @property
    def generated_text(self) -> str:
        return "" if self.sampler is None else tokens.join(self.sampler.tokens, self._model.vocab)

    # --- internals ------------------------------------------------------------------------------------

    def _temperature_changed(self) -> None:
        t = self.temperature_value()
        self.temperature_label.setText(translate("Generation", "0 (greedy)") if t == 0 else f"{t:.2f}")
        if self.sampler is not None:
            self.sampler.temperature = t

    def _update_buttons(self) -> None:
        ok = self._model is not None and not self._model.bidirectional
        for b in (self.restart_button, self.step_button, self.run_button):
            b.setEnabled(ok)
        if self._model is not None and self._model.bidirectional:
            self.message.setText(translate("Generation", "A bidirectional model reads the sequence backwards too; it "
                                                         "cannot generate."))

    def _show(self) -> None:
        if self.sampler is None or self._model is None:
            self.text.setText("")
            self.step_label.setText("")
            for item in (self.bars, self.drawn_bar, self.model_bars):
                item.setOpts(x=[], height=[])
            return
        vocab = self._model.vocab
        sep = "" if tokens.single_char(vocab) else " "
        prime = html.escape(sep.join(vocab[k] for k in self.sampler.prime))
        drawn = html.escape(sep.join(vocab[k] for k in self.sampler.generated))
        self.text.setText(f"<span style='font-size:14pt'>{prime}{sep if drawn else ''}"
                          f"<b style='color:{theme.unit_colour(1)}'>{drawn}</b></span>")
        x = np.arange(len(vocab))
        if self._steps:
            last = self._steps[-1]
            p, p_model, drawn_k = last.p, last.p_model, last.drawn
            self.step_label.setText(
                translate("Generation", "step {t}: read {read}, drew {drawn} with p = {p}").format(
                    t=last.t, read=repr(vocab[last.fed]), drawn=repr(vocab[drawn_k]), p=f"{p[drawn_k]:.3f}")
                + ("" if last.temperature == 1 else " " + translate("Generation", "(model's own p = {p})").format(
                    p=f"{p_model[drawn_k]:.3f}")))
        else:
            p_model, p = self.sampler.next_distribution()
            drawn_k = None
            self.step_label.setText(translate("Generation", "the distribution of the first token to draw"))
        self.bars.setOpts(x=x, height=p)
        self.model_bars.setOpts(x=x, height=p_model if self.temperature_value() != 1 else np.zeros_like(p))
        if drawn_k is None:
            self.drawn_bar.setOpts(x=[], height=[])
        else:
            self.drawn_bar.setOpts(x=[drawn_k], height=[p[drawn_k]])


def _same_numbers(a, b) -> bool:
    """Whether two models compute the same: structure, weights and initial state."""
    def same(x: dict, y: dict) -> bool:
        return x.keys() == y.keys() and all(np.array_equal(x[k], y[k]) for k in x)

    return ((a.spec, a.vocab, a.hidden_size, a.layers, a.bidirectional) ==
            (b.spec, b.vocab, b.hidden_size, b.layers, b.bidirectional)
            and same(a.params, b.params) and same(a.initial_state, b.initial_state))
