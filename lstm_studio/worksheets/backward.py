"""Backward questions: gradient entries, the carousel derivative ∂c_t/∂c_{t-1} and local derivatives.

The loss is the sequence's cross-entropy L = Σ_t −log p_t[k_t] with the next input token as the target
(none at the last step), as ``lstm-studio grad`` computes it. Questions state the forward values they need,
rounded as printed; the answer is computed from exactly those numbers, and the tests compare it with the
engine's BPTT (dL/dy, dL/dh_t, dL/dc_t, dL/db_y) and with finite differences of the engine's forward pass
(∂c_t/∂c_{t-1}, ∂h_t/∂h_{t-1}).
"""

from __future__ import annotations

import numpy as np

from lstm_studio import symbolic
from lstm_studio.engine import forward
from lstm_studio.worksheets.context import Context
from lstm_studio.worksheets.forward import TOL_GIVEN, given_state, input_clause
from lstm_studio.worksheets.latex import (
    BREAK,
    SUM_J,
    add_breaks,
    at,
    coef,
    entry,
    factor,
    num,
    plus_join,
    signed_join,
    vector,
)
from lstm_studio.worksheets.rich import Math, Rich, rich
from lstm_studio.worksheets.sheet import Given, Question, Step, rounded

LOSS = r"L = -{\textstyle\sum_t} \log p_t[k_t]"


def _loss_clause(ctx: Context):
    return rich(" The loss is ", Math(LOSS), ", the targets ", Math("k_t"), " are the next input tokens.")


def _rounded_vec(values, decimals: int) -> np.ndarray:
    return np.array([rounded(v, decimals) for v in values])


def _delta(j: int, target: int) -> str:
    return "1" if j == target else "0"


def dl_dy(ctx: Context, qid: str, t: int, k: int) -> Question:
    """∂L/∂y_t[k] = p_t[k] − δ_{k,k_t} from a stated p_t."""
    target = ctx.run.targets[t - 1]
    p = _rounded_vec(ctx.run.p(t), ctx.ad)
    value = p[k - 1] - (1.0 if k - 1 == target else 0.0)
    tok = ctx.token_math(k - 1)
    steps = [Step(
        rich("Softmax with cross-entropy: the gradient is the probability minus the one-hot target (",
             Math(rf"k_{{{t}}} = {target + 1}"), ", token ", Math(ctx.token_math(target)), ")"),
        rf"\frac{{\partial L}}{{\partial {at('y', t, k)}}} = {at('p', t, k)} - \delta_{{{k},k_{{{t}}}}}",
        (rf"{num(p[k - 1], ctx.ad)} - {_delta(k - 1, target)}",),
        num(value, ctx.ad),
    )]
    prompt = rich("Compute ", Math(rf"\partial L / \partial {at('y', t, k)}"), ", the gradient of the loss with "
                  "respect to the output logit of token ", Math(tok), " at ", *input_clause(ctx, t), ".",
                  *_loss_clause(ctx), " Use the probabilities given below.")
    return Question(
        id=qid, kind="backward", quantity="dL/dy", t=t, index=k, answer=rounded(value, ctx.ad),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt,
        given=[Given(at("p", t), vector(p, ctx.ad))], solution=steps, exact=float(value),
    )


def _dh_step(ctx: Context, t: int, k: int, p: np.ndarray, final: bool) -> tuple[Step, float]:
    target = ctx.run.targets[t - 1]
    W = ctx.model.params["W_hy"]
    dy = p - np.eye(len(p))[target]
    value = float(W[:, k - 1] @ dy)
    terms = signed_join(
        coef(W[j, k - 1], ctx.wd, r" \cdot "
             + (rf"\left({num(p[j], ctx.ad)} - 1\right)" if j == target else factor(p[j], ctx.ad)))
        for j in range(len(p))
    )
    step = Step(
        rich("Back through the output layer ", Math(r"y_t = W_{hy} h_t + b_y"),
             "; no later step has a target, so nothing arrives from step ", Math(f"t = {t + 1}")
             if t < ctx.T else "; this is the last step"),
        rf"\frac{{\partial L}}{{\partial {at('h', t, k)}}} = {SUM_J} {entry('W_hy', 'j', k)}"
        rf"\left({at('p', t)}[j] - \delta_{{j,k_{{{t}}}}}\right)",
        (terms,),
        num(value, ctx.ad if final else ctx.inter),
    )
    return step, value


def dl_dh(ctx: Context, qid: str, t: int, k: int) -> Question:
    """∂L/∂h_t[k] at the last step with a target, from a stated p_t."""
    p = _rounded_vec(ctx.run.p(t), ctx.ad)
    step, value = _dh_step(ctx, t, k, p, final=True)
    prompt = rich("Compute ", Math(rf"\partial L / \partial {at('h', t, k)}"), " at ", *input_clause(ctx, t),
                  ", the last step with a target.", *_loss_clause(ctx), " Use the probabilities given below.")
    return Question(
        id=qid, kind="backward", quantity="dL/dh", t=t, index=k, answer=rounded(value, ctx.ad),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt,
        given=[Given(at("p", t), vector(p, ctx.ad))], solution=[step], exact=value,
    )


def dl_dc(ctx: Context, qid: str, t: int, k: int) -> Question:
    """∂L/∂c_t[k] (LSTMs) at the last step with a target, from stated p_t, o_t and c_t.

        ∂L/∂c_t = ∂L/∂h_t ⊙ o_t ⊙ (1 − tanh² c_t)  [+ (∂L/∂h_t ⊙ tanh c_t ⊙ o_t(1 − o_t)) P_o, peephole]
    """
    sv = ctx.run.step(t)
    p = _rounded_vec(ctx.run.p(t), ctx.ad)
    o = _rounded_vec(sv.gates["o"], ctx.ad)
    c = _rounded_vec(sv.c, ctx.ad)
    W = ctx.model.params["W_hy"]
    target = ctx.run.targets[t - 1]
    dh = W.T @ (p - np.eye(len(p))[target])
    first, _ = _dh_step(ctx, t, k, p, final=False)
    dh_k, o_k, c_k = dh[k - 1], o[k - 1], c[k - 1]
    value = dh_k * o_k * (1 - np.tanh(c_k) ** 2)
    formula = (rf"\frac{{\partial L}}{{\partial {at('c', t, k)}}} = \frac{{\partial L}}{{\partial {at('h', t, k)}}}"
               rf"\, {at('o', t, k)} \left(1 - \tanh^2 {at('c', t, k)}\right)")
    substituted = (rf"{factor(dh_k, ctx.inter)} \cdot {factor(o_k, ctx.ad)} \cdot "
                   rf"\left(1 - \tanh^2\left({num(c_k, ctx.ad)}\right)\right)")
    note = rich("no later step has a target, so ", Math(rf"\partial L/\partial c_{{{t + 1}}} = 0"))
    if ctx.model.cell == "peephole_lstm":
        P_o = ctx.model.params["P_o"][k - 1]
        extra = dh_k * np.tanh(c_k) * o_k * (1 - o_k) * P_o
        value = value + extra
        formula += (rf" {BREAK}+ \frac{{\partial L}}{{\partial {at('h', t, k)}}}\, \tanh\left({at('c', t, k)}\right)\, "
                    rf"{at('o', t, k)}\left(1 - {at('o', t, k)}\right) {entry('P_o', k)}")
        substituted += (rf" {BREAK}+ {factor(dh_k, ctx.inter)} \cdot \tanh\left({num(c_k, ctx.ad)}\right) \cdot "
                        rf"{factor(o_k, ctx.ad)} \cdot \left(1 - {factor(o_k, ctx.ad)}\right) \cdot "
                        rf"{factor(P_o, ctx.wd)}")
        note = rich(*note, "; the peephole ", Math(r"P_o\, c_t"), " adds the path through the output gate")
    steps = [first, Step(rich("Through ", Math(r"h_t = o_t \tanh(c_t)"), "; ", *note), formula, (substituted,),
                         num(value, ctx.ad))]
    prompt = rich("Compute ", Math(rf"\partial L / \partial {at('c', t, k)}"), " at ", *input_clause(ctx, t),
                  ", the last step with a target.", *_loss_clause(ctx), " Use the values given below.")
    given = [Given(at("p", t), vector(p, ctx.ad)), Given(at("o", t), vector(o, ctx.ad)),
             Given(at("c", t), vector(c, ctx.ad))]
    return Question(
        id=qid, kind="backward", quantity="dL/dc", t=t, index=k, answer=rounded(float(value), ctx.ad),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt, given=given,
        solution=steps, exact=float(value),
    )


def dl_dby(ctx: Context, qid: str, k: int) -> Question:
    """∂L/∂b_y[k] = Σ_t (p_t[k] − δ_{k,k_t}) over the steps with a target, from stated p_t."""
    steps_t = ctx.run.target_steps()
    ps = {t: _rounded_vec(ctx.run.p(t), ctx.ad) for t in steps_t}
    value = sum(ps[t][k - 1] - (1.0 if ctx.run.targets[t - 1] == k - 1 else 0.0) for t in steps_t)
    terms = plus_join(
        rf"\left({num(ps[t][k - 1], ctx.ad)} - {_delta(k - 1, ctx.run.targets[t - 1])}\right)" for t in steps_t
    )
    steps = [Step(
        rich("The bias is shared by every step: add the gradients ", Math(r"\partial L/\partial y_t[k]"),
             " of the steps with a target"),
        rf"\frac{{\partial L}}{{\partial {entry('b_y', k)}}} = {{\textstyle\sum_t}} "
        rf"\left(p_t[{k}] - \delta_{{{k},k_t}}\right)",
        (terms,),
        num(value, ctx.ad),
    )]
    prompt = rich("Compute ", Math(rf"\partial L / \partial {entry('b_y', k)}"), ", the gradient of the loss "
                  "with respect to the output bias of token ", Math(ctx.token_math(k - 1)), ".",
                  *_loss_clause(ctx), " Use the probabilities given below.")
    given = [Given(at("p", t), vector(ps[t], ctx.ad)) for t in steps_t]
    return Question(
        id=qid, kind="backward", quantity="dL/db_y", t=None, index=k, answer=rounded(float(value), ctx.ad),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt, given=given,
        solution=steps, exact=float(value),
    )


def _stated_start(ctx: Context, t: int) -> tuple[dict, list[Given]]:
    """The state step t starts from: zero at t = 1, else h_{t-1} (c_{t-1}) as stated, rounded."""
    if t == 1:
        zero = np.zeros(ctx.H)
        return ({"h": zero, "c": zero} if ctx.model.spec.has_c else {"h": zero}), []
    h, c, given = given_state(ctx, t)
    return ({"h": h, "c": c} if ctx.model.spec.has_c else {"h": h}), given


def _symbolic_step(ctx: Context, t: int, state: dict, of: str, wrt: str, entry_: tuple[int, ...]):
    """The sympy derivative ∂of/∂wrt of step t (lstm_studio.symbolic) and its value at ``entry_``, evaluated
    on the engine's step from ``state``: (derivative, value, the numbers substituted as LaTeX)."""
    token = ctx.problem.inputs[t - 1]
    d = symbolic.derivative(ctx.model.spec, of, wrt)
    trace = forward(ctx.model, [token], initial_state=state)
    evaluation = d.evaluate(ctx.model, [token], 1, entry_, trace=trace)
    parts = evaluation.latex_numeric.split(" = ")
    filled = " = ".join(parts[1:-1]) if len(parts) > 2 else ""
    return d, float(evaluation.value), add_breaks(filled)


def _sympy_note() -> Rich:
    return rich("Derived with sympy; in the formula ", Math("h_{t,j}"), " is entry ", Math("j"), " of ",
                Math("h_t"), " and ", Math("U_{f,jk}"), " is ", Math("U_f[j,k]"), "; the unit is ",
                Math("j"), ", the column ", Math("k"))


def recurrent_derivative(ctx: Context, qid: str, t: int, k: int) -> Question:
    """The diagonal entry (k, k) of the step's Jacobian ∂c_t/∂c_{t-1} (LSTMs: the carousel) or
    ∂h_t/∂h_{t-1} (RNN, GRU), the input and (for LSTMs) h_{t-1} held fixed; formula from sympy."""
    state, given = _stated_start(ctx, t)
    name = "c" if ctx.model.spec.has_c else "h"
    d, value, filled = _symbolic_step(ctx, t, state, f"{name}_t", f"{name}_{{t-1}}", (k, k))
    slash = rf"\partial {at(name, t, k)} / \partial {at(name, t - 1, k)}"
    if name == "c":
        held = rich(", holding ", Math(at("h", t - 1)), " and the input fixed,")
        why = rich("The cell state's own path, the constant error carousel. ", *_sympy_note())
        what = "the cell state with respect to the previous cell state"
    else:
        held = rich(" (the diagonal entry of the step's Jacobian),")
        why = rich("One factor of the product that carries gradients back through time. ", *_sympy_note())
        what = "the hidden state with respect to the previous hidden state"
    steps = [Step(why, d.latex, (filled,) if filled else (), num(value, ctx.ad))]
    start = rich(" Start from the zero state.") if t == 1 else rich(" Start from the state given below.")
    prompt = rich("Compute the derivative ", Math(slash), f" of {what}", *held, " for unit ", str(k), " at ",
                  *input_clause(ctx, t), ".", *start)
    return Question(
        id=qid, kind="backward", quantity=f"d{name}/d{name}_prev", t=t, index=k, answer=rounded(value, ctx.ad),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt, given=given, solution=steps,
        exact=value,
    )


def _parameter_choices(ctx: Context, t: int, of: str) -> list[tuple[str, tuple[int, ...]]]:
    """Parameters whose local derivative at step t is not identically zero, with the entry to ask
    (unit k filled in later): a W column is the input token's, a U or full P column any unit."""
    spec = ctx.model.spec
    shapes = spec.param_shapes(len(ctx.model.vocab), ctx.H)
    out: list[tuple[str, tuple[int, ...]]] = []
    for name, shape in shapes.items():
        if t == 1 and (name.startswith("U_") or name == "W_hh" or (name.startswith("P_") and name != "P_o")):
            continue  # the zero state: these multiply h_0 = 0 or c_0 = 0
        if symbolic.derivative(spec, of, name).is_zero:
            continue
        if len(shape) == 1:
            out.append((name, ()))
        elif name.startswith("W_") and name != "W_hh":
            out.append((name, (ctx.problem.inputs[t - 1] + 1,)))
        else:
            out.append((name, (int(ctx.rng.integers(1, ctx.H + 1)),)))
    return out


def local_derivative(ctx: Context, qid: str, t: int, k: int) -> Question:
    """∂h_t[k]/∂θ (or ∂c_t[k]/∂θ) for one parameter entry θ of step t, h_{t-1} and c_{t-1} held fixed:
    the sympy formula in gate terms, evaluated on the engine's step from the stated state."""
    of = ctx.choice(["h_t", "c_t"]) if ctx.model.spec.has_c else "h_t"
    name, rest = ctx.choice(_parameter_choices(ctx, t, of))
    state, given = _stated_start(ctx, t)
    entry_ = (k, *rest)
    d, value, filled = _symbolic_step(ctx, t, state, of, name, entry_)
    target = entry(name, *entry_)
    slash = rf"\partial {at(of[0], t, k)} / \partial {target}"
    if t == 1:
        held = rich(Math(r"h_{0} = c_{0} = 0" if ctx.model.spec.has_c else r"h_{0} = 0"))
    elif ctx.model.spec.has_c:
        held = rich(Math(at("h", t - 1)), " and ", Math(at("c", t - 1)), " as given below")
    else:
        held = rich(Math(at("h", t - 1)), " as given below")
    prompt = rich("Compute the local derivative ", Math(slash), " of step ", Math(f"t = {t}"), " (input ",
                  Math(rf"x_{{{t}}} = {ctx.token_math(ctx.problem.inputs[t - 1])}"), "), with ", *held,
                  " held fixed.")
    steps = [Step(rich("The chain rule through the step's gates. ", *_sympy_note()), d.latex,
                  (filled,) if filled else (), num(value, ctx.ad))]
    return Question(
        id=qid, kind="backward", quantity=f"d{of[0]}/d{name}", t=t, index=k, answer=rounded(value, ctx.ad),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt, given=given, solution=steps,
        exact=value, entry=entry_,
    )


def questions(ctx: Context, first_number: int) -> list[Question]:
    """The backward questions of a variant, by difficulty."""
    targets = ctx.run.target_steps()
    last = targets[-1] if targets else None
    later = ctx.later_step()
    difficulty = ctx.problem.difficulty
    has_c = ctx.model.spec.has_c
    full_peephole = ctx.model.cell == "peephole_lstm" and ctx.model.params["P_o"].ndim == 2
    plan: list[tuple[str, int | None]] = []
    if difficulty == "easy":
        plan = [("dL/dy", ctx.choice(targets)) if targets else ("local", 1), ("local", 1)]
    elif difficulty == "medium":
        plan = [("dL/dh", last) if last else ("local", later), ("recurrent", later), ("local", later)]
    else:
        grad = "dL/dc" if has_c and not full_peephole else "dL/dh"
        plan = [(grad, last) if last else ("local", later), ("recurrent", later)]
        plan.append(("dL/db_y", None) if targets else ("local", later))
    out: list[Question] = []
    number = first_number
    for kind, t in plan:
        qid = f"q{number}"
        if kind == "dL/db_y":  # the one question that is about no step
            q = dl_dby(ctx, qid, int(ctx.rng.integers(1, len(ctx.model.vocab) + 1)))
        elif t is None:
            raise ValueError(f"{kind}: the plan names no step")
        elif kind == "dL/dy":
            target = ctx.run.targets[t - 1]
            k = target + 1 if ctx.rng.random() < 0.5 else int(ctx.rng.integers(1, len(ctx.model.vocab) + 1))
            q = dl_dy(ctx, qid, t, k)
        elif kind == "dL/dh":
            q = dl_dh(ctx, qid, t, ctx.unit())
        elif kind == "dL/dc":
            q = dl_dc(ctx, qid, t, ctx.unit())
        elif kind == "recurrent":
            q = recurrent_derivative(ctx, qid, t, ctx.unit())
        else:
            q = local_derivative(ctx, qid, t, ctx.unit())
        out.append(q)
        number += 1
    return out
