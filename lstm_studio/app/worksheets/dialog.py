"""The worksheet dialog: options, a preview of the pages exactly as printed, and export on the background
runner (:mod:`lstm_studio.app.common.background`) with progress and Cancel.

Hook it into a window with one menu action: ``open_worksheet_dialog(window, session.model, session.text)``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
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

from lstm_studio.app.common.background import Jobs, Task
from lstm_studio.app.worksheets.pdf.layout import page_image
from lstm_studio.app.worksheets.pdf.writer import document, prepare_fonts, write_pdf
from lstm_studio.document.errors import InputError
from lstm_studio.engine import Model
from lstm_studio.worksheets.export import ExportResult, export_batch
from lstm_studio.worksheets.generate import Cancelled, build
from lstm_studio.worksheets.problem import (
    DIFFICULTIES,
    FORMATS,
    MAX_VARIANTS,
    QUESTION_TYPES,
    Problem,
    problem_from_model,
)

FORMAT_LABELS = {"pdf": "PDF", "html": "HTML", "md": "Markdown", "tex": "LaTeX", "json": "JSON"}
PREVIEW_DELAY_MS = 250


def export_job(base: Problem, variants: int, out_dir: str, formats: tuple[str, ...], paper: str):
    """The export as a job for the runner: ``job(report, cancelled)`` writes every variant, reporting
    (done, total, message) after every file; raises Cancelled when cancelled."""

    def job(report, cancelled) -> ExportResult:
        return export_batch(base, variants, out_dir, formats, paper, write_pdf,
                            progress=lambda done, total, message: report((done, total, message)),
                            cancelled=cancelled)

    return job


class WorksheetDialog(QDialog):
    """Options on the left, the preview on the right, Export at the bottom."""

    sig_exported = Signal(object)
    """Emitted with the ExportResult after a successful export."""

    def __init__(self, model: Model, input_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Worksheets")
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
                       self.preview_variant.valueChanged, self.key_check.toggled,
                       *(box.toggled for box in self.type_checks.values())):
            signal.connect(self._schedule_preview)
        self.variants_spin.valueChanged.connect(lambda n: self.preview_variant.setMaximum(n))
        self.update_preview()

    # --- building -----------------------------------------------------------------------------------

    def _build(self, input_text: str) -> None:
        form = QFormLayout()
        name = self.model.name or "untitled model"
        form.addRow("Model", QLabel(f"{name} ({self.model.cell}, hidden {self.model.hidden_size})"))
        self.input_edit = QLineEdit(input_text)
        self.input_edit.setPlaceholderText("tokens, e.g. PIGS")
        form.addRow("Input", self.input_edit)
        self.variants_spin = QSpinBox(minimum=1, maximum=MAX_VARIANTS, value=1)
        self.variants_spin.setToolTip("One variant per student: each has its own weights and code")
        form.addRow("Variants", self.variants_spin)
        self.seed_spin = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.seed_spin.setToolTip("The same seed gives the same worksheets")
        form.addRow("Seed", self.seed_spin)
        self.decimals_spin = QSpinBox(minimum=1, maximum=4, value=2)
        self.decimals_spin.setToolTip("Weights are rounded to this many decimals")
        form.addRow("Weight decimals", self.decimals_spin)
        types = QHBoxLayout()
        self.type_checks = {}
        for name in QUESTION_TYPES:
            box = QCheckBox(name.capitalize(), checked=True)
            self.type_checks[name] = box
            types.addWidget(box)
        form.addRow("Questions", types)
        self.difficulty_combo = QComboBox()
        self.difficulty_combo.addItems([d.capitalize() for d in DIFFICULTIES])
        self.difficulty_combo.setCurrentIndex(DIFFICULTIES.index("medium"))
        form.addRow("Difficulty", self.difficulty_combo)
        self.paper_combo = QComboBox()
        self.paper_combo.addItems(["A4", "Letter"])
        form.addRow("Paper", self.paper_combo)
        formats = QHBoxLayout()
        self.format_checks = {}
        for fmt in FORMATS:
            box = QCheckBox(FORMAT_LABELS[fmt], checked=fmt in ("pdf", "json"))
            self.format_checks[fmt] = box
            formats.addWidget(box)
        form.addRow("Formats", formats)
        folder = QHBoxLayout()
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.out_edit = QLineEdit(str(Path(documents or Path.home()) / "LSTM Studio worksheets"))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        folder.addWidget(self.out_edit)
        folder.addWidget(browse)
        form.addRow("Folder", folder)

        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        self.progress = QProgressBar(visible=False)
        self.export_button = QPushButton("Export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton("Cancel export", enabled=False)
        self.cancel_button.clicked.connect(self.cancel_export)
        close = QPushButton("Close")
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
        self.preview_variant = QSpinBox(minimum=1, maximum=1, value=1, prefix="Variant ")
        self.key_check = QCheckBox("Answer key")
        self.prev_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.page_label = QLabel()
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prev_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        for w in (self.preview_variant, self.key_check, self.code_label):
            nav.addWidget(w)
        nav.addStretch(1)
        for w in (self.prev_button, self.page_label, self.next_button):
            nav.addWidget(w)
        self.page_view = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.page_view.setObjectName("page")
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.page_view)
        scroll.setAccessibleName(QCoreApplication.translate("WorksheetDialog", "Page preview"))
        scroll.setMinimumWidth(560)
        right = QVBoxLayout()
        right.addLayout(nav)
        right.addWidget(scroll, 1)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)
        self.resize(1240, 860)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder for the worksheets", self.out_edit.text())
        if folder:
            self.out_edit.setText(folder)

    # --- options -----------------------------------------------------------------------------------

    def problem(self, variant: int = 1) -> Problem:
        """The options as a problem; InputError (one line) when they do not make a worksheet."""
        types = tuple(t for t in QUESTION_TYPES if self.type_checks[t].isChecked())
        if not types:
            raise InputError("choose at least one question type")
        return problem_from_model(
            self.model, self.input_edit.text(), seed=self.seed_spin.value(), variant=variant,
            decimals=self.decimals_spin.value(), types=types,
            difficulty=DIFFICULTIES[self.difficulty_combo.currentIndex()],
        )

    @property
    def paper(self) -> str:
        return "letter" if self.paper_combo.currentIndex() == 1 else "a4"

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
        except InputError as err:
            self._doc = None
            self.page_view.setPixmap(QPixmap())
            self.page_view.setText(str(err))
            self.code_label.setText("")
            self.page_label.setText("")
            self._set_status(str(err), error=True)
            self.export_button.setEnabled(False)
            return
        self._set_status("")
        self.export_button.setEnabled(True)
        self.code_label.setText(f"code {ws.code}")
        self._doc = document(ws, self.key_check.isChecked(), self.paper)
        self.show_page(min(self._page, len(self._doc.pages)))

    def show_page(self, number: int) -> None:
        if self._doc is None:
            return
        number = max(1, min(number, len(self._doc.pages)))
        self._page = number
        ratio = self.devicePixelRatioF()
        self.page_view.setPixmap(QPixmap.fromImage(page_image(self._doc, number, 1.0, ratio)))
        self.page_label.setText(f"page {number} of {len(self._doc.pages)}")
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
            if not self.formats:
                raise InputError("choose at least one format")
            if not self.out_edit.text().strip():
                raise InputError("choose a folder")
        except InputError as err:
            self._set_status(str(err), error=True)
            return
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._set_status("exporting…")
        job = export_job(base, self.variants_spin.value(), self.out_edit.text().strip(), self.formats, self.paper)
        self._export = self.jobs.start(job, self._on_finished, self._on_progress, self._on_failed)

    def cancel_export(self) -> None:
        if self._export is not None:
            self._export.cancel()
            self._set_status("cancelling…")

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
        self._set_status(f"Wrote {len(result.files)} files for {len(result.worksheets)} variants to "
                         f"{self.out_edit.text().strip()} in {result.seconds:.1f} s.")
        self.sig_exported.emit(result)

    def _on_failed(self, err: Exception) -> None:
        self._finish()
        if isinstance(err, Cancelled):
            self._set_status("Export cancelled; the files already written are kept.")
        elif isinstance(err, OSError):
            self._set_status(f"cannot write: {err}", error=True)
        else:
            self._set_status(str(err) if isinstance(err, InputError) else
                             f"export failed: {type(err).__name__}: {err}", error=True)

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
