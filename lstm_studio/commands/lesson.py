"""``lstm-studio lesson list|check|verify``: the built-in course, validating a lesson file, and grading a
student's model file against a step's checks (docs/cli.md, docs/lesson-file.md).

``verify`` exits with 0 when every check of the step holds, 1 when one fails (each check listed with the
student's number), and 2 on bad input, so that an instructor can grade submitted model files in a loop.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from lstm_studio import lessons
from lstm_studio.commands.common import EXIT_CHECK_FAILED, describe
from lstm_studio.document import modelfile, tokens
from lstm_studio.document.errors import InputError


def _json_value(value):
    """A check's actual value for JSON: NaN and ±∞ (weights that overflowed) become null."""
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _lesson_path(name: str) -> Path:
    """A lesson file, or the id of a built-in lesson (``lesson check rnn-numbers``)."""
    path = Path(name)
    if path.exists() or path.suffix == ".json":
        return path
    try:
        return lessons.find(name).path
    except KeyError as err:
        raise InputError(f"{name}: no such file, and {err.args[0]}") from None


def cmd_list(args) -> int:
    entries = lessons.builtin(args.language)
    if args.json:
        print(json.dumps({"lessons": [
            {"id": e.id, "kind": e.kind, "title": e.title, "summary": e.summary, "steps": e.steps,
             "language": e.language, "path": str(e.path)} for e in entries]}, ensure_ascii=False))
        return 0
    for kind, heading in (("lesson", "Lessons"), ("challenge", "Challenges")):
        chosen = [e for e in entries if e.kind == kind]
        if not chosen:
            continue
        print(f"{heading}:")
        width = max(len(e.id) for e in chosen)
        for e in chosen:
            print(f"  {e.id:<{width}}  {e.title}  ({_count(e.steps, 'step')})")
    return 0


def cmd_check(args) -> int:
    path = _lesson_path(args.file)
    lesson = lessons.load(path)
    checks = sum(len(s.checks) for s in lesson.steps)
    print(f'{path}: {lesson.kind} "{lesson.title}", {_count(len(lesson.steps), "step")}, '
          f'{_count(checks, "check")}: valid')
    return 0


def cmd_verify(args) -> int:
    lesson = lessons.load(_lesson_path(args.file))
    total = len(lesson.steps)
    if not 1 <= args.step <= total:
        raise InputError(f"--step: {args.step} is outside 1..{total} (the lesson has {total} steps)")
    step = lesson.step(args.step)
    model = modelfile.load(args.model)
    text = args.input if args.input is not None else lesson.input_at(args.step)
    if args.input is not None:
        tokens.parse(args.input, model.vocab, "--input")
    results = lessons.evaluate(step, model, text)
    passed = lessons.all_passed(results)
    if args.json:
        print(json.dumps({
            "lesson": lesson.id, "title": lesson.title, "step": args.step, "step_title": step.title,
            "passed": passed,
            "checks": [{"quantity": r.check.what.quantity, "passed": r.passed, "actual": _json_value(r.actual),
                        "target": r.target, "description": r.description, "sequence": r.sequence,
                        "problem": r.problem} for r in results],
        }, ensure_ascii=False))
        return 0 if passed else EXIT_CHECK_FAILED
    print(f"{lesson.title}, step {args.step} of {total}: {step.title}")
    print(f"model {args.model}: {describe(model)}")
    if step.inputs:
        print(f"checked on {len(step.inputs)} hidden test sequences")
    elif text:
        print(f"input {text}")
    if not results:
        print("this step has no checks")
        return 0
    for r in results:
        print(f"  {r.description}")
    failed = sum(not r.passed for r in results)
    if len(results) == 1:
        print("the check holds" if not failed else "the check fails")
    else:
        print(f"all {len(results)} checks hold" if not failed else f"{failed} of {len(results)} checks fail")
    return 0 if passed else EXIT_CHECK_FAILED


def register(subparsers) -> None:
    p = subparsers.add_parser("lesson", help="lessons and challenges: list, check a file, verify a model")
    sub = p.add_subparsers(dest="lesson_command", required=True, metavar="{list,check,verify}",
                           parser_class=type(p))
    ls = sub.add_parser("list", help="the built-in lessons and challenges")
    ls.add_argument("--language", default="en", help="the course's language: en (default), de, vi or zh_CN "
                                                     "(a lesson not translated is listed in English)")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.set_defaults(func=cmd_list)
    check = sub.add_parser("check", help="validate a lesson file (exit 0, or 2 with the field at fault)")
    check.add_argument("file", help="lesson file (JSON) or the id of a built-in lesson")
    check.set_defaults(func=cmd_check)
    verify = sub.add_parser("verify", help="does a model meet a step's checks? (exit 0 yes, 1 no, 2 bad input)")
    verify.add_argument("file", help="lesson file (JSON) or the id of a built-in lesson")
    verify.add_argument("--step", type=int, required=True, help="the step, counted from 1")
    verify.add_argument("--model", required=True, help="the student's model file (JSON)")
    verify.add_argument("--input", help="the sequence to check on (default: the step's; hidden test "
                                        "sequences, when the step has them, are always used)")
    verify.add_argument("--json", action="store_true", help="machine-readable output")
    verify.set_defaults(func=cmd_verify)
