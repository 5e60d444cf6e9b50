"""``lstm-studio import`` and ``lstm-studio export``: PyTorch, Keras, NumPy code and CSV traces.

    lstm-studio import FILE --from torch|keras [--vocab TOKENS] [--output-layer NAME] --out MODEL
    lstm-studio export MODEL --to torch|keras|numpy|csv [--input TOKENS] --out FILE

Bad files end in one line on stderr and exit status 2 (``cli.main`` turns InputError into that).
"""

from __future__ import annotations

from ..document import modelfile
from ..document.errors import InputError
from ..interop import export_csv, export_keras, export_numpy, export_torch, import_keras, import_torch


def cmd_import(args) -> int:
    if args.source == "torch":
        model, report = import_torch(
            args.file, vocab=args.vocab, output_layer=args.output_layer, module=args.module,
            activation=args.activation, name=args.name,
        )
    else:
        if args.module is not None:
            raise InputError("--module: only for --from torch (Keras layers are read in the file's order)")
        model, report = import_keras(
            args.file, vocab=args.vocab, output_layer=args.output_layer,
            activation=args.activation or "tanh", name=args.name,
        )
    modelfile.save(model, args.out)
    print(report)
    print(f"wrote {args.out}: {model.param_count()} parameters")
    return 0


def cmd_export(args) -> int:
    model = modelfile.load(args.model)
    if args.to == "torch":
        written = export_torch(model, args.out)
    elif args.to == "keras":
        written = [export_keras(model, args.out)]
    elif args.to == "numpy":
        written = [export_numpy(model, args.out, args.input)]
    else:
        if args.input is None:
            raise InputError("export: --to csv needs --input, the tokens to run (e.g. --input PIG)")
        written = [export_csv(model, args.out, args.input)]
    for path in written:
        print(f"wrote {path}")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("import", help="read PyTorch (safetensors) or Keras (.npz) weights into a model file")
    p.add_argument("file", help="model.safetensors (PyTorch state dict) or weights.npz (Keras)")
    p.add_argument("--from", dest="source", required=True, choices=("torch", "keras"))
    p.add_argument(
        "--vocab", metavar="TOKENS",
        help="the tokens the one-hot inputs stand for: PIGS or 'the cat sat' (default: generic)",
    )
    p.add_argument("--output-layer", metavar="NAME", help="the output nn.Linear / Dense when several fit")
    p.add_argument("--module", metavar="NAME", help="the recurrent module when the file holds several (torch)")
    p.add_argument(
        "--activation", choices=("tanh", "relu"),
        help="the Elman RNN's nonlinearity, which weights do not record (default tanh)",
    )
    p.add_argument("--name", help="the model's name (default: the file name)")
    p.add_argument("--out", required=True, metavar="MODEL", help="the model file to write (JSON)")
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("export", help="write a model for PyTorch or Keras, as NumPy code, or a run as CSV")
    p.add_argument("model", help="model file (JSON)")
    p.add_argument("--to", required=True, choices=("torch", "keras", "numpy", "csv"))
    p.add_argument("--input", metavar="TOKENS", help="the run to trace (csv) or the script's default input (numpy)")
    p.add_argument(
        "--out", required=True, metavar="FILE",
        help="torch: model.safetensors (the script goes next to it as model.py); keras: .npz; numpy: .py; csv: .csv",
    )
    p.set_defaults(func=cmd_export)
