"""Writing formulas: LaTeX in gate terms, LaTeX with the numbers put in, and plain text for a terminal.

The numeric form is printed once per formula as a *template* in which every leaf is a marker; plugging
in numbers is then string replacement, so a weight edit re-renders a formula in microseconds. A Σ over
units becomes a marker too and is written out term by term (``(a_1 + a_2 + a_3)``) when there are at
most :data:`EXPAND_SUMS` units, otherwise as its value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import sympy
from sympy.printing.latex import LatexPrinter
from sympy.printing.str import StrPrinter

from lstm_studio.engine.notation import sup
from lstm_studio.symbolic.symbols import info, latex_name, text_name

EXPAND_SUMS = 4
_OPEN, _CLOSE = "\x00", "\x01"
_SUM_OPEN, _SUM_CLOSE = "\x02", "\x03"
_BARE = "!"


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


def partial(top: str, bottom: str) -> str:
    r"""∂top/∂bottom as a LaTeX fraction (``{\partial}`` in braces sets ∂ tight against its symbol)."""
    return r"\frac{{\partial}" + top + r"}{{\partial}" + bottom + "}"


def plain_parentheses(latex: str) -> str:
    r"""Choose the size of every ``\left( … \right)`` pair by what it encloses.

    One line: plain ``( … )`` (stretchy parentheses around a single line only look swollen). A Σ:
    ``\Bigl( … \Bigr)``, because ziamath stretches a ``\left(`` around a sum to thousands of pixels. A
    fraction or a matrix: left as it is.
    """
    opens, pairs = [], []
    pos = 0
    while True:
        a, b = latex.find(r"\left(", pos), latex.find(r"\right)", pos)
        if a < 0 and b < 0:
            break
        if a >= 0 and (b < 0 or a < b):
            opens.append(a)
            pos = a + 6
        else:
            if opens:
                pairs.append((opens.pop(), b))
            pos = b + 7
    replace = {}
    for a, b in pairs:
        inner = latex[a + 6 : b]
        if r"\frac" in inner or r"\begin" in inner:
            continue
        big = r"\sum" in inner
        replace[a] = (6, r"\Bigl(" if big else "(")
        replace[b] = (7, r"\Bigr)" if big else ")")
    out, pos = [], 0
    for at in sorted(replace):
        width, text = replace[at]
        out.append(latex[pos:at])
        out.append(text)
        pos = at + width
    out.append(latex[pos:])
    return "".join(out)


def latex(expr, implicit: str | None = "j") -> str:
    """LaTeX of a formula, factors in the order they were built, products written with thin spaces."""
    return FormulaLatex({"implicit": implicit, "mul_symbol": r"\,"}).doprint(expr)


@dataclass(frozen=True)
class Template:
    """A formula printed with markers for its leaves (and for sums, which hold a nested template)."""

    text: str
    markers: tuple
    letter: str = ""
    body: object = None


def numeric_template(expr, implicit: str | None = "j") -> Template:
    printer = FormulaLatex({"implicit": implicit, "numeric_template": True, "mul_symbol": "dot"})
    text = printer.doprint(expr)
    return Template(text, tuple(printer.markers))


def number(v: float, digits: int = 4, bare: bool = False) -> str:
    """A number for a formula: 4 significant digits, ×10^n when tiny or huge, negatives in parentheses
    (unless ``bare``) and in braces, so that the renderer sets the minus as a sign, not an operator."""
    v = float(v)
    if v == 0 or not math.isfinite(v):
        text = "0" if v == 0 else (r"\infty" if v > 0 else r"-\infty")
    else:
        text = f"{v:.{digits}g}"
        if "e" in text:
            mantissa, exp = text.split("e")
            text = rf"{mantissa} \times 10^{{{int(exp)}}}"
    if v < 0:
        text = "{" + text + "}"
        return text if bare else f"({text})"
    return text


def fill(template: Template, value_of, sum_value_of, units: int) -> str:
    """The template with numbers: ``value_of(symbol, letters)`` gives a leaf's number, letters being the
    values of the summed units so far; ``sum_value_of(template, letters)`` the value of a sum."""

    def walk(t: Template, bound: dict) -> str:
        out, pos, text = [], 0, t.text
        while pos < len(text):
            ch = text[pos]
            if ch in (_OPEN, _SUM_OPEN):
                end = text.index(_CLOSE if ch == _OPEN else _SUM_CLOSE, pos)
                bare = text[pos + 1] == _BARE
                marker = t.markers[int(text[pos + 1 + bare : end])]
                if ch == _OPEN:
                    out.append(number(value_of(marker, bound), bare=bare))
                elif units <= EXPAND_SUMS:
                    terms = [walk(marker, {**bound, marker.letter: u}) for u in range(units)]
                    out.append(r"\left(" + " + ".join(terms) + r"\right)")
                else:
                    out.append(number(sum_value_of(marker, bound)))
                pos = end + 1
            else:
                nxt = min((p for p in (text.find(_OPEN, pos), text.find(_SUM_OPEN, pos)) if p >= 0),
                          default=len(text))
                out.append(text[pos:nxt])
                pos = nxt
        return "".join(out)

    return plain_parentheses(walk(template, {}))


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
