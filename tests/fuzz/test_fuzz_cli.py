"""Every subcommand's arguments, drawn from a grammar of flags and values that have broken commands before
(empty, huge, negative, NaN, hostile text, non-UTF-8, FIFOs, folders, read-only and missing files): each
command line succeeds or ends in one line and exit status 2, never with a traceback, a warning, NaN or
Infinity in JSON, or a changed or half-written output file (harness.run_cli, harness.check_untouched).

The window itself is not opened: ``gui`` gets a stand-in for the Qt services that loads the model and
writes the screenshot file as the real one does (the window is fuzzed by tests/app/test_monkey.py). The
worksheet formats leave out pdf, whose typesetter is being reworked separately; add it to FORMATS once
that lands.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lstm_studio import cli
from lstm_studio.commands.common import QtServices
from lstm_studio.document import modelfile
from lstm_studio.document.atomic import atomic_write
from lstm_studio.document.errors import InputError
from lstm_studio.engine import new_model
from lstm_studio.interop import export_keras, export_torch
from lstm_studio.paths import presets

from .harness import SENTINEL, budget, check_untouched, run_cli, snapshot

#: Pools of values: (mostly good ones, bad ones). ``pool`` draws a good one seven times in ten, so that
#: command lines get past the first check often enough to reach the later ones.
TEXT = (["my model", "PIG net", "ü"], ["", " ", "\n", "x\ny", "\ud800", "\udcff", "\x1b[2J", "<!--", '"""', "a" * 300])
TOKENS = (["PIG", "PIGS", "P", "SSSS", "PIG" * 40, "<!-- =1+2", "P I G"],
          ["", " ", "PIX", "PIG" * 3334, "=1+2 -3", '""" \\', "ü", "\n", "\ud800", "P\x00I"])
SHORT_TOKENS = (["PIG", "P", "PI", "SSS", "<!-- =1+2"], ["", "PIGX", "\ud800"])
INTS = (["0", "1", "2", "3", "7"], ["-1", "10000", "10001", "99999999999999999999", "x", "", "1e3", " 3", "nan"])
FLOATS = (["0.5", "1", "1e-3", "0", "2"], ["1e-320", "-1", "nan", "inf", "-inf", "1e308", "x", ""])
CELLS = (["rnn", "lstm", "gru", "peephole_lstm"], ["cnn", ""])
OPTIONS = (["reset=after", "update=z_keeps_old", "activation=relu", "peephole=full", "reset=none"],
           ["x=y", "=", "reset=", "reset=sideways", "oops", "reset=after\n"])
VOCABS = (["PIGS", "ab", "the cat sat", "<!-- =1+2 -3"],
          ["PP", "", " ", "x y\tz", "a\x1bb", "\udcff", "P" * 600, " ".join(f"w{k}" for k in range(513))])
MODELS = (["rnn", "lstm", "gru", "peephole", "bi", "hostile", "space", "overflow"],
          ["bad", "v7", "empty", "nonutf8", "folder", "missing", "fifo", "/dev/zero", "", "weights"])
OUTS = (["new.json", "existing.json", "ok.safetensors", "ok.py", "ok.csv", "ok.npz", "ok.svg", "ok.png"],
        ["readonly.json", ".", "missing/x.json", "", "n\nl.json", "dir/"])
FORMATS = (["html", "md", "tex", "json", "html,json", "md,tex"], ["x", ""])


def pool(values: tuple[list, list]) -> st.SearchStrategy:
    good, bad = values
    return st.integers(0, 9).flatmap(lambda k: st.sampled_from(good if k < 7 else bad))


def choice(*values) -> st.SearchStrategy:
    """A pool whose last value is the bad one."""
    return pool((list(values[:-1]), [values[-1]]))


_cases = itertools.count()


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    """The models, weights and bad files the command lines name."""
    folder = tmp_path_factory.mktemp("cli-fuzz")
    for stem, name in (("rnn_pigs", "rnn"), ("lstm_pigs", "lstm"), ("gru_pigs", "gru"),
                       ("peephole_lstm_pigs", "peephole")):
        shutil.copy(presets()[stem], folder / f"{name}.json")
    modelfile.save(new_model("gru", list("PIGS"), 2, seed=1, layers=2, bidirectional=True), folder / "bi.json")
    overflow = modelfile.load(presets()["lstm_pigs"])
    overflow.params["W_hy"] = np.full((4, 3), 1.7e308)
    modelfile.save(overflow, folder / "overflow.json")
    modelfile.save(new_model("lstm", ["<!--", "=1+2", '"""', "-3", "ü"], 2, seed=2, name='<b>"""'),
                   folder / "hostile.json")
    modelfile.save(new_model("rnn", list("PIG "), 2, seed=3), folder / "space.json")
    (folder / "bad.json").write_text("{not json")
    (folder / "v7.json").write_text('{"format": "lstm-studio.model", "version": 7}')
    (folder / "empty.json").write_bytes(b"")
    (folder / "nonutf8.json").write_bytes(b"\xff\xfe{}")
    (folder / "folder").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo")
    export_torch(modelfile.load(folder / "lstm.json"), folder / "w.safetensors")
    keras_gru = new_model("gru", list("PIGS"), 2, seed=4, options={"reset": "after", "update": "z_keeps_old"})
    export_keras(keras_gru, folder / "w.npz")
    (folder / "pickle.pt").write_bytes(b"\x80\x04\x95 pickled")
    (folder / "story.txt").write_text("the cat sat on the mat. " * 20)
    (folder / "control.txt").write_text("the cat\x00 sat\x1b[2J on the mat.\r\n " * 20)
    (folder / "huge.txt").write_bytes(b"x" * 1_000_001)
    return folder


def _model(files: Path, name: str) -> str:
    special = {"folder": str(files / "folder"), "missing": str(files / "missing.json"), "fifo": str(files / "fifo"),
               "/dev/zero": "/dev/zero", "": "", "weights": str(files / "w.safetensors")}
    return special.get(name, str(files / f"{name}.json"))


@st.composite
def command_lines(draw, files: Path, out: Path) -> list[str]:
    """A command line: a subcommand, its positional argument (or not), some of its flags with values from
    the pools, in any order; now and then an unknown flag."""
    model = pool(MODELS).map(lambda name: _model(files, name))
    outs = pool(OUTS).map(lambda name: str(out / name) if name else "")
    text = pool(TEXT)
    flag = st.just(None)
    grammar = {
        "run": (model, {"--input": pool(TOKENS), "--json": flag}),
        "grad": (model, {"--input": pool(TOKENS), "--targets": pool(TOKENS),
                         "--many-to-one": flag, "--json": flag}),
        "gradcheck": (model, {"--input": pool(SHORT_TOKENS), "--targets": pool(SHORT_TOKENS),
                              "--eps": pool(FLOATS), "--tol": pool(FLOATS), "--json": flag}),
        "new": (None, {"--cell": pool(CELLS), "--option": pool(OPTIONS),
                       "--vocab": pool(VOCABS), "--hidden": choice("2", "3", "7", "1", "1024"),
                       "--seed": pool(INTS), "--layers": choice("1", "2", "3", "9"),
                       "--bidirectional": flag, "--name": text, "--out": outs}),
        "info": (model, {"--json": flag}),
        "gui": (model, {"--input": pool(TOKENS), "--screenshot": outs,
                        "--panel": choice("cell", "equations", "x", "")}),
        "import": (choice("w.safetensors", "w.npz", "pickle.pt", "bad.json", "folder", "fifo", "nope").map(
                       lambda name: str(files / name)),
                   {"--from": choice("torch", "keras", "x"), "--vocab": pool(VOCABS),
                    "--output-layer": choice("out", "dense", "x", ""),
                    "--module": choice("rnn", "x", ""),
                    "--activation": choice("tanh", "relu", "x"),
                    "--name": text, "--out": outs}),
        "export": (model, {"--to": choice("torch", "keras", "numpy", "csv", "x"),
                           "--input": pool(TOKENS), "--out": outs}),
        "train": (model, {"--cell": pool(CELLS),
                          "--task": choice("next_char", "plurals", "long_range", "sentiment", "char_lm", "x"),
                          "--epochs": choice("1", "2", "0", "-1", "x"),
                          "--hidden": choice("2", "3", "1", "0", "x", "1025", "1024"),
                          "--option": pool(OPTIONS), "--init": choice("default", "chrono", "x"),
                          "--words": choice("PIGS,COWS", "", "a b", "\udcff"),
                          "--gap": choice("1", "3", "0", "-1", "x"),
                          "--sequences": choice("4", "10", "0", "-1", "x"),
                          "--phrase": choice("+ good", "- bad", "good", ""),
                          "--text": choice("story.txt", "control.txt", "huge.txt", "folder", "fifo", "nope").map(
                              lambda name: str(files / name)),
                          "--length": choice("2", "5", "0", "-1"), "--lr": pool(FLOATS),
                          "--optimizer": choice("adam", "sgd", "x"), "--momentum": pool(FLOATS),
                          "--batch-size": choice("1", "4", "0", "-1"), "--clip": pool(FLOATS),
                          "--target-accuracy": pool(FLOATS), "--seed": pool(INTS),
                          "--out": outs, "--json": flag}),
        "sample": (model, {"--prime": pool(SHORT_TOKENS),
                           "--length": choice("0", "1", "5", "100", "10001", "-1", "x"),
                           "--temperature": pool(FLOATS), "--seed": pool(INTS),
                           "--steps": flag, "--json": flag}),
        "formula": (None, {"--cell": pool(CELLS), "--model": model, "--option": pool(OPTIONS),
                           "--of": choice("h_t", "c_t", "x", ""),
                           "--wrt": choice("U_f", "W_xh", "h_{t-1}", "c_{t-1}", "x_t", "W_z", "b_hn", "P_f", "zz"),
                           "--latex": flag, "--svg": outs, "--input": pool(SHORT_TOKENS),
                           "--t": choice("1", "2", "3", "0"),
                           "--entry": choice("1,1", "1", "2,3", "0,0", "9,9", "x", "", "1,1,1"), "--json": flag}),
        "worksheet": (model, {"--input": pool(SHORT_TOKENS), "--variants": choice("1", "2", "0"),
                              "--seed": pool(INTS), "--decimals": choice("1", "2", "5", "x"),
                              "--questions": choice("forward", "all", "x", ""),
                              "--difficulty": choice("easy", "hard", "x"),
                              "--paper": choice("a4", "letter", "x"),
                              "--out": choice("sheets", "", "existing.json").map(lambda n: str(out / n)),
                              "--format": pool(FORMATS)}),
    }
    command = draw(st.sampled_from(sorted(grammar)))
    positional, flags = grammar[command]
    argv = [command]
    if positional is not None and draw(st.integers(0, 9)) < 9:
        argv.append(draw(positional))
    chosen = draw(st.lists(st.sampled_from(sorted(flags)), unique=True, max_size=len(flags)))
    if command == "formula" and draw(st.booleans()):  # the two ways formula is used, and then one flag more
        with_model = ["--model", "--input", "--t", "--entry"]
        chosen = (with_model if draw(st.booleans()) else ["--cell"]) + [draw(st.sampled_from(
            ["--json", "--svg", "--latex", "--option", "--cell", "--model"]))]
    required = {"run": ["--input"], "grad": ["--input"], "gradcheck": ["--input"],
                "new": ["--cell", "--vocab", "--hidden"],
                "import": ["--from", "--out"], "export": ["--to", "--out"], "train": ["--task", "--out", "--epochs"],
                "sample": ["--prime", "--length"], "formula": ["--of", "--wrt"],
                "worksheet": ["--input", "--out", "--format"],
                "gui": ["--screenshot"]}.get(command, [])
    always = ("--epochs", "--format")  # the default epochs train for minutes; the default format is pdf
    for name in required:  # mostly present
        if name not in chosen and (name in always or draw(st.integers(0, 9)) < 9):
            chosen.append(name)
    parts = []
    for name in chosen:
        value = draw(flags[name])
        parts.append([name] if value is None else [name, value])
    if draw(st.integers(0, 19)) == 19:
        parts.append([draw(st.sampled_from(["--frobnicate", "--json=1", "-x", "--help"]))])
    order = draw(st.permutations(range(len(parts))))
    return argv + [item for k in order for item in parts[k]]


def _fake_window(model=None, screenshot=None, panel=None, input=None, language=None, step=None) -> int:
    """run_app's checks without the window: the model must load; the screenshot is written atomically."""
    try:
        modelfile.load(model or presets()["rnn_pigs"])
    except InputError as err:
        print(f"lstm-studio: error: {err}", file=sys.stderr)
        return 2
    if screenshot is not None:
        try:
            atomic_write(screenshot, b"\x89PNG\r\n\x1a\n")
        except OSError as err:
            print(f"lstm-studio: error: {screenshot}: cannot write the screenshot ({err.strerror})", file=sys.stderr)
            return 2
    return 0


def _prepare(out: Path) -> None:
    out.mkdir()
    (out / "existing.json").write_bytes(SENTINEL)
    (out / "readonly.json").write_bytes(SENTINEL)
    (out / "readonly.json").chmod(0o444)
    (out / "dir").mkdir()


@budget(250)
@given(data=st.data())
def test_every_command_line_succeeds_or_fails_in_one_line(files, data, monkeypatch_module):
    out = files / f"out{next(_cases)}"
    _prepare(out)
    argv = data.draw(command_lines(files, out), label="argv")
    before = snapshot(out)
    outcome = run_cli(argv, cli.main)
    if outcome.code == 2:
        check_untouched(out, before)
    elif outcome.code == 0 and argv[0] in ("new", "import", "train") and "--out" in argv and "--help" not in argv:
        target = argv[argv.index("--out") + 1]
        assert modelfile.load(target) is not None  # what was written loads
    shutil.rmtree(out, ignore_errors=True)


@pytest.fixture(scope="module")
def monkeypatch_module():
    """The Qt services replaced for the whole module (hypothesis runs many examples per test call)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli, "QT", QtServices(open_window=_fake_window, pdf_writer=lambda: pytest.fail("pdf")))
        yield patch
