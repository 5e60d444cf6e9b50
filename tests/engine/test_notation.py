"""The one place that writes indices and numbers as text: subscripts, superscripts and the panels' numbers."""

from __future__ import annotations

import math

import pytest

from lstm_studio.engine.notation import MINUS, SUBSCRIPTS, SUPERSCRIPTS, factor, num, plus, sub, sup, terms


def test_number_formatting():
    assert num(-0.5) == "−0.500" and num(0.0) == "0.000"
    assert num(1.5e-5) == "1.50×10⁻⁵" and num(float("inf")) == "∞"
    assert plus(0.038, -0.129) == "0.038 − 0.129"
    assert sub("t-1") == "ₜ₋₁"


@pytest.mark.parametrize(("value", "text"), [
    (0.0005, "5.00×10⁻⁴"), (12345.0, "1.23×10⁴"), (-9999.0, "−9999.000"), (float("-inf"), "−∞"),
    (float("nan"), "NaN"), (1e-3, "0.001"),
])
def test_small_and_large_numbers_keep_three_significant_digits(value, text):
    assert num(value) == text


def test_a_number_reads_back_to_within_its_last_printed_digit():
    for value in (0.1234, -3.2109, 7.5e-6, -4.4e7):
        text = num(value).replace(MINUS, "-")
        if "×10" in text:
            mantissa, exponent = text.split("×10")
            exponent = exponent.translate(str.maketrans({v: k for k, v in SUPERSCRIPTS.items() if k != "−"}))
            back = float(mantissa) * 10.0 ** int(exponent)
            assert math.isclose(back, value, rel_tol=5e-3)
        else:
            assert abs(float(text) - value) <= 5e-4


def test_scripts_map_every_character_they_can_and_keep_the_rest():
    assert sub(12) == "₁₂" and sub("t+1") == "ₜ₊₁" and sub("j,k") == "ⱼ,ₖ"
    assert sub("W") == "W"  # no subscript capital letters in Unicode
    assert sup(-3) == "⁻³" and sup("n") == "ⁿ" and sup("x") == "x"
    assert sub("−") == sub("-") == "₋"
    assert len(set(SUBSCRIPTS.values())) == len(SUBSCRIPTS) - 1  # only the two minus signs share one


def test_written_sums_take_the_sign_as_the_operator():
    assert terms(["0.500", "−0.300", "1.000"]) == "0.500 − 0.300 + 1.000"
    assert factor(-0.25) == "(−0.250)" and factor(0.25) == "0.250"
