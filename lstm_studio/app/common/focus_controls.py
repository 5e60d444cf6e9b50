"""What the cell diagram and the equations panel share: the unit spin box and layer/direction combo, and
the numbers of the focus unit at the current step."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QLabel, QLayout, QSpinBox

from lstm_studio.app.common.i18n import translate
from lstm_studio.explain.teacher_warnings import TeacherWarning, of_evaluation
from lstm_studio.explain.unit_numbers import UnitStep


def add_focus_controls(row: QLayout, panel, unit_tip: str,
                       layer_tip: str | None = None) -> tuple[QSpinBox, QComboBox, QLabel]:
    """Add "Unit j" (a spin box counting from 1) and "Layer" (a combo) to ``row``, each choice moving
    ``panel.focus``; returns (unit, layer, layer_label), which the panel keeps as ``panel.unit``,
    ``panel.layer`` and ``panel.layer_label`` and fits to the model with :func:`sync_focus_controls`.

    The handlers reach the widgets through ``panel``, never by holding them: a Python closure that holds
    the very widget whose signal it is connected to makes a cycle that the garbage collector may break
    while Qt still calls it (PySide6 6.12 then crashes)."""
    row.addWidget(QLabel(translate("FocusControls", "Unit <i>j</i>")))
    unit = QSpinBox()
    unit.setToolTip(unit_tip)
    unit.valueChanged.connect(lambda v: panel.focus.set(unit=v - 1))
    row.addWidget(unit)
    layer_label = QLabel(translate("FocusControls", "Layer"))
    row.addWidget(layer_label)
    layer = QComboBox()
    if layer_tip:
        layer.setToolTip(layer_tip)
    layer.activated.connect(lambda i: panel.focus.set(*((None,) + tuple(panel.layer.itemData(i)))))
    row.addWidget(layer)
    return unit, layer, layer_label


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


def focused_step(panel) -> tuple[UnitStep | None, list[TeacherWarning]]:
    """The numbers of the focus unit at the session's step (None when no token is run) and the teacher's
    warnings of the present evaluation, for ``panel`` (a view with ``session``, ``focus`` and the ``unit``
    spin box, which is set to the focus unit)."""
    with QSignalBlocker(panel.unit):
        panel.unit.setValue(panel.focus.unit + 1)
    session, focus = panel.session, panel.focus
    result = session.result()
    if result.trace is None:
        return None, []
    us = UnitStep(session.model, result.trace, tuple(int(i) for i in result.inputs), focus.layer, focus.k,
                  session.step, focus.unit)
    return us, of_evaluation(session.model, result)
