"""Gradient clipping.

clip_by_norm: if ‖g‖₂ (over every parameter together) exceeds max_norm, every gradient is scaled by
max_norm / ‖g‖₂ (Pascanu et al., 2013) — the direction is kept. clip_by_value clamps each entry to
[−limit, limit].
"""

from __future__ import annotations

import numpy as np


def global_norm(grads: dict[str, np.ndarray]) -> float:
    """‖g‖₂ = √(Σ over all parameters and entries of g²)."""
    return float(np.sqrt(sum(float(np.vdot(g, g)) for g in grads.values())))


def clip_by_norm(grads: dict[str, np.ndarray], max_norm: float) -> tuple[dict[str, np.ndarray], float]:
    """Returns (clipped gradients, the norm before clipping); the input is not modified."""
    if max_norm <= 0:
        raise ValueError("max_norm must be positive")
    norm = global_norm(grads)
    if not np.isfinite(norm) or norm <= max_norm:
        return {k: v.copy() for k, v in grads.items()}, norm
    scale = max_norm / norm
    return {k: v * scale for k, v in grads.items()}, norm


def clip_by_value(grads: dict[str, np.ndarray], limit: float) -> dict[str, np.ndarray]:
    """Each entry clamped to [−limit, limit]."""
    if limit <= 0:
        raise ValueError("limit must be positive")
    return {k: np.clip(v, -limit, limit) for k, v in grads.items()}
