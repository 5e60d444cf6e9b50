"""Code export: a self-contained NumPy script that reproduces a model's forward pass, weights inline.

The script is written for reading: the docstring states this cell's equations (only its conventions), as
the symbolic layer describes them; every weight is spelled out as a matrix with aligned columns; and the
cell step is the readable reference step of :mod:`lstm_studio.engine.reference`, copied verbatim, which
the tests hold against the engine. Weights are written with Python's shortest round-trip repr, so the
script computes what the engine computes (up to the order of floating-point additions). Run with
``--json`` it prints the step records of ``lstm-studio run --json``.

Text from the user (the model's name, the vocabulary, the default input) enters the script only as
``repr()`` literals: nothing typed can end a string or a docstring and run as code.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import numpy as np

from lstm_studio.document import tokens as token_text
from lstm_studio.document.errors import InputError, writing
from lstm_studio.document.modelfile import atomic_write
from lstm_studio.engine import GATE_TABLE, Model, reference
from lstm_studio.symbolic.description import TEXT, equations

_TITLES = {"rnn": "an Elman RNN", "lstm": "an LSTM", "peephole_lstm": "a peephole LSTM", "gru": "a GRU"}
#: The reference step function of each cell, copied into the script.
_STEPS = {"rnn": reference.rnn_step, "lstm": reference.lstm_step, "peephole_lstm": reference.lstm_step,
          "gru": reference.gru_step}
#: What the conventions of a GRU mean, beside the equations they change.
_RESET = {"before": "reset before U_h (reset=before)", "after": "reset after U_h (reset=after)",
          "none": "the simplified GRU: no reset gate"}
_UPDATE = {"z_keeps_old": "z keeps the old state (update=z_keeps_old)",
           "z_takes_new": "z takes the new state (update=z_takes_new)"}


# --- the parts that depend on the cell -----------------------------------------------------------------


def _note(model: Model, name: str) -> str:
    spec = model.spec
    if spec.cell == "gru" and name == "h_tilde":
        return _RESET[spec.option("reset")]
    if spec.cell == "gru" and name == "h":
        return _UPDATE[spec.option("update")]
    if name == "g":
        return "the candidate (g in the code)"
    if name in GATE_TABLE:
        return GATE_TABLE[name].title
    return {"c": "cell state", "h": "hidden state"}[name]


def _equations(model: Model) -> list[str]:
    """This cell's equations, one per line, with a comment column aligned."""
    rows = [(line, _note(model, name)) for name, line in equations(model.spec, TEXT, inline=("n",))]
    width = max(len(eq) for eq, _ in rows) + 4
    return [(eq.ljust(width) + note).rstrip() for eq, note in rows]


def _source(function) -> str:
    """The source of a function of :mod:`lstm_studio.engine.reference`, as written there."""
    try:
        return inspect.getsource(function)
    except (OSError, TypeError):
        raise InputError(
            "the NumPy export copies lstm_studio/engine/reference.py, whose source this installation lacks"
        ) from None


def _run_layer(model: Model) -> str:
    step = _STEPS[model.cell].__name__
    if model.spec.has_c:
        loop = f'''    h, c = p["h_0"], p["c_0"]
    steps = []
    for x in xs:
        h, c, gates = {step}(p, x, h, c, **OPTIONS)
        steps.append({{"h": h, "c": c, "gates": gates}})
    return steps'''
    else:
        loop = f'''    h = p["h_0"]
    steps = []
    for x in xs:
        h, gates = {step}(p, x, h, **OPTIONS)
        steps.append({{"h": h, "gates": gates}})
    return steps'''
    return f'''def run_layer(p, xs):
    """Run one layer over the input vectors xs, from its initial state; one record per step."""
{loop}
'''


def _forward(model: Model) -> str:
    if model.bidirectional:
        loop = '''    for ahead_weights, back_weights in LAYERS:
        ahead = run_layer(ahead_weights, xs)
        # The backward direction reads the sequence from t = T down to 1; flip its steps back into time order.
        back = run_layer(back_weights, xs[::-1])[::-1]
        layers.append([ahead, back])
        xs = [np.concatenate([a["h"], b["h"]]) for a, b in zip(ahead, back)]'''
        top = "[h→_t; h←_t] of the top layer"
    else:
        loop = '''    for weights in LAYERS:
        steps = run_layer(weights, xs)
        layers.append([steps])
        xs = [step["h"] for step in steps]'''
        top = "h_t of the top layer"
    return f'''def forward(tokens):
    """The whole network on a list of tokens: every layer, then y_t = W_hy out_t + b_y and p_t = softmax(y_t).

    out_t is {top}. Returns the tokens, layers[l][direction][t] records, y_t and p_t.
    """
    xs = [np.eye(len(VOCAB))[VOCAB.index(token)] for token in tokens]
    layers = []
{loop}
    ys = [W_hy @ out + b_y for out in xs]
    ps = [softmax(y) for y in ys]
    return tokens, layers, ys, ps
'''


# --- weights as text -----------------------------------------------------------------------------------


def _vector(v: np.ndarray) -> str:
    if not np.any(v):
        return f"np.zeros({v.shape[0]})"
    return "np.array([" + ", ".join(repr(float(a)) for a in v) + "])"


def _matrix(m: np.ndarray, indent: str) -> str:
    cells = [[repr(float(a)) for a in row] for row in m]
    widths = [max(len(row[j]) for row in cells) for j in range(m.shape[1])]
    rows = [indent + "    [" + ", ".join(c.rjust(w) for c, w in zip(row, widths)) + "]," for row in cells]
    return "np.array([\n" + "\n".join(rows) + "\n" + indent + "])"


def _layer_block(model: Model, layer: int, reverse: bool) -> tuple[str, str]:
    name = f"LAYER_{layer + 1}" + ("_BACKWARD" if reverse else "")
    direction = ", backward direction" if reverse else (", forward direction" if model.bidirectional else "")
    where = f"Layer {layer + 1}{direction}"
    reads = "the one-hot x_t" if layer == 0 else f"the {model.directions * model.hidden_size} outputs of layer {layer}"
    lines = [f"# {where}: reads {reads}.", f"{name} = {{"]
    for key, value in model.layer_params(layer, reverse).items():
        text = _matrix(value, "    ") if value.ndim == 2 else _vector(value)
        lines.append(f'    "{key}": {text},')
    lines.append(f'    "h_0": {_vector(model.h0(layer, reverse))},')
    if model.spec.has_c:
        lines.append(f'    "c_0": {_vector(model.c0(layer, reverse))},')
    lines.append("}")
    return name, "\n".join(lines)


_REPORT = '''def records(tokens, layers, ys, ps):
    """One record per step, as ``lstm-studio run --json`` prints them."""
    steps = []
    for t, token in enumerate(tokens):
        first = layers[0][0][t]
        record = {"t": t + 1, "token": token, "h": first["h"].tolist()}
        if "c" in first:
            record["c"] = first["c"].tolist()
        record["gates"] = {name: value.tolist() for name, value in first["gates"].items()}
        if MANY_LAYERS:
            record["layers"] = [
                [
                    {"direction": direction, "h": run[t]["h"].tolist(),
                     **({"c": run[t]["c"].tolist()} if "c" in run[t] else {}),
                     "gates": {name: value.tolist() for name, value in run[t]["gates"].items()}}
                    for direction, run in zip(("forward", "backward"), layer)
                ]
                for layer in layers
            ]
        record["y"] = ys[t].tolist()
        record["p"] = ps[t].tolist()
        record["prediction"] = VOCAB[int(np.argmax(ps[t]))]
        steps.append(record)
    return steps


def show(values):
    return "[" + " ".join(f"{v:7.4f}" for v in values) + "]"


def main(argv):
    sys.stdout.reconfigure(errors="backslashreplace")  # a token Unicode cannot encode is shown escaped
    args = [a for a in argv if a != "--json"]
    steps = records(*forward(tokenize(args[0]) if args else DEFAULT_INPUT))
    if "--json" in argv:
        print(json.dumps({"steps": steps}))
        return
    for step in steps:
        print(f"t={step['t']}  input {step['token']}  ->  prediction {step['prediction']}")
        for layer_number, layer in enumerate(step.get("layers", [[step]]), start=1):
            for run in layer:
                label = f"  layer {layer_number} {run.get('direction', '')}".rstrip() if "layers" in step else ""
                if label:
                    print(label)
                for name, values in run["gates"].items():
                    print(f"  {name:<8}{show(values)}")
                if "c" in run:
                    print(f"  {'c':<8}{show(run['c'])}")
                print(f"  {'h':<8}{show(run['h'])}")
        print(f"  {'y':<8}{show(step['y'])}")
        print("  p       " + "  ".join(f"{v} {p:.3f}" for v, p in zip(VOCAB, step["p"])))
'''


def numpy_script(model: Model, default_input: str | None = None) -> str:
    """The script's text. ``default_input`` is what it runs on without arguments (default: the vocabulary)."""
    if default_input is None:
        default_tokens = list(model.vocab)
    else:
        default_tokens = [model.vocab[k] for k in token_text.parse(default_input, model.vocab, "input")]
    V, H, K = model.vocab_size, model.hidden_size, model.directions
    options = ", ".join(f"{k}={v}" for k, v in model.spec.options)
    cell = _TITLES[model.cell] + (f" ({options})" if options else "")
    shape = f"{model.layers} stacked layers" if model.layers > 1 else "one layer"
    if model.bidirectional:
        shape += ", bidirectional (a forward and a backward direction; the layer's output is [h→_t; h←_t])"
    lines = "\n".join(f"    {line}" for line in _equations(model))
    state = "h_t and c_t have" if model.spec.has_c else "h_t has"
    if model.cell == "rnn":
        sizes = f"W_xh is ({H}, inputs), W_hh ({H}, {H}), b_h ({H},)"
    else:
        sizes = f"W_* is ({H}, inputs), U_* ({H}, {H}), b_* ({H},)"
    blocks = [_layer_block(model, layer, rev) for layer in range(model.layers) for rev in (False, True)[:K]]
    names = [name for name, _ in blocks]
    if model.bidirectional:
        pairs = ", ".join(f"({names[j]}, {names[j + 1]})" for j in range(0, len(names), 2))
        layers_line = f"LAYERS = [{pairs}]"
    else:
        layers_line = f"LAYERS = [{', '.join(names)}]"
    single = token_text.single_char(model.vocab)
    tokenize = (
        '''def tokenize(text):
    """One token per character (white space is skipped unless it is in the vocabulary)."""
    tokens = [ch for ch in text if ch in VOCAB or not ch.isspace()]'''
        if single else
        '''def tokenize(text):
    """Tokens are separated by white space."""
    tokens = text.split()'''
    )
    step = _STEPS[model.cell]
    return f'''#!/usr/bin/env python3
"""{cell[0].upper() + cell[1:]} exported from LSTM Studio: the forward pass in plain NumPy.

The model's name is NAME below. Each step t = 1..T reads the one-hot vector x_t of the token (size {V},
the vocabulary) and computes {shape}:

{lines}

    y_t = W_hy out_t + b_y        p_t = softmax(y_t)        prediction = the token with the largest p_t

{state} {H} entries; {sizes}. σ is the logistic
sigmoid, ⊙ multiplies entry by entry (in NumPy: *) and @ is the matrix product. The cell step,
{step.__name__} below, is LSTM Studio's reference step (lstm_studio/engine/reference.py), called with the
cell's conventions OPTIONS.

Run it:   python {{this file}} TEXT           every gate, state and probability, step by step
          python {{this file}} TEXT --json    the same numbers at full precision
Without TEXT it runs on DEFAULT_INPUT.
"""

import json
import sys

import numpy as np

NAME = {model.name!r}
VOCAB = {list(model.vocab)!r}
DEFAULT_INPUT = {default_tokens!r}
OPTIONS = {dict(model.spec.options)!r}
MANY_LAYERS = {model.layers > 1 or model.bidirectional}

{chr(10).join(text + chr(10) for _, text in blocks)}
{layers_line}

# Output layer: y_t = W_hy out_t + b_y.
W_hy = {_matrix(model.params["W_hy"], "")}
b_y = {_vector(model.params["b_y"])}


{_source(reference.sigmoid)}

{_source(step)}

def softmax(y):
    e = np.exp(y - y.max())
    return e / e.sum()


{tokenize}
    unknown = [t for t in tokens if t not in VOCAB]
    if unknown or not tokens:
        sys.exit(f"unknown token {{unknown[0]!r}} (vocabulary: {{' '.join(VOCAB)}})" if unknown else "no tokens given")
    return tokens


{_run_layer(model)}

{_forward(model)}

{_REPORT}

if __name__ == "__main__":
    main(sys.argv[1:])
'''


def export_numpy(model: Model, path, default_input: str | None = None) -> Path:
    """Write the NumPy script (see :func:`numpy_script`) to ``path``."""
    text = numpy_script(model, default_input)
    with writing(path):
        return atomic_write(path, text)

