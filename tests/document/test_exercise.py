"""The exercise in the model file: a saved session reopens with its input, targets, step and panel;
files without the block load as before; a bad block is refused in one line naming the field."""

import json

import numpy as np
import pytest

from lstm_studio import paths
from lstm_studio.document import exercise as exercise_file
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.document.exercise import Exercise
from lstm_studio.document.session import Session


def _session(text="PIGS"):
    return Session(modelfile.load(paths.presets()["lstm_pigs"]), None, text)


def test_saving_keeps_the_input_the_targets_the_step_and_the_panel(tmp_path):
    session = _session()
    session.set_input("PIGSIG")
    session.set_target(1, "S")
    session.set_target(4, None)
    session.set_step(3)
    session.panel = "heatmaps"
    path = tmp_path / "mine.json"
    session.save(path)

    reopened = Session(modelfile.load(paths.presets()["rnn_pigs"]))
    reopened.open(path)
    assert reopened.text == "PIGSIG"
    assert reopened.target_overrides == {1: "S", 4: None}
    assert reopened.targets() == [1, 3, 3, 1, -1, -1]
    assert reopened.step == 3
    assert reopened.panel == "heatmaps"
    for name, value in session.model.params.items():
        np.testing.assert_array_equal(reopened.model.params[name], value)
    assert not reopened.dirty


def test_the_block_is_written_readably_with_steps_counted_from_one(tmp_path):
    session = _session("PIG")
    session.set_target(0, "S")
    session.set_step(2)
    path = tmp_path / "mine.json"
    session.save(path)
    data = json.loads(path.read_text())
    assert data["session"] == {"input": "PIG", "targets": {"1": "S"}, "step": 3}
    assert list(data)[-1] == "session"


def test_saving_after_editing_only_the_input_keeps_it(tmp_path):
    session = _session("PIG")
    path = tmp_path / "mine.json"
    session.save(path)
    session.set_input("PIGS")
    assert session.dirty
    session.save()
    _model, exercise = exercise_file.load(path)
    assert exercise.input == "PIGS"


def test_a_file_without_the_block_loads_as_before():
    _model, exercise = exercise_file.load(paths.presets()["gru_pigs"])
    assert exercise is None
    session = Session(modelfile.load(paths.presets()["rnn_pigs"]))
    session.open(paths.presets()["gru_pigs"])
    assert session.text == "PIG" and session.target_overrides == {} and session.panel is None


def test_the_model_loader_lets_the_block_through(tmp_path):
    path = tmp_path / "mine.json"
    exercise_file.save(modelfile.load(paths.presets()["rnn_pigs"]), Exercise("GIP", {0: "G"}, 1, "cell"), path)
    assert modelfile.load(path).cell == "rnn"


def test_a_saved_step_beyond_the_input_is_clamped(tmp_path):
    path = tmp_path / "mine.json"
    exercise_file.save(modelfile.load(paths.presets()["rnn_pigs"]), Exercise("PI", {}, 40, None), path)
    session = _session()
    session.open(path)
    assert session.step == 1


@pytest.mark.parametrize("block, message", [
    ([], "session: expected an object"),
    ({"input": 3}, "session.input: expected a string"),
    ({"input": "PIG", "colour": "red"}, "session.colour: unknown key"),
    ({"targets": ["S"]}, "session.targets: expected an object"),
    ({"targets": {"0": "S"}}, 'session.targets: "0" is not a step number'),
    ({"targets": {"x": "S"}}, 'session.targets: "x" is not a step number'),
    ({"targets": {"2": "Q"}}, 'session.targets.2: "Q" is not in the vocabulary'),
    ({"step": 0}, "session.step: expected a step number"),
    ({"step": True}, "session.step: expected a step number"),
    ({"panel": "<b>gates</b>"}, "session.panel: expected a panel name"),
    ({"input": "P" * 100_001}, "more than the limit"),
])
def test_a_bad_block_is_refused_in_one_line(tmp_path, block, message):
    data = modelfile.model_to_dict(modelfile.load(paths.presets()["rnn_pigs"]))
    data["session"] = block
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(InputError, match=message) as err:
        exercise_file.load(path)
    assert "\n" not in str(err.value) and str(path) in str(err.value)
    session = _session("PIGS")
    with pytest.raises(InputError):
        session.open(path)
    assert session.text == "PIGS" and session.path is None
