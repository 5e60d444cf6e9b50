"""Training a model on a task, Qt-free: the run's states, what each run reported, its snapshots, and how
the run drives the open document. The training panel is a view of one :class:`Trainer`.

States::

    idle --start--> running --pause--> pausing --(every run stopped)--> paused --resume--> running
                       |                                                   |
                       +--stop--> stopping --(every run stopped)--> idle <-stop

A run is :func:`lstm_studio.engine.train.run` (or ``resume``) wrapped by :func:`training_job` into a plain
function ``job(report, cancelled) -> TrainResult``. The trainer never runs it itself: it hands each job to
the ``launch`` callable it was made with (``launch(job, on_progress, on_done, on_error) -> handle``, the
handle having ``cancel()``); the app launches on its background runner, a test may run the job inline.
Pausing cancels every run before its next batch and keeps its result, so resuming continues exactly where
it stopped (same optimiser state, same batch order); stopping ends the runs for good.

With a session (the studio's document), a single run is mirrored into it: the fresh model replaces the
document's, the task's first sequence becomes the input, and the weights follow the training as progress
arrives. The whole run is one undo step, and so is one scrub through the snapshots.

A run that is paused or stopped reports so in its own words ("paused at epoch 101, batch 3 of 5 …"), keeps
its progress where it stopped, and the curves' epoch axis follows the epochs run (:func:`epoch_axis`).

Signals: ``state_changed(state)``, ``status(message)`` (one line for the user), ``progressed(run, update)``,
``finished(run)`` (one run ended), ``trained(model)`` (after every run ended, once per run with a result).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from lstm_studio.document.events import Signal
from lstm_studio.document.wording import Message
from lstm_studio.engine import Model
from lstm_studio.engine.chrono import fresh_model
from lstm_studio.engine.data import Dataset
from lstm_studio.engine.train import STOP_CANCELLED, EpochRecord, Progress, Snapshot, TrainConfig, TrainResult
from lstm_studio.engine.train import resume as resume_training
from lstm_studio.engine.train import run as run_training

IDLE, RUNNING, PAUSING, PAUSED, STOPPING = "idle", "running", "pausing", "paused", "stopping"
#: The cells trained side by side on the same data with the same settings.
SIDE_BY_SIDE = ("rnn", "lstm", "gru")
#: Report progress at most this often (seconds): about 15 updates a second, whatever the speed of training.
PROGRESS_INTERVAL = 1 / 15
#: The epoch axis spans at least this many epochs.
MIN_EPOCH_AXIS = 10


@dataclass
class ProgressUpdate:
    """What a run reported since its previous update: new epoch records, the latest batch, the latest
    weights (None when no epoch ended meanwhile)."""

    records: list[EpochRecord]
    latest: Progress | None
    model: Model | None


def training_job(model: Model, data: Dataset, config: TrainConfig, previous: TrainResult | None = None,
                 interval: float = PROGRESS_INTERVAL) -> Callable:
    """One run as ``job(report, cancelled) -> TrainResult``: training from ``model`` (or resuming
    ``previous``) with the engine's per-batch progress gathered into :class:`ProgressUpdate` s, reported at
    most every ``interval`` seconds and once more at the end. ``cancelled()`` is checked before every batch."""

    def job(report: Callable[[ProgressUpdate], None], cancelled: Callable[[], bool]) -> TrainResult:
        records: list[EpochRecord] = []
        # the last Progress, the last epoch's model, the last report time (the interval counts from the start)
        latest: list = [None, None, time.monotonic()]

        def flush() -> None:
            if latest[0] is None and not records:
                return
            report(ProgressUpdate(list(records), latest[0], latest[1]))
            records.clear()
            latest[1] = None
            latest[2] = time.monotonic()

        def progress(event: Progress) -> None:
            latest[0] = event
            if event.record is not None:
                records.append(event.record)
                latest[1] = event.model
            if time.monotonic() - latest[2] >= interval:
                flush()

        if previous is None:
            result = run_training(model, data, config, progress, cancelled)
        else:
            result = resume_training(previous, data, config, progress, cancelled)
        flush()
        return result

    return job


def epoch_axis(epochs_run: int) -> float:
    """The right end of the curves' epoch axis: the epochs run so far and a little room (at least
    MIN_EPOCH_AXIS), never the planned epochs — a run planned for 100 000 epochs that reaches its target
    after 30 would otherwise hug the left edge."""
    return float(max(MIN_EPOCH_AXIS, np.ceil(epochs_run * 1.05)))


def failure_message(err: Exception) -> str:
    """One line for a run that could not start (bad settings) or broke off."""
    if isinstance(err, ValueError):  # bad settings, said in words the window can translate when they are a Message
        wording = getattr(err, "wording", None) or (err.args[0] if err.args else None)
        return wording if isinstance(wording, Message) else str(err)
    return Message("Training", "training failed: {error}", error=f"{type(err).__name__}: {err}")


class Handle(Protocol):
    """What ``launch`` returns for a run: a way to cancel it before its next batch."""

    def cancel(self) -> None: ...


@dataclass
class Run:
    """One cell being trained: the model it started from (then the trained one), what it reported so
    far, and its result once it stopped. ``curves`` holds whatever a view draws for it."""

    cell: str
    model: Model
    result: TrainResult | None = None
    epochs: list[int] = field(default_factory=list)
    loss: list[float] = field(default_factory=list)
    accuracy: list[float] = field(default_factory=list)
    test_accuracy: list[float] = field(default_factory=list)
    fraction: float = 0.0
    active: bool = False
    handle: Handle | None = field(default=None, repr=False)
    curves: list = field(default_factory=list, repr=False)

    @property
    def snapshots(self) -> list[Snapshot]:
        return self.result.snapshots if self.result is not None else []


class Trainer:
    """The runs of one training (one cell, or three side by side) and their state; see the module docstring."""

    def __init__(self, launch: Callable, session=None) -> None:
        self.launch = launch
        self.session = session
        self.state = IDLE
        self.runs: dict[str, Run] = {}
        self.data: Dataset | None = None
        self.state_changed = Signal("The state changed: emitted with the new state.")
        self.status = Signal("A one-line message for the user (what a run did, why it stopped).")
        self.progressed = Signal("A run reported progress: emitted with the Run and the ProgressUpdate.")
        self.finished = Signal("A run ended (finished, cancelled or failed): emitted with the Run.")
        self.trained = Signal("After every run ended: emitted with each trained model.")
        self._title = ""
        self._mirroring = False
        self._scrubbing = False

    # --- Public API: reading --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a run is still training (its worker may take a moment more to wind down)."""
        return any(run.active for run in self.runs.values())

    @property
    def fraction(self) -> float:
        """How far the runs are, together (0 … 1); a stopped run stays where it stopped."""
        return float(np.mean([run.fraction for run in self.runs.values()])) if self.runs else 0.0

    @property
    def epochs_run(self) -> int:
        """The most epochs any run has finished so far."""
        return max((run.epochs[-1] for run in self.runs.values() if run.epochs), default=0)

    def can_start(self) -> bool:
        return self.state in (IDLE, PAUSED)

    # --- Public API: running --------------------------------------------------------------------------

    def prepare(self, cells: tuple[str, ...], data: Dataset, hidden: int, seed: int, init: str,
                title: str) -> bool:
        """Fresh models for ``cells`` on ``data`` (the previous runs are dropped); False with the reason in
        ``status`` when they cannot be made. Then :meth:`begin` trains them."""
        if not self.can_start():
            return False
        self._finish_mirroring()
        self.runs = {}
        try:
            runs = {cell: Run(cell, fresh_model(cell, data, hidden, seed, init=init, name=f"{title} ({cell})"))
                    for cell in cells}
        except ValueError as err:
            self.status.emit(failure_message(err))
            return False
        self.runs, self.data = runs, data
        self._title = title
        return True

    def begin(self, config: TrainConfig) -> None:
        """Train every prepared run from its fresh weights (a single run is mirrored into the session)."""
        if len(self.runs) == 1 and self.session is not None:
            self._begin_mirroring(next(iter(self.runs.values())).model)
        self._launch(config, resume=False)

    def pause(self) -> None:
        """Cancel every run before its next batch, keeping its result so that it can resume."""
        if self.state == RUNNING:
            self._set_state(PAUSING)
            self._cancel_all()

    def resume(self, config: TrainConfig) -> None:
        """Continue every paused run exactly where it stopped."""
        if self.state == PAUSED:
            self._launch(config, resume=True)

    def stop(self) -> None:
        """End the training for good (the weights reached so far stay)."""
        if self.state in (RUNNING, PAUSING):
            self._set_state(STOPPING)
            self._cancel_all()
        elif self.state == PAUSED:
            self._all_done()

    def shutdown(self) -> None:
        """Cancel every run and end the mirroring (before the trainer goes away)."""
        self._cancel_all()
        self._finish_mirroring()

    # --- Public API: the history ----------------------------------------------------------------------

    def snapshot(self, cell: str, index: int) -> Snapshot | None:
        """Snapshot ``index`` (clamped) of run ``cell``, mirrored into the session when it can show it."""
        run = self.runs.get(cell)
        if run is None or not run.snapshots:
            return None
        snap = run.snapshots[max(0, min(int(index), len(run.snapshots) - 1))]
        if self.session is not None and self._same_structure(run):
            self.session.set_params({k: v.copy() for k, v in snap.params.items()}, "scrub training history")
        return snap

    def begin_scrub(self) -> None:
        """Every snapshot shown until :meth:`end_scrub` is one undo step."""
        if self.session is not None and not self._scrubbing:
            self._scrubbing = True
            self.session.begin_undo_group("scrub training history")

    def end_scrub(self) -> None:
        if self.session is not None and self._scrubbing:
            self._scrubbing = False
            self.session.end_undo_group()

    # --- internals: the runs --------------------------------------------------------------------------

    def _launch(self, config: TrainConfig, resume: bool) -> None:
        launching = []
        for run in self.runs.values():
            if resume and (run.result is None or run.result.stopped != STOP_CANCELLED):
                continue
            assert self.data is not None  # prepare() made the runs and set their data
            run.active = True
            launching.append((run, training_job(run.model, self.data, config, run.result if resume else None)))
        self._set_state(RUNNING)
        for run, job in launching:
            run.handle = self.launch(job, lambda update, run=run: self._progress(run, update),
                                     lambda result, run=run: self._done(run, result),
                                     lambda err, run=run: self._failed(run, err))

    def _progress(self, run: Run, update: ProgressUpdate) -> None:
        for record in update.records:
            run.epochs.append(record.epoch)
            run.loss.append(record.loss)
            run.accuracy.append(record.accuracy)
            run.test_accuracy.append(np.nan if record.test_accuracy is None else record.test_accuracy)
        if update.model is not None:
            self._mirror(run, update.model)
        if update.latest is not None:
            run.fraction = update.latest.fraction
        self.progressed.emit(run, update)

    def _done(self, run: Run, result: TrainResult) -> None:
        run.result = result
        run.model = result.model
        run.active = False
        if result.stopped != STOP_CANCELLED:
            run.fraction = 1.0  # finished (all epochs, or the target reached early); a cancelled run stays
        self.finished.emit(run)
        self._mirror(run, result.model)
        self.status.emit(Message("Training", "{cell}: {message}", cell=run.cell, message=self._say(result)))
        if not self.running:
            if self.state == PAUSING and any(r.result is not None and r.result.stopped == STOP_CANCELLED
                                             for r in self.runs.values()):
                self._set_state(PAUSED)
            else:
                self._all_done()

    def _say(self, result: TrainResult) -> str:
        """The run's message, with what the user asked for instead of the engine's "cancelled"."""
        message = result.message
        if result.stopped != STOP_CANCELLED or not isinstance(message, Message) or "where" not in message.fields:
            return message
        where = message.fields["where"]
        if self.state == PAUSING:
            return Message("Training", "paused at {where} — Resume continues from there", where=where)
        return Message("Training", "stopped at {where}; the weights reached so far stay", where=where)

    def _failed(self, run: Run, err: Exception) -> None:
        run.active = False
        self.finished.emit(run)
        self.status.emit(Message("Training", "{cell}: {message}", cell=run.cell, message=failure_message(err)))
        if not self.running:
            self._all_done()

    def _cancel_all(self) -> None:
        for run in self.runs.values():
            if run.active and run.handle is not None:
                run.handle.cancel()

    def _all_done(self) -> None:
        self._finish_mirroring()
        self._set_state(IDLE)
        for run in self.runs.values():
            if run.result is not None:
                self.trained.emit(run.result.model)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # --- internals: the session -----------------------------------------------------------------------

    def _begin_mirroring(self, model: Model) -> None:
        """One undo step for the whole run: the fresh model, a sequence of the task, the weights as they go."""
        self.session.begin_undo_group(Message("Undo", "train on {task}", task=Message("Tasks", self._title)))
        self._mirroring = True
        self.session.replace_model(model.copy(), "new model for training")
        assert self.data is not None  # prepare() set it
        inputs, _ = self.data.text(self.data.train[0])
        self.session.set_input(inputs)

    def _mirror(self, run: Run, model: Model) -> None:
        if self._mirroring and self.session is not None and self._same_structure(run):
            self.session.set_params({k: v.copy() for k, v in model.params.items()}, "training")

    def _finish_mirroring(self) -> None:
        if self._mirroring:
            self._mirroring = False
            self.session.end_undo_group()

    def _same_structure(self, run: Run) -> bool:
        model = self.session.model
        return (model.vocab == run.model.vocab and model.cell == run.model.cell
                and model.params.keys() == run.model.params.keys()
                and all(model.params[k].shape == v.shape for k, v in run.model.params.items()))
