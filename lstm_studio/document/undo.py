"""Undo/redo as a stack of commands (Qt-free, so plain pytest can drive it).

A command knows how to apply and revert itself on a session. Pushing a command applies it. Between
``begin_group`` and ``end_group`` every pushed command is folded into one undo step: a slider drag that
sets a weight a hundred times is undone in one go. Consecutive commands fold by ``merge`` (a later value
of the same parameters replaces the earlier one, keeping the first old value), so a drag costs memory for
one step, not for every mouse move.
"""

from __future__ import annotations

from lstm_studio.document.events import Signal


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


class UndoStack:
    """The session's history. ``changed`` is emitted after every push, undo, redo and clean-state change."""

    def __init__(self, session, limit: int = 500) -> None:
        self._session = session
        self._commands: list[Command] = []
        self._index = 0
        self._clean: int | None = 0
        self._group: Group | None = None
        self._group_depth = 0
        self.limit = limit
        self.changed = Signal("The history or its clean state changed.")

    # --- Public API ---------------------------------------------------------------------------------

    def push(self, command: Command) -> None:
        """Apply ``command`` and record it (inside a group: fold it into the group)."""
        command.redo(self._session)
        if self._group is not None:
            first = not self._group.commands
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
        if self._group is not None:
            self.end_group()
        if not self.can_undo:
            return False
        self._index -= 1
        self._commands[self._index].undo(self._session)
        self.changed.emit()
        return True

    def redo(self) -> bool:
        if not self.can_redo:
            return False
        self._commands[self._index].redo(self._session)
        self._index += 1
        self.changed.emit()
        return True

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

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

    def _record(self, command: Command, label: str | None = None) -> None:
        if label is not None:
            command.label = label
        del self._commands[self._index :]
        if self._clean is not None and self._clean > self._index:
            self._clean = None
        self._commands.append(command)
        self._index += 1
        overflow = len(self._commands) - self.limit
        if overflow > 0:
            del self._commands[:overflow]
            self._index -= overflow
            self._clean = None if self._clean is None or self._clean < overflow else self._clean - overflow
        self.changed.emit()
