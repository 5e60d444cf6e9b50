"""THIRD_PARTY_NOTICES: everything the bundle carries that others wrote, and under which licences.

Written by build.py into the bundle folder (so into the archive and the .deb) after PyInstaller, with the
Python of build/bundle-venv, from what is installed there:

- every Python distribution the bundle carries: the runtime dependencies of pyproject.toml and, in turn,
  what they require; each with its version and licence from its metadata, the licence files its wheel
  ships and the components its software bill of materials lists;
- Qt (inside PySide6) under the LGPLv3, with how to put other Qt libraries in place of the bundled ones;
- ICU (linked by QtCore), modified by icu_data.py, under the Unicode licence;
- the fonts the bundled packages carry, each from its own name table, with the OFL where it applies;
- the Python interpreter and PyInstaller's bootloader;
- on Linux, given the bundle folder: the system libraries PyInstaller copied in, with their Debian
  copyright files.

The licence texts that no wheel carries (LGPLv3 and the GPLv3 it builds on, ICU's, the OFL) are verbatim
copies in packaging/licenses/.

    python packaging/notices.py OUT [--bundle FOLDER]
"""

from __future__ import annotations

import argparse
import json
import re
import struct
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LICENSES = HERE / "licenses"
WIDTH = 100
RULE = "=" * WIDTH
#: Distributions whose licence text is in the Qt section.
QT_DISTRIBUTIONS = ("pyside6-essentials", "shiboken6")
#: Files of a .dist-info folder that hold licence texts and notices.
LICENCE_FILE = re.compile(r"(?i)^(licen[cs]e|copying|notice|copyright|authors)")
FONT_SUFFIXES = (".ttf", ".otf")


class NoticesError(Exception):
    """Something the notices need is missing; the message names it."""


@dataclass
class Package:
    """One bundled distribution, as its metadata describes it."""

    name: str
    version: str
    licence: str
    home: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)
    components: list[tuple[str, str, str]] = field(default_factory=list)  # SBOM: (name, version, licence)


# --- Python distributions ------------------------------------------------------------------------------


def runtime_dependencies(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The names in ``[project] dependencies`` (read as text: this runs on Python 3.10 without tomllib)."""
    text = pyproject.read_text(encoding="utf-8")
    block = re.search(r"^dependencies\s*=\s*\[(.*?)^\]", text, re.S | re.M)
    if block is None:
        raise NoticesError(f"{pyproject}: no dependencies list")
    return [Requirement(spec).name for spec in re.findall(r'"([^"]+)"', block.group(1))]


def bundled_distributions(names: list[str]) -> list[metadata.Distribution]:
    """The installed distributions of ``names`` and of everything they require (markers evaluated for
    this interpreter and platform, extras only where a requirement asks for them), sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, frozenset[str]]] = [(name, frozenset()) for name in names]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        name, extras = todo.pop()
        key = (canonicalize_name(name), extras)
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = found.get(key[0]) or metadata.distribution(name)
        except metadata.PackageNotFoundError:
            raise NoticesError(f"{name} is not installed in {sys.prefix}") from None
        found[key[0]] = dist
        for spec in dist.requires or []:
            requirement = Requirement(spec)
            wanted = requirement.marker is None or any(
                requirement.marker.evaluate({"extra": extra}) for extra in (extras or {""})
            )
            if wanted:
                todo.append((requirement.name, frozenset(requirement.extras)))
    return [found[k] for k in sorted(found)]


def licence_of(dist: metadata.Distribution) -> str:
    """The licence as the metadata states it: the SPDX expression, else the trove classifiers, else a
    one-line License field."""
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 100:
        return text
    return "not stated in its metadata"


def _home(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    urls = [u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or [] if "," in u]
    return meta.get("Home-page") or next(iter(urls), "")


def _dist_info_files(dist: metadata.Distribution) -> list[metadata.PackagePath]:
    return [f for f in dist.files or [] if f.parts and f.parts[0].endswith(".dist-info")]


def package(dist: metadata.Distribution) -> Package:
    """A distribution's notice: its licence, the licence files of its .dist-info folder (``licenses/``
    and the older top-level LICENSE files) and the components of its CycloneDX SBOMs."""
    meta = dist.metadata
    found = Package(meta["Name"], dist.version, licence_of(dist), _home(dist))
    for path in sorted(_dist_info_files(dist), key=str):
        inner = path.parts[1:]
        if inner and inner[0] == "sboms" and path.name.endswith(".json"):
            found.components += _sbom_components(path.read_text(encoding="utf-8"))
        elif inner and (inner[0] == "licenses" or len(inner) == 1) and LICENCE_FILE.match(path.name):
            found.texts.append(("/".join(inner[1:] if inner[0] == "licenses" else inner),
                                path.locate().read_text(encoding="utf-8", errors="replace")))
    long_field = (meta.get("License") or "").strip()
    if not found.texts and "\n" in long_field:
        found.texts.append(("License field of the metadata", long_field))
    return found


def _sbom_components(text: str) -> list[tuple[str, str, str]]:
    """(name, version, licence) of each component of a CycloneDX SBOM (JSON)."""
    components = []
    for component in json.loads(text).get("components", []):
        licences = [entry.get("expression") or (entry.get("license") or {}).get("id")
                    or (entry.get("license") or {}).get("name") or "?" for entry in component.get("licenses", [])]
        components.append((component.get("name", "?"), component.get("version", ""), " AND ".join(licences)))
    return components


# --- fonts ---------------------------------------------------------------------------------------------

#: OpenType name IDs shown for a font.
FONT_NAMES = {4: "Font", 5: "Version", 0: "Copyright", 7: "Trademark", 8: "Maker", 11: "Vendor URL",
              13: "Licence", 14: "Licence URL"}


def font_names(data: bytes) -> dict[int, str]:
    """The English (Windows, or else Macintosh) strings of a TrueType/OpenType font's name table."""
    (count,) = struct.unpack(">H", data[4:6])
    for k in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * k : 28 + 16 * k])
        if tag == b"name":
            table = data[offset : offset + length]
            break
    else:
        return {}
    _, records, storage = struct.unpack(">HHH", table[:6])
    found: dict[int, str] = {}
    for k in range(records):
        platform, _, language, name_id, size, start = struct.unpack(">HHHHHH", table[6 + 12 * k : 18 + 12 * k])
        raw = table[storage + start : storage + start + size]
        if platform == 3 and language == 0x409:
            found[name_id] = raw.decode("utf-16-be", errors="replace")
        elif platform == 1 and language == 0 and name_id not in found:
            found[name_id] = raw.decode("mac_roman", errors="replace")
    return found


def bundled_fonts(dists: list[metadata.Distribution]) -> list[tuple[str, dict[int, str]]]:
    """(path inside its package, name table) of every font file the distributions install."""
    fonts = []
    for dist in dists:
        for path in dist.files or []:
            if path.suffix.lower() in FONT_SUFFIXES:
                fonts.append((str(path), font_names(path.locate().read_bytes())))
    return sorted(fonts)


# --- sections ------------------------------------------------------------------------------------------


def _section(title: str, *paragraphs: str) -> str:
    """A titled section; paragraphs that are one line of prose are wrapped, any other is kept as it is."""
    shown = [textwrap.fill(p, WIDTH) if "\n" not in p else p for p in paragraphs]
    return "\n\n".join([RULE, title, RULE, *shown]).rstrip() + "\n"


def _licence_text(name: str) -> str:
    return (LICENSES / name).read_text(encoding="utf-8").rstrip()


def _package_section(p: Package) -> str:
    head = [f"Version: {p.version}", f"Licence: {p.licence}"] + ([f"Home: {p.home}"] if p.home else [])
    parts = ["\n".join(head)]
    if p.components:
        rows = "\n".join(f"    {name} {version}: {licence}" for name, version, licence in p.components)
        parts.append(f"Compiled into its extension module (from the package's software bill of materials):\n"
                     f"{rows}")
    if p.texts:
        parts += [f"--- {name} ---\n\n{text.rstrip()}" for name, text in p.texts]
    elif canonicalize_name(p.name) in QT_DISTRIBUTIONS:
        parts.append("The wheel carries no licence file. The bundle uses it under the LGPLv3: see the Qt section "
                     "for the text and for how to replace it.")
    else:
        parts.append("The wheel carries no licence file; the licence named above applies, as the home page "
                     "states it.")
    return _section(f"{p.name} (Python package)", *parts)


def qt_section(pyside: Package) -> str:
    """Qt and PySide6 under the LGPLv3, and how to run the bundle with other Qt libraries."""
    version = pyside.version
    return _section(
        f"Qt {version} and PySide6 {version} (Qt for Python): GNU LGPL version 3",
        f"The bundle carries the Qt {version} libraries the studio uses (QtCore, QtGui, QtWidgets, QtSvg and "
        "those they load), Qt's platform and image-format plugins, and the PySide6 and Shiboken6 modules that "
        "bind them to Python, all unmodified as they come in the PySide6-Essentials and shiboken6 wheels. "
        "LSTM Studio uses them under the GNU Lesser General Public License version 3 "
        "(text below, with the GNU GPL version 3 it adds its permissions to). Qt is copyright The Qt "
        "Company Ltd. and other contributors; the third-party code inside Qt's libraries and its licences "
        f"are listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html.",
        "Source code: Qt's at https://download.qt.io/official_releases/qt/ (and https://code.qt.io), "
        "PySide6's and Shiboken6's at https://download.qt.io/official_releases/QtForPython/ (and "
        "https://code.qt.io/cgit/pyside/pyside-setup.git), in each case the version named above.",
        "Using other Qt libraries. The libraries are ordinary shared libraries, loaded at start; nothing of "
        "Qt is linked into the lstm-studio executable. To run the studio with a modified or rebuilt Qt, build "
        f"Qt {version} (or a binary-compatible Qt 6 release with the same modules) and PySide6 against it, "
        "then put your files in place of the bundled ones, keeping their names, and start lstm-studio as "
        "before. In the unpacked archive (the folder lstm-studio-<version>/) they are:",
        "    _internal/PySide6/Qt/lib/libQt6*.so.6   the Qt libraries (links to them sit in _internal/)\n"
        "    _internal/PySide6/Qt/plugins/           Qt's plugins\n"
        "    _internal/PySide6/, _internal/shiboken6/   the PySide6 and Shiboken6 modules",
        "The installed .deb holds the same files under /opt/lstm-studio/_internal/, to replace as root. To "
        "change the package itself instead: dpkg-deb -R lstm-studio_<version>_amd64.deb tree, replace the "
        "files under tree/opt/lstm-studio/_internal/, then dpkg-deb --build tree and install the new package.",
        "On Windows the same files sit in the installed folder's _internal\\PySide6\\ (Qt's DLLs beside the "
        "modules), on macOS in LSTM Studio.app/Contents/Frameworks/PySide6/.",
        "--- GNU LESSER GENERAL PUBLIC LICENSE, version 3 ---\n\n" + _licence_text("LGPL-3.0.txt"),
        "--- GNU GENERAL PUBLIC LICENSE, version 3 ---\n\n" + _licence_text("GPL-3.0.txt"),
    )


def icu_section() -> str:
    return _section(
        "ICU (International Components for Unicode), modified: Unicode licence",
        "QtCore links ICU, whose libraries (libicuuc, libicui18n, libicudata) come with the PySide6 wheel. "
        "The bundle's ICU data library is MODIFIED: packaging/icu_data.py of LSTM Studio rebuilds "
        "libicudata with the root and English locale data, the collation, normalisation and time-zone "
        "tables and the single-byte code pages, and without the other languages' locale data, the "
        "multi-byte code pages and the Chinese, Japanese, Thai, Lao, Burmese and Khmer word-break "
        "dictionaries. The ICU code libraries are unchanged. ICU is copyright Unicode, Inc. and others; "
        "source: https://github.com/unicode-org/icu.",
        "--- ICU's licence (its LICENSE file; the ICU release in the bundle is under the same terms) ---\n\n"
        + _licence_text("ICU.txt"),
    )


def fonts_section(fonts: list[tuple[str, dict[int, str]]]) -> str:
    if not fonts:
        return ""
    parts = []
    uses_ofl = False
    for path, names in fonts:
        rows = [f"{FONT_NAMES[k]}: {names[k].strip()}" for k in FONT_NAMES if names.get(k, "").strip()]
        parts.append(f"--- {path} ---\n\n" + "\n".join(rows))
        uses_ofl = uses_ofl or "Open Font License" in names.get(13, "")
    if uses_ofl:
        parts.append("--- SIL OPEN FONT LICENSE, version 1.1 (for the fonts above that name it) ---\n\n"
                     + _licence_text("OFL-1.1.txt"))
    intro = ("The fonts below come inside the Python packages that typeset formulas (ziamath) and text "
             "(ziafont) and are used unmodified. What each says about itself (its OpenType name table):")
    return _section("Fonts", intro, *parts)


def python_section() -> str:
    licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt"
    version = ".".join(map(str, sys.version_info[:3]))
    head = (f"The bundle carries the Python {version} interpreter and its standard library, under the Python "
            "Software Foundation License Version 2 and the licences that history adds:")
    text = licence.read_text(encoding="utf-8").rstrip() if licence.is_file() else (
        "(This interpreter has no LICENSE.txt; the text is at https://docs.python.org/3/license.html.)")
    return _section(f"Python {version}", head, text)


def pyinstaller_section() -> str:
    intro = ("The lstm-studio executable starts with PyInstaller's bootloader, which PyInstaller's licence "
             "(the GNU GPL version 2 with an exception for the bootloader) lets any program carry under "
             "its own terms.")
    try:
        dist = metadata.distribution("pyinstaller")
    except metadata.PackageNotFoundError:
        return _section("PyInstaller bootloader", intro + " See https://pyinstaller.org/en/stable/license.html.")
    p = package(dist)
    return _section(f"PyInstaller {p.version} bootloader", intro,
                    *[f"--- {name} ---\n\n{text.rstrip()}" for name, text in p.texts])


def _debian_package(library: Path) -> str | None:
    """The Debian package that installed ``library`` (a link or its target; with or without /usr, which
    merged-/usr systems list either way), or None."""
    paths = [str(library), str(library.resolve())]
    for path in paths:
        for candidate in (path, path.removeprefix("/usr") if path.startswith("/usr/") else "/usr" + path):
            owner = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if owner.returncode == 0:
                return owner.stdout.split(":")[0]
    return None


def system_libraries_section(folder: Path) -> str:
    """The shared libraries at the top of the bundle's _internal/ that a Debian package installed on
    this machine (PyInstaller copied them from there), each with that package's copyright file."""
    inside = folder / "_internal"
    if not sys.platform.startswith("linux") or not inside.is_dir():
        return ""
    try:
        cache = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""
    owners: dict[str, list[str]] = {}
    for path in sorted(inside.iterdir()):
        if path.is_symlink() or not path.is_file() or ".so" not in path.name or path.name.startswith("libpython"):
            continue
        located = re.search(rf"^\s*{re.escape(path.name)} \([^)]*x86-64[^)]*\) => (\S+)", cache, re.M)
        if not located:
            continue
        debian_package = _debian_package(Path(located.group(1)))
        if debian_package:
            owners.setdefault(debian_package, []).append(path.name)
    parts = []
    for debian_package, libraries in sorted(owners.items()):
        copyright_file = Path("/usr/share/doc") / debian_package / "copyright"
        text = copyright_file.read_text(encoding="utf-8", errors="replace").rstrip() if copyright_file.is_file() \
            else "(no copyright file installed)"
        parts.append(f"--- {', '.join(libraries)}: Debian package {debian_package} ---\n\n{text}")
    if not parts:
        return ""
    return _section("System libraries copied into the bundle",
                    "PyInstaller copied these libraries from the build machine; their Debian copyright files:",
                    *parts)


# --- the whole text ------------------------------------------------------------------------------------


def notices(bundle: Path | None = None) -> str:
    """The whole THIRD_PARTY_NOTICES text for the bundle built from this environment."""
    dists = bundled_distributions(runtime_dependencies())
    packages = [package(d) for d in dists]
    by_name = {canonicalize_name(p.name): p for p in packages}
    if "pyside6-essentials" not in by_name:
        raise NoticesError("PySide6-Essentials is not among the runtime dependencies")
    contents = "\n".join(f"  {p.name} {p.version}: {p.licence}" for p in packages)
    intro = _section(
        "LSTM Studio: third-party notices",
        "LSTM Studio itself is under the MIT licence (the file LICENSE beside this one). This bundle also "
        "carries the software below, each under its own licence; every text these licences ask to be "
        "passed on is in this file.",
        f"Python packages (from their metadata):\n{contents}\n"
        "  Qt and PySide6 (LGPLv3), ICU (modified; Unicode licence), fonts, Python, PyInstaller's bootloader"
        + (", system libraries" if bundle is not None else "") + ": sections below.",
    )
    sections = [intro, qt_section(by_name["pyside6-essentials"]), icu_section(),
                fonts_section(bundled_fonts(dists)), python_section(), pyinstaller_section()]
    sections += [_package_section(p) for p in packages]
    if bundle is not None:
        sections.append(system_libraries_section(bundle))
    return "\n".join(s for s in sections if s)


def write(path: Path, bundle: Path | None = None) -> Path:
    """Write the notices to ``path`` (a new file replaces an old one whole)."""
    partial = path.with_name(path.name + ".part")
    partial.write_text(notices(bundle), encoding="utf-8")
    partial.replace(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the file to write, e.g. FOLDER/THIRD_PARTY_NOTICES")
    parser.add_argument("--bundle", type=Path, help="the PyInstaller folder, for the system libraries it holds")
    args = parser.parse_args()
    try:
        write(args.out, args.bundle)
    except NoticesError as error:
        print(f"notices.py: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
