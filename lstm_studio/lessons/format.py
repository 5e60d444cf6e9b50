"""What a lesson file holds, as frozen dataclasses: a Lesson of Steps, each with Checks, a Predict, Locks,
hidden test sequences, hints and an offer to train (docs/lesson-file.md).

Step numbers in this API are 1-based, as on screen ("step 3 of 7"); so are time steps ``t`` and hidden
units (``unit``), and the entries of a lock (``W_hh[1,1]`` is the top-left entry). Only :meth:`Locks.locked`
takes a 0-based NumPy index, because the weight editor works with arrays.

Every string here is plain text from the lesson file: escape it before it reaches markup (the player's
rich-text labels) and never evaluate it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lstm_studio.engine import Model

FORMAT = "lstm-studio.lesson"
VERSION = 1
KINDS = ("lesson", "challenge")

#: Panels the window can raise (``show``) or remove (``hide``): the names ``lstm-studio gui --panel`` takes.
PANELS = (
    "model", "weights", "sequence", "output", "gates", "heatmaps", "cell", "unrolled", "equations",
    "gradients", "training", "generate",
)
#: Controls a step may lock or hide, besides parameters: the model panel's cell, conventions, sizes,
#: vocabulary, presets and fresh-model seed; the sequence, its targets and the initial state.
CONTROLS = (
    "cell", "options", "hidden_size", "layers", "bidirectional", "vocab", "preset", "seed", "input", "targets",
    "initial_state",
)

#: Per-unit quantities of a layer at a time step: states, the RNN's pre-activation a, and every gate.
UNIT_QUANTITIES = ("h", "c", "a", "f", "i", "g", "o", "z", "r", "h_tilde")
#: Per-token quantities of the output layer at a time step.
TOKEN_QUANTITIES = ("y", "p")
QUANTITIES = UNIT_QUANTITIES + TOKEN_QUANTITIES + (
    "prediction", "loss", "accuracy", "param", "grad", "grad_norm", "spectral_radius",
)
OPS = ("<", "<=", ">", ">=", "==", "!=")
DIRECTIONS = ("forward", "backward")
_ENTRY = re.compile(r"^([A-Za-z][A-Za-z0-9_]*)(?:\[\s*(\d+)\s*(?:,\s*(\d+)\s*)?\])?$")


def parse_entry(text: str) -> tuple[str, tuple[int, ...] | None]:
    """``W_hh[1,2]`` (1-based, as on screen) -> ("W_hh", (0, 1)), a 0-based NumPy index; ``W_hh`` ->
    ("W_hh", None). ValueError for anything else."""
    m = _ENTRY.match(text)
    if not m:
        raise ValueError(f"expected a parameter such as W_hh or an entry such as W_hh[1,1], got {text[:40]!r}")
    index = tuple(int(g) - 1 for g in m.group(2, 3) if g is not None)
    return m.group(1), index or None


#: Marks a step without a target in a ``targets`` text (``"··S"``: only the third step has one).
NO_TARGET = "·"


@dataclass(frozen=True)
class Quantity:
    """One number (or token) of the network, as a check or a prediction names it.

    quantity   one of :data:`QUANTITIES`: h, c, a, a gate (f i g o; z r h_tilde), y, p, prediction, loss,
               accuracy, param (a parameter entry), grad (dL/d of a parameter entry, or ‖dL/dW‖ of a whole
               parameter), grad_norm (‖dL/dh_t‖ or ‖dL/dc_t‖), spectral_radius (max |eigenvalue| of a matrix)
    t          time step, 1-based; negative counts from the end (−1 is the last step); None where not used
    unit       hidden unit, 1-based (h, c, a and gates); None in a prediction means the whole vector
    token      vocabulary entry (y, p); None in a prediction means the whole vector
    of         ``"h"`` or ``"c"`` for grad_norm; a parameter for param, grad and spectral_radius, with an
               optional 1-based entry: ``"W_hh"``, ``"b_h[2]"``, ``"W_hh[1,1]"``
    layer      1-based layer of a stacked model; direction ``forward`` or ``backward`` (bidirectional)
    """

    quantity: str
    t: int | None = None
    unit: int | None = None
    token: str | None = None
    of: str | None = None
    layer: int = 1
    direction: str = "forward"


@dataclass(frozen=True)
class Check:
    """A declarative test of what the student built: a quantity and exactly one comparison.

    ``op`` + ``value``: actual <op> value.  ``equals``: a token (prediction) or a number (exact).
    ``within`` + ``tolerance``: |actual − within| ≤ tolerance.  ``label``: optional words for the player.
    """

    what: Quantity
    op: str | None = None
    value: float | None = None
    equals: str | float | None = None
    within: float | None = None
    tolerance: float | None = None
    label: str = ""


@dataclass(frozen=True)
class Predict:
    """Ask the student to estimate a quantity before it is revealed; ``tolerance`` is absolute, per entry.

    Without ``unit`` (h, c, gates) or ``token`` (y, p) the estimate is the whole vector; for ``prediction``
    it is a token.
    """

    what: Quantity
    tolerance: float = 0.05


@dataclass(frozen=True)
class Sequence:
    """A hidden test sequence: input text and, optionally, one target per step (``·`` for none)."""

    input: str
    targets: str | None = None


@dataclass(frozen=True)
class Lock:
    """A locked parameter (``name``; ``index`` None for the whole of it, else the 0-based NumPy index of one
    entry) or a control (``control``). ``text`` is how the file wrote it, e.g. ``W_hh[1,1]``."""

    text: str
    name: str | None = None
    index: tuple[int, ...] | None = None
    control: str | None = None


@dataclass(frozen=True)
class Locks:
    """What a step holds read-only. ``all`` holds every parameter and control except those in ``unlocks``;
    otherwise exactly what ``locks`` names, minus ``unlocks``. An entry's lock covers that entry; a whole
    parameter's lock covers all of its entries."""

    all: bool = False
    locks: tuple[Lock, ...] = ()
    unlocks: tuple[Lock, ...] = ()

    def locked_control(self, control: str) -> bool:
        """Whether the control (one of :data:`CONTROLS`) is read-only in this step."""
        if any(lock.control == control for lock in self.unlocks):
            return False
        return self.all or any(lock.control == control for lock in self.locks)

    def locked(self, name: str, index: tuple[int, ...] | None = None) -> bool:
        """Whether entry ``index`` (a 0-based NumPy index) of parameter ``name`` is read-only; with ``index``
        None, whether every entry of it is."""
        if index is None:
            if any(lock.name == name for lock in self.unlocks):
                return False
            return self.all or any(lock.name == name and lock.index is None for lock in self.locks)
        index = tuple(int(i) for i in index)
        if any(lock.name == name and lock.index in (None, index) for lock in self.unlocks):
            return False
        return self.all or any(lock.name == name and lock.index in (None, index) for lock in self.locks)

    @property
    def empty(self) -> bool:
        return not self.all and not self.locks


@dataclass(frozen=True)
class TrainOffer:
    """A step's offer to train the current network (the player's Train button): a built-in task of
    ``lstm_studio.tasks`` with its options, and the hyper-parameters of ``lstm_studio.engine.train``.
    ``config`` holds only the keys the file gives; :func:`lstm_studio.lessons.training.plan` fills the rest."""

    task: str
    options: dict = field(default_factory=dict)
    config: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    """One step of a lesson.

    model      the model this step starts from (a fresh copy from :meth:`new_model`), or None to keep the
               current one; ``model_source`` says where it came from (``"preset:rnn_pigs"``, ``"inline"``)
    input      the sequence shown (None: keep the current one); ``targets`` one per step of it (``·``: none),
               as in force at this step: a step that keeps the input keeps the targets of the step that set
               them; None means the next input token
    show       the panel to raise (:data:`PANELS`) or None; ``hide`` panels and controls to remove
    locks      what is read-only; ``predict`` what the student estimates first; ``checks`` what must hold,
               on the shown input or, when ``inputs`` is given, on every one of those hidden sequences
    hints      revealed one at a time; ``solution`` after the last hint; ``train`` an offer to train
    """

    title: str
    text: str = ""
    task: str = ""
    model: Model | None = field(default=None, compare=False, repr=False)
    model_source: str | None = None
    input: str | None = None
    targets: str | None = None
    show: str | None = None
    hide: tuple[str, ...] = ()
    locks: Locks = Locks()
    predict: Predict | None = None
    checks: tuple[Check, ...] = ()
    inputs: tuple[Sequence, ...] = ()
    hints: tuple[str, ...] = ()
    solution: str = ""
    train: TrainOffer | None = None

    def new_model(self) -> Model | None:
        """A copy of the step's model that the caller may change, or None when the step keeps the current."""
        return None if self.model is None else self.model.copy()


@dataclass(frozen=True)
class Lesson:
    """A lesson or a challenge. ``id`` names it for progress storage (built-in lessons always have one)."""

    title: str
    steps: tuple[Step, ...]
    id: str = ""
    kind: str = "lesson"
    summary: str = ""
    language: str = "en"

    def step(self, number: int) -> Step:
        """Step ``number``, 1-based; IndexError outside 1..len(steps)."""
        if not 1 <= number <= len(self.steps):
            raise IndexError(f"step {number}: the lesson has steps 1 to {len(self.steps)}")
        return self.steps[number - 1]

    def model_at(self, number: int) -> Model | None:
        """A fresh copy of the model in force at step ``number``: the last one a step up to it sets."""
        for step in reversed(self.steps[:number]):
            if step.model is not None:
                return step.new_model()
        return None

    def input_at(self, number: int) -> str | None:
        """The input in force at step ``number``: the last one a step up to it sets."""
        for step in reversed(self.steps[:number]):
            if step.input is not None:
                return step.input
        return None
