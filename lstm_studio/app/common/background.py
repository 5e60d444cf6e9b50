"""Work off the GUI thread: plain functions run on a small thread pool and their results come back on the
GUI thread, the latest request per key winning (an older result that arrives late is dropped, and an
older request that has not started yet is skipped).

The symbolic layer (sympy derivations, ziamath rendering) only ever runs here, never on the GUI thread.
:func:`wait_idle` lets a screenshot wait until every pending result has been shown.
"""

from __future__ import annotations

import atexit
import gc
import sys
import threading
import time
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

_pool: QThreadPool | None = None
_hub = None
_outstanding = 0  # requests queued or running
_count_lock = threading.Lock()
_SKIPPED = object()
_closing = False


def _count(delta: int) -> None:
    global _outstanding
    with _count_lock:
        _outstanding += delta


def settle_heap() -> None:
    """After symbolic work: collect the young generations and freeze what survives. sympy keeps large
    caches; without this, Python's occasional full collection walks all of them while holding the GIL,
    and the window stalls for a tenth of a second."""
    gc.collect(1)
    gc.freeze()


def pool() -> QThreadPool:
    """The pool for symbolic work: one thread (sympy holds the GIL anyway, and the cores are shared)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        # While sympy or the formula renderer runs, every Python callback of a repaint (pyqtgraph paints
        # in Python) waits for the worker to hand over the GIL, up to the switch interval each time; at
        # the default 5 ms a repaint of a few dozen items stalls for a tenth of a second.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_shutdown)
        atexit.register(_shutdown)  # no worker may outlive the interpreter (screenshots and tests never quit)
    return _pool


def _shutdown() -> None:
    global _closing
    _closing = True
    if _pool is not None:
        _pool.clear()
        _pool.waitForDone(30_000)


class _Hub(QObject):
    """Lives on the GUI thread for the whole run: results are emitted to it from the pool and it hands
    them to the Jobs object that asked, if that still exists."""

    sig_finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.sig_finished.connect(self._dispatch)

    @Slot(object)
    def _dispatch(self, packet) -> None:
        ref, key, generation, ok, value = packet
        jobs = ref()
        if jobs is not None and shiboken6.isValid(jobs):
            jobs._finished(key, generation, ok, value)


def _the_hub() -> _Hub:
    global _hub
    if _hub is None:
        _hub = _Hub()
    return _hub


def _alive(ref) -> bool:
    """Whether the Jobs object that asked may still want the result. Pure Python: worker code touches
    no Qt object but the hub it emits on (its Qt object may be deleted meanwhile; the hub drops such
    results on the GUI thread)."""
    return ref() is not None


def finally_emit(hub: _Hub, packet) -> None:
    """Hand a result to the GUI thread, unless the application is already gone."""
    if _closing or not shiboken6.isValid(hub):
        return
    try:
        hub.sig_finished.emit(packet)
    except RuntimeError:  # the hub was deleted between the check and the emit (shutting down)
        pass


class Jobs(QObject):
    """Background requests of one view. ``submit(key, fn, on_done)`` runs ``fn()`` on the pool and calls
    ``on_done(result)`` on the GUI thread unless a newer request with the same key came in meanwhile.
    ``symbolic`` work (the default) ends with :func:`settle_heap`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: dict[str, int] = {}
        self._callbacks: dict[tuple[str, int], tuple[Callable, Callable | None]] = {}

    def submit(self, key: str, fn: Callable[[], object], on_done: Callable[[object], None],
               on_error: Callable[[Exception], None] | None = None, symbolic: bool = True) -> None:
        hub = _the_hub()
        generation = self._latest.get(key, 0) + 1
        self._latest[key] = generation
        self._callbacks[(key, generation)] = (on_done, on_error)
        latest = self._latest
        ref = weakref.ref(self)

        def work() -> None:
            try:
                if _closing or latest.get(key) != generation or not _alive(ref):
                    packet = (ref, key, generation, True, _SKIPPED)
                else:
                    packet = (ref, key, generation, True, fn())
                    if symbolic:
                        settle_heap()
            except Exception as err:  # handed to on_error on the GUI thread
                packet = (ref, key, generation, False, err)
            finally_emit(hub, packet)
            _count(-1)

        _count(1)
        # Start on the next turn of the event loop: the repaint this update has just asked for happens
        # first, without a worker competing with it for the GIL.
        QTimer.singleShot(0, lambda: pool().start(work))

    def pending(self, key: str) -> bool:
        """Whether the latest request for ``key`` has not come back yet."""
        return (key, self._latest.get(key, 0)) in self._callbacks

    def _finished(self, key: str, generation: int, ok: bool, value) -> None:
        callbacks = self._callbacks.pop((key, generation), None)
        if callbacks is None or generation != self._latest.get(key) or value is _SKIPPED:
            return
        on_done, on_error = callbacks
        if ok:
            on_done(value)
        elif on_error is not None:
            on_error(value)


def wait_idle(timeout: float = 20.0) -> bool:
    """Process events until no background request is outstanding (a screenshot waits for formulas)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        app.processEvents()
        if _outstanding <= 0:
            quiet += 1
            if quiet >= 3:
                return True
        else:
            quiet = 0
            pool().waitForDone(20)
    return False
