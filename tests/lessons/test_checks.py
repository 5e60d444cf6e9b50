"""Every kind of check reads the engine's numbers; a check holds on every hidden sequence or fails naming one;
what the student's model lacks is a failed check that says why, never an exception."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lstm_studio import lessons
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.engine import backward, cross_entropy, dlogits, forward
from lstm_studio.lessons import checks
from lstm_studio.paths import presets

PIG, PIGS = [0, 1, 2], [0, 1, 2, 3]


def model(name: str):
    return modelfile.load(presets()[name])


def step(preset: str, check_list: list[dict], text: str = "PIG", **extra) -> lessons.Step:
    data = {"format": "lstm-studio.lesson", "version": 1, "title": "t",
            "steps": [{"title": "s", "model": f"preset:{preset}", "input": text, "check": check_list, **extra}]}
    return lessons.lesson_from_dict(data).steps[0]


def one(preset: str, check: dict, text: str = "PIG", **extra) -> lessons.CheckResult:
    s = step(preset, [check], text, **extra)
    [result] = lessons.evaluate(s, s.new_model(), text)
    return result


def test_states_gates_and_outputs_are_the_engines_numbers():
    m = model("lstm_pigs")
    trace = forward(m, PIG)
    for name in ("f", "i", "g", "o"):
        r = one("lstm_pigs", {"quantity": name, "t": 2, "unit": 3, "op": ">", "value": -2})
        assert r.passed and r.actual == trace.gates[name][1, 0, 2]
    assert one("lstm_pigs", {"quantity": "c", "t": 3, "unit": 1, "op": "<", "value": 9}).actual == trace.c[2, 0, 0]
    assert one("lstm_pigs", {"quantity": "h", "t": -1, "unit": 2, "op": "<", "value": 9}).actual == trace.h[2, 0, 1]
    assert one("lstm_pigs", {"quantity": "y", "t": 1, "token": "G", "op": "<", "value": 99}).actual == trace.y[0, 0, 2]
    p = one("lstm_pigs", {"quantity": "p", "t": 3, "token": "S", "op": ">", "value": 0.5})
    assert p.actual == trace.p[2, 0, 3] and p.passed
    rnn = forward(model("rnn_pigs"), PIG)
    a = one("rnn_pigs", {"quantity": "a", "t": 1, "unit": 1, "op": "<", "value": 0})
    assert a.actual == rnn.first.pre_time("a")[0, 0, 0]
    gru = forward(model("gru_pigs"), PIG)
    for name in ("z", "r", "h_tilde"):
        assert one("gru_pigs", {"quantity": name, "t": 1, "unit": 1, "op": "<", "value": 9}).actual == (
            gru.gates[name][0, 0, 0])


def test_prediction_loss_and_accuracy():
    r = one("rnn_pigs", {"quantity": "prediction", "t": 3, "equals": "S"})
    assert r.passed and r.actual == "S" and r.description == "prediction₃ = S, want S ✓"
    r = one("rnn_pigs", {"quantity": "prediction", "t": 1, "equals": "G"})
    assert not r.passed and r.description == "prediction₁ = I, want G ✗"
    m = model("rnn_pigs")
    trace = forward(m, PIG)
    total, per_step = cross_entropy(trace, [1, 2, -1])
    loss = one("rnn_pigs", {"quantity": "loss", "op": "<", "value": 10})
    assert loss.actual == pytest.approx(total, rel=1e-15) and loss.passed
    assert one("rnn_pigs", {"quantity": "loss", "t": 2, "op": "<", "value": 10}).actual == per_step[1, 0]
    # The step's targets replace the next token: P->S is wrong, so one of the three targets is missed.
    acc = one("rnn_pigs", {"quantity": "accuracy", "op": ">=", "value": 1}, targets="SGS")
    assert not acc.passed and acc.actual == pytest.approx(2 / 3)
    assert acc.description == "accuracy on this input = 0.6667 (2 of 3 targets) ≥ 1 ✗"


def test_parameters_gradients_and_the_spectral_radius():
    m = model("rnn_pigs")
    trace = forward(m, PIGS)
    grads = backward(m, trace, dlogits(trace, [1, 2, 3, -1]))
    r = one("rnn_pigs", {"quantity": "param", "of": "W_hh[2,3]", "equals": 0.82}, "PIGS")
    assert r.passed and r.actual == 0.82 and r.description == "W_hh[2,3] = 0.82, want 0.82 ✓"
    g = one("rnn_pigs", {"quantity": "grad", "of": "W_xh[1,2]", "op": "!=", "value": 0}, "PIGS")
    assert g.actual == grads.params["W_xh"][0, 1] and g.description.startswith("∂L/∂W_xh[1,2] = ")
    whole = one("rnn_pigs", {"quantity": "grad", "of": "W_hh", "op": ">", "value": 0}, "PIGS")
    assert whole.actual == pytest.approx(np.linalg.norm(grads.params["W_hh"]), rel=1e-14)
    assert whole.description.startswith("‖∂L/∂W_hh‖ = ")
    dh = one("rnn_pigs", {"quantity": "grad_norm", "of": "h", "t": 1, "op": "<", "value": 1e-3}, "PIGS")
    assert dh.actual == pytest.approx(np.linalg.norm(grads.dh[0][0][0, 0]), rel=1e-14) and not dh.passed
    assert dh.description.startswith("‖∂L/∂h₁‖ = ") and dh.description.endswith("< 0.001 ✗")
    rho = one("rnn_pigs", {"quantity": "spectral_radius", "of": "W_hh", "op": "<", "value": 1})
    assert rho.actual == pytest.approx(max(abs(np.linalg.eigvals(m.params["W_hh"]))), rel=1e-14)
    lstm = model("lstm_pigs")
    lt = forward(lstm, PIGS)
    lg = backward(lstm, lt, dlogits(lt, [1, 2, 3, -1]))
    dc = one("lstm_pigs", {"quantity": "grad_norm", "of": "c", "t": 2, "op": ">", "value": 0}, "PIGS")
    assert dc.actual == pytest.approx(np.linalg.norm(lg.dc[0][0][1, 0]), rel=1e-14)


def test_many_to_one_targets_leave_the_early_steps_without_a_gradient_of_their_own():
    r = one("rnn_pigs", {"quantity": "loss", "op": ">", "value": 0}, "PIGS", targets="···P")
    m = model("rnn_pigs")
    assert r.actual == pytest.approx(-math.log(forward(m, PIGS).p[3, 0, 0]), rel=1e-14)


@pytest.mark.parametrize("op, value, passed", [
    (">", 0.5, True), (">", 0.9, False), (">=", 0.5, True), ("<", 0.5, False), ("<=", 1, True),
    ("==", 0.5, False), ("!=", 0.5, True),
])
def test_each_operator(op, value, passed):
    r = one("rnn_pigs", {"quantity": "p", "t": 3, "token": "S", "op": op, "value": value})
    assert r.passed == passed and r.target == f"{checks.OP_SIGNS[op]} {value:g}"


def test_strict_and_exact_comparisons_at_the_boundary():
    c = lessons.Check(lessons.Quantity("loss"), op=">", value=1.0)
    assert not checks.holds(c, 1.0) and checks.holds(lessons.Check(c.what, op=">=", value=1.0), 1.0)
    assert not checks.holds(c, math.nan) and not checks.holds(lessons.Check(c.what, op="!=", value=1.0), math.nan)
    w = lessons.Check(c.what, within=0.5, tolerance=0.25)
    assert checks.holds(w, 0.75) and checks.holds(w, 0.25) and not checks.holds(w, 0.7500001)


def test_hidden_sequences_must_all_pass_and_a_failure_names_the_sequence():
    check = {"quantity": "prediction", "t": -1, "equals": "S"}
    r = one("rnn_pigs", check, inputs=["PIG", "PIGSPIG", "GSPIG"])
    assert r.passed and r.description.endswith("(holds on all 3 test sequences)")
    r = one("rnn_pigs", check, inputs=["PIG", "PIGS", "PIGSP"])
    assert not r.passed and r.sequence == "PIGS"
    said = "PIGS"[int(forward(model("rnn_pigs"), PIGS).prediction[3, 0])]
    assert r.description == f"on PIGS: prediction₄ = {said}, want S ✗ (fails on 2 of 3 test sequences)"
    acc = one("rnn_pigs", {"quantity": "accuracy", "op": "==", "value": 1},
              inputs=["PIG", {"input": "PIGS", "targets": "IGSS"}])
    assert acc.actual == pytest.approx(5 / 6)
    assert acc.description.startswith("accuracy on 2 test sequences = 0.8333 (5 of 6 targets)")


def test_a_passing_check_reports_the_sequence_closest_to_failing():
    r = one("rnn_pigs", {"quantity": "p", "t": 1, "token": "I", "op": ">", "value": 0.1}, inputs=["P", "S", "G"])
    m = model("rnn_pigs")
    p = {tok: forward(m, [k]).p[0, 0, 1] for k, tok in enumerate("PIGS")}
    lowest = min("PSG", key=lambda tok: p[tok])
    assert r.passed and r.sequence == lowest and r.actual == p[lowest]


def test_what_the_students_model_lacks_is_a_failed_check_with_a_reason():
    s = step("lstm_pigs", [{"quantity": "f", "t": 1, "unit": 3, "op": ">", "value": 0.5},
                           {"quantity": "h", "t": 3, "unit": 3, "op": ">", "value": -2},
                           {"quantity": "grad_norm", "of": "c", "t": 1, "op": ">", "value": 0}])
    results = lessons.evaluate(s, model("gru_pigs"), "PIG")
    assert [r.passed for r in results] == [False, True, False]
    assert results[0].problem == "the gru has no gate f" and results[0].actual is None
    assert results[0].description == "f₁[3]: the gru has no gate f ✗"
    assert results[2].problem == "the gru has no cell state c"
    short = lessons.evaluate(s, model("lstm_pigs"), "PI")
    assert short[1].problem == "t=3 is beyond the input, which has 2 steps"
    nothing = lessons.evaluate(s, model("lstm_pigs"), "xyz")
    assert all(r.problem == "there is no input to run (type a sequence)" for r in nothing)


def test_the_shown_input_is_read_as_the_studio_reads_it():
    r = one("rnn_pigs", {"quantity": "prediction", "t": 3, "equals": "S"}, "PIG")
    s = step("rnn_pigs", [{"quantity": "prediction", "t": 3, "equals": "S"}])
    assert lessons.evaluate(s, s.new_model(), "P?I G")[0].actual == r.actual
    assert lessons.evaluate(s, s.new_model(), None)[0].actual == "S"


def test_targets_that_do_not_fit_an_edited_input_fail_only_the_checks_that_need_them():
    s = step("rnn_pigs", [{"quantity": "loss", "op": "<", "value": 9},
                          {"quantity": "h", "t": 1, "unit": 1, "op": "<", "value": 9}], targets="IGS")
    loss, h = lessons.evaluate(s, s.new_model(), "PIGS")
    assert not loss.passed and "targets do not fit" in loss.problem and h.passed


def test_overflowing_weights_give_failed_checks_not_warnings():
    s = step("rnn_pigs", [{"quantity": "loss", "op": "<", "value": 9},
                          {"quantity": "grad_norm", "of": "h", "t": 1, "op": "<", "value": 9}])
    m = s.new_model()
    m.params["W_hy"][:] = 1e308
    m.params["b_y"][:] = -1e308
    with np.errstate(all="raise"):
        results = lessons.evaluate(s, m, "PIG")
    assert [r.passed for r in results] == [False, False]


# --- predictions -----------------------------------------------------------------------------------------


def _predict(quantity: str, text: str = "PIG", **where) -> lessons.Step:
    return lessons.Step("predict", input=text, predict=lessons.Predict(lessons.Quantity(quantity, **where), 0.05))


def test_expected_values_and_their_labels():
    m = model("rnn_pigs")
    trace = forward(m, PIG)
    labels, values = lessons.expected(_predict("h", t=2), m)
    assert labels == ("h₂[1]", "h₂[2]", "h₂[3]") and values == tuple(trace.h[1, 0])
    labels, values = lessons.expected(_predict("p", t=1), m)
    assert labels == ("p₁[P]", "p₁[I]", "p₁[G]", "p₁[S]") and values == tuple(trace.p[0, 0])
    assert lessons.expected(_predict("prediction", t=3), m) == (("prediction₃",), ("S",))
    with pytest.raises(InputError, match="the rnn has no gate f"):
        lessons.expected(_predict("f", t=1), m)


def test_comparing_an_estimate_says_how_far_off_it_is():
    m = model("rnn_pigs")
    h1 = float(forward(m, PIG).h[0, 0, 0])
    p = _predict("h", t=1, unit=1)
    close = lessons.compare(p, m, "PIG", h1 + 0.04)
    assert close.passed and close.errors == (pytest.approx(0.04),)
    assert close.description == f"you said {h1 + 0.04:.4g}; h₁[1] = {h1:.4g}: off by 0.04 (tolerance 0.05) ✓"
    far = lessons.compare(p, m, "PIG", [h1 - 0.5])
    assert not far.passed and far.errors[0] == pytest.approx(0.5)
    whole = lessons.compare(_predict("h", t=1), m, "PIG", [0, 0, 0])
    worst = int(np.argmax(np.abs(forward(m, PIG).h[0, 0])))
    assert not whole.passed and f"largest miss {abs(forward(m, PIG).h[0, 0, worst]):.4g} at h₁[{worst + 1}]" in (
        whole.description)
    token = lessons.compare(_predict("prediction", t=3), m, "PIG", "S")
    assert token.passed and token.description == "you said S; prediction₃ = S ✓"
    with pytest.raises(InputError, match="expected 3 values, got 2"):
        lessons.compare(_predict("h", t=1), m, "PIG", [0, 0])


@pytest.mark.parametrize("typed, count, values", [
    ("0.69", 1, (0.69,)), ("0,69", 1, (0.69,)), ("−0.5", 1, (-0.5,)), ("0.69, 0.9 0.8", 3, (0.69, 0.9, 0.8)),
    ("0,69; 0,9; 0,8", 3, (0.69, 0.9, 0.8)), ("1e-3 2", 2, (0.001, 2.0)),
])
def test_typed_estimates(typed, count, values):
    assert lessons.parse_estimate(_predict("h", t=1), typed, count) == values


@pytest.mark.parametrize("typed, count, message", [
    ("0.1 0.2", 3, "expected 3 numbers, got 2"), ("big", 1, "'big' is not a number"),
    ("inf", 1, "'inf' is not a finite number"), ("", 1, "expected 1 number, got 0"),
])
def test_bad_estimates_say_what_is_wrong(typed, count, message):
    with pytest.raises(InputError, match=message):
        lessons.parse_estimate(_predict("h", t=1), typed, count)


def test_a_prediction_uses_the_steps_targets():
    s = lessons.Step("many-to-one", input="PIGS", targets="···P",
                     predict=lessons.Predict(lessons.Quantity("loss"), 0.05))
    m = model("rnn_pigs")
    _, (loss,) = lessons.expected(s, m)
    assert loss == pytest.approx(-math.log(forward(m, PIGS).p[3, 0, 0]), rel=1e-14)
    with pytest.raises(InputError, match="asks for no prediction"):
        lessons.expected(lessons.Step("none", input="PIG"), m)


def test_a_step_is_done_when_its_checks_hold_and_its_prediction_was_made():
    s = step("rnn_pigs", [{"quantity": "prediction", "t": 3, "equals": "S"}],
             predict={"quantity": "h", "t": 1, "unit": 1})
    results = lessons.evaluate(s, s.new_model(), "PIG")
    assert lessons.all_passed(results)
    assert not lessons.step_done(s, results, predicted=False) and lessons.step_done(s, results, predicted=True)
    failing = lessons.evaluate(s, s.new_model(), "PI")
    assert not lessons.step_done(s, failing, predicted=True)


def test_a_matrix_that_overflowed_has_no_spectral_radius():
    s = step("rnn_pigs", [{"quantity": "spectral_radius", "of": "W_hh", "op": "<", "value": 1}])
    m = s.new_model()
    m.params["W_hh"][0, 0] = np.inf
    [r] = lessons.evaluate(s, m, "PIG")
    assert not r.passed and r.problem == "W_hh has an entry that is not a finite number"
