"""For instructors: record a lesson from the window. File ▸ New lesson from here starts a lesson file whose
first step is what the studio shows (the model, the input and its targets, the panel in front); File ▸
Add this state as a step appends the next one. A small dialog asks for the step's title, text and task
and which parameters and controls to lock and which panels to hide.

Every step is checked by the lesson core (``lstm_studio.lessons.lesson_from_dict``) before anything is
written, and the file is written atomically (``lstm_studio.lessons.save``): a refused step leaves the file
as it was and says which field is wrong.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lstm_studio.app.common.i18n import shown_error, translate
from lstm_studio.document import modelfile, tokens
from lstm_studio.document.errors import InputError
from lstm_studio.lessons import CONTROLS, PANELS, lesson_from_dict, lesson_to_dict, load, save
from lstm_studio.lessons.format import FORMAT, NO_TARGET, VERSION

LESSON_FILTER = QT_TRANSLATE_NOOP("Recorder", "LSTM Studio lessons (*.json)")  # translated where shown


@dataclass
class Recording:
    """The lesson being recorded: its file and its content as the JSON of docs/lesson-file.md."""

    path: Path
    data: dict


def step_from_window(window, choices: dict) -> dict:
    """The step (as JSON) for what ``window`` shows, with the dialog's ``choices``: title, text, task,
    show, lock_all, lock (names and entries), unlock, hide."""
    session = window.session
    step: dict = {"title": choices["title"]}
    for key in ("text", "task"):
        if choices.get(key):
            step[key] = choices[key]
    step["model"] = modelfile.model_to_dict(session.model)
    step["input"] = session.text
    if session.target_overrides:
        vocab = session.model.vocab
        marks = [vocab[k] if k >= 0 else NO_TARGET for k in session.targets()]
        step["targets"] = ("" if tokens.single_char(vocab) else " ").join(marks)
    if choices.get("show"):
        step["show"] = choices["show"]
    if choices.get("lock_all"):
        step["lock"] = "all"
    elif choices.get("lock"):
        step["lock"] = list(choices["lock"])
    if choices.get("unlock"):
        step["unlock"] = list(choices["unlock"])
    if choices.get("hide"):
        step["hide"] = list(choices["hide"])
    return step


def add_step(recording: Recording, step: dict) -> int:
    """Append ``step``, have the core validate the whole lesson, write it atomically; the new step count.
    InputError (naming the field) leaves both the recording and the file as they were."""
    data = copy.deepcopy(recording.data)
    data["steps"] = list(data.get("steps", [])) + [step]
    lesson = lesson_from_dict(data)
    save(lesson, recording.path)
    recording.data = data
    return len(data["steps"])


class StepDialog(QDialog):
    """Title, text, task, the panel to show, locks and hides of one recorded step."""

    def __init__(self, window, number: int) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Recorder", "Step {number} of the lesson").format(number=number))
        session = window.session
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.title = QLineEdit(f"Step {number}")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(translate("Recorder", "What the student reads: Markdown with $inline$ and "
                                                           "$$display$$ maths"))
        self.text.setMinimumHeight(90)
        self.task = QLineEdit()
        self.task.setPlaceholderText(translate("Recorder", "One line: what to do in this step"))
        self.show_panel = QComboBox()
        self.show_panel.addItem(translate("Recorder", "(leave as it is)"), "")
        for name in PANELS:
            self.show_panel.addItem(name, name)
        self.show_panel.setCurrentIndex(self.show_panel.findData(window.current_panel()))
        form.addRow(translate("Recorder", "Title"), self.title)
        form.addRow(translate("Recorder", "Text"), self.text)
        form.addRow(translate("Recorder", "Task"), self.task)
        form.addRow(translate("Recorder", "Show"), self.show_panel)
        layout.addLayout(form)

        locks = QGroupBox(translate("Recorder", "Lock (read-only in this step)"))
        grid = QGridLayout(locks)
        self.lock_all = QCheckBox(translate("Recorder", "everything, except what is unlocked below"))
        grid.addWidget(self.lock_all, 0, 0, 1, 3)
        self.lock_boxes: dict[str, QCheckBox] = {}
        names = list(session.model.params) + list(CONTROLS)
        for k, name in enumerate(names):
            box = QCheckBox(name)
            grid.addWidget(box, 1 + k // 3, k % 3)
            self.lock_boxes[name] = box
        row = 2 + len(names) // 3
        self.entries = QLineEdit()
        self.entries.setPlaceholderText(translate("Recorder", "single entries, e.g. W_hh[1,1] b_y[4]"))
        self.unlock = QLineEdit()
        self.unlock.setPlaceholderText(translate("Recorder", "with everything locked: b_y W_hh[2,2]"))
        grid.addWidget(QLabel(translate("Recorder", "Entries")), row, 0)
        grid.addWidget(self.entries, row, 1, 1, 2)
        grid.addWidget(QLabel(translate("Recorder", "Unlock")), row + 1, 0)
        grid.addWidget(self.unlock, row + 1, 1, 1, 2)
        layout.addWidget(locks)

        hides = QGroupBox(translate("Recorder", "Hide in this step"))
        hide_grid = QGridLayout(hides)
        self.hide_boxes: dict[str, QCheckBox] = {}
        for k, name in enumerate(dict.fromkeys(PANELS + CONTROLS)):  # "cell" names a panel and a control
            box = QCheckBox(name)
            hide_grid.addWidget(box, k // 4, k % 4)
            self.hide_boxes[name] = box
        layout.addWidget(hides)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(translate("Recorder", "Add the step"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.resize(620, min(680, max(420, body.sizeHint().height() + 80)))

    def choices(self) -> dict:
        return {
            "title": self.title.text().strip(), "text": self.text.toPlainText().strip(),
            "task": self.task.text().strip(), "show": self.show_panel.currentData(),
            "lock_all": self.lock_all.isChecked(),
            "lock": [n for n, b in self.lock_boxes.items() if b.isChecked()] + self.entries.text().split(),
            "unlock": self.unlock.text().split(),
            "hide": [n for n, b in self.hide_boxes.items() if b.isChecked()],
        }


def ask_step(window, number: int) -> dict | None:
    """The dialog's choices for step ``number``, or None when cancelled (tests replace this)."""
    dialog = StepDialog(window, number)
    return dialog.choices() if dialog.exec() == QDialog.Accepted else None


def _start(window) -> Recording | None:
    title, ok = QInputDialog.getText(window, translate("Recorder", "New lesson"),
                                      translate("Recorder", "Title of the lesson:"))
    if not ok or not title.strip():
        return None
    path, _ = QFileDialog.getSaveFileName(window, translate("Recorder", "Save the lesson as"),
                                          str(Path.home() / "lesson.json"), translate("Recorder", LESSON_FILTER))
    if not path:
        return None
    path = Path(path if path.lower().endswith(".json") else path + ".json")
    return Recording(path, {"format": FORMAT, "version": VERSION, "title": title.strip()[:200], "steps": []})


def _continue(window) -> Recording | None:
    path, _ = QFileDialog.getOpenFileName(window, translate("Recorder", "Add a step to which lesson?"),
                                          str(Path.home()), translate("Recorder", LESSON_FILTER))
    if not path:
        return None
    try:
        return Recording(Path(path), lesson_to_dict(load(path)))
    except InputError as err:
        window.show_error(translate("LessonPlayer", "Could not open the lesson"), shown_error(err))
        return None


def record(window, new: bool) -> bool:
    """File ▸ New lesson from here (``new``) or Add this state as a step: True when a step was written."""
    recording = window.recording
    if new or recording is None:
        recording = _start(window) if new else _continue(window)
        if recording is None:
            return False
    choices = ask_step(window, len(recording.data["steps"]) + 1)
    if choices is None:
        return False
    try:
        count = add_step(recording, step_from_window(window, choices))
    except InputError as err:
        window.show_error(translate("Recorder", "The step was not added"), shown_error(err))
        return False
    window.recording = recording
    window.statusBar().showMessage(translate("Recorder", "{file}: step {number} written").format(file=recording.path,
                                                                                              number=count), 8000)
    return True
