"""Reading and writing weight files without ever running anything from them.

Two formats come in: safetensors (a little-endian u64 header length, a JSON header, raw tensor bytes)
for PyTorch, read with safetensors' NumPy API; and NumPy ``.npz`` archives for Keras, read with
``allow_pickle=False``. Before either parser sees a file it is sniffed, so that the files people
most often pick by mistake get a message that says what they are and how to save the right one:
a ``torch.save`` file (a pickle, or a zip holding ``data.pkl``), a bare pickle, a Keras ``.keras`` /
``.h5`` file. Pickles are never opened: unpickling runs code chosen by whoever wrote the file.

Nothing is allocated before its size is checked against the limits: the file's size
before reading, each ``.npy`` member's declared shape against the bytes it holds (a 400-byte file may
declare a 10⁶ × 10⁶ array), the safetensors header's numbers before they are converted. ``.npy``
members are parsed here rather than by ``numpy.load``, which accepts a Python 2 header by rewriting it
(with a warning), returns the raw bytes of a member that is not an array, and reads a declared shape
by allocating it first.

Every failure is an :class:`InputError` whose message is one line naming the file.
"""

from __future__ import annotations

import ast
import io
import math
import os
import struct
import warnings
import zipfile
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import safetensors
import safetensors.numpy

from lstm_studio.document.atomic import atomic_write, atomic_write_many
from lstm_studio.document.errors import InputError, writing
from lstm_studio.document.modelfile import mebibytes, parse_json
from lstm_studio.document.reading import read_limited

#: A weight file may hold more than the model (an embedding, other modules): 128 MB read in 0.1 s here.
MAX_WEIGHT_BYTES = 128 * 2**20
#: Arrays in one .npz: far more than any Keras model this app reads has.
MAX_NPZ_MEMBERS = 10_000
#: NumPy itself refuses .npy headers over 10000 characters (numpy.lib.format's max_header_size).
MAX_NPY_HEADER = 10_000
NPY_MAGIC = b"\x93NUMPY"
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
    """The whole file, or InputError if it is missing, a folder, a device or pipe, unreadable or too large."""
    return read_limited(path, MAX_WEIGHT_BYTES, "weight file")


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
    """The member names of a zip archive, or None when Python's zipfile cannot read it (damaged,
    truncated, or a zip version it does not support)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
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
        header = parse_json(data[8 : 8 + header_len].decode("utf-8"))
    except (UnicodeDecodeError, InputError):
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
        end = max(end, _tensor_end(path, name, info))
    body = len(data) - 8 - header_len
    if end > body:
        raise InputError(
            f"{path}: truncated safetensors file (the tensors need {end} bytes after the header, the file has {body})"
        )
    try:
        tensors = safetensors.numpy.load(data)
    except (safetensors.SafetensorError, ValueError, KeyError, TypeError, OverflowError) as err:
        raise InputError(f"{path}: not a valid safetensors file ({_one_line(err)})") from None
    # The format allows only text values; anything else (nested lists, numbers) is not ours and is ignored.
    return tensors, {k: v for k, v in metadata.items() if isinstance(v, str)}


def _tensor_end(path: Path, name: str, info) -> int:
    """Where a tensor of the safetensors header ends in the data, after checking its entry."""
    if not isinstance(info, dict) or not isinstance(info.get("data_offsets"), list):
        raise InputError(f"{path}: {name}: malformed tensor entry in the safetensors header")
    dtype = info.get("dtype")
    if dtype not in READABLE_DTYPES:
        raise InputError(
            f"{path}: {name}: dtype {str(dtype)[:20]} cannot be read with NumPy; convert before saving, "
            "e.g. {k: v.double() for k, v in model.state_dict().items()}"
        )
    offsets, shape = info["data_offsets"], info.get("shape")
    numbers = offsets + (shape if isinstance(shape, list) else [])
    if (len(offsets) != 2 or not isinstance(shape, list)
            or not all(type(v) is int and v >= 0 for v in numbers)):  # a LongNumber is no int
        raise InputError(f"{path}: {name}: malformed shape or offsets in the safetensors header")
    return offsets[1]


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
        raise InputError(f"{path}: a damaged or truncated .npz archive (or a zip variant Python cannot read)")
    message = _describe_zip(names)
    if message:
        raise InputError(f"{path}: {message}")
    bad = [n for n in names if not n.endswith(".npy")]
    if bad:
        raise InputError(f"{path}: {bad[0]}: not a .npy array inside the .npz archive")
    if len(names) > MAX_NPZ_MEMBERS:
        raise InputError(f"{path}: {len(names)} arrays, more than the limit of {MAX_NPZ_MEMBERS}")
    arrays: dict[str, np.ndarray] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            total = sum(info.file_size for info in members)
            if total > MAX_WEIGHT_BYTES:
                raise InputError(f"{path}: the arrays take {mebibytes(total)} unpacked, more than the limit of "
                                 f"{mebibytes(MAX_WEIGHT_BYTES)}")
            for info in members:
                key = info.filename[: -len(".npy")]
                arrays[key] = _member_array(path, archive, info, key)
    except InputError:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, NotImplementedError, RuntimeError, ValueError,
            struct.error) as err:  # zipfile's own reports of a damaged archive (ValueError: a negative seek)
        raise InputError(f"{path}: a damaged, encrypted or unsupported .npz archive ({_one_line(err)})") from None
    return arrays


def _member_array(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, key: str) -> np.ndarray:
    """One ``.npy`` member as an array, checked before anything of its declared size is allocated."""
    where = f"{path}: {key}"
    if info.flag_bits & 0x1:
        raise InputError(f"{where}: encrypted inside the archive; NumPy's .npz files never are")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise InputError(f"{where}: compressed with zip method {info.compress_type}; .npz files are stored or "
                         "deflated")
    with archive.open(info) as member:
        raw = member.read(info.file_size + 1)
    if len(raw) > info.file_size:
        raise InputError(f"{where}: holds more than the archive says; a damaged .npz archive")
    shape, fortran, dtype, start = _npy_header(where, raw)
    count = math.prod(shape)
    needed = count * dtype.itemsize
    if needed > len(raw) - start:
        raise InputError(f"{where}: declares shape {shape} ({needed} bytes) but holds {len(raw) - start} bytes; "
                         "a truncated or damaged array")
    array = np.frombuffer(raw, dtype=dtype, count=count, offset=start)
    return array.reshape(shape, order="F" if fortran else "C").copy()


def _npy_header(where: str, raw: bytes) -> tuple[tuple[int, ...], bool, np.dtype, int]:
    """(shape, fortran order, dtype, offset of the data) of a ``.npy`` file's bytes; InputError if it is not
    a plain array of numbers with a well-formed header (never evaluated beyond a literal)."""
    if not raw.startswith(NPY_MAGIC) or len(raw) < 10:
        raise InputError(f"{where}: not a .npy array (it does not begin with NumPy's magic bytes)")
    version = raw[6]
    if version == 1:
        length, start = struct.unpack("<H", raw[8:10])[0], 10
    elif version in (2, 3) and len(raw) >= 12:
        length, start = struct.unpack("<I", raw[8:12])[0], 12
    else:
        raise InputError(f"{where}: .npy format version {version}.{raw[7]}, which NumPy does not write")
    if length > MAX_NPY_HEADER:
        raise InputError(f"{where}: a .npy header of {length} bytes; NumPy refuses headers over {MAX_NPY_HEADER} "
                         "(a damaged or crafted file)")
    text = raw[start : start + length]
    if len(text) < length:
        raise InputError(f"{where}: a truncated .npy header")
    try:
        with warnings.catch_warnings():  # an invalid escape ('\\:') warns while it parses: refuse it instead
            warnings.simplefilter("error")
            header = ast.literal_eval(text.decode("utf-8" if version == 3 else "latin1"))
    except (SyntaxError, ValueError, TypeError, MemoryError, RecursionError, UnicodeDecodeError, Warning):
        raise InputError(f"{where}: a malformed .npy header (not a Python literal)") from None
    if not isinstance(header, dict) or set(header) != {"descr", "fortran_order", "shape"}:
        raise InputError(f"{where}: a malformed .npy header (expected descr, fortran_order and shape)")
    shape, fortran = header["shape"], header["fortran_order"]
    if (not isinstance(shape, tuple) or not all(type(n) is int and n >= 0 for n in shape)
            or not isinstance(fortran, bool)):
        raise InputError(f"{where}: a malformed .npy header (shape {shape!r:.40}, fortran_order {fortran!r:.10})")
    try:
        dtype = np.lib.format.descr_to_dtype(header["descr"])
    except (TypeError, ValueError, KeyError, IndexError, SyntaxError):
        raise InputError(f"{where}: a malformed .npy header (descr {header['descr']!r:.40})") from None
    if dtype.hasobject:
        raise InputError(f"{where}: holds Python objects (a pickle); LSTM Studio never unpickles files")
    if dtype.fields is not None or dtype.subdtype is not None or dtype.kind not in "biuf":
        raise InputError(f"{where}: holds {dtype}, not plain numbers")
    return shape, fortran, dtype, start + length


def write_atomic(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write ``data`` via a temporary file in the same folder and a rename; InputError if impossible."""
    path = Path(path)
    with writing(path):
        atomic_write(path, data)
    return path


def safetensors_bytes(tensors: dict[str, np.ndarray], metadata: dict[str, str]) -> bytes:
    """Float64 tensors (C-contiguous copies) with text metadata as the bytes of a safetensors file."""
    contiguous = {k: np.ascontiguousarray(v, dtype=np.float64) for k, v in tensors.items()}
    return safetensors.numpy.save(contiguous, metadata=metadata)


def save_safetensors(path: str | os.PathLike, tensors: dict[str, np.ndarray], metadata: dict[str, str]) -> Path:
    """Write float64 tensors (C-contiguous copies) with text metadata as a safetensors file."""
    return write_atomic(path, safetensors_bytes(tensors, metadata))


def write_together(files: list[tuple[str | os.PathLike, bytes | str]]) -> list[Path]:
    """Write files that belong together (weights and the script that loads them): all, or none of them
    when one cannot be written; InputError naming the file otherwise."""
    try:
        atomic_write_many(files)
    except OSError as err:
        name = err.filename or files[0][0]
        raise InputError(f"{name}: cannot write ({err.strerror or err}); no file was written") from None
    return [Path(path) for path, _ in files]


def save_npz(path: str | os.PathLike, arrays: dict[str, np.ndarray]) -> Path:
    """Write named float64 arrays as an uncompressed ``.npz`` archive, keeping their order."""
    buffer = io.BytesIO()
    # Any: numpy's stub types **kwds together with allow_pickle (a bool), which no name here can be.
    named: dict[str, Any] = {k: np.asarray(v, dtype=np.float64) for k, v in arrays.items()}
    np.savez(buffer, **named)
    with writing(path):
        return atomic_write(path, buffer.getvalue())
