"""The record a forward pass leaves behind: every pre-activation, gate, state, output and probability.

Views plot straight from it and BPTT reads it; nothing in it is recomputed later. Arrays are batched:
T steps, B sequences, H hidden units, V vocabulary entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from lstm_studio.engine.spec import CellSpec, layer_suffix


@dataclass
class LayerTrace:
    """One layer in one direction, in processing order.

    Step s = 1..T of a forward layer is time t = s; of a backward (``reverse``) layer it is t = T + 1 − s.
    The ``*_time`` accessors return arrays in time order whatever the direction.

    x      (T, B, D)    the layer's inputs, in processing order
    h      (T+1, B, H)  h[0] is the initial state h_0, h[s] the state after step s
    c      (T+1, B, H)  the cell state, for LSTMs (None otherwise)
    pre    name -> (T, B, H)   pre-activations: ``a`` (RNN); ``f i g o`` (LSTMs); ``z r h_tilde`` (GRU)
    gates  name -> (T, B, H)   gate values σ(pre) or tanh(pre): f, i, g (= C̃), o; z, r, h_tilde
    extra  name -> (T, B, H)   other intermediates BPTT reuses: ``tanh_c``; ``rh`` = r ⊙ h_{t-1}
                               (GRU reset before); ``n`` = U_h h_{t-1} + b_hn (GRU reset after)
    """

    spec: CellSpec
    reverse: bool
    x: np.ndarray
    h: np.ndarray
    c: np.ndarray | None
    pre: dict[str, np.ndarray]
    gates: dict[str, np.ndarray]
    extra: dict[str, np.ndarray] = field(default_factory=dict)

    def in_time_order(self, a: np.ndarray) -> np.ndarray:
        """A (T, …) array in processing order, returned in time order."""
        return a[::-1] if self.reverse else a

    @property
    def h_time(self) -> np.ndarray:
        """h_1..h_T in time order, (T, B, H)."""
        return self.in_time_order(self.h[1:])

    @property
    def c_time(self) -> np.ndarray | None:
        return None if self.c is None else self.in_time_order(self.c[1:])

    def gate_time(self, name: str) -> np.ndarray:
        return self.in_time_order(self.gates[name])

    def pre_time(self, name: str) -> np.ndarray:
        return self.in_time_order(self.pre[name])


@dataclass
class Trace:
    """The forward pass of a whole model.

    layers  layers[l][k]: LayerTrace of layer l (0-based), direction k (0 forward, 1 backward)
    out     (T, B, K·H)  the top layer's output in time order ([h→_t; h←_t] when bidirectional)
    y       (T, B, V)    output logits y_t = W_hy out_t + b_y
    p       (T, B, V)    p_t = softmax(y_t)
    """

    layers: list[list[LayerTrace]]
    out: np.ndarray
    y: np.ndarray
    p: np.ndarray

    @property
    def steps(self) -> int:
        return self.y.shape[0]

    @property
    def batch(self) -> int:
        return self.y.shape[1]

    @property
    def first(self) -> LayerTrace:
        """Layer 1, forward direction: the cell the single-layer views show."""
        return self.layers[0][0]

    @property
    def h(self) -> np.ndarray:
        """h_1..h_T of layer 1 (forward), (T, B, H)."""
        return self.first.h_time

    @property
    def c(self) -> np.ndarray | None:
        return self.first.c_time

    @property
    def gates(self) -> dict[str, np.ndarray]:
        return {name: self.first.gate_time(name) for name in self.first.gates}

    @property
    def prediction(self) -> np.ndarray:
        """argmax_k p_t[k], (T, B) integers."""
        return self.p.argmax(axis=-1)

    def final_state(self) -> dict[str, np.ndarray]:
        """The last state of every forward layer, keyed like ``Model.initial_state``, one row per sequence.

        Feeding it back as the initial state continues the sequence (stepping one token at a time equals
        running the whole sequence). Backward directions are left out: they start at the end.
        """
        state = {}
        for layer, directions in enumerate(self.layers):
            lt = directions[0]
            state["h" + layer_suffix(layer, False)] = lt.h[-1].copy()
            if lt.c is not None:
                state["c" + layer_suffix(layer, False)] = lt.c[-1].copy()
        return state


@dataclass
class Gradients:
    """What backpropagation through time returns.

    params  name -> array, dL/d(parameter), same names and shapes as ``Model.params``
    dh      dh[l][k]: (T, B, H) dL/dh_t in time order for t = 1..T — the total derivative through
            every later step and layer
    dc      dc[l][k]: (T, B, H) dL/dc_t for LSTMs (None otherwise)
    dh0     dh0[l][k]: (B, H) dL/dh_0, the gradient with respect to the initial state
    dc0     dc0[l][k]: (B, H) dL/dc_0 for LSTMs (None otherwise)
    da      da[l][k]: name -> (T, B, H) dL/d(pre-activation) in time order, keyed like ``LayerTrace.pre``
            (see ``LayerGrads.da``); the per-step parts of dL/dθ are these times the step's inputs
    """

    params: dict[str, np.ndarray]
    dh: list[list[np.ndarray]]
    dc: list[list[np.ndarray | None]]
    dh0: list[list[np.ndarray]]
    dc0: list[list[np.ndarray | None]]
    da: list[list[dict[str, np.ndarray]]]
