"""The built-in course: lessons and challenges shipped in ``resources/lessons/<language>/`` (one JSON file
each, named so that they sort in the course's order, e.g. ``01-one-hot-rnn.json``, ``c1-rnn-predicts-s.json``).

:func:`builtin` reads only what a list needs (titles, kinds, step counts); :func:`lstm_studio.lessons.load`
validates a lesson completely when it is opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.lessons.loader import MAX_FILE_BYTES

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Entry:
    """One built-in lesson or challenge, as the catalogue lists it."""

    id: str
    kind: str
    title: str
    summary: str
    steps: int
    language: str
    path: Path


def languages() -> list[str]:
    """The languages the course ships in (folder names), the original ``en`` first."""
    base = paths.lesson_dir(DEFAULT_LANGUAGE).parent
    found = sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
    return sorted(found, key=lambda name: name != DEFAULT_LANGUAGE)


def builtin(language: str = DEFAULT_LANGUAGE) -> list[Entry]:
    """Every built-in lesson then every challenge, in course order; ``language`` falls back to ``en`` when
    the course has no folder for it."""
    folder = paths.lesson_dir(language)
    if not folder.is_dir():
        folder, language = paths.lesson_dir(DEFAULT_LANGUAGE), DEFAULT_LANGUAGE
    entries = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = modelfile.parse_json(modelfile.read_text(path, MAX_FILE_BYTES, "lesson file"))
        except InputError:
            continue
        if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
            continue
        entries.append(Entry(
            id=str(data.get("id", path.stem)), kind=str(data.get("kind", "lesson")), title=str(data.get("title", "")),
            summary=str(data.get("summary", "")), steps=len(data["steps"]), language=language, path=path,
        ))
    return sorted(entries, key=lambda e: e.kind != "lesson")


def find(lesson_id: str, language: str = DEFAULT_LANGUAGE) -> Entry:
    """The built-in lesson called ``lesson_id``; KeyError naming the known ids otherwise."""
    entries = builtin(language)
    for entry in entries:
        if entry.id == lesson_id:
            return entry
    raise KeyError(f"no built-in lesson {lesson_id!r} (known: {', '.join(e.id for e in entries)})")
