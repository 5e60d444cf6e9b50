"""Undo/redo as a stack of commands (Qt-free, so plain pytest can drive it).

A command knows how to apply and revert itself on a session. Pushing a command applies it. Between
``begin_group`` and ``end_group`` every pushed command is folded into one undo step: a slider drag that
sets a weight a hundred times is undone in one go. Consecutive commands fold by ``merge`` (a later value
of the same parameters replaces the earlier one, keeping the first old value), so a drag costs memory for
one step, not for every mouse move.

Undo and redo never mix two documents. The first edit pushed into a group ends the redo branch at once
(not when the group closes), and while a group holds edits — a drag, a training run mirrored into the
document — ``can_undo`` and ``can_redo`` are False, so the window greys both out. Before a step is
applied, ``Command.fits`` checks it against the document as it is; a step that would not fit (a matrix of
another shape) clears the whole history instead, and ``mismatch`` says why.
"""

from __future__ import annotations

from lstm_studio.document.events import Signal
from lstm_studio.document.wording import Message


class Command:
    """One undoable edit. Subclasses implement ``redo``/``undo`` and may implement ``merge``."""

    label = "edit"
    #: Consecutive commands with the same non-None key fold into one step even outside a group
    #: (typing a word letter by letter).
    merge_key: str | None = None

    def redo(self, session) -> None:
        raise NotImplementedError

    def undo(self, session) -> None:
        raise NotImplementedError

    def merge(self, later: Command) -> bool:
        """Fold ``later`` (already applied) into this command; return False if they cannot merge."""
        return False

    def fits(self, session, undo: bool) -> bool:
        """Whether undoing (``undo``) or redoing this step applies to the session's present document."""
        return True


class Group(Command):
    """Several commands that undo and redo as one step."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.commands: list[Command] = []

    def add(self, command: Command) -> None:
        if not (self.commands and self.commands[-1].merge(command)):
            self.commands.append(command)

    def redo(self, session) -> None:
        for command in self.commands:
            command.redo(session)

    def undo(self, session) -> None:
        for command in reversed(self.commands):
            command.undo(session)

    def fits(self, session, undo: bool) -> bool:
        # The steps inside a group were recorded one after another, so each fits what the one before
        # it left; only the step that meets the present document needs checking.
        if not self.commands:
            return True
        return (self.commands[-1] if undo else self.commands[0]).fits(session, undo)


class UndoStack:
    """The session's history. ``changed`` is emitted after every push, undo, redo and clean-state change."""

    def __init__(self, session, limit: int = 500, reporter=None) -> None:
        self._session = session
        self._commands: list[Command] = []
        self._index = 0
        self._clean: int | None = 0
        self._group: Group | None = None
        self._group_depth = 0
        self.limit = limit
        self.changed = Signal("The history or its clean state changed.", "the undo history", reporter)
        self.mismatch = Signal("A step no longer fitted the document, so the history was cleared: emitted "
                               "with a one-line reason.", "the undo history", reporter)

    # --- Public API ---------------------------------------------------------------------------------

    def push(self, command: Command) -> None:
        """Apply ``command`` and record it (inside a group: fold it into the group)."""
        command.redo(self._session)
        if self._group is not None:
            first = not self._group.commands
            if first:
                self._drop_redo_branch()
            self._group.add(command)
            if first:
                self.changed.emit()
            return
        top = self._commands[self._index - 1] if self._index else None
        if (command.merge_key is not None and top is not None and top.merge_key == command.merge_key
                and self._index == len(self._commands) and self._clean != self._index and top.merge(command)):
            self.changed.emit()
            return
        self._record(command)

    def begin_group(self, label: str) -> None:
        """Start folding pushes into one step (nested calls fold into the outermost group)."""
        self._group_depth += 1
        if self._group is None:
            self._group = Group(label)

    def end_group(self) -> None:
        if self._group_depth == 0:
            return
        self._group_depth -= 1
        if self._group_depth:
            return
        group, self._group = self._group, None
        assert group is not None  # begin_group made it
        if group.commands:
            self._record(group.commands[0] if len(group.commands) == 1 else group, label=group.label)
        else:
            self.changed.emit()

    @property
    def in_group(self) -> bool:
        return self._group is not None

    def undo(self) -> bool:
        """Revert the last step (closing an open group first); False when there is none or it no longer
        fits the document (then the history is cleared)."""
        if self._group is not None:
            self.end_group()
        if not self.can_undo:
            return False
        command = self._commands[self._index - 1]
        if not self._fits(command, undo=True):
            return False
        self._index -= 1
        command.undo(self._session)
        self.changed.emit()
        return True

    def redo(self) -> bool:
        """Apply the next step again; False when there is none, a group is open, or it no longer fits."""
        if not self.can_redo:
            return False
        command = self._commands[self._index]
        if not self._fits(command, undo=False):
            return False
        command.redo(self._session)
        self._index += 1
        self.changed.emit()
        return True

    @property
    def can_undo(self) -> bool:
        return self._index > 0 and not self._busy

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands) and self._group is None

    @property
    def undo_label(self) -> str:
        return self._commands[self._index - 1].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        return self._commands[self._index].label if self.can_redo else ""

    @property
    def index(self) -> int:
        return self._index

    def __len__(self) -> int:
        return len(self._commands)

    def set_clean(self) -> None:
        """Mark the present state as saved."""
        self._clean = self._index
        self.changed.emit()

    def set_dirty(self) -> None:
        """Mark the present state as unsaved, whatever the history says (recovered work)."""
        self._clean = None
        self.changed.emit()

    @property
    def is_clean(self) -> bool:
        return self._clean == self._index and self._group is None

    def take(self) -> tuple:
        """The whole history (commands, position, saved position), leaving this stack empty; hand it back
        with :meth:`put`."""
        if self._group is not None:
            self.end_group()
        taken = (self._commands, self._index, self._clean)
        self._commands = []
        self._index = 0
        self._clean = 0
        self.changed.emit()
        return taken

    def put(self, history: tuple) -> None:
        """Restore a history from :meth:`take` (replacing the present one)."""
        commands, index, clean = history
        self._commands, self._index, self._clean = list(commands), index, clean
        self._group = None
        self._group_depth = 0
        self.changed.emit()

    def clear(self) -> None:
        self._commands.clear()
        self._index = 0
        self._clean = 0
        self._group = None
        self._group_depth = 0
        self.changed.emit()

    # --- internals ----------------------------------------------------------------------------------

    @property
    def _busy(self) -> bool:
        """An edit in progress: a group that already holds steps."""
        return self._group is not None and bool(self._group.commands)

    def _fits(self, command: Command, undo: bool) -> bool:
        if command.fits(self._session, undo):
            return True
        label = command.label
        self.clear()
        self.mismatch.emit(Message("Undo", "“{label}” no longer fits the model, so the undo history was cleared",
                                   label=label))
        return False

    def _drop_redo_branch(self) -> None:
        del self._commands[self._index :]
        if self._clean is not None and self._clean > self._index:
            self._clean = None

    def _record(self, command: Command, label: str | None = None) -> None:
        if label is not None:
            command.label = label
        self._drop_redo_branch()
        self._commands.append(command)
        self._index += 1
        overflow = len(self._commands) - self.limit
        if overflow > 0:
            del self._commands[:overflow]
            self._index -= overflow
            self._clean = None if self._clean is None or self._clean < overflow else self._clean - overflow
        self.changed.emit()
