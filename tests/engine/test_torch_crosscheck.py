"""The engine against PyTorch's nn.RNN, nn.LSTM and nn.GRU in float64, forward and every gradient, to 1e-10.

The conventions that make the two compute the same thing (gate orders i,f,g,o and r,z,n; summed biases;
the GRU's reset-after form with z keeping the old state and its separate b_hn) live in torch_layout.py.
PyTorch is a test-only dependency: ``.ci/run`` installs it, elsewhere these tests skip and say why.
"""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch", reason="PyTorch not installed: pip install torch==2.13.0 to run the cross-check")

import torch.nn.functional as F  # noqa: E402
from numpy.testing import assert_allclose  # noqa: E402

from lstm_studio.engine import backward, cross_entropy, dlogits, forward, layer_suffix  # noqa: E402
from lstm_studio.engine.optim import SGD, Adam  # noqa: E402

from . import torch_layout  # noqa: E402

pytestmark = pytest.mark.torch

TOL = dict(rtol=1e-10, atol=1e-10)
KINDS = ["rnn_tanh", "rnn_relu", "lstm", "gru"]
SHAPES = {"1-layer": (1, False), "2-layers": (2, False), "bidir": (1, True), "2-layers-bidir": (2, True)}
V, H, T, B = 5, 4, 6, 3


def _run_both(kind: str, layers: int, bidirectional: bool, seed: int):
    """The same random model, sequences and initial state through torch (with autograd) and the engine."""
    rnn, linear = torch_layout.make_torch(kind, V, H, layers, bidirectional, seed)
    model = torch_layout.engine_model(kind, rnn, linear, V)
    rng = np.random.default_rng(seed)
    tokens = rng.integers(0, V, size=(T, B))
    targets = rng.integers(0, V, size=(T, B))
    targets[rng.random((T, B)) < 0.25] = -1  # steps without a target: ignore_index on torch's side
    K = 2 if bidirectional else 1
    h0 = torch.tensor(rng.standard_normal((layers * K, B, H)), requires_grad=True)
    c0 = torch.tensor(rng.standard_normal((layers * K, B, H)), requires_grad=True) if kind == "lstm" else None

    x = torch_layout.one_hot(tokens, V)
    out, final = rnn(x, (h0, c0) if kind == "lstm" else h0)
    y = linear(out)
    loss = F.cross_entropy(y.reshape(-1, V), torch.from_numpy(targets.reshape(-1)), reduction="sum", ignore_index=-1)
    loss.backward()

    state = torch_layout.state_to_engine(h0, layers, bidirectional, "h")
    if c0 is not None:
        state |= torch_layout.state_to_engine(c0, layers, bidirectional, "c")
    trace = forward(model, tokens, state)
    engine_loss, _ = cross_entropy(trace, targets)
    grads = backward(model, trace, dlogits(trace, targets))
    reference = torch_layout.reference_layers(kind, rnn, x, h0.detach(), None if c0 is None else c0.detach())
    return dict(
        rnn=rnn, linear=linear, model=model, h0=h0, c0=c0, out=out, final=final, y=y, loss=loss,
        trace=trace, engine_loss=engine_loss, grads=grads, reference=reference,
    )  # fmt: skip


@pytest.fixture(params=list(SHAPES), ids=list(SHAPES))
def shape(request):
    return SHAPES[request.param]


@pytest.mark.parametrize("kind", KINDS)
def test_forward_trace_matches_torch(kind, shape):
    layers, bidirectional = shape
    r = _run_both(kind, layers, bidirectional, seed=11)
    trace = r["trace"]
    assert_allclose(trace.out, r["out"].detach().numpy(), **TOL)
    assert_allclose(trace.y, r["y"].detach().numpy(), **TOL)
    assert_allclose(trace.p, torch.softmax(r["y"], dim=-1).detach().numpy(), **TOL)

    h_n = r["final"][0] if kind == "lstm" else r["final"]
    K = 2 if bidirectional else 1
    for layer in range(layers):
        for k in range(K):
            lt, ref = trace.layers[layer][k], r["reference"][layer][k]
            assert_allclose(lt.h[-1], h_n[layer * K + k].detach().numpy(), **TOL)  # the last step processed
            if kind == "lstm":
                assert_allclose(lt.c[-1], r["final"][1][layer * K + k].detach().numpy(), **TOL)
                assert_allclose(lt.c_time, ref["c"], **TOL)
            assert_allclose(lt.h_time, ref["h"], **TOL)
            gates = [name for name in ref if name not in ("h", "c")]
            assert sorted(gates) == sorted(lt.gates)
            for name in gates:
                assert_allclose(lt.gate_time(name), ref[name], **TOL, err_msg=f"gate {name}")


@pytest.mark.parametrize("kind", KINDS)
def test_loss_and_every_gradient_match_torch(kind, shape):
    layers, bidirectional = shape
    r = _run_both(kind, layers, bidirectional, seed=23)
    assert r["engine_loss"] == pytest.approx(r["loss"].item(), rel=1e-12)

    ours = r["grads"].params
    for half in ("grad_ih", "grad_hh"):
        theirs = torch_layout.to_engine(kind, r["rnn"], r["linear"], which=half)
        assert sorted(theirs) == sorted(ours)
        for name, value in theirs.items():
            assert_allclose(ours[name], value, **TOL, err_msg=f"dL/d{name} ({half})")

    K = 2 if bidirectional else 1
    for layer in range(layers):
        for k in range(K):
            which = f"layer {layer + 1}{layer_suffix(0, bool(k))}"
            assert_allclose(r["grads"].dh0[layer][k], r["h0"].grad[layer * K + k].numpy(), **TOL, err_msg=which)
            if kind == "lstm":
                assert_allclose(r["grads"].dc0[layer][k], r["c0"].grad[layer * K + k].numpy(), **TOL, err_msg=which)


def test_per_step_state_gradients_match_torch():
    """dL/dh_t and dL/dc_t of a one-layer LSTM, step by step: torch gets them by cutting the sequence
    at t, with h_t and c_t as leaves and the loss as step t's cross-entropy plus the rest of the sequence
    run from (h_t, c_t)."""
    rnn, linear = torch_layout.make_torch("lstm", V, H, 1, False, seed=5)
    model = torch_layout.engine_model("lstm", rnn, linear, V)
    rng = np.random.default_rng(5)
    tokens, targets = rng.integers(0, V, size=(T, 1)), rng.integers(0, V, size=(T, 1))
    trace = forward(model, tokens)
    grads = backward(model, trace, dlogits(trace, targets))
    x = torch_layout.one_hot(tokens, V)
    tgt = torch.from_numpy(targets.reshape(-1))
    for t in range(T):
        h_t = torch.tensor(trace.first.h[t + 1], requires_grad=True)
        c_t = torch.tensor(trace.first.c[t + 1], requires_grad=True)
        head = F.cross_entropy(linear(h_t), tgt[t : t + 1], reduction="sum")
        loss = head
        if t + 1 < T:
            tail, _ = rnn(x[t + 1 :], (h_t[None], c_t[None]))
            loss = loss + F.cross_entropy(linear(tail).reshape(-1, V), tgt[t + 1 :], reduction="sum")
        loss.backward()
        assert_allclose(grads.dh[0][0][t], h_t.grad.numpy(), **TOL, err_msg=f"dL/dh_{t + 1}")
        # torch's c_t.grad holds c_t as a leaf with h_t fixed; ours is the total through h_t = o_t tanh(c_t)
        o, tanh_c = trace.first.gates["o"][t], np.tanh(trace.first.c[t + 1])
        later = c_t.grad.numpy() if c_t.grad is not None else 0.0  # nothing after the last step
        total = later + h_t.grad.numpy() * o * (1 - tanh_c**2)
        assert_allclose(grads.dc[0][0][t], total, **TOL, err_msg=f"dL/dc_{t + 1}")


def test_optimisers_match_torch_optim():
    """Three steps of SGD with momentum and of Adam on the same parameters and gradients."""
    rng = np.random.default_rng(0)
    theta = rng.standard_normal(5)
    grads = [rng.standard_normal(5) for _ in range(3)]
    for ours, make in (
        (SGD(lr=0.1, momentum=0.9), lambda p: torch.optim.SGD([p], lr=0.1, momentum=0.9)),
        (Adam(lr=0.01), lambda p: torch.optim.Adam([p], lr=0.01, betas=(0.9, 0.999), eps=1e-8)),
    ):
        p = torch.tensor(theta.copy(), requires_grad=True)
        opt = make(p)
        params = {"w": theta.copy()}
        for g in grads:
            p.grad = torch.tensor(g)
            opt.step()
            params = ours.step(params, {"w": g})
            assert_allclose(params["w"], p.detach().numpy(), rtol=1e-14, atol=1e-15)
