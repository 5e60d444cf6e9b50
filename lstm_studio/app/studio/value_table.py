"""The table alternative of the plots (``--panel table``): every number the gate plots, the heat maps and
the output plots draw, in a keyboard-readable table for screen readers (Orca reads a QTableView's cells
with their row and column headers) and for anyone who prefers numbers to colours.

One row per quantity and unit of layer 1 (the plots' quantities), one per output probability and one for
the loss; one column per time step, its header the input token. A cell's tooltip (read as its
description) explains how its number is computed, as hovering the plot does. See docs/accessibility.md.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from lstm_studio.app.common.i18n import translate
from lstm_studio.app.common.live import LiveView
from lstm_studio.app.common.widgets import vertical
from lstm_studio.explain.quantities import explain, explain_loss, explain_probability, quantities, values

#: The role that holds a cell's number as a float (tests and copy).
VALUE_ROLE = Qt.UserRole + 1



class ValueModel(QAbstractTableModel):
    """Rows (kind, key, index, label) over the steps of the session's evaluation."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[tuple[str, str, int, str]] = []
        self.table = np.zeros((0, 0))
        self.result = None

    def load(self) -> None:
        """Read the session's present evaluation."""
        self.beginResetModel()
        model = self.session.model
        result = self.result = self.session.result()
        rows, blocks = [], []
        unit = translate("ValueTable", "unit")
        if result.trace is not None:
            for q in quantities(model):
                data = values(result, q.key)
                for k in range(data.shape[1]):
                    rows.append(("unit", q.key, k, f"{q.symbol}_t, {unit} {k + 1}"))
                blocks.append(data.T)
            for k, token in enumerate(model.vocab):
                rows.append(("p", "p", k, f"p_t[{token}]"))
            blocks.append(result.p.T)
            rows.append(("loss", "loss", 0, translate("ValueTable", "loss")))
            blocks.append(np.asarray(result.losses, dtype=float)[None, :])
        self.rows = rows
        self.table = np.vstack(blocks) if blocks else np.zeros((0, 0))
        self.endResetModel()

    def value(self, r: int, t: int) -> float:
        return float(self.table[r, t])

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.rows else self.table.shape[1]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r, t = index.row(), index.column()
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return f"{self.value(r, t):.4f}"
        if role == VALUE_ROLE:
            return self.value(r, t)
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role in (Qt.ToolTipRole, Qt.AccessibleDescriptionRole):
            kind, key, k, _ = self.rows[r]
            model, result = self.session.model, self.result
            if kind == "unit":
                return explain(model, result, key, t, k)
            if kind == "p":
                return explain_probability(model, result, t, k)
            return explain_loss(model, result, t)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role not in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return None
        if orientation == Qt.Vertical:
            return self.rows[section][3] if section < len(self.rows) else None
        inputs = self.result.inputs if self.result is not None else []
        token = self.session.model.vocab[int(inputs[section])] if section < len(inputs) else ""
        return f"t = {section + 1}" + (f" ({token})" if token else "")


class ValueTable(LiveView, QWidget):
    """The table of every plotted number; see the module docstring."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        layout = vertical(self, 4, 4)
        self.caption = QLabel(translate(
            "ValueTable", "The numbers of the gate plots, heat maps and output plots (layer 1): one row "
                          "per gate or state and unit, per output probability and for the loss; one "
                          "column per step. Hover or focus a cell for how it is computed."))
        self.caption.setWordWrap(True)
        self.caption.setObjectName("muted")
        layout.addWidget(self.caption)
        self.model = ValueModel(session, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.view.setAccessibleName(translate("ValueTable", "Table of the plotted values"))
        self.view.setAccessibleDescription(translate(
            "ValueTable", "rows: gates, states, output probabilities and the loss; "
                          "columns: time steps"))
        layout.addWidget(self.view, 1)
        self.follow(session)

    def rebuild(self) -> None:
        self.show_values()

    def show_values(self) -> None:
        current = self.view.currentIndex()
        self.model.load()
        if current.isValid() and current.row() < self.model.rowCount() and \
                current.column() < self.model.columnCount():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.show_step()

    def show_step(self) -> None:
        """Scroll to the current step's column."""
        step = self.session.step
        if step < self.model.columnCount():
            self.view.scrollTo(self.model.index(max(self.view.currentIndex().row(), 0), step))
