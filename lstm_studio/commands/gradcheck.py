"""``lstm-studio gradcheck MODEL --input PIG [--targets IGS]``: the engine's BPTT against central finite
differences and against sympy; exit 1 when they disagree (docs/cli.md)."""

from __future__ import annotations

import argparse
import math

import numpy as np

from lstm_studio.commands.common import (
    EXIT_CHECK_FAILED,
    check_finite,
    describe,
    print_json,
    sequence_command,
    targets,
)
from lstm_studio.document import modelfile, tokens
from lstm_studio.document.errors import InputError
from lstm_studio.engine import forward, gradcheck

GRADCHECK_TOLERANCE = 1e-6
#: Parameters checked entry by entry, and parameters × steps: each entry costs four forward passes, so
#: the largest check takes about a minute here (docs/limits.md).
MAX_GRADCHECK_PARAMS = 20_000
MAX_GRADCHECK_WORK = 2_000_000


def _fraction(name: str):
    """argparse ``type`` for --eps and --tol: a finite number in (0, 1]."""
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not (math.isfinite(value) and 0 < value <= 1):
            raise argparse.ArgumentTypeError(f"{text!r}: {name} must be a number above 0 and at most 1")
        return value
    return parse


def cmd_gradcheck(args) -> int:
    """Three legs: the engine's BPTT, central finite differences, and sympy — the derived local
    derivatives composed through the BPTT chain (lstm_studio.symbolic.chain_gradients)."""
    from lstm_studio.engine import relative_error
    from lstm_studio.symbolic import chain_gradients

    model = modelfile.load(args.model)
    inputs = tokens.parse(args.input, model.vocab, "input")
    wanted = targets(model, args.targets, inputs, args.many_to_one)
    count = model.param_count()
    if count > MAX_GRADCHECK_PARAMS:
        raise InputError(f"model: {count:,} parameters is too many for an entry-by-entry check "
                         f"(at most {MAX_GRADCHECK_PARAMS:,})")
    if count * len(inputs) > MAX_GRADCHECK_WORK:
        raise InputError(f"input: {len(inputs):,} steps of {count:,} parameters is too long for an entry-by-entry "
                         f"check (at most {MAX_GRADCHECK_WORK // count:,} steps for this model)")
    check_finite(forward(model, inputs).y.tolist(), "gradcheck", "y")
    results = gradcheck(model, inputs, wanted, eps=args.eps)
    symbolic = chain_gradients(model, inputs, wanted).params
    pairs = ("engine vs finite differences", "engine vs sympy", "sympy vs finite differences")
    rows = []  # (result, sympy gradient, {pair: (max error, worst index)})
    for r in results:
        legs = {"engine": r.analytic, "finite differences": r.numerical, "sympy": symbolic[r.name]}
        errors = {}
        for pair in pairs:
            a, b = (legs[name] for name in pair.split(" vs "))
            err = relative_error(a, b, noise=r.noise if "finite differences" in pair else 0.0)
            worst_at = np.unravel_index(int(np.argmax(err)), err.shape) if err.size else ()
            errors[pair] = (float(err.max()) if err.size else 0.0, [int(i) for i in worst_at])
        rows.append((r, legs["sympy"], errors))
    worst_row, worst_pair = max(
        ((row, pair) for row in rows for pair in pairs), key=lambda rp: rp[0][2][rp[1]][0]
    )
    worst_error, worst_index = worst_row[2][worst_pair]
    ok = worst_error < args.tol
    if args.json:
        print_json({
            "tolerance": args.tol,
            "ok": ok,
            "legs": ["engine", "finite_differences", "sympy"],
            "params": [
                {"name": r.name, "max_rel_error": errors[pairs[0]][0],
                 "max_rel_error_sympy": errors[pairs[1]][0], "max_rel_error_sympy_fd": errors[pairs[2]][0],
                 "engine": r.analytic.tolist(), "finite_differences": r.numerical.tolist(),
                 "sympy": sym.tolist()}
                for r, sym, errors in rows
            ],
        }, "gradcheck")
    else:
        print(describe(model))
        print(f"legs: engine (BPTT) · finite differences (5-point central, eps={args.eps}) · "
              f"sympy (derived local derivatives composed through the chain); tolerance {args.tol:g}\n")
        print(f"{'parameter':<12}{'shape':<10}{'engine↔FD':>12}{'engine↔sympy':>15}{'sympy↔FD':>12}  result")
        for r, _, errors in rows:
            status = "ok" if max(e for e, _ in errors.values()) < args.tol else "DISAGREE"
            e1, e2, e3 = (errors[pair][0] for pair in pairs)
            print(f"{r.name:<12}{r.analytic.shape!s:<10}{e1:>12.2e}{e2:>15.2e}{e3:>12.2e}  {status}")
        if ok:
            verdict = "all three legs agree"
        else:
            verdict = f"disagreement in {worst_row[0].name} at {worst_index}: {worst_pair}"
        print(f"\n{verdict} (worst relative error {worst_error:.2e})")
    return 0 if ok else EXIT_CHECK_FAILED


def register(subparsers) -> None:
    p = sequence_command(subparsers, "gradcheck", "BPTT against finite differences", cmd_gradcheck, with_targets=True)
    p.add_argument("--eps", type=_fraction("the step"), default=1e-3, help="finite-difference step, in (0, 1]")
    p.add_argument("--tol", type=_fraction("the tolerance"), default=GRADCHECK_TOLERANCE,
                   help="largest relative error allowed, in (0, 1]")
