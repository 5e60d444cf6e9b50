"""Code export and trace export: the NumPy script, run on its own, prints what ``lstm-studio run`` prints;
the CSV trace holds every gate, state and output of the engine's trace."""

from __future__ import annotations

import ast
import csv
import io
import json
import subprocess
import sys

import numpy as np
import pytest

from lstm_studio.cli import main
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.engine import forward
from lstm_studio.interop import export_csv, export_numpy, numpy_script, torch_script, trace_csv, trace_table

from .helpers import TOL, max_diff, random_model

MODELS = {
    "rnn-tanh": ("rnn", {"activation": "tanh"}, 1, False),
    "rnn-relu-2layer": ("rnn", {"activation": "relu"}, 2, False),
    "lstm-bidir": ("lstm", {}, 1, True),
    "peephole-diagonal": ("peephole_lstm", {"peephole": "diagonal"}, 1, False),
    "peephole-full-2layer-bidir": ("peephole_lstm", {"peephole": "full"}, 2, True),
    "gru-before-takes-new": ("gru", {"reset": "before", "update": "z_takes_new"}, 1, False),
    "gru-after-keeps-old-2layer": ("gru", {"reset": "after", "update": "z_keeps_old"}, 2, False),
    "gru-none-bidir": ("gru", {"reset": "none", "update": "z_takes_new"}, 1, True),
}


@pytest.mark.parametrize("name", MODELS)
def test_numpy_script_prints_the_numbers_of_run(tmp_path, capsys, name):
    cell, options, layers, bidirectional = MODELS[name]
    model = random_model(cell, options, layers, bidirectional, seed=len(name))
    modelfile.save(model, tmp_path / "model.json")
    script = export_numpy(model, tmp_path / "forward.py", default_input="PIGS")

    assert main(["run", str(tmp_path / "model.json"), "--input", "PIGSPIG", "--json"]) == 0
    expected = json.loads(capsys.readouterr().out)
    # -I: isolated, so the script cannot reach lstm_studio; it needs NumPy only.
    result = subprocess.run(
        [sys.executable, "-I", str(script), "PIGSPIG", "--json"], capture_output=True, text=True, timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert max_diff(expected, json.loads(result.stdout)) < TOL

    readable = subprocess.run([sys.executable, "-I", str(script)], capture_output=True, text=True, timeout=60)
    assert readable.returncode == 0, readable.stderr
    assert readable.stdout.startswith("t=1  input P  ->  prediction ")
    assert "t=4  input S" in readable.stdout


def test_numpy_script_reads_like_the_equations():
    model = random_model("gru", {"reset": "after", "update": "z_keeps_old"}, seed=1)
    text = numpy_script(model)
    assert "import lstm_studio" not in text and "from lstm_studio" not in text
    assert 'h_tilde = np.tanh(p["W_h"] @ x + p["b_h"] + r * (p["U_h"] @ h_prev + p["b_hn"]))' in text
    assert "h = z * h_prev + (1.0 - z) * h_tilde" in text
    assert "z keeps the old state (update=z_keeps_old)" in text
    assert repr(float(model.params["U_z"][1, 2])) in text  # weights are written out in full
    compile(text, "forward.py", "exec")


def test_generated_scripts_survive_any_model_name():
    model = random_model("lstm", {}, seed=1)
    model.name = 'He said """stop""" \\ and\nleft'
    compile(numpy_script(model), "forward.py", "exec")
    compile(torch_script(model, 'weights "1".safetensors'), "model.py", "exec")


def test_numpy_script_default_input_is_checked():
    model = random_model("rnn", {}, seed=1)
    with pytest.raises(InputError, match="unknown token 'X'"):
        numpy_script(model, default_input="PIX")


@pytest.mark.parametrize("name", ["lstm-bidir", "gru-after-keeps-old-2layer", "rnn-tanh"])
def test_csv_trace_holds_every_gate_state_and_output(tmp_path, name):
    cell, options, layers, bidirectional = MODELS[name]
    model = random_model(cell, options, layers, bidirectional, seed=2)
    path = export_csv(model, tmp_path / "trace.csv", "PIGSS")
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    trace = forward(model, [0, 1, 2, 3, 3])
    column = {name: j for j, name in enumerate(header)}
    assert len(body) == 5 and [r[1] for r in body] == list("PIGSS")
    H = model.hidden_size
    for layer, directions in enumerate(trace.layers):
        for lt in directions:
            suffix = ("_l2" if layer else "") + ("_rev" if lt.reverse else "")
            wanted = {g: lt.gate_time(g)[:, 0] for g in model.spec.gates}
            wanted["h"] = lt.h_time[:, 0]
            if lt.c is not None:
                wanted["c"] = lt.c_time[:, 0]
            if cell == "rnn":
                wanted["a"] = lt.pre_time("a")[:, 0]
            for quantity, values in wanted.items():
                got = np.array([[float(r[column[f"{quantity}{suffix}[{j + 1}]"]]) for j in range(H)] for r in body])
                assert np.array_equal(got, values), (quantity, suffix)  # full precision: exact
    for v, token in enumerate(model.vocab):
        assert np.array_equal([float(r[column[f"p[{token}]"]]) for r in body], trace.p[:, 0, v])
        assert np.array_equal([float(r[column[f"y[{token}]"]]) for r in body], trace.y[:, 0, v])
    assert [r[-1] for r in body] == [model.vocab[k] for k in trace.prediction[:, 0]]


def test_csv_quotes_tokens_that_need_it():
    model = random_model("rnn", {}, vocab="ab", hidden=2, seed=0)
    model.vocab = ["a,b", 'say "hi"']
    model.params["W_hy"] = model.params["W_hy"][:2]
    header, _ = trace_table(model, "a,b a,b")
    rows = list(csv.reader(io.StringIO(trace_csv(model, "a,b a,b"))))
    assert rows[0] == header and 'p[say "hi"]' in header and rows[1][1] == "a,b"


def test_cli_exports_numpy_and_csv(tmp_path, capsys):
    model = random_model("lstm", {}, seed=4)
    modelfile.save(model, tmp_path / "m.json")
    assert main(["export", str(tmp_path / "m.json"), "--to", "numpy", "--out", str(tmp_path / "m.py")]) == 0
    assert main(["export", str(tmp_path / "m.json"), "--to", "csv", "--input", "PIG",
                 "--out", str(tmp_path / "m.csv")]) == 0
    assert (tmp_path / "m.py").exists() and (tmp_path / "m.csv").read_text().count("\n") == 4
    assert main(["export", str(tmp_path / "m.json"), "--to", "csv", "--out", str(tmp_path / "n.csv")]) == 2
    assert "needs --input" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "m.json"), "--to", "csv", "--input", "PIX",
                 "--out", str(tmp_path / "n.csv")]) == 2
    assert "unknown token 'X'" in capsys.readouterr().err
    assert not (tmp_path / "n.csv").exists()


HOSTILE = ['"""', "'''", ";import os;os.system(\"echo PWNED\")", '__import__("pathlib").Path("PWNED").touch()',
           "\ud800", "a\nb", "\\", "{VOCAB}"]


def _literal(text: str, name: str):
    """The value of the script's top-level ``name = <literal>``."""
    for node in ast.parse(text).body:
        if isinstance(node, ast.Assign) and [t.id for t in node.targets] == [name]:
            return ast.literal_eval(node.value)
    raise AssertionError(f"no {name} in the script")


@pytest.mark.parametrize(("cell", "options", "vocab", "default_input"), [
    # multi-character tokens, some with white space, quotes, code, a lone surrogate: the default input is all
    ("lstm", {}, HOSTILE, None),
    # one-character tokens, the input typed as text
    ("gru", {"reset": "after", "update": "z_keeps_old"}, ['"', "'", "\\", ";", "\ud800", "P"], "\"\"\"'''\\;\ud800P"),
])
def test_user_text_enters_the_script_only_as_literals(tmp_path, cell, options, vocab, default_input):
    model = random_model(cell, options, vocab="PIGS", seed=5)
    model.vocab = list(vocab)
    rng = np.random.default_rng(9)
    model.params["W_hy"] = rng.uniform(-1, 1, (len(vocab), model.hidden_size))
    model.params["b_y"] = rng.uniform(-1, 1, len(vocab))
    for name in [n for n in model.params if n.startswith("W_") and n != "W_hy"]:
        model.params[name] = rng.uniform(-1, 1, (model.hidden_size, len(vocab)))
    model.name = 'x"""\n\'\'\'; import os; os.system("echo PWNED") # \ud800 \\N{BULLET} {NAME}'
    script = export_numpy(model, tmp_path / "hostile.py", default_input=default_input)
    text = script.read_text(encoding="utf-8")

    assert _literal(text, "NAME") == model.name and _literal(text, "VOCAB") == model.vocab
    expected_tokens = list(vocab) if default_input is None else [
        ch for ch in default_input if not ch.isspace()]
    assert _literal(text, "DEFAULT_INPUT") == expected_tokens
    without_literals = text.replace(repr(model.name), "").replace(repr(model.vocab), "")
    for token in ("os.system", "PWNED", "\ud800", "{NAME}"):
        assert token not in without_literals  # nowhere else, not in the docstring either

    for args in (["--json"], []):
        result = subprocess.run([sys.executable, "-I", str(script), *args], capture_output=True, timeout=60,
                                cwd=tmp_path)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        lines = (result.stdout + result.stderr).decode("utf-8", "replace").splitlines()
        assert "PWNED" not in [line.strip() for line in lines]  # echo never ran
        assert not (tmp_path / "PWNED").exists()  # nor did the Path(...).touch()
    steps = json.loads(subprocess.run([sys.executable, "-I", str(script), "--json"], capture_output=True,
                                      timeout=60, cwd=tmp_path).stdout)["steps"]
    indices = [model.vocab.index(token) for token in expected_tokens]
    trace = forward(model, indices)
    assert [step["token"] for step in steps] == expected_tokens
    for t, step in enumerate(steps):
        assert max_diff(step["p"], trace.p[t, 0].tolist()) < TOL
        assert max_diff(step["h"], trace.h[t, 0].tolist()) < TOL
        assert step["prediction"] == model.vocab[int(trace.prediction[t, 0])]
