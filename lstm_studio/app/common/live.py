"""How a view follows the session: the one mechanism every view of the window uses (napari style: the
session is a plain object with signals, a view subscribes to it and writes back through its methods).

A view is a QWidget that mixes in :class:`LiveView` and calls ``self.follow(session, focus)`` in its
constructor. From then on the session's :class:`Refresher` (there is one per session) keeps it up to date:

* The refresher is the only subscriber to the session's view signals. An emission only notes, for every
  view, what changed — ``"structure"`` (rebuild the layout), ``"values"`` (new numbers) or ``"step"``
  (only the current step moved) — and starts one zero-delay timer.
* On the next turn of the event loop it updates every *visible* view once. A burst of edits between two
  turns (a slider drag sets a weight many times) becomes one update per view, and the evaluation is
  computed once for all of them (the session caches it; the warnings are cached on the evaluation).
* After a change that every view must redraw for (a new look, a model opened, Start in Training) the
  window asks for ``refresh_in_turns()``: the views then update one per turn of the event loop, each
  laid out and painted before the next one starts (docs/window.md, "It stays quick").
* A hidden view (a tab behind another, a closed or floating dock) keeps what it missed and catches up
  when it is shown. ``update_now()`` brings one view up to date at once (tests, screenshots), and a view
  whose public API reads or acts on what it shows calls ``catch_up()`` first, so it is never read stale.
* Views and the session are held weakly: a deleted view drops out, and the session keeps no view alive.

After each pass the refresher emits ``sig_refreshed``. A view implements ``rebuild()`` (the model's
structure changed), ``show_values()`` (any number changed) and, when cheaper, ``show_step()``.
"""

from __future__ import annotations

import time
import weakref
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from lstm_studio.app.common import theme
from lstm_studio.app.common.widgets import timer

#: The session's signals and what each one changes for a view.
SESSION_SIGNALS = {
    "structure_changed": "structure",
    "params_changed": "values",
    "state_changed": "values",
    "sequence_changed": "values",
    "step_changed": "step",
    "holds_changed": "structure",
}

_refreshers: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class Refresher(QObject):
    """Coalesces the session's signals into one update per visible view per turn of the event loop."""

    sig_refreshed = Signal()
    """Every visible view shows the session's present state (emitted after each pass)."""

    @classmethod
    def of(cls, session) -> Refresher:
        """The refresher of ``session`` (made on first use; it lives as long as the session)."""
        refresher = _refreshers.get(session)
        if refresher is None:
            refresher = _refreshers[session] = cls(session)
            # A session lives in reference cycles (its undo stack points back at it), so the collector may
            # free it on any thread, a worker's too: the refresher belongs to the application instead and
            # is deleted on the GUI thread once the session is gone.
            weakref.finalize(session, refresher.deleteLater)
        return refresher

    def __init__(self, session) -> None:
        super().__init__(QCoreApplication.instance())
        self._session = weakref.ref(session)
        self._views: list[weakref.ref] = []
        self._timer = timer(self, 0, self._turn)
        self._in_turns = False
        for name, what in SESSION_SIGNALS.items():
            getattr(session, name).connect(partial(self._changed, what))

    # --- Public API ---------------------------------------------------------------------------------

    def add(self, view: LiveView) -> None:
        """Keep ``view`` up to date from now on (it starts with a rebuild pending)."""
        self._views.append(weakref.ref(view))
        if view.focus is not None:
            ref = weakref.ref(view)
            signal = view.focus.changed

            def focus_moved() -> None:
                target = ref()
                if target is None or not shiboken6.isValid(target):
                    signal.disconnect(focus_moved)
                    return
                self.mark(target, "values")

            signal.connect(focus_moved)
        self.schedule()

    def views(self) -> list[LiveView]:
        """The views that still exist, in the order they subscribed."""
        alive = []
        for ref in list(self._views):
            view = ref()
            if view is None or not shiboken6.isValid(view):
                self._views.remove(ref)
            else:
                alive.append(view)
        return alive

    def mark(self, view: LiveView, what: str) -> None:
        """Note that ``what`` changed for ``view`` alone; it updates on the next turn if shown."""
        view._live_pending.add(what)
        self.schedule()

    def mark_all(self, what: str) -> None:
        """Note that ``what`` changed for every view (a new theme or font size: "structure")."""
        self._changed(what)

    def schedule(self) -> None:
        """Run a pass on the next turn of the event loop."""
        if not self._timer.isActive():
            self._timer.start()

    def refresh_in_turns(self) -> None:
        """Update the visible views that missed something one per turn of the event loop, until none is
        left (then ``sig_refreshed``). For a new look, where every view restyles: each one is laid out and
        painted in a turn of its own, and the window answers in between (docs/window.md, "It stays
        quick"). A ``refresh`` meanwhile updates the rest at once."""
        self._in_turns = True
        self.schedule()

    def refresh(self, force: bool = False) -> None:
        """Update every visible view that missed something (every such view with ``force``) now."""
        self._timer.stop()
        self._in_turns = False
        for view in self.views():
            if view._live_pending and (force or view.isVisible()):
                self.update(view)
        self.sig_refreshed.emit()

    def update(self, view: LiveView) -> None:
        """Bring ``view`` up to date now, shown or not."""
        session = self._session()
        pending, view._live_pending = view._live_pending, set()
        if not pending or session is None:
            return
        start = time.perf_counter()
        if "structure" in pending:
            if view.focus is not None:
                view.focus.clamp(session.model)
            view.rebuild()
            theme.adopt(view)  # labels made by the rebuild, and the present font size
        if pending - {"step"}:
            view.show_values()
        else:
            view.show_step()
        view.last_update_ms = (time.perf_counter() - start) * 1000

    @property
    def idle(self) -> bool:
        """No pass is waiting and every visible view is up to date."""
        return not self._timer.isActive() and not any(
            view._live_pending and view.isVisible() for view in self.views())

    # --- internals ----------------------------------------------------------------------------------

    def _turn(self) -> None:
        """The timer's pass: every waiting view, or the next one when they update one per turn."""
        if not self._in_turns:
            self.refresh()
            return
        waiting = [view for view in self.views() if view._live_pending and view.isVisible()]
        if waiting:
            self.update(waiting[0])
        if len(waiting) > 1:
            self._timer.start()  # a timer, not a posted event: the window paints and answers first
            return
        self._in_turns = False
        self.sig_refreshed.emit()

    def _changed(self, what: str, *_args) -> None:
        for view in self.views():
            view._live_pending.add(what)
        self.schedule()


class LiveView:
    """Mix into a QWidget (before the Qt class) that shows the session; see the module docstring."""

    session = None
    focus = None
    refresher: Refresher | None = None
    last_update_ms = 0.0
    """How long the last update took (the panel benchmark reads it)."""
    _live_pending: set[str] = frozenset()  # type: ignore[assignment]  # a view that follows nothing

    def follow(self, session, focus=None) -> None:
        """Subscribe to ``session`` (and to ``focus``, the unit and layer shown, when given)."""
        self.session = session
        self.focus = focus
        self._live_pending = {"structure"}
        self.refresher = Refresher.of(session)
        self.refresher.add(self)

    # --- Public API ---------------------------------------------------------------------------------

    def mark(self, what: str) -> None:
        """Note that ``what`` ("structure", "values", "step") changed for this view alone."""
        self.refresher.mark(self, what)

    def update_now(self) -> None:
        """Bring the view up to date at once (tests, benchmarks, screenshots)."""
        if self.refresher is not None:
            self.refresher.update(self)

    def catch_up(self) -> None:
        """Before the view is read or acted on through its API: apply what it missed, if anything."""
        if self._live_pending:
            self.update_now()

    @property
    def up_to_date(self) -> bool:
        return not self._live_pending

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
        super().showEvent(event)  # type: ignore[misc]
        if self._live_pending and self.refresher is not None:
            self.refresher.schedule()


class LivePanel(LiveView, QWidget):
    """A plain widget that follows the session (the base of the inside views)."""

    def __init__(self, session, focus=None, parent=None) -> None:
        super().__init__(parent)
        self.follow(session, focus)
