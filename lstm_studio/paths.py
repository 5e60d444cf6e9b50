"""Where the shipped resources are (presets, lessons and icons, inside the installed package), and the
per-user data folder."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources/`` folder: the repository's own when run from a checkout (so that a checkout never
    reads the resources of another one that is installed in editable mode), else ``lstm_studio.resources``
    of the installed package (the wheel maps the repository's top-level ``resources/`` there), else the
    folder beside the package (the bundle)."""
    beside = Path(__file__).resolve().parent.parent / "resources"
    if (beside.parent / "pyproject.toml").is_file() and (beside / "presets").is_dir():
        return beside
    try:
        return Path(str(resources.files("lstm_studio.resources")))
    except ModuleNotFoundError:
        return beside


def preset_dir() -> Path:
    return resource_dir() / "presets"


def presets() -> dict[str, Path]:
    """Preset name (the file stem, e.g. ``rnn_pigs``) -> path, sorted by name."""
    return {p.stem: p for p in sorted(preset_dir().glob("*.json"))}


DEFAULT_PRESET = "rnn_pigs"


def default_model_path() -> Path:
    """The app's default model: the next-character RNN on P, I, G, S."""
    return preset_dir() / f"{DEFAULT_PRESET}.json"


def lesson_dir(language: str = "en") -> Path:
    """The built-in course in one language: ``resources/lessons/<language>/`` (``en`` is the original)."""
    return resource_dir() / "lessons" / language


def lesson_schema_path() -> Path:
    """The JSON Schema of lesson files (docs/lesson-file.md), shipped for editors and other tools."""
    return resource_dir() / "lessons" / "lesson.schema.json"


DATA_DIR_VARIABLE = "LSTM_STUDIO_DATA_DIR"


def user_data_dir() -> Path:
    """The per-user folder for what the app keeps between runs (lesson progress).

    ``LSTM_STUDIO_DATA_DIR`` overrides it (tests, portable installs). Otherwise it is the folder Qt calls
    ``AppDataLocation`` for the organisation and application "LSTM Studio", worked out without Qt so that
    Qt-free code and the window agree: ``$XDG_DATA_HOME/LSTM Studio/LSTM Studio`` (default
    ``~/.local/share``) on Linux, ``~/Library/Application Support/LSTM Studio/LSTM Studio`` on macOS,
    ``%APPDATA%/LSTM Studio/LSTM Studio`` on Windows. The folder is not created here.
    """
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    app = Path("LSTM Studio") / "LSTM Studio"
    if sys.platform.startswith("win"):
        base = os.environ.get("APPDATA")
        return (Path(base) if base else Path.home() / "AppData" / "Roaming") / app
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / app
    base = os.environ.get("XDG_DATA_HOME")
    return (Path(base) if base and Path(base).is_absolute() else Path.home() / ".local" / "share") / app
