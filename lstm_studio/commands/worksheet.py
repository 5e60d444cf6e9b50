"""``lstm-studio worksheet``: exercise worksheets and answer keys, one variant per student; checking and
marking answers.

    lstm-studio worksheet MODEL --input TOKENS [--variants N | --roster CLASS.csv] [--seed S] [--decimals D]
        [--questions ITEMS] [--difficulty easy|medium|hard] [--graded [--no-hints]] [--merge]
        [--language en|de|vi|zh_CN] [--paper a4|letter] --out DIR [--format pdf,html,md,tex,json,moodle,qti]
    lstm-studio worksheet check CODE --answers FILE|- [--model MODEL] [--json]
    lstm-studio worksheet grade --key DIR/worksheets.json ANSWERS… --out grades.csv

The first word after ``worksheet`` is a verb when it is ``check`` or ``grade`` (a model file of that name is
written ``./check``); otherwise it is the model, as it always was. Files, the key file's schema, the
answer-file formats and what each difficulty asks: docs/worksheets.md and docs/cli.md.
"""

from __future__ import annotations

import json
import sys

from lstm_studio.document.errors import InputError
from lstm_studio.worksheets.problem import DIFFICULTIES, FORMATS, MAX_VARIANTS, PAPERS

VERBS = ("check", "grade")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def cmd_worksheet(args) -> int:
    # Imported here: generating questions loads sympy, which other subcommands should not wait for.
    from lstm_studio.document import modelfile
    from lstm_studio.worksheets.export import export_batch, parse_formats
    from lstm_studio.worksheets.problem import problem_from_model
    from lstm_studio.worksheets.roster import read_roster
    from lstm_studio.worksheets.selection import parse_questions

    model = modelfile.load(args.model)
    formats = parse_formats(args.format)
    selection = parse_questions(args.questions)
    roster = read_roster(args.roster) if args.roster else []
    if roster and args.variants is not None and args.variants != len(roster):
        raise InputError(f"--variants: {args.variants}, but the roster names {_plural(len(roster), 'student')}")
    if args.merge and "pdf" not in formats:
        raise InputError("--merge: merges the PDFs; add pdf to --format")
    if not args.graded and not args.hints:
        raise InputError("--no-hints: goes with --graded (practice sheets always give hints)")
    base = problem_from_model(
        model, args.input, seed=args.seed, decimals=args.decimals, types=selection.types,
        difficulty=args.difficulty.lower(), selection=selection.custom, graded=args.graded, hints=args.hints,
    )
    pdf_writer = args.qt.pdf_writer() if "pdf" in formats else None
    variants = len(roster) if roster else (args.variants if args.variants is not None else 1)
    result = export_batch(base, variants, args.out, formats, args.paper.lower(), pdf_writer, roster=roster,
                          merge=args.merge, points=selection.points, language=args.language)
    for ws in result.worksheets:
        name = f" ({ws.name})" if ws.name else ""
        key = f", key code {ws.key_code}" if ws.problem.graded else ""
        print(f"variant {ws.problem.variant}{name}: code {ws.code}, {_plural(len(ws.questions), 'question')}{key}")
    removed = f"; removed {_plural(len(result.removed), 'file')} of an earlier batch" if result.removed else ""
    print(f"wrote {_plural(len(result.files), 'file')} to {args.out} in {result.seconds:.1f} s{removed}",
          file=sys.stderr)
    return 0


def cmd_check(args) -> int:
    """The command-line twin of Check my answers: per-question verdicts for one student's answers."""
    from lstm_studio.document import modelfile
    from lstm_studio.worksheets.answers import mark_all, parse_answers, read_text
    from lstm_studio.worksheets.code import decode, normalise
    from lstm_studio.worksheets.generate import build

    vocab = modelfile.load(args.model).vocab if args.model else None
    problem = decode(args.code, vocab)
    ws = build(problem)
    source = "standard input" if args.answers == "-" else args.answers
    (answers,) = parse_answers(read_text(args.answers), source)[:1]
    if answers.code and normalise(answers.code) not in (normalise(ws.code), normalise(ws.key_code)):
        raise InputError(f"{source}: the answers are for the code {answers.code[:60]!r}, not {args.code}")
    marks = mark_all(ws.questions, answers, list(ws.model.vocab), problem.gives_hints or problem.key)
    right = sum(1 for _, _, m in marks if m.correct)
    if args.json:
        records = []
        for q, typed, m in marks:
            record: dict[str, object] = {"id": q.id, "typed": typed, "correct": m.correct, "message": m.message,
                                         "mistake": m.mistake}
            if problem.key:
                record["answer"] = q.answer
            records.append(record)
        print(json.dumps({"code": ws.code, "variant": problem.variant, "key": problem.key, "right": right,
                          "questions": len(marks), "marks": records}, ensure_ascii=False))
        return 0
    width = max(len(typed) for _, typed, _ in marks) if marks else 0
    for q, typed, m in marks:
        verdict = {True: "✓", False: "✗", None: "·"}[m.correct]
        key = f"   (key {q.answer_text})" if problem.key else ""
        print(f"{q.id:>4}  {typed or '—':<{max(width, 1)}}  {verdict} {m.message}{key}")
    print(f"{right} of {len(marks)} right (variant {problem.variant}, code {ws.code})")
    return 0


def cmd_grade(args) -> int:
    """Mark a whole class against the key file and write the grades CSV."""
    from lstm_studio.document.modelfile import atomic_write
    from lstm_studio.worksheets.answers import parse_answers, read_text
    from lstm_studio.worksheets.grade import grade, grades_csv, read_key

    key = read_key(args.key)
    submissions = [a for source in args.answers for a in parse_answers(read_text(source), source)]
    grades = grade(key, submissions)
    if not args.out.strip():
        raise InputError("--out: empty; name the grades file")
    try:
        atomic_write(args.out, grades_csv(grades))
    except OSError as err:
        raise InputError(f"--out: cannot write {args.out} ({err.strerror or err})") from None
    marked = [g for g in grades if g.source]
    mean = sum(g.total for g in marked) / len(marked) if marked else 0.0
    print(f"marked {_plural(len(marked), 'student')} of {len(grades)}; mean {mean:.2f} of {grades[0].maximum:g} "
          f"points; wrote {args.out}", file=sys.stderr)
    return 0


def _verbs(parser) -> dict:
    """The parsers of ``worksheet check`` and ``worksheet grade`` (the same class as ``parser``, so that a
    usage error is one line like every other)."""
    make = type(parser)
    check = make(prog="lstm-studio worksheet check", description="Check one student's answers against the "
                 "worksheet a variant code stands for: the command-line twin of Tools ▸ Check my answers.")
    check.add_argument("code", help="the variant code printed on the worksheet (a key code also shows answers)")
    check.add_argument("--answers", required=True,
                       help="answers file (q1=0.4657 lines or a CSV of question,answer), or - for standard input")
    check.add_argument("--model", help="the model file, only for worksheets of a model with word tokens")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(func=cmd_check, command="worksheet")
    grade = make(prog="lstm-studio worksheet grade", description="Mark a class: every student's answers "
                 "against the batch's key file; one row per student with the points of every question.")
    grade.add_argument("--key", required=True, help="the batch's worksheets.json (written with --format json)")
    grade.add_argument("answers", nargs="+", help="answers files, one per student, or class CSVs")
    grade.add_argument("--out", required=True, help="the grades CSV to write")
    grade.set_defaults(func=cmd_grade, command="worksheet")
    return {"check": check, "grade": grade}


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "worksheet",
        help="exercise worksheets with answer keys, one variant per student; check and grade answers",
        description="Exercise worksheets with answer keys and worked solutions; every variant has its own "
        "weights and a code that reloads it in the app.",
        epilog="Also: 'lstm-studio worksheet check CODE --answers FILE' checks one student's answers and "
        "'lstm-studio worksheet grade --key worksheets.json ANSWERS... --out grades.csv' marks a class "
        "(each with --help).",
    )
    p.add_argument("model", help="model file (JSON): the cell, its conventions, sizes and vocabulary")
    p.add_argument("--input", required=True, help="tokens, e.g. PIGS")
    p.add_argument("--variants", type=int,
                   help=f"how many variants, 1 to {MAX_VARIANTS} (one per student; default 1, or the roster's size)")
    p.add_argument("--roster", help="CSV of the students (a name column, optional ids): one named variant each")
    p.add_argument("--seed", type=int, default=0, help="the same seed gives the same worksheets (default 0)")
    p.add_argument("--decimals", type=int, default=2, help="decimals of the weights, 1 to 4 (default 2)")
    p.add_argument("--questions", default="forward,backward,conceptual",
                   help="what to ask, comma-separated: whole sections (forward, backward, conceptual) or kinds "
                   "(forward:h, backward:dc_dc_prev, …), each with *COUNT and @POINTS, e.g. forward:h*2@2 "
                   "(default: the three sections; docs/worksheets.md lists the kinds)")
    p.add_argument("--difficulty", default="medium", help=f"{', '.join(DIFFICULTIES)} (default medium)")
    p.add_argument("--graded", action="store_true",
                   help="for marking: the students' codes check answers but never show solutions; the keys "
                   "print a key code that does")
    p.add_argument("--no-hints", dest="hints", action="store_false",
                   help="with --graded: marking says right or wrong only, not which mistake it looks like")
    p.add_argument("--merge", action="store_true",
                   help="one PDF for the class (and one of the keys), each sheet padded to an even page count")
    p.add_argument("--language", default="en",
                   help="language of the sheets and keys: en, de, vi or zh_CN (default en); the same variants, "
                        "numbers and codes in every language")
    p.add_argument("--paper", default="a4", help=f"{' or '.join(PAPERS)} (default a4)")
    p.add_argument("--out", required=True, help="folder to write into (created if missing)")
    p.add_argument("--format", default="pdf", help=f"comma-separated: {','.join(FORMATS)} (default pdf)")
    p.set_defaults(func=cmd_worksheet)
    verbs = _verbs(p)
    class _WorksheetParser(type(p)):  # type: ignore[misc]  # the class cli gave the parser, with verbs
        """``worksheet`` hands ``check`` and ``grade`` to their own parsers; anything else is a model."""

        def parse_known_args(self, args=None, namespace=None):
            if args and args[0] in verbs:
                return verbs[args[0]].parse_known_args(args[1:], namespace)
            return super().parse_known_args(args, namespace)

    p.__class__ = _WorksheetParser
