"""Symbolic gradients: the cells' equations and derivatives with sympy, in gate terms, with numbers.

Pure Python on top of the engine (sympy, NumPy, ziamath); never Qt. Every function may be called from a
worker thread: results are cached by pure functions and the sympy/ziamath work runs under locks.

# --- Public API -----------------------------------------------------------------------------------

Equations (lists of (name, LaTeX)):
    cell_equations(spec, form="unit")   the cell for one unit j ("unit"), in vectors ("vector") or with
                                        the gates as one block matrix on [h_{t-1}; x_t] ("stacked")
    bptt_equations(spec)                how BPTT composes the local derivatives (δ^h_t, δ^c_t, dL/dθ)
    unrolled(spec, T, wrt)              the net over T ≤ 3 steps: forward equations, dL/dθ as a sum over
                                        paths, every local derivative written at its step
    all_latex(spec)                     every LaTeX string the app can show for a cell

Derivatives:
    derivative(spec, of, wrt)           -> Derivative, ∂of/∂wrt for one step with h_{t-1}, c_{t-1} held
                                        fixed; of "h_t" | "c_t"; wrt a parameter ("U_f") or "h_{t-1}",
                                        "c_{t-1}" (entry (j, k) of the Jacobian) or "x_t"
        .latex, .lhs_latex, .rhs_latex, .text      the formula (LaTeX; plain text)
        .letters                        the indices an entry gives: ("j", "k") or ("j",)
        .evaluate(model, tokens, t, entry, trace=None) -> Evaluation(value, latex_numeric)
                                        t and entry count from 1, as on screen
    evaluate(d, model, tokens, t, entry, trace=None)    the same as d.evaluate(...)
    recurrent_paths(spec)               the Jacobians ∂h_t/∂h_{t-1}, ∂c_t/∂c_{t-1}, … as Derivatives
    wrt_names(spec)                     every valid ``wrt``
    chain_gradients(model, tokens, targets) -> ChainGradients(params, dh, dc)
                                        dL/dθ composed from the derived local derivatives (the sympy leg
                                        of the gradient check)
    prepare(spec, progress=None, cancelled=None)        derive and compile everything ahead of time

Rendering:
    render_svg(latex, size=24.0, color=None) -> bytes    SVG 1.1 for QSvgRenderer (cached)
    unknown_commands(latex) -> list[str]                LaTeX commands the renderer would print as text

Errors: FormulaError (a bad ``of``/``wrt``/``t``/``entry``; one-line message), RenderError.

Written ahead of time (sympy-free, :mod:`.ahead`; ``make generate`` writes them with :mod:`.generate`):
    ahead.cell_equations(spec, form), ahead.loss_latex()        as cell_equations and output.loss_latex
    ahead.derivative(spec, of, wrt, cross=False)                as derivative, without ``tree``/``expr``
    ahead.output_derivative(wrt)                                as output.output_derivative
    chain_gradients(..., formulas=ahead)                        BPTT from the formulas written ahead

The cells' equations as data (sympy-free, :mod:`.description`):
    describe(spec) -> {name: Node}      each cell's step: affine terms and elementwise parts per quantity
    equations(spec, style=TEXT, inline=())  the equations written as text (TEXT) or LaTeX (LATEX)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lstm_studio.symbolic.bptt import ChainGradients, chain_gradients
    from lstm_studio.symbolic.catalog import all_latex, derivatives, prepare
    from lstm_studio.symbolic.equations import FORMS, bptt_equations, cell_equations, recurrent_paths, unrolled
    from lstm_studio.symbolic.formulas import Derivative, Evaluation, FormulaError, derivative, wrt_names
    from lstm_studio.symbolic.render import RenderError, render_svg, unknown_commands

#: Where each name of the public API lives. They are imported on first use, so that importing one
#: sympy-free module of this package (the cells' description) does not load sympy.
_HOMES = {
    "bptt": ("ChainGradients", "chain_gradients"),
    "catalog": ("all_latex", "derivatives", "prepare"),
    "equations": ("FORMS", "bptt_equations", "cell_equations", "recurrent_paths", "unrolled"),
    "formulas": ("Derivative", "Evaluation", "FormulaError", "derivative", "wrt_names"),
    "render": ("RenderError", "render_svg", "unknown_commands"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def evaluate(d: Derivative, model, tokens, t: int, entry, trace=None) -> Evaluation:
    """``d`` at step ``t`` (from 1) and ``entry`` (from 1) of ``model`` run over ``tokens`` (indices):
    (value, LaTeX with the numbers put in). See :meth:`Derivative.evaluate`."""
    return d.evaluate(model, tokens, t, entry, trace)


__all__ = [
    "FORMS", "ChainGradients", "Derivative", "Evaluation", "FormulaError", "RenderError", "all_latex",
    "bptt_equations", "cell_equations", "chain_gradients", "derivative", "derivatives", "evaluate",
    "prepare", "recurrent_paths", "render_svg", "unknown_commands", "unrolled", "wrt_names",
]
