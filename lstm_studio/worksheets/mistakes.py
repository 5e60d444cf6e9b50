"""The usual mistakes: what a student gets when σ is forgotten, the gates are swapped, the sign flips, …

For every numeric question the builders compute the answers the well-known mistakes give, from the same
stated numbers as the right answer. Marking (:mod:`.check`) says which mistake a wrong answer looks like
when it matches one (and not the right one); the Moodle export lists them as ``fraction="0"`` answers with
that feedback. A mistake whose answer the marking could not tell apart from the right one, or from an
earlier mistake, is left out. The mistake happens at the asked step only; the steps before are right.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from lstm_studio.worksheets.sheet import Question, rounded

#: What marking says for each mistake, in one place (to be translated with the sheet).
MESSAGES = {
    "sigmoid_forgotten": "σ was left out: the pre-activation was used as the gate value",
    "tanh_for_sigmoid": "tanh was used where the gate takes σ",
    "sigmoid_for_tanh": "σ was used where the candidate takes tanh",
    "activation_forgotten": "the activation was left out: the pre-activation was used as h_t",
    "tanh_c_forgotten": "tanh was left out: h_t = o_t ⊙ tanh(c_t), not o_t ⊙ c_t",
    "gates_swapped": "f and i are swapped (c_t = f_t c_(t-1) + i_t C̃_t)",
    "pytorch_order": "PyTorch's gate order (i, f, g, o; r, z, n) was read as the slides' (f, i, C̃, o; z, r, h̃)",
    "z_swapped": "z and 1 − z are exchanged (that is the other GRU convention)",
    "wrong_step": "h_t and h_(t-1) are mixed up: the state of the wrong step was used",
    "state_forgotten": "the recurrent term was left out (as if h_(t-1) were 0)",
    "bias_forgotten": "the bias was left out",
    "sigmoid_for_softmax": "σ(y) was used instead of the softmax over every logit",
    "softmax_overflow": "the softmax overflowed: subtract the largest logit before taking exponentials",
    "input_token": "that is the current input token; the model predicts the next one",
    "delta_forgotten": "the one-hot target was not subtracted: ∂L/∂y = p − onehot(k_t)",
    "row_for_column": "a row of W_hy was used; ∂L/∂h_t[k] takes column k",
    "tanh_derivative_forgotten": "the factor 1 − tanh²(c_t) was left out",
    "one_step_only": "only one step was counted; b_y is shared by every step with a target",
    "carousel_one": "∂c_t/∂c_(t-1) is f_t, not 1",
    "product_for_power": "f·n was computed instead of fⁿ",
    "derivative_forgotten": "the factor (1 − h²) of tanh's derivative was left out",
    "own_convention": "that is this worksheet's own convention; the question asks for the other one",
    "biases_forgotten": "the biases were not counted",
    "one_gate": "only one gate was counted; every gate has its own W, U and b",
    "output_forgotten": "the output layer W_hy, b_y was not counted",
    "old_size": "that is the count at the current hidden size",
    "sign_flip": "the sign is flipped",
}


@dataclass(frozen=True)
class Mistake:
    """name (a key of MESSAGES), the answer it gives (a number as printed, or a token), the feedback."""

    name: str
    value: float | str

    @property
    def message(self) -> str:
        return MESSAGES[self.name]


def finish(q: Question, candidates: Sequence[tuple[str, float | str | None]]) -> list[Mistake]:
    """The candidates a marker can tell apart: finite, not within the tolerance of the right answer or of
    an earlier mistake; numbers rounded like the answer. A sign flip is added for every signed answer."""
    out: list[Mistake] = []
    if isinstance(q.answer, str):
        for name, value in candidates:
            if isinstance(value, str) and value != q.answer and all(m.value != value for m in out):
                out.append(Mistake(name, value))
        return out
    numeric = [(n, float(v)) for n, v in candidates if isinstance(v, (int, float))]
    if isinstance(q.answer, float) and q.answer != 0:
        numeric.append(("sign_flip", -float(q.exact if q.exact is not None else q.answer)))
    apart = max(2 * q.tolerance, 10.0 ** -(q.decimals or 0))
    taken: list[float] = []
    for name, raw in numeric:
        if not math.isfinite(raw):
            continue
        value = rounded(raw, q.decimals or 0) if isinstance(q.answer, float) else float(round(raw))
        if abs(value - float(q.answer)) <= apart or any(abs(value - m) <= apart for m in taken):
            continue
        taken.append(value)
        out.append(Mistake(name, value))
    return out


def _sigma(a):
    return 1.0 / (1.0 + np.exp(-a))


def forward_cell(ctx, q: Question, sv) -> list[Mistake]:
    """A gate, c or h of unit k at the step ``sv`` (the engine's values from the stated state)."""
    assert q.index is not None
    k = q.index - 1
    cell = ctx.model.cell
    pre = {g: float(v[k]) for g, v in sv.pre.items()}
    gate = {g: float(v[k]) for g, v in sv.gates.items()}
    quantity = q.quantity
    found: list[tuple[str, float]] = []
    if cell == "rnn":
        a = pre["a"]
        act = math.tanh if ctx.model.spec.option("activation") == "tanh" else (lambda v: max(0.0, v))
        found.append(("activation_forgotten", a))
        if act is math.tanh:
            found.append(("sigmoid_for_tanh", float(_sigma(a))))
        if sv.h_prev.any():
            found.append(("state_forgotten", act(a - float(ctx.model.params["W_hh"][k] @ sv.h_prev))))
        return finish(q, found)
    partner = {"f": "i", "i": "f", "z": "r", "r": "z"}
    if quantity in ("f", "i", "o", "z", "r"):
        found += [("sigmoid_forgotten", pre[quantity]), ("tanh_for_sigmoid", math.tanh(pre[quantity]))]
        if partner.get(quantity) in gate:
            found.append(("pytorch_order", gate[partner[quantity]]))
    elif quantity in ("g", "h_tilde"):
        found.append(("sigmoid_for_tanh", float(_sigma(pre[quantity]))))
    elif ctx.model.spec.has_c:
        c_prev = float(sv.c_prev[k])
        f, i, g, o = (gate[x] for x in "figo")
        c_swapped = i * c_prev + f * g
        c_nosig = pre["f"] * c_prev + pre["i"] * g
        c_tanh = math.tanh(pre["f"]) * c_prev + math.tanh(pre["i"]) * g
        if quantity == "c":
            found += [("gates_swapped", c_swapped), ("sigmoid_forgotten", c_nosig), ("tanh_for_sigmoid", c_tanh)]
        else:
            c = float(sv.c[k])
            found += [("tanh_c_forgotten", o * c), ("gates_swapped", o * math.tanh(c_swapped)),
                      ("sigmoid_forgotten", pre["o"] * math.tanh(c_nosig))]
    else:
        z, ht, hp = gate["z"], gate["h_tilde"], float(sv.h_prev[k])
        takes_new = ctx.model.spec.option("update") == "z_takes_new"

        def mix(w):
            return (1 - w) * hp + w * ht if takes_new else w * hp + (1 - w) * ht

        found += [("z_swapped", mix(1 - z)), ("sigmoid_forgotten", mix(pre["z"]))]
        if "r" in gate:
            found.append(("pytorch_order", mix(gate["r"])))
    return finish(q, found)


def output(ctx, q: Question, y: np.ndarray, p: np.ndarray) -> list[Mistake]:
    assert q.t is not None
    if q.quantity == "prediction":
        return finish(q, [("input_token", ctx.model.vocab[ctx.problem.inputs[q.t - 1]])])
    assert q.index is not None
    k = q.index - 1
    if q.quantity == "y":
        return finish(q, [("bias_forgotten", float(y[k] - ctx.model.params["b_y"][k]))])
    return finish(q, [("sigmoid_for_softmax", float(_sigma(y[k]))), ("softmax_overflow", 0.0)])
