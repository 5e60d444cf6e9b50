"""The optimisers' update rules against their first steps computed by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lstm_studio.engine.optim import SGD, Adam


def test_sgd_without_momentum_is_theta_minus_lr_g():
    opt = SGD(lr=0.1)
    new = opt.step({"w": np.array([1.0, -2.0])}, {"w": np.array([0.5, 1.0])})
    assert new["w"].tolist() == pytest.approx([0.95, -2.1], rel=1e-15)


def test_sgd_momentum_accumulates_velocity_as_pytorch_does():
    """v ← μ v + g, θ ← θ − η v (the first v is g itself)."""
    opt = SGD(lr=0.1, momentum=0.9)
    params = {"w": np.array([1.0, -2.0])}
    step1 = opt.step(params, {"w": np.array([0.5, 1.0])})
    assert step1["w"].tolist() == pytest.approx([0.95, -2.1], rel=1e-15)  # v1 = (0.5, 1)
    step2 = opt.step(step1, {"w": np.array([-1.0, 0.0])})
    # v2 = 0.9·(0.5, 1) + (−1, 0) = (−0.55, 0.9);  θ2 = θ1 − 0.1·v2
    assert step2["w"].tolist() == pytest.approx([0.95 + 0.055, -2.1 - 0.09], rel=1e-15)
    assert params["w"].tolist() == [1.0, -2.0]  # params are never modified in place
    assert step1["w"].tolist() == pytest.approx([0.95, -2.1], rel=1e-15)


def test_adam_first_two_steps_by_hand():
    lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
    opt = Adam(lr=lr, beta1=b1, beta2=b2, eps=eps)
    theta0 = [1.0, -1.0, 0.5]
    g1, g2 = [0.5, -2.0, 0.0], [0.1, 1.0, -3.0]

    step1 = opt.step({"w": np.array(theta0)}, {"w": np.array(g1)})
    # m1 = (1 − β1) g, s1 = (1 − β2) g²; bias correction undoes both: m̂ = g, ŝ = g², so the first
    # step is −lr·g / (|g| + ε): about lr against the sign of g, and 0 where g = 0.
    theta1 = [t - lr * g / (abs(g) + eps) for t, g in zip(theta0, g1)]
    assert step1["w"].tolist() == pytest.approx(theta1, rel=1e-15)
    assert theta1[2] == 0.5

    step2 = opt.step(step1, {"w": np.array(g2)})
    theta2 = []
    for t, ga, gb in zip(theta1, g1, g2):
        m = b1 * (1 - b1) * ga + (1 - b1) * gb
        s = b2 * (1 - b2) * ga * ga + (1 - b2) * gb * gb
        m_hat, s_hat = m / (1 - b1**2), s / (1 - b2**2)
        theta2.append(t - lr * m_hat / (math.sqrt(s_hat) + eps))
    assert step2["w"].tolist() == pytest.approx(theta2, rel=1e-14)
    assert opt.t == 2


def test_adam_keeps_separate_moments_per_parameter():
    opt = Adam(lr=0.1)
    new = opt.step({"a": np.array([0.0]), "b": np.array([0.0])}, {"a": np.array([2.0]), "b": np.array([-1e-3])})
    # each parameter's first step is ≈ lr against its own gradient's sign, whatever its size
    assert new["a"][0] == pytest.approx(-0.1, rel=1e-6)
    assert new["b"][0] == pytest.approx(0.1, rel=1e-4)
    assert set(opt.m) == set(opt.s) == {"a", "b"}
