"""Lesson files are validated like model files: every field, one line naming it, nothing executed."""

from __future__ import annotations

import json

import pytest

from lstm_studio import lessons
from lstm_studio.document.errors import InputError
from lstm_studio.lessons import loader
from tests.lessons.helpers import base, preset_dict


def _fails(data, message: str) -> None:
    with pytest.raises(InputError) as err:
        lessons.lesson_from_dict(data)
    text = str(err.value)
    assert "\n" not in text
    assert text.startswith(message), text


def test_the_base_lesson_reads_into_the_dataclasses():
    lesson = lessons.lesson_from_dict(base())
    assert (lesson.id, lesson.kind, lesson.title, lesson.language) == ("test-lesson", "lesson", "A test lesson", "en")
    first, second = lesson.steps
    assert first.model.cell == "rnn" and first.model_source == "preset:rnn_pigs"
    assert (first.input, first.show, first.hide, first.hints) == ("PIG", "gates", ("gradients",), ("Try b_h.",))
    assert first.predict == lessons.Predict(lessons.Quantity("h", t=1, unit=1), 0.05)
    assert first.checks[0] == lessons.Check(lessons.Quantity("prediction", t=3), equals="S")
    assert first.checks[1] == lessons.Check(lessons.Quantity("h", t=3, unit=1), op=">", value=0.9)
    assert second.model.cell == "lstm" and second.model_source == "inline" and second.targets == "IGSP"
    assert second.inputs == (lessons.Sequence("PIG"), lessons.Sequence("PIGS", "··SP"))
    assert lesson.step(2) is second and lesson.input_at(2) == "PIGS"
    with pytest.raises(IndexError):
        lesson.step(3)


def test_locks_hold_what_they_name_and_unlock_releases():
    first, second = lessons.lesson_from_dict(base()).steps
    locks = first.locks
    assert locks.locked("W_xh") and locks.locked("W_xh", (2, 3))
    assert locks.locked("W_hh", (0, 0)) and not locks.locked("W_hh", (0, 1)) and not locks.locked("W_hh")
    assert locks.locked_control("cell") and not locks.locked_control("vocab")
    assert not locks.locked("b_h", (0,))
    assert second.locks.all and second.locks.locked("W_f", (0, 0)) and second.locks.locked_control("vocab")
    assert not second.locks.locked("b_f") and not second.locks.locked("b_f", (1,))


def test_a_step_without_a_model_keeps_the_one_in_force():
    data = base()
    data["steps"].append({"title": "Keep", "check": [{"quantity": "c", "t": 2, "unit": 3, "op": "<", "value": 1}]})
    lesson = lessons.lesson_from_dict(data)
    assert lesson.steps[2].model is None and lesson.steps[2].new_model() is None
    kept = lesson.model_at(3)
    assert kept.cell == "lstm" and kept is not lesson.steps[1].model
    kept.params["W_f"][0, 0] = 99.0
    assert lesson.steps[1].model.params["W_f"][0, 0] != 99.0


def _edit(path: str, value):
    """base() with the value at a dotted path (list positions as numbers) replaced; value None removes it."""
    data = base()
    keys = [int(k) if k.isdigit() else k for k in path.split(".")]
    target = data
    for key in keys[:-1]:
        target = target[key]
    if value is _REMOVE:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value
    return data


_REMOVE = object()

BAD = [
    ("format", "lstm-studio.model", "format: expected 'lstm-studio.lesson'"),
    ("version", 2, "version: 2 is not supported"),
    ("version", "1", "version: expected a whole number"),
    ("id", "Has Spaces", "id: expected lower-case letters"),
    ("kind", "quiz", "kind: expected one of lesson, challenge"),
    ("title", "", "title: must not be empty"),
    ("title", 7, "title: expected a string"),
    ("title", _REMOVE, "title: missing"),
    ("language", "english!", "language: expected a language tag"),
    ("steps", [], "steps: must not be empty"),
    ("steps", "all", "steps: expected a list"),
    ("steps.0.title", _REMOVE, "steps[0].title: missing"),
    ("steps.0.colour", "red", "steps[0].colour: unknown key"),
    ("steps.0.text", "price in $ and more", "steps[0].text: a $ at character 10 opens maths"),
    ("steps.0.text", "x" * 20_001, "steps[0].text: 20001 characters, more than the limit of 20000"),
    ("steps.0.model", "preset:nonesuch", "steps[0].model: unknown preset 'nonesuch'"),
    ("steps.0.model", "lecture.json", "steps[0].model: expected a model object, \"preset:NAME\" or null"),
    ("steps.0.model", 5, "steps[0].model: expected a model object"),
    ("steps.0.input", "PIX", "steps[0].input: unknown token 'X' at position 3"),
    ("steps.0.input", 3, "steps[0].input: expected a string"),
    ("steps.1.targets", "IGS", "steps[1].targets: 3 targets for 4 input steps"),
    ("steps.1.targets", "IGSQ", "steps[1].targets: unknown token 'Q' at position 4"),
    ("steps.0.show", "plots", "steps[0].show: expected one of model, weights"),
    ("steps.0.hide", ["weights", "everything"], "steps[0].hide[1]: expected one of model"),
    ("steps.0.lock", "some", "steps[0].lock: expected \"all\" or a list"),
    ("steps.0.lock", ["W_f"], "steps[0].lock[0]: this step's rnn model has no parameter W_f"),
    ("steps.0.lock", ["W_hh[4,1]"], "steps[0].lock[0]: W_hh[4,1] is outside W_hh, which is 3 × 3"),
    ("steps.0.lock", ["b_h[1,1]"], "steps[0].lock[0]: b_h has 1 index, not 2"),
    ("steps.0.lock", ["W_hh[0,1]"], "steps[0].lock[0]: W_hh[0,1] is outside W_hh"),
    ("steps.0.lock", ["W hh"], "steps[0].lock[0]: expected a parameter (W_xh), an entry (W_hh[1,1]) or a control"),
    ("steps.0.unlock", ["U_f"], "steps[0].unlock[0]: this step's rnn model has no parameter U_f"),
    ("steps.0.check", {"quantity": "h"}, "steps[0].check: expected a list"),
    ("steps.0.check.0.quantity", "temperature", "steps[0].check[0].quantity: expected one of h, c"),
    ("steps.0.check.0.quantity", _REMOVE, "steps[0].check[0].quantity: missing"),
    ("steps.0.check.1.op", "=>", "steps[0].check[1].op: expected one of <, <=, >, >=, ==, !="),
    ("steps.0.check.1.value", "big", "steps[0].check[1].value: expected a number"),
    ("steps.0.check.1.value", _REMOVE, "steps[0].check[1].value: missing"),
    ("steps.0.check.1.unit", 4, "steps[0].check[1].unit: 4 is outside the allowed range 1..3"),
    ("steps.0.check.1.unit", _REMOVE, "steps[0].check[1].unit: missing (h needs it)"),
    ("steps.0.check.1.t", 0, "steps[0].check[1].t: time steps count from 1"),
    ("steps.0.check.1.t", 4, "steps[0].check[1].t: 4 is beyond the input, which has 3 step(s)"),
    ("steps.0.check.1.t", -4, "steps[0].check[1].t: -4 is beyond the input"),
    ("steps.0.check.1.t", 1.5, "steps[0].check[1].t: expected a whole number"),
    ("steps.0.check.1.token", "S", "steps[0].check[1].token: h takes no token"),
    ("steps.0.check.1.quantity", "f", "steps[0].check[1].quantity: this step's rnn has no gate f"),
    ("steps.0.check.1.quantity", "c", "steps[0].check[1].quantity: this step's rnn has no cell state c"),
    ("steps.0.check.1.direction", "backward", "steps[0].check[1].direction: this step's model is not bidirectional"),
    ("steps.0.check.1.layer", 2, "steps[0].check[1].layer: 2 is outside the allowed range 1..1"),
    ("steps.0.check.1.equals", 1, "steps[0].check[1]: give exactly one comparison"),
    ("steps.0.check.1.tolerance", 1, "steps[0].check[1].tolerance: only within takes a tolerance"),
    ("steps.0.check.0.equals", "X", "steps[0].check[0].equals: 'X' is not in the vocabulary"),
    ("steps.0.check.0.equals", 3, "steps[0].check[0].equals: expected a string"),
    ("steps.1.check.0.tolerance", -0.1, "steps[1].check[0].tolerance: -0.1 is outside the allowed range 0..inf"),
    ("steps.1.check.0.tolerance", _REMOVE, "steps[1].check[0].tolerance: missing (within needs a tolerance)"),
    ("steps.1.check.0.within", float("nan"), "steps[1].check[0].within: nan is not a finite number"),
    ("steps.1.check.1.of", "x", "steps[1].check[1].of: expected one of h, c"),
    ("steps.1.check.1.t", 5, "steps[1].check[1].t: 5 is beyond the input, which has 3 step(s)"),
    ("steps.1.inputs", ["PIG", "PIGX"], "steps[1].inputs[1].input: unknown token 'X' at position 4"),
    ("steps.1.inputs", [{"input": "PIG", "targets": "IG"}], "steps[1].inputs[0].targets: 2 targets for 3 input"),
    ("steps.1.inputs", [{"targets": "IG"}], "steps[1].inputs[0].input: missing"),
    ("steps.1.inputs", ["PIG"] * 65, "steps[1].inputs: 65 entries, more than the limit of 64"),
    ("steps.0.predict.quantity", "accuracy", "steps[0].predict.quantity: accuracy cannot be predicted"),
    ("steps.0.predict.tolerance", "close", "steps[0].predict.tolerance: expected a number"),
    ("steps.0.predict.op", ">", "steps[0].predict.op: unknown key"),
    ("steps.0.hints", "Try b_h.", "steps[0].hints: expected a list"),
    ("steps.0.hints", ["**open"], "steps[0].hints[0]: ** opens emphasis that is never closed"),
    ("steps.0.train", {"task": "juggling"}, "steps[0].train.task: expected one of next_char"),
    ("steps.0.train", {"task": "next_char", "lr": -1}, "steps[0].train.lr: -1 is not a number in (0, 100]"),
    ("steps.0.train", {"task": "next_char", "options": {"words": ["A"]}},
     "steps[0].train.options.words: 'A' is too short"),
    ("steps.0.train", {"task": "next_char", "options": {"colour": 1}}, "steps[0].train.options.colour: unknown key"),
    ("steps.0.train", {"task": "plurals"}, "steps[0].train.task: the plurals task's vocabulary"),
    # Text no terminal can print (found by the lesson fuzzer, tests/fuzz): `lesson check` printed the title.
    ("title", "A\ud800", "title: contains a lone surrogate U+D800, which is not valid Unicode text"),
    ("title", "ok\nlstm-studio: ok", "title: contains the control character U+000A"),
    ("steps.0.title", "\x1b[2J", "steps[0].title: contains the control character U+001B"),
    ("steps.0.text", "two\nlines \udfff", "steps[0].text: contains a lone surrogate U+DFFF"),
    ("steps.0.hints", ["\x07"], "steps[0].hints[0]: contains the control character U+0007"),
    ("steps.0.check.1.label", "\ud800", "steps[0].check[1].label: contains a lone surrogate U+D800"),
]


@pytest.mark.parametrize("path, value, message", BAD,
                         ids=[ascii(f"{p}={str(v)[:20]}")[1:-1] for p, v, _ in BAD])
def test_every_bad_field_is_named_in_one_line(path, value, message):
    _fails(_edit(path, value), message)


def test_texts_keep_their_line_breaks_and_tabs():
    data = base()
    data["steps"][0]["text"] = "First line.\n\n\tSecond, after a tab."
    assert lessons.lesson_from_dict(data).steps[0].text == "First line.\n\n\tSecond, after a tab."


def test_a_lesson_whose_model_does_not_load_names_the_model_field():
    data = base()
    data["steps"][1]["model"]["params"]["W_f"] = [[0.0]]
    _fails(data, "steps[1].model.params.W_f: expected 3 entries, got 1")
    data = base()
    data["steps"][1]["model"]["cell"] = "transformer"
    _fails(data, "steps[1].model.cell: unknown cell 'transformer'")


def test_a_check_of_a_parameter_the_cell_lacks_or_beyond_its_shape():
    data = base()
    data["steps"][0]["check"] = [{"quantity": "param", "of": "W_f[1,1]", "op": ">", "value": 0}]
    _fails(data, "steps[0].check[0].of: this step's rnn model has no parameter W_f")
    data["steps"][0]["check"] = [{"quantity": "param", "of": "W_hh", "op": ">", "value": 0}]
    _fails(data, "steps[0].check[0].of: name one entry, e.g. W_hh[1,1]")
    data["steps"][0]["check"] = [{"quantity": "spectral_radius", "of": "W_xh", "op": ">", "value": 0}]
    _fails(data, "steps[0].check[0].of: W_xh is not a square matrix")
    data["steps"][0]["check"] = [{"quantity": "spectral_radius", "of": "W_hh[1,1]", "op": ">", "value": 0}]
    _fails(data, "steps[0].check[0].of: give the whole parameter W_hh, not an entry")


def test_an_earlier_input_that_does_not_fit_a_new_vocabulary_is_refused():
    data = base()
    model = preset_dict("rnn_pigs")
    model["vocab"] = ["A", "B", "C", "D"]
    data["steps"][1] = {"title": "New vocabulary", "model": model}
    data["steps"][0].pop("check")
    _fails(data, "steps[1].input: unknown token 'P' at position 1")


def test_without_a_model_names_are_checked_against_every_cell():
    data = {"format": "lstm-studio.lesson", "version": 1, "title": "Free", "steps": [
        {"title": "Any model", "lock": ["W_f", "U_z[1,1]", "W_hy", "b_f_l2_rev"],
         "check": [{"quantity": "f", "t": 1, "unit": 9, "op": ">", "value": 0.5}]}]}
    lesson = lessons.lesson_from_dict(data)
    assert lesson.steps[0].model is None and lesson.model_at(1) is None
    data["steps"][0]["lock"] = ["W_q"]
    _fails(data, "steps[0].lock[0]: W_q is not a parameter of any cell")


def test_json_problems_and_files(tmp_path):
    with pytest.raises(InputError, match="invalid JSON at line 1"):
        lessons.loads("{")
    with pytest.raises(InputError, match="title: appears twice"):
        lessons.loads('{"title": "a", "title": "b"}')
    with pytest.raises(InputError, match="lesson file: expected a JSON object"):
        lessons.loads("[]")
    with pytest.raises(InputError, match="no such file"):
        lessons.load(tmp_path / "absent.json")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_edit("steps.0.check.1.op", "=>")), encoding="utf-8")
    with pytest.raises(InputError) as err:
        lessons.load(bad)
    assert str(err.value) == f"{bad}: steps[0].check[1].op: expected one of <, <=, >, >=, ==, !="
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (loader.MAX_FILE_BYTES + 1))
    with pytest.raises(InputError, match="larger than the limit"):
        lessons.load(huge)


def test_nothing_in_a_lesson_is_executed(tmp_path):
    marker = tmp_path / "pwned"
    data = base()
    data["title"] = f"__import__('os').system('touch {marker}')"
    data["steps"][0]["text"] = f"$__import__('os').system('touch {marker}')$"
    data["steps"][0]["check"][1]["label"] = "{{7*7}} <script>alert(1)</script>"
    lesson = lessons.lesson_from_dict(data)
    assert lesson.title.startswith("__import__") and not marker.exists()
    assert lesson.steps[0].checks[1].label == "{{7*7}} <script>alert(1)</script>"


def test_dumps_round_trips(tmp_path):
    lesson = lessons.lesson_from_dict(base())
    again = lessons.loads(lessons.dumps(lesson))
    assert again == lesson
    for a, b in zip(again.steps, lesson.steps):
        assert a.model.params.keys() == b.model.params.keys()
        assert all((a.model.params[k] == b.model.params[k]).all() for k in a.model.params)
    path = tmp_path / "out.json"
    lessons.save(lesson, path)
    assert lessons.load(path) == lesson
