"""Property tests of the engine over random sizes, seeds, cells and conventions (docs/architecture.md#tests).

Every test runs for every cell and convention in ``CONFIGS`` with hypothesis drawing vocabulary 2-6,
hidden 1-5, steps 1-6, batch 1-3, one or two layers and either direction setting (see cases.py).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from lstm_studio.engine import (
    backward,
    cross_entropy,
    dlogits,
    forward,
    gradcheck,
    layer_suffix,
    loss_and_gradients,
    new_model,
    relative_error,
)
from lstm_studio.engine.gradcheck import projection_loss

from .cases import CONFIGS, Case, cases, relu_extent

TOL = 1e-6  # BPTT against central finite differences, relative error (docs/architecture.md#tests)
EPS = 5e-4  # the stencil's step: its ε⁴ truncation error and its ~1/ε rounding error both well below TOL
RELU_KINK = 1e-2  # relu cases keep every pre-activation this far from 0, where relu has no derivative
RELU_MAX = 10.0  # … and every h below this: an exploding relu RNN's loss of ~1e3 drowns the difference
CLOSE = dict(rtol=1e-12, atol=1e-12)  # the same arithmetic reordered

# Finite differences over every parameter are the slow part: a few examples per convention suffice,
# since each one draws new sizes, weights and sequences.
FEW = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
SOME = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


def _errors(analytic: np.ndarray, numerical: np.ndarray, loss: float) -> np.ndarray:
    """|a − n| / max(|a| + |n|, floor), with the floor raised to 1e-5·|L| for large losses.

    Each evaluation of L carries a rounding error of a few ulp of |L|, which the five-point stencil
    divides by ε: measured, about 1e-15·|L|/ε in every numerical derivative, 2e-12·|L| at ε = EPS. An
    entry much smaller than 1e-5·|L| therefore cannot be resolved to 1e-6 relative by finite
    differences; below that size the comparison becomes absolute (|a − n| < 1e-11·|L|), which still
    catches every wrong formula.
    """
    return relative_error(analytic, numerical, floor=max(1e-5, 1e-5 * abs(loss)))


def _names_to_check(case: Case, seed: int, budget: int = 400) -> list[str]:
    """Parameters for the finite-difference check, at most ``budget`` entries in all.

    A small model has every parameter checked; a large one (two bidirectional layers of five units
    has over a thousand entries, each costing four forward passes) a random selection, different in
    every example.
    """
    params = case.model.params
    order = list(params)
    np.random.default_rng(seed).shuffle(order)
    chosen, total = set(), 0
    for name in order:
        if total + params[name].size <= budget or not chosen:
            chosen.add(name)
            total += params[name].size
    return [name for name in params if name in chosen]


def _skip_relu_kinks(config: str, case: Case) -> None:
    if config == "rnn-relu":
        margin, largest = relu_extent(case)
        assume(margin > RELU_KINK and largest < RELU_MAX)


def _directions(case: Case):
    """(layer, direction index, state suffix) for every layer and direction of the case's model."""
    K = case.model.directions
    return [(layer, k, layer_suffix(layer, bool(k))) for layer in range(case.model.layers) for k in range(K)]


def _numerical_state_gradient(case: Case, key: str, R: np.ndarray, eps: float = EPS) -> np.ndarray:
    """dL/d initial_state[key] by the five-point central difference of the projection loss."""
    state = {k: v.copy() for k, v in case.initial_state.items()}
    grad = np.zeros_like(state[key])
    for index in np.ndindex(grad.shape):
        original = state[key][index]
        values = []
        for step in (-2, -1, 1, 2):
            state[key][index] = original + step * eps
            values.append(projection_loss(case.model, case.tokens, case.targets, R, state))
        state[key][index] = original
        grad[index] = (values[0] - 8 * values[1] + 8 * values[2] - values[3]) / (12 * eps)
    return grad


@pytest.mark.parametrize("config", CONFIGS)
@FEW
@given(data=st.data())
def test_bptt_equals_central_finite_differences(config, data):
    """Every parameter and the initial state of every layer and direction, with a random projection
    of the hidden states added to the cross-entropy so that every state gets a gradient."""
    case = data.draw(cases(config), label="case")
    _skip_relu_kinks(config, case)
    projection_seed = data.draw(st.integers(0, 2**16), label="projection_seed")
    names = _names_to_check(case, projection_seed)

    checks = gradcheck(
        case.model,
        case.tokens,
        case.targets,
        names=names,
        eps=EPS,
        projection_seed=projection_seed,
        initial_state=case.initial_state,
    )

    # The R that gradcheck draws for its projection term Σ out ⊙ R: N(0, 1) from projection_seed.
    R = np.random.default_rng(projection_seed).standard_normal(
        case.tokens.shape + (case.model.hidden_size * case.model.directions,)
    )
    loss = projection_loss(case.model, case.tokens, case.targets, R, case.initial_state)
    assert [c.name for c in checks] == names
    worst = {c.name: float(_errors(c.analytic, c.numerical, loss).max()) for c in checks}
    assert max(worst.values()) < TOL, f"BPTT differs from finite differences (loss {loss:.3g}): {worst}"

    trace = forward(case.model, case.tokens, case.initial_state)
    grads = backward(case.model, trace, dlogits(trace, case.targets), R)
    for layer, k, suffix in _directions(case):
        pairs = [(grads.dh0[layer][k], "h" + suffix)]
        if case.model.spec.has_c:
            pairs.append((grads.dc0[layer][k], "c" + suffix))
        for analytic, key in pairs:
            numerical = _numerical_state_gradient(case, key, R)
            err = _errors(analytic, numerical, loss).max()
            assert err < TOL, f"dL/d{key}_0: relative error {err:.2e} (loss {loss:.3g})"


@pytest.mark.parametrize("config", CONFIGS)
@FEW
@given(data=st.data())
def test_many_to_one_gradients(config, data):
    """Only the last step has a target: the loss is −log p_T[k_T], dL/dy_t vanishes before T, dW_hy is
    dy_T out_Tᵀ, and BPTT still equals finite differences (no projection term: the only gradient is the one
    that flows back from the last step)."""
    case = data.draw(cases(config, many_to_one=True), label="case")
    _skip_relu_kinks(config, case)
    model = case.model

    loss, trace, grads = loss_and_gradients(model, case.tokens, case.targets, case.initial_state)

    y_T = trace.y[-1]  # −log p_T[k] = log Σ_j e^(y_j) − y_k, written so that it cannot underflow
    m = y_T.max(axis=-1)
    y_k = y_T[np.arange(case.batch), case.targets[-1]]
    expected = (m + np.log(np.exp(y_T - m[:, None]).sum(axis=-1)) - y_k).sum()
    assert loss == pytest.approx(expected, rel=1e-12, abs=1e-13)
    per_step = cross_entropy(trace, case.targets)[1]
    assert np.all(per_step[:-1] == 0.0)
    dy = dlogits(trace, case.targets)
    assert np.all(dy[:-1] == 0.0)
    assert_allclose(grads.params["W_hy"], dy[-1].T @ trace.out[-1], **CLOSE)
    assert_allclose(grads.params["b_y"], dy[-1].sum(axis=0), **CLOSE)

    names = _names_to_check(case, seed=case.steps)
    checks = gradcheck(model, case.tokens, case.targets, names=names, eps=EPS, initial_state=case.initial_state)
    assert [c.name for c in checks] == names
    worst = {c.name: float(_errors(c.analytic, c.numerical, loss).max()) for c in checks}
    assert max(worst.values()) < TOL, f"many-to-one BPTT differs from finite differences: {worst}"


@pytest.mark.parametrize("config", CONFIGS)
@SOME
@given(data=st.data())
def test_stepping_one_token_at_a_time_equals_the_whole_sequence(config, data):
    """Feeding trace.final_state() back as the next call's initial state reproduces every layer's
    pre-activations, gates, h and c and every output of the whole-sequence run."""
    case = data.draw(cases(config, bidirectional=False), label="case")
    model = case.model
    whole = forward(model, case.tokens, case.initial_state)

    state = case.initial_state
    for t in range(case.steps):
        step = forward(model, case.tokens[t : t + 1], state)
        for layer in range(model.layers):
            lt, one = whole.layers[layer][0], step.layers[layer][0]
            assert_allclose(one.h[1], lt.h[t + 1], **CLOSE)
            if lt.c is not None:
                assert_allclose(one.c[1], lt.c[t + 1], **CLOSE)
            for name in lt.gates:
                assert_allclose(one.gates[name][0], lt.gates[name][t], **CLOSE)
                assert_allclose(one.pre[name][0], lt.pre[name][t], **CLOSE)
            if model.cell == "rnn":
                assert_allclose(one.pre["a"][0], lt.pre["a"][t], **CLOSE)
        assert_allclose(step.y[0], whole.y[t], **CLOSE)
        assert_allclose(step.p[0], whole.p[t], **CLOSE)
        state = step.final_state()

    final = whole.final_state()
    assert sorted(state) == sorted(final)
    for key in final:
        assert_allclose(state[key], final[key], **CLOSE)


@pytest.mark.parametrize("config", CONFIGS)
@SOME
@given(data=st.data())
def test_batched_equals_looped_over_sequences(config, data):
    """A batch of B sequences gives, column by column, the trace and per-step gradients of B separate
    runs; the batch's loss and parameter gradients are the sums over the sequences."""
    case = data.draw(cases(config), label="case")
    model = case.model
    loss, trace, grads = loss_and_gradients(model, case.tokens, case.targets, case.initial_state)

    total = 0.0
    param_sum = {name: np.zeros_like(p) for name, p in model.params.items()}
    for b in range(case.batch):
        state = {key: value[b] for key, value in case.initial_state.items()}
        loss_b, trace_b, grads_b = loss_and_gradients(model, case.tokens[:, b], case.targets[:, b], state)
        total += loss_b
        for name in param_sum:
            param_sum[name] += grads_b.params[name]
        assert_allclose(trace_b.out[:, 0], trace.out[:, b], **CLOSE)
        assert_allclose(trace_b.p[:, 0], trace.p[:, b], **CLOSE)
        for layer, k, _ in _directions(case):
            lt, lt_b = trace.layers[layer][k], trace_b.layers[layer][k]
            assert_allclose(lt_b.h[:, 0], lt.h[:, b], **CLOSE)
            for name in lt.gates:
                assert_allclose(lt_b.gates[name][:, 0], lt.gates[name][:, b], **CLOSE)
            assert_allclose(grads_b.dh[layer][k][:, 0], grads.dh[layer][k][:, b], **CLOSE)
            assert_allclose(grads_b.dh0[layer][k][0], grads.dh0[layer][k][b], **CLOSE)
            if model.spec.has_c:
                assert_allclose(lt_b.c[:, 0], lt.c[:, b], **CLOSE)
                assert_allclose(grads_b.dc[layer][k][:, 0], grads.dc[layer][k][:, b], **CLOSE)
                assert_allclose(grads_b.dc0[layer][k][0], grads.dc0[layer][k][b], **CLOSE)
    assert loss == pytest.approx(total, rel=1e-13)
    for name, value in param_sum.items():
        assert_allclose(grads.params[name], value, **CLOSE, err_msg=name)


@pytest.mark.parametrize("config", CONFIGS)
@SOME
@given(data=st.data())
def test_per_step_state_gradients_agree_with_a_split_sequence(config, data):
    """dL/dh_t and dL/dc_t are the total derivatives the vanishing-gradient views plot. Split the
    sequence after step m and run the second part from the first part's final state: its dL/dh_0 and
    dL/dc_0 are what the future contributes at step m, so

        dh_m = W_hyᵀ dy_m + R_m + dh_0(second part)       (R: the random projection on the states)
        dc_m = dh_m ⊙ ∂h_m/∂c_m + dc_0(second part),   ∂h_m/∂c_m = o_m (1 − tanh² c_m) [+ the o_m peephole]

    and every later step's dh, dc equal the second part's.
    """
    case = data.draw(cases(config, layers=1, bidirectional=False), label="case")
    assume(case.steps >= 2)
    m = data.draw(st.integers(1, case.steps - 1), label="split")
    model = case.model
    R = np.random.default_rng(m).standard_normal(case.tokens.shape + (model.hidden_size,))
    whole = forward(model, case.tokens, case.initial_state)
    dy = dlogits(whole, case.targets)
    g = backward(model, whole, dy, R)

    first = forward(model, case.tokens[:m], case.initial_state)
    second = forward(model, case.tokens[m:], first.final_state())
    g2 = backward(model, second, dlogits(second, case.targets[m:]), R[m:])

    dh = g.dh[0][0]
    assert_allclose(dh[m:], g2.dh[0][0], **CLOSE)
    assert_allclose(dh[m - 1], dy[m - 1] @ model.params["W_hy"] + R[m - 1] + g2.dh0[0][0], **CLOSE)
    if model.spec.has_c:
        lt = whole.layers[0][0]
        o, tanh_c = lt.gates["o"][m - 1], np.tanh(lt.c[m])
        expected = dh[m - 1] * o * (1 - tanh_c**2) + g2.dc0[0][0]
        if model.cell == "peephole_lstm":
            da_o = dh[m - 1] * tanh_c * o * (1 - o)  # o_m = σ(… + P_o c_m)
            P_o = model.params["P_o"]
            expected += da_o @ P_o if P_o.ndim == 2 else da_o * P_o
        assert_allclose(g.dc[0][0][m - 1], expected, **CLOSE)
        assert_allclose(g.dc[0][0][m:], g2.dc[0][0], **CLOSE)


@pytest.mark.parametrize("config", CONFIGS)
@SOME
@given(data=st.data())
def test_the_backward_direction_is_the_cell_run_over_the_reversed_sequence(config, data):
    """A bidirectional layer is two unidirectional ones: the plain parameters over x_1..x_T and the
    ``_rev`` parameters over x_T..x_1; the output layer reads [h→_t; h←_t], so y_t splits into the two
    halves of W_hy."""
    case = data.draw(cases(config, layers=1, bidirectional=True), label="case")
    model, H = case.model, case.model.hidden_size
    trace = forward(model, case.tokens, case.initial_state)

    halves = []
    for k, suffix in enumerate(("", "_rev")):
        single = new_model(model.cell, model.vocab, H, 0, model.spec.opts)
        for name in single.params:
            if name not in ("W_hy", "b_y"):
                single.params[name] = model.params[name + suffix]
        single.params["W_hy"] = model.params["W_hy"][:, k * H : (k + 1) * H]
        single.params["b_y"] = np.zeros(len(model.vocab))
        state = {key: case.initial_state[key + suffix] for key in ("h", "c") if key + suffix in case.initial_state}
        tokens = case.tokens[::-1] if k else case.tokens
        half = forward(single, tokens, state)
        lt = trace.layers[0][k]
        in_time = (lambda a: a[::-1]) if k else (lambda a: a)
        assert_allclose(lt.h_time, in_time(half.first.h[1:]), **CLOSE)
        for name in lt.gates:
            assert_allclose(lt.gate_time(name), in_time(half.first.gates[name]), **CLOSE)
        if lt.c is not None:
            assert_allclose(lt.c_time, in_time(half.first.c[1:]), **CLOSE)
        assert_allclose(trace.out[..., k * H : (k + 1) * H], in_time(half.out), **CLOSE)
        halves.append(in_time(half.y))
    assert_allclose(trace.y, halves[0] + halves[1] + model.params["b_y"], **CLOSE)
