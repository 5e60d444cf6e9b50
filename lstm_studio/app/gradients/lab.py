"""The gradient lab (``--panel gradients``). Choose a parameter entry: its sympy-derived local derivative
rendered, the same with the numbers of the current step, and dL/dθ three ways — BPTT (the engine),
central finite differences, and the sum over steps composed from the formulas. Beside it: dL/dW of the
chosen matrix, each step's part of the gradient (time × parameter), ‖dL/dh_t‖ and ‖dL/dc_t‖ on a log
axis with the norms of the Jacobian products ∂h_t/∂h_k, the eigenvalues of the RNN's W_hh, and the
RNN / LSTM / GRU experiment.

The lab says what the plots show (:mod:`lstm_studio.explain.gradient_flow`): how much each step back
keeps of the gradient and why — W_hh's eigenvalues, the activation's slope (saturated steps are shaded),
the constant error carousel — and offers ready demos one click away
(:mod:`lstm_studio.explain.gradient_demos`), each an undoable change of the open model.

The story (the formulas, their numbers, the sum over steps) is read from the formulas written ahead of
time: a small one is told in the window right after the update that asks for it (a few milliseconds), a
large one by the symbolic process, as large models' finite differences run on a worker; everything else
is NumPy on the gradients the session already caches, within the frame.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from lstm_studio.app.common import symbolic_process, theme
from lstm_studio.app.common.background import Jobs, soon
from lstm_studio.app.common.flow_layout import FlowLayout
from lstm_studio.app.common.i18n import shown, shown_error, translate
from lstm_studio.app.common.latex_label import LatexLabel
from lstm_studio.app.common.live import LivePanel
from lstm_studio.app.common.tab_strip import TabStrip
from lstm_studio.app.common.warning_strip import WarningStrip
from lstm_studio.app.common.widgets import Settle, VerticalScroll, vertical
from lstm_studio.app.gradients.experiment import ExperimentView
from lstm_studio.app.gradients.plots import ContributionMap, EigenPlot, LogCurves, MatrixHeatMap
from lstm_studio.document.session import Session
from lstm_studio.engine import layer_suffix, relative_error
from lstm_studio.engine.analysis import (
    contribution_norms,
    eigenvalues,
    finite_difference,
    jacobian_products,
    model_factors,
    state_gradient_norms,
    step_jacobians,
)
from lstm_studio.engine.notation import num, sub
from lstm_studio.explain import symbolic_service
from lstm_studio.explain.gradient_demos import DEMOS
from lstm_studio.explain.gradient_flow import SATURATED, flow, saturated_runs, verdict
from lstm_studio.explain.gradient_formula import GradientStory, locate, story, story_from_data
from lstm_studio.explain.teacher_warnings import of_evaluation
from lstm_studio.symbolic import ahead

#: Above this much work (steps × units² × gates) the finite differences run on the worker, once the
#: numbers rest (like the symbolic part).
SYNC_FD_WORK = 200_000
#: While numbers keep changing (a slider drag) the symbolic part waits until they rest this long: a story
#: told in the window's process shares its interpreter with the window.
SETTLE_MS = 150
MAX_TABLE_ROWS = 8
PAGES = ("explained", "steps", "time", "eigen", "experiment")


def axis_labels(model, name: str, shape: tuple) -> tuple[list[str], list[str]]:
    """Row and column labels of a parameter: output tokens for W_hy and b_y, units for the cell's rows;
    input tokens for the first layer's input weights, h₁… for recurrent ones, c₁… for full peepholes."""
    units = [str(r + 1) for r in range(shape[0])]
    if name in ("W_hy", "b_y"):
        rows = list(model.vocab)
        return rows, ([f"h{sub(c + 1)}" for c in range(shape[1])] if len(shape) == 2 else [""])
    if len(shape) == 1:
        return units, [""]
    base, layer, _ = locate(model, name)
    if base.startswith("W_") and base != "W_hh":
        cols = list(model.vocab) if layer == 0 else [f"x{sub(c + 1)}" for c in range(shape[1])]
    else:
        state = "c" if base.startswith("P_") else "h"
        cols = [f"{state}{sub(c + 1)}" for c in range(shape[1])]
    return units, cols


#: Up to this much work (steps × units² × gates × layers) the story is told in the window's process from
#: the formulas written ahead of time — a few milliseconds for the presets, at once, as the small finite
#: differences are computed; no process to wait for, no sympy. Above it the symbolic process tells it, so
#: a long chain through the steps never holds the window (docs/performance.md).
LOCAL_STORY_WORK = 200_000
#: ... a moment after the update that asked for it, once the window has painted that update.
STORY_AFTER_MS = 1


def _small_story(model, inputs) -> bool:
    """Whether the story is small enough to tell in the window's process (see LOCAL_STORY_WORK)."""
    work = len(inputs) * model.hidden_size ** 2 * max(1, len(model.spec.gates)) * model.layers
    return work <= LOCAL_STORY_WORK and ahead.written_ahead(model.spec)


def _story(model, inputs, targets, name: str, entry: tuple, t: int) -> GradientStory:
    """The gradient story of dL/d name[entry] at step t (on a worker): told here when it is small, else by
    the symbolic process."""
    if _small_story(model, inputs):
        with np.errstate(all="ignore"):
            return story(model, inputs, targets, name, entry, t)
    data = symbolic_process.call("story", symbolic_service.model_data(model), [int(i) for i in inputs],
                                 [int(k) for k in targets], name, [int(e) for e in entry], int(t))
    return story_from_data(data)


def precise(v: float) -> str:
    """Six significant digits: enough to see BPTT, finite differences and the formulas agree."""
    return f"{v:.6g}".replace("-", "−") if np.isfinite(v) else num(v)


def _note() -> QLabel:
    """A wrapped paragraph under a page's plots that says what they show."""
    label = QLabel()
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def _plots_take_the_height(page: QSplitter, plots: int) -> None:
    """The plots take the height; the explanation under them keeps a few lines and scrolls for more."""
    for k in range(plots):
        page.setStretchFactor(k, 3)
    page.setStretchFactor(plots, 1)


def _value_box(title: str, tip: str) -> tuple[QFrame, QLabel]:
    box = QFrame()
    box.setFrameShape(QFrame.StyledPanel)
    layout = vertical(box, (6, 3, 6, 3), 0)
    head = QLabel(title)
    head.setObjectName("muted")
    head.setWordWrap(True)
    layout.addWidget(head)
    value = QLabel("…")
    value.setObjectName("verdict")
    value.setWordWrap(True)
    value.setTextInteractionFlags(Qt.TextSelectableByMouse)
    layout.addWidget(value)
    box.setToolTip(tip)
    return box, value


class GradientLab(LivePanel):
    """See the module docstring."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(session, None, parent)
        self.jobs = Jobs(self)
        self.name: str | None = None
        self.entry: tuple[int, ...] = (0, 0)
        self.bptt = float("nan")
        self.fd = float("nan")
        self.chain: GradientStory | None = None
        self._stale_pages: set[str] = set(PAGES)
        self._result = None
        self._story_args = None
        self._here_args = None  # a small story to tell here once this update is painted
        self._here_told: GradientStory | None = None  # ... and, told, to show in the next callback
        self._fd_job = None
        self._story_settle = Settle(self, SETTLE_MS, self._submit_story)

        outer = vertical(self, (6, 4, 6, 4), 4)
        controls = QHBoxLayout()
        controls.addWidget(QLabel("dL/d"))
        self.param = QComboBox()
        self.param.setToolTip(translate("GradientLab", "The parameter whose gradient the lab explains"))
        self.param.activated.connect(lambda _: self._choose(self.param.currentData(), (0, 0)))
        controls.addWidget(self.param)
        self.row_label = QLabel(translate("GradientLab", "row"))
        controls.addWidget(self.row_label)
        self.row = QSpinBox()
        self.row.valueChanged.connect(lambda _: self._entry_from_spins())
        controls.addWidget(self.row)
        self.col_label = QLabel(translate("GradientLab", "column"))
        controls.addWidget(self.col_label)
        self.col = QSpinBox()
        self.col.valueChanged.connect(lambda _: self._entry_from_spins())
        controls.addWidget(self.col)
        self.where = QLabel()
        controls.addWidget(self.where, 1)
        outer.addLayout(controls)
        self.demo_buttons: dict[str, QPushButton] = {}
        for name, demo in DEMOS.items():
            button = QPushButton(translate("GradientDemos", demo.title))
            button.setToolTip(translate("GradientDemos", demo.tip) + " "
                              + translate("GradientLab", "Undo brings your model back."))
            button.clicked.connect(lambda _=False, n=name: self.run_demo(n))
            self.demo_buttons[name] = button
        demos = FlowLayout(spacing=4)  # the buttons wrap onto a second row when the panel is narrow
        demos.addWidget(QLabel(translate("GradientLab", "Demos:")))
        for button in self.demo_buttons.values():
            demos.addWidget(button)
        outer.addLayout(demos)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(translate("GradientLab", "Gradient views"))
        explained = QSplitter(Qt.Horizontal)
        explained.setChildrenCollapsible(False)
        explained.addWidget(self._formula_card())
        self.heat = MatrixHeatMap()
        self.heat.setAccessibleName(translate("GradientLab", "dL/dθ of every entry as a heat map"))
        self.heat.sig_entry_clicked.connect(lambda entry: self._choose(self.name, entry))
        explained.addWidget(self.heat)
        explained.setStretchFactor(0, 2)
        explained.setStretchFactor(1, 1)
        self.tabs.addTab(explained, translate("GradientLab", "dL/dθ explained"))
        # The other pages are built the first time they are shown or read (docs/performance.md).
        self._holders: dict[str, QWidget] = {}
        for page, title in (("steps", translate("GradientLab", "per step")),
                            ("time", translate("GradientLab", "through time")),
                            ("eigen", translate("GradientLab", "eigenvalues of Wₕₕ")),
                            ("experiment", translate("GradientLab", "RNN vs LSTM vs GRU"))):
            holder = QWidget()
            vertical(holder, 0, 0)
            self.tabs.addTab(holder, title)
            self._holders[page] = holder
        self._built: set[str] = set()
        self.tabs.currentChanged.connect(lambda _: self._update_page())
        self.tab_strip = TabStrip(self.tabs)  # five pages: at 150 % their titles wrap rather than scroll
        outer.addWidget(self.tab_strip)
        outer.addWidget(self.tabs, 1)

    def _formula_card(self) -> QWidget:
        card = QWidget()
        layout = vertical(card, (2, 2, 6, 2), 3)
        self.title = QLabel()
        self.title.setTextFormat(Qt.RichText)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        values = FlowLayout(spacing=4)  # a narrow card (or longer words) puts the third box below
        box, self.bptt_label = _value_box(translate("GradientLab", "BPTT (engine)"),
                                          translate("GradientLab", "dL/dθ from backpropagation through time"))
        values.addWidget(box)
        box, self.fd_label = _value_box(translate("GradientLab", "finite differences"),
                                        translate("GradientLab", "(−L(θ+2ε) + 8L(θ+ε) − 8L(θ−ε) + L(θ−2ε)) / 12ε, "
                                                                 "ε = 10⁻³, and its relative error against BPTT"))
        values.addWidget(box)
        box, self.chain_label = _value_box(translate("GradientLab", "from the formulas"),
                                           translate("GradientLab", "Σ over steps of the sympy-derived local "
                                                                    "derivatives times dL/dh (and dL/dc): the sum "
                                                                    "below"))
        values.addWidget(box)
        layout.addLayout(values)
        self.composition = LatexLabel(self.jobs, scale=0.9)
        layout.addWidget(self.composition)
        self.formula_caption = QLabel(translate("GradientLab", "where the local derivatives, derived by sympy, are"))
        self.formula_caption.setObjectName("muted")
        self.formula_caption.setWordWrap(True)
        layout.addWidget(self.formula_caption)
        self.formulas = [LatexLabel(self.jobs, scale=0.9) for _ in range(2)]
        for label in self.formulas:
            layout.addWidget(label)
        self.numeric_caption = QLabel()
        self.numeric_caption.setObjectName("muted")
        layout.addWidget(self.numeric_caption)
        self.numeric = [LatexLabel(self.jobs, scale=0.9) for _ in range(2)]
        for label in self.numeric:
            layout.addWidget(label)
        self.table = QLabel()
        self.table.setTextFormat(Qt.RichText)
        # Not word-wrapped: a wrapped HTML table is laid out again for every width the card's layout
        # tries, a millisecond each time, whenever anything in the card changes (docs/performance.md);
        # and not widening the card either: a narrow card shows the table's first columns.
        self.table.setWordWrap(False)
        self.table.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        layout.addWidget(self.table)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.strip = WarningStrip()
        layout.addWidget(self.strip)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(card)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(260)
        scroll.setAccessibleName(translate("GradientLab", "The gradient explained"))
        return scroll

    # --- the pages beyond the first, built on first use --------------------------------------------

    def _page(self, page: str) -> None:
        if page in self._built:
            return
        self._built.add(page)
        layout = self._holders[page].layout()
        if page == "steps":
            self._steps_map = ContributionMap()
            layout.addWidget(self._steps_map)
        elif page == "time":
            time_page = QSplitter(Qt.Vertical)
            time_page.setChildrenCollapsible(False)
            self._norms = LogCurves(
                translate("GradientLab", "‖dL/dhₜ‖ (and ‖dL/dcₜ‖) over time, log scale (a gap: exactly 0)"), "t")
            self._jacobians = LogCurves(translate(
                "GradientLab", "how much hₖ still moves hₜ: ‖∂hₜ/∂hₖ‖ for the current t (orange line), largest "
                "singular value"), "k")
            time_page.addWidget(self._norms)
            time_page.addWidget(self._jacobians)
            self._time_note = _note()
            time_page.addWidget(VerticalScroll(self._time_note))
            _plots_take_the_height(time_page, 2)
            layout.addWidget(time_page)
        elif page == "eigen":
            eigen_page = QSplitter(Qt.Vertical)
            eigen_page.setChildrenCollapsible(False)
            self._eigen_stack = QStackedWidget()
            self._eigen = EigenPlot()
            self._eigen_stack.addWidget(self._eigen)
            eigen_note = QLabel(translate(
                "GradientLab", "The eigenvalues of W_hh belong to the Elman RNN, whose state is multiplied by W_hh at "
                "every step: open an RNN to see them. For this cell, the “through time” page shows the Jacobian "
                "products that play the same part."))
            eigen_note.setWordWrap(True)
            eigen_note.setAlignment(Qt.AlignCenter)
            self._eigen_stack.addWidget(eigen_note)
            eigen_page.addWidget(self._eigen_stack)
            self._eigen_note = _note()
            eigen_page.addWidget(VerticalScroll(self._eigen_note))
            _plots_take_the_height(eigen_page, 1)
            layout.addWidget(eigen_page)
        else:
            self._experiment = ExperimentView()
            layout.addWidget(self._experiment)

    @property
    def steps_map(self) -> ContributionMap:
        self._page("steps")
        return self._steps_map

    @property
    def norms(self) -> LogCurves:
        self._page("time")
        return self._norms

    @property
    def jacobians(self) -> LogCurves:
        self._page("time")
        return self._jacobians

    @property
    def time_note(self) -> QLabel:
        self._page("time")
        return self._time_note

    @property
    def eigen_stack(self) -> QStackedWidget:
        self._page("eigen")
        return self._eigen_stack

    @property
    def eigen(self) -> EigenPlot:
        self._page("eigen")
        return self._eigen

    @property
    def eigen_note(self) -> QLabel:
        self._page("eigen")
        return self._eigen_note

    @property
    def experiment(self) -> ExperimentView:
        self._page("experiment")
        return self._experiment

    # --- Public API ---------------------------------------------------------------------------------

    def choose(self, name: str, entry: tuple[int, ...]) -> None:
        """Explain dL/d name[entry] (entry 0-based)."""
        self._choose(name, tuple(entry))

    def show_page(self, page: str) -> None:
        self.tabs.setCurrentIndex(PAGES.index(page))

    def run_demo(self, name: str) -> None:
        """Open demo ``name`` (see :data:`lstm_studio.explain.gradient_demos.DEMOS`): its model and input
        replace the open ones as one undoable step, and the page that shows it comes up."""
        demo = DEMOS[name]
        model, text = demo.build(self.session.model)
        label = translate("GradientLab", "demo: {title}").format(title=translate("GradientDemos", demo.title))
        self.session.begin_undo_group(label)
        self.session.replace_model(model, label)
        self.session.set_input(text, label)
        self.session.end_undo_group()
        self.session.set_step(self.session.steps - 1)  # the Jacobian products then reach over every step
        if name == "carousel":
            self.experiment.yours.setChecked(True)
        self.catch_up()
        self.show_page(demo.page)

    @property
    def ready(self) -> bool:
        """The symbolic part (and the finite differences) for the present numbers have arrived."""
        return not (self._story_settle.waiting or self._here_args is not None or self._here_told is not None
                    or self.jobs.pending("story") or self.jobs.pending("fd"))

    # --- LivePanel ----------------------------------------------------------------------------------

    def rebuild(self) -> None:
        model = self.session.model
        with QSignalBlocker(self.param):
            self.param.clear()
            for name in model.params:
                self.param.addItem(name, name)
        if self.name not in model.params:
            first = next(iter(model.spec.param_shapes(1, 1)))
            recurrent = "W_hh" if model.cell == "rnn" else ("U_f" if model.spec.has_c else "U_z")
            self.name = recurrent if recurrent in model.params else first
            self.entry = (0, 0) if model.params[self.name].ndim == 2 else (0,)
        self._clamp_entry()
        self._sync_controls()
        self._stale_pages = set(PAGES)

    def show_values(self) -> None:
        session = self.session
        model = session.model
        result = session.result()
        self._result = result
        self._stale_pages = set(PAGES)
        if result.trace is None:
            self.where.setText("  " + translate("GradientLab",
                                                "type an input sequence (with a target) to see gradients"))
            self.bptt = self.fd = float("nan")
            for label in (self.bptt_label, self.fd_label, self.chain_label):
                label.setText("—")
            self.strip.set_warnings([])
            return
        grads = result.gradients(model)
        self.bptt = float(grads.params[self.name][self.entry])
        self.bptt_label.setText(precise(self.bptt))
        self._finite_differences(result)
        self._request_story(result)
        found = of_evaluation(model, result, gradients=True)  # the gradient's own troubles first, here
        self.strip.set_warnings(sorted(found, key=lambda w: (w.quantity != "dL/dh", not w.severe)))
        self._update_page()

    def show_step(self) -> None:
        result = self.session.result()
        if result.trace is None:
            return
        self._stale_pages.update(("steps", "time"))
        self._request_story(result)
        self._update_page()

    # --- the entry ----------------------------------------------------------------------------------

    def _choose(self, name: str, entry: tuple[int, ...]) -> None:
        if name is None:
            return
        self.name = name
        shape = self.session.model.params[name].shape
        self.entry = tuple(entry[: len(shape)]) + (0,) * (len(shape) - len(entry))
        self._clamp_entry()
        self._sync_controls()
        self.mark("values")

    def _clamp_entry(self) -> None:
        shape = self.session.model.params[self.name].shape
        self.entry = tuple(min(max(e, 0), n - 1) for e, n in zip(self.entry, shape))

    def _entry_from_spins(self) -> None:
        shape = self.session.model.params[self.name].shape
        entry = (self.row.value() - 1, self.col.value() - 1)[: len(shape)]
        if entry != self.entry:
            self.entry = entry
            self.mark("values")

    def _sync_controls(self) -> None:
        shape = self.session.model.params[self.name].shape
        with QSignalBlocker(self.param), QSignalBlocker(self.row), QSignalBlocker(self.col):
            self.param.setCurrentIndex(self.param.findData(self.name))
            self.row.setRange(1, shape[0])
            self.row.setValue(self.entry[0] + 1)
            matrix = len(shape) == 2
            self.col.setVisible(matrix)
            self.col_label.setVisible(matrix)
            if matrix:
                self.col.setRange(1, shape[1])
                self.col.setValue(self.entry[1] + 1)

    # --- the three values and the story ---------------------------------------------------------------

    def _finite_differences(self, result) -> None:
        model = self.session.model
        inputs, targets = list(result.inputs), list(result.targets)
        name, entry = self.name, self.entry
        work = result.steps * model.hidden_size ** 2 * max(1, len(model.spec.gates)) * model.layers
        if work <= SYNC_FD_WORK:
            with np.errstate(all="ignore"):
                self._fd_ready(finite_difference(model, inputs, targets, name, entry))
            return
        self.fd_label.setText(translate("GradientLab", "computing…"))
        copy = model.copy()

        def run():
            with np.errstate(all="ignore"):
                return finite_difference(copy, inputs, targets, name, entry)

        self._fd_job = run
        self._story_settle.request(False)  # with the symbolic part, once the numbers rest

    def _fd_ready(self, value: float) -> None:
        self.fd = float(value)
        error = float(relative_error(np.array(self.bptt), np.array(self.fd)))
        colour = theme.current().good if error < 1e-6 else theme.current().bad
        self.fd_label.setText(f"{precise(self.fd)}<br><span style='font-size:small; color:{colour}'>"
                              + translate("GradientLab", "relative error {error}").format(error=f"{error:.1e}")
                              + "</span>")

    def _request_story(self, result) -> None:
        model = self.session.model.copy()
        inputs, targets = list(result.inputs), list(result.targets)
        name, entry, t = self.name, self.entry, self.session.step
        self.title.setText(f"<b>dL/d{html.escape(name)}[{', '.join(str(e + 1) for e in entry)}]</b> "
                           f"<span style='color:{theme.current().muted}'>— "
                           + translate("GradientLab", "the loss over the whole sequence") + "</span>")
        self.where.setText("  " + translate("GradientLab", "at t = <b>{t}</b> of {steps}").format(t=t + 1,
                                                                                                   steps=result.steps))
        if self.chain is None or self.chain.name != name or self.chain.entry != entry:
            self.chain_label.setText(translate("GradientLab", "deriving…"))
        self.numeric_caption.setText(translate("GradientLab", "at t = {t}, with the numbers:").format(t=t + 1))
        fresh = self.chain is None or self.chain.name != name or self.chain.entry != entry
        self._story_args = (model, inputs, targets, name, entry, t)
        self._story_settle.request(fresh)

    def _submit_story(self) -> None:
        fd, self._fd_job = self._fd_job, None
        if fd is not None:
            self.jobs.submit("fd", fd, self._fd_ready)
        args, self._story_args = self._story_args, None
        if args is None:
            return
        if _small_story(args[0], args[1]) and not self.jobs.pending("story"):
            # A few milliseconds, told here — but after this update has been painted, in a callback of its
            # own, so that building the lab and telling its story are not one long stretch of the GUI thread
            pending = self._here_args is not None
            self._here_args = args
            if not pending:
                soon(self, self._tell_here, STORY_AFTER_MS)
            return
        self._here_args = self._here_told = None  # (a small story still waiting is stale now)
        self.jobs.submit("story", lambda: _story(*args), self._story_ready, self._story_failed)

    def _tell_here(self) -> None:
        args, self._here_args = self._here_args, None
        if args is None:
            return
        try:
            with np.errstate(all="ignore"):
                told = story(*args)
        except Exception as err:  # shown as the worker's errors are
            self._story_failed(err)
            return
        # shown in a callback of its own too: the formulas' setting and the card's new layout are the
        # longer part
        self._here_told = told
        soon(self, self._show_told, STORY_AFTER_MS)

    def _show_told(self) -> None:
        told, self._here_told = self._here_told, None
        if told is not None:
            self._story_ready(told)

    def _story_failed(self, err: Exception) -> None:
        self.note.setText(translate("GradientLab", "The formulas could not be evaluated: {error}").format(
            error=html.escape(shown_error(err))))

    def _story_ready(self, chain: GradientStory) -> None:
        self.chain = chain
        self.chain_label.setText(precise(chain.value))
        self.composition.set_latex(chain.composition, "")
        for label, latex in zip(self.formulas, chain.formulas + [None]):
            label.setVisible(latex is not None)
            label.set_latex(latex, "")
        for label, latex in zip(self.numeric, chain.numeric + [None]):
            label.setVisible(latex is not None)
            label.set_latex(latex, "")
        self.table.setText(self._table(chain))
        self.note.setText(shown(chain.note))

    def _table(self, chain: GradientStory) -> str:
        th = theme.current()
        terms = chain.terms
        has_c = any(term.delta_c is not None for term in terms)
        output = chain.name in ("W_hy", "b_y")
        shown = terms
        if len(terms) > MAX_TABLE_ROWS:
            biggest = sorted(terms, key=lambda term: -abs(term.total))[:MAX_TABLE_ROWS - 1]
            current = [term for term in terms if term.t == self.session.step + 1]
            shown = sorted({term.t: term for term in biggest + current}.values(), key=lambda term: term.t)
        if output:
            head = "<th>t</th><th>∂ℓₜ/∂θ</th>"
        else:
            head = "<th>t</th><th>δʰₜ</th><th>∂hₜ/∂θ</th>" + ("<th>δᶜₜ</th><th>∂cₜ/∂θ</th>" if has_c else "")
            if any(term.others for term in terms):
                head += "<th>" + translate("GradientLab", "other units") + "</th>"
        rows = []
        for term in shown:
            style = f" style='background:{th.grid}'" if term.t == self.session.step + 1 else ""
            if output:
                cells = [num(term.local_h) if term.delta_h else translate("GradientLab", "no target")]
            else:
                cells = [num(term.delta_h), num(term.local_h)]
                if has_c:
                    cells += [num(term.delta_c), num(term.local_c)]
                if any(t.others for t in terms):
                    cells.append(num(term.others))
            rows.append(f"<tr{style}><td>{term.t}</td>" + "".join(f"<td>{c}</td>" for c in cells)
                        + f"<td><b>{num(term.total)}</b></td></tr>")
        skipped = "" if len(shown) == len(terms) else (
            f"<br><span style='color:{th.muted}'>"
            + translate("GradientLab", "the {shown} largest of {steps} steps").format(shown=len(shown),
                                                                                       steps=len(terms))
            + "</span>")
        return ("<table cellspacing='0' cellpadding='3' style='border-collapse:collapse'>"
                f"<tr>{head}<th>" + translate("GradientLab", "adds") + f"</th></tr>{''.join(rows)}<tr><td colspan='9'>"
                + translate("GradientLab", "Σ over every step = <b>{value}</b>").format(value=num(chain.value))
                + f"</td></tr></table>{skipped}")

    # --- the plots ----------------------------------------------------------------------------------

    def _update_page(self) -> None:
        page = PAGES[self.tabs.currentIndex()]
        result = self._result
        if page not in self._stale_pages or result is None or result.trace is None or self._live_pending:
            return  # (with an update pending, the numbers kept are stale: the update shows the page)
        self._stale_pages.discard(page)
        model = self.session.model
        grads = result.gradients(model)
        where = locate(model, self.name)
        layer, k = (0, 0) if where is None else (where[1], int(where[2]))
        t = self.session.step
        if page == "explained":
            self._show_heat(model, grads)
        elif page == "steps":
            factors = model_factors(model, result.trace, grads, result.targets)
            suffix = layer_suffix(layer, bool(k))
            names = [n + suffix for n in model.spec.param_shapes(1, 1)] + ["W_hy", "b_y"]
            names, norms = contribution_norms(factors, names)
            self.steps_map.set_data(names, norms, t)
        elif page == "time":
            self._show_time(model, result, grads, layer, k, t)
        elif page == "eigen":
            if model.cell == "rnn":
                self.eigen_stack.setCurrentIndex(0)
                self.eigen.set_eigenvalues(eigenvalues(model.layer_params(layer, bool(k))["W_hh"]))
            else:
                self.eigen_stack.setCurrentIndex(1)
            with np.errstate(all="ignore"):
                self.eigen_note.setText(shown(verdict(flow(model, result.trace, layer, k))))
        elif page == "experiment":
            self.experiment.update_from(self.session)

    def _show_heat(self, model, grads) -> None:
        g = grads.params[self.name]
        self.heat.set_matrix(g, *axis_labels(model, self.name, g.shape), self.entry,
                             translate("GradientLab", "dL/d{name} (click an entry to explain it)").format(
                                 name=self.name))

    def _show_time(self, model, result, grads, layer, k, t) -> None:
        curves = []
        palette = theme.OKABE_ITO
        T = result.steps
        x = np.arange(1, T + 1)
        n = 0
        for l_ in range(model.layers):
            for d in range(model.directions):
                h, c = state_gradient_norms(grads, l_, d)
                name = ""
                if model.layers > 1:
                    name += " " + translate("GradientLab", "layer {layer}").format(layer=l_ + 1)
                if model.bidirectional:
                    name += " ←" if d else " →"
                colour = palette[n % len(palette)]
                curves.append((f"‖dL/dh‖{name}", x, h, colour, False))
                if c is not None:
                    curves.append((f"‖dL/dc‖{name}", x, c, colour, True))
                n += 1
        self.norms.set_curves(curves, t + 1, (0.5, T + 0.5))
        lt = result.trace.layers[layer][k]
        s = T - t if lt.reverse else t + 1
        with np.errstate(all="ignore"):
            products = jacobian_products(step_jacobians(lt, model.layer_params(layer, lt.reverse)), s)
        steps = (T + 1 - products.k) if lt.reverse else products.k
        jac = [("‖∂hₜ/∂hₖ‖", steps, products.h, palette[0], False)]
        if products.c is not None:
            jac.append(("‖∂cₜ/∂cₖ‖", steps, products.c, palette[1], True))
        self.jacobians.set_curves(jac, t + 1, (-0.5, T + 0.5))
        if products.c is not None:
            self.jacobians.set_label("‖∂cₜ/∂cₖ‖", translate("GradientLab", "{norm}: the constant error carousel "
                                                                          "({factor} per step)").format(
                norm="‖∂cₜ/∂cₖ‖", factor="× fₜ"))
        with np.errstate(all="ignore"):
            found = flow(model, result.trace, layer, k)
        runs = saturated_runs(found)
        if lt.reverse:  # processing order s counts back from T
            runs = [(T + 1 - last, T + 1 - first) for first, last in runs]
        tip = translate("GradientLab", "saturated: the activation's slope averages below {slope} here, so these "
                                       "steps shrink the gradient").format(slope=SATURATED)
        self.norms.shade(runs, tip)
        text = shown(verdict(found))
        if runs:
            text = translate("GradientLab", "Grey bands: saturated steps. {verdict}").format(verdict=text)
        self.time_note.setText(text)
