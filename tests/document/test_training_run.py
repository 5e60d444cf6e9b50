"""The Qt-free training run: its states, records, snapshots and mirroring into the document, driven with a
launcher that runs each job when the test says so (no threads, no Qt)."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.document.session import Session
from lstm_studio.document.training_run import (
    IDLE,
    PAUSED,
    PAUSING,
    RUNNING,
    STOPPING,
    ProgressUpdate,
    Trainer,
    epoch_axis,
    failure_message,
    training_job,
)
from lstm_studio.engine.chrono import fresh_model
from lstm_studio.engine.train import TrainConfig, run
from lstm_studio.tasks.catalog import get_task


class Handle:
    """What the launcher returns: the job, its callbacks, and the cancel flag the job checks."""

    def __init__(self, job, on_progress, on_done, on_error) -> None:
        self.job, self.on_progress, self.on_done, self.on_error = job, on_progress, on_done, on_error
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def finish(self, cancel_after: int | None = None, at_check=None) -> None:
        """Run the job to its end (cancelled after ``cancel_after`` progress reports) and report back;
        ``at_check(n)`` is called at the job's n-th check for a cancel (before every batch)."""
        reports, checks = [], []

        def report(update) -> None:
            reports.append(update)
            self.on_progress(update)

        def cancelled() -> bool:
            checks.append(1)
            if at_check is not None:
                at_check(len(checks))
            return self.cancelled or (cancel_after is not None and len(reports) >= cancel_after)

        try:
            result = self.job(report, cancelled)
        except Exception as err:
            self.on_error(err)
        else:
            self.on_done(result)


class Launcher:
    def __init__(self) -> None:
        self.handles: list[Handle] = []

    def __call__(self, job, on_progress, on_done, on_error) -> Handle:
        handle = Handle(job, on_progress, on_done, on_error)
        self.handles.append(handle)
        return handle


@pytest.fixture
def data():
    return get_task("plurals").build(seed=0)


@pytest.fixture
def session():
    return Session(modelfile.load(paths.presets()["lstm_pigs"]))


def _trainer(session=None):
    launcher = Launcher()
    trainer = Trainer(launcher, session)
    states, statuses, trained = [], [], []
    trainer.state_changed.connect(states.append)
    trainer.status.connect(statuses.append)
    trainer.trained.connect(trained.append)
    return trainer, launcher, states, statuses, trained


def _started(data, cells, hidden, seed, session=None, config=None):
    """A trainer whose runs of ``cells`` have been handed to the launcher (not run yet)."""
    trainer, launcher, states, statuses, trained = _trainer(session)
    assert trainer.prepare(cells, data, hidden, seed, "default", "Plurals")
    trainer.begin(config or CONFIG)
    return trainer, launcher, states, statuses, trained


def same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)


CONFIG = TrainConfig(epochs=30, batch_size=16, lr=0.05, seed=0, target_accuracy=None)


def test_a_run_ends_where_the_engine_ends_and_is_mirrored_as_one_undo_step(session, data):
    trainer, launcher, states, statuses, trained = _started(data, ("lstm",), 8, 0, session)
    assert trainer.state == RUNNING and trainer.running and len(launcher.handles) == 1
    assert session.model.vocab == data.vocab and session.text == data.text(data.train[0])[0]
    launcher.handles[0].finish()
    direct = run(fresh_model("lstm", data, 8, 0), data, CONFIG)
    result = trainer.runs["lstm"].result
    assert same(result.model.params, direct.model.params)
    assert trainer.runs["lstm"].epochs == [r.epoch for r in direct.history]
    assert trainer.runs["lstm"].loss == [r.loss for r in direct.history]
    assert states == [RUNNING, IDLE] and not trainer.running and trainer.fraction == 1.0
    assert statuses == [f"lstm: {direct.message}"]
    assert len(trained) == 1 and same(trained[0].params, direct.model.params)
    assert same(session.model.params, direct.model.params)
    assert len(session.undo) == 1 and session.undo.undo_label == "train on Plurals"
    session.undo.undo()
    assert session.model.vocab == ["P", "I", "G", "S"]


def test_pause_then_resume_ends_where_an_uninterrupted_run_ends(data):
    trainer, launcher, states, _, trained = _started(data, ("gru",), 6, 3)

    def pause_before_batch_40(n: int) -> None:
        if n == 40:
            trainer.pause()
            assert trainer.state == PAUSING and launcher.handles[0].cancelled

    launcher.handles[0].finish(at_check=pause_before_batch_40)
    paused = trainer.runs["gru"].result
    assert trainer.state == PAUSED and paused.stopped == "cancelled" and trained == []
    assert 0 < paused.epochs < 30
    trainer.resume(CONFIG)
    assert trainer.state == RUNNING and len(launcher.handles) == 2
    launcher.handles[1].finish()
    final = trainer.runs["gru"].result
    direct = run(fresh_model("gru", data, 6, 3), data, CONFIG)
    assert final.epochs == 30 and same(final.model.params, direct.model.params)
    assert states == [RUNNING, PAUSING, PAUSED, RUNNING, IDLE]


def test_stop_cancels_and_a_paused_run_stops_at_once(data):
    trainer, launcher, states, _, trained = _started(data, ("rnn",), 4, 0)
    trainer.stop()
    assert trainer.state == STOPPING and launcher.handles[0].cancelled
    launcher.handles[0].finish(cancel_after=0)
    assert trainer.state == IDLE and trainer.runs["rnn"].result.stopped == "cancelled" and len(trained) == 1
    trainer.prepare(("rnn",), data, 4, 0, "default", "Plurals")
    trainer.begin(CONFIG)
    trainer.pause()
    launcher.handles[-1].finish()
    assert trainer.state == PAUSED
    trainer.stop()
    assert trainer.state == IDLE and states[-3:] == [PAUSING, PAUSED, IDLE]


def test_a_pause_with_one_run_broken_off_waits_for_the_others_and_pauses(data):
    trainer, launcher, states, statuses, _ = _started(data, ("rnn", "lstm"), 4, 0)
    trainer.pause()
    launcher.handles[0].on_error(RuntimeError("boom"))  # the rnn's worker broke off: no result
    assert trainer.state == PAUSING and statuses == ["rnn: training failed: RuntimeError: boom"]
    launcher.handles[1].finish()
    assert trainer.runs["rnn"].result is None and trainer.runs["lstm"].result.stopped == "cancelled"
    assert trainer.state == PAUSED and states == [RUNNING, PAUSING, PAUSED]


def test_side_by_side_trains_three_cells_and_leaves_the_document_alone(session, data):
    before = session.model
    trainer, launcher, _, _, trained = _started(data, ("rnn", "lstm", "gru"), 4, 0, session,
                                                     TrainConfig(epochs=2, target_accuracy=None))
    assert [h.cancelled for h in launcher.handles] == [False] * 3
    launcher.handles[0].finish()
    launcher.handles[2].finish()
    assert trainer.state == RUNNING and trainer.running
    launcher.handles[1].finish()
    assert trainer.state == IDLE and [m.cell for m in trained] == ["rnn", "lstm", "gru"]
    assert session.model is before and len(session.undo) == 0


def test_scrubbing_moves_the_documents_weights_in_one_undo_step(session, data):
    trainer, launcher, *_ = _started(data, ("lstm",), 8, 0, session)
    launcher.handles[0].finish()
    snaps = trainer.runs["lstm"].snapshots
    assert len(snaps) > 2
    trainer.begin_scrub()
    assert trainer.snapshot("lstm", 0) is snaps[0]
    assert same(session.model.params, snaps[0].params)
    assert trainer.snapshot("lstm", 10**6) is snaps[-1]
    trainer.end_scrub()
    assert len(session.undo) == 2 and session.undo.undo_label == "scrub training history"
    session.undo.undo()
    assert same(session.model.params, trainer.runs["lstm"].result.model.params)
    assert trainer.snapshot("gru", 0) is None


def test_bad_settings_are_one_line_and_the_run_ends(data):
    trainer, launcher, _, statuses, _ = _trainer()
    assert not trainer.prepare(("lstm",), data, 4, 0, "nonsense", "Plurals")
    assert statuses == ["init: 'nonsense' is not one of default, chrono"] and trainer.runs == {}
    trainer.prepare(("lstm",), data, 4, 0, "default", "Plurals")
    trainer.begin(TrainConfig(epochs=0))
    launcher.handles[0].finish()
    assert trainer.state == IDLE and statuses[-1].startswith("lstm: epochs") and "\n" not in statuses[-1]
    assert trainer.runs["lstm"].result is None
    assert failure_message(RuntimeError("boom")) == "training failed: RuntimeError: boom"


def test_the_job_gathers_progress_into_throttled_updates(data):
    model = fresh_model("lstm", data, 4, 0)
    config = TrainConfig(epochs=5, target_accuracy=None)
    everything: list[ProgressUpdate] = []
    result = training_job(model, data, config, interval=3600)(everything.append, lambda: False)
    assert len(everything) == 1, "one report at the end when the interval never passes"
    assert [r.epoch for r in everything[0].records] == [r.epoch for r in result.history]
    assert everything[0].latest.fraction == 1.0
    each: list[ProgressUpdate] = []
    training_job(model, data, config, interval=0)(each.append, lambda: False)
    assert sum(len(u.records) for u in each) == len(result.history) and len(each) > len(result.history)
    assert all(u.model is not None for u in each if u.records)


def test_pause_and_stop_say_so_and_the_progress_stays_where_it_stopped(data):
    trainer, launcher, _, statuses, _ = _started(data, ("gru",), 6, 3, config=TrainConfig(epochs=1000))

    def pause_at(n: int) -> None:
        if n == 40:
            trainer.pause()

    launcher.handles[0].finish(at_check=pause_at)
    paused = trainer.runs["gru"]
    assert paused.result.message.startswith("cancelled at epoch")  # the engine's words …
    where = paused.result.message[len("cancelled"):]
    assert statuses[-1] == f"gru: paused{where} — Resume continues from there"  # … and the user's
    fraction = trainer.fraction
    assert 0 < fraction < 0.1 and fraction == paused.fraction
    trainer.resume(TrainConfig(epochs=1000))
    trainer.stop()
    launcher.handles[1].finish()
    assert trainer.state == IDLE and statuses[-1].startswith("gru: stopped at epoch")
    assert statuses[-1].endswith("; the weights reached so far stay")
    assert trainer.fraction == pytest.approx(fraction, abs=0.01), "Stop does not make the bar jump to 100 %"
    assert trainer.epochs_run == trainer.runs["gru"].epochs[-1] < 30


def test_a_finished_run_is_complete_and_the_epoch_axis_follows_the_epochs_run(data):
    trainer, launcher, *_ = _started(data, ("lstm",), 8, 0, config=TrainConfig(epochs=100_000, lr=0.05))
    launcher.handles[0].finish()
    run_ = trainer.runs["lstm"]
    assert run_.result.stopped == "target" and run_.result.epochs < 100 and trainer.fraction == 1.0
    assert epoch_axis(trainer.epochs_run) == max(10, np.ceil(run_.result.epochs * 1.05))
    assert epoch_axis(0) == epoch_axis(3) == 10 and epoch_axis(1000) == 1050
