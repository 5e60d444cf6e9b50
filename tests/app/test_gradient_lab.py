"""The gradient lab: its BPTT value is the engine's gradient, its finite-difference value agrees, the sum
composed from the sympy formulas agrees, the plots show the engine's numbers, and the RNN/LSTM/GRU
experiment shows the LSTM's cell state carrying the gradient farther than the RNN's h."""

import warnings

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea

from lstm_studio.app.gradients import lab as gradient_lab
from lstm_studio.app.gradients.lab import GradientLab
from lstm_studio.app.gradients.plots import LogCurves
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


def test_a_small_story_is_told_in_the_window_final_at_once_without_the_symbolic_process(qtbot, monkeypatch):
    """The presets' stories come from the formulas written ahead, in the window's process, and their
    formulas are set final by the fast typesetter: neither the symbolic process nor ziamath is asked."""
    asked = []
    monkeypatch.setattr(gradient_lab.symbolic_process, "call", lambda *a: asked.append(a[0]))
    monkeypatch.setattr("lstm_studio.app.common.latex_label.render_svg_bytes", lambda *a: asked.append("render"))
    lab = _lab(qtbot, new_model("lstm", list("PIGS"), 3, seed=4))
    lab.choose("U_i", (2, 1))
    lab.update_now()
    qtbot.waitUntil(lambda: lab.ready and lab.chain is not None and lab.chain.entry == (2, 1), timeout=10_000)
    assert lab.chain.value == pytest.approx(lab.bptt, rel=1e-9, abs=1e-14)
    labels = [lab.composition, *(f for f in lab.formulas if f.latex), *(n for n in lab.numeric if n.latex)]
    assert len(labels) == 5 and all(label.rendered and label.quick for label in labels)
    assert asked == []


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
    assert "your LSTM ‖∂L/∂c‖  ×0.9" in lab.experiment.legend.text()


def test_exploding_gradients_are_flagged(qtbot):
    model = new_model("rnn", list("PIGS"), 3, seed=4, options={"activation": "relu"})
    model.params["W_hh"] = 4.0 * np.eye(3)
    model.params["b_h"][:] = 1.0
    lab = _lab(qtbot, model, text="PIGSPIGS")
    assert "the gradient grows as it goes back through time" in lab.strip.text()


def _ink(label) -> float:
    """The mean luminance (0 black … 1 white) of the inked pixels of a formula's picture (the label paints
    ``label.image`` itself)."""
    assert label.image is not None, "the formula shows no picture"
    image = label.image.convertToFormat(QImage.Format_ARGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    bgra = pixels[:, : 4 * image.width()].reshape(image.height(), image.width(), 4).astype(float)
    inked = bgra[bgra[..., 3] > 128]
    assert len(inked), "the formula shows no picture"
    return float(np.mean(0.0722 * inked[:, 0] + 0.7152 * inked[:, 1] + 0.2126 * inked[:, 2]) / 255)


def test_a_theme_change_redraws_every_formula_in_the_new_text_colour(window, qtbot):
    window.show_panel("gradients")
    lab = window.inside_panels["gradients"].view
    labels = [lab.composition, lab.formulas[0], lab.numeric[0]]

    def drawn(dark_ink: bool):
        window.refresh()
        return lab.ready and all(label.rendered and (_ink(label) < 0.4) == dark_ink for label in labels)

    qtbot.waitUntil(lambda: drawn(True), timeout=60_000)
    window.apply_look("dark", 1.0)
    qtbot.waitUntil(lambda: drawn(False), timeout=60_000)  # near-white on the dark background
    window.apply_look("light", 1.0)
    qtbot.waitUntil(lambda: drawn(True), timeout=60_000)  # and dark again on light grey


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_three_values_are_never_cut_off_on_a_laptop_screen(window, qtbot, scale):
    window.resize(1366, 768)
    window.apply_look("light", scale)
    window.show_panel("gradients")
    lab = window.inside_panels["gradients"].view
    window.refresh()
    qtbot.waitUntil(lambda: lab.ready and lab.chain is not None, timeout=60_000)
    viewport = lab.bptt_label
    while not isinstance(viewport.parentWidget(), QScrollArea):
        viewport = viewport.parentWidget()
    viewport = viewport.parentWidget().viewport()  # what the formula card's scroll area shows
    for label in (lab.bptt_label, lab.fd_label, lab.chain_label):
        box = label.parentWidget()
        shown = box.rect().translated(box.mapTo(viewport, box.rect().topLeft()))
        # (the card scrolls vertically; sideways nothing may be cut off)
        assert shown.left() >= 0 and shown.right() <= viewport.rect().right(), f"{label.text()!r} is cut off"
        assert label.width() >= label.minimumSizeHint().width()


def test_the_carousel_demo_is_one_click_and_one_undo_step(qtbot):
    lab = _lab(qtbot, new_model("rnn", list("PIGS"), 3, seed=4))
    before = lab.session.model
    qtbot.mouseClick(lab.demo_buttons["carousel"], Qt.LeftButton)
    model = lab.session.model
    assert model.cell == "lstm" and np.all(model.params["b_f"] == 5.0)
    assert lab.tabs.currentIndex() == gradient_lab.PAGES.index("experiment")
    lab.update_now()
    factors = {f"{c.label} {c.state}": c.factor_per_step(20) for c in lab.experiment.curves}
    assert factors["your LSTM c"] > 0.95 > 0.6 > factors["RNN h"]  # the carousel carries, the RNN's fades
    legend = lab.experiment.legend.text()
    assert "your LSTM: the carousel alone, Π fₜ" in legend
    assert "constant error carousel" in lab.experiment.summary.text()
    plot = lab.experiment.plot
    assert plot.getPlotItem().legend is None, "the legend sits below the chart, never over the curves"
    assert [note.toPlainText() for note in plot.notes] == ["constant error carousel"]
    kept = plot.curves["your LSTM: the carousel alone, Π fₜ"].getData()[1]
    assert len(kept) == 40 and kept[0] == 0.0 and kept[-1] > np.log10(0.99) * 39 - 1e-9
    lab.session.undo.undo()
    assert lab.session.model.cell == "rnn" and lab.session.model.params.keys() == before.params.keys()
    assert lab.session.text == "PIGSP"


def test_the_saturation_demo_says_why_the_gradient_vanishes_despite_lambda_two(qtbot):
    lab = _lab(qtbot, new_model("lstm", list("PIGS"), 3, seed=4))
    lab.run_demo("saturation")
    assert lab.tabs.currentIndex() == gradient_lab.PAGES.index("eigen")
    assert lab.eigen.text.toPlainText() == "largest |λ| = 2.000 (outside the unit circle)"
    note = lab.eigen_note.text()
    assert "tanh saturates" in note and "it vanishes" in note and "h can grow" not in note
    lab.show_page("time")
    assert lab.norms.bands, "the saturated steps are shaded"
    first, last = lab.norms.bands[0].getRegion()
    assert last - first >= 1 and "saturated" in lab.norms.bands[0].toolTip()
    assert lab.time_note.text().startswith("Grey bands: saturated steps.")


def test_the_explosion_demo_shows_the_gradient_growing_back_in_time(qtbot):
    lab = _lab(qtbot, new_model("gru", list("PIGS"), 3, seed=4))
    lab.run_demo("explosion")
    assert lab.tabs.currentIndex() == gradient_lab.PAGES.index("time")
    shown = lab.norms.curves["‖dL/dh‖"].getData()[1]
    assert shown[0] - shown[-2] > 2  # more than a hundred times more gradient at t = 1 than at t = 11
    assert "it explodes" in lab.time_note.text() and not lab.norms.bands
    _k, products = lab.jacobians.curves["‖∂hₜ/∂hₖ‖"].getData()
    np.testing.assert_allclose(np.diff(products), -np.log10(2.0), rtol=1e-9)  # ×2 per step back


def test_the_lstm_jacobian_legend_names_the_carousel(qtbot):
    lab = _lab(qtbot, new_model("lstm", list("PIGS"), 3, seed=4))
    lab.show_page("time")
    legend = [label.text for _, label in lab.jacobians.getPlotItem().legend.items]
    assert "‖∂cₜ/∂cₖ‖: the constant error carousel (× fₜ per step)" in legend
    assert "constant error carousel" in lab.time_note.text()


def test_a_curve_with_no_positive_value_draws_nothing_and_warns_nothing(qtbot):
    plot = LogCurves("norms", "t")
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.show()
    zero, ones = np.zeros(5), np.ones(5)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pyqtgraph's "All-NaN slice encountered" would raise here
        plot.set_curves([("zero", np.arange(5), zero, "#000000", False), ("one", np.arange(5), ones, "#0072B2", False)],
                        2, (0, 4))
        plot.grab()
    assert np.isnan(plot.curves["zero"].getData()[1]).all() and len(plot.dots["zero"].data) == 0
    assert len(plot.dots["one"].data) == 5


def test_the_heat_map_numbers_shorten_or_hide_rather_than_run_into_the_next_cell(qtbot):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from lstm_studio.app.gradients.plots import MatrixHeatMap

    heat = MatrixHeatMap()
    qtbot.addWidget(heat)
    values = np.array([[0.00404607, 0.00427, -0.00438], [-0.00158, -0.00166, -0.00171]])
    heat.resize(600, 300)
    heat.show()
    heat.set_matrix(values, ["1", "2"], ["h₁", "h₂", "h₃"], (0, 0), "dL/dU_f")
    qtbot.waitUntil(lambda: heat.plot.vb.width() > 400)
    assert heat.numbers.texts[:4] == ["0.00405", "0.00427", "−0.00438", "−0.00158"]
    metrics = QFontMetrics(QApplication.font())  # the numbers are painted in the application's font
    seen = []
    for width in range(600, 40, -20):
        heat.resize(width, 300)
        qtbot.waitUntil(lambda w=width: heat.plot.vb.width() < w)
        cell = heat.plot.vb.width() / 3
        texts = heat.numbers.texts
        if not any(texts):
            mode = "none"
        else:
            assert all(metrics.horizontalAdvance(text) <= cell - 4 for text in texts), (width, texts)
            mode = "3 digits" if texts[3] == "−0.00158" else texts[3]
        if not seen or seen[-1] != mode:
            seen.append(mode)
    assert seen == ["3 digits", "−0.0016", "none"]


def test_a_heat_map_beside_the_formulas_keeps_the_width_its_plot_needs(qtbot):
    """In the lab's splitter the heat map was squeezed below what its plot needs: the title and the last
    column were cut off at 150 % on a laptop."""
    from PySide6.QtWidgets import QLabel, QSplitter

    from lstm_studio.app.gradients.plots import MatrixHeatMap

    splitter = QSplitter(Qt.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(QLabel("the formulas"))
    heat = MatrixHeatMap()
    splitter.addWidget(heat)
    qtbot.addWidget(splitter)
    splitter.resize(700, 300)
    splitter.show()
    heat.set_matrix(np.arange(6.0).reshape(2, 3), ["1", "2"], ["h₁", "h₂", "h₃"], (0, 0),
                    "dL/dU_f (click an entry to explain it)")
    splitter.setSizes([680, 20])

    def wide_enough() -> bool:
        needed = heat.ci.effectiveSizeHint(Qt.MinimumSize).width()
        return needed > heat.plot.titleLabel.minimumWidth() > 100 and heat.width() >= needed

    qtbot.waitUntil(wide_enough, timeout=3000)
