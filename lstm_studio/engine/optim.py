"""Optimisers as pure update rules: each takes parameters, gradients and its own state, returns new ones.

SGD with momentum (PyTorch's form):   v ← μ v + g,   θ ← θ − η v
Adam (Kingma & Ba, 2015):             m ← β₁ m + (1 − β₁) g,   s ← β₂ s + (1 − β₂) g²
                                      θ ← θ − η m̂ / (√ŝ + ε),  m̂ = m / (1 − β₁ᵗ), ŝ = s / (1 − β₂ᵗ)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class SGD:
    lr: float = 0.1
    momentum: float = 0.0
    velocity: dict[str, np.ndarray] = field(default_factory=dict)

    def step(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Returns updated parameters; ``params`` is left untouched."""
        new = {}
        for name, theta in params.items():
            v = self.momentum * self.velocity.get(name, 0.0) + grads[name]
            self.velocity[name] = v
            new[name] = theta - self.lr * v
        return new


@dataclass
class Adam:
    lr: float = 0.01
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    t: int = 0
    m: dict[str, np.ndarray] = field(default_factory=dict)
    s: dict[str, np.ndarray] = field(default_factory=dict)

    def step(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Returns updated parameters; ``params`` is left untouched."""
        self.t += 1
        new = {}
        for name, theta in params.items():
            g = grads[name]
            m = self.beta1 * self.m.get(name, 0.0) + (1 - self.beta1) * g
            s = self.beta2 * self.s.get(name, 0.0) + (1 - self.beta2) * g * g
            self.m[name], self.s[name] = m, s
            m_hat = m / (1 - self.beta1**self.t)
            s_hat = s / (1 - self.beta2**self.t)
            new[name] = theta - self.lr * m_hat / (np.sqrt(s_hat) + self.eps)
        return new
