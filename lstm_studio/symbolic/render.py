"""LaTeX to SVG with ziamath: pure Python, no TeX installation, no Qt.

``svg2=False`` makes ziamath write plain SVG 1.1 paths (no ``<symbol>``/``<use>`` reuse), which is what
Qt's SVG renderer reads. ziamath converts LaTeX through latex2mathml, which turns a command it does not
know into the literal text ``\\command`` instead of failing; :func:`unknown_commands` finds those in the
MathML so that tests can insist every formula the app writes is one the renderer understands.

ziamath keeps its settings in module globals, so rendering runs under a lock; results are cached.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from functools import lru_cache

import ziamath
from ziamath.tex import tex2mml

_lock = threading.Lock()
DEFAULT_SIZE = 24.0


class RenderError(ValueError):
    """LaTeX that the renderer cannot draw; the message names the first problem."""


def unknown_commands(latex: str) -> list[str]:
    """The LaTeX commands (and MathML errors) the renderer would silently print as text.

    latex2mathml writes an unknown ``\\foo`` as ``<mi>\\foo</mi>`` (or inside ``<mtext>``/``<merror>``);
    any text in the MathML that still carries a backslash is such a command.
    """
    with _lock:
        mathml = tex2mml(latex)
    root = ET.fromstring(mathml)
    problems = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        text = element.text or ""
        if tag == "merror":
            problems.append("merror: " + "".join(element.itertext()).strip())
        elif "\\" in text:
            problems.append(text.strip())
    return problems


@lru_cache(maxsize=1024)
def render_svg(latex: str, size: float = DEFAULT_SIZE, color: str | None = None) -> bytes:
    """SVG (UTF-8 bytes) of one LaTeX formula in display style; ``size`` is the base font size in px.

    Raises RenderError for LaTeX the renderer does not understand.
    """
    problems = unknown_commands(latex)
    if problems:
        raise RenderError(f"latex: the renderer does not know {problems[0]!r}")
    with _lock:
        ziamath.config.svg2 = False
        try:
            math = ziamath.Latex(latex, size=size, color=color)
            return math.svg().encode("utf-8")
        except Exception as err:  # ziamath raises plain exceptions of many kinds on malformed input
            raise RenderError(f"latex: cannot render ({type(err).__name__}: {err})") from None
