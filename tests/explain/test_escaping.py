"""Explanations are HTML, and a token is text from a model file: it is escaped wherever it goes in."""

import html

from lstm_studio.engine import forward, new_model
from lstm_studio.explain.unit_numbers import UnitStep, input_note, output_lines

TOKENS = ["<!--", "<b>", "&amp;", "x"]


def test_tokens_in_the_unit_numbers_are_escaped():
    """Before: a token <!-- in the equations panel hid the rest of its line."""
    model = new_model("lstm", TOKENS, 2, seed=3)
    trace = forward(model, [0, 1, 2])
    note = input_note(UnitStep(model, trace, (0, 1, 2), 0, 0, 0, 0))
    assert "<b>&lt;!--</b>" in note and "W[1, &lt;!--]" in note and "<!--" not in note
    lines = output_lines(model, trace, 1)
    predicted = TOKENS[int(trace.p[1, 0].argmax())]
    for line in lines.values():
        assert f"{html.escape(predicted)} is the predicted token" in line or f",{html.escape(predicted)}</sub>" in line
    assert "<!--" not in "".join(lines.values()) and "<b>&amp;" not in "".join(lines.values())
