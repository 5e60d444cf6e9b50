"""Three-way agreement: sympy-derived derivatives = the engine = central finite differences.

Local derivatives (one step, h_{t-1} and c_{t-1} held at their stored values) are compared entry by
entry for every cell and convention, h_t and c_t, every parameter and the recurrent paths (see
``legs.py`` for how each leg is computed). The full dL/dθ composed through the BPTT chain from the
derived local derivatives is compared with the engine's BPTT, over random shapes and seeds.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstm_studio.engine import loss_and_gradients
from lstm_studio.symbolic import chain_gradients, wrt_names

from .legs import CONFIGS, engine_leg, fd_leg, random_model, sympy_leg

TOKENS = [0, 2, 1, 3, 1]


def _cases():
    for config, (cell, _) in CONFIGS.items():
        outs = ("h_t", "c_t") if cell in ("lstm", "peephole_lstm") else ("h_t",)
        for of in outs:
            yield pytest.param(config, of, id=f"{config}-{of}")


@pytest.mark.parametrize("config, of", list(_cases()))
def test_local_derivatives_agree_three_ways(config, of):
    model = random_model(config, seed=7)
    targets = [w for w in wrt_names(model.spec) if w != "x_t"]
    for t in (1, 3, 5):
        for wrt in targets:
            s = sympy_leg(model, TOKENS, t, of, wrt)
            e = engine_leg(model, TOKENS, t, of, wrt)
            n = fd_leg(model, TOKENS, t, of, wrt)
            assert s.shape == e.shape == n.shape
            assert np.abs(s - e).max() < 1e-13, f"sympy vs engine: {of} wrt {wrt} at t={t}"
            # the stencil's error is ~1e-13 at eps = 1e-3: exact zeros come out as rounding noise
            assert np.allclose(s, n, rtol=1e-8, atol=1e-10), f"sympy vs finite differences: {of} wrt {wrt} at t={t}"
            assert np.allclose(e, n, rtol=1e-8, atol=1e-10), f"engine vs finite differences: {of} wrt {wrt} at t={t}"


def test_local_derivatives_are_not_trivially_zero():
    """The comparison above means something: the LSTM's ∂h_t/∂U_f and the CEC are far from zero."""
    model = random_model("lstm", seed=7)
    assert np.abs(sympy_leg(model, TOKENS, 3, "h_t", "U_f")).max() > 1e-3
    cec = sympy_leg(model, TOKENS, 3, "c_t", "c_{t-1}")
    assert np.allclose(cec, np.diag(np.diag(cec))) and np.abs(np.diag(cec)).min() > 0.05


def test_cross_unit_terms_matter_where_a_step_mixes_units():
    """Full peephole (P_o c_t) and GRU reset-before (U_h (r ⊙ h)): h_{t,i} depends on row j ≠ i."""
    for config, name in (("peephole-full", "U_f"), ("gru-before-z_takes_new", "U_r")):
        full = sympy_leg(random_model(config, seed=3), TOKENS, 2, "h_t", name)
        off = full.copy()
        for j in range(full.shape[0]):
            off[j, j] = 0
        assert np.abs(off).max() > 1e-3, config
    lstm = sympy_leg(random_model("lstm", seed=3), TOKENS, 2, "h_t", "U_f")
    for i in range(3):
        for j in range(3):
            if i != j:
                assert not lstm[i, j].any()


# --- the whole chain ---------------------------------------------------------------------------------


def _compare(model, tokens, targets):
    tokens, targets = np.asarray(tokens), np.asarray(targets)
    _loss, _, engine = loss_and_gradients(model, tokens, targets)
    composed = chain_gradients(model, tokens, targets)
    assert list(composed.params) == list(engine.params)
    for name, value in engine.params.items():
        assert np.abs(composed.params[name] - value).max() < 1e-12 * max(1.0, np.abs(value).max()), name
    for layer, directions in enumerate(engine.dh):
        for k, dh in enumerate(directions):
            assert np.abs(composed.dh[layer][k] - dh).max() < 1e-12, (layer, k)


@pytest.mark.parametrize("config", list(CONFIGS))
def test_chain_equals_engine_bptt(config):
    model = random_model(config, seed=11)
    _compare(model, [0, 1, 2, 3, 2, 1], [1, 2, 3, 0, -1, 2])


@pytest.mark.parametrize(
    "config", ["rnn-relu", "lstm", "peephole-full", "gru-before-z_keeps_old", "gru-after-z_takes_new"]
)
def test_chain_equals_engine_bptt_stacked_bidirectional(config):
    model = random_model(config, seed=5, layers=2, bidirectional=True)
    model.initial_state = {}
    _compare(model, [3, 1, 0, 2], [1, 0, 2, 3])


def test_chain_equals_engine_bptt_many_to_one_and_batches():
    model = random_model("lstm", seed=2)
    _compare(model, [0, 1, 2, 3], [-1, -1, -1, 2])
    tokens = np.array([[0, 1], [2, 3], [1, 1]])
    targets = np.array([[1, 2], [-1, 0], [3, 3]])
    _compare(model, tokens, targets)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    config=st.sampled_from(list(CONFIGS)),
    hidden=st.integers(1, 5),
    vocab=st.integers(2, 5),
    steps=st.integers(1, 6),
    seed=st.integers(0, 10_000),
)
def test_chain_equals_engine_bptt_random_shapes(config, hidden, vocab, steps, seed):
    model = random_model(config, hidden=hidden, vocab="ABCDE"[:vocab], seed=seed)
    rng = np.random.default_rng(seed)
    tokens = rng.integers(0, vocab, steps)
    targets = rng.integers(-1, vocab, steps)
    _compare(model, tokens, targets)
