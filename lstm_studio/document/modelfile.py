"""The model file (docs/model-file.md): JSON, human-editable, versioned. Load, validate, save.

Loading never executes anything: it parses JSON and checks every field, raising InputError with a
one-line message that names the field (``params.W_f: expected shape (3, 4), got (3, 3)``). Saving writes
floats with Python's shortest round-trip repr, so save → load gives bit-identical numbers, and writes
atomically (a temporary file in the same folder, then a rename) so a crash never leaves half a file.

Optional keys (docs/model-file.md): ``layers`` (stacked layers, default 1) and ``bidirectional`` (default
false); parameters and initial states of layer l > 1 and of the backward direction carry the suffixes
``_l2``, ``_rev`` (see ``lstm_studio.engine.spec.layer_suffix``). The optional ``session`` block (the
student's exercise) is read and written by :mod:`lstm_studio.document.exercise`; here it is let through.
"""

from __future__ import annotations

import json
import os
import secrets
import stat
from pathlib import Path

import numpy as np

from lstm_studio.document.errors import InputError, writing
from lstm_studio.engine import CellSpec, Model, SpecError, param_shapes, state_names

FORMAT = "lstm-studio.model"
VERSION = 1
MAX_HIDDEN = 1024
MAX_VOCAB = 512
MAX_LAYERS = 8
MAX_TOKEN_LENGTH = 32
MAX_FILE_BYTES = 256 * 1024 * 1024
KNOWN_KEYS = {
    "format", "version", "name", "cell", "options", "vocab", "hidden_size", "layers",
    "bidirectional", "params", "initial_state", "session",
}


def _no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise InputError(f"{key}: appears twice in the same object")
        seen[key] = value
    return seen


def _check_nested(value, shape: tuple[int, ...], field: str) -> None:
    """Checks list lengths and leaf types so a wrong shape or a non-number is reported with its position."""
    if not isinstance(value, list):
        raise InputError(f"{field}: expected a list (shape {shape}), got {json.dumps(value)[:40]}")
    if len(value) != shape[0]:
        raise InputError(f"{field}: expected {shape[0]} entries, got {len(value)} (expected shape {shape})")
    if len(shape) > 1:
        for k, item in enumerate(value):
            _check_nested(item, shape[1:], f"{field}[{k}]")
        return
    if not all(type(v) is float or type(v) is int for v in value):
        k = next(k for k, v in enumerate(value) if not (type(v) is float or type(v) is int))
        raise InputError(f"{field}[{k}]: expected a number, got {json.dumps(value[k])[:40]}")


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
        raise InputError(f"{field}{position}: {arr[tuple(bad[0])]} is not a finite number")
    return arr


def _int(data: dict, key: str, low: int, high: int, default: int | None = None) -> int:
    if key not in data:
        if default is None:
            raise InputError(f"{key}: missing")
        return default
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{key}: expected a whole number, got {json.dumps(value)[:40]}")
    if not low <= value <= high:
        raise InputError(f"{key}: {value} is outside the allowed range {low}..{high}")
    return value


def _vocab(value) -> list[str]:
    if not isinstance(value, list) or not value:
        raise InputError("vocab: expected a non-empty list of tokens")
    if len(value) > MAX_VOCAB:
        raise InputError(f"vocab: {len(value)} tokens, more than the limit of {MAX_VOCAB}")
    seen = set()
    multi = any(isinstance(v, str) and len(v) > 1 for v in value)
    for k, token in enumerate(value):
        if not isinstance(token, str) or not token:
            raise InputError(f"vocab[{k}]: expected a non-empty string")
        if len(token) > MAX_TOKEN_LENGTH:
            raise InputError(f"vocab[{k}]: longer than {MAX_TOKEN_LENGTH} characters")
        if multi and any(ch.isspace() for ch in token):
            raise InputError(f"vocab[{k}]: {token!r} contains white space, which separates multi-character tokens")
        if token in seen:
            raise InputError(f"vocab[{k}]: {token!r} appears twice")
        seen.add(token)
    return list(value)


def check_header(data, file_format: str, version: int, what: str) -> dict:
    """What every versioned JSON file of the app starts with: an object whose ``format`` is ``file_format``
    and whose ``version`` this app reads; InputError naming the field otherwise."""
    if not isinstance(data, dict):
        raise InputError(f"{what}: expected a JSON object at the top level")
    if data.get("format") != file_format:
        raise InputError(f"format: expected {file_format!r}, got {json.dumps(data.get('format'))[:60]}")
    found = data.get("version")
    if isinstance(found, bool) or not isinstance(found, int):
        raise InputError(f"version: expected a whole number, got {json.dumps(found)[:40]}")
    if found != version:
        raise InputError(f"version: {found} is not supported (this LSTM Studio reads version {version})")
    return data


def model_from_dict(data) -> Model:
    """Validate a parsed model file and build the Model; InputError names the first bad field."""
    check_header(data, FORMAT, VERSION, "model file")
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise InputError(f"{unknown[0]}: unknown key in a version {VERSION} model file")
    name = data.get("name", "")
    if not isinstance(name, str):
        raise InputError("name: expected a string")
    cell = data.get("cell")
    if not isinstance(cell, str):
        raise InputError("cell: missing or not a string")
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise InputError("options: expected an object")
    for key, value in options.items():
        if not isinstance(value, str):
            raise InputError(f"options.{key}: expected a string")
    try:
        spec = CellSpec.make(cell, options)
    except SpecError as err:
        raise InputError(str(err)) from None
    vocab = _vocab(data.get("vocab"))
    hidden = _int(data, "hidden_size", 1, MAX_HIDDEN)
    layers = _int(data, "layers", 1, MAX_LAYERS, default=1)
    bidirectional = data.get("bidirectional", False)
    if not isinstance(bidirectional, bool):
        raise InputError("bidirectional: expected true or false")
    params_in = data.get("params")
    if not isinstance(params_in, dict):
        raise InputError("params: missing or not an object")
    shapes = param_shapes(spec, len(vocab), hidden, layers, bidirectional)
    extra = sorted(set(params_in) - set(shapes))
    if extra:
        raise InputError(f"params.{extra[0]}: not a parameter of this {cell} model (expected {', '.join(shapes)})")
    params = {}
    for key, shape in shapes.items():
        if key not in params_in:
            raise InputError(f"params.{key}: missing (shape {shape})")
        params[key] = _array(params_in[key], shape, f"params.{key}")
    state_in = data.get("initial_state", {})
    if not isinstance(state_in, dict):
        raise InputError("initial_state: expected an object")
    allowed = state_names(spec, layers, bidirectional)
    state = {}
    for key, value in state_in.items():
        if key not in allowed:
            raise InputError(f"initial_state.{key}: not a state of this model (expected {', '.join(allowed)})")
        state[key] = _array(value, (hidden,), f"initial_state.{key}")
    return Model(spec, vocab, hidden, params, layers, bidirectional, state, name)


def parse_json(text: str):
    """JSON text -> data; InputError for invalid JSON (with line and column), a key given twice in one
    object, or nesting too deep. Shared by every JSON file the app reads (models, lessons)."""
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as err:
        raise InputError(f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}") from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply") from None


def parse_text(text: str) -> Model:
    return model_from_dict(parse_json(text))


def read_text(path: str | os.PathLike, max_bytes: int | None = None, what: str = "model file") -> str:
    """The UTF-8 text of a file of at most ``max_bytes`` (default: the model file's limit); InputError
    naming the file otherwise."""
    path = Path(path)
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(f"{path}: is a folder, not a {what}")
        if size > max_bytes:
            raise InputError(f"{path}: {size} bytes, larger than the limit of {max_bytes} bytes")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a text file (not valid UTF-8)") from None


def load(path: str | os.PathLike) -> Model:
    """Read and validate a model file; every failure is an InputError naming the file and the field."""
    text = read_text(path)
    try:
        return parse_text(text)
    except InputError as err:
        raise InputError(f"{path}: {err}") from None


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


def atomic_write(path: str | os.PathLike, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` via a temporary file in the same folder and a rename, so
    that ``path`` holds either the old or the new contents, never half of them; returns the path. The one
    atomic writer of the package: an OSError propagates (:func:`~lstm_studio.document.errors.writing`
    turns it into a one-line InputError).

    The file gets the permissions of the file it replaces, or a new file's usual ones (0666 less the umask):
    the temporary file is made with ``os.open`` rather than ``tempfile.mkstemp``, whose files are private
    (0600), which would make every saved model and worksheet unreadable to others after its first save."""
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent
    for _ in range(100):
        tmp = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(f"{folder}: no free name for a temporary file")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))
        except FileNotFoundError:
            pass
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def save(model: Model, path: str | os.PathLike) -> None:
    """Write the model file atomically; InputError if the folder cannot be written."""
    with writing(path):
        atomic_write(path, dumps(model))
