"""The loaders the fuzzers exercise, with their seed files and mutations (see harness.Loader).

To add a loader, write its seeds (valid files as bytes) and add an entry to LOADERS; a JSON format takes
``[json_mutations]`` (byte edits are always added), as the lesson files do:

    Loader("lesson file", ".json", lessons.load, lesson_seeds, [json_mutations, lesson_mutations])
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path

import numpy as np
from hypothesis import strategies as st

from lstm_studio import lessons
from lstm_studio.document import modelfile
from lstm_studio.engine import new_model
from lstm_studio.interop import export_keras, export_torch, import_keras, import_torch
from lstm_studio.lessons import markdown
from lstm_studio.paths import lesson_dir, presets

from .harness import HOSTILE_TEXT, Loader, _parent, byte_mutations, json_mutations, json_values

MODELS = [
    ("rnn", {}, 1, False, "PIGS"), ("rnn", {"activation": "relu"}, 2, False, "PIGS"),
    ("lstm", {}, 1, True, "PIGS"), ("peephole_lstm", {"peephole": "full"}, 1, False, "ab"),
    ("gru", {"reset": "after", "update": "z_keeps_old"}, 2, True, "PIGS"), ("gru", {"reset": "none"}, 1, False, "xyz"),
]


def _models():
    for k, (cell, options, layers, bidirectional, vocab) in enumerate(MODELS):
        yield new_model(cell, list(vocab), 2, seed=k, options=options, layers=layers, bidirectional=bidirectional,
                        name=f"fuzz {cell}")


# --- model files ---------------------------------------------------------------------------------------


def model_seeds(folder: Path) -> list[bytes]:
    files = [path.read_bytes() for path in presets().values()]
    return files + [modelfile.dumps(model).encode() for model in _models()]


def model_round_trip(model, folder: Path) -> None:
    """A model that loads saves and loads again to the same numbers."""
    path = folder / "round-trip.json"
    modelfile.save(model, path)
    again = modelfile.load(path)
    assert again.spec == model.spec and again.vocab == model.vocab and again.name == model.name
    assert all(np.array_equal(again.params[k], v) for k, v in model.params.items())


# --- safetensors (PyTorch) --------------------------------------------------------------------------------


def torch_seeds(folder: Path) -> list[bytes]:
    seeds = []
    for k, model in enumerate(m for m in _models() if m.cell != "peephole_lstm" and
                              not (m.cell == "gru" and m.spec.option("reset") != "after")):
        weights, _ = export_torch(model, folder / f"seed{k}.safetensors")
        seeds.append(weights.read_bytes())
    return seeds


@st.composite
def safetensors_mutations(draw, data: bytes) -> bytes:
    """Edits of a safetensors file's JSON header (entries, dtypes, shapes, offsets, metadata), the body
    kept; sometimes a wrong length field."""
    length = struct.unpack("<Q", data[:8])[0]
    header, body = json.loads(data[8 : 8 + length]), data[8 + length :]
    names = [k for k in header if k != "__metadata__"]
    name = draw(st.sampled_from(names))
    kind = draw(st.sampled_from(["dtype", "shape", "offsets", "rename", "drop", "metadata", "entry"]))
    if kind == "dtype":
        header[name]["dtype"] = draw(st.sampled_from(["F32", "F16", "BF16", "I64", "BOOL", "F8_E4M3", "X", 5]))
    elif kind == "shape":
        header[name]["shape"] = draw(st.lists(st.sampled_from([0, 1, 2, 3, 12, -1, 10**12, 10**400]), max_size=3))
    elif kind == "offsets":
        header[name]["data_offsets"] = draw(st.lists(st.sampled_from([0, 8, 16, len(body), 2**64, -8]),
                                                     min_size=0, max_size=3))
    elif kind == "rename":
        header[draw(st.sampled_from(HOSTILE_TEXT[:20] + ["rnn.weight_ih_l9", "rnn.weight_hh_l0_reverse",
                                                         "out.weight", "h0"]))] = header.pop(name)
    elif kind == "drop":
        del header[name]
    elif kind == "metadata":
        metadata = header.setdefault("__metadata__", {})
        key = draw(st.sampled_from(["vocab", "name", "options", "format", "cell"]))
        metadata[key] = draw(st.sampled_from(HOSTILE_TEXT) | st.just(json.dumps(draw(st.lists(
            st.sampled_from(HOSTILE_TEXT), max_size=6)))) | json_values().map(json.dumps))
    else:
        header[name] = draw(json_values())
    text = json.dumps(header).encode()
    wrong = draw(st.integers(0, 9)) == 9  # a wrong length field, now and then (hypothesis favours 0)
    size = draw(st.sampled_from([0, 1, len(text) + 1, 2**40])) if wrong else len(text)
    return struct.pack("<Q", size) + text + body


# --- .npz (Keras) --------------------------------------------------------------------------------------


def keras_seeds(folder: Path) -> list[bytes]:
    seeds = []
    for k, model in enumerate(m for m in _models() if m.cell != "peephole_lstm" and
                              not (m.cell == "gru" and m.spec.option("update") != "z_keeps_old")):
        seeds.append(export_keras(model, folder / f"seed{k}.npz").read_bytes())
    return seeds


def _npy(array_or_header) -> bytes:
    if isinstance(array_or_header, np.ndarray):
        buffer = io.BytesIO()
        np.save(buffer, array_or_header)
        return buffer.getvalue()
    text = array_or_header.encode("latin1", "replace")
    if len(text) < 2**16:
        return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text
    return b"\x93NUMPY\x02\x00" + struct.pack("<I", len(text)) + text


#: Member names a zip can hold (UTF-8, no NUL, at which zipfile cuts a name).
_ZIP_NAMES = [text for text in HOSTILE_TEXT
              if "\x00" not in text and not any("\ud800" <= ch <= "\udfff" for ch in text)]


@st.composite
def npz_mutations(draw, data: bytes) -> bytes:
    """Edits of an .npz archive's members: new names, arrays of other shapes and dtypes, crafted .npy
    headers, member bytes edited; sometimes the zip's flags (encryption, method, version)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    name = draw(st.sampled_from(sorted(members)))
    kind = draw(st.sampled_from(["array", "header", "bytes", "rename", "drop", "flags"]))
    if kind == "array":
        shape = tuple(draw(st.lists(st.integers(0, 5), max_size=3)))
        dtype = draw(st.sampled_from(["<f8", "<f4", "<f2", "<i8", "|b1", "<c16", "|u1"]))
        members[name] = _npy(np.ones(shape, dtype=dtype))
    elif kind == "header":
        members[name] = _npy(draw(st.sampled_from([
            "{'descr': '<f8', 'fortran_order': False, 'shape': (1000000, 1000000), }",
            "{'descr': '|O', 'fortran_order': False, 'shape': (2,), }",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }" + " " * 70000,
            "{'descr': '<f8', ((", "[1, 2]", "{'descr': '<f8', 'fortran_order': 0, 'shape': (-1,), }",
            "{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), }",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (" + "9" * 5000 + ",), }",
        ]) | st.text(max_size=40)))
    elif kind == "bytes":
        members[name] = draw(byte_mutations(members[name]))
    elif kind == "rename":
        members[draw(st.sampled_from(_ZIP_NAMES).map(lambda s: s + ".npy") | st.sampled_from(
            [".npy", "x", "data.pkl", "lstm/lstm_cell/bias.npy", "dense/kernel.npy"]))] = members.pop(name)
    elif kind == "drop":
        del members[name]
    buffer = io.BytesIO()
    method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    result = bytearray(buffer.getvalue())
    if kind == "flags":
        at = result.find(b"PK\x01\x02")
        field, value = draw(st.sampled_from([(8, 1), (6, 99), (10, 99), (10, 12)]))
        result[at + field] = value
        local = result.find(b"PK\x03\x04")
        result[local + {8: 6, 6: 4, 10: 8}[field]] = value
    return bytes(result)


# --- lesson files ---------------------------------------------------------------------------------------


def lesson_seeds(folder: Path) -> list[bytes]:
    """The built-in course (English) as shipped."""
    return [path.read_bytes() for path in sorted(lesson_dir("en").glob("*.json"))]


#: Text a lesson's author (or a prankster) may write where the player shows markup and typesets LaTeX.
LESSON_TEXT = [
    "$x$", "$$", "$", "$$ x", "$\\frac{1}{", "$\\input{/etc/passwd}$", "$\\def\\x{\\x}\\x$",
    "$\\href{javascript:1}{x}$",
    "$$\\begin{array}{c} 1 \\end{array}$$", "$\\rule{99999em}{99999em}$", "$" + "{" * 500 + "$", "$x$" * 2000,
    "**", "*a **b* c**", "`", "[x](javascript:alert(1))", "<script>alert(1)</script>", "</table><b>",
    "1. a\n- b\n  * c", "# h\n## h", "\\", "&lt;", "%1 %n %L1", "{0} {step}", "\ud800x", "x\udfff",
]

#: Numbers beyond any limit: whole numbers too long for int(), floats that overflow, NaN.
HUGE_NUMBERS = ["9" * 5000, "-" + "9" * 4400, "1e999", "-1e999", "1e-999", "NaN", "Infinity", "1" + "0" * 400]


def _strings(value, prefix=()):
    """Every path to a string in a parsed lesson (all list entries: the steps are not alike)."""
    if isinstance(value, str):
        yield prefix
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*prefix, key))
    elif isinstance(value, list):
        for k, item in enumerate(value):
            yield from _strings(item, (*prefix, k))


@st.composite
def lesson_mutations(draw, data: bytes) -> bytes:
    """Hostile values where a lesson holds text or numbers: markup, LaTeX, markdown, lone surrogates and
    control characters in any string; numbers too long or too large for any field; lists and objects
    nested far deeper than a lesson is."""
    tree = json.loads(data)
    strings = list(_strings(tree))
    marker = '"@@value@@"'
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(strings))
        parent, key = _parent(tree, path), path[-1]
        kind = draw(st.sampled_from(["text", "append", "hostile", "number", "deep"]))
        if kind == "text":
            parent[key] = draw(st.sampled_from(LESSON_TEXT))
        elif kind == "append" and isinstance(parent[key], str):
            parent[key] += draw(st.sampled_from(LESSON_TEXT + HOSTILE_TEXT))
        elif kind == "hostile":
            parent[key] = draw(st.sampled_from(HOSTILE_TEXT) | st.text(max_size=20))
        else:
            parent[key] = "@@value@@"
            break
    text = json.dumps(tree, ensure_ascii=draw(st.booleans()))
    if marker in text:
        if kind == "number":
            value = draw(st.sampled_from(HUGE_NUMBERS))
        else:
            depth = draw(st.sampled_from([40, 200, 1000, 100_000]))
            value = draw(st.sampled_from(["[", '{"a":'])) * depth
            value += ("]" if value[0] == "[" else "}") * depth
        text = text.replace(marker, value, 1)
    return text.encode("utf-8", "surrogatepass")


def lesson_check(lesson, folder: Path) -> None:
    """A lesson that loads saves and loads again alike, and its texts come out as HTML with nothing of
    theirs left as markup."""
    again = lessons.loads(lessons.dumps(lesson))
    assert lessons.dumps(again) == lessons.dumps(lesson)
    for step in lesson.steps:
        for text in (step.text, step.task, *step.hints):
            page = markdown.to_html(text)
            assert "<script" not in page and "<img" not in page and "<!--" not in page, page[:200]
            page.encode("utf-8")


LOADERS = [
    Loader("model file", ".json", modelfile.load, model_seeds, [json_mutations], model_round_trip),
    Loader("torch import", ".safetensors", lambda p: import_torch(p), torch_seeds, [safetensors_mutations],
           lambda result, folder: model_round_trip(result[0], folder)),
    Loader("keras import", ".npz", lambda p: import_keras(p), keras_seeds, [npz_mutations],
           lambda result, folder: model_round_trip(result[0], folder)),
    Loader("lesson file", ".json", lessons.load, lesson_seeds, [json_mutations, lesson_mutations], lesson_check),
]
