"""Structural edits keep every weight that still means the same thing."""

import numpy as np
import pytest

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.document.reshape import rebuild
from lstm_studio.engine import SpecError, forward, new_model


@pytest.fixture
def lstm():
    return modelfile.load(paths.presets()["lstm_pigs"])


def test_growing_hidden_keeps_old_units(lstm):
    grown = rebuild(lstm, hidden_size=5, seed=3)
    for name, value in lstm.params.items():
        new = grown.params[name]
        if name == "W_hy":
            np.testing.assert_array_equal(new[:, :3], value)
        elif name == "b_y":
            np.testing.assert_array_equal(new, value)
        elif new.ndim == 2 and name.startswith("U_"):
            np.testing.assert_array_equal(new[:3, :3], value)
        else:
            np.testing.assert_array_equal(new[:3], value)
    forward(grown, [0, 1, 2])


def test_shrinking_hidden_truncates(lstm):
    small = rebuild(lstm, hidden_size=2)
    np.testing.assert_array_equal(small.params["U_f"], lstm.params["U_f"][:2, :2])
    np.testing.assert_array_equal(small.params["W_hy"], lstm.params["W_hy"][:, :2])


def test_vocab_matched_by_name_and_by_position(lstm):
    reordered = rebuild(lstm, vocab=["S", "P", "I", "G", "X"])
    np.testing.assert_array_equal(reordered.params["W_f"][:, 0], lstm.params["W_f"][:, 3])
    np.testing.assert_array_equal(reordered.params["W_hy"][1], lstm.params["W_hy"][0])
    renamed = rebuild(lstm, vocab=["p", "I", "G", "S"], vocab_source=[0, 1, 2, 3])
    np.testing.assert_array_equal(renamed.params["W_f"], lstm.params["W_f"])


def test_lstm_to_peephole_keeps_gates_and_adds_peepholes(lstm):
    peep = rebuild(lstm, cell="peephole_lstm")
    for name, value in lstm.params.items():
        np.testing.assert_array_equal(peep.params[name], value)
    assert peep.params["P_f"].shape == (3,)


def test_cell_change_keeps_output_layer_and_fresh_weights_are_seeded(lstm):
    gru = rebuild(lstm, cell="gru", seed=7)
    np.testing.assert_array_equal(gru.params["W_hy"], lstm.params["W_hy"])
    fresh = rebuild(lstm, keep_weights=False, seed=7)
    expected = new_model("lstm", lstm.vocab, 3, seed=7)
    for name in expected.params:
        np.testing.assert_array_equal(fresh.params[name], expected.params[name])


def test_initial_state_follows_hidden_size_and_cell(lstm):
    lstm.initial_state = {"h": np.array([1.0, 2.0, 3.0]), "c": np.array([4.0, 5.0, 6.0])}
    grown = rebuild(lstm, hidden_size=4)
    np.testing.assert_array_equal(grown.initial_state["h"], [1, 2, 3, 0])
    rnn = rebuild(lstm, cell="rnn")
    assert set(rnn.initial_state) == {"h"}


def test_bad_option_raises_spec_error(lstm):
    with pytest.raises(SpecError):
        rebuild(lstm, cell="gru", options={"reset": "sideways"})
