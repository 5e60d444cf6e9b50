"""``lstm-studio grad MODEL --input PIG [--targets IGS] [--json]``: the loss, dL/d(every parameter) and the
per-step dL/dh_t (and dL/dc_t) (docs/cli.md)."""

from __future__ import annotations

import numpy as np

from lstm_studio.commands.common import check_finite, describe, fmt, print_json, sequence_command, targets
from lstm_studio.document import modelfile, tokens
from lstm_studio.engine import backward, cross_entropy, dlogits, forward


def cmd_grad(args) -> int:
    model = modelfile.load(args.model)
    inputs = tokens.parse(args.input, model.vocab, "input")
    wanted = targets(model, args.targets, inputs, args.many_to_one)
    tokens.check_work(model, len(inputs))
    trace = forward(model, inputs)
    loss, per_step = cross_entropy(trace, wanted)
    grads = backward(model, trace, dlogits(trace, wanted))
    dh = grads.dh[0][0][:, 0]
    dc = grads.dc[0][0]
    out = {
        "loss": loss,
        "grads": {name: g.tolist() for name, g in grads.params.items()},
        "dh": dh.tolist(),
    }
    if dc is not None:
        out["dc"] = dc[:, 0].tolist()
    check_finite(out, "grad")
    if args.json:
        print_json(out, "grad")
        return 0
    print(describe(model))
    target_text = " ".join("·" if k < 0 else model.vocab[k] for k in wanted)
    print(f"input {tokens.join(inputs, model.vocab)}, targets {target_text}")
    print(f"loss L = {loss:.6f}  (per step: {', '.join(f'{v:.4f}' for v in per_step[:, 0])})\n")
    for t in range(len(inputs)):
        line = f"t={t + 1}  ‖dL/dh_t‖ = {np.linalg.norm(dh[t]):.3e}  dL/dh_t = {fmt(dh[t], 9)}"
        if dc is not None:
            line += f"   ‖dL/dc_t‖ = {np.linalg.norm(dc[t, 0]):.3e}"
        print(line)
    print()
    for name, g in grads.params.items():
        print(f"dL/d{name}  shape {g.shape}  ‖·‖ = {np.linalg.norm(g):.4e}")
        for row in np.atleast_2d(g):
            print(f"    {fmt(row, 9)}")
    return 0


def register(subparsers) -> None:
    sequence_command(subparsers, "grad", "loss, dL/d(every parameter), dL/dh_t (and dL/dc_t)", cmd_grad,
                     with_targets=True)
