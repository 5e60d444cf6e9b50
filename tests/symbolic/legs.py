"""The three legs of a local derivative at step t (h_{t-1}, c_{t-1} held at their stored values).

Each returns the full local Jacobian of out_t = h_t or c_t with respect to a target: an array
(H, *target shape) whose entry [i, …] is ∂out_{t,i}/∂target[…].

    sympy      the derived formulas, compiled: the same-unit derivative on the diagonal i = j and the
               cross derivative (another unit i ≠ j) elsewhere
    engine     ``engine.backward`` on a one-step run from the stored state, seeded with dL/dh_t = e_i.
               For c_t the output gate is saturated first (W_o = U_o = P_o = 0, b_o = 40 so o_t = 1.0
               exactly in float64): c_t does not depend on the o parameters, h_t becomes tanh(c_t), and
               the engine's gradients divided by 1 − tanh² c_{t,i} are ∂c_{t,i}/∂θ.
    fd         five-point central differences of the same one-step run, perturbing the target
"""

from __future__ import annotations

import numpy as np

from lstm_studio.engine import backward, forward, new_model
from lstm_studio.symbolic import derivative
from lstm_studio.symbolic.compiled import StepValues

CONFIGS: dict[str, tuple[str, dict[str, str]]] = {
    "rnn-tanh": ("rnn", {"activation": "tanh"}),
    "rnn-relu": ("rnn", {"activation": "relu"}),
    "lstm": ("lstm", {}),
    "peephole-diagonal": ("peephole_lstm", {"peephole": "diagonal"}),
    "peephole-full": ("peephole_lstm", {"peephole": "full"}),
    **{
        f"gru-{reset}-{update}": ("gru", {"reset": reset, "update": update})
        for reset in ("before", "after", "none")
        for update in ("z_takes_new", "z_keeps_old")
    },
}
STATES = {"h_{t-1}": "h", "c_{t-1}": "c"}
STENCIL = ((-2.0, 1.0), (-1.0, -8.0), (1.0, 8.0), (2.0, -1.0))


def random_model(config: str, hidden: int = 3, vocab: str = "PIGS", seed: int = 0, spread: float = 0.6, **kw):
    """A model of the config with every parameter and the initial state drawn at random (no zero
    biases, so that no derivative vanishes by accident)."""
    cell, options = CONFIGS[config]
    model = new_model(cell, list(vocab), hidden, seed=seed, options=options, **kw)
    rng = np.random.default_rng(seed + 1000)
    for name, value in model.params.items():
        model.params[name] = value + rng.normal(0.0, spread, value.shape)
    model.initial_state = {"h": rng.normal(0, 0.5, hidden)}
    if model.spec.has_c:
        model.initial_state["c"] = rng.normal(0, 0.5, hidden)
    return model


def _step_state(model, trace, t):
    lt = trace.first
    state = {"h": lt.h[t - 1, 0].copy()}
    if lt.c is not None:
        state["c"] = lt.c[t - 1, 0].copy()
    return state


def _one_step(model, token, state):
    return forward(model, [token], initial_state={k: v[None, :] for k, v in state.items()})


def _output(trace, of):
    lt = trace.first
    return (lt.h if of == "h_t" else lt.c)[1, 0]


def sympy_leg(model, tokens, t, of, wrt):
    trace = forward(model, tokens)
    lt = trace.first
    H, D = model.hidden_size, lt.x.shape[-1]
    values = StepValues.from_layer(lt, model.layer_params(0, False), t)
    d = derivative(model.spec, of, wrt)
    same = d.tensor(values, H, D)
    if wrt in STATES:
        return same
    full = np.zeros((H,) + same.shape)
    for j in range(H):
        full[j, j] = same[j]
    cross = derivative(model.spec, of, wrt, cross=True)
    if not cross.is_zero:
        off = cross.tensor(values, H, D)
        for i in range(H):
            for j in range(H):
                if i != j:
                    full[i, j] = off[i, j]
    return full


def _saturate_output_gate(model):
    probe = model.copy()
    for name in ("W_o", "U_o", "P_o"):
        if name in probe.params:
            probe.params[name] = np.zeros_like(probe.params[name])
    probe.params["b_o"] = np.full_like(probe.params["b_o"], 40.0)
    return probe


def engine_leg(model, tokens, t, of, wrt):
    trace = forward(model, tokens)
    state = _step_state(model, trace, t)
    probe = model if of == "h_t" else _saturate_output_gate(model)
    one = _one_step(probe, tokens[t - 1], state)
    H = model.hidden_size
    if of == "c_t":
        assert np.allclose(one.first.c[1, 0], trace.first.c[t, 0], rtol=0, atol=1e-15)
        assert np.all(one.first.gates["o"] == 1.0)
        scale = 1.0 - np.tanh(one.first.c[1, 0]) ** 2
    else:
        scale = np.ones(H)
    rows = []
    for i in range(H):
        dout = np.zeros((1, 1, H))
        dout[0, 0, i] = 1.0
        g = backward(probe, one, np.zeros((1, 1, model.vocab_size)), dout)
        if wrt in STATES:
            row = (g.dh0 if STATES[wrt] == "h" else g.dc0)[0][0][0]
        else:
            row = g.params[wrt]
        rows.append(row / scale[i])
    return np.array(rows)


def fd_leg(model, tokens, t, of, wrt, eps: float = 1e-3):
    trace = forward(model, tokens)
    state = _step_state(model, trace, t)
    work = model.copy()
    if wrt in STATES:
        target = state[STATES[wrt]]
    else:
        target = work.params[wrt]
    H = model.hidden_size
    out = np.zeros((H,) + target.shape)
    for index in np.ndindex(target.shape):
        original = target[index]
        total = np.zeros(H)
        for step, weight in STENCIL:
            target[index] = original + step * eps
            total += weight * _output(_one_step(work, tokens[t - 1], state), of)
        target[index] = original
        out[(slice(None),) + index] = total / (12.0 * eps)
    return out
