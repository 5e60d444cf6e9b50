"""How fast the inside views follow an edit, in the real studio window.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_panels.py [--json] [--edits N]

For each view — the cell diagram, the unrolled network, the equations and the gradient lab — the window
shows that view and a weight is edited N times (a slider drag's worth of values). One measurement is
edit → every visible view repainted: the time from ``session.set_entry`` until the window's coalesced
pass has updated every visible view and the whole window has been painted (``repaint``).
It is taken on every preset and on a hidden-64, 200-step LSTM, as bench_gui.py does.

Also measured:
    first_show_ms     the first time a view is shown: building it (its tab is lazy) and its first update
    formulas_s        how long the symbolic layer takes, on its worker, to derive and render what the
                      equations panel and the gradient lab show (cold, first view of the LSTM preset)
    gui_stall_ms      the longest the GUI thread went without turning its event loop while that symbolic
                      work ran (sympy never blocks the window; the worker only competes for the GIL), cold
                      (the one-off import of sympy, deriving, the formula fonts) and warm
                      (gui_stall_warm_ms: other entries and steps, new numbers to render)

The window-level figure includes the studio's own views (sequence, time bar, output) and painting the
whole 1366 × 768 window; ``view_update_and_paint_ms`` is the inside view's share alone: its update
(``LiveView.last_update_ms``) plus repainting it.

Targets (docs/architecture.md#tests): preset median ≤ 16 ms, large median ≤ 50 ms. With ``--json`` the last line is
{"edit_to_repaint_ms": {view: {"preset_median", "preset_p95", "large_median", "large_p95"}},
 "view_update_and_paint_ms": {view: {…the same keys}}, "first_show_ms": {view: ms}, "formulas_s": s,
 "gui_stall_ms": ms, "gui_stall_warm_ms": ms}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

VIEWS = ("cell", "unrolled", "equations", "gradients")


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


def _window(model, text: str):
    from PySide6.QtCore import QSettings

    from lstm_studio.app.main import SCREENSHOT_SIZE
    from lstm_studio.app.window import MainWindow
    from lstm_studio.document.session import Session

    folder = Path(tempfile.mkdtemp(prefix="bench_panels_"))
    session = Session(model, None, text)
    window = MainWindow(session, QSettings(str(folder / "settings.ini"), QSettings.IniFormat), folder / "autosave",
                        restore_layout=False)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    window.refresh()
    return window


def _settle(app, window, view) -> None:
    """Turn the event loop until the session's coalesced pass has updated every visible view."""
    deadline = time.perf_counter() + 5.0
    while not (window.up_to_date and view.up_to_date) and time.perf_counter() < deadline:
        app.processEvents()


def measure_edits(app, model, text: str, view_name: str, edits: int) -> tuple[list[float], list[float]]:
    """Per edit: (edit → everything updated and the whole window painted, the view's own update + paint)."""
    from lstm_studio.app.common.background import wait_idle

    window = _window(model, text)
    window.show_panel(view_name)
    view = window.inside_panels[view_name].ensure()
    view.update_now()
    wait_idle(120)
    name = "W_hh" if model.cell == "rnn" else ("U_f" if model.spec.has_c else "U_z")
    base = float(model.params[name][0, 0])
    whole, own = [], []
    session = window.session
    for n in range(edits):
        start = time.perf_counter()
        session.set_entry(name, (0, 0), base + 0.01 * (n % 20 - 10))
        _settle(app, window, view)
        updated = time.perf_counter()
        view.repaint()
        painted = time.perf_counter()
        window.repaint()
        done = time.perf_counter()
        whole.append(((updated - start) + (done - painted)) * 1000)
        own.append(view.last_update_ms + (painted - updated) * 1000)
    wait_idle(120)
    session.undo.set_clean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return whole, own


def measure_first_show(app, model, text: str) -> dict[str, float]:
    window = _window(model, text)
    out = {}
    for name in VIEWS:
        start = time.perf_counter()
        window.show_panel(name)
        view = window.inside_panels[name].ensure()
        _settle(app, window, view)
        window.repaint()
        out[name] = (time.perf_counter() - start) * 1000
    from lstm_studio.app.common.background import wait_idle

    wait_idle(120)
    window.session.undo.set_clean()
    window.close()
    window.deleteLater()
    return out


def measure_symbolic(app, model, text: str) -> tuple[float, float, float]:
    """(seconds until the equations panel and then the gradient lab show every formula, rendered; the
    longest the GUI thread went without an event-loop turn meanwhile, in ms — cold, which includes
    importing sympy and deriving; and warm: other entries and steps once the formulas exist)."""
    from PySide6.QtCore import QTimer

    from lstm_studio.app.common import background

    window = _window(model, text)
    stalls = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        stalls[0] = max(stalls[0], (now - last[0]) * 1000)
        last[0] = now

    def equations_done() -> bool:
        view = window.inside_panels["equations"].view
        return bool(view.rows) and all(r.formula.rendered for r in view.rows.values())

    def lab_done() -> bool:
        lab = window.inside_panels["gradients"].view
        shown = [lab.composition, *(f for f in lab.formulas if f.latex), *(n for n in lab.numeric if n.latex)]
        return lab.chain is not None and len(shown) > 1 and all(label.rendered for label in shown)

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(tick)

    def run(name: str, done, change=None) -> None:
        window.show_panel(name)
        view = window.inside_panels[name].ensure()
        if change is not None:
            change(view)
        _settle(app, window, view)
        last[0] = time.perf_counter()
        timer.start()
        deadline = time.perf_counter() + 120
        while time.perf_counter() < deadline and not (background._outstanding <= 0 and done()):
            app.processEvents()
            time.sleep(0.001)
        timer.stop()

    start = time.perf_counter()
    run("equations", equations_done)
    run("gradients", lab_done)
    elapsed, cold = time.perf_counter() - start, stalls[0]
    stalls[0] = 0.0
    for step, entry in ((0, (1, 2)), (2, (2, 0)), (1, (0, 1))):
        window.session.set_step(step)
        run("gradients", lab_done, lambda view, e=entry: view.choose("U_f", e))
    window.session.undo.set_clean()
    window.close()
    return elapsed, cold, stalls[0]


def _figures(preset: list[float], large: list[float]) -> dict:
    return {"preset_median": round(statistics.median(preset), 2), "preset_p95": round(_p95(preset), 2),
            "large_median": round(statistics.median(large), 2), "large_p95": round(_p95(large), 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--edits", type=int, default=30)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from lstm_studio import paths
    from lstm_studio.document import modelfile
    from lstm_studio.engine import new_model

    presets = {stem: modelfile.load(path) for stem, path in paths.presets().items()}
    large = new_model("lstm", list("PIGS"), 64, seed=0)
    large_text = "PIGS" * 50
    formulas_s, stall, warm_stall = measure_symbolic(app, presets["lstm_pigs"], "PIGS")
    first_show = measure_first_show(app, presets["lstm_pigs"], "PIGS")
    report, own_report = {}, {}
    for view in VIEWS:
        preset_whole, preset_own = [], []
        for model in presets.values():
            whole, own = measure_edits(app, model.copy(), "PIGS", view, args.edits)
            preset_whole += whole
            preset_own += own
        large_whole, large_own = measure_edits(app, large.copy(), large_text, view, max(5, args.edits // 3))
        report[view] = _figures(preset_whole, large_whole)
        own_report[view] = _figures(preset_own, large_own)
    result = {"edit_to_repaint_ms": report, "view_update_and_paint_ms": own_report,
              "first_show_ms": {k: round(v, 1) for k, v in first_show.items()},
              "formulas_s": round(formulas_s, 2), "gui_stall_ms": round(stall, 1),
              "gui_stall_warm_ms": round(warm_stall, 1)}
    if not args.json:
        print("edit → the whole window updated and painted (the view's own update and paint in brackets)")
        print(f"{'view':<12}{'preset median':>22}{'p95':>8}{'large median':>22}{'p95':>8}{'first show':>12}")
        for view, r in report.items():
            o = own_report[view]
            print(f"{view:<12}{r['preset_median']:>8.1f}ms ({o['preset_median']:>5.1f}ms){r['preset_p95']:>6.1f}ms"
                  f"{r['large_median']:>8.1f}ms ({o['large_median']:>5.1f}ms){r['large_p95']:>6.1f}ms"
                  f"{first_show[view]:>10.0f}ms")
        print(f"symbolic formulas ready after {formulas_s:.2f} s on the worker; longest GUI stall meanwhile "
              f"{stall:.1f} ms (importing sympy), {warm_stall:.1f} ms once it is loaded")
    print(json.dumps(result) if args.json else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
