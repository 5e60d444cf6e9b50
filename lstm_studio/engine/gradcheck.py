"""Central finite-difference check of BPTT.

For every parameter entry θ the numerical derivative is the five-point central stencil

    n = (−L(θ+2ε) + 8 L(θ+ε) − 8 L(θ−ε) + L(θ−2ε)) / 12ε          (error O(ε⁴))

and it is compared with the analytic a from :func:`lstm_studio.engine.network.backward` by the
relative error  max(|a − n| − δ, 0) / max(|a| + |n|, floor). The floor keeps entries whose true gradient
is ~0 from dividing rounding noise by nothing. δ is the rounding noise of the stencil itself: each loss
is a sum whose rounding error is up to u·S (u = 2⁻⁵² the unit roundoff, S = Σ|terms of L|), and the
stencil weighs four of them by (1 + 8 + 8 + 1) / 12ε, so

    δ = NOISE_SAFETY · 1.5 · u · S / ε.

At teaching sizes (S ≈ 3, ε = 1e-3) δ ≈ 1e-11 and agreement to 1e-6 stays a strict test; over 10,000
steps S ≈ 10⁴ and δ ≈ 3e-8, which a column that is exactly zero (a token that never occurs) would
otherwise report as a disagreement of 1e-5.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lstm_studio.engine.model import Model
from lstm_studio.engine.network import as_batch, backward, cross_entropy, dlogits, forward

STENCIL = ((-2.0, 1.0), (-1.0, -8.0), (1.0, 8.0), (2.0, -1.0))
#: How far above the estimated rounding noise a difference must be to count (the estimate is typical,
#: not a bound).
NOISE_SAFETY = 8.0


@dataclass
class ParamCheck:
    """The comparison for one parameter: analytic and numerical gradients and the worst relative error."""

    name: str
    analytic: np.ndarray
    numerical: np.ndarray
    max_rel_error: float
    worst_index: tuple[int, ...]
    noise: float = 0.0


def relative_error(a: np.ndarray, n: np.ndarray, floor: float = 1e-5, noise: float = 0.0) -> np.ndarray:
    """max(|a − n| − noise, 0) / max(|a| + |n|, floor), elementwise (noise: see the module docstring)."""
    return np.maximum(np.abs(a - n) - noise, 0.0) / np.maximum(np.abs(a) + np.abs(n), floor)


def stencil_noise(scale: float, eps: float) -> float:
    """δ, the rounding noise of the five-point stencil on losses whose terms add up to ``scale`` in
    absolute value (see the module docstring)."""
    return float(NOISE_SAFETY * 1.5 * np.finfo(np.float64).eps / 2 * scale / eps)


def projection_loss(model: Model, tokens, targets, R: np.ndarray | None, initial_state=None) -> float:
    """Cross-entropy plus, when R is given, Σ out ⊙ R (a random projection so every output gets a gradient)."""
    return _loss_and_scale(model, tokens, targets, R, initial_state)[0]


def _loss_and_scale(model: Model, tokens, targets, R, initial_state) -> tuple[float, float]:
    """The loss and the sum of the absolute values of its terms (the scale of its rounding error)."""
    trace = forward(model, tokens, initial_state)
    loss, per_step = cross_entropy(trace, targets)
    scale = float(np.abs(per_step).sum())
    if R is not None:
        terms = trace.out * R
        loss += float(terms.sum())
        scale += float(np.abs(terms).sum())
    return loss, scale


def numerical_gradient(
    model: Model, tokens, targets, name: str, eps: float = 1e-3, R=None, initial_state=None
) -> np.ndarray:
    """dL/d params[name] by the five-point central stencil; the model is restored afterwards."""
    theta = model.params[name]
    grad = np.zeros_like(theta)
    for index in np.ndindex(theta.shape):
        original = theta[index]
        total = 0.0
        for step, weight in STENCIL:
            theta[index] = original + step * eps
            total += weight * projection_loss(model, tokens, targets, R, initial_state)
        theta[index] = original
        grad[index] = total / (12.0 * eps)
    return grad


def gradcheck(
    model: Model,
    tokens,
    targets,
    names: list[str] | None = None,
    eps: float = 1e-3,
    projection_seed: int | None = None,
    initial_state: dict | None = None,
) -> list[ParamCheck]:
    """Compare BPTT with finite differences for ``names`` (default: every parameter).

    With ``projection_seed`` the loss also includes Σ out ⊙ R for a seeded random R, as in Karpathy's
    LSTM check, so that the hidden states are checked even where the cross-entropy barely reaches them.
    """
    work = model.copy()
    tokens = as_batch(tokens)
    R = None
    if projection_seed is not None:
        rng = np.random.default_rng(projection_seed)
        R = rng.standard_normal((tokens.shape[0], tokens.shape[1], work.hidden_size * work.directions))
    trace = forward(work, tokens, initial_state)
    grads = backward(work, trace, dlogits(trace, targets), R)
    noise = stencil_noise(_loss_and_scale(work, tokens, targets, R, initial_state)[1], eps)
    results = []
    for name in names or list(work.params):
        a = grads.params[name]
        n = numerical_gradient(work, tokens, targets, name, eps, R, initial_state)
        err = relative_error(a, n, noise=noise)
        worst = np.unravel_index(int(np.argmax(err)), err.shape) if err.size else ()
        results.append(ParamCheck(name, a, n, float(err.max()) if err.size else 0.0, tuple(int(i) for i in worst),
                                  noise))
    return results
