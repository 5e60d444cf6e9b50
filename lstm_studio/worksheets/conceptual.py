"""Conceptual questions: parameter counts, what a gate does, the two GRU conventions, the carousel.

Numerical where possible (so they can be marked automatically); the gate question is a multiple choice
whose answer is a letter.
"""

from __future__ import annotations

from fractions import Fraction

from lstm_studio.worksheets.context import Context
from lstm_studio.worksheets.exact import shown
from lstm_studio.worksheets.latex import factor, num
from lstm_studio.worksheets.mistakes import finish
from lstm_studio.worksheets.rich import Math, Rich, rich
from lstm_studio.worksheets.sheet import LETTERS, Question, Step

TOL_GIVEN = 2


def _count_formula(ctx: Context, H: int) -> tuple[str, str, int]:
    """The cell's parameter count at hidden size H: formula, numbers substituted, value."""
    V = len(ctx.model.vocab)
    spec = ctx.model.spec
    if spec.cell == "rnn":
        return r"H V + H^2 + H", rf"{H} \cdot {V} + {H}^2 + {H}", H * V + H * H + H
    if spec.cell in ("lstm", "peephole_lstm"):
        base = 4 * (H * V + H * H + H)
        formula, subst = r"4\left(H V + H^2 + H\right)", rf"4 \cdot \left({H} \cdot {V} + {H}^2 + {H}\right)"
        if spec.cell == "peephole_lstm":
            if spec.option("peephole") == "diagonal":
                return formula + r" + 3H", subst + rf" + 3 \cdot {H}", base + 3 * H
            return formula + r" + 3H^2", subst + rf" + 3 \cdot {H}^2", base + 3 * H * H
        return formula, subst, base
    gates = 2 if spec.option("reset") == "none" else 3
    formula = rf"{gates}\left(H V + H^2 + H\right)"
    subst = rf"{gates} \cdot \left({H} \cdot {V} + {H}^2 + {H}\right)"
    value = gates * (H * V + H * H + H)
    if spec.option("reset") == "after":
        return formula + " + H", subst + f" + {H}", value + H
    return formula, subst, value


def _cell_name(ctx: Context) -> str:
    return {"rnn": "Elman RNN", "lstm": "LSTM", "peephole_lstm": "peephole LSTM", "gru": "GRU"}[ctx.model.cell]


def _param_names(ctx: Context) -> Rich:
    """The cell's parameters as the sheet names them: (W_xh, W_hh, b_h) for the RNN, (W, U, b[, P]) else."""
    if ctx.model.cell == "rnn":
        return rich("(", Math("W_{xh}, W_{hh}, b_h"), ")")
    return rich("(", Math("W, U, b" + (", P" if ctx.model.cell == "peephole_lstm" else "")), ")")


def _count_mistakes(ctx: Context, H: int) -> list[tuple[str, int]]:
    """What a count without the biases, or of one gate only, comes to (cell at hidden size H)."""
    V = len(ctx.model.vocab)
    _, _, value = _count_formula(ctx, H)
    spec = ctx.model.spec
    gates = {"rnn": 1, "lstm": 4, "peephole_lstm": 4}.get(spec.cell) or (2 if spec.option("reset") == "none" else 3)
    biases = gates * H + (H if spec.cell == "gru" and spec.option("reset") == "after" else 0)
    out = [("biases_forgotten", value - biases)]
    if gates > 1:
        out.append(("one_gate", H * V + H * H + H))
    return out


def param_count(ctx: Context, qid: str, scope: str) -> Question:
    """scope: ``cell`` (this size), ``model`` (cell + output layer) or ``bigger`` (the cell at a larger H)."""
    V, H = len(ctx.model.vocab), ctx.H
    what = _param_names(ctx)
    if scope == "bigger":
        H2 = H + int(ctx.rng.integers(1, 4))
        formula, subst, value = _count_formula(ctx, H2)
        prompt = rich("How many trainable parameters ", *what, f" would this {_cell_name(ctx)} cell have with ",
                      Math(f"H = {H2}"), " hidden units instead of ", Math(f"H = {H}"), ", over the same ",
                      Math(f"V = {V}"), "-token vocabulary?")
        steps = [Step(rich("Count the entries of every matrix and bias of the cell"), formula, (subst,), str(value))]
        found = _count_mistakes(ctx, H2) + [("old_size", _count_formula(ctx, H)[2])]
    else:
        formula, subst, value = _count_formula(ctx, H)
        steps = [Step(rich("The cell: every matrix and bias"), formula, (subst,), str(value))]
        found = _count_mistakes(ctx, H)
        if scope == "model":
            found.append(("output_forgotten", value))
            out = V * H + V
            steps.append(Step(rich("The output layer ", Math(r"W_{hy}, b_y")), "V H + V", (rf"{V} \cdot {H} + {V}",),
                              str(out)))
            steps.append(Step(rich("Together"), f"{value} + {out}", (), str(value + out)))
            value += out
            prompt = rich(f"How many trainable parameters does the whole model have: the {_cell_name(ctx)} cell ",
                          *what, " and the output layer (", Math(r"W_{hy}, b_y"), ")?")
        else:
            prompt = rich("How many trainable parameters ", *what, f" does this {_cell_name(ctx)} cell have, with ",
                          Math(f"H = {H}"), " hidden units and ", Math(f"V = {V}"), " input tokens?")
    q = Question(
        id=qid, kind="conceptual", quantity="param_count", t=None, index=None, answer=int(value), decimals=0,
        tolerance=0.0, prompt=prompt, solution=steps, exact=float(value), worked=Fraction(value),
    )
    q.mistakes = finish(q, [(name, float(v)) for name, v in found])
    return q


def _roles(ctx: Context) -> list[tuple[Rich | None, Rich]]:
    """(what is asked about, what it does) for the cell's gates or weights; None: a role only offered
    as a wrong choice."""
    cell = ctx.model.cell
    if cell in ("lstm", "peephole_lstm"):
        return [
            (rich("the forget gate ", Math("f_t")),
             rich("scales how much of the previous cell state ", Math("c_{t-1}"), " is kept")),
            (rich("the input gate ", Math("i_t")),
             rich("scales how much of the candidate ", Math(r"\tilde{C}_t"), " is written into the cell state")),
            (rich("the candidate ", Math(r"\tilde{C}_t")),
             rich("proposes new content for the cell state, with values in (−1, 1)")),
            (rich("the output gate ", Math("o_t")),
             rich("scales how much of ", Math(r"\tanh(c_t)"), " is exposed as the hidden state ", Math("h_t"))),
        ]
    if cell == "gru":
        takes_new = ctx.model.spec.option("update") == "z_takes_new"
        z_role = (rich("decides how much of the candidate ", Math(r"\tilde{h}_t"), " replaces the old state")
                  if takes_new else rich("decides how much of the old state ", Math("h_{t-1}"), " is kept"))
        roles = [
            (rich("the update gate ", Math("z_t")), z_role),
            (rich("the candidate ", Math(r"\tilde{h}_t")),
             rich("proposes new content for the hidden state, with values in (−1, 1)")),
            (None, rich("turns the output logits into probabilities of the next token")),
        ]
        if ctx.model.spec.option("reset") != "none":
            roles.insert(1, (rich("the reset gate ", Math("r_t")),
                             rich("decides how much of ", Math("h_{t-1}"), " the candidate gets to see")))
        else:
            roles.insert(1, (None, rich("scales how much of the previous cell state ", Math("c_{t-1}"), " is kept")))
        return roles
    return [
        (rich("the matrix ", Math(r"W_{xh}")), rich("reads the current input token into the new state")),
        (rich("the matrix ", Math(r"W_{hh}")), rich("carries the previous hidden state into the new one")),
        (rich("the matrix ", Math(r"W_{hy}")), rich("maps the hidden state to the output logits")),
        (rich("the bias ", Math(r"b_h")), rich("shifts the pre-activation of every hidden unit")),
    ]


def askable_roles(ctx: Context) -> list[int]:
    """The subjects a gate-role question can ask about (indices into the cell's roles)."""
    return [k for k, (subject, _) in enumerate(_roles(ctx)) if subject is not None]


def gate_role(ctx: Context, qid: str, asked: int) -> Question:
    roles = _roles(ctx)
    order = [int(k) for k in ctx.rng.permutation(len(roles))]
    choices = [roles[k][1] for k in order]
    letter = LETTERS[order.index(asked)]
    subject = roles[asked][0]
    assert subject is not None, "only askable roles are asked"
    prompt = rich("What does ", *subject, " do in this cell? Choose one.")
    head, *tail = rich(*subject, " ", *roles[asked][1], ".")
    sentence = rich(head[:1].upper() + head[1:] if isinstance(head, str) else head, *tail)
    steps = [Step(rich(*sentence, f" The answer is ({letter})."), "", (), "")]
    return Question(
        id=qid, kind="conceptual", quantity="gate_role", t=None, index=asked + 1, answer=letter, decimals=None,
        tolerance=0.0, prompt=prompt, choices=choices, solution=steps,
    )


def gru_convention(ctx: Context, qid: str) -> Question:
    """h_t in the other convention than the model's, from stated z, h_{t-1}, h̃ (one unit)."""
    z, h_prev, h_tilde = (shown(float(ctx.rng.uniform(low, high)), 2)
                          for low, high in ((0.05, 0.95), (-0.9, 0.9), (-0.9, 0.9)))
    if ctx.model.spec.option("update") == "z_takes_new":
        ours = r"h_t = (1 - z_t)\, h_{t-1} + z_t\, \tilde{h}_t"
        other = "Cho et al. 2014 and PyTorch, where z keeps the old state"
        formula, value = r"h_t = z_t\, h_{t-1} + (1 - z_t)\, \tilde{h}_t", z * h_prev + (1 - z) * h_tilde
        own = (1 - z) * h_prev + z * h_tilde
        subst = rf"{factor(z, 2)} \cdot {factor(h_prev, 2)} + (1 - {factor(z, 2)}) \cdot {factor(h_tilde, 2)}"
    else:
        ours = r"h_t = z_t\, h_{t-1} + (1 - z_t)\, \tilde{h}_t"
        other = "colah's blog and deeplearning.ai, where z takes the new state"
        formula, value = r"h_t = (1 - z_t)\, h_{t-1} + z_t\, \tilde{h}_t", (1 - z) * h_prev + z * h_tilde
        own = z * h_prev + (1 - z) * h_tilde
        subst = rf"(1 - {factor(z, 2)}) \cdot {factor(h_prev, 2)} + {factor(z, 2)} \cdot {factor(h_tilde, 2)}"
    ad = ctx.ad
    prompt = rich("Textbooks disagree on which term the update gate weighs. This worksheet's GRU uses ", Math(ours),
                  f". In the other convention ({other}), compute ", Math("h_t"), " for one unit with ",
                  Math(rf"z_t = {num(z, 2)},\ h_{{t-1}} = {num(h_prev, 2)},\ \tilde{{h}}_t = {num(h_tilde, 2)}"), ".")
    steps = [Step(rich("The other convention swaps the roles of ", Math("z_t"), " and ", Math("1 - z_t")),
                  formula, (subst,), num(value, ad))]
    q = Question(
        id=qid, kind="conceptual", quantity="gru_convention", t=None, index=None, answer=float(shown(value, ad)),
        decimals=ad, tolerance=TOL_GIVEN * 10.0 ** -ad, prompt=prompt, solution=steps, exact=float(value),
        worked=shown(value, ad),
    )
    q.mistakes = finish(q, [("own_convention", float(own))])
    return q


def carousel(ctx: Context, qid: str) -> Question:
    """The gradient along the cell state over n steps with a constant forget gate: f^n."""
    f = shown(float(ctx.rng.uniform(0.80, 0.99)), 2)
    n = int(ctx.rng.integers(5, 21))
    value = f**n
    ad = ctx.ad
    prompt = rich("Along the cell state alone (the constant error carousel), ",
                  Math(r"\partial c_t / \partial c_{t-1} = f_t"), ". If the forget gate is ",
                  Math(rf"f = {num(f, 2)}"), f" at every step, by what factor is the gradient scaled after {n} steps, ",
                  Math(rf"\partial c_{{t+{n}}} / \partial c_t"), "?")
    steps = [Step(rich("Multiply the factor of every step"), rf"\prod_{{s=1}}^{{{n}}} f", (rf"{num(f, 2)}^{{{n}}}",),
                  num(value, ad))]
    q = Question(
        id=qid, kind="conceptual", quantity="carousel", t=None, index=None, answer=float(shown(value, ad)),
        decimals=ad, tolerance=TOL_GIVEN * 10.0 ** -ad, prompt=prompt, solution=steps, exact=float(value),
        worked=shown(value, ad),
    )
    q.mistakes = finish(q, [("product_for_power", float(f * n))])
    return q


def vanishing(ctx: Context, qid: str) -> Question:
    """A one-unit tanh RNN: the gradient over n steps is scaled by ((1 − h²) w)^n."""
    w = shown(float(ctx.rng.uniform(0.5, 1.5)), 2)
    h = shown(float(ctx.rng.uniform(0.1, 0.6)), 2)
    n = int(ctx.rng.integers(4, 11))
    factor_step = (1 - h * h) * w
    value = factor_step**n
    ad = ctx.ad
    prompt = rich("A one-unit tanh RNN has ", Math(rf"W_{{hh}} = {num(w, 2)}"), " and its state stays near ",
                  Math(rf"h = {num(h, 2)}"), ". Each step multiplies the gradient by ",
                  Math(r"\partial h_t / \partial h_{t-1} = (1 - h_t^2)\, W_{hh}"),
                  f". By what factor is a gradient scaled over {n} steps?")
    steps = [
        # (1 − h²) w has at most 6 decimals: printed in full, so the power below is of the printed number.
        Step(rich("One step"), r"(1 - h^2)\, W_{hh}", (rf"(1 - {num(h, 2)}^2) \cdot {num(w, 2)}",),
             num(factor_step, 6)),
        Step(rich(f"{n} steps: the product vanishes when the factor is below 1 and explodes above it"),
             rf"\left((1 - h^2)\, W_{{hh}}\right)^{{{n}}}", (rf"{num(factor_step, 6)}^{{{n}}}",), num(value, ad)),
    ]
    q = Question(
        id=qid, kind="conceptual", quantity="vanishing", t=None, index=None, answer=float(shown(value, ad)),
        decimals=ad, tolerance=max(TOL_GIVEN * 10.0 ** -ad, 0.005 * abs(float(value))), prompt=prompt,
        solution=steps, exact=float(value), worked=shown(value, ad),
    )
    q.mistakes = finish(q, [("derivative_forgotten", float(w**n))])
    return q
