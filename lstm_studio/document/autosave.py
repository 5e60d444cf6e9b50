"""Autosave and crash recovery.

While a document has unsaved changes the app writes it every few seconds to a file of its own in the
autosave folder (atomically: a crash mid-write leaves the previous autosave intact). A clean exit deletes
that file. At start-up, autosave files whose process is no longer running are work that a crash left
behind: the app offers to recover them.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from lstm_studio.document.errors import InputError
from lstm_studio.document.exercise import Exercise, exercise_from_dict, exercise_to_dict
from lstm_studio.document.modelfile import atomic_write, model_from_dict, model_to_dict
from lstm_studio.engine import Model

FORMAT = "lstm-studio.autosave"
SUFFIX = ".autosave.json"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


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


class Autosave:
    """This process's autosave file in ``folder``."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.file = self.folder / f"{os.getpid()}-{int(time.time() * 1000)}{SUFFIX}"
        self.written_revision: int | None = None

    def write(self, session) -> None:
        """Write the session's model, exercise (input, targets, step, panel) and file name; OSError
        propagates (the caller reports it)."""
        self.folder.mkdir(parents=True, exist_ok=True)
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
        self.file.unlink(missing_ok=True)
        self.written_revision = None


def recoverable(folder: str | Path) -> list[Recovery]:
    """Autosaves left behind by processes that are gone, newest first. Unreadable ones are skipped."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for file in folder.glob(f"*{SUFFIX}"):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or _alive(int(data.get("pid", 0))):
                continue
            model = model_from_dict(data["model"])
            text = data.get("text", "")
            original = Path(data["path"]) if data.get("path") else None
            exercise = exercise_from_dict(data["session"], model.vocab) if "session" in data else None
            found.append(Recovery(file, model, str(text), original, float(data.get("saved_at", 0)), exercise))
        except (OSError, ValueError, KeyError, TypeError, InputError):
            continue
    return sorted(found, key=lambda r: -r.saved_at)
