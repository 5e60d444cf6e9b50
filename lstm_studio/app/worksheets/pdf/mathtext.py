"""A small, fast typesetter for the LaTeX the worksheets write, drawing STIX Two Math glyphs as text.

ziamath sets a formula in about 40 ms; a batch of 30 worksheets with keys holds thousands of formulas full
of numbers that differ between variants, which would take minutes. This typesetter handles the subset the
generator emits (numbers, italic letters, Greek, + − · ⊙ =, scripts, \\frac, \\left…\\right, \\bigl, \\sum,
\\tilde, \\text, \\mathrm, function names, spacing) with TeX's atom spacing, in well under a millisecond,
with the same STIX Two Math font ziamath uses. Anything else raises :class:`Unsupported` and the caller
falls back to ziamath. Glyphs stay text in the PDF, so numbers in worked solutions can be searched.

Sizes are in points; boxes have their baseline at y = 0, y growing downwards.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QImage, QRawFont

DPI = 1200  # the device every worksheet page is measured and drawn for
K = DPI / 72.0  # device units per point


class Unsupported(ValueError):
    """LaTeX outside the subset this typesetter handles."""


def per_thread(fn: Callable) -> Callable:
    """``fn``'s results cached per thread. The cached values are Qt objects (fonts, metrics, a paint device)
    that must not be shared between threads: the window sets formulas on the GUI thread while a worksheet
    batch sets them on a worker (app/common/background.py), and a QRawFont or QFontMetricsF used by both at
    once crashed the process. A thread's cache goes with the thread."""
    local = threading.local()

    @wraps(fn)
    def cached(*args):
        cache = getattr(local, "cache", None)
        if cache is None:
            cache = local.cache = {}
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    return cached


def _font_data() -> bytes:
    # Found without importing ziamath, which reads all its fonts when imported (half a second): the
    # window's formulas are set with this font on the GUI thread (app/common/fast_math.py).
    spec = importlib.util.find_spec("ziamath")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        font = Path(folder) / "fonts" / "STIXTwoMath-Regular.ttf"
        if font.is_file():
            return font.read_bytes()
    return (resources.files("ziamath") / "fonts" / "STIXTwoMath-Regular.ttf").read_bytes()


@lru_cache(maxsize=1)
def math_family() -> str:
    font_id = QFontDatabase.addApplicationFontFromData(_font_data())
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise Unsupported("the STIX Two Math font could not be loaded")
    return families[0]


@per_thread
def measuring_device() -> QImage:
    """A tiny image at DPI: the paint device that text and glyphs are measured against."""
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    dpm = round(DPI / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    return image


@per_thread
def math_font(size: float) -> QFont:
    f = QFont(math_family())
    f.setPointSizeF(size)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


@per_thread
def _metrics(size: float) -> QFontMetricsF:
    return QFontMetricsF(math_font(size), measuring_device())


@lru_cache(maxsize=65536)
def _measure(text: str, size: float) -> tuple[float, float, float]:
    """(advance, ascent, descent) of a glyph run in points; heights from the glyphs' ink."""
    inks = [_ink(ch, size) for ch in text if not ch.isspace()]
    ascent = max([-r.top() for r in inks] + [0.0])
    descent = max([r.bottom() for r in inks] + [0.0])
    return _metrics(size).horizontalAdvance(text) / K, ascent, descent


@per_thread
def _raw_font() -> QRawFont:
    """The font at 1000 px per em, for exact ink bounds (QFontMetricsF's tight boxes are not exact)."""
    return QRawFont(_font_data(), 1000.0, QFont.HintingPreference.PreferNoHinting)


@lru_cache(maxsize=256)
def _ink(char: str, size: float) -> QRectF:
    """The ink of one character in points at ``size``: x from the origin, y from the baseline (down)."""
    raw = _raw_font()
    rect = raw.boundingRect(raw.glyphIndexesForString(char)[0])
    k = size / 1000.0
    return QRectF(rect.left() * k, rect.top() * k, rect.width() * k, rect.height() * k)


# --- boxes ---------------------------------------------------------------------------------------


@dataclass
class Glyphs:
    """A run of glyphs at (x, y) in points (baseline), font size ``size``, stretched by sx, sy."""

    x: float
    y: float
    text: str
    size: float
    sx: float = 1.0
    sy: float = 1.0


@dataclass
class Rule:
    rect: QRectF


@dataclass
class Box:
    width: float = 0.0
    ascent: float = 0.0
    descent: float = 0.0
    items: list = field(default_factory=list)

    def place(self, other: Box, dx: float, dy: float) -> None:
        """Add ``other``'s items shifted by (dx, dy); the caller sets the size."""
        for item in other.items:
            if isinstance(item, Glyphs):
                self.items.append(Glyphs(item.x + dx, item.y + dy, item.text, item.size, item.sx, item.sy))
            else:
                self.items.append(Rule(item.rect.translated(dx, dy)))


def _glyph_box(text: str, size: float) -> Box:
    width, ascent, descent = _measure(text, size)
    return Box(width, ascent, descent, [Glyphs(0.0, 0.0, text, size)])


# --- characters --------------------------------------------------------------------------------

_ITALIC = {chr(c): chr(0x1D44E + c - ord("a")) for c in range(ord("a"), ord("z") + 1)}
_ITALIC.update({chr(c): chr(0x1D434 + c - ord("A")) for c in range(ord("A"), ord("Z") + 1)})
_ITALIC["h"] = "\u210e"
_GREEK = {
    "alpha": "𝛼", "beta": "𝛽", "gamma": "𝛾", "delta": "𝛿", "epsilon": "𝜖", "eta": "𝜂", "theta": "𝜃",
    "lambda": "𝜆", "mu": "𝜇", "pi": "𝜋", "sigma": "𝜎", "tau": "𝜏", "phi": "𝜙", "varphi": "𝜑", "Delta": "Δ",
    "partial": "𝜕",
}
_BIN = {"+": "+", "-": "\u2212", "cdot": "\u22c5", "odot": "\u2299", "times": "\u00d7", "pm": "\u00b1"}
_REL = {"=": "=", "approx": "\u2248", "le": "\u2264", "leq": "\u2264", "ge": "\u2265", "geq": "\u2265",
        "neq": "\u2260", "to": "\u2192", "rightarrow": "\u2192", "in": "\u2208", "<": "<", ">": ">"}
_OPEN = {"(": "(", "[": "[", "lbrace": "{", "{": "{", "langle": "\u27e8"}
_CLOSE = {")": ")", "]": "]", "rbrace": "}", "}": "}", "rangle": "\u27e9"}
_FUNCTIONS = {"tanh", "exp", "log", "ln", "max", "min", "sin", "cos", "arg", "diag", "softmax", "relu"}
_SPACE = {",": 3, ":": 4, ">": 4, ";": 5, "!": -3, " ": 6, "quad": 18, "qquad": 36}
_IGNORED = {"textstyle", "displaystyle", "allowbreak", "limits", "nolimits", "left", "right"}
_BIG = {"bigl": 1.2, "bigr": 1.2, "big": 1.2, "Bigl": 1.6, "Bigr": 1.6, "Big": 1.6, "biggl": 2.0, "biggr": 2.0}
_LARGE_OPS = {"sum": "\u2211", "prod": "\u220f"}
_MISC = {"ldots": "\u2026", "dots": "\u2026", "cdots": "\u22ef", "infty": "\u221e", "top": "\u22a4",
         "mid": "|", "|": "\u2016", "%": "%", "#": "#", "&": "&", "_": "_", "$": "$"}
#: The symbol commands, table by table (the first that has a name wins), with the atom class they make.
_SYMBOLS = ((_GREEK, "ord"), (_BIN, "bin"), (_REL, "rel"), (_OPEN, "open"), (_CLOSE, "close"), (_MISC, "ord"))


def _symbol(name: str) -> tuple[str, str] | None:
    """(atom class, glyph) of the symbol command ``name``, or None when it is no symbol."""
    for table, kind in _SYMBOLS:
        if name in table:
            return kind, table[name]
    return None


# TeX's spacing between atom classes, in mu (1/18 em); rows: left atom, columns: right atom.
_CLASSES = ("ord", "op", "bin", "rel", "open", "close", "punct", "inner")
_TABLE = {
    "ord": (0, 3, 4, 5, 0, 0, 0, 3), "op": (3, 3, 0, 5, 0, 0, 0, 3), "bin": (4, 4, 0, 0, 4, 0, 0, 4),
    "rel": (5, 5, 0, 0, 5, 0, 0, 5), "open": (0, 0, 0, 0, 0, 0, 0, 0), "close": (0, 3, 4, 5, 0, 0, 0, 3),
    "punct": (3, 3, 0, 3, 3, 3, 3, 3), "inner": (3, 3, 4, 5, 3, 0, 3, 3),
}


@dataclass
class _Atom:
    kind: str
    box: Box
    sup: Box | None = None
    sub: Box | None = None
    space_after: float = 0.0  # explicit space (points) after this atom
    fenced: bool = False  # \left( … \right): spaced like an opening delimiter on its left, closing on its right

    @property
    def left_kind(self) -> str:
        return "open" if self.fenced else self.kind

    @property
    def right_kind(self) -> str:
        return "close" if self.fenced else self.kind


# --- parsing -----------------------------------------------------------------------------------

_TOKEN = re.compile(r"\\([A-Za-z]+|.)|(\d+(?:\.\d+)?|\.\d+)|(\s+)|(.)", re.S)


def _tokenize(latex: str) -> list[tuple[str, str]]:
    out = []
    for m in _TOKEN.finditer(latex):
        if m.group(1) is not None:
            out.append(("cmd", m.group(1)))
        elif m.group(2) is not None:
            out.append(("num", m.group(2)))
        elif m.group(3) is not None:
            continue
        else:
            out.append(("chr", m.group(4)))
    return out


class _Parser:
    def __init__(self, latex: str, size: float) -> None:
        self.tokens = _tokenize(latex)
        self.pos = 0
        self.size = size
        self.script = False

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        if self.pos >= len(self.tokens):
            raise Unsupported("unexpected end of formula")
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def group_tokens(self) -> list[tuple[str, str]]:
        """The tokens of the next argument: a {braced group} or a single token."""
        token = self.take()
        if token != ("chr", "{"):
            return [token]
        depth, start = 1, self.pos
        while depth:
            t = self.take()
            if t == ("chr", "{"):
                depth += 1
            elif t == ("chr", "}"):
                depth -= 1
        return self.tokens[start : self.pos - 1]

    def raw_group(self) -> str:
        """A braced argument as raw text (for \\text)."""
        parts = []
        for kind, value in self.group_tokens():
            parts.append("\\" + value if kind == "cmd" and not value.isalpha() else value)
        return "".join(parts) if parts else ""

    def sub_parse(self, tokens: list, size: float, script: bool = False) -> Box:
        inner = _Parser("", size)
        inner.tokens = tokens
        inner.script = script or self.script
        return _layout(inner.atoms(), size, tight=inner.script)

    def delimiter(self) -> str:
        kind, value = self.take()
        if kind == "chr" and value == ".":
            return ""
        table = {**_OPEN, **_CLOSE, "|": "|"}
        if value in table:
            return table[value]
        raise Unsupported(f"delimiter {value!r}")

    def atoms(self, stop: str | None = None) -> list[_Atom]:
        atoms: list[_Atom] = []
        size = self.size
        while self.pos < len(self.tokens):
            kind, value = self.peek()
            if stop is not None and kind == "cmd" and value == stop:
                return atoms
            self.take()
            if kind == "num":
                atoms.append(_Atom("ord", _glyph_box(value, size)))
            elif kind == "chr" and value in "^_":
                if not atoms:
                    atoms.append(_Atom("ord", Box()))
                script = self.sub_parse(self.group_tokens(), size * 0.71, script=True)
                if value == "^":
                    atoms[-1].sup = script
                else:
                    atoms[-1].sub = script
            elif kind == "chr" and value == "{":
                self.pos -= 1
                atoms.append(_Atom("ord", self.sub_parse(self.group_tokens(), size)))
            elif kind == "chr" and value.isalpha():
                atoms.append(_Atom("ord", _glyph_box(_ITALIC.get(value, value), size)))
            elif kind == "chr" and value in _BIN:
                atoms.append(_Atom("bin", _glyph_box(_BIN[value], size)))
            elif kind == "chr" and value in _REL:
                atoms.append(_Atom("rel", _glyph_box(_REL[value], size)))
            elif kind == "chr" and value in "([":
                atoms.append(_Atom("open", _glyph_box(value, size)))
            elif kind == "chr" and value in ")]":
                atoms.append(_Atom("close", _glyph_box(value, size)))
            elif kind == "chr" and value in ",;":
                atoms.append(_Atom("punct", _glyph_box(value, size)))
            elif kind == "chr" and value in "|/'!?.:":
                atoms.append(_Atom("ord", _glyph_box({"'": "\u2032"}.get(value, value), size)))
            elif kind == "chr" and value == "~":
                self._space(atoms, 6 * size / 18)
            elif kind == "cmd":
                self.command(value, atoms, size)
            else:
                raise Unsupported(f"character {value!r}")
        if stop is not None:
            raise Unsupported(f"missing \\{stop}")
        return atoms

    def _space(self, atoms: list[_Atom], amount: float) -> None:
        if atoms:
            atoms[-1].space_after += amount
        else:
            atoms.append(_Atom("ord", Box(width=amount)))

    def command(self, name: str, atoms: list[_Atom], size: float) -> None:
        if name in _SPACE:
            self._space(atoms, _SPACE[name] * size / 18)
        elif name in _IGNORED and name not in ("left", "right"):
            return
        elif name == "left":
            left = self.delimiter()
            inner = _layout(self.atoms(stop="right"), size, tight=self.script)
            self.take()
            right = self.delimiter()
            atoms.append(_Atom("inner", _fenced(inner, left, right, size), fenced=True))
        elif name == "right":
            raise Unsupported("\\right without \\left")
        elif name in _BIG:
            delim = self.delimiter()
            box = _stretched(delim, size, _BIG[name] * size * 0.75, size * 0.25) if delim else Box()
            kind = "open" if name.endswith("l") else "close" if name.endswith("r") else "ord"
            atoms.append(_Atom(kind, box))
        elif (symbol := _symbol(name)) is not None:
            kind, glyph = symbol
            atoms.append(_Atom(kind, _glyph_box(glyph, size)))
        elif name in _FUNCTIONS:
            atoms.append(_Atom("op", _glyph_box(name, size)))
        elif name in _LARGE_OPS:
            atoms.append(_Atom("op", _glyph_box(_LARGE_OPS[name], size * 1.1)))
        elif name in ("text", "mathrm", "operatorname", "textrm"):
            text = self.raw_group()
            text = re.sub(r"\\([#$%&_{}])", r"\1", text).replace("\\textbackslash", "\\")
            atoms.append(_Atom("op" if name == "operatorname" else "ord", _glyph_box(text, size)))
        elif name in ("frac", "dfrac", "tfrac"):
            num = self.sub_parse(self.group_tokens(), size * 0.9)
            den = self.sub_parse(self.group_tokens(), size * 0.9)
            atoms.append(_Atom("inner", _fraction(num, den, size)))
        elif name in ("tilde", "hat", "bar"):
            base = self.sub_parse(self.group_tokens(), size)
            atoms.append(_Atom("ord", _accent(base, {"tilde": "\u02dc", "hat": "\u02c6", "bar": "\u00af"}[name],
                                              size)))
        elif name == "mathbf" or name == "mathit":
            atoms.append(_Atom("ord", self.sub_parse(self.group_tokens(), size)))
        else:
            raise Unsupported(f"\\{name}")


# --- layout ------------------------------------------------------------------------------------


def _axis(size: float) -> float:
    return 0.25 * size


def _stretched(delim: str, size: float, ascent: float, descent: float) -> Box:
    """A delimiter tall enough to cover [−ascent, descent], stretched vertically from its glyph."""
    width, g_ascent, g_descent = _measure(delim, size)
    natural = g_ascent + g_descent
    need = ascent + descent
    sy = max(1.0, need / natural) if natural > 0 else 1.0
    centre = (g_ascent - g_descent) / 2
    target_centre = (ascent - descent) / 2
    y = -(target_centre - centre * sy)
    box = Box(width * (1 + 0.1 * (sy - 1)), ascent if sy > 1 else g_ascent, descent if sy > 1 else g_descent)
    box.items.append(Glyphs(0.0, y, delim, size, 1 + 0.1 * (sy - 1), sy))
    if sy > 1:
        box.ascent, box.descent = max(ascent, g_ascent), max(descent, g_descent)
    return box


def _fenced(inner: Box, left: str, right: str, size: float) -> Box:
    """Delimiters around ``inner``, stretched only when it is clearly taller than a plain parenthesis."""
    axis = _axis(size)
    _, g_ascent, g_descent = _measure("(", size)
    half = max(inner.ascent - axis, inner.descent + axis) + 0.05 * size
    if 2 * half <= 1.6 * (g_ascent + g_descent):
        half = (g_ascent + g_descent) / 2
    out = Box()
    x = 0.0
    for part in (left, None, right):
        if part is None:
            out.place(inner, x, 0.0)
            x += inner.width
            continue
        if not part:
            continue
        delim = _stretched(part, size, axis + half, half - axis)
        out.place(delim, x, 0.0)
        x += delim.width
        out.ascent = max(out.ascent, delim.ascent)
        out.descent = max(out.descent, delim.descent)
    out.width = x
    out.ascent = max(out.ascent, inner.ascent)
    out.descent = max(out.descent, inner.descent)
    return out


def _fraction(num: Box, den: Box, size: float) -> Box:
    axis, rule, gap = _axis(size), 0.05 * size, 0.12 * size
    width = max(num.width, den.width) + 0.2 * size
    out = Box(width)
    num_shift = -(axis + rule / 2 + gap + num.descent)
    den_shift = -axis + rule / 2 + gap + den.ascent
    out.place(num, (width - num.width) / 2, num_shift)
    out.place(den, (width - den.width) / 2, den_shift)
    out.items.append(Rule(QRectF(0.05 * size, -axis - rule / 2, width - 0.1 * size, rule)))
    out.ascent = -num_shift + num.ascent
    out.descent = den_shift + den.descent
    return out


def _accent(base: Box, mark: str, size: float) -> Box:
    """``mark`` centred just above ``base`` (its outline's bottom a small gap above the base's top)."""
    ink = _ink(mark, size)
    left, bottom, height = ink.left(), ink.bottom(), ink.height()
    gap = 0.08 * size
    y = -(base.ascent + gap) - bottom
    x = (base.width - ink.width()) / 2 - left + 0.06 * size
    out = Box(base.width, base.ascent + gap + height, base.descent)
    out.place(base, 0.0, 0.0)
    out.items.append(Glyphs(x, y, mark, size))
    return out


def _scripted(atom: _Atom, size: float) -> Box:
    base = atom.box
    if atom.sup is None and atom.sub is None:
        return base
    out = Box()
    out.place(base, 0.0, 0.0)
    simple = len(base.items) == 1 and isinstance(base.items[0], Glyphs)
    letter = base.items[0].text if simple else ""
    x = base.width + 0.03 * size
    tuck = {"\U0001d453": 0.14, "\U0001d44a": 0.1, "\U0001d448": 0.06, "\U0001d443": 0.06}.get(letter, 0.0)
    x_sub = base.width - tuck * size if simple else x
    width = base.width
    out.ascent, out.descent = base.ascent, base.descent
    both = atom.sup is not None and atom.sub is not None
    if atom.sup is not None:
        shift = max(0.4 * size, base.ascent - 0.25 * size) if both else max(0.36 * size, base.ascent - 0.3 * size)
        out.place(atom.sup, x, -shift)
        out.ascent = max(out.ascent, shift + atom.sup.ascent)
        width = max(width, x + atom.sup.width)
    if atom.sub is not None:
        if simple:
            shift = 0.24 * size if both else 0.2 * size
        else:
            shift = max(0.24 * size, base.descent + 0.1 * size) if both else max(0.2 * size, base.descent + 0.05 * size)
        out.place(atom.sub, x_sub, shift)
        out.descent = max(out.descent, shift + atom.sub.descent)
        width = max(width, x_sub + atom.sub.width)
    out.width = width
    return out


def _layout(atoms: list[_Atom], size: float, tight: bool = False) -> Box:
    """An hbox of atoms with TeX's inter-atom spacing (a binary operator with nothing to its left is unary).

    ``tight`` (scripts): no space around binary operators and relations, as TeX's script style.
    """
    previous = None
    for atom in atoms:
        if atom.kind == "bin" and (previous is None or previous in ("bin", "op", "rel", "open", "punct")):
            atom.kind = "ord"
        previous = atom.right_kind
    if atoms and atoms[-1].kind == "bin":
        atoms[-1].kind = "ord"
    out = Box()
    x = 0.0
    for n, atom in enumerate(atoms):
        if n:
            left = atoms[n - 1].right_kind
            mu = _TABLE[left][_CLASSES.index(atom.left_kind)]
            if tight and (mu > 3 or "bin" in (left, atom.left_kind) or "rel" in (left, atom.left_kind)):
                mu = 0
            x += mu * size / 18
        box = _scripted(atom, size)
        out.place(box, x, 0.0)
        out.ascent = max(out.ascent, box.ascent)
        out.descent = max(out.descent, box.descent)
        x += box.width + atom.space_after
    out.width = x
    return out


def typeset(latex: str, size: float) -> Box:
    """The formula as glyph runs and rules; raises Unsupported for LaTeX outside the subset."""
    parser = _Parser(latex, size)
    return _layout(parser.atoms(), size)
