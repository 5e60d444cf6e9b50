"""The numbers of one unit at one step (Qt-free): the equations written with numbers evaluate to the
engine's values, and the values on the wires are the engine's."""

import re

import numpy as np
import pytest

from lstm_studio.engine import forward, new_model
from lstm_studio.explain.unit_numbers import UnitStep, number_lines, output_lines, wire_values

CONFIGS = [
    ("rnn", {}), ("lstm", {}), ("peephole_lstm", {"peephole": "diagonal"}), ("peephole_lstm", {"peephole": "full"}),
    *[("gru", {"reset": r, "update": u}) for r in ("before", "after", "none") for u in ("z_takes_new", "z_keeps_old")],
]
INPUTS = (0, 1, 2, 3)


def _unit_step(cell, options, t=2, unit=1, **kw):
    model = new_model(cell, list("PIGS"), 3, seed=7, options=options, **kw)
    return UnitStep(model, forward(model, list(INPUTS)), INPUTS, 0, 0, t, unit)


def _plain(html: str) -> str:
    text = re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ")
    return text.replace("−", "-").replace("·", "*").replace("σ", "sig").replace("^", "")


def _final(html: str) -> float:
    """The bold result at the end of a line."""
    return float(re.findall(r"<b>([^<]+)</b>", html)[-1].replace("−", "-"))


@pytest.mark.parametrize(("cell", "options"), CONFIGS)
def test_every_line_ends_in_the_engine_value(cell, options):
    us = _unit_step(cell, options)
    lt = us.lt
    lines = number_lines(us)
    for name, line in lines.items():
        if name == "n":
            expected = us.params["U_h"][1] @ lt.h[2, 0] + us.params["b_hn"][1]
        elif name == "c":
            expected = lt.c[3, 0, 1]
        elif name == "h":
            expected = lt.h[3, 0, 1]
        else:
            expected = lt.gates[name][2, 0, 1]
        assert _final(line) == pytest.approx(expected, abs=6e-4), name


@pytest.mark.parametrize(("cell", "options"), CONFIGS[:3])
def test_the_written_pre_activation_adds_up(cell, options):
    """σ(0.630 + (0.820*0.120 - …) + 0.280) = σ(1.531): the printed terms sum to the printed argument."""
    us = _unit_step(cell, options)
    for line in number_lines(us).values():
        text = _plain(line)
        m = re.search(r"= (?:sig|tanh)\((.*)\) = (?:sig|tanh)\(([-0-9.]+)\)", text)
        if m:
            assert eval(m.group(1)) == pytest.approx(float(m.group(2)), abs=5e-3)


def test_wire_values_are_the_engine_quantities():
    us = _unit_step("lstm", {})
    lt, j = us.lt, 1
    v = wire_values(us)
    assert v["f"] == lt.gates["f"][2, 0, j]
    assert v["fc"] == pytest.approx(lt.gates["f"][2, 0, j] * lt.c[2, 0, j])
    assert v["c"] == lt.c[3, 0, j] and v["h_prev"] == lt.h[2, 0, j]
    rnn = _unit_step("rnn", {})
    w = wire_values(rnn)
    assert w["whh"] + w["wxh"] + w["b"] == pytest.approx(w["a"])


def test_the_backward_direction_reads_its_own_steps():
    model = new_model("gru", list("PIGS"), 2, seed=1, bidirectional=True)
    trace = forward(model, list(INPUTS))
    us = UnitStep(model, trace, INPUTS, 0, 1, 0, 0)
    assert us.s == 4 and us.prev_label == "2"
    assert wire_values(us)["h"] == trace.layers[0][1].h_time[0, 0, 0]


def test_output_lines_name_the_prediction():
    us = _unit_step("lstm", {})
    lines = output_lines(us.model, us.trace, 1)
    v = int(np.argmax(us.trace.p[1, 0]))
    assert f"<sub>2,{us.model.vocab[v]}</sub>" in lines["p"]
    assert _final(lines["p"]) == pytest.approx(us.trace.p[1, 0, v], abs=6e-4)
