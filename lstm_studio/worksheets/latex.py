"""LaTeX for the numbers and names on a worksheet: the names are those of the equations (W_f, h_{t-1}, h̃_t)."""

from __future__ import annotations

import numpy as np

from lstm_studio.engine import GATE_TABLE

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


def coef(value: float, decimals: int, rest: str = "") -> tuple[bool, str]:
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


def num(value: float, decimals: int) -> str:
    """A number to ``decimals`` decimals, as LaTeX; never "-0.00"."""
    text = f"{float(value):.{decimals}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    return text


def factor(value: float, decimals: int) -> str:
    """A number as a factor in a product: negative numbers in parentheses."""
    text = num(value, decimals)
    return f"({text})" if text.startswith("-") else text


def plus(value: float, decimals: int) -> str:
    """`` + 0.25`` or `` - 0.25``: a number added to what precedes it."""
    text = num(value, decimals)
    return f" - {text[1:]}" if text.startswith("-") else f" + {text}"


def vector(values, decimals: int) -> str:
    """A vector as ``[0.12,\\ -0.30]``, the way entries v[k] are indexed on the worksheet."""
    return r"\left[" + r",\ ".join(num(v, decimals) for v in np.ravel(values)) + r"\right]"


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


def token(text: str) -> str:
    r"""A vocabulary token inside math: ``\text{P}`` with TeX's special characters escaped."""
    special = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    escaped = "".join(special.get(ch, "\\" + ch if ch in "#$%&_{}" else ch) for ch in text)
    return rf"\text{{{escaped}}}"
