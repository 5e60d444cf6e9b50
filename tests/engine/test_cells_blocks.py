"""The cells' stacked weight blocks and one-hot input projection: fast paths that must give the same numbers."""

from __future__ import annotations

import numpy as np
from numpy.testing import assert_allclose

from lstm_studio.engine import forward, loss_and_gradients, new_model
from lstm_studio.engine.cells import CACHE_FROM, input_projection, stack

ORDER = ("f", "i", "o", "g")


def _big_lstm(seed: int = 0):
    hidden = 96  # 4·96·96 = 36864 recurrent weights: at least CACHE_FROM, so U is kept between calls
    assert 4 * hidden * hidden >= CACHE_FROM
    return new_model("lstm", list("abcde"), hidden, seed)


def test_a_kept_block_is_stacked_again_after_an_edit_in_place():
    p = _big_lstm().layer_params(0, False)
    first = stack(p, "U", ORDER)
    assert stack(p, "U", ORDER) is first and not first.flags.writeable
    p["U_o"][3, 5] += 0.25
    second = stack(p, "U", ORDER)
    assert second is not first
    assert second[2 * 96 + 3, 5] == p["U_o"][3, 5] and first[2 * 96 + 3, 5] == p["U_o"][3, 5] - 0.25
    assert_allclose(stack(p, "U", ORDER, transposed=True), second.T, rtol=0, atol=0)


def test_a_kept_block_follows_a_replaced_parameter_array():
    p = _big_lstm().layer_params(0, False)
    first = stack(p, "U", ORDER)
    p["U_f"] = p["U_f"] * 2.0
    assert_allclose(stack(p, "U", ORDER)[:96], p["U_f"], rtol=0, atol=0)
    assert stack(p, "U", ORDER) is not first


def test_training_in_place_changes_what_the_next_forward_computes():
    model = _big_lstm()
    tokens, targets = [0, 3, 1, 4, 2], [3, 1, 4, 2, 0]
    loss, _, grads = loss_and_gradients(model, tokens, targets)
    for name, g in grads.params.items():
        model.params[name] -= 0.1 * g  # in place, as the optimisers do
    fresh = model.copy()  # new arrays: nothing cached for them
    assert loss_and_gradients(model, tokens, targets)[0] == loss_and_gradients(fresh, tokens, targets)[0]
    assert loss_and_gradients(model, tokens, targets)[0] < loss


def test_the_one_hot_projection_is_a_gather_of_the_same_numbers():
    model = new_model("gru", list("abcd"), 3, 2, {"reset": "after", "update": "z_keeps_old"})
    p = model.layer_params(0, False)
    tokens = np.array([[2, 0], [1, 3], [3, 3]])
    X = (tokens[..., None] == np.arange(4)).astype(float)
    order = model.spec.gates
    gathered = input_projection(p, order, X, tokens)
    assert gathered.shape == (3, 2, 9)
    assert_allclose(gathered, input_projection(p, order, X, None), rtol=0, atol=1e-15)
    W = stack(p, "W", order)
    assert gathered[1, 1].tolist() == (W[:, 3] + stack(p, "b", order)).tolist()


def test_an_infinite_weight_spoils_only_its_own_token():
    model = new_model("lstm", list("abc"), 2, 1)
    model.params["W_f"][0, 2] = np.inf  # the forget gate's weight from token "c"
    trace = forward(model, [0, 1, 2])
    assert np.isfinite(trace.first.pre["f"][:2]).all()
    assert trace.first.pre["f"][2, 0, 0] == np.inf and trace.first.gates["f"][2, 0, 0] == 1.0
