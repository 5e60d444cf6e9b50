"""What the importers and exporters share: the import report, vocabularies, checks and refusals."""

from __future__ import annotations

import json
import string
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError, within
from lstm_studio.document.tokens import parse_vocab
from lstm_studio.document.wording import Message
from lstm_studio.engine import CellSpec, Model

#: safetensors metadata keys LSTM Studio writes and reads back (all values are strings).
META_FORMAT = "lstm-studio.weights"


_ORIGINS = {
    "given": Message("Imports", "as given"),
    "file": Message("Imports", "stored in the file"),
    "generic": Message("Imports", "generic tokens; give the real ones with {option}", option="--vocab"),
}


@dataclass
class ImportReport:
    """What an importer found and assumed, for the command line and the window to show.

    source        the file read
    framework     "torch" or "keras"
    module        the recurrent module's name in the file (its prefix), "" for a bare state dict
    layer_class   nn.LSTM, keras.layers.GRU, …
    output_layer  the output layer's name in the file, or None when W_hy and b_y were set to 0
    vocab_origin  "given", "file" (stored by LSTM Studio's export) or "generic"
    notes         every assumption made and every tensor left unused, one sentence each
    """

    source: str
    framework: str
    module: str
    layer_class: str
    model: Model
    output_layer: str | None
    vocab_origin: str
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[Message]:
        """The report, one Message a line (the window shows them translated, the command line in English)."""
        m = self.model
        if m.layers == 1:
            layers = Message("Imports", "{count} layer", count=1)
        else:
            layers = Message("Imports", "{count} stacked layers", count=m.layers)
        shape = Message("Imports", "input size {inputs}, hidden size {hidden}, {layers}", inputs=m.vocab_size,
                        hidden=m.hidden_size, layers=layers)
        if m.bidirectional:
            shape = Message("Imports", "{shape}, bidirectional", shape=shape)
        options = ", ".join(f"{k}={v}" for k, v in m.spec.options)
        where = f" '{self.module}'" if self.module else ""
        if options:
            cell = Message("Imports", "cell {cell} ({options}), {shape}", cell=m.cell, options=options, shape=shape)
        else:
            cell = Message("Imports", "cell {cell}, {shape}", cell=m.cell, shape=shape)
        if self.output_layer is not None:
            output = Message("Imports", "output layer: {name}", name=f"'{self.output_layer}'")
        else:
            output = Message("Imports", "output layer: none found ({w} and {b} set to {zero})", w="W_hy", b="b_y",
                             zero=0)
        out = [
            Message("Imports", "read {file}: {layer}", file=self.source, layer=f"{self.layer_class}{where}"),
            cell,
            output,
            Message("Imports", "vocabulary ({origin}): {tokens}", origin=_ORIGINS[self.vocab_origin],
                    tokens=" ".join(m.vocab)),
        ]
        return out + [Message("Imports", "note: {note}", note=n) for n in self.notes]

    def __str__(self) -> str:
        return "\n".join(self.lines())


def doc_text(text: str) -> str:
    """``text`` made safe inside a generated script's docstring: one line, no escapes, no closing quotes."""
    return " ".join(text.split()).replace("\\", "/").replace('"""', "'''")


#: Gate blocks G of a recurrent weight -> the cell kind (an LSTM has four gates, a GRU three).
CELL_OF_BLOCKS = {1: "rnn", 4: "lstm", 3: "gru"}


def cell_of_recurrent_weight(path, key: str, shape: tuple[int, ...], axis: int, layout: str) -> tuple[str, int, int]:
    """Cell kind, hidden size H and gate blocks G of a recurrent weight of 1, 3 or 4 (H, H) blocks along ``axis``
    (0: stacked, as PyTorch's weight_hh (G·H, H); 1: side by side, as Keras's recurrent_kernel (H, G·H));
    ``layout`` ends the message that refuses any other shape."""
    H = shape[1 - axis] if len(shape) == 2 else 0
    if not H or shape[axis] % H or shape[axis] // H not in CELL_OF_BLOCKS:
        raise InputError(f"{path}: {key}: shape {tuple(shape)} is not 1, 3 or 4 {layout}")
    G = shape[axis] // H
    return CELL_OF_BLOCKS[G], H, G


def generic_vocab(size: int) -> list[str]:
    """Placeholder tokens for a vocabulary of ``size``: A, B, C, … up to 26, else v1 … vN."""
    if size <= 26:
        return list(string.ascii_uppercase[:size])
    return [f"v{k}" for k in range(1, size + 1)]


def resolve_vocab(vocab, size: int, stored: str | None, what: str, path=None) -> tuple[list[str], str]:
    """The vocabulary of an imported model and where it came from.

    vocab   None, a token list, a string (see :func:`lstm_studio.document.tokens.parse_vocab`) or a size
    size    the input size the file's first layer reads
    stored  the vocabulary JSON LSTM Studio's own export leaves in the file's metadata, if any
    what    how the first layer is named in messages
    path    the file, for messages about its stored vocabulary
    Tokens are checked as a model file's are (InputError naming ``--vocab`` or the stored vocabulary).
    """
    if size < 1:
        raise InputError(f"{path}: {what} reads no inputs (input size 0); a model needs at least one token")
    if vocab is None:
        if stored is not None:
            try:
                tokens = json.loads(stored)
            except (json.JSONDecodeError, RecursionError, ValueError):
                tokens = None
            if isinstance(tokens, list) and len(tokens) == size and all(isinstance(t, str) for t in tokens):
                try:
                    return modelfile.check_vocab(tokens), "file"
                except InputError as err:
                    raise InputError(
                        f"{path}: the vocabulary stored in the file's metadata: {err}; give the tokens with --vocab"
                    ) from None
        return generic_vocab(size), "generic"
    if isinstance(vocab, bool):
        raise InputError("--vocab: expected tokens or a size")
    if isinstance(vocab, int):
        if vocab != size:
            raise InputError(f"--vocab: size {vocab}, but {what} reads {size} inputs")
        return generic_vocab(size), "generic"
    tokens = parse_vocab(vocab) if isinstance(vocab, str) else list(vocab)
    if len(tokens) != size:
        raise InputError(
            f"--vocab: {len(tokens)} tokens, but {what} reads {size} inputs "
            "(one-hot inputs only; an embedding in front of the layer is not supported)"
        )
    try:
        return modelfile.check_vocab(tokens), "given"
    except InputError as err:
        raise InputError(f"--{err}") from None


def as_float(path, name: str, value: np.ndarray) -> np.ndarray:
    """A float64 copy of a tensor read from a file, or InputError if it is not finite floating-point."""
    arr = np.asarray(value)
    if arr.dtype.kind != "f":
        raise InputError(f"{path}: {name}: expected floating-point numbers, got {arr.dtype}")
    arr = arr.astype(np.float64)
    bad = np.argwhere(~np.isfinite(arr))
    if len(bad):
        position = ", ".join(str(i) for i in bad[0])
        raise InputError(f"{path}: {name}[{position}]: {arr[tuple(bad[0])]} is not a finite number")
    return arr


def expect_shape(path, name: str, arr: np.ndarray, shape: tuple[int, ...], why: str = "") -> None:
    if arr.shape != tuple(shape):
        reason = f" ({why})" if why else ""
        raise InputError(f"{path}: {name}: expected shape {tuple(shape)}, got {tuple(arr.shape)}{reason}")


def check_sizes(path, spec: CellSpec, input_size: int, hidden: int, layers: int, bidirectional: bool) -> None:
    """The limits of a model file (docs/limits.md), checked from the sizes before any array is built."""
    try:
        modelfile.check_size(spec, input_size, hidden, layers, bidirectional, "the model")
    except InputError as err:
        raise within(path, err) from None


def model_name(given: str | None, stored: str | None, path, notes: list[str]) -> str:
    """The imported model's name: the one given, else the one stored in the file if it is valid text,
    else the file name."""
    if given is not None:
        problem = modelfile.text_problem(given)
        if problem:
            raise InputError(f"--name: {problem}")
        return given
    if stored:
        problem = modelfile.text_problem(stored)
        if not problem:
            return stored
        notes.append(f"the name stored in the file {problem}: the file name used instead")
    return Path(path).stem


def finish_model(model: Model, path) -> Model:
    """Validate a built model exactly as a model file is validated (names, shapes, limits, vocabulary);
    InputError naming the file read."""
    try:
        return modelfile.validated(model)
    except InputError as err:
        raise within(path, err) from None


# --- conventions other frameworks lack ---------------------------------------------------------------

_Z_HINT = Message("Exports", "negating {w}, {u} and {b} and switching to {option} gives the same network", w="W_z",
                  u="U_z", b="b_z", option="update=z_keeps_old")


def torch_refusal(model: Model) -> str | None:
    """Why PyTorch's nn.RNN/nn.LSTM/nn.GRU cannot compute this model, or None when they can."""
    return _refusal(model.spec, Message("Exports", "PyTorch's {layer}", layer="nn.LSTM"),
                    Message("Exports", "PyTorch's {layer}", layer="nn.GRU"), {"after"})


def keras_refusal(model: Model) -> str | None:
    """Why Keras's SimpleRNN/LSTM/GRU cannot compute this model, or None when they can."""
    reason = _refusal(model.spec, Message("Exports", "Keras's {layer} layer", layer="LSTM"),
                      Message("Exports", "Keras's {layer} layer", layer="GRU"), {"after", "before"})
    if reason is None and any(np.any(v != 0) for v in model.initial_state.values()):
        name = next(k for k, v in model.initial_state.items() if np.any(v != 0))
        reason = Message("Exports", "{field} is not zero and a Keras .npz holds weights only (set the initial state "
                         "to zero, or pass it as {argument} when calling the layer)", field=f"initial_state.{name}",
                         argument="initial_state=")
    return reason


def _refusal(spec: CellSpec, lstm: str, gru: str, resets: set[str]) -> str | None:
    """Why a framework whose layers are ``lstm`` and ``gru`` (worded for the window) cannot compute ``spec``."""
    if spec.cell == "peephole_lstm":
        return Message("Exports", "{lstm} has no peephole connections ({params})", lstm=lstm, params="P_f, P_i, P_o")
    if spec.cell != "gru":
        return None
    reset = spec.option("reset")
    if reset not in resets:
        if reset == "none":
            return Message("Exports", "{gru} always has a reset gate; this model is the simplified GRU ({option})",
                           gru=gru, option="reset=none")
        return Message("Exports", "{gru} applies the reset gate after {term} ({option}); this model resets before "
                       "({other})", gru=gru, term="U_h h_(t-1)", option="reset=after", other="reset=before")
    if spec.option("update") != "z_keeps_old":
        return Message("Exports", "in {gru} z keeps the old state ({equation}, {option}); this model uses {other} "
                       "({hint})", gru=gru, equation="h = z ⊙ h_prev + (1 − z) ⊙ h̃", option="update=z_keeps_old",
                       other="update=z_takes_new", hint=_Z_HINT)
    return None


def refuse(model: Model, framework: str) -> None:
    reason = torch_refusal(model) if framework == "torch" else keras_refusal(model)
    if reason:
        raise InputError(Message("Exports", "cannot export to {framework}: {reason}",
                                 framework="PyTorch" if framework == "torch" else "Keras", reason=reason))
