"""Forward + BPTT of the NumPy engine against PyTorch CPU, measured interleaved in the same run.

    python tests/benchmarks/bench_engine.py [--json] [--repeat N]

One timed call is everything a training step needs for one sequence (batch 1) starting from token
indices: the engine's ``loss_and_gradients`` (one-hot, forward, softmax cross-entropy summed over the
steps, BPTT into every parameter) against PyTorch's one_hot, nn.LSTM / nn.GRU, nn.Linear,
cross_entropy(reduction="sum") and .backward(), both in float64 on one thread. The two run with the
same weights and the script checks they agree before timing. Each repeat times one block of engine calls
and then one block of torch calls, so both see the same machine load; the table shows medians over the
repeats. Targets (docs/performance.md): engine/torch ≤ 0.3 at every size (docs/architecture.md#tests
asks ≤ 0.5 at the three small sizes, ≤ 1.0 at hidden 128).
"""

from __future__ import annotations

import os

# One thread for NumPy's BLAS too; these must be set before NumPy is first imported.
THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")
for _var in THREAD_VARS:
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

from lstm_studio.engine import loss_and_gradients, new_model  # noqa: E402

#: (vocabulary, hidden, steps) and the target ratio engine/torch (docs/performance.md: 0.3 at every size).
SIZES = {(4, 3, 4): 0.3, (27, 8, 20): 0.3, (27, 32, 100): 0.3, (27, 128, 100): 0.3}
CELLS = ("lstm", "gru")
TORCH_KIND = {"lstm": "lstm", "gru": "gru"}  # the torch_layout kinds
BLOCK_SECONDS = 0.02


def _per_call(fn, number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number


def _calibrate(fn) -> int:
    """How many calls fill about BLOCK_SECONDS (after a warm-up)."""
    fn()
    number = 1
    while True:
        elapsed = _per_call(fn, number) * number
        if elapsed >= BLOCK_SECONDS / 4:
            return max(1, int(number * BLOCK_SECONDS / elapsed))
        number *= 2


def _case(cell: str, vocab: int, hidden: int, steps: int, torch_mod):
    """The engine and torch callables for one case, with the same weights, and their disagreement."""
    rng = np.random.default_rng(1234)
    tokens = rng.integers(0, vocab, size=steps)
    targets = rng.integers(0, vocab, size=steps)
    if torch_mod is None:
        options = {"reset": "after", "update": "z_keeps_old"} if cell == "gru" else {}
        model = new_model(cell, [f"v{k}" for k in range(vocab)], hidden, 0, options)
        return (lambda: loss_and_gradients(model, tokens, targets)), None, None

    torch, F, layout = torch_mod
    kind = TORCH_KIND[cell]
    rnn, linear = layout.make_torch(kind, vocab, hidden, 1, False, seed=0)
    model = layout.engine_model(kind, rnn, linear, vocab)
    tok_t = torch.from_numpy(tokens[:, None])
    tgt_t = torch.from_numpy(targets)

    def engine_call():
        return loss_and_gradients(model, tokens, targets)

    def torch_call():
        rnn.zero_grad(set_to_none=True)
        linear.zero_grad(set_to_none=True)
        x = F.one_hot(tok_t, vocab).to(torch.float64)
        out, _ = rnn(x)
        loss = F.cross_entropy(linear(out).reshape(-1, vocab), tgt_t, reduction="sum")
        loss.backward()
        return loss

    loss_e, _, grads = engine_call()
    loss_t = torch_call()
    torch_grads = layout.to_engine(kind, rnn, linear, which="grad_ih")
    diff = max(
        abs(loss_e - loss_t.item()),
        max(float(np.max(np.abs(grads.params[name] - g))) for name, g in torch_grads.items()),
    )
    if diff > 1e-9:
        raise SystemExit(f"{cell} {vocab, hidden, steps}: engine and torch disagree by {diff:.2e}")
    return engine_call, torch_call, diff


def _load_torch():
    try:
        import torch
        import torch.nn.functional as F
    except ImportError:
        return None
    from tests.engine import torch_layout

    torch.set_num_threads(1)
    return torch, F, torch_layout


def run(repeat: int) -> dict:
    torch_mod = _load_torch()
    results = []
    for cell in CELLS:
        for (vocab, hidden, steps), target in SIZES.items():
            engine_call, torch_call, diff = _case(cell, vocab, hidden, steps, torch_mod)
            n_engine = _calibrate(engine_call)
            n_torch = _calibrate(torch_call) if torch_call else 0
            engine_t, torch_t = [], []
            for _ in range(repeat):
                engine_t.append(_per_call(engine_call, n_engine))
                if torch_call:
                    torch_t.append(_per_call(torch_call, n_torch))
            e_us = statistics.median(engine_t) * 1e6
            t_us = statistics.median(torch_t) * 1e6 if torch_t else None
            ratio = e_us / t_us if t_us else None
            results.append({
                "cell": cell, "vocab": vocab, "hidden": hidden, "steps": steps,
                "engine_us": round(e_us, 1), "torch_us": None if t_us is None else round(t_us, 1),
                "ratio": None if ratio is None else round(ratio, 3), "target": target,
                "met": None if ratio is None else ratio <= target,
                "max_abs_diff": diff,
            })
    return {
        "threads": {var: os.environ[var] for var in THREAD_VARS} | {"torch.set_num_threads": 1},
        "numpy": np.__version__,
        "torch": torch_mod[0].__version__ if torch_mod else None,
        "repeat": repeat,
        "results": results,
    }


def _print_table(report: dict) -> None:
    print("forward + BPTT, batch 1, float64, median per call over", report["repeat"], "interleaved repeats")
    numpy_vars = ", ".join(f"{k}={v}" for k, v in report["threads"].items() if k.isupper())
    print(f"one thread each: {numpy_vars} set before NumPy was imported; torch.set_num_threads(1)")
    print(f"numpy {report['numpy']}, torch {report['torch'] or 'not installed (pip install torch==2.13.0)'}")
    print()
    print(f"{'cell':<5} {'V':>3} {'H':>4} {'T':>4} {'engine µs':>10} {'torch µs':>10} {'ratio':>6} {'target':>7}")
    for r in report["results"]:
        torch_us = "—" if r["torch_us"] is None else f"{r['torch_us']:.0f}"
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}"
        verdict = "" if r["met"] is None else ("ok" if r["met"] else "MISSED")
        print(
            f"{r['cell']:<5} {r['vocab']:>3} {r['hidden']:>4} {r['steps']:>4} {r['engine_us']:>10.0f} "
            f"{torch_us:>10} {ratio:>6} {'≤ ' + str(r['target']):>7} {verdict}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--repeat", type=int, default=15, help="interleaved repeats per case (default 15)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    report = run(args.repeat)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print_table(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
