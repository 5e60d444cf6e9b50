"""Starting the window: ``lstm-studio gui [MODEL|LESSON] [--step N] [--input TOKENS] [--panel NAME]
[--language CODE] [--screenshot FILE.png]``.

Heavy imports (Qt, pyqtgraph) happen here, not in the CLI; sympy is never imported at start-up. A lesson
file opens the studio on the default model with the lesson playing beside it; a screenshot of a lesson
starts it afresh (at step 1 unless ``step`` says otherwise) and keeps no progress. The welcome card is
offered only to an interactive window, once.
"""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_BAD_INPUT = 2
SCREENSHOT_SIZE = (1366, 768)


def _error(message: str) -> int:
    print(f"lstm-studio: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def png_bytes(image) -> bytes | None:
    """A QPixmap or QImage encoded as PNG in memory (None when Qt cannot encode it)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    return bytes(data) if ok else None
def starting_document(model: str | Path | None, input: str | None = None,
                      remember: bool = True):
    """(model, exercise, path) the window opens on: ``model``'s file; without one, the file open when
    the window last closed (``remember``), or the default preset (path None). ``input`` replaces a saved
    exercise's input and targets. InputError when ``model`` cannot be read."""
    from dataclasses import replace

    from lstm_studio import paths
    from lstm_studio.document import exercise as exercise_file
    from lstm_studio.document.errors import InputError

    loaded, exercise = exercise_file.load(Path(model) if model else paths.default_model_path())
    opened = Path(model) if model else None
    if model is None and remember:
        from lstm_studio.app.window import default_settings

        last = str(default_settings().value("last_file", "") or "")
        if last:
            try:  # a last file that is gone or broken leaves the default preset: nothing to report
                loaded, exercise = exercise_file.load(last)
                opened = Path(last)
            except InputError:
                pass
    if input is not None and exercise is not None:
        exercise = replace(exercise, input=input, targets={}, step=0)
    return loaded, exercise, opened


def run_app(
    model: str | Path | None = None,
    screenshot: str | Path | None = None,
    panel: str | None = None,
    input: str | None = None,  # the CLI's --input
    size: tuple[int, int] | None = None,
    language: str | None = None,
    step: int | None = None,
) -> int:
    """Open the studio window on ``model`` and run until it closes. Without ``model`` the window opens
    the file that was open when it last closed, or the default preset; a lesson file plays that lesson
    beside the default preset.

    A model or lesson file that cannot be read, or a step outside the lesson, prints one line and returns 2
    before any window appears. A file saved with an exercise reopens with its input, targets, step and panel
    (``input`` and ``panel`` replace the saved ones). With ``screenshot`` the window is rendered to that PNG
    (offscreen works) and the function returns 0. ``language`` (a code of ``i18n.LANGUAGES``) overrides the
    saved and the system's language for this run.
    """
    from lstm_studio import paths
    from lstm_studio.document.errors import InputError

    lesson = None
    try:
        try:
            loaded, exercise, opened = starting_document(model, input, remember=screenshot is None)
        except InputError:
            from lstm_studio.app.lessons.mode import is_lesson_file

            if not model or not is_lesson_file(Path(model)):
                raise
            # the lesson modules load only for a lesson: start-up stays quick
            lesson = _read_lesson(Path(model), step)
            loaded, exercise, opened = starting_document(None, input, remember=False)
        if lesson is None and step is not None:
            name = (opened or paths.default_model_path()).name
            raise InputError(f"--step: {name} is a model file; --step needs a lesson file")
    except InputError as err:
        return _error(str(err))

    from lstm_studio.app import system_libs

    missing = system_libs.problem()
    if missing:  # Qt itself would name libxcb-cursor0, whichever library is missing
        return _error(missing)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "lstm-studio"])
    app.setApplicationName("LSTM Studio")
    app.setOrganizationName("LSTM Studio")
    from lstm_studio.app.common import i18n
    from lstm_studio.app.window import MainWindow, default_settings
    from lstm_studio.document.session import Session

    settings = default_settings()
    try:
        chosen = language or i18n.chosen_language(settings)
    except InputError as err:
        return _error(str(err))
    if chosen not in i18n.LANGUAGES:
        return _error(f"--language: unknown language {chosen!r} (choose from {', '.join(i18n.LANGUAGES)})")
    i18n.install(chosen)
    session = Session(loaded, opened, input, exercise)
    window = MainWindow(session, settings, restore_layout=screenshot is None)
    if lesson is not None:
        from lstm_studio.app.lessons.mode import open_lesson

        lesson_path, lesson = lesson
        if open_lesson(window, lesson, step if step is not None or screenshot is None else 1,
                       keep_progress=screenshot is None, path=lesson_path) is None:
            window.deleteLater()
            return EXIT_BAD_INPUT
    if panel:
        try:
            window.show_panel(panel)
        except KeyError as err:
            window.deleteLater()
            return _error(err.args[0])
    if screenshot is not None:
        window.resize(*(size or SCREENSHOT_SIZE))
        window.setAttribute(Qt.WA_DontShowOnScreen, True)
        window.show()
        window.refresh()
        for _ in range(3):
            app.processEvents()
        from lstm_studio.app.common.background import wait_idle

        wait_idle()  # formulas rendered on the background runner are in the picture (docs/architecture.md#threads)
        for _ in range(3):
            app.processEvents()
        png = png_bytes(window.grab())
        window.session.undo.set_clean()
        window.close()
        _delete_now(app, window)
        if png is None:
            return _error(f"{screenshot}: cannot encode the screenshot as PNG")
        from lstm_studio.document.atomic import atomic_write

        try:  # atomically: a full disk leaves no truncated PNG behind
            atomic_write(screenshot, png)
        except OSError as err:
            return _error(f"{screenshot}: cannot write the screenshot ({err.strerror or err})")
        return 0
    window.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, window.offer_recovery)
    if lesson is None:
        QTimer.singleShot(0, window.offer_welcome)
    code = int(app.exec())
    _delete_now(app, window)
    return code


def _delete_now(app, window) -> None:
    """Delete the window and its views now, while the application exists. Left to the interpreter's exit,
    PySide destroyed pyqtgraph's items after the application, and an item's destructor, sending a change
    event to its Python override, crashed the process after the screenshot was written."""
    import shiboken6
    from PySide6.QtCore import QEvent

    if shiboken6.isValid(window):
        window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _read_lesson(path: Path, step: int | None):
    """(path, the validated lesson); InputError for a bad file or a step outside it."""
    from lstm_studio.document.errors import InputError
    from lstm_studio.lessons import load

    lesson = load(path)
    if step is not None and not 1 <= step <= len(lesson.steps):
        raise InputError(f"--step {step}: {path.name} has steps 1 to {len(lesson.steps)}")
    return path, lesson
