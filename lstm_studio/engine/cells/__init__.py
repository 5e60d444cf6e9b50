"""One module per cell family; each has ``forward(spec, p, X, h0, c0) -> LayerTrace`` and
``backward(lt, p, dH, need_dX=True) -> LayerGrads`` over a whole sequence of one layer in one direction."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lstm_studio.engine.spec import GATE_TABLE


@dataclass
class LayerGrads:
    """BPTT through one layer and direction, all in processing order.

    params  plain equation names (W_f, U_f, …) -> dL/d(parameter)
    dX      (T, B, D) dL/dx_s, to pass down to the layer below (None when the caller said it has no use
            for it: the first layer's inputs are one-hot tokens)
    dh      (T, B, H) dL/dh_s, total
    dc      (T, B, H) dL/dc_s for LSTMs, else None
    dh0     (B, H)    dL/dh_0
    dc0     (B, H)    dL/dc_0 for LSTMs, else None
    da      name -> (T, B, H) dL/d(pre-activation) at every step, keyed like ``LayerTrace.pre``: ``a``
            (RNN), ``f i g o`` (LSTMs), ``z r h_tilde`` (GRU); the GRU with reset="after" adds ``n``,
            dL/dn_t for n_t = U_h h_{t-1} + b_hn. Every dL/dθ is a sum over steps of these times an input:
            dL/dW_f = Σ_s da_f,s x_sᵀ, dL/dU_f = Σ_s da_f,s h_{s-1}ᵀ, dL/db_f = Σ_s da_f,s.
    """

    params: dict[str, np.ndarray]
    dX: np.ndarray | None
    dh: np.ndarray
    dc: np.ndarray | None
    dh0: np.ndarray
    dc0: np.ndarray | None
    da: dict[str, np.ndarray]


def flat(a: np.ndarray) -> np.ndarray:
    """(T, B, N) -> (T·B, N) without copying."""
    return a.reshape(-1, a.shape[-1])


def stack(p: dict, prefix: str, order: tuple[str, ...]) -> np.ndarray:
    """The parameters ``prefix``_* of the gates ``order`` (trace keys) stacked in that order, e.g.
    W_f, W_i, W_o, W_c as one (4H, D) matrix for ``stack(p, "W", ("f", "i", "o", "g"))``."""
    return np.concatenate([p[f"{prefix}_{GATE_TABLE[k].suffix}"] for k in order])


def unstack(grads: dict, prefix: str, block: np.ndarray, H: int, order: tuple[str, ...]) -> None:
    """Split a block of the gates ``order`` ((len(order)·H, …), e.g. dL/dW of the stacked W) into
    grads["<prefix>_<suffix>"], one (H, …) part per gate, the inverse of :func:`stack`."""
    for j, key in enumerate(order):
        grads[f"{prefix}_{GATE_TABLE[key].suffix}"] = block[j * H : (j + 1) * H]


def views(block: np.ndarray, H: int, order: tuple[str, ...]) -> dict[str, np.ndarray]:
    """Gate key -> its (…, H) slice of a (…, len(order)·H) block laid out in ``order``."""
    return {k: block[..., j * H : (j + 1) * H] for j, k in enumerate(order)}
