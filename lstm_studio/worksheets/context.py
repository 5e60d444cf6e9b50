"""What every question builder reads: the variant's model, its full run, the random stream, the precisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from lstm_studio.engine import Model
from lstm_studio.worksheets.compute import Run
from lstm_studio.worksheets.exact import shown
from lstm_studio.worksheets.latex import token as token_latex
from lstm_studio.worksheets.problem import Problem


@dataclass
class Context:
    """problem, model (rounded weights), run (full forward + BPTT), rng (the variant's question stream).

    Precisions: weights have ``wd`` decimals; answers and stated values ``ad``; intermediate results in
    worked solutions ``inter`` = ad + 2, so that the printed arithmetic reproduces the answer's digits.
    """

    problem: Problem
    model: Model
    run: Run
    rng: np.random.Generator
    _weights: dict = field(default_factory=dict, repr=False)

    def w(self, name: str, *index: int) -> Fraction:
        """A weight exactly as printed (0-based index), e.g. ``w("W_f", 2, 0)`` is W_f[3,1] on the sheet."""
        key = (name, index)
        if key not in self._weights:
            self._weights[key] = shown(float(self.model.params[name][index]), self.wd)
        return self._weights[key]

    @property
    def wd(self) -> int:
        return self.problem.decimals

    @property
    def ad(self) -> int:
        return self.problem.answer_decimals

    @property
    def inter(self) -> int:
        return self.ad + 2

    @property
    def H(self) -> int:
        return self.model.hidden_size

    @property
    def T(self) -> int:
        return len(self.problem.inputs)

    def token(self, t: int) -> str:
        """The input token of step t (1-based)."""
        return self.model.vocab[self.problem.inputs[t - 1]]

    def token_math(self, k: int) -> str:
        """Vocabulary entry k (0-based) as LaTeX."""
        return token_latex(self.model.vocab[k])
