"""The cell diagram panel (``--panel cell``): the chosen cell drawn in colah's style with the live values
of one unit at the current step on its wires, the gates tinted by how open they are, and, for the
element clicked, its equation (rendered by the symbolic layer), the same with the numbers filled in, and
a local derivative evaluated by the symbolic layer. Warnings for the shown step sit underneath.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QWidget,
)

from lstm_studio.app.common import symbolic_process, theme
from lstm_studio.app.common.background import Jobs
from lstm_studio.app.common.flow_layout import FlowLayout
from lstm_studio.app.common.focus_controls import add_focus_controls, focused_step, sync_focus_controls
from lstm_studio.app.common.i18n import shown, translate
from lstm_studio.app.common.latex_label import LatexLabel
from lstm_studio.app.common.live import LivePanel
from lstm_studio.app.common.warning_strip import WarningStrip
from lstm_studio.app.common.widgets import Settle, vertical
from lstm_studio.app.inside.diagram_scene import CIVIDIS, DiagramScene, DiagramView
from lstm_studio.document.session import Session
from lstm_studio.engine import OPTIONS
from lstm_studio.explain import symbolic_service
from lstm_studio.explain.cell_layouts import Layout, layout
from lstm_studio.explain.diagram_text import describe, reading_order
from lstm_studio.explain.focus import Focus
from lstm_studio.explain.teacher_warnings import TeacherWarning, at_step
from lstm_studio.explain.unit_numbers import UnitStep, input_note, number_lines, wire_values
from lstm_studio.symbolic import ahead

#: The local derivative the info area shows for an element's equation: (of, wrt, entry kind, caption); the
#: captions are translated where they are shown.
DERIVATIVES = {
    "c": ("c_t", "c_{t-1}", "jj", QT_TRANSLATE_NOOP("CellPanel", "the constant error carousel: how cₜ moves with "
                                                                 "cₜ₋₁ (one step back)")),
    "h": ("h_t", "h_{t-1}", "jj", QT_TRANSLATE_NOOP("CellPanel", "how hₜ moves with hₜ₋₁ (one step back, everything "
                                                                 "else held fixed)")),
    "f": ("h_t", "b_f", "j", QT_TRANSLATE_NOOP("CellPanel", "how hₜ moves with the forget gate's bias")),
    "i": ("h_t", "b_i", "j", QT_TRANSLATE_NOOP("CellPanel", "how hₜ moves with the input gate's bias")),
    "g": ("h_t", "b_c", "j", QT_TRANSLATE_NOOP("CellPanel", "how hₜ moves with the candidate's bias")),
    "o": ("h_t", "b_o", "j", QT_TRANSLATE_NOOP("CellPanel", "how hₜ moves with the output gate's bias")),
    "z": ("h_t", "b_z", "j", QT_TRANSLATE_NOOP("CellPanel", "how hₜ moves with the update gate's bias")),
    "r": ("h_t", "b_r", "j", QT_TRANSLATE_NOOP("CellPanel", "how hₜ moves with the reset gate's bias")),
    "h_tilde": ("h_t", "b_h", "j", QT_TRANSLATE_NOOP("CellPanel", "how hₜ moves with the candidate's bias")),
    "n": ("h_t", "b_hn", "j", QT_TRANSLATE_NOOP("CellPanel", "how hₜ moves with b_hn")),
}
#: Which diagram element a warning about a quantity marks.
WARNED_NODE = {"f": "box_f", "i": "box_i", "g": "box_g", "o": "box_o", "z": "box_z", "r": "box_r",
               "h_tilde": "box_h_tilde", "c": "box_tanh_c"}
#: While numbers keep changing (a slider drag) the symbolic derivative waits until they rest this long.
SETTLE_MS = 150
HINT = QT_TRANSLATE_NOOP("CellPanel", "Click any box or wire to see its equation, the same with the numbers of unit "
                                      "j at this step, and a local derivative from the symbolic layer.")


def _legend() -> QPixmap:
    image = QImage(90, 12, QImage.Format_RGB32)
    for x in range(90):
        colour = CIVIDIS.map(x / 89, mode="qcolor")
        for y in range(12):
            image.setPixelColor(x, y, colour)
    return QPixmap.fromImage(image)


def _symbolic_equations(spec) -> dict[str, str]:
    return dict(ahead.cell_equations(spec, "unit"))


def _derivative_latex(spec, model, inputs, t: int, of: str, wrt: str, entry: tuple) -> str:
    """The local derivative with the model's numbers (on a worker): from the formulas written ahead, in
    about a millisecond here; the symbolic process only for a cell they do not hold."""
    if ahead.written_ahead(model.spec):
        with np.errstate(all="ignore"):
            return ahead.derivative(model.spec, of, wrt).evaluate(model, list(inputs), t, tuple(entry)).latex_numeric
    return symbolic_process.call("derivative_numeric", symbolic_service.model_data(model),
                                 [int(i) for i in inputs], t, of, wrt, list(entry))


class CellDiagramPanel(LivePanel):
    """See the module docstring. ``focus`` (shared with the equations panel) holds the unit and layer."""

    def __init__(self, session: Session, focus: Focus | None = None, parent=None) -> None:
        super().__init__(session, focus or Focus(), parent)
        self.jobs = Jobs(self)
        self.layout_: Layout | None = None
        self._shape = None
        self._equations: dict[str, str] = {}
        self._equations_spec = None
        self.unit_step: UnitStep | None = None
        self.warnings: list[TeacherWarning] = []
        self._derivative_request = None
        self._derivative_settle = Settle(self, SETTLE_MS, self._submit_derivative)

        outer = vertical(self, (6, 4, 6, 4), 4)
        controls = FlowLayout(spacing=6)  # wraps at 150 % on a laptop rather than widen the middle
        self.unit, self.layer, self.layer_label = add_focus_controls(
            controls, self, translate("CellPanel", "Which hidden unit's numbers the diagram shows"),
            translate("CellPanel", "Which layer (and direction) of a stacked or bidirectional model to draw"))
        self.where = QLabel()
        controls.addWidget(self.where)
        # The diagram's elements and their values as a list a screen reader reads (and a keyboard picks).
        self.elements = QComboBox()
        self.elements.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.elements.setMinimumContentsLength(16)
        self.elements.setPlaceholderText(translate("CellDiagramPanel", "element…"))
        self.elements.setAccessibleName(translate("CellDiagramPanel", "Diagram element"))
        self.elements.setToolTip(translate(
            "CellDiagramPanel", "Every box and wire of the diagram with its value; choose one to see its equation"))
        self.elements.activated.connect(self._element_chosen)
        controls.addWidget(self.elements)
        legend = QLabel()
        legend.setPixmap(_legend())
        legend.setToolTip(translate("CellPanel", "σ gates are tinted by how open they are: dark = closed (0), yellow "
                                                 "= open (1); tanh layers on blue (−1) – grey (0) – yellow (+1)"))
        self.legend_text = QLabel(translate("CellPanel", "gate closed"))
        key = QWidget()  # "gate closed ▬ open" wraps as one piece
        key_row = QHBoxLayout(key)
        key_row.setContentsMargins(0, 0, 0, 0)
        key_row.addWidget(self.legend_text)
        key_row.addWidget(legend)
        key_row.addWidget(QLabel(translate("CellPanel", "open")))
        controls.addWidget(key)
        outer.addLayout(controls)
        self.convention = QLabel()
        self.convention.setObjectName("muted")
        self.convention.setWordWrap(True)
        outer.addWidget(self.convention)

        self.scene = DiagramScene(self)
        self.view = DiagramView(self.scene)
        self.view.sig_clicked.connect(self.select)
        self.view.sig_moved.connect(self._describe_selected)
        self.view.setAccessibleName(translate("CellDiagramPanel", "Cell diagram"))

        self.info = QFrame()
        self.info.setFrameShape(QFrame.StyledPanel)
        info = vertical(self.info, (8, 4, 8, 4), 2)
        self.info_title = QLabel()
        self.info_title.setWordWrap(True)
        self.info_title.setTextFormat(Qt.RichText)
        info.addWidget(self.info_title)
        self.equation = LatexLabel(self.jobs)
        info.addWidget(self.equation)
        self.numbers = QLabel()
        self.numbers.setObjectName("equations")
        self.numbers.setWordWrap(True)
        self.numbers.setTextFormat(Qt.RichText)
        self.numbers.setTextInteractionFlags(Qt.TextSelectableByMouse)
        info.addWidget(self.numbers)
        self.derivative_caption = QLabel()
        self.derivative_caption.setObjectName("muted")
        self.derivative_caption.setWordWrap(True)
        info.addWidget(self.derivative_caption)
        self.derivative = LatexLabel(self.jobs, scale=0.9)
        info.addWidget(self.derivative)
        # The details scroll below the diagram, which keeps most of the height: laid out in one column,
        # a long formula squeezed the diagram to a thumbnail and cut the last line of the details.
        details = QScrollArea()
        details.setWidget(self.info)
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.NoFrame)
        details.setAccessibleName(translate("CellDiagramPanel", "The chosen element: equation, numbers, derivative"))
        self.split = QSplitter(Qt.Vertical)
        self.split.addWidget(self.view)
        self.split.addWidget(details)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([600, 260])
        outer.addWidget(self.split, 1)
        self.strip = WarningStrip()
        outer.addWidget(self.strip)

    # --- Public API ---------------------------------------------------------------------------------

    def select(self, key: str) -> None:
        """Show the element ``key``'s equation (a click on the diagram does this)."""
        self.scene.select(key)
        self._describe_selected()
        self._show_info()

    def element_texts(self) -> list[str]:
        """Every element of the diagram in reading order with its present value, as the list shows them."""
        return [self.elements.itemText(i) for i in range(self.elements.count())]

    @property
    def selected(self) -> str | None:
        return self.scene.selected

    def label_text(self, key: str) -> str:
        """The text written on wire ``key`` (for tests)."""
        return self.scene.labels[key].text.text()

    # --- LivePanel ----------------------------------------------------------------------------------

    def rebuild(self) -> None:
        model = self.session.model
        sync_focus_controls(self.unit, self.layer, self.layer_label, self.focus, model)
        self._show_convention(model.spec)
        self._rebuild_scene()
        if self._equations_spec != model.spec:
            self._equations = {}
            self._equations_spec = model.spec
            spec = model.spec
            self.jobs.submit("equations", lambda: _symbolic_equations(spec), self._equations_ready)

    def show_values(self) -> None:
        model = self.session.model
        if (self.focus.layer, self.focus.k) != self._shape[1:3]:
            self._rebuild_scene()
        us, self.warnings = focused_step(self)
        self.unit_step = us
        if us is None:
            self.where.setText("  " + translate("CellPanel", "type an input sequence to see the cell at work"))
            self.scene.show_symbols()
            self._describe_elements()
            self.numbers.setText("")
            self.strip.set_warnings([])
            return
        t = us.t
        here = at_step(self.warnings, t, us.layer, us.k)
        warned = {}
        for w in here:
            if w.unit == us.unit and w.quantity in WARNED_NODE:
                warned[WARNED_NODE[w.quantity]] = shown(w.message)
            elif w.unit == us.unit and w.quantity == "h" and model.cell == "rnn":
                warned["act"] = shown(w.message)
        token = us.token
        x_text = (translate("CellPanel", "xₜ = {token} (one-hot)").format(token=token) if token is not None
                  else translate("CellPanel", "xₜ = h of layer {layer}").format(layer=us.layer))
        self.scene.set_values(wire_values(us), x_text, warned)
        self._describe_elements()
        if model.bidirectional:
            layer = (translate("CellPanel", "layer {layer} backward, ") if us.reverse
                     else translate("CellPanel", "layer {layer} forward, "))
        else:
            layer = translate("CellPanel", "layer {layer}, ") if model.layers > 1 else ""
        where = (translate("CellPanel", "step <b>t = {t}</b> of {steps}, input <b>{token}</b>, unit <b>j = {unit}</b>")
                 if token is not None else
                 translate("CellPanel", "step <b>t = {t}</b> of {steps}, unit <b>j = {unit}</b>"))
        self.where.setText("  " + layer.format(layer=us.layer + 1) + where.format(
            t=t + 1, steps=self.session.steps, token=html.escape(token or ""), unit=us.unit + 1))
        self.strip.set_warnings(here, translate("CellPanel", "At t = {t}:").format(t=t + 1))
        self._show_info()

    # --- internals ----------------------------------------------------------------------------------

    def _element_chosen(self, index: int) -> None:
        self.select(self.elements.itemData(index))

    def _describe_elements(self) -> None:
        """Fill the element list with every element's description at the present values."""
        layout_ = self.layout_
        with QSignalBlocker(self.elements):
            self.elements.clear()
            for key in reading_order(layout_):
                self.elements.addItem(shown(describe(layout_, key, self.scene.values)), key)
        self._describe_selected()

    def _describe_selected(self, *_) -> None:
        """The list and the diagram's accessible description follow the outlined element."""
        key = self.scene.selected
        with QSignalBlocker(self.elements):
            self.elements.setCurrentIndex(self.elements.findData(key) if key else -1)
        text = shown(describe(self.layout_, key, self.scene.values)) if key and self.layout_ else ""
        self.view.setAccessibleDescription(text or translate(
            "CellDiagramPanel", "arrow keys choose a box or wire, Enter shows its equation"))

    def _rebuild_scene(self) -> None:
        model = self.session.model
        reverse = bool(self.focus.k)
        key = (model.spec, self.focus.layer, self.focus.k, theme.current().name)
        if key == self._shape:
            return
        self._shape = key
        self.layout_ = layout(model.spec, reverse)
        if self.scene.selected not in self.layout_.keys:
            self.scene.selected = None
        self.scene.build(self.layout_)
        self.view.fit()
        self._describe_elements()

    def _show_convention(self, spec) -> None:
        """Name the cell and the conventions drawn (textbooks disagree; hover for what each one means)."""
        words = {
            ("gru", "reset", "before"): translate("CellPanel", "reset before: r multiplies hₜ₋₁ inside the candidate "
                                                               "(Cho 2014, colah)"),
            ("gru", "reset", "after"): translate("CellPanel", "reset after: r multiplies U_h hₜ₋₁ + b_hn (cuDNN, "
                                                              "PyTorch)"),
            ("gru", "reset", "none"): translate("CellPanel", "no reset gate (the simplified GRU, r ≡ 1)"),
            ("gru", "update", "z_takes_new"): translate("CellPanel", "z weighs the candidate: h = (1 − z) hₜ₋₁ + z h̃ "
                                                                     "(colah)"),
            ("gru", "update", "z_keeps_old"): translate("CellPanel", "z weighs the old state: h = z hₜ₋₁ + (1 − z) h̃ "
                                                                     "(PyTorch)"),
            ("peephole_lstm", "peephole", "diagonal"): translate("CellPanel", "diagonal peepholes: each gate sees its "
                                                                              "own unit's c"),
            ("peephole_lstm", "peephole", "full"): translate("CellPanel", "full peepholes: the gates see all of c "
                                                                          "through a matrix P"),
            ("rnn", "activation", "tanh"): "φ = tanh",
            ("rnn", "activation", "relu"): translate("CellPanel", "φ = relu (unbounded)"),
        }
        names = {"rnn": translate("ModelPanel", "Elman RNN"), "lstm": "LSTM",
                 "peephole_lstm": translate("ModelPanel", "Peephole LSTM"), "gru": "GRU"}
        parts = [words[(spec.cell, k, v)] for k, v in spec.options if (spec.cell, k, v) in words]
        self.convention.setText(f"{names[spec.cell]}" + (" — " + "; ".join(parts) if parts else
                                                         " " + translate("CellPanel", "(colah's “Understanding LSTM "
                                                                                      "Networks” layout)")))
        self.convention.setToolTip("\n".join(translate("CellOptions", OPTIONS[spec.cell][k][2])
                                             for k, _ in spec.options))

    def _equations_ready(self, equations: dict) -> None:
        self._equations = equations
        self._show_info()

    def _show_info(self) -> None:
        key = self.scene.selected
        us = self.unit_step
        if self.layout_ is None:
            return
        parts = (self.equation, self.numbers, self.derivative_caption, self.derivative)
        for part in parts:
            part.setVisible(key is not None)
        if key is None:
            self.info_title.setText(f"<span style='color:{theme.current().muted}'>"
                                    f"{translate('CellPanel', HINT)}</span>")
            return
        element = self.layout_.element(key)
        name = element.equation
        th = theme.current()
        self.info_title.setText(f"<b>{html.escape(translate('CellDiagram', element.title))}</b>"
                                f"<span style='color:{th.muted}'> — "
                                + translate("CellPanel", "click any box or wire") + "</span>")
        if name == "x":
            self.equation.set_latex(None, "")
            self.numbers.setText(shown(input_note(us)) if us is not None else "")
            self.derivative_caption.setText("")
            self.derivative.set_latex(None, "")
            return
        self.equation.set_latex(self._equations.get(name), translate("CellPanel", "<i>rendering the equation…</i>"))
        if us is None:
            self.numbers.setText("")
            return
        text = shown(number_lines(us).get(name, ""))
        if name in ("f", "i", "g", "o", "z", "r", "h_tilde") or (name == "h" and us.model.cell == "rnn"):
            text += f"<br><span style='color:{th.muted}'>{shown(input_note(us))}</span>"
        self.numbers.setText(translate("CellPanel", "with the numbers (t = {t}, j = {unit}):").format(
            t=us.t + 1, unit=us.unit + 1) + f"<br>{text}")
        self._request_derivative(us, name)

    def _request_derivative(self, us: UnitStep, name: str) -> None:
        spec = us.model.spec
        wanted = DERIVATIVES.get(name)
        if wanted is None or (name == "c" and not spec.has_c) or us.layer or us.k:
            self.derivative_caption.setText("" if wanted is None else translate(
                "CellPanel", "(local derivatives are shown for layer 1, forward direction)"))
            self.derivative.set_latex(None, "")
            return
        of, wrt, kind, caption = wanted
        j = us.unit + 1
        entry = (j, j) if kind == "jj" else (j,)
        model = us.model.copy()
        inputs = list(us.inputs)
        t = us.t + 1
        self.derivative_caption.setText(translate("CellPanel", "Local derivative from the symbolic layer, {caption} "
                                                               "— at t = {t}, j = {unit}:").format(
            caption=translate("CellPanel", caption), t=t, unit=j))
        request = (spec, model, inputs, t, of, wrt, entry)
        moved = self._derivative_request is None or self._derivative_request[3:] != request[3:]
        self._derivative_request = request
        self._derivative_settle.request(moved)

    def _submit_derivative(self) -> None:
        request = self._derivative_request
        self.jobs.submit("derivative", lambda: _derivative_latex(*request),
                         lambda latex: self.derivative.set_latex(latex, translate("CellPanel",
                                                                                  "<i>rendering…</i>")),
                         lambda err: self.derivative.set_latex(None, html.escape(str(err))))
