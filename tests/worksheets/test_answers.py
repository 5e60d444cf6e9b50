"""Every answer is the engine's number for the variant's own (rounded) model.

Each question states the numbers it starts from; the test recomputes the answer from exactly those numbers
with the engine (or, for local derivatives, from the node's own function by central differences), checks
that it rounds to the printed answer, and checks that the stated numbers do not mislead: the answer is
within the question's tolerance of the full-precision value of the whole sequence from the zero state.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from lstm_studio.engine import backward, dlogits, forward, param_shapes
from lstm_studio.worksheets.generate import build
from lstm_studio.worksheets.problem import DIFFICULTIES

from .helpers import CELL_IDS, CELLS, givens, make_problem, printed

EPS = 1e-6


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def _softmax(y):
    e = np.exp(y - y.max())
    return e / e.sum()


class Reference:
    """The variant's model run by the engine over the whole input, from the zero state."""

    def __init__(self, ws):
        self.ws = ws
        self.model = ws.model
        self.inputs = ws.inputs
        self.trace = forward(self.model, self.inputs)
        self.grads = backward(self.model, self.trace, dlogits(self.trace, ws.targets))

    def layer_value(self, trace, s, quantity):
        lt = trace.first
        if quantity == "h":
            return lt.h[s + 1, 0]
        if quantity == "c":
            return lt.c[s + 1, 0]
        return lt.gates[quantity][s, 0]

    def step(self, t, state):
        """Step t from a stated state (None: the zero state) -> its one-step trace."""
        token = [self.inputs[t - 1]]
        if state is None:
            return forward(self.model, token)
        return forward(self.model, token, initial_state=state)

    def stated_state(self, q):
        g = givens(q)
        h = g.get(f"h_{{{q.t - 1}}}")
        if h is None:
            return None
        state = {"h": h}
        if self.model.spec.has_c:
            state["c"] = g[f"c_{{{q.t - 1}}}"]
        return state


def check_cell_quantity(ref, q):
    full = ref.layer_value(ref.trace, q.t - 1, q.quantity)[q.index - 1]
    state = ref.stated_state(q)
    if state is None and q.t > 1:
        value = full  # chained from the zero state: the full-precision forward pass is the reference
    else:
        value = ref.layer_value(ref.step(q.t, state), 0, q.quantity)[q.index - 1]
    assert q.answer == printed(value, q.decimals)
    assert abs(q.answer - full) <= q.tolerance


def check_output(ref, q):
    g = givens(q)
    h_name = f"h_{{{q.t}}}"
    if h_name in g:
        y = ref.model.params["W_hy"] @ g[h_name] + ref.model.params["b_y"]
        p = _softmax(y)
    else:
        y, p = ref.trace.y[q.t - 1, 0], ref.trace.p[q.t - 1, 0]
    if q.quantity == "prediction":
        assert q.answer == ref.model.vocab[int(np.argmax(p))]
        assert q.answer == ref.model.vocab[int(ref.trace.prediction[q.t - 1, 0])]
        return
    value = (y if q.quantity == "y" else p)[q.index - 1]
    full = (ref.trace.y if q.quantity == "y" else ref.trace.p)[q.t - 1, 0, q.index - 1]
    assert q.answer == printed(value, q.decimals)
    assert abs(q.answer - full) <= q.tolerance


def check_loss_gradient(ref, q):
    g = givens(q)
    W = ref.model.params["W_hy"]
    if q.quantity == "dL/db_y":
        value = 0.0
        for t in range(1, len(ref.inputs) + 1):
            target = ref.ws.targets[t - 1]
            if target >= 0:
                value += g[f"p_{{{t}}}"][q.index - 1] - (q.index - 1 == target)
        full = ref.grads.params["b_y"][q.index - 1]
    else:
        target = ref.ws.targets[q.t - 1]
        dy = g[f"p_{{{q.t}}}"] - np.eye(len(ref.model.vocab))[target]
        if q.quantity == "dL/dy":
            value = dy[q.index - 1]
            full = dlogits(ref.trace, ref.ws.targets)[q.t - 1, 0, q.index - 1]
        elif q.quantity == "dL/dh":
            value = (W.T @ dy)[q.index - 1]
            full = ref.grads.dh[0][0][q.t - 1, 0, q.index - 1]
        else:
            k = q.index - 1
            dh = (W.T @ dy)[k]
            o, c = g[f"o_{{{q.t}}}"][k], g[f"c_{{{q.t}}}"][k]
            value = dh * o * (1 - np.tanh(c) ** 2)
            if ref.model.cell == "peephole_lstm":
                value += dh * np.tanh(c) * o * (1 - o) * ref.model.params["P_o"][k]
            full = ref.grads.dc[0][0][q.t - 1, 0, k]
    assert q.answer == printed(value, q.decimals)
    assert abs(q.answer - full) <= q.tolerance


def check_recurrent(ref, q):
    """∂c_t/∂c_{t-1}, ∂h_t/∂h_{t-1} (entry k, k): central differences of the engine's step from the stated
    state."""
    state = ref.stated_state(q)
    H = ref.model.hidden_size
    if state is None:
        state = {"h": np.zeros(H)}
        if ref.model.spec.has_c:
            state["c"] = np.zeros(H)
    k = q.index - 1
    key = "c" if q.quantity == "dc/dc_prev" else "h"
    plus, minus = {k2: v.copy() for k2, v in state.items()}, {k2: v.copy() for k2, v in state.items()}
    plus[key][k] += EPS
    minus[key][k] -= EPS
    value = (ref.layer_value(ref.step(q.t, plus), 0, key)[k]
             - ref.layer_value(ref.step(q.t, minus), 0, key)[k]) / (2 * EPS)
    assert abs(q.exact - value) < 1e-7
    assert q.answer == printed(q.exact, q.decimals)


def check_parameter_derivative(ref, q):
    """∂h_t[k]/∂θ, ∂c_t[k]/∂θ: central differences of the engine's step from the stated state in the entry θ."""
    state = ref.stated_state(q)
    if state is None:
        H = ref.model.hidden_size
        state = {"h": np.zeros(H), **({"c": np.zeros(H)} if ref.model.spec.has_c else {})}
    name = q.quantity.split("/d", 1)[1]
    of = q.quantity[1]
    index = tuple(e - 1 for e in q.entry)
    assert q.entry[0] == q.index

    def step_with(delta):
        model = ref.model.copy()
        model.params[name][index] += delta
        trace = forward(model, [ref.inputs[q.t - 1]], initial_state=state)
        return ref.layer_value(trace, 0, of)[q.index - 1]

    value = (step_with(EPS) - step_with(-EPS)) / (2 * EPS)
    assert abs(q.exact - value) < 1e-7
    assert q.answer == printed(q.exact, q.decimals)


def check_conceptual(ref, q):
    text = q.text
    if q.quantity == "param_count":
        V, H = len(ref.model.vocab), ref.model.hidden_size
        bigger = re.search(r"H = (\d+) hidden units instead", text)
        H2 = int(bigger.group(1)) if bigger else H
        shapes = param_shapes(ref.model.spec, V, H2)
        cell = sum(int(np.prod(s)) for name, s in shapes.items() if name not in ("W_hy", "b_y"))
        expected = ref.model.param_count() if "whole model" in text else cell
        assert q.answer == expected
    elif q.quantity == "gate_role":
        chosen = q.choices["ABCD".index(q.answer)]
        from lstm_studio.worksheets.rich import plain

        assert plain(chosen) in plain(q.solution[0].label)
    elif q.quantity == "carousel":
        f, n = re.search(r"f = (\d+\.\d+) at every step.*after (\d+) steps", text).groups()
        assert q.answer == printed(float(f) ** int(n), q.decimals)
    elif q.quantity == "vanishing":
        w = float(re.search(r"Wₕₕ = (\d+\.\d+)", text).group(1))
        h = float(re.search(r"near h = (\d+\.\d+)", text).group(1))
        n = int(re.search(r"over (\d+) steps", text).group(1))
        assert q.answer == printed(((1 - h * h) * w) ** n, q.decimals)
    elif q.quantity == "gru_convention":
        z, h_prev, h_tilde = _convention_numbers(text)
        keeps_old_asked = "z keeps the old state" in text
        w_old = z if keeps_old_asked else 1 - z
        assert q.answer == printed(w_old * h_prev + (1 - w_old) * h_tilde, q.decimals)
    else:
        raise AssertionError(f"unknown conceptual quantity {q.quantity}")


def _convention_numbers(text: str) -> tuple[float, float, float]:
    found = re.search(r"zₜ = (−?\d+\.\d+), hₜ₋₁ = (−?\d+\.\d+), h̃ₜ = (−?\d+\.\d+)", text)
    return tuple(float(v.replace("−", "-")) for v in found.groups())


def check(ref, q):
    if q.kind == "conceptual":
        check_conceptual(ref, q)
    elif q.quantity in ("y", "p", "prediction"):
        check_output(ref, q)
    elif q.kind == "forward":
        check_cell_quantity(ref, q)
    elif q.quantity.startswith("dL/"):
        check_loss_gradient(ref, q)
    elif q.quantity in ("dc/dc_prev", "dh/dh_prev"):
        check_recurrent(ref, q)
    else:
        check_parameter_derivative(ref, q)


@pytest.mark.parametrize("difficulty", DIFFICULTIES)
@pytest.mark.parametrize("cell, options", CELLS, ids=CELL_IDS)
def test_every_answer_is_the_engines_number_from_the_stated_values(cell, options, difficulty):
    for seed in (0, 1):
        ws = build(make_problem(cell, options, seed=seed, difficulty=difficulty, variant=seed + 2))
        ref = Reference(ws)
        kinds = {q.kind for q in ws.questions}
        assert kinds == {"forward", "backward", "conceptual"}
        for q in ws.questions:
            check(ref, q)


@pytest.mark.parametrize("text, hidden", [("P", 2), ("PIGSPIGS", 4), ("SS", 1)])
def test_answers_hold_for_short_long_inputs_and_other_sizes(text, hidden):
    for cell, options in CELLS[::2]:
        for difficulty in DIFFICULTIES:
            ws = build(make_problem(cell, options, text=text, hidden=hidden, seed=5, difficulty=difficulty))
            ref = Reference(ws)
            for q in ws.questions:
                check(ref, q)


def test_one_decimal_weights_and_five_decimal_answers():
    for decimals in (1, 3):
        ws = build(make_problem("lstm", {}, decimals=decimals, seed=3))
        assert all(np.allclose(v, np.round(v, decimals)) for v in ws.model.params.values())
        assert {q.decimals for q in ws.questions if isinstance(q.answer, float)} == {max(3, decimals + 2)}
        ref = Reference(ws)
        for q in ws.questions:
            check(ref, q)
