"""The wheel carries resources/ as lstm_studio.resources, and paths.py finds the presets there."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(f"pip wheel failed: {result.stderr[-2000:]}")
    return next(out.glob("lstm_studio-*.whl"))


def test_wheel_ships_every_preset(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("lstm_studio/resources/presets/")}
    expected = {p.name for p in (ROOT / "resources" / "presets").glob("*.json")}
    assert expected and shipped == expected
    assert "lstm_studio/resources/__init__.py" in names


def test_wheel_ships_the_compiled_translations_not_their_sources(wheel):
    """setup.py compiles resources/translations/*.ts into the wheel (docs/i18n.md), with or without make."""
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("lstm_studio/resources/translations/")}
    expected = {p.with_suffix(".qm").name for p in (ROOT / "resources" / "translations").glob("*.ts")}
    assert expected and shipped == expected


def test_wheel_ships_the_course_and_the_lesson_schema(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    prefix = "lstm_studio/resources/"
    shipped = {n.removeprefix(prefix) for n in names if n.startswith(prefix + "lessons/")}
    lessons = ROOT / "resources" / "lessons"
    expected = {p.relative_to(ROOT / "resources").as_posix() for p in lessons.rglob("*.json")}
    assert "lessons/lesson.schema.json" in expected and "lessons/en/02-rnn-lecture-numbers.json" in expected
    assert shipped == expected


def test_installed_paths_find_the_presets_inside_the_package(wheel, tmp_path):
    zipfile.ZipFile(wheel).extractall(tmp_path)
    # -S: no site-packages, so only the unpacked wheel can provide lstm_studio (paths.py needs only stdlib).
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from lstm_studio.paths import presets, default_model_path, lesson_dir, lesson_schema_path;"
        "print(sorted(presets())); print(default_model_path().is_file() and lesson_schema_path().is_file()"
        " and len(list(lesson_dir('en').glob('*.json'))) >= 18)"
    )
    result = subprocess.run([sys.executable, "-S", "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    listed, exists = result.stdout.splitlines()
    assert "rnn_pigs" in listed and exists == "True"
    assert str(tmp_path) in subprocess.run(
        [sys.executable, "-S", "-c", code.replace("print(sorted(presets()))", "print(default_model_path())"),
         str(tmp_path)], capture_output=True, text=True).stdout
