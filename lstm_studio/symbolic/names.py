"""Leaf names without sympy: what a leaf symbol's name ``quantity@step@letters`` says and how it is written
(LaTeX, plain text). :mod:`.symbols` makes the sympy symbols; this module is all that reading formulas
written ahead of time needs (:mod:`.ahead`), so it must never import sympy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

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
def info(name: str) -> LeafInfo | None:
    """The fields of a leaf symbol's name, or None when the symbol is not a leaf."""
    parts = name.split(SEP)
    if len(parts) != 3:
        return None
    return LeafInfo(*parts)


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
