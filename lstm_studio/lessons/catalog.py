"""The built-in course: lessons and challenges shipped in ``resources/lessons/<language>/`` (one JSON file
each, named so that they sort in the course's order, e.g. ``01-one-hot-rnn.json``, ``c1-rnn-predicts-s.json``).

English (``en/``) is the original and defines the course; a translation (``de/``, ``vi/``, ``zh_CN/``, named
with the app's language codes) holds the same files with the same ids. A lesson missing from a translation,
or one that cannot be read there, is listed in English (docs/lesson-file.md, "The built-in course").

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


def course_language(language: str) -> str:
    """The folder of the course for a user's language: the one of that name (``zh-CN`` and ``zh_CN`` alike,
    any case), else that of its primary language (``de_AT`` -> ``de``), else, for a bare language, its only
    regional folder (``zh`` -> ``zh_CN``), else ``en``. A region or script the course lacks (``zh_TW``) gets
    English, not another region's text."""
    shipped = {name.lower(): name for name in languages()}
    wanted = language.replace("-", "_").lower()
    primary = wanted.split("_")[0]
    for candidate in (wanted, primary):
        if candidate in shipped:
            return shipped[candidate]
    regional = [name for key, name in shipped.items() if key.startswith(primary + "_")]
    if wanted == primary and len(regional) == 1:
        return regional[0]
    return DEFAULT_LANGUAGE


def _entry(path: Path, language: str) -> Entry | None:
    """What the list needs of one file, or None when it cannot be read as a lesson."""
    try:
        data = modelfile.parse_json(modelfile.read_text(path, MAX_FILE_BYTES, "lesson file"))
    except InputError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
        return None
    return Entry(
        id=str(data.get("id", path.stem)), kind=str(data.get("kind", "lesson")), title=str(data.get("title", "")),
        summary=str(data.get("summary", "")), steps=len(data["steps"]), language=language, path=path,
    )


def builtin(language: str = DEFAULT_LANGUAGE) -> list[Entry]:
    """Every built-in lesson then every challenge, in course order, in ``language`` (see
    :func:`course_language`); each lesson the translation lacks, or cannot give, in English."""
    language = course_language(language)
    translated = paths.lesson_dir(language)
    entries = []
    for path in sorted(paths.lesson_dir(DEFAULT_LANGUAGE).glob("*.json")):
        entry = None
        if language != DEFAULT_LANGUAGE and (translated / path.name).is_file():
            entry = _entry(translated / path.name, language)
        entry = entry or _entry(path, DEFAULT_LANGUAGE)
        if entry is not None:
            entries.append(entry)
    return sorted(entries, key=lambda e: e.kind != "lesson")


def find(lesson_id: str, language: str = DEFAULT_LANGUAGE) -> Entry:
    """The built-in lesson called ``lesson_id``; KeyError naming the known ids otherwise."""
    entries = builtin(language)
    for entry in entries:
        if entry.id == lesson_id:
            return entry
    raise KeyError(f"no built-in lesson {lesson_id!r} (known: {', '.join(e.id for e in entries)})")
