"""The exercise kept in a model file: the optional ``session`` block (docs/model-file.md).

A student's work is more than the weights: the input they typed, the targets they changed, the step
they were looking at and the panel they had open. The model file keeps them in an optional ``session``
block, so one handed-in file reopens exactly as it was left. Files without the block (every file written
before it existed) load as before; a bad block is refused with a one-line message naming the field, like
every other part of the file. Step numbers in the file count from 1, as the window shows them (t = 1).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field

from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError, within, writing
from lstm_studio.document.tokens import MAX_STEPS
from lstm_studio.engine import Model

#: The longest input text a file may hold (the run itself stops at MAX_STEPS tokens).
MAX_INPUT_CHARS = 100_000
_PANEL_NAME = re.compile(r"[a-z][a-z_]{0,31}")


@dataclass
class Exercise:
    """What the student was doing: ``targets`` maps a 0-based step to a vocabulary token (None: no
    target there); ``step`` is 0-based; ``panel`` names a panel of the window (None: the default)."""

    input: str
    targets: dict[int, str | None] = field(default_factory=dict)
    step: int = 0
    panel: str | None = None


def exercise_from_dict(data, vocab: list[str]) -> Exercise:
    """Validate a ``session`` block against the model's vocabulary; InputError names the bad field."""
    if not isinstance(data, dict):
        raise InputError("session: expected an object")
    unknown = sorted(set(data) - {"input", "targets", "step", "panel"})
    if unknown:
        raise InputError(f"session.{unknown[0]}: unknown key (expected input, targets, step, panel)")
    text = data.get("input", "")
    if not isinstance(text, str):
        raise InputError("session.input: expected a string")
    if len(text) > MAX_INPUT_CHARS:
        raise InputError(f"session.input: {len(text)} characters, more than the limit of {MAX_INPUT_CHARS}")
    targets_in = data.get("targets", {})
    if not isinstance(targets_in, dict):
        raise InputError("session.targets: expected an object of step number → token")
    known = set(vocab)
    targets: dict[int, str | None] = {}
    for key, token in targets_in.items():
        if not (key.isdigit() and key.isascii() and 1 <= int(key) <= MAX_STEPS):
            raise InputError(f"session.targets: {json.dumps(key)[:40]} is not a step number 1..{MAX_STEPS}")
        if token is not None and token not in known:
            raise InputError(f"session.targets.{key}: {json.dumps(token)[:40]} is not in the vocabulary")
        targets[int(key) - 1] = token
    step = data.get("step", 1)
    if isinstance(step, bool) or not isinstance(step, int) or not 1 <= step <= MAX_STEPS:
        raise InputError(f"session.step: expected a step number 1..{MAX_STEPS}, got {json.dumps(step)[:40]}")
    panel = data.get("panel")
    if panel is not None and not (isinstance(panel, str) and _PANEL_NAME.fullmatch(panel)):
        raise InputError(f"session.panel: expected a panel name such as \"gates\", got {json.dumps(panel)[:40]}")
    return Exercise(text, targets, step - 1, panel)


def exercise_to_dict(exercise: Exercise) -> dict:
    data: dict = {"input": exercise.input}
    if exercise.targets:
        data["targets"] = {str(step + 1): token for step, token in sorted(exercise.targets.items())}
    data["step"] = exercise.step + 1
    if exercise.panel:
        data["panel"] = exercise.panel
    return data


# --- Public API ---------------------------------------------------------------------------------------


def load(path: str | os.PathLike) -> tuple[Model, Exercise | None]:
    """Read a model file and its exercise (None when the file has no ``session`` block); every failure
    is an InputError naming the file and the field."""
    text = modelfile.read_text(path)
    try:
        modelfile.check_json_size(text)  # the limits of docs/limits.md, before parsing allocates
        data = modelfile.parse_json(text)
        model = modelfile.model_from_dict(data)
        block = data.get("session")
        return model, (None if block is None else exercise_from_dict(block, model.vocab))
    except InputError as err:
        raise within(path, err) from None


def dumps(model: Model, exercise: Exercise | None) -> str:
    """The model file's text, with the ``session`` block last when there is an exercise."""
    data = modelfile.model_to_dict(model)
    if exercise is not None:
        data["session"] = exercise_to_dict(exercise)
    return modelfile.dump_dict(data)


def save(model: Model, exercise: Exercise | None, path: str | os.PathLike) -> None:
    """Write the model file with its exercise atomically; InputError if the model is not one a model file
    may hold (saving checks it, so a saved file always loads) or the file cannot be written."""
    modelfile.validated(model)
    with writing(path):
        modelfile.atomic_write(path, dumps(model, exercise))
