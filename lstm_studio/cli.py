"""The ``lstm-studio`` command (DESIGN §5). With no arguments it opens the window.

Every bad input ends in one line on stderr, ``lstm-studio: error: <what is wrong>``, and exit status 2;
a gradient check that finds a disagreement exits with 1. The JSON schemas of ``run --json`` and
``grad --json`` are documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

import numpy as np

from . import __version__
from .document import modelfile, tokens
from .document.errors import InputError
from .engine import (
    CELLS,
    CellSpec,
    SpecError,
    backward,
    cross_entropy,
    dlogits,
    forward,
    gradcheck,
    new_model,
    param_shapes,
)

EXIT_BAD_INPUT = 2
EXIT_CHECK_FAILED = 1
GRADCHECK_TOLERANCE = 1e-6

#: Subcommands that live in their own module ``lstm_studio/commands/<name>.py``; each module has
#: ``register(subparsers)`` that adds its parser(s) with ``set_defaults(func=...)``.
COMMAND_MODULES: tuple[str, ...] = ("interop", "train", "formula", "worksheet")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2 like every other bad input."""

    def error(self, message):
        raise InputError(f"{self.prog.removeprefix('lstm-studio ')}: {message}")


def _targets(model, text: str | None, inputs: list[int], many_to_one: bool) -> list[int]:
    """Target indices, −1 where a step has no target.

    Default: the next input token at each step and no target at the last one. With ``many_to_one`` the
    single target given belongs to the last step.
    """
    n = len(inputs)
    if text is None:
        if many_to_one:
            raise InputError("targets: --many-to-one needs --targets with the target of the last step")
        return inputs[1:] + [-1]
    found = tokens.parse(text, model.vocab, "targets")
    if many_to_one:
        if len(found) != 1:
            raise InputError(f"targets: --many-to-one takes one target token, got {len(found)}")
        return [-1] * (n - 1) + found
    if len(found) != n:
        raise InputError(f"targets: {len(found)} tokens for {n} input steps (give one target per step)")
    return found


def _options(pairs: list[str] | None) -> dict[str, str]:
    options = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key or not value:
            raise InputError(f"--option {pair!r}: expected key=value, e.g. reset=after")
        options[key.strip()] = value.strip()
    return options


def _vec(a) -> list[float]:
    return np.asarray(a, dtype=float).tolist()


def _fmt(a, width: int = 7) -> str:
    return "[" + " ".join(f"{v:{width}.4f}" for v in np.asarray(a).ravel()) + "]"


# --- run ---------------------------------------------------------------------------------------------


def _step_record(model, trace, inputs: list[int], t: int) -> dict:
    """One step of ``run --json``; t is 0-based here and 1-based in the record."""
    first = trace.first
    record = {"t": t + 1, "token": model.vocab[inputs[t]], "h": _vec(trace.h[t, 0])}
    if first.c is not None:
        record["c"] = _vec(trace.c[t, 0])
    record["gates"] = {name: _vec(first.gate_time(name)[t, 0]) for name in model.spec.gates}
    if model.layers > 1 or model.bidirectional:
        record["layers"] = [
            [
                {
                    "direction": "backward" if lt.reverse else "forward",
                    "h": _vec(lt.h_time[t, 0]),
                    **({"c": _vec(lt.c_time[t, 0])} if lt.c is not None else {}),
                    "gates": {name: _vec(lt.gate_time(name)[t, 0]) for name in model.spec.gates},
                }
                for lt in directions
            ]
            for directions in trace.layers
        ]
    record["y"] = _vec(trace.y[t, 0])
    record["p"] = _vec(trace.p[t, 0])
    record["prediction"] = model.vocab[int(trace.prediction[t, 0])]
    return record


def cmd_run(args) -> int:
    model = modelfile.load(args.model)
    inputs = tokens.parse(args.input, model.vocab, "input")
    trace = forward(model, inputs)
    steps = [_step_record(model, trace, inputs, t) for t in range(len(inputs))]
    if args.json:
        print(json.dumps({"steps": steps}))
        return 0
    print(_describe(model))
    for step in steps:
        p_pred = max(step["p"])
        print(f"\nt={step['t']}  input {step['token']}  ->  prediction {step['prediction']} (p = {p_pred:.3f})")
        for name, values in step["gates"].items():
            print(f"  {name:<8}{_fmt(values)}")
        if "c" in step:
            print(f"  {'c':<8}{_fmt(step['c'])}")
        print(f"  {'h':<8}{_fmt(step['h'])}")
        print(f"  {'y':<8}{_fmt(step['y'])}")
        print("  p       " + "  ".join(f"{tok} {p:.3f}" for tok, p in zip(model.vocab, step["p"])))
    predicted = tokens.join(trace.prediction[:, 0], model.vocab)
    print(f"\ninput {tokens.join(inputs, model.vocab)}  ->  predictions {predicted}")
    return 0


def _describe(model) -> str:
    options = ", ".join(f"{k}={v}" for k, v in model.spec.options)
    shape = f"hidden {model.hidden_size}"
    if model.layers > 1:
        shape += f", {model.layers} layers"
    if model.bidirectional:
        shape += ", bidirectional"
    cell = model.cell + (f" ({options})" if options else "")
    title = f"{model.name}: " if model.name else ""
    return f"{title}{cell}, {shape}, vocabulary {' '.join(model.vocab)}"


# --- grad --------------------------------------------------------------------------------------------


def cmd_grad(args) -> int:
    model = modelfile.load(args.model)
    inputs = tokens.parse(args.input, model.vocab, "input")
    targets = _targets(model, args.targets, inputs, args.many_to_one)
    trace = forward(model, inputs)
    loss, per_step = cross_entropy(trace, targets)
    grads = backward(model, trace, dlogits(trace, targets))
    dh = grads.dh[0][0][:, 0]
    dc = grads.dc[0][0]
    if args.json:
        out = {
            "loss": loss,
            "grads": {name: g.tolist() for name, g in grads.params.items()},
            "dh": dh.tolist(),
        }
        if dc is not None:
            out["dc"] = dc[:, 0].tolist()
        print(json.dumps(out))
        return 0
    print(_describe(model))
    target_text = " ".join("·" if k < 0 else model.vocab[k] for k in targets)
    print(f"input {tokens.join(inputs, model.vocab)}, targets {target_text}")
    print(f"loss L = {loss:.6f}  (per step: {', '.join(f'{v:.4f}' for v in per_step[:, 0])})\n")
    for t in range(len(inputs)):
        line = f"t={t + 1}  ‖dL/dh_t‖ = {np.linalg.norm(dh[t]):.3e}  dL/dh_t = {_fmt(dh[t], 9)}"
        if dc is not None:
            line += f"   ‖dL/dc_t‖ = {np.linalg.norm(dc[t, 0]):.3e}"
        print(line)
    print()
    for name, g in grads.params.items():
        print(f"dL/d{name}  shape {g.shape}  ‖·‖ = {np.linalg.norm(g):.4e}")
        for row in np.atleast_2d(g):
            print(f"    {_fmt(row, 9)}")
    return 0


# --- gradcheck ---------------------------------------------------------------------------------------


def cmd_gradcheck(args) -> int:
    """Three legs: the engine's BPTT, central finite differences, and sympy — the derived local
    derivatives composed through the BPTT chain (lstm_studio.symbolic.chain_gradients)."""
    from .engine import relative_error
    from .symbolic import chain_gradients

    model = modelfile.load(args.model)
    inputs = tokens.parse(args.input, model.vocab, "input")
    targets = _targets(model, args.targets, inputs, args.many_to_one)
    if model.param_count() > 20_000:
        raise InputError(f"model: {model.param_count()} parameters is too many for an entry-by-entry check")
    results = gradcheck(model, inputs, targets, eps=args.eps)
    symbolic = chain_gradients(model, inputs, targets).params
    pairs = ("engine vs finite differences", "engine vs sympy", "sympy vs finite differences")
    rows = []  # (result, sympy gradient, {pair: (max error, worst index)})
    for r in results:
        legs = {"engine": r.analytic, "finite differences": r.numerical, "sympy": symbolic[r.name]}
        errors = {}
        for pair in pairs:
            a, b = (legs[name] for name in pair.split(" vs "))
            err = relative_error(a, b)
            worst_at = np.unravel_index(int(np.argmax(err)), err.shape) if err.size else ()
            errors[pair] = (float(err.max()) if err.size else 0.0, [int(i) for i in worst_at])
        rows.append((r, legs["sympy"], errors))
    worst_row, worst_pair = max(
        ((row, pair) for row in rows for pair in pairs), key=lambda rp: rp[0][2][rp[1]][0]
    )
    worst_error, worst_index = worst_row[2][worst_pair]
    ok = worst_error < args.tol
    if args.json:
        print(json.dumps({
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
        }))
    else:
        print(_describe(model))
        print(f"legs: engine (BPTT) · finite differences (5-point central, eps={args.eps}) · "
              f"sympy (derived local derivatives composed through the chain); tolerance {args.tol:g}\n")
        print(f"{'parameter':<12}{'shape':<10}{'engine↔FD':>12}{'engine↔sympy':>15}{'sympy↔FD':>12}  result")
        for r, _, errors in rows:
            status = "ok" if max(e for e, _ in errors.values()) < args.tol else "DISAGREE"
            e1, e2, e3 = (errors[pair][0] for pair in pairs)
            print(f"{r.name:<12}{str(r.analytic.shape):<10}{e1:>12.2e}{e2:>15.2e}{e3:>12.2e}  {status}")
        if ok:
            verdict = "all three legs agree"
        else:
            verdict = f"disagreement in {worst_row[0].name} at {worst_index}: {worst_pair}"
        print(f"\n{verdict} (worst relative error {worst_error:.2e})")
    return 0 if ok else EXIT_CHECK_FAILED


# --- new, info ---------------------------------------------------------------------------------------


def _parse_vocab(text: str) -> list[str]:
    entries = text.split() if any(ch.isspace() for ch in text.strip()) else list(text)
    if not entries:
        raise InputError("--vocab: no tokens given")
    if len(set(entries)) != len(entries):
        raise InputError("--vocab: a token appears twice")
    return entries


def cmd_new(args) -> int:
    if args.seed < 0:
        raise InputError(f"--seed: {args.seed} is negative (use a whole number ≥ 0)")
    if not 1 <= args.hidden <= modelfile.MAX_HIDDEN:
        raise InputError(f"--hidden: {args.hidden} is outside the allowed range 1..{modelfile.MAX_HIDDEN}")
    if not 1 <= args.layers <= modelfile.MAX_LAYERS:
        raise InputError(f"--layers: {args.layers} is outside the allowed range 1..{modelfile.MAX_LAYERS}")
    try:
        model = new_model(
            args.cell, _parse_vocab(args.vocab), args.hidden, args.seed, _options(args.option),
            args.layers, args.bidirectional, args.name or "",
        )
    except SpecError as err:
        raise InputError(str(err)) from None
    modelfile.model_from_dict(modelfile.model_to_dict(model))  # the limits of a model file apply
    if args.out:
        modelfile.save(model, args.out)
        print(f"wrote {args.out}: {_describe(model)}, {model.param_count()} parameters")
    else:
        sys.stdout.write(modelfile.dumps(model))
    return 0


def _count(spec: CellSpec, model) -> tuple[int, int]:
    shapes = param_shapes(spec, model.vocab_size, model.hidden_size, model.layers, model.bidirectional)
    total = sum(int(np.prod(s)) for s in shapes.values())
    output = sum(int(np.prod(shapes[k])) for k in ("W_hy", "b_y"))
    return total - output, output


def cmd_info(args) -> int:
    model = modelfile.load(args.model)
    recurrent, output = _count(model.spec, model)
    rnn_recurrent, _ = _count(CellSpec.make("rnn"), model)
    shapes = {k: list(v.shape) for k, v in model.params.items()}
    comparison = {}
    for cell in CELLS:
        spec = CellSpec.make(cell)
        comparison[cell] = _count(spec, model)[0]
    if args.json:
        print(json.dumps({
            "name": model.name, "cell": model.cell, "options": model.spec.opts, "vocab": model.vocab,
            "hidden_size": model.hidden_size, "layers": model.layers, "bidirectional": model.bidirectional,
            "shapes": shapes, "param_count": recurrent + output, "recurrent_params": recurrent,
            "output_params": output, "recurrent_params_by_cell": comparison,
        }))
        return 0
    print(_describe(model) + "\n")
    for name, shape in shapes.items():
        print(f"  {name:<10}{' × '.join(map(str, shape)):>10}  {int(np.prod(shape)):>8}")
    print(f"\nparameters: {recurrent + output} ({recurrent} in the recurrent layers, {output} in the output layer)")
    print("recurrent parameters at these sizes, by cell (× the Elman RNN's):")
    for cell, count in comparison.items():
        print(f"  {cell:<14}{count:>8}  ×{count / rnn_recurrent:.2f}")
    return 0


def _no_display() -> bool:
    """True on Linux with neither X11 nor Wayland and no Qt platform chosen: Qt would abort."""
    import os

    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args) -> int:
    if _no_display():
        if not args.screenshot:
            raise InputError("gui: no display (DISPLAY is not set); use --screenshot FILE.png to render offscreen")
        import os

        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.screenshot:
        import os

        # The offscreen platform warns about every window-manager hint it cannot honour; none matter here.
        os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;default.warning=false")
    from .app.main import run_app

    return run_app(args.model, screenshot=args.screenshot, panel=args.panel, input=args.input)


# --- the parser ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lstm-studio", description="Watch recurrent neural cells work.")
    parser.add_argument("--version", action="version", version=f"lstm-studio {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def seq_args(p, with_targets: bool) -> None:
        p.add_argument("model", help="model file (JSON)")
        p.add_argument("--input", required=True, help="tokens, e.g. PIG")
        if with_targets:
            p.add_argument("--targets", help="one target per step (default: the next input token)")
            p.add_argument("--many-to-one", action="store_true", help="only the last step has a target")
        p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("run", help="the forward pass, step by step")
    seq_args(p, False)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("grad", help="loss, dL/d(every parameter), dL/dh_t (and dL/dc_t)")
    seq_args(p, True)
    p.set_defaults(func=cmd_grad)

    p = sub.add_parser("gradcheck", help="BPTT against finite differences")
    seq_args(p, True)
    p.add_argument("--eps", type=float, default=1e-3, help="finite-difference step")
    p.add_argument("--tol", type=float, default=GRADCHECK_TOLERANCE, help="largest relative error allowed")
    p.set_defaults(func=cmd_gradcheck)

    p = sub.add_parser("new", help="a freshly initialised model file")
    p.add_argument("--cell", required=True, choices=CELLS)
    p.add_argument("--option", action="append", metavar="KEY=VALUE", help="a cell convention, repeatable")
    p.add_argument("--vocab", required=True, help="PIGS (one token per character) or 'the cat sat'")
    p.add_argument("--hidden", type=int, required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--bidirectional", action="store_true")
    p.add_argument("--name", default="")
    p.add_argument("--out", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("info", help="shapes and parameter counts")
    p.add_argument("model")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("gui", help="open the window")
    p.add_argument("model", nargs="?", help="model file (default: the RNN preset)")
    p.add_argument("--input", help="the sequence to show, e.g. PIG (default: the model's own)")
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window to a PNG and exit")
    p.add_argument("--panel", help="show this panel: cell, unrolled, equations, gradients, gates, heatmaps, …")
    p.set_defaults(func=cmd_gui)

    for name in COMMAND_MODULES:
        importlib.import_module(f"{__package__}.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args(["gui"])
        return int(args.func(args) or 0)
    except InputError as err:
        print(f"lstm-studio: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SpecError as err:
        print(f"lstm-studio: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("lstm-studio: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
