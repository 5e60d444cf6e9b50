"""The output layer and the loss of one step, derived with sympy.

    y_{t,v} = Σ_j W_hy[v,j] h_{t,j} + b_y[v]       ℓ_t = −log p_{t,k_t} = log Σ_u e^(y_{t,u}) − y_{t,k_t}

Seen from one logit y_v, ℓ_t = LogSumExp(y_v) − e_{t,v} y_v with e_{t,v} = [v = k_t], so
∂ℓ_t/∂y_{t,v} = p_{t,v} − e_{t,v} (a step without a target has no ℓ_t); the chain gives

    ∂ℓ_t/∂W_hy[v,j] = (p_{t,v} − e_{t,v}) h_{t,j}     ∂ℓ_t/∂b_y[v] = p_{t,v} − e_{t,v}
    ∂ℓ_t/∂h_{t,j}   = Σ_v W_hy[v,j] (p_{t,v} − e_{t,v})

Here h_t is the top layer's output ([h→_t; h←_t] for a bidirectional model).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

import sympy

from lstm_studio.symbolic.cells import to_sympy
from lstm_studio.symbolic.chain import prod
from lstm_studio.symbolic.compiled import compile_formula
from lstm_studio.symbolic.description import SumOver
from lstm_studio.symbolic.functions import LogSumExp
from lstm_studio.symbolic.local import LocalOutputDerivative
from lstm_studio.symbolic.printing import latex, partial
from lstm_studio.symbolic.runtime import step_values  # (kept importable from here)
from lstm_studio.symbolic.symbols import leaf, param

_lock = threading.RLock()
WRT = ("y", "W_hy", "b_y", "h")


@dataclass(frozen=True, eq=False)
class OutputDerivative(LocalOutputDerivative):
    """∂ℓ_t/∂(wrt) as derived, keeping the sympy expression ``expr``."""

    expr: sympy.Expr


@cache
def output_derivative(wrt: str) -> OutputDerivative:
    """∂ℓ_t/∂wrt for wrt in ``WRT``: the logits y, the parameters W_hy and b_y, or the top layer's h_t."""
    if wrt not in WRT:
        raise ValueError(f"wrt: {wrt!r} is not one of {', '.join(WRT)}")
    with _lock:
        y, p, e = leaf("y", "t", "v"), leaf("p", "t", "v"), leaf("e", "t", "v")
        loss = LogSumExp(y, p) - e * y
        dl_dy = sympy.diff(loss, y)
        W, b, h = param("W_hy", "vj"), param("b_y", "v"), leaf("h", "t", "j")
        rest = sympy.Symbol("rho")
        logit = W * h + b + rest  # the terms of y_v that the parameter entry or h_j appear in
        letters: tuple[str, ...]
        if wrt == "y":
            tree, letters, target = dl_dy, ("v",), r"y_{t,v}"
        elif wrt == "W_hy":
            tree, letters, target = prod(dl_dy, sympy.diff(logit, W)), ("v", "j"), r"W_{hy,vj}"
        elif wrt == "b_y":
            tree, letters, target = prod(dl_dy, sympy.diff(logit, b)), ("v",), r"b_{y,v}"
        else:
            tree, letters, target = SumOver("v", prod(sympy.diff(logit, h), dl_dy)), ("j",), r"h_{t,j}"
        expr = to_sympy(tree)
        text = partial(r"\ell_{t}", target) + " = " + latex(expr, None)
        return OutputDerivative(wrt=wrt, letters=letters, latex=text, compiled=compile_formula(expr), expr=expr)


def loss_latex() -> list[tuple[str, str]]:
    """The output layer's equations and the loss, as (name, LaTeX)."""
    return [
        ("logits", r"y_{t,v} = \sum_{j} W_{hy,vj}\,h_{t,j} + b_{y,v}"),
        ("softmax", r"p_{t,v} = \frac{e^{y_{t,v}}}{\sum_{u} e^{y_{t,u}}}"),
        ("loss", r"L = \sum_{t} \ell_{t}, \quad \ell_{t} = -\log p_{t,k_{t}}"),
        ("loss_logits", r"\ell_{t} = \log \sum_{u} e^{y_{t,u}} - y_{t,k_{t}}"),
    ]


__all__ = ["WRT", "OutputDerivative", "loss_latex", "output_derivative", "step_values"]
