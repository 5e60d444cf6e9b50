"""How fast the inside views follow an edit, in the real studio window.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_panels.py [--json] [--edits N]

For each view — the cell diagram, the unrolled network, the equations and the gradient lab — the window
shows that view and a weight is edited N times (a slider drag's worth of values). One measurement is
edit → every visible view repainted: the time from ``session.set_entry`` until the window's coalesced
pass has updated every visible view and the whole window has been painted (``repaint``).
It is taken on every preset and on a hidden-64, 200-step LSTM, as bench_gui.py does.

Also measured:
    first_show_ms     the first time a view is shown: building it (its tab is lazy) and its first update
    formulas_s        how long until every formula the equations panel and the gradient lab show is
                      final, from a window just built (cold, first view of the LSTM preset): formulas
                      written ahead and set by the fast typesetter, or, for what they do not hold, derived
                      and rendered by the symbolic process (starting it, importing sympy)
    gui_stall_ms      the longest the GUI thread went without turning its event loop meanwhile, cold
                      and warm (gui_stall_warm_ms: other entries and steps, new numbers to set)
    formulas_readable_s the same as formulas_s, until every formula is first readable (a quick setting
                      counts where a final rendering is still to come)

The window-level figure includes the studio's own views (sequence, time bar, output) and painting the
whole 1366 × 768 window; ``view_update_and_paint_ms`` is the inside view's share alone: its update
(``LiveView.last_update_ms``) plus repainting it.

Every figure comes with an interleaved baseline (tests/benchmarks/machine.py): ``reference_ms``, a fixed
piece of work timed between edits (slow means the machine was busy); ``edit_cpu_ms``, the GUI thread's
CPU time per edit beside the wall-clock figure; ``gui_stall_cpu_ms`` / ``gui_stall_warm_cpu_ms``, the
most GUI-thread CPU time between two turns of the stall timer; ``gui_stall_idle_ms``, the longest gap of
the same 2 ms timer over as long a stretch with the window idle, taken right after each symbolic run (what
the machine alone does to the event loop); ``first_show_baseline_ms``, switching to the already built gate
plots.
The stall is measured with the event loop waiting for events as a real one does, never sleeping.
NumPy runs with one BLAS thread, as in the ``lstm-studio`` command (lstm_studio/blas_threads.py).

Targets (docs/performance.md): the gradient lab's large median ≤ 25 ms, the other views' large
medians ≤ 16 ms, stalls ≤ 16 ms, formulas ≤ 0.25 s, first show of the cell diagram and the gradient lab
≤ 60 ms. With ``--json`` the last line is
{"edit_to_repaint_ms": {view: {"preset_median", "preset_p95", "large_median", "large_p95"}},
 "view_update_and_paint_ms": {view: {…the same keys}}, "first_show_ms": {view: ms}, "formulas_s": s,
 "gui_stall_ms": ms, "gui_stall_warm_ms": ms, "edit_cpu_ms": {view: {…}}, "reference_ms": ms,
 "gui_stall_idle_ms": ms, "first_show_baseline_ms": ms, "formulas_readable_s": s,
 "gui_stall_cpu_ms": ms, "gui_stall_warm_cpu_ms": ms,
 "table": [{"figure", "value", "target", "ok"}],
 "load": {"before", "after"}, "machine": {...}}.
"""

from __future__ import annotations

import argparse
import compileall
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
from lstm_studio import blas_threads  # noqa: E402

blas_threads.one_thread()  # as the lstm-studio command does, before NumPy is imported

VIEWS = ("cell", "unrolled", "equations", "gradients")
sys.path.insert(0, str(Path(__file__).resolve().parent))
import machine  # noqa: E402  (tests/benchmarks/machine.py, beside this script)


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


def measure_edits(app, model, text: str, view_name: str, edits: int, cpu: list[float] | None = None,
                  reference: list[float] | None = None) -> tuple[list[float], list[float]]:
    """Per edit: (edit → everything updated and the whole window painted, the view's own update + paint);
    the GUI thread's CPU milliseconds per edit go to ``cpu``, the interleaved reference work's to
    ``reference``."""
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
        start, start_cpu = time.perf_counter(), time.thread_time()
        session.set_entry(name, (0, 0), base + 0.01 * (n % 20 - 10))
        _settle(app, window, view)
        updated, updated_cpu = time.perf_counter(), time.thread_time()
        view.repaint()
        painted, painted_cpu = time.perf_counter(), time.thread_time()
        window.repaint()
        done, done_cpu = time.perf_counter(), time.thread_time()
        whole.append(((updated - start) + (done - painted)) * 1000)
        own.append(view.last_update_ms + (painted - updated) * 1000)
        if cpu is not None:
            cpu.append(((updated_cpu - start_cpu) + (done_cpu - painted_cpu)) * 1000)
        if reference is not None:
            reference.append(machine.reference_ms())
    wait_idle(120)
    session.undo.set_clean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return whole, own


def measure_first_show(app, model, text: str) -> dict[str, float]:
    """Milliseconds from asking for each view until it is built, up to date and painted; "baseline" is the
    same for the gate plots, which exist already (a tab switch and a repaint)."""
    window = _window(model, text)
    out = {}
    for name in ("heatmaps", *VIEWS, "gates"):
        if name in ("heatmaps", "gates"):  # heatmaps first, so that the gates tab is a switch back
            start = time.perf_counter()
            window.show_panel(name)
            _settle(app, window, window.gates if name == "gates" else window.heatmaps)
            window.repaint()
            if name == "gates":
                out["baseline"] = (time.perf_counter() - start) * 1000
            continue
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


def measure_symbolic(app, model, text: str, idle: list[float] | None = None,
                     readable: list[float] | None = None,
                     cpu: list[float] | None = None) -> tuple[float, float, float]:
    """(seconds until the equations panel and then the gradient lab show every formula final; the
    longest the GUI thread went without an event-loop turn meanwhile, in ms — cold, which includes whatever
    the symbolic process must still start, import and derive; and warm: other entries
    and steps once the formulas exist). After each run the same timer watches the idle window as long
    again (not counted in the seconds); the longest gap then goes to ``idle``. The seconds until every
    formula is first readable (the fast typesetter's quick setting counts) go to ``readable``. The most
    CPU time the GUI thread spent between two turns of the timer, cold and then warm, goes to ``cpu`` (ms):
    what the window itself did in its longest stall, whatever the machine added."""
    from PySide6.QtCore import QEventLoop, QTimer

    from lstm_studio.app.common import background

    window = _window(model, text)
    stalls = [0.0]
    last = [time.perf_counter()]
    cpu_stalls = [0.0]
    last_cpu = [time.thread_time()]

    def tick() -> None:
        now, now_cpu = time.perf_counter(), time.thread_time()
        stalls[0] = max(stalls[0], (now - last[0]) * 1000)
        cpu_stalls[0] = max(cpu_stalls[0], (now_cpu - last_cpu[0]) * 1000)
        last[0], last_cpu[0] = now, now_cpu

    def shown(label, final: bool) -> bool:
        # (a build from before the quick setting has no ``readable``: there a formula is readable once rendered)
        return label.rendered if final else getattr(label, "readable", label.rendered)

    def equations_done(final: bool = True) -> bool:
        view = window.inside_panels["equations"].view
        return bool(view.rows) and all(shown(r.formula, final) for r in view.rows.values())

    def lab_done(final: bool = True) -> bool:
        lab = window.inside_panels["gradients"].view
        labels = [lab.composition, *(f for f in lab.formulas if f.latex), *(n for n in lab.numeric if n.latex)]
        return lab.chain is not None and len(labels) > 1 and all(shown(label, final) for label in labels)

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(tick)

    def run(name: str, done, change=None) -> tuple[float, float]:
        """Seconds until ``done()`` and until ``done(final=False)``."""
        began = time.perf_counter()
        first = None
        window.show_panel(name)
        view = window.inside_panels[name].ensure()
        if change is not None:
            change(view)
        _settle(app, window, view)
        last[0], last_cpu[0] = time.perf_counter(), time.thread_time()
        timer.start()
        deadline = began + 120
        while time.perf_counter() < deadline and not (background._outstanding <= 0 and done()):
            if first is None and done(final=False):
                first = time.perf_counter()
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # as a real event loop waits
        ended = time.perf_counter()
        timer.stop()
        if idle is not None:  # the baseline: the same timer over the idle window, as long
            busy, busy_cpu = stalls[0], cpu_stalls[0]
            stalls[0] = 0.0
            last[0], last_cpu[0] = time.perf_counter(), time.thread_time()
            timer.start()
            until = time.perf_counter() + max(0.05, time.perf_counter() - began)
            while time.perf_counter() < until:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            timer.stop()
            idle.append(stalls[0])
            stalls[0], cpu_stalls[0] = busy, busy_cpu
        return ended - began, (first or ended) - began

    equations, equations_first = run("equations", equations_done)
    lab, lab_first = run("gradients", lab_done)
    elapsed, cold = equations + lab, stalls[0]
    if readable is not None:
        readable.append(equations_first + lab_first)
    if cpu is not None:
        cpu.append(cpu_stalls[0])
    stalls[0] = cpu_stalls[0] = 0.0
    for step, entry in ((0, (1, 2)), (2, (2, 0)), (1, (0, 1))):
        window.session.set_step(step)
        run("gradients", lab_done, lambda view, e=entry: view.choose("U_f", e))
    if cpu is not None:
        cpu.append(cpu_stalls[0])
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
    # An installed copy imports the views from compiled bytecode; the development environment sets
    # PYTHONDONTWRITEBYTECODE=1, so a view never imported with caching on was compiled from its source at
    # its first show (10 of 60 ms of the cell diagram's). Compile the package first, as installing does.
    compileall.compile_dir(str(ROOT / "lstm_studio"), quiet=1)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from lstm_studio import paths
    from lstm_studio.document import modelfile
    from lstm_studio.engine import new_model

    load_before = machine.load()
    presets = {stem: modelfile.load(path) for stem, path in paths.presets().items()}
    large = new_model("lstm", list("PIGS"), 64, seed=0)
    large_text = "PIGS" * 50
    idle: list[float] = []
    readable: list[float] = []
    stall_cpu: list[float] = []
    formulas_s, stall, warm_stall = measure_symbolic(app, presets["lstm_pigs"], "PIGS", idle, readable, stall_cpu)
    first_show = measure_first_show(app, presets["lstm_pigs"], "PIGS")
    first_show_baseline = first_show.pop("baseline")
    report, own_report, cpu_report, reference = {}, {}, {}, []
    for view in VIEWS:
        preset_whole, preset_own, preset_cpu = [], [], []
        for model in presets.values():
            whole, own = measure_edits(app, model.copy(), "PIGS", view, args.edits, preset_cpu, reference)
            preset_whole += whole
            preset_own += own
        large_cpu: list[float] = []
        large_whole, large_own = measure_edits(app, large.copy(), large_text, view, max(5, args.edits // 3),
                                               large_cpu, reference)
        report[view] = _figures(preset_whole, large_whole)
        own_report[view] = _figures(preset_own, large_own)
        cpu_report[view] = _figures(preset_cpu, large_cpu)
    table = [
        ("edit → repainted, gradient lab, H=64 × 200 steps, median ms", report["gradients"]["large_median"], 25.0),
        *((f"edit → repainted, {view}, H=64 × 200 steps, median ms", report[view]["large_median"], 16.0)
          for view in VIEWS if view != "gradients"),
        ("longest GUI stall while the symbolic layer works, cold, ms", round(stall, 1), 16.0),
        ("longest GUI stall while the symbolic layer works, warm, ms", round(warm_stall, 1), 16.0),
        ("formulas of the LSTM preset ready, cold, s", round(formulas_s, 2), 0.25),
        ("first show of the cell diagram, ms", round(first_show["cell"], 1), 60.0),
        ("first show of the gradient lab, ms", round(first_show["gradients"], 1), 60.0),
    ]
    table = [{"figure": f, "value": v, "target": t, "ok": v <= t} for f, v, t in table]
    result = {"edit_to_repaint_ms": report, "view_update_and_paint_ms": own_report,
              "first_show_ms": {k: round(v, 1) for k, v in first_show.items()},
              "formulas_s": round(formulas_s, 2), "gui_stall_ms": round(stall, 1),
              "gui_stall_warm_ms": round(warm_stall, 1), "edit_cpu_ms": cpu_report,
              "reference_ms": machine.median(reference), "gui_stall_idle_ms": round(max(idle), 1),
              "first_show_baseline_ms": round(first_show_baseline, 1), "formulas_readable_s": round(readable[0], 2),
              "gui_stall_cpu_ms": round(stall_cpu[0], 1), "gui_stall_warm_cpu_ms": round(stall_cpu[1], 1),
              "table": table,
              "load": {"before": load_before, "after": machine.load()}, "machine": machine.describe()}
    if not args.json:
        print("edit → the whole window updated and painted (the view's own update and paint in brackets)")
        print(f"{'view':<12}{'preset median':>22}{'p95':>8}{'large median':>22}{'p95':>8}{'first show':>12}")
        for view, r in report.items():
            o = own_report[view]
            print(f"{view:<12}{r['preset_median']:>8.1f}ms ({o['preset_median']:>5.1f}ms){r['preset_p95']:>6.1f}ms"
                  f"{r['large_median']:>8.1f}ms ({o['large_median']:>5.1f}ms){r['large_p95']:>6.1f}ms"
                  f"{first_show[view]:>10.0f}ms")
        print(f"symbolic formulas ready after {formulas_s:.2f} s (readable after {readable[0]:.2f} s); "
              f"longest GUI stall meanwhile "
              f"{stall:.1f} ms cold, {warm_stall:.1f} ms warm ({max(idle):.1f} ms with the window idle)")
        print("GUI thread CPU per edit, large: " + ", ".join(f"{v} {cpu_report[v]['large_median']} ms" for v in VIEWS)
              + f"; reference work {machine.median(reference)} ms; first show of the built gate plots "
              f"{first_show_baseline:.0f} ms")
        for row in table:
            print(f"{'ok  ' if row['ok'] else 'MISS'} {row['figure']}: {row['value']} (target ≤ {row['target']})")
        print(f"load average before {load_before}, after {result['load']['after']}")
    print(json.dumps(result) if args.json else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
