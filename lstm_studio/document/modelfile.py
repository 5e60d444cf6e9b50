"""The model file (docs/model-file.md): JSON, human-editable, versioned. Load, validate, save.

Loading never executes anything: it parses JSON and checks every field, raising InputError with a
one-line message that names the field (``params.W_f: expected shape (3, 4), got (3, 3)``). Saving writes
floats with Python's shortest round-trip repr, so save → load gives bit-identical numbers, and writes
atomically (a temporary file in the same folder, then a rename) so a crash never leaves half a file.

The limits (sizes, parameter count, file size) are checked before anything large is allocated; they and
their reasons are in docs/limits.md.

Optional keys (docs/model-file.md): ``layers`` (stacked layers, default 1) and ``bidirectional`` (default
false); parameters and initial states of layer l > 1 and of the backward direction carry the suffixes
``_l2``, ``_rev`` (see ``lstm_studio.engine.spec.layer_suffix``). The optional ``session`` block (the
student's exercise) is read and written by :mod:`lstm_studio.document.exercise`; here it is let through.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import numpy as np

from lstm_studio.document.atomic import atomic_write, atomic_write_many
from lstm_studio.document.errors import InputError, unwritable, within
from lstm_studio.document.reading import mebibytes, read_limited
from lstm_studio.document.wording import Message
from lstm_studio.engine import CellSpec, Model, SpecError, param_shapes, state_names

FORMAT = "lstm-studio.model"
VERSION = 1
MAX_HIDDEN = 1024
MAX_VOCAB = 512
MAX_LAYERS = 8
MAX_TOKEN_LENGTH = 32
#: Every parameter of a model together: saving 2 million numbers takes about 1.2 s here, loading 0.6 s.
MAX_PARAMS = 2_000_000
MAX_FILE_BYTES = 64 * 2**20
#: JSON values (numbers, strings, lists, objects) a model file may hold: the parameters and some room.
#: Counted on the raw bytes before parsing, since parsing allocates about 100 bytes per value.
MAX_JSON_VALUES = MAX_PARAMS + 500_000
#: Lists and objects: a matrix row is a list, so this bounds the rows; 22 million empty lists would
#: take 10 s and 1.6 GB to parse.
MAX_JSON_CONTAINERS = 200_000
#: Digits of a whole number that JSON parsing converts; Python refuses to convert more than 4300.
MAX_INT_DIGITS = 4000
KNOWN_KEYS = {
    "format", "version", "name", "cell", "options", "vocab", "hidden_size", "layers",
    "bidirectional", "params", "initial_state", "session",
}


class LongNumber(float):
    """A JSON whole number of more than MAX_INT_DIGITS digits, kept unconverted (Python refuses to convert
    over 4300 digits) so that the check of its field reports it by name. Its float value is inf."""

    digits: int

    def __new__(cls, digits: int) -> LongNumber:
        number = super().__new__(cls, "inf")
        number.digits = digits
        return number


def shown(value) -> str:
    """A short description of a JSON value for an error message (never the whole of a huge value)."""
    if isinstance(value, LongNumber):
        return Message("InputErrors", "a number of {digits} digits", digits=value.digits)
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")
    if isinstance(value, list):
        return Message("InputErrors", "a list of {count} entries", count=len(value))
    if isinstance(value, dict):
        return Message("InputErrors", "an object with {count} keys", count=len(value))
    return json.dumps(value)


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be a token or a name, or None: a lone surrogate (not Unicode text: no file or
    terminal can hold it) or a control character (a line break, an escape sequence)."""
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cs":
            return Message("InputErrors", "contains a lone surrogate {code}, which is not valid Unicode text",
                           code=f"U+{ord(ch):04X}")
        if category == "Cc":
            return Message("InputErrors", "contains the control character {code}", code=f"U+{ord(ch):04X}")
    return None


def parameter_count(shapes: dict[str, tuple[int, ...]]) -> int:
    return sum(int(np.prod(shape)) for shape in shapes.values())


def check_size(spec: CellSpec, vocab_size: int, hidden: int, layers: int = 1, bidirectional: bool = False,
               what: str = "model") -> dict[str, tuple[int, ...]]:
    """The parameter shapes of a model of these sizes, or InputError when it would exceed the limits
    (checked from the shapes alone, before any array exists)."""
    for name, value, high in ((Message("InputErrors", "vocabulary"), vocab_size, MAX_VOCAB),
                              (Message("InputErrors", "hidden size"), hidden, MAX_HIDDEN),
                              (Message("InputErrors", "layers"), layers, MAX_LAYERS)):
        if value > high:
            raise InputError(Message("InputErrors", "{what}: {name} {value} is above the limit of {limit}", what=what,
                                     name=name, value=value, limit=high))
    shapes = param_shapes(spec, vocab_size, hidden, layers, bidirectional)
    count = parameter_count(shapes)
    if count > MAX_PARAMS:
        raise InputError(Message("InputErrors", "{what}: {count} parameters, more than the limit of {limit}; use "
                                 "fewer hidden units, layers or tokens", what=what, count=f"{count:,}",
                                 limit=f"{MAX_PARAMS:,}"))
    return shapes


def _no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise InputError(Message("InputErrors", "{field}: appears twice in the same object", field=key))
        seen[key] = value
    return seen


def _check_nested(value, shape: tuple[int, ...], field: str) -> None:
    """Checks list lengths and leaf types so a wrong shape or a non-number is reported with its position."""
    if not isinstance(value, list):
        raise InputError(Message("InputErrors", "{field}: expected a list (shape {shape}), got {value}", field=field,
                                 shape=shape, value=shown(value)))
    if len(value) != shape[0]:
        raise InputError(Message("InputErrors", "{field}: expected {count} entries, got {got} (expected shape {shape})",
                                 field=field, count=shape[0], got=len(value), shape=shape))
    if len(shape) > 1:
        for k, item in enumerate(value):
            _check_nested(item, shape[1:], f"{field}[{k}]")
        return
    if not all(type(v) is float or type(v) is int for v in value):
        k = next(k for k, v in enumerate(value) if not (type(v) is float or type(v) is int))
        if isinstance(value[k], LongNumber):
            raise InputError(Message("InputErrors", "{field}: {value}, too large for float64", field=f"{field}[{k}]",
                                     value=shown(value[k])))
        raise InputError(Message("InputErrors", "{field}: expected a number, got {value}", field=f"{field}[{k}]",
                                 value=shown(value[k])))


def _array(value, shape: tuple[int, ...], field: str) -> np.ndarray:
    """A float64 array of exactly ``shape`` from nested lists of numbers, or InputError naming the field."""
    _check_nested(value, shape, field)
    try:
        arr = np.array(value, dtype=np.float64)
    except OverflowError:
        raise InputError(f"{field}: a number too large for float64") from None
    bad = np.argwhere(~np.isfinite(arr))
    if len(bad):
        position = "".join(f"[{i}]" for i in bad[0])
        raise InputError(Message("InputErrors", "{field}: {value} is not a finite number", field=f"{field}{position}",
                                 value=arr[tuple(bad[0])]))
    return arr


def _int(data: dict, key: str, low: int, high: int, default: int | None = None) -> int:
    if key not in data:
        if default is None:
            raise InputError(Message("InputErrors", "{field}: missing", field=key))
        return default
    value = data[key]
    if isinstance(value, LongNumber) or (isinstance(value, int) and not isinstance(value, bool)
                                         and not low <= value <= high):
        raise InputError(Message("InputErrors", "{field}: {value} is outside the allowed range {low}..{high}",
                                 field=key, value=shown(value) if isinstance(value, LongNumber) else value, low=low,
                                 high=high))
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(Message("InputErrors", "{field}: expected a whole number, got {value}", field=key,
                                 value=shown(value)))
    return value


def check_vocab(value) -> list[str]:
    """The vocabulary of a model file, or InputError naming the bad token as ``vocab[k]``."""
    if not isinstance(value, list) or not value:
        raise InputError(Message("InputErrors", "{field}: expected a non-empty list of tokens", field="vocab"))
    if len(value) > MAX_VOCAB:
        raise InputError(Message("InputErrors", "{what}: {count} tokens, more than the limit of {limit}",
                                 what="vocab", count=len(value), limit=MAX_VOCAB))
    seen = set()
    multi = any(isinstance(v, str) and len(v) > 1 for v in value)
    for k, token in enumerate(value):
        if not isinstance(token, str) or not token:
            raise InputError(Message("InputErrors", "{field}: expected a non-empty string", field=f"vocab[{k}]"))
        if len(token) > MAX_TOKEN_LENGTH:
            raise InputError(Message("InputErrors", "{field}: longer than {limit} characters", field=f"vocab[{k}]",
                                     limit=MAX_TOKEN_LENGTH))
        problem = text_problem(token)
        if problem:
            raise InputError(Message("InputErrors", "{field}: {problem}", field=f"vocab[{k}]", problem=problem))
        if multi and any(ch.isspace() for ch in token):
            raise InputError(Message("InputErrors", "{field}: {token} contains white space, which separates "
                                     "multi-character tokens", field=f"vocab[{k}]", token=repr(token)))
        if token in seen:
            raise InputError(Message("InputErrors", "{field}: {token} appears twice", field=f"vocab[{k}]",
                                     token=repr(token)))
        seen.add(token)
    return list(value)


def check_header(data, file_format: str, version: int, what: str) -> dict:
    """What every versioned JSON file of the app starts with: an object whose ``format`` is ``file_format``
    and whose ``version`` this app reads; InputError naming the field otherwise."""
    if not isinstance(data, dict):
        raise InputError(Message("InputErrors", "{what}: expected a JSON object at the top level", what=what))
    if data.get("format") != file_format:
        raise InputError(Message("InputErrors", "{field}: expected {expected}, got {value}", field="format",
                                 expected=repr(file_format), value=shown(data.get("format"))))
    found = data.get("version")
    if isinstance(found, bool) or not isinstance(found, int):
        raise InputError(Message("InputErrors", "{field}: expected a whole number, got {value}", field="version",
                                 value=shown(found)))
    if found != version:
        raise InputError(Message("InputErrors", "{field}: {found} is not supported (this LSTM Studio reads version "
                                 "{version})", field="version", found=found, version=version))
    return data


def model_from_dict(data) -> Model:
    """Validate a parsed model file and build the Model; InputError names the first bad field."""
    check_header(data, FORMAT, VERSION, "model file")
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise InputError(Message("InputErrors", "{field}: unknown key in a version {version} model file",
                                 field=unknown[0], version=VERSION))
    name = data.get("name", "")
    if not isinstance(name, str):
        raise InputError(Message("InputErrors", "{field}: expected a string", field="name"))
    problem = text_problem(name)
    if problem:
        raise InputError(Message("InputErrors", "{field}: {problem}", field="name", problem=problem))
    cell = data.get("cell")
    if not isinstance(cell, str):
        raise InputError(Message("InputErrors", "{field}: missing or not a string", field="cell"))
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise InputError(Message("InputErrors", "{field}: expected an object", field="options"))
    for key, value in options.items():
        if not isinstance(value, str):
            raise InputError(Message("InputErrors", "{field}: expected a string", field=f"options.{key}"))
    try:
        spec = CellSpec.make(cell, options)
    except SpecError as err:
        raise InputError(err.args[0] if err.args else str(err)) from None
    vocab = check_vocab(data.get("vocab"))
    hidden = _int(data, "hidden_size", 1, MAX_HIDDEN)
    layers = _int(data, "layers", 1, MAX_LAYERS, default=1)
    bidirectional = data.get("bidirectional", False)
    if not isinstance(bidirectional, bool):
        raise InputError(Message("InputErrors", "{field}: expected true or false", field="bidirectional"))
    params_in = data.get("params")
    if not isinstance(params_in, dict):
        raise InputError(Message("InputErrors", "{field}: missing or not an object", field="params"))
    shapes = check_size(spec, len(vocab), hidden, layers, bidirectional)
    extra = sorted(set(params_in) - set(shapes))
    if extra:
        raise InputError(Message("InputErrors", "{field}: not a parameter of this {cell} model (expected {expected})",
                                 field=f"params.{extra[0]}", cell=cell, expected=", ".join(shapes)))
    params = {}
    for key, shape in shapes.items():
        if key not in params_in:
            raise InputError(Message("InputErrors", "{field}: missing (shape {shape})", field=f"params.{key}",
                                     shape=shape))
        params[key] = _array(params_in[key], shape, f"params.{key}")
    state_in = data.get("initial_state", {})
    if not isinstance(state_in, dict):
        raise InputError(Message("InputErrors", "{field}: expected an object", field="initial_state"))
    allowed = state_names(spec, layers, bidirectional)
    state = {}
    for key, value in state_in.items():
        if key not in allowed:
            raise InputError(Message("InputErrors", "{field}: not a state of this model (expected {expected})",
                                     field=f"initial_state.{key}", expected=", ".join(allowed)))
        state[key] = _array(value, (hidden,), f"initial_state.{key}")
    return Model(spec, vocab, hidden, params, layers, bidirectional, state, name)


def _whole_number(text: str) -> int | LongNumber:
    """JSON's whole numbers; beyond MAX_INT_DIGITS digits a LongNumber, which every field refuses."""
    digits = len(text.lstrip("-"))
    return LongNumber(digits) if digits > MAX_INT_DIGITS else int(text)


def parse_json(text: str):
    """JSON text -> data; InputError for invalid JSON (with line and column), a key given twice in one
    object, or nesting too deep. Endless whole numbers are kept as :class:`LongNumber` markers, which every
    field refuses. Shared by every JSON file the app reads (models, lessons)."""
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_int=_whole_number)
    except json.JSONDecodeError as err:
        raise InputError(Message("InputErrors", "invalid JSON at line {line}, column {column}: {problem}",
                                 line=err.lineno, column=err.colno, problem=err.msg)) from None
    except RecursionError:
        raise InputError(Message("InputErrors", "invalid JSON: nested too deeply")) from None


def check_json_size(raw: bytes | str) -> None:
    """Refuse JSON with more values or more lists and objects than any model within the limits has,
    before parsing allocates them. Counts separators on the raw text (those inside strings too, so the
    counts are upper bounds)."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    containers = raw.count(b"[") + raw.count(b"{")
    if containers > MAX_JSON_CONTAINERS:
        raise InputError(f"more than {MAX_JSON_CONTAINERS:,} lists and objects, more than any model file within "
                         "the limits holds")
    if raw.count(b",") + containers > MAX_JSON_VALUES:
        raise InputError(f"more than {MAX_JSON_VALUES:,} values, more than any model file within the limits "
                         "holds")


def parse_text(text: str) -> Model:
    check_json_size(text)
    return model_from_dict(parse_json(text))


def read_text(path: str | os.PathLike, max_bytes: int | None = None, what: str = "model file") -> str:
    """The UTF-8 text of a file of at most ``max_bytes`` (default: the model file's limit); InputError
    naming the file otherwise."""
    path = Path(path)
    raw = read_limited(path, MAX_FILE_BYTES if max_bytes is None else max_bytes, what)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(Message("InputErrors", "{file}: not a text file (not valid UTF-8)", file=str(path))) from None


def load(path: str | os.PathLike) -> Model:
    """Read and validate a model file; every failure is an InputError naming the file and the field."""
    text = read_text(path)
    try:
        return parse_text(text)
    except InputError as err:
        raise within(path, err) from None


def model_to_dict(model: Model) -> dict:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "name": model.name,
        "cell": model.cell,
        "options": model.spec.opts,
        "vocab": list(model.vocab),
        "hidden_size": model.hidden_size,
    }
    if model.layers != 1:
        data["layers"] = model.layers
    if model.bidirectional:
        data["bidirectional"] = True
    data["params"] = {k: v.tolist() for k, v in model.params.items()}
    if model.initial_state:
        data["initial_state"] = {k: np.asarray(v).tolist() for k, v in model.initial_state.items()}
    return data


def _dump(value, indent: int) -> str:
    """JSON with every innermost list (a vector or a matrix row) on one line, so matrices read as tables."""
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{pad}  {json.dumps(k)}: {_dump(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and value and isinstance(value[0], list):
        rows = [f"{pad}  {_dump(v, indent + 1)}" for v in value]
        return "[\n" + ",\n".join(rows) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def dump_dict(data: dict) -> str:
    """A model file's data as text, matrices written as tables."""
    return _dump(data, 0) + "\n"


def dumps(model: Model) -> str:
    return dump_dict(model_to_dict(model))


def validated(model: Model) -> Model:
    """The model as loading its file would give it: InputError for anything a model file may not hold
    (a wrong shape, a lone surrogate in the name, sizes beyond the limits). Saving checks this first, so
    a saved file always loads."""
    return model_from_dict(model_to_dict(model))


def save(model: Model, path: str | os.PathLike) -> None:
    """Write the model file atomically; InputError if the model is not valid or the file cannot be written
    (the folder is missing, the file is read-only, the disk is full), the old file then untouched."""
    validated(model)
    try:
        atomic_write(path, dumps(model))
    except OSError as err:
        raise unwritable(path, err) from None


__all__ = [
    "FORMAT", "MAX_FILE_BYTES", "MAX_HIDDEN", "MAX_LAYERS", "MAX_PARAMS", "MAX_TOKEN_LENGTH", "MAX_VOCAB",
    "VERSION", "atomic_write", "atomic_write_many", "check_size", "check_vocab", "dumps", "load", "mebibytes",
    "model_from_dict", "model_to_dict", "parse_json", "parse_text", "save", "text_problem", "validated",
]
