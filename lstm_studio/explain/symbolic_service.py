"""The symbolic layer as a service: what the window asks of sympy and the formula renderer, answered in a
process of its own so that their work never holds the window's interpreter (docs/performance.md).

:func:`serve` is the loop of that process. It reads requests ``(number, operation, arguments)`` from a
connection and answers each with ``(number, ok, value)``. Requests name one of :data:`OPERATIONS` and
carry plain data only (strings, numbers, lists, dicts: a model travels as its model-file dictionary);
answers are plain data too (LaTeX strings, SVG bytes, numbers, dicts). Nothing received is ever run as
code. A failed request answers ``ok=False`` with ``(kind, message)``, kind being the error's class name.

Between requests the process warms up: ``warm`` (sent without waiting for an answer) queues small steps —
importing sympy and the renderer, deriving a cell's formulas, rendering its equations at the window's
size and colour — which run one at a time once no request has come for a moment, so a request waits
behind at most one of them. Qt-free; the app starts and talks to it in
``lstm_studio/app/common/symbolic_process.py``, which runs :func:`main` in it.
"""

from __future__ import annotations

import dataclasses
import warnings
from collections import deque
from collections.abc import Callable

import numpy as np

from lstm_studio.engine.spec import CellSpec

#: The answer number of messages that get no answer (``warm``).
NO_ANSWER = 0


# --- plain data in and out ---------------------------------------------------------------------------


def spec_data(spec: CellSpec) -> list:
    """A cell spec as plain data: [cell, {option: value}]."""
    return [spec.cell, spec.opts]


def spec_from(data) -> CellSpec:
    cell, options = data
    return CellSpec.make(str(cell), dict(options))


def model_data(model) -> dict:
    """A model as its model-file dictionary (plain lists of floats; float64 values survive exactly)."""
    from lstm_studio.document.modelfile import model_to_dict

    return model_to_dict(model)


def model_from(data):
    from lstm_studio.document.modelfile import model_from_dict

    return model_from_dict(data)


# --- the operations --------------------------------------------------------------------------------------


def _equations(spec, form: str) -> list[list[str]]:
    """The cell's equations in ``form``: [name, LaTeX] each."""
    from lstm_studio.symbolic.ahead import cell_equations

    return [[name, latex] for name, latex in cell_equations(spec_from(spec), str(form))]


def _loss() -> list[list[str]]:
    """The output layer's and the loss's equations: [name, LaTeX] each."""
    from lstm_studio.symbolic.ahead import loss_latex

    return [[name, latex] for name, latex in loss_latex()]


def _render(latex: str, size: float, color: str | None) -> bytes:
    from lstm_studio.symbolic import render_svg

    return render_svg(str(latex), size=float(size), color=color)


def _render_equations(spec, form: str, size: float, color: str) -> list[bytes]:
    from lstm_studio.explain.equations import render_equations

    return render_equations(spec_from(spec), str(form), float(size), str(color))


def _derivative_numeric(model, inputs, t: int, of: str, wrt: str, entry) -> str:
    """∂of/∂wrt of unit entry at step t (from 1) with the model's numbers put in (LaTeX)."""
    from lstm_studio.symbolic.ahead import derivative

    m = model_from(model)
    return derivative(m.spec, str(of), str(wrt)).evaluate(m, list(inputs), int(t), tuple(entry)).latex_numeric


def _story(model, inputs, targets, name: str, entry, t: int) -> dict:
    from lstm_studio.explain.gradient_formula import story

    return dataclasses.asdict(story(model_from(model), list(inputs), list(targets), str(name), tuple(entry), int(t)))


OPERATIONS: dict[str, Callable] = {
    "equations": _equations,
    "loss": _loss,
    "render": _render,
    "render_equations": _render_equations,
    "derivative_numeric": _derivative_numeric,
    "story": _story,
}


def warm_steps(spec, size: float, color: str) -> list[tuple[Callable, tuple]]:
    """The small steps that make the first requests about ``spec`` cache hits, in the order a student
    meets them: the imports, the gradient lab's first story (on a small model), then the equations in every
    form rendered at ``size`` and ``color`` (the equations panel). The formulas are written ahead of time
    (:mod:`lstm_studio.symbolic.ahead`), so nothing here derives with sympy."""
    from lstm_studio.symbolic.ahead import FORMS

    steps: list[tuple[Callable, tuple]] = [(_import, ()), (_warm_story, (spec,))]
    for form in ("unit", *[f for f in FORMS if f != "unit"]):
        steps.append((_warm_form, (spec, form, size, color)))
    return steps


def _import() -> None:
    import lstm_studio.explain.gradient_formula
    import lstm_studio.symbolic.render  # noqa: F401  (ziamath and its fonts)


def _warm_story(spec) -> None:
    """Tell the gradient lab's first story once on a two-unit model of the cell: it reads what that story
    needs (its parameter's derivatives, the chain through the steps), which then serves a model of any
    size."""
    from lstm_studio.engine import new_model
    from lstm_studio.explain.gradient_formula import story

    cell = spec_from(spec)
    model = new_model(cell.cell, ["a", "b"], 2, 0, dict(cell.opts))
    first = "W_hh" if cell.cell == "rnn" else ("U_f" if cell.has_c else "U_z")
    story(model, [0, 1], [1, 0], first, (0, 1), 0)


def _warm_form(spec, form: str, size: float, color: str) -> None:
    for _, latex in _equations(spec, form) + _loss():
        _render(latex, size, color)


# --- the loop --------------------------------------------------------------------------------------------


def answer(operation: str, arguments) -> tuple[bool, object]:
    """(True, value) or (False, (error kind, message)) for one request."""
    fn = OPERATIONS.get(operation)
    if fn is None:
        return False, ("ValueError", f"unknown operation {operation!r}")
    try:
        return True, fn(*arguments)
    except Exception as err:  # every failure goes back to the window as a message
        return False, (type(err).__name__, str(err))


#: Seconds without a request before the next warm-up step starts.
QUIET_S = 0.3
def main(connection) -> None:
    """The symbolic process: quiet, serving ``connection``. (It runs at the window's priority: it no longer
    shares the window's interpreter lock, and a lower priority starved it on a busy machine.)"""
    # Overflowing models give inf and NaN on purpose (the window shows them and warns in its own words);
    # NumPy's floating-point warnings would only reach the terminal the window was started from.
    np.seterr(all="ignore")
    warnings.simplefilter("ignore", RuntimeWarning)
    serve(connection)


def serve(connection) -> None:
    """Answer requests from ``connection`` until it closes; warm up while none is waiting."""
    warming: deque = deque()
    while True:
        # A warm-up step starts only after the window has asked nothing for a moment: a burst of requests
        # (a panel's formulas) never waits behind a step such as importing sympy.
        if warming and not connection.poll(QUIET_S):
            fn, arguments = warming.popleft()
            try:
                fn(*arguments)
            except Exception:
                continue
            continue
        try:
            number, operation, arguments = connection.recv()
        except (EOFError, OSError):
            return
        if operation == "warm":
            warming.extend(warm_steps(*arguments))
            continue
        ok, value = answer(operation, arguments)
        try:
            connection.send((number, ok, value))
        except (BrokenPipeError, OSError):
            return
