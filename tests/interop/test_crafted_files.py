"""Crafted weight files end in one line naming the file and the array: what NumPy's and zipfile's own
readers turned into MemoryError, AttributeError, TokenError, NotImplementedError or a wrong message."""

from __future__ import annotations

import io
import json
import os
import struct
import time
import warnings
import zipfile

import numpy as np
import pytest
from safetensors.numpy import save_file

from lstm_studio.document.errors import InputError
from lstm_studio.interop import export_torch, import_keras, import_torch
from lstm_studio.interop.files import load_npz

from .helpers import random_model

H, V = 3, 4


def npy(header: str, body: bytes = b"", version: int = 1) -> bytes:
    """A .npy file with this header text (padded as NumPy pads it)."""
    text = header.encode("latin1")
    length = "<H" if version == 1 else "<I"
    start = 8 + struct.calcsize(length)
    text += b" " * (63 - (start + len(text)) % 64) + b"\n"
    return b"\x93NUMPY" + bytes([version, 0]) + struct.pack(length, len(text)) + text + body


def plain(shape, fill=0.5) -> bytes:
    arr = np.full(shape, fill)
    buffer = io.BytesIO()
    np.save(buffer, arr)
    return buffer.getvalue()


def npz(path, members: dict[str, bytes], method=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def keras_members(kernel: bytes | None = None) -> dict[str, bytes]:
    return {
        "lstm/lstm_cell/kernel.npy": kernel if kernel is not None else plain((V, 4 * H)),
        "lstm/lstm_cell/recurrent_kernel.npy": plain((H, 4 * H)),
        "lstm/lstm_cell/bias.npy": plain((4 * H,)),
    }


def error_of(reader, path) -> str:
    with pytest.raises(InputError) as info:
        reader(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(path))
    return message


def test_a_small_file_declaring_a_huge_array_allocates_nothing(tmp_path):
    """Before: MemoryError ("Unable to allocate 7.28 TiB") from a 400-byte file."""
    header = "{'descr': '<f8', 'fortran_order': False, 'shape': (1000000, 1000000), }"
    path = npz(tmp_path / "huge.npz", keras_members(npy(header)))
    assert path.stat().st_size < 2000
    started = time.perf_counter()
    message = error_of(import_keras, path)
    assert "lstm/lstm_cell/kernel: declares shape (1000000, 1000000) (8000000000000 bytes) but holds 0" in message
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(("member", "expected"), [
    (b"this is not an array", "kernel: not a .npy array"),
    (b"PK\x03\x04 a zip inside", "kernel: not a .npy array"),
    (b"\x93NUMPY\x01\x00" + struct.pack("<H", 20) + b"{'descr': '<f8', ((\n", "a malformed .npy header"),
    (npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }" + " " * 65000), "a .npy header of 6"),
    (npy("{'descr': '|O', 'fortran_order': False, 'shape': (2,), }", b"\0" * 16), "holds Python objects"),
    (npy("{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (2,), }", b"\0" * 16), "not plain numbers"),
    (npy("{'descr': '<f8', 'fortran_order': False, 'shape': (-2,), }", b"\0" * 16), "a malformed .npy header"),
    (npy("{'descr': '<f8', 'fortran_order': 1, 'shape': (2,), }", b"\0" * 16), "a malformed .npy header"),
    (npy("{'descr': 'xyz', 'fortran_order': False, 'shape': (2,), }", b"\0" * 16), "descr 'xyz'"),
    (npy("{'descr': '<f8', 'shape': (2,), }", b"\0" * 16), "expected descr, fortran_order and shape"),
    (npy("[1, 2]", b""), "expected descr, fortran_order and shape"),
    (b"\x93NUMPY\x07\x00" + b"\0" * 20, ".npy format version 7.0"),
])
def test_members_that_are_not_plain_arrays_are_named(tmp_path, member, expected):
    """Before: AttributeError (np.load hands back the bytes of a member that is no array), TokenError (a
    malformed header), and "a pickle" for a 64 KB header."""
    message = error_of(import_keras, npz(tmp_path / "bad.npz", keras_members(member)))
    assert "lstm/lstm_cell/kernel" in message and expected in message


def test_an_invalid_escape_in_a_header_is_refused_without_a_warning(tmp_path):
    """Found by the long fuzz run: ast.literal_eval warned (DeprecationWarning) about '\\:' on stderr."""
    member = npy("{'descr': '<f8\\:', 'fortran_order': False, 'shape': (2,), }", b"\0" * 16)
    path = npz(tmp_path / "escape.npz", keras_members(member))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "kernel: a malformed .npy header" in error_of(import_keras, path)


def test_a_fortran_order_array_and_a_version_2_header_read_correctly(tmp_path):
    kernel = np.arange(V * 4 * H, dtype=np.float64).reshape(V, 4 * H)
    fortran = npy(f"{{'descr': '<f8', 'fortran_order': True, 'shape': {kernel.shape}, }}",
                  kernel.tobytes(order="F"), version=2)
    arrays = load_npz(npz(tmp_path / "f.npz", keras_members(fortran)))
    np.testing.assert_array_equal(arrays["lstm/lstm_cell/kernel"], kernel)


#: Where a zip's local file headers and central directory entries keep their flags, the version needed
#: to extract and the compression method (offsets from the signature).
_HEADERS = {b"PK\x03\x04": {"flags": 6, "version": 4, "method": 8},
            b"PK\x01\x02": {"flags": 8, "version": 6, "method": 10}}


def _flag_bits(path, encrypted: bool = False, version: int | None = None, method: int | None = None):
    """The zip at ``path`` with the encryption flag set, or another version or method, in every header."""
    data = bytearray(path.read_bytes())
    for signature, fields in _HEADERS.items():
        at = 0
        while (at := data.find(signature, at)) >= 0:
            data[at + fields["flags"]] |= int(encrypted)
            for name, value in (("version", version), ("method", method)):
                if value is not None:
                    data[at + fields[name]] = value
            at += 4
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(("change", "expected"), [
    ({"encrypted": True}, "encrypted inside the archive"),
    ({"version": 99}, "a damaged or truncated .npz archive"),
    ({"method": 99}, "compressed with zip method 99"),
])
def test_zip_features_numpy_never_writes_are_one_line(tmp_path, change, expected):
    """Before: RuntimeError (encryption) and NotImplementedError (zip version 9.9, unknown compression),
    in the window's import too."""
    path = _flag_bits(npz(tmp_path / "z.npz", keras_members()), **change)
    assert expected in error_of(import_keras, path)


def test_a_deflated_npz_still_reads(tmp_path):
    path = npz(tmp_path / "d.npz", keras_members(), zipfile.ZIP_DEFLATED)
    model, _ = import_keras(path)
    assert model.cell == "lstm" and model.hidden_size == H


def _st(path, header: dict | str, body: bytes = b""):
    text = header if isinstance(header, str) else json.dumps(header)
    path.write_bytes(struct.pack("<Q", len(text)) + text.encode() + body)
    return path


def test_whole_numbers_longer_than_python_converts_in_a_safetensors_header(tmp_path):
    """Before: ValueError "Exceeds the limit (4300 digits) for integer string conversion"."""
    path = _st(tmp_path / "n.safetensors",
               '{"w": {"dtype": "F64", "shape": [1], "data_offsets": [0, ' + "9" * 5000 + "]}}", b"\0" * 8)
    assert "w: malformed shape or offsets" in error_of(import_torch, path)


def test_metadata_that_is_not_text_is_one_line(tmp_path):
    """The format allows only text values; nested ones, however deep, end in one line."""
    model = random_model("lstm", {})
    weights, _ = export_torch(model, tmp_path / "m.safetensors")
    data = weights.read_bytes()
    length = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8 : 8 + length])
    for depth in (5, 900, 100_000):
        header["__metadata__"]["deep"] = "@"
        text = json.dumps(header).replace('"@"', "[" * depth + "]" * depth)
        _st(weights, text, data[8 + length :])
        assert "not a" in error_of(import_torch, weights)


def test_a_stored_vocabulary_no_model_file_may_hold_is_refused_with_the_way_out(tmp_path):
    model = random_model("lstm", {})
    tensors = {k: np.ascontiguousarray(v) for k, v in _torch_tensors(model).items()}
    path = tmp_path / "s.safetensors"
    save_file(tensors, str(path), metadata={"format": "lstm-studio.weights", "vocab": json.dumps(
        ["P", "\ud800", "G", "S"]), "name": "two\nlines"})
    message = error_of(import_torch, path)
    assert "the vocabulary stored in the file's metadata: vocab[1]: contains a lone surrogate" in message
    assert "give the tokens with --vocab" in message
    imported, report = import_torch(path, vocab="PIGS")
    assert imported.name == "s" and any("name stored in the file" in note for note in report.notes)


def _torch_tensors(model):
    from lstm_studio.interop import torch_state_dict

    return torch_state_dict(model)


def test_a_layer_that_reads_no_inputs_names_the_tensor(tmp_path):
    """Before: "vocab: expected a non-empty list of tokens", naming neither the file nor the tensor."""
    tensors = {"rnn.weight_ih_l0": np.zeros((4 * H, 0)), "rnn.weight_hh_l0": np.zeros((4 * H, H))}
    path = tmp_path / "zero.safetensors"
    save_file(tensors, str(path))
    assert "rnn.weight_ih_l0: shape (12, 0) reads no inputs" in error_of(import_torch, path)
    members = keras_members(plain((0, 4 * H)))
    assert "kernel: shape (0, 12) reads no inputs" in error_of(import_keras, npz(tmp_path / "z.npz", members))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "w.safetensors"
    os.mkfifo(fifo)
    assert "not a regular file" in error_of(import_torch, fifo)
