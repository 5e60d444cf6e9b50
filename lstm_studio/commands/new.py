"""``lstm-studio new --cell CELL --vocab PIGS --hidden 3``: a freshly initialised model file (docs/cli.md)."""

from __future__ import annotations

import sys

from lstm_studio.commands.common import describe, parse_options
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.document.tokens import parse_vocab
from lstm_studio.engine import CELLS, SpecError, new_model


def cmd_new(args) -> int:
    if args.seed < 0:
        raise InputError(f"--seed: {args.seed} is negative (use a whole number ≥ 0)")
    if not 1 <= args.hidden <= modelfile.MAX_HIDDEN:
        raise InputError(f"--hidden: {args.hidden} is outside the allowed range 1..{modelfile.MAX_HIDDEN}")
    if not 1 <= args.layers <= modelfile.MAX_LAYERS:
        raise InputError(f"--layers: {args.layers} is outside the allowed range 1..{modelfile.MAX_LAYERS}")
    try:
        model = new_model(
            args.cell, parse_vocab(args.vocab), args.hidden, args.seed, parse_options(args.option),
            args.layers, args.bidirectional, args.name or "",
        )
    except SpecError as err:
        raise InputError(str(err)) from None
    modelfile.model_from_dict(modelfile.model_to_dict(model))  # the limits of a model file apply
    if args.out:
        modelfile.save(model, args.out)
        print(f"wrote {args.out}: {describe(model)}, {model.param_count()} parameters")
    else:
        sys.stdout.write(modelfile.dumps(model))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("new", help="a freshly initialised model file")
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
