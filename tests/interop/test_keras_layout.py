"""Keras both ways, against a reference written from Keras's documented cell equations (keras_reference.py;
Keras itself is not installed): exported arrays run through the reference give the engine's logits, and
arrays in Keras's layout imported here give the reference's logits."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_studio.document.errors import InputError
from lstm_studio.engine import forward
from lstm_studio.interop import export_keras, import_keras, keras_refusal, keras_weights

from . import keras_reference
from .helpers import SHAPES, TOL, random_model

INPUT = [0, 2, 1, 3, 3, 0, 1]
KERAS_CELLS = {
    "simple_rnn_tanh": ("rnn", {"activation": "tanh"}),
    "simple_rnn_relu": ("rnn", {"activation": "relu"}),
    "lstm": ("lstm", {}),
    "gru_reset_after": ("gru", {"reset": "after", "update": "z_keeps_old"}),
    "gru_reset_before": ("gru", {"reset": "before", "update": "z_keeps_old"}),
}
CASES = [(kind, shape) for kind in KERAS_CELLS for shape in SHAPES]


def _id(case):
    kind, (layers, bidir) = case
    return f"{kind}-{layers}layer{'-bidir' if bidir else ''}"


def _one_hot(tokens, V):
    return [np.eye(V)[k] for k in tokens]


def _by_position(arrays: list[np.ndarray], layers: int, bidirectional: bool):
    """Split a get_weights()-ordered list into the reference's recurrent layers and Dense."""
    it = iter(arrays)
    recurrent = []
    for _ in range(layers):
        forward_weights = (next(it), next(it), next(it))
        recurrent.append((forward_weights, (next(it), next(it), next(it))) if bidirectional else forward_weights)
    dense = (next(it), next(it))
    assert next(it, None) is None
    return recurrent, dense


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_export_runs_in_keras_equations_like_the_engine(tmp_path, case):
    kind, (layers, bidirectional) = case
    cell, options = KERAS_CELLS[kind]
    model = random_model(cell, options, layers, bidirectional, seed=layers + 2 * bidirectional, initial_state=False)
    path = export_keras(model, tmp_path / "weights.npz")
    with np.load(path, allow_pickle=False) as npz:
        names = list(npz.files)
        arrays = [npz[k] for k in names]
    # The file's order is model.get_weights()'s order, so set_weights(list of them) loads it.
    recurrent, dense = _by_position(arrays, layers, bidirectional)
    base = kind.rsplit("_", 1)[0] if kind.startswith("simple") else kind.split("_")[0]
    leaves = [n.rsplit("/", 1)[1] for n in names]
    assert leaves == ["kernel", "recurrent_kernel", "bias"] * (layers * model.directions) + ["kernel", "bias"]
    if kind == "gru_reset_after":
        assert arrays[2].shape == (2, 3 * model.hidden_size)
    reference = keras_reference.network(
        _one_hot(INPUT, model.vocab_size), base, recurrent, dense, activation=options.get("activation", "tanh")
    )
    trace = forward(model, INPUT)
    assert np.abs(reference - trace.y[:, 0]).max() < TOL
    back, report = import_keras(path, vocab="PIGS", activation=options.get("activation", "tanh"))
    assert back.spec == model.spec and report.output_layer == "dense"
    for name, value in model.params.items():
        assert np.array_equal(back.params[name], value), name


def _keras_arrays(kind: str, V: int, H: int, layers: int, bidirectional: bool, seed: int, style: str):
    """Random arrays in Keras's layout, named as Keras 3 (``path``) or TensorFlow 2 (``name:0``) writes them,
    with user-chosen layer names; returns (named arrays, reference recurrent layers, reference dense)."""
    rng = np.random.default_rng(seed)
    base = kind.rsplit("_", 1)[0] if kind.startswith("simple") else kind.split("_")[0]
    G = {"simple_rnn": 1, "lstm": 4, "gru": 3}[base]
    two_rows = kind == "gru_reset_after"
    K = 2 if bidirectional else 1
    named, recurrent = {}, []
    for layer in range(layers):
        D = V if layer == 0 else K * H
        layer_name = f"encoder_{base}_{layer}"
        pair = []
        for direction in ("forward", "backward")[:K]:
            weights = (
                rng.uniform(-1, 1, (D, G * H)),
                rng.uniform(-1, 1, (H, G * H)),
                rng.uniform(-1, 1, (2, G * H) if two_rows else (G * H,)),
            )
            prefix = f"{layer_name}/{base}_cell"
            if bidirectional:
                prefix = f"bi_{layer}/{direction}_{prefix}"
            for leaf, value in zip(("kernel", "recurrent_kernel", "bias"), weights):
                named[f"{prefix}/{leaf}" + (":0" if style == "tf2" else "")] = value
            pair.append(weights)
        recurrent.append(tuple(pair) if bidirectional else pair[0])
    dense = (rng.uniform(-1, 1, (K * H, V)), rng.uniform(-1, 1, V))
    named["classifier/kernel" + (":0" if style == "tf2" else "")] = dense[0]
    named["classifier/bias" + (":0" if style == "tf2" else "")] = dense[1]
    return named, recurrent, dense


@pytest.mark.parametrize("style", ["keras3", "tf2"])
@pytest.mark.parametrize("case", CASES, ids=_id)
def test_import_equals_keras_equations(tmp_path, case, style):
    kind, (layers, bidirectional) = case
    V, H = 5, 3
    named, recurrent, dense = _keras_arrays(kind, V, H, layers, bidirectional, seed=layers, style=style)
    np.savez(tmp_path / "keras.npz", **named)
    activation = "relu" if kind.endswith("relu") else "tanh"
    model, report = import_keras(tmp_path / "keras.npz", vocab="v w x y z", activation=activation)
    cell, options = KERAS_CELLS[kind]
    assert (model.cell, model.spec.opts) == (cell, options)
    assert (model.vocab_size, model.hidden_size, model.layers, model.bidirectional) == (V, H, layers, bidirectional)
    assert report.output_layer == "classifier"
    base = kind.rsplit("_", 1)[0] if kind.startswith("simple") else kind.split("_")[0]
    reference = keras_reference.network(_one_hot(INPUT, V), base, recurrent, dense, activation=activation)
    assert np.abs(reference - forward(model, INPUT).y[:, 0]).max() < TOL


def test_bare_names_of_a_single_layer_work(tmp_path):
    rng = np.random.default_rng(0)
    kernel, recurrent_kernel, bias = rng.uniform(-1, 1, (4, 12)), rng.uniform(-1, 1, (3, 12)), rng.uniform(-1, 1, 12)
    np.savez(tmp_path / "w.npz", kernel=kernel, recurrent_kernel=recurrent_kernel, bias=bias)
    model, report = import_keras(tmp_path / "w.npz")
    assert model.cell == "lstm" and report.output_layer is None and report.vocab_origin == "generic"
    assert model.vocab == ["A", "B", "C", "D"]
    assert not model.params["W_hy"].any() and "uniform" in " ".join(report.notes)
    xs = _one_hot(INPUT, 4)
    hs = np.array(keras_reference.lstm(xs, kernel, recurrent_kernel, bias))
    assert np.abs(forward(model, INPUT).h[:, 0] - hs).max() < TOL


@pytest.mark.parametrize("cell, options, reason", [
    ("peephole_lstm", {}, "no peephole connections"),
    ("gru", {"reset": "none"}, "simplified GRU"),
    ("gru", {"reset": "after", "update": "z_takes_new"}, "z keeps the old state"),
])
def test_conventions_keras_lacks_are_refused(tmp_path, cell, options, reason):
    model = random_model(cell, options, initial_state=False)
    assert reason in keras_refusal(model)
    with pytest.raises(InputError, match=reason):
        export_keras(model, tmp_path / "x.npz")
    assert not (tmp_path / "x.npz").exists()


def test_a_non_zero_initial_state_is_refused_for_keras():
    model = random_model("lstm", {}, initial_state=True)
    with pytest.raises(InputError, match="initial_state"):
        keras_weights(model)
