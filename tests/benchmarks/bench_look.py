"""How long the window stalls on a change of look and on opening a file: light → dark → light, Ctrl++
three times and Ctrl+0, and opening a trained model (23 tokens, 8 units) and a preset. Each time runs from
the call until every visible view is updated and Qt has painted the result. Runs offscreen, on a screen
of a laptop's size (1366×768, the window maximised on it; Qt's offscreen screen is 800×800 by default,
which made the first Ctrl++ shrink the window and the others measure a 792 px wide one).

Also "Start in Training": the longest the GUI thread goes without turning its event loop (a 2 ms timer
stands for the user's clicks and the window's repaints) in the 1.5 s after Start, on the RNN preset with
the plurals task (the studio changes to the task's 23-token LSTM while its worker trains).

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

LAPTOP_SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
if "QT_QPA_PLATFORM" not in os.environ:
    _screen = Path(tempfile.mkdtemp()) / "screen.json"
    _screen.write_text(json.dumps(LAPTOP_SCREEN))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
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
    preset_rnn = paths.presets()["rnn_pigs"]
    window = MainWindow(Session(modelfile.load(preset)), QSettings(str(folder / "s.ini"), QSettings.IniFormat),
                        folder / "autosave", restore_layout=False)
    window.showMaximized()
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
    stalls: dict[str, list[float]] = {name: [] for name in steps}
    samples["Start in Training"] = []
    for _ in range(args.rounds):
        for name, action in steps.items():
            samples[name].append(timed(action))
        for name, action in steps.items():
            stalls[name].append(longest_stall(app, action, 1.0))
        samples["Start in Training"].append(start_stall(app, window, preset_rnn))
    medians = {name: sorted(values)[len(values) // 2] for name, values in samples.items()}
    for name, value in medians.items():
        stall = f"   longest stall median {sorted(stalls[name])[len(stalls[name]) // 2]:7.1f} ms" \
            if name in stalls else ""
        print(f"{name:20s} median {value:7.1f} ms   max {max(samples[name]):7.1f} ms{stall}")
    window.session.undo.set_clean()
    window.close()
    if args.json:
        print(json.dumps({name: round(value, 1) for name, value in medians.items()}))
    return 0


def start_stall(app, window, preset: Path, seconds: float = 1.5) -> float:
    """Open ``preset``, let the window settle, press Start in Training; the longest event-loop stall (ms)
    in the ``seconds`` after it. The run is stopped and waited for afterwards."""
    window.open_file(preset)
    window.training_dock.show()
    _turn(app, 1.0)
    longest = longest_stall(app, window.training.start_button.click, seconds)
    window.training.stop()
    window.training.wait()
    _turn(app, 0.2)
    window.session.undo.set_clean()
    return longest


def longest_stall(app, action, seconds: float) -> float:
    """The longest time (ms) the event loop goes without a turn in the ``seconds`` after ``action`` runs
    from it (as a key press or a click would): a 2 ms heartbeat timer notes every turn."""
    from PySide6.QtCore import QTimer

    _turn(app, 0.3)
    last, longest = [time.perf_counter()], [0.0]

    def tick() -> None:
        now = time.perf_counter()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    beat = QTimer()
    beat.setInterval(2)
    beat.timeout.connect(tick)
    beat.start()
    last[0] = time.perf_counter()
    QTimer.singleShot(0, action)
    _turn(app, seconds)
    beat.stop()
    return longest[0] * 1000


def _turn(app, seconds: float) -> None:
    """Run the event loop for ``seconds``."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


if __name__ == "__main__":
    sys.exit(main())
