"""The model panel: cell type and conventions (each explained in one line), the cell's equations, hidden
size, vocabulary, presets, a fresh model from a seed, and the parameter count. It follows the session
through :mod:`lstm_studio.app.common.live`; the symbolic equations render on the background runner.
A lesson may hold or hide its controls (:meth:`ModelPanel.controls`, :mod:`lstm_studio.app.common.holds`)."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from lstm_studio import paths
from lstm_studio.app.common import fast_math, holds, symbolic_process, theme
from lstm_studio.app.common.background import Jobs, soon
from lstm_studio.app.common.i18n import shown_error, translate
from lstm_studio.app.common.live import LiveView
from lstm_studio.app.common.plain_text import escaped
from lstm_studio.app.common.widgets import vertical
from lstm_studio.document import tokens
from lstm_studio.document.errors import InputError
from lstm_studio.document.reshape import rebuild
from lstm_studio.engine import CELLS, OPTIONS, SpecError
from lstm_studio.engine.spec import OPTION_LABELS
from lstm_studio.explain import symbolic_service
from lstm_studio.explain.equations import (
    equation_latex,
    equation_lines,
    equations_html,
    symbolic_available,
    to_html,
)

#: The texts of these tables are translated where they are shown (context "ModelPanel").
CELL_NAMES = {"rnn": QT_TRANSLATE_NOOP("ModelPanel", "Elman RNN"), "lstm": "LSTM",
              "peephole_lstm": QT_TRANSLATE_NOOP("ModelPanel", "Peephole LSTM"), "gru": "GRU"}
CELL_HELP = {
    "rnn": QT_TRANSLATE_NOOP("ModelPanel", "The plain recurrent cell: one {activation} layer reads x_t and h_{t−1}."),
    "lstm": QT_TRANSLATE_NOOP("ModelPanel", "Gates decide what the cell state c_t forgets (f), takes in (i, C̃) and "
                                            "shows (o)."),
    "peephole_lstm": QT_TRANSLATE_NOOP("ModelPanel", "An LSTM whose gates also look at the cell state c."),
    "gru": QT_TRANSLATE_NOOP("ModelPanel", "Two gates, no separate cell state: z mixes old and new, r resets the "
                                           "memory."),
}
OPTION_TITLES = {"activation": QT_TRANSLATE_NOOP("ModelPanel", "Activation"),
                 "peephole": QT_TRANSLATE_NOOP("ModelPanel", "Peephole"),
                 "reset": QT_TRANSLATE_NOOP("ModelPanel", "Reset"), "update": QT_TRANSLATE_NOOP("ModelPanel", "Update")}
MAX_HIDDEN_IN_PANEL = 256


def cell_help(spec) -> str:
    """The model panel's one-line description of the cell, translated (the RNN's names its activation)."""
    text = translate("ModelPanel", CELL_HELP[spec.cell])
    return text.replace("{activation}", spec.option("activation")) if spec.cell == "rnn" else text


def preset_titles() -> dict[str, str]:
    """Preset stem -> the name stored in the file (read once, cheaply: just the JSON)."""
    titles = {}
    for stem, path in paths.presets().items():
        try:
            titles[stem] = json.loads(path.read_text(encoding="utf-8")).get("name") or stem
        except (OSError, ValueError):
            titles[stem] = stem
    return titles


def _equation_sheet(svgs: list[bytes]) -> QImage | None:
    """The rendered equations painted one under another at twice their size (on the request thread:
    Qt paints images on any thread); None when one of them is not a valid picture."""
    images = []
    for data in svgs:
        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            return None
        size = renderer.defaultSize()
        image = QImage(size.width() * 2, size.height() * 2, QImage.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        images.append(image)
    return _stacked(images)


def _quick_sheet(latex: list[str], size: float, color: str) -> QImage | None:
    """The same sheet set by the fast typesetter, in milliseconds and without the symbolic process (the
    same font; docs/performance.md, "Formulas final at once"); None when a formula is outside its subset.
    On the GUI thread only: the typesetter's cached fonts are not shared with workers."""
    images = []
    for text in latex:
        image = fast_math.typeset_image(text, size, color, 2.0)
        if image is None:
            return None
        image.setDevicePixelRatio(1.0)  # drawn pixel for pixel into the sheet, as the SVGs are
        images.append(image)
    return _stacked(images)


def _stacked(images: list[QImage]) -> QImage | None:
    """``images`` one under another."""
    if not images:
        return None
    gap = 10
    width = max(image.width() for image in images)
    height = sum(image.height() for image in images) + gap * (len(images) - 1)
    sheet = QImage(width, height, QImage.Format_ARGB32_Premultiplied)
    sheet.fill(0)
    painter = QPainter(sheet)
    y = 0
    for image in images:
        painter.drawImage(0, y, image)
        y += image.height() + gap
    painter.end()
    return sheet


class ModelPanel(LiveView, QWidget):
    sig_open_preset = Signal(str)
    """The user picked a preset (its stem); the window asks about unsaved work and opens it."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        outer = vertical(self, 8, 6)

        presets = QHBoxLayout()
        self.presets = QComboBox()
        # The preset names (longer in German) must not widen the panel: the box shrinks, its list does not.
        self.presets.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.presets.setMinimumContentsLength(12)
        self.presets.setToolTip(translate("ModelPanel", "Ready-made models on the P I G S vocabulary"))
        self.presets.addItem(translate("ModelPanel", "Open a preset…"), None)
        for stem, title in preset_titles().items():
            self.presets.addItem(translate("Presets", title), stem)
        self.presets.view().setMinimumWidth(self.presets.view().sizeHintForColumn(0) + 24)
        self.presets.activated.connect(self._preset_chosen)
        presets.addWidget(self.presets, 1)
        outer.addLayout(presets)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)  # a long label (German) puts its field below
        self.cell = QComboBox()
        for cell in CELLS:
            self.cell.addItem(translate("ModelPanel", CELL_NAMES[cell]), cell)
        self.cell.activated.connect(self._cell_chosen)
        form.addRow(translate("ModelPanel", "Cell"), self.cell)
        self.cell_help = self._muted("")
        form.addRow(self.cell_help)
        self._option_labels: list[QWidget] = []
        self.fields = form
        self._option_rows: list[QWidget] = []
        self.option_boxes: dict[str, QComboBox] = {}

        self.hidden = QSpinBox()
        self.hidden.setRange(1, MAX_HIDDEN_IN_PANEL)
        self.hidden.setKeyboardTracking(False)
        self.hidden.setToolTip(translate("ModelPanel", "Number of hidden units H. Existing units keep their weights; "
                                                       "new ones "
                                                       "are initialised from the seed."))
        self.hidden.valueChanged.connect(self._hidden_changed)
        form.addRow(translate("ModelPanel", "Hidden size"), self.hidden)

        self.vocab = QLineEdit()
        self.vocab.setToolTip(translate("ModelPanel", "The vocabulary, tokens separated by spaces. Tokens keep their "
                                                      "weights when you add, remove or reorder others; renaming one "
                                                      "(same count) keeps its weights."))
        self.vocab.editingFinished.connect(self._vocab_edited)
        form.addRow(translate("ModelPanel", "Vocabulary"), self.vocab)
        self.vocab_error = QLabel()
        self.vocab_error.setWordWrap(True)
        self.vocab_error.hide()
        form.addRow(self.vocab_error)

        seed_row = QHBoxLayout()
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(translate("ModelPanel", "The random seed: the same seed gives the same weights on every "
                                                     "machine"))
        seed_row.addWidget(self.seed)
        self.new_button = QPushButton(translate("ModelPanel", "New weights"))
        self.new_button.setToolTip(translate("ModelPanel", "Re-initialise every weight from the seed (undoable)"))
        self.new_button.clicked.connect(self._new_model)
        seed_row.addWidget(self.new_button)
        form.addRow(translate("ModelPanel", "Seed"), seed_row)
        outer.addLayout(form)
        self._companions = {
            "cell": [form.labelForField(self.cell), self.cell_help],
            "hidden_size": [form.labelForField(self.hidden)],
            "vocab": [form.labelForField(self.vocab)],
            "seed": [form.labelForField(seed_row)],
        }

        self.count = QLabel()
        self.count.setWordWrap(True)
        outer.addWidget(self.count)

        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        line.setFrameShadow(QFrame.Sunken)
        outer.addWidget(line)
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(translate("ModelPanel", "<b>Equations</b>")))
        title_row.addStretch(1)
        self.form = QComboBox()
        for form, text in (("vector", translate("ModelPanel", "vectors")),
                           ("unit", translate("ModelPanel", "one unit j")),
                           ("stacked", translate("ModelPanel", "stacked, as W·[h, x]"))):
            self.form.addItem(text, form)
        self.form.setToolTip(translate("ModelPanel", "How to write the equations: with vectors and matrices, for one "
                                                     "unit j with sums, or with the gate matrices stacked on [hₜ₋₁; "
                                                     "xₜ], the concatenated form W·[hₜ₋₁, xₜ]"))
        self.form.activated.connect(lambda _=0: self._render_symbolic(self.session.model.spec))
        title_row.addWidget(self.form)
        outer.addLayout(title_row)
        self.equations = QLabel()
        self.equations.setTextFormat(Qt.RichText)
        self.equations.setWordWrap(True)
        self.equations.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.equations.setObjectName("equations")
        outer.addWidget(self.equations)
        self.equation_note = self._muted(to_html(translate("ModelPanel", "x_t is one-hot; ⊙ multiplies element by "
                                                                         "element; σ "
                                                                         "is the logistic sigmoid.")))
        outer.addWidget(self.equation_note)
        outer.addStretch(1)
        self._symbolic = symbolic_available()
        self.form.setVisible(self._symbolic)
        self._render_key = None
        self.jobs = Jobs(self)
        self.follow(session)

    # --- LiveView -----------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Show the session's model (after any structural change)."""
        model = self.session.model
        with QSignalBlocker(self.cell):
            self.cell.setCurrentIndex(self.cell.findData(model.cell))
        self.cell_help.setText(to_html(cell_help(model.spec)))
        self._build_options(model)
        holds.apply(self.session, self.controls(), {**self._companions, "options": self._option_labels})
        with QSignalBlocker(self.hidden):
            self.hidden.setValue(model.hidden_size)
        self.vocab.setText(" ".join(model.vocab))
        self.vocab_error.hide()
        extra = [] if model.layers == 1 else [translate("ModelPanel", "%n layers", None, model.layers)]
        if model.bidirectional:
            extra.append(translate("ModelPanel", "bidirectional"))
        output = model.params["W_hy"].size + model.params["b_y"].size
        total = model.param_count()
        self.count.setText(translate("ModelPanel", "<b>{total}</b> parameters: {cell} in the cell, {output} in the "
                                                   "output "
                                                   "layer").format(total=total, cell=total - output, output=output)
                           + (f" ({', '.join(extra)})" if extra else ""))
        if model.spec != getattr(self, "_shown_spec", None):
            self._shown_spec = model.spec
            self.equations.setWordWrap(True)
            self.equations.setText(equations_html(model.spec))
        self._render_symbolic(model.spec)

    def show_values(self) -> None:
        """Nothing here shows numbers: only the structure matters."""

    # --- Public API ---------------------------------------------------------------------------------

    def controls(self) -> dict[str, list[QWidget]]:
        """The panel's controls by the names a lesson locks and hides them with (docs/lesson-file.md)."""
        return {
            "preset": [self.presets], "cell": [self.cell], "options": list(self.option_boxes.values()),
            "hidden_size": [self.hidden], "vocab": [self.vocab], "seed": [self.seed, self.new_button],
        }

    # --- internals ----------------------------------------------------------------------------------

    def _muted(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.RichText)  # callers pass to_html(...): escaped entities, <sub> subscripts
        label.setWordWrap(True)
        label.setObjectName("muted")
        return label

    def _build_options(self, model) -> None:
        # The convention rows sit in the panel's own form (a nested layout would clip the wrapped
        # explanations), right after the cell's description.
        for widget in self._option_rows:
            self.fields.removeRow(widget)
        self._option_rows = []
        self._option_labels = []
        self.option_boxes = {}
        row = self.fields.getWidgetPosition(self.cell_help)[0] + 1
        for name, (allowed, _default, explanation) in OPTIONS[model.cell].items():
            box = QComboBox()
            for value in allowed:
                box.addItem(translate("CellOptions", OPTION_LABELS.get(value, value)), value)
            box.setCurrentIndex(box.findData(model.spec.option(name)))
            box.setToolTip(translate("CellOptions", explanation))
            box.activated.connect(lambda _=0, name=name: self._option_chosen(name))
            help_label = self._muted(to_html(translate("CellOptions", explanation)))
            self.fields.insertRow(row, translate("ModelPanel", OPTION_TITLES.get(name, name.capitalize())), box)
            self.fields.insertRow(row + 1, help_label)
            row += 2
            self._option_rows += [box, help_label]
            self._option_labels += [self.fields.labelForField(box), help_label]
            self.option_boxes[name] = box

    def _preset_chosen(self, index: int) -> None:
        stem = self.presets.itemData(index)
        with QSignalBlocker(self.presets):
            self.presets.setCurrentIndex(0)
        if stem:
            self.sig_open_preset.emit(stem)

    def _replace(self, label: str, **changes) -> None:
        try:
            model = rebuild(self.session.model, seed=self.seed.value(), **changes)
        except (SpecError, InputError) as err:
            self.vocab_error.setText(escaped(shown_error(err)))
            self.vocab_error.show()
            return
        before = self.session.model
        self.session.replace_model(model, label)
        if self.session.model is before:  # refused (the lesson holds it): show the model as it is
            self.mark("structure")

    def _cell_chosen(self, _index: int) -> None:
        cell = self.cell.currentData()
        if cell != self.session.model.cell:
            name = translate("ModelPanel", CELL_NAMES[cell])
            self._replace(translate("ModelPanel", "cell: {name}").format(name=name), cell=cell)

    def _option_chosen(self, name: str) -> None:
        value = self.option_boxes[name].currentData()
        if value != self.session.model.spec.option(name):
            options = dict(self.session.model.spec.opts, **{name: value})
            title = translate("ModelPanel", OPTION_TITLES.get(name, name.capitalize()))
            self._replace(f"{title}: {translate('CellOptions', OPTION_LABELS.get(value, value))}", options=options)

    def _hidden_changed(self, value: int) -> None:
        if value != self.session.model.hidden_size:
            self._replace(translate("ModelPanel", "hidden size {size}").format(size=value), hidden_size=value)

    def _vocab_edited(self) -> None:
        old = self.session.model.vocab
        try:
            new = tokens.parse_vocab(self.vocab.text(), translate("ModelPanel", "vocabulary"),
                                     by_character=tokens.single_char(old))
        except InputError as err:
            th = theme.current()
            self.vocab_error.setText(f"<span style='color:{th.bad}'>{escaped(shown_error(err))}</span>")
            self.vocab_error.show()
            return
        self.vocab_error.hide()
        if new == old:
            return
        where = {t: k for k, t in enumerate(old)}
        source = [where.get(t) for t in new]
        if len(new) == len(old):
            used = {s for s in source if s is not None}
            source = [s if s is not None else (k if k not in used else None) for k, s in enumerate(source)]
        self._replace(translate("ModelPanel", "edit vocabulary"), vocab=new, vocab_source=source)

    def _new_model(self) -> None:
        self._replace(translate("ModelPanel", "new weights (seed {seed})").format(seed=self.seed.value()),
                      keep_weights=False)

    def _render_symbolic(self, spec) -> None:
        if not self._symbolic:
            return
        th = theme.current()
        size = QApplication.font().pointSizeF() * 1.9
        key = (spec, self.form.currentData(), size, th.foreground)
        if key == self._render_key:
            return
        self._render_key = key
        form = key[1]
        # Set by the fast typesetter on the GUI thread (its fonts are not to be shared with a worker), after
        # this update's paint; what is outside its subset goes to the symbolic process (ziamath).
        latex = equation_latex(spec, form) if fast_math.prepare() else []
        soon(self, lambda: self._quick_or_rendered(key, latex))

    def _quick_or_rendered(self, key, latex: list[str]) -> None:
        if key != self._render_key:
            return
        spec, form, size, color = key
        sheet = _quick_sheet(latex, size, color)
        if sheet is not None:
            self._rendered(key, sheet)
            return
        # The text equations stay on screen when rendering fails: the picture is an optional extra.
        data = symbolic_service.spec_data(spec)
        self.jobs.submit("equations", lambda: _equation_sheet(
            symbolic_process.call("render_equations", data, form, size, color)),
            lambda sheet: self._rendered(key, sheet), lambda _err: None)

    def _rendered(self, key, sheet: QImage | None) -> None:
        if sheet is None or key != self._render_key:
            return
        width = sheet.width()
        pixmap = QPixmap.fromImage(sheet)
        available = max(self.width() - 36, 200)  # room for the scroll area's vertical bar
        pixmap.setDevicePixelRatio(max(2.0, width / available))
        self.equations.setWordWrap(False)  # a word-wrapping label mis-sizes a pixmap
        self.equations.setPixmap(pixmap)
        self.equations.setToolTip("\n".join(equation_lines(key[0])))
