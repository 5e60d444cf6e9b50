"""What one worksheet variant is made of: the cell, the sizes, the input, the seed and the question options.

A :class:`Problem` holds exactly what a variant code encodes (see :mod:`.code`), so the code alone rebuilds
the weights and the questions. Worksheets are for hand calculation, so the sizes are small: a single
one-direction layer of at most :data:`MAX_HIDDEN` units over at most :data:`MAX_VOCAB` tokens and
:data:`MAX_STEPS` steps.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lstm_studio.document import tokens as token_text
from lstm_studio.document.errors import InputError
from lstm_studio.document.wording import Message
from lstm_studio.engine import CellSpec, Model

QUESTION_TYPES: tuple[str, ...] = ("forward", "backward", "conceptual")
DIFFICULTIES: tuple[str, ...] = ("easy", "medium", "hard")
FORMATS: tuple[str, ...] = ("pdf", "html", "md", "tex", "json", "moodle", "qti")
PAPERS: tuple[str, ...] = ("a4", "letter")

MAX_HIDDEN = 8
MAX_VOCAB = 32
MAX_STEPS = 12
MAX_SEED = 2**32 - 1
MAX_VARIANTS = 999
MAX_QUESTIONS = 24
WEIGHT_DECIMALS = (1, 2, 3, 4)


@dataclass(frozen=True)
class Problem:
    """One variant: everything its weights, questions and answers are computed from.

    spec        the cell and its conventions
    vocab       the tokens, in the model's order
    hidden_size H, the number of units
    inputs      token indices of the input sequence, x_1 … x_T
    seed        the batch seed; with ``variant`` it seeds the weights and the choice of questions
    variant     1-based number of this variant in the batch
    decimals    the weights are rounded to this many decimals
    types       the question types asked, a subset of :data:`QUESTION_TYPES` in that order
    difficulty  one of :data:`DIFFICULTIES`
    selection   the instructor's picks, ((kind, count), …) in sheet order (:mod:`.selection`); empty: the
                difficulty's questions of every type in ``types``
    graded      the code checks answers but never shows a solution; only the key code does
    hints       marking says which usual mistake a wrong answer looks like (always in practice sheets)
    key         this is the instructor's key code: it opens the worked solutions of a graded sheet
    """

    spec: CellSpec
    vocab: tuple[str, ...]
    hidden_size: int
    inputs: tuple[int, ...]
    seed: int = 0
    variant: int = 1
    decimals: int = 2
    types: tuple[str, ...] = QUESTION_TYPES
    difficulty: str = "medium"
    selection: tuple[tuple[str, int], ...] = ()
    graded: bool = False
    hints: bool = True
    key: bool = False

    @property
    def entries(self) -> tuple[tuple[str, int], ...]:
        """What the sheet asks, as (kind, count): the selection, or one whole section per type."""
        return self.selection or tuple((t, 1) for t in self.types)

    @property
    def shows_solutions(self) -> bool:
        """Whether the code opens worked solutions: a practice sheet's code, or a graded sheet's key code."""
        return self.key or not self.graded

    @property
    def gives_hints(self) -> bool:
        return self.hints or not self.graded

    @property
    def answer_decimals(self) -> int:
        """Answers and given values are printed to two more decimals than the weights (at least 3)."""
        return max(3, self.decimals + 2)

    @property
    def targets(self) -> list[int]:
        """The target of each step: the next input token; the last step has none (−1), as in ``grad``."""
        return list(self.inputs[1:]) + [-1]

    @property
    def input_text(self) -> str:
        return token_text.join(self.inputs, list(self.vocab))

    def with_variant(self, variant: int) -> Problem:
        return replace(self, variant=variant)

    def student(self) -> Problem:
        """The problem as the student's code has it (not the key)."""
        return replace(self, key=False)


def check_problem(problem: Problem, field: str = "--input") -> Problem:
    """Raise InputError (one line naming the option) unless ``problem`` is within the worksheet limits;
    ``field`` names the input where it is typed (the command line's option, the dialog's field)."""
    if not 1 <= problem.hidden_size <= MAX_HIDDEN:
        raise InputError(Message("InputErrors", "model: hidden size {hidden} is too large for a hand-calculation "
                                 "worksheet (at most {limit})", hidden=problem.hidden_size, limit=MAX_HIDDEN))
    if not 2 <= len(problem.vocab) <= MAX_VOCAB:
        raise InputError(Message("InputErrors", "model: worksheets need a vocabulary of {low} to {high} tokens, not "
                                 "{count}", low=2, high=MAX_VOCAB, count=len(problem.vocab)))
    if not 1 <= len(problem.inputs) <= MAX_STEPS:
        raise InputError(Message("InputErrors", "{field}: worksheets take {low} to {high} tokens, not {count}",
                                 field=field, low=1, high=MAX_STEPS, count=len(problem.inputs)))
    if any(not 0 <= k < len(problem.vocab) for k in problem.inputs):
        raise InputError("--input: a token index outside the vocabulary")
    if not 0 <= problem.seed <= MAX_SEED:
        raise InputError(f"--seed: {problem.seed} is outside 0..{MAX_SEED}")
    if not 1 <= problem.variant <= MAX_VARIANTS:
        raise InputError(f"--variants: variant {problem.variant} is outside 1..{MAX_VARIANTS}")
    if problem.decimals not in WEIGHT_DECIMALS:
        raise InputError(f"--decimals: {problem.decimals} is not one of {', '.join(map(str, WEIGHT_DECIMALS))}")
    if not problem.types or any(t not in QUESTION_TYPES for t in problem.types):
        raise InputError(f"--questions: choose from {', '.join(QUESTION_TYPES)}")
    if list(problem.types) != [t for t in QUESTION_TYPES if t in problem.types]:
        raise InputError("--questions: each type once, in the order " + ", ".join(QUESTION_TYPES))
    if problem.difficulty not in DIFFICULTIES:
        raise InputError(f"--difficulty: {problem.difficulty!r} is not one of {', '.join(DIFFICULTIES)}")
    if problem.key and not problem.graded:
        raise InputError("variant code: a key code belongs to a graded sheet")
    if problem.selection:
        from lstm_studio.worksheets.selection import check_selection

        check_selection(problem)
    return problem


def parse_types(text: str) -> tuple[str, ...]:
    """``forward,backward`` -> ("forward", "backward"); ``all`` means every type. InputError if unknown."""
    names = [part.strip().lower() for part in text.replace(" ", ",").split(",") if part.strip()]
    if not names:
        raise InputError(f"--questions: no question types given (choose from {', '.join(QUESTION_TYPES)})")
    if names == ["all"]:
        return QUESTION_TYPES
    unknown = [n for n in names if n not in QUESTION_TYPES]
    if unknown:
        raise InputError(f"--questions: unknown type {unknown[0]!r} (choose from {', '.join(QUESTION_TYPES)}, all)")
    return tuple(t for t in QUESTION_TYPES if t in names)


def problem_from_model(
    model: Model,
    input_text: str,
    *,
    seed: int = 0,
    variant: int = 1,
    decimals: int = 2,
    types: tuple[str, ...] = QUESTION_TYPES,
    difficulty: str = "medium",
    selection: tuple[tuple[str, int], ...] = (),
    graded: bool = False,
    hints: bool = True,
    field: str = "--input",
) -> Problem:
    """The problem of a worksheet about ``model``'s cell, sizes and vocabulary (its weights are not used:
    every variant draws its own). InputError for models or options a worksheet cannot take, naming the input
    ``field`` as the caller shows it."""
    if model.layers != 1 or model.bidirectional:
        raise InputError(Message("InputErrors", "model: worksheets take a single-layer, one-direction model"))
    inputs = token_text.parse(input_text, model.vocab, field)
    problem = Problem(
        spec=model.spec,
        vocab=tuple(model.vocab),
        hidden_size=model.hidden_size,
        inputs=tuple(inputs),
        seed=seed,
        variant=variant,
        decimals=decimals,
        types=tuple(types),
        difficulty=difficulty,
        selection=tuple(selection),
        graded=graded,
        hints=hints,
    )
    return check_problem(problem, field)
