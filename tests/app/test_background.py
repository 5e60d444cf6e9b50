"""The one background runner: long jobs report progress and end on the GUI thread, can be cancelled, go
quiet when their owner is deleted, and never outlive the interpreter; short requests keep the latest."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time

import shiboken6

from lstm_studio.app.common import background
from lstm_studio.app.common.background import Jobs, soon


def _counting(report, cancelled, n=5):
    for k in range(n):
        if cancelled():
            return ("cancelled at", k)
        report((k, threading.get_ident()))
    return ("done", n)


def test_a_long_job_reports_on_the_gui_thread_and_ends_with_its_result(qtbot):
    jobs = Jobs()
    progress, done = [], []
    task = jobs.start(_counting, done.append, progress.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [("done", 5)] and [k for k, _ in progress] == [0, 1, 2, 3, 4]
    assert all(ident != threading.get_ident() for _, ident in progress), "the work ran on a worker"
    assert not task.running and not task.cancelled


def test_cancel_stops_a_long_job_at_its_next_check(qtbot):
    jobs = Jobs()
    started, done = threading.Event(), []

    def forever(report, cancelled):
        started.set()
        k = 0
        while not cancelled():
            k += 1
            time.sleep(0.001)
        return k

    task = jobs.start(forever, done.append)
    assert started.wait(5)
    assert task.running
    jobs.cancel_all()
    assert jobs.wait(5000) and not task.running
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done[0] > 0 and task.cancelled


def test_an_error_reaches_on_error_and_a_deleted_owner_hears_nothing(qtbot):
    jobs = Jobs()
    errors = []

    def broken(report, cancelled):
        raise ValueError("no such task")

    jobs.start(broken, lambda _: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "no such task"

    gone = Jobs()
    heard = []
    release = threading.Event()

    def slow(report, cancelled):
        release.wait(5)
        report("late")
        return "late"

    task = gone.start(slow, heard.append, heard.append)
    gone.deleteLater()
    qtbot.wait(50)
    release.set()
    assert task.wait(5000)
    qtbot.wait(100)
    assert heard == []


def test_a_newer_request_with_the_same_key_wins(qtbot):
    jobs = Jobs()
    got = []
    for value in range(5):
        jobs.submit("key", lambda v=value: v * 10, got.append)
    qtbot.waitUntil(lambda: not jobs.pending("key"), timeout=5000)
    assert got == [40]


def test_soon_runs_after_this_turn_counted_as_pending_and_not_for_a_deleted_owner(qtbot):
    owner, ran = Jobs(), []
    before = background._outstanding
    soon(owner, lambda: ran.append(background._outstanding), 5)
    assert ran == [] and background._outstanding == before + 1  # wait_idle waits for it
    assert background.wait_idle(5)
    assert ran == [before + 1] and background._outstanding == before
    gone = Jobs()
    soon(gone, lambda: ran.append("late"), 20)
    shiboken6.delete(gone)  # (the view that asked was closed meanwhile)
    assert background.wait_idle(5)
    assert ran == [before + 1] and background._outstanding == before


def test_no_worker_outlives_the_interpreter():
    script = textwrap.dedent("""
        import sys, time
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from lstm_studio.app.common.background import Jobs
        jobs = Jobs()
        def forever(report, cancelled):
            while not cancelled():
                time.sleep(0.01)
            print("cancelled at exit", flush=True)
            return 0
        jobs.start(forever, lambda _: None)
        time.sleep(0.2)
        print("leaving", flush=True)
    """)
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["leaving", "cancelled", "at", "exit"]
    assert time.monotonic() - start < 30


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_garbage_is_collected_on_the_gui_thread_only_while_workers_run(qtbot):
    """A worker that makes cyclic garbage never runs a collection itself (a worker's collection finalises
    the wrappers of Qt objects off their thread: the gate plots' segfault); the GUI thread collects
    meanwhile, and once the workers are idle Python collects automatically again."""
    import gc

    threads, done = [], []

    def record(phase, info):
        if phase == "start":
            threads.append(threading.get_ident())

    def garbage(report, cancelled):
        for _ in range(200):
            for _ in range(1000):
                _Cycle()
            time.sleep(0.002)  # the GUI thread's timer gets its turns
        return "made"

    gc.callbacks.append(record)
    try:
        jobs = Jobs()
        jobs.start(garbage, done.append)
        assert not gc.isenabled()
        qtbot.waitUntil(lambda: bool(done), timeout=20_000)
        during = list(threads)
        qtbot.waitUntil(gc.isenabled, timeout=5000)
    finally:
        gc.callbacks.remove(record)
    assert during, "nothing collected the 200,000 cycles"
    assert set(during) == {threading.get_ident()}, "a collection ran on a worker thread"


def test_turns_run_a_step_per_event_loop_turn_and_count_as_outstanding_work(qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    from lstm_studio.app.common import background

    owner = QObject()
    seen: list[int] = []

    def steps(n):
        for k in range(n):
            seen.append(k)
            yield

    before = background._outstanding
    turns = background.Turns(owner, steps(4))
    assert seen == [0] and turns.running and background._outstanding == before + 1  # the first at once
    QCoreApplication.processEvents()
    assert len(seen) <= 2, "one step per turn, not all in one"
    assert background.wait_idle(10) and seen == [0, 1, 2, 3] and not turns.running
    assert background._outstanding == before
    cancelled = background.Turns(owner, steps(10))
    cancelled.cancel()
    assert background.wait_idle(10) and len(seen) == 5  # cancelled after its first step
    background.Turns(owner, steps(10))
    owner.deleteLater()  # a deleted owner ends them, and they count no more
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert background.wait_idle(10) and background._outstanding == before and len(seen) == 6
