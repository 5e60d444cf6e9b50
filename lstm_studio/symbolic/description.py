"""Each cell's step as data: the one description of its equations, from which every equation the studio
shows, prints or exports is written (docs/architecture.md).

A cell is a list of :class:`Node`\\ s, one named quantity of unit j at step t each, in the order they are
computed. A node's value is an affine part (``terms``: ``M v`` summed over the columns of a parameter M,
``P ⊙ v`` and biases) plus an elementwise part (``expr``) over unit j's own quantities. Pre-activations
(``a_f``, ``a_h``, the RNN's ``a``) are affine; gates are σ or tanh of their pre-activation.

Names: ``x`` (the input), ``h_prev`` and ``c_prev`` (the state at t-1), the gates ``f i g o`` / ``z r
h_tilde`` (the engine's gate table), ``c``, ``h``, ``n`` (GRU reset after, U_h h_{t-1} + b_hn), ``rh``
(GRU reset before, r_t ⊙ h_{t-1}) and the pre-activations ``a_*``.

Nothing here imports sympy: :mod:`.cells` turns the description into sympy for the derivatives, and
:func:`equations` writes it as text or LaTeX for the model panel, the worksheets and the NumPy export,
which need no derivatives and must not wait for sympy to load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from lstm_studio.engine.spec import CellSpec, latex_symbol, symbol

#: Names of the quantities that are not computed at step t: name -> (quantity, step).
LEAF_NODES = {"x": ("x", "t"), "h_prev": ("h", "t-1"), "c_prev": ("c", "t-1")}


# --- the elementwise part -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """The value of a node or leaf of unit j (``f``, ``c_prev``, ``a_f``, …)."""

    name: str


@dataclass(frozen=True)
class Apply:
    """``fn(arg)`` for fn ``sigma``, ``tanh`` or ``relu``."""

    fn: str
    arg: Expr


@dataclass(frozen=True)
class Product:
    """An elementwise product, factors in the order written."""

    factors: tuple[Expr, ...]


@dataclass(frozen=True)
class Total:
    """A sum, terms in the order written."""

    terms: tuple[Expr, ...]


@dataclass(frozen=True)
class OneMinus:
    """1 − arg."""

    arg: Expr


@dataclass(frozen=True)
class SumOver:
    """Σ over the units ``letter`` = 1..H of ``body`` (the derivatives' sums; the unit form's Σ_k)."""

    letter: str
    body: object


Expr = Ref | Apply | Product | Total | OneMinus | SumOver


# --- nodes ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One affine term of a pre-activation: ``param`` times ``input`` (matrix or diagonal) or a bias."""

    param: str
    input: str = ""
    kind: str = "matrix"  # "matrix" | "diag" | "bias"


@dataclass(frozen=True)
class Node:
    """A named quantity of unit j: affine ``terms`` plus an elementwise ``expr`` over ``parents``.

    ``parents`` are the quantities ``expr`` reads, in the order the chain rule visits them (so that the
    derived formulas keep the textbook's order); ``stored`` says whether the trace holds the value
    (otherwise a formula writes it through its definition).
    """

    name: str
    terms: tuple[Term, ...] = ()
    expr: Expr | None = None
    parents: tuple[str, ...] = ()
    stored: bool = True

    @property
    def is_pre_activation(self) -> bool:
        return self.name == "a" or self.name.startswith("a_")


def _affine(gate: str, suffix: str, *extra: Term) -> Node:
    """a_gate = W x_t + U h_{t-1} (+ extra terms) + b, never stored (the gate is)."""
    return Node(f"a_{gate}", (Term(f"W_{suffix}", "x"), Term(f"U_{suffix}", "h_prev"), *extra,
                              Term(f"b_{suffix}", "", "bias")), stored=False)


def _squash(gate: str, fn: str) -> Node:
    return Node(gate, expr=Apply(fn, Ref(f"a_{gate}")), parents=(f"a_{gate}",))


def _rnn(spec: CellSpec) -> list[Node]:
    return [
        Node("a", (Term("W_xh", "x"), Term("W_hh", "h_prev"), Term("b_h", "", "bias"))),
        Node("h", expr=Apply(spec.option("activation"), Ref("a")), parents=("a",)),
    ]


def _lstm(spec: CellSpec) -> list[Node]:
    peephole = spec.cell == "peephole_lstm"
    kind = "diag" if peephole and spec.option("peephole") == "diagonal" else "matrix"

    def peep(gate: str, source: str) -> tuple[Term, ...]:
        return (Term(f"P_{gate}", source, kind),) if peephole else ()

    f, i, g, o, c, c_prev = (Ref(n) for n in ("f", "i", "g", "o", "c", "c_prev"))
    return [
        _affine("f", "f", *peep("f", "c_prev")), _squash("f", "sigma"),
        _affine("i", "i", *peep("i", "c_prev")), _squash("i", "sigma"),
        _affine("g", "c"), _squash("g", "tanh"),
        Node("c", expr=Total((Product((f, c_prev)), Product((i, g)))), parents=("f", "c_prev", "i", "g")),
        _affine("o", "o", *peep("o", "c")), _squash("o", "sigma"),
        Node("h", expr=Product((o, Apply("tanh", c))), parents=("c", "o")),
    ]


def _gru(spec: CellSpec) -> list[Node]:
    reset = spec.option("reset")
    z, r, h_prev, h_tilde = Ref("z"), Ref("r"), Ref("h_prev"), Ref("h_tilde")
    nodes = [_affine("z", "z"), _squash("z", "sigma")]
    if reset != "none":
        nodes += [_affine("r", "r"), _squash("r", "sigma")]
    bias = Term("b_h", "", "bias")
    if reset == "before":
        nodes += [
            Node("rh", expr=Product((r, h_prev)), parents=("r", "h_prev"), stored=False),
            Node("a_h", (Term("W_h", "x"), Term("U_h", "rh"), bias), stored=False),
        ]
    elif reset == "after":
        nodes += [
            Node("n", (Term("U_h", "h_prev"), Term("b_hn", "", "bias"))),
            Node("a_h", (Term("W_h", "x"), bias), expr=Product((r, Ref("n"))), parents=("r", "n"),
                 stored=False),
        ]
    else:
        nodes.append(Node("a_h", (Term("W_h", "x"), Term("U_h", "h_prev"), bias), stored=False))
    nodes.append(Node("h_tilde", expr=Apply("tanh", Ref("a_h")), parents=("a_h",)))
    if spec.option("update") == "z_keeps_old":
        h = Total((Product((z, h_prev)), Product((OneMinus(z), h_tilde))))
    else:
        h = Total((Product((OneMinus(z), h_prev)), Product((z, h_tilde))))
    nodes.append(Node("h", expr=h, parents=("h_prev", "z", "h_tilde")))
    return nodes


@cache
def describe(spec: CellSpec) -> dict[str, Node]:
    """The cell's nodes by name, in the order they are computed (cached per spec)."""
    build = {"rnn": _rnn, "lstm": _lstm, "peephole_lstm": _lstm, "gru": _gru}[spec.cell]
    return {node.name: node for node in build(spec)}


def shown(spec: CellSpec) -> list[str]:
    """The quantities that get an equation of their own, in order: every node but the pre-activations
    (written inside their gate) and r ⊙ h_{t-1} (written inside the candidate)."""
    return [n.name for n in describe(spec).values() if n.stored and not n.is_pre_activation]


def pre_activation(node: Node) -> str | None:
    """The pre-activation a gate (or the RNN's h) squashes, or None for other nodes."""
    if isinstance(node.expr, Apply) and isinstance(node.expr.arg, Ref) and node.expr.arg.name[:1] == "a":
        return node.expr.arg.name
    return None


# --- writing it -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """How :func:`equations` writes: quantities and parameters, products, functions and parentheses."""

    quantity: Callable[[str, str], str]  # (node name, step "t" | "t-1") -> f_t, h_{t−1}
    param: Callable[[str], str]          # W_f -> W_f, W_{xh}
    matmul: str                           # between a matrix and its vector
    odot: str                             # an elementwise product
    functions: dict[str, str]
    open: str
    close: str
    one_minus: str


def _text_quantity(name: str, step: str) -> str:
    step = step.replace("-", "−")
    return f"{symbol(name)}_{step}" if len(step) == 1 else f"{symbol(name)}_{{{step}}}"


def _latex_quantity(name: str, step: str) -> str:
    return f"{latex_symbol(name)}_{step}" if len(step) == 1 else f"{latex_symbol(name)}_{{{step}}}"


def _latex_param(name: str) -> str:
    base, _, sub = name.partition("_")
    return f"{base}_{sub}" if len(sub) == 1 else f"{base}_{{{sub}}}"


#: Plain Unicode: f_t = σ(W_f x_t + U_f h_{t−1} + b_f), c_t = f_t ⊙ c_{t−1} + i_t ⊙ C̃_t.
TEXT = Style(_text_quantity, str, " ", " ⊙ ", {"sigma": "σ", "tanh": "tanh", "relu": "relu"}, "(", ")", "1 − ")
#: LaTeX as the worksheets set it: f_t = \sigma\left(W_f\, x_t + U_f\, h_{t-1} + b_f\right).
LATEX = Style(_latex_quantity, _latex_param, r"\, ", r" \odot ",
              {"sigma": r"\sigma", "tanh": r"\tanh", "relu": r"\mathrm{relu}"}, r"\left(", r"\right)", "1 - ")


class _Writer:
    def __init__(self, spec: CellSpec, style: Style, inline: frozenset[str]) -> None:
        self.nodes = describe(spec)
        self.style = style
        self.inline = inline

    def value(self, name: str) -> str:
        """A quantity as it appears on a right-hand side: its symbol, or its definition when it is not
        stored (r ⊙ h_{t-1}) or written inline (n_t), in parentheses."""
        st = self.style
        if name in LEAF_NODES:
            quantity, step = LEAF_NODES[name]
            return st.quantity(quantity, step)
        node = self.nodes[name]
        if node.stored and name not in self.inline:
            return st.quantity(name, "t")
        return f"{st.open}{self.rhs(node)}{st.close}"

    def affine(self, node: Node) -> str:
        st = self.style
        parts = []
        for term in node.terms:
            if term.kind == "bias":
                parts.append(st.param(term.param))
            elif term.kind == "diag":
                parts.append(f"{st.param(term.param)}{st.odot}{self.value(term.input)}")
            else:
                value = self.value(term.input)
                between = st.matmul if not value.startswith(st.open) else " "
                parts.append(f"{st.param(term.param)}{between}{value}")
        if node.expr is not None:
            parts.append(self.expr(node.expr))
        return " + ".join(parts)

    def expr(self, e: Expr, grouped: bool = False) -> str:
        st = self.style
        if isinstance(e, Ref):
            node = self.nodes.get(e.name)
            return self.affine(node) if node is not None and node.is_pre_activation else self.value(e.name)
        if isinstance(e, Apply):
            return f"{st.functions[e.fn]}{st.open}{self.expr(e.arg)}{st.close}"
        if isinstance(e, Product):
            return st.odot.join(self.expr(f, grouped=True) for f in e.factors)
        if isinstance(e, OneMinus):
            return f"{st.open}{st.one_minus}{self.expr(e.arg)}{st.close}"
        if isinstance(e, SumOver):
            raise TypeError("a Σ over units belongs to a derivative, not to a cell's equations")
        text = " + ".join(self.expr(t) for t in e.terms)
        return f"{st.open}{text}{st.close}" if grouped else text

    def rhs(self, node: Node) -> str:
        return self.affine(node) if node.terms or node.expr is None else self.expr(node.expr)


def equations(spec: CellSpec, style: Style = TEXT, inline: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The cell's equations in vectors, one (quantity, "lhs = rhs") per :func:`shown` quantity.

    ``inline`` names quantities written into the equations that read them instead of getting a line of
    their own: ``("n",)`` writes the GRU's h̃_t = tanh(W_h x_t + b_h + r_t ⊙ (U_h h_{t−1} + b_hn)).
    """
    writer = _Writer(spec, style, frozenset(inline))
    return [(name, f"{style.quantity(name, 't')} = {writer.rhs(writer.nodes[name])}")
            for name in shown(spec) if name not in inline]
