"""Formulas with numbers, without sympy: the numeric template a formula is printed as once (every leaf
and every Σ a marker), filled with numbers by string replacement, so a weight edit re-renders a formula
in microseconds; and the small LaTeX helpers both the symbolic layer (:mod:`.printing`) and the formulas
written ahead of time (:mod:`.ahead`) use. A Σ over units is written out term by term
(``(a_1 + a_2 + a_3)``) when there are at most :data:`EXPAND_SUMS` units, otherwise as its value.
Never imports sympy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

EXPAND_SUMS = 4
_OPEN, _CLOSE = "\x00", "\x01"
_SUM_OPEN, _SUM_CLOSE = "\x02", "\x03"
_BARE = "!"


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


@dataclass(frozen=True)
class Template:
    """A formula printed with markers for its leaves (and for sums, which hold a nested template)."""

    text: str
    markers: tuple
    letter: str = ""
    body: object = None


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
