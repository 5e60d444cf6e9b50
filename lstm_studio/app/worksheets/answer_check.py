"""“Check my answers”: type a worksheet's variant code, type answers, get each one marked, see solutions.

The code alone rebuilds the worksheet (weights, questions, answers), so a student needs nothing but the
printed page. A practice sheet's code shows the worked solutions; a graded sheet's code only marks answers
(with hints about the usual mistakes if the instructor allowed them), and only the instructor's key code
opens the solutions (docs/worksheets.md, "Graded sheets"). Hook it into a window with one menu action:
``open_answer_check(window, session.model.vocab)``.

The questions, the verdicts and the hints are in the window's language, from the worksheets' own catalogues
(the same sentences as a sheet printed in that language; docs/i18n.md); the numbers are the same in every
language, and both decimal marks are accepted.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lstm_studio.app.common import i18n, screen_fit
from lstm_studio.app.common.i18n import translate
from lstm_studio.app.worksheets.pdf.layout import page_image, question_image
from lstm_studio.app.worksheets.pdf.writer import document, prepare_fonts
from lstm_studio.document.errors import InputError
from lstm_studio.engine import CellSpec
from lstm_studio.worksheets.check import Mark, mark
from lstm_studio.worksheets.code import decode, encode, normalise
from lstm_studio.worksheets.document import QuestionBlock
from lstm_studio.worksheets.equations import cell_title
from lstm_studio.worksheets.generate import build
from lstm_studio.worksheets.i18n import LANGUAGES, localize
from lstm_studio.worksheets.latex import visible
from lstm_studio.worksheets.problem import Problem
from lstm_studio.worksheets.sheet import Question, Worksheet

RIGHT, WRONG, MUTED = "#1b7f3b", "#b00020", "#666666"


#: What the status line says about a graded sheet, in one place.
TEXT = {
    "graded": QT_TRANSLATE_NOOP("AnswerCheck", " This sheet is marked: answers are checked, solutions stay with "
                                               "your instructor."),
    "graded_hints": QT_TRANSLATE_NOOP("AnswerCheck", " This sheet is marked: answers are checked (with hints), "
                                                     "solutions stay with your instructor."),
    "key": QT_TRANSLATE_NOOP("AnswerCheck", " Key code: the worked solutions are open."),
}


def sheet_language() -> str:
    """The worksheets' code of the window's language (English where the worksheets lack it)."""
    return i18n.current() if i18n.current() in LANGUAGES else "en"


def example_code() -> str:
    """A real code (the default LSTM sheet over P I G S), so that the example shown is one that loads."""
    return encode(Problem(CellSpec.make("lstm"), tuple("PIGS"), 3, (0, 1, 2, 3)))


class QuestionRow(QWidget):
    """One question: its text (math drawn as on paper), an answer field, the mark, the solution on request."""

    sig_marked = Signal(object)
    """Emitted with the Mark whenever the answer is checked."""

    def __init__(self, number: int, question: Question, vocab: list[str], parent: QWidget | None = None,
                 solutions: bool = True, hints: bool = True, language: str = "en") -> None:
        super().__init__(parent)
        self.number = number
        self.question = question
        self.vocab = vocab
        self.hints = hints
        self.language = language
        self.last_mark: Mark | None = None
        ratio = max(1.0, self.devicePixelRatioF())
        self.text_view = QLabel()
        pixmap = QPixmap.fromImage(question_image(QuestionBlock(number, question, key=False), ratio=ratio))
        self.text_view.setPixmap(pixmap)
        # The whole question, never squeezed by the scroll area to the middle of its picture.
        self.text_view.setMinimumSize(pixmap.deviceIndependentSize().toSize())
        self.text_view.setAccessibleName(translate("AnswerCheck", "question {number}").format(number=number))
        self.text_view.setToolTip(question.text)
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText(self._placeholder())
        self.answer_edit.setAccessibleName(translate("AnswerCheck", "answer {number}").format(number=number))
        self.answer_edit.returnPressed.connect(self.check)
        self.check_button = QPushButton(translate("AnswerCheck", "Check"))
        self.check_button.clicked.connect(self.check)
        # The verdict on a line of its own, wrapped: a hint ("not right: it looks like σ was left out: …")
        # is longer than the room beside the field, in English and more so in German or Vietnamese.
        self.mark_label = QLabel(wordWrap=True)
        self.solution_button = QPushButton(translate("AnswerCheck", "Show solution"), checkable=True)
        self.solution_button.toggled.connect(self.show_solution)
        self.solution_button.setVisible(solutions)
        self.solution_button.setEnabled(solutions)
        self.solution_view = QLabel(visible=False)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("AnswerCheck", "Your answer:")))
        row.addWidget(self.answer_edit, 1)
        row.addWidget(self.check_button)
        row.addStretch(1)
        row.addWidget(self.solution_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 10)
        layout.addWidget(self.text_view)
        layout.addLayout(row)
        layout.addWidget(self.mark_label)
        layout.addWidget(self.solution_view)

    def _placeholder(self) -> str:
        q = self.question
        if q.choices:
            return translate("AnswerCheck", "a letter, e.g. B")
        if isinstance(q.answer, str):
            return translate("AnswerCheck", "a token")
        if isinstance(q.answer, int):
            return translate("AnswerCheck", "a whole number")
        return translate("AnswerCheck", "a number to %n decimals", None, q.decimals)

    def check(self) -> Mark:
        """Mark the typed answer and show the verdict."""
        result = mark(self.question, self.answer_edit.text(), self.vocab, self.hints, self.language)
        self.last_mark = result
        if result.correct is None:
            self.mark_label.setText("")
        else:
            symbol = "✓" if result.correct else "✗"
            color = RIGHT if result.correct else WRONG
            self.mark_label.setText(f'<span style="color:{color}; font-weight:bold">{symbol} {result.message}</span>')
        self.sig_marked.emit(result)
        return result

    def show_solution(self, shown: bool) -> None:
        """The answer and the worked solution, drawn as in the answer key (never for a graded sheet's code)."""
        if shown and not self.solution_button.isEnabled():
            return
        if shown and self.solution_view.pixmap().isNull():
            ratio = max(1.0, self.devicePixelRatioF())
            image = question_image(QuestionBlock(self.number, self.question, key=True), ratio=ratio)
            pixmap = QPixmap.fromImage(image)
            self.solution_view.setPixmap(pixmap)
            self.solution_view.setMinimumSize(pixmap.deviceIndependentSize().toSize())
        self.solution_view.setVisible(shown)
        self.solution_button.setText(translate("AnswerCheck", "Hide solution") if shown
                                     else translate("AnswerCheck", "Show solution"))


class AnswerCheck(QWidget):
    """The code field, the questions of the loaded variant, and the score."""

    sig_loaded = Signal(object)
    """Emitted with the Worksheet when a code has been loaded."""

    def __init__(self, vocab: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        prepare_fonts()
        self.vocab = list(vocab) if vocab else None
        self.worksheet: Worksheet | None = None
        self.problem: Problem | None = None
        self.rows: list[QuestionRow] = []
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(translate("AnswerCheck", "the code printed on your worksheet, e.g. "
                                                                   "{code}").format(code=example_code()))
        self.code_edit.setAccessibleName(translate("AnswerCheck", "variant code"))
        self.code_edit.returnPressed.connect(lambda: self.load_code(self.code_edit.text()))
        self.code_edit.textChanged.connect(self._try_load)
        load = QPushButton(translate("AnswerCheck", "Load"))
        load.clicked.connect(lambda: self.load_code(self.code_edit.text()))
        self.status = QLabel(wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet_button = QPushButton(translate("AnswerCheck", "Show the worksheet"), enabled=False)
        self.sheet_button.clicked.connect(self.show_worksheet)
        self.check_all_button = QPushButton(translate("AnswerCheck", "Check all"), enabled=False)
        self.check_all_button.clicked.connect(self.check_all)
        self.score = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("AnswerCheck", "Variant code")))
        top.addWidget(self.code_edit, 1)
        top.addWidget(load)
        self.questions_box = QWidget()
        self.questions_layout = QVBoxLayout(self.questions_box)
        self.questions_layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.questions_box)
        scroll.setAccessibleName(translate("AnswerCheck", "Questions and answers"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.sheet_button)
        bottom.addStretch(1)
        bottom.addWidget(self.score)
        bottom.addWidget(self.check_all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    # --- Public API -------------------------------------------------------------------------------

    def load_code(self, code: str) -> bool:
        """Rebuild the variant of ``code`` and show its questions; a bad code shows one line in red."""
        try:
            problem = decode(code, self.vocab)
            ws = localize(build(problem), sheet_language())
        except InputError as err:
            self._set_status(i18n.shown_error(err), error=True)
            return False
        if self.worksheet is not None and self.worksheet.code == ws.code and self.problem == problem:
            return True
        self.worksheet = ws
        self.problem = problem
        self._show(ws)
        self.sig_loaded.emit(ws)
        return True

    def check_all(self) -> int:
        """Mark every answer; returns how many are right."""
        for row in self.rows:
            row.check()
        return self._update_score()

    # --- internals ----------------------------------------------------------------------------------

    def _try_load(self, text: str) -> None:
        """Load as soon as the typed text is a complete, valid code (no error while still typing)."""
        if len(normalise(text)) >= 12:
            try:
                decode(text, self.vocab)
            except InputError:
                return
            self.load_code(text)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {WRONG};" if error else f"color: {MUTED};")

    def _show(self, ws: Worksheet) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        p, typed = ws.problem, self.problem
        solutions, hints = typed.shows_solutions, typed.gives_hints or typed.key
        if typed.key:
            mode = translate("AnswerCheck", TEXT["key"])
        elif p.graded:
            mode = translate("AnswerCheck", TEXT["graded_hints"] if p.hints else TEXT["graded"])
        else:
            mode = ""
        self._set_status(translate("AnswerCheck", "Variant {variant} · {cell} · hidden size {hidden} · vocabulary "
                                                  "{vocabulary} · input {input} · {questions} questions. Type each "
                                                  "answer and press Enter.").format(
            variant=p.variant, cell=cell_title(p.spec), hidden=p.hidden_size,
            vocabulary=" ".join(visible(v) for v in p.vocab), input=visible(p.input_text),
            questions=len(ws.questions)) + mode)
        for n, q in enumerate(ws.questions, start=1):
            row = QuestionRow(n, q, list(ws.model.vocab), solutions=solutions, hints=hints,
                              language=ws.language)
            row.sig_marked.connect(lambda _m: self._update_score())
            self.questions_layout.insertWidget(self.questions_layout.count() - 1, row)
            self.rows.append(row)
        self.sheet_button.setEnabled(True)
        self.check_all_button.setEnabled(True)
        self._update_score()

    def _update_score(self) -> int:
        marked = [r.last_mark for r in self.rows if r.last_mark is not None and r.last_mark.correct is not None]
        right = sum(1 for m in marked if m.correct)
        score = translate("AnswerCheck", "{right} of {total} right").format(right=right, total=len(self.rows))
        self.score.setText(score if marked else "")
        return right

    def show_worksheet(self) -> None:
        """The worksheet's pages (equations, weights, questions) in a window, for a student without paper."""
        if self.worksheet is None:
            return
        doc = document(self.worksheet, key=False)
        pages = QWidget()
        grid = QGridLayout(pages)
        ratio = max(1.0, self.devicePixelRatioF())
        for n in range(1, len(doc.pages) + 1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(page_image(doc, n, 1.0, ratio)))
            grid.addWidget(label, n - 1, 0)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("AnswerCheck", "Worksheet {code}").format(code=self.worksheet.code))
        QVBoxLayout(dialog).addWidget(scroll)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        screen_fit.fit(dialog, 680, 860, centre=self.window())


def open_answer_check(parent: QWidget | None = None, vocab: list[str] | None = None) -> QDialog:
    """Show “Check my answers” in its own window; ``vocab`` (the open model's) is needed only for codes of
    models with word tokens. Returns the dialog; its ``checker`` attribute is the AnswerCheck widget."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("AnswerCheck", "Check my answers"))
    dialog.checker = AnswerCheck(vocab, dialog)
    QVBoxLayout(dialog).addWidget(dialog.checker)
    dialog.resize(780, 700)  # fits a 1366×768 screen
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
