"""The rules hold themselves: ``make test`` and ``make check`` run ruff and mypy, mypy's list covers every
Qt-free package, and a type error in code that uses the engine fails mypy with the project's settings."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")
ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _dry_run(target: str) -> list[str]:
    """The commands ``make TARGET`` would run, without running them."""
    done = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["test", "check"])
def test_make_runs_ruff_and_mypy_before_the_tests(target):
    lines = _dry_run(target)
    ruff = next(k for k, line in enumerate(lines) if "ruff check" in line)
    mypy = next(k for k, line in enumerate(lines) if line.split()[0].endswith("/mypy"))
    pytest_runs = [k for k, line in enumerate(lines) if "-m pytest" in line]
    assert len(pytest_runs) == 1 and ruff < mypy < pytest_runs[0]
    assert "packaging" in lines[ruff].split()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_check_leaves_out_the_gui_and_bundle_tests_and_make_test_does_not():
    (check,) = [line for line in _dry_run("check") if "-m pytest" in line]
    (full,) = [line for line in _dry_run("test") if "-m pytest" in line]
    assert check.endswith('-m pytest -m "not gui and not slow"')
    assert full.endswith("-m pytest")


def test_mypy_checks_every_qt_free_package_and_module():
    listed = set(PYPROJECT["tool"]["mypy"]["files"])
    package = ROOT / "lstm_studio"
    packages = {f"lstm_studio/{p.parent.name}" for p in package.glob("*/__init__.py") if p.parent.name != "app"}
    modules = {f"lstm_studio/{p.name}" for p in package.glob("*.py")}
    assert packages and modules
    assert listed == packages | modules
    assert not any(name.startswith("lstm_studio/app") for name in listed)


def test_mypy_with_the_project_settings_rejects_a_type_error(tmp_path):
    bad = tmp_path / "bad_view.py"
    bad.write_text(
        "from lstm_studio.engine.trace import LayerTrace\n\n\n"
        "def first_cell_state(lt: LayerTrace) -> float:\n"
        "    return float(lt.c[1, 0, 0])  # c is None for cells without a cell state\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), str(bad)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"{bad.name}:5: error:" in done.stdout and "[index]" in done.stdout
