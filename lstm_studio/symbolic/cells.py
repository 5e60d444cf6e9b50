"""Each cell's step as a graph of named quantities for one unit j (docs/architecture.md#the-cells).

A :class:`Node` is one named quantity of unit j at step t. Its value is an affine part — terms
``M v`` summed over the columns of a parameter matrix M (``matrix``), ``P ⊙ v`` (``diag``) and biases —
plus an elementwise part: a sympy expression in unit j's own quantities (the gates, c_{t-1}, h_{t-1}, …).
Pre-activations are nodes with only an affine part; gates are σ or tanh of their pre-activation, so that
differentiating a gate yields the gate itself (see :mod:`.functions`).

The node names double as the names of the quantities in the trace: ``x`` (the input), ``h_prev`` and
``c_prev`` (the state at t-1), the gates ``f i g o`` / ``z r h_tilde``, ``c``, ``h``, ``n`` (GRU reset
after) and ``a`` (the RNN's pre-activation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import sympy

from lstm_studio.engine.spec import CellSpec
from lstm_studio.symbolic.functions import Relu, Sigma, Tanh
from lstm_studio.symbolic.symbols import leaf

#: Node names of quantities that are not computed at step t.
LEAF_NODES = {"x": ("x", "t"), "h_prev": ("h", "t-1"), "c_prev": ("c", "t-1")}


def node_leaf(name: str, letter: str = "j") -> sympy.Symbol:
    """The leaf symbol of node ``name`` for unit ``letter`` (h_prev -> h@t-1@letter)."""
    q, step = LEAF_NODES.get(name, (name, "t"))
    return leaf(q, step, letter)


@dataclass(frozen=True)
class Term:
    """One affine term of a pre-activation: ``param`` times ``input`` (matrix or diagonal) or a bias."""

    param: str
    input: str = ""
    kind: str = "matrix"  # "matrix" | "diag" | "bias"


@dataclass(frozen=True)
class Node:
    """A named quantity of unit j: affine ``terms`` plus an elementwise ``expr`` over ``parents``.

    ``stored`` says whether the trace holds the value (otherwise it is written through its definition).
    """

    name: str
    terms: tuple[Term, ...] = ()
    expr: sympy.Expr | None = None
    parents: tuple[str, ...] = ()
    stored: bool = True


@dataclass(frozen=True)
class CellGraph:
    """The nodes of a cell in dependency order; ``outputs`` are the quantities formulas are taken of."""

    spec: CellSpec
    nodes: dict[str, Node] = field(hash=False)
    outputs: tuple[str, ...]
    states: tuple[str, ...]
    collapse: dict = field(hash=False)

    def params(self) -> tuple[str, ...]:
        return tuple(self.spec.param_shapes(1, 1))

    def users(self, param_name: str) -> list[tuple[Node, Term]]:
        return [(n, t) for n in self.nodes.values() for t in n.terms if t.param == param_name]


def _mul(*factors) -> sympy.Expr:
    """A product kept in the order written, so the equations read as in the textbook."""
    return sympy.Mul(*factors, evaluate=False)


def _add(*terms) -> sympy.Expr:
    return sympy.Add(*terms, evaluate=False)


def _rnn(spec: CellSpec) -> list[Node]:
    a = node_leaf("a")
    act = Relu(a) if spec.option("activation") == "relu" else Tanh(a)
    return [
        Node("a", (Term("W_xh", "x"), Term("W_hh", "h_prev"), Term("b_h", "", "bias"))),
        Node("h", expr=act, parents=("a",)),
    ]


def _lstm(spec: CellSpec) -> list[Node]:
    L = node_leaf
    peephole = spec.cell == "peephole_lstm"
    kind = "diag" if peephole and spec.option("peephole") == "diagonal" else "matrix"

    def peep(gate: str, source: str) -> tuple[Term, ...]:
        return (Term(f"P_{gate}", source, kind),) if peephole else ()

    return [
        Node("a_f", (Term("W_f", "x"), Term("U_f", "h_prev"), *peep("f", "c_prev"), Term("b_f", "", "bias")),
             stored=False),
        Node("f", expr=Sigma(L("a_f")), parents=("a_f",)),
        Node("a_i", (Term("W_i", "x"), Term("U_i", "h_prev"), *peep("i", "c_prev"), Term("b_i", "", "bias")),
             stored=False),
        Node("i", expr=Sigma(L("a_i")), parents=("a_i",)),
        Node("a_g", (Term("W_c", "x"), Term("U_c", "h_prev"), Term("b_c", "", "bias")), stored=False),
        Node("g", expr=Tanh(L("a_g")), parents=("a_g",)),
        Node("c", expr=_add(_mul(L("f"), L("c_prev")), _mul(L("i"), L("g"))), parents=("f", "c_prev", "i", "g")),
        Node("a_o", (Term("W_o", "x"), Term("U_o", "h_prev"), *peep("o", "c"), Term("b_o", "", "bias")),
             stored=False),
        Node("o", expr=Sigma(L("a_o")), parents=("a_o",)),
        Node("h", expr=_mul(L("o"), Tanh(L("c"))), parents=("c", "o")),
    ]


def _gru(spec: CellSpec) -> list[Node]:
    L = node_leaf
    reset = spec.option("reset")
    nodes = [
        Node("a_z", (Term("W_z", "x"), Term("U_z", "h_prev"), Term("b_z", "", "bias")), stored=False),
        Node("z", expr=Sigma(L("a_z")), parents=("a_z",)),
    ]
    if reset != "none":
        nodes += [
            Node("a_r", (Term("W_r", "x"), Term("U_r", "h_prev"), Term("b_r", "", "bias")), stored=False),
            Node("r", expr=Sigma(L("a_r")), parents=("a_r",)),
        ]
    if reset == "before":
        nodes += [
            Node("rh", expr=_mul(L("r"), L("h_prev")), parents=("r", "h_prev"), stored=False),
            Node("a_h", (Term("W_h", "x"), Term("U_h", "rh"), Term("b_h", "", "bias")), stored=False),
        ]
    elif reset == "after":
        nodes += [
            Node("n", (Term("U_h", "h_prev"), Term("b_hn", "", "bias"))),
            Node("a_h", (Term("W_h", "x"), Term("b_h", "", "bias")), expr=_mul(L("r"), L("n")), parents=("r", "n"),
                 stored=False),
        ]
    else:
        nodes.append(
            Node("a_h", (Term("W_h", "x"), Term("U_h", "h_prev"), Term("b_h", "", "bias")), stored=False)
        )
    nodes.append(Node("h_tilde", expr=Tanh(L("a_h")), parents=("a_h",)))
    z, h_prev, h_tilde = L("z"), L("h_prev"), L("h_tilde")
    if spec.option("update") == "z_keeps_old":
        h = _add(_mul(z, h_prev), _mul(1 - z, h_tilde))
    else:
        h = _add(_mul(1 - z, h_prev), _mul(z, h_tilde))
    nodes.append(Node("h", expr=h, parents=("h_prev", "z", "h_tilde")))
    return nodes


@cache
def graph(spec: CellSpec) -> CellGraph:
    """The cell's graph for unit j (cached per spec)."""
    build = {"rnn": _rnn, "lstm": _lstm, "peephole_lstm": _lstm, "gru": _gru}[spec.cell]
    nodes = {n.name: n for n in build(spec)}
    # σ(a_f) is f_t, tanh(a_g) is C̃_t, …: derivatives are rewritten in these names.
    collapse = {
        n.expr: node_leaf(n.name)
        for n in nodes.values()
        if isinstance(n.expr, (Sigma, Tanh)) and n.parents and n.parents[0].startswith("a")
    }
    outputs = ("h", "c") if spec.has_c else ("h",)
    states = ("h_prev", "c_prev") if spec.has_c else ("h_prev",)
    return CellGraph(spec, nodes, outputs, states, collapse)
