"""Playing a lesson in a document session (Qt-free): each step sets up its model, input, targets and
holds; the set-up is never undone; the student's work per step is kept, carried forward and survives a
restart; checks, predictions and hints complete a step; leaving brings the studio back untouched."""

import numpy as np
import pytest

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.document.session import Session
from lstm_studio.engine import forward
from lstm_studio.lessons import ProgressStore, lesson_from_dict
from lstm_studio.lessons.lesson_run import LessonRun


def lesson_dict() -> dict:
    return {
        "format": "lstm-studio.lesson", "version": 1, "id": "run-test", "title": "Run test",
        "steps": [
            {"title": "Look", "text": "The RNN reads $x_t$.", "model": "preset:rnn_pigs", "input": "PIG",
             "show": "cell"},
            {"title": "Predict P", "lock": "all", "unlock": ["b_y"], "hide": ["gradients", "vocab"],
             "predict": {"quantity": "h", "t": 1, "unit": 1, "tolerance": 0.05},
             "check": [{"quantity": "prediction", "t": 3, "equals": "P"}],
             "hints": ["b_y[1] adds to y_P.", "Make b_y[1] large."]},
            {"title": "The LSTM", "model": "preset:lstm_pigs", "input": "PIGS", "targets": "··SP",
             "lock": ["W_f", "cell"],
             "check": [{"quantity": "loss", "op": "<", "value": 100}]},
        ],
    }


@pytest.fixture
def session():
    return Session(modelfile.load(paths.presets()["gru_pigs"]), None, "GIG")


def play(session, tmp_path, number=None) -> LessonRun:
    run = LessonRun(session, lesson_from_dict(lesson_dict()), store=ProgressStore(tmp_path))
    run.start(number)
    return run


def test_each_step_sets_up_model_input_targets_and_holds(session, tmp_path):
    run = play(session, tmp_path)
    assert run.number == 1 and session.model.cell == "rnn" and session.text == "PIG"
    assert session.holds.empty
    run.next()
    assert run.completed(1)  # nothing to check: moving on completes it
    assert run.number == 2 and session.model.cell == "rnn" and session.text == "PIG"
    assert session.holds.control_locked("input") and session.holds.hidden == {"gradients", "vocab"}
    assert not session.holds.entry_locked("b_y", (3,)) and session.holds.entry_locked("W_hh", (0, 0))
    run.next()
    assert session.model.cell == "lstm" and session.text == "PIGS"
    assert session.target_overrides == {0: None, 1: None, 3: "P"} and session.targets() == [-1, -1, 3, 0]
    assert session.holds.control_locked("cell") and not session.holds.control_locked("input")


def test_the_set_up_is_not_undoable_and_edits_are(session, tmp_path):
    run = play(session, tmp_path, 2)
    assert len(session.undo) == 0 and not session.undo.can_undo
    session.set_entry("b_y", 3, 4.0)
    session.set_entry("W_xh", (0, 0), 4.0)  # held: refused
    assert len(session.undo) == 1
    session.undo.undo()
    assert not session.undo.can_undo and session.model.cell == "rnn" and run.number == 2


def test_the_students_model_carries_forward_and_is_kept_per_step(session, tmp_path):
    run = play(session, tmp_path)
    session.set_entry("b_y", 3, 2.0)
    run.next()  # step 2 keeps the model: the student's edited one
    assert session.model.params["b_y"][3] == 2.0
    session.set_entry("b_y", 3, 5.0)
    run.next()
    assert session.model.cell == "lstm"
    run.back()
    assert session.model.params["b_y"][3] == 5.0
    run.back()
    assert session.model.params["b_y"][3] == 2.0


def test_progress_and_work_survive_a_restart(session, tmp_path):
    run = play(session, tmp_path, 2)
    session.set_entry("b_y", 3, 6.0)
    run.save()
    again = LessonRun(Session(modelfile.load(paths.presets()["gru_pigs"])), run.lesson, store=ProgressStore(tmp_path))
    again.start()
    assert again.number == 2 and again.session.model.params["b_y"][3] == 6.0 and again.warning is None


def test_checks_and_the_prediction_complete_a_step(session, tmp_path):
    run = play(session, tmp_path, 2)
    results = run.check()
    assert [r.passed for r in results] == [False] and not run.completed()
    session.set_entry("b_y", 0, 10.0)
    assert [r.passed for r in run.check()] == [True]
    assert not run.completed()  # the prediction is still missing
    h1 = float(forward(session.model, session.inputs()).h[0, 0, 0])
    with pytest.raises(InputError, match="expected 1 number, got 2"):
        run.predict("0.1 0.2")
    result = run.predict(f"{h1 + 0.2:.6f}")
    assert not result.passed and result.errors[0] == pytest.approx(0.2, abs=1e-6)
    assert run.completed()  # made, even if far off
    assert run.estimate_labels() == ("h₁[1]",)


def test_hints_are_revealed_one_at_a_time(session, tmp_path):
    run = play(session, tmp_path, 2)
    assert run.hint() == "b_y[1] adds to y_P."
    assert run.shown_hints() == ("b_y[1] adds to y_P.",)
    assert run.hint() == "Make b_y[1] large."
    assert run.hint() is None


def test_restart_step_sets_the_step_up_afresh(session, tmp_path):
    run = play(session, tmp_path, 3)
    original = session.model.params["b_y"].copy()
    session.set_entry("b_y", 0, 9.0)
    run.restart_step()
    np.testing.assert_array_equal(session.model.params["b_y"], original)
    assert len(session.undo) == 0


def test_leaving_brings_back_the_studio_document_and_its_history(session, tmp_path):
    session.set_entry("W_hy", (0, 0), 1.5)
    ended = []
    run = LessonRun(session, lesson_from_dict(lesson_dict()), store=ProgressStore(tmp_path))
    run.ended.connect(lambda: ended.append(True))
    run.start(3)
    run.leave()
    assert ended == [True] and not run.active and session.holds.empty
    assert session.model.cell == "gru" and session.text == "GIG" and session.dirty
    assert session.undo.undo() and not session.dirty


def test_without_a_store_nothing_is_written(session, tmp_path):
    run = LessonRun(session, lesson_from_dict(lesson_dict()), store=None)
    run.start(2)
    run.next()
    run.leave()
    assert list(tmp_path.iterdir()) == []


def test_a_step_out_of_range_is_one_line(session, tmp_path):
    run = LessonRun(session, lesson_from_dict(lesson_dict()), store=ProgressStore(tmp_path))
    with pytest.raises(InputError, match="step 4: the lesson has steps 1 to 3"):
        run.start(4)
    assert not run.active and session.model.cell == "gru"
