"""``lstm-studio formula`` and the three legs of ``lstm-studio gradcheck``."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest

import lstm_studio.symbolic
from lstm_studio.cli import main
from lstm_studio.document import modelfile
from lstm_studio.paths import presets
from lstm_studio.symbolic import derivative

LSTM = str(presets()["lstm_pigs"])
GRU = str(presets()["gru_pigs"])


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_formula_prints_the_lstm_derivative_in_gate_terms(capsys):
    code, out, err = run(capsys, "formula", "--cell", "lstm", "--of", "h_t", "--wrt", "U_f", "--latex")
    assert code == 0 and err == ""
    assert out == (
        r"\frac{{\partial}h_{t}}{{\partial}U_{f,jk}} = o_{t}\,(1 - \operatorname{tanh}^{2}\,c_{t})\,c_{t-1}\,"
        r"f_{t}\,(1 - f_{t})\,h_{t-1,k}" "\n"
    )
    code, out, _ = run(capsys, "formula", "--cell", "lstm", "--of", "h_t", "--wrt", "U_f")
    assert out == "∂h_t/∂U_f[j,k] = o_t (1 - tanh² c_t) c_{t−1} f_t (1 - f_t) h_{t−1,k}\n"


def test_formula_with_options_and_recurrent_paths(capsys):
    code, out, _ = run(capsys, "formula", "--cell", "gru", "--option", "update=z_keeps_old", "--option",
                       "reset=none", "--of", "h_t", "--wrt", "h_{t-1}")
    assert code == 0
    assert out == (
        "∂h_t/∂h_{t−1,k} = δ_jk z_t + (h_{t−1} - h̃_t) z_t (1 - z_t) U_z[j,k] + (1 - z_t) (1 - h̃_t²) U_h[j,k]\n"
    )
    code, out, _ = run(capsys, "formula", "--cell", "lstm", "--of", "c_t", "--wrt", "c_{t-1}")
    assert out == "∂c_t/∂c_{t−1,k} = δ_jk f_t\n"


def test_formula_evaluated_at_a_model_as_json(capsys):
    code, out, err = run(capsys, "formula", "--cell", "lstm", "--of", "h_t", "--wrt", "U_f", "--model", LSTM,
                         "--input", "PIG", "--t", "2", "--entry", "1,2", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert set(data) == {"latex", "latex_numeric", "value"}
    model = modelfile.load(LSTM)
    expected = derivative(model.spec, "h_t", "U_f").evaluate(model, [0, 1, 2], 2, (1, 2))
    assert data["value"] == expected.value and data["latex_numeric"] == expected.latex_numeric
    assert data["latex_numeric"].startswith(r"\frac{{\partial}h_{2,1}}{{\partial}U_{f,12}} = ")
    assert abs(data["value"] - 0.0123255) < 1e-7


def test_formula_json_without_a_model_has_no_numbers(capsys):
    _code, out, _ = run(capsys, "formula", "--cell", "rnn", "--of", "h_t", "--wrt", "b_h", "--json")
    assert json.loads(out) == {
        "latex": r"\frac{{\partial}h_{t}}{{\partial}b_{h,j}} = 1 - h_{t}^{2}", "latex_numeric": None, "value": None
    }


def test_formula_cell_comes_from_the_model_and_prints_the_value(capsys):
    code, out, _ = run(capsys, "formula", "--of", "h_t", "--wrt", "h_{t-1}", "--model", GRU, "--input", "PIGS",
                       "--t", "3", "--entry", "2,3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("∂h_t/∂h_{t−1,k} = δ_jk (1 - z_t) + ")
    model = modelfile.load(GRU)
    value = derivative(model.spec, "h_t", "h_{t-1}").evaluate(model, [0, 1, 2, 3], 3, (2, 3)).value
    assert lines[1] == f"at t=3, entry (2,3): {value:.10g}"


def test_formula_writes_svg(capsys, tmp_path):
    target = tmp_path / "f.svg"
    code, out, _ = run(capsys, "formula", "--cell", "lstm", "--of", "h_t", "--wrt", "U_f", "--svg", str(target))
    assert code == 0 and out == f"wrote {target}\n"
    svg = ET.fromstring(target.read_bytes())
    assert svg.tag.endswith("svg") and float(svg.get("width")) > 100


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--cell", "lstm", "--of", "h_t", "--wrt", "Q"], "wrt: 'Q' is not a parameter or state of the lstm cell"),
        (["--cell", "gru", "--of", "c_t", "--wrt", "U_z"], "of: the gru cell has no cell state c_t (use h_t)"),
        (["--cell", "cnn", "--of", "h_t", "--wrt", "U_z"], "formula: argument --cell: invalid choice: 'cnn'"),
        (["--of", "h_t", "--wrt", "U_f"], "--cell: required unless --model is given"),
        (["--cell", "lstm", "--wrt", "U_f"], "formula: the following arguments are required: --of"),
        (["--cell", "lstm", "--of", "h_t", "--wrt", "U_f", "--t", "2"], "--t: evaluating a formula needs --model"),
        (["--cell", "lstm", "--of", "h_t", "--wrt", "U_f", "--model", LSTM, "--input", "PIG", "--t", "2"],
         "--entry: required with --model"),
        (["--cell", "lstm", "--of", "h_t", "--wrt", "U_f", "--model", LSTM, "--input", "PIG", "--t", "4",
          "--entry", "1,2"], "t: 4 is not a step of this sequence (1..3)"),
        (["--cell", "lstm", "--of", "h_t", "--wrt", "U_f", "--model", LSTM, "--input", "PIG", "--t", "1",
          "--entry", "1,x"], "--entry '1,x': expected whole numbers separated by commas, e.g. 1,2"),
        (["--cell", "lstm", "--of", "h_t", "--wrt", "b_f", "--model", LSTM, "--input", "PIG", "--t", "1",
          "--entry", "1,1"], "entry: b_f needs 1 indices (j), got 2"),
        (["--cell", "lstm", "--of", "h_t", "--wrt", "U_f", "--model", LSTM, "--input", "PIX", "--t", "1",
          "--entry", "1,1"], "input: unknown token 'X' at position 3"),
        (["--cell", "rnn", "--of", "h_t", "--wrt", "U_f", "--model", LSTM, "--input", "PIG", "--t", "1",
          "--entry", "1,1"], "--cell: rnn, but the model's cell is lstm"),
        (["--of", "h_t", "--wrt", "U_z", "--option", "reset=after", "--model", GRU, "--input", "PIG", "--t", "1",
          "--entry", "1,1"], "--option: the model's conventions are reset=before, update=z_takes_new"),
        (["--cell", "gru", "--option", "reset", "--of", "h_t", "--wrt", "U_z"], "--option 'reset': expected key=value"),
        (["--cell", "gru", "--option", "reset=sideways", "--of", "h_t", "--wrt", "U_z"],
         "options.reset: 'sideways' is not one of before, after, none"),
        (["--cell", "lstm", "--of", "h_t", "--wrt", "U_f", "--latex", "--svg", "x.svg"],
         "formula: argument --svg: not allowed with argument --latex"),
        (["--cell", "lstm", "--of", "h_t", "--wrt", "U_f", "--svg", "/nonexistent/dir/x.svg"],
         "--svg /nonexistent/dir/x.svg: the folder /nonexistent/dir does not exist"),
    ],
)
def test_bad_arguments_end_in_one_line_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, "formula", *argv)
    assert code == 2 and out == ""
    assert err.startswith(f"lstm-studio: error: {message}"), err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_formula_command_as_a_process():
    done = subprocess.run(
        [sys.executable, "-m", "lstm_studio", "formula", "--cell", "lstm", "--of", "h_t", "--wrt", "Z"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("lstm-studio: error: wrt: 'Z'") and done.stderr.count("\n") == 1


# --- gradcheck ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(presets()))
def test_gradcheck_passes_with_three_legs_on_every_preset(capsys, name):
    code, out, err = run(capsys, "gradcheck", str(presets()[name]), "--input", "PIGSPIG")
    assert code == 0 and err == ""
    assert "sympy (derived local derivatives composed through the chain)" in out
    assert "engine↔sympy" in out and "DISAGREE" not in out
    assert out.rstrip().splitlines()[-1].startswith("all three legs agree")


def test_gradcheck_json_carries_the_sympy_leg(capsys):
    code, out, _ = run(capsys, "gradcheck", LSTM, "--input", "PIG", "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] and data["legs"] == ["engine", "finite_differences", "sympy"]
    for row in data["params"]:
        assert row["max_rel_error_sympy"] < 1e-12 and row["max_rel_error"] < 1e-6
        assert np.allclose(row["sympy"], row["engine"], rtol=1e-12, atol=1e-15)


def test_gradcheck_fails_when_the_sympy_leg_disagrees(capsys, monkeypatch):
    real = lstm_studio.symbolic.chain_gradients

    def off_by_a_little(model, tokens, targets):
        result = real(model, tokens, targets)
        result.params["U_o"] = result.params["U_o"] * (1 + 1e-4)
        return result

    monkeypatch.setattr(lstm_studio.symbolic, "chain_gradients", off_by_a_little)
    code, out, _ = run(capsys, "gradcheck", LSTM, "--input", "PIG")
    assert code == 1
    assert "U_o" in out and "DISAGREE" in out
    verdict = out.rstrip().splitlines()[-1]
    assert verdict.startswith("disagreement in U_o at [") and "sympy" in verdict.split(":")[1]
