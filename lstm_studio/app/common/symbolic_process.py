"""The symbolic layer's own process: sympy and the formula renderer never run in the window's interpreter.

Deriving with sympy and laying out formulas are pure Python that hold the interpreter's lock for tens of
milliseconds at a time; on a thread of the window's process they stalled every repaint. They run instead
in one persistent child process (:func:`lstm_studio.explain.symbolic_service.main`), started with the
``spawn`` method (the bundle's launcher calls ``multiprocessing.freeze_support()``) on the first request
— the model panel's equations, right after the window is up. Requests and answers are plain data; see
that module. :func:`call` is blocking and meant for the background runner's request thread
(``Jobs.submit(key, lambda: call(...), on_done)``), so the latest-wins rules of
:mod:`~lstm_studio.app.common.background` hold for symbolic work as for any other request.

:func:`warm` asks the process to prepare a cell (derive it, render its equations) while it has nothing
else to do. When the process cannot be started at all, requests are answered in this process instead,
as before (slower, but the formulas still come).
"""

from __future__ import annotations

import itertools
import multiprocessing
import threading

from lstm_studio.explain import symbolic_service as service

#: After this many processes in a row died before answering, requests are answered in this process.
GIVE_UP_AFTER = 3


class SymbolicError(Exception):
    """A request the symbolic layer could not meet; ``kind`` is the class name of its error there."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class _Process:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process = None
        self._connection = None
        self._numbers = itertools.count(1)
        self._stopped = False
        self._unavailable = False
        self._failures = 0  # processes in a row that died before answering

    def _ensure(self) -> bool:
        """Start the process if it is not running (under the lock); False when it cannot be started."""
        if self._process is not None and self._process.is_alive():
            return True
        if self._unavailable or self._stopped:
            return False
        self._close()
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(target=service.main, args=(theirs,), daemon=True)
        process.name = "lstm-studio-symbolic"  # as ps and the debugger list it (never shown in the window)
        try:
            process.start()
        except (OSError, RuntimeError):
            self._unavailable = True
            return False
        theirs.close()
        self._process, self._connection = process, ours
        return True

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join(5)
        self._process = self._connection = None

    def call(self, operation: str, *arguments):
        with self._lock:
            for _attempt in range(2):  # a process that died (killed, out of memory) is started once more
                if not self._ensure():
                    break
                number = next(self._numbers)
                try:
                    self._connection.send((number, operation, arguments))
                    while True:
                        answered, ok, value = self._connection.recv()
                        if answered == number:
                            break
                except (EOFError, OSError):
                    self._close()
                    if self._stopped:
                        raise SymbolicError("RuntimeError", "the symbolic worker has stopped") from None
                    self._failures += 1
                    if self._failures >= GIVE_UP_AFTER:  # it cannot live here: answer in this process
                        self._unavailable = True
                    continue
                self._failures = 0
                if not ok:
                    raise SymbolicError(*value)
                return value
        if self._stopped:
            raise SymbolicError("RuntimeError", "the symbolic worker has stopped")
        ok, value = service.answer(operation, arguments)
        if not ok:
            raise SymbolicError(*value)
        return value

    def send_quietly(self, operation: str, *arguments) -> None:
        with self._lock:
            if self._ensure():
                try:
                    self._connection.send((service.NO_ANSWER, operation, arguments))
                except OSError:
                    self._close()

    def stop(self) -> None:
        self._stopped = True
        process = self._process
        if process is not None and process.is_alive():
            process.kill()  # a request thread waiting on it wakes up with EOFError
        with self._lock:
            self._close()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()


_the = _Process()


# --- Public API -------------------------------------------------------------------------------------------


def call(operation: str, *arguments):
    """Ask the symbolic process for ``operation`` (one of ``symbolic_service.OPERATIONS``) and wait for the
    answer; raises :class:`SymbolicError` with its message when it fails. Call off the GUI thread."""
    from lstm_studio.app.common import background

    background.on_shutdown(stop)
    return _the.call(operation, *arguments)


_warmed: set = set()


def warm(spec, size: float, color: str) -> None:
    """Let the process prepare ``spec`` in its spare time (starts it if needed; returns at once). Each cell,
    size and colour is prepared once per run."""
    from lstm_studio.app.common import background

    if (spec, size, color) in _warmed:
        return
    _warmed.add((spec, size, color))
    background.on_shutdown(stop)
    data = service.spec_data(spec)
    thread = threading.Thread(target=_the.send_quietly, args=("warm", data, size, color), daemon=True)
    thread.name = "symbolic-warm"  # as the debugger lists it (never shown in the window)
    thread.start()


def stop() -> None:
    """End the process (the application quits); requests still waiting fail with SymbolicError."""
    _the.stop()


def running() -> bool:
    return _the.running
