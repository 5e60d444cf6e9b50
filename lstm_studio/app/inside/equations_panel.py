"""The equations panel (``--panel equations``): the chosen cell's equations rendered by the symbolic layer,
each followed by the same equation with the numbers of the selected unit at the current step. The
rendering runs on a worker once per cell and form; the numbers are plain text and follow every edit
(a weight being dragged) within the frame.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lstm_studio.app.common import theme
from lstm_studio.app.common.background import Jobs, Turns
from lstm_studio.app.common.flow_layout import FlowLayout
from lstm_studio.app.common.focus_controls import add_focus_controls, focused_step, sync_focus_controls
from lstm_studio.app.common.i18n import shown, translate
from lstm_studio.app.common.latex_label import LatexLabel
from lstm_studio.app.common.live import LivePanel
from lstm_studio.app.common.widgets import vertical
from lstm_studio.document.session import Session
from lstm_studio.explain.focus import Focus
from lstm_studio.explain.teacher_warnings import TeacherWarning, at_step
from lstm_studio.explain.unit_numbers import UnitStep, input_note, number_lines, output_lines
from lstm_studio.symbolic import ahead

#: form -> its name, translated where it is shown
FORMS = {
    "unit": QT_TRANSLATE_NOOP("EquationsPanel", "one unit j (sums over k)"),
    "vector": QT_TRANSLATE_NOOP("EquationsPanel", "vectors (⊙ element-wise)"),
    "stacked": QT_TRANSLATE_NOOP("EquationsPanel", "gates stacked: W·[h, x]"),
}
GATE_ORDER = ("f", "i", "g", "c", "o", "z", "r", "n", "h_tilde", "h")
OUTPUT = ("logits", "softmax")


def _symbolic(spec, form: str) -> list[tuple[str, str]]:
    """The cell's equations in ``form`` and the output layer's, as written ahead of time."""
    output = dict(ahead.loss_latex())
    return ahead.cell_equations(spec, form) + [(name, output[name]) for name in OUTPUT]


class _Row(QFrame):
    """One equation: the rendered formula and, under it, the numbers."""

    def __init__(self, jobs: Jobs, name: str) -> None:
        super().__init__()
        self.name = name
        layout = vertical(self, (4, 4, 4, 6), 1)
        self.formula = LatexLabel(jobs)
        layout.addWidget(self.formula)
        self.numbers = QLabel()
        self.numbers.setObjectName("equations")
        self.numbers.setTextFormat(Qt.RichText)
        self.numbers.setWordWrap(True)
        self.numbers.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.numbers.setContentsMargins(18, 0, 0, 0)
        layout.addWidget(self.numbers)


class EquationsPanel(LivePanel):
    """See the module docstring. ``focus`` (shared with the cell diagram) holds the unit and layer."""

    def __init__(self, session: Session, focus: Focus | None = None, parent=None) -> None:
        super().__init__(session, focus or Focus(), parent)
        self.jobs = Jobs(self)
        self.rows: dict[str, _Row] = {}
        self._shape = None
        self.warnings: list[TeacherWarning] = []
        self.unit_step: UnitStep | None = None
        self._building: Turns | None = None

        outer = vertical(self, (6, 4, 6, 4), 4)
        controls = FlowLayout(spacing=6)  # wraps at 150 % on a laptop rather than widen the middle
        controls.addWidget(QLabel(translate("EquationsPanel", "Form")))
        self.form = QComboBox()
        for key, text in FORMS.items():
            self.form.addItem(translate("EquationsPanel", text), key)
        self.form.setToolTip(translate("EquationsPanel", "How the equations are written: for one unit j, in vectors, "
                                                         "or with the gates stacked into one matrix applied to "
                                                         "[hₜ₋₁; xₜ], the concatenated form W·[hₜ₋₁, xₜ]"))
        self.form.activated.connect(lambda _: self.mark("structure"))
        controls.addWidget(self.form)
        self.unit, self.layer, self.layer_label = add_focus_controls(
            controls, self, translate("EquationsPanel", "Whose numbers fill in the equations"))
        self.where = QLabel()
        controls.addWidget(self.where)
        outer.addLayout(controls)

        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.RichText)
        outer.addWidget(self.note)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(2)
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)

    # --- Public API ---------------------------------------------------------------------------------

    @property
    def form_key(self) -> str:
        return self.form.currentData()

    def set_form(self, form: str) -> None:
        self.form.setCurrentIndex(list(FORMS).index(form))
        self.mark("structure")

    def numbers_of(self, name: str) -> str:
        """The numbers line under equation ``name`` (HTML; for tests)."""
        return self.rows[name].numbers.text()

    # --- LivePanel ----------------------------------------------------------------------------------

    def rebuild(self) -> None:
        model = self.session.model
        sync_focus_controls(self.unit, self.layer, self.layer_label, self.focus, model)
        key = (model.spec, self.form_key, theme.current().name)
        if key == self._shape:
            return
        self._shape = key
        self._stop_building()
        while self.body_layout.count():
            widget = self.body_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        spec, form = model.spec, self.form_key
        # Written ahead of time (microseconds) and set by the fast typesetter (a millisecond each): shown in
        # this update's frame, with no worker's round trip (docs/performance.md, "Formulas final at once").
        self._equations_ahead(spec, form)

    def _equations_ahead(self, spec, form: str) -> None:
        try:
            equations = _symbolic(spec, form)
        except Exception as err:  # (a cell not written ahead goes to sympy, which may fail)
            self.note.setText(translate("EquationsPanel", "The equations could not be derived: {error}").format(
                error=html.escape(str(err))))
            return
        self._equations_ready(equations)

    def show_values(self) -> None:
        us, self.warnings = focused_step(self)
        self.unit_step = us
        if us is None:
            self.where.setText("  " + translate("EquationsPanel", "type an input sequence to fill in the numbers"))
            self.note.setText("")
            for row in self.rows.values():
                row.numbers.setText("")
            return
        t = us.t
        where = (translate("EquationsPanel", "numbers at <b>t = {t}</b>, input <b>{token}</b>, unit <b>j = {unit}</b>")
                 if us.token is not None else translate("EquationsPanel", "numbers at <b>t = {t}</b>, unit <b>j = "
                                                                          "{unit}</b>"))
        self.where.setText("  " + where.format(t=t + 1, token=html.escape(us.token or ""), unit=us.unit + 1))
        self.note.setText(shown(input_note(us)) + " " + translate(
            "EquationsPanel", "Unit j needs only row j of each matrix: the Σₖ sums run along that row, and "
            "everything after them (⊙) goes unit by unit."))
        self._fill(us)

    # --- internals ----------------------------------------------------------------------------------

    def _equations_ready(self, equations: list[tuple[str, str]]) -> None:
        self._stop_building()
        self._building = Turns(self, self._make_rows(equations))

    def _make_rows(self, equations: list[tuple[str, str]]):
        """A row per turn of the event loop (a row with its formula set takes 3-7 ms; eight in one
        callback stalled the window); ``rows`` holds them once they are all made, and then their numbers
        are filled in (docs/performance.md)."""
        built: dict[str, _Row] = {}
        for name, latex in equations:
            row = _Row(self.jobs, name)
            row.formula.set_latex(latex, translate("EquationsPanel", "<i>rendering…</i>"))
            self.body_layout.addWidget(row)
            built[name] = row
            yield
        self.body_layout.addStretch(1)
        self.rows = built
        if self.unit_step is not None:
            self._fill(self.unit_step)

    def _stop_building(self) -> None:
        if self._building is not None:
            self._building.cancel()
            self._building = None

    def _fill(self, us: UnitStep) -> None:
        if not self.rows:
            return
        lines = {name: shown(line) for name, line in number_lines(us).items()}
        out = output_lines(us.model, us.trace, us.t)
        lines.update({"logits": out["y"], "softmax": shown(out["p"])})
        if "stacked" in self.rows:
            inside = [n for n in GATE_ORDER if n in lines and n not in self.rows]
            lines["stacked"] = "<br>".join(lines[n] for n in inside)
        here = at_step(self.warnings, us.t, us.layer, us.k, us.unit)
        marks = {w.quantity: shown(w.message) for w in here if w.unit is not None}
        th = theme.current()
        for name, row in self.rows.items():
            text = lines.get(name, "")
            flagged = [m for q, m in marks.items() if q == name or (name == "stacked" and q in lines)]
            if flagged:
                text += "".join(f"<br><span style='color:{th.bad}'>⚠ {html.escape(m)}</span>" for m in flagged)
            row.numbers.setText(text)
