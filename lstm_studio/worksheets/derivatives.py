"""Local derivatives of a cell's nodes in gate terms (∂h_t/∂c_t = o_t (1 − tanh² c_t), …), derived by sympy.

Each :class:`LocalDerivative` names a node of the cell (``h_t = o_t tanh(c_t)``), one of its direct inputs,
the derivative's formula in LaTeX and a compiled evaluator. σ and tanh are differentiated through their
own values (σ' = σ(1 − σ), tanh' = 1 − tanh²), so the formula reads in the gate values the worksheet gives.
Formulas are derived once per cell spec and cached.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import sympy as sp

from ..engine import CellSpec


class _Sigma(sp.Function):
    """σ(a) with σ' = σ(1 − σ)."""

    def fdiff(self, argindex=1):
        return self * (1 - self)

    def _latex(self, printer, exp=None):
        body = rf"\sigma\left({printer._print(self.args[0])}\right)"
        return body if exp is None else rf"{body}^{{{exp}}}"


@dataclass(frozen=True)
class LocalDerivative:
    """∂(node)/∂(input) for one node of the cell.

    quantity   the question's quantity, e.g. ``dh/dc``
    node       the node's equation in LaTeX, e.g. ``h_t = o_t \\tanh(c_t)``
    of, wrt    LaTeX of the node and of the input, at step t
    formula    LaTeX of the derivative in gate terms
    inputs     the quantities the formula reads, as (trace name, LaTeX symbol) pairs; ``h_prev`` is h_{t-1},
               ``c_prev`` is c_{t-1}
    evaluate   inputs (same order, floats or arrays) -> the derivative's value
    template   the formula with products written out and ``#0#``, ``#1#``, … in place of the inputs
    trivial    whether the derivative is just one of the node's inputs (∂c_t/∂i_t = g_t)
    """

    quantity: str
    node: str
    of: str
    wrt: str
    formula: str
    inputs: tuple[tuple[str, str], ...]
    evaluate: Callable[..., float]
    template: str
    trivial: bool

    def substitute(self, values, decimals: int) -> str:
        """The formula with the inputs replaced by ``values`` (in the order of ``inputs``), printed to
        ``decimals`` decimals; negative numbers get parentheses except as a function's whole argument."""
        from .latex import factor, num

        text = self.template
        for k, value in enumerate(values):
            text = text.replace(rf"\left(#{k}# \right)", rf"\left({num(value, decimals)}\right)")
            text = text.replace(f"#{k}#", factor(value, decimals))
        return text


def _t(name: str) -> sp.Symbol:
    return sp.Symbol(name)


def _make(quantity, node, expr, wrt_symbol, wrt_latex, inputs, substitutions=()) -> LocalDerivative:
    """Differentiate ``expr`` by ``wrt_symbol`` and rewrite σ(a), tanh(a) in terms of their values.

    ``node`` is the node's equation as the worksheet prints it; ``inputs`` the (name, LaTeX) of every
    symbol the derivative may contain, of which those it does contain are kept, in that order.
    """
    derivative = sp.diff(expr, wrt_symbol)
    for old, new in substitutions:
        derivative = derivative.subs(old, new)
    derivative = sp.factor_terms(derivative)
    used = [(name, latex) for name, latex in inputs if sp.Symbol(name) in derivative.free_symbols]
    symbols = [sp.Symbol(name) for name, _ in used]
    names = {sp.Symbol(name): latex for name, latex in inputs}
    return LocalDerivative(
        quantity=quantity,
        node=node,
        of=node.split(" = ")[0],
        wrt=wrt_latex,
        formula=sp.latex(derivative, symbol_names=names, order="none"),
        inputs=tuple(used),
        evaluate=sp.lambdify(symbols, derivative, modules="numpy"),
        template=sp.latex(derivative, symbol_names={s: f"#{k}#" for k, s in enumerate(symbols)},
                          order="none", mul_symbol="dot"),
        trivial=isinstance(derivative, sp.Symbol),
    )


@cache
def local_derivatives(spec: CellSpec) -> tuple[LocalDerivative, ...]:
    """The local derivatives a worksheet may ask about for this cell, derived once per spec."""
    o, c, c_prev, i, g, f = (_t(n) for n in ("o", "c", "c_prev", "i", "g", "f"))
    z, h_tilde, h_prev, h, a = (_t(n) for n in ("z", "h_tilde", "h_prev", "h", "a"))
    L = {"o": "o_t", "c": "c_t", "c_prev": "c_{t-1}", "i": "i_t", "g": "g_t", "f": "f_t", "z": "z_t",
         "h_tilde": r"\tilde{h}_t", "h_prev": "h_{t-1}", "h": "h_t", "a": "a_t"}
    if spec.cell in ("lstm", "peephole_lstm"):
        a_f, a_g = sp.Symbol("a_f"), sp.Symbol("a_g")
        h_node = r"h_t = o_t \tanh\left(c_t\right)"
        c_node = r"c_t = f_t\, c_{t-1} + i_t\, g_t"
        c_inputs = [("c_prev", L["c_prev"]), ("f", L["f"]), ("i", L["i"]), ("g", L["g"])]
        return (
            _make("dh/do", h_node, o * sp.tanh(c), o, L["o"], [("o", L["o"]), ("c", L["c"])]),
            _make("dh/dc", h_node, o * sp.tanh(c), c, L["c"], [("o", L["o"]), ("c", L["c"])]),
            _make("dc/df", c_node, f * c_prev + i * g, f, L["f"], c_inputs),
            _make("dc/di", c_node, f * c_prev + i * g, i, L["i"], c_inputs),
            _make("dc/dg", c_node, f * c_prev + i * g, g, L["g"], c_inputs),
            _make("df/da", r"f_t = \sigma\left(a^{f}_t\right)", _Sigma(a_f), a_f, r"a^{f}_t", [("f", L["f"])],
                  [(_Sigma(a_f), f)]),
            _make("dg/da", r"g_t = \tanh\left(a^{g}_t\right)", sp.tanh(a_g), a_g, r"a^{g}_t", [("g", L["g"])],
                  [(sp.tanh(a_g), g)]),
        )
    if spec.cell == "gru":
        if spec.option("update") == "z_takes_new":
            h_expr = (1 - z) * h_prev + z * h_tilde
            h_node = r"h_t = (1 - z_t)\, h_{t-1} + z_t\, \tilde{h}_t"
        else:
            h_expr = z * h_prev + (1 - z) * h_tilde
            h_node = r"h_t = z_t\, h_{t-1} + (1 - z_t)\, \tilde{h}_t"
        h_inputs = [("z", L["z"]), ("h_tilde", L["h_tilde"]), ("h_prev", L["h_prev"])]
        a_z, a_h = sp.Symbol("a_z"), sp.Symbol("a_h")
        return (
            _make("dh/dz", h_node, h_expr, z, L["z"], h_inputs),
            _make("dh/dh_tilde", h_node, h_expr, h_tilde, L["h_tilde"], h_inputs),
            _make("dz/da", r"z_t = \sigma\left(a^{z}_t\right)", _Sigma(a_z), a_z, r"a^{z}_t", [("z", L["z"])],
                  [(_Sigma(a_z), z)]),
            _make("dh_tilde/da", r"\tilde{h}_t = \tanh\left(a^{\tilde{h}}_t\right)", sp.tanh(a_h), a_h,
                  r"a^{\tilde{h}}_t", [("h_tilde", L["h_tilde"])], [(sp.tanh(a_h), h_tilde)]),
        )
    if spec.option("activation") == "tanh":
        return (_make("dh/da", r"h_t = \tanh\left(a_t\right)", sp.tanh(a), a, L["a"], [("h", L["h"])],
                      [(sp.tanh(a), h)]),)
    return ()
