"""Where a student's progress through a lesson is kept between runs: the step they are on, the steps they
completed, and the model and input they had at each step.

One JSON file per lesson in ``<user data folder>/lessons/`` (:func:`lstm_studio.paths.user_data_dir`;
``LSTM_STUDIO_DATA_DIR`` moves it), written atomically. A file that cannot be read is never a crash: it is
moved aside (``NAME.json.corrupt``, so nothing is lost) and the lesson starts afresh with a warning the
player can show.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.document.wording import Message
from lstm_studio.engine import Model
from lstm_studio.lessons.format import Lesson

FORMAT = "lstm-studio.progress"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
_SAFE_KEY = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


@dataclass
class StepWork:
    """What the student had at one step: their model (None: the step's own, untouched) and input."""

    model: Model | None = None
    input: str | None = None


@dataclass
class Progress:
    """A student's progress through one lesson. Step numbers are 1-based."""

    current: int = 1
    completed: set[int] = field(default_factory=set)
    work: dict[int, StepWork] = field(default_factory=dict)
    updated: float = 0.0

    def done(self, lesson: Lesson) -> bool:
        """Whether every step of ``lesson`` is completed."""
        return self.completed >= set(range(1, len(lesson.steps) + 1))


def progress_key(lesson: Lesson, path: str | os.PathLike | None = None) -> str:
    """The name progress is kept under: the lesson's ``id``, or for a file without one a name made from its
    absolute path (so two such files never share progress)."""
    if lesson.id and _SAFE_KEY.match(lesson.id):
        return lesson.id
    where = str(Path(path).resolve()) if path is not None else lesson.title
    return "file-" + hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


def default_folder() -> Path:
    return paths.user_data_dir() / "lessons"


def _to_dict(progress: Progress) -> dict:
    work = {}
    for number, w in sorted(progress.work.items()):
        entry: dict[str, object] = {}
        if w.model is not None:
            entry["model"] = modelfile.model_to_dict(w.model)
        if w.input is not None:
            entry["input"] = w.input
        work[str(number)] = entry
    return {
        "format": FORMAT, "version": VERSION, "updated": time.time(), "current": progress.current,
        "completed": sorted(progress.completed), "work": work,
    }


def _step_number(value, what: str) -> int:
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 10_000:
        raise InputError(f"{what}: {str(value)[:20]!r} is not a step number")
    return value


def _from_dict(data) -> Progress:
    modelfile.check_header(data, FORMAT, VERSION, "progress file")
    progress = Progress(current=_step_number(data.get("current", 1), "current"))
    completed = data.get("completed", [])
    if not isinstance(completed, list):
        raise InputError("completed: expected a list")
    progress.completed = {_step_number(n, "completed") for n in completed}
    work = data.get("work", {})
    if not isinstance(work, dict):
        raise InputError("work: expected an object")
    for key, entry in work.items():
        number = _step_number(key, "work")
        if not isinstance(entry, dict):
            raise InputError(f"work.{key}: expected an object")
        model = entry.get("model")
        text = entry.get("input")
        if text is not None and not isinstance(text, str):
            raise InputError(f"work.{key}.input: expected a string")
        try:
            progress.work[number] = StepWork(None if model is None else modelfile.model_from_dict(model), text)
        except InputError as err:
            raise InputError(f"work.{key}.model.{err}") from None
    updated = data.get("updated", 0.0)
    progress.updated = float(updated) if isinstance(updated, (int, float)) and not isinstance(updated, bool) else 0.0
    return progress


class ProgressStore:
    """Progress files in ``folder`` (default: :func:`default_folder`), one per lesson key."""

    def __init__(self, folder: str | os.PathLike | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def load(self, key: str) -> tuple[Progress, str | None]:
        """(the progress kept under ``key``, None), or (a fresh start, a one-line warning) when there is no
        usable file. A file that exists but cannot be read is moved aside to ``KEY.json.corrupt``."""
        path = self.path(key)
        if not path.exists():
            return Progress(), None
        try:
            return _from_dict(modelfile.parse_json(modelfile.read_text(path, MAX_FILE_BYTES, "progress file"))), None
        except InputError as err:
            aside = path.with_name(path.name + ".corrupt")
            why = err.wording or str(err)
            try:
                os.replace(path, aside)
            except OSError:
                return Progress(), Message("LessonPlayer", "Your progress in this lesson could not be read ({why}). "
                                           "Starting afresh.", why=why)
            return Progress(), Message("LessonPlayer", "Your progress in this lesson could not be read ({why}); it "
                                       "was kept as {file}. Starting afresh.", why=why, file=aside.name)

    def save(self, key: str, progress: Progress) -> None:
        """Write the progress atomically; InputError (one line) when the folder cannot be written."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            modelfile.atomic_write(self.path(key), json.dumps(_to_dict(progress)))
        except OSError as err:
            raise InputError(Message("InputErrors", "{file}: cannot save lesson progress ({reason})",
                                     file=str(self.path(key)), reason=err.strerror or str(err))) from None

    def forget(self, key: str) -> None:
        """Start the lesson afresh: remove what was kept under ``key``."""
        self.path(key).unlink(missing_ok=True)
