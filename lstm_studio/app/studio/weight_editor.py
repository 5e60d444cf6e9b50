"""The weight editor: every parameter as a table coloured as a diverging heat map.

Type a number into a cell to set it exactly; move with the arrow keys; drag the slider (or press
PageUp/PageDown) to change the selected entry while every view follows. The chooser also offers the LSTM's
four gate matrices stacked and the slides' W·[h, x] concatenation. Zero, identity, randomise, reset,
copy (CSV) and paste (CSV, Matlab or NumPy) act on the whole table shown. The editor follows the session through
:mod:`lstm_studio.app.common.live`; its public methods catch up first, so they never act on a table
built for a model that has since been replaced.

Entries a lesson holds (``session.holds``) show a lock and say so in their tooltip; typing into one, or
dragging its slider, changes nothing and the editor says why (``sig_message``). The table actions are
off while any entry of the table is held.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QToolTip,
    QWidget,
)

from lstm_studio.app.common import holds, roles, shortcuts, theme
from lstm_studio.app.common.i18n import shown, shown_error, translate
from lstm_studio.app.common.live import LiveView
from lstm_studio.app.common.widgets import timer, vertical
from lstm_studio.document.errors import InputError
from lstm_studio.document.session import entry_name
from lstm_studio.explain.matrix_views import MatrixLayout, layouts, parse_matrix, to_csv

SLIDER_STEPS_PER_UNIT = 200
#: The slider's positions are C ints: its range stops at ±10 million, whatever the weight (a typed
#: 1.07e7 overflowed it, and the edit was lost). Larger weights are typed; the slider then shows its end.
SLIDER_MAX_UNITS = (2**31 - 1) // SLIDER_STEPS_PER_UNIT


class MatrixModel(QAbstractTableModel):
    """A MatrixLayout of the session's parameters as a Qt table model; edits go to the session."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.layout: MatrixLayout | None = None
        self.vmax = 1.0
        self.active_column: int | None = None
        self._shown: np.ndarray | None = None

    def set_layout(self, layout: MatrixLayout | None) -> None:
        self.beginResetModel()
        self.layout = layout.bind(self.session.model) if layout else None
        self._update_scale()
        self.endResetModel()

    def refresh(self) -> None:
        """The values changed (same shapes): repaint the cells that changed, or all when the colour
        scale moved."""
        if self.layout is None:
            return
        before, vmax = self._shown, self.vmax
        self._update_scale()
        rows, cols = self.layout.shape
        if self.vmax != vmax or before is None or before.shape != self._shown.shape:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1))
            return
        changed = np.argwhere(before != self._shown)
        if len(changed):
            (r0, c0), (r1, c1) = changed.min(axis=0), changed.max(axis=0)
            self.dataChanged.emit(self.index(int(r0), int(c0)), self.index(int(r1), int(c1)))

    def _update_scale(self) -> None:
        if self.layout is None:
            self._shown = None
            return
        table = self.layout.values()
        self._shown = table
        self.vmax = max(1.0, float(np.max(np.abs(table))) if table.size else 1.0)

    def held(self, r: int, c: int) -> str | None:
        """Why the entry at (r, c) cannot be edited (the lesson holds it), or None."""
        name, where = self.layout.locate(r, c)
        return self.session.holds.entry_reason(name, tuple(where))

    def value(self, r: int, c: int) -> float:
        # The layout's own model: between a structural edit and the rebuild the table still shows
        # the model it was built for, never a mix of two.
        name, index = self.layout.locate(r, c)
        return float(self.layout.model.params[name][index])

    # --- QAbstractTableModel -----------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.layout is None else self.layout.shape[0]

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.layout is None else self.layout.shape[1]

    def data(self, index, role=roles.DISPLAY):
        if not index.isValid() or self.layout is None:
            return None
        r, c = index.row(), index.column()
        if role == roles.DISPLAY:
            return f"{self.value(r, c):.2f}"
        if role == roles.EDIT:
            return repr(self.value(r, c))
        if role == roles.BACKGROUND:
            return theme.diverging(self.value(r, c), self.vmax)
        if role == roles.FOREGROUND:
            return theme.text_on(theme.diverging(self.value(r, c), self.vmax))
        if role == roles.TEXT_ALIGNMENT:
            return int(Qt.AlignCenter)
        if role == roles.DECORATION:
            return holds.lock_pixmap(11) if self.held(r, c) else None
        if role == roles.TOOLTIP:
            name, where = self.layout.locate(r, c)
            reason = self.held(r, c)
            return (f"{name}{list(where)} = {self.value(r, c)!r}\n"
                    + translate("WeightEditor", "row {row}, column {column}").format(
                        row=self.layout.row_labels[r], column=self.layout.col_labels[c])
                    + ("\n" + translate("Holds", "Locked: {reason}.").format(reason=shown(reason)) if reason else ""))
        return None

    def headerData(self, section, orientation, role=roles.DISPLAY):
        if self.layout is None:
            return None
        horizontal = orientation == roles.HORIZONTAL
        if role == roles.DISPLAY:
            labels = self.layout.col_labels if horizontal else self.layout.row_labels
            label = labels[section] if section < len(labels) else ""
            if horizontal and section == self.active_column:
                return f"▸{label}"
            return label
        if role == roles.FONT and horizontal and section == self.active_column:
            font = QFont()
            font.setBold(True)
            return font
        if role == roles.TOOLTIP and horizontal and section == self.active_column:
            return translate("WeightEditor", "the current input x_t is one-hot: only this column acts at this step")
        return None

    def flags(self, index):
        if self.layout is not None and index.isValid() and self.held(index.row(), index.column()):
            return roles.SELECTABLE
        return roles.EDITABLE

    def setData(self, index, value, role=roles.EDIT):
        if role != roles.EDIT or self.layout is None or self.layout.model is not self.session.model:
            return False
        try:
            number = float(str(value).replace("−", "-").strip())
        except ValueError:
            return False
        if not np.isfinite(number):
            return False
        name, where = self.layout.locate(index.row(), index.column())
        self.session.set_entry(name, where, number, set_label(name, where))
        return True


def set_label(name: str, where) -> str:
    """The undo label of one entry typed or dragged to a new value."""
    return translate("WeightEditor", "set {entry}").format(entry=entry_name(name, where))


class _NumberDelegate(QStyledItemDelegate):
    """Edits start from the exact value and accept only numbers."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        editor.setAlignment(Qt.AlignCenter)
        return editor


class MatrixTable(QTableView):
    """The table itself: Ctrl+Up/Ctrl+Down or PageUp/PageDown nudge the selected entry by
    shortcuts.NUDGE_COARSE (with Shift: NUDGE_FINE); plain arrows move between entries."""

    sig_nudge = Signal(float)
    sig_refused = Signal(str)
    """An edit of a held entry was attempted: the reason, one line."""

    def edit(self, index, trigger=None, event=None) -> bool:
        if trigger is None:
            return super().edit(index)
        model = self.model()
        if (index.isValid() and model.layout is not None and trigger & self.editTriggers()
                and self.state() != QAbstractItemView.EditingState):
            reason = model.held(index.row(), index.column())
            if reason:
                self.sig_refused.emit(reason)
                return False
        return super().edit(index, trigger, event)

    def keyPressEvent(self, event) -> None:
        key, modifiers = event.key(), event.modifiers()
        up = key in (Qt.Key_PageUp, Qt.Key_Up)
        arrow = key in (Qt.Key_Up, Qt.Key_Down) and modifiers & Qt.ControlModifier
        if (arrow or key in (Qt.Key_PageUp, Qt.Key_PageDown)) and self.state() != QAbstractItemView.EditingState:
            delta = shortcuts.NUDGE_FINE if modifiers & Qt.ShiftModifier else shortcuts.NUDGE_COARSE
            self.sig_nudge.emit(delta if up else -delta)
            return
        if key not in (Qt.Key_Control, Qt.Key_Shift, Qt.Key_Alt, Qt.Key_Meta):  # holding Ctrl is no new key
            self.sig_nudge_end.emit()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self.sig_nudge_end.emit()
        super().focusOutEvent(event)

    sig_nudge_end = Signal()
    """A key other than a nudge: the burst of nudges is over."""


class WeightEditor(LiveView, QWidget):
    """Chooser, table, selected-entry controls and matrix actions."""

    sig_message = Signal(str)
    """A one-line message for the status bar (a refused paste, for example)."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._layouts: list[MatrixLayout] = []
        self._dragging = False
        self._nudging: tuple | None = None  # (name, index) of the entry a burst of nudges is changing
        outer = vertical(self, 6, 6)

        self.chooser = QComboBox()
        self.chooser.setToolTip(translate("WeightEditor", "Which parameter to show; the last entries stack or "
                                                          "concatenate the "
                                                          "gate matrices into one, the concatenated form "
                                                          "W·[hₜ₋₁, xₜ]"))
        self.chooser.currentIndexChanged.connect(self._choose)
        # The longest title would otherwise set the dock's narrowest width; the list opens wide enough.
        self.chooser.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(12)
        outer.addWidget(self.chooser)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setObjectName("muted")
        outer.addWidget(self.help)

        self.model = MatrixModel(session, self)
        self.table = MatrixTable()
        self.table.setModel(self.model)
        self.table.setItemDelegate(_NumberDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.AnyKeyPressed | QAbstractItemView.DoubleClicked
                                   | QAbstractItemView.EditKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(44)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.table.selectionModel().currentChanged.connect(self._selected)
        self.table.sig_nudge.connect(self._nudge)
        self.table.sig_nudge_end.connect(self.end_nudge)
        self._nudge_timer = timer(self, shortcuts.NUDGE_BURST_MS, self.end_nudge)
        self.table.sig_refused.connect(self._refused)
        outer.addWidget(self.table, 1)

        entry = QHBoxLayout()
        self.entry_label = QLabel(translate("WeightEditor", "select an entry"))
        self.entry_label.setMinimumWidth(90)
        entry.addWidget(self.entry_label)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(-3 * SLIDER_STEPS_PER_UNIT, 3 * SLIDER_STEPS_PER_UNIT)
        self.slider.setToolTip(translate("WeightEditor", "Drag to change the selected weight; every view follows live. "
                                                         "One drag is one undo step."))
        self.slider.sliderPressed.connect(self._drag_start)
        self.slider.sliderReleased.connect(self._drag_end)
        self.slider.valueChanged.connect(self._slid)
        entry.addWidget(self.slider, 1)
        self.spin = QDoubleSpinBox()
        self.spin.setDecimals(4)
        self.spin.setRange(-1e6, 1e6)
        self.spin.setSingleStep(0.05)
        self.spin.setKeyboardTracking(False)
        self.spin.valueChanged.connect(self._spun)
        self.spin.setMinimumWidth(84)
        entry.addWidget(self.spin)
        outer.addLayout(entry)

        # Two rows of three: one row of six would cut "Randomise" short in a narrow dock or at a large font.
        actions = QGridLayout()
        actions.setSpacing(3)
        self.buttons = {}
        for n, (key, text, tip) in enumerate((
            ("zero", translate("WeightEditor", "Zero"),
             translate("WeightEditor", "Set every entry of this table to 0")),
            ("identity", translate("WeightEditor", "Identity"),
             translate("WeightEditor", "Ones on the diagonal of each square matrix, zeros elsewhere")),
            ("randomise", translate("WeightEditor", "Randomise"),
             translate("WeightEditor", "Draw every entry from U(−1/√H, 1/√H), like a fresh model")),
            ("reset", translate("WeightEditor", "Reset"),
             translate("WeightEditor", "Back to the values of the file or preset as opened or last saved")),
            ("copy", translate("WeightEditor", "Copy"), translate("WeightEditor", "Copy this table as CSV")),
            ("paste", translate("WeightEditor", "Paste"),
             translate("WeightEditor", "Paste a matrix of the same shape into this table: CSV, Matlab's [1 2; 3 4] "
                                       "or NumPy's [[1, 2], [3, 4]]")),
        )):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(False)
            button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            actions.addWidget(button, n // 3, n % 3)
            self.buttons[key] = button
        outer.addLayout(actions)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        self.problem.setTextFormat(Qt.PlainText)
        self.problem.hide()
        outer.addWidget(self.problem)
        QShortcut(QKeySequence.Copy, self.table, lambda: self.act("copy"), context=Qt.WidgetShortcut)
        QShortcut(QKeySequence.Paste, self.table, lambda: self.act("paste"), context=Qt.WidgetShortcut)

        self.follow(session)

    # --- LiveView -----------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """The structure changed: new list of tables, keep the chosen one if it still exists."""
        self.end_nudge()
        key = self.current_layout.key if self.current_layout else "param:" + next(iter(self.session.model.params))
        self._layouts = layouts(self.session.model)
        with QSignalBlocker(self.chooser):
            self.chooser.clear()
            for n, layout in enumerate(self._layouts):
                if n and layout.key.split(":")[0] != self._layouts[n - 1].key.split(":")[0]:
                    self.chooser.insertSeparator(self.chooser.count())
                self.chooser.addItem(layout.title, layout.key)
        self._show_layout(key if any(lay.key == key for lay in self._layouts) else self._layouts[0].key)

    def show_values(self) -> None:
        """Repaint the entries whose values changed; the selected entry's controls follow (not while
        its own slider is being dragged)."""
        if self.model.layout is not None:
            self.model.refresh()
            if not self._dragging:
                self._sync_entry()
        self.show_step()

    def show_step(self) -> None:
        """Mark the column of the current input token in input-weight tables."""
        layout = self.model.layout
        column = None
        step = self.session.step
        inputs = self.session.inputs()
        if layout is not None and inputs and step < len(inputs):
            label = f"x:{self.session.model.vocab[inputs[step]]}"
            if label in layout.col_labels:
                column = layout.col_labels.index(label)
        if column != self.model.active_column:
            old = self.model.active_column
            self.model.active_column = column
            for section in (old, column):
                if section is not None:
                    self.model.headerDataChanged.emit(roles.HORIZONTAL, section, section)

    # --- Public API ---------------------------------------------------------------------------------

    def show_layout(self, key: str) -> None:
        """Show the table with ``key`` ("param:W_f", "stack:W", "concat:f", …)."""
        self.catch_up()
        self._show_layout(key)

    def _show_layout(self, key: str) -> None:
        index = self.chooser.findData(key)
        if index < 0:
            raise KeyError(key)
        with QSignalBlocker(self.chooser):
            self.chooser.setCurrentIndex(index)
        self._choose()

    @property
    def current_layout(self) -> MatrixLayout | None:
        return self.model.layout

    def select(self, r: int, c: int) -> None:
        self.catch_up()
        self.table.setCurrentIndex(self.model.index(r, c))

    def act(self, action: str) -> None:
        """Run a matrix action on the whole table: zero, identity, randomise, reset, copy, paste."""
        self.catch_up()
        layout = self.model.layout
        if layout is None:
            return
        params = self.session.model.params
        names = layout.names
        if action == "copy":
            QGuiApplication.clipboard().setText(to_csv(layout.values()))
            self.sig_message.emit(translate("WeightEditor", "copied {rows} × {columns} values as CSV").format(
                rows=layout.shape[0], columns=layout.shape[1]))
            return
        if action == "paste":
            try:
                table = parse_matrix(QGuiApplication.clipboard().text(), layout.shape)
            except InputError as err:
                self._show_problem(shown_error(err))
                self.sig_message.emit(shown_error(err))
                return
            self._show_problem("")
            table_name = layout.title.split()[0]
            self.session.set_params(layout.split(table), translate("WeightEditor", "paste into {table}").format(
                table=table_name))
            self.sig_message.emit(translate("WeightEditor", "pasted {rows} × {columns} values into {table}").format(
                rows=layout.shape[0], columns=layout.shape[1], table=table_name))
            return
        if action == "zero":
            new = {n: np.zeros_like(params[n]) for n in names}
        elif action == "identity":
            new = {n: (np.eye(*params[n].shape) if params[n].ndim == 2 else np.ones_like(params[n])) for n in names}
        elif action == "randomise":
            k = 1.0 / np.sqrt(self.session.model.hidden_size)
            rng = np.random.default_rng()
            new = {n: rng.uniform(-k, k, size=params[n].shape) for n in names}
        elif action == "reset":
            base = self.session.baseline.params
            new = {n: base[n].copy() for n in names if n in base and base[n].shape == params[n].shape}
            if not new:
                self.sig_message.emit(translate("WeightEditor",
                                                "reset: this table did not exist in the file as opened"))
                return
        else:
            raise ValueError(action)
        label = {"zero": translate("WeightEditor", "zero {table}"),
                 "identity": translate("WeightEditor", "identity {table}"),
                 "randomise": translate("WeightEditor", "randomise {table}"),
                 "reset": translate("WeightEditor", "reset {table}")}[action]
        self.session.set_params(new, label.format(table=layout.title.split()[0]))

    # --- internals ----------------------------------------------------------------------------------

    def _show_problem(self, text: str) -> None:
        """A refused paste, in full under the buttons (the status bar would cut it), until the next paste."""
        self.problem.setText(text)
        palette = self.problem.palette()
        palette.setColor(QPalette.WindowText, QColor(theme.current().bad))
        self.problem.setPalette(palette)
        self.problem.setVisible(bool(text))

    def _choose(self) -> None:
        key = self.chooser.currentData()
        layout = next((lay for lay in self._layouts if lay.key == key), None)
        current = self.table.currentIndex()
        self.model.set_layout(layout)
        # Columns never narrower than a number: a wide table scrolls rather than showing "-0…".
        self.table.horizontalHeader().setMinimumSectionSize(self.table.fontMetrics().horizontalAdvance("−0.00") + 14)
        self.help.setText(translate("Parameter", layout.help) if layout else "")
        held = bool(layout) and any(self.session.holds.any_locked(n, self.session.model.params[n].shape)
                                    for n in layout.names)
        for key in ("zero", "identity", "randomise", "reset", "paste"):
            holds.hold(self.buttons[key],
                       translate("Holds", "the lesson holds entries of this table in this step") if held else None)
        self.buttons["identity"].setEnabled(not held and bool(layout) and all(
            self.session.model.params[n].ndim == 2 for n in layout.names))
        rows, cols = layout.shape if layout else (0, 0)
        r = min(max(current.row(), 0), rows - 1)
        c = min(max(current.column(), 0), cols - 1)
        if rows and cols:
            self.table.setCurrentIndex(self.model.index(r, c))
        self.show_step()

    def _selected(self, *_) -> None:
        self._sync_entry()

    def _sync_entry(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.model.layout is None:
            self.entry_label.setText(translate("WeightEditor", "select an entry"))
            return
        value = self.model.value(index.row(), index.column())
        name, where = self.model.layout.locate(index.row(), index.column())
        reason = self.model.held(index.row(), index.column())
        for widget in (self.slider, self.spin):
            holds.hold(widget, reason)
        self.entry_label.setText(f"<b>{name}</b>[{', '.join(str(i + 1) for i in where)}]")
        self.entry_label.setToolTip(translate("WeightEditor", "{entry} (0-based), exact value {value}").format(
            entry=f"{name}{list(where)}", value=repr(value)))
        bound = min(max(3.0, float(np.ceil(abs(value)))), SLIDER_MAX_UNITS)
        with QSignalBlocker(self.slider):
            self.slider.setRange(int(-bound * SLIDER_STEPS_PER_UNIT), int(bound * SLIDER_STEPS_PER_UNIT))
            self.slider.setValue(round(float(np.clip(value, -bound, bound)) * SLIDER_STEPS_PER_UNIT))
        with QSignalBlocker(self.spin):
            self.spin.setValue(value)

    def _set_selected(self, value: float) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.model.layout is None or self.model.layout.model is not self.session.model:
            return
        name, where = self.model.layout.locate(index.row(), index.column())
        self.session.set_entry(name, where, value, set_label(name, where))

    def _drag_start(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            name, where = self.model.layout.locate(index.row(), index.column())
            self._dragging = True
            self.session.begin_undo_group(translate("WeightEditor", "drag {entry}").format(
                entry=entry_name(name, where)))

    def _drag_end(self) -> None:
        if self._dragging:
            self._dragging = False
            self.session.end_undo_group()
            self._sync_entry()

    def _slid(self, position: int) -> None:
        value = position / SLIDER_STEPS_PER_UNIT
        with QSignalBlocker(self.spin):
            self.spin.setValue(value)
        self._set_selected(value)

    def _refused(self, reason: str) -> None:
        message = translate("Holds", "Locked: {reason}.").format(reason=shown(reason))
        self.sig_message.emit(message)
        rect = self.table.visualRect(self.table.currentIndex())
        QToolTip.showText(self.table.viewport().mapToGlobal(rect.center()), message, self.table)

    def _spun(self, value: float) -> None:
        self._set_selected(value)

    def _nudge(self, delta: float) -> None:
        """Nudge the selected entry; a burst of nudges (none apart by more than NUDGE_BURST_MS) is one
        undo step."""
        index = self.table.currentIndex()
        if not index.isValid() or self.model.layout is None:
            return
        name, where = self.model.layout.locate(index.row(), index.column())
        if self._nudging != (name, where):  # another entry: a burst of its own
            self.end_nudge()
            self._nudging = (name, where)
            label = translate("WeightEditor", "nudge {entry}").format(entry=entry_name(name, where))
            self.session.begin_undo_group(label)
        self._nudge_timer.start()
        self._set_selected(round(self.model.value(index.row(), index.column()) + delta, 10))

    def end_nudge(self) -> None:
        """Close the burst of nudges (its undo step), if one is open."""
        self._nudge_timer.stop()
        if self._nudging is not None:
            self._nudging = None
            self.session.end_undo_group()
