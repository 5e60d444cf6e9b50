"""``lstm-studio train``: train a model on a built-in task (``sample`` generates from the result).

    lstm-studio train (MODEL | --cell CELL [--option k=v] [--hidden H] [--init default|chrono]) --task NAME
                      [task options]
                      [--epochs N] [--lr X] [--optimizer adam|sgd] [--seed S] --out FILE [--json]

``train`` draws a progress bar on stderr when stderr is a terminal and ends with the final loss and
accuracy; with ``--json`` the last line of stdout is ``{"loss", "accuracy", "epochs", "seconds", …}``.
The saved file is an ordinary model file whose vocabulary is the task's. Exit status: 0 when training
ran (target reached or all epochs), 1 when it stopped on a NaN or an overflow (the restored weights are
saved), 2 for bad input, 130 when interrupted with Ctrl-C (the weights so far are saved).
"""

from __future__ import annotations

import json
import math
import signal
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

from lstm_studio.commands.common import parse_options
from lstm_studio.document import modelfile, textfile
from lstm_studio.document.errors import InputError
from lstm_studio.engine import CELLS, SpecError
from lstm_studio.engine.chrono import INITS, fresh_model
from lstm_studio.engine.train import OPTIMIZERS, STOP_CANCELLED, STOP_DIVERGED, TrainConfig, run
from lstm_studio.tasks.catalog import TASKS, TaskError, get_task

EXIT_DIVERGED = 1
EXIT_INTERRUPTED = 130
MAX_TEXT_BYTES = 1_000_000

#: Command-line flag -> (task, task option) for the options a task has.
TASK_FLAGS: dict[str, dict[str, str]] = {
    "words": {"next_char": "words", "plurals": "extra_words"},
    "gap": {"long_range": "gap"},
    "sequences": {"long_range": "sequences"},
    "phrase": {"sentiment": "extra_phrases"},
    "text": {"char_lm": "text"},
    "length": {"char_lm": "length"},
}


def _read_text(path: str) -> str:
    """The file of --text: UTF-8 only, so that a binary file is refused rather than trained on."""
    return textfile.read_text(path, f"--text {path}", MAX_TEXT_BYTES, "a training text", encodings=("utf-8",))


def _task_options(args) -> dict:
    """The task options given on the command line; a flag the task does not have is an error."""
    options = {}
    for flag, owners in TASK_FLAGS.items():
        value = getattr(args, flag)
        if value is None or value == []:
            continue
        if args.task not in owners:
            takes = [f"--{f}" for f, o in TASK_FLAGS.items() if args.task in o]
            raise InputError(
                f"--{flag}: not an option of the {args.task} task (it takes {', '.join(takes) or 'no options'})"
            )
        if flag == "text":
            value = _read_text(value)
        options[owners[args.task]] = value
    return options


def _config(args, task) -> TrainConfig:
    defaults = task.defaults
    clip = args.clip if args.clip is not None else 5.0
    config = TrainConfig(
        epochs=args.epochs if args.epochs is not None else defaults.get("epochs", 100),
        batch_size=args.batch_size if args.batch_size is not None else defaults.get("batch_size", 16),
        optimizer=args.optimizer,
        lr=args.lr if args.lr is not None else defaults.get("lr", 0.01),
        momentum=args.momentum,
        clip_norm=None if clip == 0 else clip,
        target_accuracy=args.target_accuracy,
        seed=args.seed,
    )
    try:
        return config.validate()
    except ValueError as err:
        field, _, rest = str(err).partition(":")
        flag = {"clip_norm": "clip"}.get(field, field).replace("_", "-")
        raise InputError(f"--{flag}:{rest}") from None


def _model(args, task, data):
    if (args.model is None) == (args.cell is None):
        raise InputError("give either a MODEL file or --cell CELL (not both)")
    if args.model is not None:
        for flag in ("hidden", "option", "init"):
            if getattr(args, flag):
                raise InputError(f"--{flag}: only with --cell (the MODEL file fixes the cell and its size)")
        model = modelfile.load(args.model)
        if list(model.vocab) != list(data.vocab):
            raise InputError(
                f"{args.model}: its vocabulary ({' '.join(model.vocab[:16])}) is not the {task.name} task's "
                f"({' '.join(data.vocab[:16])}{' …' if len(data.vocab) > 16 else ''}); start from --cell instead"
            )
        return model
    hidden = args.hidden if args.hidden is not None else task.defaults.get("hidden", 8)
    if not 1 <= hidden <= modelfile.MAX_HIDDEN:
        raise InputError(f"--hidden: {hidden} is outside 1..{modelfile.MAX_HIDDEN}")
    init = args.init or task.defaults.get("init", "default")
    try:
        return fresh_model(
            args.cell, data, hidden, args.seed, parse_options(args.option), init, name=f"{task.title} ({args.cell})"
        )
    except SpecError as err:
        raise InputError(str(err)) from None


class _Bar:
    """A one-line progress bar redrawn on a terminal at most ten times a second."""

    def __init__(self, stream):
        self.stream = stream
        self.last = 0.0
        self.record = None

    def __call__(self, event) -> None:
        if event.record is not None:
            self.record = event.record
        now = time.monotonic()
        if now - self.last < 0.1 and event.record is None:
            return
        self.last = now
        width = 30
        filled = round(event.fraction * width)
        line = f"\r[{'#' * filled}{'.' * (width - filled)}] epoch {event.epoch}/{event.epochs}"
        if self.record is not None:
            line += f"  loss {self.record.loss:.4f}  accuracy {self.record.accuracy:.1%}"
        self.stream.write(line.ljust(80)[:100])
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r" + " " * 100 + "\r")
        self.stream.flush()


class _Interrupt:
    """Ctrl-C asks the loop to stop after the current batch instead of killing it, so the weights so far
    can be saved."""

    def __init__(self):
        self.requested = False
        self.previous = None

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum, frame):
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *exc):
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

    def __call__(self) -> bool:
        return self.requested


def _finite_or_none(x):
    """JSON has no NaN: a loss that could not be computed is written as null."""
    return x if x is not None and math.isfinite(x) else None


def _pct(x) -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.1%}"


def cmd_train(args) -> int:
    try:
        task = get_task(args.task)
        config = _config(args, task)
        data = task.build(seed=args.seed, **_task_options(args))
    except TaskError as err:
        raise InputError(str(err)) from None
    model = _model(args, task, data)
    if config.target_accuracy is None:
        config = replace(config, target_accuracy=data.target_accuracy)
    out = Path(args.out)
    if out.is_dir():
        raise InputError(f"--out {out}: is a folder")
    if not out.parent.exists():
        raise InputError(f"--out {out}: the folder {out.parent} does not exist")
    if not args.json:
        print(f"task {task.name}: {data.summary()}")
        init = args.init or task.defaults.get("init", "default")
        start = f"{args.model}" if args.model else f"a fresh {model.cell} ({init} init)"
        print(f"training {start}, hidden {model.hidden_size}, {config.optimizer} lr {config.lr:g}, "
              f"batch {config.batch_size}, up to {config.epochs} epochs, seed {config.seed}", flush=True)
    bar = _Bar(sys.stderr) if sys.stderr.isatty() else None
    with _Interrupt() as interrupt:
        try:
            result = run(model, data, config, bar, interrupt)
        finally:
            if bar is not None:
                bar.close()
    modelfile.save(result.model, out)
    if args.json:
        print(json.dumps({
            "loss": _finite_or_none(result.loss), "accuracy": _finite_or_none(result.accuracy),
            "epochs": result.epochs, "seconds": round(result.seconds, 4),
            "test_accuracy": _finite_or_none(result.test_accuracy),
            "stopped": result.stopped, "message": result.message, "out": str(out),
        }))
    else:
        print(result.message)
        print(f"wrote {out}")
        test = "" if result.test_accuracy is None else f"  test accuracy {_pct(result.test_accuracy)}"
        print(f"loss {result.loss:.4f}  accuracy {_pct(result.accuracy)}{test}  epochs {result.epochs}  "
              f"{result.seconds:.2f} s")
    if result.stopped == STOP_DIVERGED:
        print(f"lstm-studio: {result.message}", file=sys.stderr)
        return EXIT_DIVERGED
    if result.stopped == STOP_CANCELLED:
        print("lstm-studio: interrupted; the weights so far were saved", file=sys.stderr)
        return EXIT_INTERRUPTED
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("train", help="train a model on a built-in task")
    p.add_argument("model", nargs="?", help="model file to start from (its vocabulary must be the task's)")
    p.add_argument("--cell", choices=CELLS, help="start from a fresh model of this cell instead")
    p.add_argument("--option", action="append", metavar="KEY=VALUE", help="a cell convention, repeatable")
    p.add_argument("--hidden", type=int, help="hidden size of a fresh model (default: the task's suggestion)")
    p.add_argument("--init", choices=INITS, help="gate biases of a fresh model: the usual ones, or chrono "
                   "(memories spread over the sequence length; the long_range task's default)")
    p.add_argument("--task", required=True, choices=list(TASKS), help="the task to learn")
    p.add_argument("--words", help="next_char: the words (PIGS,COWS); plurals: more plurals to add")
    p.add_argument("--gap", type=int, help="long_range: L, the distractors between the symbol and the ?")
    p.add_argument("--sequences", type=int, help="long_range: how many training sequences")
    p.add_argument("--phrase", action="append", help="sentiment: another review, '+ words' or '- words'")
    p.add_argument("--text", metavar="FILE", help="char_lm: a UTF-8 text file to learn instead of the story")
    p.add_argument("--length", type=int, help="char_lm: characters per training piece")
    p.add_argument("--epochs", type=int, help="at most this many passes over the data")
    p.add_argument("--lr", type=float, help="learning rate")
    p.add_argument("--optimizer", choices=OPTIMIZERS, default="adam")
    p.add_argument("--momentum", type=float, default=0.9, help="SGD momentum (default 0.9)")
    p.add_argument("--batch-size", type=int, help="sequences per step")
    p.add_argument("--clip", type=float, help="clip the gradient norm to this (default 5; 0 = never)")
    p.add_argument("--target-accuracy", type=float, help="stop once the training accuracy reaches this (0..1)")
    p.add_argument("--seed", type=int, default=0, help="seeds the weights, the data and the batch order")
    p.add_argument("--out", required=True, help="model file to write")
    p.add_argument("--json", action="store_true", help="last line: {loss, accuracy, epochs, seconds, …}")
    p.set_defaults(func=cmd_train)
