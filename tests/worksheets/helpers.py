"""Shared set-up for the worksheet tests: models of every cell and convention, and reading printed numbers."""

from __future__ import annotations

import re

import numpy as np

from lstm_studio.engine import new_model
from lstm_studio.worksheets.code import CELL_VARIANTS
from lstm_studio.worksheets.problem import problem_from_model

#: Every cell and convention a variant code can name, as (cell, options) with readable ids.
CELLS = [(cell, dict(options)) for cell, options in CELL_VARIANTS]
CELL_IDS = [cell + "".join(f"-{v}" for _, v in options) for cell, options in CELL_VARIANTS]


def make_problem(cell="lstm", options=None, text="PIGS", vocab="PIGS", hidden=3, **kwargs):
    model = new_model(cell, list(vocab), hidden, seed=0, options=options)
    return problem_from_model(model, text, **kwargs)


def numbers(latex: str) -> np.ndarray:
    """The numbers printed in a LaTeX value such as ``\\left[-0.0566,\\ 0.0402\\right]``."""
    return np.array([float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", latex)])


def givens(question) -> dict[str, np.ndarray]:
    """The values a question states, by their LaTeX name (``h_{1}``, ``p_{3}``, ``f_{2}[1]``)."""
    return {g.name: numbers(g.value) for g in question.given}


def printed(value: float, decimals: int) -> float:
    """``value`` rounded exactly as the key prints it.

    Safe to compare with the key on any CPU and in any summation order: no answer lies within a millionth
    of a unit of its last digit from a rounding boundary (the generator draws such a variant again), far
    more than the float noise of any way of computing it."""
    return float(f"{value:.{decimals}f}") + 0.0
