"""Importing modules at idle without a stalled frame: one module per turn of the event loop, leaves first.

Importing a view's module once the window is up costs 10-25 ms of the GUI thread (the cell diagram's 18
modules; PySide also reads the source of every module imported after it), which is a stalled frame if it
happens in one callback. :func:`import_at_idle` finds, from the sources, which modules a module imports
at its top level (following ours further down; another library's module, such as ``csv``, is a leaf) and
imports them the deepest first, each in a turn of its own, so that a turn runs one module's body (a few
milliseconds at most). Reading a source to find its imports is a turn of
its own too. Where the sources cannot be read (a bundle with compiled modules only), the named modules
are simply imported one per turn. See docs/performance.md.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QTimer

_PACKAGE = "lstm_studio"
#: The delay between two pieces: 1 ms, a timer (a 0 ms single shot is a posted event, and Qt may deliver two
#: of them before a timer that is due: two pieces in one turn).
NEXT_TURN_MS = 1
_ROOT = Path(__file__).resolve().parents[3]
#: An import at the start of a line (the module's top level; imports inside functions are deferred on
#: purpose and stay so): ``from x.y import a, b`` or ``import x.y`` (not a relative one).
_IMPORT = re.compile(r"^(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import[ \t]+(?:\(([^)]*)\)|([\w \t,]+))"
                     r"|import[ \t]+([A-Za-z_][\w.]*))", re.MULTILINE)
#: The module's docstring, if it opens the file.
_DOCSTRING = re.compile(r'\A\s*(?:#[^\n]*\n\s*)*[rRuU]?("""|\'\'\')(?:.|\n)*?\1')
#: The first top-level line that is neither an import nor a comment, nor inside an import's brackets: the
#: end of the module's header (what follows may hold "import x" in a string, such as a code template).
_BODY = re.compile(r"^(?!import[ \t]|from[ \t]|#|[ \t]|\)|$)", re.MULTILINE)


def _source(module: str) -> Path | None:
    """The file of ``module`` under the package's root, or None."""
    base = _ROOT.joinpath(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _imported_by(path: Path) -> list[str]:
    """The modules that the source at ``path`` imports in its header, the imports after its docstring (a
    ``from`` import's names count when they are modules of ours); imports further down are left to the
    module itself."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    docstring = _DOCSTRING.match(text)
    if docstring:
        text = text[docstring.end():]
    body = _BODY.search(text)
    if body:
        text = text[:body.start()]
    found = []
    for match in _IMPORT.finditer(text):
        if match.group(4):
            found.append(match.group(4))
            continue
        found.append(match.group(1))
        for name in (match.group(2) or match.group(3)).split(","):
            words = name.split()
            if words and _source(f"{match.group(1)}.{words[0]}") is not None:
                found.append(f"{match.group(1)}.{words[0]}")
    return found


def steps(modules: list[str]) -> Iterator[None]:
    """Import ``modules`` and the modules they import at the top (and so on down through ours), deepest
    first; yields after each source read and each import (the caller turns the event loop between two
    steps)."""
    seen: set[str] = set()
    read: set[str] = set()

    def outside(module: str, package: str) -> Iterator[None]:
        """What ``module``, a submodule that ``package``'s __init__ imports (and so runs in the same
        turn), needs from outside the package: imported first, in turns of their own."""
        if module in read or module in sys.modules:
            return
        read.add(module)
        path = _source(module)
        if path is None:
            return
        needs = _imported_by(path)
        yield
        for other in needs:
            yield from (outside(other, package) if other.startswith(package + ".") else visit(other))

    def visit(module: str) -> Iterator[None]:
        if module in seen or module in sys.modules:
            return
        seen.add(module)
        package = module.rpartition(".")[0]
        if package:  # a package's __init__ runs first, and may import much (lstm_studio.interop)
            yield from visit(package)
        path = _source(module)
        if path is not None:
            needs = _imported_by(path)
            yield
            if path.name == "__init__.py":
                for other in needs:
                    if other.startswith(module + "."):
                        yield from outside(other, module)
            for other in needs:
                yield from visit(other)
        if module not in sys.modules:
            try:
                importlib.import_module(module)
            except ImportError:  # (an optional library missing): the view that needs it says so when shown
                pass
            yield

    for module in modules:
        yield from visit(module)


def import_at_idle(modules: list[str], then: Callable[[], None] | None = None) -> None:
    """Import ``modules`` (and what they import of ours) a piece per turn of the event loop, starting at
    the next turn; ``then()`` runs once they are all imported."""
    pending = steps(list(modules))

    def step() -> None:
        try:
            next(pending)
        except StopIteration:
            if then is not None:
                then()
            return
        QTimer.singleShot(NEXT_TURN_MS, step)

    QTimer.singleShot(NEXT_TURN_MS, step)
