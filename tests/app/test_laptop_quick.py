"""The window on a student's laptop stays quick where it used to stall (docs/window.md, "It stays quick"):
a new cell — Start in Training, opening a trained model — reuses plots made while the window was idle
and makes the gate plots one per turn of the event loop, so the window paints and answers in between.
tests/benchmarks/bench_look.py measures the stalls themselves."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from lstm_studio.app.studio import plots as gate_plots
from lstm_studio.document import modelfile
from lstm_studio.engine import forward, new_model


def test_the_gate_plots_keep_spare_plots_made_while_the_window_is_idle(make_window, qtbot):
    window = make_window("rnn_pigs")  # an RNN shows two plots; an LSTM needs six
    qtbot.waitUntil(lambda: len(window.gates._pool) >= gate_plots.READY_PLOTS, timeout=5000)


def test_a_new_cell_makes_no_plot_and_builds_its_gate_plots_one_per_turn(make_window, qtbot, monkeypatch):
    window = make_window("rnn_pigs")
    gates = window.gates
    qtbot.waitUntil(lambda: len(gates._pool) >= gate_plots.READY_PLOTS, timeout=5000)
    made = []
    original = pg.PlotItem.__init__

    def counted(self, *args, **kwargs):
        made.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(pg.PlotItem, "__init__", counted)
    lstm = new_model("lstm", list("PIGS"), 8, seed=3, name="eight units")
    window.session.replace_model(lstm, "a trained model")
    window.refresh()
    assert made == []
    assert list(gates.items) == ["f"]  # the rest follow on the next turns, after a paint
    qtbot.waitUntil(lambda: len(gates.items) == 6, timeout=5000)
    assert made == []
    trace = forward(lstm, window.session.inputs())
    for key in ("f", "i", "g", "o"):
        for unit in (0, 7):
            np.testing.assert_array_equal(gates.plots[key].curves[unit].getData()[1], trace.gates[key][:, 0, unit])
    np.testing.assert_array_equal(gates.plots["h"].curves[5].getData()[1], trace.h[:, 0, 5])
    assert gates.plots["c"].line.value() == window.session.step + 1


def test_reading_the_plots_finishes_the_ones_still_waiting(make_window):
    window = make_window("rnn_pigs")
    window.session.replace_model(new_model("gru", list("PIGS"), 3, seed=1), "gru")
    window.refresh()
    assert list(window.gates.plots) == ["z", "r", "h_tilde", "h"]
    trace = forward(window.session.model, window.session.inputs())
    np.testing.assert_array_equal(window.gates.plots["r"].curves[2].getData()[1], trace.gates["r"][:, 0, 2])


def test_a_font_change_sets_no_hidden_axis_label_of_the_gate_plots_again(make_window, qtbot, monkeypatch):
    # pyqtgraph's automatic SI prefix set each axis' (hidden) label HTML on every range change, and a font
    # change re-ranges every axis of every plot; these axes have no label, so the prefix is off.
    window = make_window("lstm_pigs")
    qtbot.waitUntil(lambda: len(window.gates.items) == 6, timeout=5000)
    labelled = []
    monkeypatch.setattr(pg.AxisItem, "_updateLabel", lambda self: labelled.append(self))
    window.apply_look("light", 1.15)
    window.refresh()
    qtbot.wait(50)
    # Every axis of a plot, the hidden top and right ones too (they follow the view's range as well).
    plots = [item.plot for item in window.gates.items.values()] + [window.output.prob_plot, window.output.loss_plot]
    gate_axes = {id(plot.getAxis(name)) for plot in plots for name in ("left", "bottom", "top", "right")}
    assert len(gate_axes) == 32
    assert not [axis for axis in labelled if id(axis) in gate_axes]
    assert all(not item.plot.getAxis("left").label.isVisible() for item in window.gates.items.values())


def _updated_in_the_first_turn(window, qapp) -> int:
    """How many of the window's visible views the first turn of the event loop that updates any updated
    (every one of them is waiting when this is called)."""
    visible = [view for view in window.refresher.views() if view.isVisible()]
    assert len(visible) > 3 and all(view._live_pending for view in visible)
    while all(view._live_pending for view in visible):
        qapp.processEvents()
    return sum(not view._live_pending for view in visible)


def test_a_font_change_restyles_the_views_one_per_turn(window, qtbot, qapp):
    qtbot.waitUntil(lambda: window.up_to_date)
    window.apply_look("light", window.font_scale * 1.15)
    assert _updated_in_the_first_turn(window, qapp) == 1
    qtbot.waitUntil(lambda: window.up_to_date)
    assert window.gates.plots["f"].plot.getAxis("left").style["tickFont"].pointSizeF() == \
        QApplication.font().pointSizeF()


def test_opening_a_model_rebuilds_the_views_one_per_turn(window, qtbot, qapp, tmp_path):
    qtbot.waitUntil(lambda: window.up_to_date)
    trained = tmp_path / "plurals.json"
    modelfile.save(new_model("lstm", list("ABCDEFGHIJKMNOPRSTUWXY_"), 8, seed=1, name="Plurals"), trained)
    assert window.open_file(trained)
    assert _updated_in_the_first_turn(window, qapp) == 1
    qtbot.waitUntil(lambda: window.up_to_date)
    assert window.output._vocab == list("ABCDEFGHIJKMNOPRSTUWXY_") and len(window.gates.plots["f"].curves) == 8



def test_a_new_cell_sets_no_hidden_axis_label_of_the_gate_plots(make_window, qtbot, monkeypatch):
    # Start in Training and opening a trained model take spare plots for the new cell; they were ranged
    # and linked before they were styled: with the SI prefix still on, each change set hidden labels, and
    # then each new pen did. The spare plots are styled when they are made, while the window is idle.
    window = make_window("rnn_pigs")
    gates = window.gates
    qtbot.waitUntil(lambda: len(gates._pool) >= gate_plots.READY_PLOTS, timeout=5000)
    labelled = []
    monkeypatch.setattr(pg.AxisItem, "_updateLabel", lambda self: labelled.append(self))
    window.session.replace_model(new_model("lstm", list("PIGS"), 8, seed=3, name="eight units"), "a trained model")
    window.refresh()
    qtbot.waitUntil(lambda: len(gates.items) == 6, timeout=5000)
    qtbot.wait(50)
    axes = {id(item.plot.getAxis(name)) for item in gates.items.values() for name in ("left", "bottom", "top", "right")}
    assert len(axes) == 24 and not [axis for axis in labelled if id(axis) in axes]
