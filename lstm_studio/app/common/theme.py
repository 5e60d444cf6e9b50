"""Colours and fonts: a colour-blind-safe palette (Okabe & Ito), a diverging map for signed numbers
(blue for negative, yellow for positive, grey at zero, readable by every common colour-vision type; both
from :mod:`~lstm_studio.app.common.palettes`), light, dark and high-contrast themes, the theme the system
asks for (:func:`system_theme`), and a font scale for projectors."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from lstm_studio.app.common import palettes

OKABE_ITO = palettes.OKABE_ITO


def diverging_lut(n: int = 256) -> np.ndarray:
    """(n, 3) uint8 colours from −1 to +1 for image items (the colour-blind-safe map of palettes)."""
    return palettes.signed_lut(n)


_TEXT_DARK = QColor(20, 20, 20)
_TEXT_LIGHT = QColor(255, 255, 255)


def diverging(value: float, vmax: float) -> QColor:
    """The heat-map colour of ``value`` on a symmetric scale ±vmax."""
    return palettes.signed_colour(value, vmax)


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
    focus: str = "#1565c0"
    """The focus ring (see :mod:`lstm_studio.app.common.focus_ring`)."""


LIGHT = Theme("light", "#ffffff", "#202020", "#d0d0d0", (120, 120, 120, 38), "#D55E00", "#009E73",
              "#D55E00", "#707070")
DARK = Theme("dark", "#1e1f22", "#e6e6e6", "#44464b", (200, 200, 200, 34), "#E69F00", "#33c29a",
             "#ff8a50", "#9a9a9a", focus="#82b1ff")
#: White on black, yellow accents: every text and line at a contrast of at least 7:1 (WCAG AAA).
CONTRAST = Theme("contrast", "#000000", "#ffffff", "#bfbfbf", (255, 255, 255, 60), "#ffd700", "#7CFC00",
                 "#ff9e80", "#e0e0e0", focus="#ffd700")
THEMES = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}
_PALETTES = {
    "dark": {
        QPalette.Window: "#2b2d31", QPalette.WindowText: "#e6e6e6", QPalette.Base: "#1e1f22",
        QPalette.AlternateBase: "#2b2d31", QPalette.Text: "#e6e6e6", QPalette.Button: "#33353a",
        QPalette.ButtonText: "#e6e6e6", QPalette.Highlight: "#3d6fb0", QPalette.HighlightedText: "#ffffff",
        QPalette.ToolTipBase: "#33353a", QPalette.ToolTipText: "#e6e6e6", QPalette.PlaceholderText: "#8a8a8a",
        QPalette.Link: "#56B4E9",
    },
    "contrast": {
        QPalette.Window: "#000000", QPalette.WindowText: "#ffffff", QPalette.Base: "#000000",
        QPalette.AlternateBase: "#1a1a1a", QPalette.Text: "#ffffff", QPalette.Button: "#000000",
        QPalette.ButtonText: "#ffffff", QPalette.Highlight: "#ffd700", QPalette.HighlightedText: "#000000",
        QPalette.ToolTipBase: "#000000", QPalette.ToolTipText: "#ffffff", QPalette.PlaceholderText: "#d0d0d0",
        QPalette.Link: "#80d8ff", QPalette.Light: "#ffffff", QPalette.Mid: "#ffffff", QPalette.Dark: "#ffffff",
        QPalette.Shadow: "#ffffff",
    },
}
_DISABLED = {"dark": "#777777", "contrast": "#a0a0a0"}

#: Fusion draws the frame of a text field, a spin box and a combo box, and the outline of a slider's groove,
#: in the palette's Window colour darkened by 40 %, and the groove itself in a shade of Button: on the
#: high-contrast theme's black both vanish. These classes get a palette of their own there (Qt's per-class
#: palettes, not a style sheet): a white Window makes a light grey frame (#b6b6b6 on black: 10:1), and the
#: slider's grey Button a visible groove; their text and background stay white on black.
_FRAMED = {"QLineEdit": {QPalette.Window: "#ffffff"}, "QAbstractSpinBox": {QPalette.Window: "#ffffff"},
           "QSlider": {QPalette.Window: "#ffffff", QPalette.Button: "#8c8c8c"}}


def system_theme() -> str:
    """The theme the desktop asks for: "contrast" when it prefers high contrast, "dark" for a dark colour
    scheme, else "light". Qt 6.12 reports both through QStyleHints (``accessibility().contrastPreference()``
    and ``colorScheme()``); where the platform plugin cannot tell (offscreen, some X11 desktops), they
    answer "no preference" and "unknown", and the light theme is used."""
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility() if hasattr(hints, "accessibility") else None
    if accessibility is not None and accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"

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
    if _current.name in _PALETTES:
        for role, colour in _PALETTES[_current.name].items():
            palette.setColor(role, QColor(colour))
        for role in (QPalette.Text, QPalette.ButtonText, QPalette.WindowText):
            palette.setColor(QPalette.Disabled, role, QColor(_DISABLED[_current.name]))
    else:
        palette = app.style().standardPalette()
        palette.setColor(QPalette.Highlight, QColor("#3d6fb0"))
    palette.setColor(QPalette.PlaceholderText, QColor(_current.muted))  # what "muted" labels are drawn in
    app.setPalette(palette)
    for class_name, roles in _FRAMED.items():  # every theme sets them, so leaving high contrast undoes them
        framed = QPalette(palette)
        if _current.name == "contrast":
            for role, colour in roles.items():
                framed.setColor(role, QColor(colour))
        app.setPalette(framed, class_name)
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


def tinted(icon: QIcon, colour: QColor, size: int = 32) -> QIcon:
    """``icon`` drawn in one ``colour`` (its shape kept through its alpha): Qt's standard icons are dark
    whatever the theme, and vanish on the high-contrast and dark themes' black buttons."""
    pixmap = icon.pixmap(size, size)
    if pixmap.isNull():
        return icon
    painted = QPixmap(pixmap)
    painter = QPainter(painted)
    painter.setCompositionMode(QPainter.CompositionMode_SourceIn)
    painter.fillRect(painted.rect(), colour)
    painter.end()
    return QIcon(painted)


def button_icon(widget: QWidget, standard) -> QIcon:
    """The style's ``standard`` icon for a button of ``widget``, tinted in the button text colour when
    the buttons are dark (dark and high-contrast themes), as it comes otherwise."""
    icon = widget.style().standardIcon(standard)
    palette = widget.palette()
    if palette.color(QPalette.Button).lightness() < 128:
        return tinted(icon, palette.color(QPalette.ButtonText))
    return icon
