"""Import an nn.RNN, nn.LSTM or nn.GRU (and its output nn.Linear) from a safetensors state dict.

The recurrent module is found by its parameter names under any prefix (``lstm.weight_ih_l0``,
``encoder.rnn.weight_hh_l1_reverse``, or bare ``weight_ih_l0``); the cell follows from the number of
gate blocks in ``weight_hh`` (1 nn.RNN, 4 nn.LSTM, 3 nn.GRU), the sizes from the shapes, stacking and
direction from the suffixes. The output layer is a ``*.weight`` (V, K·H) with its ``*.bias`` (V,), V the
first layer's input size: found by shape, or named when several fit. See :mod:`.torch_layout` for the
gate order and the biases.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from lstm_studio.document.errors import InputError
from lstm_studio.engine import CellSpec, Model
from lstm_studio.engine.spec import layer_suffix
from lstm_studio.interop.common import (
    META_FORMAT,
    ImportReport,
    as_float,
    cell_of_recurrent_weight,
    check_sizes,
    expect_shape,
    finish_model,
    model_name,
    resolve_vocab,
)
from lstm_studio.interop.files import load_safetensors
from lstm_studio.interop.torch_layout import TORCH_CLASS, layer_from_torch, suffix

_PARAM = re.compile(
    r"^(?P<prefix>(?:.*\.)?)(?P<kind>weight_ih|weight_hh|bias_ih|bias_hh|weight_hr)_l(?P<layer>\d+)(?P<rev>_reverse)?$"
)
_PARTS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")


def _module_name(prefix: str) -> str:
    return prefix[:-1] if prefix.endswith(".") else prefix


def _shown(prefix: str) -> str:
    return f"'{_module_name(prefix)}'" if prefix else "(no prefix)"


def _find_module(path: Path, tensors: dict, module: str | None) -> tuple[str, dict]:
    """The recurrent module's prefix and its tensors keyed (layer, reverse) -> part -> key."""
    modules: dict[str, dict] = {}
    for key in tensors:
        m = _PARAM.match(key)
        if m:
            entry = modules.setdefault(m["prefix"], {}).setdefault((int(m["layer"]), bool(m["rev"])), {})
            entry[m["kind"]] = key
    if not modules:
        raise InputError(
            f"{path}: no nn.RNN, nn.LSTM or nn.GRU parameters found (expected names such as lstm.weight_ih_l0)"
        )
    found = ", ".join(sorted(_shown(p) for p in modules))
    if module is not None:
        prefix = module.strip().rstrip(".")
        prefix = prefix + "." if prefix else ""
        if prefix not in modules:
            raise InputError(f"{path}: --module {module!r}: no recurrent module of that name (found {found})")
        return prefix, modules[prefix]
    if len(modules) > 1:
        raise InputError(f"{path}: several recurrent modules ({found}); choose one with --module NAME")
    prefix = next(iter(modules))
    return prefix, modules[prefix]


def _structure(path: Path, prefix: str, entries: dict) -> tuple[int, bool]:
    """Number of layers and whether the module is bidirectional; InputError for gaps or projections."""
    for entry in entries.values():
        if "weight_hr" in entry:
            raise InputError(
                f"{path}: {entry['weight_hr']}: an nn.LSTM with proj_size, which has no counterpart in LSTM Studio"
            )
    layers = max(layer for layer, _ in entries) + 1
    bidirectional = any(rev for _, rev in entries)
    for layer in range(layers):
        for rev in (False, True) if bidirectional else (False,):
            entry = entries.get((layer, rev), {})
            for part in ("weight_ih", "weight_hh"):
                if part not in entry:
                    raise InputError(f"{path}: {prefix}{part}{suffix(layer, rev)}: missing")
            if ("bias_ih" in entry) != ("bias_hh" in entry):
                missing = "bias_hh" if "bias_ih" in entry else "bias_ih"
                raise InputError(f"{path}: {prefix}{missing}{suffix(layer, rev)}: missing (its partner is present)")
    return layers, bidirectional


def _output_layer(
    path: Path, tensors: dict, used: set, width: int, size: int, name: str | None, notes: list[str]
) -> tuple[str | None, np.ndarray, np.ndarray]:
    """(name, W_hy, b_y) of the output nn.Linear(width, size), or (None, zeros, zeros) when there is none."""
    def bias_of(prefix: str) -> np.ndarray:
        key = prefix + "bias"
        if key not in tensors:
            notes.append(f"{_shown(prefix)} has no bias (bias=False): b_y set to 0")
            return np.zeros(size)
        b = as_float(path, key, tensors[key])
        expect_shape(path, key, b, (size,))
        return b

    if name is not None:
        prefix = name.strip().removesuffix(".weight").rstrip(".")
        prefix = prefix + "." if prefix else ""
        key = prefix + "weight"
        if key not in tensors:
            raise InputError(f"{path}: --output-layer {name!r}: no tensor {key}")
        w = as_float(path, key, tensors[key])
        why = f"the output layer maps the {width} recurrent outputs to the {size} tokens"
        expect_shape(path, key, w, (size, width), why)
        used.update({key, prefix + "bias"})
        return _module_name(prefix), w, bias_of(prefix)
    fits: list[str] = []
    near: list[str] = []
    for key, value in tensors.items():
        if key in used or not (key == "weight" or key.endswith(".weight")) or value.ndim != 2:
            continue
        if value.shape[1] == width:
            (fits if value.shape[0] == size else near).append(key)
    if len(fits) > 1:
        names = ", ".join(sorted(f"'{_module_name(k.removesuffix('weight'))}'" for k in fits))
        raise InputError(f"{path}: several candidate output layers ({names}); name one with --output-layer NAME")
    for key in near:
        notes.append(
            f"{key} maps {width} → {tensors[key].shape[0]}, not to the {size} tokens of the input: not used"
        )
    if not fits:
        notes.append(f"no nn.Linear({width}, {size}) found: W_hy and b_y set to 0, so every p_t is uniform")
        return None, np.zeros((size, width)), np.zeros(size)
    key = fits[0]
    prefix = key.removesuffix("weight")
    used.update({key, prefix + "bias"})
    return _module_name(prefix), as_float(path, key, tensors[key]), bias_of(prefix)


def _initial_state(path, tensors, used, spec, layers, K, H, notes) -> dict[str, np.ndarray]:
    """h0 (and c0) buffers of shape (L·K, H), as LSTM Studio's export writes them; zeros are left out."""
    state = {}
    for key in ("h0", "c0") if spec.has_c else ("h0",):
        if key not in tensors:
            continue
        arr = as_float(path, key, tensors[key])
        expect_shape(path, key, arr, (layers * K, H), "one row per layer and direction")
        used.add(key)
        for row in range(layers * K):
            name = key[0] + layer_suffix(row // K, row % K == 1)
            if np.any(arr[row] != 0):
                state[name] = arr[row].copy()
    if state:
        notes.append(f"initial state read from {', '.join(sorted({k[0] + '0' for k in state}))}")
    return state


def import_torch(
    path,
    vocab=None,
    output_layer: str | None = None,
    module: str | None = None,
    activation: str | None = None,
    name: str | None = None,
) -> tuple[Model, ImportReport]:
    """Read a safetensors state dict holding an nn.RNN, nn.LSTM or nn.GRU; return (model, report).

    vocab         None (the vocabulary stored by LSTM Studio's export, else generic tokens A, B, …),
                  a token list, a string ``PIGS`` / ``the cat sat``, or a size to check
    output_layer  the nn.Linear's name when several fit (``head`` or ``head.weight``)
    module        the recurrent module's name when the file holds several (``encoder.rnn``)
    activation    nn.RNN's nonlinearity, which a state dict does not record: tanh or relu (default:
                  the one LSTM Studio's export stored, else tanh)
    name          the model's name (default: the stored one, else the file name)
    Raises InputError with a one-line message naming the file and the tensor.
    """
    path = Path(path)
    if activation not in (None, "tanh", "relu"):
        raise InputError(f"--activation: {activation!r} is not tanh or relu")
    tensors, metadata = load_safetensors(path)
    ours = metadata.get("format") == META_FORMAT
    prefix, entries = _find_module(path, tensors, module)
    layers, bidirectional = _structure(path, prefix, entries)
    K = 2 if bidirectional else 1
    key = entries[(0, False)]["weight_hh"]
    kind, H, G = cell_of_recurrent_weight(path, key, tensors[key].shape, 0,
                                          "stacked (H, H) blocks (nn.RNN, nn.GRU, nn.LSTM)")
    first_key = entries[(0, False)]["weight_ih"]
    first = tensors[first_key]
    if first.ndim != 2:
        raise InputError(f"{path}: {first_key}: expected a matrix, got shape {tuple(first.shape)}")
    V = first.shape[1]
    if V == 0:
        raise InputError(f"{path}: {first_key}: shape {tuple(first.shape)} reads no inputs; "
                         "a model needs at least one token")
    check_sizes(path, CellSpec.make(kind), V, H, layers, bidirectional)
    notes: list[str] = []
    used: set[str] = set()
    params: dict[str, np.ndarray] = {}
    no_bias = False
    for layer in range(layers):
        D = V if layer == 0 else K * H
        why = "the one-hot input" if layer == 0 else f"layer {layer + 1} reads the {K * H} outputs of layer {layer}"
        for rev in (False, True) if bidirectional else (False,):
            entry = entries[(layer, rev)]
            arrays = {}
            for part, shape in zip(_PARTS, ((G * H, D), (G * H, H), (G * H,), (G * H,))):
                key = entry.get(part)
                if key is None:
                    arrays[part] = np.zeros(G * H)
                    no_bias = True
                    continue
                arrays[part] = as_float(path, key, tensors[key])
                expect_shape(path, key, arrays[part], shape, why if part == "weight_ih" else "")
                used.add(key)
            plain = layer_from_torch(kind, *(arrays[p] for p in _PARTS))
            params.update({k + layer_suffix(layer, rev): v for k, v in plain.items()})
    if kind == "rnn" and activation is None:
        stored = _stored_options(metadata).get("activation") if ours else None
        activation = stored if stored in ("tanh", "relu") else "tanh"
        if stored != activation:
            notes.append(f"a state dict does not record nn.RNN's nonlinearity: {activation} assumed")
    options: dict[str, dict] = {
        "rnn": {"activation": activation}, "lstm": {}, "gru": {"reset": "after", "update": "z_keeps_old"},
    }
    spec = CellSpec.make(kind, options[kind])
    if no_bias:
        notes.append("the module has no biases (bias=False): every b set to 0")
    stored_vocab = metadata.get("vocab") if ours else None
    vocab_list, origin = resolve_vocab(vocab, V, stored_vocab, f"layer 1 of {_shown(prefix)}", path)
    out_name, W_hy, b_y = _output_layer(path, tensors, used, K * H, V, output_layer, notes)
    params["W_hy"], params["b_y"] = W_hy, b_y
    state = _initial_state(path, tensors, used, spec, layers, K, H, notes)
    notes.append({
        "rnn": "b_h = bias_ih + bias_hh",
        "lstm": "b_* = bias_ih + bias_hh per gate",
        "gru": "b_z, b_r = bias_ih + bias_hh; b_h = bias_ih's n block, b_hn = bias_hh's n block",
    }[kind])
    unused = [k for k in tensors if k not in used]
    if unused:
        shown = ", ".join(unused[:5]) + (f" and {len(unused) - 5} more" if len(unused) > 5 else "")
        notes.append(f"not used: {shown}")
    title = model_name(name, metadata.get("name") if ours else None, path, notes)
    model = Model(spec, vocab_list, H, params, layers, bidirectional, state, title)
    model = finish_model(model, path)
    report = ImportReport(str(path), "torch", _module_name(prefix), TORCH_CLASS[kind], model, out_name, origin, notes)
    return model, report


def _stored_options(metadata: dict[str, str]) -> dict:
    """The cell options LSTM Studio's export records in the file's metadata (a JSON object)."""
    try:
        value = json.loads(metadata.get("options", "{}"))
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}
