"""The gradient views' measurements: Jacobians equal finite differences of one step, per-step parts sum
to BPTT's gradient, Jacobian products equal the explicit product, and the long-dependency experiment
shows the LSTM's cell state carrying the gradient farther than the Elman RNN's h."""

import numpy as np
import pytest

from lstm_studio.engine import forward, loss_and_gradients, new_model
from lstm_studio.engine.analysis import (
    Curve,
    contribution_norms,
    eigenvalues,
    experiment_models,
    experiment_sequence,
    finite_difference,
    jacobian_products,
    long_dependency,
    model_factors,
    state_gradient_norms,
    step_jacobians,
)

CONFIGS = [
    ("rnn", {}), ("rnn", {"activation": "relu"}), ("lstm", {}),
    ("peephole_lstm", {"peephole": "diagonal"}), ("peephole_lstm", {"peephole": "full"}),
    *[("gru", {"reset": r, "update": u}) for r in ("before", "after", "none") for u in ("z_takes_new", "z_keeps_old")],
]
IDS = [c + "-" + "-".join(o.values()) for c, o in CONFIGS]
VOCAB = list("PIGS")
TOKENS = [0, 1, 2, 3, 1, 0]
TARGETS = [1, 2, 3, 1, 0, 2]


def _model(cell, options, hidden=3, seed=4, **kw):
    model = new_model(cell, VOCAB, hidden, seed=seed, options=options, **kw)
    rng = np.random.default_rng(seed)
    for name, value in model.params.items():  # non-zero biases and larger weights: every path matters
        model.params[name] = value + rng.uniform(-0.6, 0.6, size=value.shape)
    return model


def _one_step(model, token, h_prev, c_prev):
    state = {"h": h_prev} if c_prev is None else {"h": h_prev, "c": c_prev}
    lt = forward(model, [token], state).first
    return lt.h[1, 0], (None if lt.c is None else lt.c[1, 0])


@pytest.mark.parametrize(("cell", "options"), CONFIGS, ids=IDS)
def test_step_jacobians_equal_finite_differences(cell, options):
    model = _model(cell, options)
    lt = forward(model, TOKENS).first
    jac = step_jacobians(lt, model.layer_params(0, False))
    eps = 1e-6
    for s in (1, 3, 6):
        h_prev = lt.h[s - 1, 0]
        c_prev = None if lt.c is None else lt.c[s - 1, 0]
        token = TOKENS[s - 1]
        for k in range(model.hidden_size):
            e = np.zeros(model.hidden_size)
            e[k] = eps
            hp, cp = _one_step(model, token, h_prev + e, c_prev)
            hm, cm = _one_step(model, token, h_prev - e, c_prev)
            np.testing.assert_allclose(jac.hh[s - 1][:, k], (hp - hm) / (2 * eps), atol=1e-8)
            if c_prev is not None:
                np.testing.assert_allclose(jac.ch[s - 1][:, k], (cp - cm) / (2 * eps), atol=1e-8)
                hp, cp = _one_step(model, token, h_prev, c_prev + e)
                hm, cm = _one_step(model, token, h_prev, c_prev - e)
                np.testing.assert_allclose(jac.hc[s - 1][:, k], (hp - hm) / (2 * eps), atol=1e-8)
                np.testing.assert_allclose(jac.cc[s - 1][:, k], (cp - cm) / (2 * eps), atol=1e-8)


def test_lstm_cell_state_jacobian_is_the_forget_gate():
    model = _model("lstm", {})
    lt = forward(model, TOKENS).first
    jac = step_jacobians(lt, model.layer_params(0, False))
    for s in range(len(TOKENS)):
        np.testing.assert_array_equal(jac.cc[s], np.diag(lt.gates["f"][s, 0]))


@pytest.mark.parametrize(("cell", "options"), CONFIGS, ids=IDS)
def test_jacobian_products_equal_the_explicit_product(cell, options):
    model = _model(cell, options)
    lt = forward(model, TOKENS).first
    jac = step_jacobians(lt, model.layer_params(0, False))
    J = jac.state()
    H = model.hidden_size
    s = len(TOKENS)
    products = jacobian_products(jac, s)
    assert products.k.tolist() == list(range(s))
    for k in range(s):
        P = np.eye(J.shape[-1])
        for step in range(s, k, -1):
            P = P @ J[step - 1]
        assert products.h[k] == pytest.approx(np.linalg.norm(P[:H, :H], 2), rel=1e-12)
        if jac.has_c:
            assert products.c[k] == pytest.approx(np.linalg.norm(P[H:, H:], 2), rel=1e-12)


@pytest.mark.parametrize(("cell", "options"), CONFIGS, ids=IDS)
@pytest.mark.parametrize(("layers", "bidirectional"), [(1, False), (2, True)])
def test_per_step_parts_sum_to_the_bptt_gradient(cell, options, layers, bidirectional):
    model = _model(cell, options, layers=layers, bidirectional=bidirectional)
    _, trace, grads = loss_and_gradients(model, TOKENS, TARGETS)
    factors = model_factors(model, trace, grads, TARGETS)
    assert list(factors) == list(model.params)
    for name, fac in factors.items():
        parts = fac.full()
        assert parts.shape == (len(TOKENS), *model.params[name].shape)
        np.testing.assert_allclose(parts.sum(axis=0), grads.params[name], rtol=1e-10, atol=1e-13, err_msg=name)
        np.testing.assert_allclose(fac.norms(), np.linalg.norm(parts.reshape(len(TOKENS), -1), axis=1), rtol=1e-12)
        index = tuple(s - 1 for s in model.params[name].shape)
        np.testing.assert_allclose(fac.entry(index), parts[(slice(None), *index)], rtol=1e-12)


def test_bptt_hands_over_the_pre_activation_gradients_in_time_order():
    """Gradients.da is in time order for both directions: da_o,t = dL/dh_t ⊙ tanh(c_t) ⊙ o_t (1 − o_t)."""
    model = _model("lstm", {}, layers=2, bidirectional=True)
    _, trace, grads = loss_and_gradients(model, TOKENS, TARGETS)
    for layer, directions in enumerate(trace.layers):
        for k, lt in enumerate(directions):
            assert set(grads.da[layer][k]) == {"f", "i", "g", "o"}
            o, c = lt.gate_time("o")[:, 0], lt.c_time[:, 0]
            expected = grads.dh[layer][k][:, 0] * np.tanh(c) * o * (1 - o)
            np.testing.assert_allclose(grads.da[layer][k]["o"][:, 0], expected, rtol=1e-12, atol=1e-15)


def test_contribution_norms_are_one_row_per_parameter():
    model = _model("lstm", {})
    _, trace, grads = loss_and_gradients(model, TOKENS, TARGETS)
    names, norms = contribution_norms(model_factors(model, trace, grads, TARGETS), ["U_f", "b_y"])
    assert names == ["U_f", "b_y"] and norms.shape == (2, len(TOKENS))
    assert (norms >= 0).all()


def test_a_step_without_a_target_adds_nothing_to_the_output_layer():
    model = _model("gru", {})
    targets = [1, -1, 3, 1, -1, 2]
    _, trace, grads = loss_and_gradients(model, TOKENS, targets)
    factors = model_factors(model, trace, grads, targets)
    assert factors["b_y"].norms()[1] == 0 and factors["W_hy"].norms()[4] == 0


@pytest.mark.parametrize(("cell", "options"), CONFIGS[:4], ids=IDS[:4])
def test_finite_difference_of_one_entry_equals_bptt(cell, options):
    model = _model(cell, options)
    before = {k: v.copy() for k, v in model.params.items()}
    _, _, grads = loss_and_gradients(model, TOKENS, TARGETS)
    name = "W_hh" if cell == "rnn" else "U_f"
    fd = finite_difference(model, TOKENS, TARGETS, name, (1, 2))
    assert fd == pytest.approx(grads.params[name][1, 2], rel=1e-7, abs=1e-10)
    for k, v in before.items():
        np.testing.assert_array_equal(model.params[k], v)


def test_state_gradient_norms_are_the_norms_of_the_engine_gradients():
    model = _model("lstm", {})
    _, _, grads = loss_and_gradients(model, TOKENS, TARGETS)
    h, c = state_gradient_norms(grads)
    np.testing.assert_allclose(h, np.linalg.norm(grads.dh[0][0][:, 0], axis=1))
    np.testing.assert_allclose(c, np.linalg.norm(grads.dc[0][0][:, 0], axis=1))
    assert state_gradient_norms(loss_and_gradients(_model("rnn", {}), TOKENS, TARGETS)[2])[1] is None


def test_eigenvalues_of_a_rotation_lie_on_the_unit_circle():
    angle = 0.3
    W = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    np.testing.assert_allclose(np.abs(eigenvalues(W)), 1.0)
    assert eigenvalues(np.array([[np.inf]])).size == 0


def test_experiment_sequence_asks_for_the_first_token_at_the_end():
    inputs, targets = experiment_sequence([2, 0, 1], 7)
    assert inputs.tolist() == [2, 0, 1, 2, 0, 1, 2]
    assert targets.tolist() == [-1] * 6 + [2]


def _built_case(length=30):
    """An RNN whose W_hh has spectral radius 0.6 and an LSTM that starts remembering (b_f = 3, f ≈ 0.95)."""
    rnn = new_model("rnn", VOCAB, 4, seed=2)
    rnn.params["W_hh"] = 0.6 * np.linalg.qr(np.random.default_rng(0).standard_normal((4, 4)))[0]
    lstm = new_model("lstm", VOCAB, 4, seed=2)
    lstm.params["b_f"][:] = 3.0
    inputs, targets = experiment_sequence([0, 1, 2, 3], length)
    return long_dependency({"RNN": rnn, "LSTM": lstm}, inputs, targets)


def test_the_lstm_cell_state_carries_the_gradient_farther_than_the_rnn():
    curves = {(c.cell, c.state): c for c in _built_case()}
    assert set(curves) == {("rnn", "h"), ("lstm", "c"), ("lstm", "h")}
    rnn, lstm_c = curves[("rnn", "h")], curves[("lstm", "c")]
    assert rnn.relative[0] == lstm_c.relative[0] == 1.0
    for d in (5, 10, 20, 29):
        assert lstm_c.relative[d] > 100 * rnn.relative[d] if d >= 10 else lstm_c.relative[d] > rnn.relative[d]
    assert rnn.factor_per_step() < 0.6 < 0.9 < lstm_c.factor_per_step() < 1.0


def test_the_default_experiment_shows_the_same_on_fresh_models():
    models = experiment_models(VOCAB, 3, seed=0)
    inputs, targets = experiment_sequence([0, 1, 2], 40)
    curves = {(c.cell, c.state): c for c in long_dependency(models, inputs, targets)}
    assert curves[("lstm", "c")].factor_per_step() > curves[("rnn", "h")].factor_per_step()
    assert curves[("lstm", "c")].relative[30] > curves[("rnn", "h")].relative[30]


def test_factor_per_step_is_the_geometric_mean():
    curve = Curve("x", "rnn", "h", np.array([2.0, 1.0, 0.5, 0.25]))
    assert curve.factor_per_step() == pytest.approx(0.5)
    assert curve.factor_per_step(2) == pytest.approx(0.5)
    assert np.isnan(Curve("x", "rnn", "h", np.zeros(3)).factor_per_step())
