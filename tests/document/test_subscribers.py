"""A view that fails cannot break the document: the edit is recorded, marked dirty and seen by the other
views; the failure is reported once. Undo and redo never apply a step to a model it does not fit."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from lstm_studio import paths
from lstm_studio.document import events, modelfile
from lstm_studio.document.autosave import Autosave
from lstm_studio.document.events import FailureReporter, Signal
from lstm_studio.document.session import Session
from lstm_studio.engine import new_model


@pytest.fixture
def session(expected_view_failures):
    return Session(modelfile.load(paths.presets()["lstm_pigs"]))


def test_a_failing_slot_does_not_stop_the_others_and_is_reported_once(expected_view_failures):
    reporter = FailureReporter()
    messages = []
    reporter.hook = messages.append
    signal = Signal("test", "a test event", reporter)
    seen = []

    def broken(value):
        raise OverflowError("slider range")

    signal.connect(seen.append)
    signal.connect(broken)
    signal.connect(lambda value: seen.append(value * 10))
    for value in (1, 2, 3):
        signal.emit(value)
    assert seen == [1, 10, 2, 20, 3, 30]
    assert reporter.count == 3
    assert len(messages) == 1
    assert "broken" in messages[0] and "OverflowError: slider range" in messages[0] and "\n" not in messages[0]


def test_a_view_that_fails_on_every_weight_edit_loses_no_edit(session, tmp_path, caplog):
    """The 1.07e7 slider overflow: before, the exception escaped from the notification, so the edit was
    applied but never recorded, the document stayed clean and nothing was autosaved."""
    problems, later_views = [], []
    session.problem.connect(problems.append)

    def overflowing_view(names):
        raise OverflowError("int too large to convert to C int")

    session.params_changed.connect(overflowing_view)
    session.params_changed.connect(later_views.append)
    before = session.model.params["W_f"].copy()
    revision = session.revision
    with caplog.at_level(logging.ERROR, logger="lstm_studio.document"):
        session.set_entry("W_f", (0, 1), 2.5e7)
        session.set_entry("W_f", (0, 2), 3.5e7)
    assert session.model.params["W_f"][0, 1] == 2.5e7
    assert len(session.undo) == 2 and session.undo.can_undo
    assert session.dirty and session.revision == revision + 2
    assert later_views == [{"W_f"}, {"W_f"}]
    assert len(problems) == 1 and "a weight edit" in problems[0]
    assert sum("OverflowError" in r.getMessage() for r in caplog.records) == 1
    assert caplog.records[0].exc_info is not None  # the traceback is in the log
    autosave = Autosave(tmp_path)
    autosave.write(session)
    assert autosave.written_revision == session.revision
    assert session.undo.undo() and session.undo.undo()
    np.testing.assert_array_equal(session.model.params["W_f"], before)


def test_a_failing_dirty_view_does_not_stop_the_dirty_flag(session):
    def broken(dirty):
        raise RuntimeError("title bar gone")

    session.dirty_changed.connect(broken)
    session.set_input("PIGS")
    assert session.dirty and session.undo.can_undo


def test_redo_is_gone_once_a_training_run_starts_editing(session):
    """Edit, Undo, start training (one group replacing the model), Redo: before, the redo applied the old
    (3, 4) W_f inside the (8, 23) training model."""
    session.set_entry("W_f", (0, 0), 0.75)
    assert session.undo.undo()
    assert session.undo.can_redo
    session.begin_undo_group("train on plurals")
    big = new_model("lstm", [chr(65 + k) for k in range(23)], 8, seed=1)
    session.replace_model(big, "new model for training")
    assert not session.undo.can_redo and not session.undo.redo()
    assert not session.undo.can_undo  # greyed out while the run edits the document
    session.set_params({"W_f": np.full((8, 23), 0.5)}, "training")
    session.end_undo_group()
    assert session.model.params["W_f"].shape == (8, 23)
    assert session.undo.can_undo and not session.undo.can_redo
    assert session.undo.undo()
    assert session.model.params["W_f"].shape == (3, 4)
    assert session.undo.redo()
    assert session.model.params["W_f"].shape == (8, 23) and np.all(session.model.params["W_f"] == 0.5)


def test_a_step_that_no_longer_fits_clears_the_history_instead_of_mixing_models(session, tmp_path):
    session.set_entry("W_f", (0, 0), 0.75)
    session.undo.undo()
    problems = []
    session.problem.connect(problems.append)
    # The model changed behind the history's back (what a redo across training did before).
    session.model = new_model("lstm", list("ABCDEFGH"), 5, seed=2)
    assert not session.undo.redo()
    assert len(session.undo) == 0 and not session.undo.can_undo and not session.undo.can_redo
    assert problems == ["“set W_f[1, 1]” no longer fits the model, so the undo history was cleared"]
    assert session.model.params["W_f"].shape == (5, 8)
    session.save(tmp_path / "m.json")
    assert modelfile.load(tmp_path / "m.json").params["W_f"].shape == (5, 8)


def test_undo_of_a_structural_change_checks_the_model_it_returns_from(session):
    session.replace_model(new_model("gru", list("PIGS"), 2, seed=0), "switch to GRU")
    session.model = new_model("rnn", list("PIGS"), 4, seed=0)
    assert not session.undo.undo()
    assert session.model.cell == "rnn" and len(session.undo) == 0


def test_the_failure_listener_sees_every_reported_failure(expected_view_failures):
    signal = Signal("test", "a test event", FailureReporter())
    signal.connect(lambda: 1 / 0)
    signal.emit()
    assert [type(err) for _, err in expected_view_failures] == [ZeroDivisionError]
    assert events.DEFAULT_REPORTER is not signal.reporter
