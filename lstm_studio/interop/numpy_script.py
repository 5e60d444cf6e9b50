"""Code export: a self-contained NumPy script that reproduces a model's forward pass, weights inline.

The script is written for reading: the docstring states this cell's equations (only its conventions),
every weight is spelled out as a matrix with aligned columns, and the cell step is a few lines that match
the equations symbol for symbol. Weights are written with Python's shortest round-trip repr, so the
script computes exactly what the engine computes (up to the order of floating-point additions). Run with
``--json`` it prints the step records of ``lstm-studio run --json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from lstm_studio.document import tokens as token_text
from lstm_studio.engine import Model
from lstm_studio.interop.common import doc_text
from lstm_studio.interop.files import write_atomic

_TITLES = {"rnn": "an Elman RNN", "lstm": "an LSTM", "peephole_lstm": "a peephole LSTM", "gru": "a GRU"}


# --- the parts that depend on the cell -----------------------------------------------------------------


def _equations(model: Model) -> list[str]:
    """This cell's equations, one per line, with a comment column aligned."""
    spec = model.spec
    rows: list[tuple[str, str]]
    if spec.cell == "rnn":
        rows = [(f"h_t = {spec.option('activation')}(W_xh x_t + W_hh h_(t-1) + b_h)", "")]
    elif spec.has_c:
        peep = spec.cell == "peephole_lstm"
        op = " ⊙ " if peep and spec.option("peephole") == "diagonal" else " "
        pf, pi, po = (f" + P_{g}{op}{c}" if peep else "" for g, c in (("f", "c_(t-1)"), ("i", "c_(t-1)"), ("o", "c_t")))
        rows = [
            (f"f_t = σ(W_f x_t + U_f h_(t-1) + b_f{pf})", "forget gate"),
            (f"i_t = σ(W_i x_t + U_i h_(t-1) + b_i{pi})", "input gate"),
            ("g_t = tanh(W_c x_t + U_c h_(t-1) + b_c)", "candidate C̃_t"),
            ("c_t = f_t ⊙ c_(t-1) + i_t ⊙ g_t", "cell state"),
            (f"o_t = σ(W_o x_t + U_o h_(t-1) + b_o{po})", "output gate"),
            ("h_t = o_t ⊙ tanh(c_t)", "hidden state"),
        ]
    else:
        reset = spec.option("reset")
        rows = [("z_t = σ(W_z x_t + U_z h_(t-1) + b_z)", "update gate")]
        if reset != "none":
            rows.append(("r_t = σ(W_r x_t + U_r h_(t-1) + b_r)", "reset gate"))
        rows.append({
            "before": ("h̃_t = tanh(W_h x_t + U_h (r_t ⊙ h_(t-1)) + b_h)", "reset before U_h (reset=before)"),
            "after": ("h̃_t = tanh(W_h x_t + b_h + r_t ⊙ (U_h h_(t-1) + b_hn))", "reset after U_h (reset=after)"),
            "none": ("h̃_t = tanh(W_h x_t + U_h h_(t-1) + b_h)", "the simplified GRU: no reset gate"),
        }[reset])
        if spec.option("update") == "z_keeps_old":
            rows.append(("h_t = z_t ⊙ h_(t-1) + (1 − z_t) ⊙ h̃_t", "z keeps the old state (update=z_keeps_old)"))
        else:
            rows.append(("h_t = (1 − z_t) ⊙ h_(t-1) + z_t ⊙ h̃_t", "z takes the new state (update=z_takes_new)"))
    width = max(len(eq) for eq, _ in rows) + 4
    return [(eq.ljust(width) + note).rstrip() for eq, note in rows]


def _step_function(model: Model) -> str:
    spec = model.spec
    doc = "\n".join(f"        {line}" for line in _equations(model))
    if spec.cell == "rnn":
        phi = "np.tanh(a)" if spec.option("activation") == "tanh" else "np.maximum(a, 0.0)"
        return f'''def cell_step(p, x, h_prev):
    """One step of the Elman RNN; p holds one layer's weights.

{doc}
    """
    a = p["W_xh"] @ x + p["W_hh"] @ h_prev + p["b_h"]
    h = {phi}
    return h, {{}}
'''
    if spec.has_c:
        if spec.cell == "peephole_lstm":
            op = " * " if spec.option("peephole") == "diagonal" else " @ "
            pf, pi, po = (f' + p["P_{g}"]{op}{c}' for g, c in (("f", "c_prev"), ("i", "c_prev"), ("o", "c")))
        else:
            pf = pi = po = ""
        return f'''def cell_step(p, x, h_prev, c_prev):
    """One step of the LSTM; p holds one layer's weights.

{doc}
    """
    f = sigmoid(p["W_f"] @ x + p["U_f"] @ h_prev + p["b_f"]{pf})
    i = sigmoid(p["W_i"] @ x + p["U_i"] @ h_prev + p["b_i"]{pi})
    g = np.tanh(p["W_c"] @ x + p["U_c"] @ h_prev + p["b_c"])
    c = f * c_prev + i * g
    o = sigmoid(p["W_o"] @ x + p["U_o"] @ h_prev + p["b_o"]{po})
    h = o * np.tanh(c)
    return h, c, {{"f": f, "i": i, "g": g, "o": o}}
'''
    reset = spec.option("reset")
    lines = ['    z = sigmoid(p["W_z"] @ x + p["U_z"] @ h_prev + p["b_z"])']
    if reset != "none":
        lines.append('    r = sigmoid(p["W_r"] @ x + p["U_r"] @ h_prev + p["b_r"])')
    lines.append({
        "before": '    h_tilde = np.tanh(p["W_h"] @ x + p["U_h"] @ (r * h_prev) + p["b_h"])',
        "after": '    h_tilde = np.tanh(p["W_h"] @ x + p["b_h"] + r * (p["U_h"] @ h_prev + p["b_hn"]))',
        "none": '    h_tilde = np.tanh(p["W_h"] @ x + p["U_h"] @ h_prev + p["b_h"])',
    }[reset])
    if spec.option("update") == "z_keeps_old":
        lines.append("    h = z * h_prev + (1.0 - z) * h_tilde")
    else:
        lines.append("    h = (1.0 - z) * h_prev + z * h_tilde")
    gates = '{"z": z, "r": r, "h_tilde": h_tilde}' if reset != "none" else '{"z": z, "h_tilde": h_tilde}'
    body = "\n".join(lines)
    return f'''def cell_step(p, x, h_prev):
    """One step of the GRU; p holds one layer's weights.

{doc}
    """
{body}
    return h, {gates}
'''


def _run_layer(model: Model) -> str:
    if model.spec.has_c:
        loop = '''    h, c = p["h_0"], p["c_0"]
    steps = []
    for x in xs:
        h, c, gates = cell_step(p, x, h, c)
        steps.append({"h": h, "c": c, "gates": gates})
    return steps'''
    else:
        loop = '''    h = p["h_0"]
    steps = []
    for x in xs:
        h, gates = cell_step(p, x, h)
        steps.append({"h": h, "gates": gates})
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
    return f'''def forward(text):
    """The whole network on a text: every layer, then y_t = W_hy out_t + b_y and p_t = softmax(y_t).

    out_t is {top}. Returns the tokens, layers[l][direction][t] records, y_t and p_t.
    """
    tokens = tokenize(text)
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
    args = [a for a in argv if a != "--json"]
    steps = records(*forward(args[0] if args else DEFAULT_INPUT))
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
        default_input = token_text.join(range(model.vocab_size), model.vocab)
    else:
        token_text.parse(default_input, model.vocab, "input")
    title = doc_text(model.name) or "model"
    V, H, K = model.vocab_size, model.hidden_size, model.directions
    options = ", ".join(f"{k}={v}" for k, v in model.spec.options)
    cell = _TITLES[model.cell] + (f" ({options})" if options else "")
    shape = f"{model.layers} stacked layers" if model.layers > 1 else "one layer"
    if model.bidirectional:
        shape += ", bidirectional (a forward and a backward direction; the layer's output is [h→_t; h←_t])"
    equations = "\n".join(f"    {line}" for line in _equations(model))
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
    return f'''#!/usr/bin/env python3
"""{title}: {cell} exported from LSTM Studio, its forward pass in plain NumPy.

Each step t = 1..T reads the one-hot vector x_t of the token (size {V}, the vocabulary) and computes
{shape}:

{equations}

    y_t = W_hy out_t + b_y        p_t = softmax(y_t)        prediction = the token with the largest p_t

{state} {H} entries; {sizes}. σ is the logistic
sigmoid, ⊙ multiplies entry by entry (in NumPy: *) and @ is the matrix product.

Run it:   python {{this file}} {default_input}           every gate, state and probability, step by step
          python {{this file}} {default_input} --json    the same numbers at full precision
"""

import json
import sys

import numpy as np

VOCAB = {json.dumps(model.vocab, ensure_ascii=False)}
DEFAULT_INPUT = {json.dumps(default_input, ensure_ascii=False)}
MANY_LAYERS = {model.layers > 1 or model.bidirectional}

{chr(10).join(text + chr(10) for _, text in blocks)}
{layers_line}

# Output layer: y_t = W_hy out_t + b_y.
W_hy = {_matrix(model.params["W_hy"], "")}
b_y = {_vector(model.params["b_y"])}


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def softmax(y):
    e = np.exp(y - y.max())
    return e / e.sum()


{tokenize}
    unknown = [t for t in tokens if t not in VOCAB]
    if unknown or not tokens:
        sys.exit(f"unknown token {{unknown[0]!r}} (vocabulary: {{' '.join(VOCAB)}})" if unknown else "no tokens given")
    return tokens


{_step_function(model)}

{_run_layer(model)}

{_forward(model)}

{_REPORT}

if __name__ == "__main__":
    main(sys.argv[1:])
'''


def export_numpy(model: Model, path, default_input: str | None = None) -> Path:
    """Write the NumPy script (see :func:`numpy_script`) to ``path``."""
    return write_atomic(Path(path), numpy_script(model, default_input))

