"""Autosave and crash recovery.

While a document has unsaved changes the app writes it every few seconds to a file of its own in the
autosave folder (atomically: a crash mid-write leaves the previous autosave intact). A clean exit deletes
that file. At start-up, autosave files whose process is no longer running are work that a crash left
behind: the app offers to recover them.

Whether the writer still runs is told by a lock, not by its process id: next to each autosave,
``<name>.lock`` is held locked (``flock``; ``msvcrt.locking`` on Windows) for as long as the process that
writes it lives, and the system releases it when that process ends, however it ends (``kill -9``
included). A process id alone cannot tell: in a container or a Flatpak sandbox the app is PID 1 or 2 at
every start, so the crashed process and the new one have the same id, and an unrelated process may have
taken the id since. Files without a lock (written by an older version) fall back to the process id.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from lstm_studio.document.atomic import atomic_write
from lstm_studio.document.errors import InputError
from lstm_studio.document.exercise import Exercise, exercise_from_dict, exercise_to_dict
from lstm_studio.document.modelfile import model_from_dict, model_to_dict
from lstm_studio.engine import Model

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # everywhere else
    msvcrt = None  # type: ignore[assignment]

FORMAT = "lstm-studio.autosave"
SUFFIX = ".autosave.json"
LOCK_SUFFIX = ".autosave.lock"


def _lock(fd: int) -> bool:
    """Take the lock of an open lock file without waiting; False when another process holds it."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        elif msvcrt is not None:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        return True
    except OSError:
        return False


def _held(lock_file: Path) -> bool | None:
    """Whether the writer of an autosave still runs (its lock is held); None when there is no lock file."""
    try:
        fd = os.open(lock_file, os.O_RDWR)
    except FileNotFoundError:
        return None
    except OSError:
        return True  # cannot tell: leave it alone
    try:
        return not _lock(fd)
    finally:
        os.close(fd)  # closing releases a lock this probe took


def _pid_alive(pid: int) -> bool:
    """For autosaves without a lock file: whether a process of that id runs. Our own id means an
    earlier process that had it (our own autosaves always have a lock file)."""
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _base(file: Path) -> str:
    """``123-456-ab12.autosave.json`` -> ``123-456-ab12``."""
    return file.name[: -len(SUFFIX)] if file.name.endswith(SUFFIX) else file.name


@dataclass
class Recovery:
    """Unsaved work found at start-up."""

    file: Path
    model: Model
    text: str
    original: Path | None
    saved_at: float
    exercise: Exercise | None = None
    """The targets, step and panel too (autosaves written before they were kept have none)."""

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)
        self.file.with_name(_base(self.file) + LOCK_SUFFIX).unlink(missing_ok=True)


class Autosave:
    """This process's autosave file in ``folder``; its lock is taken at the first write."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        base = f"{os.getpid()}-{int(time.time() * 1000)}-{secrets.token_hex(3)}"
        self.file = self.folder / f"{base}{SUFFIX}"
        self.lock_file = self.folder / f"{base}{LOCK_SUFFIX}"
        self.written_revision: int | None = None
        self._lock_fd: int | None = None

    def write(self, session) -> None:
        """Write the session's model, exercise (input, targets, step, panel) and file name; OSError
        propagates (the caller reports it)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._hold_lock()
        data = {
            "format": FORMAT,
            "version": 1,
            "pid": os.getpid(),
            "saved_at": time.time(),
            "path": str(session.path) if session.path else None,
            "text": session.text,
            "model": model_to_dict(session.model),
            "session": exercise_to_dict(session.exercise()),
        }
        atomic_write(self.file, json.dumps(data))
        self.written_revision = session.revision

    def discard(self) -> None:
        """Remove the autosave (the work was saved or deliberately dropped) and release the lock."""
        self.file.unlink(missing_ok=True)
        self.written_revision = None
        if self._lock_fd is not None:
            self.lock_file.unlink(missing_ok=True)
            os.close(self._lock_fd)
            self._lock_fd = None

    def _hold_lock(self) -> None:
        if self._lock_fd is not None:
            return
        fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o666)
        if msvcrt is not None:
            os.write(fd, b"\0")  # msvcrt locks a byte range, which must exist
        _lock(fd)
        self._lock_fd = fd


def _clean_leftovers(folder: Path) -> None:
    """Remove what a crash left besides the autosave: half-written temporary files and lock files of
    writers that are gone and whose autosave is gone too."""
    for lock in folder.glob(f"*{LOCK_SUFFIX}"):
        base = lock.name[: -len(LOCK_SUFFIX)]
        if not (folder / f"{base}{SUFFIX}").exists() and _held(lock) is False:
            lock.unlink(missing_ok=True)
    for tmp in folder.glob(f".*{SUFFIX}.*.tmp"):
        base = tmp.name[1:].split(SUFFIX)[0]
        if _held(folder / f"{base}{LOCK_SUFFIX}") is not True:
            tmp.unlink(missing_ok=True)


def recoverable(folder: str | Path) -> list[Recovery]:
    """Autosaves left behind by processes that are gone, newest first. Unreadable ones are skipped."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for file in folder.glob(f"*{SUFFIX}"):
        try:
            held = _held(file.with_name(_base(file) + LOCK_SUFFIX))
            if held:
                continue
            data = json.loads(file.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                continue
            if held is None and _pid_alive(int(data.get("pid", 0))):
                continue
            model = model_from_dict(data["model"])
            text = data.get("text", "")
            original = Path(data["path"]) if isinstance(data.get("path"), str) and data["path"] else None
            exercise = exercise_from_dict(data["session"], model.vocab) if "session" in data else None
            found.append(Recovery(file, model, str(text), original, float(data.get("saved_at", 0)), exercise))
        except (OSError, ValueError, KeyError, TypeError, RecursionError, InputError):
            continue
    try:
        _clean_leftovers(folder)
    except OSError:
        pass
    return sorted(found, key=lambda r: -r.saved_at)
