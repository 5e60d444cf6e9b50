"""Undo/redo through the window, files (open, save, save as, recent), autosave and recovery, the
remembered layout, the prompt before unsaved work is lost, and launching every preset."""

import json
import os

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from lstm_studio import paths
from lstm_studio.app.main import run_app
from lstm_studio.document import modelfile


def test_slider_drag_is_one_undo_step(window):
    weights = window.weights
    weights.show_layout("param:U_o")
    weights.select(2, 1)
    original = window.session.model.params["U_o"].copy()
    weights.slider.setSliderDown(True)  # what pressing the handle does
    for position in range(-100, 300, 20):
        weights.slider.setValue(position)
        window.refresh()
    weights.slider.setSliderDown(False)
    assert window.session.model.params["U_o"][2, 1] == 280 / 200
    assert len(window.session.undo) == 1
    # numbered from 1, as the panel shows the entry
    assert window.undo_action.text() == "&Undo drag U_o[3, 2]"
    assert weights.entry_label.text() == "<b>U_o</b>[3, 2]"
    window.undo_action.trigger()
    np.testing.assert_array_equal(window.session.model.params["U_o"], original)
    window.refresh()
    assert weights.spin.value() == original[2, 1]
    window.redo_action.trigger()
    assert window.session.model.params["U_o"][2, 1] == 1.4


def test_undo_restores_exact_numbers_in_every_view(window):
    before_curve = window.gates.plots["i"].curves[0].getData()[1].copy()
    before_p = window.output.bars.opts["height"].copy()
    window.weights.show_layout("param:W_i")
    model = window.weights.model
    model.setData(model.index(0, 0), "3.25")
    window.refresh()
    assert not np.array_equal(window.gates.plots["i"].curves[0].getData()[1], before_curve)
    window.undo_action.trigger()
    window.refresh()
    np.testing.assert_array_equal(window.gates.plots["i"].curves[0].getData()[1], before_curve)
    np.testing.assert_array_equal(window.output.bars.opts["height"], before_p)
    assert model.data(model.index(0, 0)) == "0.69"


def test_every_kind_of_edit_is_undoable(window):
    session = window.session
    session.set_input("PIGS")
    session.set_target(0, "S")
    session.set_initial_state("h", np.ones(3))
    window.weights.show_layout("param:b_f")
    window.weights.act("zero")
    window.model_panel.hidden.setValue(2)
    assert len(session.undo) == 5
    while session.undo.can_undo:
        window.undo_action.trigger()
    fresh = modelfile.load(paths.presets()["lstm_pigs"])
    assert session.text == "PIG" and session.target_overrides == {} and session.model.initial_state == {}
    for name, value in fresh.params.items():
        np.testing.assert_array_equal(session.model.params[name], value)
    assert not session.dirty


def test_bad_file_shows_the_message_and_keeps_the_model(window, dialogs, tmp_path):
    window.session.set_entry("W_f", (0, 0), 1.25)
    model = window.session.model
    bad = tmp_path / "broken.json"
    bad.write_text(json.dumps({"format": "lstm-studio.model", "version": 1, "cell": "lstm", "vocab": ["a", "b"],
                               "hidden_size": 2, "params": {"W_f": [[1, "x"], [0, 0]]}}))
    dialogs.answers = [QMessageBox.Cancel]  # keep the edit: no save, no discard
    assert not window.open_file(bad)
    assert window.session.model is model
    dialogs.answers = [QMessageBox.Discard]
    assert not window.open_file(bad)
    assert window.session.model is model and model.params["W_f"][0, 0] == 1.25
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "broken.json" in text and "params." in text
    assert "broken.json" in window.statusBar().currentMessage()


@pytest.mark.parametrize("content, field", [
    ("", "invalid JSON"),
    ('{"format": "lstm-studio.model", "version": 9}', "version"),
    ("[1, 2", "invalid JSON"),
])
def test_malformed_files_are_refused(window, dialogs, tmp_path, content, field):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert not window.open_file(bad)
    assert field in dialogs.shown[-1][2]
    assert window.session.model.cell == "lstm"


def test_prompt_before_unsaved_work_is_lost(window, dialogs, tmp_path):
    window.session.set_entry("b_i", 0, 0.5)
    assert window.windowTitle().startswith("Next character after PIG (LSTM) •")
    dialogs.answers = [QMessageBox.Cancel]
    assert not window.open_preset("gru_pigs")
    assert window.session.model.cell == "lstm"
    assert dialogs.shown[-1][0] == "question"
    dialogs.answers = [QMessageBox.Save]
    dialogs.files = [tmp_path / "kept.json"]
    assert window.open_preset("gru_pigs")
    assert window.session.model.cell == "gru"
    assert modelfile.load(tmp_path / "kept.json").params["b_i"][0] == 0.5


def test_close_with_unsaved_work_asks_and_can_cancel(window, dialogs):
    window.session.set_entry("b_i", 0, 0.5)
    dialogs.answers = [QMessageBox.Cancel]
    assert not window.close()
    assert window.isVisible()


def test_save_as_open_and_recent_files(window, dialogs, tmp_path):
    target = tmp_path / "mine.json"
    window.session.set_entry("W_c", (1, 1), -0.375)
    dialogs.files = [target]
    assert window.save()  # a preset is never overwritten: save goes to save as
    assert not window.session.dirty and window.session.path == target
    assert window.windowTitle().startswith("mine.json —")
    assert modelfile.load(target).params["W_c"][1, 1] == -0.375
    window.session.set_entry("W_c", (1, 1), 0.125)
    assert window.save()
    assert modelfile.load(target).params["W_c"][1, 1] == 0.125
    window.open_preset("rnn_pigs")
    assert window.open_file(target)
    assert window.session.model.params["W_c"][1, 1] == 0.125
    assert window.recent_files()[0] == str(target.resolve())
    assert [a.text() for a in window.recent_menu.actions()] == [str(target.resolve())]


def test_save_to_an_unwritable_place_reports_and_stays_dirty(window, dialogs, tmp_path):
    window.session.set_entry("W_c", (1, 1), 2.0)
    dialogs.files = [tmp_path / "missing-folder" / "m.json"]
    assert not window.save_as()
    assert window.session.dirty and "cannot write" in dialogs.shown[-1][2]


def test_layout_is_remembered(make_window, tmp_path):
    from lstm_studio.app.window import MainWindow
    from lstm_studio.document.session import Session

    window = make_window()
    window.tabs.setCurrentIndex(1)
    window.output_dock.hide()
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    again = MainWindow(Session(modelfile.load(paths.default_model_path())), settings, tmp_path / "autosave")
    assert again.tabs.currentIndex() == 1
    assert again.output_dock.isHidden()
    again.close()


def test_autosave_writes_unsaved_work_and_close_removes_it(make_window):
    window = make_window()  # closed at the end: a window of its own
    window.autosave_now()
    assert not window.autosave.file.exists()
    window.session.set_entry("U_c", (0, 2), 0.875)
    window.autosave_now()
    saved = json.loads(window.autosave.file.read_text())
    assert saved["model"]["params"]["U_c"][0][2] == 0.875 and saved["text"] == "PIG"
    window.session.undo.set_clean()
    window.close()
    assert not window.autosave.file.exists()


def _crash(window) -> None:
    """What the end of the window's process does to its autosave: the lock it held is released
    (tests/document/test_crash_recovery.py kills a real process)."""
    os.close(window.autosave._lock_fd)
    window.autosave._lock_fd = None


def test_crash_recovery_offers_the_autosave(make_window, dialogs, tmp_path):
    window = make_window()
    window.session.set_entry("U_c", (0, 2), 0.875)
    window.session.set_input("PIGS")
    window.autosave_now()
    _crash(window)
    other = make_window("rnn_pigs")
    dialogs.answers = [QMessageBox.Yes]
    assert other.offer_recovery()
    assert other.session.model.params["U_c"][0, 2] == 0.875
    assert other.session.text == "PIGS" and other.session.dirty
    assert "Recover" in dialogs.shown[-1][1]


def test_declined_recovery_discards_the_autosave(make_window, dialogs, tmp_path):
    window = make_window()
    window.session.set_entry("U_c", (0, 2), 0.875)
    window.autosave_now()
    _crash(window)
    other = make_window("rnn_pigs")
    dialogs.answers = [QMessageBox.No]
    assert not other.offer_recovery()
    assert other.session.model.cell == "rnn"
    assert not other.offer_recovery()


def test_coalesced_refresh_recomputes_once_per_burst(window, qtbot, monkeypatch):
    from lstm_studio.document import evaluation

    calls = []
    real = evaluation.forward
    monkeypatch.setattr(evaluation, "forward", lambda *a: calls.append(1) or real(*a))
    refreshed = []
    window.sig_refreshed.connect(lambda: refreshed.append(1))
    for value in np.linspace(0, 1, 25):
        window.session.set_entry("W_f", (0, 0), value)
    qtbot.waitUntil(lambda: bool(refreshed), timeout=2000)
    assert calls == [1] and refreshed == [1]


def test_hidden_views_catch_up_when_shown(window):
    window.session.set_entry("W_o", (0, 0), 2.0)
    window.refresh()
    assert window.tabs.currentWidget() is window.gates
    window.show_panel("heatmaps")
    window.refresh()
    o = window.session.result().trace.gates["o"][:, 0].T
    np.testing.assert_array_equal(window.heatmaps.maps["o"].image.image, o)


def test_panels_by_name(window):
    window.show_panel("heatmaps")
    assert window.tabs.currentWidget() is window.heatmaps
    with pytest.raises(KeyError, match="unknown panel"):
        window.show_panel("nope")


@pytest.mark.parametrize("preset", sorted(paths.presets()))
def test_every_preset_launches_and_renders(qtbot, preset, tmp_path):
    png = tmp_path / f"{preset}.png"
    assert run_app(paths.presets()[preset], screenshot=png) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)


def test_run_app_with_input_and_panel(qtbot, tmp_path):
    png = tmp_path / "shot.png"
    assert run_app(None, screenshot=png, panel="heatmaps", input="PIGS") == 0
    assert png.stat().st_size > 10000


def test_run_app_bad_model_prints_one_line_and_exits_2(qtbot, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert run_app(bad) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("lstm-studio: error:") and "bad.json" in err


def test_run_app_unknown_panel_exits_2(qtbot, tmp_path, capsys):
    assert run_app(None, screenshot=tmp_path / "x.png", panel="nope") == 2
    assert "unknown panel" in capsys.readouterr().err
