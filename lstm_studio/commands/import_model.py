"""``lstm-studio import FILE --from torch|keras [--vocab TOKENS] [--output-layer NAME] --out MODEL``:
PyTorch (safetensors) or Keras (.npz) weights into a model file (docs/cli.md)."""

from __future__ import annotations

from lstm_studio.commands.common import output_file, text
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.interop import import_keras, import_torch


def cmd_import(args) -> int:
    out = output_file(args.out)
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
    modelfile.save(model, out)
    print(report)
    print(f"wrote {out}: {model.param_count()} parameters")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("import", help="read PyTorch (safetensors) or Keras (.npz) weights into a model file")
    p.add_argument("file", help="model.safetensors (PyTorch state dict) or weights.npz (Keras)")
    p.add_argument("--from", dest="source", required=True, choices=("torch", "keras"))
    p.add_argument(
        "--vocab", metavar="TOKENS", type=text,
        help="the tokens the one-hot inputs stand for: PIGS or 'the cat sat' (default: generic)",
    )
    p.add_argument("--output-layer", metavar="NAME", type=text, help="the output nn.Linear / Dense when several fit")
    p.add_argument("--module", metavar="NAME", type=text,
                   help="the recurrent module when the file holds several (torch)")
    p.add_argument(
        "--activation", choices=("tanh", "relu"),
        help="the Elman RNN's nonlinearity, which weights do not record (default tanh)",
    )
    p.add_argument("--name", type=text, help="the model's name (default: the file name)")
    p.add_argument("--out", required=True, metavar="MODEL", help="the model file to write (JSON)")
    p.set_defaults(func=cmd_import)
