"""What a cell is: its kind, its conventions (options) and the names and shapes of its parameters.

Parameter names are exactly those of the equations (docs/architecture.md#the-cells):

    rnn             W_xh (H, D)  W_hh (H, H)  b_h (H,)
    lstm            W_f U_f b_f  W_i U_i b_i  W_c U_c b_c  W_o U_o b_o        W_* (H, D), U_* (H, H), b_* (H,)
    peephole_lstm   the LSTM's, plus P_f P_i P_o: (H,) when peephole="diagonal", (H, H) when "full"
    gru             W_z U_z b_z  W_r U_r b_r  W_h U_h b_h  (+ b_hn (H,) when reset="after";
                    no W_r U_r b_r when reset="none", the simplified GRU with r ≡ 1)

D is the size of the layer's input (the vocabulary for the first layer) and H the hidden size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lstm_studio.engine.wording import Message

CELLS: tuple[str, ...] = ("rnn", "lstm", "peephole_lstm", "gru")

#: Every option of every cell: name -> (allowed values, default, one-line explanation).
OPTIONS: dict[str, dict[str, tuple[tuple[str, ...], str, str]]] = {
    "rnn": {
        "activation": (
            ("tanh", "relu"),
            "tanh",
            "φ in hₜ = φ(W_xh xₜ + W_hh hₜ₋₁ + b_h): tanh keeps h in (−1, 1); relu is unbounded.",
        ),
    },
    "lstm": {},
    "peephole_lstm": {
        "peephole": (
            ("diagonal", "full"),
            "diagonal",
            "diagonal peepholes: each gate sees only its own unit's cell state (Gers & Schmidhuber); "
            "full peepholes: a matrix P, every gate sees every unit's cell state, as in the concatenated form "
            "W·[cₜ₋₁, hₜ₋₁, xₜ].",
        ),
    },
    "gru": {
        "reset": (
            ("before", "after", "none"),
            "before",
            "reset before U_h: h̃ = tanh(W_h x + U_h (r ⊙ hₜ₋₁) + b_h) (Cho 2014, colah); "
            "reset after U_h: h̃ = tanh(W_h x + b_h + r ⊙ (U_h hₜ₋₁ + b_hn)) (cuDNN, PyTorch, which calls this h̃ "
            "nₜ); no reset gate (simplified): r ≡ 1.",
        ),
        "update": (
            ("z_takes_new", "z_keeps_old"),
            "z_takes_new",
            "z takes the new state: hₜ = (1 − z) ⊙ hₜ₋₁ + z ⊙ h̃ (colah, deeplearning.ai); "
            "z keeps the old state: hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ h̃ (Cho 2014, PyTorch).",
        ),
    },
}
#: How the windows and worksheets name an option's value (the files and the command line keep the code
#: names, e.g. ``update=z_takes_new``); the explanations above call each value by this name.
OPTION_LABELS = {"z_takes_new": "z takes the new state", "z_keeps_old": "z keeps the old state",
                 "before": "reset before U_h", "after": "reset after U_h", "none": "no reset gate (simplified)",
                 "diagonal": "diagonal peepholes", "full": "full peepholes"}


@dataclass(frozen=True)
class Gate:
    """One gate of a cell, as the trace keys it, the equations write it and the parameters name it.

    key     its name in the trace (``LayerTrace.gates``, ``pre``): f i g o, z r h_tilde
    symbol  how the equations write it in plain text: f, i, C̃, o, z, r, h̃
    latex   the same in LaTeX: \\tilde{C}, \\tilde{h}
    suffix  the suffix of its parameters W_*, U_*, b_*: the candidate C̃ of the LSTMs has W_c, U_c, b_c
            and the GRU's candidate h̃ has W_h, U_h, b_h
    title   what it is called, in words
    squash  "sigmoid" (values in [0, 1]) or "tanh" (a candidate, in [−1, 1])
    """

    key: str
    symbol: str
    latex: str
    suffix: str
    title: str
    squash: str

    @property
    def squash_symbol(self) -> str:
        """σ or tanh, as the equations write the squashing function."""
        return "σ" if self.squash == "sigmoid" else "tanh"


#: Every gate of every cell, by trace key: the one table the equations, plots, warnings, worksheets and
#: exports write gate names from.
GATE_TABLE: dict[str, Gate] = {g.key: g for g in (
    Gate("f", "f", "f", "f", "forget gate", "sigmoid"),
    Gate("i", "i", "i", "i", "input gate", "sigmoid"),
    Gate("g", "C̃", r"\tilde{C}", "c", "candidate", "tanh"),
    Gate("o", "o", "o", "o", "output gate", "sigmoid"),
    Gate("z", "z", "z", "z", "update gate", "sigmoid"),
    Gate("r", "r", "r", "r", "reset gate", "sigmoid"),
    Gate("h_tilde", "h̃", r"\tilde{h}", "h", "candidate state", "tanh"),
)}

#: Gate names of each cell in the trace, in display order.
GATES: dict[str, tuple[str, ...]] = {
    "rnn": (),
    "lstm": ("f", "i", "g", "o"),
    "peephole_lstm": ("f", "i", "g", "o"),
    "gru": ("z", "r", "h_tilde"),
}

#: Sigmoid gates (values in [0, 1]); every other gate is a tanh candidate in [−1, 1].
SIGMOID_GATES = frozenset(key for key, gate in GATE_TABLE.items() if gate.squash == "sigmoid")


def symbol(key: str) -> str:
    """How the equations write quantity ``key`` in plain text: a gate's symbol (``g`` -> C̃,
    ``h_tilde`` -> h̃), any other quantity (h, c, a, n, …) by its own name."""
    gate = GATE_TABLE.get(key)
    return gate.symbol if gate else key


def latex_symbol(key: str) -> str:
    """:func:`symbol` in LaTeX (``g`` -> \\tilde{C})."""
    gate = GATE_TABLE.get(key)
    return gate.latex if gate else key


def gate_of_suffix(suffix: str) -> Gate | None:
    """The gate whose parameters end in ``suffix`` (``c`` -> the candidate C̃, ``h`` -> h̃); None for
    suffixes of no gate (``xh``, ``hh``, ``hy``, ``y``). The GRU's ``hn`` (b_hn) belongs to h̃."""
    suffix = "h" if suffix == "hn" else suffix
    return next((g for g in GATE_TABLE.values() if g.suffix == suffix), None)


class SpecError(ValueError):
    """A cell kind, option or shape that is not allowed; the message names the field."""


@dataclass(frozen=True)
class CellSpec:
    """A cell kind with its options completed by the defaults.

    ``options`` is a tuple of (name, value) pairs so that the spec is hashable (the symbolic layer
    caches compiled formulas by spec).
    """

    cell: str
    options: tuple[tuple[str, str], ...] = field(default=())

    @staticmethod
    def make(cell: str, options: dict | None = None) -> CellSpec:
        """Check ``cell`` and ``options`` and fill in the defaults; raises SpecError naming the field."""
        if cell not in CELLS:
            raise SpecError(Message("InputErrors", "{field}: unknown cell {cell} (expected one of {expected})",
                                    field="cell", cell=repr(cell), expected=", ".join(CELLS)))
        options = dict(options or {})
        known = OPTIONS[cell]
        filled = {}
        for name, (allowed, default, _) in known.items():
            value = options.pop(name, default)
            if value not in allowed:
                raise SpecError(Message("InputErrors", "{field}: {value} is not one of {allowed} for cell {cell}",
                                        field=f"options.{name}", value=repr(value), allowed=", ".join(allowed),
                                        cell=repr(cell)))
            filled[name] = value
        if options:
            name = sorted(options)[0]
            if not known:
                raise SpecError(Message("InputErrors", "{field}: unknown option for cell {cell} (valid: none)",
                                        field=f"options.{name}", cell=repr(cell)))
            raise SpecError(Message("InputErrors", "{field}: unknown option for cell {cell} (valid: {valid})",
                                    field=f"options.{name}", cell=repr(cell), valid=", ".join(known)))
        return CellSpec(cell, tuple(sorted(filled.items())))

    @property
    def opts(self) -> dict[str, str]:
        return dict(self.options)

    def option(self, name: str) -> str:
        return dict(self.options)[name]

    @property
    def has_c(self) -> bool:
        """Whether the cell carries a cell state c_t besides h_t."""
        return self.cell in ("lstm", "peephole_lstm")

    @property
    def gates(self) -> tuple[str, ...]:
        if self.cell == "gru" and self.option("reset") == "none":
            return ("z", "h_tilde")
        return GATES[self.cell]

    def param_shapes(self, input_size: int, hidden_size: int) -> dict[str, tuple[int, ...]]:
        """Names and shapes of one layer's parameters, in the canonical order."""
        D, H = input_size, hidden_size
        if self.cell == "rnn":
            return {"W_xh": (H, D), "W_hh": (H, H), "b_h": (H,)}
        shapes: dict[str, tuple[int, ...]] = {}
        for gate in self.gates:
            suffix = GATE_TABLE[gate].suffix
            shapes[f"W_{suffix}"] = (H, D)
            shapes[f"U_{suffix}"] = (H, H)
            shapes[f"b_{suffix}"] = (H,)
        if self.cell == "peephole_lstm":
            pshape = (H,) if self.option("peephole") == "diagonal" else (H, H)
            for gate in ("f", "i", "o"):
                shapes[f"P_{gate}"] = pshape
        if self.cell == "gru" and self.option("reset") == "after":
            shapes["b_hn"] = (H,)
        return shapes


def layer_suffix(layer: int, reverse: bool) -> str:
    """The suffix that names a parameter of a stacked or bidirectional model.

    Layer 1's forward direction has none (``W_f``); layer 2 adds ``_l2`` (``W_f_l2``); the backward
    direction of a bidirectional model adds ``_rev`` (``W_f_rev``, ``W_f_l2_rev``). ``layer`` is 0-based.
    """
    return (f"_l{layer + 1}" if layer else "") + ("_rev" if reverse else "")
