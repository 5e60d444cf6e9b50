"""Local derivatives of one step by the chain rule over the cell graph, in gate terms.

The derivative of unit j's output (h_t or c_t) with respect to a target — a parameter entry or an entry
of h_{t-1}, c_{t-1} or x_t — is the sum over every path in the graph of :mod:`.cells` from the output to
the target, each path the product of its edges' local partial derivatives. Sympy computes each partial
(``diff`` of a node's definition, with σ' = σ(1 − σ) and tanh' = 1 − tanh²); the recursion

    D(node) = Σ_parents ∂node/∂parent · D(parent)

keeps the shared factors outside, so the result reads as the textbook writes it:

    ∂h_t/∂U_f[j,k] = o_t (1 − tanh² c_t) c_{t−1} f_t (1 − f_t) h_{t−1,k}

Indices. An elementwise edge keeps the unit; an affine edge ``M v`` with v computed in the same step
(the full peephole P_o c_t, the GRU's U_h (r_t ⊙ h_{t-1})) mixes units, so the sub-derivative is taken
for a summed unit m. Where a path ends on the target it contributes a Kronecker δ (the target's row j or
column k against the current unit); a δ on a summed unit collapses the sum (Σ_m M_{jm} δ_mk A_m =
M_{jk} A_k), any other remains as δ_jk (e.g. ∂c_t/∂c_{t-1,k} = δ_jk f_t, the constant error carousel).
Results are kept as a small tree (products, sums, Σ over a unit) so that the factor order survives into
the printed formula; :func:`to_sympy` turns a tree into an unevaluated sympy expression.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import sympy

from lstm_studio.engine.spec import CellSpec
from lstm_studio.symbolic.cells import LEAF_NODES, CellGraph, Node, graph, node_leaf
from lstm_studio.symbolic.description import Product, SumOver, Total
from lstm_studio.symbolic.symbols import delta, param, relabel

SUM_LETTERS = ("m", "l", "q", "s")


# --- trees: products, sums and Σ over a unit in the order written (the cells' description's) --------


def prod(*items):
    """A product in the given order, with nested products flattened and factors 1 left out."""
    flat: list = []
    for item in items:
        if isinstance(item, Product):
            flat.extend(item.factors)
        elif not (isinstance(item, sympy.Basic) and item == 1):
            flat.append(item)
    if not flat:
        return sympy.S.One
    return flat[0] if len(flat) == 1 else Product(tuple(flat))


def plus(*items):
    flat: list = []
    for item in items:
        if isinstance(item, Total):
            flat.extend(item.terms)
        else:
            flat.append(item)
    return flat[0] if len(flat) == 1 else Total(tuple(flat))


def map_tree(tree, fn):
    """The tree with ``fn`` applied to every factor (a sympy expression), keeping the order."""
    if isinstance(tree, Product):
        return Product(tuple(map_tree(x, fn) for x in tree.factors))
    if isinstance(tree, Total):
        return Total(tuple(map_tree(x, fn) for x in tree.terms))
    if isinstance(tree, SumOver):
        return SumOver(tree.letter, map_tree(tree.body, fn))
    return fn(tree)


def relabel_tree(tree, mapping: dict[str, str]):
    """Index letters replaced in every factor (a Σ keeps its own letter)."""
    if isinstance(tree, SumOver):
        inner = {k: v for k, v in mapping.items() if k != tree.letter}
        return SumOver(tree.letter, relabel_tree(tree.body, inner))
    if isinstance(tree, Product):
        return Product(tuple(relabel_tree(x, mapping) for x in tree.factors))
    if isinstance(tree, Total):
        return Total(tuple(relabel_tree(x, mapping) for x in tree.terms))
    return relabel(tree, mapping)


# --- δ grades ---------------------------------------------------------------------------------------


def grade(*pairs: tuple[str, str]) -> frozenset:
    """The Kronecker δs a term carries: a set of sorted (letter, letter) pairs."""
    return frozenset(tuple(sorted(p)) for p in pairs if p[0] != p[1])


def _add(result: dict, g: frozenset, tree) -> None:
    result[g] = plus(result[g], tree) if g in result else tree


# --- targets and derivation --------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """What a derivative is taken with respect to: ``kind`` "param" (a parameter name) or "state"
    (``h_prev``, ``c_prev`` or ``x``)."""

    kind: str
    name: str


@cache
def edge_partial(spec: CellSpec, name: str, parent: str) -> sympy.Expr:
    """∂node/∂parent for unit j, in gate terms (σ(a_f) written f_t, …)."""
    g = graph(spec)
    return sympy.diff(g.nodes[name].expr, node_leaf(parent)).xreplace(g.collapse)


class _Deriver:
    """D(node, unit letter) for one target, memoised; letters: the parameter row is j, its column k."""

    def __init__(self, graph: CellGraph, target: Target):
        self.graph = graph
        self.target = target
        self.memo: dict = {}

    def partial(self, node: Node, parent: str, letter: str) -> sympy.Expr:
        return relabel(edge_partial(self.graph.spec, node.name, parent), {"j": letter})

    def value(self, name: str, letter: str) -> sympy.Expr:
        """The value of node ``name`` at unit ``letter`` as it appears in a formula."""
        if name in LEAF_NODES or self.graph.nodes[name].stored:
            return node_leaf(name, letter)
        return relabel(self.graph.nodes[name].expr, {"j": letter})

    def d(self, name: str, letter: str) -> dict:
        key = (name, letter)
        if key not in self.memo:
            self.memo[key] = self._d(self.graph.nodes[name], letter)
        return self.memo[key]

    def _d(self, node: Node, cur: str) -> dict:
        target = self.target
        result: dict = {}
        for parent in node.parents:
            factor = self.partial(node, parent, cur)
            if factor == 0:
                continue
            if parent in LEAF_NODES:
                if target.kind == "state" and target.name == parent:
                    _add(result, grade((cur, "k")), factor)
                continue
            for g, tree in self.d(parent, cur).items():
                _add(result, g, prod(factor, tree))
        for term in node.terms:
            if target.kind == "param" and term.param == target.name:
                if term.kind == "matrix":
                    _add(result, grade((cur, "j")), self.value(term.input, "k"))
                elif term.kind == "diag":
                    _add(result, grade((cur, "j")), self.value(term.input, cur))
                else:
                    _add(result, grade((cur, "j")), sympy.S.One)
            if term.kind == "bias":
                continue
            if term.input in LEAF_NODES:
                if target.kind == "state" and target.name == term.input:
                    if term.kind == "matrix":
                        _add(result, grade(), param(term.param, cur + "k"))
                    else:
                        _add(result, grade((cur, "k")), param(term.param, cur))
            elif term.kind == "diag":
                for g, tree in self.d(term.input, cur).items():
                    _add(result, g, prod(param(term.param, cur), tree))
            else:
                self._close_sum(result, term.param, cur, term.input)
        return result

    def _close_sum(self, result: dict, matrix: str, cur: str, name: str) -> None:
        """Add Σ_m M[cur, m] D(name, m), collapsing the sum wherever a term carries δ on m."""
        m = SUM_LETTERS[SUM_LETTERS.index(cur) + 1] if cur in SUM_LETTERS else SUM_LETTERS[0]
        for g, tree in self.d(name, m).items():
            pair = next((p for p in g if m in p), None)
            if pair is None:
                _add(result, g, SumOver(m, prod(param(matrix, cur + m), tree)))
                continue
            other = pair[0] if pair[1] == m else pair[1]
            rest = grade(*(tuple(other if x == m else x for x in p) for p in g if p != pair))
            _add(result, rest, prod(param(matrix, cur + other), relabel_tree(tree, {m: other})))


def derive(graph: CellGraph, of: str, target: Target, out: str = "j"):
    """The tree of ∂of_{t,out}/∂target; ``out`` = "i" gives another unit than the parameter's row j.

    Returns sympy zero when the output does not depend on the target.
    """
    result = _Deriver(graph, target).d(of, out)
    terms = []
    # δ terms first: the diagonal part of a Jacobian (δ_jk f_t) is what a student looks for.
    for g in sorted(result, key=lambda g: (-len(g), sorted(g))):
        if target.kind == "param" and any(set(p) == {out, "j"} for p in g):
            continue  # δ between the output unit i and the parameter's row j: i ≠ j, so zero
        deltas = [delta(*p) for p in sorted(g)]
        terms.append(prod(*deltas, result[g]))
    if not terms:
        return sympy.S.Zero
    return plus(*terms)
