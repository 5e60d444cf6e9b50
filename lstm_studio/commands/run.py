"""``lstm-studio run MODEL --input PIG [--json]``: the forward pass, step by step (docs/cli.md)."""

from __future__ import annotations

from lstm_studio.commands.common import check_finite, describe, fmt, print_json, sequence_command, vec
from lstm_studio.document import modelfile, tokens
from lstm_studio.engine import forward


def step_record(model, trace, inputs: list[int], t: int) -> dict:
    """One step of ``run --json``; t is 0-based here and 1-based in the record."""
    first = trace.first
    record = {"t": t + 1, "token": model.vocab[inputs[t]], "h": vec(trace.h[t, 0])}
    if first.c is not None:
        record["c"] = vec(trace.c[t, 0])
    record["gates"] = {name: vec(first.gate_time(name)[t, 0]) for name in model.spec.gates}
    if model.layers > 1 or model.bidirectional:
        record["layers"] = [
            [
                {
                    "direction": "backward" if lt.reverse else "forward",
                    "h": vec(lt.h_time[t, 0]),
                    **({"c": vec(lt.c_time[t, 0])} if lt.c is not None else {}),
                    "gates": {name: vec(lt.gate_time(name)[t, 0]) for name in model.spec.gates},
                }
                for lt in directions
            ]
            for directions in trace.layers
        ]
    record["y"] = vec(trace.y[t, 0])
    record["p"] = vec(trace.p[t, 0])
    record["prediction"] = model.vocab[int(trace.prediction[t, 0])]
    return record


def cmd_run(args) -> int:
    model = modelfile.load(args.model)
    inputs = tokens.parse(args.input, model.vocab, "input")
    tokens.check_work(model, len(inputs))
    trace = forward(model, inputs)
    steps = check_finite([step_record(model, trace, inputs, t) for t in range(len(inputs))], "run", "steps")
    if args.json:
        print_json({"steps": steps}, "run")
        return 0
    print(describe(model))
    for step in steps:
        p_pred = max(step["p"])
        print(f"\nt={step['t']}  input {step['token']}  ->  prediction {step['prediction']} (p = {p_pred:.3f})")
        for name, values in step["gates"].items():
            print(f"  {name:<8}{fmt(values)}")
        if "c" in step:
            print(f"  {'c':<8}{fmt(step['c'])}")
        print(f"  {'h':<8}{fmt(step['h'])}")
        print(f"  {'y':<8}{fmt(step['y'])}")
        print("  p       " + "  ".join(f"{tok} {p:.3f}" for tok, p in zip(model.vocab, step["p"])))
    predicted = tokens.join(trace.prediction[:, 0], model.vocab)
    print(f"\ninput {tokens.join(inputs, model.vocab)}  ->  predictions {predicted}")
    return 0


def register(subparsers) -> None:
    sequence_command(subparsers, "run", "the forward pass, step by step", cmd_run, with_targets=False)
