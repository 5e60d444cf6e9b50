"""Lessons and challenges, Qt-free: the lesson file, its checks, the student's progress, the built-in course.

A lesson is a JSON file of steps (docs/lesson-file.md; the JSON Schema ships as
``resources/lessons/lesson.schema.json``, :func:`lstm_studio.paths.lesson_schema_path`). Each step may set
the model, the input and the panel, lock or hide parameters and controls, ask the student to predict a value,
and check what the student built with declarative checks. Nothing in a lesson is executed.

May import: engine, tasks, symbolic, explain, document. Never Qt, never ``app``.

Public API (what the lesson player and the command line use)
------------------------------------------------------------
Reading and writing (``loader``, ``writer``):
    load(path) -> Lesson            read and validate a file; InputError, one line naming the field
    loads(text) -> Lesson           the same from JSON text; lesson_from_dict(data) from parsed JSON
    dumps(lesson) -> str, save(lesson, path)     write one back (atomically), e.g. a recorded lesson

The dataclasses (``format``; all frozen; step numbers, t and units are 1-based as on screen):
    Lesson(title, steps, id, kind "lesson"|"challenge", summary, language)
        .step(n) -> Step, .model_at(n) -> Model | None (a copy), .input_at(n) -> str | None
    Step(title, text, task, model, model_source, input, targets, show, hide, locks, predict, checks, inputs,
         hints, solution, train)      .new_model() -> a copy of the step's model, or None (keep the current)
    Locks(all, locks, unlocks)  .locked(name, index=None) (index 0-based, NumPy), .locked_control(name)
    Lock(text, name, index, control)
    Quantity(quantity, t, unit, token, of, layer, direction)       what a check or a prediction reads
    Check(what, op, value, equals, within, tolerance, label)
    Predict(what, tolerance)
    Sequence(input, targets)                                        a hidden test sequence
    TrainOffer(task, options, config)                               a step's offer to train the network
    PANELS, CONTROLS, QUANTITIES, OPS                               the names a file may use

Checking (``checks``):
    evaluate(step, model, text=None) -> list[CheckResult]    one per check, never raises for student states
    CheckResult(check, passed, actual, target, description, sequence, problem)
    all_passed(results) -> bool; step_done(step, results, predicted) -> bool (checks hold, prediction made)
    expected(step, model, text=None) -> (labels, values)     what step.predict asks the student to estimate
    parse_estimate(step, typed, count) -> tuple              the numbers (or token) a student typed
    compare(step, model, text, estimate) -> PredictResult(predict, labels, actual, estimate, errors, passed,
                                                           description)
    targets_for(step, model, inputs) -> list[int] | None     the step's targets for the shown input

Training (``training``): plan(offer, model) -> (Dataset, TrainConfig) for lstm_studio.engine.train.run.

Progress (``progress``): ProgressStore(folder=None) with load(key) -> (Progress, warning | None),
    save(key, progress), forget(key); Progress(current, completed, work: {n: StepWork(model, input)},
    updated).done(lesson); progress_key(lesson, path=None) -> str.

The course (``catalog``): builtin(language="en") -> list[Entry(id, kind, title, summary, steps, language,
    path)] in the user's language, each lesson a translation lacks in English; find(id, language="en") ->
    Entry; languages() -> list[str] (en, de, vi, zh_CN); course_language(language) -> the folder used.

Text (``markdown``): parse(text) -> list[Block], to_html(text, math=callback) with every piece of text
    escaped, formulas(text) -> the LaTeX, plain(text).

Every string in a Lesson, a CheckResult or a PredictResult is plain text: escape it before it reaches
markup (``markdown.to_html`` does, for lesson texts).
"""

from lstm_studio.lessons.catalog import Entry, builtin, course_language, find, languages
from lstm_studio.lessons.checks import (
    CheckResult,
    PredictResult,
    all_passed,
    compare,
    evaluate,
    expected,
    parse_estimate,
    step_done,
    targets_for,
)
from lstm_studio.lessons.format import (
    CONTROLS,
    OPS,
    PANELS,
    QUANTITIES,
    Check,
    Lesson,
    Lock,
    Locks,
    Predict,
    Quantity,
    Sequence,
    Step,
    TrainOffer,
)
from lstm_studio.lessons.loader import lesson_from_dict, load, loads
from lstm_studio.lessons.progress import Progress, ProgressStore, StepWork, progress_key
from lstm_studio.lessons.training import plan
from lstm_studio.lessons.writer import dumps, lesson_to_dict, save

__all__ = [
    "CONTROLS", "OPS", "PANELS", "QUANTITIES", "Check", "CheckResult", "Entry", "Lesson", "Lock", "Locks",
    "Predict", "PredictResult", "Progress", "ProgressStore", "Quantity", "Sequence", "Step", "StepWork",
    "TrainOffer", "all_passed", "builtin", "compare", "course_language", "dumps", "evaluate", "expected", "find",
    "languages", "lesson_from_dict", "lesson_to_dict", "load", "loads", "parse_estimate", "plan", "progress_key",
    "save", "step_done", "targets_for",
]
