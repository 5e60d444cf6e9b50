"""What the open document holds read-only or hides, and why an edit is refused (Qt-free).

A lesson step (docs/lesson-file.md, ``lock`` and ``hide``) may hold parameters — whole, or single entries —
and controls read-only, and hide panels and controls. The session keeps one :class:`Holds` and refuses
every edit that would change something held: the widgets show the locks and do not start such edits,
but the session is the one place that decides, so nothing (a paste, a slider, training) slips past.

``locks`` is any object with ``locked(name, index=None)`` (``index`` a 0-based NumPy index; None asks
about the whole parameter) and ``locked_control(name)``, such as :class:`lstm_studio.lessons.Locks`.
Reasons are one line of plain text naming what is held, entries counted from 1 as on screen; each is a
:class:`~lstm_studio.document.wording.Message`, which the window shows in its language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from lstm_studio.document.wording import Message
from lstm_studio.engine import Model

#: How each control is named in a reason.
CONTROL_NAMES = {
    "cell": Message("Holds", "the cell type"), "options": Message("Holds", "the cell's conventions"),
    "hidden_size": Message("Holds", "the hidden size"), "layers": Message("Holds", "the number of layers"),
    "bidirectional": Message("Holds", "the direction"), "vocab": Message("Holds", "the vocabulary"),
    "preset": Message("Holds", "the model (no preset may replace it)"),
    "seed": Message("Holds", "the weights (no fresh model from a seed)"),
    "input": Message("Holds", "the input sequence"), "targets": Message("Holds", "the targets"),
    "initial_state": Message("Holds", "the initial state"),
}
WHO = Message("Holds", "the lesson")


def entry_text(name: str, index: tuple[int, ...] | None) -> str:
    """``W_hh[1,2]`` for the 0-based index (0, 1); the bare name for None."""
    if index is None:
        return name
    return f"{name}[{','.join(str(int(i) + 1) for i in index)}]"


class LockRule(Protocol):
    """What a lesson step locks, as the document asks it (``lstm_studio.lessons.Locks`` is one)."""

    def locked_control(self, control: str) -> bool: ...

    def locked(self, name: str, index: tuple[int, ...] | None = None) -> bool: ...


@dataclass(frozen=True)
class Holds:
    """What is read-only (``locks``; None: nothing) and which panels and controls are hidden."""

    locks: LockRule | None = None
    hidden: frozenset[str] = field(default_factory=frozenset)

    @property
    def empty(self) -> bool:
        return self.locks is None and not self.hidden

    def control_locked(self, control: str) -> bool:
        return self.locks is not None and bool(self.locks.locked_control(control))

    def entry_locked(self, name: str, index: tuple[int, ...]) -> bool:
        return self.locks is not None and bool(self.locks.locked(name, tuple(int(i) for i in index)))

    def any_locked(self, name: str, shape: tuple[int, ...]) -> bool:
        """Whether any entry of parameter ``name`` (of ``shape``) is held."""
        if self.locks is None:
            return False
        return any(self.entry_locked(name, index) for index in np.ndindex(*shape))

    # --- reasons (None: the edit may go ahead) --------------------------------------------------------

    def control_reason(self, control: str) -> str | None:
        if not self.control_locked(control):
            return None
        return Message("Holds", "{who} holds {what} in this step", who=WHO, what=CONTROL_NAMES.get(control, control))

    def entry_reason(self, name: str, index: tuple[int, ...]) -> str | None:
        if not self.entry_locked(name, index):
            return None
        return Message("Holds", "{who} holds {what} in this step", who=WHO, what=entry_text(name, tuple(index)))

    def params_reason(self, model: Model, values: dict[str, np.ndarray]) -> str | None:
        """Why setting ``values`` (name -> new array) on ``model`` is refused: a held entry would change."""
        if self.locks is None:
            return None
        for name, new in values.items():
            old = model.params.get(name)
            if old is None or np.shape(new) != old.shape:
                continue
            for where in np.argwhere(np.asarray(new, dtype=float) != old):
                reason = self.entry_reason(name, tuple(int(i) for i in where))
                if reason:
                    return reason
        return None

    def model_reason(self, old: Model, new: Model) -> str | None:
        """Why replacing ``old`` by ``new`` is refused: a held control would change (the cell, its
        conventions, sizes, vocabulary; same structure with new weights is the ``seed`` control), or a held
        parameter entry would change its value or disappear."""
        if self.locks is None:
            return None
        for control in changed_controls(old, new):
            reason = self.control_reason(control)
            if reason:
                return reason
        for name, before in old.params.items():
            after = new.params.get(name)
            for index in np.ndindex(*before.shape):
                if not self.entry_locked(name, index):
                    continue
                inside = after is not None and after.ndim == before.ndim and all(
                    i < n for i, n in zip(index, after.shape))
                if after is None or not inside or after[index] != before[index]:
                    return self.entry_reason(name, index)
        return None


def changed_controls(old: Model, new: Model) -> list[str]:
    """The controls whose setting differs between two models; ``seed`` when only the weights differ."""
    changed = []
    if old.cell != new.cell:
        changed.append("cell")
    elif old.spec.opts != new.spec.opts:
        changed.append("options")
    if old.hidden_size != new.hidden_size:
        changed.append("hidden_size")
    if old.layers != new.layers:
        changed.append("layers")
    if old.bidirectional != new.bidirectional:
        changed.append("bidirectional")
    if list(old.vocab) != list(new.vocab):
        changed.append("vocab")
    if not changed:
        changed.append("seed")
    return changed
