"""Every layer writes a gate as the engine's gate table does: the LSTM's candidate is C̃ (computed by W_c,
U_c, b_c) in the plots, the numbers of a unit, the weight tables, the formulas and the worksheets."""

from __future__ import annotations

import re

from lstm_studio.engine import GATE_TABLE, forward, new_model
from lstm_studio.explain.matrix_views import describe, layouts
from lstm_studio.explain.quantities import quantities
from lstm_studio.explain.unit_numbers import UnitStep, number_lines
from lstm_studio.worksheets.latex import GATE_SYMBOL, GATE_WORDS


def _model(cell, **options):
    return new_model(cell, list("PIGS"), 3, seed=2, options=options)


def test_plots_title_the_gates_from_the_table():
    shown = {q.key: (q.symbol, q.title) for q in quantities(_model("lstm"))}
    assert shown["g"] == ("C̃", "candidate") and shown["f"] == ("f", "forget gate")
    assert shown["c"] == ("c", "cell state")
    gru = {q.key: q.symbol for q in quantities(_model("gru", reset="after"))}
    assert gru == {"z": "z", "r": "r", "h_tilde": "h̃", "h": "h"}


def test_the_numbers_of_a_unit_write_the_candidate_and_its_squashing():
    model = _model("lstm")
    lines = number_lines(UnitStep(model, forward(model, [0, 1, 2]), (0, 1, 2), 0, 0, 1, 0))
    assert lines["g"].startswith("<i>C̃</i><sub>2,1</sub> = tanh(")
    assert lines["f"].startswith("<i>f</i><sub>2,1</sub> = σ(")
    gru = _model("gru", reset="none")
    lines = number_lines(UnitStep(gru, forward(gru, [0, 1]), (0, 1), 0, 0, 0, 2))
    assert lines["h_tilde"].startswith("<i>h̃</i><sub>1,3</sub> = tanh(")


def test_weight_tables_name_rows_by_the_gate_they_feed():
    model = _model("lstm")
    stacked = next(lay for lay in layouts(model) if lay.key == "stack:W").bind(model)
    assert [label for label in stacked.row_labels if label.endswith("₁")] == ["f₁", "i₁", "C̃₁", "o₁"]
    assert describe("U_c_l2") == "candidate C̃: recurrent weights hₜ₋₁ → C̃"  # no raw LaTeX braces
    assert describe("W_hh", "rnn") == "recurrent weights: hₜ₋₁ → aₜ"
    assert describe("b_h", "rnn") == "bias of aₜ", "the RNN's bias says nothing of the GRU"
    assert describe("b_h", "gru").startswith("candidate state h̃: bias")
    assert describe("b_hn", "gru") == "candidate state h̃ (reset after): bias inside r ⊙ (U_h hₜ₋₁ + b_hn)"
    gru = _model("gru")
    rows = next(lay for lay in layouts(gru) if lay.key == "param:W_h").bind(gru).row_labels
    assert rows == ["h̃₁", "h̃₂", "h̃₃"]


def test_worksheets_take_symbols_suffixes_and_words_from_the_table():
    assert GATE_SYMBOL["g"] == (r"\tilde{C}", "c") and GATE_SYMBOL["h_tilde"] == (r"\tilde{h}", "h")
    assert {key: gate.title for key, gate in GATE_TABLE.items()} == GATE_WORDS
    assert all(re.fullmatch(r"[a-z ]+", words) for words in GATE_WORDS.values())  # plain words in prose
