"""The undo stack on its own: push applies, undo/redo revert exactly, groups fold into one step."""

from lstm_studio.document.undo import Command, UndoStack


class Append(Command):
    def __init__(self, value, mergeable=False):
        self.value = value
        self.mergeable = mergeable
        self.label = f"append {value}"

    def redo(self, session):
        session.append(self.value)

    def undo(self, session):
        session.remove(self.value)

    def merge(self, later):
        return False


def test_push_applies_and_undo_redo_revert():
    log = []
    stack = UndoStack(log)
    stack.push(Append(1))
    stack.push(Append(2))
    assert log == [1, 2] and stack.can_undo and not stack.can_redo
    assert stack.undo() and log == [1]
    assert stack.redo() and log == [1, 2]
    assert stack.undo_label == "append 2"


def test_push_after_undo_discards_redo_branch():
    log = []
    stack = UndoStack(log)
    stack.push(Append(1))
    stack.push(Append(2))
    stack.undo()
    stack.push(Append(3))
    assert log == [1, 3] and not stack.can_redo and len(stack) == 2


def test_group_is_one_step():
    log = []
    stack = UndoStack(log)
    stack.begin_group("drag")
    for value in range(5):
        stack.push(Append(value))
    stack.end_group()
    assert len(stack) == 1 and stack.undo_label == "drag"
    stack.undo()
    assert log == []
    stack.redo()
    assert log == [0, 1, 2, 3, 4]


def test_empty_group_records_nothing_and_undo_closes_open_group():
    log = []
    stack = UndoStack(log)
    stack.begin_group("nothing")
    stack.end_group()
    assert len(stack) == 0
    stack.begin_group("open")
    stack.push(Append(1))
    assert stack.undo() and log == []


def test_clean_state_follows_save_point():
    log = []
    stack = UndoStack(log)
    events = []
    stack.changed.connect(lambda: events.append(stack.is_clean))
    assert stack.is_clean
    stack.push(Append(1))
    assert not stack.is_clean
    stack.set_clean()
    assert stack.is_clean
    stack.undo()
    assert not stack.is_clean
    stack.redo()
    assert stack.is_clean
    stack.set_dirty()
    assert not stack.is_clean
    assert events


def test_limit_drops_oldest_steps():
    log = []
    stack = UndoStack(log, limit=3)
    for value in range(5):
        stack.push(Append(value))
    assert len(stack) == 3
    while stack.undo():
        pass
    assert log == [0, 1]
