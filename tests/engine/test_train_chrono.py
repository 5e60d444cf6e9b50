"""Chrono initialisation of the gate biases, and fresh models for a task."""

from __future__ import annotations

import time

import numpy as np
import pytest

from lstm_studio.engine import new_model
from lstm_studio.engine.chrono import chrono_init, fresh_model
from lstm_studio.engine.functions import sigmoid
from lstm_studio.engine.train import TrainConfig, run
from lstm_studio.tasks.catalog import get_task

VOCAB = list("abcdefg")


@pytest.mark.parametrize("cell", ["lstm", "peephole_lstm"])
def test_lstm_forget_biases_spread_over_log_1_to_log_T_and_the_input_gate_mirrors_them(cell):
    model = new_model(cell, VOCAB, 64, seed=1)
    out = chrono_init(model, 42, seed=3)
    b_f = out.params["b_f"]
    assert np.all(b_f >= 0) and np.all(b_f <= np.log(41)) and np.ptp(b_f) > 2
    np.testing.assert_array_equal(out.params["b_i"], -b_f)
    for name in model.params:
        if name not in ("b_f", "b_i"):
            np.testing.assert_array_equal(out.params[name], model.params[name])
    assert np.all(model.params["b_f"] == 1.0), "the input model is left alone"
    # A forget gate at σ(log u) = u / (1 + u) remembers for about 1 / (1 − f) = 1 + u steps.
    memory = 1 / (1 - sigmoid(b_f))
    assert memory.min() >= 2 and memory.max() <= 42


def test_gru_update_bias_points_the_way_its_convention_keeps_h():
    takes_new = chrono_init(new_model("gru", VOCAB, 32, seed=0), 20, seed=0)
    keeps_old = chrono_init(new_model("gru", VOCAB, 32, seed=0, options={"update": "z_keeps_old"}), 20, seed=0)
    assert np.all(takes_new.params["b_z"] <= 0) and np.all(keeps_old.params["b_z"] >= 0)
    np.testing.assert_array_equal(takes_new.params["b_z"], -keeps_old.params["b_z"])


def test_every_layer_and_direction_is_initialised_and_the_rnn_is_unchanged():
    model = new_model("lstm", VOCAB, 4, seed=0, layers=2, bidirectional=True)
    out = chrono_init(model, 10, seed=0)
    for name in ("b_f", "b_f_rev", "b_f_l2", "b_f_l2_rev"):
        assert not np.array_equal(out.params[name], model.params[name])
        np.testing.assert_array_equal(out.params[name.replace("b_f", "b_i")], -out.params[name])
    assert len({out.params[n].tobytes() for n in ("b_f", "b_f_rev", "b_f_l2", "b_f_l2_rev")}) == 4
    rnn = new_model("rnn", VOCAB, 4, seed=0)
    assert all(np.array_equal(rnn.params[k], v) for k, v in chrono_init(rnn, 10).params.items())


def test_the_seed_reproduces_the_draws_and_nonsense_is_refused():
    model = new_model("lstm", VOCAB, 8)
    assert np.array_equal(chrono_init(model, 30, 5).params["b_f"], chrono_init(model, 30, 5).params["b_f"])
    assert not np.array_equal(chrono_init(model, 30, 5).params["b_f"], chrono_init(model, 30, 6).params["b_f"])
    with pytest.raises(ValueError, match="max_steps"):
        chrono_init(model, 2)


def test_fresh_model_reaches_over_the_longest_training_sequence():
    data = get_task("long_range").build(gap=30, sequences=16)
    plain = fresh_model("lstm", data, 8, seed=2)
    chrono = fresh_model("lstm", data, 8, seed=2, init="chrono")
    assert plain.vocab == data.vocab and np.all(plain.params["b_f"] == 1.0)
    assert np.all(chrono.params["b_f"] <= np.log(32)) and np.ptp(chrono.params["b_f"]) > 1
    np.testing.assert_array_equal(chrono.params["W_f"], plain.params["W_f"])
    with pytest.raises(ValueError, match="init: 'xavier'"):
        fresh_model("lstm", data, 8, init="xavier")


def test_a_chrono_lstm_learns_a_gap_of_20():
    data = get_task("long_range").build(gap=20, sequences=256, seed=1)
    model = fresh_model("lstm", data, 16, seed=1, init="chrono")
    start = time.perf_counter()
    result = run(model, data, TrainConfig(epochs=15, lr=0.02, batch_size=8, target_accuracy=1.0, seed=1))
    assert result.stopped == "target", result.message
    assert result.test_accuracy >= 0.95
    assert time.perf_counter() - start < 60
