"""``lstm-studio sample MODEL --prime BUS --length N [--temperature T] [--seed S] [--steps] [--json]``:
generate tokens from a model, feeding each draw back in (docs/cli.md)."""

from __future__ import annotations

import math

from lstm_studio.commands.common import check_finite, print_json, text
from lstm_studio.document import modelfile, tokens
from lstm_studio.document.errors import InputError
from lstm_studio.engine.generate import Sampler

MAX_SAMPLE_LENGTH = 10_000


def cmd_sample(args) -> int:
    model = modelfile.load(args.model)
    prime = tokens.parse(args.prime, model.vocab, "prime")
    if not 0 <= args.length <= MAX_SAMPLE_LENGTH:
        raise InputError(f"--length: {args.length} is outside 0..{MAX_SAMPLE_LENGTH}")
    if not math.isfinite(args.temperature) or args.temperature < 0:
        raise InputError(f"--temperature: {args.temperature} is not a number ≥ 0")
    if args.seed < 0:
        raise InputError(f"--seed: {args.seed} is negative")
    if model.bidirectional:
        raise InputError(f"{args.model}: a bidirectional model reads the sequence backwards too; it cannot generate")
    tokens.check_work(model, len(prime) + args.length, "--prime and --length")
    sampler = Sampler(model, prime, args.temperature, args.seed)
    steps = sampler.run(args.length)
    for s in steps:
        check_finite({"p_model": s.p_model.tolist(), "p": s.p.tolist()}, "sample", f"steps[{s.t - 1}]")
    generated = tokens.join(sampler.tokens, model.vocab)
    if args.json:
        print_json({
            "prime": tokens.join(prime, model.vocab),
            "text": generated,
            "drawn": [model.vocab[s.drawn] for s in steps],
            "temperature": args.temperature,
            "seed": args.seed,
            "steps": [
                {"t": s.t, "fed": model.vocab[s.fed], "drawn": model.vocab[s.drawn],
                 "p": s.p.tolist(), "p_model": s.p_model.tolist()}
                for s in steps
            ],
        }, "sample")
        return 0
    if args.steps:
        for s in steps:
            top = sorted(range(len(s.p)), key=lambda k: -s.p[k])[:5]
            dist = "  ".join(
                f"{'[' if k == s.drawn else ''}{model.vocab[k]!r} {s.p[k]:.3f}{']' if k == s.drawn else ''}"
                for k in top
            )
            print(f"t={s.t}  fed {model.vocab[s.fed]!r}  drew {model.vocab[s.drawn]!r}   {dist}")
    print(generated)
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("sample", help="generate tokens from a model, feeding each draw back in")
    p.add_argument("model", help="model file (JSON)")
    p.add_argument("--prime", required=True, type=text, help="tokens to start from, e.g. BUS")
    p.add_argument("--length", type=int, required=True, help="how many tokens to draw")
    p.add_argument("--temperature", type=float, default=1.0, help="0 = greedy; below 1 sharper, above flatter")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--steps", action="store_true", help="print each step's distribution and the drawn token")
    p.add_argument("--json", action="store_true", help="machine-readable output with every distribution")
    p.set_defaults(func=cmd_sample)
