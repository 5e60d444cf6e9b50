"""How long the window stalls on a change of look and on opening a file: light → dark → light, Ctrl++
three times and Ctrl+0, and opening a trained model (23 tokens, 8 units) and a preset. Each time runs from
the call until every visible view is updated and Qt has painted the result. Runs offscreen.

    python tests/benchmarks/bench_look.py [--json] [--rounds N]

Target (docs/window.md): each under 0.2 s. With --json the last line is {"name": median ms, ...}.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from lstm_studio import paths
    from lstm_studio.app.window import MainWindow
    from lstm_studio.document import modelfile
    from lstm_studio.document.session import Session
    from lstm_studio.engine import new_model

    folder = Path(tempfile.mkdtemp())
    trained = folder / "plurals.json"
    modelfile.save(new_model("lstm", list("ABCDEFGHIJKMNOPRSTUWXY_"), 8, seed=1, name="Plurals"), trained)
    preset = paths.presets()["lstm_pigs"]
    window = MainWindow(Session(modelfile.load(preset)), QSettings(str(folder / "s.ini"), QSettings.IniFormat),
                        folder / "autosave", restore_layout=False)
    window.resize(1366, 728)
    window.show()
    window.refresh()
    app.processEvents()

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        window.refresh()
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    steps = {
        "dark theme": lambda: window.apply_look("dark", 1.0),
        "light theme": lambda: window.apply_look("light", 1.0),
        "Ctrl++ (1)": lambda: window.apply_look("light", window.font_scale * 1.15),
        "Ctrl++ (2)": lambda: window.apply_look("light", window.font_scale * 1.15),
        "Ctrl++ (3)": lambda: window.apply_look("light", window.font_scale * 1.15),
        "Ctrl+0": lambda: window.apply_look("light", 1.0),
        "open trained model": lambda: window.open_file(trained),
        "open preset": lambda: window.open_file(preset),
    }
    samples: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(args.rounds):
        for name, action in steps.items():
            samples[name].append(timed(action))
    medians = {name: sorted(values)[len(values) // 2] for name, values in samples.items()}
    for name, value in medians.items():
        print(f"{name:20s} median {value:7.1f} ms   max {max(samples[name]):7.1f} ms")
    window.session.undo.set_clean()
    window.close()
    if args.json:
        print(json.dumps({name: round(value, 1) for name, value in medians.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
