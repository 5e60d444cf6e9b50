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

from dataclasses import dataclass
from functools import cache

import sympy

from lstm_studio.engine.spec import latex_symbol, symbol

SEP = "@"



@dataclass(frozen=True)
class LeafInfo:
    """The decoded name of a leaf symbol."""

    q: str
    step: str
    letters: str

    @property
    def is_param(self) -> bool:
        return self.step == "" and self.q != "delta"

    @property
    def is_delta(self) -> bool:
        return self.q == "delta"


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


@cache
def info(name: str) -> LeafInfo | None:
    """The fields of a leaf symbol's name, or None when the symbol is not a leaf."""
    parts = name.split(SEP)
    if len(parts) != 3:
        return None
    return LeafInfo(*parts)


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


# --- how leaves are written --------------------------------------------------------------------------


def _param_parts(name: str) -> tuple[str, str]:
    """'W_f' -> ('W', 'f'); 'b_hn' -> ('b', 'hn'); 'W_hy' -> ('W', 'hy')."""
    base, _, sub = name.partition("_")
    return base, sub


def _index_text(letters: list[str]) -> str:
    """Subscript indices: 'jk' for letters, '12' for one-digit numbers, '10,3' once any has two digits."""
    if any(len(x) > 1 for x in letters):
        return ",".join(letters)
    return "".join(letters)


def _step_latex(step: str) -> str:
    return step


def latex_name(li: LeafInfo, implicit: str | None, indices: dict[str, str] | None = None) -> str:
    """LaTeX for a leaf. ``implicit`` is the unit letter left unwritten (f_t rather than f_{t,j});
    ``indices`` optionally writes letters as numbers (U_{f,12})."""
    letters = [indices.get(ch, ch) if indices else ch for ch in li.letters]
    if li.is_delta:
        return r"\delta_{" + _index_text(letters) + "}"
    if li.is_param:
        base, sub = _param_parts(li.q)
        return f"{base}_{{{sub},{_index_text(letters)}}}"
    base = latex_symbol(li.q)
    parts = [_step_latex(li.step)] if li.step else []
    shown = [x for ch, x in zip(li.letters, letters) if ch != implicit or indices]
    parts += shown
    return f"{base}_{{{','.join(parts)}}}"


def text_name(li: LeafInfo, implicit: str | None) -> str:
    """Plain-text (Unicode) name of a leaf: f_t, h_{t−1,k}, U_f[j,k], δ_jk."""
    if li.is_delta:
        return "δ_" + li.letters
    if li.is_param:
        return f"{li.q}[{','.join(li.letters)}]"
    base = symbol(li.q)
    step = li.step.replace("-", "−")
    sub = [step] + [ch for ch in li.letters if ch != implicit]
    return f"{base}_{sub[0]}" if len(sub) == 1 and len(sub[0]) == 1 else f"{base}_{{{','.join(sub)}}}"
