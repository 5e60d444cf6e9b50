"""PyTorch both ways, against real torch modules: import equals torch's forward pass and gradients,
export loads into torch modules (and through the generated script) and gives the engine's numbers."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch", reason="PyTorch not installed: pip install torch==2.13.0")
from safetensors.torch import load_file, save_file  # noqa: E402
from torch import nn  # noqa: E402

from lstm_studio.cli import main  # noqa: E402
from lstm_studio.engine import forward, loss_and_gradients  # noqa: E402
from lstm_studio.engine.spec import layer_suffix  # noqa: E402
from lstm_studio.interop import export_torch, import_torch  # noqa: E402

from .helpers import SHAPES, TOL, TORCH_CELLS, random_model  # noqa: E402

pytestmark = pytest.mark.torch

#: PyTorch's gate blocks, top to bottom, as the engine's parameter suffixes (written independently of
#: the package's own table on purpose).
GATES = {"rnn": ("xh",), "lstm": ("i", "f", "c", "o"), "gru": ("r", "z", "h")}
INPUT = [0, 2, 1, 3, 3, 0]
TARGETS = [2, 1, 3, 0, 1, 2]


def torch_modules(kind: str, V: int, H: int, layers: int, bidirectional: bool, seed: int):
    torch.manual_seed(seed)
    args = dict(num_layers=layers, bidirectional=bidirectional, dtype=torch.float64)
    if kind.startswith("rnn"):
        rnn = nn.RNN(V, H, nonlinearity=kind.split("_")[1], **args)
    else:
        rnn = {"lstm": nn.LSTM, "gru": nn.GRU}[kind](V, H, **args)
    head = nn.Linear(H * (2 if bidirectional else 1), V, dtype=torch.float64)
    with torch.no_grad():
        for p in [*rnn.parameters(), *head.parameters()]:
            p.uniform_(-1.0, 1.0)
    return rnn, head


def torch_run(rnn, head, tokens, V, state=None):
    x = nn.functional.one_hot(torch.tensor(tokens), V).to(torch.float64)
    out, final = rnn(x) if state is None else rnn(x, state)
    return out, final, head(out)


def _case_id(case):
    kind, (layers, bidir) = case
    return f"{kind}-{layers}layer{'-bidir' if bidir else ''}"


CASES = [(kind, shape) for kind in TORCH_CELLS for shape in SHAPES]


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_import_equals_torch_forward_and_gradients(tmp_path, case):
    kind, (layers, bidirectional) = case
    V, H, K = 5, 4, 2 if bidirectional else 1
    rnn, head = torch_modules(kind, V, H, layers, bidirectional, seed=len(kind) + layers)
    tensors = {f"encoder.rnn.{k}": v for k, v in rnn.state_dict().items()}
    tensors.update({f"head.{k}": v for k, v in head.state_dict().items()})
    tensors["step"] = torch.tensor(7)  # an integer tensor the importer must leave alone
    path = tmp_path / "trained.safetensors"
    save_file(tensors, str(path))

    activation = "relu" if kind == "rnn_relu" else None
    model, report = import_torch(path, vocab="a b c d e", activation=activation)
    cell, options = TORCH_CELLS[kind]
    assert (model.cell, model.spec.opts) == (cell, options)
    assert (model.vocab_size, model.hidden_size, model.layers, model.bidirectional) == (V, H, layers, bidirectional)
    assert report.module == "encoder.rnn" and report.output_layer == "head"
    assert "step" in " ".join(report.notes)

    out, final, y = torch_run(rnn, head, INPUT, V)
    loss = nn.functional.cross_entropy(y, torch.tensor(TARGETS), reduction="sum")
    loss.backward()
    ours, trace, grads = loss_and_gradients(model, INPUT, TARGETS)

    assert abs(ours - loss.item()) < TOL
    assert np.abs(trace.y[:, 0] - y.detach().numpy()).max() < TOL
    assert np.abs(trace.out[:, 0] - out.detach().numpy()).max() < TOL
    h_n = (final[0] if kind == "lstm" else final).detach().numpy()
    for layer in range(layers):
        for k, lt in enumerate(trace.layers[layer]):
            assert np.abs(lt.h[-1, 0] - h_n[layer * K + k]).max() < TOL
            if kind == "lstm":
                assert np.abs(lt.c[-1, 0] - final[1].detach().numpy()[layer * K + k]).max() < TOL

    g = grads.params
    blocks = GATES[cell]
    for layer in range(layers):
        for k in range(K):
            torch_suffix = f"_l{layer}" + ("_reverse" if k else "")
            ours_suffix = layer_suffix(layer, bool(k))
            tg = {name: getattr(rnn, name + torch_suffix).grad.numpy() for name in
                  ("weight_ih", "weight_hh", "bias_ih", "bias_hh")}
            for j, gate in enumerate(blocks):
                rows = slice(j * H, (j + 1) * H)
                W, U = ("W_xh", "W_hh") if cell == "rnn" else (f"W_{gate}", f"U_{gate}")
                b = "b_h" if cell == "rnn" else f"b_{gate}"
                assert np.abs(g[W + ours_suffix] - tg["weight_ih"][rows]).max() < TOL
                assert np.abs(g[U + ours_suffix] - tg["weight_hh"][rows]).max() < TOL
                assert np.abs(g[b + ours_suffix] - tg["bias_ih"][rows]).max() < TOL
                hh = "b_hn" if (cell == "gru" and gate == "h") else b
                assert np.abs(g[hh + ours_suffix] - tg["bias_hh"][rows]).max() < TOL
    assert np.abs(g["W_hy"] - head.weight.grad.numpy()).max() < TOL
    assert np.abs(g["b_y"] - head.bias.grad.numpy()).max() < TOL


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_export_loads_into_torch_modules(tmp_path, case):
    kind, (layers, bidirectional) = case
    cell, options = TORCH_CELLS[kind]
    model = random_model(cell, options, layers, bidirectional, seed=layers * 10 + bidirectional)
    weights, script = export_torch(model, tmp_path / "model.safetensors")
    assert script.name == "model.py" and script.exists()

    state = load_file(str(weights))
    V, H = model.vocab_size, model.hidden_size
    rnn, head = torch_modules(kind, V, H, layers, bidirectional, seed=99)
    rnn.load_state_dict({k.removeprefix("rnn."): v for k, v in state.items() if k.startswith("rnn.")})
    head.load_state_dict({"weight": state["out.weight"], "bias": state["out.bias"]})
    initial = (state["h0"], state["c0"]) if cell == "lstm" else state["h0"]
    out, _, y = torch_run(rnn, head, INPUT, V, initial)
    trace = forward(model, INPUT)
    assert np.abs(trace.y[:, 0] - y.detach().numpy()).max() < TOL
    assert np.abs(trace.out[:, 0] - out.detach().numpy()).max() < TOL

    back, report = import_torch(weights)
    assert report.vocab_origin == "file" and back.vocab == model.vocab and back.name == model.name
    assert back.spec == model.spec
    assert set(back.params) == set(model.params)
    for name, value in model.params.items():
        assert np.array_equal(back.params[name], value), name
    for name, value in model.initial_state.items():
        assert np.array_equal(back.initial_state[name], value), name


@pytest.mark.parametrize("kind, layers, bidirectional", [
    ("rnn_relu", 2, True), ("lstm", 2, True), ("gru", 2, True), ("lstm", 1, False),
])
def test_generated_script_runs_in_torch_and_matches(tmp_path, kind, layers, bidirectional):
    cell, options = TORCH_CELLS[kind]
    model = random_model(cell, options, layers, bidirectional, seed=5)
    _, script = export_torch(model, tmp_path / "exported.safetensors")
    result = subprocess.run(
        [sys.executable, str(script), "PIGSSP", "--json"], capture_output=True, text=True, timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    trace = forward(model, [0, 1, 2, 3, 3, 0])
    assert np.abs(np.array(printed["y"]) - trace.y[:, 0]).max() < TOL
    assert np.abs(np.array(printed["p"]) - trace.p[:, 0]).max() < TOL


def test_cli_round_trip_through_torch(tmp_path, capsys):
    model = random_model("lstm", {}, 2, True, seed=3)
    from lstm_studio.document import modelfile

    modelfile.save(model, tmp_path / "m.json")
    assert main(["export", str(tmp_path / "m.json"), "--to", "torch", "--out", str(tmp_path / "m.safetensors")]) == 0
    assert main(["import", str(tmp_path / "m.safetensors"), "--from", "torch", "--out", str(tmp_path / "b.json")]) == 0
    out = capsys.readouterr().out
    assert "nn.LSTM 'rnn'" in out and "output layer: 'out'" in out
    back = modelfile.load(tmp_path / "b.json")
    assert all(np.array_equal(back.params[k], v) for k, v in model.params.items())


@pytest.mark.parametrize("legacy", [False, True], ids=["zip", "legacy-pickle"])
def test_torch_save_files_are_refused_without_unpickling(tmp_path, capsys, legacy):
    rnn, _ = torch_modules("lstm", 4, 3, 1, False, seed=0)
    path = tmp_path / "model.pt"
    torch.save(rnn.state_dict(), path, _use_new_zipfile_serialization=not legacy)
    assert main(["import", str(path), "--from", "torch", "--out", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "never unpickles" in err and "safetensors" in err
    assert main(["import", str(path), "--from", "keras", "--out", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "never unpickles" in err
    assert not (tmp_path / "x.json").exists()


def test_lstm_with_projections_is_refused(tmp_path):
    rnn = nn.LSTM(4, 3, proj_size=2, dtype=torch.float64)
    save_file({f"lstm.{k}": v.contiguous() for k, v in rnn.state_dict().items()}, str(tmp_path / "p.safetensors"))
    from lstm_studio.document.errors import InputError

    with pytest.raises(InputError, match="proj_size"):
        import_torch(tmp_path / "p.safetensors")
