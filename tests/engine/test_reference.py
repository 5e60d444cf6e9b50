"""The readable reference step (engine/reference.py) as an oracle for the engine.

Stepping it through a sequence one token at a time gives the engine's trace, and stepping back through it
gives the engine's BPTT: every parameter gradient, dL/dh_t, dL/dc_t, dL/d(every pre-activation) and the
gradients of the initial state. For every cell and convention, every layer and direction, every sequence
of a batch (hypothesis draws the sizes, weights and sequences, see cases.py).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from lstm_studio.engine import forward, reference
from lstm_studio.engine.cells import gru, lstm, rnn
from lstm_studio.engine.spec import CellSpec

from .cases import CONFIGS, cases

CLOSE = dict(rtol=1e-11, atol=1e-13)  # the same arithmetic, reordered
ENGINE = {"rnn": rnn, "lstm": lstm, "peephole_lstm": lstm, "gru": gru}
EXAMPLES = settings(max_examples=10, deadline=None)


def reference_forward(spec: CellSpec, p: dict, xs: np.ndarray, h0: np.ndarray, c0) -> list[dict]:
    """One record per step of one sequence: the step's inputs, gates and new state."""
    options = dict(spec.options)
    h, c = h0, c0
    records = []
    for x in xs:
        record = {"x": x, "h_prev": h, "c_prev": c}
        if spec.has_c:
            h, c, gates = reference.lstm_step(p, x, h, c, **options)
        elif spec.cell == "gru":
            h, gates = reference.gru_step(p, x, h, **options)
        else:
            h, gates = reference.rnn_step(p, x, h, **options)
        records.append({**record, "gates": gates, "h": h, "c": c})
    return records


def reference_backward(spec: CellSpec, p: dict, records: list[dict], dH: np.ndarray) -> dict:
    """BPTT through one sequence, one step back at a time; dH (T, H) is dL/dh_t from above."""
    options = dict(spec.options)
    H = dH.shape[-1]
    dh_later, dc_later = np.zeros(H), np.zeros(H)
    grads = {name: np.zeros(shape) for name, shape in spec.param_shapes(len(records[0]["x"]), H).items()}
    out = {"dh": [], "dc": [], "da": []}
    for record, dH_t in zip(records[::-1], dH[::-1]):
        dh = dH_t + dh_later
        x, h_prev, c_prev, gates = record["x"], record["h_prev"], record["c_prev"], record["gates"]
        if spec.has_c:
            dh_later, dc_later, dc, da, step = reference.lstm_step_backward(
                p, x, h_prev, c_prev, record["c"], gates, dh, dc_later, **options)
            out["dc"].append(dc)
        elif spec.cell == "gru":
            dh_later, da, step = reference.gru_step_backward(p, x, h_prev, gates, dh, **options)
        else:
            dh_later, da, step = reference.rnn_step_backward(p, x, h_prev, record["h"], dh, **options)
        assert set(step) == set(grads)
        for name, value in step.items():
            grads[name] += value
        out["dh"].append(dh)
        out["da"].append(da)
    return {"params": grads, "dh": out["dh"][::-1], "dc": out["dc"][::-1], "da": out["da"][::-1],
            "dh0": dh_later, "dc0": dc_later}


@pytest.mark.parametrize("config", CONFIGS)
@EXAMPLES
@given(data=st.data())
def test_the_reference_step_is_an_oracle_for_forward_and_bptt(config, data):
    case = data.draw(cases(config))
    model = case.model
    spec = model.spec
    trace = forward(model, case.tokens, case.initial_state)
    rng = np.random.default_rng(data.draw(st.integers(0, 2**32 - 1), label="dH seed"))
    for layer, directions in enumerate(trace.layers):
        for lt in directions:
            p = model.layer_params(layer, lt.reverse)
            dH = rng.standard_normal(lt.h[1:].shape)  # a random projection loss: every h_t gets a gradient
            engine = ENGINE[spec.cell].backward(lt, p, dH)
            assert set(engine.da) == set(lt.pre) | ({"n"} if spec.cell == "gru" and spec.option("reset") == "after"
                                                     else set())
            summed = dict.fromkeys(engine.params, 0.0)
            for b in range(case.batch):
                c0 = lt.c[0, b] if lt.c is not None else None
                records = reference_forward(spec, p, lt.x[:, b], lt.h[0, b], c0)
                assert_allclose(np.array([r["h"] for r in records]), lt.h[1:, b], **CLOSE)
                if spec.has_c:
                    assert_allclose(np.array([r["c"] for r in records]), lt.c[1:, b], **CLOSE)
                for key in spec.gates:
                    assert_allclose(np.array([r["gates"][key] for r in records]), lt.gates[key][:, b], **CLOSE)
                assert [list(r["gates"]) for r in records] == [list(spec.gates)] * len(records)

                ref = reference_backward(spec, p, records, dH[:, b])
                assert_allclose(np.array(ref["dh"]), engine.dh[:, b], **CLOSE)
                assert_allclose(ref["dh0"], engine.dh0[b], **CLOSE)
                if spec.has_c:
                    assert_allclose(np.array(ref["dc"]), engine.dc[:, b], **CLOSE)
                    assert_allclose(ref["dc0"], engine.dc0[b], **CLOSE)
                for key, values in engine.da.items():
                    assert_allclose(np.array([da[key] for da in ref["da"]]), values[:, b], **CLOSE)
                for name, value in ref["params"].items():
                    summed[name] = summed[name] + value
            for name, value in engine.params.items():
                assert_allclose(summed[name], value, **CLOSE, err_msg=name)


def test_the_reference_steps_read_like_their_equations():
    """Each step is a few lines, one per equation, with the names the equations use."""
    import inspect

    lstm_source = inspect.getsource(reference.lstm_step)
    for line in ("c = f * c_prev + i * g", "h = o * np.tanh(c)",
                 'g = np.tanh(p["W_c"] @ x + p["U_c"] @ h_prev + p["b_c"])'):
        assert line in lstm_source
    assert 'h = np.tanh(a) if activation == "tanh" else np.maximum(a, 0.0)' in inspect.getsource(reference.rnn_step)
    assert "import" not in inspect.getsource(reference).split('"""', 2)[2].replace("import numpy as np", "")
