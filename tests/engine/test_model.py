"""Seeded initialisation: the documented scheme, reproducible from the seed alone."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lstm_studio.engine import CellSpec, SpecError, init_params, new_model, param_shapes

from .cases import CONFIGS

SHAPES = [(layers, bidirectional) for layers in (1, 2) for bidirectional in (False, True)]


def _base(name: str) -> str:
    """W_f_l2_rev -> W_f: the equation name without the layer and direction suffixes."""
    return name.split("_l")[0].removesuffix("_rev")


@pytest.mark.parametrize("config", CONFIGS)
@pytest.mark.parametrize("layers, bidirectional", SHAPES)
def test_same_seed_gives_identical_parameters_and_another_seed_does_not(config, layers, bidirectional):
    cell, options = CONFIGS[config]
    a = new_model(cell, list("PIGS"), 3, 7, options, layers, bidirectional)
    b = new_model(cell, list("PIGS"), 3, 7, options, layers, bidirectional)
    c = new_model(cell, list("PIGS"), 3, 8, options, layers, bidirectional)
    assert list(a.params) == list(param_shapes(a.spec, 4, 3, layers, bidirectional))
    for name in a.params:
        assert np.array_equal(a.params[name], b.params[name]), name
    weights = [name for name in a.params if not _base(name).startswith("b_")]
    assert all(not np.array_equal(a.params[name], c.params[name]) for name in weights)


@pytest.mark.parametrize("config", CONFIGS)
@pytest.mark.parametrize("layers, bidirectional", SHAPES)
def test_the_documented_scheme(config, layers, bidirectional):
    """U(−1/√H, 1/√H) for every cell weight and peephole, U(−1/√(K·H), 1/√(K·H)) for W_hy, biases 0
    except the LSTMs' forget-gate bias b_f = 1; drawn from PCG64(seed) one array at a time in the
    canonical parameter order."""
    cell, options = CONFIGS[config]
    H, V, seed = 4, 5, 12345
    spec = CellSpec.make(cell, options)
    params = init_params(spec, V, H, seed, layers, bidirectional)
    K = 2 if bidirectional else 1

    rng = np.random.Generator(np.random.PCG64(seed))
    for name, shape in param_shapes(spec, V, H, layers, bidirectional).items():
        value = params[name]
        assert value.shape == shape and value.dtype == np.float64
        if _base(name).startswith("b_"):
            assert np.all(value == (1.0 if _base(name) == "b_f" else 0.0)), name
            continue
        k = 1 / math.sqrt(K * H) if name == "W_hy" else 1 / math.sqrt(H)
        assert np.all(np.abs(value) <= k), name
        assert np.array_equal(value, rng.uniform(-k, k, size=shape)), name


def test_lstm_forget_bias_is_one_in_every_layer_and_direction():
    model = new_model("lstm", list("PIGS"), 3, 0, layers=2, bidirectional=True)
    forget = [name for name in model.params if _base(name) == "b_f"]
    assert forget == ["b_f", "b_f_rev", "b_f_l2", "b_f_l2_rev"]
    assert all(model.params[name].tolist() == [1.0, 1.0, 1.0] for name in forget)


def test_weights_fill_the_uniform_range():
    """Mean ≈ 0, variance ≈ k²/3, extremes near ±k (64·64 draws of U_f)."""
    H = 64
    U_f = new_model("lstm", list("ab"), H, seed=3).params["U_f"]
    k = 1 / math.sqrt(H)
    assert abs(U_f.mean()) < 0.02 * k
    assert U_f.var() == pytest.approx(k * k / 3, rel=0.05)
    assert U_f.max() > 0.99 * k and U_f.min() < -0.99 * k


@pytest.mark.parametrize("hidden, vocab, layers", [(0, 4, 1), (3, 0, 1), (3, 4, 0)])
def test_sizes_below_one_are_refused(hidden, vocab, layers):
    with pytest.raises(SpecError, match="at least 1"):
        new_model("rnn", ["x"] * vocab, hidden, layers=layers)
