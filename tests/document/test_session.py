"""The Qt-free document: edits are commands, events reach subscribers, the evaluation follows the edits
and recomputes only what it must, and undo restores the exact previous numbers."""

import numpy as np
import pytest

from lstm_studio import paths
from lstm_studio.document import evaluation, modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.document.session import DEFAULT, Session, entry_name
from lstm_studio.engine import cross_entropy, forward


@pytest.fixture
def session():
    return Session(modelfile.load(paths.presets()["lstm_pigs"]))


def test_default_sequence_and_targets(session):
    assert session.text == "PIG"
    assert session.inputs() == [0, 1, 2]
    assert session.targets() == [1, 2, -1]
    result = session.result()
    reference = forward(session.model, [0, 1, 2])
    np.testing.assert_array_equal(result.p, reference.p[:, 0])
    assert result.loss == cross_entropy(reference, [1, 2, -1])[0]


def test_set_entry_changes_result_and_undo_restores_exact_numbers(session):
    before = session.result().p.copy()
    original = session.model.params["W_f"].copy()
    names = []
    session.params_changed.connect(names.append)
    session.set_entry("W_f", (1, 2), 2.5)
    assert names == [{"W_f"}]
    assert session.model.params["W_f"][1, 2] == 2.5
    after = session.result().p
    np.testing.assert_array_equal(after, forward(session.model, [0, 1, 2]).p[:, 0])
    assert not np.array_equal(before, after)
    assert session.dirty
    session.undo.undo()
    np.testing.assert_array_equal(session.model.params["W_f"], original)
    np.testing.assert_array_equal(session.result().p, before)
    assert not session.dirty


def test_drag_is_one_undo_step(session):
    original = session.model.params["U_i"][0, 0]
    session.begin_undo_group("drag U_i[0, 0]")
    for value in np.linspace(-2, 2, 50):
        session.set_entry("U_i", (0, 0), value)
    session.end_undo_group()
    assert len(session.undo) == 1
    assert session.model.params["U_i"][0, 0] == 2.0
    session.undo.undo()
    assert session.model.params["U_i"][0, 0] == original
    session.undo.redo()
    assert session.model.params["U_i"][0, 0] == 2.0


def test_output_edit_reuses_the_recurrent_trace(session, monkeypatch):
    session.result()
    calls = []
    real = evaluation.forward
    monkeypatch.setattr(evaluation, "forward", lambda *a: calls.append(1) or real(*a))
    session.set_entry("W_hy", (2, 1), 0.7)
    result = session.result()
    assert calls == []
    np.testing.assert_allclose(result.p, forward(session.model, [0, 1, 2]).p[:, 0], rtol=0, atol=1e-15)
    session.set_entry("W_f", (0, 0), 0.7)
    session.result()
    assert calls == [1]


def test_target_change_recomputes_only_the_loss(session, monkeypatch):
    trace = session.result().trace
    session.set_target(2, "S")
    result = session.result()
    assert result.trace is trace
    assert session.targets() == [1, 2, 3]
    assert result.loss == cross_entropy(trace, [1, 2, 3])[0]
    session.set_target(2, DEFAULT)
    assert session.targets() == [1, 2, -1]
    session.set_target(0, None)
    assert session.targets() == [-1, 2, -1]


def test_unknown_tokens_are_skipped_and_reported(session):
    session.set_input("PIXG")
    assert session.unknown_positions() == [2]
    assert session.inputs() == [0, 1, 2]
    assert session.result().steps == 3


def test_empty_input_gives_an_empty_evaluation(session):
    session.set_input("")
    result = session.result()
    assert result.steps == 0 and result.trace is None and result.loss == 0.0


def test_typing_is_one_undo_step_and_grid_clicks_are_separate(session):
    session.set_input("P")
    session.set_input("PI")
    session.set_input("PIS")
    assert len(session.undo) == 1
    session.set_input_token(1, 3)
    assert session.text == "PSS"
    session.set_input_token(3, 0)
    assert session.text == "PSSP"
    assert len(session.undo) == 3
    session.undo.undo()
    session.undo.undo()
    session.undo.undo()
    assert session.text == "PIG"


def test_step_is_clamped_and_signalled(session):
    steps = []
    session.step_changed.connect(steps.append)
    session.set_step(2)
    session.set_step(10)
    assert session.step == 2 and steps == [2]
    session.set_input("P")
    assert session.step == 0 and steps == [2, 0]


def test_initial_state_edit_and_undo(session):
    before = session.result().p.copy()
    session.set_initial_state("c", np.array([0.5, -0.5, 1.0]))
    assert not np.array_equal(session.result().p, before)
    session.undo.undo()
    assert "c" not in session.model.initial_state
    np.testing.assert_array_equal(session.result().p, before)


def test_set_params_rejects_wrong_shape_and_non_finite(session):
    with pytest.raises(ValueError, match="W_f"):
        session.set_params({"W_f": np.zeros((2, 2))})
    with pytest.raises(ValueError, match="finite"):
        session.set_params({"W_f": np.full((3, 4), np.nan)})
    assert len(session.undo) == 0


def test_save_marks_clean_and_round_trips(session, tmp_path):
    session.set_entry("b_o", 1, 0.125)
    path = session.save(tmp_path / "m.json")
    assert not session.dirty and session.path == path
    loaded = modelfile.load(path)
    np.testing.assert_array_equal(loaded.params["b_o"], session.model.params["b_o"])


def test_open_bad_file_keeps_the_model(session, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "lstm-studio.model", "version": 1, "cell": "lstm", "vocab": ["a"]')
    model = session.model
    session.set_entry("W_f", (0, 0), 1.5)
    with pytest.raises(InputError, match=r"bad\.json"):
        session.open(bad)
    assert session.model is model and session.model.params["W_f"][0, 0] == 1.5 and session.dirty


def test_structure_change_is_undoable(session):
    from lstm_studio.document.reshape import rebuild

    events = []
    session.structure_changed.connect(lambda: events.append("structure"))
    old = session.model
    session.replace_model(rebuild(old, hidden_size=5), "hidden size 5")
    assert session.model.hidden_size == 5 and events == ["structure"]
    np.testing.assert_array_equal(session.model.params["W_f"][:3], old.params["W_f"])
    session.undo.undo()
    assert session.model.hidden_size == 3
    np.testing.assert_array_equal(session.model.params["W_f"], old.params["W_f"])


def test_edits_name_their_entry_from_one_as_the_panels_do(session):
    assert entry_name("b_f", 0) == "b_f[1]" and entry_name("W_f", (1, 2)) == "W_f[2, 3]"
    session.set_entry("W_f", (1, 2), 2.5)
    assert session.undo.undo_label == "set W_f[2, 3]"
    session.set_entry("b_o", 1, 0.125)
    assert session.undo.undo_label == "set b_o[2]"
