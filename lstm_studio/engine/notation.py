"""How indices and numbers are written in plain (Unicode) text: subscripts, superscripts and the numbers
the panels print. Pure string code with no dependencies, so that every layer may import it.

    sub("t-1")   -> ₜ₋₁          sup(-3)  -> ⁻³
    num(0.5)     -> 0.500        num(-2e-5) -> −2.00×10⁻⁵
    terms(["0.5", "−0.3"]) -> 0.5 − 0.3
"""

from __future__ import annotations

import math

MINUS = "−"

#: Character -> its Unicode subscript (the letters Unicode has subscripts for, digits, signs, brackets).
SUBSCRIPTS: dict[str, str] = dict(zip("0123456789+-−=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ"))
#: Character -> its Unicode superscript.
SUPERSCRIPTS: dict[str, str] = dict(zip("0123456789+-−=()in", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁱⁿ"))

_SUB = str.maketrans(SUBSCRIPTS)
_SUP = str.maketrans(SUPERSCRIPTS)


def sub(text: str | int) -> str:
    """``text`` as Unicode subscripts: ``sub("t-1")`` -> ``ₜ₋₁``, ``sub(12)`` -> ``₁₂``; a character
    without a subscript form is kept as it is."""
    return str(text).translate(_SUB)


def sup(text: str | int) -> str:
    """``text`` as Unicode superscripts: ``sup(-3)`` -> ``⁻³``; a character without one is kept."""
    return str(text).translate(_SUP)


def num(v: float) -> str:
    """A number as the panels print it: three decimals, or three significant digits when that would
    hide it (|v| < 0.001 or ≥ 10⁴); a true minus sign; NaN and ±∞ by name."""
    v = float(v)
    if not math.isfinite(v):
        return "NaN" if math.isnan(v) else ("∞" if v > 0 else MINUS + "∞")
    if v != 0 and (abs(v) < 1e-3 or abs(v) >= 1e4):
        mantissa, exponent = f"{v:.2e}".split("e")
        text = f"{mantissa}×10{sup(int(exponent))}"
    else:
        text = f"{v:.3f}"
    return text.replace("-", MINUS)


def factor(v: float) -> str:
    """A number as a factor of a product: negative numbers in parentheses."""
    return f"({num(v)})" if v < 0 else num(v)


def plus(a: float, b: float) -> str:
    """``a + b`` written with the sign of b as the operator: 0.038 − 0.129."""
    return f"{num(a)} {MINUS if b < 0 else '+'} {num(abs(b))}"


def terms(parts: list[str]) -> str:
    """Written terms joined with +, a leading minus of a later term becoming the operator: 0.5 − 0.3."""
    out = parts[0]
    for part in parts[1:]:
        out += f" {MINUS} {part[1:]}" if part.startswith(MINUS) else f" + {part}"
    return out
