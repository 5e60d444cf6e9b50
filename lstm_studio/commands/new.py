"""``lstm-studio new --cell CELL --vocab PIGS --hidden 3``: a freshly initialised model file (docs/cli.md)."""

from __future__ import annotations

import sys

from lstm_studio.commands.common import describe, output_file, parse_options, text
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.document.tokens import parse_vocab
from lstm_studio.engine import CELLS, CellSpec, SpecError, new_model


def cmd_new(args) -> int:
    if args.seed < 0:
        raise InputError(f"--seed: {args.seed} is negative (use a whole number ≥ 0)")
    if not 1 <= args.hidden <= modelfile.MAX_HIDDEN:
        raise InputError(f"--hidden: {args.hidden} is outside the allowed range 1..{modelfile.MAX_HIDDEN}")
    if not 1 <= args.layers <= modelfile.MAX_LAYERS:
        raise InputError(f"--layers: {args.layers} is outside the allowed range 1..{modelfile.MAX_LAYERS}")
    problem = modelfile.text_problem(args.name)
    if problem:
        raise InputError(f"--name: {problem}")
    vocab = parse_vocab(args.vocab)
    out = output_file(args.out) if args.out is not None else None
    try:
        spec = CellSpec.make(args.cell, parse_options(args.option))
        # The limits of a model file, from the sizes alone: 8 bidirectional layers of 1024 units would
        # otherwise allocate gigabytes before being refused.
        modelfile.check_size(spec, len(vocab), args.hidden, args.layers, args.bidirectional, "new")
        model = new_model(args.cell, vocab, args.hidden, args.seed, spec.opts, args.layers, args.bidirectional,
                          args.name)
    except SpecError as err:
        raise InputError(str(err)) from None
    if out is not None:
        modelfile.save(model, out)
        print(f"wrote {args.out}: {describe(model)}, {model.param_count()} parameters")
    else:
        sys.stdout.write(modelfile.dumps(model))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("new", help="a freshly initialised model file")
    p.add_argument("--cell", required=True, choices=CELLS)
    p.add_argument("--option", action="append", type=text, metavar="KEY=VALUE", help="a cell convention, repeatable")
    p.add_argument("--vocab", required=True, type=text, help="PIGS (one token per character) or 'the cat sat'")
    p.add_argument("--hidden", type=int, required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--bidirectional", action="store_true")
    p.add_argument("--name", default="", type=text)
    p.add_argument("--out", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_new)
