"""The content of a worksheet page and of its answer key as a list of blocks, shared by every renderer.

Renderers (Markdown, HTML, LaTeX here; PDF in ``lstm_studio.app.worksheets.pdf.writer``) only lay blocks out, so
every format says the same thing in the same order.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from lstm_studio.engine import GATE_TABLE, SIGMOID_GATES, param_shapes
from lstm_studio.engine.spec import gate_of_suffix
from lstm_studio.worksheets.equations import OUTPUT_EQUATIONS, SIGMOID, cell_title, sheet_equations
from lstm_studio.worksheets.i18n import text_number, tr
from lstm_studio.worksheets.latex import num, param, split_breaks, visible
from lstm_studio.worksheets.rich import Math, Rich, plain_math, rich
from lstm_studio.worksheets.sheet import Question, Step, Worksheet

#: Every sentence of the sheet and the key, in one place (translated by :func:`.i18n.tr` where they are
#: used; the renderers keep their own few labels in their own TEXT). PARTS are sentences with formulas
#: between their parts.
TEXT: dict[str, str] = {
    "sheet_title": "Worksheet: the {cell}",
    "key_title": "Answer key",
    "subtitle": "{cell} · hidden size {H} · vocabulary {vocab} · variant {variant} · {difficulty}",
    "cell": "The cell",
    "weights": "The weights (rounded to {d} decimals)",
    "input": "The input",
    "questions": "Questions",
    "recurrent_layer": "Recurrent layer",
    "output_layer": "Output layer",
    "no_target": "none",
    "graded": " This sheet is marked: your code checks answers but shows no solutions.",
    "key_note": ("Answers are rounded to {ad} decimals; intermediate results carry {inter}. Marking accepts a "
                 "numerical answer within the tolerance shown (a few units in the last decimal, for rounding on "
                 "the way)."),
    "key_codes": " Students type {code}; this key's code, which opens the worked solutions, is {key}.",
}
#: The labels every renderer prints (each adds its own punctuation).
LABELS: dict[str, str] = {"code": "Variant code", "name": "Name", "date": "Date", "given": "Given", "answer": "Answer"}
#: The same, as a line of text starts with them ("Name:"), for the HTML and LaTeX renderers.
FIELD_LABELS: dict[str, str] = {"code": LABELS["code"], **{k: LABELS[k] + ":" for k in ("name", "date", "given",
                                                                                      "answer")}}
#: Columns of one weight table, by the weights' decimals, before it is split into column blocks (what fits the
#: text width of an HTML page, 48em, and of the LaTeX article, 174 mm at \small).
COLUMNS_BY_DECIMALS: dict[int, int] = {1: 12, 2: 10, 3: 9, 4: 8}
PARTS: dict[str, tuple[str, ...]] = {
    "sequence": ("The input sequence ", " is {tokens}. Each ", " is the one-hot vector of its token over the "
                 "vocabulary ({vocab}), so ", " is the column of ", " labelled with that token. The state starts "
                 "at ", "."),
    "loss": ("Loss: ", ", the cross-entropy of the next token: the targets ", " are {targets} (the last step has "
             "no target). ", " is 1 when ", " and 0 otherwise."),
    "instructions": ("Give every numerical answer to {ad} decimal places, and carry at least {inter} decimals in "
                     "the results on the way. Entries count from 1: ", " is unit ", " of ", ", ", " is row ",
                     ", column ", ". Values given in a question are rounded as printed; use them as they are."),
}


@dataclass(frozen=True)
class Title:
    text: str
    subtitle: str
    code: str
    language: str = "en"


@dataclass(frozen=True)
class NameLine:
    """Space for the student's name and the date; ``name`` pre-filled from the roster."""

    name: str = ""
    language: str = "en"


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: Rich


@dataclass(frozen=True)
class Equations:
    """Display equations, one per line."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Matrix:
    """A parameter as a labelled table: ``values`` is a list of rows (a bias is one column).

    A table too wide for the page is split into column blocks (:func:`column_blocks`); ``part`` numbers
    them (0 when the table is whole)."""

    name: str
    latex: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    values: tuple[tuple[float, ...], ...]
    decimals: int
    part: int = 0
    language: str = "en"

    def cell(self, r: int, c: int) -> str:
        return text_number(num(self.values[r][c], self.decimals).replace("-", "−"), self.language)


def column_blocks(m: Matrix, max_cols: int) -> list[Matrix]:
    """``m`` as tables of at most ``max_cols`` columns each (the columns in order, every one printed)."""
    n = len(m.col_labels)
    if n <= max_cols:
        return [m]
    parts = -(-n // max_cols)
    size = -(-n // parts)  # equal widths: 26 columns at most 12 -> 9, 9, 8
    return [replace(m, col_labels=m.col_labels[a : a + size], values=tuple(row[a : a + size] for row in m.values),
                    part=k + 1) for k, a in enumerate(range(0, n, size))]


@dataclass(frozen=True)
class MatrixRow:
    """Parameters shown side by side (one gate's W, U, b)."""

    caption: str
    matrices: tuple[Matrix, ...]


@dataclass(frozen=True)
class QuestionBlock:
    """A question; in a worksheet with space for the answer, in a key with the answer and its solution."""

    number: int
    question: Question
    key: bool


Block = Title | NameLine | Heading | Paragraph | Equations | MatrixRow | QuestionBlock


class BlockRenderer(ABC):
    """One format's way to write each kind of block, as a list of lines (or chunks) per block;
    :meth:`render` writes a sheet's blocks in order. The renderers of this package subclass it."""

    @abstractmethod
    def title(self, block: Title) -> list[str]: ...

    @abstractmethod
    def name_line(self, block: NameLine) -> list[str]: ...

    @abstractmethod
    def heading(self, block: Heading) -> list[str]: ...

    @abstractmethod
    def paragraph(self, block: Paragraph) -> list[str]: ...

    @abstractmethod
    def equations(self, block: Equations) -> list[str]: ...

    @abstractmethod
    def matrices(self, block: MatrixRow) -> list[str]: ...

    @abstractmethod
    def question(self, block: QuestionBlock) -> list[str]: ...

    @abstractmethod
    def page(self, parts: list[str], ws: Worksheet, key: bool) -> str:
        """The whole document around the rendered blocks (``key``: the answer key)."""

    def render(self, blocks: list[Block]) -> list[str]:
        # Any: each method takes its own block type, which the dictionary's key guarantees.
        parts: dict[type, Callable[[Any], list[str]]] = {
            Title: self.title, NameLine: self.name_line, Heading: self.heading, Paragraph: self.paragraph,
            Equations: self.equations, MatrixRow: self.matrices, QuestionBlock: self.question,
        }
        out: list[str] = []
        for block in blocks:
            out += parts[type(block)](block)
        return out

    #: The language of the sheet being rendered (:attr:`.sheet.Worksheet.language`).
    language = "en"

    def label(self, text: str) -> str:
        """One of the renderer's own words in the sheet's language."""
        return tr(text, self.language)

    def worksheet(self, ws: Worksheet) -> str:
        self.language = ws.language
        return self.page(self.render(worksheet_blocks(ws)), ws, key=False)

    def answer_key(self, ws: Worksheet) -> str:
        self.language = ws.language
        return self.page(self.render(answer_key_blocks(ws)), ws, key=True)


def _matrix(ws: Worksheet, name: str) -> Matrix:
    value = ws.model.params[name]
    H = ws.model.hidden_size
    vocab = tuple(visible(v) for v in ws.model.vocab)
    units = tuple(str(k) for k in range(1, H + 1))
    if name == "W_hy":
        rows, cols = vocab, units
    elif name == "b_y":
        rows, cols = vocab, ("",)
    elif value.ndim == 1:
        rows, cols = units, ("",)
    elif name.startswith("W_") and name != "W_hh":
        rows, cols = units, vocab
    else:
        rows, cols = units, units
    table = value.reshape(len(rows), len(cols))
    return Matrix(name, param(name), rows, cols, tuple(tuple(float(v) for v in row) for row in table),
                  ws.problem.decimals, language=ws.language)


def _weight_rows(ws: Worksheet) -> list[MatrixRow]:
    spec = ws.model.spec
    lang = ws.language
    names = list(param_shapes(spec, ws.model.vocab_size, ws.model.hidden_size))
    if spec.cell == "rnn":
        groups = [(tr(TEXT["recurrent_layer"], lang), ["W_xh", "W_hh", "b_h"])]
    else:  # one row per gate: its W, U, b (and peephole P, the GRU's b_hn)
        gates = [GATE_TABLE[key] for key in spec.gates]
        groups = [(f"{tr(gate.title.capitalize(), lang)} {gate.symbol}",
                   [n for n in names if gate_of_suffix(n.partition("_")[2]) is gate]) for gate in gates]
    groups.append((tr(TEXT["output_layer"], lang), ["W_hy", "b_y"]))
    return [MatrixRow(caption, tuple(_matrix(ws, n) for n in members)) for caption, members in groups]


def _input_paragraph(ws: Worksheet) -> Paragraph:
    vocab = [visible(v) for v in ws.model.vocab]
    T = len(ws.inputs)
    xs = ", ".join(rf"x_{{{t}}}" for t in range(1, T + 1))
    tokens = ", ".join(vocab[k] for k in ws.inputs)
    a, b, c, d, e, f = (tr(part, ws.language) for part in PARTS["sequence"])
    return Paragraph(rich(
        a, Math(xs), b.format(tokens=tokens), Math("x_t"), c.format(vocab=", ".join(vocab)), Math(r"W\, x_t"), d,
        Math("W"), e, Math(r"h_0 = c_0 = 0" if ws.model.spec.has_c else r"h_0 = 0"), f,
    ))


def _targets_paragraph(ws: Worksheet) -> Paragraph:
    vocab = ws.model.vocab
    shown = [visible(vocab[k]) if k >= 0 else tr(TEXT["no_target"], ws.language) for k in ws.targets]
    a, b, c, d, e = (tr(part, ws.language) for part in PARTS["loss"])
    return Paragraph(rich(a, Math(r"L = -{\textstyle\sum_t} \log p_t[k_t]"), b, Math("k_t"),
                          c.format(targets=", ".join(shown)), Math(r"\delta_{j,k}"), d, Math("j = k"), e))


def _instructions(ws: Worksheet) -> Paragraph:
    p = ws.problem
    a, b, c, d, e, f, g = (tr(part, ws.language) for part in PARTS["instructions"])
    return Paragraph(rich(
        a.format(ad=p.answer_decimals, inter=p.answer_decimals + 2), Math("h_t[k]"), b, Math("k"), c,
        Math("h_t"), d, Math("W[j,k]"), e, Math("j"), f, Math("k"), g,
        tr(TEXT["graded"], ws.language) if p.graded else "",
    ))


def _title(ws: Worksheet, what: str) -> Title:
    p = ws.problem
    lang = ws.language
    subtitle = tr(TEXT["subtitle"], lang).format(cell=tr(cell_title(p.spec), lang), H=p.hidden_size,
                                                 vocab=" ".join(visible(v) for v in p.vocab), variant=p.variant,
                                                 difficulty=tr(p.difficulty, lang))
    return Title(what, subtitle, ws.code, lang)


def uses_sigmoid(spec) -> bool:
    return any(g in SIGMOID_GATES for g in spec.gates)


def worksheet_blocks(ws: Worksheet) -> list[Block]:
    """The student's worksheet: the cell, its weights, the input, the questions with space to answer."""
    lang = ws.language
    cell = tr(cell_title(ws.model.spec).split(" (")[0], lang)
    blocks: list[Block] = [_title(ws, tr(TEXT["sheet_title"], lang).format(cell=cell)), NameLine(ws.name, lang)]
    blocks.append(Heading(tr(TEXT["cell"], lang)))
    eqs = sheet_equations(ws.model.spec) + OUTPUT_EQUATIONS + ([SIGMOID] if uses_sigmoid(ws.model.spec) else [])
    blocks.append(Equations(tuple(eqs)))
    blocks.append(Heading(tr(TEXT["weights"], lang).format(d=ws.problem.decimals)))
    blocks.extend(_weight_rows(ws))
    blocks.append(Heading(tr(TEXT["input"], lang)))
    blocks.append(_input_paragraph(ws))
    if any(q.quantity.startswith("dL/") for q in ws.questions):
        blocks.append(_targets_paragraph(ws))
    blocks.append(Heading(tr(TEXT["questions"], lang)))
    blocks.append(_instructions(ws))
    blocks.extend(QuestionBlock(n, q, key=False) for n, q in enumerate(ws.questions, start=1))
    return blocks


def answer_key_blocks(ws: Worksheet) -> list[Block]:
    """The instructor's key: every question with its answer and worked solution."""
    ad = ws.problem.answer_decimals
    note = tr(TEXT["key_note"], ws.language).format(ad=ad, inter=ad + 2)
    if ws.problem.graded:
        note += tr(TEXT["key_codes"], ws.language).format(code=ws.code, key=ws.key_code)
    title = Title(tr(TEXT["key_title"], ws.language), _title(ws, "").subtitle, ws.key_code or ws.code, ws.language)
    blocks: list[Block] = [title]
    if ws.name:
        blocks.append(NameLine(ws.name, ws.language))
    blocks.append(Paragraph(rich(note)))
    blocks.extend(QuestionBlock(n, q, key=True) for n, q in enumerate(ws.questions, start=1))
    return blocks


def tolerance_text(q: Question) -> str:
    """``± 0.0002`` for a number marked within a tolerance; "exact" otherwise."""
    if q.decimals is None or q.tolerance == 0:
        return tr("exact", q.language)
    return text_number(f"± {q.tolerance:.{max(q.decimals, 1)}f}".rstrip("0").rstrip("."), q.language)


def wrap_pieces(latex: str, max_chars: int) -> list[str]:
    """A substituted line cut at its break marks into lines of about ``max_chars`` visible characters."""
    lines: list[str] = []
    for piece in split_breaks(latex):
        if lines and len(plain_math(lines[-1] + " " + piece)) <= max_chars:
            lines[-1] = f"{lines[-1]} {piece}"
        else:
            lines.append(piece)
    return lines or [""]


def chain_rows(step: Step, max_chars: int = 80) -> list[tuple[str, str]]:
    """A worked-solution chain as rows (left, right) aligned on "=": the formula's left side, then one
    "= …" row per part, long parts continued on indented rows. Empty when the step has no math."""
    parts = [p for p in step.chain if p]
    if not parts:
        return []
    lhs, sep, rhs = parts[0].partition(" = ")
    rows: list[tuple[str, str]] = []
    if sep:
        pieces = wrap_pieces(rhs, max_chars)
        rows.append((lhs, "= " + pieces[0]))
        rows += [("", r"\quad " + piece) for piece in pieces[1:]]
        rest = parts[1:]
    elif len(parts) > 1:
        pieces = wrap_pieces(parts[1], max_chars)
        rows.append((parts[0], "= " + pieces[0]))
        rows += [("", r"\quad " + piece) for piece in pieces[1:]]
        rest = parts[2:]
    else:
        return [(parts[0], "")]
    for part in rest:
        pieces = wrap_pieces(part, max_chars)
        rows.append(("", "= " + pieces[0]))
        rows += [("", r"\quad " + piece) for piece in pieces[1:]]
    return rows
