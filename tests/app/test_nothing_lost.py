"""Reproducers of the hardening campaign in the window: no edit is lost whatever a view does, redo never
reaches across a training run, text from a file is never markup, and extreme numbers, rebuilt panels
and a killed process end as the user expects."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from lstm_studio.app.common.background import wait_idle
from lstm_studio.app.studio.output_plots import loss_axis_top
from lstm_studio.document import modelfile
from lstm_studio.engine import new_model


def _type_into_weight(window, qtbot, text: str, layout="param:W_f", cell=(1, 0)) -> None:
    table = window.weights.table
    window.weights.show_layout(layout)
    window.weights.select(*cell)
    table.setFocus()
    qtbot.keyClick(table, text[0])
    editor = table.focusWidget()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key_Return)


def test_a_typed_weight_beyond_the_sliders_range_is_recorded_dirty_and_autosaved(window, qtbot, dialogs):
    """Before: typing 2.5e7 overflowed the slider inside the change notification: the value was applied
    but the undo stack never recorded it, the title showed no •, nothing was autosaved and closing did not
    ask to save."""
    before = window.session.model.params["W_f"].copy()
    _type_into_weight(window, qtbot, "25000000")
    qtbot.waitUntil(lambda: window.session.model.params["W_f"][1, 0] == 2.5e7, timeout=5000)
    assert window.session.undo.can_undo and window.session.dirty
    assert window.windowTitle().startswith("untitled •") or "•" in window.windowTitle()
    assert window.weights.slider.maximum() == (2**31 - 1) // 200 * 200  # the slider's end, not an overflow
    window.autosave_now()
    saved = json.loads(window.autosave.file.read_text())
    assert saved["model"]["params"]["W_f"][1][0] == 2.5e7
    window.refresh()
    dialogs.answers = [QMessageBox.Cancel]
    assert window.close() is False and dialogs.shown[-1][1] == "Unsaved changes"
    window.session.undo.undo()
    np.testing.assert_array_equal(window.session.model.params["W_f"], before)


def test_a_failing_view_is_reported_in_the_status_bar_and_the_edit_kept(window, expected_view_failures):
    def broken_view(names):
        raise RuntimeError("a view that cannot draw this")

    window.session.params_changed.connect(broken_view)
    window.session.set_entry("U_f", (0, 0), 0.5)
    window.session.set_entry("U_f", (0, 1), 0.25)
    assert len(window.session.undo) == 2 and window.session.dirty
    assert "a view failed to follow a weight edit" in window.statusBar().currentMessage()
    assert "RuntimeError: a view that cannot draw this" in window.statusBar().currentMessage()
    assert len(expected_view_failures) == 1


def test_redo_is_disabled_once_training_starts_and_the_result_saves(window, qtbot, dialogs, tmp_path):
    """Before: Edit, Undo, start training, Redo applied the (3, 4) W_f onto the (8, 23) training model,
    hundreds of IndexErrors followed, and Save As wrote a file that would not load."""
    from lstm_studio.app.training.panel import IDLE

    window.session.set_entry("W_f", (0, 0), 0.75)
    window.undo_action.trigger()
    assert window.redo_action.isEnabled()
    panel = window.training
    panel.set_task("plurals")
    panel.cell_combo.setCurrentText("lstm")
    panel.start()
    qtbot.waitUntil(lambda: window.session.model.params["W_f"].shape != (3, 4), timeout=30_000)
    trained_shape = window.session.model.params["W_f"].shape
    assert not window.redo_action.isEnabled() and not window.undo_action.isEnabled()
    window.redo_action.trigger()
    window.session.undo.redo()
    assert window.session.model.params["W_f"].shape == trained_shape
    qtbot.waitUntil(lambda: panel.state == IDLE and not panel.running, timeout=60_000)
    assert not window.session.undo.can_redo and window.undo_action.isEnabled()
    dialogs.files = [tmp_path / "trained.json"]
    assert window.save_as()
    assert modelfile.load(tmp_path / "trained.json").params["W_f"].shape == trained_shape


def _plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_tokens_are_text_in_the_output_panel_not_markup(make_window):
    """Before: a token <!-- hid the rest of the verdict."""
    window = make_window("rnn_pigs")
    model = new_model("rnn", ["<!--", "<b>", "&amp;", "-->"], 3, seed=2)
    window.session.load(model, None, "<!-- <b> &amp;")
    window.refresh()
    verdict = _plain(window.output.verdict.text())
    assert verdict.startswith("t = 1: input <!-- → predicted ")
    assert "(p = " in verdict and ("target <b>" in verdict)
    assert "input <!--" in _plain(window.time.label.text())
    window.session.set_step(2)
    window.refresh()
    assert "input &amp;" in _plain(window.output.verdict.text())


def test_a_loss_beyond_float64_range_keeps_the_refresh_going(window):
    """Before: a step's loss ≥ ~3e307 made the axis [0, inf]; pyqtgraph raised and the rest of the refresh
    never ran."""
    # y_P = 1e308 at every step and every target is another token: each step's loss is about 1e308.
    window.session.set_params({"b_y": np.array([1e308, 0.0, 0.0, 0.0])})
    window.refresh()
    assert window.session.result().losses[0] == pytest.approx(1e308)
    _low, high = window.output.loss_plot.vb.viewRange()[1]
    assert np.isfinite(high) and high >= 1e306
    assert "L = inf" in window.output.loss_plot.titleLabel.text
    assert loss_axis_top(np.array([3e307, 1.0])) == 1e307
    assert loss_axis_top(np.array([np.inf, 2.0])) == 2.5
    assert loss_axis_top(np.array([0.1])) == 1.0


def test_opening_a_preset_after_the_equations_panel_drops_the_old_formulas(window, qtbot):
    """Before: "Internal C++ object (LatexLabel) already deleted" eight times, from formulas rendered for
    the labels of the panel as it was before the preset was opened."""
    window.show_panel("equations")
    window.session.load(modelfile.load(_preset("gru_pigs")), None)
    window.refresh()
    wait_idle(60)
    panel = window.tabs.currentWidget().view
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=60_000)
    assert set(panel.rows) >= {"z", "r", "h"}


def _preset(stem):
    from lstm_studio import paths

    return paths.presets()[stem]


def test_an_initial_state_box_of_a_rebuilt_panel_changes_nothing(window, qtbot):
    """Before: finishing an edit of h₀/c₀ while the model lost units or its cell state raised KeyError or
    IndexError."""
    sequence = window.sequence
    box = sequence.state_edits["c"][2]
    box.setText("0.5")
    window.session.replace_model(new_model("gru", list("PIGS"), 2, seed=0), "switch to a smaller GRU")
    window.refresh()
    box.editingFinished.emit()
    sequence.state_edits["h"][1].setText("0.25")
    sequence.state_edits["h"][1].editingFinished.emit()
    np.testing.assert_array_equal(window.session.model.h0(0, False), [0.0, 0.25])
    assert "c" not in window.session.model.initial_state


def test_work_of_a_killed_process_is_offered_by_the_window(make_window, dialogs, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    folder = tmp_path / "autosave"
    root = Path(__file__).resolve().parents[2]
    child = ("import sys, time\n"
             "from lstm_studio.document.autosave import Autosave\n"
             "from lstm_studio.document.session import Session\n"
             "from lstm_studio.engine import new_model\n"
             "s = Session(new_model('gru', list('PIGS'), 5, seed=9), text='SIP')\n"
             "s.set_entry('U_z', (1, 2), 0.375)\n"
             "Autosave(sys.argv[1]).write(s)\n"
             "print('written', flush=True)\n"
             "time.sleep(60)\n")
    process = subprocess.Popen([sys.executable, "-c", child, str(folder)], stdout=subprocess.PIPE, text=True,
                               env=dict(os.environ, PYTHONPATH=str(root)))
    assert process.stdout.readline().strip() == "written"
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)
    window = make_window("rnn_pigs")
    dialogs.answers = [QMessageBox.Yes]
    assert window.offer_recovery()
    assert window.session.model.cell == "gru" and window.session.model.params["U_z"][1, 2] == 0.375
    assert window.session.text == "SIP" and window.session.dirty


def test_values_that_overflow_keep_the_gate_plots_axes_finite(window):
    """Found by the monkey: a pre-activation a_t that overflowed to inf (W_xh x_t + b_h, both 1.5e308) made
    its plot's range [-inf, inf], and pyqtgraph's "Cannot set range" stopped the refresh."""
    model = new_model("rnn", list("PIGS"), 3, seed=1)
    model.params["W_xh"][0, 0] = 1.5e308
    model.params["b_h"][0] = 1.5e308
    with np.errstate(all="ignore"):
        window.session.load(model, None, "PIGS")
        window.refresh()
    a = window.session.result().trace.layers[0][0].pre_time("a")[:, 0]
    assert np.isinf(a).any() and not np.isnan(a).any()
    for plot in window.gates.items.values():
        low, high = plot.plot.vb.viewRange()[1]
        assert np.isfinite(low) and np.isfinite(high)
