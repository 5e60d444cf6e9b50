"""Text from a model file or a user never becomes code: hostile tokens, names and file names go through
every exporter — the PyTorch loading script, the NumPy script, the CSV trace — and come out as string
literals made by repr() (scripts) or as plain text cells (CSV), also after a round trip through a
received .safetensors file."""

from __future__ import annotations

import ast
import csv
import io
import json
import subprocess
import sys
import tokenize

import numpy as np
import pytest

from lstm_studio.cli import main
from lstm_studio.document import modelfile
from lstm_studio.engine import new_model
from lstm_studio.interop import export_csv, export_numpy, export_torch, import_torch, trace_csv

PAYLOAD = 'open("PWNED", "w")'  # short enough for a token once its space is gone
#: Tokens with no white space (multi-character tokens may not contain any), each one trying to close a
#: string, a docstring or an f-string, or to start a spreadsheet formula or an HTML comment.
_BARE = PAYLOAD.replace(" ", "")
MULTI = ['"""', "'''", "\\", "\\N{", "+" + _BARE + "#", '";' + _BARE + ';"', "=1+2", "-3", "@SUM(A1)", "<!--",
         "{x}", "}}", "\\u0041"]
SINGLE = ['"', "'", "\\", "{", "}", "=", "+", "-", "@", "<", "#"]
NAMES = ['"""+' + PAYLOAD + '+"""', "\\N{" + PAYLOAD, "x' + " + PAYLOAD + " + '"]
FILE_NAMES = ['w"""\n' + PAYLOAD + '\n#.safetensors', "we'ights\\.safetensors"]

STUB_TORCH = """
import sys, types
torch = types.ModuleType("torch")
torch.nn = types.SimpleNamespace(Module=object)
torch.float64 = None
sys.modules["torch"] = torch
sys.modules["safetensors"] = types.ModuleType("safetensors")
sys.modules["safetensors.torch"] = types.SimpleNamespace(load_file=None)
namespace = {"__name__": "exported", "__file__": sys.argv[1]}
exec(compile(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1], "exec"), namespace)
print(repr((namespace["NAME"], namespace["VOCAB"], namespace["DEFAULT_INPUT"], namespace["WEIGHTS"].name)))
"""


def _model(vocab: list[str], name: str):
    model = new_model("lstm", vocab, 2, seed=5, name=name)
    modelfile.validated(model)
    return model


def _user_text_only_in_whole_literals(source: str, user_texts: set[str]) -> None:
    """Every string literal in ``source`` that holds any part of the payload must be exactly one of the
    user's texts (so the text was written by repr(), not spliced into a longer literal or into code),
    and no part of the payload may appear outside string literals."""
    code = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        is_string = token.type == tokenize.STRING
        prefix = token.string[: min(token.string.find(q) for q in "'\"" if q in token.string)] if is_string else ""
        if is_string and "f" not in prefix.lower():  # f-strings are the script's own code
            value = ast.literal_eval(token.string)
            if "PWNED" in value:
                assert value in user_texts, f"user text inside a longer literal: {token.string[:80]}"
        elif token.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE):
            code.append(token.string)
    assert "PWNED" not in " ".join(code)


def _run(cwd, *argv) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *argv], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("vocab", [MULTI, SINGLE], ids=["multi", "single"])
@pytest.mark.parametrize("name", NAMES, ids=["quotes", "named-escape", "concatenation"])
def test_the_torch_script_holds_user_text_only_as_repr_literals(tmp_path, vocab, name):
    model = _model(vocab, name)
    for file_name in FILE_NAMES:
        _weights, script = export_torch(model, tmp_path / file_name)
        source = script.read_text(encoding="utf-8")
        docstring = ast.get_docstring(ast.parse(source))
        assert not any(text in docstring for text in [name, file_name] + [t for t in vocab if len(t) > 1])
        default = " ".join(vocab) if len(vocab[0]) > 1 else "".join(vocab)
        _user_text_only_in_whole_literals(source, {name, default, file_name, *vocab})
        done = _run(tmp_path, "-c", STUB_TORCH, str(script))
        assert done.returncode == 0, done.stderr
        assert ast.literal_eval(done.stdout) == (name, vocab, default, file_name)
        assert not (tmp_path / "PWNED").exists()


def _numpy_case(vocab, name):
    model = _model(vocab, name)
    text = " ".join(vocab[:3]) if len(vocab[0]) > 1 else "".join(vocab[:3])
    return model, text


@pytest.mark.parametrize("vocab", [MULTI, SINGLE], ids=["multi", "single"])
def test_the_numpy_script_runs_hostile_text_as_data(tmp_path, capsys, vocab):
    model, text = _numpy_case(vocab, NAMES[0])
    script = export_numpy(model, tmp_path / "model.py", text)
    _user_text_only_in_whole_literals(script.read_text(encoding="utf-8"), {NAMES[0], text, *vocab})
    done = _run(tmp_path, str(script), "--json")
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "PWNED").exists()
    modelfile.save(model, tmp_path / "m.json")
    assert main(["run", str(tmp_path / "m.json"), "--input", text, "--json"]) == 0
    _same_run(json.loads(done.stdout), json.loads(capsys.readouterr().out))


def _same_run(script, engine) -> None:
    """The script's run equals the engine's: tokens and predictions exactly, numbers to 1e-12 (the script's
    readable step sums in another order than the engine, so the last bits may differ)."""
    if isinstance(engine, dict):
        assert script.keys() == engine.keys()
        for key in engine:
            _same_run(script[key], engine[key])
    elif isinstance(engine, list):
        assert len(script) == len(engine)
        for a, b in zip(script, engine):
            _same_run(a, b)
    elif isinstance(engine, float):
        assert script == pytest.approx(engine, rel=1e-12, abs=1e-12)
    else:
        assert script == engine


def test_hostile_tokens_survive_a_received_safetensors_file_and_stay_data(tmp_path):
    """The route of the report: tokens in a .safetensors file's metadata, imported, exported again."""
    model = _model(MULTI, NAMES[0])
    weights, _ = export_torch(model, tmp_path / "received.safetensors")
    imported, report = import_torch(weights)
    assert imported.vocab == MULTI and imported.name == NAMES[0] and report.vocab_origin == "file"
    _, script = export_torch(imported, tmp_path / "again.safetensors")
    _user_text_only_in_whole_literals(script.read_text(encoding="utf-8"), {NAMES[0], " ".join(MULTI),
                                                                            "again.safetensors", *MULTI})


@pytest.mark.parametrize("vocab", [MULTI, SINGLE], ids=["multi", "single"])
def test_csv_cells_a_spreadsheet_would_evaluate_are_text(tmp_path, vocab):
    model = _model(vocab, "m")
    text = " ".join(vocab) if len(vocab[0]) > 1 else "".join(vocab)
    rows = list(csv.reader(io.StringIO(trace_csv(model, text))))
    tokens = [row[1] for row in rows[1:]]
    predictions = [row[-1] for row in rows[1:]]
    formula = ("=", "+", "-", "@")
    assert tokens == [("'" + t) if t.startswith(formula) else t for t in vocab]
    assert not any(cell.startswith(formula) for cell in tokens + predictions + rows[0])
    assert {p.removeprefix("'") for p in predictions if p.startswith("'") and p[1:].startswith(formula)} <= set(vocab)
    numbers = [float(v) for v in rows[1][2:-1]]
    assert any(v < 0 for v in numbers) and all(np.isfinite(numbers))  # numbers keep their minus sign
    written = export_csv(model, tmp_path / "t.csv", text)
    assert written.read_text(encoding="utf-8") == trace_csv(model, text)


@pytest.mark.parametrize("out", ["", ".", "dir/"])
def test_torch_export_without_a_file_name_is_one_line(tmp_path, capsys, out, monkeypatch):
    """Before: export --to torch --out '' raised ValueError "PosixPath('.') has an empty name"."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dir").mkdir()
    modelfile.save(new_model("lstm", list("PIGS"), 2), tmp_path / "m.json")
    assert main(["export", "m.json", "--to", "torch", "--out", out]) == 2
    err = capsys.readouterr().err
    assert err.startswith("lstm-studio: error: ") and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir", "m.json"]
