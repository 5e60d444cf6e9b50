"""The generated worksheet: questions with their answers and worked solutions, for one variant.

Renderers read these objects; nothing here computes. Every LaTeX string is math-mode LaTeX without dollars.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from lstm_studio.engine import Model
from lstm_studio.worksheets.problem import Problem
from lstm_studio.worksheets.rich import Rich, plain


@dataclass(frozen=True)
class Given:
    """A value the question states, e.g. ``h_{1} = [0.1234, −0.5000]``: name and value in LaTeX."""

    name: str
    value: str


@dataclass(frozen=True)
class Step:
    """One line of a worked solution: what is computed, its formula, the numbers substituted, the result.

    Read as the chain ``formula = substituted[0] = substituted[1] = … = result``; renderers may break the
    chain before any "=". ``substituted`` is empty when a step only quotes a value from the forward pass.
    """

    label: Rich
    formula: str
    substituted: tuple[str, ...]
    result: str

    @property
    def chain(self) -> list[str]:
        """The parts of the chain, formula first and result last."""
        return [self.formula, *self.substituted, self.result]


@dataclass
class Question:
    """One question and its answer.

    kind        forward, backward or conceptual
    quantity    forward: h, c, y, p, prediction or a gate name as in ``run --json`` (f i g o, z r h_tilde);
                backward: dL/dy, dL/dh, dL/dc, dL/db_y, dc/dc_prev, dh/dh_prev or a local derivative such
                as dh/dc; conceptual: param_count, gate_role, gru_convention, carousel, vanishing
    t, index    the 1-based step and entry (unit, or vocabulary entry for y and p); None when not applicable
    answer      the rounded number printed in the key (float, or int for counts), or a token or a letter
    decimals    the number of decimals of a numerical answer (None for tokens and letters)
    tolerance   how far a typed number may be from ``answer`` and still be marked right
    prompt      the question; ``given`` the values it states; ``choices`` the options of a multiple choice
    solution    the worked solution, step by step; ``note`` an optional remark under it
    exact       the unrounded value of a numerical answer
    entry       for the derivative with respect to a parameter, the parameter's entry (1-based)
    worked      the value the worked solution ends on, as printed (None where it does not end on a number)
    mistakes    what the usual mistakes give (:mod:`.mistakes`), for feedback and the LMS exports
    redraw      the builder asks for another draw of the variant (e.g. two probabilities too close to call)
    source      the item of the instructor's selection the question comes from (its points)
    """

    id: str
    kind: str
    quantity: str
    t: int | None
    index: int | None
    answer: float | int | str
    decimals: int | None
    tolerance: float
    prompt: Rich
    given: list[Given] = field(default_factory=list)
    choices: list[Rich] = field(default_factory=list)
    solution: list[Step] = field(default_factory=list)
    note: Rich = ()
    exact: float | None = None
    entry: tuple[int, ...] = ()
    worked: Fraction | None = None
    mistakes: list = field(default_factory=list)
    redraw: bool = False
    source: int = 0
    language: str = "en"

    @property
    def answer_text(self) -> str:
        """The answer as printed: fixed decimals for numbers (with a true minus sign and the language's
        decimal mark), else as is."""
        if isinstance(self.answer, float) and self.decimals is not None:
            from lstm_studio.worksheets.i18n import text_number

            return text_number(format_number(self.answer, self.decimals), self.language)
        if isinstance(self.answer, str):
            from lstm_studio.worksheets.latex import visible

            return visible(self.answer)
        return str(self.answer)

    @property
    def text(self) -> str:
        """The whole question in plain Unicode: prompt, given values and lettered choices."""
        from lstm_studio.worksheets.i18n import tr
        from lstm_studio.worksheets.rich import plain_math

        parts = [plain(self.prompt)]
        if self.given:
            givens = "; ".join(f"{plain_math(g.name)} = {plain_math(g.value)}" for g in self.given)
            parts.append(tr("Given:", self.language) + " " + givens)
        for letter, choice in zip(LETTERS, self.choices):
            parts.append(f"({letter}) {plain(choice)}")
        return " ".join(parts)


LETTERS = "ABCDEFGH"


def format_number(value: float, decimals: int, minus: str = "−") -> str:
    """``value`` to ``decimals`` decimals; never "−0.000"."""
    text = f"{value:.{decimals}f}"
    if text.startswith("-"):
        text = text[1:] if float(text) == 0 else minus + text[1:]
    return text


def rounded(value: float, decimals: int) -> float:
    """The number exactly as printed with ``decimals`` decimals (so JSON and key agree digit for digit)."""
    return float(format_number(float(value), decimals, minus="-")) + 0.0


@dataclass
class Worksheet:
    """One variant: its problem, code, model (rounded weights), input and targets, and its questions.

    ``code`` is what the student types; ``key_code`` (the same for a practice sheet) opens the worked
    solutions of a graded one. ``name`` and ``student_id`` come from the roster; ``attempt`` counts the
    draws it took to keep every answer clear of a rounding boundary (0: the first); ``language`` is the
    language the sheet is written in (:func:`.i18n.localize`; not part of the code)."""

    problem: Problem
    code: str
    model: Model
    questions: list[Question]
    key_code: str = ""
    name: str = ""
    student_id: str = ""
    attempt: int = 0
    language: str = "en"

    @property
    def inputs(self) -> list[int]:
        return list(self.problem.inputs)

    @property
    def targets(self) -> list[int]:
        return self.problem.targets

    @property
    def input_text(self) -> str:
        return self.problem.input_text

    def question(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(qid)
