"""The worksheet dialog: a live preview of the pages, options, export on a worker thread, Cancel."""

from __future__ import annotations

import json
import re

import pytest

from lstm_studio.app.worksheets.dialog import WorksheetDialog, open_worksheet_dialog
from lstm_studio.document import modelfile
from lstm_studio.paths import presets
from lstm_studio.worksheets.code import decode, encode
from lstm_studio.worksheets.problem import problem_from_model


@pytest.fixture
def model():
    return modelfile.load(presets()["lstm_pigs"])


@pytest.fixture
def dialog(qtbot, model, tmp_path):
    d = WorksheetDialog(model, "PIGS")
    qtbot.addWidget(d)
    d.out_edit.setText(str(tmp_path / "out"))
    d.show()
    return d


def test_preview_shows_the_first_page_and_the_code(dialog, model):
    assert not dialog.page_view.pixmap().isNull()
    assert dialog.page_label.text().startswith("page 1 of ")
    expected = encode(problem_from_model(model, "PIGS"))
    assert dialog.code_label.text() == f"code {expected}"
    dialog.next_button.click()
    assert dialog.page_label.text().startswith("page 2 of ")


def test_options_change_the_preview(qtbot, dialog, model):
    before = dialog.code_label.text()
    dialog.seed_spin.setValue(7)
    dialog.difficulty_combo.setCurrentIndex(2)
    qtbot.waitUntil(lambda: dialog.code_label.text() != before, timeout=3000)
    problem = decode(dialog.code_label.text().removeprefix("code "))
    assert (problem.seed, problem.difficulty) == (7, "hard")
    dialog.key_check.setChecked(True)
    qtbot.waitUntil(lambda: dialog._doc is not None and dialog._doc.footer.endswith("Answer key"), timeout=3000)


def test_bad_input_is_shown_and_blocks_export(qtbot, dialog):
    dialog.input_edit.setText("PIGX")
    qtbot.waitUntil(lambda: "unknown token 'X'" in dialog.status.text(), timeout=3000)
    assert not dialog.export_button.isEnabled()
    dialog.input_edit.setText("PIG")
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=3000)
    for box in dialog.type_checks.values():
        box.setChecked(False)
    qtbot.waitUntil(lambda: "question type" in dialog.status.text(), timeout=3000)


def test_export_runs_on_a_worker_thread(qtbot, dialog, tmp_path):
    dialog.variants_spin.setValue(3)
    dialog.format_checks["pdf"].setChecked(False)
    dialog.format_checks["md"].setChecked(True)
    with qtbot.waitSignal(dialog.sig_exported, timeout=60000) as blocker:
        dialog.export_button.click()
        assert dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
    result = blocker.args[0]
    assert len(result.worksheets) == 3
    out = tmp_path / "out"
    data = json.loads((out / "worksheets.json").read_text(encoding="utf-8"))
    assert [v["code"] for v in data["variants"]] == [ws.code for ws in result.worksheets]
    assert (out / "answers-03.md").exists()
    assert dialog.status.text().startswith("Wrote 7 files for 3 variants")
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_cancel_stops_the_export(qtbot, dialog, tmp_path):
    dialog.variants_spin.setValue(400)
    dialog.format_checks["json"].setChecked(False)
    dialog.format_checks["pdf"].setChecked(True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 2, timeout=30000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=30000)
    assert "cancelled" in dialog.status.text()
    # A cancelled batch leaves the folder as it was: no half batch next to an earlier one.
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_open_worksheet_dialog_shows_it(qtbot, model):
    d = open_worksheet_dialog(None, model, "PIG")
    qtbot.addWidget(d)
    assert d.isVisible() and d.input_edit.text() == "PIG"


def test_a_graded_class_from_a_roster(qtbot, dialog, tmp_path):
    roster = tmp_path / "class.csv"
    roster.write_text("name,id\nAda Lovelace,1815\nAlan Turing,1912\n", encoding="utf-8")
    dialog.roster_edit.setText(str(roster))
    dialog.graded_check.setChecked(True)
    qtbot.waitUntil(lambda: dialog.variants_spin.value() == 2 and not dialog.variants_spin.isEnabled(), timeout=5000)
    assert decode(dialog.code_label.text().removeprefix("code ")).graded
    dialog.format_checks["pdf"].setChecked(True)
    dialog.merge_check.setChecked(True)
    with qtbot.waitSignal(dialog.sig_exported, timeout=120000) as blocker:
        dialog.export_button.click()
    result = blocker.args[0]
    assert [ws.name for ws in result.worksheets] == ["Ada Lovelace", "Alan Turing"]
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["class-answers.pdf", "class-worksheets.pdf", "worksheets.json"]
    data = json.loads((tmp_path / "out" / "worksheets.json").read_text(encoding="utf-8"))
    assert [(v["name"], v["student_id"], v["graded"]) for v in data["variants"]] == [
        ("Ada Lovelace", "1815", True), ("Alan Turing", "1912", True)]


def test_the_dialog_fits_a_laptop_screen(qtbot, model, monkeypatch):
    from PySide6.QtCore import QRect

    from lstm_studio.app.common import screen_fit

    # the offscreen screen is not a laptop's: make its available area 1366×768 (tests/app/test_laptop_screen.py)
    monkeypatch.setattr(screen_fit, "available", lambda widget=None: QRect(0, 0, 1366, 768))
    dialog = WorksheetDialog(model, "PIGS")
    qtbot.addWidget(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 40


def test_the_sheet_language_keeps_the_code_and_writes_the_sheets_in_it(qtbot, dialog, tmp_path):
    assert [dialog.language_combo.itemData(n) for n in range(dialog.language_combo.count())] == [
        "en", "de", "vi", "zh_CN"]
    assert dialog.sheet_language == "en"  # the window's language (English in the tests)
    code = dialog.code_label.text()
    english = dialog.page_view.pixmap().toImage()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    qtbot.waitUntil(lambda: dialog.page_view.pixmap().toImage() != english, timeout=5000)
    assert dialog.code_label.text() == code  # the same variant: the language is not in the code
    assert dialog._doc is not None and dialog._doc.language == "de"
    dialog.format_checks["pdf"].setChecked(False)
    dialog.format_checks["html"].setChecked(True)
    with qtbot.waitSignal(dialog.sig_exported, timeout=60000):
        dialog.export_button.click()
    page = (tmp_path / "out" / "worksheet-01.html").read_text(encoding="utf-8")
    assert '<html lang="de">' in page and "Arbeitsblatt" in page and "Berechnen Sie" in page
    assert re.search(r"<td[^>]*>−?\d,\d\d</td>", page)  # weights with a decimal comma
