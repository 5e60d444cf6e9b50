"""The lesson player: the panel beside the studio that walks a student through a lesson.

It is a view of one :class:`~lstm_studio.lessons.lesson_run.LessonRun` and of the session (through
:mod:`lstm_studio.app.common.live`): the step's title and text (maths rendered, every piece of lesson text
escaped), its task, the prediction (typed before the value is revealed, then both and how far off),
**Check** (each check with ✓/✗ and the student's actual number against the target; once asked for, the
checks follow every edit), the step's offer to train the network (on the background runner, with progress
and cancel, one undo step), hints one at a time and then the solution, the progress through the lesson and
a clear "done". Checks and training run off the GUI thread; the panel scrolls rather than grows.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lstm_studio.app.common import theme
from lstm_studio.app.common.background import Jobs, Task
from lstm_studio.app.common.i18n import shown, shown_error, translate
from lstm_studio.app.common.live import LiveView
from lstm_studio.app.lessons.text import LessonText
from lstm_studio.document.errors import InputError
from lstm_studio.lessons.checks import CheckResult, PredictResult
from lstm_studio.lessons.lesson_run import LessonRun

#: The player's width at font scale 1: narrow enough that the studio beside it stays usable.
PLAYER_WIDTH = 330


def _label(text: str = "", object_name: str = "", rich: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText if rich else Qt.PlainText)
    label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
    if object_name:
        label.setObjectName(object_name)
    return label


def _box(*widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("lesson_box")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 6, 8, 6)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


def _row(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(4)
    for k, widget in enumerate(widgets):
        row.addWidget(widget, 1 if stretch_first and k == 0 else 0)
    if not stretch_first:
        row.addStretch(1)
    return row


class LessonPlayer(LiveView, QWidget):
    sig_leave = Signal()
    """The student asked to leave the lesson."""
    sig_message = Signal(str)
    """One line for the status bar."""

    def __init__(self, run: LessonRun, parent=None) -> None:
        super().__init__(parent)
        self.run = run
        self.jobs = Jobs(self)
        self._live_check = False
        self._training: Task | None = None
        self._hint_views: list[QWidget] = []
        self.setMinimumWidth(240)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(4)

        self.lesson_title = _label(object_name="lesson_title")
        self.where = _label(object_name="muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        for widget in (self.lesson_title, self.where, self.bar):
            outer.addWidget(widget)

        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 4, 4, 4)
        self.body.setSpacing(8)
        self.step_title = _label(object_name="step_title")
        self.text = LessonText(self.jobs)
        self.task = LessonText(self.jobs)
        self.task_box = _box(_label(translate("LessonPlayer", "<b>Your task</b>")), self.task)

        self.predict_label = _label()
        self.estimate = QLineEdit()
        self.estimate.returnPressed.connect(self.reveal)
        self.reveal_button = QPushButton(translate("LessonPlayer", "Reveal"))
        self.reveal_button.setToolTip(translate("LessonPlayer", "Compare your estimate with the network's value"))
        self.reveal_button.clicked.connect(self.reveal)
        self.predict_result = _label()
        predict_row = QWidget()
        predict_row.setLayout(_row(self.estimate, self.reveal_button, stretch_first=True))
        predict_row.layout().setContentsMargins(0, 0, 0, 0)
        self.predict_box = _box(_label(translate("LessonPlayer", "<b>Predict first</b>")), self.predict_label,
                                predict_row, self.predict_result)

        self.check_button = QPushButton(translate("LessonPlayer", "Check"))
        self.check_button.setToolTip(translate("LessonPlayer", "Test what you built against this step's checks; "
                                                              "they then follow every edit"))
        self.check_button.clicked.connect(self.check)
        self.check_state = _label(object_name="muted")
        self.check_state.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        check_row = QWidget()
        check_row.setLayout(_row(self.check_button, self.check_state))
        check_row.layout().setContentsMargins(0, 0, 0, 0)
        self.check_list = _label()
        self.check_box = _box(check_row, self.check_list)

        self.train_button = QPushButton(translate("LessonPlayer", "Train"))
        self.train_button.clicked.connect(self.train)
        self.train_cancel = QPushButton(translate("LessonPlayer", "Cancel"))
        self.train_cancel.clicked.connect(self.cancel_training)
        self.train_bar = QProgressBar()
        self.train_bar.setRange(0, 1000)
        self.train_state = _label(object_name="muted", rich=False)
        train_row = QWidget()
        train_row.setLayout(_row(self.train_button, self.train_cancel))
        train_row.layout().setContentsMargins(0, 0, 0, 0)
        self.train_box = _box(_label(translate("LessonPlayer", "<b>Train the network</b>")), train_row,
                              self.train_bar, self.train_state)

        self.hint_button = QPushButton(translate("LessonPlayer", "Show a hint"))
        self.hint_button.clicked.connect(self.hint)
        self.hints = QVBoxLayout()
        self.hints.setSpacing(4)
        self.solution_button = QPushButton(translate("LessonPlayer", "Show the solution"))
        self.solution_button.clicked.connect(self.show_solution)
        self.solution = LessonText(self.jobs)
        hint_widget = QWidget()
        hint_layout = QVBoxLayout(hint_widget)
        hint_layout.setContentsMargins(0, 0, 0, 0)
        hint_layout.addLayout(_row(self.hint_button, self.solution_button))
        hint_layout.addLayout(self.hints)
        hint_layout.addWidget(self.solution)
        self.hint_box = hint_widget

        self.done_banner = _label(object_name="done_banner")
        for widget in (self.step_title, self.text, self.task_box, self.predict_box, self.check_box, self.train_box,
                       self.hint_box, self.done_banner):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll, 1)

        self.back_button = QPushButton(translate("LessonPlayer", "◀ Back"))
        self.back_button.clicked.connect(self.back)
        self.restart_button = QPushButton(translate("LessonPlayer", "Start over"))
        self.restart_button.setToolTip(translate("LessonPlayer", "Set this step up afresh: its model, input, checks "
                                                                "and prediction"))
        self.restart_button.clicked.connect(self.restart_step)
        self.next_button = QPushButton(translate("LessonPlayer", "Next ▶"))
        self.next_button.clicked.connect(self.next)
        self.next_button.setDefault(True)
        self.leave_button = QPushButton(translate("LessonPlayer", "Leave lesson"))
        self.leave_button.setToolTip(translate("LessonPlayer", "Leave the lesson: back to the studio as you left "
                                                              "it; your progress here is kept"))
        self.leave_button.clicked.connect(self.sig_leave.emit)
        for first, second in ((self.back_button, self.next_button), (self.restart_button, self.leave_button)):
            row = QHBoxLayout()
            row.addWidget(first, 1)
            row.addWidget(second, 1)
            outer.addLayout(row)

        run.step_changed.connect(self._step_entered)
        run.progressed.connect(self._show_progress)
        self.follow(run.session)
        self._style()
        if run.active:
            self._step_entered(run.number)

    # --- LiveView: the checks follow the student's edits ---------------------------------------------

    def rebuild(self) -> None:
        self._style()

    def show_values(self) -> None:
        if self._live_check and self.run.active:
            self._submit_check()

    def show_step(self) -> None:
        """Moving through time changes nothing that is checked."""

    # --- Public API ---------------------------------------------------------------------------------

    def next(self) -> None:
        last = self.run.number == self.run.count
        self.run.next()
        if last:
            self._show_progress()
            if not self.run.done:
                missing = [str(n) for n in range(1, self.run.count + 1) if not self.run.completed(n)]
                self.sig_message.emit(translate("LessonPlayer", "Not done yet: %n step(s): {steps}", None,
                                                len(missing)).format(steps=", ".join(missing)))

    def back(self) -> None:
        self.run.back()

    def restart_step(self) -> None:
        self.run.restart_step()

    def check(self) -> None:
        """Run the step's checks now (on the runner) and follow the student's edits from now on."""
        if self.run.active and self.run.step.checks:
            self._live_check = True
            self._submit_check()

    def reveal(self) -> None:
        """Compare the typed estimate with the network's value and show both."""
        if not self.run.active or self.run.step.predict is None or self.run.number in self.run.predictions:
            return
        try:
            result = self.run.predict(self.estimate.text())
        except InputError as err:
            bad = theme.current().bad
            self.predict_result.setText(f"<span style='color:{bad}'>{html.escape(shown_error(err))}</span>")
            return
        self._show_prediction(result)

    def hint(self) -> None:
        if self.run.hint() is not None:
            self._show_hints()

    def show_solution(self) -> None:
        self.solution.set_markdown(self.run.step.solution)
        self.solution_button.hide()

    def train(self) -> None:
        """Train the network the student has on the step's task (off the GUI thread, one undo step)."""
        offer = self.run.step.train
        if offer is None or self._training is not None:
            return
        from lstm_studio.document.training_run import training_job
        from lstm_studio.lessons.training import plan

        session = self.run.session
        try:
            data, config = plan(offer, session.model)
        except (InputError, ValueError) as err:
            self.train_state.setText(shown_error(err))
            return
        number = self.run.number
        session.begin_undo_group(translate("Training", "train on {task}").format(task=offer.task))
        self._training = self.jobs.start(training_job(session.model.copy(), data, config),
                                         lambda result: self._trained(number, result),
                                         lambda update: self._train_progress(number, update),
                                         lambda err: self._train_failed(number, err))
        self._show_training()

    def cancel_training(self) -> None:
        if self._training is not None:
            self._training.cancel()

    @property
    def checking(self) -> bool:
        """A check is on its way."""
        return self.jobs.pending("check")

    @property
    def training(self) -> bool:
        return self._training is not None

    def shutdown(self) -> None:
        """Stop what runs in the background (the lesson is being left)."""
        self._live_check = False
        self.cancel_training()
        self.jobs.cancel_all()

    # --- internals: showing a step --------------------------------------------------------------------

    def _style(self) -> None:
        th = theme.current()
        self.setStyleSheet(
            f"QLabel#lesson_title {{ font-weight: bold; font-size: {self.font().pointSizeF() * 1.1:.1f}pt; }}"
            f"QLabel#step_title {{ font-weight: bold; }}"
            f"QFrame#lesson_box {{ border-left: 3px solid {th.highlight}; background: rgba{th.shade}; }}"
            f"QLabel#done_banner {{ color: {th.good}; font-weight: bold; }}")

    def _step_entered(self, number: int) -> None:
        run, step = self.run, self.run.step
        if self._training is not None:
            self._training.cancel()
        self._live_check = number in run.results
        self.lesson_title.setText(html.escape(run.lesson.title))
        self.step_title.setText(html.escape(f"{number}. {step.title}"))
        self.text.set_markdown(step.text)
        self.task.set_markdown(step.task)
        self.task_box.setVisible(bool(step.task))
        self._show_predict()
        self.check_box.setVisible(bool(step.checks))
        self.check_list.setText("")
        self.check_state.setText(translate("LessonPlayer", "%n check(s)", None, len(step.checks)))
        if number in run.results:
            self._show_results(run.results[number])
        self.train_box.setVisible(step.train is not None)
        if step.train is not None:
            epochs = step.train.config.get("epochs")
            self.train_button.setText(
                translate("LessonPlayer", "Train on {task} (%n epochs)", None, int(epochs)).format(task=step.train.task)
                if epochs else translate("LessonPlayer", "Train on {task}").format(task=step.train.task))
            self.train_state.setText(translate("LessonPlayer", "Trains the network you have now; undo takes it back."))
        self._show_training()
        self.solution.set_markdown("")
        self._show_hints()
        self.back_button.setEnabled(number > 1)
        self.next_button.setText(translate("LessonPlayer", "Finish") if number == run.count
                                 else translate("LessonPlayer", "Next ▶"))
        self._show_progress()
        self.scroll.verticalScrollBar().setValue(0)
        if self._live_check:
            self._submit_check()

    def _show_progress(self) -> None:
        run = self.run
        if not run.active:
            return
        done = sum(1 for n in range(1, run.count + 1) if run.completed(n))
        where = (translate("LessonPlayer", "Step {number} of {count} · {done} of {count} done · a challenge")
                 if run.lesson.kind == "challenge" else
                 translate("LessonPlayer", "Step {number} of {count} · {done} of {count} done"))
        self.where.setText(html.escape(where.format(number=run.number, count=run.count, done=done)))
        self.bar.setRange(0, run.count)
        self.bar.setValue(done)
        if run.done:
            self.done_banner.setText(translate("LessonPlayer", "✓ Lesson complete: every step is done. Leave the "
                                                              "lesson when you like."))
        elif run.completed():
            self.done_banner.setText(translate("LessonPlayer", "✓ This step is done. On to the next one.")
                                     if run.number < run.count else translate("LessonPlayer", "✓ This step is done."))
        else:
            self.done_banner.setText("")
        self.done_banner.setVisible(bool(self.done_banner.text()))

    def _show_predict(self) -> None:
        run, predict = self.run, self.run.step.predict
        self.predict_box.setVisible(predict is not None)
        if predict is None:
            return
        self.estimate.clear()
        self.predict_result.setText("")
        try:
            labels = run.estimate_labels()
        except InputError as err:
            self.predict_label.setText(html.escape(
                translate("LessonPlayer", "This prediction cannot be read now: {error}").format(error=err)))
            self.estimate.setEnabled(False)
            self.reveal_button.setEnabled(False)
            return
        if predict.what.quantity == "prediction":
            what = translate("LessonPlayer", "Which token will the network predict at t = {t}? Type it before you "
                                             "look.").format(t=predict.what.t)
            example = translate("LessonPlayer", "a token, e.g. S")
        else:
            names = labels[0] if len(labels) == 1 else translate(
                "LessonPlayer", "{first} … {last} (%n numbers)", None, len(labels)).format(first=labels[0],
                                                                                         last=labels[-1])
            what = translate("LessonPlayer", "Estimate {names} before you look: within ±{tolerance} counts as "
                                             "right.").format(names=names, tolerance=f"{predict.tolerance:g}")
            example = (translate("LessonPlayer", "e.g. {example}").format(example="0.5") if len(labels) == 1 else
                       translate("LessonPlayer", "%n numbers, e.g. {example}", None, len(labels)).format(
                           example=" ".join(["0.5"] * len(labels))))
        self.predict_label.setText(html.escape(what))
        self.estimate.setPlaceholderText(example)
        made = run.predictions.get(run.number)
        self.estimate.setEnabled(made is None)
        self.reveal_button.setEnabled(made is None)
        if made is not None:
            self._show_prediction(made)

    def _show_prediction(self, result: PredictResult) -> None:
        th = theme.current()
        self.estimate.setEnabled(False)
        self.reveal_button.setEnabled(False)
        self.estimate.setText(" ".join(str(v) if isinstance(v, str) else f"{v:g}" for v in result.estimate))
        rows = []
        for label, said, actual, error in zip(result.labels, result.estimate, result.actual, result.errors):
            said_text = said if isinstance(said, str) else f"{said:.4g}"
            actual_text = actual if isinstance(actual, str) else f"{actual:.4f}"
            off = "" if isinstance(actual, str) else f"{error:.4f}"
            colour = th.good if error <= (0 if isinstance(actual, str) else result.predict.tolerance) else th.bad
            rows.append(f"<tr><td>{html.escape(label)}</td><td align='right'>{html.escape(said_text)}</td>"
                        f"<td align='right'><b>{html.escape(actual_text)}</b></td>"
                        f"<td align='right' style='color:{colour}'>{html.escape(off)}</td></tr>")
        said, real, off_by = (translate("LessonPlayer", "you said"), translate("LessonPlayer", "it is"),
                              translate("LessonPlayer", "off by"))
        head = (f"<tr><th align='left'></th><th align='right'>{said}</th><th align='right'>{real}</th>"
                f"<th align='right'>{off_by}</th></tr>")
        colour = th.good if result.passed else th.bad
        self.predict_result.setText(
            f"<table cellspacing='0' cellpadding='2'>{head}{''.join(rows)}</table>"
            f"<div style='color:{colour}'>{html.escape(shown(result.description))}</div>")

    def _show_hints(self) -> None:
        for widget in self._hint_views:
            widget.setParent(None)
            widget.deleteLater()
        self._hint_views = []
        step, shown = self.run.step, self.run.shown_hints()
        for k, text in enumerate(shown, start=1):
            view = LessonText(self.jobs)
            plain = not text.lstrip().startswith(("#", "-", "$$"))
            view.set_markdown(translate("LessonPlayer", "**Hint {number}.** {text}").format(number=k, text=text)
                              if plain else text)
            self.hints.addWidget(view)
            self._hint_views.append(view)
        left = len(step.hints) - len(shown)
        self.hint_button.setVisible(left > 0)
        self.hint_button.setText(translate("LessonPlayer", "Show a hint ({number} of {count})").format(
            number=len(shown) + 1, count=len(step.hints)))
        self.solution_button.setVisible(bool(step.solution) and left == 0 and not self.solution.isVisible())
        self.hint_box.setVisible(bool(step.hints) or bool(step.solution))

    # --- internals: checks ----------------------------------------------------------------------------

    def _submit_check(self) -> None:
        self.check_state.setText(translate("LessonPlayer", "checking…"))
        self.jobs.submit("check", self.run.check_job(), self._checked,
                         lambda err: self.check_state.setText(
                             translate("LessonPlayer", "the check failed: {error}").format(error=err)))

    def _checked(self, outcome) -> None:
        number, results = outcome
        if not self.run.active or number != self.run.number:
            return
        self.run.record(number, results)
        self._show_results(results)

    def _show_results(self, results: list[CheckResult]) -> None:
        th = theme.current()
        lines = []
        for result in results:
            colour = th.good if result.passed else th.bad
            label = (f"<span style='color:{th.muted}'>{html.escape(result.check.label)}: </span>"
                     if result.check.label else "")
            lines.append(f"<div style='color:{colour}'>{label}{html.escape(shown(result.description))}</div>")
        self.check_list.setText("".join(lines))
        passed = sum(r.passed for r in results)
        self.check_state.setText(translate("LessonPlayer", "{passed} of {count} hold").format(
            passed=passed, count=len(results)) + (" ✓" if passed == len(results) else ""))

    # --- internals: training --------------------------------------------------------------------------

    def _show_training(self) -> None:
        running = self._training is not None
        self.train_button.setEnabled(not running)
        self.train_cancel.setVisible(running)
        self.train_bar.setVisible(running)
        if running:
            self.train_bar.setValue(0)

    def _fits(self, model) -> bool:
        current = self.run.session.model
        return current.params.keys() == model.params.keys() and all(
            current.params[k].shape == v.shape for k, v in model.params.items())

    def _mirror(self, model) -> None:
        if self._fits(model):
            self.run.session.set_params({k: v.copy() for k, v in model.params.items()},
                                         translate("Training", "training"))

    def _train_progress(self, number: int, update) -> None:
        if number != self.run.number or self._training is None:
            return
        if update.latest is not None:
            self.train_bar.setValue(int(update.latest.fraction * 1000))
        if update.model is not None:
            self._mirror(update.model)

    def _trained(self, number: int, result) -> None:
        self._training = None
        if self.run.active and number == self.run.number:
            self._mirror(result.model)
            self.run.session.end_undo_group()
            self.train_state.setText(shown(result.message))
        self._show_training()

    def _train_failed(self, number: int, err: Exception) -> None:
        self._training = None
        if self.run.active and number == self.run.number:
            self.run.session.end_undo_group()
            self.train_state.setText(translate("Training", "training failed: {error}").format(error=shown_error(err)))
        self._show_training()
