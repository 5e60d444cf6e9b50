"""Checking what the student built: a step's declarative checks evaluated with the engine, and a
prediction compared with the true value (docs/lesson-file.md, "Checks" and "Predictions").

Nothing is evaluated as code: a check names a quantity (``lstm_studio.lessons.measure``) and one comparison.
On the shown input the sequence is read as the studio reads it (tokens not in the vocabulary are skipped);
with hidden test sequences (``inputs``) a check must hold on every one of them, and accuracy is counted over
all of them together.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from lstm_studio.document import tokens
from lstm_studio.document.errors import InputError
from lstm_studio.document.wording import Message
from lstm_studio.engine import Model
from lstm_studio.lessons.format import Check, Predict, Sequence, Step
from lstm_studio.lessons.loader import parse_targets
from lstm_studio.lessons.measure import Run, Unavailable, entry_labels, measure, number, symbol

OP_SIGNS = {"<": "<", "<=": "≤", ">": ">", ">=": "≥", "==": "=", "!=": "≠"}
PASS, FAIL = "✓", "✗"


@dataclass(frozen=True)
class CheckResult:
    """How one check came out.

    passed       whether it holds (on every hidden sequence, when the step has them)
    actual       the student's value (a float, or a token for a prediction) on the sequence reported:
                 the first one it fails on, else the one closest to failing; None when unavailable
    target       what it must be, as text: "> 0.9", "= S", "0.5 ± 0.05"
    description  one line for the player and the terminal: "h₃[1] = 0.934 > 0.9 ✓"
    sequence     the hidden sequence reported (None for the shown input)
    problem      why the quantity could not be read (another cell, a shorter input, …), else None
    """

    check: Check
    passed: bool
    actual: float | str | None
    target: str
    description: str
    sequence: str | None = None
    problem: str | None = None


@dataclass(frozen=True)
class PredictResult:
    """A student's estimate against the truth. ``labels``, ``actual``, ``estimate`` and ``errors`` have one
    entry per number estimated (one for a single unit, H or V for a vector); ``errors`` are absolute
    differences (0 or 1 for a token). ``passed``: every error within the tolerance."""

    predict: Predict
    labels: tuple[str, ...]
    actual: tuple[float | str, ...]
    estimate: tuple[float | str, ...]
    errors: tuple[float, ...]
    passed: bool
    description: str


# --- sequences -----------------------------------------------------------------------------------------


def shown_tokens(text: str, model: Model) -> list[int]:
    """The token indices the studio runs for ``text``: the known tokens, unknown ones skipped."""
    index = {v: k for k, v in enumerate(model.vocab)}
    return [index[t] for t in tokens.split(text, model.vocab) if t in index][: tokens.MAX_STEPS]


def targets_for(step: Step, model: Model, inputs: list[int], targets_text: str | None = None) -> list[int] | None:
    """The targets of a sequence: ``targets_text`` (default: the step's ``targets``) when given, else the next
    input token with none at the last step. None when the given targets do not fit the sequence."""
    text = step.targets if targets_text is None else targets_text
    if text is None:
        return inputs[1:] + [-1]
    try:
        return parse_targets(text, model.vocab, len(inputs))
    except InputError:
        return None


def _runs(step: Step, model: Model, text: str | None) -> list[tuple[str | None, Run | None, str | None]]:
    """(hidden sequence text or None, the run, why there is none) for each sequence the checks look at."""
    out: list[tuple[str | None, Run | None, str | None]] = []
    if step.inputs:
        for seq in step.inputs:
            out.append((seq.input, *_run_hidden(seq, model)))
        return out
    inputs = shown_tokens(text if text is not None else (step.input or ""), model)
    if not inputs:
        return [(None, None, Message("Checks", "there is no input to run (type a sequence)"))]
    return [(None, Run(model, inputs, targets_for(step, model, inputs)), None)]


def _run_hidden(seq: Sequence, model: Model) -> tuple[Run | None, str | None]:
    try:
        inputs = tokens.parse(seq.input, model.vocab, "input")
    except InputError as err:
        return None, _misfit(seq, err)
    if seq.targets is None:
        return Run(model, inputs, inputs[1:] + [-1]), None
    try:
        return Run(model, inputs, parse_targets(seq.targets, model.vocab, len(inputs))), None
    except InputError as err:
        return None, _misfit(seq, err)


def _misfit(seq: Sequence, err: InputError) -> Message:
    return Message("Checks", "the test sequence {sequence} does not fit the model ({why})", sequence=repr(seq.input),
                   why=err.wording or str(err))


# --- comparisons ----------------------------------------------------------------------------------------


def target_text(check: Check) -> str:
    if check.op is not None:
        return f"{OP_SIGNS[check.op]} {check.value:g}"
    if check.equals is not None:
        return f"= {check.equals}" if isinstance(check.equals, str) else f"= {check.equals:g}"
    return f"{check.within:g} ± {check.tolerance:g}"


def holds(check: Check, actual: float | str) -> bool:
    """Whether ``actual`` meets the check's comparison (NaN never does)."""
    if isinstance(actual, str) or isinstance(check.equals, str):
        return actual == check.equals
    a = float(actual)
    if math.isnan(a):
        return False
    if check.within is not None:
        assert check.tolerance is not None  # within comes with a tolerance (the loader insists)
        return abs(a - check.within) <= check.tolerance
    if check.equals is not None:
        return a == check.equals
    v, op = check.value, check.op
    assert v is not None and op is not None  # ... and otherwise op with a value
    return {"<": a < v, "<=": a <= v, ">": a > v, ">=": a >= v, "==": a == v, "!=": a != v}[op]


def margin(check: Check, actual: float | str) -> float:
    """How far a passing ``actual`` is from failing, to report the sequence that passes most narrowly."""
    if isinstance(actual, str) or check.equals is not None:
        return 0.0
    a = float(actual)
    if check.within is not None:
        assert check.tolerance is not None  # within comes with a tolerance (the loader insists)
        return check.tolerance - abs(a - check.within)
    v, op = check.value, check.op
    assert v is not None and op is not None  # ... and otherwise op with a value
    return {"<": v - a, "<=": v - a, ">": a - v, ">=": a - v, "==": 0.0, "!=": abs(a - v)}[op]


def _shown(actual: float | str) -> str:
    return actual if isinstance(actual, str) else number(actual)


def _describe(check: Check, actual: float | str, steps: int, passed: bool) -> str:
    name = symbol(check.what, steps)
    mark = PASS if passed else FAIL
    if check.op is not None:
        return Message("Checks", "{name} = {actual} {target} {mark}", name=name, actual=_shown(actual),
                       target=target_text(check), mark=mark)
    return Message("Checks", "{name} = {actual}, want {target} {mark}", name=name, actual=_shown(actual),
                   target=target_text(check).removeprefix("= "), mark=mark)


# --- evaluating a step ----------------------------------------------------------------------------------


def _accuracy(check: Check, runs) -> CheckResult:
    correct = counted = 0
    for _, run, why in runs:
        if run is None:
            return CheckResult(check, False, None, target_text(check), _accuracy_failed(why), problem=why)
        try:
            c, n = run.accuracy_counts()
        except Unavailable as err:
            return CheckResult(check, False, None, target_text(check), _accuracy_failed(err.reason),
                               problem=err.reason)
        correct, counted = correct + c, counted + n
    if not counted:
        why = Message("Checks", "no step has a target")
        return CheckResult(check, False, None, target_text(check), _accuracy_failed(why), problem=why)
    value = correct / counted
    passed = holds(check, value)
    where = Message("Checks", "this input") if runs[0][0] is None else _sequences(len(runs))
    description = Message("Checks", "accuracy on {where} = {value} ({correct} of {counted} targets) {target} {mark}",
                          where=where, value=number(value), correct=correct, counted=counted,
                          target=target_text(check), mark=PASS if passed else FAIL)
    return CheckResult(check, passed, value, target_text(check), description)


def _accuracy_failed(why: str) -> Message:
    return Message("Checks", "accuracy: {why} {mark}", why=why, mark=FAIL)


def _sequences(n: int) -> Message:
    if n == 1:
        return Message("Checks", "the test sequence")
    return Message("Checks", "{n} test sequences", n=n)


def _one(check: Check, runs) -> CheckResult:
    if check.what.quantity == "accuracy":
        return _accuracy(check, runs)
    results = []
    for seq, run, why in runs:
        if run is None:
            return _unavailable(check, seq, why)
        try:
            with np.errstate(all="ignore"):
                actual = measure(check.what, run)
                if isinstance(actual, np.ndarray):  # only a prediction may leave out the unit or token
                    raise Unavailable(Message("Checks", "{quantity} needs a unit or token to be checked",
                                              quantity=check.what.quantity))
        except Unavailable as err:
            return _unavailable(check, seq, err.reason)
        ok = holds(check, actual)
        results.append((margin(check, actual) if ok else -math.inf, ok, actual, seq, run.steps))
    failing = [r for r in results if not r[1]]
    _, _, actual, seq, steps = failing[0] if failing else min(results, key=lambda r: r[0])
    line = _describe(check, actual, steps, not failing)
    if seq is not None:
        total = len(results)
        if total == 1:
            line = Message("Checks", "on {sequence}: {line} (on the test sequence)", sequence=seq, line=line)
        elif failing:
            line = Message("Checks", "on {sequence}: {line} (fails on {failed} of {total} test sequences)",
                           sequence=seq, line=line, failed=len(failing), total=total)
        else:
            line = Message("Checks", "on {sequence}: {line} (holds on all {total} test sequences)",
                           sequence=seq, line=line, total=total)
    return CheckResult(check, not failing, actual, target_text(check), line, seq)


def _unavailable(check: Check, seq: str | None, why: str) -> CheckResult:
    name = symbol(check.what, 1) if check.what.t is None or check.what.t > 0 else check.what.quantity
    if seq is None:
        line = Message("Checks", "{name}: {why} {mark}", name=name, why=why, mark=FAIL)
    else:
        line = Message("Checks", "on {sequence}: {name}: {why} {mark}", sequence=seq, name=name, why=why, mark=FAIL)
    return CheckResult(check, False, None, target_text(check), line, seq, why)


def evaluate(step: Step, model: Model, text: str | None = None) -> list[CheckResult]:
    """Every check of ``step`` on the student's ``model``, one result per check in the file's order.

    ``text`` is the input the student sees (default: the step's own ``input``); it is ignored when the step
    has hidden test sequences (``inputs``). Targets are the step's ``targets``, else the next token. Never
    raises for anything the student can change: a quantity this model lacks is a failed check whose
    ``problem`` says why.
    """
    if not step.checks:
        return []
    runs = _runs(step, model, text)
    return [_one(check, runs) for check in step.checks]


def all_passed(results: list[CheckResult]) -> bool:
    return all(r.passed for r in results)


def step_done(step: Step, results: list[CheckResult], predicted: bool) -> bool:
    """A step is done when every check holds (``results`` from :func:`evaluate`) and its prediction, if it
    asks for one, has been made — close or not: the estimate is for learning, not for passing."""
    return all_passed(results) and (step.predict is None or predicted)


# --- predictions -----------------------------------------------------------------------------------------

def expected(step: Step, model: Model, text: str | None = None) -> tuple[tuple[str, ...], tuple[float | str, ...]]:
    """(labels, true values) of what ``step.predict`` asks the student to estimate, on the input ``text``
    (default: the step's) with the step's targets.

    Raises InputError (one line) when the quantity cannot be read: no input, another cell, a shorter input.
    """
    if step.predict is None:
        raise InputError(f"step {step.title!r} asks for no prediction")
    inputs = shown_tokens(text if text is not None else (step.input or ""), model)
    if not inputs:
        raise InputError(Message("Checks", "there is no input to run (type a sequence)"))
    run = Run(model, inputs, targets_for(step, model, inputs))
    what = step.predict.what
    try:
        with np.errstate(all="ignore"):
            value = measure(what, run)
    except Unavailable as err:
        raise InputError(err.reason) from None
    if isinstance(value, np.ndarray):
        return tuple(entry_labels(what, model, run.steps)), tuple(float(v) for v in value)
    return (symbol(what, run.steps),), (value,)


def parse_estimate(step: Step, text: str, count: int) -> tuple[float | str, ...]:
    """What a student typed as their estimate for ``step.predict``: ``count`` numbers separated by spaces or
    commas (``0.69, 0.9 0.8``), or by semicolons when commas are decimal commas (``0,69; 0,9``); a single
    ``0,69`` is read as 0.69. For a prediction, the token. InputError says what is wrong."""
    if step.predict is not None and step.predict.what.quantity == "prediction":
        token = text.strip()
        if not token:
            raise InputError(Message("Checks", "type the token you expect"))
        return (token,)
    text = text.replace("−", "-")
    if ";" in text:
        parts = [p.replace(",", ".") for p in text.split(";")]
    elif count == 1 and "." not in text:
        parts = [text.replace(",", ".")]
    else:
        parts = re.split(r"[,\s]+", text)
    values = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        try:
            value = float(part)
        except ValueError:
            raise InputError(Message("Checks", "{typed} is not a number", typed=repr(part[:20]))) from None
        if not math.isfinite(value):
            raise InputError(Message("Checks", "{typed} is not a finite number", typed=repr(part[:20])))
        values.append(value)
    if len(values) != count:
        if count == 1:
            raise InputError(Message("Checks", "expected {count} number, got {got}", count=count, got=len(values)))
        raise InputError(Message("Checks", "expected {count} numbers, got {got}", count=count, got=len(values)))
    return tuple(values)


def compare(step: Step, model: Model, text: str | None, estimate) -> PredictResult:
    """Compare the student's ``estimate`` for ``step.predict`` (a number, a list of numbers, or a token for a
    prediction) with the true value on ``text`` (default: the step's input); InputError when the estimate
    has the wrong length or the quantity is unavailable."""
    labels, actual = expected(step, model, text)
    predict = step.predict
    assert predict is not None  # expected() refuses a step that asks for no prediction
    values = (estimate,) if isinstance(estimate, (str, int, float)) else tuple(estimate)
    if len(values) != len(actual):
        raise InputError(f"expected {len(actual)} value{'s' if len(actual) != 1 else ''}, got {len(values)}")
    errors = []
    for a, e in zip(actual, values):
        if isinstance(a, str):
            errors.append(0.0 if str(e).strip() == a else 1.0)
        else:
            errors.append(abs(float(e) - a) if math.isfinite(float(e)) else math.inf)
    tolerance = 0.0 if isinstance(actual[0], str) else predict.tolerance
    passed = all(err <= tolerance for err in errors)
    mark = PASS if passed else FAIL
    allowed = f"{predict.tolerance:g}"
    if isinstance(actual[0], str):
        description = Message("Checks", "you said {said}; {label} = {actual} {mark}", said=values[0],
                              label=labels[0], actual=actual[0], mark=mark)
    elif len(actual) == 1:
        description = Message("Checks", "you said {said}; {label} = {actual}: off by {error} (tolerance {tolerance}) "
                              "{mark}", said=number(float(values[0])), label=labels[0], actual=number(actual[0]),
                              error=number(errors[0]), tolerance=allowed, mark=mark)
    else:
        worst = int(np.argmax(errors))
        description = Message("Checks", "largest miss {error} at {label} (you said {said}, it is {actual}; "
                              "tolerance {tolerance}) {mark}", error=number(errors[worst]), label=labels[worst],
                              said=number(float(values[worst])), actual=number(float(actual[worst])),
                              tolerance=allowed, mark=mark)
    return PredictResult(predict, labels, actual, values, tuple(errors), passed, description)
