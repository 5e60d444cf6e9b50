"""Gradient clipping: by global norm (direction kept) and by value (entrywise clamp)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lstm_studio.engine import clip_by_norm, clip_by_value, global_norm


def grads():
    return {"W": np.array([[3.0, 0.0], [0.0, 0.0]]), "b": np.array([0.0, -4.0])}


def test_global_norm_is_taken_over_every_parameter_together():
    assert global_norm(grads()) == 5.0  # √(3² + 4²)
    assert global_norm({"a": np.full((2, 2), 0.5)}) == 1.0


def test_clip_by_norm_rescales_to_max_norm_and_keeps_the_direction():
    original = grads()
    clipped, norm = clip_by_norm(original, 1.0)
    assert norm == 5.0  # the norm before clipping
    assert clipped["W"].ravel().tolist() == pytest.approx([0.6, 0.0, 0.0, 0.0], rel=1e-15)
    assert clipped["b"].tolist() == pytest.approx([0.0, -0.8], rel=1e-15)
    assert global_norm(clipped) == pytest.approx(1.0, rel=1e-15)
    assert original["W"][0, 0] == 3.0 and original["b"][1] == -4.0  # the input is left alone


def test_clip_by_norm_leaves_small_gradients_unchanged_but_copied():
    original = grads()
    for max_norm in (5.0, 7.5):
        clipped, norm = clip_by_norm(original, max_norm)
        assert norm == 5.0
        for name in original:
            assert np.array_equal(clipped[name], original[name])
            assert clipped[name] is not original[name]
            assert not np.shares_memory(clipped[name], original[name])


def test_clip_by_norm_passes_a_non_finite_norm_through_for_the_caller_to_see():
    clipped, norm = clip_by_norm({"W": np.array([1.0, math.inf])}, 1.0)
    assert norm == math.inf
    assert clipped["W"].tolist() == [1.0, math.inf]
    clipped, norm = clip_by_norm({"W": np.array([1.0, math.nan])}, 1.0)
    assert math.isnan(norm)


@pytest.mark.parametrize("bad", [0.0, -1.0])
def test_clip_limits_must_be_positive(bad):
    with pytest.raises(ValueError, match="max_norm must be positive"):
        clip_by_norm(grads(), bad)
    with pytest.raises(ValueError, match="limit must be positive"):
        clip_by_value(grads(), bad)


def test_clip_by_value_clamps_each_entry():
    original = {"W": np.array([[-3.0, -0.5], [0.25, 2.0]]), "b": np.array([1.0, -1.0])}
    clipped = clip_by_value(original, 1.0)
    assert clipped["W"].tolist() == [[-1.0, -0.5], [0.25, 1.0]]
    assert clipped["b"].tolist() == [1.0, -1.0]
    assert original["W"][0, 0] == -3.0  # the input is left alone
