"""Playing a lesson in the open document, Qt-free: the step the student is on, what each step sets up, the
student's work per step, their checks, predictions and hints, and the progress kept between runs.

The window's lesson player is a view of one :class:`LessonRun`; tests drive it with plain pytest.

Entering step n sets the session up from scratch (``Session.load``), so the step's set-up starts a fresh
undo history and undo never takes it back. The model shown is, in this order: the student's own model at
step n (from earlier in this run or a previous one), the step's model, else the model the student had at
the nearest earlier step (their work, or that step's model), else the studio's model from before the
lesson. The input follows the same order. The step's ``targets`` become target overrides, its locks and
hides the session's holds (:mod:`lstm_studio.document.holds`). Leaving the lesson keeps the work, drops
the holds and brings back the studio's document with its history.

A step is completed when every check holds (on the latest check) and its prediction, if any, was made;
a step with neither is completed when the student moves on with :meth:`LessonRun.next`.
"""

from __future__ import annotations

import os

from lstm_studio.document import tokens
from lstm_studio.document.errors import InputError
from lstm_studio.document.events import Signal
from lstm_studio.document.holds import Holds
from lstm_studio.document.session import Document, Session
from lstm_studio.engine import Model
from lstm_studio.lessons.checks import (
    CheckResult,
    PredictResult,
    compare,
    evaluate,
    expected,
    parse_estimate,
    step_done,
)
from lstm_studio.lessons.format import Lesson, Step
from lstm_studio.lessons.loader import parse_targets
from lstm_studio.lessons.progress import Progress, ProgressStore, StepWork, progress_key


class LessonRun:
    """One student playing ``lesson`` in ``session``. ``store`` None keeps nothing between runs (a
    screenshot, a preview); ``path`` is the lesson's file, naming its progress when it has no id.

    Signals: ``step_changed(n)`` (a step was entered), ``progressed()`` (completion, checks, a prediction
    or a hint changed), ``ended()`` (the lesson was left).
    """

    def __init__(self, session: Session, lesson: Lesson, path: str | os.PathLike | None = None,
                 store: ProgressStore | None = None) -> None:
        self.session = session
        self.lesson = lesson
        self.path = path
        self.store = store
        self.key = progress_key(lesson, path)
        self.progress, self.warning = store.load(self.key) if store is not None else (Progress(), None)
        self.number = 0
        self.predictions: dict[int, PredictResult] = {}
        self.hints_shown: dict[int, int] = {}
        self.results: dict[int, list[CheckResult]] = {}
        self._studio: Document | None = None
        self.step_changed = Signal("A step was entered: emitted with its number (1-based).")
        self.progressed = Signal("Completion, checks, a prediction or a hint changed.")
        self.ended = Signal("The lesson was left; the studio's document is back.")

    # --- Public API: reading ------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._studio is not None

    @property
    def count(self) -> int:
        return len(self.lesson.steps)

    @property
    def step(self) -> Step:
        return self.lesson.step(self.number)

    @property
    def done(self) -> bool:
        """Every step of the lesson is completed."""
        return self.progress.done(self.lesson)

    def completed(self, number: int | None = None) -> bool:
        return (number or self.number) in self.progress.completed

    @property
    def studio(self) -> Document | None:
        """The studio's document, put aside while the lesson plays."""
        return self._studio

    # --- Public API: moving -------------------------------------------------------------------------

    def start(self, number: int | None = None) -> None:
        """Put the studio's document aside and enter step ``number`` (default: where the student was)."""
        if self.active:
            raise RuntimeError("the lesson is already playing")
        if number is not None and not 1 <= number <= self.count:
            raise InputError(f"step {number}: the lesson has steps 1 to {self.count}")
        self._studio = self.session.detach()
        self._enter(number if number is not None else min(max(self.progress.current, 1), self.count))

    def go(self, number: int) -> None:
        """Keep the work of the present step and enter step ``number`` (clamped to the lesson)."""
        number = min(max(int(number), 1), self.count)
        if number == self.number:
            return
        self.keep()
        self._enter(number)

    def next(self) -> None:
        """On to the next step; a step with nothing to check or predict counts as completed."""
        step = self.step
        if not step.checks and step.predict is None and self.number not in self.progress.completed:
            self.progress.completed.add(self.number)
            self.progressed.emit()
        if self.number < self.count:
            self.go(self.number + 1)
        else:
            self.save()

    def back(self) -> None:
        if self.number > 1:
            self.go(self.number - 1)

    def restart_step(self) -> None:
        """Throw away the work of this step and set it up afresh (its checks and prediction too)."""
        self.progress.work.pop(self.number, None)
        self.results.pop(self.number, None)
        self.predictions.pop(self.number, None)
        self._enter(self.number)

    def leave(self) -> None:
        """Keep the work, drop the holds and bring back the studio's document and its history."""
        if not self.active:
            return
        self.keep()
        self.save()
        studio, self._studio = self._studio, None
        assert studio is not None  # active: the studio's document was detached on entering
        self.session.set_holds(None)
        self.session.attach(studio)
        self.number = 0
        self.ended.emit()

    # --- Public API: the student's work -------------------------------------------------------------

    def keep(self) -> None:
        """Note the student's model and input at the present step (kept by :meth:`save`)."""
        if self.active and self.number:
            self.progress.work[self.number] = StepWork(self.session.model.copy(), self.session.text)

    def save(self) -> str | None:
        """Write the progress (when there is a store); a one-line problem, or None when it was written."""
        if self.store is None:
            return None
        self.progress.current = self.number or self.progress.current
        self.keep()
        try:
            self.store.save(self.key, self.progress)
        except InputError as err:
            return err.wording or str(err)
        return None

    def check(self) -> list[CheckResult]:
        """Evaluate the step's checks on the student's model and input now, and record the results."""
        results = evaluate(self.step, self.session.model, self.session.text)
        self.record(self.number, results)
        return results

    def check_job(self):
        """The same as :meth:`check` as a plain function for a worker thread: it reads copies taken now,
        and its results go to :meth:`record` with the step number returned beside them."""
        step, model, text, number = self.step, self.session.model.copy(), self.session.text, self.number
        return lambda: (number, evaluate(step, model, text))

    def record(self, number: int, results: list[CheckResult]) -> None:
        """Results of step ``number``'s checks; the step is completed when they all hold (and the
        prediction, if any, was made)."""
        self.results[number] = results
        self._update_completion(number)
        self.progressed.emit()

    def estimate_count(self) -> int:
        """How many numbers the prediction asks for (1 for a token); InputError when the quantity cannot
        be read from the present model and input."""
        labels, _ = expected(self.step, self.session.model, self.session.text)
        return len(labels)

    def estimate_labels(self) -> tuple[str, ...]:
        """What the prediction asks for, one label per number: ``h₁[1]``, ``p₃[S]``."""
        return expected(self.step, self.session.model, self.session.text)[0]

    def predict(self, typed: str) -> PredictResult:
        """Compare what the student typed with the true value and record it; InputError (one line) when
        the text is not an estimate of the right length or the quantity cannot be read."""
        if self.step.predict is None:
            raise InputError("this step asks for no prediction")
        estimate = parse_estimate(self.step, typed, self.estimate_count())
        result = compare(self.step, self.session.model, self.session.text, estimate)
        self.predictions[self.number] = result
        self._update_completion(self.number)
        self.progressed.emit()
        return result

    def hint(self) -> str | None:
        """Reveal the next hint of this step and return it (None when every hint is shown)."""
        shown = self.hints_shown.get(self.number, 0)
        if shown >= len(self.step.hints):
            return None
        self.hints_shown[self.number] = shown + 1
        self.progressed.emit()
        return self.step.hints[shown]

    def shown_hints(self) -> tuple[str, ...]:
        return self.step.hints[: self.hints_shown.get(self.number, 0)]

    # --- internals ----------------------------------------------------------------------------------

    def _update_completion(self, number: int) -> None:
        step = self.lesson.step(number)
        if step.checks and number not in self.results:
            return
        if step_done(step, self.results.get(number, []), number in self.predictions):
            self.progress.completed.add(number)

    def _start_state(self, number: int) -> tuple[Model, str]:
        """The model and input step ``number`` starts from (see the module docstring)."""
        model = text = None
        for k in range(number, 0, -1):
            work = self.progress.work.get(k)
            step = self.lesson.step(k)
            if model is None:
                model = work.model.copy() if work is not None and work.model is not None else step.new_model()
            if text is None:
                text = work.input if work is not None and work.input is not None else step.input
            if model is not None and text is not None:
                break
        studio = self._studio
        assert studio is not None  # only called while a lesson is active
        if model is None:
            model = studio.model.copy()
        return model, text if text is not None else studio.text

    def _enter(self, number: int) -> None:
        model, text = self._start_state(number)
        step = self.lesson.step(number)
        self.number = number
        self.progress.current = number
        self.session.set_holds(Holds(None if step.locks.empty else step.locks, frozenset(step.hide)))
        self.session.load(model, None, text, targets=self._overrides(step, model, text))
        self.step_changed.emit(number)
        self.save()

    @staticmethod
    def _overrides(step: Step, model: Model, text: str) -> dict[int, str | None]:
        """The step's ``targets`` as the session's target overrides (where they differ from the default,
        the next token); none when they do not fit the input."""
        if step.targets is None:
            return {}
        index = {v: k for k, v in enumerate(model.vocab)}
        inputs = [index[t] for t in tokens.split(text, model.vocab) if t in index]
        try:
            wanted = parse_targets(step.targets, model.vocab, len(inputs))
        except InputError:
            return {}
        default = inputs[1:] + [-1]
        return {k: (model.vocab[w] if w >= 0 else None) for k, (w, d) in enumerate(zip(wanted, default)) if w != d}
