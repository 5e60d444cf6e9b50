"""The document layer is Qt-free (docs/architecture.md#layers): importing it pulls in neither PySide6 nor pyqtgraph."""

import subprocess
import sys


def test_document_modules_import_without_qt():
    code = (
        "import sys\n"
        "import lstm_studio.document.session, lstm_studio.document.undo, lstm_studio.document.reshape\n"
        "import lstm_studio.explain.matrix_views, lstm_studio.document.autosave\n"
        "import lstm_studio.document.evaluation, lstm_studio.document.events, lstm_studio.document.training_run\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'sympy'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
