"""Bad files on every import path end in one line on stderr and exit status 2, never a traceback, and
never write the output; refused exports name the reason. Files are built with NumPy and safetensors'
NumPy API, so none of this needs torch."""

from __future__ import annotations

import io
import json
import pickle
import subprocess
import sys
import zipfile

import numpy as np
import pytest
from safetensors.numpy import save_file

from lstm_studio.cli import main
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.interop import export_torch, import_keras, import_torch, torch_refusal

from .helpers import random_model

V, H = 4, 3
rng = np.random.default_rng(0)


def lstm_state(prefix="lstm.", layers=1, bidirectional=False, G=4):
    """An nn.LSTM-like state dict (G gate blocks) as NumPy arrays."""
    state = {}
    for layer in range(layers):
        D = V if layer == 0 else H * (2 if bidirectional else 1)
        for rev in ("", "_reverse")[: 2 if bidirectional else 1]:
            s = f"_l{layer}{rev}"
            state[f"{prefix}weight_ih{s}"] = rng.uniform(-1, 1, (G * H, D))
            state[f"{prefix}weight_hh{s}"] = rng.uniform(-1, 1, (G * H, H))
            state[f"{prefix}bias_ih{s}"] = rng.uniform(-1, 1, G * H)
            state[f"{prefix}bias_hh{s}"] = rng.uniform(-1, 1, G * H)
    return state


def linear(prefix="fc.", width=H, size=V):
    return {f"{prefix}weight": rng.uniform(-1, 1, (size, width)), f"{prefix}bias": rng.uniform(-1, 1, size)}


def keras_state(prefix="lstm/lstm_cell", D=V, G=4, bias_shape=None):
    return {
        f"{prefix}/kernel": rng.uniform(-1, 1, (D, G * H)),
        f"{prefix}/recurrent_kernel": rng.uniform(-1, 1, (H, G * H)),
        f"{prefix}/bias": rng.uniform(-1, 1, bias_shape or (G * H,)),
    }


def _st(tmp_path, tensors):
    path = tmp_path / "bad.safetensors"
    save_file({k: np.ascontiguousarray(v) for k, v in tensors.items()}, str(path))
    return path


def _npz(tmp_path, arrays, **kw):
    path = tmp_path / "bad.npz"
    np.savez(path, **arrays, **kw)
    return path


def _raw(tmp_path, data: bytes, name="bad.bin"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _good_st_bytes(tmp_path):
    return _st(tmp_path, {**lstm_state(), **linear()}).read_bytes()


def _handmade_st(header: dict, body: bytes) -> bytes:
    text = json.dumps(header).encode()
    return len(text).to_bytes(8, "little") + text + body


def _with(state, **changes):
    state = dict(state)
    for key, value in changes.items():
        key = key.replace("__", ".")
        if value is None:
            del state[key]
        else:
            state[key] = value
    return state


def _keras_zip(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("config.json", "{}")
        archive.writestr("model.weights.h5", b"\x89HDF\r\n\x1a\n")
    return _raw(tmp_path, buffer.getvalue(), "model.keras")


TORCH_CASES = {
    "bias wrong shape": (lambda t: _st(t, _with({**lstm_state(), **linear()}, lstm__bias_ih_l0=np.zeros(11))),
                         "lstm.bias_ih_l0: expected shape (12,), got (11,)"),
    "layer 2 reads the wrong width": (
        lambda t: _st(t, _with(lstm_state(layers=2), lstm__weight_ih_l1=np.zeros((12, 5)))),
        "layer 2 reads the 3 outputs of layer 1"),
    "weight_hh not gate blocks": (lambda t: _st(t, _with(lstm_state(), lstm__weight_hh_l0=np.zeros((10, 3)))),
                                  "is not 1, 3 or 4 stacked (H, H) blocks"),
    "missing weight_hh": (lambda t: _st(t, _with(lstm_state(), lstm__weight_hh_l0=None)),
                          "lstm.weight_hh_l0: missing"),
    "missing bias_hh": (lambda t: _st(t, _with(lstm_state(), lstm__bias_hh_l0=None)),
                        "lstm.bias_hh_l0: missing (its partner is present)"),
    "missing reverse direction": (
        lambda t: _st(t, {k: v for k, v in lstm_state(layers=2, bidirectional=True).items() if "l1_reverse" not in k}),
        "lstm.weight_ih_l1_reverse: missing"),
    "several recurrent modules": (lambda t: _st(t, {**lstm_state("enc."), **lstm_state("dec.")}),
                                  "several recurrent modules ('dec', 'enc'); choose one with --module NAME"),
    "several output layers": (lambda t: _st(t, {**lstm_state(), **linear("a."), **linear("b.")}),
                              "several candidate output layers ('a', 'b'); name one with --output-layer NAME"),
    "a pickle": (lambda t: _raw(t, pickle.dumps({"weight_ih_l0": [1.0]}, protocol=4)), "never unpickles"),
    "truncated header": (lambda t: _raw(t, _good_st_bytes(t)[:60]), "truncated safetensors file"),
    "truncated data": (lambda t: _raw(t, _good_st_bytes(t)[:-9]), "truncated safetensors file"),
    "text, not safetensors": (lambda t: _raw(t, b"weight_ih_l0 = [[1, 2], [3, 4]]\n"), "not a safetensors file"),
    "empty": (lambda t: _raw(t, b""), "the file is empty"),
    "broken header JSON": (lambda t: _raw(t, (20).to_bytes(8, "little") + b'{"a": {"dtype": "F6' + b"x" * 40),
                           "its header is not valid JSON"),
    "an npz": (lambda t: _npz(t, {"a": np.zeros(2)}), "a NumPy .npz archive, not safetensors"),
    "an HDF5 file": (lambda t: _raw(t, b"\x89HDF\r\n\x1a\n" + bytes(100)), "HDF5"),
    "a Keras archive": (_keras_zip, ".keras model archive"),
    "not finite": (lambda t: _st(t, _with(lstm_state(), lstm__bias_hh_l0=np.r_[np.zeros(5), np.nan, np.zeros(6)])),
                   "lstm.bias_hh_l0[5]: nan is not a finite number"),
    "bfloat16": (lambda t: _raw(t, _handmade_st(
        {"lstm.weight_hh_l0": {"dtype": "BF16", "shape": [12, 3], "data_offsets": [0, 72]}}, bytes(72))),
        "dtype BF16 cannot be read with NumPy"),
    "integer weights": (lambda t: _st(t, _with(lstm_state(), lstm__weight_ih_l0=np.ones((12, 4), dtype=np.int32))),
                        "lstm.weight_ih_l0: expected floating-point numbers, got int32"),
    "no recurrent module": (lambda t: _st(t, linear()), "no nn.RNN, nn.LSTM or nn.GRU parameters found"),
    "header offsets past the end": (lambda t: _raw(t, _handmade_st(
        {"lstm.weight_hh_l0": {"dtype": "F64", "shape": [12, 3], "data_offsets": [0, 288]}}, bytes(100))),
        "truncated safetensors file"),
    "inconsistent header": (lambda t: _raw(t, _handmade_st(
        {"lstm.weight_hh_l0": {"dtype": "F64", "shape": [12, 3], "data_offsets": [0, 80]}}, bytes(80))),
        "not a valid safetensors file"),
    "projections": (lambda t: _st(t, {**lstm_state(), "lstm.weight_hr_l0": np.zeros((2, 3))}), "proj_size"),
    "a folder": (lambda t: t, "is a folder"),
    "no such file": (lambda t: t / "nothing.safetensors", "no such file"),
}


def _run_import(args, capsys):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.err


@pytest.mark.parametrize("case", TORCH_CASES)
def test_bad_torch_files_end_in_one_line(tmp_path, capsys, case):
    make, message = TORCH_CASES[case]
    path = make(tmp_path)
    out = tmp_path / "out.json"
    code, err = _run_import(["import", str(path), "--from", "torch", "--out", str(out)], capsys)
    assert code == 2
    assert err.startswith("lstm-studio: error: ") and err.count("\n") == 1, err
    assert message in err
    assert not out.exists()


KERAS_CASES = {
    "a pickled object array": (lambda t: _npz(t, {"lstm/kernel": np.array([{"x": 1}], dtype=object)}),
                               "holds Python objects (a pickle); LSTM Studio never unpickles files"),
    "a pickle": (lambda t: _raw(t, pickle.dumps([np.zeros(3)])), "never unpickles"),
    "text, not npz": (lambda t: _raw(t, b"kernel,recurrent_kernel\n1,2\n"), "not an .npz archive"),
    "truncated npz": (lambda t: _raw(t, _npz(t, keras_state()).read_bytes()[:300]), "damaged or truncated"),
    "an HDF5 file": (lambda t: _raw(t, b"\x89HDF\r\n\x1a\n" + bytes(100)), "HDF5"),
    "a Keras archive": (_keras_zip, ".keras model archive"),
    "a single npy": (lambda t: _raw(t, b"\x93NUMPY\x01\x00" + bytes(60)), "a single .npy array"),
    "safetensors": (lambda t: _st(t, lstm_state()), "looks like a safetensors file"),
    "unnamed arrays": (lambda t: _raw(t, _positional(t)), "the arrays have no names"),
    "missing kernel": (lambda t: _npz(t, _with(keras_state(), **{"lstm/lstm_cell/kernel": None})),
                       "lstm/lstm_cell/kernel: missing"),
    "recurrent kernel not gate blocks": (
        lambda t: _npz(t, _with(keras_state(), **{"lstm/lstm_cell/recurrent_kernel": np.zeros((3, 10))})),
        "is not 1, 3 or 4 (H, H) blocks side by side"),
    "layer 2 reads the wrong width": (
        lambda t: _npz(t, {**keras_state(), **keras_state("lstm_1/lstm_cell", D=5)}),
        "layer 2 reads the 3 outputs of layer 1"),
    "mixed bidirectional": (
        lambda t: _npz(t, {**keras_state("bi/forward_lstm/lstm_cell"), **keras_state("bi/backward_lstm/lstm_cell"),
                           **keras_state("lstm_1/lstm_cell", D=6)}),
        "mixes Bidirectional and one-directional"),
    "missing backward": (lambda t: _npz(t, keras_state("bi/forward_lstm/lstm_cell")),
                         "Bidirectional layer 'bi' has no backward layer"),
    "several dense layers": (
        lambda t: _npz(t, {**keras_state(), "d1/kernel": np.zeros((3, 4)), "d2/kernel": np.zeros((3, 4))}),
        "several candidate output layers ('d1', 'd2')"),
    "gru bias wrong shape": (lambda t: _npz(t, keras_state("gru/gru_cell", G=3, bias_shape=(3, 9))),
                             "gru/gru_cell/bias: expected shape (9,), got (3, 9)"),
    "gru layers differ in reset_after": (
        lambda t: _npz(t, {**keras_state("gru/gru_cell", G=3, bias_shape=(2, 9)),
                           **keras_state("gru_1/gru_cell", D=3, G=3)}),
        "differ in reset_after"),
    "not finite": (lambda t: _npz(t, _with(keras_state(), **{"lstm/lstm_cell/bias": np.full(12, np.inf)})),
                   "lstm/lstm_cell/bias[0]: inf is not a finite number"),
    "output layer named wrongly": (lambda t: _npz(t, keras_state()), "--output-layer 'head': no Dense layer"),
}


def _positional(tmp_path):
    buffer = io.BytesIO()
    np.savez(buffer, *keras_state().values())
    return buffer.getvalue()


@pytest.mark.parametrize("case", KERAS_CASES)
def test_bad_keras_files_end_in_one_line(tmp_path, capsys, case):
    make, message = KERAS_CASES[case]
    path = make(tmp_path)
    out = tmp_path / "out.json"
    extra = ["--output-layer", "head"] if case == "output layer named wrongly" else []
    code, err = _run_import(["import", str(path), "--from", "keras", "--out", str(out), *extra], capsys)
    assert code == 2
    assert err.startswith("lstm-studio: error: ") and err.count("\n") == 1, err
    assert message in err
    assert not out.exists()


def test_every_truncation_of_a_safetensors_file_is_an_input_error(tmp_path):
    data = _good_st_bytes(tmp_path)
    for cut in range(0, len(data), 7):
        path = _raw(tmp_path, data[:cut], "cut.safetensors")
        with pytest.raises(InputError):
            import_torch(path)


def test_every_truncation_of_an_npz_file_is_an_input_error(tmp_path):
    data = _npz(tmp_path, {**keras_state(), "dense/kernel": np.zeros((3, 4))}).read_bytes()
    for cut in range(0, len(data), 29):
        path = _raw(tmp_path, data[:cut], "cut.npz")
        with pytest.raises(InputError):
            import_keras(path)


def test_a_bad_file_through_the_real_command_has_no_traceback(tmp_path):
    path = _raw(tmp_path, pickle.dumps({"a": 1}), "model.pt")
    result = subprocess.run(
        [sys.executable, "-m", "lstm_studio", "import", str(path), "--from", "torch",
         "--out", str(tmp_path / "m.json")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert "never unpickles" in result.stderr


# --- options that resolve ambiguity, and the vocabulary --------------------------------------------------


def test_module_and_output_layer_options_pick_one(tmp_path, capsys):
    path = _st(tmp_path, {**lstm_state("enc."), **lstm_state("dec."), **linear("a."), **linear("b.")})
    model, report = import_torch(path, module="dec", output_layer="b", vocab="PIGS")
    assert report.module == "dec" and report.output_layer == "b" and model.vocab == list("PIGS")
    assert "cell lstm, input size 4, hidden size 3, 1 layer" in str(report)
    code = main(["import", str(path), "--from", "torch", "--module", "enc", "--output-layer", "a.weight",
                 "--out", str(tmp_path / "m.json")])
    assert code == 0 and "nn.LSTM 'enc'" in capsys.readouterr().out
    with pytest.raises(InputError, match="--module 'mid': no recurrent module of that name"):
        import_torch(path, module="mid", output_layer="a")


def test_vocabulary_must_fit_the_input_size(tmp_path):
    path = _st(tmp_path, lstm_state())
    with pytest.raises(InputError, match="--vocab: 3 tokens, but layer 1 of 'lstm' reads 4 inputs"):
        import_torch(path, vocab="PIG")
    with pytest.raises(InputError, match="appears twice"):
        import_torch(path, vocab="PIGP")
    model, report = import_torch(path, vocab=["the", "cat", "sat", "mat"])
    assert model.vocab == ["the", "cat", "sat", "mat"] and report.vocab_origin == "given"
    model, report = import_torch(path)
    assert model.vocab == list("ABCD") and report.vocab_origin == "generic"
    assert "W_hy and b_y set to 0" in str(report)


def test_metadata_of_other_tools_is_not_taken_for_ours(tmp_path):
    path = tmp_path / "foreign.safetensors"
    save_file(lstm_state(), str(path), metadata={"vocab": '["w", "x", "y", "z"]', "name": "theirs"})
    model, report = import_torch(path)
    assert model.vocab == list("ABCD") and report.vocab_origin == "generic" and model.name == "foreign"


def test_a_linear_of_another_size_is_reported_not_used(tmp_path):
    path = _st(tmp_path, {**lstm_state(), **linear("classifier.", size=2)})
    _, report = import_torch(path)
    assert report.output_layer is None
    assert any("classifier.weight maps 3 → 2" in note for note in report.notes)


def test_a_bare_state_dict_without_biases_imports(tmp_path):
    state = {k.removeprefix("lstm."): v for k, v in lstm_state().items() if "bias" not in k}
    model, report = import_torch(_st(tmp_path, state))
    assert report.module == "" and "bias=False" in " ".join(report.notes)
    assert not any(model.params[b].any() for b in ("b_f", "b_i", "b_c", "b_o"))


# --- exports that are refused, and files that cannot be written -------------------------------------------


@pytest.mark.parametrize("cell, options, reason", [
    ("peephole_lstm", {}, "PyTorch's nn.LSTM has no peephole connections"),
    ("gru", {"reset": "before", "update": "z_keeps_old"}, "this model resets before (reset=before)"),
    ("gru", {"reset": "none"}, "simplified GRU (reset=none)"),
    ("gru", {"reset": "after", "update": "z_takes_new"}, "this model uses update=z_takes_new"),
])
def test_conventions_pytorch_lacks_are_refused(tmp_path, capsys, cell, options, reason):
    model = random_model(cell, options)
    assert reason in torch_refusal(model)
    modelfile.save(model, tmp_path / "m.json")
    assert main(["export", str(tmp_path / "m.json"), "--to", "torch", "--out", str(tmp_path / "m.safetensors")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot export to PyTorch" in err and reason in err
    assert not (tmp_path / "m.safetensors").exists() and not (tmp_path / "m.py").exists()


def test_exporting_into_a_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot write"):
        export_torch(random_model("lstm", {}), tmp_path / "nowhere" / "m.safetensors")


def test_the_package_never_imports_torch():
    code = (
        "import sys, lstm_studio.interop, lstm_studio.commands.import_model, lstm_studio.commands.export_model; "
        "sys.exit(1 if 'torch' in sys.modules or 'tensorflow' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
