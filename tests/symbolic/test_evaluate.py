"""Numbers plugged in: values at a model, sequence, step and entry, and the LaTeX with the numbers."""

from __future__ import annotations

import re

import numpy as np
import pytest
import sympy

from lstm_studio.document import modelfile
from lstm_studio.engine import forward
from lstm_studio.paths import presets
from lstm_studio.symbolic import FormulaError, derivative, derivatives, evaluate
from lstm_studio.symbolic.compiled import Env, StepValues, compile_formula, run
from lstm_studio.symbolic.symbols import leaves

from .legs import CONFIGS, random_model


def preset(name: str):
    return modelfile.load(presets()[name])


def _numeric_value(latex_numeric: str) -> float:
    """What the written-out numbers compute to: the part between the first and the last "=".

    The strings come from this package (never from a user); only arithmetic and tanh are translated.
    """
    body = latex_numeric.split(" = ", 1)[1].rsplit(" = ", 1)[0]
    for old, new in (
        (r"\operatorname{tanh}^{2}", "tanh2"), (r"\operatorname{tanh}", "tanh"), (r"\cdot", "*"),
        (r"\left(", "("), (r"\right)", ")"), (r"\left[", "step("), (r" > 0\right]", ")"), (r"\times", "*"),
    ):
        body = body.replace(old, new)
    body = re.sub(r"\^\{(-?\d+)\}", r"**(\1)", body).replace("{", "(").replace("}", ")")
    namespace = {"tanh": np.tanh, "tanh2": lambda v: np.tanh(v) ** 2, "step": lambda v: float(v > 0)}
    return float(eval(body, {"__builtins__": {}}, namespace))


def test_lstm_preset_value_at_one_entry_counts_from_one():
    model = preset("lstm_pigs")
    tokens = [0, 1, 2]  # P I G
    trace = forward(model, tokens)
    lt = trace.first
    value, latex = derivative(model.spec, "h_t", "U_f").evaluate(model, tokens, 2, (1, 2))
    # ∂h_t/∂U_f[j,k] = o_t (1 − tanh² c_t) c_{t−1} f_t (1 − f_t) h_{t−1,k} at t = 2, j = 1, k = 2
    o, c, c_prev, f = lt.gates["o"][1, 0, 0], lt.c[2, 0, 0], lt.c[1, 0, 0], lt.gates["f"][1, 0, 0]
    expected = o * (1 - np.tanh(c) ** 2) * c_prev * f * (1 - f) * lt.h[1, 0, 1]
    assert value == pytest.approx(expected, rel=1e-14)
    assert latex.startswith(r"\frac{{\partial}h_{2,1}}{{\partial}U_{f,12}} = 0.64 \cdot (1 - ")
    assert latex.endswith(f" = {value:.6g}")
    assert _numeric_value(latex) == pytest.approx(value, rel=2e-3)


@pytest.mark.parametrize("config", list(CONFIGS))
def test_every_formula_written_with_numbers_computes_its_value(config):
    model = random_model(config, hidden=3, seed=4)
    tokens = [1, 0, 3]
    trace = forward(model, tokens)
    rng = np.random.default_rng(0)
    for d in derivatives(model.spec):
        shape = d.entry_shape(model.hidden_size, model.vocab_size)
        entry = tuple(int(rng.integers(1, n + 1)) for n in shape)
        if d.cross:
            entry = (entry[1] % model.hidden_size + 1,) + entry[1:]
        value, latex = d.evaluate(model, tokens, 2, entry, trace=trace)
        values = StepValues.from_layer(trace.first, model.layer_params(0, False), 2)
        full = d.tensor(values, model.hidden_size, model.vocab_size)
        assert value == pytest.approx(full[tuple(e - 1 for e in entry)], rel=1e-13, abs=1e-15), d.text
        assert _numeric_value(latex) == pytest.approx(value, rel=5e-3, abs=1e-6), (d.text, latex)


def test_sums_over_units_are_written_out_for_small_layers_and_as_a_value_for_large():
    d = derivative(random_model("peephole-full").spec, "h_t", "c_{t-1}")
    small = random_model("peephole-full", hidden=3, seed=1)
    value, latex = d.evaluate(small, [0, 1], 2, (1, 3))
    assert latex.count("0.") > 30 and _numeric_value(latex) == pytest.approx(value, rel=5e-3)
    large = random_model("peephole-full", hidden=5, seed=1)
    value5, latex5 = d.evaluate(large, [0, 1], 2, (2, 4))
    assert _numeric_value(latex5) == pytest.approx(value5, rel=5e-3)
    assert len(latex5) < len(latex) * 1.5  # five units would otherwise be written out term by term


@pytest.mark.parametrize("config", ["lstm", "gru-before-z_takes_new", "rnn-relu"])
def test_compiled_values_equal_cse_off_and_subs_evalf(config):
    model = random_model(config, seed=9)
    trace = forward(model, [2, 3, 0])
    values = StepValues.from_layer(trace.first, model.layer_params(0, False), 3)
    sizes = {"i": 3, "j": 3, "k": 4, "m": 3}
    for d in derivatives(model.spec):
        sizes["k"] = model.vocab_size if d.k_size == "D" else model.hidden_size
        binding = {letter: 0 if letter != "j" else 1 for letter in d.letters}
        if d.cross:
            binding["i"] = 2
        env = Env(values, binding, sizes)
        compiled = run(d.compiled, env)
        no_cse = run(compile_formula(d.expr), env) if d.expr.atoms(sympy.Sum) else float(
            sympy.lambdify(leaves(d.expr), d.expr, modules="numpy", cse=False)(
                *[env.value(s) for s in leaves(d.expr)]
            )
        )
        assert compiled == pytest.approx(no_cse, rel=1e-13, abs=1e-16), d.text
        if not d.expr.atoms(sympy.Sum):
            numbers = {s: sympy.Float(env.value(s), 30) for s in leaves(d.expr)}
            exact = float(d.expr.doit().subs(numbers).evalf(30).replace(
                lambda e: e.func.__name__ == "Tanh", lambda e: sympy.tanh(e.args[0])
            ).replace(
                lambda e: e.func.__name__ == "Step", lambda e: sympy.Heaviside(e.args[0], 0)
            ).evalf(30))
            assert compiled == pytest.approx(exact, rel=1e-13, abs=1e-16), d.text


def test_module_level_evaluate_is_the_method():
    model = preset("gru_pigs")
    d = derivative(model.spec, "h_t", "h_{t-1}")
    assert evaluate(d, model, [0, 1, 2, 3], 3, (2, 3)) == d.evaluate(model, [0, 1, 2, 3], 3, (2, 3))


@pytest.mark.parametrize(
    "t, entry, message",
    [
        (0, (1, 1), "t: 0 is not a step of this sequence (1..3)"),
        (4, (1, 1), "t: 4 is not a step of this sequence (1..3)"),
        (1, (1,), "entry: U_f needs 2 indices (j,k), got 1"),
        (1, (4, 1), "entry: j = 4 is out of range 1..3"),
        (1, (1, 0), "entry: k = 0 is out of range 1..3"),
    ],
)
def test_bad_steps_and_entries_are_one_line_errors(t, entry, message):
    model = preset("lstm_pigs")
    with pytest.raises(FormulaError) as err:
        derivative(model.spec, "h_t", "U_f").evaluate(model, [0, 1, 2], t, entry)
    assert str(err.value) == message


def test_a_formula_of_another_cell_is_refused():
    model = preset("rnn_pigs")
    with pytest.raises(FormulaError, match=r"^model: the formula is for the lstm cell, the model is a rnn"):
        derivative(random_model("lstm").spec, "h_t", "U_f").evaluate(model, [0], 1, (1, 1))


def test_zero_formula_evaluates_to_zero():
    model = preset("lstm_pigs")
    value, latex = derivative(model.spec, "c_t", "W_o").evaluate(model, [0, 1], 1, (1, 1))
    assert value == 0.0 and latex == r"\frac{{\partial}c_{1,1}}{{\partial}W_{o,11}} = 0"


def test_state_jacobian_written_at_the_step():
    model = preset("lstm_pigs")
    value, latex = derivative(model.spec, "c_t", "c_{t-1}").evaluate(model, [0, 1, 2], 3, (2, 2))
    f = forward(model, [0, 1, 2]).first.gates["f"][2, 0, 1]
    assert value == pytest.approx(f, rel=1e-15)
    assert latex.startswith(r"\frac{{\partial}c_{3,2}}{{\partial}c_{2,2}} = 1 \cdot ")
    assert derivative(model.spec, "c_t", "c_{t-1}").evaluate(model, [0, 1, 2], 3, (1, 2)).value == 0.0
