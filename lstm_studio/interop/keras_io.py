"""Keras weights as ``.npz``, both ways (layout: :mod:`.keras_layout`).

Import reads the arrays by their Keras names, as ``numpy.savez(path, **{w.path: w.numpy() for w in
model.weights})`` writes them (Keras 3 paths such as ``lstm/lstm_cell/kernel``; TensorFlow 2's
``lstm/lstm_cell/kernel:0`` works too). Arrays are grouped by the path before their last part
(``kernel``, ``recurrent_kernel``, ``bias``): a group with a recurrent kernel is a recurrent layer, one
inside a ``forward_*``/``backward_*`` part is a direction of a Bidirectional layer, and stacked
layers come in the file's order (Keras lists a model's weights layer by layer). The output Dense is a
group with a (K·H, V) kernel, found by shape or named.

Export writes the same names, in the order of ``model.get_weights()`` for the equivalent Sequential
model, so ``model.set_weights([w[k] for k in w.files])`` loads it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from lstm_studio.document.errors import InputError
from lstm_studio.engine import CellSpec, Model
from lstm_studio.engine.spec import layer_suffix
from lstm_studio.interop.common import (
    ImportReport,
    as_float,
    cell_of_recurrent_weight,
    check_sizes,
    expect_shape,
    finish_model,
    model_name,
    refuse,
    resolve_vocab,
)
from lstm_studio.interop.files import load_npz, save_npz
from lstm_studio.interop.keras_layout import KERAS_CLASS, LAYER_NAME, layer_from_keras, layer_to_keras

_LEAVES = ("kernel", "recurrent_kernel", "bias")


def keras_weights(model: Model) -> dict[str, np.ndarray]:
    """The model as named Keras arrays, in ``get_weights()`` order of the equivalent Sequential model:
    [Bidirectional(] SimpleRNN|LSTM|GRU(H, return_sequences=True) [)] × layers, then Dense(V)."""
    refuse(model, "keras")
    base = LAYER_NAME[model.cell]
    reset = model.spec.option("reset") if model.cell == "gru" else None
    arrays: dict[str, np.ndarray] = {}
    for layer in range(model.layers):
        number = f"_{layer}" if layer else ""
        name = f"{base}{number}"
        if model.bidirectional:
            prefixes = [f"bidirectional{number}/forward_{name}", f"bidirectional{number}/backward_{name}"]
        else:
            prefixes = [name]
        for prefix, rev in zip(prefixes, (False, True)):
            for leaf, value in layer_to_keras(model.cell, model.layer_params(layer, rev), reset).items():
                arrays[f"{prefix}/{base}_cell/{leaf}"] = value
    arrays["dense/kernel"] = model.params["W_hy"].T.copy()
    arrays["dense/bias"] = model.params["b_y"].copy()
    return arrays


def export_keras(model: Model, path) -> Path:
    """Write the Keras arrays as an ``.npz`` archive; InputError naming the reason when Keras cannot."""
    return save_npz(path, keras_weights(model))


# --- import ------------------------------------------------------------------------------------------


def _groups(path: Path, arrays: dict) -> dict[str, dict[str, str]]:
    """Group prefix -> leaf -> array name, in the file's order."""
    groups: dict[str, dict[str, str]] = {}
    for key in arrays:
        parts = key.removesuffix(":0").replace("\\", "/").split("/")
        if parts[-1] in _LEAVES:
            groups.setdefault("/".join(parts[:-1]), {})[parts[-1]] = key
    if not any("recurrent_kernel" in g for g in groups.values()):
        if arrays and all(k.startswith("arr_") for k in arrays):
            raise InputError(
                f"{path}: the arrays have no names (arr_0, arr_1, …); save them by name: "
                "numpy.savez(path, **{w.path: w.numpy() for w in model.weights})"
            )
        raise InputError(
            f"{path}: no recurrent layer found (expected arrays named …/kernel, …/recurrent_kernel, …/bias)"
        )
    return groups


def _direction(prefix: str) -> tuple[str, bool | None]:
    """(layer identity, reverse): the Bidirectional wrapper's path and the direction, or (prefix, None)."""
    parts = prefix.split("/")
    for k, part in enumerate(parts):
        if part.startswith(("forward", "backward")):
            return "/".join(parts[:k]), part.startswith("backward")
    return prefix, None


def _layers(path: Path, groups: dict) -> tuple[list[list[str]], bool]:
    """The recurrent layers in order, each [forward group] or [forward group, backward group]."""
    order: list[str] = []
    found: dict[str, dict] = {}
    for prefix, leaves in groups.items():
        if "recurrent_kernel" not in leaves:
            continue
        layer, reverse = _direction(prefix)
        if layer not in found:
            order.append(layer)
            found[layer] = {}
        found[layer][reverse] = prefix
    kinds = {None in found[layer] for layer in order}
    if len(kinds) > 1:
        raise InputError(
            f"{path}: mixes Bidirectional and one-directional recurrent layers, which one model here cannot hold"
        )
    bidirectional = kinds == {False}
    layers = []
    for layer in order:
        if bidirectional:
            for rev, word in ((False, "forward"), (True, "backward")):
                if rev not in found[layer]:
                    raise InputError(f"{path}: Bidirectional layer '{layer}' has no {word} layer")
            layers.append([found[layer][False], found[layer][True]])
        else:
            layers.append([found[layer][None]])
    return layers, bidirectional


def _dense(path, arrays, groups, width: int, size: int, name: str | None, notes: list[str]):
    """(name, W_hy, b_y) of the output Dense, or (None, zeros, zeros)."""
    def take(prefix: str):
        leaves = groups[prefix]
        kernel = as_float(path, leaves["kernel"], arrays[leaves["kernel"]])
        why = f"Dense({size}) reading the {width} recurrent outputs"
        expect_shape(path, leaves["kernel"], kernel, (width, size), why)
        if "bias" in leaves:
            bias = as_float(path, leaves["bias"], arrays[leaves["bias"]])
            expect_shape(path, leaves["bias"], bias, (size,))
        else:
            notes.append(f"'{prefix}' has no bias (use_bias=False): b_y set to 0")
            bias = np.zeros(size)
        return prefix, kernel.T.copy(), bias

    dense = [p for p, leaves in groups.items() if "recurrent_kernel" not in leaves and "kernel" in leaves]
    if name is not None:
        prefix = name.strip().removesuffix(":0").removesuffix("/kernel").strip("/")
        if prefix not in dense:
            shown = ", ".join(f"'{p}'" for p in dense) or "none"
            raise InputError(f"{path}: --output-layer {name!r}: no Dense layer of that name (found {shown})")
        return take(prefix)
    fits = [p for p in dense if arrays[groups[p]["kernel"]].shape == (width, size)]
    if len(fits) > 1:
        raise InputError(
            f"{path}: several candidate output layers ({', '.join(repr(p) for p in fits)}); "
            "name one with --output-layer NAME"
        )
    if not fits:
        notes.append(f"no Dense({size}) reading {width} inputs found: W_hy and b_y set to 0, so every p_t is uniform")
        return None, np.zeros((size, width)), np.zeros(size)
    return take(fits[0])


def import_keras(
    path, vocab=None, output_layer: str | None = None, activation: str = "tanh", name: str | None = None
) -> tuple[Model, ImportReport]:
    """Read a Keras SimpleRNN, LSTM or GRU stack (and its output Dense) from an ``.npz``; return (model, report).

    vocab         None (generic tokens A, B, …), a token list, a string ``PIGS`` / ``the cat sat``, or a size
    output_layer  the Dense layer's name when several fit (``dense``)
    activation    SimpleRNN's activation, which weights do not record: tanh or relu
    name          the model's name (default: the file name)
    Raises InputError with a one-line message naming the file and the array.
    """
    path = Path(path)
    if activation not in ("tanh", "relu"):
        raise InputError(f"--activation: {activation!r} is not tanh or relu")
    arrays = load_npz(path)
    groups = _groups(path, arrays)
    layers, bidirectional = _layers(path, groups)
    K = 2 if bidirectional else 1
    first = groups[layers[0][0]]
    key = first["recurrent_kernel"]
    kind, H, G = cell_of_recurrent_weight(path, key, arrays[key].shape, 1,
                                          "(H, H) blocks side by side (SimpleRNN, GRU, LSTM)")
    if "kernel" not in first:
        raise InputError(f"{path}: {layers[0][0]}/kernel: missing")
    first_kernel = arrays[first["kernel"]]
    if first_kernel.ndim != 2:
        raise InputError(f"{path}: {first['kernel']}: expected a matrix, got shape {tuple(first_kernel.shape)}")
    V = first_kernel.shape[0]
    if V == 0:
        raise InputError(f"{path}: {first['kernel']}: shape {tuple(first_kernel.shape)} reads no inputs; "
                         "a model needs at least one token")
    check_sizes(path, CellSpec.make(kind), V, H, len(layers), bidirectional)
    notes: list[str] = []
    params: dict[str, np.ndarray] = {}
    resets: set[str] = set()
    for layer, prefixes in enumerate(layers):
        D = V if layer == 0 else K * H
        why = "the one-hot input" if layer == 0 else f"layer {layer + 1} reads the {K * H} outputs of layer {layer}"
        for rev, prefix in zip((False, True), prefixes):
            leaves = groups[prefix]
            for leaf in ("kernel", "recurrent_kernel"):
                if leaf not in leaves:
                    raise InputError(f"{path}: {prefix}/{leaf}: missing")
            kernel = as_float(path, leaves["kernel"], arrays[leaves["kernel"]])
            expect_shape(path, leaves["kernel"], kernel, (D, G * H), why)
            recurrent = as_float(path, leaves["recurrent_kernel"], arrays[leaves["recurrent_kernel"]])
            expect_shape(path, leaves["recurrent_kernel"], recurrent, (H, G * H), f"{KERAS_CLASS[kind]}({H})")
            if "bias" in leaves:
                bias = as_float(path, leaves["bias"], arrays[leaves["bias"]])
                if kind == "gru" and bias.shape == (2, G * H):
                    resets.add("after")
                else:
                    two_rows = f"or (2, {G * H}) with reset_after" if kind == "gru" else ""
                    expect_shape(path, leaves["bias"], bias, (G * H,), two_rows)
                    resets.add("before")
            else:
                bias = np.zeros((2, G * H)) if kind == "gru" else np.zeros(G * H)
                notes.append(f"'{prefix}' has no bias (use_bias=False): its b set to 0")
                if kind == "gru":
                    notes.append(f"'{prefix}': without a bias reset_after cannot be told; True (the default) assumed")
                    resets.add("after")
            ours = layer_from_keras(kind, kernel, recurrent, bias)
            params.update({k + layer_suffix(layer, rev): v for k, v in ours.items()})
    if len(resets) > 1:
        raise InputError(f"{path}: GRU layers differ in reset_after, which one model here cannot hold")
    options: dict[str, str] = {}
    if kind == "rnn":
        options = {"activation": activation}
        notes.append(f"weights do not record SimpleRNN's activation: {activation} assumed")
    elif kind == "gru":
        options = {"reset": resets.pop(), "update": "z_keeps_old"}
    if kind != "rnn":
        notes.append("activation='tanh' and recurrent_activation='sigmoid' assumed (Keras's defaults)")
    spec = CellSpec.make(kind, options)
    vocab_list, origin = resolve_vocab(vocab, V, None, f"'{layers[0][0]}'", path)
    out_name, W_hy, b_y = _dense(path, arrays, groups, K * H, V, output_layer, notes)
    params["W_hy"], params["b_y"] = W_hy, b_y
    read = [prefix for prefixes in layers for prefix in prefixes] + ([out_name] if out_name is not None else [])
    used = {key for prefix in read for key in groups[prefix].values()}
    unused = [k for k in arrays if k not in used]
    if unused:
        shown = ", ".join(unused[:5]) + (f" and {len(unused) - 5} more" if len(unused) > 5 else "")
        notes.append(f"not used: {shown}")
    title = model_name(name, None, path, notes)
    model = finish_model(Model(spec, vocab_list, H, params, len(layers), bidirectional, {}, title), path)
    module = _direction(layers[0][0])[0] or layers[0][0]
    report = ImportReport(str(path), "keras", module, KERAS_CLASS[kind], model, out_name, origin, notes)
    return model, report
