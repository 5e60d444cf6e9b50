"""The numbers (``--panel numbers``, Ctrl+7): every quantity at every step as a table — the input and
target tokens, every gate, state and pre-activation of every layer unit by unit, the logits y_t, the
probabilities p_t, the prediction and the loss per step — to copy into a spreadsheet or save as CSV. It is
also the table alternative of the plots for screen readers and the keyboard (docs/accessibility.md): every
number the gate plots, heat maps and output plots draw is a cell here, the table has an accessible name,
Tab leaves it and the arrow keys move inside it, and Orca reads each cell with its column header.

The table is :func:`lstm_studio.interop.run_table` of the session's evaluation (the same columns as the
command line's ``export --to csv``). Cells show six significant digits; their tooltips, Copy and Save
as CSV give every digit. Copy puts the selected block (everything when nothing is selected) with its
column names on the clipboard as tab-separated text, which spreadsheets paste into cells; text cells a
spreadsheet would evaluate (a token such as ``=``) are neutralised with a leading ', as in the CSV file.
Clicking a row makes its step the current one; the current step's row is highlighted. The columns are
documented in docs/cli.md (export). A cell's tooltip, which is also its accessible description, says
how a plotted number (layer 1's gates and states, p_t, the loss) is computed, as hovering the plot does,
and gives every digit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
)

from lstm_studio.app.common import roles, theme
from lstm_studio.app.common.i18n import shown, shown_error, translate
from lstm_studio.app.common.live import LivePanel
from lstm_studio.app.common.widgets import vertical
from lstm_studio.document.errors import InputError
from lstm_studio.explain.quantities import explain, explain_loss, explain_probability, quantities
from lstm_studio.interop.trace_csv import run_table, table_text, write_table

SHOWN_DIGITS = 6


def plotted_columns(model, header: list[str]) -> dict[int, tuple[str, str, int]]:
    """Column -> (kind, quantity key, 0-based unit or token) of the columns the plots draw: layer 1's
    quantities (forward direction) unit by unit, the probabilities and the loss."""
    names = {f"{q.key}[{k + 1}]": ("unit", q.key, k) for q in quantities(model) for k in range(model.hidden_size)}
    names.update({f"p[{token}]": ("p", "p", k) for k, token in enumerate(model.vocab)})
    names["loss"] = ("loss", "loss", 0)
    return {column: names[name] for column, name in enumerate(header) if name in names}


class NumbersModel(QAbstractTableModel):
    """The table of one run: ``header`` and ``rows`` (floats, whole numbers and text), one row per step."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.header: list[str] = []
        self.rows: list[list] = []
        self.current = -1
        #: where the explanations come from: the session's model and evaluation, and the plotted columns
        self.model = self.result = None
        self.plotted: dict[int, tuple[str, str, int]] = {}

    def set_table(self, header: list[str], rows: list[list], model=None, result=None) -> None:
        self.model, self.result = model, result
        self.plotted = plotted_columns(model, header) if model is not None else {}
        if header == self.header and len(rows) == len(self.rows):
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(header) - 1))
            return
        self.beginResetModel()
        self.header, self.rows = header, rows
        self.endResetModel()

    def set_current(self, step: int) -> None:
        old, self.current = self.current, step
        for row in (old, step):
            if 0 <= row < len(self.rows):
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.header) - 1))

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.header)

    def data(self, index, role=roles.DISPLAY):
        value = self.rows[index.row()][index.column()]
        number = isinstance(value, float)
        if role in (roles.DISPLAY, roles.ACCESSIBLE_TEXT):
            return f"{value:.{SHOWN_DIGITS}g}".replace("-", "−") if number else str(value)
        if role in (roles.TOOLTIP, roles.ACCESSIBLE_DESCRIPTION) and number:
            digits = translate("NumbersView", "{column} at t = {t}: {value}").format(
                column=self.header[index.column()], t=index.row() + 1, value=repr(value))
            how = self.explanation(index.row(), index.column())
            return f"{how}\n\n{digits}" if how else digits
        if role == roles.TEXT_ALIGNMENT:
            return int(Qt.AlignRight | Qt.AlignVCenter) if number else int(Qt.AlignCenter)
        if role == roles.BACKGROUND and index.row() == self.current:
            colour = QColor(theme.current().highlight)
            colour.setAlpha(45)
            return colour
        return None

    def explanation(self, t: int, column: int) -> str:
        """How the plotted number in ``column`` at step ``t`` is computed ("" for a column no plot draws)."""
        if column not in self.plotted or self.result is None:
            return ""
        kind, key, k = self.plotted[column]
        if kind == "unit":
            return shown(explain(self.model, self.result, key, t, k))
        if kind == "p":
            return shown(explain_probability(self.model, self.result, t, k))
        return shown(explain_loss(self.model, self.result, t))

    def headerData(self, section, orientation, role=roles.DISPLAY):
        wanted = role in (roles.DISPLAY, roles.ACCESSIBLE_TEXT)
        if wanted and orientation == roles.HORIZONTAL and section < len(self.header):
            return self.header[section]
        return None


class NumbersView(LivePanel):
    """See the module docstring."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, None, parent)
        outer = vertical(self, (6, 4, 6, 4), 4)
        top = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        top.addWidget(self.caption, 1)
        self.copy_button = QPushButton(translate("NumbersView", "Copy"))
        self.copy_button.setToolTip(translate(
            "NumbersView", "Copy the selected cells (everything when nothing is selected) with their column names, "
            "every digit, tab-separated: paste into a spreadsheet"))
        self.copy_button.clicked.connect(self.copy)
        top.addWidget(self.copy_button)
        self.save_button = QPushButton(translate("NumbersView", "Save as CSV…"))
        self.save_button.setToolTip(translate("NumbersView", "Write the whole table, every digit, to a CSV file"))
        self.save_button.clicked.connect(lambda: self.save())
        top.addWidget(self.save_button)
        outer.addLayout(top)
        self.table_model = NumbersModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.table.setAccessibleName(translate("NumbersView", "Table of numbers"))
        self.table.setAccessibleDescription(translate(
            "NumbersView", "one row per time step; columns: the input token, the target, every gate and "
            "state unit by unit, the output scores and probabilities, the prediction and the loss"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultSectionSize(86)
        self.table.clicked.connect(lambda index: self.session.set_step(index.row()))
        QShortcut(QKeySequence.Copy, self.table, self.copy, context=Qt.WidgetShortcut)
        outer.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        outer.addWidget(self.message)

    # --- LivePanel ----------------------------------------------------------------------------------

    def show_values(self) -> None:
        result = self.session.result()
        if result.trace is None:
            self.table_model.set_table([], [])
            self.caption.setText(translate("NumbersView", "Type an input sequence to see its numbers."))
            return
        model = self.session.model
        header, rows = run_table(model, result.inputs, result.trace, result.targets, result.losses)
        new_columns = header != self.table_model.header
        self.table_model.set_table(header, rows, model, result)
        if new_columns:  # t, token, target: as narrow as their contents
            for column in range(header.index("token") + 1 + ("target" in header)):
                self.table.resizeColumnToContents(column)
        self.caption.setText(translate(
            "NumbersView", "Every quantity at each of the %n steps, shown with {digits} significant digits (hover "
            "a cell for all of them). Copy and Save as CSV give every digit.", None, result.steps).format(
                digits=SHOWN_DIGITS))
        self.show_step()

    def show_step(self) -> None:
        step = self.session.step
        self.table_model.set_current(step)
        if 0 <= step < self.table_model.rowCount():
            self.table.scrollTo(self.table_model.index(step, 0))

    # --- Public API ---------------------------------------------------------------------------------

    def selected_table(self) -> tuple[list[str], list[list]]:
        """The selected block (rows and columns spanned by the selection), or the whole table."""
        self.catch_up()
        header, rows = self.table_model.header, self.table_model.rows
        chosen = self.table.selectionModel().selectedIndexes()
        if not chosen:
            return header, rows
        r = sorted({i.row() for i in chosen})
        c = sorted({i.column() for i in chosen})
        return [header[k] for k in c], [[rows[i][k] for k in c] for i in r]

    def copy(self) -> str:
        """Put the selected block (or everything) on the clipboard as tab-separated text; returns it."""
        text = table_text(*self.selected_table(), delimiter="\t")
        QApplication.clipboard().setText(text)
        self.message.setText(translate("NumbersView", "copied %n rows", None, text.count(chr(10)) - 1))
        return text

    def save(self, path: str | Path | None = None) -> Path | None:
        """Write the whole table as CSV (asking where when ``path`` is None); a failure is one line."""
        self.catch_up()
        if path is None:
            start = self.session.path.with_suffix(".csv") if self.session.path else Path.home() / "numbers.csv"
            path, _ = QFileDialog.getSaveFileName(self, translate("NumbersView", "Save the numbers as CSV"), str(start),
                                                  translate("NumbersView", "CSV table (*.csv)"))
            if not path:
                return None
        try:
            written = write_table(path, self.table_model.header, self.table_model.rows)
        except InputError as err:
            self.message.setText(shown_error(err))
            return None
        self.message.setText(translate("NumbersView", "wrote {path}").format(path=written))
        return written
