"""Reproducers of the hardening campaign on the command line, each ending as the contract says: one line
on stderr naming the problem and exit status 2 (or success), never a traceback, a warning, NaN or
Infinity in JSON, or a changed or half-written output file."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from lstm_studio.cli import main
from lstm_studio.document import modelfile
from lstm_studio.engine import forward, gradcheck, new_model, relative_error
from lstm_studio.engine.generate import Sampler
from lstm_studio.paths import presets

ROOT = Path(__file__).resolve().parents[2]
RNN = str(presets()["rnn_pigs"])
LSTM = str(presets()["lstm_pigs"])


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code: int, out: str, err: str) -> str:
    assert code == 2, (out, err)
    assert out == "" and err.count("\n") == 1 and err.startswith("lstm-studio: error: "), err
    return err


@pytest.mark.parametrize(("argv", "expected"), [
    (["--eps", "0"], "argument --eps: '0': the step must be a number above 0 and at most 1"),
    (["--eps", "nan"], "argument --eps: 'nan'"),
    (["--eps", "inf"], "argument --eps: 'inf'"),
    (["--eps", "-1"], "argument --eps: '-1'"),
    (["--tol", "nan"], "argument --tol: 'nan'"),
    (["--tol", "-1"], "argument --tol: '-1'"),
    (["--tol", "2"], "argument --tol: '2'"),
    (["--tol", "x"], "argument --tol: 'x' is not a number"),
])
def test_gradcheck_step_and_tolerance_are_checked(capsys, argv, expected):
    """Before: --eps 0 raised ZeroDivisionError; nan, inf and -1 were accepted."""
    err = one_line_error(*run_cli(capsys, "gradcheck", RNN, "--input", "PIG", *argv))
    assert expected in err


def test_gradcheck_sees_no_disagreement_in_the_noise_of_a_long_sequence():
    """Before: over thousands of steps the stencil's rounding noise on a column that is exactly zero (S never
    occurs in PIGPIG…) was reported as a relative error above 1e-6."""
    model = modelfile.load(RNN)
    inputs = [0, 1, 2] * 1000
    targets = inputs[1:] + [-1]
    [check] = gradcheck(model, inputs, targets, names=["W_xh"])
    assert np.all(check.analytic[:, 3] == 0)
    assert relative_error(check.analytic, check.numerical).max() > 1e-6  # the check without the noise term
    assert 0 < check.noise < 1e-8 and check.max_rel_error < 1e-6
    short = gradcheck(model, [0, 1, 2], [1, 2, -1], names=["W_xh"])[0]
    assert short.noise < 1e-11  # at teaching sizes the check stays strict


def test_gradcheck_refuses_work_beyond_a_minute(capsys, tmp_path):
    path = tmp_path / "m.json"
    modelfile.save(new_model("lstm", list("PIGS"), 20, seed=0), path)
    err = one_line_error(*run_cli(capsys, "gradcheck", str(path), "--input", "PIGS" * 250))
    assert "input: 1,000 steps of 2,084 parameters is too long for an entry-by-entry check" in err
    assert "at most 959 steps for this model" in err


def _overflowing(tmp_path) -> str:
    """An LSTM whose output layer overflows float64: y = W_hy h is ±inf, p is NaN."""
    model = modelfile.load(LSTM)
    model.params["W_hy"] = np.full((4, 3), 1.7e308)
    path = tmp_path / "overflow.json"
    modelfile.save(model, path)
    return str(path)


@pytest.mark.parametrize("argv", [
    ["run", "{m}", "--input", "PIG", "--json"],
    ["run", "{m}", "--input", "PIG"],
    ["grad", "{m}", "--input", "PIG", "--json"],
    ["gradcheck", "{m}", "--input", "PIG", "--json"],
    ["sample", "{m}", "--prime", "PIG", "--length", "2", "--json"],
])
def test_results_that_overflow_are_one_line_in_a_real_process(tmp_path, argv):
    """Before: NaN and Infinity in the JSON (which is then not JSON), exit 0, and up to 8 RuntimeWarning
    lines on stderr."""
    model = _overflowing(tmp_path)
    done = subprocess.run([sys.executable, "-m", "lstm_studio", *[a.format(m=model) for a in argv]],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 2 and done.stdout == "", done.stdout[:200]
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("lstm-studio: error: "), done.stderr
    assert "is not a finite number: the weights are too large to compute with in float64" in done.stderr


def test_formula_json_of_an_ordinary_model_is_strict_json(capsys):
    code, out, err = run_cli(capsys, "formula", "--model", LSTM, "--of", "h_t", "--wrt", "U_f", "--input", "PIG",
                             "--t", "2", "--entry", "1,1", "--json")
    assert code == 0 and err == ""
    assert np.isfinite(json.loads(out, parse_constant=lambda c: pytest.fail(c))["value"])


def test_a_tiny_temperature_is_greedy_not_nan(capsys):
    """Before: --temperature 1e-320 overflowed y / T and drew from a NaN distribution without a word."""
    code, out, err = run_cli(capsys, "sample", RNN, "--prime", "PIG", "--length", "6", "--temperature", "1e-320",
                             "--json")
    assert code == 0 and err == ""
    data = json.loads(out, parse_constant=lambda c: pytest.fail(c))
    greedy = Sampler(modelfile.load(RNN), [0, 1, 2], 0.0).run(6)
    assert data["drawn"] == ["PIGS"[s.drawn] for s in greedy]
    assert all(sorted(step["p"]) == [0.0, 0.0, 0.0, 1.0] for step in data["steps"])


def test_a_model_too_large_to_allocate_is_refused_before_it_is_built(capsys):
    """Before: new --hidden 1024 --layers 8 --bidirectional passed 9.5 GB and kept growing."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    err = one_line_error(*run_cli(capsys, "new", "--cell", "lstm", "--vocab", "PIGS", "--hidden", "1024",
                                  "--layers", "8", "--bidirectional"))
    assert "new: 184,655,876 parameters, more than the limit of 2,000,000" in err
    assert time.perf_counter() - started < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # kB: nothing allocated


def test_train_refuses_a_fresh_model_beyond_the_limit(capsys, tmp_path):
    err = one_line_error(*run_cli(capsys, "train", "--cell", "lstm", "--hidden", "1024", "--task", "char_lm",
                                  "--out", str(tmp_path / "m.json")))
    assert "train:" in err and "more than the limit of 2,000,000" in err
    assert list(tmp_path.iterdir()) == []


def test_a_run_beyond_the_work_limit_is_refused(capsys, tmp_path):
    model = new_model("lstm", [chr(65 + k) for k in range(26)], 600, seed=0)
    path = tmp_path / "big.json"
    modelfile.save(model, path)
    err = one_line_error(*run_cli(capsys, "run", str(path), "--input", "ABC" * 400))
    assert f"input: 1,200 steps through {model.param_count():,} parameters is more than this machine runs" in err


def _raw(*argv) -> subprocess.CompletedProcess:
    """The command in a real process, with argv as bytes (not necessarily UTF-8)."""
    return subprocess.run([sys.executable.encode(), b"-m", b"lstm_studio", *argv], capture_output=True,
                          timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT)))


@pytest.mark.parametrize("flag", [b"--vocab", b"--name"])
def test_text_arguments_that_are_not_utf8_are_one_line(tmp_path, flag):
    """Before: new and import wrote the lone surrogates into the model, and run, info, export and Save As
    then raised UnicodeEncodeError."""
    vocab = b"P\xffIG" if flag == b"--vocab" else b"PIGS"
    name = [b"--name", b"caf\xe9"] if flag == b"--name" else []
    argv = [b"new", b"--cell", b"rnn", b"--vocab", vocab, b"--hidden", b"2", *name,
            b"--out", bytes(tmp_path / "m.json")]
    done = _raw(*argv)
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr == (b"lstm-studio: error: new: argument " + flag
                           + b": not valid UTF-8 text (the terminal passed bytes that are not characters)\n")
    assert list(tmp_path.iterdir()) == []


def test_a_file_name_that_is_not_utf8_is_written_and_printed_as_it_is(tmp_path):
    out = bytes(tmp_path) + b"/m\xff.json"
    done = _raw(b"new", b"--cell", b"rnn", b"--vocab", b"PIGS", b"--hidden", b"2", b"--out", out)
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.startswith(b"wrote " + out + b": ")
    assert modelfile.load(os.fsdecode(out)).hidden_size == 2
    shown = _raw(b"info", out)
    assert shown.returncode == 0 and shown.stderr == b""


def _full_disk(limit: int):
    """A child process for which every file stops growing at ``limit`` bytes (EFBIG, as on a full disk)."""
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _on_full_disk(limit: int, *argv: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "QT_LOGGING_RULES"}  # as a user's shell has it
    return subprocess.run([sys.executable, "-B", "-m", "lstm_studio", *argv], capture_output=True, text=True,
                          timeout=120, preexec_fn=_full_disk(limit), env=dict(env, PYTHONPATH=str(ROOT)))


def _fails_in_one_line(done: subprocess.CompletedProcess, *expected: str) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("lstm-studio: error: "), done.stderr
    assert all(text in done.stderr for text in expected), done.stderr


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="POSIX file size limits")
def test_export_to_torch_on_a_full_disk_writes_neither_file(tmp_path):
    """Before: the .safetensors stayed behind when the script could not be written."""
    out = tmp_path / "m.safetensors"
    assert main(["export", LSTM, "--to", "torch", "--out", str(tmp_path / "probe.safetensors")]) == 0
    sizes = sorted(p.stat().st_size for p in tmp_path.iterdir())
    for probe in tmp_path.iterdir():
        probe.unlink()
    done = _on_full_disk((sizes[0] + sizes[1]) // 2, "export", LSTM, "--to", "torch", "--out", str(out))
    _fails_in_one_line(done, "m.py: cannot write (File too large); no file was written")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="POSIX file size limits")
def test_formula_svg_on_a_full_disk_keeps_the_good_svg(tmp_path):
    """Before: a good SVG was replaced by a truncated one."""
    svg = tmp_path / "f.svg"
    argv = ["formula", "--cell", "lstm", "--of", "h_t", "--wrt", "U_f", "--svg", str(svg)]
    assert main(argv) == 0
    good = svg.read_bytes()
    assert len(good) > 3000
    _fails_in_one_line(_on_full_disk(2000, *argv), "--svg: cannot write", "File too large")
    assert svg.read_bytes() == good and sorted(p.name for p in tmp_path.iterdir()) == ["f.svg"]


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="POSIX file size limits")
def test_gui_screenshot_on_a_full_disk_leaves_no_truncated_png(tmp_path):
    shot = tmp_path / "w.png"
    done = _on_full_disk(20_000, "gui", RNN, "--screenshot", str(shot))
    _fails_in_one_line(done, "w.png: cannot write the screenshot (File too large)")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_new_over_a_read_only_file_is_refused(tmp_path, capsys):
    path = tmp_path / "m.json"
    assert main(["new", "--cell", "rnn", "--vocab", "PIGS", "--hidden", "2", "--out", str(path)]) == 0
    path.chmod(0o444)
    good = path.read_bytes()
    capsys.readouterr()
    err = one_line_error(*run_cli(capsys, "new", "--cell", "gru", "--vocab", "PIGS", "--hidden", "2", "--out",
                                  str(path)))
    assert "m.json: cannot write (the file is read-only)" in err and path.read_bytes() == good


def test_a_model_file_with_a_forged_line_stays_one_line(tmp_path, capsys):
    data = modelfile.model_to_dict(modelfile.load(RNN))
    data["params"]["W_xh\nlstm-studio: ok, all checks passed"] = [[1.0]]
    path = tmp_path / "forged.json"
    path.write_text(json.dumps(data))
    err = one_line_error(*run_cli(capsys, "info", str(path)))
    assert "params.W_xh\\nlstm-studio: ok, all checks passed: not a parameter" in err


def test_forward_of_the_overflowing_model_really_overflows(tmp_path):
    """The premise of the overflow tests: the model is valid, only its arithmetic leaves float64."""
    model = modelfile.load(_overflowing(tmp_path))
    with np.errstate(all="ignore"):
        assert not np.all(np.isfinite(forward(model, [0, 1, 2]).p))
