"""The symbolic service answers in plain data what the symbolic layer computes in process, reports
failures as messages, and speaks its protocol over a pipe (warm-ups get no answer)."""

from __future__ import annotations

import dataclasses
import multiprocessing
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.explain import symbolic_service as service
from lstm_studio.explain.gradient_formula import story, story_from_data
from lstm_studio.symbolic import cell_equations, derivative, render_svg
from lstm_studio.symbolic.output import loss_latex

ROOT = Path(__file__).resolve().parents[2]

PLAIN = (str, bytes, int, float, bool, type(None))


def _plain(value) -> bool:
    if isinstance(value, (list, tuple)):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return isinstance(value, PLAIN)


@pytest.fixture(scope="module")
def lstm():
    return modelfile.load(paths.presets()["lstm_pigs"])


def test_a_model_and_a_spec_travel_as_plain_data_and_come_back_equal(lstm):
    data = service.model_data(lstm)
    assert _plain(data)
    back = service.model_from(data)
    assert back.spec == lstm.spec and back.vocab == lstm.vocab
    for name, value in lstm.params.items():
        np.testing.assert_array_equal(back.params[name], value)  # float64 survives exactly
    assert service.spec_from(service.spec_data(lstm.spec)) == lstm.spec


def test_every_answer_is_plain_data_equal_to_the_symbolic_layer_in_process(lstm):
    spec = service.spec_data(lstm.spec)
    ok, equations = service.answer("equations", (spec, "vector"))
    assert ok and [tuple(pair) for pair in equations] == cell_equations(lstm.spec, "vector")
    ok, loss = service.answer("loss", ())
    assert ok and [tuple(pair) for pair in loss] == loss_latex()
    latex = equations[0][1]
    ok, svg = service.answer("render", (latex, 20.0, "#202020"))
    assert ok and svg == render_svg(latex, size=20.0, color="#202020")
    ok, numeric = service.answer("derivative_numeric", (service.model_data(lstm), [0, 1, 2], 2, "h_t", "U_f",
                                                        [1, 2]))
    assert ok and numeric == derivative(lstm.spec, "h_t", "U_f").evaluate(lstm, [0, 1, 2], 2, (1, 2)).latex_numeric
    ok, told = service.answer("story", (service.model_data(lstm), [0, 1, 2], [1, 2, 3], "U_f", [0, 1], 1))
    assert ok and _plain(told)
    assert story_from_data(told) == story(lstm, [0, 1, 2], [1, 2, 3], "U_f", (0, 1), 1)


def test_a_failure_comes_back_as_its_kind_and_one_line(lstm):
    ok, (kind, message) = service.answer("derivative_numeric", (service.model_data(lstm), [0, 1], 9, "h_t", "U_f",
                                                                 [1, 1]))
    assert not ok and kind == "FormulaError" and message.startswith("t: 9 is not a step")
    ok, (kind, message) = service.answer("eval", ("1 + 1",))
    assert not ok and kind == "ValueError" and "unknown operation 'eval'" in message


def test_the_loop_answers_requests_in_turn_and_warm_ups_not_at_all(lstm):
    ours, theirs = multiprocessing.Pipe()
    loop = threading.Thread(target=service.serve, args=(theirs,), daemon=True)
    loop.start()
    ours.send((service.NO_ANSWER, "warm", (service.spec_data(lstm.spec), 20.0, "#000000")))
    ours.send((7, "loss", ()))
    ours.send((8, "equations", (service.spec_data(lstm.spec), "sideways")))
    assert ours.recv() == (7, True, [list(pair) for pair in loss_latex()])
    number, ok, (kind, message) = ours.recv()
    assert (number, ok, kind) == (8, False, "ValueError") and "form" in message
    ours.close()
    loop.join(30)
    assert not loop.is_alive()  # the loop ends when the window's end of the pipe closes


def test_a_story_made_whole_again_keeps_its_terms(lstm):
    told = story(lstm, [0, 1, 2], [1, 2, 3], "b_f", (2,), 0)
    again = story_from_data(dataclasses.asdict(told))
    assert again == told and again.entry == (2,) and again.terms[0].t == 1


@pytest.mark.parametrize("preset", ["lstm_pigs", "gru_pigs", "rnn_pigs", "peephole_lstm_pigs"])
def test_the_warm_up_tells_the_lab_s_first_story_right_after_the_imports(preset):
    """So that the first story the gradient lab asks for finds everything read and imported (the formulas
    are written ahead: no step derives with sympy)."""
    model = modelfile.load(paths.presets()[preset])
    steps = service.warm_steps(service.spec_data(model.spec), 20.0, "#000000")
    assert [fn.__name__ for fn, _ in steps] == ["_import", "_warm_story", "_warm_form", "_warm_form", "_warm_form"]
    fn, arguments = steps[1]
    fn(*arguments)  # a two-unit model of the cell: no error, whatever the cell
    first = "W_hh" if model.cell == "rnn" else ("U_f" if model.spec.has_c else "U_z")
    ok, told = service.answer("story", (service.model_data(model), [0, 1, 2], [1, 2, 3], first, [0, 1], 1))
    assert ok and story_from_data(told) == story(model, [0, 1, 2], [1, 2, 3], first, (0, 1), 1)


def test_the_warm_up_and_the_lab_s_requests_need_no_sympy():
    """sympy takes about a second to import: the symbolic process no longer needs it for what the window
    asks (the formulas are written ahead of time, docs/performance.md)."""
    code = ("import sys; from lstm_studio import paths; from lstm_studio.document import modelfile; "
            "from lstm_studio.explain import symbolic_service as s; "
            "m = modelfile.load(paths.presets()['gru_pigs']); spec = s.spec_data(m.spec); "
            "[fn(*a) for fn, a in s.warm_steps(spec, 20.0, '#000000')]; "
            "print(s.answer('story', (s.model_data(m), [0, 1, 2], [1, 2, 3], 'U_z', [0, 1], 1))[0], "
            "s.answer('derivative_numeric', (s.model_data(m), [0, 1], 2, 'h_t', 'U_h', [1, 2]))[0], "
            "'sympy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["True", "True", "False"]
