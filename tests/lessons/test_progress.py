"""Progress survives a round trip; a corrupt file is set aside with a warning, never a crash."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

from lstm_studio import lessons, paths
from lstm_studio.document.errors import InputError
from lstm_studio.lessons import progress as progress_module
from tests.lessons.helpers import base


def test_round_trip_keeps_step_completion_and_the_students_work(tmp_path):
    store = lessons.ProgressStore(tmp_path / "data")
    lesson = lessons.lesson_from_dict(base())
    model = lesson.model_at(1)
    model.params["W_hh"][0, 1] = 0.123456789012345
    kept = lessons.Progress(current=2, completed={1}, work={1: lessons.StepWork(model, "PIGS"),
                                                             2: lessons.StepWork(None, "PI")})
    key = lessons.progress_key(lesson)
    assert key == "test-lesson"
    store.save(key, kept)
    again, warning = store.load(key)
    assert warning is None
    assert (again.current, again.completed) == (2, {1})
    assert again.work[1].input == "PIGS" and again.work[2] == lessons.StepWork(None, "PI")
    for name, value in model.params.items():
        np.testing.assert_array_equal(again.work[1].model.params[name], value)
    assert again.updated > 0 and not again.done(lesson)
    again.completed.add(2)
    assert again.done(lesson)


def test_nothing_kept_is_a_fresh_start_and_forget_removes_it(tmp_path):
    store = lessons.ProgressStore(tmp_path)
    fresh, warning = store.load("never")
    assert warning is None and fresh == lessons.Progress()
    store.save("once", lessons.Progress(current=3))
    store.forget("once")
    assert store.load("once") == (lessons.Progress(), None)


@pytest.mark.parametrize("content", [
    b"{not json", b"\xff\xfe", b'{"format": "something else"}', b'{"format": "lstm-studio.progress", "version": 9}',
    b'{"format": "lstm-studio.progress", "version": 1, "current": "three"}',
    b'{"format": "lstm-studio.progress", "version": 1, "completed": [1, -4]}',
    b'{"format": "lstm-studio.progress", "version": 1, "work": {"1": {"model": {"format": "x"}}}}',
])
def test_a_corrupt_file_is_set_aside_with_a_one_line_warning(tmp_path, content):
    store = lessons.ProgressStore(tmp_path)
    store.path("l").write_bytes(content)
    fresh, warning = store.load("l")
    assert fresh == lessons.Progress()
    assert warning.startswith("Your progress in this lesson could not be read (") and "\n" not in warning
    assert warning.endswith("it was kept as l.json.corrupt. Starting afresh.")
    assert (tmp_path / "l.json.corrupt").read_bytes() == content and not store.path("l").exists()


def test_an_unwritable_folder_is_one_line_not_a_traceback(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="cannot save lesson progress"):
        lessons.ProgressStore(blocker / "sub").save("k", lessons.Progress())


def test_saving_is_atomic(tmp_path, monkeypatch):
    store = lessons.ProgressStore(tmp_path)
    store.save("k", lessons.Progress(current=2))

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(InputError, match="No space left"):
        store.save("k", lessons.Progress(current=5))
    assert json.loads(store.path("k").read_text())["current"] == 2
    assert [p.name for p in tmp_path.iterdir()] == ["k.json"]


def test_files_without_an_id_get_a_key_from_their_path(tmp_path):
    data = base()
    del data["id"]
    lesson = lessons.lesson_from_dict(data)
    a, b = lessons.progress_key(lesson, tmp_path / "a.json"), lessons.progress_key(lesson, tmp_path / "b.json")
    assert a != b and a.startswith("file-") and a == lessons.progress_key(lesson, tmp_path / "x" / ".." / "a.json")


def test_the_data_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("LSTM_STUDIO_DATA_DIR", str(tmp_path / "mine"))
    assert paths.user_data_dir() == tmp_path / "mine"
    assert lessons.ProgressStore().folder == tmp_path / "mine" / "lessons"
    monkeypatch.delenv("LSTM_STUDIO_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(progress_module.paths.sys, "platform", "linux")
    assert paths.user_data_dir() == tmp_path / "xdg" / "LSTM Studio" / "LSTM Studio"
