"""LaTeX for the numbers and names on a worksheet: the names are those of the equations (W_f, h_{t-1}, h̃_t)."""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from lstm_studio.engine import GATE_TABLE
from lstm_studio.worksheets import exact

#: Trace gate name -> (LaTeX symbol, the suffix of its parameters W_*, U_*, b_*), from the engine's table.
GATE_SYMBOL = {key: (gate.latex, gate.suffix) for key, gate in GATE_TABLE.items()}

GATE_WORDS = {key: gate.title for key, gate in GATE_TABLE.items()}


#: Marks a place where a long substituted line may be broken (before the "+" that follows it). Renderers
#: split there or drop it; the pieces on either side are complete LaTeX (no \left … \right across it).
BREAK = r"\allowbreak "

#: A sum over j set in text style (the index beside the Σ, not under it), to keep lines short.
SUM_J = r"{\textstyle\sum_j}"


def plus_join(terms) -> str:
    """Terms joined by "+" with a break opportunity before each "+"."""
    return f" {BREAK}+ ".join(terms)


def coef(value: float | Fraction, decimals: int, rest: str = "") -> tuple[bool, str]:
    """A term of a sum led by a number: (is it negative, the term with the number's absolute value)."""
    text = num(value, decimals)
    return text.startswith("-"), text.lstrip("-") + rest


def signed_join(terms) -> str:
    """Terms (negative, body) as a sum: ``0.14 + 0.59 \\cdot 0.04 - 0.29``, breakable before each sign."""
    out = ""
    for n, (negative, body) in enumerate(terms):
        if n == 0:
            out = ("-" if negative else "") + body
        else:
            out += f" {BREAK}{'-' if negative else '+'} {body}"
    return out


def add_breaks(latex: str, long_group: int = 40) -> str:
    """Break marks before the binary "+" and "−" of a formula written elsewhere (sympy), so that a long line
    can be cut there: at the top level, and inside parentheses only when the innermost holds more than
    ``long_group`` characters (so ``(1 - 0.53)`` stays whole); never inside braces or \\left … \\right."""
    opens: list[int] = []
    spans: dict[int, int] = {}
    for n, ch in enumerate(latex):
        if ch == "(":
            opens.append(n)
        elif ch == ")" and opens:
            spans[opens.pop()] = n
    out: list[str] = []
    braces = 0
    groups: list[int] = []  # lengths of the parentheses we are inside
    for n, ch in enumerate(latex):
        if latex.startswith(r"\left", n) and not latex[n + 5 : n + 6].isalpha():
            braces += 1
        elif latex.startswith(r"\right", n) and not latex[n + 6 : n + 7].isalpha():
            braces -= 1
        if ch == "{":
            braces += 1
        elif ch == "}":
            braces -= 1
        elif ch == "(" and n in spans:
            groups.append(spans[n] - n)
        elif ch == ")" and groups:
            groups.pop()
        elif (ch in "+-" and braces == 0 and latex[n - 1 : n] == " " and latex[n + 1 : n + 2] == " "
              and all(length > long_group for length in groups[-1:])):
            out.append(BREAK)
        out.append(ch)
    return "".join(out)


def split_breaks(latex: str) -> list[str]:
    """The pieces of a line between its break marks."""
    return [piece.strip() for piece in latex.split(BREAK.strip()) if piece.strip()]


def strip_breaks(latex: str) -> str:
    return " ".join(split_breaks(latex))


def num(value: float | Fraction, decimals: int) -> str:
    """A number to ``decimals`` decimals, as LaTeX; never "-0.00". A Fraction is rounded exactly, half away
    from zero, as by hand (:mod:`.exact`)."""
    if isinstance(value, Fraction):
        return exact.text(value, decimals)
    text = f"{float(value):.{decimals}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    return text


def factor(value: float | Fraction, decimals: int) -> str:
    """A number as a factor in a product: negative numbers in parentheses."""
    text = num(value, decimals)
    return f"({text})" if text.startswith("-") else text


#: Vectors longer than this may break after any comma (a p_t over a wide vocabulary).
SHORT_VECTOR = 8


def vector(values, decimals: int) -> str:
    """A vector as ``[0.12,\\ -0.30]``, the way entries v[k] are indexed on the worksheet; a long one
    breakable after every comma."""
    entries = [num(v, decimals) for v in _entries(values)]
    if len(entries) > SHORT_VECTOR:
        return long_vector(entries)
    return r"\left[" + r",\ ".join(entries) + r"\right]"


def long_vector(parts) -> str:
    """A vector of LaTeX entries that may break after any comma (long vectors in worked solutions)."""
    return r"\bigl[" + rf",{BREAK}\ ".join(parts) + r"\bigr]"


def _entries(values) -> list:
    if isinstance(values, (list, tuple)) and values and isinstance(values[0], Fraction):
        return list(values)
    return list(np.ravel(values))


def param(name: str) -> str:
    """A parameter's LaTeX name: W_f -> W_f, W_hy -> W_{hy}, b_hn -> b_{hn}."""
    base, _, sub = name.partition("_")
    return f"{base}_{{{sub}}}" if sub else base


def at(symbol: str, t: int | str, index: int | str | None = None) -> str:
    """``f_{2}[3]``: a quantity at step t, entry index (1-based)."""
    text = f"{symbol}_{{{t}}}"
    return text if index is None else f"{text}[{index}]"


def entry(name: str, *indices: int | str) -> str:
    """``W_f[3,2]``: an entry of a parameter, 1-based."""
    return f"{param(name)}[{','.join(str(i) for i in indices)}]"


#: White space in a token, drawn visibly: a space token prints as ␣ (a blank would print as nothing).
VISIBLE = {" ": "␣", "\t": "⇥", "\n": "↵", "\r": "↵"}


def visible(text: str) -> str:
    """A token as printed: its white space made visible (``" "`` -> ``␣``)."""
    return "".join(VISIBLE.get(ch, "␣" if ch.isspace() else ch) for ch in text)


def token(text: str) -> str:
    r"""A vocabulary token inside math: ``\text{P}`` with TeX's special characters escaped, white space
    made visible."""
    special = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    escaped = "".join(special.get(ch, "\\" + ch if ch in "#$%&_{}" else ch) for ch in visible(text))
    return rf"\text{{{escaped}}}"
