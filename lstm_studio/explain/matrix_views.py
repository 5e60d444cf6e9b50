"""How the weight editor lays parameters out as tables: one parameter, the gate matrices stacked, or the
slides' W·[h_{t-1}, x_t] concatenation. Plus copying a matrix as CSV and reading back what a student pastes
(CSV, Matlab or NumPy).

A :class:`MatrixLayout` is a grid of blocks, each block one parameter; a cell (r, c) of the table maps to
(parameter name, index). Vectors are shown as one column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from lstm_studio.document.errors import InputError
from lstm_studio.document.reshape import axis_kinds
from lstm_studio.document.wording import Message
from lstm_studio.engine import Model
from lstm_studio.engine.notation import sub
from lstm_studio.engine.spec import GATE_TABLE, gate_of_suffix


def describe(name: str, cell: str | None = None) -> str:
    """A one-line description of a parameter of a ``cell`` model for tooltips and titles (plain text:
    subscripts as Unicode, never LaTeX)."""
    base = name.split("_l")[0].removesuffix("_rev")
    if base == "W_xh":
        return "input weights: xₜ → aₜ"
    if base == "W_hh":
        return "recurrent weights: hₜ₋₁ → aₜ"
    if base == "b_h" and cell == "rnn":
        return "bias of aₜ"
    if base == "W_hy":
        return "output weights: hₜ → yₜ (one row per vocabulary token)"
    if base == "b_y":
        return "output bias (one entry per vocabulary token)"
    kind, _, suffix = base.partition("_")
    gate = gate_of_suffix(suffix)
    if gate is None:
        return name
    title = f"{gate.title} {gate.symbol}" + (" (reset after)" if suffix == "hn" else "")
    if suffix == "hn":  # inside the reset gate's product: h̃ = tanh(W_h x + b_h + r ⊙ (U_h h + b_hn))
        return f"{title}: bias inside r ⊙ (U_h hₜ₋₁ + b_hn)"
    return {
        "W": f"{title}: input weights xₜ → {gate.symbol}",
        "U": f"{title}: recurrent weights hₜ₋₁ → {gate.symbol}",
        "b": f"{title}: bias",
        "P": f"{title}: peephole weights c → {gate.symbol}",
    }.get(kind, name)


def axis_labels(model: Model, name: str, axis: int) -> list[str]:
    """Row (axis 0) or column (axis 1) labels of one parameter: units h₁…, tokens x:P… or p:P…."""
    shape = model.params[name].shape
    if axis >= len(shape):
        return ["value"]
    kind = axis_kinds(name, len(shape))[axis]
    size = shape[axis]
    if kind == "vocab":
        return [f"x:{t}" if axis == 1 else f"y:{t}" for t in model.vocab]
    if kind == "units" and model.directions == 2:
        H = model.hidden_size
        return [f"h{'→' if k < H else '←'}{sub(k % H + 1)}" for k in range(size)]
    base = name.split("_l")[0].removesuffix("_rev")
    if axis == 0 and base not in ("W_hy", "b_y"):
        gate = gate_of_suffix(base.partition("_")[2])
        letter = gate.symbol if gate else "h"
        if model.cell == "rnn":
            letter = "a"
        return [f"{letter}{sub(k + 1)}" for k in range(size)]
    prefix = "c" if base.startswith("P_") else "h"
    return [f"{prefix}{sub(k + 1)}" for k in range(size)]


@dataclass
class MatrixLayout:
    """A table made of parameter blocks.

    key        a stable identifier ("param:W_f", "stack:W", "concat:f", …)
    title      what the editor's chooser shows
    blocks     rows of parameter names; every block in a block-row has the same number of rows and every
               block in a block-column the same number of columns
    """

    key: str
    title: str
    blocks: list[list[str]]
    help: str = ""

    def __post_init__(self) -> None:
        self._rows: list[tuple[int, int]] = []
        self._cols: list[tuple[int, int]] = []

    def bind(self, model: Model) -> MatrixLayout:
        """Compute the cell → (block, offset) maps for ``model``'s shapes; returns self."""
        self._rows = []
        for bi, row in enumerate(self.blocks):
            self._rows += [(bi, k) for k in range(model.params[row[0]].shape[0])]
        self._cols = []
        for bj, name in enumerate(self.blocks[0]):
            shape = model.params[name].shape
            self._cols += [(bj, k) for k in range(shape[1] if len(shape) > 1 else 1)]
        self.model = model
        self.row_labels = [lab for row in self.blocks for lab in axis_labels(model, row[0], 0)]
        self.col_labels = [lab for name in self.blocks[0] for lab in axis_labels(model, name, 1)]
        return self

    @property
    def shape(self) -> tuple[int, int]:
        return len(self._rows), len(self._cols)

    @property
    def names(self) -> list[str]:
        return [name for row in self.blocks for name in row]

    def locate(self, r: int, c: int) -> tuple[str, tuple[int, ...]]:
        """(parameter name, index into it) of table cell (r, c)."""
        bi, i = self._rows[r]
        bj, j = self._cols[c]
        name = self.blocks[bi][bj]
        return name, ((i, j) if self.model.params[name].ndim == 2 else (i,))

    def values(self, params: dict[str, np.ndarray] | None = None) -> np.ndarray:
        """The whole table as one 2-D array."""
        params = self.model.params if params is None else params
        rows = []
        for row in self.blocks:
            rows.append(np.hstack([params[n].reshape(len(params[n]), -1) for n in row]))
        return np.vstack(rows)

    def split(self, table: np.ndarray) -> dict[str, np.ndarray]:
        """The inverse of ``values``: a table of this layout's shape as parameter arrays."""
        out = {}
        r0 = 0
        for row in self.blocks:
            height = self.model.params[row[0]].shape[0]
            c0 = 0
            for name in row:
                shape = self.model.params[name].shape
                width = shape[1] if len(shape) > 1 else 1
                out[name] = table[r0 : r0 + height, c0 : c0 + width].reshape(shape).copy()
                c0 += width
            r0 += height
        return out


def layouts(model: Model) -> list[MatrixLayout]:
    """Every table the editor offers for ``model``: each parameter, then the stacked/concatenated views."""
    out = [MatrixLayout(f"param:{n}", f"{n}   {' × '.join(map(str, v.shape))}", [[n]], describe(n, model.cell))
           for n, v in model.params.items()]
    if model.spec.gates:
        gates = [GATE_TABLE[key] for key in model.spec.gates]
        present = [gate.suffix for gate in gates]
        letters = ", ".join(gate.symbol for gate in gates)
        for kind, what in (("W", "input weights"), ("U", "recurrent weights"), ("b", "biases")):
            names = [f"{kind}_{g}" for g in present]
            out.append(MatrixLayout(
                f"stack:{kind}", f"{kind} stacked: [{'; '.join(names)}]", [[n] for n in names],
                f"The {len(present)} gates' {what} as one matrix: the gates ({letters}) are computed "
                "together in one matrix product.",
            ))
        for g in present:
            out.append(MatrixLayout(
                f"concat:{g}", f"W_{g}·[h, x] = [U_{g} W_{g}]", [[f"U_{g}", f"W_{g}"]],
                f"The concatenated form: W_{g}·[hₜ₋₁, xₜ] is U_{g} hₜ₋₁ + W_{g} xₜ, "
                "one matrix on the stacked vector.",
            ))
        out.append(MatrixLayout(
            "concat:all", "all gates · [h, x]", [[f"U_{g}", f"W_{g}"] for g in present],
            "Every gate's [U W] stacked: one product with [hₜ₋₁; xₜ] gives every gate's "
            "pre-activation at once.",
        ))
    elif model.cell == "rnn":
        out.append(MatrixLayout(
            "concat:rnn", "W·[h, x] = [W_hh W_xh]", [["W_hh", "W_xh"]],
            "The concatenated form: W·[hₜ₋₁, xₜ] = W_hh hₜ₋₁ + W_xh xₜ.",
        ))
    return out


# --- CSV ------------------------------------------------------------------------------------------------


def to_csv(table: np.ndarray) -> str:
    """A 2-D array as CSV, every number in its shortest exact form."""
    table = np.atleast_2d(table)
    return "\n".join(",".join(repr(float(v)) for v in row) for row in table) + "\n"


#: What a paste may look like, named in every paste error.
PASTE_FORMATS = Message("InputErrors", "accepted: one row per line or rows split by {semicolon}, numbers split by "
                        "commas, tabs or spaces, e.g. {rows} or {matlab} (Matlab) or {numpy} (NumPy)",
                        semicolon="';'", rows="1, 2; 3, 4", matlab="[1 2; 3 4]", numpy="[[1, 2], [3, 4]]")
_NUMPY_CALL = re.compile(r"(?:np\.|numpy\.)?array\((.*?)(?:,\s*dtype\s*=\s*[\w.]+)?\)", re.S)
_INNER_LIST = re.compile(r"\[([^\[\]]*)\]")


def _paste_error(problem: Message) -> InputError:
    return InputError(Message("InputErrors", "paste: {problem} ({formats})", problem=problem, formats=PASTE_FORMATS))


def _rows_of(text: str) -> list[str]:
    """The text of each row of a pasted matrix, in any of the forms of :data:`PASTE_FORMATS`."""
    body = text.strip()
    call = _NUMPY_CALL.fullmatch(body)
    if call:  # NumPy's repr: array([[1., 2.], [3., 4.]])
        body = call.group(1).strip()
    if body.startswith("[") != body.endswith("]"):
        raise _paste_error(Message("InputErrors", "a bracket is not closed"))
    if re.match(r"\[\s*\[", body):  # nested lists, one per row
        inner = body[1:-1]
        if _INNER_LIST.sub("", inner).strip(" \t\r\n,"):
            raise _paste_error(Message("InputErrors", "the lists inside the outer {brackets} must hold numbers only",
                                       brackets="[ ]"))
        return _INNER_LIST.findall(inner)
    if body.startswith("["):  # Matlab: rows end at ';' or a line break
        return re.split(r"[;\n]", body[1:-1])
    lines = body.splitlines()
    if len(lines) == 1 or all(line.rstrip().endswith(";") for line in lines[:-1]):
        return re.split(r"[;\n]", body)
    return lines  # one row per line; a ';' inside a line separates numbers (spreadsheet CSV)


def parse_matrix(text: str, shape: tuple[int, int]) -> np.ndarray:
    """Read a pasted matrix of exactly ``shape``: CSV or tab-separated rows as a spreadsheet copies them,
    Matlab's ``[1 2; 3 4]``, the rows of ``1 2; 3 4``, or Python's and NumPy's ``[[1, 2], [3, 4]]``.

    A vector may be pasted as one row or one column. Raises InputError with a one-line message that names
    the problem and the accepted forms.
    """
    rows: list[list[float]] = []
    for row_text in _rows_of(text.replace("\u2212", "-")):
        cells = [cell.strip("\"'") for cell in re.split(r"[,;\s]+", row_text.strip()) if cell.strip("\"'")]
        if not cells:
            continue
        row = []
        for cell in cells:
            try:
                row.append(float(cell))
            except ValueError:
                raise _paste_error(Message("InputErrors", "row {row}: {typed} is not a number", row=len(rows) + 1,
                                           typed=repr(cell[:20]))) from None
        rows.append(row)
    if not rows:
        raise _paste_error(Message("InputErrors", "the clipboard holds no numbers"))
    short = next((k for k, row in enumerate(rows) if len(row) != len(rows[0])), None)
    if short is not None:
        raise _paste_error(Message("InputErrors", "the rows have different numbers of values (row {first}: {count}, "
                                   "row {row}: {other})", first=1, count=len(rows[0]), row=short + 1,
                                   other=len(rows[short])))
    table = np.array(rows, dtype=float)
    if table.shape != shape and table.T.shape == shape and 1 in shape:
        table = table.T
    if table.shape != shape:
        got = " × ".join(map(str, table.shape))
        raise InputError(Message("InputErrors", "paste: got a {got} matrix, this table is {shape}", got=got,
                                 shape=f"{shape[0]} × {shape[1]}"))
    if not np.all(np.isfinite(table)):
        raise InputError(Message("InputErrors", "paste: every value must be a finite number"))
    return table
