"""What the gradient views measure, from a forward trace and BPTT: NumPy only.

Everything here reads one sequence (batch entry ``b``, default 0) of one layer and direction, in that
layer's processing order s = 1..T (for a backward layer s = 1 is time T). Shapes: T steps, H hidden
units, D the layer's input size.

Recurrent Jacobians (one step, the state before held as the variable):

    Elman RNN      ∂h_s/∂h_{s-1} = diag(φ'(a_s)) W_hh
    LSTM           ∂c_s/∂c_{s-1} = diag(f_s) + diag(c_{s-1} σ'_f) P_f + diag(g_s σ'_i) P_i   (P = 0: no peepholes)
                   ∂c_s/∂h_{s-1} = diag(c_{s-1} σ'_f) U_f + diag(g_s σ'_i) U_i + diag(i_s (1 − g_s²)) U_c
                   ∂h_s/∂h_{s-1} = diag(tanh c_s σ'_o) U_o + K_s ∂c_s/∂h_{s-1}
                   ∂h_s/∂c_{s-1} = K_s ∂c_s/∂c_{s-1},    K_s = diag(tanh c_s σ'_o) P_o + diag(o_s (1 − tanh² c_s))
    GRU            ∂h_s/∂h_{s-1} = diag(w_s) + diag(±(h̃_s − h_{s-1}) σ'_z) U_z
                                   + diag((1 − w_s)(1 − h̃_s²)) ∂ã_s/∂h_{s-1}
                   w_s the weight on the old state (1 − z_s, or z_s when z keeps the old state) and ã_s
                   the candidate's pre-activation: U_h (diag(r) + diag(h_{s-1} σ'_r) U_r) (reset before),
                   diag(r) U_h + diag(n_s σ'_r) U_r (reset after), U_h (no reset gate)

where σ'_f = f_s (1 − f_s) etc. A diagonal peephole P is diag(P). Products of these Jacobians,
∂h_s/∂h_k = J_s J_{s-1} ⋯ J_{k+1} (over the whole state (h, c) for LSTMs), show how much an earlier
state still moves a later one.

Per-step gradient contributions: dL/dθ = Σ_s (the part of step s), e.g. for the LSTM's U_f the part of
step s is da_{f,s} h_{s-1}ᵀ with da_{f,s} = dL/da_{f,s}, which BPTT hands over (``Gradients.da``). Their
Frobenius norms use ‖u vᵀ‖ = ‖u‖ ‖v‖.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lstm_studio.engine.functions import rnn_slope
from lstm_studio.engine.gradcheck import STENCIL
from lstm_studio.engine.model import Model, new_model
from lstm_studio.engine.network import as_batch, cross_entropy, dlogits, forward, loss_and_gradients
from lstm_studio.engine.spec import GATE_TABLE, layer_suffix
from lstm_studio.engine.trace import Gradients, LayerTrace, Trace


def _dsig(s: np.ndarray) -> np.ndarray:
    return s * (1.0 - s)


def _rows(v: np.ndarray, M: np.ndarray) -> np.ndarray:
    """diag(v_s) M for every step: v (T, H), M (H, H) or (T, H, H) -> (T, H, H)."""
    return v[:, :, None] * M


def _peep_matrix(P: np.ndarray | None, H: int) -> np.ndarray:
    if P is None:
        return np.zeros((H, H))
    return np.diag(P) if P.ndim == 1 else P


@dataclass
class StepJacobians:
    """One-step Jacobians of a layer, (T, H, H) each, in processing order: ``hh[s-1]`` = ∂h_s/∂h_{s-1}.

    ``hc`` = ∂h_s/∂c_{s-1}, ``ch`` = ∂c_s/∂h_{s-1}, ``cc`` = ∂c_s/∂c_{s-1} for LSTMs, None otherwise.
    """

    hh: np.ndarray
    hc: np.ndarray | None = None
    ch: np.ndarray | None = None
    cc: np.ndarray | None = None

    @property
    def has_c(self) -> bool:
        return self.cc is not None

    def state(self) -> np.ndarray:
        """The Jacobian of the whole state, (T, n, n): [[hh, hc], [ch, cc]] for LSTMs, hh otherwise."""
        if not self.has_c:
            return self.hh
        top = np.concatenate([self.hh, self.hc], axis=2)
        bottom = np.concatenate([self.ch, self.cc], axis=2)
        return np.concatenate([top, bottom], axis=1)


def step_jacobians(lt: LayerTrace, params: dict, b: int = 0) -> StepJacobians:
    """The recurrent Jacobians of every step (see the module docstring); ``params`` under plain names."""
    spec = lt.spec
    h_prev, h = lt.h[:-1, b], lt.h[1:, b]
    H = h.shape[-1]
    with np.errstate(all="ignore"):
        if spec.cell == "rnn":
            dphi = rnn_slope(spec.option("activation"), lt.pre["a"][:, b], h)
            return StepJacobians(_rows(dphi, params["W_hh"]))
        gates = {name: values[:, b] for name, values in lt.gates.items()}
        if spec.has_c:
            return _lstm_jacobians(lt, params, gates, b, H)
        z, h_tilde = gates["z"], gates["h_tilde"]
        reset = spec.option("reset")
        if reset == "before":
            r = gates["r"]
            inner = np.eye(H) * r[:, None, :] + _rows(h_prev * _dsig(r), params["U_r"])
            da_tilde = params["U_h"] @ inner
        elif reset == "after":
            r = gates["r"]
            n = h_prev @ params["U_h"].T + params["b_hn"]
            da_tilde = _rows(r, params["U_h"]) + _rows(n * _dsig(r), params["U_r"])
        else:
            da_tilde = np.broadcast_to(params["U_h"], (len(h), H, H))
        if spec.option("update") == "z_keeps_old":
            w, dh_dz = z, h_prev - h_tilde
        else:
            w, dh_dz = 1.0 - z, h_tilde - h_prev
        hh = np.eye(H) * w[:, None, :] + _rows(dh_dz * _dsig(z), params["U_z"])
        hh = hh + _rows((1.0 - w) * (1.0 - h_tilde * h_tilde), da_tilde)
        return StepJacobians(hh)


def _lstm_jacobians(lt: LayerTrace, params: dict, gates: dict, b: int, H: int) -> StepJacobians:
    f, i, g, o = gates["f"], gates["i"], gates["g"], gates["o"]
    assert lt.c is not None  # an LSTM's trace always holds the cell state
    c_prev, c = lt.c[:-1, b], lt.c[1:, b]
    tanh_c = np.tanh(c)
    P = {k: _peep_matrix(params.get(f"P_{k}"), H) for k in ("f", "i", "o")}
    dc_dhprev = (_rows(c_prev * _dsig(f), params["U_f"]) + _rows(g * _dsig(i), params["U_i"])
                 + _rows(i * (1.0 - g * g), params["U_c"]))
    dc_dcprev = np.eye(H) * f[:, None, :] + _rows(c_prev * _dsig(f), P["f"]) + _rows(g * _dsig(i), P["i"])
    do = tanh_c * _dsig(o)
    K = _rows(do, P["o"]) + np.eye(H) * (o * (1.0 - tanh_c * tanh_c))[:, None, :]
    hh = _rows(do, params["U_o"]) + K @ dc_dhprev
    hc = K @ dc_dcprev
    return StepJacobians(hh, hc, dc_dhprev, dc_dcprev)


@dataclass
class JacobianProducts:
    """‖∂h_s/∂h_k‖₂ (and ‖∂c_s/∂c_k‖₂ for LSTMs) for one s and every k = 0..s−1 (largest singular value).

    k     (s,) the earlier steps 0..s−1 (0 is the initial state)
    h     (s,) ‖∂h_s/∂h_k‖₂
    c     (s,) ‖∂c_s/∂c_k‖₂, or None
    """

    s: int
    k: np.ndarray
    h: np.ndarray
    c: np.ndarray | None


def jacobian_products(jac: StepJacobians, s: int) -> JacobianProducts:
    """Norms of the products J_s J_{s-1} ⋯ J_{k+1} for k = s−1 down to 0 (``s`` counts from 1)."""
    J = jac.state()
    n = J.shape[-1]
    H = jac.hh.shape[-1]
    blocks = np.empty((s, n, n))
    P = np.eye(n)
    with np.errstate(all="ignore"):
        for k in range(s - 1, -1, -1):
            P = P @ J[k]
            blocks[k] = P
        h = _spectral(blocks[:, :H, :H])
        c = _spectral(blocks[:, H:, H:]) if jac.has_c else None
    return JacobianProducts(s, np.arange(s), h, c)


def _spectral(M: np.ndarray) -> np.ndarray:
    """The largest singular value of each matrix of a stack; NaN where a matrix is not finite."""
    out = np.full(M.shape[0], np.nan)
    ok = np.isfinite(M).all(axis=(1, 2))
    if ok.any():
        out[ok] = np.linalg.svd(M[ok], compute_uv=False)[:, 0]
    return out


def eigenvalues(W: np.ndarray) -> np.ndarray:
    """The eigenvalues of a square matrix (complex); the Elman RNN's W_hh decides whether h_t settles."""
    if not np.isfinite(W).all():
        return np.zeros(0, complex)
    return np.linalg.eigvals(W)


# --- per-step gradient contributions ---------------------------------------------------------------


@dataclass(frozen=True)
class Factor:
    """The part of step s of dL/dθ as factors: ``outer`` left_s right_sᵀ, ``diag`` left_s ⊙ right_s, or
    ``vector`` left_s. left (T, rows), right (T, columns) or None; processing order."""

    kind: str
    left: np.ndarray
    right: np.ndarray | None = None

    def full(self) -> np.ndarray:
        """(T, *shape) every step's contribution."""
        if self.kind == "outer":
            assert self.right is not None  # only a ``vector`` factor has no right side
            return self.left[:, :, None] * self.right[:, None, :]
        if self.kind == "diag":
            assert self.right is not None
            return self.left * self.right
        return self.left

    def norms(self) -> np.ndarray:
        """(T,) the Frobenius norm of each step's contribution (‖u vᵀ‖ = ‖u‖ ‖v‖)."""
        with np.errstate(all="ignore"):
            if self.kind == "outer":
                assert self.right is not None
                return np.linalg.norm(self.left, axis=1) * np.linalg.norm(self.right, axis=1)
            return np.linalg.norm(self.full(), axis=1)

    def entry(self, index: tuple[int, ...]) -> np.ndarray:
        """(T,) the contribution of each step to one entry (0-based index)."""
        if self.kind == "outer":
            assert self.right is not None
            return self.left[:, index[0]] * self.right[:, index[1]]
        if self.kind == "diag":
            assert self.right is not None
            return self.left[:, index[0]] * self.right[:, index[0]]
        return self.left[:, index[0]]


def layer_factors(lt: LayerTrace, params: dict, da: dict[str, np.ndarray], b: int = 0) -> dict:
    """Per-step factors of dL/dθ for every parameter of one layer and direction, under plain names.

    ``da`` is the engine's dL/d(pre-activation) of this layer in *time* order (``Gradients.da``), (T, B, H)
    each: the part of step s of dL/dW_f is da_f,s x_sᵀ, of dL/dU_f da_f,s h_{s-1}ᵀ, of dL/db_f da_f,s.
    """
    spec = lt.spec
    da = {key: lt.in_time_order(values)[:, b] for key, values in da.items()}
    x, h_prev = lt.x[:, b], lt.h[:-1, b]
    if spec.cell == "rnn":
        return {"W_xh": Factor("outer", da["a"], x), "W_hh": Factor("outer", da["a"], h_prev),
                "b_h": Factor("vector", da["a"])}
    out: dict[str, Factor] = {}
    for key in spec.gates:
        suffix = GATE_TABLE[key].suffix
        out[f"W_{suffix}"] = Factor("outer", da[key], x)
        out[f"U_{suffix}"] = Factor("outer", da[key], h_prev)
        out[f"b_{suffix}"] = Factor("vector", da[key])
    if spec.cell == "peephole_lstm":
        kind = "diag" if spec.option("peephole") == "diagonal" else "outer"
        assert lt.c is not None  # a peephole LSTM has a cell state
        c_prev, c = lt.c[:-1, b], lt.c[1:, b]
        for key, seen in (("f", c_prev), ("i", c_prev), ("o", c)):
            out[f"P_{key}"] = Factor(kind, da[key], seen)
    elif spec.cell == "gru" and spec.option("reset") == "before":
        out["U_h"] = Factor("outer", da["h_tilde"], lt.gates["r"][:, b] * h_prev)  # U_h reads r_s ⊙ h_{s-1}
    elif spec.cell == "gru" and spec.option("reset") == "after":
        out["U_h"] = Factor("outer", da["n"], h_prev)  # U_h and b_hn sit inside n_s
        out["b_hn"] = Factor("vector", da["n"])
    return {name: out[name] for name in spec.param_shapes(1, 1)}


def model_factors(model: Model, trace: Trace, grads: Gradients, targets, b: int = 0) -> dict[str, Factor]:
    """Per-step factors of dL/dθ for every parameter of the model, in *time* order, under full names
    (W_f, W_f_l2_rev, …, W_hy, b_y)."""
    out: dict[str, Factor] = {}
    for layer, directions in enumerate(trace.layers):
        for k, lt in enumerate(directions):
            params = model.layer_params(layer, lt.reverse)
            factors = layer_factors(lt, params, grads.da[layer][k], b)
            suffix = layer_suffix(layer, lt.reverse)
            for name, fac in factors.items():
                right = None if fac.right is None else lt.in_time_order(fac.right)
                out[name + suffix] = Factor(fac.kind, lt.in_time_order(fac.left), right)
    dy = dlogits(trace, as_batch(targets))[:, b]
    out["W_hy"] = Factor("outer", dy, trace.out[:, b])
    out["b_y"] = Factor("vector", dy)
    return {name: out[name] for name in model.params}


def contribution_norms(factors: dict[str, Factor], names: list[str] | None = None) -> tuple[list[str], np.ndarray]:
    """(names, (len(names), T)) the norm of each step's part of dL/dθ for each parameter."""
    names = list(factors) if names is None else names
    return names, np.stack([factors[n].norms() for n in names]) if names else np.zeros((0, 0))


def state_gradient_norms(grads: Gradients, layer: int = 0, k: int = 0, b: int = 0):
    """(‖dL/dh_t‖, ‖dL/dc_t‖ or None) over t = 1..T in time order for one layer and direction."""
    with np.errstate(all="ignore"):
        h = np.linalg.norm(grads.dh[layer][k][:, b], axis=-1)
        dc = grads.dc[layer][k]
        c = None if dc is None else np.linalg.norm(dc[:, b], axis=-1)
    return h, c


# --- one entry by finite differences ---------------------------------------------------------------


def finite_difference(model: Model, tokens, targets, name: str, index: tuple[int, ...], eps: float = 1e-3) -> float:
    """dL/dθ for one entry (0-based ``index``) of parameter ``name`` by the five-point central stencil of
    :mod:`lstm_studio.engine.gradcheck`; the model is left exactly as it was."""
    theta = model.params[name]
    original = float(theta[index])
    total = 0.0
    try:
        for step, weight in STENCIL:
            theta[index] = original + step * eps
            loss, _ = cross_entropy(forward(model, tokens), targets)
            total += weight * loss
    finally:
        theta[index] = original
    return total / (12.0 * eps)


# --- the long-term dependency experiment -------------------------------------------------------------

EXPERIMENT_CELLS = ("rnn", "lstm", "gru")


@dataclass
class Curve:
    """One line of the experiment: ‖∂L/∂(state)_{T−d}‖ over the distance d = 0..T−1 from the loss."""

    label: str
    cell: str
    state: str          # "h" or "c"
    norms: np.ndarray   # (T,) by distance, d = 0 first

    @property
    def relative(self) -> np.ndarray:
        """The norms divided by the one at d = 0 (NaN when that is 0 or not finite)."""
        first = self.norms[0]
        with np.errstate(all="ignore"):
            return self.norms / first if np.isfinite(first) and first > 0 else np.full_like(self.norms, np.nan)

    def factor_per_step(self, distance: int | None = None) -> float:
        """The average factor per step back, (norm_d / norm_0)^(1/d), for d = ``distance`` (default the
        farthest finite, non-zero one); NaN when there is none."""
        rel = self.relative
        good = np.flatnonzero(np.isfinite(rel) & (rel > 0))
        good = good[good > 0]
        if distance is not None:
            good = good[good <= distance]
        if not good.size:
            return float("nan")
        d = int(good[-1])
        return float(rel[d] ** (1.0 / d))


def experiment_sequence(tokens, length: int) -> tuple[np.ndarray, np.ndarray]:
    """The experiment's input: ``tokens`` repeated to ``length`` steps; one target, at the last step: the
    first token (the network must carry it across the whole sequence)."""
    tokens = [int(t) for t in tokens] or [0]
    inputs = np.array([tokens[s % len(tokens)] for s in range(length)], dtype=np.int64)
    targets = np.full(length, -1, dtype=np.int64)
    targets[-1] = inputs[0]
    return inputs, targets


def experiment_models(vocab: list[str], hidden: int, seed: int) -> dict[str, Model]:
    """A freshly initialised Elman RNN, LSTM and GRU of the same sizes (the engine's seeded scheme)."""
    return {cell: new_model(cell, vocab, hidden, seed) for cell in EXPERIMENT_CELLS}


def long_dependency(models: dict[str, Model], inputs, targets) -> list[Curve]:
    """Run each model over the same sequence with the loss at the end and measure how the gradient of
    the state shrinks (or grows) with the distance from the loss: ‖dL/dh‖ for each model and, for
    models with a cell state, ‖dL/dc‖ too (first). Layer 1, forward direction."""
    curves = []
    for label, model in models.items():
        _, _, grads = loss_and_gradients(model, inputs, targets)
        h, c = state_gradient_norms(grads)
        if c is not None:
            curves.append(Curve(label, model.cell, "c", c[::-1].copy()))
        curves.append(Curve(label, model.cell, "h", h[::-1].copy()))
    return curves


__all__ = [
    "EXPERIMENT_CELLS", "Curve", "Factor", "JacobianProducts", "StepJacobians", "contribution_norms",
    "eigenvalues", "experiment_models", "experiment_sequence", "finite_difference", "jacobian_products",
    "layer_factors", "long_dependency", "model_factors", "state_gradient_norms", "step_jacobians",
]
