"""dL/dθ told entry by entry (Qt-free): the sum over steps composed from the sympy-derived local
derivatives equals the engine's BPTT for every cell, convention, layer and direction, and the output
layer."""

import pytest

from lstm_studio.engine import loss_and_gradients, new_model
from lstm_studio.explain.gradient_formula import locate, story, target_latex

INPUTS, TARGETS = [0, 1, 2, 3, 1], [1, 2, 3, 1, -1]
CONFIGS = [
    ("rnn", {}), ("rnn", {"activation": "relu"}), ("lstm", {}), ("peephole_lstm", {"peephole": "diagonal"}),
    ("peephole_lstm", {"peephole": "full"}),
    *[("gru", {"reset": r, "update": u}) for r in ("before", "after", "none") for u in ("z_takes_new", "z_keeps_old")],
]


@pytest.mark.parametrize(("cell", "options"), CONFIGS)
def test_the_composed_sum_is_the_bptt_gradient(cell, options):
    model = new_model(cell, list("PIGS"), 3, seed=2, options=options)
    _, _, grads = loss_and_gradients(model, INPUTS, TARGETS)
    for name, value in model.params.items():
        entry = tuple(n - 1 for n in value.shape)
        told = story(model, INPUTS, TARGETS, name, entry, 1)
        assert told.value == pytest.approx(grads.params[name][entry], rel=1e-9, abs=1e-15), name
        assert sum(term.total for term in told.terms) == pytest.approx(told.value)
        assert [term.t for term in told.terms] == [1, 2, 3, 4, 5]


def test_stacked_and_backward_layers():
    model = new_model("gru", list("PIGS"), 2, seed=2, layers=2, bidirectional=True)
    _, _, grads = loss_and_gradients(model, INPUTS, TARGETS)
    for name in ("U_h_rev", "W_z_l2", "U_r_l2_rev", "b_hn_l2_rev" if "b_hn_l2_rev" in model.params else "b_h_l2"):
        entry = (1, 0) if model.params[name].ndim == 2 else (1,)
        assert story(model, INPUTS, TARGETS, name, entry, 3).value == pytest.approx(grads.params[name][entry],
                                                                                    rel=1e-9)


def test_the_numbers_at_the_current_step():
    model = new_model("lstm", list("PIGS"), 3, seed=2)
    told = story(model, INPUTS, TARGETS, "U_f", (0, 1), 1)
    assert len(told.formulas) == 2 and len(told.numeric) == 2
    assert told.numeric[0].startswith(r"\frac{{\partial}h_{2,1}}{{\partial}U_{f,12}}")
    assert float(told.numeric[0].rsplit("=", 1)[1]) == pytest.approx(told.terms[1].local_h, rel=1e-5)
    assert r"\delta^{c}_{t,1}" in told.composition


def test_the_output_layer_and_a_step_without_a_target():
    model = new_model("rnn", list("PIGS"), 3, seed=2)
    told = story(model, INPUTS, TARGETS, "b_y", (2,), 4)
    assert told.numeric == [] and "no target" in told.note
    told = story(model, INPUTS, TARGETS, "W_hy", (2, 0), 0)
    assert told.numeric[0].startswith(r"\frac{\partial \ell_{1}}{\partial W_{hy,31}}")


def test_names():
    model = new_model("lstm", list("PIGS"), 3, layers=2, bidirectional=True)
    assert locate(model, "U_f_l2_rev") == ("U_f", 1, True)
    assert locate(model, "b_o") == ("b_o", 0, False)
    assert locate(model, "W_hy") is None
    assert target_latex("U_f", (0, 1)) == "U_{f,12}"
    assert target_latex("W_xh", (10, 1)) == "W_{xh,11,2}"
    assert target_latex("U_f", (0, 1), "_l2_rev") == "U_{f,12}^{(l2,rev)}"
