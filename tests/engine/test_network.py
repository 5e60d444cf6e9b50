"""The network's plumbing: inputs, targets, initial states, the trace's time order, final states."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from lstm_studio.engine import (
    as_batch,
    backward,
    cross_entropy,
    dlogits,
    forward,
    loss_and_gradients,
    new_model,
    one_hot,
)


def test_one_hot_marks_each_token():
    x = one_hot(np.array([[2, 0], [1, 2]]), 3)
    assert x.dtype == np.float64 and x.shape == (2, 2, 3)
    assert x.tolist() == [[[0, 0, 1], [1, 0, 0]], [[0, 1, 0], [0, 0, 1]]]


def test_a_single_sequence_is_a_batch_of_one():
    assert as_batch([3, 1, 2]).tolist() == [[3], [1], [2]]
    assert as_batch([[3, 1], [2, 0]]).shape == (2, 2)


@pytest.mark.parametrize("tokens, message", [([], "empty"), ([0, 4], "out of range"), ([-1, 0], "out of range")])
def test_forward_rejects_bad_tokens(tokens, message):
    with pytest.raises(ValueError, match=message):
        forward(new_model("rnn", list("PIGS"), 3), tokens)


def test_targets_must_match_the_trace():
    trace = forward(new_model("rnn", list("PIGS"), 3), [0, 1, 2])
    for bad in ([1, 2], [[1, 2, 3]]):
        with pytest.raises(ValueError, match="targets have shape"):
            cross_entropy(trace, bad)
        with pytest.raises(ValueError, match="targets have shape"):
            dlogits(trace, bad)


def test_steps_without_a_target_add_no_loss_and_no_gradient():
    trace = forward(new_model("gru", list("PIGS"), 3, seed=1), [[0, 1], [1, 2], [2, 3]])
    targets = np.array([[1, -1], [-1, -1], [3, 0]])
    loss, per_step = cross_entropy(trace, targets)
    p = trace.p
    expected = -np.log([p[0, 0, 1], p[2, 0, 3], p[2, 1, 0]])
    assert per_step[targets < 0].tolist() == [0.0, 0.0, 0.0]
    assert per_step[targets >= 0].tolist() == pytest.approx(expected.tolist(), rel=1e-15)
    assert loss == pytest.approx(expected.sum(), rel=1e-15)
    dy = dlogits(trace, targets)
    assert np.all(dy[targets < 0] == 0.0)
    onehot = np.zeros_like(p)
    onehot[0, 0, 1] = onehot[2, 0, 3] = onehot[2, 1, 0] = 1.0
    assert_allclose(dy[targets >= 0], (p - onehot)[targets >= 0], rtol=0, atol=0)


def test_an_initial_state_of_shape_h_is_shared_by_every_sequence():
    model = new_model("lstm", list("PIGS"), 3, seed=2)
    h0, c0 = np.array([0.1, -0.2, 0.3]), np.array([1.0, 0.0, -1.0])
    shared = forward(model, [[0, 1], [2, 3]], {"h": h0, "c": c0})
    per_row = forward(model, [[0, 1], [2, 3]], {"h": np.stack([h0, h0]), "c": np.stack([c0, c0])})
    assert np.array_equal(shared.p, per_row.p)
    assert np.array_equal(shared.first.h[0], [h0, h0]) and np.array_equal(shared.first.c[0], [c0, c0])


def test_the_models_own_initial_state_is_used_and_call_arguments_override_it_key_by_key():
    model = new_model("lstm", list("PIGS"), 2, seed=3)
    model.initial_state = {"h": np.array([0.5, -0.5]), "c": np.array([1.0, 2.0])}
    trace = forward(model, [1], {"c": np.array([-1.0, 0.0])})
    assert trace.first.h[0, 0].tolist() == [0.5, -0.5]
    assert trace.first.c[0, 0].tolist() == [-1.0, 0.0]
    assert model.initial_state["c"].tolist() == [1.0, 2.0]


def test_final_state_holds_every_forward_layer_and_is_a_copy():
    model = new_model("lstm", list("PIGS"), 2, seed=4, layers=2, bidirectional=True)
    trace = forward(model, [[0, 1], [2, 3], [1, 1]])
    state = trace.final_state()
    assert sorted(state) == ["c", "c_l2", "h", "h_l2"]
    assert np.array_equal(state["h_l2"], trace.layers[1][0].h[-1])
    assert state["h"].shape == (2, 2)
    state["h"][:] = 99.0
    assert np.all(trace.layers[0][0].h[-1] != 99.0)


def test_gradients_are_named_and_ordered_like_the_parameters():
    model = new_model("gru", list("PIGS"), 3, seed=5, options={"reset": "after"}, layers=2, bidirectional=True)
    _loss, _trace, grads = loss_and_gradients(model, [[0, 1], [2, 3]], [[1, 2], [3, 0]])
    assert list(grads.params) == list(model.params)
    for name, value in grads.params.items():
        assert value.shape == model.params[name].shape, name
    assert [len(d) for d in grads.dh] == [2, 2]
    assert grads.dh[1][1].shape == (2, 2, 3) and grads.dh0[0][1].shape == (2, 3)
    assert grads.dc == [[None, None], [None, None]]


def test_backward_adds_dout_to_what_flows_back_from_the_output_layer():
    """With dy = 0 the only gradient is dout: dL/dh_T of a one-layer RNN is exactly dout_T."""
    model = new_model("rnn", list("PIGS"), 3, seed=6)
    trace = forward(model, [0, 1, 2])
    dout = np.random.default_rng(0).standard_normal((3, 1, 3))
    grads = backward(model, trace, np.zeros((3, 1, 4)), dout)
    assert np.array_equal(grads.dh[0][0][-1], dout[-1])
    assert np.all(grads.params["W_hy"] == 0.0) and np.all(grads.params["b_y"] == 0.0)
