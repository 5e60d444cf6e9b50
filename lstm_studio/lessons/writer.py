"""Writing a lesson file: the dataclasses back to the JSON of docs/lesson-file.md (for lessons recorded from
the window). ``loads(dumps(lesson))`` equals ``lesson``; the file is written atomically."""

from __future__ import annotations

import json
import os

from lstm_studio.document.errors import unwritable
from lstm_studio.document.modelfile import atomic_write, model_to_dict
from lstm_studio.lessons.format import FORMAT, VERSION, Check, Lesson, Predict, Quantity, Step

_DEFAULTS = {"layer": 1, "direction": "forward"}


def _quantity(q: Quantity) -> dict:
    out = {"quantity": q.quantity}
    for key in ("t", "unit", "token", "of", "layer", "direction"):
        value = getattr(q, key)
        if value is not None and value != _DEFAULTS.get(key):
            out[key] = value
    return out


def _check(check: Check) -> dict:
    out = _quantity(check.what)
    if check.op is not None:
        out.update(op=check.op, value=check.value)
    elif check.equals is not None:
        out["equals"] = check.equals
    else:
        out.update(within=check.within, tolerance=check.tolerance)
    if check.label:
        out["label"] = check.label
    return out


def _predict(predict: Predict) -> dict:
    return {**_quantity(predict.what), "tolerance": predict.tolerance}


def _step(step: Step) -> dict:
    out: dict = {"title": step.title}
    for key in ("text", "task"):
        if getattr(step, key):
            out[key] = getattr(step, key)
    if step.model is not None:
        source = step.model_source or "inline"
        out["model"] = source if source.startswith("preset:") else model_to_dict(step.model)
    for key in ("input", "targets", "show"):
        if getattr(step, key) is not None:
            out[key] = getattr(step, key)
    if step.locks.all:
        out["lock"] = "all"
    elif step.locks.locks:
        out["lock"] = [lock.text for lock in step.locks.locks]
    if step.locks.unlocks:
        out["unlock"] = [lock.text for lock in step.locks.unlocks]
    if step.hide:
        out["hide"] = list(step.hide)
    if step.predict is not None:
        out["predict"] = _predict(step.predict)
    if step.checks:
        out["check"] = [_check(c) for c in step.checks]
    if step.inputs:
        out["inputs"] = [s.input if s.targets is None else {"input": s.input, "targets": s.targets}
                         for s in step.inputs]
    if step.hints:
        out["hints"] = list(step.hints)
    if step.solution:
        out["solution"] = step.solution
    if step.train is not None:
        out["train"] = {"task": step.train.task, **({"options": step.train.options} if step.train.options else {}),
                        **step.train.config}
    return out


def lesson_to_dict(lesson: Lesson) -> dict:
    out: dict = {"format": FORMAT, "version": VERSION}
    if lesson.id:
        out["id"] = lesson.id
    out.update(kind=lesson.kind, title=lesson.title)
    if lesson.summary:
        out["summary"] = lesson.summary
    out["language"] = lesson.language
    out["steps"] = [_step(s) for s in lesson.steps]
    return out


def dumps(lesson: Lesson) -> str:
    return json.dumps(lesson_to_dict(lesson), ensure_ascii=False, indent=1) + "\n"


def save(lesson: Lesson, path: str | os.PathLike) -> None:
    """Write the lesson file atomically; InputError if the folder cannot be written."""
    try:
        atomic_write(path, dumps(lesson))
    except OSError as err:
        raise unwritable(path, err) from None
