"""The cell diagram in words, for the keyboard and screen readers: its elements in reading order and a
one-line description of each with its present value (see docs/accessibility.md)."""

from __future__ import annotations

from lstm_studio.document.wording import Message
from lstm_studio.engine.notation import num
from lstm_studio.explain.cell_layouts import Layout, Node


def reading_order(layout: Layout) -> list[str]:
    """The keys of the layout's elements as the arrow keys visit them: the boxes from left to right (top to
    bottom where two share a column), then the wires in the layout's order."""
    nodes = sorted(layout.nodes, key=lambda n: (round(n.x), n.y))
    return [n.key for n in nodes] + [w.key for w in layout.wires]


def describe(layout: Layout, key: str, values: dict[str, float]) -> Message:
    """"<title> = <value>" (or just the title when the element carries no number yet), e.g.
    "forget gate f_t = 0.731"; ``values`` maps an element's value name to its number."""
    element = layout.element(key)
    title = Message("CellDiagram", element.title)  # catalogued with the diagram's titles (tools/translations.py)
    value = num(values[element.value]) if element.value and element.value in values else None
    if isinstance(element, Node):
        if value is None:
            return Message("CellDiagram", "{title} (box)", title=title)
        return Message("CellDiagram", "{title} (box) = {value}", title=title, value=value)
    if value is None:
        return Message("CellDiagram", "{title} (wire)", title=title)
    return Message("CellDiagram", "{title} (wire) = {value}", title=title, value=value)
