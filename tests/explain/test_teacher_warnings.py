"""The teacher's warnings (Qt-free): pinned gates, exploding values, overflow and exploding gradients are
found where they happen, and healthy models raise none."""

import numpy as np

from lstm_studio.engine import loss_and_gradients, new_model
from lstm_studio.explain.teacher_warnings import at_step, find, steps_text

INPUTS, TARGETS = [0, 1, 2, 3] * 3, [1, 2, 3, 0] * 3


def _find(model):
    _, trace, grads = loss_and_gradients(model, INPUTS, TARGETS)
    return find(model, trace, grads)


def test_a_fresh_model_raises_nothing():
    for cell in ("rnn", "lstm", "peephole_lstm", "gru"):
        assert _find(new_model(cell, list("PIGS"), 3, seed=0)) == []


def test_a_forget_gate_pinned_open_is_found_at_every_step():
    model = new_model("lstm", list("PIGS"), 3, seed=0)
    model.params["b_f"][2] = 9.0
    found = _find(model)
    assert len(found) == 1
    w = found[0]
    assert (w.kind, w.quantity, w.unit, w.steps) == ("saturated", "f", 2, tuple(range(12)))
    assert "f₃ is pinned at 1" in w.message and "W_f, U_f, b_f of unit 3" in w.message
    assert at_step(found, 5, unit=2) == [w] and at_step(found, 5, unit=0) == []


def test_a_closed_input_gate_and_a_pinned_candidate():
    model = new_model("lstm", list("PIGS"), 3, seed=0)
    model.params["b_i"][0] = -9.0
    model.params["b_c"][1] = 6.0
    found = {(w.quantity, w.unit): w for w in _find(model)}
    assert "pinned at 0" in found[("i", 0)].message and "nothing new enters c" in found[("i", 0)].message
    assert "C̃₂ is pinned at +1" in found[("g", 1)].message


def test_a_growing_cell_state_is_exploding():
    model = new_model("lstm", list("PIGS"), 2, seed=0)
    model.params["b_f"][:] = 12.0
    model.params["b_i"][:] = 12.0
    model.params["b_c"][:] = 12.0
    found = [w for w in _find(model) if w.kind == "exploding"]
    assert found and found[0].quantity == "c" and found[0].steps[0] == 10
    assert "reaches 11.999 at t = 12" in found[0].message


def test_relu_rnn_explodes_and_dead_units_are_named():
    model = new_model("rnn", list("PIGS"), 3, seed=1, options={"activation": "relu"})
    model.params["W_hh"] = 3.0 * np.eye(3)
    model.params["b_h"][:] = [1.0, 1.0, -50.0]
    found = _find(model)
    kinds = {(w.kind, w.unit) for w in found}
    assert ("exploding", 0) in kinds and ("dead", 2) in kinds
    assert any(w.kind == "exploding_gradient" for w in found)
    assert found[0].severe


def test_overflow_is_reported_once_with_its_first_step():
    model = new_model("rnn", list("PIGS"), 2, seed=1, options={"activation": "relu"})
    model.params["W_hh"] = 1e200 * np.eye(2)
    model.params["b_h"][:] = 1.0
    with np.errstate(all="ignore"):
        found = _find(model)
    overflow = [w for w in found if w.kind == "overflow" and w.quantity == "h"]
    assert len(overflow) == 1 and overflow[0].steps == tuple(range(2, 12))  # from t = 3 on
    assert "t = 3" in overflow[0].message


def test_steps_are_written_as_runs():
    assert steps_text([0, 1, 2, 5, 7, 8, 9]) == "t = 1–3, 6, 8–10"
    assert steps_text([3]) == "t = 4"


def test_warnings_are_found_once_per_evaluation_and_shared(monkeypatch):
    from lstm_studio.document.session import Session
    from lstm_studio.explain import teacher_warnings

    model = new_model("rnn", list("PIGS"), 3, seed=0)
    model.params["W_hh"] = np.eye(3) * 40.0
    model.params["b_h"][:] = 3.0
    session = Session(model, None, "PIGSPIGS")
    calls = []
    real = teacher_warnings.find
    monkeypatch.setattr(teacher_warnings, "find", lambda *a: calls.append(1) or real(*a))
    result = session.result()
    first = teacher_warnings.of_evaluation(session.model, result)
    assert teacher_warnings.of_evaluation(session.model, session.result()) is first and calls == [1]
    with_gradients = teacher_warnings.of_evaluation(session.model, result, gradients=True)
    assert teacher_warnings.of_evaluation(session.model, result, gradients=True) is with_gradients
    assert calls == [1], "the gradient warnings add to the forward ones, found once"
    _, trace, grads = loss_and_gradients(session.model, session.inputs(), session.targets())
    assert first == real(session.model, trace) and first
    assert with_gradients == real(session.model, trace, grads)
    session.set_entry("b_h", 0, 0.0)
    assert teacher_warnings.of_evaluation(session.model, session.result()) is not first and calls == [1, 1]
