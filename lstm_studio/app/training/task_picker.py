"""The task picker: choose a built-in task, read what it teaches, set its options (the user's own words or
text), and see the data it makes — the vocabulary, every training and test sequence, the split.

Qt only arranges it: the tasks and their data come from :mod:`lstm_studio.tasks.catalog`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lstm_studio.app.common.i18n import shown, shown_error, translate
from lstm_studio.app.common.widgets import timer
from lstm_studio.tasks.catalog import TASKS, Dataset, Task, TaskError, TaskOption, get_task

#: Lines of data shown per split before "… and N more".
MAX_DATA_LINES = 400
#: Typing in an option rebuilds the data this long after the last key.
REBUILD_MS = 250


class TaskPicker(QWidget):
    """Task combo, explanation, option editors, data summary and listing."""

    sig_task_changed = Signal(object)
    """Another task was picked: emitted with the :class:`~lstm_studio.tasks.catalog.Task`."""
    sig_data_changed = Signal(object)
    """The data was rebuilt: emitted with the :class:`Dataset`, or None when the options are invalid."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data: Dataset | None = None
        self.data_error = ""
        self.seed = 0
        self.option_widgets: dict[str, QWidget] = {}
        self._timer = timer(self, REBUILD_MS, self.rebuild_data)

        task_box = QGroupBox(translate("TaskPicker", "Task"))
        task_layout = QVBoxLayout(task_box)
        self.task_combo = QComboBox()
        for name, task in TASKS.items():
            self.task_combo.addItem(translate("Tasks", task.title), name)
        self.task_combo.currentIndexChanged.connect(lambda _: self.set_task(self.task_combo.currentData()))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.options_form = QFormLayout()
        task_layout.addWidget(self.task_combo)
        task_layout.addWidget(self.explanation)
        task_layout.addLayout(self.options_form)

        data_box = QGroupBox(translate("TaskPicker", "Data: vocabulary and split"))
        data_layout = QVBoxLayout(data_box)
        self.data_summary = QLabel()
        self.data_summary.setWordWrap(True)
        self.data_view = QPlainTextEdit()
        self.data_view.setReadOnly(True)
        self.data_view.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.data_view.setMinimumHeight(110)
        data_layout.addWidget(self.data_summary)
        data_layout.addWidget(self.data_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(task_box)
        layout.addWidget(data_box, 1)

    # --- Public API -----------------------------------------------------------------------------------

    @property
    def task(self) -> Task:
        return get_task(self.task_combo.currentData())

    def set_task(self, name: str) -> None:
        """Show task ``name`` with its options at their defaults, and build its data."""
        task = get_task(name)
        index = self.task_combo.findData(name)
        if index != self.task_combo.currentIndex():
            self.task_combo.blockSignals(True)
            self.task_combo.setCurrentIndex(index)
            self.task_combo.blockSignals(False)
        self.explanation.setText(translate("Tasks", task.explanation))
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self.option_widgets = {}
        for opt in task.options:
            widget = _option_widget(opt, self.rebuild_soon)
            self.option_widgets[opt.name] = widget
            self.options_form.addRow(translate("Tasks", opt.name.replace("_", " ")), widget)
        self.sig_task_changed.emit(task)
        self.rebuild_data()

    def set_seed(self, seed: int) -> None:
        """The seed of the task's random data and split (long_range, sentiment)."""
        if seed != self.seed:
            self.seed = seed
            self.rebuild_soon()

    def options(self) -> dict:
        """The option values as the task takes them (lists from comma-separated or one-per-line text)."""
        values = {}
        for name, widget in self.option_widgets.items():
            if isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
                values[name] = text if name == "text" else [line for line in text.splitlines() if line.strip()]
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
            else:
                values[name] = widget.value()
        return values

    def rebuild_soon(self) -> None:
        self._timer.start()

    def rebuild_pending(self) -> bool:
        return self._timer.isActive()

    def rebuild_data(self) -> None:
        """Build the dataset for the present options and show it (or the reason it cannot be built)."""
        self._timer.stop()
        try:
            self.data = self.task.build(seed=self.seed, **self.options())
            self.data_error = ""
        except TaskError as err:
            self.data, self.data_error = None, shown_error(err)
        if self.data is None:
            self.data_summary.setText(f"<span style='color:#D55E00'>{html.escape(self.data_error)}</span>")
            self.data_view.setPlainText("")
        else:
            data = self.data
            notes = "".join(f"<br>{html.escape(shown(n))}" for n in data.notes)
            self.data_summary.setText(html.escape(shown(data.summary())) + translate(
                "TaskPicker", "; target accuracy {accuracy}").format(accuracy=f"{data.target_accuracy:.0%}") + notes)
            self.data_view.setPlainText(data_text(data))
        self.sig_data_changed.emit(self.data)

    def set_editable(self, editable: bool) -> None:
        """While a run trains on this data, the task and its options cannot change."""
        self.task_combo.setEnabled(editable)
        for widget in self.option_widgets.values():
            widget.setEnabled(editable)


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def _option_widget(opt: TaskOption, changed) -> QWidget:
    """The editor of one task option; ``changed`` is called on every edit."""
    if opt.kind is int:
        box = _spin(int(opt.low if opt.low is not None else 0), int(opt.high or 1_000_000), int(opt.default))
        box.valueChanged.connect(lambda _: changed())
    elif opt.kind is float:
        box = QDoubleSpinBox()
        box.setRange(opt.low or 0.0, opt.high or 1e6)
        box.setSingleStep(0.05)
        box.setValue(float(opt.default))
        box.valueChanged.connect(lambda _: changed())
    elif opt.kind is str or opt.name == "extra_phrases":
        box = QPlainTextEdit()
        box.setMaximumHeight(90)
        box.setPlaceholderText(translate("TaskPicker", "+ so very clever\n- so very silly")
                               if opt.name == "extra_phrases"
                               else translate("TaskPicker", "paste a text to learn instead (empty: the shipped story)"))
        box.textChanged.connect(changed)
    else:
        box = QLineEdit(", ".join(opt.default))
        box.setPlaceholderText(translate("TaskPicker", "comma-separated, e.g. HENS, DISHES"))
        box.textChanged.connect(lambda _: changed())
    box.setToolTip(translate("Tasks", opt.help))
    return box


def data_text(data: Dataset) -> str:
    """The vocabulary, then every training and test sequence as inputs → targets (· = no target)."""
    vocab = " ".join(repr(v) if v == " " else v for v in data.vocab)
    lines = [translate("TaskPicker", "vocabulary ({size}): {tokens}").format(size=len(data.vocab), tokens=vocab), ""]
    for title, examples in ((translate("TaskPicker", "training"), data.train),
                            (translate("TaskPicker", "test"), data.test)):
        lines.append(f"{title} ({len(examples)}):")
        for e in examples[:MAX_DATA_LINES]:
            inputs, targets = data.text(e)
            lines.append(f"  {inputs}  →  {targets}")
        if len(examples) > MAX_DATA_LINES:
            lines.append("  " + translate("TaskPicker", "… and %n more", None, len(examples) - MAX_DATA_LINES))
        lines.append("")
    return "\n".join(lines)
