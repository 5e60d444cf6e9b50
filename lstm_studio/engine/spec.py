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

CELLS: tuple[str, ...] = ("rnn", "lstm", "peephole_lstm", "gru")

#: Every option of every cell: name -> (allowed values, default, one-line explanation).
OPTIONS: dict[str, dict[str, tuple[tuple[str, ...], str, str]]] = {
    "rnn": {
        "activation": (
            ("tanh", "relu"),
            "tanh",
            "φ in h_t = φ(W_xh x_t + W_hh h_{t-1} + b_h): tanh keeps h in (−1, 1); relu is unbounded.",
        ),
    },
    "lstm": {},
    "peephole_lstm": {
        "peephole": (
            ("diagonal", "full"),
            "diagonal",
            "diagonal: each gate sees only its own unit's cell (Gers & Schmidhuber); "
            "full: a matrix P, as in the slides' W·[C, h, x].",
        ),
    },
    "gru": {
        "reset": (
            ("before", "after", "none"),
            "before",
            "before: h̃ = tanh(W_h x + U_h (r ⊙ h) + b_h) (Cho 2014, colah); "
            "after: h̃ = tanh(W_h x + b_h + r ⊙ (U_h h + b_hn)) (cuDNN, PyTorch); "
            "none: the simplified GRU, r ≡ 1.",
        ),
        "update": (
            ("z_takes_new", "z_keeps_old"),
            "z_takes_new",
            "z_takes_new: h = (1 − z) ⊙ h_prev + z ⊙ h̃ (colah, deeplearning.ai); "
            "z_keeps_old: h = z ⊙ h_prev + (1 − z) ⊙ h̃ (Cho 2014, PyTorch).",
        ),
    },
}

#: Gate names of each cell in the trace, in display order.
GATES: dict[str, tuple[str, ...]] = {
    "rnn": (),
    "lstm": ("f", "i", "g", "o"),
    "peephole_lstm": ("f", "i", "g", "o"),
    "gru": ("z", "r", "h_tilde"),
}

#: Sigmoid gates (values in [0, 1]); every other gate is a tanh candidate in [−1, 1].
SIGMOID_GATES = frozenset({"f", "i", "o", "z", "r"})


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
            raise SpecError(f"cell: unknown cell {cell!r} (expected one of {', '.join(CELLS)})")
        options = dict(options or {})
        known = OPTIONS[cell]
        filled = {}
        for name, (allowed, default, _) in known.items():
            value = options.pop(name, default)
            if value not in allowed:
                raise SpecError(
                    f"options.{name}: {value!r} is not one of {', '.join(allowed)} for cell {cell!r}"
                )
            filled[name] = value
        if options:
            name = sorted(options)[0]
            valid = ", ".join(known) or "none"
            raise SpecError(f"options.{name}: unknown option for cell {cell!r} (valid: {valid})")
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
        if self.cell in ("lstm", "peephole_lstm"):
            shapes: dict[str, tuple[int, ...]] = {}
            for gate in ("f", "i", "c", "o"):
                shapes[f"W_{gate}"] = (H, D)
                shapes[f"U_{gate}"] = (H, H)
                shapes[f"b_{gate}"] = (H,)
            if self.cell == "peephole_lstm":
                pshape = (H,) if self.option("peephole") == "diagonal" else (H, H)
                for gate in ("f", "i", "o"):
                    shapes[f"P_{gate}"] = pshape
            return shapes
        reset = self.option("reset")
        gates = ("z", "h") if reset == "none" else ("z", "r", "h")
        shapes = {}
        for gate in gates:
            shapes[f"W_{gate}"] = (H, D)
            shapes[f"U_{gate}"] = (H, H)
            shapes[f"b_{gate}"] = (H,)
        if reset == "after":
            shapes["b_hn"] = (H,)
        return shapes


def layer_suffix(layer: int, reverse: bool) -> str:
    """The suffix that names a parameter of a stacked or bidirectional model.

    Layer 1's forward direction has none (``W_f``); layer 2 adds ``_l2`` (``W_f_l2``); the backward
    direction of a bidirectional model adds ``_rev`` (``W_f_rev``, ``W_f_l2_rev``). ``layer`` is 0-based.
    """
    return (f"_l{layer + 1}" if layer else "") + ("_rev" if reverse else "")
