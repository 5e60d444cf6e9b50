"""Equations to show: the cell for one unit, in vector and stacked form; the BPTT chain; the unrolled net.

Every function returns a list of (name, LaTeX) pairs, built from the cell graph of :mod:`.cells` so the
equations on screen are the ones the derivatives were taken of.
"""

from __future__ import annotations

import threading
from functools import cache

import sympy

from lstm_studio.engine.spec import CellSpec
from lstm_studio.symbolic.cells import LEAF_NODES, Node, graph, node_leaf, to_sympy
from lstm_studio.symbolic.chain import map_tree
from lstm_studio.symbolic.formulas import derivative
from lstm_studio.symbolic.output import output_derivative
from lstm_studio.symbolic.printing import FormulaLatex, partial, plain_parentheses
from lstm_studio.symbolic.symbols import LeafInfo, at_step, latex_name, param

_lock = threading.RLock()
FORMS = ("unit", "vector", "stacked")
#: Display names of nodes (pre-activations are written out, never named).
NAMES = {"f": "f", "i": "i", "g": "g", "o": "o", "c": "c", "h": "h", "z": "z", "r": "r",
         "h_tilde": "h_tilde", "n": "n"}


def _printer(implicit="j", mul=r"\,") -> FormulaLatex:
    return FormulaLatex({"implicit": implicit, "mul_symbol": mul})


# --- one unit j -------------------------------------------------------------------------------------


def _unit_affine(g, node: Node) -> sympy.Expr:
    """Σ_k W_{f,jk} x_{t,k} + … + b_{f,j} for unit j, written with sums over k (or m for c_t)."""
    parts = []
    for term in node.terms:
        if term.kind == "bias":
            parts.append(param(term.param, "j"))
        elif term.kind == "diag":
            parts.append(sympy.Mul(param(term.param, "j"), _value(g, term.input, "j"), evaluate=False))
        else:
            letter = "k" if term.input in LEAF_NODES or term.input == "rh" else "m"
            body = sympy.Mul(param(term.param, "j" + letter), _value(g, term.input, letter), evaluate=False)
            parts.append(sympy.Sum(body, (sympy.Symbol(letter, integer=True), 1, sympy.Symbol("H"))))
    if node.expr is not None:
        parts.append(node.expr)
    return sympy.Add(*parts, evaluate=False)


def _value(g, name: str, letter: str) -> sympy.Expr:
    node = g.nodes.get(name)
    if node is None or node.stored:
        return node_leaf(name, letter)
    return sympy.Mul(*(node_leaf(p, letter) for p in node.parents), evaluate=False)


def _unit(spec: CellSpec) -> list[tuple[str, str]]:
    g = graph(spec)
    pr = _printer()
    out = []
    for node in g.nodes.values():
        if node.name not in NAMES:
            continue
        if node.terms:  # n_t of the GRU (reset after): affine only
            rhs = _unit_affine(g, node)
        else:
            assert node.expr is not None  # a node without affine terms is defined by its expression
            pre = {node_leaf(p): _unit_affine(g, g.nodes[p]) for p in node.parents if p.startswith("a")}
            rhs = node.expr.xreplace(pre) if pre else node.expr
        out.append((node.name, f"{pr.doprint(node_leaf(node.name))} = {pr.doprint(rhs)}"))
    return out


# --- vectors ----------------------------------------------------------------------------------------

HEADS = {"Sigma": r"\sigma", "Tanh": r"\operatorname{tanh}", "Relu": r"\operatorname{relu}"}
_VEC = {"x": "x_{t}", "h_prev": "h_{t-1}", "c_prev": "c_{t-1}", "c": "c_{t}", "rh": r"\left(r_{t} \odot h_{t-1}\right)"}


def _mat(name: str) -> str:
    base, _, sub = name.partition("_")
    return f"{base}_{{{sub}}}"


def _vector_affine(node: Node, elementwise: str = "") -> str:
    parts = []
    for term in node.terms:
        if term.kind == "bias":
            parts.append(_mat(term.param))
        elif term.kind == "diag":
            parts.append(rf"{_mat(term.param)} \odot {_VEC[term.input]}")
        else:
            parts.append(rf"{_mat(term.param)}\,{_VEC[term.input]}")
    if elementwise:
        parts.append(elementwise)
    return " + ".join(parts)


def _vector_expr(g, node: Node) -> str:
    pr = _printer(mul=r" \odot ")
    if node.terms and node.expr is None:
        return _vector_affine(node)
    pre = node.parents[0] if node.parents and node.parents[0].startswith("a") else None
    if pre is None:
        return pr.doprint(node.expr)
    inner_node = g.nodes[pre]
    inner = _vector_affine(inner_node, pr.doprint(inner_node.expr) if inner_node.expr is not None else "")
    head = HEADS[type(node.expr).__name__]
    return rf"{head}\left({inner}\right)"


def _vector(spec: CellSpec) -> list[tuple[str, str]]:
    g = graph(spec)
    pr = _printer()
    return [
        (node.name, f"{pr.doprint(node_leaf(node.name))} = {_vector_expr(g, node)}")
        for node in g.nodes.values()
        if node.name in NAMES
    ]


def _stacked(spec: CellSpec) -> list[tuple[str, str]]:
    """The gates that read only x_t and h_{t-1} as one block: [U W] applied to [h_{t-1}; x_t]."""
    g = graph(spec)
    pr = _printer()
    stacked: list = []
    rest: list = []
    for node in g.nodes.values():
        if node.name not in NAMES:
            continue
        pre = g.nodes.get(node.parents[0]) if node.parents and node.parents[0].startswith("a") else None
        plain = pre is not None and pre.expr is None and [t.input for t in pre.terms] == ["x", "h_prev", ""]
        (stacked if plain else rest).append((node, pre))
    if len(stacked) < 2 and rest:
        return _vector(spec)  # one gate alone (the peephole LSTM's C̃) is no block
    names = r" \\ ".join(pr.doprint(node_leaf(n.name)) for n, _ in stacked)
    acts = r" \\ ".join(HEADS[type(n.expr).__name__] for n, _ in stacked)
    block = r" \\ ".join(f"{_mat(p.terms[1].param)} & {_mat(p.terms[0].param)}" for _, p in stacked)
    biases = r" \\ ".join(_mat(p.terms[2].param) for _, p in stacked)
    lhs = rf"\begin{{pmatrix}} {names} \end{{pmatrix}}"
    rhs = (
        rf"\begin{{pmatrix}} {acts} \end{{pmatrix}} \left( \begin{{pmatrix}} {block} \end{{pmatrix}}"
        rf" \begin{{pmatrix}} h_{{t-1}} \\ x_{{t}} \end{{pmatrix}} + \begin{{pmatrix}} {biases} \end{{pmatrix}} \right)"
    )
    out = [("stacked", f"{lhs} = {rhs}")]
    out += [(n.name, f"{pr.doprint(node_leaf(n.name))} = {_vector_expr(g, n)}") for n, _ in rest]
    return out


@cache
def _cell_equations(spec: CellSpec, form: str) -> tuple:
    with _lock:
        build = {"unit": _unit, "vector": _vector, "stacked": _stacked}[form]
        return tuple((name, plain_parentheses(text)) for name, text in build(spec))


def cell_equations(spec: CellSpec, form: str = "unit") -> list[tuple[str, str]]:
    """The cell's equations as (quantity, LaTeX): ``form`` "unit" (one unit j, sums over k), "vector"
    (W_f x_t + U_f h_{t-1} + b_f, ⊙ for elementwise products) or "stacked" (the gates that read only
    x_t and h_{t-1} as one block matrix applied to [h_{t-1}; x_t], as the slides write W·[h, x])."""
    if form not in FORMS:
        raise ValueError(f"form: {form!r} is not one of {', '.join(FORMS)}")
    return list(_cell_equations(spec, form))


# --- the recurrent paths and the BPTT chain ----------------------------------------------------------


def recurrent_paths(spec: CellSpec) -> list:
    """The Jacobians between consecutive states, entry (j, k): ∂h_t/∂h_{t-1} and, for LSTMs,
    ∂h_t/∂c_{t-1}, ∂c_t/∂h_{t-1} and ∂c_t/∂c_{t-1} (the constant error carousel: δ_jk f_t)."""
    g = graph(spec)
    outs = ("h_t", "c_t")[: len(g.outputs)]
    states = ("h_{t-1}", "c_{t-1}")[: len(g.states)]
    return [derivative(spec, of, s) for of in outs for s in states]


def bptt_equations(spec: CellSpec) -> list[tuple[str, str]]:
    """How BPTT composes the local derivatives, entry by entry (see :mod:`.bptt`)."""
    has_c = spec.has_c

    d = partial
    dh = r"\delta^{h}_{t,k} = " + d(r"\ell_{t}", "h_{t,k}") + r" + \sum_{j} \delta^{h}_{t+1,j}\," + d(
        "h_{t+1,j}", "h_{t,k}"
    )
    if has_c:
        dh += r" + \sum_{j} \delta^{c}_{t+1,j}\," + d("c_{t+1,j}", "h_{t,k}")
    out = [("delta_h", dh)]
    if has_c:
        dc = (
            r"\delta^{c}_{t,k} = \sum_{j} \delta^{h}_{t+1,j}\," + d("h_{t+1,j}", "c_{t,k}")
            + r" + \sum_{j} \delta^{c}_{t+1,j}\," + d("c_{t+1,j}", "c_{t,k}")
        )
        out.append(("delta_c", dc))
    grad = r"\frac{d L}{d \theta} = \sum_{t} \sum_{i} \left(\delta^{h}_{t,i}\," + d("h_{t,i}", r"\theta")
    grad += (r" + \delta^{c}_{t,i}\," + d("c_{t,i}", r"\theta") + r"\right)") if has_c else r"\right)"
    out.append(("dL_dtheta", grad))
    out.append(("end", r"\delta^{h}_{T+1} = 0" + (r", \quad \delta^{c}_{T+1} = 0" if has_c else "")))
    out.append(("output", output_derivative("h").latex))
    out.append(("output_W_hy", output_derivative("W_hy").latex))
    return out


# --- the unrolled net ---------------------------------------------------------------------------------

MAX_UNROLL = 3


def _paths(t: int, has_c: bool) -> list[list[tuple[str, int]]]:
    """Every chain of Jacobians from h_t back to the state at any step s ≤ t, as lists of (state, step)
    pairs ending at the state the parameter enters."""
    states = ("h", "c") if has_c else ("h",)
    chains = [[("h", t)]]
    out = []
    while chains:
        nxt = []
        for chain in chains:
            out.append(chain)
            _q, s = chain[-1]
            if s > 1:
                nxt += [chain + [(p, s - 1)] for p in states]
        chains = nxt
    return out


def unrolled(spec: CellSpec, T: int, wrt: str) -> list[tuple[str, str]]:
    """The net unrolled over T ≤ 3 steps: the forward equations at steps 1..T, the loss, dL/dθ as the sum
    over every path through the steps, and every local derivative it uses written at its step."""
    if not 1 <= T <= MAX_UNROLL:
        raise ValueError(f"T: the unrolled form is written for 1..{MAX_UNROLL} steps, not {T}")
    g = graph(spec)
    if wrt not in g.params():
        raise ValueError(f"wrt: {wrt!r} is not a parameter of the {spec.cell} cell")
    has_c = spec.has_c
    out = []
    for t in range(1, T + 1):
        for name, text in cell_equations(spec, "vector"):
            out.append((f"{name}_{t}", _vector_at(text, t)))
    out.append(("loss", "L = " + " + ".join(rf"\ell_{{{t}}}" for t in range(1, T + 1))))
    theta = _mat(wrt)
    out.append(("dL_dtheta", r"\frac{d L}{d " + theta + "} = " + " + ".join(
        r"\frac{d \ell_{" + str(t) + r"}}{d " + theta + "}" for t in range(1, T + 1))))
    for t in range(1, T + 1):
        terms = []
        for chain in _paths(t, has_c):
            factors = [partial(rf"\ell_{{{t}}}", f"h_{{{t}}}")]
            for (q1, s1), (q2, s2) in zip(chain, chain[1:]):
                factors.append(partial(f"{q1}_{{{s1}}}", f"{q2}_{{{s2}}}"))
            q, s = chain[-1]
            factors.append(partial(f"{q}_{{{s}}}", theta))
            terms.append(r"\,".join(factors))
        out.append((f"dl_{t}", r"\frac{d \ell_{" + str(t) + r"}}{d " + theta + "} = " + " + ".join(terms)))
    jacobians = recurrent_paths(spec)
    locals_ = [derivative(spec, of, wrt) for of in ("h_t", "c_t")[: len(g.outputs)]]
    pr = _printer()
    for t in range(1, T + 1):
        for d in locals_ + (jacobians if t > 1 else []):
            top = latex_name(LeafInfo(d.of, str(t), "j"), "j")
            rhs = "0" if d.is_zero else pr.doprint(to_sympy(map_tree(d.tree, lambda e, t=t: at_step(e, t))))
            out.append((f"d{d.of}_{t}/d{d.wrt}", partial(top, _bottom(spec, d.wrt, t)) + " = " + rhs))
    return out


def _bottom(spec: CellSpec, wrt: str, t: int) -> str:
    if wrt in ("h_prev", "c_prev"):
        return latex_name(LeafInfo(wrt[0], str(t - 1), "k"), "j")
    letters = "jk" if len(spec.param_shapes(2, 2)[wrt]) == 2 else "j"
    return latex_name(LeafInfo(wrt, "", letters), "j")


def _vector_at(text: str, t: int) -> str:
    return text.replace("_{t-1}", f"_{{{t - 1}}}").replace("_{t}", f"_{{{t}}}")


__all__ = ["FORMS", "bptt_equations", "cell_equations", "recurrent_paths", "unrolled"]
