"""The trace of a run as a table and as CSV: one row per time step, every gate, state and output in columns.

Columns, left to right: ``t``, ``token`` (and ``target`` when the run has targets); then for every layer
and direction (suffixes ``_l2``, ``_rev`` as in the model file) its gates unit by unit (``f[1]`` … for
LSTMs, ``z[1]``, ``r[1]``, ``h_tilde[1]`` for GRUs, the pre-activation ``a[1]`` for the Elman RNN, which
has no gates), then ``c[1]`` … (LSTMs) and ``h[1]`` …; then the logits ``y[token]``, the probabilities
``p[token]`` and ``prediction`` (and ``loss``, −log p_t[target], with targets). Numbers are written at
full precision (shortest round-trip repr), steps in time order whatever the direction.

A spreadsheet evaluates a cell that starts with =, +, - or @ (CSV injection): text cells — tokens and
the header, which come from the user's vocabulary — that start so get a leading ' (:func:`neutralise`).
Numbers are written as numbers: a spreadsheet reads ``-0.25`` as minus a quarter, not as a formula.
The format is documented in docs/cli.md (export).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np

from lstm_studio.document import tokens as token_text
from lstm_studio.document.errors import writing
from lstm_studio.document.modelfile import atomic_write
from lstm_studio.engine import Model, Trace, forward
from lstm_studio.engine.spec import layer_suffix

#: The first characters that make a spreadsheet read a cell as a formula (and tab / carriage return,
#: which some turn into a new cell before one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def run_table(model: Model, inputs, trace: Trace, targets=None, losses=None) -> tuple[list[str], list[list]]:
    """The header and the rows (numbers as floats) of ``trace``, a forward pass of ``model`` over the
    token indices ``inputs``; with ``targets`` (−1: none) and their ``losses`` also those columns."""
    H = model.hidden_size
    units = range(1, H + 1)
    header = ["t", "token"] + (["target"] if targets is not None else [])
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
    if targets is not None:
        header.append("loss")
    rows = []
    for t, k in enumerate(inputs):
        row: list = [t + 1, model.vocab[int(k)]]
        if targets is not None:
            row.append(model.vocab[int(targets[t])] if targets[t] >= 0 else "")
        for values in columns:
            row += [float(v) for v in values[t]]
        row += [float(v) for v in trace.y[t, 0]] + [float(v) for v in trace.p[t, 0]]
        row.append(model.vocab[int(trace.prediction[t, 0])])
        if targets is not None:
            row.append(float(losses[t]) if targets[t] >= 0 else "")
        rows.append(row)
    return header, rows


def trace_table(model: Model, text: str) -> tuple[list[str], list[list]]:
    """The header and the rows (numbers as floats) of the run of ``model`` on ``text``."""
    indices = token_text.parse(text, model.vocab, "input")
    return run_table(model, indices, forward(model, indices))


def neutralise(cell: str) -> str:
    """A text cell as a spreadsheet shows it instead of evaluating it: a leading ' before =, +, -, @."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def cell_text(value) -> str:
    """How a cell is written: floats at full precision, whole numbers as they are, text neutralised."""
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return neutralise(str(value))


def table_text(header: list[str], rows: list[list], delimiter: str = ",") -> str:
    """The table as CSV (or, with ``delimiter`` "\\t", as the tab-separated text spreadsheets paste)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow([cell_text(h) for h in header])
    for row in rows:
        writer.writerow([cell_text(v) for v in row])
    return out.getvalue()


def trace_csv(model: Model, text: str) -> str:
    """The CSV text of the run of ``model`` on ``text`` (InputError for unknown tokens)."""
    return table_text(*trace_table(model, text))


def write_table(path, header: list[str], rows: list[list]) -> Path:
    """Write the table as CSV to ``path`` atomically; InputError (one line) when it cannot be written."""
    data = table_text(header, rows)
    with writing(path):
        return atomic_write(path, data)


def export_csv(model: Model, path, text: str) -> Path:
    """Write the CSV trace of the run on ``text`` to ``path``."""
    return write_table(path, *trace_table(model, text))
