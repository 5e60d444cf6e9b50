"""Where the shipped resources are: presets, lessons and icons, inside the installed package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources/`` folder: ``lstm_studio.resources`` when installed (the wheel maps the
    repository's top-level ``resources/`` there), the repository folder when run from a checkout."""
    try:
        return Path(str(resources.files("lstm_studio.resources")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"


def preset_dir() -> Path:
    return resource_dir() / "presets"


def presets() -> dict[str, Path]:
    """Preset name (the file stem, e.g. ``rnn_pigs``) -> path, sorted by name."""
    return {p.stem: p for p in sorted(preset_dir().glob("*.json"))}


DEFAULT_PRESET = "rnn_pigs"


def default_model_path() -> Path:
    """The app's default model: the next-character RNN on P, I, G, S."""
    return preset_dir() / f"{DEFAULT_PRESET}.json"
