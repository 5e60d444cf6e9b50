"""The equations shown beside the formulas: cell (three forms), BPTT chain, unrolled net."""

from __future__ import annotations

import pytest

from lstm_studio.engine import CellSpec
from lstm_studio.symbolic import FORMS, all_latex, bptt_equations, cell_equations, prepare, unrolled

from .legs import CONFIGS

SPECS = {name: CellSpec.make(cell, options) for name, (cell, options) in CONFIGS.items()}


def test_lstm_equations_for_one_unit():
    eq = dict(cell_equations(SPECS["lstm"], "unit"))
    assert list(eq) == ["f", "i", "g", "c", "o", "h"]
    assert eq["f"] == (
        r"f_{t} = \sigma\Bigl(\sum_{k} W_{f,jk}\,x_{t,k} + \sum_{k} U_{f,jk}\,h_{t-1,k} + b_{f,j}\Bigr)"
    )
    assert eq["g"].startswith(r"\tilde{C}_{t} = \operatorname{tanh}\Bigl(\sum_{k} W_{c,jk}")
    assert eq["c"] == r"c_{t} = f_{t}\,c_{t-1} + i_{t}\,\tilde{C}_{t}"
    assert eq["h"] == r"h_{t} = o_{t}\,\operatorname{tanh}\,c_{t}"


def test_vector_and_stacked_forms():
    vector = dict(cell_equations(SPECS["gru-before-z_takes_new"], "vector"))
    assert vector["h_tilde"] == (
        r"\tilde{h}_{t} = \operatorname{tanh}(W_{h}\,x_{t} + U_{h}\,(r_{t} \odot h_{t-1}) + b_{h})"
    )
    assert vector["h"] == r"h_{t} = (1 - z_{t}) \odot h_{t-1} + z_{t} \odot \tilde{h}_{t}"
    stacked = cell_equations(SPECS["lstm"], "stacked")
    assert [name for name, _ in stacked] == ["stacked", "c", "h"]
    assert r"U_{f} & W_{f} \\ U_{i} & W_{i} \\ U_{c} & W_{c} \\ U_{o} & W_{o}" in stacked[0][1]
    assert r"\begin{pmatrix} h_{t-1} \\ x_{t} \end{pmatrix}" in stacked[0][1]
    # one gate alone is no block: the peephole LSTM keeps its vector form
    peephole = SPECS["peephole-diagonal"]
    assert cell_equations(peephole, "stacked") == cell_equations(peephole, "vector")
    with pytest.raises(ValueError, match=r"^form: 'matrix' is not one of unit, vector, stacked"):
        cell_equations(SPECS["lstm"], "matrix")


def test_conventions_show_in_the_equations():
    after = dict(cell_equations(SPECS["gru-after-z_keeps_old"], "unit"))
    assert after["n"] == r"n_{t} = \sum_{k} U_{h,jk}\,h_{t-1,k} + b_{hn,j}"
    assert after["h"] == r"h_{t} = z_{t}\,h_{t-1} + (1 - z_{t})\,\tilde{h}_{t}"
    full = dict(cell_equations(SPECS["peephole-full"], "unit"))
    assert r"\sum_{m} P_{o,jm}\,c_{t,m}" in full["o"] and r"\sum_{k} P_{f,jk}\,c_{t-1,k}" in full["f"]
    diagonal = dict(cell_equations(SPECS["peephole-diagonal"], "unit"))
    assert r"P_{o,j}\,c_{t}" in diagonal["o"]
    relu = dict(cell_equations(SPECS["rnn-relu"], "vector"))
    assert relu["h"] == r"h_{t} = \operatorname{relu}(W_{xh}\,x_{t} + W_{hh}\,h_{t-1} + b_{h})"


def test_bptt_chain_has_the_cell_state_only_where_there_is_one():
    lstm = dict(bptt_equations(SPECS["lstm"]))
    rnn = dict(bptt_equations(SPECS["rnn-tanh"]))
    assert r"\delta^{c}_{t+1,j}" in lstm["delta_h"] and "delta_c" in lstm
    assert "delta_c" not in rnn and r"\delta^{c}" not in rnn["dL_dtheta"]
    assert lstm["output"] == (
        r"\frac{{\partial}\ell_{t}}{{\partial}h_{t,j}} = \sum_{v} W_{hy,vj}\,(p_{t,v} - e_{t,v})"
    )


@pytest.mark.parametrize("config, steps, paths", [("rnn-tanh", 3, 1 + 2 + 3), ("lstm", 3, 1 + 3 + 7),
                                                   ("gru-none-z_takes_new", 2, 1 + 2), ("lstm", 1, 1)])
def test_unrolled_net_sums_every_path(config, steps, paths):
    wrt = {"rnn": "W_xh", "gru": "W_z"}.get(config[:3], "W_f")
    eqs = dict(unrolled(SPECS[config], steps, wrt))
    terms = sum(eqs[f"dl_{t}"].split(" = ", 1)[1].count(" + ") + 1 for t in range(1, steps + 1))
    assert terms == paths
    assert all(f"h_{t}" in eqs for t in range(1, steps + 1))


def test_unrolled_local_derivatives_are_written_at_their_steps():
    eqs = dict(unrolled(SPECS["lstm"], 2, "U_f"))
    assert eqs["dh_1/dU_f"] == (
        r"\frac{{\partial}h_{1}}{{\partial}U_{f,jk}} = o_{1}\,(1 - \operatorname{tanh}^{2}\,c_{1})\,c_{0}\,f_{1}\,"
        r"(1 - f_{1})\,h_{0,k}"
    )
    assert eqs["dc_2/dc_prev"] == r"\frac{{\partial}c_{2}}{{\partial}c_{1,k}} = \delta_{jk}\,f_{2}"
    assert "dc_1/dc_prev" not in eqs  # step 1 reads the initial state, nothing before it


def test_unrolled_limits():
    with pytest.raises(ValueError, match=r"^T: the unrolled form is written for 1\.\.3 steps, not 4"):
        unrolled(SPECS["lstm"], 4, "U_f")
    with pytest.raises(ValueError, match=r"^wrt: 'h_\{t-1\}' is not a parameter of the lstm cell"):
        unrolled(SPECS["lstm"], 2, "h_{t-1}")


def test_prepare_reports_progress_and_can_be_cancelled():
    calls = []
    assert prepare(SPECS["gru-none-z_keeps_old"], progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1] and [c[0] for c in calls] == list(range(1, len(calls) + 1))
    assert prepare(SPECS["lstm"], cancelled=lambda: True) is False


def test_catalog_has_no_duplicates_and_covers_every_form():
    items = all_latex(SPECS["rnn-tanh"])
    texts = [text for _, text in items]
    assert len(texts) == len(set(texts))
    assert {name.split(":")[0] for name, _ in items if ":" in name} == set(FORMS)
