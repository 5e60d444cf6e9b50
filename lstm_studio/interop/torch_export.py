"""Export a model to PyTorch: a safetensors state dict and a short script that builds and loads the modules.

The state dict holds ``rnn.*`` (an nn.RNN, nn.LSTM or nn.GRU in PyTorch's layout, see
:mod:`.torch_layout`), ``out.weight``/``out.bias`` (the output nn.Linear) and the buffers ``h0`` (and
``c0``), the initial state as (L·K, H), all in float64 so nothing is rounded. Models in a convention
PyTorch lacks are refused with the reason (:func:`.common.torch_refusal`).

The script holds text from the model and the user — the name, the tokens, the weights' file name — only
as Python string literals written by ``repr()``, never inside its docstring or code: a token made of
three double quotes, or one that calls ``__import__``, stays a string. Both files are written together
or not at all.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from lstm_studio.document.errors import InputError
from lstm_studio.engine import Model
from lstm_studio.interop.common import META_FORMAT, refuse
from lstm_studio.interop.files import safetensors_bytes, write_together
from lstm_studio.interop.torch_layout import TORCH_CLASS, layer_to_torch, suffix, torch_kind


def torch_state_dict(model: Model) -> dict[str, np.ndarray]:
    """The model as the state dict of the script's ``Net``: rnn.*, out.weight, out.bias, h0 (, c0)."""
    refuse(model, "torch")
    directions = (False, True) if model.bidirectional else (False,)
    tensors: dict[str, np.ndarray] = {}
    for layer in range(model.layers):
        for rev in directions:
            for part, value in layer_to_torch(model.cell, model.layer_params(layer, rev)).items():
                tensors[f"rnn.{part}{suffix(layer, rev)}"] = value
    tensors["out.weight"] = model.params["W_hy"]
    tensors["out.bias"] = model.params["b_y"]
    rows = [(layer, rev) for layer in range(model.layers) for rev in directions]
    tensors["h0"] = np.stack([model.h0(layer, rev) for layer, rev in rows])
    if model.spec.has_c:
        tensors["c0"] = np.stack([model.c0(layer, rev) for layer, rev in rows])
    return tensors


def torch_metadata(model: Model) -> dict[str, str]:
    """What the safetensors header records besides the tensors, so that importing restores the vocabulary."""
    return {
        "format": META_FORMAT,
        "framework": "torch",
        "cell": model.cell,
        "options": json.dumps(model.spec.opts),
        "vocab": json.dumps(model.vocab, ensure_ascii=False),
        "name": model.name,
    }


def torch_script(model: Model, weights_name: str) -> str:
    """A short Python script that builds the matching torch modules, loads ``weights_name`` and runs them."""
    kind = torch_kind(model.cell)
    cls = TORCH_CLASS[kind]
    V, H, L, K = model.vocab_size, model.hidden_size, model.layers, model.directions
    extra = ', nonlinearity="relu"' if kind == "rnn" and model.spec.option("activation") == "relu" else ""
    state = "(self.h0, self.c0)" if model.spec.has_c else "self.h0"
    c0_buffer = (
        f'        self.register_buffer("c0", torch.zeros({L * K}, {H}, dtype=torch.float64))\n'
        if model.spec.has_c else ""
    )
    default = " ".join(model.vocab) if any(len(v) > 1 for v in model.vocab) else "".join(model.vocab)
    return f'''"""An {cls} exported from LSTM Studio, with its output layer; NAME below is the model's name.

Run it on a sequence of tokens:   python {{this file}} TOKENS   (add --json for full precision)
Without TOKENS it runs DEFAULT_INPUT, every token of the vocabulary VOCAB once.

The weights are read from the safetensors file WEIGHTS (float64), next to this script:
{cls}(input_size={V}, hidden_size={H}, num_layers={L}, bidirectional={K == 2}) reads one-hot inputs
x_t over the vocabulary, nn.Linear({K * H}, {V}) gives the logits y_t, and p_t = softmax(y_t). The
initial state is kept as the buffer h0{" (and c0)" if model.spec.has_c else ""}, one row per layer and direction.
To go on training at single precision, call net.float().
"""

import json
import sys
from pathlib import Path

import torch
from safetensors.torch import load_file
from torch import nn

NAME = {model.name!r}
VOCAB = {list(model.vocab)!r}
DEFAULT_INPUT = {default!r}
WEIGHTS = Path(__file__).with_name({weights_name!r})


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = {cls}({V}, {H}, num_layers={L}, bidirectional={K == 2}{extra}, dtype=torch.float64)
        self.out = nn.Linear({K * H}, {V}, dtype=torch.float64)
        self.register_buffer("h0", torch.zeros({L * K}, {H}, dtype=torch.float64))
{c0_buffer}
    def forward(self, x):
        """x: (T, {V}) one-hot rows -> logits y: (T, {V})."""
        hidden, _ = self.rnn(x, {state})
        return self.out(hidden)


def one_hot(text):
    """The one-hot rows of a text: one token per character, or space-separated tokens."""
    if all(len(v) == 1 for v in VOCAB):
        tokens = [ch for ch in text if ch in VOCAB or not ch.isspace()]
    else:
        tokens = text.split()
    unknown = [t for t in tokens if t not in VOCAB]
    if unknown or not tokens:
        sys.exit(f"unknown token {{unknown[0]!r}}" if unknown else "no tokens given")
    index = torch.tensor([VOCAB.index(t) for t in tokens])
    return tokens, nn.functional.one_hot(index, len(VOCAB)).to(torch.float64)


def load():
    net = Net()
    net.load_state_dict(load_file(WEIGHTS))
    return net.eval()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--json"]
    tokens, x = one_hot(args[0] if args else DEFAULT_INPUT)
    net = load()
    with torch.no_grad():
        y = net(x)
        p = torch.softmax(y, dim=-1)
    if "--json" in sys.argv:
        print(json.dumps({{"y": y.tolist(), "p": p.tolist()}}))
    else:
        for t, (token, row) in enumerate(zip(tokens, p), start=1):
            probs = "  ".join(f"{{v}} {{q:.3f}}" for v, q in zip(VOCAB, row.tolist()))
            print(f"t={{t}}  {{token}}  ->  {{VOCAB[int(row.argmax())]}}    {{probs}}")
'''


def export_torch(model: Model, path) -> list[Path]:
    """Write ``path`` (safetensors) and the script next to it (same name, ``.py``); returns both paths.

    Raises InputError naming the reason when PyTorch has no module that computes this model, when
    ``path`` names no file, or when either file cannot be written (then neither is).
    """
    path = Path(path)
    if path.name in ("", ".", "..") or str(path).endswith(("/", os.sep)):
        raise InputError(f"{str(path)!r}: give the weights file's name, e.g. model.safetensors")
    if path.suffix == ".py":
        raise InputError(f"{path}: give the weights file (.safetensors); the script is written next to it")
    tensors = torch_state_dict(model)
    script = path.with_suffix(".py")
    return write_together([
        (path, safetensors_bytes(tensors, torch_metadata(model))),
        (script, torch_script(model, path.name)),
    ])
