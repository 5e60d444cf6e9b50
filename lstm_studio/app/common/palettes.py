"""Colour maps and curve styles that every colour-vision type can read, with redundant encoding.

* Signed numbers (weights, tanh layers, hidden and cell states): pyqtgraph's ``CET-CBD1``, Kovesi's
  colour-blind-safe diverging map (blue for negative, light grey at zero, yellow for positive), which keeps
  its order for protanopes, deuteranopes and tritanopes alike and is monotonic in lightness on each side.
* Gates in [0, 1]: ``cividis`` (Nuñez, Anderton and Renslow 2018), dark blue for closed, yellow for open,
  linear in lightness, so even a grey-scale print orders it.
* Categorical curves (one per unit): the Okabe & Ito (2008) palette, and never colour alone: each unit also
  has its own line style and marker shape (see :func:`unit_style`), written in the legend.

Both maps ship with pyqtgraph (no network, no data files of our own); see docs/accessibility.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

SIGNED = pg.colormap.get("CET-CBD1")
GATES = pg.colormap.get("cividis")

#: Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7F7F7F")
#: Pen styles and scatter symbols cycled with (but not in step with) the colours, so that two units never
#: differ by colour alone. Glyphs are what the legends write for them.
_LINES = ((Qt.SolidLine, "━"), (Qt.DashLine, "╍"), (Qt.DotLine, "┅"), (Qt.DashDotLine, "━┅"))
_SYMBOLS = (("o", "●"), ("s", "■"), ("t", "▼"), ("d", "◆"), ("+", "+"), ("x", "×"), ("star", "★"),
            ("p", "⬟"))


@dataclass(frozen=True)
class UnitStyle:
    """How unit k's curve is drawn: colour, pen style, scatter symbol and the legend's glyph."""

    colour: str
    line: Qt.PenStyle
    symbol: str
    glyph: str


def unit_style(k: int) -> UnitStyle:
    """The style of unit ``k`` (0-based): the colour, the line and the marker each change from unit to unit."""
    line, line_glyph = _LINES[k % len(_LINES)]
    symbol, mark = _SYMBOLS[k % len(_SYMBOLS)]
    return UnitStyle(OKABE_ITO[k % len(OKABE_ITO)], line, symbol, f"{line_glyph}{mark}{line_glyph}")


def signed_lut(n: int = 256) -> np.ndarray:
    """(n, 3) uint8 colours of SIGNED from −1 to +1, for image items."""
    return SIGNED.getLookupTable(0.0, 1.0, n, alpha=False).astype(np.uint8)


_SIGNED_QCOLORS = [QColor(int(r), int(g), int(b)) for r, g, b in signed_lut(257)]


def signed_colour(value: float, vmax: float) -> QColor:
    """The colour of ``value`` on a symmetric scale ±vmax (the zero colour when it is not a number)."""
    if not np.isfinite(value) or vmax <= 0:
        return _SIGNED_QCOLORS[128]
    return _SIGNED_QCOLORS[round((float(np.clip(value / vmax, -1.0, 1.0)) + 1.0) * 128)]


def gate_colour(value: float) -> QColor:
    """The colour of a gate's value in [0, 1] (clipped)."""
    return GATES.map(float(np.clip(value, 0.0, 1.0)), mode="qcolor")
