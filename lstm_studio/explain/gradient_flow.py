"""How the gradient travels back through time in one layer, and why it fades or grows — in words a
student can check against the plots. Qt-free.

One step back multiplies the gradient of the state by the step's Jacobian (see
:mod:`lstm_studio.engine.analysis`):

    Elman RNN   ∂h_s/∂h_{s-1} = diag(φ′(a_s)) W_hh        φ′ = 1 − h_s² for tanh, 1 or 0 for relu
    LSTM        ∂c_s/∂c_{s-1} = diag(f_s) (+ peepholes)    the constant error carousel: no slope, only f
    GRU         ∂h_s/∂h_{s-1} = diag(w_s) + …              w_s the weight on the old state (1 − z or z)

W_hh alone would scale it by up to its largest |eigenvalue| per step, but tanh′ ≤ 1 scales it down
again: where the activation saturates (tanh′ small, |h| near 1) the product shrinks whatever W_hh does.
That is why W_hh = 2·I with tanh makes the gradient *vanish*, and only relu (slope 1) lets it explode.

The measured factor per step is the geometric mean over the sequence, ‖∂state_T/∂state_0‖₂^(1/T), of
the whole state (the cell state's block for LSTMs).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lstm_studio.document.wording import Message
from lstm_studio.engine import Model, Trace
from lstm_studio.engine.analysis import jacobian_products, step_jacobians
from lstm_studio.engine.functions import rnn_slope
from lstm_studio.engine.notation import num

#: A step is saturated when the activation's slope, averaged over the units, is below this: tanh′ < 0.25
#: means |h| > 0.87 — each step back then keeps less than a quarter of the gradient per unit of weight.
SATURATED = 0.25
#: A gate average above this keeps the gradient for about 1 / (1 − keep) ≥ 20 steps.
REMEMBERS = 0.95


@dataclass(frozen=True)
class Flow:
    """One layer's backward flow over the sequence (processing order s = 1..T).

    per_step    the measured factor per step back, ‖∂state_T/∂state_0‖₂^(1/T) (NaN when not finite)
    slopes      (T,) the mean activation slope per step on the recurrent path: φ′(a_s) (RNN), tanh′(c_s)
                (LSTM: the way from c to h), 1 − h̃_s² (GRU); None for relu, whose slope is 1 or 0
    saturated   (T,) bool: the steps whose mean slope is below SATURATED
    radius      the largest |eigenvalue| of W_hh (Elman RNN), else None
    keep        (T,) the mean gate that carries the state over unchanged: f_s (LSTM, the constant error
                carousel), the GRU's weight on the old state; None for the RNN
    keep_name   how the equations write that gate: "fₜ", "1 − zₜ" or "zₜ" ("" for the RNN)
    """

    cell: str
    activation: str
    steps: int
    per_step: float
    slopes: np.ndarray | None
    saturated: np.ndarray
    radius: float | None
    keep: np.ndarray | None
    keep_name: str = ""


def flow(model: Model, trace: Trace, layer: int = 0, k: int = 0) -> Flow:
    """The :class:`Flow` of ``layer`` (direction ``k``) of ``trace``, a forward pass of ``model``."""
    lt = trace.layers[layer][k]
    params = model.layer_params(layer, lt.reverse)
    T = lt.h.shape[0] - 1
    spec = lt.spec
    activation = spec.option("activation") if spec.cell == "rnn" else "tanh"
    with np.errstate(all="ignore"):
        products = jacobian_products(step_jacobians(lt, params), T) if T else None
        if products is None:
            per_step = float("nan")
        else:
            norm = products.c[0] if products.c is not None else products.h[0]
            per_step = float(norm ** (1.0 / T)) if np.isfinite(norm) else float("nan")
        radius = keep = slopes = None
        keep_name = ""
        if spec.cell == "rnn":
            W = params["W_hh"]
            radius = float(np.max(np.abs(np.linalg.eigvals(W)))) if np.isfinite(W).all() else float("nan")
            if activation == "tanh":
                slopes = rnn_slope("tanh", lt.pre["a"][:, 0], lt.h[1:, 0]).mean(axis=1)
        elif spec.has_c:
            assert lt.c is not None  # a cell with a cell state traces it
            slopes = (1.0 - np.tanh(lt.c[1:, 0]) ** 2).mean(axis=1)
            keep, keep_name = lt.gates["f"][:, 0].mean(axis=1), "fₜ"
        else:
            h_tilde = lt.gates["h_tilde"][:, 0]
            slopes = (1.0 - h_tilde * h_tilde).mean(axis=1)
            z = lt.gates["z"][:, 0]
            if spec.option("update") == "z_keeps_old":
                keep, keep_name = z.mean(axis=1), "zₜ"
            else:
                keep, keep_name = (1.0 - z).mean(axis=1), "1 − zₜ"
    saturated = slopes < SATURATED if slopes is not None else np.zeros(T, dtype=bool)
    return Flow(spec.cell, activation, T, per_step, slopes, saturated, radius, keep, keep_name)


def saturated_runs(flow_: Flow) -> list[tuple[int, int]]:
    """The saturated steps as runs (first, last), 1-based and inclusive, in processing order."""
    runs: list[list[int]] = []
    for s in np.flatnonzero(flow_.saturated):
        s = int(s) + 1
        if runs and runs[-1][1] == s - 1:
            runs[-1][1] = s
        else:
            runs.append([s, s])
    return [(a, b) for a, b in runs]


#: The factor every step back multiplies the Elman RNN's gradient by, as the explanations write it.
JACOBIAN = "diag(tanh′) W_hh"


def _trend(factor: float) -> Message:
    if not np.isfinite(factor):
        return Message("GradientStory", "overflows (inf or NaN)")
    if factor > 1.02:
        return Message("GradientStory", "grows, about ×{factor} per step back: it explodes", factor=num(factor))
    if factor > 0.98:
        return Message("GradientStory", "keeps its size (×{factor} per step back)", factor=num(factor))
    return Message("GradientStory", "shrinks, about ×{factor} per step back: it vanishes", factor=num(factor))


def joined(parts: list[str]) -> str:
    """Sentences one after the other, each still translatable (a Message joining Messages)."""
    if not parts:
        return ""
    text = parts[0]
    for part in parts[1:]:
        text = Message("GradientStory", "{text} {more}", text=text, more=part)
    return text


def rnn_verdict(f: Flow) -> str:
    """Why the Elman RNN's gradient fades or grows: the eigenvalues of W_hh and the activation's slope."""
    lines: list[str] = []
    if f.radius is not None and np.isfinite(f.radius):
        if f.radius > 1:
            lines.append(Message("GradientStory", "The largest |λ| of W_hh is {radius}, outside the unit circle: W_hh "
                                 "alone would make h and the gradient grow by up to ×{radius} per step.",
                                 radius=num(f.radius)))
        else:
            lines.append(Message("GradientStory", "The largest |λ| of W_hh is {radius}, inside the unit circle: W_hh "
                                 "alone already shrinks the gradient at every step.", radius=num(f.radius)))
    if f.slopes is None:
        lines.append(Message("GradientStory", "relu has slope {one} wherever {positive} (and {zero} elsewhere), so "
                             "nothing else scales it: W_hh decides alone.", one=1, positive="a > 0", zero=0))
    elif f.steps:
        mean = float(np.mean(f.slopes))
        where = int(np.sum(f.saturated))
        if where:
            lines.append(Message("GradientStory", "But tanh saturates at {where} of {steps} steps (|h| near {one}): "
                                 "tanh′(aₜ) averages {mean}, and every step back multiplies the gradient by "
                                 "{jacobian}.", where=where, steps=f.steps, one=1, mean=num(mean), jacobian=JACOBIAN))
        else:
            lines.append(Message("GradientStory", "tanh′(aₜ) averages {mean} ({bound}), and every step back "
                                 "multiplies the gradient by {jacobian}.", mean=num(mean), bound="≤ 1",
                                 jacobian=JACOBIAN))
    if f.steps:
        lines.append(Message("GradientStory", "Measured over these {steps} steps the gradient {trend}.", steps=f.steps,
                             trend=_trend(f.per_step)))
        if f.slopes is not None and f.radius is not None and f.radius > 1 and f.per_step < 1:
            lines.append(Message("GradientStory", "Saturation, not W_hh, kills it; with tanh the gradient can never "
                                 "explode for long — try relu to see an explosion."))
    return joined(lines)


def gated_verdict(f: Flow) -> str:
    """How much the carousel (LSTM: c through f; GRU: h through its old-state weight) keeps per step."""
    if not f.steps or f.keep is None:
        return ""
    keep = float(np.mean(f.keep))
    memory = 1.0 / max(1e-9, 1.0 - keep)
    if f.cell == "gru":
        gate = Message("GradientStory", "{gate}, the weight on the old state", gate=f.keep_name)
        path = "h"
        towards = (Message("GradientStory", "raise {bias} ({gate} towards {value})", bias="b_z", gate="z", value=1)
                   if f.keep_name == "zₜ" else
                   Message("GradientStory", "lower {bias} ({gate} towards {value})", bias="b_z", gate="z", value=0))
    else:
        gate = Message("GradientStory", "{gate}: the constant error carousel, {derivative} with no activation slope "
                       "in the way", gate="fₜ", derivative="∂cₜ/∂cₜ₋₁ = fₜ")
        path = "c"
        towards = Message("GradientStory", "raise {bias} ({gate} towards {value})", bias="b_f", gate="f", value=1)
    parts: list[str] = [Message(
        "GradientStory", "Through {path} the gradient is multiplied at every step by {gate}. It averages {keep} here, "
        "a memory of about {memory} steps; measured over the {steps} steps the gradient {trend}.", path=path,
        gate=gate, keep=num(keep), memory=f"{memory:.0f}", steps=f.steps, trend=_trend(f.per_step))]
    if keep < REMEMBERS:
        parts.append(Message("GradientStory", "To carry it much further, {towards}.", towards=towards))
    if f.cell != "gru" and f.slopes is not None and np.any(f.saturated):
        parts.append(Message("GradientStory", "tanh(c) saturates at some steps, which blocks the way from c to h there "
                             "— but not the carousel itself."))
    return joined(parts)


def verdict(f: Flow) -> str:
    """The explanation for any cell."""
    return rnn_verdict(f) if f.cell == "rnn" else gated_verdict(f)


def carousel(model: Model, trace: Trace) -> np.ndarray | None:
    """The constant error carousel alone, by distance d = 0..T−1 from the last step: max over units of
    Π f (the last d forget gates), what ∂c_T/∂c_{T−d} would be with nothing but the carousel. None when the
    model has no cell state. Layer 1, forward direction."""
    lt = trace.layers[0][0]
    if lt.c is None:
        return None
    f = lt.gates["f"][:, 0]
    products = np.vstack([np.ones((1, f.shape[1])), np.cumprod(f[::-1], axis=0)])[: f.shape[0]]
    return products.max(axis=1)
