"""Text from a model file or a user shown in Qt widgets that render rich text.

Qt renders a label set to rich text, and any tooltip that merely looks like HTML (a tag before the first
line break, Qt::mightBeRichText), as HTML. A token is text from a file: ``<!--`` would hide the rest of a
verdict, ``<img src=…>`` would load an image. Every such sink escapes it first.
"""

from __future__ import annotations

import html


def escaped(text: object) -> str:
    """``text`` for inside rich text: ``<``, ``>``, ``&`` and quotes as entities."""
    return html.escape(str(text), quote=True)


def plain_tooltip(text: str) -> str:
    """A tooltip that Qt shows exactly as written, line breaks included, whatever it contains: as it is when
    Qt cannot take it for markup (no ``<``), else escaped inside a paragraph that keeps its line breaks."""
    if "<" not in text:
        return text
    return f"<p style='white-space:pre-wrap'>{escaped(text)}</p>"
