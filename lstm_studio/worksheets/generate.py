"""Building worksheets: one variant from its problem or its code, or a whole batch.

Everything is a pure function of the problem: the same problem (or code) gives the same weights, questions
and answers on every machine.
"""

from __future__ import annotations

from collections.abc import Callable

from lstm_studio.worksheets import backward, conceptual, forward
from lstm_studio.worksheets.code import decode, encode
from lstm_studio.worksheets.compute import Run
from lstm_studio.worksheets.context import Context
from lstm_studio.worksheets.problem import Problem, check_problem
from lstm_studio.worksheets.sheet import Question, Worksheet
from lstm_studio.worksheets.variant import question_rng, variant_model

_SECTIONS = {"forward": forward.questions, "backward": backward.questions, "conceptual": conceptual.questions}

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """Raised by a batch when its cancel check returns true."""


def build(problem: Problem) -> Worksheet:
    """The worksheet of one variant: its model (rounded weights), questions, answers and worked solutions."""
    check_problem(problem)
    code = encode(problem)
    model = variant_model(problem, name=f"Worksheet variant {problem.variant} ({code})")
    run = Run(model, list(problem.inputs), problem.targets)
    ctx = Context(problem, model, run, question_rng(problem))
    questions: list[Question] = []
    for kind in problem.types:
        questions.extend(_SECTIONS[kind](ctx, len(questions) + 1))
    return Worksheet(problem, code, model, questions)


def from_code(code: str, vocab=None) -> Worksheet:
    """The worksheet a variant code stands for (``vocab`` only for models with word tokens)."""
    return build(decode(code, vocab))


def build_batch(
    base: Problem, variants: int, progress: Progress | None = None, cancelled: CancelCheck | None = None
) -> list[Worksheet]:
    """Variants 1 … ``variants`` of ``base``; reports (done, total, message) and stops with
    :class:`Cancelled` when ``cancelled()`` turns true."""
    out = []
    for n in range(1, variants + 1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        out.append(build(base.with_variant(n)))
        if progress is not None:
            progress(n, variants, f"variant {n} of {variants}")
    return out
