"""Reading and writing weight files without ever running anything from them.

Two formats come in: safetensors (a little-endian u64 header length, a JSON header, raw tensor bytes)
for PyTorch, read with safetensors' NumPy API; and NumPy ``.npz`` archives for Keras, read with
``allow_pickle=False``. Before either parser sees a file it is sniffed, so that the files people
most often pick by mistake get a message that says what they are and how to save the right one:
a ``torch.save`` file (a pickle, or a zip holding ``data.pkl``), a bare pickle, a Keras ``.keras`` /
``.h5`` file. Pickles are never opened: unpickling runs code chosen by whoever wrote the file.

Every failure is an :class:`InputError` whose message is one line naming the file.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import safetensors
import safetensors.numpy

from lstm_studio.document.errors import InputError, writing
from lstm_studio.document.modelfile import atomic_write

MAX_WEIGHT_BYTES = 512 * 1024 * 1024
#: safetensors dtypes NumPy reads; the others (bfloat16, float8) get a message saying how to convert.
FLOAT_DTYPES = {"F64", "F32", "F16"}
READABLE_DTYPES = FLOAT_DTYPES | {"I64", "U64", "I32", "U32", "I16", "U16", "I8", "U8", "BOOL"}

SAVE_TORCH_HINT = (
    "save the state dict with safetensors instead: "
    "safetensors.torch.save_file(model.state_dict(), 'model.safetensors')"
)
SAVE_KERAS_HINT = (
    "save the weights as .npz instead: "
    "numpy.savez('weights.npz', **{w.path: w.numpy() for w in model.weights})"
)


def _one_line(text: object) -> str:
    return " ".join(str(text).split())[:200]


def read_bytes(path: str | os.PathLike) -> bytes:
    """The whole file, or InputError if it is missing, a folder, unreadable or too large."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a folder, not a weight file")
        size = path.stat().st_size
        if size > MAX_WEIGHT_BYTES:
            raise InputError(f"{path}: {size} bytes, larger than the limit of {MAX_WEIGHT_BYTES} bytes")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None


def sniff(data: bytes) -> str:
    """What a file looks like from its first bytes: zip, pickle, hdf5, empty or other."""
    if not data:
        return "empty"
    if data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06":
        return "zip"
    if data[:1] == b"\x80" and data[1:2] in (b"\x02", b"\x03", b"\x04", b"\x05"):
        return "pickle"
    if data[:8] == b"\x89HDF\r\n\x1a\n":
        return "hdf5"
    return "other"


def _zip_names(data: bytes) -> list[str] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None


def _describe_zip(names: list[str]) -> str | None:
    """A message for the zip archives that are not what we read, or None for an .npz archive."""
    if any(n == "data.pkl" or n.endswith("/data.pkl") for n in names):
        return (
            "a torch.save file, which is a pickle; LSTM Studio never unpickles files (they can run code): "
            + SAVE_TORCH_HINT
        )
    if "model.weights.h5" in names or "config.json" in names:
        return f"a Keras .keras model archive, which LSTM Studio does not read: {SAVE_KERAS_HINT}"
    return None


def _pickle_message(hint: str) -> str:
    return (
        "a Python pickle (torch.save's legacy format or pickle.dump); LSTM Studio never unpickles "
        f"files (they can run code): {hint}"
    )


def _weight_bytes(path: str | os.PathLike, save_hint: str) -> tuple[Path, bytes, str]:
    """A weight file's bytes and their kind (see :func:`sniff`); an empty file or a pickle is refused,
    the pickle with ``save_hint`` on how to save the weights instead."""
    path = Path(path)
    data = read_bytes(path)
    kind = sniff(data)
    if kind == "empty":
        raise InputError(f"{path}: the file is empty")
    if kind == "pickle":
        raise InputError(f"{path}: {_pickle_message(save_hint)}")
    return path, data, kind


def load_safetensors(path: str | os.PathLike) -> tuple[dict[str, np.ndarray], dict[str, str]]:
    """The tensors of a safetensors file (name -> array, in the file's dtype) and its text metadata."""
    path, data, kind = _weight_bytes(path, SAVE_TORCH_HINT)
    if kind == "hdf5":
        raise InputError(f"{path}: an HDF5 (Keras .h5) file, not safetensors; for Keras use --from keras with an .npz")
    if kind == "zip":
        names = _zip_names(data) or []
        message = _describe_zip(names)
        if message is None and any(n.endswith(".npy") for n in names):
            message = "a NumPy .npz archive, not safetensors (Keras weights are read with --from keras)"
        raise InputError(f"{path}: {message or 'a zip archive, not a safetensors file'}")
    if len(data) < 10:
        raise InputError(f"{path}: not a safetensors file (only {len(data)} bytes)")
    header_len = int.from_bytes(data[:8], "little")
    looks_like_header = data[8:9] == b"{"
    if not looks_like_header:
        raise InputError(f"{path}: not a safetensors file (no JSON header after the 8-byte length)")
    if header_len > len(data) - 8:
        raise InputError(
            f"{path}: truncated safetensors file (the header alone should take {header_len} bytes, "
            f"the file has {len(data) - 8} after the length)"
        )
    try:
        header = json.loads(data[8 : 8 + header_len].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InputError(f"{path}: not a safetensors file (its header is not valid JSON; truncated?)") from None
    if not isinstance(header, dict):
        raise InputError(f"{path}: not a safetensors file (its header is not a JSON object)")
    metadata = header.get("__metadata__") or {}
    if not isinstance(metadata, dict):
        metadata = {}
    end = 0
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if not isinstance(info, dict) or not isinstance(info.get("data_offsets"), list):
            raise InputError(f"{path}: {name}: malformed tensor entry in the safetensors header")
        dtype = info.get("dtype")
        if dtype not in READABLE_DTYPES:
            raise InputError(
                f"{path}: {name}: dtype {dtype} cannot be read with NumPy; convert before saving, "
                "e.g. {k: v.double() for k, v in model.state_dict().items()}"
            )
        offsets = info["data_offsets"]
        if len(offsets) == 2 and all(isinstance(v, int) for v in offsets):
            end = max(end, offsets[1])
    body = len(data) - 8 - header_len
    if end > body:
        raise InputError(
            f"{path}: truncated safetensors file (the tensors need {end} bytes after the header, the file has {body})"
        )
    try:
        tensors = safetensors.numpy.load(data)
    except (safetensors.SafetensorError, ValueError, KeyError, TypeError, OverflowError) as err:
        raise InputError(f"{path}: not a valid safetensors file ({_one_line(err)})") from None
    return tensors, {str(k): str(v) for k, v in metadata.items()}


def load_npz(path: str | os.PathLike) -> dict[str, np.ndarray]:
    """The arrays of an ``.npz`` archive in the archive's order, loaded without pickles."""
    path, data, kind = _weight_bytes(path, SAVE_KERAS_HINT)
    if kind == "hdf5":
        raise InputError(f"{path}: an HDF5 (Keras .h5) file, which LSTM Studio does not read: {SAVE_KERAS_HINT}")
    if kind != "zip":
        if data[:6] == b"\x93NUMPY":
            raise InputError(f"{path}: a single .npy array, not an .npz archive: {SAVE_KERAS_HINT}")
        if len(data) >= 9 and data[8:9] == b"{":
            raise InputError(
                f"{path}: looks like a safetensors file, not .npz (PyTorch weights are read with --from torch)"
            )
        raise InputError(f"{path}: not an .npz archive")
    names = _zip_names(data)
    if names is None:
        raise InputError(f"{path}: a damaged or truncated .npz archive")
    message = _describe_zip(names)
    if message:
        raise InputError(f"{path}: {message}")
    bad = [n for n in names if not n.endswith(".npy")]
    if bad:
        raise InputError(f"{path}: {bad[0]}: not a .npy array inside the .npz archive")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        total = sum(info.file_size for info in archive.infolist())
    if total > MAX_WEIGHT_BYTES:
        raise InputError(f"{path}: the arrays take {total} bytes unpacked, more than the limit of {MAX_WEIGHT_BYTES}")
    arrays: dict[str, np.ndarray] = {}
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as archive:
            for key in archive.files:
                try:
                    arrays[key] = archive[key]
                except ValueError as err:
                    if "pickle" in str(err):
                        raise InputError(
                            f"{path}: {key}: holds Python objects (a pickle); LSTM Studio never unpickles files"
                        ) from None
                    raise InputError(f"{path}: {key}: not a readable array ({_one_line(err)})") from None
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as err:
        raise InputError(f"{path}: a damaged or truncated .npz archive ({_one_line(err)})") from None
    return arrays


def save_safetensors(path: str | os.PathLike, tensors: dict[str, np.ndarray], metadata: dict[str, str]) -> Path:
    """Write float64 tensors (C-contiguous copies) with text metadata as a safetensors file."""
    contiguous = {k: np.ascontiguousarray(v, dtype=np.float64) for k, v in tensors.items()}
    data = safetensors.numpy.save(contiguous, metadata=metadata)
    with writing(path):
        return atomic_write(path, data)


def save_npz(path: str | os.PathLike, arrays: dict[str, np.ndarray]) -> Path:
    """Write named float64 arrays as an uncompressed ``.npz`` archive, keeping their order."""
    buffer = io.BytesIO()
    # Any: numpy's stub types **kwds together with allow_pickle (a bool), which no name here can be.
    named: dict[str, Any] = {k: np.asarray(v, dtype=np.float64) for k, v in arrays.items()}
    np.savez(buffer, **named)
    with writing(path):
        return atomic_write(path, buffer.getvalue())
