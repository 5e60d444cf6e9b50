"""``lstm-studio info MODEL [--json]``: shapes and parameter counts, compared across cells (docs/cli.md)."""

from __future__ import annotations

import json

import numpy as np

from lstm_studio.commands.common import describe
from lstm_studio.document import modelfile
from lstm_studio.engine import CELLS, CellSpec, param_shapes


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
    print(describe(model) + "\n")
    for name, shape in shapes.items():
        print(f"  {name:<10}{' × '.join(map(str, shape)):>10}  {int(np.prod(shape)):>8}")
    print(f"\nparameters: {recurrent + output} ({recurrent} in the recurrent layers, {output} in the output layer)")
    print("recurrent parameters at these sizes, by cell (× the Elman RNN's):")
    for cell, count in comparison.items():
        print(f"  {cell:<14}{count:>8}  ×{count / rnn_recurrent:.2f}")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("info", help="shapes and parameter counts")
    p.add_argument("model")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)
