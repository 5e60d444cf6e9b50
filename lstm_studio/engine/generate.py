"""Generation: draw a token from the output distribution, feed it back in, repeat.

At temperature T the distribution drawn from is

    p^T_t = softmax(y_t / T)          T > 0;  T = 1 is the model's own p_t
    p^0_t = onehot(argmax_k y_t[k])   T = 0, greedy decoding (ties go to the first token)

Low T sharpens the distribution towards greedy, high T flattens it towards uniform. The draw uses the
inverse of the cumulative distribution with one uniform number u from PCG64 seeded with ``seed``, so a
seed reproduces a run on every machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from lstm_studio.engine.functions import softmax
from lstm_studio.engine.model import Model
from lstm_studio.engine.network import forward
from lstm_studio.engine.trace import Trace


def distribution(y: np.ndarray, temperature: float) -> np.ndarray:
    """p^T = softmax(y / T) for T > 0, the one-hot of argmax y for T = 0; y is (V,).

    Computed as softmax((y − max y) / T), equal in exact arithmetic: y / T overflows to ±inf for a tiny T
    (1e-320) and inf − inf is NaN, whereas (y − max y) / T is 0 for the largest entries and −inf or a
    finite negative number for the others, so p^T tends to greedy decoding as T → 0, as it should."""
    if not np.isfinite(temperature) or temperature < 0:
        raise ValueError(f"temperature: {temperature} is not a number ≥ 0")
    y = np.asarray(y, dtype=float)
    if temperature == 0:
        p = np.zeros_like(y)
        p[int(np.argmax(y))] = 1.0
        return p
    with np.errstate(over="ignore", divide="ignore"):
        return softmax((y - y.max()) / temperature)


def draw(p: np.ndarray, u: float) -> int:
    """The token k with P(k − 1) ≤ u < P(k), P the cumulative sum of p and u ∈ [0, 1)."""
    cumulative = np.cumsum(p)
    k = int(np.searchsorted(cumulative, u * cumulative[-1], side="right"))
    return min(k, len(p) - 1)


@dataclass(frozen=True)
class SampleStep:
    """One generated token.

    t        1-based position among the generated tokens
    fed      the token index read at this step (the last prime token, then the previous draw)
    p_model  (V,) the model's own p_t = softmax(y_t)
    p        (V,) the distribution the token was drawn from (temperature applied)
    drawn    the token index drawn
    trace    the forward pass whose last time step produced p_model (gates and states there); for the
             first draw it is the pass over the whole prime, afterwards a one-step pass
    """

    t: int
    fed: int
    p_model: np.ndarray
    p: np.ndarray
    drawn: int
    temperature: float
    trace: Trace


class Sampler:
    """Step-by-step generation: prime with some tokens, then each :meth:`step` draws one and feeds it back.

    The sampler holds the recurrent state, the random generator and the next distribution; the model is
    only read. ``temperature`` may be changed between steps (the temperature slider).
    """

    def __init__(self, model: Model, prime: Sequence[int], temperature: float = 1.0, seed: int = 0):
        if model.bidirectional:
            raise ValueError("model: a bidirectional model reads the sequence backwards too; it cannot generate")
        if len(prime) == 0:
            raise ValueError("prime: give at least one token to start from")
        distribution(np.zeros(1), temperature)
        self.model = model
        self.prime = [int(k) for k in prime]
        self.temperature = float(temperature)
        self.rng = np.random.Generator(np.random.PCG64(seed))
        self.prime_trace = forward(model, self.prime)
        self.generated: list[int] = []
        self._set(self.prime_trace, self.prime[-1])

    def _set(self, trace: Trace, fed: int) -> None:
        self._trace, self._fed = trace, fed
        self._state = trace.final_state()

    @property
    def tokens(self) -> list[int]:
        """The prime followed by every token drawn so far."""
        return self.prime + self.generated

    def next_distribution(self) -> tuple[np.ndarray, np.ndarray]:
        """(p_model, p at the current temperature) for the next draw, without drawing."""
        y = self._trace.y[-1, 0]
        return self._trace.p[-1, 0].copy(), distribution(y, self.temperature)

    def step(self) -> SampleStep:
        """Draw the next token from the current distribution, then feed it in."""
        p_model, p = self.next_distribution()
        u = float(self.rng.random())
        drawn = draw(p, u)
        step = SampleStep(len(self.generated) + 1, self._fed, p_model, p, drawn, self.temperature, self._trace)
        self.generated.append(drawn)
        self._set(forward(self.model, [drawn], initial_state=self._state), drawn)
        return step

    def run(self, length: int) -> list[SampleStep]:
        return [self.step() for _ in range(length)]


def sample(
    model: Model, prime: Sequence[int], length: int, temperature: float = 1.0, seed: int = 0
) -> list[SampleStep]:
    """Prime, then draw ``length`` tokens, each fed back in; the steps carry every distribution."""
    if length < 0:
        raise ValueError(f"length: {length} is negative")
    return Sampler(model, prime, temperature, seed).run(length)


def greedy(model: Model, prime: Sequence[int], length: int) -> list[int]:
    """Greedy decoding written out independently of :class:`Sampler`: always the most likely next token,
    by re-running the whole sequence each time (the reference the tests compare sampling at T → 0 with)."""
    tokens = [int(k) for k in prime]
    for _ in range(length):
        tokens.append(int(np.argmax(forward(model, tokens).y[-1, 0])))
    return tokens[len(prime):]
