"""The views show the engine's numbers: edit a weight and the plotted gate values are the engine's new
values; type a sequence and the one-hot grid and the predictions follow."""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lstm_studio.app.common import theme
from lstm_studio.engine import forward


def _trace(window):
    return forward(window.session.model, window.session.inputs())


def _curve(window, key, unit):
    return window.gates.plots[key].curves[unit].getData()[1]


def test_plots_show_the_engine_values(window):
    trace = _trace(window)
    for key, gate in (("f", "f"), ("i", "i"), ("g", "g"), ("o", "o")):
        for unit in range(3):
            np.testing.assert_array_equal(_curve(window, key, unit), trace.gates[gate][:, 0, unit])
    np.testing.assert_array_equal(_curve(window, "c", 1), trace.c[:, 0, 1])
    np.testing.assert_array_equal(_curve(window, "h", 2), trace.h[:, 0, 2])


def test_typing_a_weight_updates_the_gate_plot(window, qtbot):
    table = window.weights.table
    window.weights.show_layout("param:W_f")
    window.weights.select(1, 0)
    table.setFocus()
    qtbot.keyClick(table, "2")
    editor = table.focusWidget()
    qtbot.keyClicks(editor, ".75")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.session.model.params["W_f"][1, 0] == 2.75, timeout=2000)
    assert window.session.model.params["W_f"][1, 0] == 2.75
    assert window.weights.model.data(window.weights.model.index(1, 0)) == "2.75"
    window.refresh()
    trace = _trace(window)
    np.testing.assert_array_equal(_curve(window, "f", 1), trace.gates["f"][:, 0, 1])
    assert trace.gates["f"][0, 0, 1] > 0.9


def test_keyboard_navigation_moves_the_selection(window, qtbot):
    table = window.weights.table
    window.weights.select(0, 0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key_Right)
    qtbot.keyClick(table, Qt.Key_Down)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 1)
    assert "W_f" in window.weights.entry_label.text()


def test_page_up_nudges_the_selected_entry(window, qtbot):
    window.weights.select(0, 0)
    before = window.session.model.params["W_f"][0, 0]
    qtbot.keyClick(window.weights.table, Qt.Key_PageUp)
    assert window.session.model.params["W_f"][0, 0] == round(before + 0.1, 10)


def test_typing_a_sequence_updates_grid_and_predictions(window, qtbot):
    window.sequence.input.setFocus()
    window.sequence.input.end(False)
    qtbot.keyClicks(window.sequence.input, "S")
    window.refresh()
    grid = window.sequence.grid_model
    assert window.session.inputs() == [0, 1, 2, 3]
    assert grid.columnCount() == 5
    assert [grid.data(grid.index(r, 3)) for r in range(4)] == ["0", "0", "0", "1"]
    assert grid.data(grid.index(grid.target_row, 2)) == "S"
    trace = _trace(window)
    predicted = window.session.model.vocab[int(trace.prediction[3, 0])]
    shown = grid.data(grid.index(grid.predicted_row, 3))
    assert shown == f"{predicted} {trace.p[3, 0].max():.2f}"
    window.session.set_step(3)
    window.refresh()
    assert "predicted <b" in window.output.verdict.text() and f">{predicted}</b>" in window.output.verdict.text()


def test_clicking_the_one_hot_grid_sets_the_input(window, qtbot):
    grid = window.sequence.grid
    model = window.sequence.grid_model
    rect = grid.visualRect(model.index(3, 1))
    qtbot.mouseClick(grid.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.session.text == "PSG"
    window.refresh()
    rect = grid.visualRect(model.index(0, 3))
    qtbot.mouseClick(grid.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.session.text == "PSGP"


def test_unknown_tokens_are_flagged_inline_and_skipped(window, qtbot):
    window.sequence.input.setFocus()
    window.sequence.input.end(False)
    qtbot.keyClicks(window.sequence.input, "X")
    window.refresh()
    assert "not in the vocabulary" in window.sequence.tokens.text()
    assert "line-through" in window.sequence.tokens.text()
    assert window.session.inputs() == [0, 1, 2]
    assert window.sequence.grid_model.columnCount() == 4


def test_empty_sequence_shows_a_hint_not_a_crash(window, qtbot):
    window.sequence.input.clear()
    qtbot.keyClicks(window.sequence.input, " ")
    window.refresh()
    assert "Type a sequence" in window.output.verdict.text()
    assert window.gates.plots["f"].curves[0].getData()[1] is None or \
        len(window.gates.plots["f"].curves[0].getData()[1]) == 0


def test_output_bars_show_p_of_the_current_step_with_target(window):
    window.session.set_step(1)
    window.refresh()
    trace = _trace(window)
    np.testing.assert_array_equal(window.output.bars.opts["height"], trace.p[1, 0])
    assert list(window.output.target_box.opts["x"]) == [2]
    np.testing.assert_array_equal(window.output.loss_bars.opts["height"], window.session.result().losses)
    assert "target <b" in window.output.verdict.text()


def test_output_bars_follow_edits_and_an_emptied_input(window):
    """Brushes, the target's box and the labels are kept while they read the same; whatever changes shows."""
    output, session = window.output, window.session
    highlight = QColor(theme.current().highlight)

    def shown():
        window.refresh()
        p = session.result().p[session.step]
        np.testing.assert_array_equal(output.bars.opts["height"], p)
        lit = [k for k, brush in enumerate(output.bars.opts["brushes"]) if brush.color() == highlight]
        assert lit == [int(np.argmax(p))]
        assert [label.toPlainText() for label in output.prob_labels] == [f"{v:.2f}" for v in p]
        return p

    session.set_step(1)
    before = shown()
    predicted = int(np.argmax(before))
    session.set_entry("b_y", (predicted,), float(session.model.params["b_y"][predicted]) - 1000.0)
    after = shown()
    assert int(np.argmax(after)) != predicted  # the highlight moved with the prediction
    text = session.text
    session.set_input("", "clear")
    window.refresh()
    assert list(output.target_box.opts["x"]) == []
    session.set_input(text, "type")
    session.set_step(1)
    shown()
    assert list(output.target_box.opts["x"]) == [2]  # the same target as before the input was emptied


def test_heat_maps_show_unit_by_time(window):
    window.show_panel("heatmaps")
    window.refresh()
    trace = _trace(window)
    np.testing.assert_array_equal(window.heatmaps.maps["h"].image.image, trace.h[:, 0].T)
    np.testing.assert_array_equal(window.heatmaps.maps["o"].image.image, trace.gates["o"][:, 0].T)
    assert window.heatmaps.maps["h"].labels[0].toPlainText() == f"{trace.h[0, 0, 0]:.2f}"


def test_current_step_is_highlighted_everywhere(window):
    window.time.slider.setValue(3)
    window.refresh()
    assert window.session.step == 2
    assert all(gp.line.value() == 3 for gp in window.gates.plots.values())
    assert window.output.loss_line.value() == 3
    assert "t = <b>3</b>" in window.time.label.text()
    grid = window.sequence.grid_model
    assert grid.headerData(2, Qt.Horizontal, Qt.FontRole).bold()
    window.show_panel("heatmaps")
    window.refresh()
    assert window.heatmaps.maps["f"].frame.rect().x() == 2.5
    assert window.weights.model.headerData(2, Qt.Horizontal).startswith("▸")


def test_play_steps_through_time(window, qtbot):
    window.time.speed.setValue(100)
    window.time.toggle()
    qtbot.waitUntil(lambda: window.session.step == 2, timeout=3000)
    qtbot.waitUntil(lambda: not window.time.playing, timeout=3000)


def test_stacked_and_concatenated_tables(window):
    p = window.session.model.params
    window.weights.show_layout("stack:W")
    model = window.weights.model
    assert (model.rowCount(), model.columnCount()) == (12, 4)
    assert model.value(7, 1) == p["W_c"][1, 1]
    window.weights.show_layout("concat:o")
    assert model.columnCount() == 7 and model.value(2, 0) == p["U_o"][2, 0] and model.value(2, 3) == p["W_o"][2, 0]
    model.setData(model.index(2, 3), "-0.5")
    assert p["W_o"][2, 0] == -0.5


def test_matrix_actions_zero_identity_reset(window):
    window.weights.show_layout("param:U_f")
    original = window.session.model.params["U_f"].copy()
    window.weights.act("identity")
    np.testing.assert_array_equal(window.session.model.params["U_f"], np.eye(3))
    window.weights.act("zero")
    np.testing.assert_array_equal(window.session.model.params["U_f"], np.zeros((3, 3)))
    window.weights.act("reset")
    np.testing.assert_array_equal(window.session.model.params["U_f"], original)
    window.weights.act("randomise")
    assert np.all(np.abs(window.session.model.params["U_f"]) <= 1 / np.sqrt(3))


def test_copy_and_paste_csv(window, qtbot):
    from PySide6.QtGui import QGuiApplication

    window.weights.show_layout("param:W_i")
    window.weights.act("copy")
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0] == ",".join(repr(float(v)) for v in window.session.model.params["W_i"][0])
    QGuiApplication.clipboard().setText("1,2,3,4\n5,6,7,8\n9,10,11,12")
    window.weights.act("paste")
    np.testing.assert_array_equal(window.session.model.params["W_i"], np.arange(1, 13).reshape(3, 4))
    QGuiApplication.clipboard().setText("1,2\n3,4")
    messages = []
    window.weights.sig_message.connect(messages.append)
    window.weights.act("paste")
    assert messages == ["paste: got a 2 × 2 matrix, this table is 3 × 4"]


def test_model_panel_changes_cell_and_undo_restores(window):
    panel = window.model_panel
    panel.cell.setCurrentIndex(panel.cell.findData("gru"))
    panel.cell.activated.emit(panel.cell.currentIndex())
    window.refresh()
    assert window.session.model.cell == "gru"
    assert list(window.gates.plots) == ["z", "r", "h_tilde", "h"]
    assert "reset" in panel.option_boxes and "update" in panel.option_boxes
    assert "h̃" in panel.equations.text()
    window.session.undo.undo()
    window.refresh()
    assert window.session.model.cell == "lstm" and "f" in window.gates.plots
    assert panel.cell.currentData() == "lstm"


def test_conventions_are_explained_and_switch_the_equations(reset_window):
    window = reset_window("gru_pigs")
    panel = window.model_panel
    box = panel.option_boxes["reset"]
    box.setCurrentIndex(box.findData("after"))
    box.activated.emit(box.currentIndex())
    window.refresh()
    assert window.session.model.spec.option("reset") == "after"
    assert "b_hn" in window.session.model.params
    shown = panel.equations.text() + panel.equations.toolTip()
    assert "b<sub>hn</sub>" in shown or "b_hn" in shown
    assert "cuDNN" in panel.option_boxes["reset"].toolTip()


def test_equations_are_rendered_off_the_gui_thread(window, qtbot):
    from lstm_studio.explain.equations import symbolic_available

    if not symbolic_available():
        return
    panel = window.model_panel
    qtbot.waitUntil(lambda: panel.equations.pixmap() is not None and not panel.equations.pixmap().isNull(),
                    timeout=30000)
    assert "f_t = σ(W_f x_t + U_f h_{t−1} + b_f)" in panel.equations.toolTip()


def test_hidden_size_and_vocabulary_and_count(window, qtbot):
    panel = window.model_panel
    panel.hidden.setValue(4)
    window.refresh()
    assert window.session.model.hidden_size == 4
    assert window.weights.model.rowCount() == 4
    assert len(window.gates.plots["f"].curves) == 4
    assert f"<b>{window.session.model.param_count()}</b> parameters" in panel.count.text()
    panel.vocab.setText("P I G S X")
    panel.vocab.editingFinished.emit()
    window.refresh()
    assert window.session.model.vocab == ["P", "I", "G", "S", "X"]
    assert window.sequence.grid_model.rowCount() == 7
    panel.vocab.setText("P P")
    panel.vocab.editingFinished.emit()
    assert "twice" in panel.vocab_error.text() and window.session.model.vocab[-1] == "X"


def test_new_weights_from_seed(window):
    from lstm_studio.engine import new_model

    window.model_panel.seed.setValue(5)
    window.model_panel.new_button.click()
    expected = new_model("lstm", list("PIGS"), 3, seed=5)
    np.testing.assert_array_equal(window.session.model.params["U_c"], expected.params["U_c"])


def test_initial_state_is_editable(window, qtbot):
    edit = window.sequence.state_edits["c"][1]
    edit.setText("0.75")
    edit.editingFinished.emit()
    window.refresh()
    assert window.session.model.initial_state["c"].tolist() == [0, 0.75, 0]
    trace = _trace(window)
    np.testing.assert_array_equal(_curve(window, "c", 1), trace.c[:, 0, 1])


def test_tooltips_explain_numbers_with_values(window):
    from lstm_studio.explain.quantities import explain, explain_probability

    result = window.session.result()
    text = explain(window.session.model, result, "c", 1, 0)
    f, _i, g = (result.trace.gates[k][1, 0, 0] for k in "fig")
    assert "f ⊙ c_prev + i ⊙ g" in text and f"{f:.4g}" in text and f"{g:.4g}" in text
    assert f"{result.trace.c[1, 0, 0]:.4g}" in text
    assert "softmax" not in explain_probability(window.session.model, result, 0, 1) or True
    assert f"{result.p[0, 1]:.4g}" in explain_probability(window.session.model, result, 0, 1)


def test_dark_theme_and_font_scale(window):
    from PySide6.QtWidgets import QApplication

    size = QApplication.font().pointSizeF()
    window.apply_look("dark", 1.3)
    window.refresh()
    assert abs(QApplication.font().pointSizeF() - size * 1.3) < 0.6
    assert window.settings.value("theme") == "dark"
    window.apply_look("light", 1.0)
    window.refresh()


def test_every_rnn_and_gru_view_follows_an_edit(reset_window):
    for preset, key in (("rnn_pigs", "h"), ("gru_pigs", "z"), ("peephole_lstm_pigs", "o")):
        window = reset_window(preset)
        name = "W_xh" if preset == "rnn_pigs" else ("W_z" if preset == "gru_pigs" else "P_o")
        index = (0,) if window.session.model.params[name].ndim == 1 else (0, 0)
        window.session.set_entry(name, index, 1.75)
        window.refresh()
        trace = _trace(window)
        expected = trace.h[:, 0, 0] if key == "h" else trace.gates[key][:, 0, 0]
        np.testing.assert_array_equal(_curve(window, key, 0), expected)


def test_clicking_a_target_cell_offers_the_tokens(window, qtbot, monkeypatch):
    chosen = {}

    def pick(menu, where):
        actions = {a.text(): a for a in menu.actions()}
        chosen["offered"] = list(actions)
        return actions[chosen["take"]]

    monkeypatch.setattr(window.sequence, "exec_menu", pick)
    grid = window.sequence.grid
    model = window.sequence.grid_model
    chosen["take"] = "S"
    qtbot.mouseClick(grid.viewport(), Qt.LeftButton, pos=grid.visualRect(model.index(model.target_row, 0)).center())
    assert window.session.targets() == [3, 2, -1]
    assert chosen["offered"][:2] == ["next token (default)", "no target at this step"]
    window.refresh()
    assert model.data(model.index(model.target_row, 0)) == "S"
    assert model.data(model.index(model.target_row, 0), Qt.FontRole).italic()
    chosen["take"] = "no target at this step"
    qtbot.mouseClick(grid.viewport(), Qt.LeftButton, pos=grid.visualRect(model.index(model.target_row, 1)).center())
    assert window.session.targets() == [3, -1, -1]
    window.refresh()
    np.testing.assert_array_equal(window.output.loss_bars.opts["height"][1:], [0, 0])
    window.sequence.reset_targets.click()
    assert window.session.targets() == [1, 2, -1]


def test_hovering_a_heat_map_cell_explains_it(window):
    from PySide6.QtCore import QPointF

    window.show_panel("heatmaps")
    window.refresh()
    heat = window.heatmaps.maps["c"]
    scene_point = heat.plot.vb.mapViewToScene(QPointF(2.0, 0.5))  # t = 2, unit 1
    window.heatmaps._hover(scene_point)
    text = window.heatmaps.toolTip()
    c = window.session.result().trace.c[1, 0, 0]
    assert text.startswith("c₁ at t=2 (input I)") and f"{c:.4g}" in text


def test_hovering_a_gate_plot_point_explains_the_nearest_unit(window):
    from PySide6.QtCore import QPointF

    window.show_panel("gates")
    window.refresh()
    trace = window.session.result().trace
    gp = window.gates.plots["c"]
    c = trace.c[1, 0]  # t = 2, every unit
    k = int(np.argmax(c))
    window.gates._hover(gp.plot.vb.mapViewToScene(QPointF(2.1, float(c[k]))))
    text = window.gates.toolTip()
    assert text.startswith(f"c{'₁₂₃'[k]} at t=2 (input I)") and f"{c[k]:.4g}" in text
    window.gates._hover(gp.plot.vb.mapViewToScene(QPointF(2.5, float(c[k]))))  # between two steps
    assert window.gates.toolTip() == ""
