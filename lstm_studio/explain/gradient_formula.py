"""dL/dθ for one parameter entry, told the way the gradient lab shows it: the sympy-derived local
derivative, the same with the numbers of the current step, and the sum over steps that BPTT computes.
Qt-free. The formulas are those written ahead of time from the symbolic layer (:mod:`lstm_studio.symbolic.ahead`),
so telling a story imports no sympy and takes milliseconds for the presets (docs/performance.md).

For a recurrent parameter θ = M[j,k] (or b[j]) of one layer and direction, with δ^h_t = dL/dh_t and
δ^c_t = dL/dc_t through the later steps (the symbolic layer's chain):

    dL/dθ = Σ_t ( δ^h_{t,j} ∂h_{t,j}/∂θ + δ^c_{t,j} ∂c_{t,j}/∂θ + Σ_{i≠j} (the same for unit i) )

the last sum being non-zero only where a step mixes units (GRU reset before, full peepholes). For the
output layer, dL/dW_hy[v,j] = Σ_t (p_{t,v} − [v = k_t]) h_{t,j} over the steps with a target.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from lstm_studio.document.wording import Message
from lstm_studio.engine import Model, forward
from lstm_studio.engine.spec import layer_suffix
from lstm_studio.symbolic import ahead
from lstm_studio.symbolic.bptt import chain_gradients
from lstm_studio.symbolic.local import FormulaError
from lstm_studio.symbolic.numeric import number
from lstm_studio.symbolic.runtime import StepValues, step_values


@dataclass
class StepTerm:
    """What step t (1-based, time order) adds to dL/dθ."""

    t: int
    delta_h: float
    local_h: float
    delta_c: float | None
    local_c: float | None
    others: float
    total: float


@dataclass
class GradientStory:
    name: str
    entry: tuple[int, ...]          # 0-based
    target_latex: str               # W_{f,12}
    composition: str                # the sum over steps, in LaTeX
    formulas: list[str]             # the local derivatives (LaTeX)
    numeric: list[str]              # the same at the current step with numbers (LaTeX)
    terms: list[StepTerm] = field(default_factory=list)
    value: float = 0.0              # Σ_t total: dL/dθ from the formulas
    note: str = ""


def story_from_data(data: dict) -> GradientStory:
    """A story sent as plain data (``dataclasses.asdict``) made whole again."""
    fields = dict(data)
    fields["entry"] = tuple(fields["entry"])
    fields["terms"] = [StepTerm(**term) for term in fields.get("terms", [])]
    return GradientStory(**fields)


def locate(model: Model, name: str) -> tuple[str, int, bool] | None:
    """(plain name, layer, reverse) of a recurrent parameter, or None for the output layer."""
    if name in ("W_hy", "b_y"):
        return None
    base_names = model.spec.param_shapes(1, 1)
    for layer in range(model.layers):
        for reverse in (False, True) if model.bidirectional else (False,):
            suffix = layer_suffix(layer, reverse)
            base = name[: len(name) - len(suffix)] if suffix else name
            if (not suffix or name.endswith(suffix)) and base in base_names:
                return base, layer, reverse
    raise KeyError(name)


def target_latex(base: str, entry: tuple[int, ...], suffix: str = "") -> str:
    """W_f and (1, 2) -> W_{f,12} (indices 1-based, separated by commas when either has two digits)."""
    head, _, sub = base.partition("_")
    idx = [str(i + 1) for i in entry]
    joined = ",".join(idx) if any(len(i) > 1 for i in idx) else "".join(idx)
    tail = r"^{(" + suffix.strip("_").replace("_", ",") + ")}" if suffix else ""
    return f"{head}_{{{sub},{joined}}}{tail}"


def story(model: Model, inputs, targets, name: str, entry: tuple[int, ...], t: int) -> GradientStory:
    """The gradient lab's account of dL/d(name)[entry] at time step t (0-based)."""
    inputs = np.asarray(inputs, dtype=np.int64)
    targets = np.asarray(targets, dtype=np.int64)
    where = locate(model, name)
    if where is None:
        return _output_story(model, inputs, targets, name, entry, t)
    return _recurrent_story(model, inputs, targets, name, entry, t, *where)


def _recurrent_story(model, inputs, targets, name, entry, t, base, layer, reverse) -> GradientStory:
    derivative = ahead.derivative

    spec = model.spec
    trace = forward(model, inputs)
    k = 1 if reverse else 0
    lt = trace.layers[layer][k]
    params = model.layer_params(layer, reverse)
    chain = chain_gradients(model, inputs, targets, formulas=ahead, parameters=False)  # δ^h, δ^c only
    dh = lt.in_time_order(chain.dh[layer][k][:, 0])
    dc = None if chain.dc[layer][k] is None else lt.in_time_order(chain.dc[layer][k][:, 0])
    H, D, T = model.hidden_size, lt.x.shape[-1], trace.steps
    outs = ("h_t", "c_t") if spec.has_c else ("h_t",)
    same = {of: derivative(spec, of, base) for of in outs}
    cross = {}
    for of in outs:
        try:
            d = derivative(spec, of, base, cross=True)
        except FormulaError:
            continue
        if not d.is_zero:
            cross[of] = d
    j = entry[0]
    theta = target_latex(base, entry, layer_suffix(layer, reverse))
    terms = []
    s_now = T - t if reverse else t + 1
    numeric = []
    for s in range(1, T + 1):
        values = StepValues.from_layer(lt, params, s)
        deltas = {"h_t": dh[s - 1], "c_t": None if dc is None else dc[s - 1]}
        local = {of: float(d.tensor(values, H, D)[entry]) for of, d in same.items()}
        others = 0.0
        for of, d in cross.items():
            full = d.tensor(values, H, D)[(slice(None),) + tuple(entry)]
            mask = np.arange(H) != j
            others += float(deltas[of][mask] @ full[mask])
        total = deltas["h_t"][j] * local["h_t"] + others
        if "c_t" in local:
            total += deltas["c_t"][j] * local["c_t"]
        time = T + 1 - s if reverse else s
        terms.append(StepTerm(time, float(deltas["h_t"][j]), local["h_t"],
                              None if dc is None else float(deltas["c_t"][j]), local.get("c_t"), others,
                              float(total)))
        if s == s_now:
            for d in same.values():
                numeric.append(d.at(values, entry, H, D, t=s).latex_numeric)
    terms.sort(key=lambda term: term.t)
    jj = str(j + 1)
    parts = [rf"\delta^{{h}}_{{t,{jj}}}\,\frac{{\partial h_{{t,{jj}}}}}{{\partial {theta}}}"]
    if spec.has_c:
        parts.append(rf"\delta^{{c}}_{{t,{jj}}}\,\frac{{\partial c_{{t,{jj}}}}}{{\partial {theta}}}")
    if cross:
        parts.append(r"\sum_{i \neq " + jj + r"} \delta^{h}_{t,i}\,\frac{\partial h_{t,i}}{\partial " + theta + "}")
    composition = rf"\frac{{d L}}{{d {theta}}} = \sum_{{t}} \left({' + '.join(parts)}\right)"
    note = Message("GradientStory", "{deltas} are {dh} and {dc} through the later steps; the backward direction "
                   "counts {t} as its own steps.", deltas="δᵗ", dh="dL/dh", dc="dL/dc", t="t") if reverse else ""
    return GradientStory(name, tuple(entry), theta, composition, [d.latex for d in same.values()], numeric,
                         terms, float(sum(term.total for term in terms)), note)


def _output_story(model, inputs, targets, name, entry, t) -> GradientStory:
    trace = forward(model, inputs)
    d = ahead.output_derivative(name)
    V, width = model.vocab_size, trace.out.shape[-1]
    params = {"W_hy": model.params["W_hy"], "b_y": model.params["b_y"]}
    v = entry[0]
    theta = target_latex(name, entry)
    terms, numeric = [], []
    for step in range(trace.steps):
        target = int(targets[step])
        if target < 0:
            terms.append(StepTerm(step + 1, 0.0, 0.0, None, None, 0.0, 0.0))
            continue
        values = step_values(trace.out[step, 0], trace.p[step, 0], target, params)
        local = float(d.tensor(values, V, width)[entry])
        terms.append(StepTerm(step + 1, 1.0, local, None, None, 0.0, local))
        if step == t:
            p, e = float(trace.p[step, 0, v]), float(v == target)
            factor = "" if name == "b_y" else rf" \cdot {number(float(trace.out[step, 0, entry[1]]))}"
            numeric.append(rf"\frac{{\partial \ell_{{{step + 1}}}}}{{\partial {theta}}} = ({number(p)} - "
                           rf"{number(e)}){factor} = {number(local, 6, bare=True)}")
    composition = rf"\frac{{d L}}{{d {theta}}} = \sum_{{t}} \frac{{\partial \ell_{{t}}}}{{\partial {theta}}}"
    note = "" if numeric else Message("GradientStory", "step {t} has no target, so it adds nothing to the output "
                                      "layer's gradient.", t=t + 1)
    return GradientStory(name, tuple(entry), theta, composition, [d.latex], numeric, terms,
                         float(sum(term.total for term in terms)), note)
