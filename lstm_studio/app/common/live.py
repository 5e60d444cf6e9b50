"""The base of the inside views: subscribe to the session (napari style), coalesce bursts, update only
when visible.

A view connects to the session's signals in its constructor. Every burst of edits between two turns of
the event loop (a slider drag sets a weight many times) becomes one update; a hidden view only notes
what changed and catches up when it is shown. Subclasses implement ``rebuild`` (the model's structure
changed), ``show_values`` (any number changed) and, when cheaper, ``show_step`` (only the step moved).
"""

from __future__ import annotations

import time
import weakref

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

_SIGNALS = {
    "structure_changed": "structure",
    "params_changed": "values",
    "state_changed": "values",
    "sequence_changed": "values",
    "step_changed": "step",
}


def connect_weakly(signal, obj, method_name: str, what: str) -> None:
    """Call ``obj.<method_name>(what)`` on every emission while ``obj`` (a QObject) exists; the
    connection drops itself once the object is gone (the session outlives its views)."""
    ref = weakref.ref(obj)

    def relay(*_args) -> None:
        target = ref()
        if target is None or not shiboken6.isValid(target):
            signal.disconnect(relay)
            return
        getattr(target, method_name)(what)

    signal.connect(relay)


class LivePanel(QWidget):
    """A view of the session that updates itself (see the module docstring)."""

    sig_updated = Signal()
    """The view shows the session's present state (emitted after each coalesced update)."""

    def __init__(self, session, focus=None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.focus = focus
        self._pending: set[str] = {"structure"}
        self.last_update_ms = 0.0  # how long the last update took (the benchmark reads it)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._flush)
        for name, what in _SIGNALS.items():
            connect_weakly(getattr(session, name), self, "mark", what)
        if focus is not None:
            connect_weakly(focus.changed, self, "mark", "values")

    # --- Public API ---------------------------------------------------------------------------------

    def mark(self, what: str) -> None:
        """Note that ``what`` ("structure", "values", "step") changed; update on the next turn if shown."""
        self._pending.add(what)
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def update_now(self) -> None:
        """Bring the view up to date at once (tests, benchmarks, screenshots)."""
        self._flush(force=True)

    @property
    def up_to_date(self) -> bool:
        return not self._pending

    # --- for subclasses -----------------------------------------------------------------------------

    def rebuild(self) -> None:
        """The model's structure changed: recreate what depends on it."""

    def show_values(self) -> None:
        """Show the present numbers."""

    def show_step(self) -> None:
        """Only the current step moved."""
        self.show_values()

    # --- internals ----------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending and not self._timer.isActive():
            self._timer.start()

    def _flush(self, force: bool = False) -> None:
        self._timer.stop()
        if not (force or self.isVisible()) or not self._pending:
            return
        start = time.perf_counter()
        pending, self._pending = self._pending, set()
        if "structure" in pending:
            if self.focus is not None:
                self.focus.clamp(self.session.model)
            self.rebuild()
        if pending - {"step"}:
            self.show_values()
        else:
            self.show_step()
        self.last_update_ms = (time.perf_counter() - start) * 1000
        self.sig_updated.emit()
