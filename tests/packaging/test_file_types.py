"""The desktop file types (packaging/linux/lstm-studio.xml): a double-click on a lesson or a model file opens
the app. Each type's magic string must stand within the first 1024 bytes of every file the app writes."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lstm_studio import lessons, paths
from lstm_studio.document import modelfile

ROOT = Path(__file__).resolve().parents[2]
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _types() -> dict[str, str]:
    """mime type -> the string its magic matches (a lesson's outranks a model's: lessons hold models)."""
    tree = ET.parse(ROOT / "packaging" / "linux" / "lstm-studio.xml")
    found, priorities = {}, {}
    for node in tree.getroot().findall("m:mime-type", NS):
        match = node.find("m:magic/m:match", NS)
        assert match is not None and match.get("offset") == "0:1024"
        found[node.get("type")] = match.get("value")
        priorities[node.get("type")] = int(node.find("m:magic", NS).get("priority"))
    assert priorities["application/x-lstm-studio-lesson"] > priorities["application/x-lstm-studio-model"]
    return found


def _desktop_mime_types() -> list[str]:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "lstm-studio.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert "%f" in section["Exec"], "the menu entry must pass the double-clicked file to the app"
    return [t for t in section["MimeType"].split(";") if t]


def test_the_menu_entry_claims_exactly_the_declared_types():
    assert sorted(_desktop_mime_types()) == sorted(_types()) == [
        "application/x-lstm-studio-lesson", "application/x-lstm-studio-model",
    ]


@pytest.mark.parametrize("path", sorted((paths.resource_dir() / "lessons").glob("*/*.json")), ids=lambda p: p.name)
def test_every_built_in_lesson_is_recognised_as_a_lesson(path):
    head = path.read_bytes()[:1024].decode("utf-8", "ignore")
    types = _types()
    assert types["application/x-lstm-studio-lesson"] in head


def test_files_the_app_writes_carry_their_magic_near_the_start(tmp_path):
    types = _types()
    model = modelfile.load(paths.default_model_path())
    modelfile.save(model, tmp_path / "m.json")
    model_head = (tmp_path / "m.json").read_bytes()[:1024].decode()
    assert types["application/x-lstm-studio-model"] in model_head
    assert types["application/x-lstm-studio-lesson"] not in model_head
    lesson = lessons.load(sorted((paths.resource_dir() / "lessons" / "en").glob("*.json"))[0])
    lessons.save(lesson, tmp_path / "l.json")
    head = (tmp_path / "l.json").read_bytes()[:1024].decode()
    assert types["application/x-lstm-studio-lesson"] in head
