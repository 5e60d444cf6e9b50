"""Numbers for formulas without sympy: a compiled formula fed from a forward trace.

A formula's leaves (f_t, h_{t-1,k}, U_f[j,k], δ_jk, …) get their numbers from :class:`StepValues`, the
quantities of one step of one layer plus the layer's parameters. Index letters are bound either to one
unit (0-based here) or to a whole axis, so the same compiled function gives one entry or every entry at
once (e.g. the (H, D) matrix of ∂h_{t,j}/∂W_f[j,k] over all j, k). A Σ over units is compiled separately
and summed over an extra axis. The functions come from :func:`.compiled.compile_formula` (lambdify) or,
written ahead of time, from the generated modules of :mod:`.ahead`; either way this module runs them and
never imports sympy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from lstm_studio.engine.trace import LayerTrace
from lstm_studio.symbolic.names import info


@dataclass(frozen=True)
class Compiled:
    """A compiled formula: ``fn(*leaf values, *sum values)``; ``args`` are the leaves (sympy symbols or
    their names); ``sums`` holds (letter, Compiled, body) for each Σ over units, ``body`` being the
    summand as the numeric template names it (a sympy expression, or a key written ahead)."""

    fn: Callable
    args: tuple
    sums: tuple

    def bodies(self) -> dict:
        """Summand expression -> its Compiled, for every Σ at any depth."""
        found = {}
        for _, compiled, body in self.sums:
            found[body] = compiled
            found.update(compiled.bodies())
        return found


class StepValues:
    """The numbers of one step: ``arrays[(quantity, step)]`` (each (units,)) and ``params[name]``."""

    def __init__(self, arrays: dict, params: dict):
        self.arrays = arrays
        self.params = params

    @staticmethod
    def from_layer(lt: LayerTrace, params: dict, s: int, b: int = 0) -> StepValues:
        """Step ``s`` (1-based, in the layer's processing order) of sequence ``b`` of a layer trace."""
        arrays = {("x", "t"): lt.x[s - 1, b], ("h", "t"): lt.h[s, b], ("h", "t-1"): lt.h[s - 1, b]}
        if lt.c is not None:
            arrays[("c", "t")] = lt.c[s, b]
            arrays[("c", "t-1")] = lt.c[s - 1, b]
        for name, values in lt.gates.items():
            arrays[(name, "t")] = values[s - 1, b]
        if "a" in lt.pre:
            arrays[("a", "t")] = lt.pre["a"][s - 1, b]
        if "n" in lt.extra:
            arrays[("n", "t")] = lt.extra["n"][s - 1, b]
        return StepValues(arrays, params)

    def base(self, q: str, step: str) -> np.ndarray:
        return self.params[q] if step == "" else self.arrays[(q, step)]


class Env:
    """Where leaves get their numbers: ``binding`` maps each index letter to a unit (int, 0-based) or
    None for a whole axis; ``axes`` orders the None letters; ``sizes`` gives each letter's range."""

    def __init__(self, values: StepValues, binding: dict, sizes: dict, axes: tuple = ()):
        self.values = values
        self.binding = binding
        self.sizes = sizes
        self.axes = axes

    @property
    def shape(self) -> tuple:
        return tuple(self.sizes[a] for a in self.axes)

    def summing(self, letter: str) -> Env:
        return Env(self.values, {**self.binding, letter: None}, self.sizes, self.axes + (letter,))

    def _index(self, letter: str):
        b = self.binding[letter]
        if b is not None:
            return b
        shape = [1] * len(self.axes)
        shape[self.axes.index(letter)] = self.sizes[letter]
        return np.arange(self.sizes[letter]).reshape(shape)

    def value(self, symbol):
        """The number(s) of a leaf, given as a sympy symbol or by its name."""
        li = info(symbol if isinstance(symbol, str) else symbol.name)
        assert li is not None  # a compiled formula's arguments are leaf symbols
        if li.is_delta:
            a, b = li.letters[0], li.letters[1]
            return np.equal(self._index(a), self._index(b)).astype(float)
        arr = self.values.base(li.q, li.step)
        letters = li.letters
        if len(letters) == 2 and letters[0] == letters[1]:
            arr, letters = np.diagonal(arr), letters[0]  # M[j,j]
        select, kept = [], []
        for letter in letters:
            b = self.binding[letter]
            select.append(slice(None) if b is None else b)
            if b is None:
                kept.append(letter)
        arr = arr[tuple(select)]
        if not kept:
            return float(arr)
        positions = [self.axes.index(letter) for letter in kept]
        arr = np.transpose(arr, np.argsort(positions))
        shape = [1] * len(self.axes)
        for letter, size in zip(sorted(kept, key=self.axes.index), arr.shape):
            shape[self.axes.index(letter)] = size
        return arr.reshape(shape)


def run(compiled: Compiled, env: Env):
    """The formula's value: a float when every letter is bound, else an array of ``env.shape``."""
    args = [env.value(s) for s in compiled.args]
    for letter, body, _ in compiled.sums:
        inner = env.summing(letter)
        args.append(np.broadcast_to(run(body, inner), inner.shape).sum(axis=-1))
    out = compiled.fn(*args)
    if env.axes:
        return np.broadcast_to(np.asarray(out, dtype=float), env.shape)
    return float(out)


def step_values(h: np.ndarray, p: np.ndarray, target: int, params: dict) -> StepValues:
    """The numbers of step t for the output layer: h_t (width,), p_t (V,) and the target index k_t."""
    e = np.zeros_like(p)
    e[target] = 1.0
    return StepValues({("h", "t"): h, ("p", "t"): p, ("e", "t"): e}, params)
