"""packaging/notices.py: the third-party notices name every package the bundle carries, with its licence
text, and the Qt, ICU and font notices the bundle owes (fast: reads this environment's metadata)."""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import notices  # noqa: E402

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")


def _pyproject_dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0] for spec in project["dependencies"]]


@pytest.fixture(scope="module")
def text() -> str:
    return notices.notices()


def _section(text: str, title: str) -> str:
    """The body of the section called ``title`` (up to the next rule)."""
    rule = re.escape(notices.RULE)
    found = re.search(rf"^{rule}\n\n{re.escape(title)}\n\n{rule}\n\n(.*?)(?=^{rule}$|\Z)", text, re.S | re.M)
    assert found, f"no section {title!r}"
    return found.group(1)


def test_the_generator_reads_the_runtime_dependencies_of_pyproject():
    assert notices.runtime_dependencies() == _pyproject_dependencies()


def test_every_runtime_dependency_and_what_it_requires_has_a_section_with_its_licence(text):
    names = {notices.canonicalize_name(d.metadata["Name"]) for d in notices.bundled_distributions(
        _pyproject_dependencies())}
    assert {notices.canonicalize_name(n) for n in _pyproject_dependencies()} <= names
    assert {"mpmath", "shiboken6"} <= names  # required by sympy and PySide6, not named in pyproject
    for name in names:
        dist = metadata.distribution(name)
        body = _section(text, f"{dist.metadata['Name']} (Python package)")
        assert f"Version: {dist.version}\n" in body
        licence = re.search(r"^Licence: (.+)$", body, re.M).group(1)
        assert licence != "not stated in its metadata"
        assert f"  {dist.metadata['Name']} {dist.version}: {licence}\n" in text  # the table of contents


def test_licence_files_of_the_wheels_are_copied_whole(text):
    numpy_licence = next(f for f in metadata.distribution("numpy").files if f.name == "LICENSE.txt")
    assert numpy_licence.locate().read_text(encoding="utf-8").strip() in _section(text, "numpy (Python package)")
    safetensors = _section(text, "safetensors (Python package)")
    assert "Apache License" in safetensors
    assert re.search(r"^    pyo3 [\d.]+: MIT OR Apache-2.0$", safetensors, re.M)  # from its SBOM


def test_qt_is_under_the_lgpl_with_both_licence_texts_and_how_to_replace_it(text):
    version = metadata.version("PySide6-Essentials")
    body = _section(text, f"Qt {version} and PySide6 {version} (Qt for Python): GNU LGPL version 3")
    assert "GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007" in body
    assert "GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007" in body
    assert "_internal/PySide6/Qt/lib/libQt6*.so.6" in body and "/opt/lstm-studio/_internal/" in body
    assert "dpkg-deb -R" in body
    assert "see the Qt section" in _section(text, "shiboken6 (Python package)")


def test_icu_is_marked_modified_with_the_unicode_licence(text):
    body = _section(text, "ICU (International Components for Unicode), modified: Unicode licence")
    assert "MODIFIED" in body and "packaging/icu_data.py" in body
    assert "UNICODE, INC. LICENSE AGREEMENT - DATA FILES AND SOFTWARE" in body


def test_each_bundled_font_is_described_by_its_own_name_table_and_the_ofl_follows(text):
    body = _section(text, "Fonts")
    fonts = [f for d in ("ziamath", "ziafont") for f in metadata.distribution(d).files if f.suffix == ".ttf"]
    assert fonts
    for font in fonts:
        names = notices.font_names(font.locate().read_bytes())
        assert f"--- {font} ---\n\nFont: {names[4]}\n" in body
        assert names[0].strip().splitlines()[0] in body
    stix = notices.font_names(next(f for f in fonts if "STIX" in f.name).locate().read_bytes())
    assert stix[1] == "STIX Two Math" and "Open Font License" in stix[13]
    assert "SIL OPEN FONT LICENSE\n\nVersion 1.1 - 26 February 2007" in body


def test_python_and_the_bootloader_have_their_sections(text):
    version = ".".join(map(str, sys.version_info[:3]))
    assert "Python Software Foundation License Version 2" in _section(text, f"Python {version}")
    assert re.search(rf"^{re.escape(notices.RULE)}\n\nPyInstaller .*bootloader$", text, re.M)


def test_a_missing_package_or_dependency_list_is_named():
    with pytest.raises(notices.NoticesError, match=r"^no-such-package-here is not installed in "):
        notices.bundled_distributions(["no-such-package-here"])


def test_a_pyproject_without_dependencies_is_named(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n', encoding="utf-8")
    with pytest.raises(notices.NoticesError, match="no dependencies list"):
        notices.runtime_dependencies(pyproject)


def test_write_replaces_the_file_whole(tmp_path):
    target = tmp_path / "THIRD_PARTY_NOTICES"
    target.write_text("old", encoding="utf-8")
    notices.write(target)
    assert target.read_text(encoding="utf-8").startswith(notices.RULE + "\n\nLSTM Studio: third-party notices")
    assert [p.name for p in tmp_path.iterdir()] == ["THIRD_PARTY_NOTICES"]
