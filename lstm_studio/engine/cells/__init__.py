"""One module per cell family; each has ``forward(spec, p, X, h0, c0, tokens=None) -> LayerTrace`` and
``backward(lt, p, dH, need_dX=True) -> LayerGrads`` over a whole sequence of one layer in one direction.

Inside the step loops the products are ``np.dot`` rather than ``@``: the same product of two matrices,
with less overhead per call, which counts for a teaching-size state (docs/performance.md, "The engine
against PyTorch")."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

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


@cache
def _names(prefix: str, order: tuple[str, ...]) -> tuple[str, ...]:
    """The parameter names ``prefix``_<suffix> of the gates ``order`` (cached: every call stacks them)."""
    return tuple(f"{prefix}_{GATE_TABLE[k].suffix}" for k in order)


#: Stacked blocks of at least this many numbers are kept between calls (checked against their parameters
#: before reuse); below it, stacking afresh costs less than the check.
CACHE_FROM = 1 << 15
_CACHE_SIZE = 8
_cached: dict[tuple, tuple[tuple[np.ndarray, ...], np.ndarray, dict[str, np.ndarray]]] = {}
_cache_lock = threading.Lock()


def stack(p: dict, prefix: str, order: tuple[str, ...], transposed: bool = False) -> np.ndarray:
    """The parameters ``prefix``_* of the gates ``order`` (trace keys) stacked in that order, e.g.
    W_f, W_i, W_o, W_c as one (4H, D) matrix for ``stack(p, "W", ("f", "i", "o", "g"))``; with
    ``transposed``, its transpose (D, 4H) as a C-contiguous array.

    A large block (:data:`CACHE_FROM` numbers or more, e.g. the recurrent weights at H = 128) is built
    once and reused, read-only, while the same parameter arrays still hold the same numbers: every call of
    forward and BPTT needs it, and a fresh array of that size costs more in page faults than the check
    (each part compared with its copy in the block) costs in reads. Parameters edited in place fail the
    check and are stacked again.
    """
    parts = [p[name] for name in _names(prefix, order)]
    if parts[0].size * len(parts) < CACHE_FROM:  # the gates' parameters of one kind share a shape
        block = np.concatenate(parts)
        return block.T.copy() if transposed else block
    return _kept(parts, transposed)


def _kept(parts: list[np.ndarray], transposed: bool) -> np.ndarray:
    """:func:`stack` of a large block: the kept one while it still holds what ``parts`` hold."""
    key = tuple(id(a) for a in parts)
    with _cache_lock:
        entry = _cached.get(key)
    if entry is None or not _holds(entry[1], entry[0], parts):
        block = np.concatenate(parts)
        block.flags.writeable = False
        entry = (tuple(parts), block, {})
        with _cache_lock:
            _cached.pop(key, None)
            while len(_cached) >= _CACHE_SIZE:
                _cached.pop(next(iter(_cached)))
            _cached[key] = entry
    if not transposed:
        return entry[1]
    block_T = entry[2].get("T")
    if block_T is None:
        block_T = entry[2]["T"] = entry[1].T.copy()
        block_T.flags.writeable = False
    return block_T


def stack_for_rows(p: dict, prefix: str, order: tuple[str, ...]) -> np.ndarray:
    """The block of :func:`stack` (nH, m), laid out as the right factor of a step's product v · block (v a
    (B, nH) row, as in BPTT's dh_{t-1} = Σ U_ᵀ da_t): a large block as the transposed view of its kept
    C-contiguous transpose, which OpenBLAS's matrix-vector product reads faster (7.5 against 8.3 µs at
    H = 128); a small one as it is."""
    block = stack(p, prefix, order)
    return block if block.size < CACHE_FROM else stack(p, prefix, order, transposed=True).T


def _holds(block: np.ndarray, sources: tuple[np.ndarray, ...], parts: list[np.ndarray]) -> bool:
    """Whether ``block`` was stacked from these very arrays and they still hold the numbers it holds."""
    start = 0
    for source, part in zip(sources, parts, strict=True):
        end = start + part.shape[0]
        if source is not part or not np.array_equal(part, block[start:end]):
            return False
        start = end
    return True


def input_projection(p: dict, order: tuple[str, ...], X: np.ndarray, tokens: np.ndarray | None) -> np.ndarray:
    """W x_t + b of the gates ``order`` side by side for every step at once, (T, B, len(order)·H).

    X is (T, B, D). When X is the one-hot encoding of ``tokens`` (T, B) (the first layer), W x_t is the
    column k_t of W, so the product becomes a gather of rows of Wᵀ: the same numbers without the
    (T·B, D)(D, nH) product.
    """
    b = stack(p, "b", order)
    if tokens is None:
        T, B, _ = X.shape
        return (flat(X) @ stack(p, "W", order).T + b).reshape(T, B, b.shape[0])
    A = np.concatenate([p[name].T for name in _names("W", order)], axis=1)[tokens]
    A += b
    return A


def unstack(grads: dict, prefix: str, block: np.ndarray, H: int, order: tuple[str, ...]) -> None:
    """Split a block of the gates ``order`` ((len(order)·H, …), e.g. dL/dW of the stacked W) into
    grads["<prefix>_<suffix>"], one (H, …) part per gate, the inverse of :func:`stack`."""
    for j, name in enumerate(_names(prefix, order)):
        grads[name] = block[j * H : (j + 1) * H]


def views(block: np.ndarray, H: int, order: tuple[str, ...]) -> dict[str, np.ndarray]:
    """Gate key -> its (…, H) slice of a (…, len(order)·H) block laid out in ``order``."""
    return {k: block[..., j * H : (j + 1) * H] for j, k in enumerate(order)}
