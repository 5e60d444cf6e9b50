"""Rewrite what the symbolic layer writes ahead of time (``make generate``): the equations,
lstm_studio/symbolic/ahead_equations.py, and the local derivatives, lstm_studio/symbolic/ahead_formulas/.

Run: python tools/generate_symbolic.py   (see lstm_studio/symbolic/generate.py)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lstm_studio.document.modelfile import atomic_write  # noqa: E402
from lstm_studio.symbolic.generate import FORMULAS_PACKAGE, MODULE, formulas_modules, module_text  # noqa: E402


def write(path: str, text: str) -> None:
    target = ROOT / path
    if target.exists() and target.read_text(encoding="utf-8") == text:
        print(f"{path} is up to date")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, text)
    print(f"wrote {path}")


def main() -> int:
    write(MODULE, module_text())
    files = formulas_modules()
    for path, text in files.items():
        write(path, text)
    for stale in sorted((ROOT / FORMULAS_PACKAGE).glob("*.py")):
        if stale.relative_to(ROOT).as_posix() not in files:  # a cell or option that is gone
            stale.unlink()
            print(f"removed {stale.relative_to(ROOT).as_posix()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
