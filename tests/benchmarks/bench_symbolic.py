"""How long the symbolic layer takes: cold derive + compile per cell, and cached requests.

    python tests/benchmarks/bench_symbolic.py [--json] [--repeat N] [--render-all]

Each cell and convention is measured in a fresh Python process, so "cold" really starts from nothing:

    import     importing sympy, NumPy, the engine and lstm_studio.symbolic (a one-off at start-up)
    cold       ``prepare(spec)``: deriving, printing and compiling every formula of the cell — h_t and
               c_t with respect to every parameter, h_{t-1}, c_{t-1} and x_t, the cross-unit forms, the
               output layer, the cell equations in three forms
    formulas   how many compiled formulas that is
    lookup     a cached ``derivative(spec, of, wrt)`` request (mean over every formula)
    evaluate   a cached formula evaluated at one step and entry with its LaTeX (``Derivative.evaluate``
               with the forward trace at hand), mean over every formula
    chain      dL/dθ composed through the BPTT chain for 7 steps at hidden 3 (the gradcheck's sympy leg)

Targets (docs/architecture.md#tests): cold < 1 s for the LSTM; lookup < 1 ms. ``--render-all`` also renders every LaTeX
string of every cell with ziamath and reports failures, or renders taller than a four-row matrix (slow:
one to two minutes).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = {
    "rnn": ("rnn", {}),
    "rnn-relu": ("rnn", {"activation": "relu"}),
    "lstm": ("lstm", {}),
    "peephole-diag": ("peephole_lstm", {"peephole": "diagonal"}),
    "peephole-full": ("peephole_lstm", {"peephole": "full"}),
    **{
        f"gru-{reset}-{update.split('_')[1]}": ("gru", {"reset": reset, "update": update})
        for reset in ("before", "after", "none")
        for update in ("z_takes_new", "z_keeps_old")
    },
}


def measure_one(config: str) -> dict:
    """Run in a fresh process: every figure for one cell."""
    start = time.perf_counter()
    import numpy as np

    from lstm_studio.engine import forward, new_model
    from lstm_studio.symbolic import chain_gradients, derivative, derivatives, prepare

    imported = time.perf_counter() - start
    cell, options = CONFIGS[config]
    model = new_model(cell, list("PIGS"), 3, seed=1, options=options)
    spec = model.spec
    start = time.perf_counter()
    prepare(spec)
    cold = time.perf_counter() - start
    every = derivatives(spec)
    requests = [(("h_t" if d.of == "h" else "c_t"), d.wrt, d.cross) for d in every]
    rounds = 200
    start = time.perf_counter()
    for _ in range(rounds):
        for of, wrt, cross in requests:
            derivative(spec, of, wrt, cross)
    lookup = (time.perf_counter() - start) / (rounds * len(requests))
    tokens = [0, 1, 2, 3, 0, 1, 2]
    trace = forward(model, tokens)
    entries = []
    for d in every:
        shape = d.entry_shape(3, 4)
        entry = tuple(min(2, n) for n in shape)
        entries.append((d, (1,) + entry[1:] if d.cross else entry))
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        for d, entry in entries:
            d.evaluate(model, tokens, 3, entry, trace=trace)
    evaluate = (time.perf_counter() - start) / (rounds * len(entries))
    chain_gradients(model, tokens, tokens[1:] + [-1])
    start = time.perf_counter()
    for _ in range(5):
        chain_gradients(model, tokens, tokens[1:] + [-1])
    chain = (time.perf_counter() - start) / 5
    del np
    return {"config": config, "import_s": imported, "cold_s": cold, "formulas": len(every),
            "lookup_s": lookup, "evaluate_s": evaluate, "chain_s": chain}


def render_all() -> tuple[int, list[str]]:
    import itertools
    import xml.etree.ElementTree as ET

    from lstm_studio.engine import CELLS, OPTIONS, CellSpec
    from lstm_studio.symbolic import all_latex, render_svg

    texts: dict[str, str] = {}
    for cell in CELLS:
        names = list(OPTIONS[cell])
        for combo in itertools.product(*(OPTIONS[cell][n][0] for n in names)):
            spec = CellSpec.make(cell, dict(zip(names, combo)))
            for name, text in all_latex(spec):
                texts.setdefault(text, f"{cell} {dict(spec.options)} {name}")
    failures = []
    for text, where in texts.items():
        try:
            height = float(ET.fromstring(render_svg(text)).get("height"))
        except Exception as err:  # report every failure, whatever its kind
            failures.append(f"{where}: {err}")
            continue
        if height > 200:  # a stretched fence: see printing.plain_parentheses
            failures.append(f"{where}: {height:.0f} px high")
    return len(texts), failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="fresh processes per cell (medians shown)")
    parser.add_argument("--render-all", action="store_true")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.one)))
        return 0
    rows = []
    for config in CONFIGS:
        runs = []
        for _ in range(args.repeat):
            done = subprocess.run([sys.executable, __file__, "--one", config], capture_output=True, text=True,
                                  cwd=ROOT, check=True)
            runs.append(json.loads(done.stdout))
        rows.append({key: (statistics.median(r[key] for r in runs) if key.endswith("_s") else runs[0][key])
                     for key in runs[0]})
    if args.json:
        print(json.dumps(rows))
    else:
        print(f"{'cell':<16}{'import':>9}{'cold':>9}{'formulas':>10}{'lookup':>11}{'evaluate':>11}{'chain':>10}")
        for r in rows:
            print(f"{r['config']:<16}{r['import_s']:>8.2f}s{r['cold_s']:>8.3f}s{r['formulas']:>10}"
                  f"{r['lookup_s'] * 1e6:>9.1f}µs{r['evaluate_s'] * 1e6:>9.0f}µs{r['chain_s'] * 1e3:>8.1f}ms")
        lstm = next(r for r in rows if r["config"] == "lstm")
        print(f"\ntargets: LSTM cold {lstm['cold_s']:.3f} s (< 1 s), cached lookup "
              f"{max(r['lookup_s'] for r in rows) * 1e6:.1f} µs at most (< 1 ms)")
    if args.render_all:
        count, failures = render_all()
        print(f"\nrendered {count} distinct LaTeX strings, {len(failures)} failures")
        for line in failures:
            print("  " + line)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
