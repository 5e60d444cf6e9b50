"""The window's entries for training, generation, worksheets and import/export."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QInputDialog

from lstm_studio import interop
from lstm_studio.app import menus as extras
from lstm_studio.document import modelfile
from lstm_studio.engine import forward, new_model
from lstm_studio.paths import presets


def _menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_tools_and_file_menus_offer_every_entry(window):
    assert _menu_texts(window.tools_menu) == [
        "&Training…", "&Generation…", "Exercise &worksheets…", "&Check my answers…"]
    file_entries = _menu_texts(window.file_menu)
    assert file_entries.index("&Import") < file_entries.index("&Quit")
    assert file_entries.index("&Export") < file_entries.index("&Quit")
    menu_bar = [a.text() for a in window.menuBar().actions()]
    assert menu_bar.index("&Tools") == menu_bar.index("&Help") - 1


def test_training_and_generation_open_as_their_own_windows(window, qtbot):
    window.show_panel("training")
    dock = window.training.parentWidget()
    qtbot.waitUntil(dock.isVisible)
    assert dock.isFloating()
    window.show_panel("generate")
    assert window.generation.parentWidget().isFloating()
    assert window.generation.session is window.session


def test_worksheet_dialog_and_answer_check_open_on_the_current_model(window, qtbot):
    dialog = extras.open_worksheets(window)
    assert dialog.isVisible() and dialog.parent() is window
    checker = extras.open_answer_check(window)
    assert checker.isVisible() and checker.parent() is window
    dialog.close()
    checker.close()


def test_import_from_torch_replaces_the_document_with_the_file_s_numbers(window, tmp_path, dialogs, monkeypatch):
    source = new_model("gru", list("PIGS"), 3, seed=5, options={"reset": "after", "update": "z_keeps_old"})
    weights, _script = interop.export_torch(source, tmp_path / "m.safetensors")
    dialogs.files.append(weights)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("PIGS", True))
    assert extras.ask_import(window, "torch")
    model = window.session.model
    assert model.cell == "gru" and model.vocab == list("PIGS") and window.session.path is None
    for name, value in source.params.items():
        np.testing.assert_array_equal(model.params[name], value)
    np.testing.assert_array_equal(window.session.result().trace.p, forward(source, window.session.inputs()).p)


def test_a_bad_import_keeps_the_current_model_and_says_why(window, tmp_path, dialogs):
    before = {k: v.copy() for k, v in window.session.model.params.items()}
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(b"\x80\x04not safetensors at all")
    assert not extras.import_model(window, "torch", bad)
    _kind, title, text = dialogs.shown[-1]
    assert title == "Could not import the model" and "bad.safetensors" in text and "\n" not in text
    for name, value in before.items():
        np.testing.assert_array_equal(window.session.model.params[name], value)


@pytest.mark.parametrize("kind, suffix", [("keras", ".npz"), ("numpy", ".py"), ("csv", ".csv")])
def test_exports_write_their_files(window, tmp_path, dialogs, kind, suffix):
    target = tmp_path / f"out{suffix}"
    dialogs.files.append(target)
    written = extras.ask_export(window, kind)
    assert written == [target] and target.stat().st_size > 0


def test_export_to_torch_writes_weights_and_script(reset_window, tmp_path, dialogs):
    window = reset_window("gru_pigs")
    window.session.load(new_model("gru", list("PIGS"), 3, options={"reset": "after",
                                                                   "update": "z_keeps_old"}))
    dialogs.files.append(tmp_path / "g.safetensors")
    written = extras.ask_export(window, "torch")
    assert [p.name for p in written] == ["g.safetensors", "g.py"]


def test_a_convention_pytorch_lacks_is_explained_and_nothing_is_written(reset_window, tmp_path, dialogs):
    window = reset_window("peephole_lstm_pigs")
    dialogs.files.append(tmp_path / "p.safetensors")
    assert extras.ask_export(window, "torch") is None
    _kind, title, text = dialogs.shown[-1]
    assert title == "Cannot export" and "peephole" in text.lower()
    assert not (tmp_path / "p.safetensors").exists()
    extras._explain_refusals(window)
    assert not window.export_actions["torch"].isEnabled()
    assert window.export_actions["numpy"].isEnabled()


def test_csv_export_holds_the_trace_of_the_present_run(window, tmp_path):
    path = tmp_path / "trace.csv"
    extras.export_model(window, "csv", path)
    assert path.read_text() == interop.trace_csv(modelfile.load(presets()["lstm_pigs"]), window.session.text)
