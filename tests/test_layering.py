"""The layering rules of docs/architecture.md, checked on every module's imports (read with ast, nothing
imported).

    only lstm_studio/app/ may import PySide6, pyqtgraph or shiboken6
    lstm_studio/engine/ imports neither sympy nor any part of lstm_studio outside the engine
    lstm_studio/tasks/ imports nothing of lstm_studio but the engine and lstm_studio.paths
    lstm_studio/symbolic/ imports nothing from explain, document, worksheets, interop, commands, lessons, app or cli
    lstm_studio/lessons/ imports of lstm_studio only engine, tasks, symbolic, explain, document, paths, itself
    nothing but lstm_studio/cli.py (the composition root) and app/ itself imports lstm_studio.app or cli

Imports inside functions count, and so do importlib.import_module("…") and __import__("…") with a
literal name. A failure names the file, the line and the rule.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "lstm_studio"

QT = ("PySide6", "pyqtgraph", "shiboken6")
SYMBOLIC_MUST_NOT_USE = tuple(
    f"{PACKAGE}.{name}" for name in ("document", "worksheets", "interop", "app", "cli")
) + tuple(f"{PACKAGE}.{name}" for name in ("explain", "commands", "tasks", "lessons"))
#: What the Qt-free lessons package may use of lstm_studio (docs/lesson-file.md).
LESSONS_MAY_USE = tuple(
    f"{PACKAGE}.{name}" for name in ("engine", "tasks", "symbolic", "explain", "document", "paths", "lessons")
)
#: Layers that may import the app: the app itself and the command line's composition root.
MAY_USE_APP = ("app", "cli", "__main__")


def module_name(path: Path, root: Path) -> str:
    """lstm_studio/engine/cells/gru.py -> lstm_studio.engine.cells.gru (a package's __init__ -> the package)."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import in the file, relative imports resolved.

    ``from X import a`` yields X and X.a (a may be a submodule), so ``from . import app`` is caught too.
    """
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.append((node.lineno, base))
            found.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                found.append((node.lineno, node.args[0].value))
    return sorted(found, key=lambda item: item[0])


def _under(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def violations(root: Path) -> list[str]:
    """Every broken layering rule under root/lstm_studio, as "path:line: rule" lines."""
    found = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        layer = module_name(path, root).split(".")[1:2]
        layer = layer[0] if layer else ""
        for line, module in imports(path, root):
            where = f"{rel}:{line}"
            if layer != "app" and _under(module, QT):
                found.append(f"{where}: imports {module}; only {PACKAGE}/app/ may import Qt or pyqtgraph")
            if layer == "engine":
                if _under(module, ("sympy",)):
                    found.append(f"{where}: imports {module}; the engine must not import sympy")
                if _under(module, (PACKAGE,)) and not _under(module, (f"{PACKAGE}.engine",)):
                    found.append(f"{where}: imports {module}; the engine may import only itself from {PACKAGE}")
            if layer == "symbolic" and _under(module, SYMBOLIC_MUST_NOT_USE):
                found.append(f"{where}: imports {module}; symbolic sits below document/worksheets/interop/app/cli")
            if layer == "tasks" and _under(module, (PACKAGE,)) and not _under(
                module, (f"{PACKAGE}.engine", f"{PACKAGE}.tasks", f"{PACKAGE}.paths")
            ):
                found.append(f"{where}: imports {module}; tasks may import only the engine and paths from {PACKAGE}")
            if layer == "lessons" and _under(module, (PACKAGE,)) and module != PACKAGE and not _under(
                module, LESSONS_MAY_USE
            ):
                found.append(f"{where}: imports {module}; lessons may import only "
                             f"engine, tasks, symbolic, explain, document and paths from {PACKAGE}")
            if layer not in MAY_USE_APP and _under(module, (f"{PACKAGE}.app", f"{PACKAGE}.cli")):
                found.append(f"{where}: imports {module}; only {PACKAGE}/cli.py and app/ may import the app or cli")
    return found


def test_the_package_keeps_its_layers():
    assert (ROOT / PACKAGE / "engine").is_dir()
    found = violations(ROOT)
    assert not found, "layering broken:\n" + "\n".join(found)


@pytest.fixture
def fake_tree(tmp_path: Path) -> Path:
    def write(rel: str, text: str) -> None:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    write("lstm_studio/__init__.py", "")
    write("lstm_studio/app/__init__.py", "from PySide6 import QtWidgets\nimport pyqtgraph\n")
    write("lstm_studio/engine/__init__.py", "from .cells import gru\nimport numpy\n")
    write("lstm_studio/engine/cells/__init__.py", "from ..functions import sigmoid\n")
    write(
        "lstm_studio/engine/bad.py",
        "import numpy\n\ndef f():\n    import sympy.core\n    from ..document import x\n",
    )
    write("lstm_studio/engine/cells/worse.py", "from ... import cli\n")
    write("lstm_studio/symbolic/__init__.py", "from ..engine import forward\nfrom ..interop import torch\n")
    write("lstm_studio/document/view.py", "import importlib\nimportlib.import_module('shiboken6')\n")
    write("lstm_studio/cli.py", "def gui():\n    from .app import main\n    from PySide6.QtCore import Qt\n")
    write("lstm_studio/commands/pdf.py", "def f():\n    from ..app.worksheets import pdf\n")
    write("lstm_studio/tasks/data.py",
          "from ..engine import data\nfrom ..document import tokens\nfrom ..paths import resource_dir\n")
    write("lstm_studio/lessons/grade.py", "from .. import paths\nfrom ..worksheets import sheet\n")
    return tmp_path


def test_the_checker_names_file_line_and_rule_for_each_violation(fake_tree: Path):
    found = violations(fake_tree)
    assert found == [
        "lstm_studio/cli.py:3: imports PySide6.QtCore; only lstm_studio/app/ may import Qt or pyqtgraph",
        "lstm_studio/cli.py:3: imports PySide6.QtCore.Qt; only lstm_studio/app/ may import Qt or pyqtgraph",
        "lstm_studio/commands/pdf.py:2: imports lstm_studio.app.worksheets; only lstm_studio/cli.py and app/ may "
        "import the app or cli",
        "lstm_studio/commands/pdf.py:2: imports lstm_studio.app.worksheets.pdf; only lstm_studio/cli.py and app/ may "
        "import the app or cli",
        "lstm_studio/document/view.py:2: imports shiboken6; only lstm_studio/app/ may import Qt or pyqtgraph",
        "lstm_studio/engine/bad.py:4: imports sympy.core; the engine must not import sympy",
        "lstm_studio/engine/bad.py:5: imports lstm_studio.document; the engine may import only itself from lstm_studio",
        "lstm_studio/engine/bad.py:5: imports lstm_studio.document.x; the engine may import only itself from "
        "lstm_studio",
        "lstm_studio/engine/cells/worse.py:1: imports lstm_studio; the engine may import only itself from "
        "lstm_studio",
        "lstm_studio/engine/cells/worse.py:1: imports lstm_studio.cli; the engine may import only itself from "
        "lstm_studio",
        "lstm_studio/engine/cells/worse.py:1: imports lstm_studio.cli; only lstm_studio/cli.py and app/ may import "
        "the app or cli",
        "lstm_studio/lessons/grade.py:2: imports lstm_studio.worksheets; lessons may import only engine, tasks, "
        "symbolic, explain, document and paths from lstm_studio",
        "lstm_studio/lessons/grade.py:2: imports lstm_studio.worksheets.sheet; lessons may import only engine, "
        "tasks, symbolic, explain, document and paths from lstm_studio",
        "lstm_studio/symbolic/__init__.py:2: imports lstm_studio.interop; symbolic sits below "
        "document/worksheets/interop/app/cli",
        "lstm_studio/symbolic/__init__.py:2: imports lstm_studio.interop.torch; symbolic sits below "
        "document/worksheets/interop/app/cli",
        "lstm_studio/tasks/data.py:2: imports lstm_studio.document; tasks may import only the engine and paths from "
        "lstm_studio",
        "lstm_studio/tasks/data.py:2: imports lstm_studio.document.tokens; tasks may import only the engine and paths "
        "from lstm_studio",
    ]


def test_relative_imports_resolve_against_the_right_package(fake_tree: Path):
    pkg = fake_tree / "lstm_studio"
    assert imports(pkg / "engine/__init__.py", fake_tree) == [
        (1, "lstm_studio.engine.cells"), (1, "lstm_studio.engine.cells.gru"), (2, "numpy"),
    ]
    assert imports(pkg / "engine/cells/__init__.py", fake_tree) == [
        (1, "lstm_studio.engine.functions"), (1, "lstm_studio.engine.functions.sigmoid"),
    ]
    assert imports(pkg / "engine/cells/worse.py", fake_tree) == [(1, "lstm_studio"), (1, "lstm_studio.cli")]
