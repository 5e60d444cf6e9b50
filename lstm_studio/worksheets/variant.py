"""Each variant's own weights, drawn from its seed and rounded so that hand calculation is practical."""

from __future__ import annotations

import numpy as np

from lstm_studio.engine import Model, param_shapes
from lstm_studio.worksheets.problem import Problem

WEIGHT_RANGE = 1.0


def _stream(problem: Problem, purpose: int, attempt: int = 0) -> np.random.Generator:
    """An independent random stream per (seed, variant, purpose[, attempt]): purpose 0 for the weights, 1 for
    the questions; ``attempt`` counts the draws of a variant (:mod:`.generate` draws again when an answer
    would sit on a rounding boundary).

    SeedSequence mixes the numbers, so variant 2 of seed 5 and variant 5 of seed 2 differ, and the first
    draw's weights do not change when only the question options do.
    """
    entropy = [problem.seed, problem.variant, purpose] + ([attempt] if attempt else [])
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(entropy)))


def question_rng(problem: Problem, attempt: int = 0) -> np.random.Generator:
    return _stream(problem, 1, attempt)


def variant_model(problem: Problem, name: str = "", attempt: int = 0) -> Model:
    """The variant's model: every weight and bias drawn from U(−1, 1) in the canonical parameter order and
    rounded to ``problem.decimals`` decimals; zero initial state. Same problem, same numbers, any machine."""
    rng = _stream(problem, 0, attempt)
    params = {}
    for key, shape in param_shapes(problem.spec, len(problem.vocab), problem.hidden_size).items():
        drawn = rng.uniform(-WEIGHT_RANGE, WEIGHT_RANGE, size=shape)
        params[key] = np.round(drawn, problem.decimals) + 0.0  # + 0.0 turns −0.0 into 0.0
    return Model(problem.spec, list(problem.vocab), problem.hidden_size, params, name=name)
