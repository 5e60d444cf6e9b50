"""Crash recovery for real: a process autosaving in a loop is killed with SIGKILL at random moments
(often in the middle of a write), and the work it had autosaved is offered back — also when the new
process has the same process id as the killed one (always the case in containers, where the app is
PID 1), which is simulated by the child reporting the parent's id as its own."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lstm_studio.document.autosave import recoverable

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("LSTM_STUDIO_CRASH_KILLS", "4"))

#: The child: a large enough model that a write takes tens of milliseconds, W_f[0, 0] = k at write k,
#: and "k" on stdout once write k is complete.
CHILD = """
import os, sys
folder, fake_pid = sys.argv[1], int(sys.argv[2])
if fake_pid:
    os.getpid = lambda: fake_pid
from lstm_studio.document.autosave import Autosave
from lstm_studio.document.session import Session
from lstm_studio.engine import new_model

session = Session(new_model("lstm", [chr(65 + k) for k in range(26)], 96, seed=3), text="ABC")
autosave = Autosave(folder)
k = 0
while True:
    k += 1
    session.set_entry("W_f", (0, 0), float(k))
    autosave.write(session)
    print(k, flush=True)
"""


def _run_and_kill(folder: Path, delay: float, fake_pid: int = 0) -> int:
    """Start the child, let it autosave for ``delay`` seconds after its first write, kill -9 it; the last
    write it completed."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), str(fake_pid)], env=env,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "1"
        time.sleep(delay)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    done = [int(line) for line in out.split()]
    return done[-1] if done else 1


@pytest.mark.parametrize("run", range(KILLS))
def test_work_autosaved_before_a_kill_is_offered_back(tmp_path, run):
    delay = random.Random(run).uniform(0.0, 0.4)
    last = _run_and_kill(tmp_path, delay)
    found = recoverable(tmp_path)
    assert len(found) == 1
    value = found[0].model.params["W_f"][0, 0]
    # The kill may land between a finished write and its line on stdout: then the next value is there.
    assert value in (last, last + 1)
    assert found[0].text == "ABC" and found[0].model.hidden_size == 96
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert len(leftovers) == 2 and not any(name.endswith(".tmp") for name in leftovers)
    found[0].discard()
    assert recoverable(tmp_path) == [] and list(tmp_path.iterdir()) == []


def test_work_of_a_killed_process_with_our_own_process_id_is_offered_back(tmp_path):
    """Before: the autosave named our pid, so it looked like our own live session and was never offered."""
    last = _run_and_kill(tmp_path, 0.1, fake_pid=os.getpid())
    found = recoverable(tmp_path)
    assert len(found) == 1 and found[0].model.params["W_f"][0, 0] in (last, last + 1)


def test_the_autosave_of_a_running_process_is_left_alone(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path), str(os.getpid())], env=env,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "1"
        assert recoverable(tmp_path) == []
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=30)
    assert len(recoverable(tmp_path)) == 1
