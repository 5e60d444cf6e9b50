"""The trace of a run as CSV: one row per time step, every gate, state and output in columns.

Columns, left to right: ``t``, ``token``; then for every layer and direction (suffixes ``_l2``,
``_rev`` as in the model file) its gates unit by unit (``f[1]`` … for LSTMs, ``z[1]``, ``r[1]``,
``h_tilde[1]`` for GRUs, the pre-activation ``a[1]`` for the Elman RNN, which has no gates), then
``c[1]`` … (LSTMs) and ``h[1]`` …; then the logits ``y[token]``, the probabilities ``p[token]`` and
``prediction``. Numbers are written at full precision (shortest round-trip repr), steps in time order
whatever the direction.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lstm_studio.document import tokens as token_text
from lstm_studio.document.errors import writing
from lstm_studio.document.modelfile import atomic_write
from lstm_studio.engine import Model, forward
from lstm_studio.engine.spec import layer_suffix


def trace_table(model: Model, text: str) -> tuple[list[str], list[list]]:
    """The header and the rows (numbers as floats) of the run of ``model`` on ``text``."""
    indices = token_text.parse(text, model.vocab, "input")
    trace = forward(model, indices)
    H = model.hidden_size
    units = range(1, H + 1)
    header = ["t", "token"]
    columns = []  # (T, H) arrays in time order, one per group of H columns
    for layer, directions in enumerate(trace.layers):
        for lt in directions:
            suffix = layer_suffix(layer, lt.reverse)
            named = [(g, lt.gate_time(g)[:, 0]) for g in model.spec.gates]
            if model.cell == "rnn":
                named = [("a", lt.pre_time("a")[:, 0])]
            if (c := lt.c_time) is not None:
                named.append(("c", c[:, 0]))
            named.append(("h", lt.h_time[:, 0]))
            for name, values in named:
                header += [f"{name}{suffix}[{j}]" for j in units]
                columns.append(values)
    header += [f"y[{v}]" for v in model.vocab] + [f"p[{v}]" for v in model.vocab] + ["prediction"]
    rows = []
    for t, k in enumerate(indices):
        row: list = [t + 1, model.vocab[k]]
        for values in columns:
            row += [float(v) for v in values[t]]
        row += [float(v) for v in trace.y[t, 0]] + [float(v) for v in trace.p[t, 0]]
        row.append(model.vocab[int(trace.prediction[t, 0])])
        rows.append(row)
    return header, rows


def trace_csv(model: Model, text: str) -> str:
    """The CSV text of the run of ``model`` on ``text`` (InputError for unknown tokens)."""
    header, rows = trace_table(model, text)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([repr(v) if isinstance(v, float) else v for v in row])
    return out.getvalue()


def export_csv(model: Model, path, text: str) -> Path:
    """Write the CSV trace of the run on ``text`` to ``path``."""
    data = trace_csv(model, text)
    with writing(path):
        return atomic_write(path, data)
