"""The training figures: how fast an LSTM learns plurals, and RNN vs LSTM vs GRU on long-range recall
(docs/architecture.md#tests).

    python tests/benchmarks/bench_training.py [--seeds N] [--gaps 5,10,20,40] [--json]

1. plurals: an LSTM with 8 hidden units from seeds 0 … N−1 (task defaults: Adam lr 0.03, batch 8),
   until 100 % training accuracy; epochs and wall-clock seconds (target: under 5 s).
2. long_range: RNN, LSTM and GRU with equal budgets (same data, hidden units, epochs, batches,
   optimiser and learning rate: the task's defaults) for each gap L; the test accuracy after 10 and after
   all epochs, how many seeds reach 95 %, and the first epoch they do. The gated cells are run twice:
   with the task's chrono initialisation of the gate biases and with the engine's default (b_f = 1).
3. why: at initialisation, how much of the error signal at the ? reaches the first step,
   ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ (and ‖∂L/∂c_1‖ / ‖∂L/∂c_T‖ for the LSTM), averaged over the training batch.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lstm_studio.engine import loss_and_gradients  # noqa: E402
from lstm_studio.engine.chrono import fresh_model  # noqa: E402
from lstm_studio.engine.train import TrainConfig, run  # noqa: E402
from lstm_studio.tasks.catalog import get_task  # noqa: E402

CELLS = ("rnn", "lstm", "gru")
EARLY_EPOCH = 10


def plurals(seeds: int) -> list[dict]:
    task = get_task("plurals")
    d = task.defaults
    rows = []
    for seed in range(seeds):
        data = task.build(seed=seed)
        model = fresh_model("lstm", data, 8, seed)
        config = TrainConfig(epochs=d["epochs"], lr=d["lr"], batch_size=d["batch_size"], target_accuracy=1.0,
                             seed=seed)
        start = time.perf_counter()
        result = run(model, data, config)
        seconds = time.perf_counter() - start
        rows.append({"seed": seed, "epochs": result.epochs, "seconds": seconds, "accuracy": result.accuracy,
                     "test_accuracy": result.test_accuracy, "stopped": result.stopped})
    return rows


def long_range(gaps: list[int], seeds: int) -> list[dict]:
    task = get_task("long_range")
    d = task.defaults
    rows = []
    runs = [(cell, "chrono") for cell in CELLS] + [("lstm", "default"), ("gru", "default")]
    for gap in gaps:
        for cell, init in runs:
            if cell == "rnn":
                init = "none"
            final, early, first95, seconds = [], [], [], []
            for seed in range(seeds):
                data = task.build(seed=seed, gap=gap)
                model = fresh_model(cell, data, d["hidden"], seed, init="default" if init == "none" else init)
                config = TrainConfig(epochs=d["epochs"], lr=d["lr"], batch_size=d["batch_size"],
                                     target_accuracy=None, seed=seed)
                start = time.perf_counter()
                result = run(model, data, config)
                seconds.append(time.perf_counter() - start)
                history = [r.test_accuracy for r in result.history]
                final.append(result.test_accuracy)
                early.append(history[min(EARLY_EPOCH, len(history)) - 1])
                first95.append(next((k + 1 for k, a in enumerate(history) if a >= 0.95), None))
            rows.append({
                "gap": gap, "cell": cell, "init": init, "hidden": d["hidden"], "epochs": d["epochs"],
                "test_accuracy": final, "test_accuracy_epoch_10": early, "first_epoch_95": first95,
                "mean": float(np.mean(final)), "mean_epoch_10": float(np.mean(early)),
                "reached_95": sum(a >= 0.95 for a in final), "seconds": float(np.mean(seconds)),
            })
            print(_long_range_line(rows[-1]), file=sys.stderr, flush=True)
    return rows


def signal_reach(gaps: list[int]) -> list[dict]:
    """‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ at initialisation (mean over the training sequences, seed 0)."""
    task = get_task("long_range")
    rows = []
    for gap in gaps:
        data = task.build(seed=0, gap=gap, sequences=256)
        inputs = np.array([e.inputs for e in data.train]).T
        targets = np.array([e.targets for e in data.train]).T
        for cell, init in (("rnn", "default"), ("lstm", "default"), ("lstm", "chrono"), ("gru", "default"),
                           ("gru", "chrono")):
            model = fresh_model(cell, data, task.defaults["hidden"], 0, init=init)
            _, _, grads = loss_and_gradients(model, inputs, targets)
            dh = np.linalg.norm(grads.dh[0][0], axis=-1)  # (T, B)
            row = {"gap": gap, "cell": cell, "init": init, "dh_ratio": float(np.mean(dh[0] / dh[-1]))}
            if grads.dc[0][0] is not None:
                dc = np.linalg.norm(grads.dc[0][0], axis=-1)
                row["dc_ratio"] = float(np.mean(dc[0] / dc[-1]))
            rows.append(row)
    return rows


def _long_range_line(r: dict) -> str:
    f95 = [x for x in r["first_epoch_95"] if x is not None]
    median = f"{statistics.median(f95):.0f}" if f95 else "–"
    accs = " ".join(f"{a:.2f}" for a in r["test_accuracy"])
    return (f"L={r['gap']:<3d} {r['cell']:<5s} {r['init']:<8s} test acc. after {EARLY_EPOCH:>2d} epochs "
            f"{r['mean_epoch_10']:.2f}, after {r['epochs']}: mean {r['mean']:.2f} [{accs}]  "
            f"≥95 %: {r['reached_95']}/{len(r['test_accuracy'])}  median first epoch {median}  "
            f"{r['seconds']:.1f} s/run")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--gaps", default="5,10,20,40")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    gaps = [int(g) for g in args.gaps.split(",")]
    out = {"plurals": plurals(args.seeds), "signal_reach": signal_reach(gaps),
           "long_range": long_range(gaps, args.seeds)}
    if args.json:
        print(json.dumps(out))
        return 0
    print("1. plurals, LSTM with 8 hidden units, until 100 % training accuracy")
    for r in out["plurals"]:
        print(f"   seed {r['seed']}: {r['epochs']:>3d} epochs  {r['seconds']:.2f} s  "
              f"test accuracy {r['test_accuracy']:.0%}  ({r['stopped']})")
    print("\n2. why: share of the error signal at the ? that reaches step 1 at initialisation")
    for r in out["signal_reach"]:
        dc = f"   ‖∂L/∂c_1‖/‖∂L/∂c_T‖ = {r['dc_ratio']:.2e}" if "dc_ratio" in r else ""
        print(f"   L={r['gap']:<3d} {r['cell']:<5s} {r['init']:<8s} ‖∂L/∂h_1‖/‖∂L/∂h_T‖ = {r['dh_ratio']:.2e}{dc}")
    print("\n3. long_range, equal budgets (task defaults), test accuracy on 200 fresh sequences")
    for r in out["long_range"]:
        print("   " + _long_range_line(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
