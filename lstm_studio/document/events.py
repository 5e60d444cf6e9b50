"""A minimal signal for the Qt-free document model: views connect callbacks, the model emits.

Modelled on napari's events: the model is a plain object that knows nothing of its views; a view
connects in its constructor and writes back through the model's methods.

Subscribers are isolated from each other and from the model: an exception raised by one callback is
caught, reported through the signal's :class:`FailureReporter` and the remaining callbacks still run. An
edit therefore always completes — it is recorded for undo, the document is marked dirty and autosaved —
whatever a view does with the notification (docs/limits.md, "Views that fail").
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger("lstm_studio.document")

#: Called with every failure a reporter sees (tests install one to fail on any unexpected view error).
_listeners: list[Callable[[str, BaseException], None]] = []


def add_failure_listener(listener: Callable[[str, BaseException], None]) -> None:
    """Call ``listener(message, error)`` for every subscriber failure from now on (tests use it)."""
    _listeners.append(listener)


def remove_failure_listener(listener: Callable[[str, BaseException], None]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def _slot_name(slot: Callable) -> str:
    name = getattr(slot, "__qualname__", None) or type(slot).__name__
    owner = getattr(slot, "__self__", None)
    if owner is not None and "." not in name:
        name = f"{type(owner).__name__}.{name}"
    return name


class FailureReporter:
    """Reports each distinct subscriber failure once: a log record with the traceback, and ``hook``.

    ``hook(message)`` gets a one-line message (for a status bar); it is set by whoever shows the
    document. Failures are distinct when the callback, the exception type or its message differ, so a
    view that fails on every step of a slider drag is reported once, not a hundred times.
    """

    def __init__(self) -> None:
        self.hook: Callable[[str], None] | None = None
        self.count = 0
        self._seen: set[tuple[str, str, str]] = set()

    def report(self, signal: Signal, slot: Callable, err: Exception) -> None:
        self.count += 1
        key = (_slot_name(slot), type(err).__name__, str(err))
        if key in self._seen:
            return
        self._seen.add(key)
        what = signal.name or "a document event"
        summary = " ".join(f"{type(err).__name__}: {err}".split())[:200]
        message = f"a view failed to follow {what} ({key[0]}: {summary}); the edit itself was kept"
        log.error("%s", message, exc_info=(type(err), err, err.__traceback__))
        for listener in list(_listeners):
            listener(message, err)
        if self.hook is not None:
            try:
                self.hook(message)
            except Exception:  # the hook itself is a view: it may not take the document down either
                log.exception("the failure hook failed")


#: Used by signals that were given no reporter of their own.
DEFAULT_REPORTER = FailureReporter()


class Signal:
    """A list of callbacks called in connection order with the emitted arguments; see the module docstring."""

    def __init__(self, doc: str = "", name: str = "", reporter: FailureReporter | None = None) -> None:
        self.__doc__ = doc
        self.name = name
        self.reporter = reporter or DEFAULT_REPORTER
        self._slots: list[Callable] = []

    def connect(self, slot: Callable) -> Callable:
        if slot not in self._slots:
            self._slots.append(slot)
        return slot

    def disconnect(self, slot: Callable) -> None:
        if slot in self._slots:
            self._slots.remove(slot)

    def slots(self) -> tuple[Callable, ...]:
        """The connected callbacks, in connection order."""
        return tuple(self._slots)

    def emit(self, *args) -> None:
        for slot in list(self._slots):
            try:
                slot(*args)
            except Exception as err:
                self.reporter.report(self, slot, err)

    def __len__(self) -> int:
        return len(self._slots)
