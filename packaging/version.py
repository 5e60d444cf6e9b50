"""The version of the bundle: read from ``lstm_studio/__init__.py`` (``__version__``), its only home.

Read as text so that the spec, the build script and the installer recipes never import the package.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_version(root: Path = ROOT) -> str:
    """``__version__`` of ``root/lstm_studio/__init__.py``, e.g. ``"0.1.0"``."""
    tree = ast.parse((root / "lstm_studio" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError("lstm_studio/__init__.py has no __version__")


VERSION = read_version()

if __name__ == "__main__":
    print(VERSION)
