"""The window on a student's laptop: everything fits a 1366×768 screen (and 1280×720) with a title bar, at
font scales up to 150 %; the layout does not drift; the exercise survives saving; paste takes what students
copy; a status message moves nothing.

The offscreen screen stands for a laptop's: ``screen_fit.available`` is replaced by its available area, and
the title bar is the one ``screen_fit`` assumes before a window manager has drawn one.
"""

import numpy as np
import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from lstm_studio import paths
from lstm_studio.app import menus
from lstm_studio.app.common import screen_fit, theme
from lstm_studio.document import modelfile
from lstm_studio.document.session import Session

LAPTOP = QRect(0, 0, 1366, 768)
SMALL = QRect(0, 0, 1280, 720)
#: Three Ctrl++ (1.15³ ≈ 1.52): the projector scale a student reaches first.
LARGE_TEXT = 1.15 ** 3


@pytest.fixture
def screen(monkeypatch):
    """``screen(rect)`` makes ``rect`` the available area of every screen."""
    def use(rect: QRect) -> QRect:
        monkeypatch.setattr(screen_fit, "available", lambda widget=None: QRect(rect))
        return rect
    use(LAPTOP)
    return use


def _room(area: QRect):
    frame = screen_fit.FRAME
    return area.width() - frame.left() - frame.right(), area.height() - frame.top() - frame.bottom()


def _trained(tmp_path):
    """A model shaped like the trained plurals LSTM: 23 tokens, 8 units."""
    from lstm_studio.engine import new_model

    model = new_model("lstm", list("ABCDEFGHIJKMNOPRSTUWXY_"), 8, seed=1, name="Plurals: S or ES (lstm)")
    path = tmp_path / "plurals.json"
    modelfile.save(model, path)
    return path


# --- the main window ------------------------------------------------------------------------------


def test_first_start_on_a_laptop_is_maximised_over_a_size_that_fits(screen, tmp_path, qtbot):
    from lstm_studio.app.window import MainWindow

    session = Session(modelfile.load(paths.presets()["rnn_pigs"]))
    window = MainWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat), tmp_path / "auto")
    qtbot.addWidget(window)
    assert window.windowState() & Qt.WindowMaximized
    assert screen_fit.fits(window, LAPTOP), window.geometry()
    assert window.height() + screen_fit.FRAME.top() <= 768  # the status bar is above the screen's bottom


def test_first_start_on_a_large_screen_is_most_of_it_and_centred(screen, tmp_path, qtbot):
    from lstm_studio.app.window import MainWindow

    screen(QRect(0, 0, 1920, 1080))
    session = Session(modelfile.load(paths.presets()["rnn_pigs"]))
    window = MainWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat), tmp_path / "auto")
    qtbot.addWidget(window)
    assert not window.windowState() & Qt.WindowMaximized
    assert screen_fit.fits(window, QRect(0, 0, 1920, 1080))
    assert window.width() > 1600 and abs(window.geometry().center().x() - 960) <= 4


@pytest.mark.parametrize("area", [LAPTOP, SMALL], ids=["1366x768", "1280x720"])
@pytest.mark.parametrize("scale", [1.0, LARGE_TEXT], ids=["100%", "150%"])
def test_the_window_can_always_be_smaller_than_the_screen(window, screen, tmp_path, area, scale):
    screen(area)
    window.open_file(_trained(tmp_path))
    window.apply_look("light", scale)
    window.refresh()
    needed = window.minimumSizeHint()
    width, height = _room(area)
    assert needed.width() <= width and needed.height() <= height, (needed, area, scale)


def test_larger_text_never_makes_the_window_wider_than_the_screen(window, screen):
    screen_fit.fit(window, 1358, 724)
    before = (window.model_dock.width(), window.weights_dock.width())
    for _ in range(3):
        window.apply_look("light", window.font_scale * 1.15)
        window.refresh()
        assert screen_fit.fits(window, LAPTOP), window.geometry()
    window.apply_look("dark", window.font_scale)
    window.apply_look("light", 1.0)  # Ctrl+0
    window.refresh()
    assert screen_fit.fits(window, LAPTOP)
    after = (window.model_dock.width(), window.weights_dock.width())
    assert abs(after[0] - before[0]) <= 8 and abs(after[1] - before[1]) <= 8, (before, after)


def test_a_layout_saved_on_a_larger_screen_is_fitted_to_this_one(screen, tmp_path, qtbot):
    from lstm_studio.app.window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    screen(QRect(0, 0, 1920, 1080))
    first = MainWindow(Session(modelfile.load(paths.presets()["rnn_pigs"])), settings, tmp_path / "auto")
    qtbot.addWidget(first)
    first.setGeometry(100, 80, 1700, 950)
    first.save_layout()
    screen(LAPTOP)
    second = MainWindow(Session(modelfile.load(paths.presets()["rnn_pigs"])), settings, tmp_path / "auto")
    qtbot.addWidget(second)
    second.show()
    assert screen_fit.fits(second, LAPTOP), second.geometry()


@pytest.mark.parametrize("scale", [1.0, LARGE_TEXT])
def test_the_tabs_show_every_title_whole_at_a_laptop_width(window, screen, scale):
    """At 150 % the titles need more than the middle's width: they wrap onto a second row instead of
    scrolling behind arrows or shortening to "Gates ov…"."""
    window.apply_look("light", scale)
    screen_fit.fit(window, 1358, 724)
    window.resize_docks()
    window.refresh()
    QGuiApplication.processEvents()
    strip = window.tab_strip
    assert window.tabs.tabBar().isHidden()
    assert [b.text() for b in strip.buttons] == [window.tabs.tabText(k) for k in range(window.tabs.count())]
    for button in strip.buttons:
        assert button.isVisible() and button.width() >= button.sizeHint().width(), button.text()
        assert strip.rect().contains(button.geometry()), (button.text(), button.geometry(), strip.rect())
    rows = {button.y() for button in strip.buttons}
    assert len(rows) == (1 if scale == 1.0 else 2)
    strip.buttons[5].click()
    assert window.tabs.currentIndex() == 5 and strip.buttons[5].isChecked()
    window.tabs.setCurrentIndex(2)
    assert strip.buttons[2].isChecked() and not strip.buttons[5].isChecked()


def test_weight_buttons_show_their_whole_names(window):
    window.apply_look("light", LARGE_TEXT)
    window.refresh()
    for button in window.weights.buttons.values():
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()), button.text()


# --- dialogs and floating panels ---------------------------------------------------------------------


@pytest.mark.parametrize("scale", [1.0, LARGE_TEXT], ids=["100%", "150%"])
def test_every_dialog_fits_the_laptop_screen(window, screen, scale):
    window.apply_look("light", scale)
    screen_fit.fit(window, 1358, 724)
    opened = [menus.open_worksheets(window), menus.open_answer_check(window)]
    for name in ("training", "generate"):
        window.show_panel(name)
    opened += [window.training_dock, window.generation_dock]
    for widget in opened:
        assert screen_fit.fits(widget, LAPTOP), (widget.windowTitle(), widget.geometry())
        hint = widget.minimumSizeHint()
        assert hint.width() <= _room(SMALL)[0] and hint.height() <= _room(SMALL)[1], (widget.windowTitle(), hint)
    for dialog in opened[:2]:
        dialog.close()


# --- status messages and paste -----------------------------------------------------------------------


def test_the_first_status_message_moves_nothing(make_window):
    window = make_window()
    QGuiApplication.processEvents()
    before = window.middle.geometry()
    window.weights.act("copy")  # the window's first message
    QGuiApplication.processEvents()
    assert window.statusBar().currentMessage().startswith("copied")
    assert window.middle.geometry() == before


@pytest.mark.parametrize("text", ["[1 2 3 4; 5 6 7 8; 9 10 11 12]", "1 2 3 4; 5 6 7 8; 9 10 11 12",
                                  "[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]"])
def test_paste_takes_matlab_rows_and_numpy(window, text):
    window.weights.show_layout("param:W_i")
    QGuiApplication.clipboard().setText(text)
    window.weights.act("paste")
    np.testing.assert_array_equal(window.session.model.params["W_i"], np.arange(1, 13).reshape(3, 4))


def test_a_refused_paste_says_what_is_accepted_and_a_later_one_clears_it(window):
    messages = []
    window.weights.sig_message.connect(messages.append)
    window.weights.show_layout("param:W_i")
    QGuiApplication.clipboard().setText("1, 2; x, 4")
    window.weights.act("paste")
    problem = window.weights.problem
    assert not problem.isHidden() and problem.wordWrap()
    assert "'x' is not a number" in problem.text() and "[1 2; 3 4] (Matlab)" in problem.text()
    assert window.statusBar().currentMessage() == problem.text()
    QGuiApplication.clipboard().setText("[1 2 3 4; 5 6 7 8; 9 10 11 12]")
    window.weights.act("paste")
    assert problem.isHidden()
    assert window.statusBar().currentMessage() == "pasted 3 × 4 values into W_i"


# --- the exercise survives saving ---------------------------------------------------------------------


def test_the_saved_file_reopens_with_its_input_targets_step_and_panel(window, dialogs, tmp_path):
    path = tmp_path / "homework.json"
    window.session.set_input("PIGSIG")
    window.session.set_target(2, "P")
    window.session.set_step(4)
    window.show_panel("heatmaps")
    dialogs.files.append(path)
    assert window.save()
    window.open_preset("gru_pigs")
    window.show_panel("gates")
    assert window.open_file(path)
    window.refresh()
    assert window.sequence.input.text() == "PIGSIG"
    grid = window.sequence.grid_model
    assert grid.data(grid.index(grid.target_row, 2)) == "P"
    assert window.session.step == 4 and window.time.slider.value() == 5
    assert window.tabs.currentWidget() is window.heatmaps
    assert not window.session.dirty


def test_relaunching_opens_the_last_file(make_window, tmp_path, monkeypatch):
    from lstm_studio.app.main import starting_document

    window = make_window("lstm_pigs", "PIGS")
    path = tmp_path / "last.json"
    window.session.save(path)
    monkeypatch.setattr("lstm_studio.app.window.default_settings", lambda: window.settings)
    window.close()
    model, exercise, opened = starting_document(None)
    assert opened == path.resolve() and exercise.input == "PIGS" and model.cell == "lstm"
    path.write_text("{ broken")
    model, exercise, opened = starting_document(None)
    assert opened is None and model.cell == modelfile.load(paths.default_model_path()).cell


def test_the_title_follows_a_replaced_model(window):
    model = modelfile.load(paths.presets()["gru_pigs"])
    model.name = "Plurals: S or ES (gru)"
    window.session.replace_model(model, "new model for training")
    assert window.windowTitle().startswith("Plurals: S or ES (gru)")


# --- what the plots show ---------------------------------------------------------------------------


def test_the_gate_plots_fit_their_tab_with_eight_units(window, screen, tmp_path):
    screen_fit.fit(window, 1358, 724)
    window.open_file(_trained(tmp_path))
    window.refresh()
    QGuiApplication.processEvents()
    needed = window.gates.ci.effectiveSizeHint(Qt.MinimumSize).width()
    assert needed <= window.gates.viewport().width(), (needed, window.gates.viewport().width())


def test_the_total_loss_is_in_the_title_where_the_step_line_cannot_cross_it(window):
    window.session.set_step(2)
    window.refresh()
    result = window.session.result()
    title = window.output.loss_plot.titleLabel.text
    assert f"L = {result.loss:.4g}" in title
    assert not [item for item in window.output.loss_plot.items if "L = " in str(getattr(item, "textItem", ""))]


def test_the_loss_axis_has_three_labels_that_cannot_overlap_at_large_text(window):
    from lstm_studio.app.studio.output_plots import loss_axis_top

    window.apply_look("light", LARGE_TEXT)
    window.refresh()
    top = loss_axis_top(window.session.result().losses)
    ticks = window.output.loss_plot.getAxis("left")._tickLevels
    assert ticks == [[(0.0, "0"), (top / 2, f"{top / 2:.3g}"), (top, f"{top:.3g}")], []]


def test_a_long_vocabulary_shows_the_input_tokens_rows_and_keeps_target_and_prediction_in_view(window, tmp_path):
    """The plurals vocabulary (23 tokens) is longer than the grid shows: it shows the rows of the input's
    tokens only, the target and prediction rows stay in view, and every step's 1 can be seen."""
    from lstm_studio.app.studio.sequence_panel import MAX_GRID_ROWS

    sequence = window.sequence
    grid, model = sequence.grid, sequence.grid_model
    assert not any(grid.isRowHidden(row) for row in range(model.rowCount()))  # PIGS: every row
    window.open_file(_trained(tmp_path))
    window.session.set_input("WATCH_")
    window.refresh()
    assert model.rowCount() == 25 > MAX_GRID_ROWS
    vocab = window.session.model.vocab
    shown_rows = [row for row in range(model.rowCount()) if not grid.isRowHidden(row)]
    assert shown_rows == sorted(vocab.index(t) for t in "WATCH_") + [model.target_row, model.predicted_row]
    view = grid.viewport().rect()
    for step, token in enumerate("WATCH_"):
        for row in (model.target_row, model.predicted_row, vocab.index(token)):
            assert view.contains(grid.visualRect(model.index(row, step))), (step, token, row)
        assert model.data(model.index(vocab.index(token), step)) == "1"
    window.session.set_input("WATCHES_")  # a new token: its row comes in
    window.refresh()
    assert not grid.isRowHidden(vocab.index("E")) and not grid.isRowHidden(vocab.index("S"))


def test_the_gradient_lab_at_large_text_squeezes_no_side_panel(window, screen):
    """At 150 % on a laptop no page of the lab needs more width than its first (the experiment's controls
    wrap), its page titles wrap instead of scrolling, and showing it leaves the side panels as they were."""
    window.apply_look("light", LARGE_TEXT)
    screen_fit.fit(window, 1358, 724)
    window.resize_docks()
    window.refresh()
    QGuiApplication.processEvents()
    before = (window.model_dock.width(), window.weights_dock.width(), window.output_dock.width())
    window.show_panel("gradients")
    window.refresh()
    QGuiApplication.processEvents()
    lab = window.inside_panels["gradients"].view
    pages = [lab.tabs.widget(k).minimumSizeHint().width() for k in range(lab.tabs.count())]
    assert max(pages) <= pages[0], pages
    assert lab.minimumSizeHint().width() <= window.tabs.width()
    assert (window.model_dock.width(), window.weights_dock.width(), window.output_dock.width()) == before
    assert lab.tabs.tabBar().isHidden()
    for button in lab.tab_strip.buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
    # the heat map is as wide as its plot needs: its title and last column are not cut off
    plot_needs = lab.heat.ci.effectiveSizeHint(Qt.MinimumSize).width()
    assert lab.heat.width() >= plot_needs, (lab.heat.width(), plot_needs)


def test_no_middle_tab_at_large_text_widens_the_middle_and_squeezes_a_side_panel(window, screen):
    """The cell diagram's and the equations' header rows wrap: shown at 150 % on a 1280×720 screen, no tab
    needs more than the middle has, so the side panels keep their widths (in a real 1366 px window they
    were cut: "New weig", "L = 0")."""
    area = screen(SMALL)
    window.apply_look("light", LARGE_TEXT)
    screen_fit.fit(window, *_room(area))
    window.resize_docks()
    window.refresh()
    QGuiApplication.processEvents()
    before = (window.model_dock.width(), window.weights_dock.width(), window.output_dock.width())
    middle = window.tabs.width()
    for name in ("cell", "unrolled", "equations", "gradients", "numbers", "heatmaps", "gates"):
        window.show_panel(name)
        window.refresh()
        QGuiApplication.processEvents()
        page = window.tabs.currentWidget()
        assert page.minimumSizeHint().width() <= middle, (name, page.minimumSizeHint().width(), middle)
        assert (window.model_dock.width(), window.weights_dock.width(), window.output_dock.width()) == before, name


def test_the_gate_plots_key_gives_each_part_a_line_of_its_own(window):
    # On one line the key set the plots' narrowest width: in German at 150 % text it pushed h_t out of a
    # 1366 px window.
    lines = window.gates._legend(theme.current(), 3).split("<br>")
    assert len(lines) == 3
    assert "grey bands" in lines[1] and "orange line" not in lines[1] and "orange line" in lines[2]


def test_the_training_window_stays_on_the_screen_after_a_run_at_large_text(make_window, screen, qtbot):
    """After a run the panel shows its longest lines (the snapshot line "… — drag to move through N
    snapshots", the legend with every run's accuracies): they wrap, so the floating Training window keeps
    within the screen instead of growing past its right edge. (A window of its own: the run leaves a trained
    model whose views go on building after the test.)"""
    window = make_window("rnn_pigs")
    window.apply_look("light", LARGE_TEXT)
    screen_fit.fit(window, 1358, 724)
    window.show_panel("training")
    dock, panel = window.training_dock, window.training
    panel.set_task("plurals")
    panel.epochs.setValue(2)
    panel.start()
    qtbot.waitUntil(lambda: panel.state == "idle" and not panel.running and bool(panel.snapshot_label.text()),
                    timeout=60_000)
    QApplication.processEvents()
    assert "snapshots" in panel.snapshot_label.text()
    room_width, _ = _room(SMALL)
    assert dock.minimumSizeHint().width() <= room_width, dock.minimumSizeHint()
    assert panel.minimumSizeHint().width() <= room_width, panel.minimumSizeHint()
    assert screen_fit.fits(dock, LAPTOP), dock.frameGeometry()
    assert LAPTOP.contains(dock.frameGeometry()), dock.frameGeometry()


def test_worksheets_and_check_my_answers_still_fit_after_showing_their_longest_texts(window, screen, qtbot,
                                                                                     tmp_path):
    """An export's report (with a long folder) and a check's verdicts are the dialogs' longest texts: they
    wrap, so neither dialog's minimum width grows past a 1280 px screen at large text."""
    from lstm_studio.app.worksheets.answer_check import AnswerCheck
    from lstm_studio.engine import new_model
    from lstm_studio.worksheets.code import encode
    from lstm_studio.worksheets.problem import problem_from_model

    window.apply_look("light", LARGE_TEXT)
    sheets = menus.open_worksheets(window)
    sheets.out_edit.setText(str(tmp_path / ("a folder with a long name for the worksheets of class " * 2) / "out"))
    sheets.format_checks["pdf"].setChecked(False)
    sheets.format_checks["md"].setChecked(True)
    with qtbot.waitSignal(sheets.sig_exported, timeout=120_000):
        sheets.export_button.click()
    assert sheets.status.text().startswith("Wrote 3 files")
    answers = menus.open_answer_check(window)
    checker = answers if isinstance(answers, AnswerCheck) else answers.findChild(AnswerCheck)
    problem = problem_from_model(new_model("lstm", list("ABCDEFGHIJKMNOPRSTUWXY_"), 8), "BUSES_", seed=12,
                                 variant=4)
    assert checker.load_code(encode(problem)), checker.status.text()
    for row in checker.rows:
        row.answer_edit.setText("0.123456789 and some words that are not a number")
    assert checker.check_all() == 0
    QApplication.processEvents()
    for dialog in (sheets, answers):
        assert dialog.minimumSizeHint().width() <= _room(SMALL)[0], (dialog.windowTitle(), dialog.minimumSizeHint())
        assert screen_fit.fits(dialog, LAPTOP), (dialog.windowTitle(), dialog.geometry())
        dialog.close()
