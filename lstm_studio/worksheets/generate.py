"""Building worksheets: one variant from its problem or its code, or a whole batch.

Everything is a pure function of the problem: the same problem (or code) gives the same weights, questions
and answers on every machine. A variant is drawn again (new weights, new picks; ``Worksheet.attempt``) while
any answer lies within a hair of a rounding boundary, a worked solution would end on other digits than the
key, or a question cannot be marked unambiguously (:func:`sound`), so that the key is what a student gets
by hand, to the last printed digit (docs/worksheets.md, "Exact keys").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lstm_studio.document.errors import InputError
from lstm_studio.worksheets import backward, conceptual, forward
from lstm_studio.worksheets.code import decode, encode
from lstm_studio.worksheets.compute import Run
from lstm_studio.worksheets.context import Context
from lstm_studio.worksheets.exact import near_boundary, shown
from lstm_studio.worksheets.plan import Pick, plan
from lstm_studio.worksheets.problem import Problem, check_problem
from lstm_studio.worksheets.sheet import Question, Worksheet
from lstm_studio.worksheets.variant import question_rng, variant_model

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]

#: Draws before giving up on keeping every answer off a rounding boundary (each draw fails with a chance
#: of a few per cent, so 60 failures in a row do not happen).
MAX_ATTEMPTS = 60


class Cancelled(Exception):
    """Raised by a batch when its cancel check returns true."""


def _need(value: int | None) -> int:
    assert value is not None, "the planner gives this kind of question a step and an entry"
    return value


def _question(ctx: Context, qid: str, pick: Pick) -> Question:
    kind = pick.kind
    if kind == "output":
        return forward.output_question(ctx, qid, pick.quantity, _need(pick.t), pick.index, pick.start == "chained")
    if kind == "dL/db_y":
        return backward.dl_dby(ctx, qid, _need(pick.index))
    if kind in ("cell", "dL/dy", "dL/dh", "dL/dc", "recurrent", "local"):
        t, k = _need(pick.t), _need(pick.index)
        if kind == "cell":
            return forward.cell_question(ctx, qid, pick.quantity, t, k, pick.start)
        if kind == "local":
            return backward.local_derivative(ctx, qid, t, k, *pick.extra)
        return {"dL/dy": backward.dl_dy, "dL/dh": backward.dl_dh, "dL/dc": backward.dl_dc,
                "recurrent": backward.recurrent_derivative}[kind](ctx, qid, t, k)
    if kind == "param_count":
        return conceptual.param_count(ctx, qid, *pick.extra)
    if kind == "gate_role":
        return conceptual.gate_role(ctx, qid, *pick.extra)
    return {"gru_convention": conceptual.gru_convention, "carousel": conceptual.carousel,
            "vanishing": conceptual.vanishing}[kind](ctx, qid)


def sound(q: Question) -> bool:
    """Whether ``q`` can go on a sheet: its answer clear of rounding boundaries, its worked solution ending on
    the key's digits, and its builder content (e.g. no two probabilities too close to call)."""
    if q.redraw:
        return False
    if isinstance(q.answer, float) and q.exact is not None:
        decimals = q.decimals or 0
        if near_boundary(q.exact, decimals):
            return False
        if q.worked is not None and q.worked != shown(q.answer, decimals):
            return False
    return True


def _draw(problem: Problem, attempt: int) -> tuple[Context, list[Question]]:
    model = variant_model(problem, attempt=attempt)
    run = Run(model, list(problem.inputs), problem.targets)
    ctx = Context(problem, model, run, question_rng(problem, attempt))
    picks = plan(ctx)
    questions = []
    for n, pick in enumerate(picks, start=1):
        q = _question(ctx, f"q{n}", pick)
        q.source = pick.source
        questions.append(q)
    return ctx, questions


def build(problem: Problem) -> Worksheet:
    """The worksheet of one variant: its model (rounded weights), questions, answers and worked solutions."""
    check_problem(problem)
    student = problem.student()
    code = encode(student)
    key_code = encode(replace(student, key=True)) if student.graded else code
    for attempt in range(MAX_ATTEMPTS):
        ctx, questions = _draw(student, attempt)
        if all(sound(q) for q in questions):
            break
    else:  # pragma: no cover - a chance far below one in a billion
        raise InputError(f"variant {problem.variant}: no draw kept every answer off a rounding boundary")
    ctx.model.name = f"Worksheet variant {problem.variant} ({code})"
    return Worksheet(student, code, ctx.model, questions, key_code=key_code, attempt=attempt)


def from_code(code: str, vocab=None) -> Worksheet:
    """The worksheet a variant code stands for (``vocab`` only for models with word tokens). A key code
    gives the same worksheet; ``decode(code).key`` says which one was typed."""
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
