"""Colours and fonts: a colour-blind-safe palette (Okabe & Ito), a diverging map for signed numbers
(blue for negative, orange for positive, white at zero, readable by every common colour-vision type),
light and dark themes, and a font scale for projectors."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

#: Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7F7F7F")

#: Diverging stops from −1 to +1 (blue – white – orange), after ColorBrewer's PuOr/RdBu families.
_DIVERGING = np.array([
    (33, 102, 172), (67, 147, 195), (146, 197, 222), (209, 229, 240), (247, 247, 247),
    (253, 219, 199), (244, 165, 130), (214, 96, 77), (178, 24, 43),
], dtype=float)


def diverging_lut(n: int = 256) -> np.ndarray:
    """(n, 3) uint8 colours from −1 to +1 for image items."""
    x = np.linspace(0, len(_DIVERGING) - 1, n)
    lut = np.stack([np.interp(x, np.arange(len(_DIVERGING)), _DIVERGING[:, k]) for k in range(3)], axis=1)
    return lut.astype(np.uint8)


_LUT = diverging_lut(257)
_QCOLORS = [QColor(int(r), int(g), int(b)) for r, g, b in _LUT]
_TEXT_DARK = QColor(20, 20, 20)
_TEXT_LIGHT = QColor(255, 255, 255)


def diverging(value: float, vmax: float) -> QColor:
    """The heat-map colour of ``value`` on a symmetric scale ±vmax."""
    if not np.isfinite(value) or vmax <= 0:
        return _QCOLORS[128]
    k = round((np.clip(value / vmax, -1.0, 1.0) + 1.0) * 128)
    return _QCOLORS[k]


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return _TEXT_DARK if luminance > 0.5 else _TEXT_LIGHT


def unit_colour(k: int) -> str:
    return OKABE_ITO[k % len(OKABE_ITO)]


#: One colour per cell wherever cells are compared (the training curves, the gradient experiment): blue,
#: orange and reddish purple stay apart for every common colour-vision type (blue and bluish green do not).
CELL_COLOURS = {"rnn": OKABE_ITO[0], "lstm": OKABE_ITO[1], "gru": OKABE_ITO[3], "peephole_lstm": OKABE_ITO[5]}


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    foreground: str
    grid: str
    shade: tuple[int, int, int, int]
    highlight: str
    good: str
    bad: str
    muted: str


LIGHT = Theme("light", "#ffffff", "#202020", "#d0d0d0", (120, 120, 120, 38), "#D55E00", "#009E73",
              "#D55E00", "#707070")
DARK = Theme("dark", "#1e1f22", "#e6e6e6", "#44464b", (200, 200, 200, 34), "#E69F00", "#33c29a",
             "#ff8a50", "#9a9a9a")
THEMES = {"light": LIGHT, "dark": DARK}

_current = LIGHT
_base_point_size: float | None = None


def current() -> Theme:
    return _current


def apply(app: QApplication, name: str = "light", scale: float = 1.0) -> Theme:
    """Set the Fusion style, the palette and the font size for the whole application."""
    global _current, _base_point_size
    _current = THEMES.get(name, LIGHT)
    if app.style().name().lower() != "fusion":  # setting a style re-polishes every widget: only once
        app.setStyle("Fusion")
    palette = QPalette()
    if _current is DARK:
        roles = {
            QPalette.Window: "#2b2d31", QPalette.WindowText: "#e6e6e6", QPalette.Base: "#1e1f22",
            QPalette.AlternateBase: "#2b2d31", QPalette.Text: "#e6e6e6", QPalette.Button: "#33353a",
            QPalette.ButtonText: "#e6e6e6", QPalette.Highlight: "#3d6fb0", QPalette.HighlightedText: "#ffffff",
            QPalette.ToolTipBase: "#33353a", QPalette.ToolTipText: "#e6e6e6", QPalette.PlaceholderText: "#8a8a8a",
            QPalette.Link: "#56B4E9",
        }
        for role, colour in roles.items():
            palette.setColor(role, QColor(colour))
        palette.setColor(QPalette.Disabled, QPalette.Text, QColor("#777777"))
        palette.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#777777"))
    else:
        palette = app.style().standardPalette()
        palette.setColor(QPalette.Highlight, QColor("#3d6fb0"))
    palette.setColor(QPalette.PlaceholderText, QColor(_current.muted))  # what "muted" labels are drawn in
    app.setPalette(palette)
    font = app.font()
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    if font.pointSizeF() != _base_point_size * scale:
        font.setPointSizeF(_base_point_size * scale)
        app.setFont(font)
    return _current


#: objectName -> (size relative to the application font, font families or None) of labels set larger.
LARGER = {
    "verdict": (1.15, None),
    "equations": (1.1, ["DejaVu Serif", "Cambria Math", "STIX Two Math", "serif"]),
}


def adopt(root: QWidget) -> None:
    """Give the labels under ``root`` the look their objectName asks for: ``muted`` text in the theme's
    muted colour (the palette's placeholder colour, so a new theme reaches it with no further work),
    ``verdict`` and ``equations`` a little larger than the text around them, equations in a serif font.

    This replaces an application style sheet: with one set, every palette or font change re-polishes
    every widget of the application (a theme switch or Ctrl++ froze the window for a quarter second
    and more). The window calls it after a change of look, and every view after it rebuilds."""
    base = QApplication.font()
    for label in root.findChildren(QLabel):
        name = label.objectName()
        if name == "muted":
            if label.foregroundRole() != QPalette.PlaceholderText:
                label.setForegroundRole(QPalette.PlaceholderText)
        elif name in LARGER:
            factor, families = LARGER[name]
            font = QFont(base)
            font.setPointSizeF(round(base.pointSizeF() * factor, 1))
            if families:
                font.setFamilies(families)
            if label.font() != font:
                label.setFont(font)
