"""How fast the window answers: a weight edit until every visible view is repainted, and process start
until the window is shown. Runs offscreen.

    python tests/benchmarks/bench_gui.py [--json] [--edits N] [--launches N]

edit → repaint: the session takes the edit (as the weight table or the slider hands it over), then the
event loop runs the session's coalesced pass (recompute, setData on every visible plot, tables) and Qt
paints every region that changed, as it does for a frame on screen. Measured on every preset (3 steps,
PIG) and on a hidden-64 LSTM over 200 steps. Window up: a fresh Python process runs ``lstm-studio gui``
and reports when the window has been shown and painted; the launches run with bytecode caching on, after
one launch that is not counted, as an installed copy starts (the source tree's ``__pycache__`` is written).

Every figure comes with an interleaved baseline (tests/benchmarks/machine.py): between edits the same
fixed piece of work is timed (``reference_ms``: when it is slow, the machine was busy), the GUI thread's
CPU time per edit is reported beside the wall-clock time, and each launch of the studio is followed by
the launch of a bare Qt window (``window_up_baseline_s``: what Python and Qt cost before any of our code).
NumPy runs with one BLAS thread, as in the ``lstm-studio`` command (lstm_studio/blas_threads.py).

With --json the last line is {"edit_to_repaint_ms": {"preset_median", "preset_p95", "large_median",
"large_p95"}, "window_up_s", "edit_to_repaint_cpu_ms": {the same keys}, "reference_ms",
"window_up_baseline_s", "table": [{"figure", "value", "target", "ok"}], "load": {"before", "after"},
"machine": {...}}. Targets (docs/performance.md): preset median ≤ 8 ms, window up ≤ 0.8 s; the large
model's median ≤ 50 ms (docs/architecture.md#tests).
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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from lstm_studio import blas_threads

blas_threads.one_thread()  # as the lstm-studio command does, before NumPy is imported

import numpy as np  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

CHILD_FLAG = "--launch-child"
BARE_FLAG = "--bare-child"
sys.path.insert(0, str(Path(__file__).resolve().parent))
import machine  # noqa: E402  (tests/benchmarks/machine.py, beside this script)


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


def _bare_child() -> None:
    """The baseline: Python and Qt alone, an empty main window shown and painted."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1366, 768)
    window.show()
    window.repaint()
    app.processEvents()
    print(f"shown {time.perf_counter()}", flush=True)
    os._exit(0)  # nothing to tear down (and no PySide6 shutdown to trip over)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    return float(np.median(samples)), float(np.percentile(samples, 95))


def edit_latencies(session_factory, edits: int, cpu: list[float] | None = None,
                   reference: list[float] | None = None) -> list[float]:
    """Wall-clock milliseconds per edit; the GUI thread's CPU milliseconds per edit go to ``cpu`` and the
    interleaved reference work's to ``reference``."""
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
        start, start_cpu = time.perf_counter(), time.thread_time()
        session.set_entry(name, (0, 0), value)
        app.processEvents()  # the coalesced refresh runs, then the dirty regions are painted
        app.processEvents()  # anything the paint itself scheduled
        elapsed, used = time.perf_counter() - start, time.thread_time() - start_cpu
        if k >= 5:  # the first edits warm caches
            samples.append(elapsed * 1000)
            if cpu is not None:
                cpu.append(used * 1000)
            if reference is not None:
                reference.append(machine.reference_ms())
    session.undo.set_clean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return samples


def _launch(flag: str, env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, flag], capture_output=True, text=True, env=env, timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("shown ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"the window did not come up: {proc.stderr.strip()[-400:]}")
    return float(lines[0].split()[1]) - start


def launch_times(launches: int, baseline: list[float] | None = None) -> list[float]:
    """Seconds from process start to the studio shown, per launch; with ``baseline``, each launch is
    followed by one of a bare Qt window, whose times go there."""
    times = []
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy runs from compiled bytecode
    with tempfile.TemporaryDirectory() as folder:
        env["LSTM_STUDIO_SETTINGS"] = str(Path(folder) / "settings.ini")
        env["LSTM_STUDIO_AUTOSAVE_DIR"] = str(Path(folder) / "autosave")
        _launch(CHILD_FLAG, env)  # writes the bytecode caches; not counted
        for _ in range(launches):
            times.append(_launch(CHILD_FLAG, env))
            if baseline is not None:
                baseline.append(_launch(BARE_FLAG, env))
    return times


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--launches", type=int, default=5)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    load_before = machine.load()
    app = QApplication.instance() or QApplication([])  # noqa: F841  (kept alive for the windows)
    from lstm_studio import paths
    from lstm_studio.document import modelfile, tokens
    from lstm_studio.document.session import Session
    from lstm_studio.engine import new_model

    preset_samples, preset_cpu, reference = [], [], []
    for stem, path in paths.presets().items():
        cpu = []
        samples = edit_latencies(lambda path=path: Session(modelfile.load(path)), args.edits, cpu, reference)
        median, p95 = _percentiles(samples)
        print(f"edit → repaint  {stem:<22} median {median:6.2f} ms   p95 {p95:6.2f} ms   "
              f"(GUI thread CPU {machine.median(cpu):5.2f} ms)")
        preset_samples += samples
        preset_cpu += cpu

    vocab = list("PIGS")
    rng = np.random.default_rng(0)
    text = tokens.join(rng.integers(0, 4, size=200), vocab)
    large_cpu: list[float] = []
    large = edit_latencies(lambda: Session(new_model("lstm", vocab, 64, seed=0), None, text), args.edits,
                           large_cpu, reference)
    large_median, large_p95 = _percentiles(large)
    print(f"edit → repaint  {'LSTM H=64, T=200':<22} median {large_median:6.2f} ms   p95 {large_p95:6.2f} ms   "
          f"(GUI thread CPU {machine.median(large_cpu):5.2f} ms)")
    print(f"reference work between edits: median {machine.median(reference):.2f} ms")

    bare: list[float] = []
    up = launch_times(args.launches, bare)
    window_up, window_bare = float(np.median(up)), float(np.median(bare))
    print(f"process start → window shown: median {window_up:.3f} s over {len(up)} launches "
          f"({', '.join(f'{t:.2f}' for t in up)}); a bare Qt window: {window_bare:.3f} s")
    preset_median, preset_p95 = _percentiles(preset_samples)
    table = [
        {"figure": "edit → whole window repainted, presets (studio view), median ms", "value": round(preset_median, 2),
         "target": 8.0},
        {"figure": "edit → repainted, LSTM H=64 × 200 steps (studio view), median ms", "value": round(large_median, 2),
         "target": 50.0},
        {"figure": "process start → window shown, median s", "value": round(window_up, 3), "target": 0.8},
    ]
    for row in table:
        row["ok"] = row["value"] <= row["target"]
        print(f"{'ok  ' if row['ok'] else 'MISS'} {row['figure']}: {row['value']} (target ≤ {row['target']})")
    load_after = machine.load()
    print(f"load average before {load_before}, after {load_after}")
    if args.json:
        cpu_median, cpu_p95 = _percentiles(preset_cpu)
        large_cpu_median, large_cpu_p95 = _percentiles(large_cpu)
        print(json.dumps({
            "edit_to_repaint_ms": {"preset_median": round(preset_median, 3), "preset_p95": round(preset_p95, 3),
                                   "large_median": round(large_median, 3), "large_p95": round(large_p95, 3)},
            "window_up_s": round(window_up, 3),
            "edit_to_repaint_cpu_ms": {"preset_median": round(cpu_median, 3), "preset_p95": round(cpu_p95, 3),
                                       "large_median": round(large_cpu_median, 3),
                                       "large_p95": round(large_cpu_p95, 3)},
            "reference_ms": machine.median(reference),
            "window_up_baseline_s": round(window_bare, 3),
            "table": table,
            "load": {"before": load_before, "after": load_after},
            "machine": machine.describe(),
        }))
    return 0


if __name__ == "__main__":
    if CHILD_FLAG in sys.argv:
        _child()
    elif BARE_FLAG in sys.argv:
        _bare_child()
    else:
        sys.exit(main())
