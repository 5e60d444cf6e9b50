"""Smoke test of the bundled app (packaging/README.md): the archive that ``make bundle`` writes works with no Python.

The archive is unpacked into a scratch folder and its ``lstm-studio`` run through ``env -i``: an empty
environment, so no PATH and no Python to fall back on. Only HOME (a scratch folder, so that nothing is
written to the real home) and, for the window, ``QT_QPA_PLATFORM=offscreen`` are set. The archive is
(re)built with ``make bundle`` when it is missing or older than its sources.
"""

from __future__ import annotations

import fcntl
import importlib.util
import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from lstm_studio import __version__, cli

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = ROOT / "dist" / f"lstm-studio-{__version__}-linux-x86_64.tar.gz"
DEB = ROOT / "dist" / f"lstm-studio_{__version__}_amd64.deb"
PRESETS = sorted((ROOT / "resources" / "presets").glob("*.json"))
#: what the bundle is built from: newer files here mean the archive is out of date
SOURCES = ("lstm_studio", "resources", "packaging", "pyproject.toml", "setup.py", "constraints.txt", "Makefile")
TIMEOUT = 300
#: the issue's target for the unpacked folder
MAX_UNPACKED_BYTES = 150_000_000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle runs on Linux"),
]


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else []
        newest = max([newest, *(p.stat().st_mtime for p in files
                                if "__pycache__" not in p.parts and p.suffix != ".md")])
    return newest


@pytest.fixture(scope="session")
def archive() -> Path:
    """The archive of this tree, built first if needed; one test run at a time decides and builds (a lock
    in build/; build.py holds its own, build/bundle.lock, against any other build)."""
    (ROOT / "build").mkdir(exist_ok=True)
    with open(ROOT / "build" / "bundle-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not ARCHIVE.exists() or ARCHIVE.stat().st_mtime < _newest_source():
            done = subprocess.run(["make", "bundle"], cwd=ROOT, capture_output=True, text=True)
            if done.returncode != 0:
                pytest.fail(f"make bundle failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return ARCHIVE


@pytest.fixture(scope="session")
def bundle(archive, tmp_path_factory) -> Path:
    """The unpacked ``lstm-studio`` executable."""
    where = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["tar", "-xzf", str(archive), "-C", str(where)], check=True)
    (folder,) = where.iterdir()
    assert folder.name == f"lstm-studio-{__version__}"
    return folder / "lstm-studio"


@pytest.fixture
def home(tmp_path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


def run_bundled(executable: Path, *args: str, home: Path, window: bool = False) -> subprocess.CompletedProcess:
    env = [f"HOME={home}"] + (["QT_QPA_PLATFORM=offscreen"] if window else [])
    return subprocess.run(["env", "-i", *env, str(executable), *args], capture_output=True, text=True,
                          cwd=home, timeout=TIMEOUT)


def run_installed(*args: str, home: Path) -> subprocess.CompletedProcess:
    """The installed package in the same empty environment: variables such as OPENBLAS_CORETYPE pick
    other BLAS kernels, which change the last digit of some numbers."""
    return subprocess.run(["env", "-i", f"HOME={home}", sys.executable, "-m", "lstm_studio", *args],
                          capture_output=True, text=True, cwd=home, timeout=TIMEOUT)


def sample_input(preset: Path) -> str:
    """Three tokens of the preset's vocabulary, written as the CLI reads them (``PIG`` or ``the cat sat``)."""
    vocab = json.loads(preset.read_text(encoding="utf-8"))["vocab"]
    tokens = (vocab * 3)[:3]
    return "".join(tokens) if all(len(t) == 1 for t in vocab) else " ".join(tokens)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def subcommand_options(name: str) -> set[str]:
    """The option strings of a subcommand of the installed CLI; empty when there is no such subcommand."""
    subparsers = next(a for a in cli.build_parser()._actions if a.dest == "command")
    parser = subparsers.choices.get(name)
    return {option for action in parser._actions for option in action.option_strings} if parser else set()


def has_subcommand(name: str) -> bool:
    return bool(subcommand_options(name))


# --- the tests ------------------------------------------------------------------------------------------


def test_version_is_the_package_version(bundle, home):
    done = run_bundled(bundle, "--version", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"lstm-studio {__version__}"


@pytest.mark.parametrize("preset", PRESETS, ids=[p.stem for p in PRESETS])
@pytest.mark.parametrize(
    "command", [["run"], ["run", "--json"], ["grad"], ["gradcheck"]], ids=["run", "run-json", "grad", "gradcheck"]
)
def test_output_equals_the_installed_package(bundle, home, preset, command):
    args = [command[0], str(preset), "--input", sample_input(preset), *command[1:]]
    bundled = run_bundled(bundle, *args, home=home)
    installed = run_installed(*args, home=home)
    assert installed.returncode == 0, installed.stderr
    assert bundled.returncode == 0, bundled.stderr
    assert bundled.stdout == installed.stdout
    assert bundled.stdout.strip()


@pytest.mark.skipif(not has_subcommand("formula"), reason="the CLI has no formula subcommand yet")
def test_formula_svg_equals_the_installed_package(bundle, home):
    """sympy derives the formula, ziamath typesets it with its bundled font: the same SVG, byte for byte."""
    args = ["formula", "--cell", "lstm", "--of", "c_t", "--wrt", "U_f", "--svg"]
    bundled = run_bundled(bundle, *args, str(home / "bundled.svg"), home=home)
    installed = run_installed(*args, str(home / "installed.svg"), home=home)
    assert installed.returncode == 0, installed.stderr
    assert bundled.returncode == 0, bundled.stderr
    svg = (home / "bundled.svg").read_bytes()
    assert svg.startswith(b"<svg") and b"<path" in svg
    assert svg == (home / "installed.svg").read_bytes()


def test_numpy_export_equals_the_installed_package(bundle, home):
    """The NumPy export copies the reference cell step from its source, which the bundle ships beside the
    compiled module (module_collection_mode in packaging/lstm-studio.spec)."""
    preset = next(p for p in PRESETS if p.stem == "lstm_pigs")
    bundled = run_bundled(bundle, "export", str(preset), "--to", "numpy", "--out", str(home / "bundled.py"), home=home)
    installed = run_installed("export", str(preset), "--to", "numpy", "--out", str(home / "installed.py"), home=home)
    assert installed.returncode == 0, installed.stderr
    assert bundled.returncode == 0, bundled.stderr
    script = (home / "bundled.py").read_text(encoding="utf-8")
    assert "def lstm_step(p, x, h_prev, c_prev, peephole=None):" in script
    assert script == (home / "installed.py").read_text(encoding="utf-8")


def test_bundle_ships_the_presets(bundle):
    shipped = bundle.parent / "_internal" / "resources" / "presets"
    assert sorted(p.name for p in shipped.glob("*.json")) == [p.name for p in PRESETS]
    for preset in PRESETS:
        assert (shipped / preset.name).read_bytes() == preset.read_bytes()


def test_bundle_ships_the_translations(bundle):
    """The window's catalogues, and Qt's own for the standard buttons of those languages, no other of Qt's
    (docs/i18n.md); the .ts sources stay behind."""
    internal = bundle.parent / "_internal"
    ours = {p.name for p in (internal / "resources" / "translations").iterdir()}
    assert ours == {f"lstm_studio_{code}.qm" for code in ("en", "de", "vi", "zh_CN")}
    qt = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert {"qtbase_de.qm", "qtbase_zh_CN.qm"} <= qt
    assert not [name for name in qt if name.endswith(("_fr.qm", "_ja.qm", "_zh_TW.qm"))]


def test_gui_screenshot_in_each_language(bundle, home):
    for code in ("de", "vi", "zh_CN"):
        shot = home / f"window_{code}.png"
        done = run_bundled(bundle, "gui", "--language", code, "--screenshot", str(shot), home=home, window=True)
        assert done.returncode == 0, done.stderr
        assert shot.stat().st_size > 20_000


def test_unpacked_folder_is_at_most_150_mb(bundle):
    files = [p for p in bundle.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    biggest = sorted(files, key=lambda p: -p.stat().st_size)[:8]
    assert total <= MAX_UNPACKED_BYTES, f"{total / 1e6:.1f} MB; the biggest: " + ", ".join(
        f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in biggest)


def test_bundled_icu_collates_english_as_the_wheels(bundle):
    """ICU's data in the bundle is cut to English (packaging/icu_data.py); it still sorts file names as the
    wheel's whole data does. (tests/packaging/test_icu_data.py has the details.)"""
    probe = Path(__file__).with_name("icu_probe.py")
    wheel = Path(next(iter(importlib.util.find_spec("PySide6").submodule_search_locations))) / "Qt" / "lib"
    answers = []
    for folder in (bundle.parent / "_internal" / "PySide6" / "Qt" / "lib", wheel):
        done = subprocess.run([sys.executable, str(probe), str(folder)], capture_output=True, text=True,
                              timeout=TIMEOUT)
        assert done.returncode == 0, done.stderr
        answers.append(json.loads(done.stdout))
    bundled, whole = answers
    for locale in ("", "en", "en_US", "de_DE"):
        assert bundled["collation"][locale]["order"] == whole["collation"][locale]["order"]
    assert bundled["converters"]["windows-1252"] and not bundled["converters"]["Shift_JIS"]


def test_bad_input_is_one_line_and_status_2(bundle, home):
    done = run_bundled(bundle, "run", str(home / "missing.json"), "--input", "PIG", home=home)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lstm-studio: error:"), done.stderr


def test_runs_through_a_symlink_as_from_usr_bin(bundle, home):
    link = home / "bin" / "lstm-studio"
    link.parent.mkdir()
    link.symlink_to(bundle)
    done = run_bundled(link, "--version", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"lstm-studio {__version__}"


WINDOWS = [(None, None), ("lstm_pigs", None), ("lstm_pigs", "gradients"), ("gru_pigs", "cell")]


@pytest.mark.skipif(not (ROOT / "lstm_studio" / "app" / "main.py").exists(), reason="no lstm_studio/app/main.py yet")
@pytest.mark.parametrize(("model", "panel"), WINDOWS, ids=[f"{m or 'default-model'}-{p or 'main'}" for m, p in WINDOWS])
def test_gui_screenshot_makes_a_picture(bundle, home, model, panel):
    """The window, drawn offscreen; the gradient lab and the cell diagram typeset sympy's formulas."""
    if panel and "--panel" not in subcommand_options("gui"):
        pytest.skip("gui has no --panel yet")
    shot = home / "window.png"
    args = ["gui"] + ([str(ROOT / "resources" / "presets" / f"{model}.json")] if model else [])
    args += ["--panel", panel] if panel else []
    done = run_bundled(bundle, *args, "--screenshot", str(shot), home=home, window=True)
    assert done.returncode == 0, done.stderr
    width, height = png_size(shot)
    assert width >= 640 and height >= 400
    assert shot.stat().st_size > 20_000  # a drawn window, not an empty frame


@pytest.mark.skipif(not has_subcommand("worksheet"), reason="the CLI has no worksheet subcommand yet")
def test_worksheet_pdf_is_written(bundle, home):
    out = home / "sheets"
    preset = ROOT / "resources" / "presets" / "lstm_pigs.json"
    done = run_bundled(bundle, "worksheet", str(preset), "--input", "PIG", "--out", str(out), "--format", "pdf",
                       home=home)
    assert done.returncode == 0, done.stderr
    pdfs = sorted(out.rglob("*.pdf"))
    assert pdfs, f"no PDF in {out}: {sorted(out.rglob('*'))}"
    for pdf in pdfs:
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:] and len(data) > 5_000


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")
def test_deb_installs_to_opt_with_a_menu_entry(archive):
    assert DEB.exists(), f"make bundle did not write {DEB}"
    fields = subprocess.run(["dpkg-deb", "-f", str(DEB), "Package", "Version", "Architecture"],
                            capture_output=True, text=True, check=True).stdout
    assert fields.split() == ["Package:", "lstm-studio", "Version:", __version__, "Architecture:", "amd64"]
    listing = subprocess.run(["dpkg-deb", "-c", str(DEB)], capture_output=True, text=True, check=True).stdout
    assert "./opt/lstm-studio/lstm-studio\n" in listing
    assert "./usr/bin/lstm-studio -> /opt/lstm-studio/lstm-studio" in listing
    assert "./usr/share/applications/lstm-studio.desktop\n" in listing
    assert "./usr/share/mime/packages/lstm-studio.xml\n" in listing
    assert "./usr/share/icons/hicolor/scalable/apps/lstm-studio.svg\n" in listing


def test_the_folder_carries_the_licence_and_the_third_party_notices(bundle):
    folder = bundle.parent
    assert (folder / "LICENSE").read_text(encoding="utf-8") == (ROOT / "LICENSE").read_text(encoding="utf-8")
    text = (folder / "THIRD_PARTY_NOTICES").read_text(encoding="utf-8")
    for name in ("numpy", "sympy", "mpmath", "pyqtgraph", "PySide6_Essentials", "shiboken6", "safetensors"):
        assert f"\n\n{name} (Python package)\n\n" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "SIL OPEN FONT LICENSE" in text
    assert "ICU (International Components for Unicode), modified" in text
    # the files that the notices tell a user to replace to run the studio with other Qt libraries
    assert list((folder / "_internal" / "PySide6" / "Qt" / "lib").glob("libQt6Core.so.6"))
    assert (folder / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms").is_dir()


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")
def test_deb_carries_the_licence_and_the_third_party_notices(archive):
    listing = subprocess.run(["dpkg-deb", "-c", str(DEB)], capture_output=True, text=True, check=True).stdout
    assert "./opt/lstm-studio/LICENSE\n" in listing
    assert "./opt/lstm-studio/THIRD_PARTY_NOTICES\n" in listing
    assert "./usr/share/doc/lstm-studio/copyright\n" in listing
