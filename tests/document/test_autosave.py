"""Autosave files are written atomically, recovered after a crash, ignored while their process lives."""

import json
import os

import numpy as np

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.document.autosave import Autosave, recoverable
from lstm_studio.document.session import Session


def _session():
    session = Session(modelfile.load(paths.presets()["gru_pigs"]))
    session.set_entry("W_z", (0, 1), 0.625)
    session.set_input("PIGS")
    return session


def test_own_autosave_is_not_offered(tmp_path):
    autosave = Autosave(tmp_path)
    autosave.write(_session())
    assert autosave.file.exists()
    assert recoverable(tmp_path) == []


def test_autosave_of_a_dead_process_is_recovered(tmp_path):
    session = _session()
    autosave = Autosave(tmp_path)
    autosave.write(session)
    data = json.loads(autosave.file.read_text())
    data["pid"] = 2**22 + 12345  # above any pid this machine hands out
    autosave.file.write_text(json.dumps(data))
    found = recoverable(tmp_path)
    assert len(found) == 1
    recovered = found[0]
    assert recovered.text == "PIGS"
    assert recovered.model.params["W_z"][0, 1] == 0.625
    np.testing.assert_array_equal(recovered.model.params["U_h"], session.model.params["U_h"])
    recovered.discard()
    assert recoverable(tmp_path) == []


def test_broken_autosaves_are_skipped(tmp_path):
    (tmp_path / f"1-1{'.autosave.json'}").write_text("{not json")
    (tmp_path / "2-2.autosave.json").write_text(json.dumps({"format": "lstm-studio.autosave", "pid": 2**22 + 1,
                                                            "model": {"format": "wrong"}}))
    assert recoverable(tmp_path) == []
    assert recoverable(tmp_path / "missing") == []


def test_discard_removes_the_file(tmp_path):
    autosave = Autosave(tmp_path)
    autosave.write(_session())
    autosave.discard()
    assert not any(tmp_path.iterdir())
    assert os.getpid() > 0


def test_a_recovered_autosave_keeps_the_targets_and_the_step(tmp_path):
    session = _session()
    session.set_target(0, "S")
    session.set_step(2)
    autosave = Autosave(tmp_path)
    autosave.write(session)
    data = json.loads(autosave.file.read_text())
    data["pid"] = 2**22 + 12346
    autosave.file.write_text(json.dumps(data))
    recovered = recoverable(tmp_path)[0]
    assert recovered.exercise.targets == {0: "S"} and recovered.exercise.step == 2
    del data["session"]  # written before the exercise was kept
    autosave.file.write_text(json.dumps(data))
    assert recoverable(tmp_path)[0].exercise is None
