"""The cell diagram: the numbers on its wires are the engine's for the chosen unit and step, it redraws for
every cell and convention, a click shows the element's equation with the numbers, and saturated gates
are flagged on their box."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from lstm_studio.app.inside.cell_diagram import CellDiagramPanel
from lstm_studio.document.session import Session
from lstm_studio.engine import new_model
from lstm_studio.engine.notation import num

CONFIGS = [
    ("rnn", {}), ("rnn", {"activation": "relu"}), ("lstm", {}),
    ("peephole_lstm", {"peephole": "diagonal"}), ("peephole_lstm", {"peephole": "full"}),
    *[("gru", {"reset": r, "update": u}) for r in ("before", "after", "none") for u in ("z_takes_new", "z_keeps_old")],
]
IDS = [c + "-" + "-".join(o.values()) for c, o in CONFIGS]


def _panel(qtbot, model, text="PIGS", step=2):
    session = Session(model, None, text)
    session.set_step(step)
    panel = CellDiagramPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 560)
    panel.show()
    panel.update_now()
    return panel


def _expected(model, session, unit):
    """The numbers of unit j at the session's step, read straight from the engine's trace."""
    from lstm_studio.engine import forward

    lt = forward(model, session.inputs()).first
    s, j = session.step + 1, unit
    out = {"h_prev": lt.h[s - 1, 0, j], "h": lt.h[s, 0, j]}
    for name, values in lt.gates.items():
        out[name] = values[s - 1, 0, j]
    if lt.c is not None:
        out["c_prev"], out["c"] = lt.c[s - 1, 0, j], lt.c[s, 0, j]
        out["fc"] = out["f"] * out["c_prev"]
        out["ig"] = out["i"] * out["g"]
        out["tanh_c"] = np.tanh(out["c"])
    if model.cell == "rnn":
        out["a"] = lt.pre["a"][s - 1, 0, j]
    if model.cell == "gru":
        keeps_old = model.spec.option("update") == "z_keeps_old"
        z = out["z"]
        out["keep"] = (z if keeps_old else 1 - z) * out["h_prev"]
        out["new"] = (1 - z if keeps_old else z) * out["h_tilde"]
        if "r" in out and model.spec.option("reset") == "before":
            out["rh"] = out["r"] * out["h_prev"]
    return out


@pytest.mark.parametrize(("cell", "options"), CONFIGS, ids=IDS)
def test_the_wires_show_the_engine_values_of_the_chosen_unit_and_step(qtbot, cell, options):
    model = new_model(cell, list("PIGS"), 3, seed=3, options=options)
    panel = _panel(qtbot, model)
    panel.focus.set(unit=1)
    panel.update_now()
    expected = _expected(model, panel.session, 1)
    shown = 0
    for wire in panel.layout_.wires:
        if wire.value in expected:
            assert panel.scene.values[wire.value] == pytest.approx(expected[wire.value], rel=1e-12, abs=1e-15)
            assert panel.label_text(wire.key) == f"{wire.symbol} = {num(expected[wire.value])}"
            shown += 1
    assert shown >= (2 if cell == "rnn" else 6)
    assert panel.label_text("x") == "xₜ = G (one-hot)"


def test_moving_the_step_and_the_unit_updates_the_numbers(qtbot):
    model = new_model("lstm", list("PIGS"), 3, seed=3)
    panel = _panel(qtbot, model)
    session = panel.session
    for step, unit in ((0, 0), (3, 2), (1, 1)):
        session.set_step(step)
        panel.unit.setValue(unit + 1)
        qtbot.waitUntil(lambda: panel.up_to_date)
        assert panel.focus.unit == unit
        expected = _expected(model, session, unit)
        assert panel.label_text("c") == f"cₜ = {num(expected['c'])}"
        assert panel.label_text("f") == f"fₜ = {num(expected['f'])}"
    assert "t = 2" in panel.where.text() and "j = 2" in panel.where.text()


def test_a_weight_edit_redraws_the_values(qtbot):
    model = new_model("gru", list("PIGS"), 3, seed=3)
    panel = _panel(qtbot, model)
    panel.session.set_entry("b_z", 0, 4.0)
    qtbot.waitUntil(lambda: panel.up_to_date)
    expected = _expected(panel.session.model, panel.session, 0)
    assert panel.scene.values["z"] == pytest.approx(expected["z"])
    assert expected["z"] > 0.95


@pytest.mark.parametrize(("cell", "options"), CONFIGS, ids=IDS)
def test_switching_cell_or_convention_redraws_the_diagram(qtbot, cell, options):
    panel = _panel(qtbot, new_model("lstm", list("PIGS"), 3, seed=3))
    panel.session.replace_model(new_model(cell, list("PIGS"), 3, seed=5, options=options), "switch cell")
    qtbot.waitUntil(lambda: panel.up_to_date)
    keys = set(panel.layout_.keys)
    assert set(panel.scene.shapes) == keys
    assert ({"pf", "pi", "po"} <= keys) == (cell == "peephole_lstm")
    assert ("c" in keys) == (cell in ("lstm", "peephole_lstm"))
    if cell == "gru":
        assert ("r" in keys) == (options["reset"] != "none")
        assert ("n" in keys) == (options["reset"] == "after")
        one_minus = panel.layout_.element("one_minus")
        on_old_path = one_minus.x == panel.layout_.element("box_z").x
        assert on_old_path == (options["update"] == "z_takes_new")
    expected = _expected(panel.session.model, panel.session, 0)
    assert panel.scene.values["h"] == pytest.approx(expected["h"])


def test_clicking_a_wire_shows_its_equation_with_the_numbers(qtbot):
    model = new_model("lstm", list("PIGS"), 3, seed=3)
    panel = _panel(qtbot, model)
    label = panel.scene.labels["c"]
    point = panel.view.mapFromScene(label.sceneBoundingRect().center())
    qtbot.mouseClick(panel.view.viewport(), Qt.LeftButton, pos=QPoint(point.x(), point.y()))
    assert panel.selected == "c"
    expected = _expected(model, panel.session, 0)
    assert num(expected["c"]) in panel.numbers.text()
    assert num(expected["f"]) in panel.numbers.text()
    qtbot.waitUntil(lambda: panel.equation.rendered and panel.derivative.rendered, timeout=30_000)
    assert panel.equation.latex.startswith("c_{t} = f_{t}")
    # ∂c_t/∂c_{t-1} of the same unit is the forget gate: the constant error carousel.
    assert "partial" in panel.derivative.latex and "c_{3,1}" in panel.derivative.latex
    assert float(panel.derivative.latex.rsplit("=", 1)[1]) == pytest.approx(expected["f"], rel=1e-5)


def test_clicking_a_gate_box_shows_the_gate_equation(qtbot):
    panel = _panel(qtbot, new_model("gru", list("PIGS"), 3, seed=3, options={"reset": "after"}))
    rect = panel.scene.shapes["box_r"].sceneBoundingRect()
    point = panel.view.mapFromScene(rect.center())
    qtbot.mouseClick(panel.view.viewport(), Qt.LeftButton, pos=QPoint(point.x(), point.y()))
    assert panel.selected == "box_r"
    assert "σ(" in panel.numbers.text() and "one-hot" in panel.numbers.text()
    qtbot.waitUntil(lambda: panel.equation.rendered, timeout=30_000)
    assert panel.equation.latex.startswith("r_{t}")


def test_stacked_bidirectional_model_shows_the_chosen_layer_and_direction(qtbot):
    model = new_model("lstm", list("PIGS"), 3, seed=3, layers=2, bidirectional=True)
    panel = _panel(qtbot, model, step=1)
    assert panel.layer.isVisibleTo(panel) and panel.layer.count() == 4
    panel.layer.setCurrentIndex(3)
    panel.layer.activated.emit(3)
    qtbot.waitUntil(lambda: panel.up_to_date)
    assert (panel.focus.layer, panel.focus.k) == (1, 1)
    from lstm_studio.engine import forward

    lt = forward(model, panel.session.inputs()).layers[1][1]
    T = len(panel.session.inputs())
    s = T - 1  # time step 2 (index 1) is processing step T - 1 of the backward pass
    assert panel.scene.values["h_prev"] == pytest.approx(lt.h[s - 1, 0, 0])
    assert panel.scene.values["c"] == pytest.approx(lt.c[s, 0, 0])
    assert panel.label_text("h_prev").startswith("hₜ₊₁")
    assert panel.label_text("x").startswith("xₜ = h of layer 1")


def test_a_saturated_gate_is_flagged_on_its_box(qtbot):
    model = new_model("lstm", list("PIGS"), 3, seed=3)
    model.params["b_f"][0] = 9.0
    panel = _panel(qtbot, model)
    assert panel.scene.marks["box_f"].isVisible()
    assert "pinned at 1" in panel.scene.marks["box_f"].toolTip()
    assert not panel.scene.marks["box_i"].isVisible()
    assert panel.strip.isVisibleTo(panel) and "f₁" in panel.strip.text()


@pytest.mark.parametrize(("cell", "options"), CONFIGS, ids=IDS)
def test_every_element_has_its_own_item(qtbot, cell, options):
    from lstm_studio.engine import CellSpec
    from lstm_studio.explain.cell_layouts import layout

    for reverse in (False, True):
        built = layout(CellSpec.make(cell, options), reverse)
        assert len(set(built.keys)) == len(built.keys)
    panel = _panel(qtbot, new_model(cell, list("PIGS"), 3, seed=3, options=options))
    assert set(panel.scene.shapes) == set(panel.layout_.keys)
    wire = next(w for w in panel.layout_.wires if w.value == "h")
    assert panel.scene.shapes[wire.key].data(0) == wire.key


def test_a_growing_cell_state_is_flagged_on_tanh_c(qtbot):
    model = new_model("lstm", list("PIGS"), 3, seed=3)
    for name in ("b_f", "b_i", "b_c"):
        model.params[name][0] = 12.0
    panel = _panel(qtbot, model, text="PIGSPIGSPIGS", step=11)
    assert panel.scene.marks["box_tanh_c"].isVisible()
    assert "|c₁| reaches" in panel.scene.marks["box_tanh_c"].toolTip()


def test_no_input_shows_the_symbols_only(qtbot):
    panel = _panel(qtbot, new_model("rnn", list("PIGS"), 3, seed=3), text="", step=0)
    assert panel.label_text("h") == "hₜ"
    assert "type an input" in panel.where.text()


def test_the_diagram_keeps_most_of_the_height_after_a_click_and_the_details_scroll(qtbot):
    panel = _panel(qtbot, new_model("lstm", list("PIGS"), 3, seed=2))
    panel.resize(660, 420)  # the tab on a 1366×768 laptop
    before = panel.view.height()
    panel.select("c")
    panel.update_now()
    qtbot.wait(10)
    assert panel.view.height() >= 0.55 * (panel.view.height() + panel.info.parentWidget().height())
    assert panel.view.height() >= 0.9 * min(before, panel.split.sizes()[0])
    details = panel.info.parentWidget().parentWidget()  # the scroll area around the details
    assert panel.info.height() >= panel.info.sizeHint().height() or details.verticalScrollBar().maximum() > 0
