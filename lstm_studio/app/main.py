"""Starting the window: ``lstm-studio gui [MODEL] [--input TOKENS] [--panel NAME] [--screenshot FILE.png]``.

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


def png_bytes(image) -> bytes | None:
    """A QPixmap or QImage encoded as PNG in memory (None when Qt cannot encode it)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    return bytes(data) if ok else None


def run_app(
    model: str | Path | None = None,
    screenshot: str | Path | None = None,
    panel: str | None = None,
    input: str | None = None,  # noqa: A002  (the CLI's --input)
    size: tuple[int, int] | None = None,
) -> int:
    """Open the studio window on ``model`` (the default preset when None) and run until it closes.

    A model file that cannot be read prints one line and returns 2 before any window appears. With
    ``screenshot`` the window is rendered to that PNG (offscreen works) and the function returns 0.
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
    from lstm_studio.app.window import MainWindow
    from lstm_studio.document.session import Session

    session = Session(loaded, path if model else None, input)
    window = MainWindow(session, restore_layout=screenshot is None)
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
        png = png_bytes(window.grab())
        window.session.undo.set_clean()
        window.close()
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
    return int(app.exec())
