"""A studio window on a preset, with its settings and autosaves in a temporary folder."""

import pytest
from PySide6.QtCore import QSettings

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.document.session import Session


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("LSTM_STUDIO_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("LSTM_STUDIO_AUTOSAVE_DIR", str(tmp_path / "autosave"))


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


@pytest.fixture
def make_window(qtbot, tmp_path):
    from lstm_studio.app.window import MainWindow

    made = []

    def make(preset: str = "lstm_pigs", text: str | None = None):
        session = Session(modelfile.load(paths.presets()[preset]), None, text)
        window = MainWindow(session, QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat),
                            tmp_path / "autosave", restore_layout=False)
        qtbot.addWidget(window)
        window.show()
        window.refresh()
        made.append(window)
        return window

    yield make
    for window in made:  # closing must not stop at the "unsaved changes" question
        window.session.undo.set_clean()


@pytest.fixture
def window(make_window):
    return make_window()
