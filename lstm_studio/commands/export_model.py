"""``lstm-studio export MODEL --to torch|keras|numpy|csv [--input TOKENS] --out FILE``: a model for
PyTorch or Keras, as NumPy code, or a run as CSV (docs/cli.md)."""

from __future__ import annotations

from lstm_studio.commands.common import output_file, text
from lstm_studio.document import modelfile, tokens
from lstm_studio.document.errors import InputError
from lstm_studio.interop import export_csv, export_keras, export_numpy, export_torch


def cmd_export(args) -> int:
    model = modelfile.load(args.model)
    out = output_file(args.out)
    if args.to == "torch":
        written = export_torch(model, out)
    elif args.to == "keras":
        written = [export_keras(model, out)]
    elif args.to == "numpy":
        written = [export_numpy(model, out, args.input)]
    else:
        if args.input is None:
            raise InputError("export: --to csv needs --input, the tokens to run (e.g. --input PIG)")
        tokens.check_work(model, len(tokens.parse(args.input, model.vocab, "input")))
        written = [export_csv(model, out, args.input)]
    for path in written:
        print(f"wrote {path}")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help="write a model for PyTorch or Keras, as NumPy code, or a run as CSV")
    p.add_argument("model", help="model file (JSON)")
    p.add_argument("--to", required=True, choices=("torch", "keras", "numpy", "csv"))
    p.add_argument("--input", metavar="TOKENS", type=text,
                   help="the run to trace (csv) or the script's default input (numpy)")
    p.add_argument(
        "--out", required=True, metavar="FILE",
        help="torch: model.safetensors (the script goes next to it as model.py); keras: .npz; numpy: .py; csv: .csv",
    )
    p.set_defaults(func=cmd_export)
