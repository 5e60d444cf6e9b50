"""Activations, softmax and the loss at extreme inputs: accurate, and silent (warnings are errors here)."""

from __future__ import annotations

import math
import warnings

import mpmath
import numpy as np
import pytest

from lstm_studio.engine import backward, cross_entropy, dlogits, forward, new_model
from lstm_studio.engine.functions import sigmoid, softmax

EXTREMES = [-1000.0, -745.0, -709.0, -100.0, -36.9, -30.0, -1.0, -1e-8, 0.0, 1e-8, 1.0, 30.0, 36.9, 100.0, 1000.0]


@pytest.fixture
def no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def _exact_sigmoid(a: float) -> float:
    with mpmath.workdps(50):
        return float(1 / (1 + mpmath.exp(-mpmath.mpf(a))))


def test_sigmoid_is_correctly_rounded_to_a_few_ulp_everywhere(no_warnings):
    a = np.array(EXTREMES)
    got = sigmoid(a)
    for x, value in zip(EXTREMES, got):
        exact = _exact_sigmoid(x)
        if exact < np.finfo(float).tiny:  # below the normal range only the absolute error means anything
            assert abs(value - exact) <= 5e-324, x
        else:
            assert abs(value - exact) <= 4 * np.spacing(exact), (x, value, exact)
    assert got[0] == 0.0 and got[-1] == 1.0
    assert got[EXTREMES.index(-30.0)] == pytest.approx(math.exp(-30) / (1 + math.exp(-30)), rel=1e-15)


def test_sigmoid_writes_into_out(no_warnings):
    out = np.empty(3)
    result = sigmoid(np.array([-800.0, 0.0, 800.0]), out=out)
    assert result is out
    assert out.tolist() == [0.0, 0.5, 1.0]


def test_softmax_is_stable_and_sums_to_one(no_warnings):
    y = np.array([[1000.0, 999.0, -1000.0], [0.0, math.log(2.0), math.log(5.0)]])
    p = softmax(y)
    e = math.e
    assert p[0].tolist() == pytest.approx([e / (e + 1), 1 / (e + 1), 0.0], rel=1e-15)
    assert p[1].tolist() == pytest.approx([1 / 8, 2 / 8, 5 / 8], rel=1e-15)
    assert p.sum(axis=-1).tolist() == pytest.approx([1.0, 1.0], rel=1e-15)


def test_cross_entropy_stays_finite_when_p_underflows(no_warnings):
    """A logit gap of 2000 makes p_k exactly 0 in float64; the loss is still the exact 2000-odd."""
    model = new_model("rnn", ["a", "b"], 1)
    model.params.update(
        W_xh=np.array([[1.0, 1.0]]), W_hh=np.zeros((1, 1)), b_h=np.zeros(1),
        W_hy=np.array([[1000.0], [-1000.0]]), b_y=np.zeros(2),
    )  # fmt: skip
    trace = forward(model, [0])
    h = math.tanh(1.0)
    assert trace.p[0, 0, 1] == 0.0
    loss, per_step = cross_entropy(trace, [1])
    with mpmath.workdps(50):
        exact = float(mpmath.log(1 + mpmath.exp(-2000 * mpmath.tanh(1))) + 2000 * mpmath.tanh(1))
    assert loss == pytest.approx(exact, rel=1e-14) and loss == pytest.approx(2000 * h, rel=1e-14)
    assert per_step.tolist() == [[loss]]
    assert dlogits(trace, [1])[0, 0].tolist() == [1.0, -1.0]


SATURATING_BIASES = {"b_f": 1000.0, "b_i": -1000.0, "b_c": 1000.0, "b_o": 1000.0, "b_z": -1000.0, "b_r": 1000.0,
                     "b_h": 1000.0, "b_hn": 0.0, "b_y": 0.0}  # fmt: skip


@pytest.mark.parametrize(
    "cell, options",
    [("lstm", {}), ("peephole_lstm", {"peephole": "full"}), ("gru", {"reset": "before"}), ("gru", {"reset": "after"})],
)
def test_saturated_cells_compute_exact_gates_without_warnings(no_warnings, cell, options):
    """Biases of ±1000 (every weight 0, W_hy ±1000) saturate each sigmoid to exactly 0 or 1 and each tanh
    to 1, so the cell copies its state forward unchanged; forward, the loss and BPTT stay finite and silent."""
    model = new_model(cell, ["a", "b"], 2, options=options)
    for name, value in model.params.items():
        model.params[name] = np.full_like(value, SATURATING_BIASES.get(name, 0.0))
    model.params["W_hy"] = np.array([[1000.0, 0.0], [-1000.0, 0.0]])
    state = {"h": np.array([0.25, -0.5]), "c": np.array([0.5, -2.0])}
    trace = forward(model, [0, 1, 0], state)
    loss, _ = cross_entropy(trace, [1, 0, 1])
    grads = backward(model, trace, dlogits(trace, [1, 0, 1]))

    if cell == "gru":
        assert np.all(trace.gates["z"] == 0.0) and np.all(trace.gates["h_tilde"] == 1.0)
        assert np.all(trace.gates["r"] == 1.0)
        assert np.all(trace.h == [0.25, -0.5])  # z_takes_new: h_t = 1·h_{t-1} + 0·h̃_t
    else:
        assert np.all(trace.gates["f"] == 1.0) and np.all(trace.gates["i"] == 0.0)
        assert np.all(trace.gates["o"] == 1.0) and np.all(trace.gates["g"] == 1.0)
        assert np.all(trace.c == [0.5, -2.0])  # c_t = 1·c_{t-1} + 0·g_t
        assert np.all(trace.h == np.tanh([0.5, -2.0]))
    assert math.isfinite(loss) and loss > 0
    assert all(np.all(np.isfinite(g)) for g in grads.params.values())
