"""Each cell's step as a graph of named quantities for one unit j (docs/architecture.md#the-cells), in sympy:
:mod:`.description` (the one description of the cells' equations) with each elementwise part turned into a
sympy expression.

A :class:`Node` is one named quantity of unit j at step t: its affine ``terms`` as described, plus the
elementwise part as a sympy expression in unit j's own quantities. Gates are σ or tanh of their
pre-activation, so that differentiating a gate yields the gate itself (see :mod:`.functions`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import sympy

from lstm_studio.engine.spec import CellSpec
from lstm_studio.symbolic import description
from lstm_studio.symbolic.description import LEAF_NODES, Apply, Expr, OneMinus, Product, Ref, SumOver, Term, Total
from lstm_studio.symbolic.functions import Relu, Sigma, Tanh
from lstm_studio.symbolic.symbols import leaf

__all__ = ["LEAF_NODES", "CellGraph", "Node", "Term", "graph", "node_leaf"]

_FUNCTIONS = {"sigma": Sigma, "tanh": Tanh, "relu": Relu}
#: The number of units H a printed Σ runs to.
H_SYMBOL = sympy.Symbol("H", integer=True, positive=True)


def node_leaf(name: str, letter: str = "j") -> sympy.Symbol:
    """The leaf symbol of node ``name`` for unit ``letter`` (h_prev -> h@t-1@letter)."""
    q, step = LEAF_NODES.get(name, (name, "t"))
    return leaf(q, step, letter)


@dataclass(frozen=True)
class Node:
    """A named quantity of unit j: affine ``terms`` plus an elementwise ``expr`` (sympy) over ``parents``.

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


def to_sympy(e: Expr | sympy.Expr) -> sympy.Expr:
    """A described expression (or a derivative's tree, whose leaves are sympy expressions) as an
    unevaluated sympy expression, in the order written."""
    if isinstance(e, Ref):
        return node_leaf(e.name)
    if isinstance(e, Apply):
        return _FUNCTIONS[e.fn](to_sympy(e.arg))
    if isinstance(e, Product):
        return sympy.Mul(*(to_sympy(f) for f in e.factors), evaluate=False)
    if isinstance(e, Total):
        return sympy.Add(*(to_sympy(t) for t in e.terms), evaluate=False)
    if isinstance(e, OneMinus):
        return 1 - to_sympy(e.arg)
    if isinstance(e, SumOver):
        return sympy.Sum(to_sympy(e.body), (sympy.Symbol(e.letter, integer=True), 1, H_SYMBOL))
    return e


@cache
def graph(spec: CellSpec) -> CellGraph:
    """The cell's graph for unit j (cached per spec)."""
    nodes = {
        n.name: Node(n.name, n.terms, None if n.expr is None else to_sympy(n.expr), n.parents, n.stored)
        for n in description.describe(spec).values()
    }
    # σ(a_f) is f_t, tanh(a_g) is C̃_t, …: derivatives are rewritten in these names.
    collapse = {
        n.expr: node_leaf(n.name)
        for n in nodes.values()
        if isinstance(n.expr, (Sigma, Tanh)) and n.parents and n.parents[0].startswith("a")
    }
    outputs = ("h", "c") if spec.has_c else ("h",)
    states = ("h_prev", "c_prev") if spec.has_c else ("h_prev",)
    return CellGraph(spec, nodes, outputs, states, collapse)
