"""Leaf symbols: every number a formula reads, named by quantity, step and unit letters.

A leaf is a plain sympy Symbol whose name encodes three fields, ``quantity@step@letters``:

    f@t@j       f_t of unit j (the unit a formula is about; shown as f_t)
    h@t-1@k     h_{t-1,k}, entry k of the previous hidden state
    c@t@m       c_{t,m}, a unit m that a sum runs over
    U_f@@jk     the parameter entry U_f[j,k]
    delta@@jk   Kronecker's δ_jk

Letters name index roles: ``j`` the unit (row of a parameter), ``k`` the column, ``i`` another output unit,
``m`` and ``l`` summed units, ``v`` a vocabulary entry of the output layer. Steps are ``t``, ``t-1`` or a
number (the unrolled form). Everything here is a pure function of its arguments (cached), so it is safe to
call from any thread.
"""

from __future__ import annotations

from functools import cache

import sympy

from lstm_studio.symbolic.names import SEP, LeafInfo, info, latex_name, text_name


@cache
def leaf(q: str, step: str, letters: str) -> sympy.Symbol:
    """The leaf symbol for quantity ``q`` at ``step`` ('t', 't-1', '2', or '' for parameters)."""
    return sympy.Symbol(f"{q}{SEP}{step}{SEP}{letters}", real=True)


def param(name: str, letters: str) -> sympy.Symbol:
    """A parameter entry, e.g. ``param('U_f', 'jk')`` is U_f[j,k]."""
    return leaf(name, "", letters)


def delta(a: str, b: str) -> sympy.Expr:
    """Kronecker's δ_ab for two index letters; 1 when they are the same letter."""
    if a == b:
        return sympy.S.One
    a, b = sorted((a, b))
    return leaf("delta", "", a + b)


def leaves(expr: sympy.Basic) -> list[sympy.Symbol]:
    """The leaf symbols of ``expr``, sorted by name (a stable argument order for compiled functions)."""
    return sorted((s for s in expr.free_symbols if info(s.name)), key=lambda s: s.name)


def _rename(expr: sympy.Basic, rename) -> sympy.Basic:
    mapping = {}
    for s in expr.free_symbols:
        li = info(s.name)
        if li is None:
            continue
        new = rename(li)
        if new != li:
            mapping[s] = delta(*new.letters) if new.is_delta else leaf(new.q, new.step, new.letters)
    return expr.xreplace(mapping) if mapping else expr


def relabel(expr: sympy.Basic, mapping: dict[str, str]) -> sympy.Basic:
    """Replace index letters, e.g. ``{'j': 'm'}`` turns f_t (unit j) into f_{t,m}."""
    if not mapping:
        return expr

    def rename(li: LeafInfo) -> LeafInfo:
        return LeafInfo(li.q, li.step, "".join(mapping.get(ch, ch) for ch in li.letters))

    return _rename(expr, rename)


def at_step(expr: sympy.Basic, t: int) -> sympy.Basic:
    """Write a formula of step t at a concrete step: 't' becomes ``t``, 't-1' becomes ``t - 1``."""
    steps = {"t": str(t), "t-1": str(t - 1)}

    def rename(li: LeafInfo) -> LeafInfo:
        return LeafInfo(li.q, steps.get(li.step, li.step), li.letters)

    return _rename(expr, rename)


__all__ = [
    "SEP", "LeafInfo", "at_step", "delta", "info", "latex_name", "leaf", "leaves", "param", "relabel",
    "text_name",
]
