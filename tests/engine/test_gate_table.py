"""The engine's one gate table: every gate's trace key, symbol, parameter suffix, title and squashing function."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_studio.engine import CELLS, GATE_TABLE, OPTIONS, SIGMOID_GATES, CellSpec, forward, new_model
from lstm_studio.engine.spec import gate_of_suffix, latex_symbol, symbol

SPECS = [CellSpec.make("rnn", {"activation": a}) for a in OPTIONS["rnn"]["activation"][0]] + [
    CellSpec.make("lstm"),
    *(CellSpec.make("peephole_lstm", {"peephole": p}) for p in OPTIONS["peephole_lstm"]["peephole"][0]),
    *(CellSpec.make("gru", {"reset": r, "update": u})
      for r in OPTIONS["gru"]["reset"][0] for u in OPTIONS["gru"]["update"][0]),
]


def test_the_specs_cover_every_cell():
    assert {spec.cell for spec in SPECS} == set(CELLS) and len(SPECS) == 2 + 1 + 2 + 6


def test_the_table_holds_the_notation_of_the_equations():
    rows = {g.key: (g.symbol, g.latex, g.suffix, g.title, g.squash_symbol) for g in GATE_TABLE.values()}
    assert rows == {
        "f": ("f", "f", "f", "forget gate", "σ"),
        "i": ("i", "i", "i", "input gate", "σ"),
        "g": ("C̃", r"\tilde{C}", "c", "candidate", "tanh"),
        "o": ("o", "o", "o", "output gate", "σ"),
        "z": ("z", "z", "z", "update gate", "σ"),
        "r": ("r", "r", "r", "reset gate", "σ"),
        "h_tilde": ("h̃", r"\tilde{h}", "h", "candidate state", "tanh"),
    }
    assert {"f", "i", "o", "z", "r"} == SIGMOID_GATES


def test_quantities_that_are_not_gates_are_written_by_their_name():
    assert [symbol(k) for k in ("g", "h_tilde", "h", "c", "n", "a")] == ["C̃", "h̃", "h", "c", "n", "a"]
    assert latex_symbol("g") == r"\tilde{C}" and latex_symbol("h") == "h"


def test_suffixes_lead_back_to_their_gate():
    assert gate_of_suffix("c").key == "g" and gate_of_suffix("h").key == "h_tilde"
    assert gate_of_suffix("hn").key == "h_tilde"  # b_hn sits inside the GRU's candidate
    assert gate_of_suffix("xh") is None and gate_of_suffix("hy") is None


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: f"{s.cell}-{'-'.join(v for _, v in s.options)}")
def test_every_gate_has_its_parameters_and_its_range(spec):
    shapes = spec.param_shapes(4, 3)
    for key in spec.gates:
        suffix = GATE_TABLE[key].suffix
        assert {f"W_{suffix}", f"U_{suffix}", f"b_{suffix}"} <= set(shapes)
    model = new_model(spec.cell, list("PIGS"), 3, seed=3, options=dict(spec.options))
    model.params = {k: v * 6.0 for k, v in model.params.items()}  # push the gates towards their limits
    trace = forward(model, [0, 1, 2, 3, 0])
    for key in spec.gates:
        values = trace.gates[key]
        low, high = (0.0, 1.0) if key in SIGMOID_GATES else (-1.0, 1.0)
        assert np.all((values >= low) & (values <= high)), key
        squash = (lambda a: 1.0 / (1.0 + np.exp(-a))) if GATE_TABLE[key].squash == "sigmoid" else np.tanh
        np.testing.assert_allclose(values, squash(trace.first.pre[key]), rtol=0, atol=1e-15)
    assert list(trace.first.gates) == list(spec.gates)  # the trace keeps the display order
