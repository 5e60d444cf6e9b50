"""Writing formulas: LaTeX in gate terms, LaTeX with the numbers put in, and plain text for a terminal.

The numeric form is printed once per formula as a *template* in which every leaf is a marker; plugging
in numbers is then string replacement (:mod:`.numeric`, which needs no sympy), so a weight edit
re-renders a formula in microseconds. A Σ over units becomes a marker too.
"""

from __future__ import annotations

import sympy
from sympy.printing.latex import LatexPrinter
from sympy.printing.str import StrPrinter

from lstm_studio.engine.notation import sup
from lstm_studio.symbolic.numeric import (  # (sympy-free; kept importable from here)
    _BARE,
    _CLOSE,
    _OPEN,
    _SUM_CLOSE,
    _SUM_OPEN,
    EXPAND_SUMS,
    Template,
    fill,
    number,
    partial,
    plain_parentheses,
)
from lstm_studio.symbolic.symbols import info, latex_name, text_name


class FormulaLatex(LatexPrinter):
    """LaTeX in gate terms; ``implicit`` is the unit letter left unwritten (f_t for f_{t,j})."""

    _default_settings = {
        **LatexPrinter._default_settings,
        "implicit": "j",
        "numeric_template": False,
        "order": "none",
        "mul_symbol": None,
    }

    def __init__(self, settings=None):
        super().__init__(settings)
        self.given = dict(settings or {})
        self.markers: list = []

    def doprint(self, expr) -> str:
        return plain_parentheses(super().doprint(expr))

    def _print_Symbol(self, expr, style="plain"):
        li = info(expr.name)
        if li is None:
            return super()._print_Symbol(expr, style)
        if self._settings["numeric_template"]:
            self.markers.append(expr)
            return f"{_OPEN}{len(self.markers) - 1}{_CLOSE}"
        return latex_name(li, self._settings["implicit"])

    def parenthesize_super(self, s):
        """A leaf with an accent and a subscript (\\tilde{h}_{t}) is braced before its exponent, so the
        exponent follows the subscript instead of sitting over the accent."""
        return "{" + s + "}" if s.startswith(r"\tilde") else super().parenthesize_super(s)

    def print_bare(self, expr) -> str:
        """A leaf that is already inside parentheses: its number is written without its own."""
        text = self._print(expr)
        return text.replace(_OPEN, _OPEN + _BARE, 1) if text.startswith(_OPEN) else text

    def _print_Sum(self, expr):
        (letter, _, _), body = expr.limits[0], expr.function
        if self._settings["numeric_template"]:
            inner = FormulaLatex(self.given)
            text = inner.doprint(body)
            self.markers.append(Template(text, tuple(inner.markers), str(letter), body))
            return f"{_SUM_OPEN}{len(self.markers) - 1}{_SUM_CLOSE}"
        inner = self._print(body)
        if isinstance(body, sympy.Add):
            inner = r"\left(" + inner + r"\right)"
        return r"\sum_{" + str(letter) + "} " + inner


def latex(expr, implicit: str | None = "j") -> str:
    """LaTeX of a formula, factors in the order they were built, products written with thin spaces."""
    return FormulaLatex({"implicit": implicit, "mul_symbol": r"\,"}).doprint(expr)


def numeric_template(expr, implicit: str | None = "j") -> Template:
    printer = FormulaLatex({"implicit": implicit, "numeric_template": True, "mul_symbol": "dot"})
    text = printer.doprint(expr)
    return Template(text, tuple(printer.markers))


class FormulaText(StrPrinter):
    """Plain text: f_t (1 - f_t) h_{t−1,k}, tanh² c_t, Σ_m (…)."""

    _default_settings = {**StrPrinter._default_settings, "implicit": "j", "order": "none"}

    def _print_Symbol(self, expr):
        li = info(expr.name)
        return expr.name if li is None else text_name(li, self._settings["implicit"])

    def _print_Mul(self, expr):
        parts = []
        for factor in expr.args:
            text = self._print(factor)
            if isinstance(factor, (sympy.Add, sympy.Sum)):
                text = f"({text})"
            parts.append(text)
        if parts and parts[0] == "-1":
            return "-" + " ".join(parts[1:])
        return " ".join(parts)

    def _print_Pow(self, expr, rational=False):
        base, exp = expr.args
        exponent = sup(exp)
        if base.func.__name__ == "Tanh":
            inner = self._print(base.args[0])
            return f"tanh{exponent} {inner}" if isinstance(base.args[0], sympy.Symbol) else f"tanh{exponent}({inner})"
        text = self._print(base)
        if not isinstance(base, sympy.Symbol):
            text = f"({text})"
        return text + exponent

    def _print_Sum(self, expr):
        (letter, _, _), body = expr.limits[0], expr.function
        return f"Σ_{letter} ({self._print(body)})"


def text(expr, implicit: str | None = "j") -> str:
    return FormulaText({"implicit": implicit}).doprint(expr)


__all__ = [
    "EXPAND_SUMS", "FormulaLatex", "FormulaText", "Template", "fill", "latex", "number", "numeric_template",
    "partial", "plain_parentheses", "text",
]
