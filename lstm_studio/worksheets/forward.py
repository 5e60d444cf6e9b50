"""Forward questions: a gate, c, h, y, p or the predicted token at a step and entry, with worked solutions.

A question starts from one of three points:

    zero     step 1 from h_0 = c_0 = 0
    given    step t ≥ 2 from the state h_{t-1} (c_{t-1}) stated in the question, rounded as printed
    chained  step t from the zero state through steps 1 … t (the answer is the full-precision value)

The output-layer quantities (y, p, prediction) are asked from a stated h_t, or chained. Answers are the
engine's values for exactly those starting numbers (see :mod:`.compute`).
"""

from __future__ import annotations

import numpy as np

from lstm_studio.engine import SIGMOID_GATES
from lstm_studio.worksheets.compute import StepValues, output_from, step_from
from lstm_studio.worksheets.context import Context
from lstm_studio.worksheets.latex import (
    GATE_SYMBOL,
    GATE_WORDS,
    SUM_J,
    at,
    coef,
    entry,
    factor,
    num,
    param,
    signed_join,
    vector,
)
from lstm_studio.worksheets.rich import Math, rich
from lstm_studio.worksheets.sheet import Given, Question, Step, rounded

#: Tolerance in units of the last printed decimal: stated starting values allow a little rounding on the
#: way; a chain of steps from the zero state accumulates more.
TOL_GIVEN = 2
TOL_CHAINED = 5


class Solver:
    """Builds the worked solution for one step, adding each needed intermediate step once."""

    def __init__(self, ctx: Context, sv: StepValues, start: str, final: tuple[str, int]) -> None:
        self.ctx = ctx
        self.sv = sv
        self.start = start
        self.final = final  # (quantity, unit) printed at answer precision
        self.state_dec = ctx.inter if start == "chained" else ctx.ad
        self.steps: list[Step] = []
        self.done: set = set()

    # -- numbers as printed --------------------------------------------------------------------------

    def dec(self, quantity: str, k: int) -> int:
        return self.ctx.ad if (quantity, k) == self.final else self.ctx.inter

    def val(self, quantity: str, k: int) -> float:
        return float(self.sv.value(quantity)[k - 1])

    def add(self, key, step: Step) -> None:
        if key not in self.done:
            self.done.add(key)
            self.steps.append(step)

    @property
    def zero(self) -> bool:
        return self.start == "zero"

    # -- pieces of a pre-activation ------------------------------------------------------------------

    def _input_term(self, suffix: str, k: int) -> tuple[str, tuple[bool, str]]:
        name = "W_xh" if suffix == "xh" else f"W_{suffix}"
        col = self.sv.token + 1
        value = self.ctx.model.params[name][k - 1, col - 1]
        return entry(name, k, col), coef(value, self.ctx.wd)

    def _recurrent(self, name: str, k: int, vec: np.ndarray, vec_sym: str, dec: int) -> tuple[str, tuple[bool, str]]:
        """Σ_j M[k,j] v[j] as formula and as a term of numbers in parentheses."""
        row = self.ctx.model.params[name][k - 1]
        terms = signed_join(coef(w, self.ctx.wd, rf" \cdot {factor(v, dec)}") for w, v in zip(row, vec))
        return rf"{SUM_J} {entry(name, k, 'j')}\, {vec_sym}[j]", (False, rf"\bigl({terms}\bigr)")

    def _bias(self, name: str, k: int) -> tuple[str, tuple[bool, str]]:
        return entry(name, k), coef(self.ctx.model.params[name][k - 1], self.ctx.wd)

    def _peephole(self, gate: str, k: int) -> tuple[str, tuple[bool, str]] | None:
        if self.ctx.model.cell != "peephole_lstm" or gate not in ("f", "i", "o"):
            return None
        P = self.ctx.model.params[f"P_{gate}"]
        t = self.sv.t
        if gate == "o":
            c_sym, c_vec, c_dec = at("c", t), self.sv.c, self.ctx.inter
        else:
            c_sym, c_vec, c_dec = at("c", t - 1), self.sv.c_prev, self.state_dec
        assert c_vec is not None  # a peephole LSTM has a cell state
        if P.ndim == 1:
            return (rf"{entry(f'P_{gate}', k)}\, {c_sym}[{k}]",
                    coef(P[k - 1], self.ctx.wd, rf" \cdot {factor(c_vec[k - 1], c_dec)}"))
        return self._recurrent(f"P_{gate}", k, c_vec, c_sym, c_dec)

    # -- steps ---------------------------------------------------------------------------------------

    def gate(self, gate: str, k: int) -> None:
        """A gate entry (or the RNN's h entry, gate "a") from its pre-activation."""
        if (gate, k) in self.done:
            return
        ctx, sv, t = self.ctx, self.sv, self.sv.t
        cell = ctx.model.cell
        if gate == "o" and cell == "peephole_lstm":
            P_o = ctx.model.params["P_o"]
            if P_o.ndim == 1:
                self.c(k)
            else:
                self.c_vector()
        if gate == "h_tilde" and ctx.model.spec.option("reset") == "before" and not self.zero:
            self.gate_vector("r")
        if gate == "h_tilde" and ctx.model.spec.option("reset") == "after":
            self.gate("r", k)
        suffix = GATE_SYMBOL[gate][1] if gate != "a" else "xh"
        symbol = GATE_SYMBOL[gate][0] if gate != "a" else "h"
        h_sym = at("h", t - 1)
        parts_f, parts_s = [], []
        f, s = self._input_term(suffix, k)
        parts_f.append(f)
        parts_s.append(s)
        rec_name = "W_hh" if gate == "a" else f"U_{suffix}"
        reset = ctx.model.spec.option("reset") if cell == "gru" else None
        if gate == "h_tilde" and reset == "after":
            f_b, s_b = self._bias("b_h", k)
            parts_f.append(f_b)
            parts_s.append(s_b)
            if self.zero:
                inner_f, inner_s = entry("b_hn", k), num(ctx.model.params["b_hn"][k - 1], ctx.wd)
            else:
                rf_, rs_ = self._recurrent("U_h", k, sv.h_prev, h_sym, self.state_dec)
                bf, bs = self._bias("b_hn", k)
                inner_f, inner_s = f"{rf_} + {bf}", signed_join([rs_, bs])
            r_k = num(self.val("r", k), ctx.inter)
            parts_f.append(rf"{at('r', t, k)} \left({inner_f}\right)")
            parts_s.append((False, rf"{r_k} \cdot \bigl({inner_s}\bigr)"))
        else:
            if not self.zero:
                if gate == "h_tilde" and reset == "before":
                    row = ctx.model.params["U_h"][k - 1]
                    terms = signed_join(
                        coef(w, ctx.wd, rf" \cdot {factor(r, ctx.inter)} \cdot {factor(h, self.state_dec)}")
                        for w, r, h in zip(row, sv.gates["r"], sv.h_prev)
                    )
                    parts_f.append(rf"{SUM_J} {entry('U_h', k, 'j')}\, {at('r', t)}[j]\, {h_sym}[j]")
                    parts_s.append((False, rf"\bigl({terms}\bigr)"))
                else:
                    rf_, rs_ = self._recurrent(rec_name, k, sv.h_prev, h_sym, self.state_dec)
                    parts_f.append(rf_)
                    parts_s.append(rs_)
            peep = None if self.zero and gate != "o" else self._peephole(gate, k)
            if peep:
                parts_f.append(peep[0])
                parts_s.append(peep[1])
            f_b, s_b = self._bias("b_h" if gate == "a" else f"b_{suffix}", k)
            parts_f.append(f_b)
            parts_s.append(s_b)
        if gate == "a":
            relu = ctx.model.spec.option("activation") == "relu"
            act, pre, value = (r"\max" if relu else r"\tanh"), sv.pre["a"][k - 1], sv.h[k - 1]
            quantity = "h"
        else:
            act = r"\sigma" if gate in SIGMOID_GATES else r"\tanh"
            pre, value = sv.pre[gate][k - 1], sv.gates[gate][k - 1]
            quantity = gate
        relu_zero = r"0,\ " if act == r"\max" else ""
        formula = rf"{at(symbol, t, k)} = {act}\left({relu_zero}{' + '.join(parts_f)}\right)"
        substituted = (
            rf"{act}\bigl({relu_zero}{signed_join(parts_s)}\bigr)",
            rf"{act}\left({relu_zero}{num(pre, ctx.inter)}\right)",
        )
        if self.zero and not (gate == "h_tilde" and reset == "after"):
            zero_state = r"h_{0} = c_{0} = 0" if ctx.model.spec.has_c else r"h_{0} = 0"
            note = rich("the recurrent terms vanish because ", Math(zero_state))
        else:
            note = ()
        label = rich(GATE_WORDS.get(gate, "hidden state").capitalize(), ", unit ", str(k),
                     *(("; ",) + note if note else ()))
        self.add((quantity, k), Step(label, formula, substituted, num(value, self.dec(quantity, k))))

    def gate_vector(self, gate: str) -> None:
        """A whole gate vector, quoted (needed in full by another step)."""
        t = self.sv.t
        symbol, suffix = GATE_SYMBOL[gate]
        act = r"\sigma" if gate in SIGMOID_GATES else r"\tanh"
        rec = "" if self.zero else rf"U_{suffix}\, {at('h', t - 1)} + "
        formula = rf"{at(symbol, t)} = {act}\left(W_{suffix}\, x_{{{t}}} + {rec}b_{suffix}\right)"
        label = rich(GATE_WORDS[gate].capitalize(), ", every unit (as for a single unit)")
        self.add((gate, "all"), Step(label, formula, (), vector(self.sv.gates[gate], self.ctx.inter)))

    def c(self, k: int) -> None:
        if ("c", k) in self.done:
            return
        for gate in ("f", "i", "g"):
            self.gate(gate, k)
        t, ctx, sv = self.sv.t, self.ctx, self.sv
        assert sv.c is not None and sv.c_prev is not None  # asked only of LSTMs
        candidate = at(GATE_SYMBOL["g"][0], t, k)
        formula = rf"{at('c', t, k)} = {at('f', t, k)}\, {at('c', t - 1, k)} + {at('i', t, k)}\, {candidate}"
        substituted = (
            rf"{factor(self.val('f', k), ctx.inter)} \cdot {factor(sv.c_prev[k - 1], self.state_dec)}"
            rf" + {factor(self.val('i', k), ctx.inter)} \cdot {factor(self.val('g', k), ctx.inter)}",
        )
        self.add(("c", k), Step(rich("Cell state, unit ", str(k)), formula, substituted,
                                num(sv.c[k - 1], self.dec("c", k))))

    def c_vector(self) -> None:
        t = self.sv.t
        candidate = at(GATE_SYMBOL["g"][0], t)
        formula = rf"{at('c', t)} = {at('f', t)} \odot {at('c', t - 1)} + {at('i', t)} \odot {candidate}"
        self.add(("c", "all"), Step(rich("Cell state, every unit (as for a single unit)"), formula, (),
                                    vector(self.sv.c, self.ctx.inter)))

    def h(self, k: int) -> None:
        ctx, sv, t = self.ctx, self.sv, self.sv.t
        cell = ctx.model.cell
        if cell == "rnn":
            self.gate("a", k)
            return
        if cell in ("lstm", "peephole_lstm"):
            self.c(k)
            self.gate("o", k)
            assert sv.c is not None
            formula = rf"{at('h', t, k)} = {at('o', t, k)}\, \tanh\left({at('c', t, k)}\right)"
            substituted = (
                rf"{factor(self.val('o', k), ctx.inter)} \cdot \tanh\left({num(sv.c[k - 1], ctx.inter)}\right)",
            )
        else:
            self.gate("z", k)
            self.gate("h_tilde", k)
            z, ht, hp = self.val("z", k), self.val("h_tilde", k), sv.h_prev[k - 1]
            zs, hts, hps = factor(z, ctx.inter), factor(ht, ctx.inter), factor(hp, self.state_dec)
            z_sym, ht_sym, hp_sym = at("z", t, k), at(r"\tilde{h}", t, k), at("h", t - 1, k)
            if ctx.model.spec.option("update") == "z_takes_new":
                formula = rf"{at('h', t, k)} = (1 - {z_sym})\, {hp_sym} + {z_sym}\, {ht_sym}"
                substituted = (rf"(1 - {zs}) \cdot {hps} + {zs} \cdot {hts}",)
            else:
                formula = rf"{at('h', t, k)} = {z_sym}\, {hp_sym} + (1 - {z_sym})\, {ht_sym}"
                substituted = (rf"{zs} \cdot {hps} + (1 - {zs}) \cdot {hts}",)
        self.add(("h", k), Step(rich("Hidden state, unit ", str(k)), formula, substituted,
                                num(sv.h[k - 1], self.dec("h", k))))

    def quantity(self, quantity: str, k: int) -> list[Step]:
        if quantity == "h":
            self.h(k)
        elif quantity == "c":
            self.c(k)
        else:
            self.gate(quantity, k)
        return self.steps


# --- questions ------------------------------------------------------------------------------------


def start_clause(ctx: Context, t: int, start: str):
    if start == "zero":
        state = "h_{0} = c_{0} = 0" if ctx.model.spec.has_c else "h_{0} = 0"
        return rich(" Start from the zero state ", Math(state), ".")
    if start == "given":
        return rich(" Start from the state given below.")
    state = "h_{0} = c_{0} = 0" if ctx.model.spec.has_c else "h_{0} = 0"
    return rich(" Run the cell from ", Math(state), f" through steps 1 to {t} (use your earlier results).")


def input_clause(ctx: Context, t: int):
    x = Math(rf"x_{{{t}}} = {ctx.token_math(ctx.problem.inputs[t - 1])}")
    return rich("step ", Math(f"t = {t}"), " (input ", x, ")")


def given_state(ctx: Context, t: int) -> tuple[np.ndarray, np.ndarray | None, list[Given]]:
    """The stated (rounded) state h_{t-1}, c_{t-1} for a question at step t ≥ 2."""
    prev = ctx.run.step(t - 1)
    h = np.array([rounded(v, ctx.ad) for v in prev.h])
    given = [Given(at("h", t - 1), vector(h, ctx.ad))]
    c = None
    if ctx.model.spec.has_c:
        assert prev.c is not None
        c = np.array([rounded(v, ctx.ad) for v in prev.c])
        given.append(Given(at("c", t - 1), vector(c, ctx.ad)))
    return h, c, given


def cell_question(ctx: Context, qid: str, quantity: str, t: int, k: int, start: str) -> Question:
    """A gate, c or h entry at step t, unit k (1-based)."""
    given: list[Given] = []
    token = ctx.problem.inputs[t - 1]
    if start == "chained":
        sv = ctx.run.step(t)
    elif start == "zero":
        sv = step_from(ctx.model, t, token, np.zeros(ctx.H), np.zeros(ctx.H) if ctx.model.spec.has_c else None)
    else:
        h, c, given = given_state(ctx, t)
        sv = step_from(ctx.model, t, token, h, c)
    symbol = {"h": "h", "c": "c"}.get(quantity) or GATE_SYMBOL[quantity][0]
    words = {"h": "the hidden state", "c": "the cell state"}.get(quantity) or f"the {GATE_WORDS[quantity]}"
    prompt = rich("Compute ", Math(at(symbol, t, k)), f", {words} of unit {k} at ", *input_clause(ctx, t), ".",
                  *start_clause(ctx, t, start))
    steps = Solver(ctx, sv, start, (quantity, k)).quantity(quantity, k)
    exact = float(sv.value(quantity)[k - 1])
    return Question(
        id=qid, kind="forward", quantity=quantity, t=t, index=k,
        answer=rounded(exact, ctx.ad), decimals=ctx.ad,
        tolerance=(TOL_CHAINED if start == "chained" else TOL_GIVEN) * 10.0 ** -ctx.ad,
        prompt=prompt, given=given, solution=steps, exact=exact,
    )


def output_question(ctx: Context, qid: str, quantity: str, t: int, k: int | None, chained: bool) -> Question:
    """y_t[k], p_t[k] or the predicted token at step t, from a stated h_t or chained from the zero state."""
    if chained:
        h = ctx.run.step(t).h
        y, p = ctx.run.y(t), ctx.run.p(t)
        given: list[Given] = []
        h_dec = ctx.inter
        start = start_clause(ctx, t, "chained")
        source = rich("with ", Math(at("h", t)), " from the forward pass")
    else:
        h = np.array([rounded(v, ctx.ad) for v in ctx.run.step(t).h])
        y, p = output_from(ctx.model, h)
        given = [Given(at("h", t), vector(h, ctx.ad))]
        h_dec = ctx.ad
        start = rich(" Use the hidden state ", Math(at("h", t)), " given below.")
        source = rich("with the given ", Math(at("h", t)))
    tok = ctx.token_math(k - 1) if k else ""
    steps: list[Step] = []
    exact: float | None
    answer: float | str
    decimals: int | None
    if quantity == "y":
        assert k is not None  # only the predicted token has no entry
        row = ctx.model.params["W_hy"][k - 1]
        terms = signed_join([*(coef(w, ctx.wd, rf" \cdot {factor(v, h_dec)}") for w, v in zip(row, h)),
                             coef(ctx.model.params["b_y"][k - 1], ctx.wd)])
        steps.append(Step(
            rich("Output logit of ", Math(tok)),
            rf"{at('y', t, k)} = {SUM_J} {entry('W_hy', k, 'j')}\, {at('h', t)}[j] + {entry('b_y', k)}",
            (terms,),
            num(y[k - 1], ctx.ad),
        ))
        exact, answer, decimals = float(y[k - 1]), rounded(float(y[k - 1]), ctx.ad), ctx.ad
        prompt = rich("Compute the output logit ", Math(at("y", t, k)), " (the entry of token ", Math(tok),
                      ") after ", *input_clause(ctx, t), ".", *start)
    else:
        steps.append(Step(
            rich("Output logits, every entry, ", *source),
            rf"{at('y', t)} = {param('W_hy')}\, {at('h', t)} + b_y", (), vector(y, ctx.inter),
        ))
        if quantity == "p":
            assert k is not None
            exps = " + ".join(rf"e^{{{num(v, ctx.inter)}}}" for v in y)
            total = float(np.exp(y).sum())
            steps.append(Step(
                rich("Softmax probability of ", Math(tok)),
                rf"{at('p', t, k)} = \frac{{e^{{{at('y', t, k)}}}}}{{\sum_j e^{{{at('y', t)}[j]}}}}",
                (rf"\frac{{e^{{{num(y[k - 1], ctx.inter)}}}}}{{{exps}}}",
                 rf"\frac{{{num(np.exp(y[k - 1]), ctx.inter)}}}{{{num(total, ctx.inter)}}}"),
                num(p[k - 1], ctx.ad),
            ))
            exact, answer, decimals = float(p[k - 1]), rounded(float(p[k - 1]), ctx.ad), ctx.ad
            prompt = rich("Compute ", Math(at("p", t, k)), ", the softmax probability of token ", Math(tok),
                          " after ", *input_clause(ctx, t), ".", *start)
        else:
            best = int(np.argmax(p))
            steps.append(Step(rich("Probabilities"), rf"{at('p', t)} = \mathrm{{softmax}}\left({at('y', t)}\right)",
                              (), vector(p, ctx.inter)))
            steps.append(Step(
                rich("The largest probability"),
                rf"\mathrm{{argmax}}_k\, {at('p', t)}[k]", (), rf"{best + 1}\ \left({ctx.token_math(best)}\right)",
            ))
            exact, answer, decimals = None, ctx.model.vocab[best], None
            prompt = rich("Which token does the model predict after ", *input_clause(ctx, t),
                          " (the token with the largest probability)?", *start)
    return Question(
        id=qid, kind="forward", quantity=quantity, t=t, index=k,
        answer=answer, decimals=decimals,
        tolerance=(TOL_CHAINED if chained else TOL_GIVEN) * 10.0 ** -ctx.ad,
        prompt=prompt, given=given, solution=steps, exact=exact,
    )


# --- the forward section of a worksheet -----------------------------------------------------------


def _sigmoid_gates(ctx: Context) -> list[str]:
    return [g for g in ctx.model.spec.gates if g in SIGMOID_GATES]


def plan(ctx: Context) -> list[tuple]:
    """Which forward questions a variant asks, by difficulty: (quantity, t, start or 'given_h'/'chained')."""
    cell, T = ctx.model.cell, ctx.T
    later = ctx.later_step()
    start_later = "given" if later > 1 else "zero"
    difficulty = ctx.problem.difficulty
    if cell == "rnn":
        if difficulty == "easy":
            return [("h", 1, "zero"), ("y", 1, "given_h"), ("p", 1, "given_h")]
        if difficulty == "medium":
            return [("h", 1, "zero"), ("h", later, start_later), ("p", later, "given_h"),
                    ("prediction", later, "given_h")]
        t = min(2, T)
        return [("h", t, "chained" if t > 1 else "zero"), ("p", t, "chained"), ("prediction", t, "chained")]
    candidate = "g" if cell != "gru" else "h_tilde"
    state = "c" if ctx.model.spec.has_c else "h"
    if difficulty == "easy":
        return [(ctx.choice(_sigmoid_gates(ctx)), 1, "zero"), (candidate, 1, "zero"), (state, 1, "zero"),
                ("y", 1, "given_h")]
    if difficulty == "medium":
        return [(ctx.choice(_sigmoid_gates(ctx)), later, start_later), ("h", later, start_later),
                ("p", later, "given_h"), ("prediction", later, "given_h")]
    t = min(2, T)
    first = "chained" if t > 1 else "zero"
    before_h = "c" if ctx.model.spec.has_c else "h_tilde"
    return [(before_h, t, first), ("h", t, first), ("p", t, "chained"), ("prediction", t, "chained")]


def questions(ctx: Context, first_number: int) -> list[Question]:
    out = []
    for n, (quantity, t, start) in enumerate(plan(ctx), start=first_number):
        qid = f"q{n}"
        if quantity in ("y", "p", "prediction"):
            k = None if quantity == "prediction" else int(ctx.rng.integers(1, len(ctx.model.vocab) + 1))
            out.append(output_question(ctx, qid, quantity, t, k, chained=start == "chained"))
        else:
            out.append(cell_question(ctx, qid, quantity, t, ctx.unit(), start))
    return out
