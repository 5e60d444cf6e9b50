"""Backward questions: gradient entries, the carousel derivative ∂c_t/∂c_{t-1} and local derivatives.

The loss is the sequence's cross-entropy L = Σ_t −log p_t[k_t] with the next input token as the target
(none at the last step), as ``lstm-studio grad`` computes it. Questions state the forward values they need,
rounded as printed; the answer is computed from exactly those numbers, and the tests compare it with the
engine's BPTT (dL/dy, dL/dh_t, dL/dc_t, dL/db_y) and with finite differences of the engine's forward pass
(∂c_t/∂c_{t-1}, ∂h_t/∂h_{t-1}).
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from lstm_studio import symbolic
from lstm_studio.engine import forward
from lstm_studio.worksheets.context import Context
from lstm_studio.worksheets.exact import shown
from lstm_studio.worksheets.forward import TOL_GIVEN, input_clause, solver_for
from lstm_studio.worksheets.latex import (
    BREAK,
    SUM_J,
    add_breaks,
    at,
    coef,
    entry,
    factor,
    num,
    param,
    plus_join,
    signed_join,
    vector,
)
from lstm_studio.worksheets.mistakes import finish
from lstm_studio.worksheets.rich import Math, Rich, rich
from lstm_studio.worksheets.sheet import Given, Question, Step, rounded
from lstm_studio.worksheets.solver import StepSolver

LOSS = r"L = -{\textstyle\sum_t} \log p_t[k_t]"


def _loss_clause(ctx: Context):
    return rich(" The loss is ", Math(LOSS), ", the targets ", Math("k_t"), " are the next input tokens.")


def _shown_vec(values, decimals: int) -> list[Fraction]:
    """A vector as printed, exactly."""
    return [shown(float(v), decimals) for v in values]


def _delta_value(j: int, target: int) -> int:
    return 1 if j == target else 0


def _delta(j: int, target: int) -> str:
    return "1" if j == target else "0"


def dl_dy(ctx: Context, qid: str, t: int, k: int) -> Question:
    """∂L/∂y_t[k] = p_t[k] − δ_{k,k_t} from a stated p_t."""
    target = ctx.run.targets[t - 1]
    p = _shown_vec(ctx.run.p(t), ctx.ad)
    value = p[k - 1] - _delta_value(k - 1, target)
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
    q = Question(
        id=qid, kind="backward", quantity="dL/dy", t=t, index=k, answer=float(shown(value, ctx.ad)),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt,
        given=[Given(at("p", t), vector(p, ctx.ad))], solution=steps, exact=float(value),
        worked=shown(value, ctx.ad),
    )
    q.mistakes = finish(q, [("delta_forgotten", float(p[k - 1]))])
    return q


def _dh_step(ctx: Context, t: int, k: int, p: list[Fraction], final: bool) -> tuple[Step, Fraction]:
    """∂L/∂h_t[k] = Σ_j W_hy[j,k] (p_t[j] − δ_{j,k_t}) from the printed p_t, exactly."""
    target = ctx.run.targets[t - 1]
    W = [ctx.w("W_hy", j, k - 1) for j in range(len(p))]
    value = sum((w * (pj - _delta_value(j, target)) for j, (w, pj) in enumerate(zip(W, p))), Fraction(0))
    terms = signed_join(
        coef(W[j], ctx.wd, r" \cdot "
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
    p = _shown_vec(ctx.run.p(t), ctx.ad)
    step, value = _dh_step(ctx, t, k, p, final=True)
    prompt = rich("Compute ", Math(rf"\partial L / \partial {at('h', t, k)}"), " at ", *input_clause(ctx, t),
                  ", the last step with a target.", *_loss_clause(ctx), " Use the probabilities given below.")
    q = Question(
        id=qid, kind="backward", quantity="dL/dh", t=t, index=k, answer=float(shown(value, ctx.ad)),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt,
        given=[Given(at("p", t), vector(p, ctx.ad))], solution=[step], exact=float(value),
        worked=shown(value, ctx.ad),
    )
    no_delta = sum(ctx.w("W_hy", j, k - 1) * pj for j, pj in enumerate(p))
    q.mistakes = finish(q, [("delta_forgotten", float(no_delta))])
    return q


def dl_dc(ctx: Context, qid: str, t: int, k: int) -> Question:
    """∂L/∂c_t[k] (LSTMs) at the last step with a target, from stated p_t, o_t and c_t.

        ∂L/∂c_t = ∂L/∂h_t ⊙ o_t ⊙ (1 − tanh² c_t)  [+ (∂L/∂h_t ⊙ tanh c_t ⊙ o_t(1 − o_t)) P_o, peephole]
    """
    sv = ctx.run.step(t)
    p = _shown_vec(ctx.run.p(t), ctx.ad)
    o = _shown_vec(sv.gates["o"], ctx.ad)
    c = _shown_vec(sv.c, ctx.ad)
    first, dh_exact = _dh_step(ctx, t, k, p, final=False)
    dh_k = shown(dh_exact, ctx.inter)  # carried on as printed in the first step
    o_k, c_k = float(o[k - 1]), float(c[k - 1])
    value = float(dh_k) * o_k * (1 - math.tanh(c_k) ** 2)
    without = float(dh_k) * o_k
    formula = (rf"\frac{{\partial L}}{{\partial {at('c', t, k)}}} = \frac{{\partial L}}{{\partial {at('h', t, k)}}}"
               rf"\, {at('o', t, k)} \left(1 - \tanh^2 {at('c', t, k)}\right)")
    substituted = (rf"{factor(dh_k, ctx.inter)} \cdot {factor(o_k, ctx.ad)} \cdot "
                   rf"\left(1 - \tanh^2\left({num(c_k, ctx.ad)}\right)\right)")
    note = rich("no later step has a target, so ", Math(rf"\partial L/\partial c_{{{t + 1}}} = 0"))
    if ctx.model.cell == "peephole_lstm":
        P_o = float(ctx.w("P_o", k - 1))
        extra = float(dh_k) * math.tanh(c_k) * o_k * (1 - o_k) * P_o
        value = value + extra
        without = without + extra
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
    q = Question(
        id=qid, kind="backward", quantity="dL/dc", t=t, index=k, answer=rounded(float(value), ctx.ad),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt, given=given,
        solution=steps, exact=float(value), worked=shown(value, ctx.ad),
    )
    q.mistakes = finish(q, [("tanh_derivative_forgotten", without)])
    return q


def dl_dby(ctx: Context, qid: str, k: int) -> Question:
    """∂L/∂b_y[k] = Σ_t (p_t[k] − δ_{k,k_t}) over the steps with a target, from stated p_t."""
    steps_t = ctx.run.target_steps()
    ps = {t: _shown_vec(ctx.run.p(t), ctx.ad) for t in steps_t}
    terms_exact = [ps[t][k - 1] - _delta_value(k - 1, ctx.run.targets[t - 1]) for t in steps_t]
    value = sum(terms_exact)
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
    q = Question(
        id=qid, kind="backward", quantity="dL/db_y", t=None, index=k, answer=float(shown(value, ctx.ad)),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt, given=given,
        solution=steps, exact=float(value), worked=shown(value, ctx.ad),
    )
    q.mistakes = finish(q, [("one_step_only", float(terms_exact[-1]))] if len(terms_exact) > 1 else [])
    return q


def _engine_state(h: list[Fraction], c: list[Fraction] | None) -> dict:
    state = {"h": np.array([float(v) for v in h])}
    if c is not None:
        state["c"] = np.array([float(v) for v in c])
    return state


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


#: What the notes of the derivative questions say, in one place.
TEXT = {
    "through_rnn": "The chain rule through the step's pre-activation ",
    "through_gates": "The chain rule through the step's gates. ",
    "carousel": "The cell state's own path, the constant error carousel. ",
    "recurrent": "One factor of the product that carries gradients back through time. ",
}


def _sympy_note(ctx: Context, example: str) -> Rich:
    """How to read the derived formula, naming one of this cell's own parameters (``example``)."""
    base, _, sub = example.partition("_")
    shape = ctx.model.params[example].ndim
    if shape == 2:
        read = rich(" and ", Math(f"{base}_{{{sub},jk}}"), " is ", Math(f"{param(example)}[j,k]"))
    else:
        read = rich(" and ", Math(f"{base}_{{{sub},j}}"), " is ", Math(f"{param(example)}[j]"))
    return rich("Derived with sympy; in the formula ", Math("h_{t,j}"), " is entry ", Math("j"), " of ",
                Math("h_t"), *read, "; the unit is ", Math("j"), ", the column ", Math("k"))


def _recurrent_param(ctx: Context) -> str:
    return "W_hh" if ctx.model.cell == "rnn" else ("U_f" if ctx.model.spec.has_c else "U_z")


def _derivation(ctx: Context, t: int, k: int) -> tuple[list[Step], list[Given], dict, StepSolver]:
    """The forward values a derivative at step t (unit k) plugs in, worked out from the stated start:
    (steps, the given state, the engine's start state, the solver)."""
    start = "zero" if t == 1 else "given"
    solver, given, _ = solver_for(ctx, t, start)
    solver.unit(k)
    if ctx.model.cell == "gru" and ctx.model.spec.option("reset") == "before":
        for unit in range(1, ctx.H + 1):
            solver.value("r", unit)
    state = _engine_state(solver.h_prev, solver.c_prev)
    return list(solver.steps), given, state, solver


def recurrent_derivative(ctx: Context, qid: str, t: int, k: int) -> Question:
    """The diagonal entry (k, k) of the step's Jacobian ∂c_t/∂c_{t-1} (LSTMs: the carousel) or
    ∂h_t/∂h_{t-1} (RNN, GRU), the input and (for LSTMs) h_{t-1} held fixed; formula from sympy."""
    name = "c" if ctx.model.spec.has_c else "h"
    steps, given, state, solver = _derivation(ctx, t, k)
    d, value, filled = _symbolic_step(ctx, t, state, f"{name}_t", f"{name}_{{t-1}}", (k, k))
    slash = rf"\partial {at(name, t, k)} / \partial {at(name, t - 1, k)}"
    note = _sympy_note(ctx, _recurrent_param(ctx))
    if name == "c":
        held = rich(", holding ", Math(at("h", t - 1)), " and the input fixed,")
        why = rich(TEXT["carousel"], *note)
        what = "the cell state with respect to the previous cell state"
    else:
        held = rich(" (the diagonal entry of the step's Jacobian),")
        why = rich(TEXT["recurrent"], *note)
        what = "the hidden state with respect to the previous hidden state"
    steps.append(Step(why, d.latex, (filled,) if filled else (), num(value, ctx.ad)))
    start = rich(" Start from the zero state.") if t == 1 else rich(" Start from the state given below.")
    prompt = rich("Compute the derivative ", Math(slash), f" of {what}", *held, " for unit ", str(k), " at ",
                  *input_clause(ctx, t), ".", *start)
    q = Question(
        id=qid, kind="backward", quantity=f"d{name}/d{name}_prev", t=t, index=k, answer=rounded(value, ctx.ad),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt, given=given, solution=steps,
        exact=value,
    )
    q.mistakes = finish(q, _recurrent_mistakes(ctx, t, k, solver))
    return q


def _recurrent_mistakes(ctx: Context, t: int, k: int, solver: StepSolver) -> list[tuple[str, float | str | None]]:
    cell = ctx.model.cell
    if cell == "lstm":
        return [("carousel_one", 1.0), ("gates_swapped", float(solver.value("i", k))),
                ("sigmoid_forgotten", float(solver.pre[("f", k)]))]
    if cell == "peephole_lstm":
        return [("carousel_one", 1.0)]
    if cell == "rnn" and ctx.model.spec.option("activation") == "tanh":
        w = float(ctx.w("W_hh", k - 1, k - 1))
        h_prev = float(solver.h_prev[k - 1])
        return [("wrong_step", (1 - h_prev**2) * w), ("derivative_forgotten", w)]
    return []


def parameter_choices(ctx: Context, t: int, of: str) -> list[tuple[str, int | None]]:
    """Parameters whose local derivative at step t is not identically zero, with the column of the entry to
    ask (after the unit): None for a vector, a W's input token column, 0 for a U, W_hh or full P (another
    unit, drawn by the planner)."""
    spec = ctx.model.spec
    shapes = spec.param_shapes(len(ctx.model.vocab), ctx.H)
    out: list[tuple[str, int | None]] = []
    for name, shape in shapes.items():
        if t == 1 and (name.startswith("U_") or name == "W_hh" or (name.startswith("P_") and name != "P_o")):
            continue  # the zero state: these multiply h_0 = 0 or c_0 = 0
        if symbolic.derivative(spec, of, name).is_zero:
            continue
        if len(shape) == 1:
            out.append((name, None))
        elif name.startswith("W_") and name != "W_hh":
            out.append((name, ctx.problem.inputs[t - 1] + 1))
        else:
            out.append((name, 0))
    return out


def local_derivative(ctx: Context, qid: str, t: int, k: int, of: str, name: str, rest: tuple[int, ...]) -> Question:
    """∂h_t[k]/∂θ (or ∂c_t[k]/∂θ) for one parameter entry θ = name[k, *rest] of step t, h_{t-1} and c_{t-1}
    held fixed: the sympy formula in gate terms, evaluated on the engine's step from the stated state, after
    the forward values it uses are worked out."""
    steps, given, state, solver = _derivation(ctx, t, k)
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
    through = rich(TEXT["through_rnn"], Math("a_t"), ". ") if ctx.model.cell == "rnn" else rich(TEXT["through_gates"])
    steps.append(Step(rich(*through, *_sympy_note(ctx, name)), d.latex, (filled,) if filled else (),
                      num(value, ctx.ad)))
    q = Question(
        id=qid, kind="backward", quantity=f"d{of[0]}/d{name}", t=t, index=k, answer=rounded(value, ctx.ad),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt, given=given, solution=steps,
        exact=value, entry=entry_,
    )
    found = []
    if (name.startswith("U_") or name == "W_hh") and rest:
        col = rest[0] - 1
        h_prev = float(solver.h_prev[col])
        h_new = float(forward(ctx.model, [ctx.problem.inputs[t - 1]], initial_state=state).first.h[1, 0, col])
        if h_prev != 0:
            found.append(("wrong_step", value / h_prev * h_new))
    q.mistakes = finish(q, found)
    return q
