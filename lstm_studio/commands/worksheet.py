"""``lstm-studio worksheet``: exercise worksheets and answer keys, one variant per student.

    lstm-studio worksheet MODEL --input TOKENS [--variants N] [--seed S] [--decimals D]
        [--questions forward,backward,conceptual] [--difficulty easy|medium|hard] [--paper a4|letter]
        --out DIR [--format pdf,html,md,tex,json]

Writes ``worksheet-NN.<ext>`` and ``answers-NN.<ext>`` per variant and, with json, ``worksheets.json``:
``{"variants": [{"code", "model", "input", "questions": [{"id", "text", "quantity", "t", "index", "answer",
"decimals"}]}]}``. The model file gives the cell, its conventions, the hidden size and the vocabulary; every
variant draws its own weights, rounded to D decimals.
"""

from __future__ import annotations

import sys

from lstm_studio.worksheets.problem import DIFFICULTIES, FORMATS, PAPERS, QUESTION_TYPES


def cmd_worksheet(args) -> int:
    # Imported here: generating questions loads sympy, which other subcommands should not wait for.
    from lstm_studio.document import modelfile
    from lstm_studio.worksheets.export import export_batch, parse_formats
    from lstm_studio.worksheets.problem import parse_types, problem_from_model

    model = modelfile.load(args.model)
    formats = parse_formats(args.format)
    base = problem_from_model(
        model,
        args.input,
        seed=args.seed,
        decimals=args.decimals,
        types=parse_types(args.questions),
        difficulty=args.difficulty.lower(),
    )
    pdf_writer = None
    if "pdf" in formats:
        pdf_writer = args.qt.pdf_writer()
    result = export_batch(base, args.variants, args.out, formats, args.paper.lower(), pdf_writer)
    for ws in result.worksheets:
        print(f"variant {ws.problem.variant}: code {ws.code}, {len(ws.questions)} questions")
    print(f"wrote {len(result.files)} files to {args.out} in {result.seconds:.1f} s", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "worksheet",
        help="exercise worksheets with answer keys, one variant per student",
        description="Exercise worksheets with answer keys and worked solutions; every variant has its own "
        "weights and a code that reloads it in the app.",
    )
    p.add_argument("model", help="model file (JSON): the cell, its conventions, sizes and vocabulary")
    p.add_argument("--input", required=True, help="tokens, e.g. PIGS")
    p.add_argument("--variants", type=int, default=1, help="how many variants (one per student; default 1)")
    p.add_argument("--seed", type=int, default=0, help="the same seed gives the same worksheets (default 0)")
    p.add_argument("--decimals", type=int, default=2, help="decimals of the weights, 1 to 4 (default 2)")
    p.add_argument("--questions", default=",".join(QUESTION_TYPES),
                   help=f"question types, comma-separated: {', '.join(QUESTION_TYPES)} (default all)")
    p.add_argument("--difficulty", default="medium", help=f"{', '.join(DIFFICULTIES)} (default medium)")
    p.add_argument("--paper", default="a4", help=f"{' or '.join(PAPERS)} (default a4)")
    p.add_argument("--out", required=True, help="folder to write into (created if missing)")
    p.add_argument("--format", default="pdf", help=f"comma-separated: {','.join(FORMATS)} (default pdf)")
    p.set_defaults(func=cmd_worksheet)
