"""How fast the window answers: a weight edit until every visible view is repainted, and process start
until the window is shown. Runs offscreen.

    python tests/benchmarks/bench_gui.py [--json] [--edits N] [--launches N]

edit → repaint: the session takes the edit (as the weight table or the slider hands it over), then the
event loop runs the session's coalesced pass (recompute, setData on every visible plot, tables) and Qt
paints every region that changed, as it does for a frame on screen. Measured on every preset (3 steps,
PIG) and on a hidden-64 LSTM over 200 steps. Window up: a fresh Python process runs ``lstm-studio gui``
and reports when the window has been shown and painted. With --json the last line is
{"edit_to_repaint_ms": {"preset_median", "preset_p95", "large_median", "large_p95"}, "window_up_s"}.
Targets (docs/architecture.md#tests): preset median ≤ 16 ms, large median ≤ 50 ms, window up ≤ 1.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

CHILD_FLAG = "--launch-child"


def _child() -> None:
    """Run the real entry point; print once the window has been shown and painted, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lstm_studio.app import window as window_module

    show = window_module.MainWindow.show

    def shown(self) -> None:
        show(self)
        self.repaint()
        print(f"shown {time.perf_counter()}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    window_module.MainWindow.show = shown
    from lstm_studio.cli import main

    main(["gui"])


def _percentiles(samples: list[float]) -> tuple[float, float]:
    return float(np.median(samples)), float(np.percentile(samples, 95))


def edit_latencies(session_factory, edits: int, refresh_everything: bool = False) -> list[float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from lstm_studio.app.window import MainWindow

    app = QApplication.instance()
    folder = tempfile.mkdtemp()
    window = MainWindow(session_factory(), QSettings(str(Path(folder) / "s.ini"), QSettings.IniFormat),
                        Path(folder) / "autosave", restore_layout=False)
    window.resize(1366, 768)
    window.show()
    for _ in range(3):
        app.processEvents()
    window.repaint()
    session = window.session
    name = next(n for n in session.model.params if n.startswith("W_"))
    window.weights.show_layout(f"param:{name}")
    window.weights.select(0, 0)
    base = float(session.model.params[name][0, 0])
    samples = []
    for k in range(edits + 5):
        value = base + 0.5 * np.sin(k / 3)
        start = time.perf_counter()
        session.set_entry(name, (0, 0), value)
        app.processEvents()  # the coalesced refresh runs, then the dirty regions are painted
        app.processEvents()  # anything the paint itself scheduled
        elapsed = time.perf_counter() - start
        if k >= 5:  # the first edits warm caches
            samples.append(elapsed * 1000)
    session.undo.set_clean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return samples


def launch_times(launches: int) -> list[float]:
    times = []
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as folder:
        env["LSTM_STUDIO_SETTINGS"] = str(Path(folder) / "settings.ini")
        env["LSTM_STUDIO_AUTOSAVE_DIR"] = str(Path(folder) / "autosave")
        for _ in range(launches):
            start = time.perf_counter()
            proc = subprocess.run([sys.executable, __file__, CHILD_FLAG], capture_output=True, text=True,
                                  env=env, timeout=120)
            lines = [line for line in proc.stdout.splitlines() if line.startswith("shown ")]
            if proc.returncode != 0 or not lines:
                raise RuntimeError(f"the window did not come up: {proc.stderr.strip()[-400:]}")
            times.append(float(lines[0].split()[1]) - start)
    return times


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--launches", type=int, default=5)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841  (kept alive for the windows)
    from lstm_studio import paths
    from lstm_studio.document import modelfile, tokens
    from lstm_studio.document.session import Session
    from lstm_studio.engine import new_model

    preset_samples = []
    for stem, path in paths.presets().items():
        samples = edit_latencies(lambda path=path: Session(modelfile.load(path)), args.edits)
        median, p95 = _percentiles(samples)
        print(f"edit → repaint  {stem:<22} median {median:6.2f} ms   p95 {p95:6.2f} ms")
        preset_samples += samples

    vocab = list("PIGS")
    rng = np.random.default_rng(0)
    text = tokens.join(rng.integers(0, 4, size=200), vocab)
    large = edit_latencies(lambda: Session(new_model("lstm", vocab, 64, seed=0), None, text), args.edits)
    large_median, large_p95 = _percentiles(large)
    print(f"edit → repaint  {'LSTM H=64, T=200':<22} median {large_median:6.2f} ms   p95 {large_p95:6.2f} ms")

    up = launch_times(args.launches)
    window_up = float(np.median(up))
    print(f"process start → window shown: median {window_up:.3f} s over {len(up)} launches "
          f"({', '.join(f'{t:.2f}' for t in up)})")
    preset_median, preset_p95 = _percentiles(preset_samples)
    print(f"targets: preset median {preset_median:.2f} ≤ 16 ms, large median {large_median:.2f} ≤ 50 ms, "
          f"window up {window_up:.2f} ≤ 1.5 s")
    if args.json:
        print(json.dumps({
            "edit_to_repaint_ms": {"preset_median": round(preset_median, 3), "preset_p95": round(preset_p95, 3),
                                   "large_median": round(large_median, 3), "large_p95": round(large_p95, 3)},
            "window_up_s": round(window_up, 3),
        }))
    return 0


if __name__ == "__main__":
    if CHILD_FLAG in sys.argv:
        _child()
    else:
        sys.exit(main())
