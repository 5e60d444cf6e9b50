"""Forward questions: a gate, c, h, y, p or the predicted token at a step and entry, with worked solutions.

A question starts from one of three points:

    zero     step 1 from h_0 = c_0 = 0
    given    step t ≥ 2 from the state h_{t-1} (c_{t-1}) stated in the question, rounded as printed
    chained  step t from the zero state through steps 1 … t, every earlier step worked in the solution

The output-layer quantities (y, p, prediction) are asked from a stated h_t, or chained. The answer is the
engine's value for exactly those starting numbers (:mod:`.compute`), rounded once; the worked solution
(:mod:`.solver`) computes it the way a student does and must end on the same digits (:mod:`.generate`
draws the variant again otherwise). Which question goes where is the planner's choice (:mod:`.plan`).
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from lstm_studio.worksheets import mistakes
from lstm_studio.worksheets.compute import StepValues, output_from, step_from
from lstm_studio.worksheets.context import Context
from lstm_studio.worksheets.exact import shown
from lstm_studio.worksheets.latex import (
    GATE_SYMBOL,
    GATE_WORDS,
    SUM_J,
    at,
    coef,
    entry,
    factor,
    long_vector,
    num,
    plus_join,
    signed_join,
    vector,
)
from lstm_studio.worksheets.rich import Math, rich
from lstm_studio.worksheets.sheet import Given, Question, Step, rounded
from lstm_studio.worksheets.solver import StepSolver, chain_to

#: Tolerance in units of the last printed decimal: stated starting values allow a little rounding on the
#: way; a chain of steps from the zero state accumulates more.
TOL_GIVEN = 2
TOL_CHAINED = 5

#: The words of the forward questions, in one place.
TEXT = {
    "compute": "Compute ",
    "of_unit": ", {words} of unit {k} at ",
    "hidden": "the hidden state",
    "cell": "the cell state",
    "zero": " Start from the zero state ",
    "given": " Start from the state given below.",
    "chained": " Run the cell from {state} through steps 1 to {t}, carrying at least {inter} decimals.",
    "chained_1": " Run the cell from {state} through step 1, carrying at least {inter} decimals.",
    "step": "step ",
    "input": " (input ",
    "logit": "Compute the output logit ",
    "logit_tail": " (the entry of token ",
    "after": ") after ",
    "after_p": " after ",
    "prob_tail": ", the softmax probability of token ",
    "predict": "Which token does the model predict after ",
    "predict_tail": " (the token with the largest probability)?",
    "use_h": " Use the hidden state ",
    "below": " given below.",
    "logit_label": "Output logit of ",
    "exp_label": "The exponentials of the logits",
    "sum_label": "Their sum",
    "prob_label": "Softmax probability of ",
    "probs_label": "Probabilities: each exponential divided by the sum",
    "largest": "The largest probability",
}


def _zero_math(ctx: Context) -> str:
    return "h_{0} = c_{0} = 0" if ctx.model.spec.has_c else "h_{0} = 0"


def start_clause(ctx: Context, t: int, start: str):
    if start == "zero":
        return rich(TEXT["zero"], Math(_zero_math(ctx)), ".")
    if start == "given":
        return rich(TEXT["given"])
    text = TEXT["chained_1" if t == 1 else "chained"]
    head, _, tail = text.format(state="\0", t=t, inter=ctx.inter).partition("\0")
    return rich(head, Math(_zero_math(ctx)), tail)


def input_clause(ctx: Context, t: int):
    x = Math(rf"x_{{{t}}} = {ctx.token_math(ctx.problem.inputs[t - 1])}")
    return rich(TEXT["step"], Math(f"t = {t}"), TEXT["input"], x, ")")


def given_state(ctx: Context, t: int) -> tuple[list[Fraction], list[Fraction] | None, list[Given]]:
    """The stated (rounded) state h_{t-1}, c_{t-1} for a question at step t ≥ 2, as printed."""
    prev = ctx.run.step(t - 1)
    h = [shown(float(v), ctx.ad) for v in prev.h]
    given = [Given(at("h", t - 1), vector(h, ctx.ad))]
    c = None
    if prev.c is not None:
        c = [shown(float(v), ctx.ad) for v in prev.c]
        given.append(Given(at("c", t - 1), vector(c, ctx.ad)))
    return h, c, given


def _as_array(values) -> np.ndarray:
    return np.array([float(v) for v in values])


def solver_for(ctx: Context, t: int, start: str, final=None) -> tuple[StepSolver, list[Given], StepValues]:
    """The hand computation of step t from ``start``, the values it states, and the engine's step."""
    H = ctx.H
    has_c = ctx.model.spec.has_c
    token = ctx.problem.inputs[t - 1]
    if start == "chained":
        return chain_to(ctx, t, final), [], ctx.run.step(t)
    if start == "zero":
        zero = [Fraction(0)] * H
        solver = StepSolver(ctx, t, zero, list(zero) if has_c else None, ctx.ad, zero=True, final=final)
        return solver, [], step_from(ctx.model, t, token, np.zeros(H), np.zeros(H) if has_c else None)
    h, c, given = given_state(ctx, t)
    solver = StepSolver(ctx, t, h, c, ctx.ad, final=final)
    return solver, given, step_from(ctx.model, t, token, _as_array(h), None if c is None else _as_array(c))


def cell_question(ctx: Context, qid: str, quantity: str, t: int, k: int, start: str) -> Question:
    """A gate, c or h entry at step t, unit k (1-based)."""
    solver, given, sv = solver_for(ctx, t, start, final=(quantity, k))
    symbol = {"h": "h", "c": "c"}.get(quantity) or GATE_SYMBOL[quantity][0]
    words = {"h": TEXT["hidden"], "c": TEXT["cell"]}.get(quantity) or f"the {GATE_WORDS[quantity]}"
    prompt = rich(TEXT["compute"], Math(at(symbol, t, k)), TEXT["of_unit"].format(words=words, k=k),
                  *input_clause(ctx, t), ".", *start_clause(ctx, t, start))
    solver.quantity(quantity, k)
    exact = float(sv.value(quantity)[k - 1])
    q = Question(
        id=qid, kind="forward", quantity=quantity, t=t, index=k,
        answer=rounded(exact, ctx.ad), decimals=ctx.ad,
        tolerance=(TOL_CHAINED if start == "chained" else TOL_GIVEN) * 10.0 ** -ctx.ad,
        prompt=prompt, given=given, solution=solver.steps, exact=exact, worked=solver.values[(quantity, k)],
    )
    q.mistakes = mistakes.forward_cell(ctx, q, sv)
    return q


def _logit_steps(ctx: Context, t: int, h: list[Fraction], h_dec: int, rows) -> tuple[dict[int, Fraction], list[Step]]:
    """y_t[j] for the vocabulary entries ``rows`` (1-based), each worked out: their printed values, the steps."""
    out: dict[int, Fraction] = {}
    return_steps: list[Step] = []
    for j in rows:
        weights = [ctx.w("W_hy", j - 1, m) for m in range(ctx.H)]
        b = ctx.w("b_y", j - 1)
        value = sum((w * v for w, v in zip(weights, h)), Fraction(0)) + b
        terms = signed_join([*(coef(w, ctx.wd, rf" \cdot {factor(v, h_dec)}") for w, v in zip(weights, h)),
                             coef(b, ctx.wd)])
        return_steps.append(Step(
            rich(TEXT["logit_label"], Math(ctx.token_math(j - 1))),
            rf"{at('y', t, j)} = {SUM_J} {entry('W_hy', j, 'j')}\, {at('h', t)}[j] + {entry('b_y', j)}",
            (terms,), num(value, ctx.inter)))
        out[j] = shown(value, ctx.inter)
    return out, return_steps


def _softmax_steps(ctx: Context, t: int, y: dict[int, Fraction]) -> tuple[list[Step], list[Fraction], Fraction]:
    """e^{y_t[j]} for every j, their sum: the printed exponentials and sum."""
    V = len(ctx.model.vocab)
    exps = [shown(math.exp(float(y[j])), ctx.inter) for j in range(1, V + 1)]
    total = sum(exps)
    steps = [
        Step(rich(TEXT["exp_label"]), rf"e^{{{at('y', t)}}}",
             (long_vector([rf"e^{{{num(y[j], ctx.inter)}}}" for j in range(1, V + 1)]),),
             long_vector([num(e, ctx.inter) for e in exps])),
        Step(rich(TEXT["sum_label"]), rf"S = {{\textstyle\sum_j}} e^{{{at('y', t)}[j]}}",
             (plus_join(num(e, ctx.inter) for e in exps),), num(total, ctx.inter)),
    ]
    return steps, exps, shown(total, ctx.inter)


def output_question(ctx: Context, qid: str, quantity: str, t: int, k: int | None, chained: bool) -> Question:
    """y_t[k], p_t[k] or the predicted token at step t, from a stated h_t or chained from the zero state."""
    V, H = len(ctx.model.vocab), ctx.H
    if chained:
        solver = chain_to(ctx, t)
        h_shown, _ = solver.state()
        steps = list(solver.steps)
        y_full, p_full = ctx.run.y(t), ctx.run.p(t)
        given: list[Given] = []
        start = start_clause(ctx, t, "chained")
        h_dec = ctx.inter
    else:
        h_shown = [shown(float(v), ctx.ad) for v in ctx.run.step(t).h]
        y_full, p_full = output_from(ctx.model, _as_array(h_shown))
        given = [Given(at("h", t), vector(h_shown, ctx.ad))]
        start = rich(TEXT["use_h"], Math(at("h", t)), TEXT["below"])
        steps, h_dec = [], ctx.ad
    tok = ctx.token_math(k - 1) if k else ""
    worked: Fraction | None = None
    exact: float | None
    answer: float | str
    decimals: int | None
    if quantity == "y":
        assert k is not None
        weights = [ctx.w("W_hy", k - 1, m) for m in range(H)]
        exact_y = sum((w * v for w, v in zip(weights, h_shown)), Fraction(0)) + ctx.w("b_y", k - 1)
        _, logit_steps = _logit_steps(ctx, t, h_shown, h_dec, [k])
        last = logit_steps[0]
        steps.append(Step(last.label, last.formula, last.substituted, num(exact_y, ctx.ad)))
        # From stated numbers the logit is exact; chained, the full-precision value is the answer.
        exact = float(y_full[k - 1]) if chained else float(exact_y)
        answer = rounded(exact, ctx.ad) if chained else float(shown(exact_y, ctx.ad))
        worked, decimals = shown(exact_y, ctx.ad), ctx.ad
        prompt = rich(TEXT["logit"], Math(at("y", t, k)), TEXT["logit_tail"], Math(tok), TEXT["after"],
                      *input_clause(ctx, t), ".", *start)
    else:
        logits, logit_steps = _logit_steps(ctx, t, h_shown, h_dec, range(1, V + 1))
        soft, exps, total = _softmax_steps(ctx, t, logits)
        steps += logit_steps + soft
        if quantity == "p":
            assert k is not None
            steps.append(Step(
                rich(TEXT["prob_label"], Math(tok)),
                rf"{at('p', t, k)} = \frac{{e^{{{at('y', t, k)}}}}}{{S}}",
                (rf"\frac{{{num(exps[k - 1], ctx.inter)}}}{{{num(total, ctx.inter)}}}",),
                num(exps[k - 1] / total, ctx.ad)))
            exact = float(p_full[k - 1])
            answer, decimals = rounded(exact, ctx.ad), ctx.ad
            worked = shown(exps[k - 1] / total, ctx.ad)
            prompt = rich(TEXT["compute"], Math(at("p", t, k)), TEXT["prob_tail"], Math(tok), TEXT["after_p"],
                          *input_clause(ctx, t), ".", *start)
        else:
            probs = [e / total for e in exps]
            best = int(np.argmax(p_full))
            steps.append(Step(rich(TEXT["probs_label"]), rf"{at('p', t)} = e^{{{at('y', t)}}} / S",
                              (long_vector([rf"{num(e, ctx.inter)}/{num(total, ctx.inter)}" for e in exps]),),
                              long_vector([num(p, ctx.inter) for p in probs])))
            steps.append(Step(rich(TEXT["largest"]), rf"\mathrm{{argmax}}_k\, {at('p', t)}[k]", (),
                              rf"{best + 1}\ \left({ctx.token_math(best)}\right)"))
            exact, answer, decimals = None, ctx.model.vocab[best], None
            prompt = rich(TEXT["predict"], *input_clause(ctx, t), TEXT["predict_tail"], *start)
    q = Question(
        id=qid, kind="forward", quantity=quantity, t=t, index=k,
        answer=answer, decimals=decimals,
        tolerance=(TOL_CHAINED if chained else TOL_GIVEN) * 10.0 ** -ctx.ad,
        prompt=prompt, given=given, solution=steps, exact=exact, worked=worked,
    )
    if quantity == "prediction":
        # Two probabilities that rounding on the way could swap: the prediction would be a coin toss.
        top = np.sort(p_full)[::-1]
        q.redraw = bool(top[0] - top[1] < 2 * q.tolerance)
    q.mistakes = mistakes.output(ctx, q, y_full, p_full)
    return q
