"""The lesson player in the window, driven with qtbot: Back / Next set up each step (model, input, panel,
locks, hides), locked things refuse edits and say why, hidden panels and controls are gone for the step,
Check lists each check with ✓/✗ and the student's value, a prediction is revealed beside the truth,
progress survives a restart, and leaving the lesson brings the studio back as it was."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractItemView, QDockWidget

from lstm_studio import lessons
from lstm_studio.app.common import holds
from lstm_studio.document.reshape import rebuild
from lstm_studio.engine import forward
from lstm_studio.lessons.lesson_run import LessonRun

STEPS = [
    {"title": "<b>Predict</b> P", "text": "The RNN reads $x_t$:\n\n$$h_t = \\tanh(a_t)$$",
     "task": "Make the network predict P after PIG.", "model": "preset:rnn_pigs", "input": "PIG", "show": "cell",
     "lock": "all", "unlock": ["b_y"], "hide": ["gradients", "vocab"],
     "predict": {"quantity": "h", "t": 1, "unit": 1, "tolerance": 0.05},
     "check": [{"quantity": "prediction", "t": 3, "equals": "P"},
               {"quantity": "p", "t": 3, "token": "P", "op": ">", "value": 0.5}],
     "hints": ["$b_y$ adds to the logits.", "Raise b_y[1]."], "solution": "Set b_y[1] to 10."},
    {"title": "Heat maps", "text": "Free play.", "show": "heatmaps"},
    {"title": "The LSTM", "model": "preset:lstm_pigs", "input": "PIGS", "lock": ["W_f[1,1]", "cell"],
     "hide": ["weights"], "train": {"task": "next_char", "options": {"words": ["PIGS"]}, "epochs": 3}},
]


def plain(label) -> str:
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("LSTM_STUDIO_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def lesson_file(tmp_path, data_dir):
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps({"format": "lstm-studio.lesson", "version": 1, "id": "player-test",
                                "title": "Player <test>", "steps": STEPS}))
    return path


@pytest.fixture
def studio(window):
    """The shared window; any lesson still playing at the end is left (its progress is in tmp_path)."""
    yield window
    window.leave_lesson()


def open_at(window, path, step=None):
    assert window.open_lesson(path, step)
    window.refresh()
    return window.lesson.player


def test_next_and_back_set_up_each_step(studio, lesson_file, qtbot):
    player = open_at(studio, lesson_file)
    dock = studio.findChild(QDockWidget, "lesson_dock")
    assert dock.isVisible() and studio.dockWidgetArea(dock) == Qt.LeftDockWidgetArea
    assert plain(player.where).startswith("Step 1 of 3")
    assert studio.session.model.cell == "rnn" and studio.session.text == "PIG"
    assert studio.tabs.currentWidget() is studio.inside_panels["cell"]
    assert "step 1 of 3" in studio.windowTitle() and not player.back_button.isEnabled()
    qtbot.mouseClick(player.next_button, Qt.LeftButton)
    assert studio.lesson.run.number == 2 and studio.session.model.cell == "rnn"
    assert studio.tabs.currentWidget() is studio.heatmaps and player.back_button.isEnabled()
    qtbot.mouseClick(player.next_button, Qt.LeftButton)
    assert studio.session.model.cell == "lstm" and studio.session.text == "PIGS"
    assert player.next_button.text() == "Finish" and player.train_box.isVisibleTo(player)
    qtbot.mouseClick(player.back_button, Qt.LeftButton)
    assert studio.lesson.run.number == 2 and studio.session.model.cell == "rnn"
    assert plain(player.step_title) == "2. Heat maps"


def test_a_locked_weight_cell_refuses_typing_and_says_why(studio, lesson_file, qtbot):
    open_at(studio, lesson_file)
    weights, session = studio.weights, studio.session
    weights.show_layout("param:W_xh")
    weights.select(0, 0)
    before = session.model.params["W_xh"].copy()
    index = weights.model.index(0, 0)
    assert weights.model.data(index, Qt.DecorationRole) is not None
    assert "Locked: the lesson holds W_xh[1,1] in this step." in weights.model.data(index, Qt.ToolTipRole)
    weights.table.setFocus()
    qtbot.keyClick(weights.table, "7")
    assert weights.table.state() != QAbstractItemView.EditingState
    np.testing.assert_array_equal(session.model.params["W_xh"], before)
    assert studio.statusBar().currentMessage() == "Locked: the lesson holds W_xh[1,1] in this step."
    assert not weights.slider.isEnabled() and not weights.buttons["zero"].isEnabled()
    weights.act("zero")  # even through the API: the session refuses
    np.testing.assert_array_equal(session.model.params["W_xh"], before)
    assert len(session.undo) == 0

    weights.show_layout("param:b_y")
    weights.select(0, 0)
    assert weights.model.data(weights.model.index(0, 0), Qt.DecorationRole) is None
    weights.table.setFocus()
    qtbot.keyClick(weights.table, "3")
    qtbot.keyClick(weights.table.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: session.model.params["b_y"][0] == 3.0, timeout=3000)
    session.undo.undo()
    assert not session.undo.can_undo  # the step's set-up is not part of the history
    assert session.model.cell == "rnn" and session.model.params["b_y"][0] != 3.0


def test_locked_controls_show_a_lock_and_refuse(studio, lesson_file):
    open_at(studio, lesson_file, 3)
    panel, sequence, session = studio.model_panel, studio.sequence, studio.session
    assert not panel.cell.isEnabled() and holds.badge(panel.cell) is not None
    assert panel.cell.toolTip() == "Locked: the lesson holds the cell type in this step."
    assert panel.hidden.isEnabled() and holds.badge(panel.hidden) is None  # not held in this step
    assert sequence.input.isEnabled()
    session.replace_model(rebuild(session.model, cell="gru", seed=0), "cell: GRU")
    assert session.model.cell == "lstm"
    assert studio.statusBar().currentMessage() == "Locked: the lesson holds the cell type in this step."
    session.set_entry("W_f", (0, 1), 2.5)  # W_f[1,2] is free, W_f[1,1] is held
    session.set_entry("W_f", (0, 0), 2.5)
    assert session.model.params["W_f"][0, 1] == 2.5 and session.model.params["W_f"][0, 0] != 2.5
    studio.lesson.run.go(1)
    studio.refresh()
    assert not sequence.input.isEnabled() and holds.badge(sequence.input) is not None


def test_hides_take_effect_for_their_step_only(studio, lesson_file):
    player = open_at(studio, lesson_file)
    gradients = studio.tabs.indexOf(studio.inside_panels["gradients"])
    assert not studio.tabs.isTabVisible(gradients) and studio.tab_strip.buttons[gradients].isHidden()
    assert studio.model_panel.vocab.isHidden()
    studio.show_panel("gradients")
    assert studio.tabs.currentWidget() is not studio.inside_panels["gradients"]
    assert studio.statusBar().currentMessage() == "The lesson hides the Gradient lab panel in this step."
    player.next()
    studio.refresh()
    assert studio.tabs.isTabVisible(gradients) and not studio.model_panel.vocab.isHidden()
    assert not studio.tab_strip.buttons[gradients].isHidden()
    assert studio.weights_dock.toggleViewAction().isChecked()
    player.next()
    assert not studio.weights_dock.toggleViewAction().isChecked()
    assert not studio.weights_dock.toggleViewAction().isEnabled()
    player.back()
    assert studio.weights_dock.toggleViewAction().isChecked()


def test_check_lists_each_check_with_the_students_values(studio, lesson_file, qtbot):
    player = open_at(studio, lesson_file)
    session, run = studio.session, studio.lesson.run
    qtbot.mouseClick(player.check_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(player.check_list.text()), timeout=5000)
    expected = lessons.evaluate(run.step, session.model, session.text)
    shown = plain(player.check_list)
    for result in expected:
        assert result.description in shown
    assert "✗" in shown and plain(player.check_state).startswith("0 of 2 hold")
    p3 = forward(session.model, session.inputs()).p[2, 0, 0]
    assert f"p₃[P] = {p3:.4f}"[:12] in shown  # the actual value against the target "> 0.5"
    session.set_entry("b_y", 0, 10.0)  # the checks follow the edit
    qtbot.waitUntil(lambda: plain(player.check_state).startswith("2 of 2 hold"), timeout=5000)
    assert plain(player.check_list).count("✓") == 2
    assert not run.completed() and not player.done_banner.isVisible()  # the prediction is still missing
    player.estimate.setText("0.5")
    qtbot.mouseClick(player.reveal_button, Qt.LeftButton)
    assert run.completed() and player.done_banner.isVisible()
    assert plain(player.done_banner).startswith("✓ This step is done")
    assert plain(player.where).endswith("1 of 3 done")


def test_predict_reveals_the_value_and_how_far_off(studio, lesson_file, qtbot):
    player = open_at(studio, lesson_file)
    h1 = forward(studio.session.model, studio.session.inputs()).h[0, 0, 0]
    player.estimate.setText("abc")
    qtbot.mouseClick(player.reveal_button, Qt.LeftButton)
    assert plain(player.predict_result) == "'abc' is not a number" and player.estimate.isEnabled()
    player.estimate.setText("0.5")
    qtbot.keyClick(player.estimate, Qt.Key_Return)
    shown = plain(player.predict_result)
    assert f"{h1:.4f}" in shown and f"{abs(0.5 - h1):.4f}" in shown and "you said" in shown
    assert not player.estimate.isEnabled() and not player.reveal_button.isEnabled()


def test_hints_one_at_a_time_then_the_solution(studio, lesson_file, qtbot):
    player = open_at(studio, lesson_file)
    assert player.hint_button.text() == "Show a hint (1 of 2)" and not player.solution_button.isVisibleTo(player)
    qtbot.mouseClick(player.hint_button, Qt.LeftButton)
    assert len(player._hint_views) == 1 and player.hint_button.text() == "Show a hint (2 of 2)"
    qtbot.mouseClick(player.hint_button, Qt.LeftButton)
    assert not player.hint_button.isVisibleTo(player) and player.solution_button.isVisibleTo(player)
    qtbot.mouseClick(player.solution_button, Qt.LeftButton)
    assert player.solution.toPlainText() == "Set b_y[1] to 10."


def test_lesson_text_is_escaped_and_its_maths_rendered(studio, lesson_file, qtbot):
    player = open_at(studio, lesson_file)
    assert player.step_title.text() == "1. &lt;b&gt;Predict&lt;/b&gt; P"
    assert player.lesson_title.text() == "Player &lt;test&gt;"
    qtbot.waitUntil(lambda: player.text.formulas_shown() == 2, timeout=15000)
    player.text.set_markdown("<b>not bold</b> & $\\nosuchcommand$ and `code`")
    qtbot.waitUntil(lambda: not player.text.pending, timeout=15000)
    assert "<b>not bold</b> & \\nosuchcommand and code" in player.text.toPlainText()
    assert player.text.formulas_shown() == 0 and player.text.failed == {"\\nosuchcommand"}


def test_the_training_offer_trains_the_students_network_as_one_undo_step(studio, lesson_file, qtbot):
    player = open_at(studio, lesson_file, 3)
    session = studio.session
    before = {k: v.copy() for k, v in session.model.params.items()}
    qtbot.mouseClick(player.train_button, Qt.LeftButton)
    assert player.training
    qtbot.waitUntil(lambda: not player.training, timeout=20000)
    assert not np.array_equal(session.model.params["W_i"], before["W_i"])
    assert session.model.params["W_f"][0, 0] == before["W_f"][0, 0]  # held: training may not move it
    assert session.undo.undo() and not session.undo.can_undo
    np.testing.assert_array_equal(session.model.params["W_i"], before["W_i"])


def test_progress_survives_a_restart(make_window, lesson_file, data_dir):
    first = make_window("rnn_pigs")
    first.open_lesson(lesson_file)
    first.lesson.player.next()
    first.session.set_entry("b_y", 1, 4.0)
    first.close()  # leaves the lesson: the progress is written
    assert (data_dir / "lessons" / "player-test.json").is_file()
    second = make_window("gru_pigs")
    player = open_at(second, lesson_file)
    assert second.lesson.run.number == 2 and second.session.model.params["b_y"][1] == 4.0
    assert plain(player.where).startswith("Step 2 of 3 · 0 of 3 done")


def test_leaving_restores_the_studio(studio, lesson_file, qtbot):
    session = studio.session
    session.set_entry("W_f", (1, 1), 1.25)
    studio.show_panel("heatmaps")
    player = open_at(studio, lesson_file, 3)
    assert not studio.weights_dock.toggleViewAction().isChecked()
    qtbot.mouseClick(player.leave_button, Qt.LeftButton)
    studio.refresh()
    assert studio.lesson is None and session.holds.empty
    assert session.model.cell == "lstm" and session.model.params["W_f"][1, 1] == 1.25 and session.dirty
    assert studio.weights_dock.toggleViewAction().isChecked() and studio.model_dock.isVisible()
    assert studio.dockWidgetArea(studio.model_dock) == Qt.LeftDockWidgetArea
    assert studio.tabifiedDockWidgets(studio.model_dock) == []
    assert studio.tabs.currentWidget() is studio.heatmaps and studio.windowTitle().startswith("Next")
    assert studio.model_panel.cell.isEnabled() and holds.badge(studio.model_panel.cell) is None
    studio.weights.show_layout("param:W_f")
    assert studio.weights.model.flags(studio.weights.model.index(0, 0)) & Qt.ItemIsEditable
    assert session.undo.undo() and session.model.params["W_f"][1, 1] != 1.25


def test_file_open_takes_a_lesson_and_refuses_a_bad_one(studio, lesson_file, dialogs, tmp_path):
    dialogs.files = [lesson_file]
    assert studio.open_file() and studio.lesson is not None
    studio.leave_lesson()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "lstm-studio.lesson", "version": 1, "title": "Bad",
                               "steps": [{"title": "x", "model": "preset:rnn_pigs", "lock": ["W_f"]}]}))
    assert not studio.open_file(bad) and studio.lesson is None
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "bad.json: steps[0].lock[0]:" in text and "W_f" in text
    assert studio.session.model.cell == "lstm"


def test_the_player_fits_a_laptop_screen(studio, lesson_file):
    studio.resize(1366, 768)
    player = open_at(studio, lesson_file)
    dock = studio.findChild(QDockWidget, "lesson_dock")
    assert dock.width() <= 380 and studio.centralWidget().width() >= 480
    for button in (player.next_button, player.back_button, player.leave_button):
        top_left = button.mapTo(studio, button.rect().topLeft())
        assert studio.rect().contains(top_left) and top_left.y() + button.height() <= studio.height()


def test_a_run_without_a_store_keeps_nothing(studio, lesson_file, data_dir):
    run = LessonRun(studio.session, lessons.load(lesson_file), lesson_file, None)
    run.start(2)
    run.leave()
    assert not data_dir.exists()


@pytest.mark.parametrize("entry", lessons.builtin(), ids=lambda e: e.id)
def test_every_built_in_lesson_plays_through_in_the_window(studio, entry, data_dir):
    lesson = lessons.load(entry.path)
    player = open_at(studio, entry.path)
    for number, step in enumerate(lesson.steps, start=1):
        studio.refresh()
        assert studio.lesson.run.number == number and plain(player.step_title) == f"{number}. {step.title}"
        assert studio.session.holds.hidden == set(step.hide)
        if step.show and step.show not in step.hide and step.show in ("gates", "heatmaps", *studio.inside_panels):
            assert studio.current_panel() == step.show
        if step.predict is not None:
            assert player.estimate.isEnabled(), player.predict_label.text()
        player.next()
    studio.leave_lesson()
    assert studio.session.model.cell == "lstm" and studio.session.holds.empty
