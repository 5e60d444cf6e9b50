"""The sequence panel: type the input (``PIG``) or click the one-hot grid; targets default to the next
token and can be changed per step (click the target row); unknown tokens are flagged inline and skipped;
the initial state h_0 (c_0) is editable. The panel follows the session through
:mod:`lstm_studio.app.common.live`; a lesson may hold or hide its controls (:meth:`SequencePanel.controls`)."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from lstm_studio.app.common import holds, roles, theme
from lstm_studio.app.common.i18n import translate
from lstm_studio.app.common.live import LiveView
from lstm_studio.app.common.plain_text import plain_tooltip
from lstm_studio.app.common.widgets import vertical
from lstm_studio.document import tokens
from lstm_studio.document.session import DEFAULT

#: The one-hot grid shows at most this many rows. A vocabulary too long for them (the plurals task's 23
#: tokens) shows the rows of the tokens in the input only, so that the target and prediction rows stay
#: in sight; typing another token adds its row.
MAX_GRID_ROWS = 10


def _set_style(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes: re-styling repaints the widget and its parents."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class SequenceGrid(QAbstractTableModel):
    """Rows: one per vocabulary token (the one-hot x_t), then the target, then the prediction.
    Columns: one per step, plus a last "+" column that appends a step."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.result = None
        self._vocab: list[str] = list(session.model.vocab)
        self._inputs: list[int] = []
        self._targets: list[int] = []
        self._shown: list[tuple[int | None, str]] = []

    def refresh(self, result) -> bool:
        """Show ``result``; returns True when the table's shape or inputs changed (a full reset), False
        when only the prediction and target rows needed repainting (a weight edit)."""
        inputs = self.session.inputs()
        targets = self.session.targets()
        vocab = list(self.session.model.vocab)
        key = (tuple(vocab), tuple(inputs), tuple(self.session.target_overrides.items()))
        self.result = result
        if key == getattr(self, "_key", None):
            # Same inputs and targets: only the predictions that read differently are repainted.
            self._targets = targets
            shown = self._predictions()
            changed = [t for t, (old, new) in enumerate(zip(self._shown, shown)) if old != new]
            self._shown = shown
            if changed:
                self.dataChanged.emit(self.index(self.predicted_row, changed[0]),
                                      self.index(self.predicted_row, changed[-1]))
            return False
        self._key = key
        self.beginResetModel()
        self._vocab = vocab
        self._inputs = inputs
        self._targets = targets
        self._shown = self._predictions()
        self.endResetModel()
        return True

    def _predictions(self) -> list[tuple[int | None, str]]:
        """What the prediction row reads at each step: (token index, probability to two places)."""
        result = self.result
        if result is None or result.trace is None:
            return []
        steps = min(result.steps, len(self._inputs))
        predicted = np.asarray(result.prediction[:steps], dtype=np.int64)
        p = result.p[np.arange(steps), np.minimum(predicted, result.p.shape[1] - 1)]
        return [(k if k < len(self._vocab) else None, f"{q:.2f}") for k, q in zip(predicted.tolist(), p.tolist())]

    def mark_step(self, old: int | None, new: int) -> None:
        """Repaint the columns of the previous and the new current step."""
        for column in {old, new}:
            if column is not None and 0 <= column < self.columnCount():
                self.headerDataChanged.emit(roles.HORIZONTAL, column, column)
                self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    @property
    def vocab(self) -> list[str]:
        """The vocabulary as of the last refresh (the table stays self-consistent until the next)."""
        return self._vocab

    @property
    def target_row(self) -> int:
        return len(self.vocab)

    @property
    def predicted_row(self) -> int:
        return len(self.vocab) + 1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.vocab) + 2

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._inputs) + 1

    def _predicted(self, t: int) -> int | None:
        if self.result is None or self.result.trace is None or t >= self.result.steps:
            return None
        predicted = int(self.result.prediction[t])
        return predicted if predicted < len(self._vocab) else None

    def data(self, index, role=roles.DISPLAY):
        if not index.isValid():
            return None
        r, t = index.row(), index.column()
        th = theme.current()
        appending = t == len(self._inputs)
        current = t == self.session.step and not appending
        if role == roles.TEXT_ALIGNMENT:
            return int(Qt.AlignCenter)
        if r < len(self.vocab):
            on = not appending and self._inputs[t] == r
            if role == roles.DISPLAY:
                return "1" if on else ("+" if appending else "0")
            if role == roles.BACKGROUND:
                if on:
                    return QColor("#0072B2")
                return QColor(th.shade[0], th.shade[1], th.shade[2], 40) if current else None
            if role == roles.FOREGROUND:
                return QColor("white") if on else QColor(th.muted)
            if role == roles.TOOLTIP:
                if appending:
                    return plain_tooltip(translate("SequencePanel", "append {token} as step {t}").format(
                        token=self.vocab[r], t=t + 1))
                return plain_tooltip(translate("SequencePanel", "x_{t}[{token}] = {value}: click to make {token} the "
                                                                "input at step {t}").format(
                    t=t + 1, token=self.vocab[r], value=1 if on else 0))
            return None
        if appending:
            return None
        if r == self.target_row:
            k = self._targets[t]
            overridden = t in self.session.target_overrides
            if role == roles.DISPLAY:
                return self.vocab[k] if k >= 0 else "—"
            if role == roles.FONT:
                font = QFont()
                font.setBold(True)
                font.setItalic(overridden)
                return font
            if role == roles.FOREGROUND:
                return QColor(th.good)
            if role == roles.TOOLTIP:
                how = (translate("SequencePanel", "set by you") if overridden
                       else translate("SequencePanel", "default: the next input token"))
                return translate("SequencePanel", "target at step {t} ({how}); click to change").format(t=t + 1,
                                                                                                       how=how)
            if role == roles.BACKGROUND and current:
                return QColor(th.shade[0], th.shade[1], th.shade[2], 40)
            return None
        predicted = self._predicted(t)
        if predicted is None:
            return None
        p = float(self.result.p[t, predicted])
        if role == roles.DISPLAY:
            return f"{self.vocab[predicted]} {p:.2f}"
        if role == roles.FOREGROUND:
            target = self._targets[t]
            if target < 0:
                return QColor(th.foreground)
            return QColor(th.good) if target == predicted else QColor(th.bad)
        if role == roles.FONT:
            font = QFont()
            font.setBold(True)
            return font
        if role == roles.TOOLTIP:
            return plain_tooltip(translate("SequencePanel", "argmax p_{t} = {token} with p = {p}").format(
                t=t + 1, token=self.vocab[predicted], p=f"{p:.4f}"))
        if role == roles.BACKGROUND and current:
            return QColor(th.shade[0], th.shade[1], th.shade[2], 40)
        return None

    def headerData(self, section, orientation, role=roles.DISPLAY):
        if orientation == roles.HORIZONTAL:
            appending = section == len(self._inputs)
            if role == roles.DISPLAY:
                return "+" if appending else f"t={section + 1}"
            if role == roles.FONT and section == self.session.step and not appending:
                font = QFont()
                font.setBold(True)
                return font
            if role == roles.FOREGROUND and section == self.session.step and not appending:
                return QColor(theme.current().highlight)
            if role == roles.TOOLTIP:
                return (translate("SequencePanel", "append a step") if appending
                        else translate("SequencePanel", "step {t}: click to go there").format(t=section + 1))
            return None
        if role == roles.DISPLAY:
            if section < len(self.vocab):
                return f"x:{self.vocab[section]}"
            return (translate("SequencePanel", "target") if section == self.target_row
                    else translate("SequencePanel", "predicted"))
        if role == roles.TOOLTIP:
            if section < len(self.vocab):
                return plain_tooltip(translate("SequencePanel", "one-hot input: 1 where the step's token is {token}")
                                     .format(token=self.vocab[section]))
            return (translate("SequencePanel", "what the model should predict at each step (click a cell to change)")
                    if section == self.target_row
                    else translate("SequencePanel", "the token with the highest probability p_t"))
        return None


class SequencePanel(LiveView, QWidget):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        layout = vertical(self, 6, 4)

        row = QHBoxLayout()
        label = QLabel(translate("SequencePanel", "<b>Input</b>"))
        self._input_label = label
        row.addWidget(label)
        self.input = QLineEdit()
        self.input.setPlaceholderText(translate("SequencePanel", "type tokens, e.g. PIG"))
        self.input.setToolTip(translate("SequencePanel", "The sequence fed to the cell, one token per step. With "
                                                         "one-character tokens type them together (PIG); otherwise "
                                                         "separate them with spaces."))
        self.input.textEdited.connect(self._typed)
        label.setBuddy(self.input)
        row.addWidget(self.input, 1)
        self.reset_targets = QPushButton(translate("SequencePanel", "Targets: next token"))
        self.reset_targets.setToolTip(translate("SequencePanel", "Reset every target to the default: the next input "
                                                                 "token"))
        self.reset_targets.clicked.connect(session.reset_targets)
        row.addWidget(self.reset_targets)
        layout.addLayout(row)

        self.tokens = QLabel()
        self.tokens.setTextFormat(Qt.RichText)
        self.tokens.setWordWrap(True)
        self.tokens.linkActivated.connect(self._link)
        layout.addWidget(self.tokens)

        self.grid_model = SequenceGrid(session, self)
        self.grid = QTableView()
        self.grid.setModel(self.grid_model)
        self.grid.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.NoSelection)
        self.grid.setFocusPolicy(Qt.NoFocus)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.grid.horizontalHeader().setDefaultSectionSize(58)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(22)
        self.grid.clicked.connect(self._clicked)
        self.grid.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.grid.setContextMenuPolicy(Qt.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.grid)

        state_row = QHBoxLayout()
        self._state_labels = [QLabel(translate("SequencePanel", "<b>Initial state</b>"))]
        state_row.addWidget(self._state_labels[0], 0, Qt.AlignTop)
        self.state_edits: dict[str, list[QLineEdit]] = {}
        self.state_box = QGridLayout()  # h₀ on one row, c₀ below it: one long row would widen the window
        self.state_box.setHorizontalSpacing(4)
        self.state_box.setVerticalSpacing(2)
        state_row.addLayout(self.state_box, 1)
        zero = QPushButton(translate("SequencePanel", "Zero"))
        zero.setToolTip(translate("SequencePanel", "h₀ = 0 (and c₀ = 0)"))
        zero.clicked.connect(self._zero_state)
        state_row.addWidget(zero, 0, Qt.AlignTop)
        self.zero_state = zero
        layout.addLayout(state_row)
        layout.addStretch(1)
        self._state_shape = None
        self._shown_step: int | None = None
        self.follow(session)

    # --- LiveView -----------------------------------------------------------------------------------

    def rebuild(self) -> None:
        session = self.session
        self._fit_grid()
        shape = (session.model.hidden_size, session.model.spec.has_c)
        if shape != self._state_shape:
            self._state_shape = shape
            while self.state_box.count():
                item = self.state_box.takeAt(0)
                if item.widget():
                    item.widget().deleteLater()
            self.state_edits = {}
            del self._state_labels[1:]
            keys = ["h", "c"] if session.model.spec.has_c else ["h"]
            show = session.model.hidden_size <= 12
            # h₀ and c₀ share a row while they are short; a wide model puts c₀ under h₀.
            one_row = session.model.hidden_size <= 4
            for n, key in enumerate(keys):
                row, first = (0, n * (session.model.hidden_size + 1)) if one_row else (n, 0)
                self._state_labels.append(QLabel(f"{key}₀ ="))
                self.state_box.addWidget(self._state_labels[-1], row, first)
                edits = []
                for k in range(session.model.hidden_size if show else 0):
                    edit = QLineEdit()
                    edit.setMaximumWidth(56)
                    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("−0.00") + 8)
                    edit.setAlignment(Qt.AlignCenter)
                    edit.setToolTip(translate("SequencePanel", "{state}₀ of unit {unit}: the state before step "
                                                               "1").format(state=key, unit=k + 1))
                    edit.editingFinished.connect(lambda key=key, k=k, edit=edit: self._state_edited(edit, key, k))
                    self.state_box.addWidget(edit, row, first + 1 + k)
                    edits.append(edit)
                if not show:
                    self._state_labels.append(QLabel(translate("SequencePanel", "(set in the model file)")))
                    self.state_box.addWidget(self._state_labels[-1], row, first + 1)
                self.state_edits[key] = edits
            for column in range(self.state_box.columnCount()):
                self.state_box.setColumnStretch(column, 0)
            width = session.model.hidden_size + 1 if show else 2
            self.state_box.setColumnStretch(width * len(keys) if one_row else width, 1)
        holds.apply(session, self.controls(), {"input": [self._input_label], "initial_state": self._state_labels})

    def _fit_grid(self) -> None:
        metrics = self.grid.fontMetrics()
        self.grid.horizontalHeader().setDefaultSectionSize(metrics.horizontalAdvance("W 0.00") + 18)
        self.grid.verticalHeader().setDefaultSectionSize(metrics.height() + 7)
        model = self.grid_model
        rows = model.rowCount()
        long = rows > MAX_GRID_ROWS
        used = set(self.session.inputs())
        for row in range(rows):  # the header keeps hidden rows across a reset: every row is set
            self.grid.setRowHidden(row, long and row < len(model.vocab) and row not in used)
        if long:
            rows = len(used) + 2
        rows = min(rows, MAX_GRID_ROWS)  # an input of more distinct tokens than that scrolls
        height = self.grid.horizontalHeader().height() + rows * self.grid.verticalHeader().defaultSectionSize()
        self.grid.setFixedHeight(height + self.grid.horizontalScrollBar().sizeHint().height() + 4)

    def show_values(self) -> None:
        session = self.session
        result = session.result()
        if self.input.text() != session.text:
            with QSignalBlocker(self.input):
                cursor = self.input.cursorPosition()
                self.input.setText(session.text)
                self.input.setCursorPosition(min(cursor, len(session.text)))
        self._show_tokens(session)
        if self.grid_model.refresh(result):
            self._fit_grid()
            self._shown_step = None
        self.reset_targets.setEnabled(bool(session.target_overrides) and not session.holds.control_locked("targets"))
        for key, edits in self.state_edits.items():
            state = session.model.h0(0, False) if key == "h" else session.model.c0(0, False)
            for edit, value in zip(edits, state):
                if not edit.hasFocus():
                    edit.setText(f"{value:.3g}")
                colour = theme.diverging(value, 1.0)
                _set_style(edit, f"background:{colour.name()}; color:{theme.text_on(colour).name()}")
        self.show_step()

    def show_step(self) -> None:
        old, step = self._shown_step, self.session.step
        if old == step:
            return
        self._shown_step = step
        self.grid_model.mark_step(old, step)
        if step < self.grid_model.columnCount():
            # the step's column and, in a long vocabulary, the row of its token (its 1)
            inputs = self.session.inputs()
            row = inputs[step] if step < len(inputs) and inputs[step] < len(self.grid_model.vocab) else 0
            self.grid.scrollTo(self.grid_model.index(row, step))

    # --- Public API ---------------------------------------------------------------------------------

    def controls(self) -> dict[str, list[QWidget]]:
        """The panel's controls by the names a lesson locks and hides them with (docs/lesson-file.md)."""
        edits = [edit for row in self.state_edits.values() for edit in row]
        return {"input": [self.input], "targets": [self.reset_targets], "initial_state": edits + [self.zero_state]}

    # --- internals ----------------------------------------------------------------------------------

    def _show_tokens(self, session) -> None:
        th = theme.current()
        key = (session.text, tuple(session.model.vocab), th.name)
        if key == getattr(self, "_tokens_key", None):  # a weight edit: the tokens read the same
            return
        self._tokens_key = key
        typed = session.typed_tokens()
        unknown = set(session.unknown_positions())
        if not typed:
            self.tokens.setText(f"<span style='color:{th.muted}'>"
                                + translate("SequencePanel", "no tokens yet: type some, or click a cell in the + "
                                                             "column below")
                                + "</span>")
            _set_style(self.input, "")
            return
        parts = []
        step = 0
        for n, token in enumerate(typed):
            if n in unknown:
                parts.append(f"<span style='color:{th.bad}; text-decoration:line-through'>"
                             f"{html.escape(token)}</span>")
            else:
                step += 1
                parts.append(f"{html.escape(token)}<sub style='color:{th.muted}'>{step}</sub>")
        text = " ".join(parts)
        if unknown:
            bad = sorted({typed[n] for n in unknown})
            names = ", ".join(f"“{html.escape(b)}”" for b in bad)
            text += (f" &nbsp; <span style='color:{th.bad}'>"
                     + translate("SequencePanel", "{tokens} not in the vocabulary ({vocabulary}): skipped").format(
                         tokens=names, vocabulary=html.escape(' '.join(session.model.vocab))) + "</span>")
            fixed = tokens.case_fix(session.text, session.model.vocab)
            if fixed is not None:  # pigs for P I G S: offer the capitals instead of only refusing
                text += " &nbsp; <a href='case-fix'>" + translate("SequencePanel", "use {tokens}").format(
                    tokens=html.escape(fixed)) + "</a>"
            _set_style(self.input, f"QLineEdit {{ border: 2px solid {th.bad}; }}")
        else:
            _set_style(self.input, "")
        self.tokens.setText(text)

    def _typed(self, text: str) -> None:
        self.session.set_input(text)

    def _link(self, link: str) -> None:
        if link == "case-fix":
            fixed = tokens.case_fix(self.session.text, self.session.model.vocab)
            if fixed is not None:
                self.session.set_input(fixed, translate("SequencePanel", "fix the case"))

    def _clicked(self, index) -> None:
        r, t = index.row(), index.column()
        model = self.grid_model
        steps = len(model._inputs)
        if r < len(model.vocab):
            if self.session.refuses("input"):
                return
            self.session.set_input_token(t, r)
            self.session.set_step(min(t, self.session.steps - 1))
        elif t < steps and r == model.target_row:
            if not self.session.refuses("targets"):
                self._target_menu(t)
        elif t < steps:
            self.session.set_step(t)

    def _header_clicked(self, section: int) -> None:
        if section < self.session.steps:
            self.session.set_step(section)

    def _target_menu(self, t: int) -> None:
        menu = QMenu(self)
        menu.addAction(translate("SequencePanel", "next token (default)")).setData(DEFAULT)
        menu.addAction(translate("SequencePanel", "no target at this step")).setData(None)
        menu.addSeparator()
        for token in self.session.model.vocab:
            menu.addAction(token).setData(("token", token))
        rect = self.grid.visualRect(self.grid_model.index(self.grid_model.target_row, t))
        chosen = self.exec_menu(menu, self.grid.viewport().mapToGlobal(rect.bottomLeft()))
        if chosen is not None:
            data = chosen.data()
            self.session.set_target(t, data[1] if isinstance(data, tuple) else data)

    def _context_menu(self, pos) -> None:
        index = self.grid.indexAt(pos)
        if not index.isValid() or index.column() >= self.session.steps:
            return
        menu = QMenu(self)
        remove = menu.addAction(translate("SequencePanel", "Remove step {t}").format(t=index.column() + 1))
        if self.exec_menu(menu, self.grid.viewport().mapToGlobal(pos)) is remove:
            self.session.remove_input_step(index.column())

    def exec_menu(self, menu: QMenu, where):
        """Show a pop-up menu and return the chosen action (tests replace this to pick one)."""
        return menu.exec(where)

    def _state_edited(self, edit: QLineEdit, key: str, k: int) -> None:
        # A box of the panel as it was before a structural change (fewer units, no c any more) finishes
        # its editing when the rebuild removes it: that edit no longer belongs to the model.
        model = self.session.model
        if edit not in self.state_edits.get(key, []) or k >= model.hidden_size or (key == "c" and not model.spec.has_c):
            return
        current = model.h0(0, False) if key == "h" else model.c0(0, False)
        try:
            value = float(edit.text().replace("−", "-"))
        except ValueError:
            edit.setText(f"{current[k]:.3g}")
            return
        if not np.isfinite(value) or value == current[k]:
            return
        new = np.array(current, dtype=float)
        new[k] = value
        label = translate("SequencePanel", "set {state}₀[{unit}]").format(state=key, unit=k + 1)
        self.session.set_initial_state(key, new, label)

    def _zero_state(self) -> None:
        model = self.session.model
        if any(np.any(v) for v in model.initial_state.values()):
            self.session.undo.begin_group(translate("SequencePanel", "zero initial state"))
            for key in list(model.initial_state):
                self.session.set_initial_state(key, np.zeros(model.hidden_size))
            self.session.undo.end_group()
