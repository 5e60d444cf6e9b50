"""The numbers of one unit at one step, for the cell diagram and the equations panel. Qt-free.

:class:`UnitStep` picks a layer, a direction, a time step and a unit j out of a forward trace;
:func:`wire_values` gives every quantity the diagram writes on a wire (f_t, i_t ⊙ C̃_t, c_t, …) and
:func:`number_lines` writes each of the cell's equations again with the numbers put in, as HTML:

    f_{2,1} = σ(0.630 + (0.820·0.120 − 1.210·0.050) + 0.280) = σ(1.531) = 0.822

The names are those of the symbolic layer's ``cell_equations`` (f i g c o h; z r n h_tilde h; h), plus
``y`` and ``p`` for the output layer at the predicted token.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lstm_studio.engine import GATE_TABLE, Model, Trace
from lstm_studio.engine.notation import MINUS, factor, num, plus, terms
from lstm_studio.engine.spec import symbol
from lstm_studio.engine.trace import LayerTrace

#: Above this many terms a Σ is written as its total.
MAX_TERMS = 6


@dataclass(frozen=True)
class UnitStep:
    """Unit ``unit`` (0-based) of layer ``layer`` in direction ``k`` (0 forward, 1 backward) at time step
    ``t`` (0-based, in time order) of the one sequence in ``trace``."""

    model: Model
    trace: Trace
    inputs: tuple[int, ...]
    layer: int
    k: int
    t: int
    unit: int

    @property
    def lt(self) -> LayerTrace:
        return self.trace.layers[self.layer][self.k]

    @property
    def reverse(self) -> bool:
        return self.lt.reverse

    @property
    def s(self) -> int:
        """The processing step (1-based) of time step t."""
        return self.trace.steps - self.t if self.reverse else self.t + 1

    @property
    def params(self) -> dict[str, np.ndarray]:
        return self.model.layer_params(self.layer, self.reverse)

    @property
    def time_label(self) -> str:
        """t as written in the equations (1-based)."""
        return str(self.t + 1)

    @property
    def prev_label(self) -> str:
        """The step the state comes from: t−1, or t+1 for the backward direction."""
        return str(self.t + 2 if self.reverse else self.t)

    def vec(self, name: str) -> np.ndarray:
        """A (H,) or (D,) vector of this step: x, h_prev, h, c_prev, c, a gate, or a pre-activation."""
        lt, s = self.lt, self.s
        if name == "x":
            return lt.x[s - 1, 0]
        if name == "h_prev":
            return lt.h[s - 1, 0]
        if name == "h":
            return lt.h[s, 0]
        if name == "c_prev":
            return lt.c[s - 1, 0]
        if name == "c":
            return lt.c[s, 0]
        if name.startswith("a_"):
            return lt.pre[name[2:]][s - 1, 0]
        if name == "a":
            return lt.pre["a"][s - 1, 0]
        return lt.gates[name][s - 1, 0]

    def val(self, name: str) -> float:
        return float(self.vec(name)[self.unit])

    @property
    def token(self) -> str | None:
        """The input token at this step (None above layer 1, where the input is the layer below's h)."""
        if self.layer:
            return None
        return self.model.vocab[self.inputs[self.t]]


def _peephole_term(us: UnitStep, gate: str) -> float:
    P = us.params[f"P_{gate}"]
    seen = us.vec("c" if gate == "o" else "c_prev")
    j = us.unit
    return float(P[j] * seen[j]) if P.ndim == 1 else float(P[j] @ seen)


def wire_values(us: UnitStep) -> dict[str, float]:
    """Every quantity of unit j the cell diagram writes on a wire, by wire key.

    All cells: ``h_prev``, ``h``; RNN ``a`` and its parts ``whh`` (W_hh h_{t-1})_j, ``wxh`` (W_xh x_t)_j,
    ``b`` (b_h)_j; LSTMs ``c_prev`` ``f`` ``i`` ``g`` ``o`` ``fc`` (f ⊙ c_{t-1})
    ``ig`` (i ⊙ C̃) ``c`` ``tanh_c`` (+ ``pf`` ``pi`` ``po``, the peephole terms); GRU ``z`` ``h_tilde``
    ``keep`` and ``new`` (the two parts of h_t) and ``w_old`` / ``w_new`` (their weights: 1 − z or z),
    with ``r`` and ``rh`` (reset before) or ``r``, ``n`` and ``rn`` (reset after).
    """
    spec = us.model.spec
    out = {"h_prev": us.val("h_prev"), "h": us.val("h")}
    if spec.cell == "rnn":
        j, p = us.unit, us.params
        out["a"] = us.val("a")
        out["whh"] = float(p["W_hh"][j] @ us.vec("h_prev"))
        out["wxh"] = float(p["W_xh"][j] @ us.vec("x"))
        out["b"] = float(p["b_h"][j])
        return out
    if spec.has_c:
        for name in ("c_prev", "f", "i", "g", "o", "c"):
            out[name] = us.val(name)
        out["fc"] = out["f"] * out["c_prev"]
        out["ig"] = out["i"] * out["g"]
        out["tanh_c"] = float(np.tanh(out["c"]))
        if spec.cell == "peephole_lstm":
            for gate in ("f", "i", "o"):
                out[f"p{gate}"] = _peephole_term(us, gate)
        return out
    z = us.val("z")
    out["z"] = z
    out["h_tilde"] = us.val("h_tilde")
    keeps_old = spec.option("update") == "z_keeps_old"
    out["w_old"], out["w_new"] = (z, 1.0 - z) if keeps_old else (1.0 - z, z)
    out["one_minus_z"] = 1.0 - z
    out["keep"] = out["w_old"] * out["h_prev"]
    out["new"] = out["w_new"] * out["h_tilde"]
    reset = spec.option("reset")
    if reset != "none":
        out["r"] = us.val("r")
    if reset == "before":
        out["rh"] = out["r"] * out["h_prev"]
    elif reset == "after":
        j = us.unit
        out["n"] = float(us.params["U_h"][j] @ us.vec("h_prev") + us.params["b_hn"][j])
        out["rn"] = out["r"] * out["n"]
    return out


# --- the equations with numbers ----------------------------------------------------------------------


def _s(name: str, *index: str) -> str:
    """``_s("W", "f", "1k")`` -> W<sub>f,1k</sub> (HTML)."""
    parts = ",".join(i for i in index if i)
    return f"<i>{name}</i><sub>{parts}</sub>" if parts else f"<i>{name}</i>"


def _signed_sum(terms: list[tuple[float, str]]) -> str:
    """Join (coefficient, rest) as c₁·r₁ − c₂·r₂ + …: the sign of each coefficient becomes the operator."""
    out = ""
    for n, (c, rest) in enumerate(terms):
        sign = MINUS if c < 0 else "+"
        body = num(abs(c)) + rest
        out += (MINUS + body if c < 0 else body) if n == 0 else f" {sign} {body}"
    return out


def _dot(row: np.ndarray, vec: np.ndarray, inner=None) -> str:
    """Σ_k row_k vec_k with every product written out, or just its value for long sums.

    ``inner`` optionally writes each vec_k itself as a product (GRU: r_k·h_k)."""
    if len(row) > MAX_TERMS:
        return f"[Σ = {num(float(row @ vec))}]"
    terms = []
    for k, (w, v) in enumerate(zip(row, vec)):
        terms.append((float(w), "·" + (inner(k) if inner else factor(float(v)))))
    return "(" + _signed_sum(terms) + ")"


class _Writer:
    """Builds the pre-activation of one gate of unit j with numbers."""

    def __init__(self, us: UnitStep) -> None:
        self.us = us
        self.j = us.unit

    def input_part(self, W: str) -> str:
        """W x_t: one column for a one-hot input, a full sum above layer 1."""
        us = self.us
        row = us.params[W][self.j]
        if us.layer == 0:
            return num(float(row[us.inputs[us.t]]))
        return _dot(row, us.vec("x"))

    def affine(self, W: str, U: str | None, b: str, extra: list[str] = ()) -> str:
        parts = [self.input_part(W)]
        if U is not None:
            parts.append(_dot(self.us.params[U][self.j], self.us.vec("h_prev")))
        parts += list(extra)
        parts.append(num(float(self.us.params[b][self.j])))
        return terms(parts)


def lhs(us: UnitStep, name: str) -> str:
    """The left-hand side with step and unit: f<sub>2,1</sub>."""
    return _s(symbol(name), us.time_label, str(us.unit + 1))


def number_lines(us: UnitStep) -> dict[str, str]:
    """Each equation of the cell with the numbers of unit j at step t put in (HTML), by equation name."""
    spec = us.model.spec
    v = wire_values(us)
    w = _Writer(us)
    j = us.unit
    lines: dict[str, str] = {}

    def squash(name: str, extra: list[str] = ()) -> None:
        p = GATE_TABLE[name].suffix
        fn = GATE_TABLE[name].squash_symbol
        pre = us.val(f"a_{name}")
        body = w.affine(f"W_{p}", f"U_{p}", f"b_{p}", extra)
        lines[name] = f"{lhs(us, name)} = {fn}({body}) = {fn}({num(pre)}) = <b>{num(us.val(name))}</b>"

    if spec.cell == "rnn":
        fn = spec.option("activation")
        body = w.affine("W_xh", "W_hh", "b_h")
        lines["h"] = f"{lhs(us, 'h')} = {fn}({body}) = {fn}({num(v['a'])}) = <b>{num(v['h'])}</b>"
    elif spec.has_c:
        peep = spec.cell == "peephole_lstm"
        for name in ("f", "i"):
            squash(name, [factor(v[f"p{name}"])] if peep else [])
        squash("g")
        lines["c"] = (f"{lhs(us, 'c')} = {factor(v['f'])}·{factor(v['c_prev'])} + {factor(v['i'])}·"
                      f"{factor(v['g'])} = {plus(v['fc'], v['ig'])} = <b>{num(v['c'])}</b>")
        squash("o", [factor(v["po"])] if peep else [])
        lines["h"] = (f"{lhs(us, 'h')} = {factor(v['o'])}·tanh({num(v['c'])}) = {factor(v['o'])}·"
                      f"{factor(v['tanh_c'])} = <b>{num(v['h'])}</b>")
    else:
        reset = spec.option("reset")
        squash("z")
        if reset != "none":
            squash("r")
        h_prev = us.vec("h_prev")
        if reset == "before":
            r = us.vec("r")
            recurrent = _dot(us.params["U_h"][j], r * h_prev,
                             inner=lambda k: f"({num(float(r[k]))}·{factor(float(h_prev[k]))})")
            body = terms([w.input_part("W_h"), recurrent, num(float(us.params["b_h"][j]))])
        elif reset == "after":
            n_body = f"{_dot(us.params['U_h'][j], h_prev)} + {num(float(us.params['b_hn'][j]))}"
            lines["n"] = f"{lhs(us, 'n')} = {n_body} = <b>{num(v['n'])}</b>"
            body = terms([w.input_part("W_h"), num(float(us.params["b_h"][j])),
                               f"{factor(v['r'])}·{factor(v['n'])}"])
        else:
            body = w.affine("W_h", "U_h", "b_h")
        pre = us.val("a_h_tilde")
        lines["h_tilde"] = f"{lhs(us, 'h_tilde')} = tanh({body}) = tanh({num(pre)}) = <b>{num(v['h_tilde'])}</b>"
        old, new = ("z", "1 − z") if spec.option("update") == "z_keeps_old" else ("1 − z", "z")
        lines["h"] = (f"{lhs(us, 'h')} = {factor(v['w_old'])}·{factor(v['h_prev'])} + {factor(v['w_new'])}·"
                      f"{factor(v['h_tilde'])} = {plus(v['keep'], v['new'])} = <b>{num(v['h'])}</b>"
                      f" &nbsp;<span style='color:gray'>(weights {old} and {new})</span>")
    return lines


def output_lines(model: Model, trace: Trace, t: int) -> dict[str, str]:
    """y and p at step t (0-based) for the predicted token v (HTML): the output layer reads the top layer."""
    p = trace.p[t, 0]
    v = int(np.argmax(p))
    token = model.vocab[v]
    out = trace.out[t, 0]
    y = trace.y[t, 0]
    T = str(t + 1)
    y_body = f"{_dot(model.params['W_hy'][v], out)} + {num(float(model.params['b_y'][v]))}"
    shift = float(y.max()) if np.abs(y).max() > 50 else 0.0  # e^y would overflow: divide through by e^max
    ey = np.exp(y - shift)
    note = f"every e<sup>y</sup> divided by e<sup>{num(shift)}</sup>; " if shift else ""
    return {
        "y": f"{_s('y', T, token)} = {y_body} = <b>{num(float(y[v]))}</b>",
        "p": (f"{_s('p', T, token)} = e<sup>{num(float(y[v]))}</sup> / Σ<sub>u</sub> e<sup>y<sub>u</sub></sup>"
              f" = {num(float(ey[v]))} / {num(float(ey.sum()))} = <b>{num(float(p[v]))}</b>"
              f" &nbsp;<span style='color:gray'>({note}{token} is the predicted token)</span>"),
    }


def input_note(us: UnitStep) -> str:
    """Why the input term is a single number (layer 1: x_t is one-hot), or what x_t is above layer 1."""
    if us.token is None:
        return (f"x<sub>{us.time_label}</sub> is the output of layer {us.layer} at this step "
                f"(its h, {us.lt.x.shape[-1]} numbers).")
    return (f"x<sub>{us.time_label}</sub> is the one-hot vector of <b>{us.token}</b>, so each "
            f"Σ<sub>k</sub> W<sub>jk</sub> x<sub>t,k</sub> is the single entry W[{us.unit + 1}, {us.token}].")
