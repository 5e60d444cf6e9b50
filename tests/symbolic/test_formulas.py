"""The derived formulas: in gate terms, in textbook order, equal to sympy's own diff, with clear errors."""

from __future__ import annotations

import threading

import pytest
import sympy

from lstm_studio.engine import CellSpec
from lstm_studio.symbolic import FormulaError, derivative, derivatives, recurrent_paths, wrt_names
from lstm_studio.symbolic.cells import LEAF_NODES, graph, node_leaf
from lstm_studio.symbolic.functions import Relu, Sigma, Tanh
from lstm_studio.symbolic.symbols import info, param

from .legs import CONFIGS

SPECS = {name: CellSpec.make(cell, options) for name, (cell, options) in CONFIGS.items()}


def test_lstm_derivative_wrt_U_f_in_gate_terms():
    d = derivative(SPECS["lstm"], "h_t", "U_f")
    assert d.text == "∂h_t/∂U_f[j,k] = o_t (1 - tanh² c_t) c_{t−1} f_t (1 - f_t) h_{t−1,k}"
    assert d.latex == (
        r"\frac{{\partial}h_{t}}{{\partial}U_{f,jk}} = o_{t}\,(1 - \operatorname{tanh}^{2}\,c_{t})\,c_{t-1}\,"
        r"f_{t}\,(1 - f_{t})\,h_{t-1,k}"
    )
    assert d.letters == ("j", "k")


@pytest.mark.parametrize(
    "config, of, wrt, text",
    [
        ("lstm", "c_t", "c_{t-1}", "∂c_t/∂c_{t−1,k} = δ_jk f_t"),  # the constant error carousel
        ("lstm", "c_t", "U_i", "∂c_t/∂U_i[j,k] = C̃_t i_t (1 - i_t) h_{t−1,k}"),
        ("lstm", "c_t", "W_c", "∂c_t/∂W_c[j,k] = i_t (1 - C̃_t²) x_{t,k}"),
        ("lstm", "h_t", "b_o", "∂h_t/∂b_o[j] = tanh c_t o_t (1 - o_t)"),
        ("lstm", "c_t", "W_o", "∂c_t/∂W_o[j,k] = 0"),
        ("rnn-tanh", "h_t", "W_hh", "∂h_t/∂W_hh[j,k] = (1 - h_t²) h_{t−1,k}"),
        ("rnn-relu", "h_t", "W_hh", "∂h_t/∂W_hh[j,k] = [a_t > 0] h_{t−1,k}"),
        ("rnn-tanh", "h_t", "h_{t-1}", "∂h_t/∂h_{t−1,k} = (1 - h_t²) W_hh[j,k]"),
        ("gru-before-z_takes_new", "h_t", "U_z", "∂h_t/∂U_z[j,k] = (h̃_t - h_{t−1}) z_t (1 - z_t) h_{t−1,k}"),
        ("gru-before-z_keeps_old", "h_t", "U_z", "∂h_t/∂U_z[j,k] = (h_{t−1} - h̃_t) z_t (1 - z_t) h_{t−1,k}"),
        ("gru-after-z_takes_new", "h_t", "b_hn", "∂h_t/∂b_hn[j] = z_t (1 - h̃_t²) r_t"),
        ("gru-none-z_keeps_old", "h_t", "U_h", "∂h_t/∂U_h[j,k] = (1 - z_t) (1 - h̃_t²) h_{t−1,k}"),
        ("peephole-diagonal", "c_t", "P_f", "∂c_t/∂P_f[j] = c_{t−1} f_t (1 - f_t) c_{t−1}"),
        ("peephole-full", "h_t", "P_o", "∂h_t/∂P_o[j,k] = tanh c_t o_t (1 - o_t) c_{t,k}"),
    ],
)
def test_formulas_read_as_in_the_textbook(config, of, wrt, text):
    assert derivative(SPECS[config], of, wrt).text == text


def test_gru_conventions_differ_in_the_old_state_path():
    takes_new = derivative(SPECS["gru-after-z_takes_new"], "h_t", "h_{t-1}").text
    keeps_old = derivative(SPECS["gru-after-z_keeps_old"], "h_t", "h_{t-1}").text
    assert takes_new.startswith("∂h_t/∂h_{t−1,k} = δ_jk (1 - z_t) + ")
    assert keeps_old.startswith("∂h_t/∂h_{t−1,k} = δ_jk z_t + ")


def test_sums_over_units_appear_only_where_a_step_mixes_units():
    for name, spec in SPECS.items():
        for d in recurrent_paths(spec):
            has_sum = bool(d.expr.atoms(sympy.Sum))
            mixes = (name == "peephole-full" and d.of == "h") or (name.startswith("gru-before") and d.of == "h")
            assert has_sum == mixes, (name, d.text)


@pytest.mark.parametrize("config", list(CONFIGS))
def test_every_derivative_is_in_gate_terms(config):
    """No exponentials, no σ(…) or tanh(…) of a pre-activation: only gates, states, inputs, parameters."""
    for d in derivatives(SPECS[config]):
        assert not d.expr.atoms(sympy.exp)
        for fn in d.expr.atoms(Sigma, Tanh, Relu):
            # the only function left is tanh c_t of the LSTM's output
            assert isinstance(fn, Tanh) and info(fn.args[0].name).q == "c", f"{fn} left in {d.text}"
        for leaf in d.expr.free_symbols:
            li = info(leaf.name)
            assert li is None or not li.q.startswith("a_"), d.text


def test_cross_derivatives_exist_exactly_where_units_mix():
    nonzero = {
        name: sorted({d.wrt for d in derivatives(spec) if d.cross}) for name, spec in SPECS.items()
    }
    assert nonzero["peephole-full"] == sorted(["W_f", "U_f", "b_f", "W_i", "U_i", "b_i", "W_c", "U_c", "b_c",
                                               "P_f", "P_i"])
    assert nonzero["gru-before-z_takes_new"] == ["U_r", "W_r", "b_r"]
    for name in ("lstm", "peephole-diagonal", "rnn-tanh", "gru-after-z_keeps_old", "gru-none-z_takes_new"):
        assert nonzero[name] == []
    cross = derivative(SPECS["peephole-full"], "h_t", "U_f", cross=True)
    assert cross.text == (
        "∂h_{t,i}/∂U_f[j,k] = tanh c_{t,i} o_{t,i} (1 - o_{t,i}) P_o[i,j] c_{t−1,j} f_{t,j} (1 - f_{t,j}) h_{t−1,k}"
    )
    assert cross.letters == ("i", "j", "k")


# --- the chain-ordered formula is sympy's derivative ----------------------------------------------------


def _nested(spec: CellSpec, target):
    """Unit j's output as one nested sympy expression (no named intermediates), keeping only the terms
    of each pre-activation that the target can reach; rho stands for the rest. Returns the
    expressions of every node and the map from σ(…)/tanh(…) of a full pre-activation to the gate."""
    g = graph(spec)
    values, collapse = {}, {}
    for name in LEAF_NODES:
        values[name] = node_leaf(name)
    for node in g.nodes.values():
        parts = [sympy.Symbol(f"rho_{node.name}")] if node.terms else []
        for term in node.terms:
            if term.kind == "bias":
                if term.param == target:
                    parts.append(param(term.param, "j"))
                continue
            inner = values[term.input] if term.input in values else node_leaf(term.input)
            if term.param == target:
                column = node_leaf(term.input, "k") if term.input in LEAF_NODES or g.nodes[term.input].stored \
                    else g.nodes[term.input].expr.xreplace({node_leaf(p): node_leaf(p, "k") for p in
                                                            g.nodes[term.input].parents})
                parts.append(param(term.param, "jk" if term.kind == "matrix" else "j")
                             * (column if term.kind == "matrix" else inner))
            elif term.kind == "diag":
                parts.append(param(term.param, "j") * inner)
            elif term.input in LEAF_NODES:
                if term.input == target:
                    parts.append(param(term.param, "jk") * node_leaf(term.input, "k"))
            else:  # an own-unit entry of a within-step vector: M[j,j] v_j
                parts.append(param(term.param, "jj") * inner)
        expr = sympy.Add(*parts)
        if node.expr is not None:
            own = node.expr.xreplace({node_leaf(p): values[p] for p in node.parents})
            if isinstance(node.expr, (Sigma, Tanh)) and node.parents[0].startswith("a"):
                collapse[own] = node_leaf(node.name)
            expr = expr + own if node.terms else own
        values[node.name] = expr
        if node.stored and node.name not in ("h",) and not (isinstance(node.expr, (Sigma, Tanh))):
            collapse.setdefault(expr, node_leaf(node.name))
    return values, collapse


@pytest.mark.parametrize("config", list(CONFIGS))
def test_chain_rule_form_equals_sympy_diff_of_the_nested_expression(config):
    spec = SPECS[config]
    g = graph(spec)
    for of in ("h_t", "c_t")[: len(g.outputs)]:
        for wrt in g.params():
            values, collapse = _nested(spec, wrt)
            letters = "jk" if len(spec.param_shapes(2, 2)[wrt]) == 2 else "j"
            direct = sympy.diff(values[of[0]], param(wrt, letters)).xreplace(collapse)
            chained = derivative(spec, of, wrt).expr.doit()
            assert sympy.expand(direct - chained) == 0, f"{of} wrt {wrt}: {direct} vs {chained}"


# --- requests, errors, caching -------------------------------------------------------------------------


def test_every_cell_has_a_formula_for_every_target():
    for spec in SPECS.values():
        names = wrt_names(spec)
        assert names[: len(spec.param_shapes(1, 1))] == list(spec.param_shapes(1, 1))
        for of in ("h_t", "c_t") if spec.has_c else ("h_t",):
            for wrt in names:
                assert derivative(spec, of, wrt).latex.startswith(r"\frac{{\partial}")


@pytest.mark.parametrize(
    "of, wrt, message",
    [
        ("y_t", "U_f", "of: 'y_t' is not h_t or c_t"),
        ("h_t", "W_xh", "wrt: 'W_xh' is not a parameter or state of the lstm cell"),
        ("h_t", "", "wrt: '' is not a parameter"),
    ],
)
def test_bad_requests_name_the_argument(of, wrt, message):
    with pytest.raises(FormulaError) as err:
        derivative(SPECS["lstm"], of, wrt)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_gru_has_no_cell_state_and_states_have_no_cross_form():
    with pytest.raises(FormulaError, match=r"^of: the gru cell has no cell state c_t"):
        derivative(SPECS["gru-after-z_takes_new"], "c_t", "U_z")
    with pytest.raises(FormulaError, match=r"^cross: "):
        derivative(SPECS["lstm"], "h_t", "h_{t-1}", cross=True)
    with pytest.raises(FormulaError, match=r"^wrt: 'c_\{t-1\}'"):
        derivative(SPECS["rnn-tanh"], "h_t", "c_{t-1}")


def test_aliases_name_the_same_derivative_and_requests_are_cached():
    spec = SPECS["lstm"]
    d = derivative(spec, "h_t", "h_{t-1}")
    assert derivative(spec, "h", "h_prev") is d
    assert derivative(CellSpec.make("lstm"), "h_t", "h_t-1") is d


def test_concurrent_requests_from_worker_threads_agree():
    spec = CellSpec.make("gru", {"reset": "after", "update": "z_keeps_old"})
    names = wrt_names(spec)
    results: dict[int, list[str]] = {}

    def work(n):
        order = names if n % 2 else list(reversed(names))
        results[n] = sorted(derivative(spec, "h_t", w).latex for w in order)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({tuple(v) for v in results.values()}) == 1
    assert all(len(v) == len(names) for v in results.values())
