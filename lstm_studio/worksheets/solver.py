"""Working one step of the cell by hand: the worked solutions of the forward questions.

A :class:`StepSolver` computes what a student computes, from what is printed: the weights (as printed),
the state the step starts from (given on the sheet, zero, or printed earlier in the same solution), and
every value it prints itself. Each value is printed once, as a :class:`~.sheet.Step`, before anything
uses it, and it is used exactly as printed: a marker can follow every number (docs/worksheets.md,
"Worked solutions"). Sums and products of printed numbers are exact (:class:`fractions.Fraction`); σ, tanh
and exp are evaluated in float from the exact argument.

    f_t = σ(W_f x_t + U_f h_{t−1} + b_f)   …   c_t = f_t c_{t−1} + i_t C̃_t,  h_t = o_t tanh(c_t)   (LSTM)
    z_t, r_t, h̃_t, h_t                                                                            (GRU)
    h_t = φ(W_xh x_t + W_hh h_{t−1} + b_h)                                                        (RNN)
"""

from __future__ import annotations

import math
from fractions import Fraction

from lstm_studio.engine import SIGMOID_GATES
from lstm_studio.worksheets.context import Context
from lstm_studio.worksheets.exact import shown
from lstm_studio.worksheets.latex import GATE_SYMBOL, GATE_WORDS, SUM_J, at, coef, entry, factor, num, signed_join
from lstm_studio.worksheets.rich import Math, rich
from lstm_studio.worksheets.sheet import Step

#: The words of the step labels, in one place (to be translated with the rest of the sheet).
TEXT = {
    "hidden": "hidden state",
    "cell": "Cell state",
    "unit": ", unit ",
    "vanish": "; the recurrent terms vanish because ",
    "step": "Step {t}: ",
    "n": "The term the reset gate scales, ",
}


def sigmoid(a: float) -> float:
    return 1.0 / (1.0 + math.exp(-a))


def _act(name: str, a: Fraction) -> float:
    x = float(a)
    if name == "sigma":
        return sigmoid(x)
    if name == "relu":
        return max(0.0, x)
    return math.tanh(x)


class StepSolver:
    """The worked computation of step ``t`` from ``h_prev`` (and ``c_prev``), lists of printed values.

    ``prev_dec`` is how many decimals those were printed with; ``zero`` says they are the zero state (the
    recurrent terms are left out). ``final`` (quantity, unit) is printed to the answer's decimals, every
    other value to ``ctx.inter``. ``prefix`` labels the steps of a chained solution ("Step 1: ").
    """

    def __init__(self, ctx: Context, t: int, h_prev: list[Fraction], c_prev: list[Fraction] | None,
                 prev_dec: int, zero: bool = False, final: tuple[str, int] | None = None, prefix: bool = False):
        self.ctx = ctx
        self.t = t
        self.token = ctx.problem.inputs[t - 1]
        self.h_prev = h_prev
        self.c_prev = c_prev
        self.prev_dec = prev_dec
        self.zero = zero
        self.final = final
        self.prefix = TEXT["step"].format(t=t) if prefix else ""
        self.values: dict[tuple[str, int], Fraction] = {}
        self.pre: dict[tuple[str, int], Fraction] = {}
        self.steps: list[Step] = []

    @property
    def spec(self):
        return self.ctx.model.spec

    def dec(self, quantity: str, k: int) -> int:
        return self.ctx.ad if (quantity, k) == self.final else self.ctx.inter

    def _put(self, quantity: str, k: int, value: float | Fraction, label, formula: str, substituted) -> None:
        d = self.dec(quantity, k)
        self.values[(quantity, k)] = shown(value, d)
        self.steps.append(Step(rich(self.prefix, *label), formula, tuple(substituted), num(value, d)))

    def _c_prev(self) -> list[Fraction]:
        assert self.c_prev is not None, "the cell has no cell state"
        return self.c_prev

    def _prev(self, value: Fraction) -> str:
        """An entry of h_{t−1} or c_{t−1} as a factor: "0" for the zero state, else as it was printed."""
        return "0" if self.zero else factor(value, self.prev_dec)

    def value(self, quantity: str, k: int) -> Fraction:
        """The printed value of ``quantity`` (a gate, "c" or "h") of unit k (1-based), working it if needed."""
        if (quantity, k) not in self.values:
            self.quantity(quantity, k)
        return self.values[(quantity, k)]

    # --- pieces of a pre-activation -----------------------------------------------------------------------

    def _input(self, name: str, k: int) -> tuple[str, Fraction, tuple[bool, str]]:
        col = self.token + 1
        w = self.ctx.w(name, k - 1, col - 1)
        return entry(name, k, col), w, coef(w, self.ctx.wd)

    def _bias(self, name: str, k: int) -> tuple[str, Fraction, tuple[bool, str]]:
        b = self.ctx.w(name, k - 1)
        return entry(name, k), b, coef(b, self.ctx.wd)

    def _recurrent(self, name: str, k: int, vec: list[Fraction], vec_sym: str, dec: int, scale=None):
        """Σ_j M[k,j] v[j] (times scale[j] when given): formula, exact value, the numbers in parentheses."""
        H = len(vec)
        weights = [self.ctx.w(name, k - 1, j) for j in range(H)]
        factors = scale or [None] * H
        value = sum((w * (s if s is not None else 1) * v for w, s, v in zip(weights, factors, vec)), Fraction(0))
        terms = signed_join(
            coef(w, self.ctx.wd, (rf" \cdot {factor(s, self.ctx.inter)}" if s is not None else "")
                 + rf" \cdot {factor(v, dec)}")
            for w, s, v in zip(weights, factors, vec))
        return rf"{SUM_J} {entry(name, k, 'j')}\, {vec_sym}[j]", value, (False, rf"\bigl({terms}\bigr)")

    def _peephole(self, gate: str, k: int):
        if self.spec.cell != "peephole_lstm" or gate not in ("f", "i", "o"):
            return None
        name = f"P_{gate}"
        if gate == "o":
            H = self.ctx.H
            c_vec = [self.value("c", m) for m in range(1, H + 1)] if self.ctx.model.params[name].ndim == 2 \
                else None
            c_sym, dec = at("c", self.t), self.ctx.inter
        else:
            c_vec, c_sym, dec = self.c_prev, at("c", self.t - 1), self.prev_dec
            if self.zero:
                return None
        assert c_vec is not None or self.ctx.model.params[name].ndim == 1
        if self.ctx.model.params[name].ndim == 1:
            c_k = self.value("c", k) if gate == "o" else self._c_prev()[k - 1]
            p = self.ctx.w(name, k - 1)
            return (rf"{entry(name, k)}\, {c_sym}[{k}]", p * c_k,
                    coef(p, self.ctx.wd, rf" \cdot {factor(c_k, dec)}"))
        return self._recurrent(name, k, c_vec or [], c_sym, dec)

    # --- the quantities ------------------------------------------------------------------------------------

    def gate(self, gate: str, k: int) -> None:
        """A gate of unit k (or, as gate "a", the RNN's hidden state) from its pre-activation."""
        if (gate if gate != "a" else "h", k) in self.values:
            return
        t, cell = self.t, self.spec.cell
        reset = self.spec.option("reset") if cell == "gru" else None
        if gate == "o" and cell == "peephole_lstm":
            self.value("c", k)
        if gate == "h_tilde" and reset == "before" and not self.zero:
            for j in range(1, self.ctx.H + 1):
                self.value("r", j)
        if gate == "h_tilde" and reset == "after":
            self.value("r", k)
        suffix = "xh" if gate == "a" else GATE_SYMBOL[gate][1]
        symbol = "h" if gate == "a" else GATE_SYMBOL[gate][0]
        h_sym = at("h", t - 1)
        parts: list[tuple[str, Fraction, tuple[bool, str]]] = [self._input("W_xh" if gate == "a" else f"W_{suffix}", k)]
        if gate == "h_tilde" and reset == "after":
            parts.append(self._bias("b_h", k))
            r_k, n_k = self.values[("r", k)], self._n(k)
            parts.append((rf"{at('r', t, k)}\, {at('n', t, k)}", r_k * n_k,
                          (False, rf"{factor(r_k, self.ctx.inter)} \cdot {factor(n_k, self.ctx.inter)}")))
        else:
            if not self.zero:
                rec = "W_hh" if gate == "a" else f"U_{suffix}"
                if gate == "h_tilde" and reset == "before":
                    r = [self.values[("r", j)] for j in range(1, self.ctx.H + 1)]
                    _, value, term = self._recurrent("U_h", k, self.h_prev, h_sym, self.prev_dec, scale=r)
                    parts.append((rf"{SUM_J} {entry('U_h', k, 'j')}\, {at('r', t)}[j]\, {h_sym}[j]", value, term))
                else:
                    parts.append(self._recurrent(rec, k, self.h_prev, h_sym, self.prev_dec))
            peep = self._peephole(gate, k)
            if peep:
                parts.append(peep)
            parts.append(self._bias("b_h" if gate == "a" else f"b_{suffix}", k))
        pre = sum((v for _, v, _ in parts), Fraction(0))
        self.pre[("h" if gate == "a" else gate, k)] = pre
        if gate == "a":
            act = "relu" if self.spec.option("activation") == "relu" else "tanh"
            quantity = "h"
        else:
            act = "sigma" if gate in SIGMOID_GATES else "tanh"
            quantity = gate
        act_tex = {"sigma": r"\sigma", "tanh": r"\tanh", "relu": r"\max"}[act]
        relu_zero = r"0,\ " if act == "relu" else ""
        formula = rf"{at(symbol, t, k)} = {act_tex}\left({relu_zero}{' + '.join(f for f, _, _ in parts)}\right)"
        substituted = (rf"{act_tex}\bigl({relu_zero}{signed_join(s for _, _, s in parts)}\bigr)",
                       rf"{act_tex}\left({relu_zero}{num(pre, self.ctx.inter)}\right)")
        words = TEXT["hidden"] if gate == "a" else GATE_WORDS[gate]
        label: tuple[str | Math, ...] = (words[:1].upper() + words[1:], TEXT["unit"], str(k))
        if self.zero and not (gate == "h_tilde" and reset == "after"):
            zero_state = r"h_{0} = c_{0} = 0" if self.spec.has_c else r"h_{0} = 0"
            label += (TEXT["vanish"], Math(zero_state))
        # The argument is printed rounded; σ/tanh take the exact sum, which the printed digits stand for.
        self._put(quantity, k, _act(act, pre), label, formula, substituted)

    def _n(self, k: int) -> Fraction:
        """The GRU's (reset after) n_t[k] = Σ_j U_h[k,j] h_{t−1}[j] + b_hn[k], worked out once."""
        if ("n", k) not in self.values:
            t = self.t
            substituted: tuple[str, ...] = ()
            if self.zero:
                formula, value = rf"{at('n', t, k)} = {entry('b_hn', k)}", self.ctx.w("b_hn", k - 1)
            else:
                rf_, rv, rs = self._recurrent("U_h", k, self.h_prev, at("h", t - 1), self.prev_dec)
                bf, bv, bs = self._bias("b_hn", k)
                formula, value = rf"{at('n', t, k)} = {rf_} + {bf}", rv + bv
                substituted = (signed_join([rs, bs]),)
            label: tuple[str | Math, ...] = (TEXT["n"], Math(r"n_t = U_h\, h_{t-1} + b_{hn}"), TEXT["unit"], str(k))
            if substituted:
                self._put("n", k, value, label, formula, substituted)
            else:
                self.values[("n", k)] = value
                self.steps.append(Step(rich(self.prefix, *label), formula, (), num(value, self.ctx.wd)))
        return self.values[("n", k)]

    def c(self, k: int) -> None:
        for gate in ("f", "i", "g"):
            self.value(gate, k)
        t = self.t
        f, i, g = (self.values[(q, k)] for q in ("f", "i", "g"))
        c_prev = self._c_prev()[k - 1]
        candidate = at(GATE_SYMBOL["g"][0], t, k)
        formula = rf"{at('c', t, k)} = {at('f', t, k)}\, {at('c', t - 1, k)} + {at('i', t, k)}\, {candidate}"
        d = self.ctx.inter
        substituted = (rf"{factor(f, d)} \cdot {self._prev(c_prev)} + {factor(i, d)} \cdot {factor(g, d)}",)
        self._put("c", k, f * c_prev + i * g, (TEXT["cell"], TEXT["unit"], str(k)), formula, substituted)

    def h(self, k: int) -> None:
        t, d = self.t, self.ctx.inter
        cell = self.spec.cell
        if cell == "rnn":
            self.gate("a", k)
            return
        label = (TEXT["hidden"][:1].upper() + TEXT["hidden"][1:], TEXT["unit"], str(k))
        if cell in ("lstm", "peephole_lstm"):
            c = self.value("c", k)
            o = self.value("o", k)
            formula = rf"{at('h', t, k)} = {at('o', t, k)}\, \tanh\left({at('c', t, k)}\right)"
            substituted = (rf"{factor(o, d)} \cdot \tanh\left({num(c, d)}\right)",)
            self._put("h", k, float(o) * math.tanh(float(c)), label, formula, substituted)
            return
        z = self.value("z", k)
        ht = self.value("h_tilde", k)
        hp = self.h_prev[k - 1]
        zs, hts, hps = factor(z, d), factor(ht, d), self._prev(hp)
        z_sym, ht_sym, hp_sym = at("z", t, k), at(r"\tilde{h}", t, k), at("h", t - 1, k)
        if self.spec.option("update") == "z_takes_new":
            formula = rf"{at('h', t, k)} = (1 - {z_sym})\, {hp_sym} + {z_sym}\, {ht_sym}"
            substituted = (rf"(1 - {zs}) \cdot {hps} + {zs} \cdot {hts}",)
            value = (1 - z) * hp + z * ht
        else:
            formula = rf"{at('h', t, k)} = {z_sym}\, {hp_sym} + (1 - {z_sym})\, {ht_sym}"
            substituted = (rf"{zs} \cdot {hps} + (1 - {zs}) \cdot {hts}",)
            value = z * hp + (1 - z) * ht
        self._put("h", k, value, label, formula, substituted)

    def quantity(self, quantity: str, k: int) -> None:
        if quantity == "h":
            self.h(k)
        elif quantity == "c":
            self.c(k)
        else:
            self.gate(quantity, k)

    def unit(self, k: int) -> None:
        """Every gate and state of unit k (what a local derivative plugs in)."""
        for gate in self.spec.gates:
            self.value(gate, k)
        if self.spec.has_c:
            self.value("c", k)
        self.value("h", k)

    def state(self) -> tuple[list[Fraction], list[Fraction] | None]:
        """h_t (and c_t) of every unit, as printed: the start of the next step."""
        H = self.ctx.H
        h = [self.value("h", k) for k in range(1, H + 1)]
        c = [self.value("c", k) for k in range(1, H + 1)] if self.spec.has_c else None
        return h, c


def zero_state(ctx: Context) -> tuple[list[Fraction], list[Fraction] | None]:
    zero = [Fraction(0)] * ctx.H
    return zero, (list(zero) if ctx.model.spec.has_c else None)


def chain_to(ctx: Context, t: int, final: tuple[str, int] | None = None) -> StepSolver:
    """The solver of step t after working steps 1 … t−1 in full from the zero state (a chained question);
    its ``steps`` start with those of the earlier steps."""
    h, c = zero_state(ctx)
    earlier: list[Step] = []
    dec = ctx.inter
    for s in range(1, t):
        solver = StepSolver(ctx, s, h, c, dec, zero=s == 1, prefix=True)
        h, c = solver.state()
        earlier += solver.steps
    solver = StepSolver(ctx, t, h, c, dec, zero=t == 1, final=final, prefix=t > 1)
    solver.steps = earlier
    return solver
