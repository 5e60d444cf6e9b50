"""A minimal signal for the Qt-free document model: views connect callbacks, the model emits.

Modelled on napari's events: the model is a plain object that knows nothing of its views; a view
connects in its constructor and writes back through the model's methods.
"""

from __future__ import annotations

from collections.abc import Callable


class Signal:
    """A list of callbacks called in connection order with the emitted arguments."""

    def __init__(self, doc: str = "") -> None:
        self.__doc__ = doc
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
            slot(*args)

    def __len__(self) -> int:
        return len(self._slots)
