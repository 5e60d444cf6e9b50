"""What the gradient lab says about the flow of the gradient through time: the measured factor per step,
the saturated steps, W_hh's eigenvalues, the constant error carousel; and its ready demos."""

import numpy as np
import pytest

from lstm_studio.engine import forward, loss_and_gradients, new_model
from lstm_studio.explain.gradient_demos import CAROUSEL_B_F, DEMOS, demo_text
from lstm_studio.explain.gradient_flow import SATURATED, carousel, flow, saturated_runs, verdict

INPUTS = [0, 1, 2, 3] * 5


def _doubling(activation):
    model = new_model("rnn", list("PIGS"), 3, seed=0, options={"activation": activation})
    model.params["W_hh"] = 2.0 * np.eye(3)
    model.params["b_h"][:] = 1.0
    return model


def test_tanh_with_w_hh_twice_the_identity_vanishes_because_it_saturates():
    model = _doubling("tanh")
    trace = forward(model, INPUTS)
    found = flow(model, trace)
    h = trace.first.h[1:, 0]
    np.testing.assert_allclose(found.slopes, (1 - h * h).mean(axis=1))
    assert found.radius == pytest.approx(2.0)
    assert found.per_step < 0.3  # ×2 from W_hh, × tanh′ < 0.15 from the saturated activation
    assert found.saturated.sum() >= 15 and np.array_equal(found.saturated, found.slopes < SATURATED)
    text = verdict(found)
    assert "outside the unit circle" in text and "tanh saturates at" in text
    assert "it vanishes" in text and "Saturation, not W_hh, kills it" in text


def test_relu_with_w_hh_twice_the_identity_explodes_at_exactly_two_per_step():
    model = _doubling("relu")
    found = flow(model, forward(model, INPUTS))
    assert found.slopes is None and not found.saturated.any()
    assert found.per_step == pytest.approx(2.0, rel=1e-12)  # every unit active: the product is 2²⁰ I
    assert "it explodes" in verdict(found) and "×2.000 per step back" in verdict(found)


def test_the_lstm_carousel_is_the_product_of_the_forget_gates():
    model = new_model("lstm", list("PIGS"), 3, seed=1)
    trace = forward(model, INPUTS)
    f = trace.first.gates["f"][:, 0]
    kept = carousel(model, trace)
    assert kept[0] == 1.0
    for d in (1, 5, 19):
        assert kept[d] == pytest.approx(np.prod(f[-d:], axis=0).max(), rel=1e-12)
    found = flow(model, trace)
    np.testing.assert_allclose(found.keep, f.mean(axis=1))
    text = verdict(found)
    assert "constant error carousel" in text and "raise b_f" in text
    model.params["b_f"][:] = 5.0
    remembering = flow(model, forward(model, INPUTS))
    assert remembering.per_step > 0.95 and "raise b_f" not in verdict(remembering)
    gru = new_model("gru", list("PIGS"), 3)
    assert carousel(gru, forward(gru, INPUTS)) is None  # no cell state, no carousel


def test_the_gru_names_its_own_convention():
    model = new_model("gru", list("PIGS"), 3, seed=1, options={"update": "z_keeps_old"})
    found = flow(model, forward(model, INPUTS))
    assert found.keep_name == "zₜ" and "raise b_z" in verdict(found)
    model = new_model("gru", list("PIGS"), 3, seed=1, options={"update": "z_takes_new"})
    assert "lower b_z" in verdict(flow(model, forward(model, INPUTS)))


def test_saturated_steps_come_in_runs():
    model = _doubling("tanh")
    found = flow(model, forward(model, INPUTS))
    runs = saturated_runs(found)
    marked = [s for first, last in runs for s in range(first, last + 1)]
    assert marked == [int(s) + 1 for s in np.flatnonzero(found.saturated)]


def test_the_demos_show_what_they_promise():
    base = new_model("lstm", list("PIGS"), 3, seed=4)
    carousel_model, text = DEMOS["carousel"].build(base)
    assert text == demo_text(base.vocab) == "PIGSPIGSPIGS"
    assert carousel_model.cell == "lstm" and np.all(carousel_model.params["b_f"] == CAROUSEL_B_F)
    assert carousel_model.vocab == base.vocab and carousel_model.hidden_size == 3
    explosion, _ = DEMOS["explosion"].build(base)
    assert explosion.spec.option("activation") == "relu"
    np.testing.assert_array_equal(explosion.params["W_hh"], 2 * np.eye(3))
    _, _, grads = loss_and_gradients(explosion, INPUTS[:12], INPUTS[1:12] + [-1])
    norms = np.linalg.norm(grads.dh[0][0][:, 0], axis=-1)
    assert norms[0] > 100 * norms[-2]  # the gradient grows going back in time
    saturation, _ = DEMOS["saturation"].build(base)
    assert saturation.spec.option("activation") == "tanh"
    assert flow(saturation, forward(saturation, INPUTS)).per_step < 0.3
