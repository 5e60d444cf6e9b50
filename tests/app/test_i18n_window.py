"""The window in German, Vietnamese and Simplified Chinese; choosing the language; switching it while work
is open (docs/i18n.md).

The catalogues are compiled by these tests into a temporary folder, so they do not depend on
``make translations`` having run.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDockWidget

from lstm_studio import paths
from lstm_studio.app import language as language_menu
from lstm_studio.app.common import access, i18n
from lstm_studio.app.common.i18n import translate
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.document.session import Session
from tools import translations


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    translations.release(folder)
    return folder


@pytest.fixture
def use_language(qapp, catalogues, monkeypatch):
    """Install a language for one test (from freshly compiled catalogues); English again afterwards."""
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: catalogues / f"lstm_studio_{code}.qm")

    def use(code: str) -> None:
        assert i18n.install(code)

    yield use
    i18n.install("en")


@pytest.fixture
def bare_window(qapp, tmp_path):
    """A window that the test closes itself: a language switch replaces it by another."""
    from lstm_studio.app.window import MainWindow

    shown = []

    def make(preset: str = "lstm_pigs"):
        session = Session(modelfile.load(paths.presets()[preset]))
        window = MainWindow(session, QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat),
                            tmp_path / "autosave", restore_layout=False)
        window.show()
        window.refresh()
        shown.append(window)
        return window

    yield make
    from lstm_studio.app.common.background import wait_idle

    wait_idle()  # no formula is still being rendered for a window about to go
    for window in language_menu._windows + shown:
        try:
            window.session.undo.set_clean()
            window.close()
            window.deleteLater()
        except RuntimeError:  # already replaced by a switch and deleted
            pass
    language_menu._windows.clear()
    QCoreApplication.processEvents()


def dock_titles(window) -> dict[str, str]:
    return {dock.objectName(): dock.windowTitle() for dock in window.findChildren(QDockWidget)}


EXPECTED = {
    "de": {"file": "&Datei", "view": "&Ansicht", "model": "Modell", "weights": "Gewichte", "tab": "Gates über die Zeit",
           "cell": "Zelldiagramm", "button": "Neue Gewichte", "quantity": "Forget-Gate", "save": "Speichern",
           "steps": "3 Schritte"},
    "vi": {"file": "&Tệp", "view": "&Xem", "model": "Mô hình", "weights": "Trọng số", "tab": "Cổng theo thời gian",
           "cell": "Sơ đồ ô nhớ", "button": "Trọng số mới", "quantity": "cổng quên", "save": "Lưu", "steps": "3 bước"},
    "zh_CN": {"file": "文件(&F)", "view": "视图(&V)", "model": "模型", "weights": "权重", "tab": "门（随时间）",
              "cell": "细胞图", "button": "新权重", "quantity": "遗忘门", "save": "保存", "steps": "3 步"},
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_the_window_built_in_a_language_shows_its_menus_and_panels_in_it(use_language, bare_window, code):
    use_language(code)
    want = EXPECTED[code]
    window = bare_window()
    assert window.file_menu.title() == want["file"]
    assert window.view_menu.title() == want["view"]
    docks = dock_titles(window)
    assert docks["model_dock"] == want["model"] and docks["weights_dock"] == want["weights"]
    assert window.tabs.tabText(0) == want["tab"]
    assert want["cell"] in [window.tabs.tabText(k) for k in range(window.tabs.count())]
    assert window.model_panel.new_button.text() == want["button"]
    assert want["quantity"] in window.gates.plots["f"].plot.titleLabel.text
    assert QCoreApplication.translate("QPlatformTheme", "Save") == want["save"]  # the standard buttons
    assert translate("UnrolledView", "%n steps", None, 3) == want["steps"]
    # the mathematics stays as it is
    assert window.weights.chooser.currentText().startswith("W_f")
    assert "f<sub>t</sub>" in window.gates.plots["f"].plot.titleLabel.text


def test_english_has_its_plural_forms(use_language):
    use_language("en")
    assert translate("UnrolledView", "%n steps", None, 1) == "1 step"
    assert translate("UnrolledView", "%n steps", None, 4) == "4 steps"


@pytest.mark.parametrize("name, expected", [
    ("de", "de"), ("de_AT", "de"), ("de-CH", "de"), ("vi_VN", "vi"), ("vi", "vi"), ("zh_CN", "zh_CN"),
    ("zh-Hans-CN", "zh_CN"), ("zh", "zh_CN"), ("zh_TW", None), ("zh-Hant-HK", None), ("en_GB", "en"),
    ("fr_FR", None), ("de_DE.UTF-8", "de"),
])
def test_locale_names_map_to_the_shipped_languages(name, expected):
    assert i18n.match(name) == expected


def test_the_language_is_the_variable_else_the_setting_else_the_system(tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    monkeypatch.setattr(i18n, "system_language", lambda: "vi")
    monkeypatch.delenv(i18n.ENV, raising=False)
    assert i18n.chosen_language(settings) == "vi"
    settings.setValue(i18n.SETTING, "zh_CN")
    assert i18n.chosen_language(settings) == "zh_CN"
    settings.setValue(i18n.SETTING, i18n.SYSTEM)
    assert i18n.chosen_language(settings) == "vi"
    monkeypatch.setenv(i18n.ENV, "de")
    assert i18n.chosen_language(settings) == "de"
    monkeypatch.setenv(i18n.ENV, "klingon")
    with pytest.raises(InputError, match="LSTM_STUDIO_LANGUAGE: unknown language 'klingon'"):
        i18n.chosen_language(settings)


def test_an_unknown_language_ends_in_one_line_and_exit_2(qapp, tmp_path, capsys, monkeypatch):
    from lstm_studio.app.main import run_app

    assert run_app(None, screenshot=tmp_path / "x.png", language="xx") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--language: unknown language 'xx'" in err
    assert not (tmp_path / "x.png").exists()
    monkeypatch.setenv(i18n.ENV, "yy")
    assert run_app(None, screenshot=tmp_path / "x.png") == 2
    assert "LSTM_STUDIO_LANGUAGE: unknown language 'yy'" in capsys.readouterr().err


def test_a_missing_catalogue_leaves_the_window_in_english(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: tmp_path / f"none_{code}.qm")
    try:
        assert not i18n.install("de")
        assert i18n.current() == "en" and translate("MainWindow", "&File") == "&File"
    finally:
        i18n.install("en")


def test_the_language_menu_offers_the_system_and_every_language_named_in_itself(bare_window):
    window = bare_window()
    texts = [access.plain(a.text()) for a in window.language_menu.actions()]  # without the mnemonics' "&"
    assert texts[1:] == ["English", "Deutsch", "Tiếng Việt", "简体中文"]
    assert texts[0].startswith("System language (")
    assert window.language_actions[i18n.SYSTEM].isChecked()


def test_switching_the_language_keeps_the_unsaved_edit_the_undo_stack_and_the_selection(use_language,
                                                                                        bare_window):
    use_language("en")
    window = bare_window()
    session = window.session
    window.weights.show_layout("param:U_f")
    window.weights.select(1, 2)
    before = session.model.params["U_f"][1, 2]
    session.set_entry("U_f", (1, 2), 0.75)
    session.set_step(2)
    window.tabs.setCurrentIndex(1)
    undo_depth = session.undo.index
    slots_before = {name: len(getattr(session, name)) for name in ("params_changed", "structure_changed")}

    new = language_menu.switch_language(window, "de")

    assert new is not window and new.session is session
    assert new.file_menu.title() == "&Datei" and new.undo_action.text().startswith("&Rückgängig")
    assert window.settings.value(i18n.SETTING) == "de"
    assert session.dirty and session.undo.index == undo_depth and session.step == 2
    assert session.model.params["U_f"][1, 2] == 0.75
    assert new.weights.current_layout.key == "param:U_f"
    index = new.weights.table.currentIndex()
    assert (index.row(), index.column()) == (1, 2)
    assert new.tabs.currentIndex() == 1
    assert new.autosave is window.autosave
    # only the new window listens to the session: as many connections as before, none to the old one
    assert {name: len(getattr(session, name)) for name in slots_before} == slots_before
    QCoreApplication.processEvents()
    session.undo.undo()  # the edit made before the switch is undone in the new window
    new.refresh()
    assert session.model.params["U_f"][1, 2] == pytest.approx(before)
    assert new.weights.model.value(1, 2) == pytest.approx(before)
    assert not np.isnan(new.weights.spin.value())


def test_switching_while_a_training_holds_work_is_refused(use_language, bare_window, dialogs):
    use_language("en")
    window = bare_window()
    window.training.trainer._set_state("paused")
    try:
        assert language_menu.switch_language(window, "vi") is None
    finally:
        window.training.trainer._set_state("idle")
    assert dialogs.shown and dialogs.shown[-1][0] == "information"
    assert "Stop the training first" in dialogs.shown[-1][2]
    assert window.file_menu.title() == "&File" and i18n.current() == "en"
    assert window.language_actions[i18n.SYSTEM].isChecked()


def test_choosing_the_system_language_again_follows_the_system(use_language, bare_window, monkeypatch):
    use_language("en")
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    window = bare_window()
    new = language_menu.switch_language(window, i18n.SYSTEM)
    assert new.file_menu.title() == "文件(&F)"
    assert new.settings.value(i18n.SETTING) == i18n.SYSTEM
    assert new.language_actions[i18n.SYSTEM].isChecked()


def test_switching_during_a_lesson_is_refused_and_the_lesson_keeps_playing(use_language, bare_window, dialogs,
                                                                           tmp_path, monkeypatch):
    """A lesson holds work of its own (its step, locks and hides): leave it first; the lesson is untouched."""
    monkeypatch.setenv("LSTM_STUDIO_DATA_DIR", str(tmp_path / "data"))
    use_language("en")
    window = bare_window()
    lesson = tmp_path / "lesson.json"
    steps = [{"title": "One", "text": "first"}, {"title": "Two", "text": "second"}]
    lesson.write_text(json.dumps({"format": "lstm-studio.lesson", "version": 1, "id": "switch-test",
                                  "title": "Switch test", "steps": steps}))
    assert window.open_lesson(lesson)
    window.lesson.player.next()
    assert language_menu.switch_language(window, "de") is None
    assert dialogs.shown[-1][0] == "information" and "Leave the lesson first" in dialogs.shown[-1][2]
    assert i18n.current() == "en" and window.file_menu.title() == "&File"
    assert window.lesson is not None and window.lesson.run.number == 2
    assert window.language_actions[i18n.SYSTEM].isChecked()
    window.leave_lesson()
    new = language_menu.switch_language(window, "de")
    assert new is not window and new.file_menu.title() == "&Datei"


def test_texts_the_qt_free_layers_compose_are_shown_in_the_language(use_language):
    """Lock reasons, teacher warnings, check results and the training's undo label are Messages: the window
    translates their templates and fills in the same numbers (docs/i18n.md)."""
    from lstm_studio.document.holds import Holds
    from lstm_studio.document.wording import Message
    from lstm_studio.engine import forward, new_model
    from lstm_studio.explain.teacher_warnings import find

    class Entry:
        def locked_control(self, control):
            return False

        def locked(self, name, index=None):
            return name == "W_hh"

    reason = Holds(Entry()).entry_reason("W_hh", (0, 1))
    model = new_model("lstm", list("PIGS"), 2, seed=0)
    model.params["b_f"][:] = 9.0  # the forget gate pinned open
    warning = next(w for w in find(model, forward(model, [0, 1, 2])) if w.quantity == "f")
    label = Message("Undo", "train on {task}", task=Message("Tasks", "Plurals: S or ES"))
    use_language("de")
    assert i18n.shown(reason) == "die Lektion hält W_hh[1,2] in diesem Schritt fest"
    german = i18n.shown(warning.message)
    assert german.startswith("f₁ klebt bei 1 (f = ") and "c geht unverändert weiter, und W_f, U_f, b_f" in german
    assert i18n.shown(label) == "Training mit " + translate("Tasks", "Plurals: S or ES")
    assert i18n.shown("type input", "Undo") == translate("Undo", "type input") != "type input"
    use_language("zh_CN")
    assert i18n.shown(reason) == "本课在这一步锁定了W_hh[1,2]"
    use_language("en")
    assert i18n.shown(reason) == reason == "the lesson holds W_hh[1,2] in this step"


def test_the_how_is_this_computed_texts_are_shown_in_the_language_with_the_same_numbers(use_language):
    """The plots' and the numbers table's explanations, the unit-by-unit arithmetic and the gradient lab's
    notes are Messages: their words are translated, every number and formula stays (docs/i18n.md)."""
    from lstm_studio.document.evaluation import evaluate
    from lstm_studio.engine import forward, new_model
    from lstm_studio.explain.gradient_formula import story
    from lstm_studio.explain.quantities import explain, explain_loss
    from lstm_studio.explain.unit_numbers import UnitStep, input_note, output_lines

    model = new_model("lstm", list("PIGS"), 2, seed=0)
    result = evaluate(model, [0, 1, 2], [1, 2, -1])
    gate = explain(model, result, "f", 1, 0)
    loss = explain_loss(model, result, 2)
    us = UnitStep(model, forward(model, [0, 1, 2]), (0, 1, 2), 0, 0, 1, 0)
    note = input_note(us)
    p_line = output_lines(model, us.trace, 1)["p"]
    gradient = story(model, [0, 1, 2], [1, 2, -1], "W_hy", (0, 0), 2)
    use_language("de")
    german = i18n.shown(gate)
    assert german.startswith("f₁ bei t=2 (Eingabe I)\n= σ(Voraktivierung) = σ(")
    assert german.splitlines()[1].split(" = ")[2:] == gate.splitlines()[1].split(" = ")[2:]  # the same numbers
    assert i18n.shown(loss) == "Schritt 3 hat kein Ziel: er trägt nichts zum Verlust bei"
    assert i18n.shown(note).startswith("x<sub>2</sub> ist der One-hot-Vektor von <b>I</b>, also ist jede Summe")
    assert i18n.shown(p_line).endswith("ist das vorhergesagte Token)</span>")
    assert i18n.shown(gradient.note).startswith("Schritt 3 hat kein Ziel und trägt daher nichts")
    use_language("zh_CN")
    assert i18n.shown(loss) == "第 3 步没有目标：它对损失没有贡献"
    use_language("en")
    assert i18n.shown(gate) == gate and gate.startswith("f₁ at t=2 (input I)\n= σ(pre-activation) = σ(")


def test_check_my_answers_speaks_the_windows_language(use_language, qtbot):
    """The questions, verdicts and hints of Check my answers come from the worksheets' catalogues in the
    window's language; the numbers and the code are those of the English sheet."""
    from lstm_studio.app.worksheets.answer_check import AnswerCheck
    from lstm_studio.worksheets.code import encode
    from lstm_studio.worksheets.generate import build
    from lstm_studio.worksheets.problem import problem_from_model

    problem = problem_from_model(modelfile.load(paths.presets()["lstm_pigs"]), "PIGS", seed=12, variant=4)
    english = build(problem)
    use_language("de")
    checker = AnswerCheck()
    qtbot.addWidget(checker)
    assert checker.load_code(encode(problem))
    assert [row.question.answer for row in checker.rows] == [q.answer for q in english.questions]
    row = next(r for r in checker.rows if isinstance(r.question.answer, float))
    assert row.question.text != english.questions[checker.rows.index(row)].text  # the prose is German
    qtbot.keyClicks(row.answer_edit, f"{row.question.answer:.{row.question.decimals}f}".replace(".", ","))
    qtbot.keyClick(row.answer_edit, "\r")
    assert "✓ richtig" in row.mark_label.text()
    row.answer_edit.setText("abc")
    row.check()
    assert "✗ keine Zahl" in row.mark_label.text()
    assert not checker.load_code("AB")
    assert checker.status.text() == "Variantencode: zu kurz (ein Zeichen fehlt)"


def test_input_errors_made_as_messages_are_shown_in_the_language(use_language):
    """The vocabulary's, the typed tokens' and the variant code's errors are Messages: the command line
    reads the English line, the window its translation, still one line."""
    from lstm_studio.document import tokens

    with pytest.raises(InputError) as caught:
        tokens.parse("PX\nG", list("PIGS"), "input")
    english = str(caught.value)
    assert english == "input: unknown token 'X' at position 2 (vocabulary: P I G S)"
    use_language("de")
    assert i18n.shown_error(caught.value) == "input: unbekanntes Token 'X' an Position 2 (Vokabular: P I G S)"
    use_language("zh_CN")
    assert i18n.shown_error(ValueError("plain")) == "plain"


def test_file_loading_errors_are_shown_in_the_language_and_read_the_same_in_english(use_language, tmp_path):
    """The common errors of opening a model or lesson file are Messages: the command line prints the same
    English line as before, the window its translation with the same path, field and numbers."""
    from lstm_studio.lessons import loader

    missing, broken, wrong = tmp_path / "gone.json", tmp_path / "broken.json", tmp_path / "wrong.json"
    broken.write_text('{"format": "lstm-studio.model",', encoding="utf-8")
    data = json.loads(paths.presets()["rnn_pigs"].read_text(encoding="utf-8"))
    data["params"]["W_hh"] = data["params"]["W_hh"][:-1]
    wrong.write_text(json.dumps(data), encoding="utf-8")
    errors = []
    for path in (missing, broken, wrong):
        with pytest.raises(InputError) as caught:
            modelfile.load(path)
        errors.append(caught.value)
    lesson = tmp_path / "lesson.json"
    lesson.write_text(json.dumps({"format": "lstm-studio.lesson", "version": 1, "title": "", "steps": []}))
    with pytest.raises(InputError) as caught:
        loader.load(lesson)
    errors.append(caught.value)
    assert [str(err) for err in errors] == [
        f"{missing}: no such file",
        f"{broken}: invalid JSON at line 1, column 32: Expecting property name enclosed in double quotes",
        f"{wrong}: params.W_hh: expected {len(data['params']['W_hh']) + 1} entries, got "
        f"{len(data['params']['W_hh'])} (expected shape ({len(data['params']['W_hh']) + 1}, "
        f"{len(data['params']['W_hh']) + 1}))",
        f"{lesson}: title: must not be empty",
    ]
    use_language("de")
    german = [i18n.shown_error(err) for err in errors]
    assert german[0] == f"{missing}: Datei nicht gefunden"
    assert german[1].startswith(f"{broken}: ungültiges JSON in Zeile 1, Spalte 32: Expecting")  # JSON's own words
    assert german[2].startswith(f"{wrong}: params.W_hh: 3 Einträge erwartet, 2 erhalten (erwartete Form (3, 3))")
    assert german[3] == f"{lesson}: title: darf nicht leer sein"
    from lstm_studio.document import exercise

    with pytest.raises(InputError) as opened:  # the way the window opens a model file
        exercise.load(wrong)
    assert str(opened.value) == str(errors[2]) and i18n.shown_error(opened.value) == german[2]
    use_language("vi")
    assert i18n.shown_error(errors[0]) == f"{missing}: không có tệp này"
    use_language("zh_CN")
    assert i18n.shown_error(errors[3]) == f"{lesson}: title：不能为空"


def test_the_training_panel_shows_summaries_notes_errors_and_run_messages_in_the_language(use_language, qtbot):
    """The data summary and notes of a task, the errors of what a student types into its options and the
    messages of a run (finished, stopped) are Messages shown in the window's language."""
    from lstm_studio.app.training.panel import TrainingPanel
    from lstm_studio.document.wording import Message

    use_language("de")
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    picker = panel.picker
    picker.task_combo.setCurrentIndex(picker.task_combo.findData("long_range"))
    picker.rebuild_data()
    summary = picker.data_summary.text()
    assert "Trainingsfolgen" in summary and "Testfolgen" in summary and "training sequences" not in summary
    assert "Raten trifft in 50% der Fälle: Eine Zelle, die das erste Symbol vergessen hat" in summary
    picker.task_combo.setCurrentIndex(picker.task_combo.findData("next_char"))
    picker.option_widgets["words"].setText("PIGS, X")
    picker.rebuild_data()
    assert picker.data_error == "words: 'X' ist zu kurz (ein Wort braucht mindestens zwei Zeichen)"
    assert "words: &#x27;X&#x27; ist zu kurz" in picker.data_summary.text()  # shown escaped
    where = Message("Training", "epoch {epoch}, batch {batch} of {batches}", epoch=3, batch=2, batches=5)
    panel.trainer.status.emit(Message("Training", "{cell}: {message}", cell="gru", message=Message(
        "Training", "stopped at {where}; the weights reached so far stay", where=where)))
    assert panel.status.text() == "gru: angehalten bei Epoche 3, Batch 2 von 5; die bisher erreichten Gewichte bleiben"


def test_the_model_panel_names_the_gru_options_and_the_diagram_its_elements_in_the_language(use_language,
                                                                                              bare_window, qtbot):
    """The GRU options' explanations call each value by its translated name; the cell diagram's element
    list says box and wire in the language, with the same numbers."""
    use_language("de")
    window = bare_window("gru_pigs")
    help_texts = [label.text() for label in window.model_panel._option_labels if hasattr(label, "text")]
    assert any(text.startswith("Reset vor U") and "kein Reset-Gate (vereinfacht)" in text for text in help_texts)
    assert not any("before:" in text or "none:" in text for text in help_texts)
    window.show_panel("cell")
    panel = window.inside_panels["cell"].ensure()
    qtbot.waitUntil(lambda: panel.elements.count() > 0, timeout=20000)
    items = [panel.elements.itemText(k) for k in range(panel.elements.count())]
    assert items and all(item.count("(Kasten)") + item.count("(Leitung)") == 1 for item in items)
    assert not any("(box)" in item or "(wire)" in item for item in items)


def test_the_gradient_labs_verdicts_are_shown_in_the_language_with_the_same_numbers(use_language):
    """Why the gradient fades or grows (explain.gradient_flow) is a chain of Messages: every sentence is
    translated, the eigenvalue, the slopes and the factors stay."""
    from lstm_studio.engine import forward, new_model
    from lstm_studio.explain.gradient_flow import flow, verdict

    rnn = new_model("rnn", list("PIGS"), 3, seed=0)
    rnn.params["W_hh"][:] = 2.0 * np.eye(3)
    lstm = new_model("lstm", list("PIGS"), 2, seed=0)
    english = [verdict(flow(m, forward(m, [0, 1, 2, 3]))) for m in (rnn, lstm)]
    assert english[0].startswith("The largest |λ| of W_hh is 2.000, outside the unit circle")
    assert english[1].startswith("Through c the gradient is multiplied at every step by fₜ: the constant error")
    use_language("de")
    german = [i18n.shown(text) for text in english]
    assert german[0].startswith("Das größte |λ| von W_hh ist 2.000, außerhalb des Einheitskreises")
    assert "Gemessen über diese 4 Schritte: Der Gradient" in german[0]
    assert german[1].startswith("Über c wird der Gradient bei jedem Schritt mit fₜ: dem Constant Error Carousel")
    assert re.findall(r"\d+\.\d+", german[1]) == re.findall(r"\d+\.\d+", english[1])
    use_language("vi")
    assert i18n.shown(english[0]).startswith("|λ| lớn nhất của W_hh là 2.000, nằm ngoài đường tròn đơn vị")


def test_why_an_export_is_impossible_is_shown_in_the_language(use_language):
    from lstm_studio import interop
    from lstm_studio.engine import new_model

    gru = new_model("gru", list("PIGS"), 2, options={"reset": "none"}, seed=0)
    reason = interop.keras_refusal(gru)
    assert reason == "Keras's GRU layer always has a reset gate; this model is the simplified GRU (reset=none)"
    use_language("de")
    german = "Keras' GRU-Schicht hat immer ein Reset-Gate; dieses Modell ist das vereinfachte GRU (reset=none)"
    assert i18n.shown(reason) == german
    use_language("zh_CN")
    assert i18n.shown(interop.torch_refusal(gru)) == "PyTorch's nn.GRU 总是有重置门；这个模型是简化版 GRU（reset=none）"


def test_an_error_raised_with_a_message_is_shown_in_the_language(use_language):
    """SpecError carries no ``wording``, but it is raised with a Message: shown_error translates it."""
    from lstm_studio.engine import CellSpec, SpecError

    with pytest.raises(SpecError) as caught:
        CellSpec.make("gru", {"reset": "sometimes"})
    assert str(caught.value) == "options.reset: 'sometimes' is not one of before, after, none for cell 'gru'"
    use_language("de")
    assert i18n.shown_error(caught.value) == ("options.reset: 'sometimes' ist für die Zelle 'gru' keiner von before, "
                                              "after, none")


def test_an_imported_models_report_is_shown_in_the_language(use_language):
    from lstm_studio.engine import new_model
    from lstm_studio.interop.common import ImportReport

    model = new_model("gru", list("PIGS"), 3, layers=2, seed=0)
    report = ImportReport("net.pt", "torch", "rnn", "nn.GRU", model, None, "given", ["no bias"])
    english = report.lines()
    assert english[1] == ("cell gru (reset=before, update=z_takes_new), input size 4, hidden size 3, 2 stacked "
                          "layers")
    assert english[2] == "output layer: none found (W_hy and b_y set to 0)" and english[4] == "note: no bias"
    use_language("de")
    german = [i18n.shown(line) for line in english]
    assert german[0] == "net.pt gelesen: nn.GRU 'rnn'"
    assert german[1] == ("Zelle gru (reset=before, update=z_takes_new), Eingabegröße 4, verborgene Größe 3, "
                         "2 gestapelte Schichten")
    assert german[3] == "Vokabular (wie angegeben): P I G S"
