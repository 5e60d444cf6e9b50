"""The unit spin box and layer/direction combo that the cell diagram and the equations panel share."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker


def sync_focus_controls(unit, layer, layer_label, focus, model) -> None:
    """Fit the controls to ``model`` and show ``focus`` without emitting their change signals.

    unit: QSpinBox counting units from 1; layer: QComboBox with one entry per layer and direction, its data
    (layer, k); layer_label: hidden with the combo when the model has a single layer and direction.
    """
    with QSignalBlocker(unit):
        unit.setRange(1, model.hidden_size)
        unit.setValue(focus.unit + 1)
    with QSignalBlocker(layer):
        layer.clear()
        for index in range(model.layers):
            for k in range(model.directions):
                arrow = (" ←" if k else " →") if model.bidirectional else ""
                layer.addItem(f"{index + 1}{arrow}", (index, k))
        layer.setCurrentIndex(focus.layer * model.directions + focus.k)
    several = model.layers > 1 or model.bidirectional
    layer.setVisible(several)
    layer_label.setVisible(several)
