"""The shipped JSON Schema agrees with the validator: both accept every built-in lesson and the test lesson,
both refuse every structurally bad file; what depends on the model only the validator can see.

jsonschema is a development dependency (pyproject.toml's dev extra); the app never uses it.
"""

from __future__ import annotations

import json

import pytest

from lstm_studio import lessons, paths
from lstm_studio.document.errors import InputError
from lstm_studio.lessons import format as lesson_format
from lstm_studio.tasks.catalog import TASKS
from tests.lessons.helpers import base
from tests.lessons.test_loader import BAD, _edit

jsonschema = pytest.importorskip("jsonschema")

#: Bad files the schema cannot see: they depend on the model, the presets, the tasks or the Markdown, or
#: hold text no screen can show (a lone surrogate, a control character; the schema describes structure).
ONLY_THE_VALIDATOR = (
    "title: contains", "steps[0].title: contains", "steps[0].text: contains", "steps[0].check[1].label: contains",
    "steps[0].text: a $", "steps[0].model: unknown preset", "steps[0].input: unknown token",
    "steps[1].targets:", "steps[0].lock[0]: this step's", "steps[0].lock[0]: W_hh", "steps[0].lock[0]: b_h",
    "steps[0].unlock[0]:", "steps[0].check[1].unit: 4", "steps[0].check[1].t: 4", "steps[0].check[1].t: -4",
    "steps[0].check[1].quantity: this step's", "steps[0].check[1].direction:", "steps[0].check[1].layer:",
    "steps[0].check[0].equals: 'X'", "steps[1].check[0].within: nan", "steps[1].check[1].t: 5",
    "steps[1].inputs[1].input:", "steps[1].inputs[0].targets:", "steps[0].hints[0]:", "steps[0].train.options",
    "steps[0].train.task: the plurals",
)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(paths.lesson_schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _schema_accepts(validator, data) -> bool:
    return not list(validator.iter_errors(data))


def test_the_test_lesson_and_every_built_in_lesson_satisfy_the_schema(validator):
    assert _schema_accepts(validator, base())
    entries = lessons.builtin()
    assert entries
    for entry in entries:
        data = json.loads(entry.path.read_text(encoding="utf-8"))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
        assert not errors, f"{entry.path.name}: {errors[:3]}"


@pytest.mark.parametrize("path, value, message", BAD, ids=[f"{p}={str(v)[:20]}" for p, v, _ in BAD])
def test_schema_and_validator_agree_on_bad_files(validator, path, value, message):
    data = _edit(path, value)
    with pytest.raises(InputError):
        lessons.lesson_from_dict(data)
    assert _schema_accepts(validator, data) == message.startswith(ONLY_THE_VALIDATOR)


def test_the_schema_names_what_the_code_allows():
    schema = json.loads(paths.lesson_schema_path().read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert tuple(defs["panel"]["enum"]) == lesson_format.PANELS
    assert tuple(defs["control"]["enum"]) == lesson_format.CONTROLS
    assert tuple(defs["quantity"]["enum"]) == lesson_format.QUANTITIES
    assert tuple(defs["check"]["properties"]["op"]["enum"]) == lesson_format.OPS
    assert set(defs["train"]["properties"]["task"]["enum"]) == set(TASKS)
    assert schema["properties"]["format"]["const"] == lesson_format.FORMAT
    assert schema["properties"]["version"]["const"] == lesson_format.VERSION
