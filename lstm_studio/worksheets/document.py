"""The content of a worksheet page and of its answer key as a list of blocks, shared by every renderer.

Renderers (Markdown, HTML, LaTeX here; PDF in ``lstm_studio.app.worksheets.pdf.writer``) only lay blocks out, so
every format says the same thing in the same order.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lstm_studio.engine import GATE_TABLE, param_shapes
from lstm_studio.engine.spec import gate_of_suffix
from lstm_studio.worksheets.equations import OUTPUT_EQUATIONS, SIGMOID, cell_title, sheet_equations
from lstm_studio.worksheets.latex import num, param, split_breaks
from lstm_studio.worksheets.rich import Math, Rich, plain_math, rich
from lstm_studio.worksheets.sheet import Question, Step, Worksheet


@dataclass(frozen=True)
class Title:
    text: str
    subtitle: str
    code: str


@dataclass(frozen=True)
class NameLine:
    """Space for the student's name and the date."""


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
    """A parameter as a labelled table: ``values`` is a list of rows (a bias is one column)."""

    name: str
    latex: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    values: tuple[tuple[float, ...], ...]
    decimals: int

    def cell(self, r: int, c: int) -> str:
        return num(self.values[r][c], self.decimals).replace("-", "−")


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

    def worksheet(self, ws: Worksheet) -> str:
        return self.page(self.render(worksheet_blocks(ws)), ws, key=False)

    def answer_key(self, ws: Worksheet) -> str:
        return self.page(self.render(answer_key_blocks(ws)), ws, key=True)


def _matrix(ws: Worksheet, name: str) -> Matrix:
    value = ws.model.params[name]
    H = ws.model.hidden_size
    vocab = tuple(ws.model.vocab)
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
                  ws.problem.decimals)


def _weight_rows(ws: Worksheet) -> list[MatrixRow]:
    spec = ws.model.spec
    names = list(param_shapes(spec, ws.model.vocab_size, ws.model.hidden_size))
    if spec.cell == "rnn":
        groups = [("Recurrent layer", ["W_xh", "W_hh", "b_h"])]
    else:  # one row per gate: its W, U, b (and peephole P, the GRU's b_hn)
        gates = [GATE_TABLE[key] for key in spec.gates]
        groups = [(f"{gate.title.capitalize()} {gate.symbol}",
                   [n for n in names if gate_of_suffix(n.partition("_")[2]) is gate]) for gate in gates]
    groups.append(("Output layer", ["W_hy", "b_y"]))
    return [MatrixRow(caption, tuple(_matrix(ws, n) for n in members)) for caption, members in groups]


def _input_paragraph(ws: Worksheet) -> Paragraph:
    vocab = ws.model.vocab
    T = len(ws.inputs)
    xs = ", ".join(rf"x_{{{t}}}" for t in range(1, T + 1))
    tokens = ", ".join(vocab[k] for k in ws.inputs)
    return Paragraph(rich(
        "The input sequence ", Math(xs), f" is {tokens}. Each ", Math("x_t"),
        " is the one-hot vector of its token over the vocabulary (" + ", ".join(vocab) + "), so ",
        Math(r"W\, x_t"), " is the column of ", Math("W"), " labelled with that token. The state starts at ",
        Math(r"h_0 = c_0 = 0" if ws.model.spec.has_c else r"h_0 = 0"), ".",
    ))


def _targets_paragraph(ws: Worksheet) -> Paragraph:
    vocab = ws.model.vocab
    shown = [vocab[k] if k >= 0 else "none" for k in ws.targets]
    return Paragraph(rich(
        "Loss: ", Math(r"L = -{\textstyle\sum_t} \log p_t[k_t]"), ", the cross-entropy of the next token: the targets ",
        Math("k_t"), " are " + ", ".join(shown) + " (the last step has no target). ",
        Math(r"\delta_{j,k}"), " is 1 when ", Math("j = k"), " and 0 otherwise.",
    ))


def _instructions(ws: Worksheet) -> Paragraph:
    ad = ws.problem.answer_decimals
    return Paragraph(rich(
        f"Give every numerical answer to {ad} decimal places. Entries count from 1: ", Math("h_t[k]"),
        " is unit ", Math("k"), " of ", Math("h_t"), ", ", Math("W[j,k]"), " is row ", Math("j"), ", column ",
        Math("k"), ". Values given in a question are rounded as printed; use them as they are.",
    ))


def _title(ws: Worksheet, what: str) -> Title:
    p = ws.problem
    subtitle = (f"{cell_title(p.spec)} · hidden size {p.hidden_size} · vocabulary {' '.join(p.vocab)} · "
                f"variant {p.variant} · {p.difficulty}")
    return Title(what, subtitle, ws.code)


def worksheet_blocks(ws: Worksheet) -> list[Block]:
    """The student's worksheet: the cell, its weights, the input, the questions with space to answer."""
    blocks: list[Block] = [_title(ws, f"Worksheet: the {cell_title(ws.model.spec).split(' (')[0]}"), NameLine()]
    blocks.append(Heading("The cell"))
    eqs = sheet_equations(ws.model.spec) + OUTPUT_EQUATIONS + [SIGMOID]
    blocks.append(Equations(tuple(eqs)))
    blocks.append(Heading(f"The weights (rounded to {ws.problem.decimals} decimals)"))
    blocks.extend(_weight_rows(ws))
    blocks.append(Heading("The input"))
    blocks.append(_input_paragraph(ws))
    if any(q.quantity.startswith("dL/") for q in ws.questions):
        blocks.append(_targets_paragraph(ws))
    blocks.append(Heading("Questions"))
    blocks.append(_instructions(ws))
    blocks.extend(QuestionBlock(n, q, key=False) for n, q in enumerate(ws.questions, start=1))
    return blocks


def answer_key_blocks(ws: Worksheet) -> list[Block]:
    """The instructor's key: every question with its answer and worked solution."""
    blocks: list[Block] = [_title(ws, "Answer key"), Paragraph(rich(
        f"Answers are rounded to {ws.problem.answer_decimals} decimals; intermediate results carry "
        f"{ws.problem.answer_decimals + 2}. Marking accepts a numerical answer within the tolerance shown "
        "(a few units in the last decimal, for rounding on the way)."
    ))]
    blocks.extend(QuestionBlock(n, q, key=True) for n, q in enumerate(ws.questions, start=1))
    return blocks


def tolerance_text(q: Question) -> str:
    """``± 0.0002`` for a number marked within a tolerance; "exact" otherwise."""
    if q.decimals is None or q.tolerance == 0:
        return "exact"
    return f"± {q.tolerance:.{max(q.decimals, 1)}f}".rstrip("0").rstrip(".")


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
