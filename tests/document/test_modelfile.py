"""Model files: round trips are bit-identical, and every kind of bad file names its problem."""

from __future__ import annotations

import json
import math
import os
import stat

import numpy as np
import pytest

from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.engine import new_model
from lstm_studio.paths import presets

CASES = [
    ("rnn", {}, 1, False),
    ("rnn", {"activation": "relu"}, 2, False),
    ("lstm", {}, 1, True),
    ("peephole_lstm", {"peephole": "full"}, 2, True),
    ("gru", {"reset": "after", "update": "z_keeps_old"}, 1, False),
    ("gru", {"reset": "none"}, 1, False),
]


def _valid() -> dict:
    return modelfile.model_to_dict(new_model("lstm", list("PIGS"), 3, seed=4))


def _error(data) -> str:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(InputError) as info:
        modelfile.parse_text(text)
    message = str(info.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize("cell, options, layers, bidirectional", CASES)
def test_save_then_load_is_bit_identical(tmp_path, cell, options, layers, bidirectional):
    model = new_model(cell, ["the", "cat", "sat"], 4, seed=11, options=options, layers=layers,
                      bidirectional=bidirectional, name="round trip")
    rng = np.random.default_rng(5)
    for name in model.params:
        # Awkward floats: tiny, huge, negative zero, values with 17 significant digits.
        model.params[name] = rng.standard_normal(model.params[name].shape) * 10.0 ** rng.integers(-300, 300)
    first = next(iter(model.params))
    model.params[first].flat[0] = -0.0
    model.initial_state = {"h": rng.standard_normal(4) / 3}
    path = tmp_path / "m.json"
    modelfile.save(model, path)
    again = modelfile.load(path)
    assert again.spec == model.spec and again.vocab == model.vocab and again.name == "round trip"
    assert (again.layers, again.bidirectional) == (layers, bidirectional)
    for name, value in model.params.items():
        assert again.params[name].tobytes() == value.tobytes(), name
    assert again.initial_state["h"].tobytes() == model.initial_state["h"].tobytes()
    assert math.copysign(1.0, again.params[first].flat[0]) == -1.0


def test_every_preset_loads_and_is_the_textbook_size():
    found = presets()
    assert {"rnn_pigs", "lstm_pigs", "peephole_lstm_pigs", "gru_pigs"} <= set(found)
    for path in found.values():
        model = modelfile.load(path)
        assert model.vocab == ["P", "I", "G", "S"] and model.hidden_size == 3


def test_saved_matrices_are_one_row_per_line(tmp_path):
    model = new_model("rnn", list("PIGS"), 3, seed=0)
    lines = modelfile.dumps(model).splitlines()
    start = lines.index('    "W_hh": [')
    rows = [json.loads(line.strip().rstrip(",")) for line in lines[start + 1 : start + 4]]
    assert rows == model.params["W_hh"].tolist()
    assert lines[start + 4].strip() == "],"


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("old contents")
    modelfile.save(new_model("gru", list("PIGS"), 2, seed=0), path)
    assert modelfile.load(path).cell == "gru"
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda d: d.update(format="something.else"), "format"),
        (lambda d: d.update(version=2), "version: 2 is not supported"),
        (lambda d: d.update(version="1"), "version"),
        (lambda d: d.update(version=True), "version"),
        (lambda d: d.update(cell="transformer"), "cell: unknown cell 'transformer'"),
        (lambda d: d.update(options={"reset": "after"}), "options.reset: unknown option"),
        (lambda d: d.update(cell="gru", options={"reset": "sideways"}), "options.reset"),
        (lambda d: d.update(hidden_size=1025), "hidden_size: 1025 is outside"),
        (lambda d: d.update(hidden_size=0), "hidden_size"),
        (lambda d: d.update(hidden_size=3.0), "hidden_size: expected a whole number"),
        (lambda d: d.update(vocab=[str(k) for k in range(513)]), "vocab: 513 tokens"),
        (lambda d: d.update(vocab=["P", "I", "P", "S"]), "vocab[2]: 'P' appears twice"),
        (lambda d: d.update(vocab=[]), "vocab"),
        (lambda d: d.update(vocab=["P", 1, "G", "S"]), "vocab[1]"),
        (lambda d: d.update(layers=9), "layers"),
        (lambda d: d.update(bidirectional="yes"), "bidirectional"),
        (lambda d: d.update(surprise=1), "surprise: unknown key"),
        (lambda d: d["params"].pop("U_f"), "params.U_f: missing"),
        (lambda d: d["params"].update(W_xh=[[0]]), "params.W_xh: not a parameter"),
        (lambda d: d["params"].update(W_f=[[0.0] * 4] * 2), "params.W_f: expected 3 entries, got 2"),
        (lambda d: d["params"].update(W_f=[[0.0] * 3] * 3), "params.W_f[0]: expected 4 entries, got 3"),
        (lambda d: d["params"].update(b_f=[0.1, "0.2", 0.3]), "params.b_f[1]: expected a number"),
        (lambda d: d["params"].update(b_f=[0.1, True, 0.3]), "params.b_f[1]: expected a number"),
        (lambda d: d["params"].update(b_f=[0.1, None, 0.3]), "params.b_f[1]"),
        (lambda d: d["params"].update(b_f=0.5), "params.b_f: expected a list"),
        (lambda d: d["params"].update(b_f=[[0.1], [0.2], [0.3]]), "params.b_f[0]: expected a number"),
        (lambda d: d["params"].update(b_f=[1, 2, 10**400]), "params.b_f"),
        (lambda d: d.update(params=[]), "params: missing or not an object"),
        (lambda d: d.update(initial_state={"c_l2": [0, 0, 0]}), "initial_state.c_l2: not a state"),
        (lambda d: d.update(initial_state={"h": [0, 0]}), "initial_state.h: expected 3 entries"),
        (lambda d: d.update(name=5), "name"),
    ],
)
def test_validation_names_the_field(mutate, expected):
    data = _valid()
    mutate(data)
    assert expected in _error(data)


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_are_named_with_their_position(token):
    text = json.dumps(_valid()).replace('"b_i": [0.0,', f'"b_i": [{token},', 1)
    assert token in text
    message = _error(text)
    assert message.startswith("params.b_i[0]: ") and "not a finite number" in message


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", "invalid JSON at line 1"),
        ('{"format": "lstm-studio.model", "version": 1', "invalid JSON"),
        ("[1, 2, 3]", "expected a JSON object"),
        ('{"format": "lstm-studio.model", "format": "x"}', "format: appears twice"),
        ("[" * 100_000 + "]" * 100_000, "invalid JSON"),
        ("null", "expected a JSON object"),
    ],
)
def test_malformed_json(text, expected):
    assert expected in _error(text)


def test_truncated_file(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text(modelfile.dumps(new_model("lstm", list("PIGS"), 3))[:200])
    with pytest.raises(InputError, match=r"cut\.json: invalid JSON"):
        modelfile.load(path)


def test_missing_binary_folder_and_huge_files(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="no such file"):
        modelfile.load(tmp_path / "absent.json")
    with pytest.raises(InputError, match="is a folder"):
        modelfile.load(tmp_path)
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError, match="not valid UTF-8"):
        modelfile.load(binary)
    monkeypatch.setattr(modelfile, "MAX_FILE_BYTES", 100)
    big = tmp_path / "big.json"
    big.write_text(" " * 101)
    with pytest.raises(InputError, match="larger than the limit"):
        modelfile.load(big)


def test_loading_never_executes_anything(tmp_path):
    data = _valid()
    data["name"] = "__import__('os').system('touch pwned')"
    data["options"] = {}
    model = modelfile.model_from_dict(data)
    assert model.name.startswith("__import__") and not (tmp_path / "pwned").exists()


def test_unwritable_destination_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="cannot write"):
        modelfile.save(new_model("rnn", list("PIGS"), 3), tmp_path / "no" / "such" / "folder.json")


@pytest.fixture
def umask():
    """Set the process's umask for one test, then put the old one back."""
    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_gets_the_usual_permissions(tmp_path, umask, mask, mode):
    """Not the 0600 of a private temporary file: a saved model can be shared like any other file."""
    umask(mask)
    path = tmp_path / "m.json"
    modelfile.save(new_model("rnn", list("PIGS"), 3), path)
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_saving_over_a_file_keeps_its_permissions(tmp_path, umask):
    path = tmp_path / "m.json"
    path.write_text("old contents")
    path.chmod(0o640)
    modelfile.save(new_model("lstm", list("PIGS"), 2), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert modelfile.load(path).cell == "lstm"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    path.write_text("old contents")

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(modelfile.os, "fsync", refuse)
    with pytest.raises(InputError, match="No space left on device"):
        modelfile.save(new_model("rnn", list("PIGS"), 3), path)
    assert path.read_text() == "old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]


def test_atomic_write_takes_bytes_and_text(tmp_path):
    modelfile.atomic_write(tmp_path / "a.bin", b"\x00\xff")
    modelfile.atomic_write(tmp_path / "b.txt", "σ ⊙ ∂")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\xff"
    assert (tmp_path / "b.txt").read_bytes() == "σ ⊙ ∂".encode()
