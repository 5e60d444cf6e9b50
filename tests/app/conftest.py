"""Studio windows for the app tests, with their settings and autosaves in temporary folders.

Building a window takes most of an app test's time, so the tests share one: ``window`` is that window put
back on the LSTM preset, ``reset_window(preset)`` puts it back on another preset. A reset leaves it as a
fresh window would be — the document, the theme and font size, the settings and autosave, the tabs and
docks, the chosen table and entry, the time bar, the focus, the inside views (dropped, to be built again
on first show) — so a test may change anything a student can. A test that needs a window of its own (two at
once, closing it, restoring a saved layout) uses ``make_window``.
"""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QDialog

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.document.session import Session


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("LSTM_STUDIO_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("LSTM_STUDIO_AUTOSAVE_DIR", str(tmp_path / "autosave"))


@pytest.fixture(autouse=True)
def _delete_closed_widgets(qapp):
    """After each test, really delete what it closed (pytest-qt only asks for deletion, which never
    happens outside an event loop): left alive, every old window is restyled by each new theme."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    """No modal dialog may block a test: message boxes are recorded and answered from ``answers``
    (default: Discard for a question), file dialogs return ``files`` in turn."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    class Dialogs:
        shown: list = []
        answers: list = []
        files: list = []

    def box(kind):
        def show(parent, title, text, *args, **kwargs):
            Dialogs.shown.append((kind, title, text))
            if kind == "question":
                return Dialogs.answers.pop(0) if Dialogs.answers else QMessageBox.Discard
            return QMessageBox.Ok
        return show

    Dialogs.shown, Dialogs.answers, Dialogs.files = [], [], []
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(Dialogs.files.pop(0)), "") if Dialogs.files else ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(Dialogs.files.pop(0)), "") if Dialogs.files else ("", ""))
    return Dialogs


def _new_window(preset: str, folder, text: str | None = None):
    from lstm_studio.app.window import MainWindow

    session = Session(modelfile.load(paths.presets()[preset]), None, text)
    return MainWindow(session, QSettings(str(folder / "settings.ini"), QSettings.IniFormat), folder / "autosave",
                      restore_layout=False)


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Fresh windows, each a new document on a preset (closed and deleted after the test)."""
    made = []

    def make(preset: str = "lstm_pigs", text: str | None = None):
        window = _new_window(preset, tmp_path, text)
        qtbot.addWidget(window)
        window.show()
        window.refresh()
        made.append(window)
        return window

    yield make
    for window in made:  # closing must not stop at the "unsaved changes" question
        window.session.undo.set_clean()


@pytest.fixture(scope="session")
def _shared_window(qapp, tmp_path_factory):
    window = _new_window("lstm_pigs", tmp_path_factory.mktemp("shared_window"))
    window.show()
    yield window
    window.session.undo.set_clean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def reset(window, preset: str = "lstm_pigs", text: str | None = None):
    """Put the shared window back as a fresh one on ``preset`` would be (see the module docstring)."""
    from lstm_studio.app.common import theme
    from lstm_studio.app.studio.time_bar import PLAY_INTERVAL_MS

    window.training.shutdown()
    window.time.timer.stop()
    for dialog in window.findChildren(QDialog):  # what a test left open
        if dialog.isVisible():
            dialog.close()
    for panel in window.inside_panels.values():
        if panel.view is not None:
            panel.view.setParent(None)
            panel.view.deleteLater()
            panel.view = None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.focus.set(unit=0, layer=0, k=0)
    if (theme.current().name, window.font_scale) != ("light", 1.0):
        window.apply_look("light", 1.0)
    window.session.load(modelfile.load(paths.presets()[preset]), None, text)
    window.session.undo.set_clean()
    window.settings.clear()
    window.autosave.discard()
    window._update_recent_menu()
    window.statusBar().clearMessage()
    for dock in (window.model_dock, window.weights_dock, window.output_dock):
        dock.show()
    for dock in (window.training_dock, window.generation_dock):
        dock.hide()
    window.tabs.setCurrentWidget(window.gates)
    window.time.speed.setValue(PLAY_INTERVAL_MS)
    window.model_panel.seed.setValue(0)
    window.model_panel.form.setCurrentIndex(0)
    if not window.isVisible():
        window.show()
    window.refresh()
    window.weights.show_layout("param:" + next(iter(window.session.model.params)))
    window.weights.select(0, 0)
    return window


@pytest.fixture
def reset_window(_shared_window):
    """``reset_window(preset)``: the shared window, as fresh on ``preset``."""
    yield lambda preset="lstm_pigs", text=None: reset(_shared_window, preset, text)
    _shared_window.session.undo.set_clean()


@pytest.fixture
def window(reset_window):
    return reset_window()
