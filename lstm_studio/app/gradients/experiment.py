"""The long-term-dependency experiment of the slides as a picture: the same long sequence through a fresh
Elman RNN, LSTM and GRU of the open model's sizes (and, if asked, through the open model itself), the
loss only at the last step, and how the gradient of the state shrinks with the distance from the loss.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from lstm_studio.app.common import theme
from lstm_studio.app.common.i18n import translate
from lstm_studio.app.gradients.plots import LogCurves
from lstm_studio.engine.analysis import experiment_models, experiment_sequence, long_dependency
from lstm_studio.engine.notation import num

#: The cells' names, translated where they are shown.
NAMES = {"rnn": "RNN", "lstm": "LSTM", "gru": "GRU", "peephole_lstm": QT_TRANSLATE_NOOP("Experiment", "peephole LSTM")}
COLOURS = {"rnn": theme.OKABE_ITO[0], "lstm": theme.OKABE_ITO[1], "gru": theme.OKABE_ITO[2],
           "yours": theme.OKABE_ITO[3]}


class ExperimentView(QWidget):
    """Controls (length, seed, whether to add the open model) and the chart; ``update_from(session)``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._key = None
        self.curves = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("Experiment", "Sequence length")))
        self.length = QSpinBox()
        self.length.setRange(5, 400)
        self.length.setValue(40)
        self.length.setToolTip(translate("Experiment", "Your input repeated to this many steps; the only target is at "
                                                       "the end"))
        controls.addWidget(self.length)
        controls.addWidget(QLabel(translate("Experiment", "seed")))
        self.seed = QSpinBox()
        self.seed.setRange(0, 9999)
        self.seed.setToolTip(translate("Experiment", "The seed of the fresh RNN, LSTM and GRU"))
        controls.addWidget(self.seed)
        self.yours = QCheckBox(translate("Experiment", "add the open model"))
        self.yours.setChecked(True)
        self.yours.setToolTip(translate("Experiment", "Also run your model (with your weights) — edit them and watch "
                                                      "its line move"))
        controls.addWidget(self.yours)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.plot = LogCurves(
            translate("Experiment", "gradient reaching back d steps from the loss, relative to d = 0"),
            translate("Experiment", "distance d from the loss (steps back)"), legend_offset=(10, -10))
        layout.addWidget(self.plot, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        layout.addWidget(self.summary)
        self._session = None
        for box in (self.length, self.seed):
            box.valueChanged.connect(lambda _: self._rerun())
        self.yours.toggled.connect(lambda _: self._rerun())

    def _rerun(self) -> None:
        if self._session is not None:
            self.update_from(self._session)

    # --- Public API ---------------------------------------------------------------------------------

    def update_from(self, session) -> None:
        """Run the experiment for the session's sizes and input (skipped when nothing it reads changed)."""
        self._session = session
        model = session.model
        yours = self.yours.isChecked()
        key = (tuple(model.vocab), model.hidden_size, tuple(session.inputs()), self.length.value(),
               self.seed.value(), yours, session.revision if yours else None, theme.current().name)
        if key == self._key:
            return
        self._key = key
        inputs, targets = experiment_sequence(session.inputs(), self.length.value())
        models = {translate("Experiment", NAMES[c]): m
                  for c, m in experiment_models(model.vocab, model.hidden_size, self.seed.value()).items()}
        your_label = translate("Experiment", "your {cell}").format(cell=translate("Experiment", NAMES[model.cell]))
        if yours:
            models[your_label] = model
        with np.errstate(all="ignore"):  # overflow in a deliberately broken model is a result to show
            self.curves = long_dependency(models, inputs, targets)
        lines, names = [], {}
        for curve in self.curves:
            own = curve.label == your_label
            colour = COLOURS["yours"] if own else COLOURS[curve.cell]
            label = f"{curve.label} ‖∂L/∂{curve.state}‖"
            factor = curve.factor_per_step(min(20, len(curve.norms) - 1))
            names[label] = translate("Experiment", "{curve}  ×{factor} per step").format(curve=label,
                                                                                          factor=num(factor))
            lines.append((label, np.arange(len(curve.norms)), curve.relative, colour,
                          curve.state == "h" and curve.cell in ("lstm", "peephole_lstm")))
        self.plot.set_curves(lines, None, (0, self.length.value() - 1))
        for label, text in names.items():
            self.plot.set_label(label, text)
        token = model.vocab[int(inputs[0])]
        self.summary.setText(translate(
            "Experiment", "Your input repeated to {steps} steps; the only target, at the end, is the first token "
            "<b>{token}</b>. A line that stays high: the gradient still arrives from that far back.").format(
                steps=self.length.value(), token=html.escape(token)))
        self.summary.setToolTip(translate(
            "Experiment", "The LSTM's cell state carries the gradient through ∂cₜ/∂cₜ₋₁ = fₜ (the constant error "
            "carousel): with f near 1 it barely shrinks. The RNN multiplies it by W_hhᵀ diag(tanh′) at every step, "
            "so it shrinks (or grows) geometrically. “per step” is the average factor over the first 20 steps back."))

