"""What is written ahead of time (``make generate``: the equations, lstm_studio/symbolic/ahead_equations.py,
and the local derivatives, lstm_studio/symbolic/ahead_formulas/) is what the symbolic layer derives now,
and the sympy-free reader gives the same LaTeX and, within tolerances, the same numbers."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lstm_studio.engine import CellSpec, forward
from lstm_studio.symbolic import FormulaError, ahead, cell_equations, derivative
from lstm_studio.symbolic.bptt import chain_gradients
from lstm_studio.symbolic.equations import FORMS
from lstm_studio.symbolic.generate import (
    FORMULAS_PACKAGE,
    MODULE,
    derivative_keys,
    every_spec,
    formulas_modules,
    module_name,
    module_text,
)
from lstm_studio.symbolic.local import LocalDerivative
from lstm_studio.symbolic.output import WRT as OUTPUT_WRT
from lstm_studio.symbolic.output import loss_latex, output_derivative
from lstm_studio.symbolic.runtime import StepValues, step_values

from .legs import CONFIGS, random_model

ROOT = Path(__file__).resolve().parents[2]


def test_the_generated_module_is_what_regenerating_gives():
    assert (ROOT / MODULE).read_text(encoding="utf-8") == module_text(), "run `make generate`"


def test_every_cell_and_convention_is_written_ahead():
    specs = every_spec()
    assert len(specs) == 11  # rnn ×2 activations, lstm, peephole ×2, gru ×3 resets ×2 updates
    for spec in specs:
        for form in FORMS:
            assert ahead.cell_equations(spec, form) == cell_equations(spec, form)
    assert ahead.loss_latex() == loss_latex()
    assert ahead.FORMS == FORMS


def test_a_bad_form_is_reported_as_the_symbolic_layer_does():
    with pytest.raises(ValueError, match="form"):
        ahead.cell_equations(CellSpec.make("lstm"), "sideways")


def test_reading_the_equations_ahead_does_not_import_sympy():
    code = ("import sys; from lstm_studio.engine import CellSpec; from lstm_studio.symbolic import ahead; "
            "ahead.cell_equations(CellSpec.make('gru'), 'stacked'); ahead.loss_latex(); "
            "print('sympy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


# --- the local derivatives written ahead (lstm_studio/symbolic/ahead_formulas/) ---------------------------

NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?: \\times 10\^\{-?\d+\})?")


def _numbers(latex: str) -> tuple[str, list[float]]:
    """The LaTeX with every number replaced by #, and the numbers."""
    found = [float(m.replace(r" \times 10^{", "e").rstrip("}")) for m in NUMBER.findall(latex)]
    return NUMBER.sub("#", latex), found


def _printed(template) -> tuple:
    """A numeric template as text: its markers by leaf name, its sums by their own templates."""
    return (template.text, template.letter,
            tuple(m if isinstance(m, str) else getattr(m, "name", None) or _printed(m) for m in template.markers))


def test_the_generated_formulas_are_what_regenerating_gives():
    files = formulas_modules()
    on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / FORMULAS_PACKAGE).glob("*.py")}
    assert on_disk == set(files), "run `make generate`"
    for path, text in files.items():
        assert (ROOT / path).read_text(encoding="utf-8") == text, f"{path}: run `make generate`"


def test_the_generated_formulas_stay_small():
    sizes = [(ROOT / FORMULAS_PACKAGE / f"{module_name(spec)}.py").stat().st_size for spec in every_spec()]
    assert max(sizes) < 100_000 and sum(sizes) < 400_000  # docs/performance.md quotes the sizes


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_every_derivative_written_ahead_is_the_derived_one(config):
    model = random_model(config, seed=4)
    spec = model.spec
    tokens = [0, 2, 1, 3]
    trace = forward(model, tokens)
    keys = derivative_keys(spec)
    assert len(keys) == len(set(keys)) > 0
    for of, wrt, cross in keys:
        derived, written = derivative(spec, of, wrt, cross), ahead.derivative(spec, of, wrt, cross)
        assert type(written) is LocalDerivative  # (the sympy one is a subclass)
        for field in ("of", "wrt", "cross", "letters", "k_size", "lhs_latex", "rhs_latex", "text"):
            assert getattr(written, field) == getattr(derived, field), (of, wrt, cross, field)
        assert _printed(written.template) == _printed(derived.template)
        assert written.is_zero == derived.is_zero
        for t in (1, 3, 4):
            values = StepValues.from_layer(trace.first, model.layer_params(0, False), t)
            D = trace.first.x.shape[-1]
            expected = derived.tensor(values, 3, D)
            np.testing.assert_allclose(written.tensor(values, 3, D), expected, rtol=1e-12, atol=1e-15)
            entry = (2, 0, 1)[: len(written.letters)] if cross else (1, 0)[: len(written.letters)]
            a, b = written.at(values, entry, 3, D, t), derived.at(values, entry, 3, D, t)
            assert a.value == pytest.approx(b.value, rel=1e-12, abs=1e-15)
            (skeleton_a, numbers_a), (skeleton_b, numbers_b) = _numbers(a.latex_numeric), _numbers(b.latex_numeric)
            assert skeleton_a == skeleton_b
            assert numbers_a == pytest.approx(numbers_b, rel=2e-3, abs=1e-12)


def test_the_output_layer_written_ahead_is_the_derived_one():
    rng = np.random.default_rng(3)
    p = rng.random(5)
    params = {"W_hy": rng.normal(size=(5, 3)), "b_y": rng.normal(size=5)}
    values = step_values(rng.normal(size=3), p / p.sum(), 2, params)
    for wrt in OUTPUT_WRT:
        derived, written = output_derivative(wrt), ahead.output_derivative(wrt)
        assert (written.latex, written.letters) == (derived.latex, derived.letters)
        np.testing.assert_allclose(written.tensor(values, 5, 3), derived.tensor(values, 5, 3), rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("config", ["lstm", "peephole-full", "gru-before-z_keeps_old", "rnn-relu"])
def test_bptt_from_the_formulas_written_ahead_is_the_derived_one(config):
    model = random_model(config, seed=5)
    tokens, targets = [0, 2, 1, 3, 2], [2, 1, -1, 0, 3]
    derived = chain_gradients(model, tokens, targets)
    written = chain_gradients(model, tokens, targets, formulas=ahead)
    for name, value in derived.params.items():
        np.testing.assert_allclose(written.params[name], value, rtol=1e-10, atol=1e-14, err_msg=name)
    states = chain_gradients(model, tokens, targets, formulas=ahead, parameters=False)  # what the lab's story needs
    assert states.params == {}
    for key in ("dh", "dc"):
        for ours, theirs in zip(getattr(states, key)[0], getattr(derived, key)[0]):
            if theirs is None:
                assert ours is None
            else:
                np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-14, err_msg=key)


def test_a_request_not_written_ahead_goes_to_sympy_with_its_errors():
    spec = CellSpec.make("gru")
    with pytest.raises(FormulaError, match="wrt"):
        ahead.derivative(spec, "h_t", "U_f")
    with pytest.raises(FormulaError, match="cross"):
        ahead.derivative(spec, "h_t", "h_{t-1}", cross=True)
    assert ahead.derivative(spec, "h", "h_prev") is ahead.derivative(spec, "h_t", "h_{t-1}")


def test_telling_the_gradient_story_does_not_import_sympy():
    code = ("import sys; from lstm_studio.engine import new_model; "
            "from lstm_studio.explain.gradient_formula import story; "
            "m = new_model('peephole_lstm', list('PIGS'), 3, seed=1, options={'peephole': 'full'}); "
            "s = story(m, [0, 1, 2], [1, 2, 3], 'P_o', (0, 1), 1); "
            "o = story(m, [0, 1, 2], [1, 2, 3], 'W_hy', (0, 1), 1); "
            "print(len(s.formulas), len(s.numeric), len(o.numeric), 'sympy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["2", "2", "1", "False"]
