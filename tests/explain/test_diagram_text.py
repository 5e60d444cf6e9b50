from lstm_studio.engine import CellSpec
from lstm_studio.engine.notation import num
from lstm_studio.explain.cell_layouts import layout
from lstm_studio.explain.diagram_text import describe, reading_order


def test_reading_order_visits_every_element_once_boxes_left_to_right_first():
    lay = layout(CellSpec("lstm"))
    order = reading_order(lay)
    assert sorted(order) == sorted(lay.keys)
    boxes = order[:len(lay.nodes)]
    xs = [round(lay.element(k).x) for k in boxes]
    assert xs == sorted(xs)


def test_describe_names_the_element_and_its_value():
    lay = layout(CellSpec("lstm"))
    node = next(n for n in lay.nodes if n.value == "f")
    assert describe(lay, node.key, {}) == f"{node.title} (box)"
    assert describe(lay, node.key, {"f": 0.7311}) == f"{node.title} (box) = {num(0.7311)}"
    wire = lay.wires[0]
    assert describe(lay, wire.key, {}).startswith(wire.title)
