"""Starting the window: ``lstm-studio gui [MODEL] [--input TOKENS] [--panel NAME] [--language CODE]
[--screenshot FILE.png]``.

Heavy imports (Qt, pyqtgraph) happen here, not in the CLI; sympy is never imported at start-up.
"""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_BAD_INPUT = 2
SCREENSHOT_SIZE = (1366, 768)


def _error(message: str) -> int:
    print(f"lstm-studio: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run_app(
    model: str | Path | None = None,
    screenshot: str | Path | None = None,
    panel: str | None = None,
    input: str | None = None,  # noqa: A002  (the CLI's --input)
    size: tuple[int, int] | None = None,
    language: str | None = None,
) -> int:
    """Open the studio window on ``model`` (the default preset when None) and run until it closes.

    A model file that cannot be read prints one line and returns 2 before any window appears. With
    ``screenshot`` the window is rendered to that PNG (offscreen works) and the function returns 0.
    ``language`` (a code of ``i18n.LANGUAGES``) overrides the saved and the system's language for this run.
    """
    from lstm_studio import paths
    from lstm_studio.document import modelfile
    from lstm_studio.document.errors import InputError

    path = Path(model) if model else paths.default_model_path()
    try:
        loaded = modelfile.load(path)
    except InputError as err:
        return _error(str(err))

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
    session = Session(loaded, path if model else None, input)
    window = MainWindow(session, settings, restore_layout=screenshot is None)
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

        wait_idle()  # formulas rendered on the worker (issue 5's panels) are in the picture
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(20000)  # the model panel's rendered equations
        for _ in range(3):
            app.processEvents()
        image = window.grab()
        ok = image.save(str(screenshot), "PNG")
        window.session.undo.set_clean()
        window.close()
        if not ok:
            return _error(f"{screenshot}: cannot write the screenshot")
        return 0
    window.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, window.offer_recovery)
    return int(app.exec())
