"""Which per-step quantities a cell has (gates, states), their value ranges and how to read them from an
evaluation; and the tooltips that show how a number is computed, with the current values filled in.

Qt-free: plain functions on the engine's trace, shared by the plots and the heat maps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lstm_studio.document.evaluation import Evaluation
from lstm_studio.document.wording import Message
from lstm_studio.engine import GATE_TABLE, SIGMOID_GATES, Model
from lstm_studio.engine.notation import sub
from lstm_studio.engine.spec import symbol


@dataclass(frozen=True)
class Quantity:
    key: str        # "f", "i", "g", "o", "z", "r", "h_tilde", "a", "h", "c"
    symbol: str     # as the equations write it
    title: str
    kind: str       # "sigmoid" [0, 1], "tanh" [−1, 1] or "free"

    @property
    def fixed_range(self) -> tuple[float, float] | None:
        return {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0)}.get(self.kind)


#: Titles of the quantities that are not gates (the gates' come from the engine's gate table).
_STATE_TITLES = {"a": "pre-activation", "h": "hidden state", "c": "cell state"}


def _make(key: str, kind: str) -> Quantity:
    gate = GATE_TABLE.get(key)
    return Quantity(key, symbol(key), gate.title if gate else _STATE_TITLES[key], kind)


def quantities(model: Model) -> list[Quantity]:
    """The quantities the plots show for ``model``'s cell (layer 1, forward direction), gates first."""
    spec = model.spec
    if spec.cell == "rnn":
        h_kind = "tanh" if spec.option("activation") == "tanh" else "free"
        return [_make("a", "free"), _make("h", h_kind)]
    out = [_make(g, "sigmoid" if g in SIGMOID_GATES else "tanh") for g in spec.gates]
    if spec.has_c:
        out.append(_make("c", "free"))
    out.append(_make("h", "tanh"))
    return out


def values(result: Evaluation, key: str) -> np.ndarray:
    """(T, H) values of a quantity over time (layer 1, forward direction, the one sequence)."""
    trace = result.trace
    if trace is None:
        return np.zeros((0, 0))
    first = trace.first
    if key == "h":
        return first.h_time[:, 0]
    if key == "c":
        c = first.c_time
        assert c is not None  # "c" is a quantity only of cells with a cell state
        return c[:, 0]
    if key == "a":
        return first.pre_time("a")[:, 0]
    return first.gate_time(key)[:, 0]


#: The softmax tooltip writes out this many terms of the sum.
SOFTMAX_TERMS = 6
#: Scores up to this are exponentiated as they are (e^30 ≈ 10¹³ still reads as a number).
EXP_PLAIN = 30.0


def _f(v: float) -> str:
    return f"{v:.4g}"


def explain(model: Model, result: Evaluation, key: str, t: int, k: int) -> str:
    """How quantity ``key`` of unit k (0-based) at step t (0-based) is computed, numbers filled in: a
    :class:`~lstm_studio.document.wording.Message` whose words the window translates (docs/i18n.md)."""
    trace = result.trace
    if trace is None:
        return ""
    first = trace.first
    unit = sub(k + 1)
    name = symbol(key)
    value = _f(values(result, key)[t, k])
    token = model.vocab[int(result.inputs[t])]
    head = Message("Explain", "{quantity} at {when} (input {token})", quantity=f"{name}{unit}", when=f"t={t + 1}",
                   token=token)
    prev_h = first.h[t, 0] if not first.reverse else None
    working: str
    if key in first.pre and key not in ("a",):
        pre = first.pre_time(key)[t, 0, k]
        fn = GATE_TABLE[key].squash_symbol
        return Message("Explain", "{head}\n= {fn}(pre-activation) = {fn}({pre}) = {value}", head=head, fn=fn,
                       pre=_f(pre), value=value)
    if key == "a":
        w = model.params["W_xh"][k, int(result.inputs[t])]
        rec = float(model.params["W_hh"][k] @ prev_h) if prev_h is not None else 0.0
        working = (f"= W_xh[{unit}, {token}] + (W_hh h_{t})[{unit}] + b_h{unit}\n"
                   f"= {_f(w)} + {_f(rec)} + {_f(model.params['b_h'][k])} = {value}")
    elif key == "h" and model.cell == "rnn":
        pre = first.pre_time("a")[t, 0, k]
        fn = model.spec.option("activation")
        working = f"= {fn}(a{unit}) = {fn}({_f(pre)}) = {value}"
    elif key == "c":
        f_, i_, g_ = (first.gate_time(n)[t, 0, k] for n in ("f", "i", "g"))
        assert first.c is not None
        c_prev = first.c[t, 0, k]
        working = f"= f ⊙ c_prev + i ⊙ g = {_f(f_)}×{_f(c_prev)} + {_f(i_)}×{_f(g_)} = {value}"
    elif key == "h" and model.spec.has_c:
        c_time = first.c_time
        assert c_time is not None
        o_, c_ = first.gate_time("o")[t, 0, k], c_time[t, 0, k]
        working = f"= o ⊙ tanh(c) = {_f(o_)} × tanh({_f(c_)}) = {value}"
    elif key == "h" and model.cell == "gru":
        z_, ht = first.gate_time("z")[t, 0, k], first.gate_time("h_tilde")[t, 0, k]
        hp = first.h[t, 0, k]
        if model.spec.option("update") == "z_keeps_old":
            working = f"= z ⊙ h_prev + (1 − z) ⊙ h̃ = {_f(z_)}×{_f(hp)} + {_f(1 - z_)}×{_f(ht)} = {value}"
        else:
            working = f"= (1 − z) ⊙ h_prev + z ⊙ h̃ = {_f(1 - z_)}×{_f(hp)} + {_f(z_)}×{_f(ht)} = {value}"
    else:
        working = f"= {value}"
    return Message("Explain", "{head}\n{working}", head=head, working=working)


def explain_probability(model: Model, result: Evaluation, t: int, k: int) -> str:
    """p_t[k] = e^(y_k) / Σ_j e^(y_j), with every number a student needs to redo it: the scores y_j of
    (up to) the first SOFTMAX_TERMS tokens, their exponentials and their sum (a Message, as ``explain``)."""
    assert result.trace is not None  # there is a step t, so the sequence ran
    y = result.trace.y[t, 0]
    vocab, s = model.vocab, sub(t + 1)
    name = vocab[k]
    head = Message("Explain", "{p} = {softmax}, the scores {scores}", p=f"p{s}[{name}]",
                   softmax=f"e^(y_{name}) / Σⱼ e^(yⱼ)", scores=f"y{s} = W_hy h{s} + b_y")
    shown = range(min(len(y), SOFTMAX_TERMS))
    more = " + …" if len(y) > SOFTMAX_TERMS else ""
    scores = ", ".join(f"y_{vocab[j]} = {_f(y[j])}" for j in shown) + (", …" if more else "")
    top = float(y.max())
    p = _f(result.p[t, k])
    if top <= EXP_PLAIN:
        e = np.exp(y)
        working = (f"= e^{_f(y[k])} / ({' + '.join(f'e^{_f(y[j])}' for j in shown)}{more})\n"
                   f"= {_f(e[k])} / {_f(e.sum())} = {p}")
        return Message("Explain", "{head}: {scores}\n{working}", head=head, scores=scores, working=working)
    z = np.exp(y - top)
    working = f"= e^({_f(y[k])} − {_f(top)}) / Σⱼ e^(yⱼ − {_f(top)}) = {_f(z[k])} / {_f(z.sum())} = {p}"
    return Message("Explain", "{head}: {scores}\n{working}\n(the scores are large, so every {exp} is first "
                   "divided by {top}: the ratio stays the same and nothing overflows)", head=head, scores=scores,
                   working=working, exp="e^(yⱼ)", top=f"e^{_f(top)}")


def explain_loss(model: Model, result: Evaluation, t: int) -> str:
    """The loss of step t (0-based) and the total, as a Message (``explain``)."""
    target = int(result.targets[t])
    if target < 0:
        return Message("Explain", "step {t} has no target: it adds nothing to the loss", t=t + 1)
    p = result.p[t, target]
    return Message("Explain", "loss at {when} = {working}\n{total}", when=f"t={t + 1}",
                   working=f"−log p_{t + 1}[{model.vocab[target]}] = −log {_f(p)} = {_f(result.losses[t])}",
                   total=f"L = Σ_t loss_t = {_f(result.loss)}")
