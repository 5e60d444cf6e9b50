"""Golden values: tiny cells worked out by hand, number by number, with plain Python floats.

Each test writes the equations (docs/architecture.md#the-cells) out in scalars (math.tanh, math.exp) so that a
reader can check every number on paper; the engine must agree to rounding (1e-15 relative).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from lstm_studio.engine import cross_entropy, forward, loss_and_gradients, new_model

EXACT = dict(rel=1e-14, abs=1e-15)


def sigma(a: float) -> float:
    return 1.0 / (1.0 + math.exp(-a))


def softmax(y: list[float]) -> list[float]:
    e = [math.exp(v) for v in y]
    return [v / sum(e) for v in e]


def set_params(model, **values):
    assert set(values) == set(model.params), set(values) ^ set(model.params)
    model.params = {name: np.array(values[name], dtype=float) for name in model.params}
    return model


def rnn_one_step():
    """V = 3, H = 2, token 1, target 2, h_0 = (0.5, −1)."""
    model = new_model("rnn", ["a", "b", "c"], 2)
    return set_params(
        model,
        W_xh=[[0.5, -1.0, 0.25], [0.0, 2.0, -0.5]],
        W_hh=[[0.1, -0.2], [0.3, 0.4]],
        b_h=[0.05, -0.1],
        W_hy=[[1.0, -1.0], [0.5, 0.5], [-2.0, 0.0]],
        b_y=[0.0, 0.1, -0.1],
    )


def test_rnn_step_forward_by_hand():
    model = rnn_one_step()
    trace = forward(model, [1], {"h": np.array([0.5, -1.0])})

    # a = W_xh[:, 1] + W_hh h_0 + b_h
    #   = (−1 + (0.1·0.5 − 0.2·−1) + 0.05,  2 + (0.3·0.5 + 0.4·−1) − 0.1) = (−0.7, 1.65)
    a = [-0.7, 1.65]
    assert trace.first.pre["a"][0, 0].tolist() == pytest.approx(a, **EXACT)
    h = [math.tanh(a[0]), math.tanh(a[1])]
    assert trace.h[0, 0].tolist() == pytest.approx(h, **EXACT)
    y = [h[0] - h[1], 0.5 * h[0] + 0.5 * h[1] + 0.1, -2.0 * h[0] - 0.1]
    assert trace.y[0, 0].tolist() == pytest.approx(y, **EXACT)
    p = softmax(y)
    assert trace.p[0, 0].tolist() == pytest.approx(p, **EXACT)
    assert cross_entropy(trace, [2])[0] == pytest.approx(-math.log(p[2]), **EXACT)
    assert trace.prediction[0, 0] == max(range(3), key=lambda k: p[k])


def test_rnn_step_backward_by_hand():
    model = rnn_one_step()
    h0 = [0.5, -1.0]
    _loss, trace, grads = loss_and_gradients(model, [1], [2], {"h": np.array(h0)})
    W_hy, W_hh = model.params["W_hy"].tolist(), model.params["W_hh"].tolist()
    h = trace.h[0, 0].tolist()
    p = trace.p[0, 0].tolist()

    dy = [p[0], p[1], p[2] - 1.0]  # p − onehot(target 2)
    dW_hy = [[dy[i] * h[j] for j in range(2)] for i in range(3)]
    dh = [sum(W_hy[i][j] * dy[i] for i in range(3)) for j in range(2)]  # W_hyᵀ dy
    da = [dh[j] * (1.0 - h[j] ** 2) for j in range(2)]  # tanh' = 1 − h²
    dW_xh = [[da[j] if k == 1 else 0.0 for k in range(3)] for j in range(2)]  # da xᵀ, x = e_1
    dW_hh = [[da[j] * h0[k] for k in range(2)] for j in range(2)]  # da h_0ᵀ
    dh0 = [sum(W_hh[j][k] * da[j] for j in range(2)) for k in range(2)]  # W_hhᵀ da

    g = grads.params
    assert g["b_y"].tolist() == pytest.approx(dy, **EXACT)
    for got, want in ((g["W_hy"], dW_hy), (g["W_xh"], dW_xh), (g["W_hh"], dW_hh)):
        for row_got, row_want in zip(got.tolist(), want):
            assert row_got == pytest.approx(row_want, **EXACT)
    assert g["b_h"].tolist() == pytest.approx(da, **EXACT)
    assert grads.dh[0][0][0, 0].tolist() == pytest.approx(dh, **EXACT)
    assert grads.dh0[0][0][0].tolist() == pytest.approx(dh0, **EXACT)


def test_rnn_two_steps_many_to_one_backprop_through_time_by_hand():
    """H = 1, tokens (0, 1), a target only at step 2: the gradient reaches step 1 through w_h alone."""
    model = set_params(
        new_model("rnn", ["a", "b"], 1), W_xh=[[0.5, -0.5]], W_hh=[[0.8]], b_h=[0.1], W_hy=[[1.5], [-1.5]], b_y=[0, 0]
    )
    loss, trace, grads = loss_and_gradients(model, [0, 1], [-1, 0])

    h1 = math.tanh(0.5 + 0.8 * 0.0 + 0.1)
    h2 = math.tanh(-0.5 + 0.8 * h1 + 0.1)
    p2 = softmax([1.5 * h2, -1.5 * h2])
    assert loss == pytest.approx(-math.log(p2[0]), **EXACT)
    dy2 = [p2[0] - 1.0, p2[1]]
    dh2 = 1.5 * dy2[0] - 1.5 * dy2[1]
    da2 = dh2 * (1 - h2**2)
    dh1 = 0.8 * da2  # no output term at step 1
    da1 = dh1 * (1 - h1**2)

    assert trace.h[:, 0, 0].tolist() == pytest.approx([h1, h2], **EXACT)
    assert grads.dh[0][0][:, 0, 0].tolist() == pytest.approx([dh1, dh2], **EXACT)
    assert grads.params["W_hh"][0, 0] == pytest.approx(da2 * h1 + da1 * 0.0, **EXACT)
    assert grads.params["W_xh"][0].tolist() == pytest.approx([da1, da2], **EXACT)
    assert grads.params["b_h"][0] == pytest.approx(da1 + da2, **EXACT)
    assert grads.params["W_hy"][:, 0].tolist() == pytest.approx([dy2[0] * h2, dy2[1] * h2], **EXACT)
    assert grads.dh0[0][0][0, 0] == pytest.approx(0.8 * da1, **EXACT)


LSTM_1 = dict(
    W_f=[[0.2, 0.0]], U_f=[[0.5]], b_f=[1.0],
    W_i=[[0.3, 0.0]], U_i=[[-0.4]], b_i=[0.0],
    W_c=[[0.6, 0.0]], U_c=[[0.1]], b_c=[-0.2],
    W_o=[[-0.1, 0.0]], U_o=[[0.7]], b_o=[0.3],
    W_hy=[[1.0], [-1.0]], b_y=[0.0, 0.0],
)  # fmt: skip


def test_lstm_step_by_hand():
    """H = 1, token 0, h_0 = 0.5, c_0 = −1."""
    model = set_params(new_model("lstm", ["a", "b"], 1), **LSTM_1)
    trace = forward(model, [0], {"h": np.array([0.5]), "c": np.array([-1.0])})

    a_f = 0.2 + 0.5 * 0.5 + 1.0  # 1.45
    a_i = 0.3 - 0.4 * 0.5 + 0.0  # 0.1
    a_g = 0.6 + 0.1 * 0.5 - 0.2  # 0.45
    a_o = -0.1 + 0.7 * 0.5 + 0.3  # 0.55
    f, i, g, o = sigma(a_f), sigma(a_i), math.tanh(a_g), sigma(a_o)
    c = f * -1.0 + i * g
    h = o * math.tanh(c)

    lt = trace.first
    for name, value in (("f", a_f), ("i", a_i), ("g", a_g), ("o", a_o)):
        assert lt.pre[name][0, 0, 0] == pytest.approx(value, **EXACT), name
    for name, value in (("f", f), ("i", i), ("g", g), ("o", o)):
        assert trace.gates[name][0, 0, 0] == pytest.approx(value, **EXACT), name
    assert trace.c[0, 0, 0] == pytest.approx(c, **EXACT)
    assert trace.h[0, 0, 0] == pytest.approx(h, **EXACT)


def test_diagonal_peephole_step_by_hand():
    """f and i see c_{t-1}; o sees the new c_t."""
    model = new_model("peephole_lstm", ["a", "b"], 1, options={"peephole": "diagonal"})
    set_params(model, **LSTM_1, P_f=[0.3], P_i=[-0.5], P_o=[0.25])
    trace = forward(model, [0], {"h": np.array([0.5]), "c": np.array([-1.0])})

    f = sigma(1.45 + 0.3 * -1.0)
    i = sigma(0.1 - 0.5 * -1.0)
    g = math.tanh(0.45)
    c = f * -1.0 + i * g
    o = sigma(0.55 + 0.25 * c)
    assert [trace.gates[k][0, 0, 0] for k in "figo"] == pytest.approx([f, i, g, o], **EXACT)
    assert trace.c[0, 0, 0] == pytest.approx(c, **EXACT)
    assert trace.h[0, 0, 0] == pytest.approx(o * math.tanh(c), **EXACT)


def test_full_peephole_is_a_matrix_times_c():
    """P (H, H) acts as P c (row j feeds gate unit j), not as Pᵀ c: with every other weight 0 the gate
    pre-activations are b + P c exactly."""
    model = new_model("peephole_lstm", ["a", "b"], 2, options={"peephole": "full"})
    zeros = {name: np.zeros_like(value) for name, value in model.params.items()}
    P_f, P_i, P_o = [[1.0, 2.0], [3.0, 4.0]], [[0.0, -1.0], [0.5, 0.0]], [[2.0, 0.0], [-1.0, 1.0]]
    set_params(model, **zeros | {"P_f": P_f, "P_i": P_i, "P_o": P_o, "b_c": [0.5, -0.5]})
    c0 = [0.5, -0.25]
    trace = forward(model, [1], {"c": np.array(c0)})

    lt = trace.first
    assert lt.pre["f"][0, 0].tolist() == pytest.approx([0.5 - 0.5, 1.5 - 1.0], **EXACT)  # P_f c_0
    assert lt.pre["i"][0, 0].tolist() == pytest.approx([0.25, 0.25], **EXACT)  # P_i c_0
    f = [sigma(0.0), sigma(0.5)]
    i = [sigma(0.25), sigma(0.25)]
    g = [math.tanh(0.5), math.tanh(-0.5)]
    c = [f[j] * c0[j] + i[j] * g[j] for j in range(2)]
    assert trace.c[0, 0].tolist() == pytest.approx(c, **EXACT)
    assert lt.pre["o"][0, 0].tolist() == pytest.approx([2.0 * c[0], -c[0] + c[1]], **EXACT)  # P_o c_1


GRU_1 = dict(
    W_z=[[0.4, 0.0]], U_z=[[-0.3]], b_z=[0.1],
    W_r=[[0.2, 0.0]], U_r=[[0.6]], b_r=[-0.1],
    W_h=[[0.7, 0.0]], U_h=[[-0.8]], b_h=[0.05],
    W_hy=[[1.0], [-1.0]], b_y=[0.0, 0.0],
)  # fmt: skip


@pytest.mark.parametrize("reset", ["before", "after", "none"])
@pytest.mark.parametrize("update", ["z_takes_new", "z_keeps_old"])
def test_gru_step_by_hand(reset, update):
    """H = 1, token 0, h_0 = 0.5; each convention written out as docs/architecture.md#the-cells states it."""
    model = new_model("gru", ["a", "b"], 1, options={"reset": reset, "update": update})
    values = dict(GRU_1)
    if reset == "after":
        values["b_hn"] = [0.2]
    if reset == "none":
        values = {k: v for k, v in values.items() if not k.endswith("_r")}
    set_params(model, **values)
    h0 = 0.5
    trace = forward(model, [0], {"h": np.array([h0])})

    z = sigma(0.4 - 0.3 * h0 + 0.1)  # σ(0.35)
    r = sigma(0.2 + 0.6 * h0 - 0.1)  # σ(0.4)
    if reset == "before":
        h_tilde = math.tanh(0.7 + -0.8 * (r * h0) + 0.05)  # U_h (r ⊙ h_{t-1})
    elif reset == "after":
        h_tilde = math.tanh(0.7 + 0.05 + r * (-0.8 * h0 + 0.2))  # r ⊙ (U_h h_{t-1} + b_hn)
    else:
        h_tilde = math.tanh(0.7 + -0.8 * h0 + 0.05)  # r ≡ 1
    if update == "z_takes_new":
        h = (1 - z) * h0 + z * h_tilde
    else:
        h = z * h0 + (1 - z) * h_tilde

    assert trace.gates["z"][0, 0, 0] == pytest.approx(z, **EXACT)
    assert ("r" in trace.gates) == (reset != "none")
    if reset != "none":
        assert trace.gates["r"][0, 0, 0] == pytest.approx(r, **EXACT)
    assert trace.gates["h_tilde"][0, 0, 0] == pytest.approx(h_tilde, **EXACT)
    assert trace.h[0, 0, 0] == pytest.approx(h, **EXACT)


def test_relu_rnn_clamps_negative_pre_activations_to_zero():
    model = set_params(
        new_model("rnn", ["a", "b"], 2, options={"activation": "relu"}),
        W_xh=[[1.0, -2.0], [-0.5, 3.0]], W_hh=[[0.5, 0.0], [0.0, 0.5]], b_h=[0.0, 0.0],
        W_hy=[[1.0, 0.0], [0.0, 1.0]], b_y=[0.0, 0.0],
    )  # fmt: skip
    _loss, trace, grads = loss_and_gradients(model, [0, 1], [0, 1])
    # step 1: a = (1, −0.5) -> h = (1, 0); step 2: a = (−2 + 0.5, 3 + 0) = (−1.5, 3) -> h = (0, 3)
    assert trace.first.pre["a"][:, 0].tolist() == [[1.0, -0.5], [-1.5, 3.0]]
    assert trace.h[:, 0].tolist() == [[1.0, 0.0], [0.0, 3.0]]
    # relu' is 0 where a < 0: no gradient reaches W_xh's entries that only feed dead units
    dead = trace.first.pre["a"][:, 0] < 0
    da = grads.params["b_h"]
    assert da[0] == pytest.approx(float(grads.dh[0][0][0, 0, 0]), **EXACT)  # unit 1 alive only at step 1
    assert grads.params["W_xh"][0, 1] == 0.0 and grads.params["W_xh"][1, 0] == 0.0
    assert dead.tolist() == [[False, True], [True, False]]
