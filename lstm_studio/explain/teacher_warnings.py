"""The remarks a teacher would make looking at the numbers: gates pinned at 0 or 1, values that blow up,
numbers that overflow, gradients that explode. Qt-free; each warning says where it happens and why it
matters in one line.

Thresholds: a σ gate is pinned when σ' = s(1 − s) < 0.01 (s < 0.0102 or s > 0.9898), a tanh when
tanh' = 1 − v² < 0.01 (|v| > 0.995); a cell state |c| > 10 or an unbounded (relu) h above 100 is
exploding; ‖dL/dh_t‖ above 1000 is an exploding gradient.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lstm_studio.document.evaluation import Evaluation
from lstm_studio.document.wording import Message
from lstm_studio.engine import GATE_TABLE, SIGMOID_GATES, Gradients, Model, Trace
from lstm_studio.engine.notation import num, sub
from lstm_studio.engine.spec import symbol as spec_symbol

SLOPE = 0.01
C_LIMIT = 10.0
RELU_LIMIT = 100.0
GRAD_LIMIT = 1e3

_AT_ONE = {
    "f": Message("TeacherWarnings", "c passes unchanged and"),
    "i": Message("TeacherWarnings", "all of C̃ enters c and"),
    "o": Message("TeacherWarnings", "h shows all of tanh(c) and"),
}
_AT_ZERO = {
    "f": Message("TeacherWarnings", "cₜ₋₁ is wiped out (∂cₜ/∂cₜ₋₁ = f ≈ 0) and"),
    "i": Message("TeacherWarnings", "nothing new enters c and"),
    "o": Message("TeacherWarnings", "h is shut off from c and"),
    "r": Message("TeacherWarnings", "hₜ₋₁ is hidden from the candidate and"),
}


@dataclass(frozen=True)
class TeacherWarning:
    """One remark. ``steps`` are 0-based time steps; ``unit`` is 0-based (None: the whole layer)."""

    kind: str               # "saturated", "exploding", "overflow", "exploding_gradient", "dead"
    layer: int
    k: int                  # direction: 0 forward, 1 backward
    quantity: str           # a gate key, "h", "c" or "dL/dh"
    unit: int | None
    steps: tuple[int, ...]
    message: str

    @property
    def severe(self) -> bool:
        return self.kind in ("overflow", "exploding", "exploding_gradient")

    def at(self, t: int) -> bool:
        return t in self.steps


def steps_text(steps) -> str:
    """0-based steps as "t = 2, 5, 7–9" (1-based, runs joined)."""
    runs: list[list[int]] = []
    for s in sorted(steps):
        if runs and s == runs[-1][1] + 1:
            runs[-1][1] = s
        else:
            runs.append([s, s])
    parts = [f"{a + 1}" if a == b else (f"{a + 1}, {b + 1}" if b == a + 1 else f"{a + 1}–{b + 1}") for a, b in runs]
    if len(parts) > 4:
        parts = parts[:3] + ["…", parts[-1]]
    return "t = " + ", ".join(parts)


def _where(model: Model, layer: int, k: int) -> str:
    """Which layer and direction a remark is about: ' (layer 2, backward)', less, or nothing."""
    direction = (Message("TeacherWarnings", "backward") if k else Message("TeacherWarnings", "forward"))
    if model.layers > 1 and model.bidirectional:
        return Message("TeacherWarnings", " (layer {layer}, {direction})", layer=layer + 1, direction=direction)
    if model.layers > 1:
        return Message("TeacherWarnings", " (layer {layer})", layer=layer + 1)
    return Message("TeacherWarnings", " ({direction})", direction=direction) if model.bidirectional else ""


def _saturation(model: Model, layer: int, k: int, key: str, values: np.ndarray) -> list[TeacherWarning]:
    """values (T, H) in time order."""
    out = []
    sigmoid = key in SIGMOID_GATES
    slope = values * (1.0 - values) if sigmoid else 1.0 - values * values
    with np.errstate(invalid="ignore"):
        pinned = slope < SLOPE
    symbol = spec_symbol(key)
    where = _where(model, layer, k)
    for j in np.flatnonzero(pinned.any(axis=0)):
        for high in (True, False):
            high_side = values[:, j] > (0.5 if sigmoid else 0.0)
            mask = pinned[:, j] & (high_side == high)
            steps = tuple(int(s) for s in np.flatnonzero(mask))
            if not steps:
                continue
            v = float(values[steps[0], j])
            name = f"{symbol}{sub(str(j + 1))}"
            level = ("1" if high else "0") if sigmoid else ("+1" if high else "−1")
            fn = "σ′" if sigmoid else "tanh′"
            if key == "h":
                why = Message("TeacherWarnings", "the gradient through these steps nearly vanishes.")
            else:
                p = GATE_TABLE[key].suffix
                lead = (_AT_ONE if high else _AT_ZERO).get(key) if sigmoid else None
                if lead:
                    why = Message("TeacherWarnings", "{lead} W_{p}, U_{p}, b_{p} of unit {unit} get almost no "
                                  "gradient there.", lead=lead, p=p, unit=j + 1)
                else:
                    why = Message("TeacherWarnings", "W_{p}, U_{p}, b_{p} of unit {unit} get almost no gradient "
                                  "there.", p=p, unit=j + 1)
            message = Message("TeacherWarnings", "{name}{where} is pinned at {level} ({symbol} = {value}) at "
                              "{steps}: {derivative} ≈ {slope}, so {why}", name=name, where=where, level=level,
                              symbol=symbol, value=num(v), steps=steps_text(steps), derivative=fn,
                              slope=num(float(slope[steps[0], j])), why=why)
            out.append(TeacherWarning("saturated", layer, k, key, int(j), steps, message))
    return out


def _first_bad(a: np.ndarray) -> int | None:
    """The first time step (axis 0) holding a non-finite number, or None."""
    bad = ~np.isfinite(a.reshape(a.shape[0], -1)).all(axis=1)
    return int(np.argmax(bad)) if bad.any() else None


def find(model: Model, trace: Trace, grads: Gradients | None = None) -> list[TeacherWarning]:
    """Every remark about the forward trace (and the gradients when given), severe ones first."""
    found: list[TeacherWarning] = []
    for layer, directions in enumerate(trace.layers):
        for k, lt in enumerate(directions):
            where = _where(model, layer, k)
            c = lt.c_time
            arrays = [lt.h_time[:, 0]] + ([c[:, 0]] if c is not None else [])
            arrays += [lt.gate_time(name)[:, 0] for name in lt.gates]
            first = min((s for s in map(_first_bad, arrays) if s is not None), default=None)
            if first is not None:
                found.append(TeacherWarning(
                    "overflow", layer, k, "h", None, tuple(range(first, arrays[0].shape[0])),
                    Message("TeacherWarnings", "Overflow{where} at t = {t}: a number became too large for float64 "
                            "(inf or NaN), so everything computed after it is meaningless — make the weights "
                            "smaller.", where=where, t=first + 1)))
                continue
            for name in lt.gates:
                found += _saturation(model, layer, k, name, lt.gate_time(name)[:, 0])
            h = lt.h_time[:, 0]
            if model.cell == "rnn":
                if model.spec.option("activation") == "tanh":
                    found += _saturation(model, layer, k, "h", h)
                else:
                    found += _relu(model, layer, k, lt, h)
            if c is not None:
                found += _exploding_c(model, layer, k, c[:, 0])
    if grads is not None:
        found += _gradients(model, grads)
    return sorted(found, key=lambda w: not w.severe)


def of_evaluation(model: Model, result: Evaluation, gradients: bool = False) -> list[TeacherWarning]:
    """:func:`find` for the session's present evaluation, computed once per evaluation and shared by every
    view that shows it; with ``gradients`` the gradient's own troubles are included (BPTT runs then)."""
    if result.trace is None:
        return []
    trace = result.trace
    forward = result.derived("teacher_warnings", lambda: find(model, trace))
    if not gradients:
        return forward
    return result.derived("teacher_warnings_with_gradients", lambda: sorted(
        forward + _gradients(model, result.gradients(model)), key=lambda w: not w.severe))


def _relu(model: Model, layer: int, k: int, lt, h: np.ndarray) -> list[TeacherWarning]:
    out = []
    where = _where(model, layer, k)
    big = np.abs(h) > RELU_LIMIT
    for j in np.flatnonzero(big.any(axis=0)):
        steps = tuple(int(s) for s in np.flatnonzero(big[:, j]))
        peak = int(np.argmax(np.abs(h[:, j])))
        W = model.layer_params(layer, lt.reverse)["W_hh"]
        radius = float(np.max(np.abs(np.linalg.eigvals(W)))) if np.isfinite(W).all() else float("nan")
        out.append(TeacherWarning(
            "exploding", layer, k, "h", int(j), steps,
            Message("TeacherWarnings", "{name}{where} reaches {value} at t = {t}: relu does not bound h, and W_hh "
                    "(largest |eigenvalue| {radius}) multiplies it at every step.", name=f"h{sub(str(j + 1))}",
                    where=where, value=num(float(h[peak, j])), t=peak + 1, radius=num(radius))))
    dead = (lt.pre_time("a")[:, 0] <= 0).all(axis=0)
    for j in np.flatnonzero(dead):
        out.append(TeacherWarning(
            "dead", layer, k, "h", int(j), tuple(range(h.shape[0])),
            Message("TeacherWarnings", "{name}{where} is 0 at every step (a dead relu: a_t ≤ 0), so no gradient "
                    "flows through this unit at all.", name=f"h{sub(str(j + 1))}", where=where)))
    return out


def _exploding_c(model: Model, layer: int, k: int, c: np.ndarray) -> list[TeacherWarning]:
    out = []
    where = _where(model, layer, k)
    big = np.abs(c) > C_LIMIT
    for j in np.flatnonzero(big.any(axis=0)):
        steps = tuple(int(s) for s in np.flatnonzero(big[:, j]))
        peak = int(np.argmax(np.abs(c[:, j])))
        out.append(TeacherWarning(
            "exploding", layer, k, "c", int(j), steps,
            Message("TeacherWarnings", "|{name}|{where} reaches {value} at t = {t}: c adds i ⊙ C̃ at every step "
                    "and only f shrinks it, while tanh(c) is pinned at ±1.", name=f"c{sub(str(j + 1))}",
                    where=where, value=num(abs(float(c[peak, j]))), t=peak + 1)))
    return out


def _gradients(model: Model, grads: Gradients) -> list[TeacherWarning]:
    out = []
    for layer, directions in enumerate(grads.dh):
        for k, dh in enumerate(directions):
            where = _where(model, layer, k)
            with np.errstate(all="ignore"):
                norms = np.linalg.norm(dh[:, 0], axis=-1)
            bad = _first_bad(dh[:, 0])
            if bad is not None:
                out.append(TeacherWarning(
                    "overflow", layer, k, "dL/dh", None, tuple(range(bad + 1)),
                    Message("TeacherWarnings", "The gradient dL/dh{where} overflows (inf or NaN) at t = {t}: it "
                            "grew too large on its way back through time.", where=where, t=bad + 1)))
            elif norms.size and norms.max() > GRAD_LIMIT:
                peak = int(np.argmax(norms))
                steps = tuple(int(s) for s in np.flatnonzero(norms > GRAD_LIMIT))
                out.append(TeacherWarning(
                    "exploding_gradient", layer, k, "dL/dh", None, steps,
                    Message("TeacherWarnings", "‖dL/dhₜ‖{where} reaches {value} at t = {t}: the gradient grows as "
                            "it goes back through time (‖∂hₜ/∂hₜ₋₁‖ > 1); training would need clipping.",
                            where=where, value=num(float(norms[peak])), t=peak + 1)))
    return out


def at_step(warnings: list[TeacherWarning], t: int, layer: int | None = None, k: int | None = None,
            unit: int | None = None) -> list[TeacherWarning]:
    """The warnings that concern time step t (and the given layer, direction and unit, when given)."""
    out = []
    for w in warnings:
        if not w.at(t) or (layer is not None and w.layer != layer) or (k is not None and w.k != k):
            continue
        if unit is not None and w.unit is not None and w.unit != unit:
            continue
        out.append(w)
    return out
