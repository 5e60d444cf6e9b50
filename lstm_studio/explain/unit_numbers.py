"""The numbers of one unit at one step, for the cell diagram and the equations panel. Qt-free.

:class:`UnitStep` picks a layer, a direction, a time step and a unit j out of a forward trace;
:func:`wire_values` gives every quantity the diagram writes on a wire (f_t, i_t ⊙ C̃_t, c_t, …) and
:func:`number_lines` writes each of the cell's equations again with the numbers put in, as HTML:

    f_{2,1} = σ(0.630 + (0.820·0.120 − 1.210·0.050) + 0.280) = σ(1.531) = 0.822

The equations are the symbolic layer's description of the cell (:mod:`lstm_studio.symbolic.description`),
named as there (f i g c o h; z r n h_tilde h; h), plus ``y`` and ``p`` for the output layer at the
predicted token.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from lstm_studio.document.wording import Message
from lstm_studio.engine import Model, Trace
from lstm_studio.engine.notation import MINUS, factor, num, terms
from lstm_studio.engine.spec import symbol
from lstm_studio.engine.trace import LayerTrace
from lstm_studio.symbolic.description import (
    Apply,
    Expr,
    Node,
    OneMinus,
    Product,
    Ref,
    SumOver,
    Term,
    Total,
    describe,
    pre_activation,
    shown,
)

#: Above this many terms a Σ is written as its total.
MAX_TERMS = 6


@dataclass(frozen=True)
class UnitStep:
    """Unit ``unit`` (0-based) of layer ``layer`` in direction ``k`` (0 forward, 1 backward) at time step
    ``t`` (0-based, in time order) of the one sequence in ``trace``."""

    model: Model
    trace: Trace
    inputs: tuple[int, ...]
    layer: int
    k: int
    t: int
    unit: int

    @property
    def lt(self) -> LayerTrace:
        return self.trace.layers[self.layer][self.k]

    @property
    def reverse(self) -> bool:
        return self.lt.reverse

    @property
    def s(self) -> int:
        """The processing step (1-based) of time step t."""
        return self.trace.steps - self.t if self.reverse else self.t + 1

    @property
    def params(self) -> dict[str, np.ndarray]:
        return self.model.layer_params(self.layer, self.reverse)

    @property
    def time_label(self) -> str:
        """t as written in the equations (1-based)."""
        return str(self.t + 1)

    @property
    def prev_label(self) -> str:
        """The step the state comes from: t−1, or t+1 for the backward direction."""
        return str(self.t + 2 if self.reverse else self.t)

    def vec(self, name: str) -> np.ndarray:
        """A (H,) or (D,) vector of this step: x, h_prev, h, c_prev, c, a gate, or a pre-activation."""
        lt, s = self.lt, self.s
        if name == "x":
            return lt.x[s - 1, 0]
        if name == "h_prev":
            return lt.h[s - 1, 0]
        if name == "h":
            return lt.h[s, 0]
        if name == "c_prev":
            assert lt.c is not None  # only cells with a cell state have c
            return lt.c[s - 1, 0]
        if name == "c":
            assert lt.c is not None
            return lt.c[s, 0]
        if name.startswith("a_"):
            return lt.pre[name[2:]][s - 1, 0]
        if name == "a":
            return lt.pre["a"][s - 1, 0]
        return lt.gates[name][s - 1, 0]

    def val(self, name: str) -> float:
        return float(self.vec(name)[self.unit])

    @property
    def token(self) -> str | None:
        """The input token at this step (None above layer 1, where the input is the layer below's h)."""
        if self.layer:
            return None
        return self.model.vocab[self.inputs[self.t]]


def _peephole_term(us: UnitStep, gate: str) -> float:
    P = us.params[f"P_{gate}"]
    seen = us.vec("c" if gate == "o" else "c_prev")
    j = us.unit
    return float(P[j] * seen[j]) if P.ndim == 1 else float(P[j] @ seen)


def wire_values(us: UnitStep) -> dict[str, float]:
    """Every quantity of unit j the cell diagram writes on a wire, by wire key.

    All cells: ``h_prev``, ``h``; RNN ``a`` and its parts ``whh`` (W_hh h_{t-1})_j, ``wxh`` (W_xh x_t)_j,
    ``b`` (b_h)_j; LSTMs ``c_prev`` ``f`` ``i`` ``g`` ``o`` ``fc`` (f ⊙ c_{t-1})
    ``ig`` (i ⊙ C̃) ``c`` ``tanh_c`` (+ ``pf`` ``pi`` ``po``, the peephole terms); GRU ``z`` ``h_tilde``
    ``keep`` and ``new`` (the two parts of h_t) and ``w_old`` / ``w_new`` (their weights: 1 − z or z),
    with ``r`` and ``rh`` (reset before) or ``r``, ``n`` and ``rn`` (reset after).
    """
    spec = us.model.spec
    out = {"h_prev": us.val("h_prev"), "h": us.val("h")}
    if spec.cell == "rnn":
        j, p = us.unit, us.params
        out["a"] = us.val("a")
        out["whh"] = float(p["W_hh"][j] @ us.vec("h_prev"))
        out["wxh"] = float(p["W_xh"][j] @ us.vec("x"))
        out["b"] = float(p["b_h"][j])
        return out
    if spec.has_c:
        for name in ("c_prev", "f", "i", "g", "o", "c"):
            out[name] = us.val(name)
        out["fc"] = out["f"] * out["c_prev"]
        out["ig"] = out["i"] * out["g"]
        out["tanh_c"] = float(np.tanh(out["c"]))
        if spec.cell == "peephole_lstm":
            for gate in ("f", "i", "o"):
                out[f"p{gate}"] = _peephole_term(us, gate)
        return out
    z = us.val("z")
    out["z"] = z
    out["h_tilde"] = us.val("h_tilde")
    keeps_old = spec.option("update") == "z_keeps_old"
    out["w_old"], out["w_new"] = (z, 1.0 - z) if keeps_old else (1.0 - z, z)
    out["one_minus_z"] = 1.0 - z
    out["keep"] = out["w_old"] * out["h_prev"]
    out["new"] = out["w_new"] * out["h_tilde"]
    reset = spec.option("reset")
    if reset != "none":
        out["r"] = us.val("r")
    if reset == "before":
        out["rh"] = out["r"] * out["h_prev"]
    elif reset == "after":
        j = us.unit
        out["n"] = float(us.params["U_h"][j] @ us.vec("h_prev") + us.params["b_hn"][j])
        out["rn"] = out["r"] * out["n"]
    return out


# --- the equations with numbers ----------------------------------------------------------------------


def _s(name: str, *index: str) -> str:
    """``_s("W", "f", "1k")`` -> W<sub>f,1k</sub> (HTML)."""
    parts = ",".join(i for i in index if i)
    return f"<i>{name}</i><sub>{parts}</sub>" if parts else f"<i>{name}</i>"


def _signed_sum(terms: list[tuple[float, str]]) -> str:
    """Join (coefficient, rest) as c₁·r₁ − c₂·r₂ + …: the sign of each coefficient becomes the operator."""
    out = ""
    for n, (c, rest) in enumerate(terms):
        sign = MINUS if c < 0 else "+"
        body = num(abs(c)) + rest
        out += (MINUS + body if c < 0 else body) if n == 0 else f" {sign} {body}"
    return out


def _dot(row: np.ndarray, vec: np.ndarray, written: list[str] | None = None) -> str:
    """Σ_k row_k vec_k with every product written out, or just its value for long sums.

    ``written`` optionally writes each vec_k itself (GRU: (r_k·h_k))."""
    if len(row) > MAX_TERMS:
        return f"[Σ = {num(float(row @ vec))}]"
    terms = []
    for k, (w, v) in enumerate(zip(row, vec)):
        terms.append((float(w), "·" + (written[k] if written else factor(float(v)))))
    return "(" + _signed_sum(terms) + ")"


def lhs(us: UnitStep, name: str) -> str:
    """The left-hand side with step and unit: f<sub>2,1</sub>."""
    return _s(symbol(name), us.time_label, str(us.unit + 1))


_FUNCTIONS = {"sigma": "σ", "tanh": "tanh", "relu": "relu"}
_APPLY: dict[str, Callable[[float], float]] = {
    "sigma": lambda a: 1.0 / (1.0 + np.exp(-a)), "tanh": np.tanh, "relu": lambda a: max(a, 0.0),
}


def _factor_names(node: Node) -> list[str]:
    """The quantities a node the trace does not keep multiplies (r_t ⊙ h_{t-1} -> r, h_prev)."""
    names = []
    for f in node.expr.factors if isinstance(node.expr, Product) else ():
        if not isinstance(f, Ref):
            raise TypeError(f"{node.name} is not a product of quantities")
        names.append(f.name)
    return names


def _weight_name(w: Expr) -> str:
    """z or 1 − z, the weight of one part of an interpolation."""
    if isinstance(w, OneMinus) and isinstance(w.arg, Ref):
        return f"1 − {w.arg.name}"
    if isinstance(w, Ref):
        return w.name
    raise TypeError(f"{w!r} is not a weight of an interpolation")


class _Numbers:
    """The cell's equations as the symbolic layer describes them (:mod:`lstm_studio.symbolic.description`),
    written for unit j at one step with the numbers put in."""

    def __init__(self, us: UnitStep) -> None:
        self.us = us
        self.j = us.unit
        self.nodes = describe(us.model.spec)

    def vector(self, name: str) -> np.ndarray:
        """A quantity's values for every unit at this step: from the trace, or computed from its
        definition when the trace does not keep it (n_t, r_t ⊙ h_{t-1})."""
        node = self.nodes.get(name)
        if name == "n":
            return self.us.params["U_h"] @ self.us.vec("h_prev") + self.us.params["b_hn"]
        if node is not None and not node.stored:
            return np.prod([self.vector(f) for f in _factor_names(node)], axis=0)
        return self.us.vec(name)

    def value(self, e: Expr) -> float:
        """A described expression for unit j."""
        if isinstance(e, Ref):
            return float(self.vector(e.name)[self.j])
        if isinstance(e, Apply):
            return float(_APPLY[e.fn](self.value(e.arg)))
        if isinstance(e, Product):
            return float(np.prod([self.value(f) for f in e.factors]))
        if isinstance(e, OneMinus):
            return 1.0 - self.value(e.arg)
        if isinstance(e, SumOver):
            raise TypeError("a Σ over units belongs to a derivative, not to a cell's equations")
        return float(sum(self.value(t) for t in e.terms))

    def written(self, e: Expr) -> str:
        """A described expression with the numbers put in; a function keeps its name, 1 − z is its value."""
        if isinstance(e, Apply):
            return f"{_FUNCTIONS[e.fn]}({num(self.value(e.arg))})"
        if isinstance(e, Product):
            return "·".join(self.written(f) for f in e.factors)
        if isinstance(e, Total):
            return terms([self.written(t) for t in e.terms])
        return factor(self.value(e))

    def term(self, term: Term) -> str:
        us, j = self.us, self.j
        M = us.params[term.param]
        if term.kind == "bias":
            return num(float(M[j]))
        if term.kind == "diag":
            return f"{factor(float(M[j]))}·{factor(float(self.vector(term.input)[j]))}"
        if term.input == "x" and us.layer == 0:
            return num(float(M[j, us.inputs[us.t]]))  # x_t is one-hot: one column of M
        node = self.nodes.get(term.input)
        if node is not None and not node.stored:  # U_h (r_t ⊙ h_{t-1}): each entry written as its product
            parts = [self.vector(f) for f in _factor_names(node)]
            written = ["(" + "·".join(factor(float(p[k])) for p in parts) + ")" for k in range(len(M[j]))]
            return _dot(M[j], self.vector(term.input), written)
        return _dot(M[j], self.vector(term.input))

    def affine(self, node: Node) -> str:
        parts = [self.term(t) for t in node.terms]
        if node.expr is not None:
            parts.append(self.written(node.expr))
        return terms(parts)

    def line(self, name: str) -> str:
        us, node = self.us, self.nodes[name]
        result = float(self.vector(name)[self.j])
        head = f"{lhs(us, name)} = "
        end = f"<b>{num(result)}</b>"
        pre = pre_activation(node)
        if pre is not None and isinstance(node.expr, Apply):  # a gate (or the RNN's h): always both
            fn = _FUNCTIONS[node.expr.fn]
            a = us.val("a" if pre == "a" else f"a_{name}")
            return f"{head}{fn}({self.affine(self.nodes[pre])}) = {fn}({num(a)}) = {end}"
        if node.expr is None:  # n_t: affine only
            return f"{head}{self.affine(node)} = {end}"
        if isinstance(node.expr, Total):  # c_t, the GRU's h_t
            joined = terms([num(self.value(p)) for p in node.expr.terms])
        elif isinstance(node.expr, Product):  # the LSTM's h_t
            joined = "·".join(factor(self.value(p)) for p in node.expr.factors)
        else:
            raise TypeError(f"{name} is neither a gate, a sum nor a product")
        equation = f"{head}{self.written(node.expr)} = {joined} = {end}"
        weights = self.weights(node)
        if len(weights) != 2:
            return equation
        return Message("Explain", "{equation} &nbsp;<span style='color:gray'>(weights {first} and {second})</span>",
                       equation=equation, first=weights[0], second=weights[1])

    @staticmethod
    def weights(node: Node) -> list[str]:
        """For an interpolation (the GRU's h_t), which weight each part carries (1 − z and z); else []."""
        if not isinstance(node.expr, Total):
            return []
        weights = [p.factors[0] for p in node.expr.terms if isinstance(p, Product)]
        if not any(isinstance(w, OneMinus) for w in weights):
            return []
        return [_weight_name(w) for w in weights]


def number_lines(us: UnitStep) -> dict[str, str]:
    """Each equation of the cell with the numbers of unit j at step t put in (HTML), by equation name; a
    line with words in it is a :class:`~lstm_studio.document.wording.Message` (docs/i18n.md)."""
    writer = _Numbers(us)
    return {name: writer.line(name) for name in shown(us.model.spec)}


def output_lines(model: Model, trace: Trace, t: int) -> dict[str, str]:
    """y and p at step t (0-based) for the predicted token v (HTML): the output layer reads the top layer."""
    p = trace.p[t, 0]
    v = int(np.argmax(p))
    token = html.escape(model.vocab[v])  # text from the model file, inside HTML
    out = trace.out[t, 0]
    y = trace.y[t, 0]
    T = str(t + 1)
    y_body = f"{_dot(model.params['W_hy'][v], out)} + {num(float(model.params['b_y'][v]))}"
    shift = float(y.max()) if np.abs(y).max() > 50 else 0.0  # e^y would overflow: divide through by e^max
    ey = np.exp(y - shift)
    equation = (f"{_s('p', T, token)} = e<sup>{num(float(y[v]))}</sup> / Σ<sub>u</sub> e<sup>y<sub>u</sub></sup>"
                f" = {num(float(ey[v]))} / {num(float(ey.sum()))} = <b>{num(float(p[v]))}</b>")
    if shift:
        p_line = Message("Explain", "{equation} &nbsp;<span style='color:gray'>(every {ey} divided by {shift}; "
                         "{token} is the predicted token)</span>", equation=equation, ey="e<sup>y</sup>",
                         shift=f"e<sup>{num(shift)}</sup>", token=token)
    else:
        p_line = Message("Explain", "{equation} &nbsp;<span style='color:gray'>({token} is the predicted "
                         "token)</span>", equation=equation, token=token)
    return {"y": f"{_s('y', T, token)} = {y_body} = <b>{num(float(y[v]))}</b>", "p": p_line}


def input_note(us: UnitStep) -> str:
    """Why the input term is a single number (layer 1: x_t is one-hot), or what x_t is above layer 1."""
    x = f"x<sub>{us.time_label}</sub>"
    if us.token is None:
        return Message("Explain", "{x} is the output of layer {layer} at this step (its h, {count} numbers).",
                       x=x, layer=us.layer, count=us.lt.x.shape[-1])
    token = html.escape(us.token)
    return Message("Explain", "{x} is the one-hot vector of <b>{token}</b>, so each {sum} is the single entry "
                   "{entry}.", x=x, token=token, sum="Σ<sub>k</sub> W<sub>jk</sub> x<sub>t,k</sub>",
                   entry=f"W[{us.unit + 1}, {token}]")
