"""Numbers as printed, and rounding the way a student does it by hand.

A hand calculation starts from the printed decimals, so the answer a student gets is the exact value of the
printed numbers, rounded half away from zero ("0.7255 → 0.726"). Where the operations are rational (sums and
products: logits, ∂L/∂y, ∂L/∂h, a power of a printed number) the key computes that exact value with
:class:`fractions.Fraction`; where they are not (σ, tanh, exp) the float value is exact to far better than
the last printed digit, *unless* it sits on a rounding boundary. A variant with any answer within
:data:`HAIR` of a boundary is therefore drawn again (:func:`near_boundary`), so that no key depends on the
last bit of a float sum or on the rounding rule.
"""

from __future__ import annotations

from fractions import Fraction

#: How close (in units of the last printed digit) an answer may come to a rounding boundary: a millionth of
#: a unit is far above float noise (1e-16 relative) and far below anything a student's rounding produces.
HAIR = Fraction(1, 10**6)


def shown(value: float | Fraction, decimals: int) -> Fraction:
    """The number printed with ``decimals`` decimals, exactly (rounded half away from zero)."""
    if isinstance(value, float):
        # Transcendental values: the binary float is rounded by its exact expansion; a tie is impossible
        # in practice and, for answers, excluded by near_boundary.
        value = Fraction(value)
    unit = Fraction(1, 10**decimals)
    scaled = abs(value) / unit
    whole = int(scaled)
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    return (whole if value >= 0 else -whole) * unit


def text(value: float | Fraction, decimals: int) -> str:
    """``value`` printed with ``decimals`` decimals, ASCII minus; never "-0.00"."""
    q = shown(value, decimals)
    negative = q < 0
    scaled = abs(q) * 10**decimals
    digits = str(int(scaled)).rjust(decimals + 1, "0")
    body = digits if decimals == 0 else f"{digits[:-decimals]}.{digits[-decimals:]}"
    return ("-" if negative else "") + body


def near_boundary(value: float | Fraction, decimals: int) -> bool:
    """Whether ``value`` lies within :data:`HAIR` units of the last digit of a rounding boundary."""
    scaled = abs(Fraction(value)) * 10**decimals
    return abs(scaled - int(scaled) - Fraction(1, 2)) < HAIR


def of(printed_text: str) -> Fraction:
    """A printed decimal (``−0.25``, ``0.1234``) as an exact fraction."""
    return Fraction(printed_text.replace("−", "-"))
