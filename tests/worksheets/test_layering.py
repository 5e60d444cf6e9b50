"""The worksheet package stays Qt-free (docs/architecture.md#layers): nothing in it imports PySide6, pyqtgraph or
the app."""

from __future__ import annotations

import ast
from pathlib import Path

import lstm_studio.worksheets as worksheets

FORBIDDEN = ("PySide6", "pyqtgraph", "lstm_studio.app", "shiboken6")


def test_worksheets_import_no_qt():
    for path in Path(worksheets.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [("." * node.level) + (node.module or "")]
            else:
                continue
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"
                assert not name.startswith("..app"), f"{path.name} imports {name}"
