"""Reference solutions of every checked step of the built-in course: they live here only, never in the
lesson files. Each takes the student's state at the start of a step (a model the solution may change, and the
input text) and returns the solved state."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from lstm_studio import lessons
from lstm_studio.engine import CellSpec, Model, param_shapes
from lstm_studio.engine.train import run

Solution = Callable[[Model, str, lessons.Step], tuple[Model, str]]
SOLUTIONS: dict[tuple[str, int], Solution] = {}


def solves(lesson_id: str, step: int):
    def register(fn):
        SOLUTIONS[(lesson_id, step)] = fn
        return fn
    return register


def tokens(model: Model, *names: str) -> list[int]:
    return [model.vocab.index(n) for n in names]


def set_(model: Model, **values) -> Model:
    """Set parameters: a scalar or array for a whole parameter; {index: value} for entries (1-based)."""
    for name, value in values.items():
        if isinstance(value, dict):
            for index, v in value.items():
                index = (index,) if isinstance(index, int) else index
                model.params[name][tuple(i - 1 for i in index)] = v
        else:
            model.params[name] = np.broadcast_to(np.asarray(value, dtype=float), model.params[name].shape).copy()
    return model


def train(model: Model, text: str, step: lessons.Step) -> tuple[Model, str]:
    """Press the step's Train button: the engine's training from the student's current weights."""
    data, config = lessons.plan(step.train, model)
    return run(model, data, config).model, text


def convert(model: Model, cell: str, options: dict | None = None) -> Model:
    """Switch the cell in the Model panel: a model of the new kind whose shared parameters keep their values."""
    spec = CellSpec.make(cell, options)
    shapes = param_shapes(spec, model.vocab_size, model.hidden_size, model.layers, model.bidirectional)
    params = {k: model.params[k].copy() if k in model.params and model.params[k].shape == s else np.zeros(s)
              for k, s in shapes.items()}
    return Model(spec, list(model.vocab), model.hidden_size, params, model.layers, model.bidirectional, {}, model.name)


# --- lessons ------------------------------------------------------------------------------------------------

solves("rnn-one-hot", 2)(lambda m, x, s: (set_(m, W_xh={(1, 1): 1.0}), x))
solves("rnn-one-hot", 3)(lambda m, x, s: (set_(m, W_hh={(2, 3): -1.0}), x))
solves("rnn-one-hot", 5)(lambda m, x, s: (set_(m, b_y={3: m.params["b_y"][2] + 4}), x))
solves("rnn-lecture-numbers", 5)(train)
solves("softmax-loss-bptt", 1)(lambda m, x, s: (set_(m, b_y={2: m.params["b_y"][1] + 1.5}), x))
solves("softmax-loss-bptt", 4)(lambda m, x, s: (set_(m, b_y=[-1.285, 0.401, 0.520, 0.364]), x))
solves("softmax-loss-bptt", 5)(train)
solves("vanishing-exploding", 1)(lambda m, x, s: (set_(m, W_hh=np.diag([0.3, 0.3])), x))
solves("vanishing-exploding", 2)(lambda m, x, s: (set_(m, W_hh=np.diag([1.5, 1.5])), x))
solves("vanishing-exploding", 4)(lambda m, x, s: (set_(m, W_hh=[[0.7, 0.3], [0.3, 0.7]]), x))
solves("vanishing-exploding", 5)(lambda m, x, s: (set_(m, W_hh=np.diag([3.0, 3.0])), x))
solves("lstm-gates", 1)(lambda m, x, s: (set_(m, b_f=4.0), x))
solves("lstm-gates", 2)(lambda m, x, s: (set_(m, W_i={(1, 1): 5.0}, W_c={(1, 1): 3.0}), x))
solves("lstm-gates", 3)(lambda m, x, s: (set_(m, b_f=5.0), x))
solves("lstm-gates", 4)(lambda m, x, s: (set_(m, b_o=-5.0), x))
solves("lstm-gates", 5)(lambda m, x, s: (set_(m, W_o={(1, 2): 10.0}), x))
solves("constant-error-carousel", 2)(lambda m, x, s: (set_(m, b_f=6.0), x))
solves("constant-error-carousel", 3)(lambda m, x, s: (set_(m, W_hh=1.0, W_xh={(1, 1): 0.3}), x))
solves("constant-error-carousel", 4)(
    lambda m, x, s: (set_(m, b_f=6.0, W_i={(1, 2): 5.0}, W_c={(1, 2): -3.0}), x))
solves("peephole", 2)(lambda m, x, s: (set_(m, P_o=10.0, b_o=-5.5), x))
solves("peephole", 3)(lambda m, x, s: (set_(m, P_i=-10.0), x))
solves("peephole", 4)(lambda m, x, s: (set_(m, P_f=-6.7), x))
solves("gru-conventions", 1)(lambda m, x, s: (set_(m, W_z={(1, 1): 10.0}, b_z=-5.0), x))
solves("gru-conventions", 2)(lambda m, x, s: (set_(m, b_r=-5.0), x))
solves("gru-conventions", 3)(lambda m, x, s: (set_(m, W_z={(1, 1): 10.0}, b_z=-5.0), x))
solves("gru-conventions", 4)(lambda m, x, s: (set_(m, W_z={(1, 1): -10.0}, b_z=5.0), x))
solves("simplified-gru", 2)(lambda m, x, s: (set_(m, W_z={(1, 1): 10.0}, b_z=-5.0), x))
solves("simplified-gru", 3)(lambda m, x, s: (set_(m, W_h={(1, 4): -4.5}), x))
solves("simplified-gru", 4)(lambda m, x, s: (set_(m, W_r={(1, 4): -10.0}), x))
solves("deep-bidirectional", 2)(lambda m, x, s: (set_(
    m, W_xh_rev={(1, 4): 3.0, (1, 3): -3.0}, W_hh_rev=1.0,
    W_hy=[[0, 0], [0, 0], [0, -5.0], [0, 5.0]], b_y=[-5.0, -5.0, 0, 0]), x))
solves("deep-bidirectional", 3)(lambda m, x, s: (set_(m, b_y={4: m.params["b_y"][3] + 2}), x))
solves("deep-bidirectional", 4)(train)
solves("plurals-sampling", 2)(train)
solves("plurals-sampling", 4)(lambda m, x, s: (set_(m, W_hy=3 * m.params["W_hy"], b_y=3 * m.params["b_y"]), x))
solves("long-range", 1)(lambda m, x, s: (set_(m, W_xh=[[3, -3, 0, 0, 0, 0, 0]], W_hh=2.0), x))
solves("long-range", 3)(train)
solves("long-range", 4)(lambda m, x, s: (set_(
    m, W_z={(1, 1): 10.0, (1, 2): 10.0}, b_z=-8.0, W_h={(1, 1): 3.0, (1, 2): -3.0}), x))


# --- challenges -------------------------------------------------------------------------------------------


@solves("rnn-predicts-s", 1)
def _next_letter(m, x, s):
    """h holds a sign pattern of the current letter (W_hh = 0); W_hy reads the next letter off it."""
    k = 3.0
    return set_(m, W_xh=[[k, -k, -k, -k], [-k, k, -k, -k], [-k, -k, k, -k]], W_hh=0.0, b_h=0.0,
                W_hy=[[-1, -1, -1], [2, 0, 0], [0, 2, 0], [0, 0, 2]], b_y=[-1, 0, 0, 0]), x


@solves("lstm-latch", 1)
def _latch(m, x, s):
    """A and B wipe the cell and write ±1; x keeps it; the output gate is open; B wins at c = 0."""
    return set_(m, W_f=[[-10, -10, 0]], U_f=0.0, b_f=5.0, W_i=[[10, 10, 0]], U_i=0.0, b_i=-5.0,
                W_c=[[3, -3, 0]], U_c=0.0, b_c=0.0, W_o=0.0, U_o=0.0, b_o=5.0,
                W_hy=[[3], [-3], [0]], b_y=[0, 0.1, -5]), x


@solves("gru-copy", 1)
def _copy(m, x, s):
    """Unit 1 takes the current bit, unit 2 takes unit 1's previous value; the output reads unit 2."""
    return set_(m, W_z=0.0, U_z=0.0, b_z=10.0, W_r=0.0, U_r=0.0, b_r=10.0,
                W_h=[[-5, 5], [0, 0]], U_h=[[0, 0], [5, 0]], b_h=0.0,
                W_hy=[[0, -3], [0, 3]], b_y=0.0), x


@solves("gradient-to-step-1", 1)
def _identity(m, x, s):
    """ρ(W_hh) = 1 and small states, so that tanh' stays near 1 on the way back."""
    return set_(m, W_xh=[[0.3, -0.3, 0], [0, 0, 0]], W_hh=np.eye(2), b_h=0.0,
                W_hy=[[2, 0], [-2, 0], [0, 0]], b_y=0.0), x


@solves("parity", 1)
def _parity(m, x, s):
    """Unit 3 holds the first bit as ±1; at step 2 unit 1 computes OR, unit 2 AND; y_1 = OR − AND."""
    k = 5.0
    return set_(m, W_xh=[[-k, k], [-k, k], [-k, k]], W_hh=[[0, 0, k], [0, 0, k], [0, 0, 0]],
                b_h=[k, -k, 0], W_hy=[[0, 0, 0], [2, -2, 0]], b_y=[0, -1], ), x


@solves("keep-a-secret", 1)
def _secret(m, x, s):
    """A/B write ±1 into a cell that keeps it; the output gate opens on ? only; x has a constant score."""
    return set_(m, W_f=0.0, U_f=0.0, b_f=5.0, W_i=[[10, 10, 0, 0]], U_i=0.0, b_i=-5.0,
                W_c=[[3, -3, 0, 0]], U_c=0.0, b_c=0.0, W_o=[[0, 0, 0, 10]], U_o=0.0, b_o=-5.0,
                W_hy=[[4], [-4], [0], [0]], b_y=[0, 0, 1, -5]), x
