"""The instructor's choice of questions: ``--questions forward:h*2@2,backward:dc_dc_prev,conceptual``.

An item is a whole section (``forward``, ``backward``, ``conceptual``: the questions the difficulty gives
it, docs/worksheets.md) or one kind of question (``forward:h``), optionally asked several times (``*2``,
each at another step or unit) and worth some points (``@2``; 1 by default). Points are the marker's, not
the sheet's: they go to the key file and the LMS exports, not into the variant code.

Every kind has a number that variant codes store (:data:`KINDS`; append only, never renumber).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lstm_studio.document.errors import InputError
from lstm_studio.worksheets.problem import MAX_QUESTIONS, QUESTION_TYPES, Problem


@dataclass(frozen=True)
class Kind:
    number: int
    section: str
    name: str
    help: str


KINDS: tuple[Kind, ...] = (
    Kind(0, "forward", "forward", "the difficulty's forward questions"),
    Kind(1, "backward", "backward", "the difficulty's backward questions"),
    Kind(2, "conceptual", "conceptual", "the difficulty's conceptual questions"),
    Kind(3, "forward", "gate", "a σ gate of one unit (f, i, o; z, r), drawn at random"),
    Kind(4, "forward", "candidate", "the candidate C̃ (LSTMs) or h̃ (GRU) of one unit"),
    Kind(5, "forward", "c", "the cell state of one unit (LSTMs)"),
    Kind(6, "forward", "h", "the hidden state of one unit"),
    Kind(7, "forward", "y", "one output logit"),
    Kind(8, "forward", "p", "one softmax probability"),
    Kind(9, "forward", "prediction", "the predicted token"),
    Kind(10, "backward", "dL_dy", "∂L/∂y_t[k] = p_t[k] − δ"),
    Kind(11, "backward", "dL_dh", "∂L/∂h_t[k] at the last step with a target"),
    Kind(12, "backward", "dL_dc", "∂L/∂c_t[k] at the last step with a target (LSTMs)"),
    Kind(13, "backward", "dL_db_y", "∂L/∂b_y[k], summed over the steps"),
    Kind(14, "backward", "dc_dc_prev", "∂c_t/∂c_{t−1}, the constant error carousel (LSTMs)"),
    Kind(15, "backward", "dh_dh_prev", "∂h_t/∂h_{t−1} (RNN, GRU)"),
    Kind(16, "backward", "local", "a local derivative ∂h_t/∂θ or ∂c_t/∂θ of one parameter entry"),
    Kind(17, "conceptual", "param_count", "how many parameters the cell or model has"),
    Kind(18, "conceptual", "gate_role", "what a gate or weight does (multiple choice)"),
    Kind(19, "conceptual", "gru_convention", "h_t in the other GRU convention (GRU)"),
    Kind(20, "conceptual", "carousel", "the carousel's factor f^n over n steps (LSTMs)"),
    Kind(21, "conceptual", "vanishing", "the factor ((1 − h²) W_hh)^n of a one-unit RNN"),
    Kind(22, "forward", "f", "the forget gate of one unit (LSTMs)"),
    Kind(23, "forward", "i", "the input gate of one unit (LSTMs)"),
    Kind(24, "forward", "o", "the output gate of one unit (LSTMs)"),
    Kind(25, "forward", "z", "the update gate of one unit (GRU)"),
    Kind(26, "forward", "r", "the reset gate of one unit (GRU with a reset gate)"),
)
BY_NAME = {k.name: k for k in KINDS}
BY_NUMBER = {k.number: k for k in KINDS}
ALIASES = {"g": "candidate", "h_tilde": "candidate", "c_tilde": "candidate"}
MAX_COUNT = 8


@dataclass(frozen=True)
class Selection:
    """Parsed ``--questions``: entries ((kind, count), …) in sheet order, the points of one question of each
    entry, and the sections (types) they belong to."""

    entries: tuple[tuple[str, int], ...]
    points: tuple[float, ...]
    types: tuple[str, ...]

    @property
    def custom(self) -> tuple[tuple[str, int], ...]:
        """The selection to store in the problem: empty when it is just whole sections, once each."""
        if all(name in QUESTION_TYPES and count == 1 for name, count in self.entries):
            return ()
        return self.entries


_ITEM = re.compile(r"^([a-z_/]+)(?::([a-z_/]+))?(?:\*(\d+))?(?:@(\d+(?:[.,]\d+)?))?$")


def _kind_name(section: str, name: str) -> str:
    name = name.replace("/", "_").lower()
    if name in ("dl_dy", "dl_dh", "dl_dc", "dl_db_y", "dl_dby"):
        name = {"dl_dby": "dL_db_y"}.get(name, "dL_" + name[3:])
    name = ALIASES.get(name, name)
    kind = BY_NAME.get(name)
    if kind is None or kind.section != section or kind.name in QUESTION_TYPES:
        known = ", ".join(k.name for k in KINDS if k.section == section and k.name not in QUESTION_TYPES)
        raise InputError(f"--questions: {section} has no question {name!r} (choose from {known})")
    return kind.name


def parse_questions(text: str) -> Selection:
    """``forward:h*2@2,backward`` -> Selection; ``all`` means every section. InputError naming the bad item."""
    items = [part.strip().lower() for part in text.replace(" ", ",").split(",") if part.strip()]
    if not items:
        raise InputError(f"--questions: no questions given (choose from {', '.join(QUESTION_TYPES)})")
    if items == ["all"]:
        items = list(QUESTION_TYPES)
    parsed: list[tuple[str, int, float]] = []
    for item in items:
        m = _ITEM.match(item)
        if not m:
            raise InputError(f"--questions: {item!r} is not SECTION[:KIND][*COUNT][@POINTS], e.g. forward:h*2@1.5")
        section, kind, count, points = m.groups()
        if section not in QUESTION_TYPES:
            raise InputError(f"--questions: unknown type {section!r} (choose from {', '.join(QUESTION_TYPES)}, all)")
        name = _kind_name(section, kind) if kind else section
        n = int(count) if count else 1
        if kind is None and count:
            raise InputError(f"--questions: {item!r}: a count goes with one kind of question, e.g. {section}:KIND*2")
        if not 1 <= n <= MAX_COUNT:
            raise InputError(f"--questions: {item!r}: ask a kind 1 to {MAX_COUNT} times")
        value = float(points.replace(",", ".")) if points else 1.0
        if not 0 < value <= 100:
            raise InputError(f"--questions: {item!r}: points must be above 0 and at most 100")
        parsed.append((name, n, value))
    names = [name for name, _, _ in parsed]
    for section in QUESTION_TYPES:
        if names.count(section) > 1:
            raise InputError(f"--questions: {section} is listed twice")
    order = {section: n for n, section in enumerate(QUESTION_TYPES)}
    parsed.sort(key=lambda entry: order[BY_NAME[entry[0]].section])  # stable: forward, backward, conceptual
    if len(parsed) > 16:
        raise InputError("--questions: at most 16 items")
    entries = tuple((name, n) for name, n, _ in parsed)
    types = tuple(s for s in QUESTION_TYPES if any(BY_NAME[name].section == s for name, _ in entries))
    return Selection(entries, tuple(p for _, _, p in parsed), types)


def _requires(kind: str, problem: Problem) -> str | None:
    """Why ``kind`` cannot be asked about this cell, or None."""
    spec = problem.spec
    has_c = spec.has_c
    gates = set(spec.gates)
    if kind in ("c", "dL_dc", "dc_dc_prev", "carousel") and not has_c:
        return f"the {spec.cell} cell has no cell state c"
    if kind == "dL_dc" and spec.cell == "peephole_lstm" and spec.option("peephole") == "full":
        return "∂L/∂c_t with full peepholes mixes units; ask dL_dh"
    if kind == "dh_dh_prev" and has_c:
        return f"the {spec.cell} cell's recurrent path is ∂c_t/∂c_(t-1): ask dc_dc_prev"
    if kind in ("f", "i", "o", "z", "r") and kind not in gates:
        return f"the {spec.cell} cell has no gate {kind}"
    if kind == "candidate" and spec.cell == "rnn":
        return "the Elman RNN has no candidate"
    if kind == "gate" and not gates & {"f", "i", "o", "z", "r"}:
        return "the Elman RNN has no σ gates"
    if kind == "gru_convention" and spec.cell != "gru":
        return "the GRU conventions are asked about the GRU"
    if kind in ("dL_dy", "dL_dh", "dL_dc", "dL_db_y") and len(problem.inputs) < 2:
        return "a one-token input has no target (the loss needs a next token)"
    return None


def check_selection(problem: Problem) -> None:
    """InputError unless every picked kind fits the cell and the sheet stays within MAX_QUESTIONS."""
    total = 0
    for name, count in problem.selection:
        kind = BY_NAME.get(name)
        if kind is None:
            raise InputError(f"--questions: unknown question {name!r}")
        reason = None if name in QUESTION_TYPES else _requires(name, problem)
        if reason:
            raise InputError(f"--questions: {kind.section}:{name}: {reason}")
        total += count if name not in QUESTION_TYPES else 4
    if total > MAX_QUESTIONS:
        raise InputError(f"--questions: at most {MAX_QUESTIONS} questions on a sheet")
