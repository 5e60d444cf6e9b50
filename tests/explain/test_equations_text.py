"""The model panel's plain-text equations (explain.equations): the same in every language, because they
hold symbols and function names only (docs/i18n.md)."""

from __future__ import annotations

import itertools
import re

from lstm_studio.engine import CELLS, OPTIONS, CellSpec
from lstm_studio.explain.equations import equation_lines, to_html

#: Names the equations write that are not words of a language.
FUNCTIONS = {"tanh", "relu", "softmax"}


def _specs():
    for cell in CELLS:
        names = list(OPTIONS[cell])
        for values in itertools.product(*(OPTIONS[cell][name][0] for name in names)):
            yield CellSpec.make(cell, dict(zip(names, values)))


def test_the_plain_text_equations_hold_no_words():
    for spec in _specs():
        lines = equation_lines(spec)
        assert lines[-2:] == ["y_t = W_hy h_t + b_y", "p_t = softmax(y_t)"]
        for line in lines:
            assert set(re.findall(r"[A-Za-z]{3,}", line)) <= FUNCTIONS, (spec, line)


def test_the_html_equations_subscript_the_symbols():
    assert to_html("h_t = tanh(W_xh x_t + W_hh h_{t−1} + b_h)") == (
        "h<sub>t</sub> = tanh(W<sub>xh</sub> x<sub>t</sub> + W<sub>hh</sub> h<sub>t−1</sub> + b<sub>h</sub>)")
