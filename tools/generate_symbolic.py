"""Rewrite lstm_studio/symbolic/ahead_equations.py from the symbolic layer (``make generate``).

Run: python tools/generate_symbolic.py   (see lstm_studio/symbolic/generate.py)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lstm_studio.document.modelfile import atomic_write  # noqa: E402
from lstm_studio.symbolic.generate import MODULE, module_text  # noqa: E402


def main() -> int:
    target = ROOT / MODULE
    text = module_text()
    if target.exists() and target.read_text(encoding="utf-8") == text:
        print(f"{MODULE} is up to date")
        return 0
    atomic_write(target, text)
    print(f"wrote {MODULE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
