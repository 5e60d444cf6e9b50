"""The model file's limits are checked before anything large is allocated, hostile text is refused by
name, and saving never replaces a good file with a bad or a half-written one (docs/limits.md)."""

from __future__ import annotations

import json
import os
import stat
import threading
import time

import numpy as np
import pytest

from lstm_studio.document import modelfile
from lstm_studio.document.atomic import atomic_write_many
from lstm_studio.document.errors import InputError, one_line
from lstm_studio.engine import CellSpec, new_model


def _valid() -> dict:
    return modelfile.model_to_dict(new_model("lstm", list("PIGS"), 3, seed=4))


def _error(text: str) -> str:
    with pytest.raises(InputError) as info:
        modelfile.parse_text(text)
    message = str(info.value)
    assert "\n" not in message and "\r" not in message
    return message


def test_a_whole_number_longer_than_python_converts_is_refused_by_field():
    """Before: ValueError "Exceeds the limit (4300 digits) for integer string conversion"."""
    text = json.dumps(_valid())
    assert _error(text.replace('"hidden_size": 3', '"hidden_size": ' + "9" * 5000)) == (
        "hidden_size: a number of 5000 digits is outside the allowed range 1..1024")
    b_f = json.dumps(_valid()["params"]["b_f"])
    huge = text.replace(b_f, "[0.5, -" + "1" * 4500 + ", 0.25]")
    assert _error(huge) == "params.b_f[1]: a number of 4500 digits, too large for float64"


def test_deeply_nested_values_are_described_not_dumped():
    """Before: json.dumps of the bad value for the message raised RecursionError at ~1000 levels."""
    data = _valid()
    text = json.dumps(data).replace('"hidden_size": 3', '"hidden_size": ' + "[" * 900 + "]" * 900)
    assert _error(text) == "hidden_size: expected a whole number, got a list of 1 entries"
    assert "nested too deeply" in _error('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}")


@pytest.mark.parametrize(("token", "problem"), [
    ("\ud800", "vocab[1]: contains a lone surrogate U+D800, which is not valid Unicode text"),
    ("\n", "vocab[1]: contains the control character U+000A"),
    ("\x1b", "vocab[1]: contains the control character U+001B"),
])
def test_tokens_a_file_or_terminal_cannot_hold_are_refused(token, problem):
    data = _valid()
    data["vocab"][1] = token
    assert _error(json.dumps(data)) == problem


def test_a_name_with_a_lone_surrogate_or_a_line_break_is_refused():
    data = _valid()
    data["name"] = "ok\udcff"
    assert _error(json.dumps(data)) == "name: contains a lone surrogate U+DCFF, which is not valid Unicode text"
    data["name"] = "lstm-studio: ok\nwrote"
    assert _error(json.dumps(data)) == "name: contains the control character U+000A"


def test_a_key_with_a_newline_cannot_forge_a_second_line():
    data = _valid()
    data["params"]["x\nlstm-studio: ok, wrote everything"] = [1.0]
    message = _error(json.dumps(data))
    assert message.startswith("params.x\\nlstm-studio: ok, wrote everything: not a parameter")


def test_input_error_is_always_one_printable_line_of_bounded_length():
    err = InputError("a\nb\r\x00c\u2028d\ud800" + "x" * 5000)
    text = str(err)
    assert text.startswith("a\\nb\\r\\x00c\\u2028d\\ud800x")
    assert len(text) == 1000 and text.endswith("…")
    text.encode("utf-8")  # printable on any stream
    assert one_line("plain → ⊙ text") == "plain → ⊙ text"


def test_the_parameter_limit_is_checked_from_the_shapes():
    spec = CellSpec.make("lstm")
    shapes = modelfile.check_size(spec, 26, 128, 2, True)
    assert modelfile.parameter_count(shapes) <= modelfile.MAX_PARAMS
    with pytest.raises(InputError, match=r"model: 184,655,876 parameters, more than the limit of 2,000,000"):
        modelfile.check_size(spec, 4, 1024, 8, True)
    data = _valid()
    data.update(hidden_size=1024, layers=8, bidirectional=True, params={})
    started = time.perf_counter()
    message = _error(json.dumps(data))
    assert "more than the limit of 2,000,000" in message and time.perf_counter() - started < 1.0


def test_json_with_more_values_than_any_model_is_refused_before_parsing():
    many_lists = '{"format": "lstm-studio.model", "x": [' + "[]," * 300_000 + "[]]}"
    assert "more than 200,000 lists and objects" in _error(many_lists)
    many_numbers = '{"format": "lstm-studio.model", "x": [' + "0," * 2_600_000 + "0]}"
    assert "more than 2,500,000 values" in _error(many_numbers)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_and_a_device_are_refused_without_reading(tmp_path):
    """Before: a FIFO blocked the loader forever and /dev/zero was read until memory ran out."""
    fifo = tmp_path / "model.json"
    os.mkfifo(fifo)
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(_load_error(fifo)), daemon=True)
    worker.start()
    worker.join(5)
    assert outcome == [f"{fifo}: not a regular file (a device, a pipe or a socket), not a model file"]
    if os.path.exists("/dev/zero"):
        assert "not a regular file" in _load_error("/dev/zero")


def _load_error(path) -> str:
    try:
        modelfile.load(path)
    except InputError as err:
        return str(err)
    return "loaded"


def test_saving_refuses_a_model_whose_file_would_not_load(tmp_path):
    path = tmp_path / "m.json"
    model = new_model("rnn", list("PIGS"), 3)
    modelfile.save(model, path)
    good = path.read_bytes()
    model.name = "bad\udc80name"
    with pytest.raises(InputError, match="name: contains a lone surrogate"):
        modelfile.save(model, path)
    model.name = "fine"
    model.params["W_xh"] = np.zeros((4, 4))
    with pytest.raises(InputError, match=r"params.W_xh: expected 3 entries"):
        modelfile.save(model, path)
    assert path.read_bytes() == good


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_read_only_file_is_not_replaced(tmp_path):
    """Before: the rename replaced a 0444 file silently (a rename needs only the folder's permission)."""
    path = tmp_path / "m.json"
    modelfile.save(new_model("rnn", list("PIGS"), 3), path)
    good = path.read_bytes()
    path.chmod(0o444)
    with pytest.raises(InputError, match=r"m.json: cannot write \(the file is read-only\)"):
        modelfile.save(new_model("gru", list("PIGS"), 2), path)
    assert path.read_bytes() == good and stat.S_IMODE(path.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json"]


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_a_device_or_a_pipe_is_not_replaced(tmp_path):
    """Before: the rename replaced it with a regular file (run as root, ``formula --svg /dev/full`` replaced
    the device for everyone and exited 0)."""
    fifo = tmp_path / "out.svg"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"out.svg: cannot write \(not a regular file \(a device, a pipe or a "
                                         r"socket\), left as it is\)"):
        modelfile.save(new_model("rnn", list("PIGS"), 3), fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.svg"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_saving_through_a_symbolic_link_keeps_the_link(tmp_path):
    real = tmp_path / "real.json"
    link = tmp_path / "link.json"
    modelfile.save(new_model("rnn", list("PIGS"), 3), real)
    link.symlink_to(real)
    modelfile.save(new_model("gru", list("PIGS"), 2), link)
    assert link.is_symlink() and modelfile.load(real).cell == "gru"


def test_files_written_together_are_all_or_nothing(tmp_path, monkeypatch):
    first, second = tmp_path / "w.safetensors", tmp_path / "w.py"
    first.write_bytes(b"old weights")
    calls = []
    real_fsync = os.fsync

    def fail_on_the_second(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fail_on_the_second)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_many([(first, b"new weights"), (second, "script")])
    assert first.read_bytes() == b"old weights" and not second.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.safetensors"]
