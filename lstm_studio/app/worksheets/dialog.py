"""The worksheet dialog: options, a preview of the pages exactly as printed, and export on the background
runner (:mod:`lstm_studio.app.common.background`) with progress and Cancel.

Hook it into a window with one menu action: ``open_worksheet_dialog(window, session.model, session.text)``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lstm_studio.app.common import i18n, screen_fit
from lstm_studio.app.common.background import Jobs, Task
from lstm_studio.app.common.i18n import shown_error, translate
from lstm_studio.app.worksheets.pdf.layout import page_image
from lstm_studio.app.worksheets.pdf.writer import document, pdf_bytes, prepare_fonts
from lstm_studio.document.errors import InputError
from lstm_studio.engine import Model
from lstm_studio.worksheets.export import ExportResult, export_batch
from lstm_studio.worksheets.generate import Cancelled, build
from lstm_studio.worksheets.i18n import LANGUAGES, localize
from lstm_studio.worksheets.problem import (
    DIFFICULTIES,
    FORMATS,
    MAX_VARIANTS,
    QUESTION_TYPES,
    Problem,
    problem_from_model,
)
from lstm_studio.worksheets.roster import read_roster

FORMAT_LABELS = {"pdf": "PDF", "html": "HTML", "md": "Markdown", "tex": "LaTeX", "json": "JSON", "moodle": "Moodle",
                 "qti": "Canvas"}
#: The names of the question types and difficulties, translated where they are shown.
CHOICE_LABELS = {
    "forward": QT_TRANSLATE_NOOP("WorksheetDialog", "Forward"),
    "backward": QT_TRANSLATE_NOOP("WorksheetDialog", "Backward"),
    "conceptual": QT_TRANSLATE_NOOP("WorksheetDialog", "Conceptual"),
    "easy": QT_TRANSLATE_NOOP("WorksheetDialog", "Easy"),
    "medium": QT_TRANSLATE_NOOP("WorksheetDialog", "Medium"),
    "hard": QT_TRANSLATE_NOOP("WorksheetDialog", "Hard"),
}
PREVIEW_DELAY_MS = 250


def export_job(base: Problem, variants: int, out_dir: str, formats: tuple[str, ...], paper: str,
               roster=(), merge: bool = False, language: str = "en"):
    """The export as a job for the runner: ``job(report, cancelled)`` writes every variant (one per student
    of ``roster`` when given; ``merge``: one PDF for the class too) in ``language``, reporting (done, total,
    message) after every file; raises Cancelled when cancelled, leaving the folder as it was."""
    students = list(roster)

    def job(report, cancelled) -> ExportResult:
        return export_batch(base, variants, out_dir, formats, paper, pdf_bytes,
                            progress=lambda done, total, message: report((done, total, message)),
                            cancelled=cancelled, roster=students, merge=merge, language=language)

    return job


class WorksheetDialog(QDialog):
    """Options on the left, the preview on the right, Export at the bottom."""

    sig_exported = Signal(object)
    """Emitted with the ExportResult after a successful export."""

    def __init__(self, model: Model, input_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("WorksheetDialog", "Worksheets"))
        self.model = model
        self.jobs = Jobs(self)
        self._export: Task | None = None
        self._doc = None
        self._page = 1
        prepare_fonts()
        self._build(input_text)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        for signal in (self.input_edit.textChanged, self.seed_spin.valueChanged, self.decimals_spin.valueChanged,
                       self.difficulty_combo.currentIndexChanged, self.paper_combo.currentIndexChanged,
                       self.language_combo.currentIndexChanged,
                       self.preview_variant.valueChanged, self.key_check.toggled, self.graded_check.toggled,
                       self.hints_check.toggled, self.roster_edit.textChanged,
                       *(box.toggled for box in self.type_checks.values())):
            signal.connect(self._schedule_preview)
        self.variants_spin.valueChanged.connect(lambda n: self.preview_variant.setMaximum(n))
        self.update_preview()

    # --- building -----------------------------------------------------------------------------------

    def _build(self, input_text: str) -> None:
        form = QFormLayout()
        name = self.model.name or translate("WorksheetDialog", "untitled model")
        form.addRow(translate("WorksheetDialog", "Model"), QLabel(translate("WorksheetDialog", "{name} ({cell}, hidden "
                                                                                               "{hidden})").format(
            name=name, cell=self.model.cell, hidden=self.model.hidden_size), wordWrap=True))
        self.input_edit = QLineEdit(input_text)
        self.input_edit.setPlaceholderText(translate("WorksheetDialog", "tokens, e.g. PIGS"))
        form.addRow(translate("WorksheetDialog", "Input"), self.input_edit)
        self.variants_spin = QSpinBox(minimum=1, maximum=MAX_VARIANTS, value=1)
        self.variants_spin.setToolTip(translate("WorksheetDialog", "One variant per student: each has its own weights "
                                                                   "and code"))
        form.addRow(translate("WorksheetDialog", "Variants"), self.variants_spin)
        self.seed_spin = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.seed_spin.setToolTip(translate("WorksheetDialog", "The same seed gives the same worksheets"))
        form.addRow(translate("WorksheetDialog", "Seed"), self.seed_spin)
        self.decimals_spin = QSpinBox(minimum=1, maximum=4, value=2)
        self.decimals_spin.setToolTip(translate("WorksheetDialog", "Weights are rounded to this many decimals"))
        form.addRow(translate("WorksheetDialog", "Weight decimals"), self.decimals_spin)
        types = QHBoxLayout()
        self.type_checks = {}
        for name in QUESTION_TYPES:
            box = QCheckBox(translate("WorksheetDialog", CHOICE_LABELS.get(name, name.capitalize())), checked=True)
            self.type_checks[name] = box
            types.addWidget(box)
        form.addRow(translate("WorksheetDialog", "Questions"), types)
        self.difficulty_combo = QComboBox()
        self.difficulty_combo.addItems([translate("WorksheetDialog", CHOICE_LABELS.get(d, d.capitalize()))
                                        for d in DIFFICULTIES])
        self.difficulty_combo.setCurrentIndex(DIFFICULTIES.index("medium"))
        form.addRow(translate("WorksheetDialog", "Difficulty"), self.difficulty_combo)
        marking = QHBoxLayout()
        self.graded_check = QCheckBox(translate("WorksheetDialog", "For marking"))
        self.graded_check.setToolTip(translate("WorksheetDialog", "Students' codes check answers but never show "
                                                                  "solutions; the answer keys print a key code that "
                                                                  "does"))
        self.hints_check = QCheckBox(translate("WorksheetDialog", "Hints"), checked=True, enabled=False)
        self.hints_check.setToolTip(translate("WorksheetDialog", "Marking says which usual mistake a wrong answer "
                                                                 "looks like"))
        self.graded_check.toggled.connect(self.hints_check.setEnabled)
        marking.addWidget(self.graded_check)
        marking.addWidget(self.hints_check)
        marking.addStretch(1)
        form.addRow(translate("WorksheetDialog", "Marking"), marking)
        roster = QHBoxLayout()
        self.roster_edit = QLineEdit()
        self.roster_edit.setPlaceholderText(translate("WorksheetDialog", "optional: a CSV of names (and ids)"))
        roster_button = QPushButton(translate("WorksheetDialog", "Browse…"))
        roster_button.clicked.connect(self._browse_roster)
        roster.addWidget(self.roster_edit)
        roster.addWidget(roster_button)
        form.addRow(translate("WorksheetDialog", "Roster"), roster)
        self.paper_combo = QComboBox()
        self.paper_combo.addItems(["A4", translate("WorksheetDialog", "Letter")])
        self.merge_check = QCheckBox(translate("WorksheetDialog", "One PDF for the class"))
        self.merge_check.setToolTip(translate("WorksheetDialog", "Every sheet in one PDF, each padded to an even page "
                                                                 "count for double-sided printing"))
        form.addRow(translate("WorksheetDialog", "Paper"), self.paper_combo)
        # Each language named in itself, as in View ▸ Language; the window's language first chosen.
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(i18n.current())))
        self.language_combo.setToolTip(translate("WorksheetDialog", "The language of the sheets and keys: the same "
                                                                    "variants, numbers and codes in every language"))
        form.addRow(translate("WorksheetDialog", "Sheet language"), self.language_combo)
        form.addRow("", self.merge_check)
        formats = QGridLayout()  # rows of three: one row of five is too wide for a laptop at a large font
        self.format_checks = {}
        for n, fmt in enumerate(FORMATS):
            box = QCheckBox(FORMAT_LABELS[fmt], checked=fmt in ("pdf", "json"))
            self.format_checks[fmt] = box
            formats.addWidget(box, n // 3, n % 3)
        form.addRow(translate("WorksheetDialog", "Formats"), formats)
        folder = QHBoxLayout()
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.out_edit = QLineEdit(str(Path(documents or Path.home())
                                     / translate("WorksheetDialog", "LSTM Studio worksheets")))
        browse = QPushButton(translate("WorksheetDialog", "Browse…"))
        browse.clicked.connect(self._browse)
        folder.addWidget(self.out_edit)
        folder.addWidget(browse)
        form.addRow(translate("WorksheetDialog", "Folder"), folder)

        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        self.progress = QProgressBar(visible=False)
        self.export_button = QPushButton(translate("WorksheetDialog", "Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(translate("WorksheetDialog", "Cancel export"), enabled=False)
        self.cancel_button.clicked.connect(self.cancel_export)
        close = QPushButton(translate("WorksheetDialog", "Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.export_button, self.cancel_button, close):
            buttons.addWidget(b)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        left.addWidget(self.status)
        left.addWidget(self.progress)
        left.addLayout(buttons)

        nav = QHBoxLayout()
        self.preview_variant = QSpinBox(minimum=1, maximum=1, value=1, prefix=translate("WorksheetDialog", "Variant "))
        self.key_check = QCheckBox(translate("WorksheetDialog", "Answer key"))
        self.prev_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.page_label = QLabel()
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prev_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        for w in (self.preview_variant, self.key_check):
            nav.addWidget(w)
        nav.addStretch(1)
        for w in (self.prev_button, self.page_label, self.next_button):
            nav.addWidget(w)
        for button in (self.prev_button, self.next_button):  # an arrow needs no push button's usual width
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") + 28)
        self.page_view = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.page_view.setObjectName("page")
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.page_view)
        scroll.setAccessibleName(translate("WorksheetDialog", "Page preview"))
        scroll.setMinimumWidth(280)  # narrower than a page: the preview scrolls on a small screen
        right = QVBoxLayout()
        right.addLayout(nav)
        right.addWidget(self.code_label)
        right.addWidget(scroll, 1)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)
        screen_fit.fit(self, 1240, 860)  # never taller than the screen; the opener also centres it

    def _browse_roster(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("WorksheetDialog", "Class roster"),
                                              self.roster_edit.text(),
                                              translate("WorksheetDialog", "CSV (*.csv *.txt)"))
        if path:
            self.roster_edit.setText(path)

    def roster(self) -> list:
        """The roster's students ([] without one); InputError (one line) for a bad file."""
        path = self.roster_edit.text().strip()
        return read_roster(path) if path else []

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("WorksheetDialog", "Folder for the worksheets"),
                                                  self.out_edit.text())
        if folder:
            self.out_edit.setText(folder)

    # --- options -----------------------------------------------------------------------------------

    def problem(self, variant: int = 1) -> Problem:
        """The options as a problem; InputError (one line) when they do not make a worksheet."""
        types = tuple(t for t in QUESTION_TYPES if self.type_checks[t].isChecked())
        if not types:
            raise InputError(translate("WorksheetDialog", "choose at least one question type"))
        return problem_from_model(
            self.model, self.input_edit.text(), seed=self.seed_spin.value(), variant=variant,
            decimals=self.decimals_spin.value(), types=types,
            difficulty=DIFFICULTIES[self.difficulty_combo.currentIndex()],
            graded=(graded := self.graded_check.isChecked()), hints=self.hints_check.isChecked() or not graded,
            field=translate("WorksheetDialog", "Input"),
        )

    @property
    def paper(self) -> str:
        return "letter" if self.paper_combo.currentIndex() == 1 else "a4"

    @property
    def sheet_language(self) -> str:
        """The code of the language the sheets are written in (:data:`lstm_studio.worksheets.i18n.LANGUAGES`)."""
        return self.language_combo.currentData()

    @property
    def formats(self) -> tuple[str, ...]:
        return tuple(f for f in FORMATS if self.format_checks[f].isChecked())

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    # --- preview -----------------------------------------------------------------------------------

    def _schedule_preview(self, *_args) -> None:
        self._preview_timer.start()

    def update_preview(self) -> None:
        """Lay out the chosen variant (worksheet or key) and show its current page."""
        if self.exporting:
            return
        try:
            ws = build(self.problem(self.preview_variant.value()))
            students = self.roster()
            if students:
                self.variants_spin.setValue(len(students))
                student = students[min(self.preview_variant.value(), len(students)) - 1]
                ws = replace(ws, name=student.name, student_id=student.student_id)
            ws = localize(ws, self.sheet_language)
            self.variants_spin.setEnabled(not students)
        except InputError as err:
            self._doc = None
            self.page_view.setPixmap(QPixmap())
            self.page_view.setText(shown_error(err))
            self.code_label.setText("")
            self.page_label.setText("")
            self._set_status(shown_error(err), error=True)
            self.export_button.setEnabled(False)
            return
        self._set_status("")
        self.export_button.setEnabled(True)
        self.code_label.setText(translate("WorksheetDialog", "code {code}").format(code=ws.code))
        self._doc = document(ws, self.key_check.isChecked(), self.paper)
        self.show_page(min(self._page, len(self._doc.pages)))

    def show_page(self, number: int) -> None:
        if self._doc is None:
            return
        number = max(1, min(number, len(self._doc.pages)))
        self._page = number
        ratio = self.devicePixelRatioF()
        self.page_view.setPixmap(QPixmap.fromImage(page_image(self._doc, number, 1.0, ratio)))
        self.page_label.setText(translate("WorksheetDialog", "page {page} of {pages}").format(
            page=number, pages=len(self._doc.pages)))
        self.prev_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < len(self._doc.pages))

    # --- export ------------------------------------------------------------------------------------

    @property
    def exporting(self) -> bool:
        """Whether an export is under way (until its last message has arrived)."""
        return self._export is not None

    def start_export(self) -> None:
        """Write every variant in the chosen formats on a worker, with progress and Cancel."""
        if self.exporting:
            return
        try:
            base = self.problem()
            roster = self.roster()
            if not self.formats:
                raise InputError(translate("WorksheetDialog", "choose at least one format"))
            if not self.out_edit.text().strip():
                raise InputError(translate("WorksheetDialog", "choose a folder"))
        except InputError as err:
            self._set_status(shown_error(err), error=True)
            return
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._set_status(translate("WorksheetDialog", "exporting…"))
        job = export_job(base, self.variants_spin.value(), self.out_edit.text().strip(), self.formats, self.paper,
                         roster, self.merge_check.isChecked() and "pdf" in self.formats, self.sheet_language)
        self._export = self.jobs.start(job, self._on_finished, self._on_progress, self._on_failed)

    def cancel_export(self) -> None:
        if self._export is not None:
            self._export.cancel()
            self._set_status(translate("WorksheetDialog", "cancelling…"))

    def _on_progress(self, info: tuple[int, int, str]) -> None:
        done, total, message = info
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self._set_status(message)

    def _finish(self) -> None:
        self._export = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _on_finished(self, result: ExportResult) -> None:
        self._finish()
        self._set_status(translate("WorksheetDialog", "Wrote {files} files for {variants} variants to {folder} in "
                                                      "{seconds} s.").format(
            files=len(result.files), variants=len(result.worksheets), folder=self.out_edit.text().strip(),
            seconds=f"{result.seconds:.1f}"))
        self.sig_exported.emit(result)

    def _on_failed(self, err: Exception) -> None:
        self._finish()
        if isinstance(err, Cancelled):
            self._set_status(translate("WorksheetDialog", "Export cancelled; the folder is as it was before."))
        elif isinstance(err, OSError):
            self._set_status(translate("WorksheetDialog", "cannot write: {error}").format(error=err), error=True)
        elif isinstance(err, InputError):
            self._set_status(shown_error(err), error=True)
        else:
            self._set_status(translate("WorksheetDialog", "export failed: {error}").format(
                error=f"{type(err).__name__}: {err}"), error=True)

    def done(self, result: int) -> None:
        """Closing during an export cancels it and waits for the worker to stop."""
        if self._export is not None:
            self._export.cancel()
            self._export.wait()
        super().done(result)


# --- Public API ---------------------------------------------------------------------------------------


def open_worksheet_dialog(parent: QWidget | None, model: Model, input_text: str = "") -> WorksheetDialog:
    """Show the worksheet dialog for ``model`` (its cell, sizes, vocabulary) and the typed input; returns it."""
    dialog = WorksheetDialog(model, input_text, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
