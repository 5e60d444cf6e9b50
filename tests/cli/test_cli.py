"""The lstm-studio command: outputs carry the engine's numbers; every bad input is one line, exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lstm_studio.cli import main
from lstm_studio.document import modelfile
from lstm_studio.engine import cross_entropy, forward, loss_and_gradients
from lstm_studio.paths import presets

PRESETS = presets()
RNN = str(PRESETS["rnn_pigs"])
LSTM = str(PRESETS["lstm_pigs"])
GRU = str(PRESETS["gru_pigs"])


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_run_shows_three_steps_and_the_predictions_of_the_rnn_preset(capsys):
    code, out, err = run_cli(capsys, "run", RNN, "--input", "PIG")
    assert code == 0 and err == ""
    assert [line.split()[0] for line in out.splitlines() if line.startswith("t=")] == ["t=1", "t=2", "t=3"]
    assert "input PIG  ->  predictions IGS" in out


@pytest.mark.parametrize(
    "preset, gates",
    [("rnn_pigs", []), ("lstm_pigs", ["f", "i", "g", "o"]), ("peephole_lstm_pigs", ["f", "i", "g", "o"]),
     ("gru_pigs", ["z", "r", "h_tilde"])],
)
def test_run_json_schema_and_numbers(capsys, preset, gates):
    code, out, _ = run_cli(capsys, "run", str(PRESETS[preset]), "--input", "PIGS", "--json")
    assert code == 0
    steps = json.loads(out)["steps"]
    model = modelfile.load(PRESETS[preset])
    trace = forward(model, [0, 1, 2, 3])
    assert [s["t"] for s in steps] == [1, 2, 3, 4]
    assert [s["token"] for s in steps] == ["P", "I", "G", "S"]
    for t, step in enumerate(steps):
        assert list(step["gates"]) == gates
        assert ("c" in step) == model.spec.has_c
        np.testing.assert_array_equal(step["h"], trace.h[t, 0])
        np.testing.assert_array_equal(step["p"], trace.p[t, 0])
        np.testing.assert_array_equal(step["y"], trace.y[t, 0])
        for name in gates:
            np.testing.assert_array_equal(step["gates"][name], trace.gates[name][t, 0])
        assert step["prediction"] == model.vocab[int(np.argmax(trace.p[t, 0]))]


def test_run_json_of_a_stacked_bidirectional_model_lists_every_layer(capsys, tmp_path):
    path = tmp_path / "bi.json"
    assert main(["new", "--cell", "gru", "--vocab", "PIGS", "--hidden", "2", "--layers", "2",
                 "--bidirectional", "--out", str(path)]) == 0
    capsys.readouterr()
    _code, out, _ = run_cli(capsys, "run", str(path), "--input", "PIG", "--json")
    step = json.loads(out)["steps"][0]
    assert [[d["direction"] for d in layer] for layer in step["layers"]] == [["forward", "backward"]] * 2


def test_grad_json_matches_the_engine(capsys):
    code, out, _ = run_cli(capsys, "grad", LSTM, "--input", "PIG", "--targets", "IGS", "--json")
    assert code == 0
    data = json.loads(out)
    model = modelfile.load(LSTM)
    loss, _trace, grads = loss_and_gradients(model, [0, 1, 2], [1, 2, 3])
    assert data["loss"] == loss
    assert list(data["grads"]) == list(model.params)
    for name, g in grads.params.items():
        np.testing.assert_array_equal(data["grads"][name], g)
    np.testing.assert_array_equal(data["dh"], grads.dh[0][0][:, 0])
    np.testing.assert_array_equal(data["dc"], grads.dc[0][0][:, 0])


def test_grad_defaults_to_next_token_targets_and_supports_many_to_one(capsys):
    _, out, _ = run_cli(capsys, "grad", GRU, "--input", "PIGS", "--json")
    data = json.loads(out)
    model = modelfile.load(GRU)
    assert data["loss"] == cross_entropy(forward(model, [0, 1, 2, 3]), [1, 2, 3, -1])[0]
    assert "dc" not in data
    _, out, _ = run_cli(capsys, "grad", GRU, "--input", "PIG", "--targets", "S", "--many-to-one", "--json")
    data = json.loads(out)
    p_last = forward(model, [0, 1, 2]).p[-1, 0]
    assert data["loss"] == pytest.approx(-np.log(p_last[3]), abs=1e-15)


def test_grad_text_output_names_every_parameter(capsys):
    code, out, _ = run_cli(capsys, "grad", RNN, "--input", "PIG", "--targets", "IGS")
    assert code == 0
    for name in ("W_xh", "W_hh", "b_h", "W_hy", "b_y"):
        assert f"dL/d{name}" in out
    assert "‖dL/dh_t‖" in out


def test_gradcheck_passes_on_every_preset(capsys):
    for path in PRESETS.values():
        code, out, _ = run_cli(capsys, "gradcheck", str(path), "--input", "PIGS", "--targets", "IGSP")
        assert code == 0, out
        assert "finite differences" in out


def test_new_is_seeded_and_writes_a_valid_model(capsys, tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for path in (a, b):
        assert main(["new", "--cell", "gru", "--option", "reset=after", "--option", "update=z_keeps_old",
                     "--vocab", "PIGS", "--hidden", "3", "--seed", "9", "--out", str(path)]) == 0
    assert a.read_text() == b.read_text()
    model = modelfile.load(a)
    assert model.spec.opts == {"reset": "after", "update": "z_keeps_old"}
    assert model.params["b_hn"].shape == (3,)
    capsys.readouterr()
    _code, out, _ = run_cli(capsys, "new", "--cell", "rnn", "--vocab", "the cat sat", "--hidden", "2")
    assert modelfile.parse_text(out).vocab == ["the", "cat", "sat"]


def test_info_shows_lstm_four_times_and_gru_three_times_the_rnn(capsys):
    _code, out, _ = run_cli(capsys, "info", RNN, "--json")
    data = json.loads(out)
    by_cell = data["recurrent_params_by_cell"]
    assert by_cell["lstm"] == 4 * by_cell["rnn"] and by_cell["gru"] == 3 * by_cell["rnn"]
    assert data["param_count"] == sum(int(np.prod(s)) for s in data["shapes"].values()) == 40
    _, out, _ = run_cli(capsys, "info", LSTM)
    assert "×4.00" in out and "×3.00" in out


def _bad_files(tmp_path):
    good = json.loads(Path(RNN).read_text(encoding="utf-8"))
    files = {}
    files["invalid JSON"] = "{not json"
    shape = json.loads(json.dumps(good))
    shape["params"]["W_hh"] = [[0.0, 1.0], [1.0, 0.0]]
    files["wrong shape"] = json.dumps(shape)
    files["nan"] = json.dumps(dict(good, params=dict(good["params"], b_h=[float("nan"), 0.0, 0.0])))
    files["unknown option"] = json.dumps(dict(good, options={"activation": "sigmoid"}))
    paths = {}
    for name, text in files.items():
        path = tmp_path / (name.replace(" ", "_") + ".json")
        path.write_text(text)
        paths[name] = str(path)
    return paths


@pytest.mark.parametrize("command", ["run", "grad", "gradcheck", "info"])
def test_bad_model_files_end_in_one_line_and_exit_2(capsys, tmp_path, command):
    expected = {
        "invalid JSON": "invalid JSON at line 1",
        "wrong shape": "params.W_hh: expected 3 entries, got 2",
        "nan": "params.b_h[0]: nan is not a finite number",
        "unknown option": "options.activation: 'sigmoid' is not one of tanh, relu",
    }
    files = _bad_files(tmp_path) | {"missing": str(tmp_path / "absent.json")}
    expected["missing"] = "no such file"
    for name, path in files.items():
        argv = [command, path] + ([] if command == "info" else ["--input", "PIG"])
        code, out, err = run_cli(capsys, *argv)
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and err.startswith("lstm-studio: error: "), err
        assert expected[name] in err


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["run", RNN, "--input", "PIX"], "input: unknown token 'X' at position 3"),
        (["run", RNN, "--input", ""], "input: no tokens given"),
        (["run", RNN], "the following arguments are required: --input"),
        (["grad", RNN, "--input", "PIG", "--targets", "IG"], "targets: 2 tokens for 3 input steps"),
        (["grad", RNN, "--input", "PIG", "--targets", "IGQ"], "targets: unknown token 'Q'"),
        (["grad", RNN, "--input", "PIG", "--many-to-one"], "--many-to-one needs --targets"),
        (["new", "--cell", "gru", "--option", "reset=sideways", "--vocab", "PIGS", "--hidden", "3"],
         "options.reset: 'sideways' is not one of"),
        (["new", "--cell", "rnn", "--option", "reset=after", "--vocab", "PIGS", "--hidden", "3"],
         "options.reset: unknown option for cell 'rnn'"),
        (["new", "--cell", "rnn", "--option", "oops", "--vocab", "PIGS", "--hidden", "3"], "expected key=value"),
        (["new", "--cell", "rnn", "--vocab", "PIGS", "--hidden", "2000"], "--hidden: 2000 is outside"),
        (["new", "--cell", "rnn", "--vocab", "PIGS", "--hidden", "-3"], "--hidden: -3 is outside"),
        (["new", "--cell", "rnn", "--vocab", "PIGS", "--hidden", "3", "--seed", "-1"], "--seed: -1 is negative"),
        (["new", "--cell", "rnn", "--vocab", "PIGS", "--hidden", "3", "--layers", "0"], "--layers: 0 is outside"),
        (["new", "--cell", "rnn", "--vocab", "P" * 600, "--hidden", "3"], "--vocab: a token appears twice"),
        (["new", "--cell", "rnn", "--vocab", " ".join(f"w{k}" for k in range(600)), "--hidden", "3"],
         "vocab: 600 tokens, more than the limit of 512"),
        (["new", "--cell", "rnn", "--vocab", "PIPS", "--hidden", "2"], "--vocab: a token appears twice"),
        (["new", "--cell", "cnn", "--vocab", "PIGS", "--hidden", "2"], "invalid choice: 'cnn'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["new", "--cell", "rnn", "--vocab", "PIGS", "--hidden", "x"], "invalid int value: 'x'"),
    ],
)
def test_bad_arguments_end_in_one_line_and_exit_2(capsys, argv, expected):
    code, out, err = run_cli(capsys, *argv)
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and expected in err, err


def test_a_real_process_prints_no_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "lstm-studio.model", "version": 7}')
    result = subprocess.run(
        [sys.executable, "-m", "lstm_studio", "run", str(bad), "--input", "PIG"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    expected = f"lstm-studio: error: {bad}: version: 7 is not supported (this LSTM Studio reads version 1)\n"
    assert result.stderr == expected
    assert "Traceback" not in result.stderr


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("lstm-studio 0.")


def test_gui_without_a_display_says_so_in_one_line(capsys, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _out, err = run_cli(capsys, "gui")
    assert code == 2
    assert err.startswith("lstm-studio: error: gui: no display (DISPLAY is not set); use --screenshot")
    assert err.count("\n") == 1


def test_gui_screenshot_renders_offscreen_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_LOGGING_RULES")}
    env["HOME"] = str(tmp_path)
    shot = tmp_path / "gru.png"
    result = subprocess.run(
        [sys.executable, "-m", "lstm_studio", "gui", GRU, "--input", "PIGSPIG", "--screenshot", str(shot)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_opening_the_window_registers_only_the_gui_subcommand():
    from lstm_studio.cli import COMMAND_MODULES, build_parser

    def subcommands(parser):
        return [name for action in parser._subparsers._group_actions for name in action.choices]

    assert subcommands(build_parser("gui")) == ["gui"]
    assert subcommands(build_parser()) == [name.removesuffix("_model") for name in COMMAND_MODULES]


def test_the_command_runs_numpy_with_one_blas_thread_unless_the_user_chose_a_number():
    from lstm_studio import blas_threads

    probe = ("import os, lstm_studio.cli, numpy; "
             "print(*(os.environ[name] for name in lstm_studio.blas_threads.VARIABLES))")
    env = {k: v for k, v in os.environ.items() if k not in blas_threads.VARIABLES}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    ours = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert ours.stdout.split() == ["1", "1", "1"]
    env["OPENBLAS_NUM_THREADS"] = "2"
    theirs = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert theirs.stdout.split() == ["2", "1", "1"]
