"""Work off the GUI thread: the one runner every background job of the app goes through.

The work itself is always a plain function that knows nothing of Qt; the runner calls it on a worker
thread and hands its results (and its progress) back on the GUI thread, to the :class:`Jobs` object of the
view that asked — only while that object still exists. Three kinds of work:

* ``Jobs.submit(key, fn, on_done)`` — a short request (formulas from the symbolic process, finite
  differences). The latest request per key wins: an older result that arrives late is dropped and an
  older request that has not started yet is skipped. These run one at a time on their own thread (the
  cores are shared). Symbolic work itself runs in a process of its own
  (:mod:`~lstm_studio.app.common.symbolic_process`); the request thread only waits for its answer.
* ``soon(context, fn)`` — a short piece of GUI-thread work (a few milliseconds) put after the present
  update's paint, counted as pending like a request.
* ``Jobs.start(fn, on_done, on_progress)`` — a long job with progress and cancel (training, worksheet
  batches): ``fn(report, cancelled)`` calls ``report(info)`` as it goes and checks ``cancelled()`` between
  steps. It returns a :class:`Task` to cancel it or wait for it. Long jobs run side by side.

And one kind of work on the GUI thread itself: :class:`Turns` runs a view's building a piece per turn of
the event loop (the equations panel's rows), so that no turn stalls a frame.

Nothing outlives the interpreter: when the application quits (or the interpreter exits) every long job
is cancelled, nothing new starts, and the runner waits for the workers. :func:`wait_idle` lets a
screenshot wait until every pending result has been shown.
"""

from __future__ import annotations

import atexit
import gc
import itertools
import threading
import time
import weakref
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

#: Long jobs that may run at the same time (three cells trained side by side, a worksheet batch).
LONG_JOBS = 4

_pools: dict[str, QThreadPool] = {}
_hub = None
_outstanding = 0  # requests and long jobs queued or running
_count_lock = threading.Lock()
_SKIPPED = object()
_closing = False
_tasks: weakref.WeakSet = weakref.WeakSet()
_ids = itertools.count(1)
_shutdown_hooks: list[Callable[[], None]] = []


def _count(delta: int) -> None:
    global _outstanding
    with _count_lock:
        _outstanding += delta
        if delta > 0:
            _gui_thread_collection.hold()


class _GuiThreadCollection:
    """Python's cyclic garbage collector runs on whichever thread happens to allocate when a generation
    fills up. Run on a worker, it finalises the Python wrappers of Qt objects that live on the GUI thread
    (pyqtgraph's items are full of reference cycles, and a new structure or hidden size drops dozens of
    them), and Qt then deletes a graphics item on the worker while the GUI thread paints the scene: a
    segfault in the gate plots' painting, now and then, during the GUI monkey's long runs. pyqtgraph's
    advice (``pyqtgraph.util.garbage_collector``) is to collect only on the GUI thread.

    So while any background work is queued or running, automatic collection is off (the GUI thread turns
    it off before it hands the work over) and this timer, on the GUI thread, collects each generation
    when it is as full as the automatic collector would have let it grow. Once the workers have been idle
    for two ticks (the last one has surely returned to the pool by then), automatic collection is on
    again: a process without background work collects as Python always does."""

    TICK_MS = 200

    def __init__(self) -> None:
        self.timer: QTimer | None = None
        self.quiet_ticks = 0

    def hold(self) -> None:
        """Automatic collection off until the workers are idle; called on the GUI thread before work starts."""
        gc.disable()
        self.quiet_ticks = 0
        if self.timer is None and QApplication.instance() is not None:
            self.timer = QTimer(QApplication.instance())
            self.timer.timeout.connect(self.tick)
            self.timer.start(self.TICK_MS)

    def tick(self) -> None:
        if gc.isenabled():
            return
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break
        if _outstanding > 0:
            self.quiet_ticks = 0
            return
        self.quiet_ticks += 1
        if self.quiet_ticks >= 2:
            gc.enable()


_gui_thread_collection = _GuiThreadCollection()


def on_shutdown(hook: Callable[[], None]) -> None:
    """Call ``hook()`` first when the application quits (before waiting for the workers), once."""
    if hook not in _shutdown_hooks:
        _shutdown_hooks.append(hook)


def pool(kind: str = "requests") -> QThreadPool:
    """The thread pool for ``requests`` (one thread) or ``long`` jobs (``LONG_JOBS`` threads)."""
    if kind not in _pools:
        if not _pools:
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(_shutdown)
            atexit.register(_shutdown)  # no worker may outlive the interpreter (screenshots and tests never quit)
        new = QThreadPool()
        new.setMaxThreadCount(1 if kind == "requests" else LONG_JOBS)
        _pools[kind] = new
    return _pools[kind]


def _shutdown() -> None:
    global _closing
    _closing = True
    for hook in list(_shutdown_hooks):
        hook()
    for task in list(_tasks):
        task.cancel()
    for each in _pools.values():
        each.clear()
    for each in _pools.values():
        each.waitForDone(30_000)


class _Hub(QObject):
    """Lives on the GUI thread for the whole run: workers emit packets to it and it hands them to the
    Jobs object they belong to, if that still exists."""

    sig_packet = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.sig_packet.connect(self._dispatch)

    @Slot(object)
    def _dispatch(self, packet) -> None:
        ref, handler, args = packet
        jobs = ref()
        if jobs is not None and shiboken6.isValid(jobs):
            getattr(jobs, handler)(*args)


def _the_hub() -> _Hub:
    global _hub
    if _hub is None:
        _hub = _Hub()
    return _hub


def _emit(hub: _Hub, packet) -> None:
    """Hand a packet to the GUI thread, unless the application is already gone. Worker code touches no
    Qt object but the hub (its Jobs object may be deleted meanwhile; the hub drops such packets)."""
    if _closing or not shiboken6.isValid(hub):
        return
    try:
        hub.sig_packet.emit(packet)
    except RuntimeError:  # the hub was deleted between the check and the emit (shutting down)
        pass


class Task:
    """A long job started with :meth:`Jobs.start`."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._ended = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check (it reports its result or error as usual)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        """Whether the job's function has not returned yet."""
        return not self._ended.is_set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the job's function has returned; its result arrives on the next turn of the event
        loop. False when it is still running after ``msecs``."""
        return self._ended.wait(msecs / 1000)


class Jobs(QObject):
    """The background work of one view; results reach its callbacks only while it exists."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: dict[str, int] = {}
        self._callbacks: dict[tuple[str, int], tuple[Callable, Callable | None]] = {}
        self._tasks: dict[int, tuple[Task, Callable | None, Callable, Callable | None]] = {}

    # --- Public API: requests -----------------------------------------------------------------------

    def submit(self, key: str, fn: Callable[[], object], on_done: Callable[[object], None],
               on_error: Callable[[Exception], None] | None = None) -> None:
        """Run ``fn()`` and call ``on_done(result)`` (or ``on_error(exception)``) on the GUI thread, unless a
        newer request with the same key came in meanwhile."""
        hub = _the_hub()
        generation = self._latest.get(key, 0) + 1
        self._latest[key] = generation
        self._callbacks[(key, generation)] = (on_done, on_error)
        latest = self._latest
        ref = weakref.ref(self)

        def work() -> None:
            try:
                if _closing or latest.get(key) != generation or ref() is None:
                    outcome = (True, _SKIPPED)
                else:
                    outcome = (True, fn())
            except Exception as err:  # handed to on_error on the GUI thread
                outcome = (False, err)
            _emit(hub, (ref, "_finished", (key, generation, *outcome)))
            _count(-1)

        _count(1)
        # Start on the next turn of the event loop: the repaint this update has just asked for happens
        # first, without a worker competing with it for the GIL.
        QTimer.singleShot(0, lambda: pool().start(work))

    def pending(self, key: str) -> bool:
        """Whether the latest request for ``key`` has not come back yet."""
        return (key, self._latest.get(key, 0)) in self._callbacks

    # --- Public API: long jobs ----------------------------------------------------------------------

    def start(self, fn: Callable[[Callable[[object], None], Callable[[], bool]], object],
              on_done: Callable[[object], None], on_progress: Callable[[object], None] | None = None,
              on_error: Callable[[Exception], None] | None = None) -> Task:
        """Run ``fn(report, cancelled)`` on a worker now; ``on_progress(info)`` for every ``report(info)``,
        then ``on_done(result)`` or ``on_error(exception)``, all on the GUI thread."""
        hub = _the_hub()
        task = Task()
        number = next(_ids)
        self._tasks[number] = (task, on_progress, on_done, on_error)
        _tasks.add(task)
        ref = weakref.ref(self)

        def report(info: object) -> None:
            _emit(hub, (ref, "_reported", (number, info)))

        def work() -> None:
            try:
                packet = (ref, "_ended", (number, True, fn(report, task._cancel.is_set)))
            except Exception as err:  # handed to on_error on the GUI thread
                packet = (ref, "_ended", (number, False, err))
            _emit(hub, packet)
            task._ended.set()
            _count(-1)

        _count(1)
        if _closing:
            task._ended.set()
            _count(-1)
        else:
            pool("long").start(work)
        return task

    def cancel_all(self) -> None:
        """Cancel every long job of this object."""
        for task, *_ in self._tasks.values():
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every long job of this object has returned (for shutting down and for tests)."""
        deadline = time.monotonic() + msecs / 1000
        return all(task.wait(max(0.0, deadline - time.monotonic()) * 1000)
                   for task, *_ in list(self._tasks.values()))

    # --- internals: called on the GUI thread by the hub --------------------------------------------

    def _finished(self, key: str, generation: int, ok: bool, value) -> None:
        callbacks = self._callbacks.pop((key, generation), None)
        if callbacks is None or generation != self._latest.get(key) or value is _SKIPPED:
            return
        on_done, on_error = callbacks
        if ok:
            on_done(value)
        elif on_error is not None:
            on_error(value)

    def _reported(self, number: int, info) -> None:
        entry = self._tasks.get(number)
        if entry is not None and entry[1] is not None:
            entry[1](info)

    def _ended(self, number: int, ok: bool, value) -> None:
        entry = self._tasks.pop(number, None)
        if entry is None:
            return
        _task, _on_progress, on_done, on_error = entry
        if ok:
            on_done(value)
        elif on_error is not None:
            on_error(value)


def soon(context: QObject, fn: Callable[[], None], msecs: int = 1) -> None:
    """Call ``fn()`` on the GUI thread ``msecs`` from now — after the present update has been painted, in a
    callback of its own — unless ``context`` is gone by then. Counted as pending work until it has run, as
    a request is, so :func:`wait_idle` (screenshots, tests, benchmarks) waits for it."""
    _count(1)

    def run() -> None:
        try:
            if shiboken6.isValid(context) and not _closing:
                fn()
        finally:
            _count(-1)

    QTimer.singleShot(msecs, run)


class Turns(QObject):
    """Runs ``steps`` (an iterator) on the GUI thread, a step per turn of the event loop — the first at
    once — until it ends, :meth:`cancel` is called or ``parent`` is deleted. Meanwhile it counts as
    outstanding work, so :func:`wait_idle` waits for it (docs/performance.md)."""

    #: The delay between two steps: 1 ms, a timer (a 0 ms single shot is a posted event, and Qt may
    #: deliver two of them before a timer that is due: two steps in one turn).
    NEXT_TURN_MS = 1

    def __init__(self, parent: QObject, steps: Iterator[object]) -> None:
        super().__init__(parent)
        self._steps = steps
        counted = [True]

        def release(*_) -> None:  # (a plain function: it runs while the object is being destroyed, too)
            if counted[0]:
                counted[0] = False
                _count(-1)

        self._release, self._counted = release, counted
        _count(1)
        self.destroyed.connect(release)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.NEXT_TURN_MS)
        self._timer.timeout.connect(self._step)
        self._step()

    @property
    def running(self) -> bool:
        return self._counted[0]

    def cancel(self) -> None:
        """No more steps (a rebuild made them pointless)."""
        if self._counted[0]:
            self._timer.stop()
            self._release()
            self.deleteLater()

    def _step(self) -> None:
        try:
            next(self._steps)
        except StopIteration:
            self.cancel()
            return
        except BaseException:
            self.cancel()
            raise
        self._timer.start()


def wait_idle(timeout: float = 20.0) -> bool:
    """Process events until no background work is outstanding (a screenshot waits for formulas)."""
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
            for each in list(_pools.values()):
                each.waitForDone(20)
    return False
