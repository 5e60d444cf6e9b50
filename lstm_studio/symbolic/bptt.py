"""Backpropagation through time composed from the derived local derivatives — the sympy leg.

With the state s_t = (h_t, c_t) (just h_t for the RNN and GRU) one step is s_t = F(s_{t-1}, x_t; θ), and
the loss is L = Σ_t ℓ_t(h_t). The total derivatives δ^h_t = dL/dh_t and δ^c_t = dL/dc_t *through the
later steps* (c_t reaches the loss only through s_{t+1}) obey, entry by entry,

    δ^h_{t,k} = ∂ℓ_t/∂h_{t,k} + Σ_j δ^h_{t+1,j} ∂h_{t+1,j}/∂h_{t,k} + Σ_j δ^c_{t+1,j} ∂c_{t+1,j}/∂h_{t,k}
    δ^c_{t,k} =                 Σ_j δ^h_{t+1,j} ∂h_{t+1,j}/∂c_{t,k} + Σ_j δ^c_{t+1,j} ∂c_{t+1,j}/∂c_{t,k}
    dL/dθ     = Σ_t Σ_i (δ^h_{t,i} ∂h_{t,i}/∂θ + δ^c_{t,i} ∂c_{t,i}/∂θ)

where every ∂ is a local derivative of :mod:`.formulas` (or, given ``formulas=ahead``, the same written
ahead of time, :mod:`.ahead`, which needs no sympy) evaluated with its compiled form (the parameter
derivatives including the other units i ≠ j where a step mixes units). Stacked layers pass
Σ_j δ_{t,j} ∂h_{t,j}/∂x_{t,k} down as the layer below's ∂ℓ/∂h; a bidirectional layer runs its backward
direction in processing order, as the engine does. δ^h_t equals the engine's dL/dh_t; the engine's
dL/dc_t also counts the path through h_t at the same step, so it is not compared.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lstm_studio.engine.model import Model
from lstm_studio.engine.network import as_batch, forward
from lstm_studio.engine.spec import layer_suffix
from lstm_studio.symbolic.runtime import StepValues, step_values


@dataclass
class ChainGradients:
    """What the composition returns, shaped like the engine's :class:`~lstm_studio.engine.Gradients`.

    params  name -> dL/d(parameter), summed over the batch
    dh      dh[l][k]: (T, B, H) δ^h_t = dL/dh_t in time order, layer l, direction k
    dc      dc[l][k]: (T, B, H) δ^c_t = dL/dc_t through later steps (None for cells without c)
    """

    params: dict
    dh: list
    dc: list


class _LocalDerivatives:
    """The compiled local derivatives one layer needs, evaluated a step at a time."""

    def __init__(self, model: Model, derivative, parameters: bool = True):
        spec = model.spec
        self.has_c = spec.has_c
        self.outputs = ("h_t", "c_t") if self.has_c else ("h_t",)
        self.states = ("h_{t-1}", "c_{t-1}") if self.has_c else ("h_{t-1}",)
        self.params = list(spec.param_shapes(1, 1)) if parameters else []
        self.same = {(of, p): derivative(spec, of, p) for of in self.outputs for p in self.params}
        self.cross = {
            key: d for key in self.same if not (d := derivative(spec, key[0], key[1], cross=True)).is_zero
        }
        self.jac = {(of, s): derivative(spec, of, s) for of in self.outputs for s in (*self.states, "x_t")}


def _contract(delta: np.ndarray, same: np.ndarray, cross: np.ndarray | None) -> np.ndarray:
    """Σ_i δ_i ∂out_i/∂θ[j,…]: the same-unit part on the diagonal i = j, the cross part elsewhere."""
    result = delta.reshape((-1,) + (1,) * (same.ndim - 1)) * same
    if cross is not None:
        weights = delta[:, None] * (1.0 - np.eye(delta.shape[0]))
        result = result + np.einsum("ij,ij...->j...", weights, cross)
    return result


def chain_gradients(model: Model, tokens, targets, initial_state: dict | None = None,
                    formulas=None, parameters: bool = True) -> ChainGradients:
    """dL/dθ for the cross-entropy L = Σ_t −log p_t[k_t] (targets < 0: no target at that step),
    composed from the symbolic local derivatives; ``tokens`` and ``targets`` are (T,) or (T, B) and
    ``initial_state`` overrides the model's as in :func:`lstm_studio.engine.forward`. ``formulas`` is
    where the derivatives come from: a module with ``derivative`` and ``output_derivative`` (default: this
    package's, derived with sympy; :mod:`.ahead` reads the same written ahead of time). With
    ``parameters=False`` only δ^h and δ^c are composed (``params`` is empty): a third of the work."""
    if formulas is None:
        from lstm_studio.symbolic import formulas as derived
        from lstm_studio.symbolic import output

        derivative, output_derivative = derived.derivative, output.output_derivative
    else:
        derivative, output_derivative = formulas.derivative, formulas.output_derivative
    tokens, targets = as_batch(tokens), as_batch(targets)
    trace = forward(model, tokens, initial_state)
    T, B = trace.steps, trace.batch
    V, width = model.vocab_size, trace.out.shape[-1]
    out_params = {"W_hy": model.params["W_hy"], "b_y": model.params["b_y"]}
    grads = {name: np.zeros_like(value) for name, value in model.params.items()}
    d_W, d_b, d_h = (output_derivative(w) for w in ("W_hy", "b_y", "h"))
    dX = np.zeros((T, B, width))
    for b in range(B):
        for t in range(T):
            if targets[t, b] < 0:
                continue  # no target, no loss at this step
            values = step_values(trace.out[t, b], trace.p[t, b], int(targets[t, b]), out_params)
            if parameters:
                grads["W_hy"] += d_W.tensor(values, V, width)
                grads["b_y"] += d_b.tensor(values, V, width)
            dX[t, b] = d_h.tensor(values, V, width)
    local = _LocalDerivatives(model, derivative, parameters)
    H = model.hidden_size
    n_layers = len(trace.layers)
    dh_all: list = [[] for _ in range(n_layers)]
    dc_all: list = [[] for _ in range(n_layers)]
    for layer in range(n_layers - 1, -1, -1):
        below = np.zeros(trace.layers[layer][0].x.shape)
        for k, lt in enumerate(trace.layers[layer]):
            params = model.layer_params(layer, lt.reverse)
            suffix = layer_suffix(layer, lt.reverse)
            dh = np.zeros((T, B, H))
            dc = np.zeros((T, B, H)) if local.has_c else None
            for b in range(B):
                dH = dX[:, b, k * H : (k + 1) * H]
                dH = dH[::-1] if lt.reverse else dH
                g, dh_b, dc_b, dx_b = _layer(local, lt, params, dH, b, H)
                for name, value in g.items():
                    grads[name + suffix] += value
                dh[:, b] = lt.in_time_order(dh_b)
                if dc is not None:
                    dc[:, b] = lt.in_time_order(dc_b)
                below[:, b] += lt.in_time_order(dx_b)
            dh_all[layer].append(dh)
            dc_all[layer].append(dc)
        dX = below
    return ChainGradients(grads if parameters else {}, dh_all, dc_all)


def _layer(local: _LocalDerivatives, lt, params: dict, dH: np.ndarray, b: int, H: int):
    """BPTT through one layer in processing order; dH (T, H) is ∂ℓ/∂h_s from above."""
    T, D = dH.shape[0], lt.x.shape[-1]
    grads = {name: np.zeros_like(value) for name, value in params.items()}
    dh = np.zeros((T, H))
    dc = np.zeros((T, H)) if local.has_c else None
    dx = np.zeros((T, D))
    jac_next = None  # the Jacobians of step s + 1
    for s in range(T, 0, -1):
        values = StepValues.from_layer(lt, params, s, b)
        delta_h = dH[s - 1].copy()
        delta_c = np.zeros(H)
        if jac_next is not None:
            delta_h += jac_next[("h_t", "h_{t-1}")].T @ dh[s]
            if dc is not None:  # the cell has a cell state
                delta_h += jac_next[("c_t", "h_{t-1}")].T @ dc[s]
                delta_c = jac_next[("h_t", "c_{t-1}")].T @ dh[s] + jac_next[("c_t", "c_{t-1}")].T @ dc[s]
        dh[s - 1] = delta_h
        if dc is not None:
            dc[s - 1] = delta_c
        deltas = {"h_t": delta_h, "c_t": delta_c}
        for (of, name), d in local.same.items():
            if d.is_zero:
                continue
            cross = local.cross.get((of, name))
            cross_values = None if cross is None else cross.tensor(values, H, D)
            grads[name] += _contract(deltas[of], d.tensor(values, H, D), cross_values)
        jac_next = {key: d.tensor(values, H, D) for key, d in local.jac.items()}
        for of in local.outputs:
            dx[s - 1] += deltas[of] @ jac_next[(of, "x_t")]
    return grads, dh, dc, dx
