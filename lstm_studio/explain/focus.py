"""Which unit, layer and direction the inside views look at (the cell diagram and the equations panel
share it, so choosing unit 2 in one shows unit 2 in the other). Qt-free."""

from __future__ import annotations

from lstm_studio.document.events import Signal


class Focus:
    """``unit`` (0-based), ``layer`` (0-based) and ``k`` (direction: 0 forward, 1 backward)."""

    def __init__(self) -> None:
        self.changed = Signal("The unit, layer or direction in focus changed.")
        self.unit = 0
        self.layer = 0
        self.k = 0

    def set(self, unit: int | None = None, layer: int | None = None, k: int | None = None) -> None:
        new = (self.unit if unit is None else int(unit), self.layer if layer is None else int(layer),
               self.k if k is None else int(k))
        if new != (self.unit, self.layer, self.k):
            self.unit, self.layer, self.k = new
            self.changed.emit()

    def clamp(self, model) -> bool:
        """Keep the focus inside ``model`` (after a structural change); True when it moved."""
        unit = min(self.unit, model.hidden_size - 1)
        layer = min(self.layer, model.layers - 1)
        k = min(self.k, model.directions - 1)
        if (unit, layer, k) == (self.unit, self.layer, self.k):
            return False
        self.unit, self.layer, self.k = unit, layer, k
        return True
