"""``lstm-studio formula``: a local derivative in gate terms, and its value at a model, step and entry.

    lstm-studio formula --cell lstm --of h_t --wrt U_f --latex
    lstm-studio formula --cell gru --option reset=after --of h_t --wrt 'h_{t-1}'
    lstm-studio formula --cell lstm --of h_t --wrt U_f --model m.json --input PIG --t 2 --entry 1,2 --json

Entries count from 1 as in the textbooks (U_f[1,2] is row 1, column 2); the value is the derivative of
step t alone, h_{t-1} and c_{t-1} held fixed. ``--json`` prints {"latex", "latex_numeric", "value"}
(the last two null without a model). Bad arguments raise InputError: one line, exit status 2.
"""

from __future__ import annotations

from lstm_studio.commands.common import check_finite, output_file, parse_options, print_json, text
from lstm_studio.document import modelfile, tokens
from lstm_studio.document.atomic import atomic_write
from lstm_studio.document.errors import InputError
from lstm_studio.engine import CELLS, CellSpec


def register(subparsers) -> None:
    p = subparsers.add_parser("formula", help="a derivative in gate terms, optionally with numbers")
    p.add_argument("--cell", choices=CELLS, help="the cell (may be left out with --model)")
    p.add_argument("--option", action="append", type=text, metavar="KEY=VALUE", help="a cell convention, repeatable")
    p.add_argument("--of", required=True, type=text, help="h_t or c_t")
    p.add_argument("--wrt", required=True, type=text, help="a parameter (U_f, W_xh, …) or h_{t-1}, c_{t-1}, x_t")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--latex", action="store_true", help="print LaTeX instead of plain text")
    shown.add_argument("--svg", metavar="FILE", help="write the formula as SVG")
    p.add_argument("--model", help="model file: evaluate the formula with its numbers")
    p.add_argument("--input", type=text, help="tokens, e.g. PIG (with --model)")
    p.add_argument("--t", type=int, help="the step, from 1 (with --model)")
    p.add_argument("--entry", type=text, help="j,k for a matrix or a Jacobian, j for a vector, from 1 (with --model)")
    p.add_argument("--json", action="store_true", help='print {"latex", "latex_numeric", "value"}')
    p.set_defaults(func=cmd_formula)


def _entry(text: str) -> tuple[int, ...]:
    parts = [p.strip() for p in text.split(",")]
    try:
        entry = tuple(int(p) for p in parts)
    except ValueError:
        raise InputError(f"--entry {text!r}: expected whole numbers separated by commas, e.g. 1,2") from None
    return entry


def _spec_and_model(args):
    """The cell spec, from --cell/--option or from the model file (which they must then match)."""
    model = modelfile.load(args.model) if args.model else None
    options = parse_options(args.option)
    if model is None:
        if args.cell is None:
            raise InputError("--cell: required unless --model is given")
        return CellSpec.make(args.cell, options), None
    if args.cell is not None and args.cell != model.cell:
        raise InputError(f"--cell: {args.cell}, but the model's cell is {model.cell}")
    if options and CellSpec.make(model.cell, options) != model.spec:
        shown = ", ".join(f"{k}={v}" for k, v in model.spec.options)
        raise InputError(f"--option: the model's conventions are {shown or 'the defaults'}")
    return model.spec, model


def cmd_formula(args) -> int:
    from lstm_studio.symbolic import FormulaError, RenderError, derivative, render_svg

    spec, model = _spec_and_model(args)
    given = [name for name in ("input", "t", "entry") if getattr(args, name) is not None]
    if model is None and given:
        raise InputError(f"--{given[0]}: evaluating a formula needs --model")
    if model is not None:
        missing = [name for name in ("input", "t", "entry") if getattr(args, name) is None]
        if missing:
            raise InputError(f"--{missing[0]}: required with --model")
    svg_path = output_file(args.svg, "--svg") if args.svg else None
    try:
        d = derivative(spec, args.of, args.wrt)
        evaluation = None
        if model is not None:
            inputs = tokens.parse(args.input, model.vocab, "input")
            tokens.check_work(model, len(inputs))
            evaluation = d.evaluate(model, inputs, args.t, _entry(args.entry))
            check_finite(evaluation.value, "formula", "value")
    except FormulaError as err:
        raise InputError(str(err)) from None
    if svg_path is not None:
        try:
            svg = render_svg(evaluation.latex_numeric if evaluation else d.latex)
        except RenderError as err:
            raise InputError(str(err)) from None
        try:
            atomic_write(svg_path, svg)
        except OSError as err:
            raise InputError(f"--svg: cannot write {svg_path}: {err.strerror or err}") from None
    if args.json:
        print_json({
            "latex": d.latex,
            "latex_numeric": evaluation.latex_numeric if evaluation else None,
            "value": evaluation.value if evaluation else None,
        }, "formula")
        return 0
    if args.svg:
        print(f"wrote {args.svg}")
        return 0
    if args.latex:
        print(d.latex)
        if evaluation:
            print(evaluation.latex_numeric)
        return 0
    print(d.text)
    if evaluation:
        where = ",".join(str(e) for e in _entry(args.entry))
        layer = " (layer 1, forward)" if model.layers > 1 or model.bidirectional else ""
        print(f"at t={args.t}, entry ({where}){layer}: {evaluation.value:.10g}")
    return 0
