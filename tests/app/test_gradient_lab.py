"""The gradient lab: its BPTT value is the engine's gradient, its finite-difference value agrees, the sum
composed from the sympy formulas agrees, the plots show the engine's numbers, and the RNN/LSTM/GRU
experiment shows the LSTM's cell state carrying the gradient farther than the RNN's h."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from lstm_studio.app.gradients import lab as gradient_lab
from lstm_studio.app.gradients.lab import GradientLab
from lstm_studio.document.session import Session
from lstm_studio.engine import loss_and_gradients, new_model, relative_error
from lstm_studio.engine.analysis import state_gradient_norms

CONFIGS = [
    ("rnn", {}, "W_hh"), ("lstm", {}, "U_f"), ("peephole_lstm", {"peephole": "full"}, "P_o"),
    ("gru", {"reset": "before"}, "U_h"), ("gru", {"reset": "after", "update": "z_keeps_old"}, "b_hn"),
]


def _lab(qtbot, model, text="PIGSP", step=2):
    session = Session(model, None, text)
    session.set_step(step)
    lab = GradientLab(session)
    qtbot.addWidget(lab)
    lab.resize(1000, 650)
    lab.show()
    lab.update_now()
    return lab


def _engine(lab):
    s = lab.session
    return loss_and_gradients(s.model, s.inputs(), s.targets())


@pytest.mark.parametrize(("cell", "options", "name"), CONFIGS)
def test_bptt_finite_differences_and_the_formulas_agree(qtbot, cell, options, name):
    model = new_model(cell, list("PIGS"), 3, seed=4, options=options)
    lab = _lab(qtbot, model)
    entry = (1, 2) if model.params[name].ndim == 2 else (2,)
    lab.choose(name, entry)
    lab.update_now()
    _, _, grads = _engine(lab)
    assert lab.bptt == grads.params[name][entry]
    assert lab.bptt_label.text() == f"{lab.bptt:.6g}".replace("-", "−")
    assert relative_error(np.array(lab.bptt), np.array(lab.fd)) < 1e-6
    qtbot.waitUntil(lambda: lab.ready and lab.chain is not None and lab.chain.entry == entry, timeout=60_000)
    assert lab.chain.value == pytest.approx(lab.bptt, rel=1e-9, abs=1e-14)
    assert "relative error" in lab.fd_label.text()
    qtbot.waitUntil(lambda: lab.composition.rendered and lab.formulas[0].rendered, timeout=60_000)
    assert lab.formulas[0].latex.startswith(r"\frac{{\partial}h_{t}}")
    assert lab.numeric[0].latex.startswith(r"\frac{{\partial}h_{3,")


def test_the_output_layer_entry_is_explained_per_step(qtbot):
    lab = _lab(qtbot, new_model("lstm", list("PIGS"), 3, seed=4))
    lab.choose("W_hy", (2, 1))
    lab.update_now()
    qtbot.waitUntil(lambda: lab.ready and lab.chain is not None and lab.chain.name == "W_hy", timeout=60_000)
    _, _, grads = _engine(lab)
    assert lab.chain.value == pytest.approx(grads.params["W_hy"][2, 1], rel=1e-10)
    assert "no target" in lab.table.text()  # the last step has none


def test_clicking_the_heat_map_picks_the_entry(qtbot):
    lab = _lab(qtbot, new_model("lstm", list("PIGS"), 3, seed=4))
    heat = lab.heat
    _, _, grads = _engine(lab)
    np.testing.assert_array_equal(heat.values, grads.params["U_f"])
    target = heat.plot.vb.mapViewToScene(QPointF(2.5, 1.5))

    class Click:
        def scenePos(self):
            return target

    heat._clicked(Click())
    assert lab.entry == (1, 2)
    lab.update_now()
    assert lab.bptt == grads.params["U_f"][1, 2]
    assert lab.row.value() == 2 and lab.col.value() == 3


def test_a_weight_edit_updates_the_three_values(qtbot):
    lab = _lab(qtbot, new_model("gru", list("PIGS"), 3, seed=4))
    lab.session.set_entry("U_z", (0, 0), 1.7)
    qtbot.waitUntil(lambda: lab.up_to_date)
    _, _, grads = _engine(lab)
    assert lab.bptt == grads.params["U_z"][0, 0]
    qtbot.waitUntil(lambda: lab.ready and lab.chain is not None, timeout=60_000)
    assert lab.chain.value == pytest.approx(lab.bptt, rel=1e-9)


def test_large_models_do_the_finite_differences_on_the_worker(qtbot, monkeypatch):
    monkeypatch.setattr(gradient_lab, "SYNC_FD_WORK", 0)
    lab = _lab(qtbot, new_model("lstm", list("PIGS"), 3, seed=4))
    assert lab.fd_label.text() == "computing…"
    qtbot.waitUntil(lambda: "relative error" in lab.fd_label.text(), timeout=60_000)
    assert relative_error(np.array(lab.bptt), np.array(lab.fd)) < 1e-6


def test_a_stacked_bidirectional_parameter(qtbot):
    model = new_model("lstm", list("PIGS"), 2, seed=4, layers=2, bidirectional=True)
    lab = _lab(qtbot, model)
    lab.choose("U_f_l2_rev", (0, 1))
    lab.update_now()
    qtbot.waitUntil(lambda: lab.ready and lab.chain is not None and lab.chain.name == "U_f_l2_rev",
                    timeout=60_000)
    assert lab.chain.value == pytest.approx(lab.bptt, rel=1e-9)


def test_the_pages_show_the_engine_numbers(qtbot):
    model = new_model("rnn", list("PIGS"), 3, seed=4)
    lab = _lab(qtbot, model, text="PIGSPIGS", step=5)
    _, _trace, grads = _engine(lab)
    lab.show_page("steps")
    assert lab.steps_map.names == ["W_xh", "W_hh", "b_h", "W_hy", "b_y"]
    assert lab.steps_map.norms.shape == (5, 8)
    lab.show_page("time")
    h, _ = state_gradient_norms(grads)
    shown = lab.norms.curves["‖dL/dh‖"].getData()[1]
    np.testing.assert_allclose(shown[:-1], np.log10(h[:-1]))
    assert h[-1] == 0 and np.isnan(shown[-1])  # the last step has no target: a gap, not −∞
    k, _values = lab.jacobians.curves["‖∂hₜ/∂hₖ‖"].getData()
    assert k.tolist() == list(range(6))
    assert lab.jacobians.line.value() == 6
    lab.show_page("eigen")
    assert lab.eigen_stack.currentIndex() == 0
    xs, ys = lab.eigen.points.getData()
    np.testing.assert_allclose(sorted(np.abs(xs + 1j * ys)), sorted(np.abs(np.linalg.eigvals(model.params["W_hh"]))))


def test_the_eigenvalue_page_explains_itself_for_gated_cells(qtbot):
    lab = _lab(qtbot, new_model("gru", list("PIGS"), 3, seed=4))
    lab.show_page("eigen")
    assert lab.eigen_stack.currentIndex() == 1


def test_the_experiment_shows_the_lstm_cell_state_carrying_the_gradient_farther(qtbot):
    """A case built for it: the open model is an LSTM that starts remembering (b_f = 3, f ≈ 0.95)."""
    model = new_model("lstm", list("PIGS"), 4, seed=2)
    model.params["b_f"][:] = 3.0
    lab = _lab(qtbot, model)
    lab.experiment.length.setValue(30)
    lab.show_page("experiment")
    curves = lab.experiment.plot.curves
    rnn = curves["RNN ‖∂L/∂h‖"].getData()[1]
    lstm_c = curves["your LSTM ‖∂L/∂c‖"].getData()[1]
    fresh_c = curves["LSTM ‖∂L/∂c‖"].getData()[1]
    assert len(rnn) == len(lstm_c) == 30
    assert rnn[0] == lstm_c[0] == 0.0  # log₁₀ of the relative norm: 1 at d = 0
    for d in (10, 20, 29):
        assert lstm_c[d] > rnn[d] + 3  # more than a thousand times more gradient left
        assert fresh_c[d] > rnn[d]
    legend = [label.text for _, label in lab.experiment.plot.getPlotItem().legend.items]
    assert any("your LSTM ‖∂L/∂c‖  ×0.9" in text for text in legend)


def test_exploding_gradients_are_flagged(qtbot):
    model = new_model("rnn", list("PIGS"), 3, seed=4, options={"activation": "relu"})
    model.params["W_hh"] = 4.0 * np.eye(3)
    model.params["b_h"][:] = 1.0
    lab = _lab(qtbot, model, text="PIGSPIGS")
    assert "the gradient grows as it goes back through time" in lab.strip.text()
