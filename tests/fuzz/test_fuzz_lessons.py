"""Lesson files through the command line: ``lesson check`` and ``lesson verify`` on mutated lessons of the
built-in course. Each ends with exit 0 (or 1, a check that fails) and output any terminal can print, or
with one line and exit 2 — never a traceback, a warning or NaN in JSON (harness.run_cli). The loader
itself is fuzzed with the others (test_fuzz_loaders.py, LOADERS)."""

from __future__ import annotations

import itertools
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lstm_studio import cli
from lstm_studio.paths import presets

from .harness import budget, mutated, run_cli
from .loaders import LOADERS

LESSON = next(loader for loader in LOADERS if loader.name == "lesson file")
_cases = itertools.count()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lesson-fuzz")
    shutil.copy(presets()["lstm_pigs"], folder / "student.json")
    return folder


@pytest.fixture(scope="module")
def seeds(folder):
    return LESSON.seeds(folder)


@budget(150)
@given(data=st.data())
def test_lesson_commands_accept_or_refuse_a_mutated_lesson_in_one_line(folder, seeds, data):
    path = folder / f"lesson{next(_cases)}.json"
    path.write_bytes(data.draw(mutated(LESSON, seeds), label="lesson"))
    command = data.draw(st.sampled_from([["check"], ["verify", "--step", "1"], ["verify", "--step", "2", "--json"]]),
                        label="command")
    argv = ["lesson", command[0], str(path), *command[1:]]
    if command[0] == "verify":
        argv += ["--model", str(folder / "student.json")]
    try:
        outcome = run_cli(argv, cli.main)
        if outcome.code in (0, 1):
            outcome.out.encode("utf-8")  # a lone surrogate from the file would end a real terminal's print
            assert outcome.code == 1 or command[0] == "check" or "hold" in outcome.out or "no checks" in outcome.out \
                or "--json" in argv
    finally:
        path.unlink()
