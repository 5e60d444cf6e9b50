"""Backward questions: gradient entries, the carousel derivative ∂c_t/∂c_{t-1} and local derivatives.

The loss is the sequence's cross-entropy L = Σ_t −log p_t[k_t] with the next input token as the target
(none at the last step), as ``lstm-studio grad`` computes it. Questions state the forward values they need,
rounded as printed; the answer is computed from exactly those numbers, and the tests compare it with the
engine's BPTT (dL/dy, dL/dh_t, dL/dc_t, dL/db_y) and with finite differences of the engine's forward pass
(∂c_t/∂c_{t-1}, ∂h_t/∂h_{t-1}).
"""

from __future__ import annotations

import numpy as np

from .compute import step_from
from .context import Context
from .derivatives import local_derivatives
from .forward import TOL_GIVEN, Solver, given_state, input_clause
from .latex import BREAK, SUM_J, at, coef, entry, factor, num, plus_join, signed_join, vector
from .rich import Math, rich
from .sheet import Given, Question, Step, rounded

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


def recurrent_derivative(ctx: Context, qid: str, t: int, k: int) -> Question:
    """The diagonal entry of the step Jacobian, holding the input and h_{t-1} (LSTMs) fixed.

    LSTM: ∂c_t[k]/∂c_{t-1}[k] = f_t[k] (+ peephole terms c_{t-1}[k] f'(…) P_f + g_t[k] i'(…) P_i);
    RNN: ∂h_t[k]/∂h_{t-1}[k] = φ'(a_t[k]) W_hh[k,k];
    GRU: the direct path ∂h_t[k]/∂h_{t-1}[k] with z_t and h̃_t held fixed: 1 − z_t[k] or z_t[k].
    """
    token = ctx.problem.inputs[t - 1]
    if t == 1:
        h0 = np.zeros(ctx.H)
        sv = step_from(ctx.model, t, token, h0, h0 if ctx.model.spec.has_c else None)
        given: list[Given] = []
        start = "zero"
    else:
        h, c, given = given_state(ctx, t)
        sv = step_from(ctx.model, t, token, h, c)
        start = "given"
    solver = Solver(ctx, sv, start, ("", 0))
    cell = ctx.model.cell
    tol = TOL_GIVEN * 10.0 ** -ctx.ad
    if cell in ("lstm", "peephole_lstm"):
        quantity = "dc/dc_prev"
        lhs = rf"\frac{{\partial {at('c', t, k)}}}{{\partial {at('c', t - 1, k)}}}"
        f_k = sv.gates["f"][k - 1]
        solver.gate("f", k)
        if cell == "lstm":
            value = f_k
            formula, substituted = rf"{lhs} = {at('f', t, k)}", ()
            why = rich("The cell state's own path ", Math(r"c_t = f_t \odot c_{t-1} + \dots"),
                       ": the constant error carousel, scaled by the forget gate")
        else:
            solver.gate("i", k)
            solver.gate("g", k)
            P_f, P_i = (ctx.model.params[n] for n in ("P_f", "P_i"))
            pf = P_f[k - 1] if P_f.ndim == 1 else P_f[k - 1, k - 1]
            pi = P_i[k - 1] if P_i.ndim == 1 else P_i[k - 1, k - 1]
            i_k, g_k, c_k = sv.gates["i"][k - 1], sv.gates["g"][k - 1], sv.c_prev[k - 1]
            value = f_k + c_k * f_k * (1 - f_k) * pf + g_k * i_k * (1 - i_k) * pi
            pname = (lambda n: entry(n, k)) if P_f.ndim == 1 else (lambda n: entry(n, k, k))
            f_t, i_t, g_t = at("f", t, k), at("i", t, k), at("g", t, k)
            formula = (rf"{lhs} = {f_t} {BREAK}+ {at('c', t - 1, k)}\, {f_t}\left(1 - {f_t}\right) {pname('P_f')}"
                       rf" {BREAK}+ {g_t}\, {i_t}\left(1 - {i_t}\right) {pname('P_i')}")
            fi, ii, gi = (factor(v, ctx.inter) for v in (f_k, i_k, g_k))
            c_text = factor(c_k, solver.state_dec)
            substituted = (rf"{fi} {BREAK}+ {c_text} \cdot {fi} \cdot (1 - {fi}) \cdot {factor(pf, ctx.wd)}"
                           rf" {BREAK}+ {gi} \cdot {ii} \cdot (1 - {ii}) \cdot {factor(pi, ctx.wd)}",)
            why = rich("The direct path through ", Math(r"f_t \odot c_{t-1}"),
                       " plus the peepholes, through which f_t and i_t see ", Math("c_{t-1}"))
        slash = rf"\partial {at('c', t, k)} / \partial {at('c', t - 1, k)}"
        prompt_what = rich("the derivative ", Math(slash), " of the cell state with respect to the previous cell "
                           "state, holding ", Math(at("h", t - 1)), " and the input fixed,")
    elif cell == "rnn":
        quantity = "dh/dh_prev"
        lhs = rf"\frac{{\partial {at('h', t, k)}}}{{\partial {at('h', t - 1, k)}}}"
        solver.gate("a", k)
        w = ctx.model.params["W_hh"][k - 1, k - 1]
        h_k = sv.h[k - 1]
        if ctx.model.spec.option("activation") == "relu":
            slope = 1.0 if sv.pre["a"][k - 1] > 0 else 0.0
            value = slope * w
            formula = rf"{lhs} = \left[a_{{{t}}}[{k}] > 0\right] {entry('W_hh', k, k)}"
            substituted = (rf"{int(slope)} \cdot {factor(w, ctx.wd)}",)
        else:
            value = (1 - h_k**2) * w
            formula = rf"{lhs} = \left(1 - {at('h', t, k)}^2\right) {entry('W_hh', k, k)}"
            substituted = (rf"\left(1 - {factor(h_k, ctx.inter)}^2\right) \cdot {factor(w, ctx.wd)}",)
        why = rich("One factor of the product that makes RNN gradients vanish or explode over many steps")
        slash = rf"\partial {at('h', t, k)} / \partial {at('h', t - 1, k)}"
        prompt_what = rich("the derivative ", Math(slash), " (the diagonal entry of the step's Jacobian),")
    else:
        quantity = "dh/dh_prev_direct"
        lhs = rf"\frac{{\partial {at('h', t, k)}}}{{\partial {at('h', t - 1, k)}}}\Big|_{{z,\tilde{{h}}}}"
        solver.gate("z", k)
        z_k = sv.gates["z"][k - 1]
        takes_new = ctx.model.spec.option("update") == "z_takes_new"
        value = 1 - z_k if takes_new else z_k
        formula = rf"{lhs} = 1 - {at('z', t, k)}" if takes_new else rf"{lhs} = {at('z', t, k)}"
        substituted = (rf"1 - {factor(z_k, ctx.inter)}",) if takes_new else ()
        why = rich("The GRU's direct path from ", Math("h_{t-1}"), " to ", Math("h_t"),
                   ", its version of the carousel")
        slash = rf"\partial {at('h', t, k)} / \partial {at('h', t - 1, k)}"
        prompt_what = rich("the direct-path derivative ", Math(slash), ", holding ", Math(at("z", t)), " and ",
                           Math(at(r"\tilde{h}", t)), " fixed,")
    steps = [*solver.steps, Step(why, formula, substituted, num(value, ctx.ad))]
    start = (rich(" Start from the zero state.") if start == "zero"
             else rich(" Start from the state given below."))
    prompt = rich("Compute ", *prompt_what, " for unit ", str(k), " at ", *input_clause(ctx, t), ".", *start)
    return Question(
        id=qid, kind="backward", quantity=quantity, t=t, index=k, answer=rounded(float(value), ctx.ad),
        decimals=ctx.ad, tolerance=tol, prompt=prompt, given=given, solution=steps, exact=float(value),
    )


def _at_step(symbol: str, t: int) -> str:
    """``c_t`` -> ``c_{2}``, ``h_{t-1}`` -> ``h_{1}`` for t = 2."""
    return symbol.replace("_t", f"_{{{t}}}").replace("{t-1}", f"{{{t - 1}}}")


def local_derivative(ctx: Context, qid: str, t: int, k: int) -> Question | None:
    """A local derivative of one node (∂h_t/∂c_t, ∂f_t/∂a, …) at stated values; None if the cell has none."""
    candidates = [d for d in local_derivatives(ctx.model.spec) if not d.trivial]
    if not candidates:
        return None
    d = ctx.choice(candidates)
    sv = ctx.run.step(t)
    values = []
    given = []
    for name, symbol in d.inputs:
        full = {"h_prev": sv.h_prev, "c_prev": sv.c_prev}.get(name)
        if full is None:
            full = sv.value(name)
        v = rounded(float(full[k - 1]), ctx.ad)
        values.append(v)
        given.append(Given(_at_step(symbol, t) + f"[{k}]", num(v, ctx.ad)))
    value = float(d.evaluate(*values))
    lhs = rf"\frac{{\partial {d.of}}}{{\partial {d.wrt}}}"
    steps = [Step(
        rich("Differentiate ", Math(d.node), " by ", Math(d.wrt), ", the other inputs held fixed"),
        f"{lhs} = {d.formula}",
        (d.substitute(values, ctx.ad),),
        num(value, ctx.ad),
    )]
    slash = rf"\partial {d.of} / \partial {d.wrt}"
    prompt = rich("Take the node ", Math(d.node), " of the cell on its own, with its other inputs held fixed. "
                  "Compute its local derivative ", Math(slash), " for unit ", str(k), " at ",
                  *input_clause(ctx, t), ", from the values given below.")
    return Question(
        id=qid, kind="backward", quantity=d.quantity, t=t, index=k, answer=rounded(value, ctx.ad),
        decimals=ctx.ad, tolerance=TOL_GIVEN * 10.0 ** -ctx.ad, prompt=prompt, given=given, solution=steps,
        exact=value,
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
        if kind == "dL/dy":
            target = ctx.run.targets[t - 1]
            k = target + 1 if ctx.rng.random() < 0.5 else int(ctx.rng.integers(1, len(ctx.model.vocab) + 1))
            q = dl_dy(ctx, qid, t, k)
        elif kind == "dL/dh":
            q = dl_dh(ctx, qid, t, ctx.unit())
        elif kind == "dL/dc":
            q = dl_dc(ctx, qid, t, ctx.unit())
        elif kind == "dL/db_y":
            q = dl_dby(ctx, qid, int(ctx.rng.integers(1, len(ctx.model.vocab) + 1)))
        elif kind == "recurrent":
            q = recurrent_derivative(ctx, qid, t, ctx.unit())
        else:
            q = local_derivative(ctx, qid, t, ctx.unit())
        if q is not None:
            out.append(q)
            number += 1
    return out
