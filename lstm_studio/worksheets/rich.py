"""Rich text: prose with inline math, and the plain-Unicode reading of the LaTeX the worksheets use.

A rich text is a tuple of segments, each a ``str`` (prose) or a :class:`Math` (LaTeX). Renderers turn math
into MathML (HTML), ``$…$`` (Markdown, LaTeX) or drawn formulas (PDF); :func:`plain` gives the Unicode
text used in JSON and in the app's plain labels (``h_{t-1}[2]`` reads ``hₜ₋₁[2]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lstm_studio.engine.notation import SUBSCRIPTS, SUPERSCRIPTS


@dataclass(frozen=True)
class Math:
    """An inline formula in LaTeX (math mode, without the dollars)."""

    latex: str


Segment = str | Math
Rich = tuple[Segment, ...]


def rich(*parts: Segment) -> Rich:
    """Rich text from its segments; adjacent strings are merged."""
    out: list[Segment] = []
    for part in parts:
        if isinstance(part, str) and out and isinstance(out[-1], str):
            out[-1] = out[-1] + part
        elif part != "":
            out.append(part)
    return tuple(out)


_SYMBOLS = {
    "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ", "partial": "∂", "odot": "⊙", "cdot": "·",
    "times": "×", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "approx": "≈", "to": "→",
    "rightarrow": "→", "sum": "Σ", "infty": "∞", "in": "∈", "ldots": "…", "dots": "…", "cdots": "⋯",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "Delta": "Δ", "epsilon": "ε", "eta": "η",
    "lambda": "λ", "mu": "μ", "pi": "π", "theta": "θ", "top": "ᵀ", "mid": "|", "lbrace": "{", "rbrace": "}",
    "{": "{", "}": "}", "%": "%", "#": "#", "&": "&", "_": "_", "$": "$", "pm": "±", "mp": "∓",
}
_FUNCTIONS = {"tanh", "exp", "log", "ln", "max", "min", "sin", "cos", "softmax", "argmax", "diag", "relu"}
_SPACES = {",": "\u2009", ";": " ", ":": " ", "!": "", " ": " ", "quad": "  ", "qquad": "   "}
_DROP = {"left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "displaystyle",
         "textstyle", "limits", "nolimits", "allowbreak"}

#: A command: a backslash and a name, or one other character (any, or none at the end of the text).
_COMMAND = re.compile(r"\\([A-Za-z]+|.?)", re.DOTALL)


def _group(text: str, pos: int) -> tuple[str, int]:
    """The argument starting at ``pos``: a {braced group} or one character (or one command)."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    if pos >= len(text):
        return "", pos
    if text[pos] == "{":
        depth = 0
        for end in range(pos, len(text)):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                return text[pos + 1 : end], end + 1
        return text[pos + 1 :], len(text)
    if text[pos] == "\\":
        m = _COMMAND.match(text, pos)
        assert m is not None  # _COMMAND matches wherever a backslash is
        return m.group(0), m.end()
    return text[pos], pos + 1


def _script(body: str, table: dict[str, str], mark: str) -> str:
    inner = plain_math(body)
    if inner and all(ch in table for ch in inner):
        return "".join(table[ch] for ch in inner)
    return f"{mark}{inner}" if inner.isalnum() else f"{mark}({inner})"


def plain_math(latex: str) -> str:
    """A Unicode reading of the LaTeX subset the worksheets write (scripts, Greek, \\tilde, \\frac, …)."""
    return re.sub(r"\s+", " ", _plain(latex)).strip()


def _plain(latex: str) -> str:
    out: list[str] = []
    pos = 0
    while pos < len(latex):
        ch = latex[pos]
        if ch == "\\":
            m = _COMMAND.match(latex, pos)
            assert m is not None
            name = m.group(1)
            pos = m.end()
            if name.isalpha():
                while pos < len(latex) and latex[pos] == " ":
                    pos += 1
            if name in _SYMBOLS:
                out.append(_SYMBOLS[name])
            elif name in _FUNCTIONS:
                out.append(name + (" " if latex[pos : pos + 1].isalnum() else ""))
            elif name in _SPACES:
                out.append(_SPACES[name])
            elif name in _DROP:
                continue
            elif name in ("tilde", "hat", "bar"):
                arg, pos = _group(latex, pos)
                accent = {"tilde": "\u0303", "hat": "\u0302", "bar": "\u0304"}[name]
                out.append(plain_math(arg) + accent)
            elif name in ("mathrm", "text", "mathbf", "mathit", "operatorname", "textrm", "boldsymbol"):
                arg, pos = _group(latex, pos)
                out.append(plain_math(arg) if name != "text" else arg)
            elif name in ("frac", "dfrac", "tfrac"):
                num, pos = _group(latex, pos)
                den, pos = _group(latex, pos)
                n, d = plain_math(num), plain_math(den)
                n = n if re.fullmatch(r"[\w.∂σ\[\],ₜ₋₀-₉]+", n) else f"({n})"
                d = d if re.fullmatch(r"[\w.∂σ\[\],ₜ₋₀-₉]+", d) else f"({d})"
                out.append(f"{n}/{d}")
            elif name == "sqrt":
                arg, pos = _group(latex, pos)
                out.append(f"√({plain_math(arg)})")
            else:
                out.append(name)
        elif ch in "_^":
            arg, pos = _group(latex, pos + 1)
            out.append(_script(arg, SUBSCRIPTS if ch == "_" else SUPERSCRIPTS, ch))
        elif ch in "{}":
            pos += 1
        elif ch == "-":
            out.append("−")
            pos += 1
        elif ch == "~":
            out.append(" ")
            pos += 1
        else:
            out.append(ch)
            pos += 1
    return "".join(out)


def plain(text: Rich | str) -> str:
    """The rich text as one plain Unicode string."""
    if isinstance(text, str):
        return text
    return "".join(seg if isinstance(seg, str) else plain_math(seg.latex) for seg in text)
