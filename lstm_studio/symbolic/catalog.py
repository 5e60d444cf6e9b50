"""Everything the symbolic layer can write for a cell, and deriving it all ahead of time.

:func:`prepare` is long work in the house style: a plain function with a progress callback and a cancel
check, for ``app/`` to run on a worker thread. :func:`all_latex` lists every LaTeX string the app can
show for a cell (the rendering test checks each one with :func:`.render.unknown_commands`).
"""

from __future__ import annotations

from collections.abc import Callable

from lstm_studio.engine.spec import CellSpec
from lstm_studio.symbolic.cells import graph
from lstm_studio.symbolic.equations import FORMS, MAX_UNROLL, bptt_equations, cell_equations, recurrent_paths, unrolled
from lstm_studio.symbolic.formulas import Derivative, derivative, wrt_names
from lstm_studio.symbolic.output import WRT as OUTPUT_WRT
from lstm_studio.symbolic.output import loss_latex, output_derivative


def derivatives(spec: CellSpec) -> list[Derivative]:
    """Every local derivative of the cell: of h_t (and c_t) with respect to every parameter and state,
    plus the non-zero derivatives of another unit i with respect to a parameter of row j."""
    outs = ("h_t", "c_t")[: len(graph(spec).outputs)]
    found = [derivative(spec, of, wrt) for of in outs for wrt in wrt_names(spec)]
    params = graph(spec).params()
    found += [d for of in outs for p in params if not (d := derivative(spec, of, p, cross=True)).is_zero]
    return found


def prepare(
    spec: CellSpec,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bool:
    """Derive, print and compile every formula of ``spec`` (later requests are cache hits).

    ``progress(done, total)`` is called after each formula; returns False if ``cancelled()`` said stop.
    """
    outs = ("h_t", "c_t")[: len(graph(spec).outputs)]
    params = graph(spec).params()
    jobs = [(of, wrt, False) for of in outs for wrt in wrt_names(spec)]
    jobs += [(of, p, True) for of in outs for p in params]
    total = len(jobs) + len(OUTPUT_WRT) + len(FORMS)
    done = 0
    for of, wrt, cross in jobs:
        if cancelled is not None and cancelled():
            return False
        derivative(spec, of, wrt, cross)
        done += 1
        if progress is not None:
            progress(done, total)
    for wrt in OUTPUT_WRT:
        output_derivative(wrt)
        done += 1
        if progress is not None:
            progress(done, total)
    for form in FORMS:
        cell_equations(spec, form)
        done += 1
        if progress is not None:
            progress(done, total)
    return True


def all_latex(spec: CellSpec, unrolled_wrt: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """Every (name, LaTeX) the app can show for ``spec``: the cell in each form, every derivative, the
    recurrent paths, the BPTT chain, the output layer and loss, and the net unrolled over 1..3 steps
    with respect to each parameter in ``unrolled_wrt`` (default: all). Duplicates are left out."""
    items: list[tuple[str, str]] = []
    for form in FORMS:
        items += [(f"{form}:{name}", text) for name, text in cell_equations(spec, form)]
    items += [(f"d{d.of}/d{d.wrt}{' cross' if d.cross else ''}", d.latex) for d in derivatives(spec)]
    items += [(f"path d{d.of}/d{d.wrt}", d.latex) for d in recurrent_paths(spec)]
    items += bptt_equations(spec)
    items += loss_latex()
    items += [(f"output d/d{w}", output_derivative(w).latex) for w in OUTPUT_WRT]
    for wrt in graph(spec).params() if unrolled_wrt is None else unrolled_wrt:
        for T in range(1, MAX_UNROLL + 1):
            items += [(f"unrolled T={T} {name}", text) for name, text in unrolled(spec, T, wrt)]
    seen, unique = set(), []
    for name, text in items:
        if text not in seen:
            seen.add(text)
            unique.append((name, text))
    return unique
