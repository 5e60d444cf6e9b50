"""The equations panel: the cell's equations rendered by the symbolic layer, each followed by the numbers
of the selected unit at the current step, which follow a weight edit at once."""

import re

import pytest

from lstm_studio.app.inside.equations_panel import EquationsPanel
from lstm_studio.document.session import Session
from lstm_studio.engine import forward, new_model
from lstm_studio.engine.notation import num


def _panel(qtbot, model, form="unit"):
    session = Session(model, None, "PIGS")
    session.set_step(1)
    panel = EquationsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(800, 600)
    panel.show()
    panel.set_form(form)
    panel.update_now()
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=30_000)
    return panel


def _bold(html: str) -> str:
    return re.findall(r"<b>([^<]+)</b>", html)[-1]


@pytest.mark.parametrize(("cell", "options", "names"), [
    ("rnn", {}, ["h"]),
    ("lstm", {}, ["f", "i", "g", "c", "o", "h"]),
    ("gru", {"reset": "after"}, ["z", "r", "n", "h_tilde", "h"]),
])
def test_each_equation_is_followed_by_its_numbers(qtbot, cell, options, names):
    model = new_model(cell, list("PIGS"), 3, seed=1, options=options)
    panel = _panel(qtbot, model)
    assert list(panel.rows) == names + ["logits", "softmax"]
    lt = forward(model, [0, 1, 2, 3]).first
    for name in names:
        if name == "h":
            expected = lt.h[2, 0, 0]
        elif name == "c":
            expected = lt.c[2, 0, 0]
        elif name == "n":
            continue
        else:
            expected = lt.gates[name][1, 0, 0]
        assert _bold(panel.numbers_of(name)) == num(expected)
    qtbot.waitUntil(lambda: all(row.formula.rendered for row in panel.rows.values()), timeout=60_000)


def test_the_numbers_follow_a_weight_edit_and_the_unit(qtbot):
    model = new_model("lstm", list("PIGS"), 3, seed=1)
    panel = _panel(qtbot, model)
    panel.session.set_entry("W_f", (1, 1), 3.5)
    qtbot.waitUntil(lambda: panel.up_to_date)
    panel.unit.setValue(2)
    qtbot.waitUntil(lambda: panel.up_to_date)
    lt = forward(panel.session.model, [0, 1, 2, 3]).first
    assert "3.500" in panel.numbers_of("f")
    assert _bold(panel.numbers_of("f")) == num(lt.gates["f"][1, 0, 1])
    assert "f</i><sub>2,2</sub>" in panel.numbers_of("f")


def test_the_stacked_form_lists_every_gate_under_the_block(qtbot):
    panel = _panel(qtbot, new_model("lstm", list("PIGS"), 3, seed=1), form="stacked")
    assert next(iter(panel.rows)) == "stacked"
    block = panel.numbers_of("stacked")
    for gate in ("f", "i", "C̃", "o"):
        assert f"<i>{gate}</i><sub>2,1</sub>" in block
    qtbot.waitUntil(lambda: panel.rows["stacked"].formula.rendered, timeout=60_000)
    assert "pmatrix" in panel.rows["stacked"].formula.latex


def test_switching_the_cell_rebuilds_the_rows(qtbot):
    panel = _panel(qtbot, new_model("lstm", list("PIGS"), 3, seed=1))
    panel.session.replace_model(new_model("gru", list("PIGS"), 3, seed=1, options={"reset": "none"}), "gru")
    qtbot.waitUntil(lambda: "z" in panel.rows, timeout=30_000)
    assert list(panel.rows) == ["z", "h_tilde", "h", "logits", "softmax"]


def test_a_pinned_gate_is_flagged_under_its_numbers(qtbot):
    model = new_model("lstm", list("PIGS"), 3, seed=1)
    model.params["b_o"][0] = -10.0
    panel = _panel(qtbot, model)
    assert "pinned at 0" in panel.numbers_of("o")
    assert "pinned" not in panel.numbers_of("f")
