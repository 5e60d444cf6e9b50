"""The long-term-dependency experiment of the slides as a picture: the same long sequence through a fresh
Elman RNN, LSTM and GRU of the open model's sizes (and, if asked, through the open model itself), the
loss only at the last step, and how the gradient of the state shrinks with the distance from the loss.

The constant error carousel is drawn too: for the LSTM (the open one when it is an LSTM, else the fresh
one), the dotted line Π fₜ is what the cell state's gradient would keep with nothing but the carousel.
The legend sits below the chart, where it cannot cover the curves.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QSplitter, QVBoxLayout, QWidget

from lstm_studio.app.common import theme
from lstm_studio.app.common.flow_layout import FlowLayout
from lstm_studio.app.common.i18n import translate
from lstm_studio.app.common.widgets import DASHED, SOLID, VerticalScroll, legend_html
from lstm_studio.app.gradients.plots import LogCurves
from lstm_studio.engine import forward
from lstm_studio.engine.analysis import experiment_models, experiment_sequence, long_dependency
from lstm_studio.engine.notation import num
from lstm_studio.explain.gradient_flow import carousel

#: The cells' names, translated where they are shown.
NAMES = {"rnn": "RNN", "lstm": "LSTM", "gru": "GRU", "peephole_lstm": QT_TRANSLATE_NOOP("Experiment", "peephole LSTM")}
#: How a line of the legend draws each style.
_SAMPLES = {"solid": SOLID, "dash": DASHED, "dot": "┈┈┈"}


class ExperimentView(QWidget):
    """Controls (length, seed, whether to add the open model) and the chart; ``update_from(session)``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._key = None
        self.curves = []
        self.lines: list[tuple[str, np.ndarray, np.ndarray, str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        controls = FlowLayout(spacing=6)  # a narrow panel (a laptop at 150 %) puts the check box below
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
        layout.addLayout(controls)
        self.plot = LogCurves(
            translate("Experiment", "gradient reaching back d steps from the loss, relative to d = 0"),
            translate("Experiment", "distance d from the loss (steps back)"), legend=False)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.RichText)
        self.legend.setWordWrap(True)
        self.legend.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        words = QWidget()
        words_box = QVBoxLayout(words)
        words_box.setContentsMargins(0, 0, 0, 0)
        words_box.addWidget(self.legend)
        words_box.addWidget(self.summary)
        # the chart takes the height; the legend and the summary scroll when the page is short
        page = QSplitter(Qt.Vertical)
        page.setChildrenCollapsible(False)
        page.addWidget(self.plot)
        page.addWidget(VerticalScroll(words))
        page.setStretchFactor(0, 3)
        page.setStretchFactor(1, 2)
        layout.addWidget(page, 1)
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
        th = theme.current()
        inputs, targets = experiment_sequence(session.inputs(), self.length.value())
        models = {translate("Experiment", NAMES[c]): m
                  for c, m in experiment_models(model.vocab, model.hidden_size, self.seed.value()).items()}
        your_label = translate("Experiment", "your {cell}").format(cell=translate("Experiment", NAMES[model.cell]))
        if yours:
            models[your_label] = model
        with np.errstate(all="ignore"):  # overflow in a deliberately broken model is a result to show
            self.curves = long_dependency(models, inputs, targets)
        self.lines, texts = [], {}
        for curve in self.curves:
            own = curve.label == your_label
            colour = th.foreground if own else theme.CELL_COLOURS[curve.cell]
            label = f"{curve.label} ‖∂L/∂{curve.state}‖"
            factor = curve.factor_per_step(min(20, len(curve.norms) - 1))
            texts[label] = translate("Experiment", "{curve}  ×{factor} per step").format(curve=label,
                                                                                          factor=num(factor))
            style = "dash" if curve.state == "h" and curve.cell in ("lstm", "peephole_lstm") else "solid"
            self.lines.append((label, np.arange(len(curve.norms)), curve.relative, colour, style))
        notes = []
        carrier = next((name for name in reversed(models) if models[name].spec.has_c), None)
        if carrier is not None:
            with np.errstate(all="ignore"):
                kept = carousel(models[carrier], forward(models[carrier], inputs))
            colour = th.foreground if carrier == your_label else theme.CELL_COLOURS["lstm"]
            label = translate("Experiment", "{cell}: the carousel alone, Π fₜ").format(cell=carrier)
            texts[label] = label
            self.lines.append((label, np.arange(len(kept)), kept, colour, "dot"))
            notes.append((translate("Experiment", "constant error carousel"), float(len(kept) - 1), float(kept[-1]),
                          colour))
        self.plot.set_curves(self.lines, None, (0, self.length.value() - 1))
        self.plot.annotate(notes)
        self.legend.setText(legend_html([(colour, _SAMPLES[style], texts[label])
                                          for label, _, _, colour, style in self.lines]))
        token = model.vocab[int(inputs[0])]
        self.summary.setText(translate(
            "Experiment", "Your input repeated to {steps} steps; the only target is at the end: the first token "
            "<b>{token}</b>. A high line: the gradient still arrives from that far back. The RNN multiplies it by "
            "W_hhᵀ diag(tanh′) at every step; the LSTM's cell state only by fₜ — the <b>constant error "
            "carousel</b> (dotted). A fresh LSTM has b_f = 1 (f ≈ 0.73), so its carousel fades too: try "
            "“Vanishing vs the carousel”.").format(steps=self.length.value(), token=html.escape(token)))
        self.summary.setToolTip(translate("Experiment",
                                          "“per step” is the average factor over the first 20 steps back."))
