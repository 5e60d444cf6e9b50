"""packaging/icu_data.py: the bundle's smaller ICU data library answers English as the wheel's does.

The library is PySide6's own (the wheel this environment runs); the probes load it with ctypes in a
process of their own (tests/packaging/icu_probe.py).
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import icu_data  # noqa: E402

PROBE = Path(__file__).with_name("icu_probe.py")
#: ucol_open's warning status when it falls back to the root collation
U_USING_DEFAULT_WARNING = -127
ENGLISH_AND_ROOT_ORDER = ["", "en", "en_US", "en_GB", "de_DE", "fr"]


def wheel_icu_folder() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "lib"
    return folder if any(folder.glob("libicudata.so.*")) else None


WHEEL_ICU = wheel_icu_folder()
pytestmark = pytest.mark.skipif(WHEEL_ICU is None or shutil.which("readelf") is None,
                                reason="needs PySide6's ICU libraries (Linux wheels) and readelf")


def probe(folder: Path) -> dict:
    done = subprocess.run([sys.executable, str(PROBE), str(folder)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def library() -> Path:
    return next(WHEEL_ICU.glob("libicudata.so.*"))


@pytest.fixture(scope="module")
def package(library) -> bytes:
    _, offset, size = icu_data.data_symbol(library)
    with open(library, "rb") as stream:
        stream.seek(offset)
        return stream.read(size)


def test_package_is_read_and_written_back_byte_for_byte(package):
    header, items = icu_data.read_package(package)
    assert len(header) == 144 and header[12:16] == b"CmnD"
    assert len(items) > 3000
    names = [name for name, _ in items]
    assert names == sorted(names)  # ICU finds items by binary search
    assert icu_data.write_package(header, items) == package


def test_a_package_of_some_items_has_them_aligned_at_their_offsets(package):
    header, items = icu_data.read_package(package)
    some = items[::97]
    written = icu_data.write_package(header, some)
    again_header, again = icu_data.read_package(written)
    assert again_header == header
    assert [name for name, _ in again] == [name for name, _ in some]
    table = len(header)
    for (_, blob), (_, original) in zip(again, some):
        assert blob[: len(original)] == original
    offsets = [written.index(original, table) - table for _, original in some]
    assert all(offset % 16 == 0 for offset in offsets)


def test_not_a_package_is_refused():
    with pytest.raises(icu_data.IcuDataError, match="CmnD"):
        icu_data.read_package(b"\x20\x00\xda\x27" + b"\x00" * 8 + b"ResB" + b"\x00" * 40)


@pytest.mark.parametrize(("name", "kept"), [
    ("icudt73l/root.res", True),
    ("icudt73l/en.res", True),
    ("icudt73l/en_GB.res", True),
    ("icudt73l/en_US_POSIX.res", True),
    ("icudt73l/coll/root.res", True),
    ("icudt73l/coll/ucadata.icu", True),
    ("icudt73l/pool.res", True),
    ("icudt73l/res_index.res", True),
    ("icudt73l/supplementalData.res", True),
    ("icudt73l/zoneinfo64.res", True),
    ("icudt73l/metaZones.res", True),
    ("icudt73l/brkitr/word.brk", True),
    ("icudt73l/nfkc.nrm", True),
    ("icudt73l/translit/root.res", True),
    ("icudt73l/de.res", False),
    ("icudt73l/coll/sv.res", False),
    ("icudt73l/zone/zh_Hant_TW.res", False),
    ("icudt73l/lang/sr_Latn_BA.res", False),
    ("icudt73l/curr/es_419.res", False),
    ("icudt73l/brkitr/cjdict.dict", False),
    ("icudt73l/brkitr/thaidict.dict", False),
])
def test_what_is_kept(name, kept):
    assert icu_data.wanted(name, b"") is kept


def test_single_byte_code_pages_are_kept_multi_byte_ones_are_not(package):
    items = dict(icu_data.read_package(package)[1])
    prefix = next(iter(items)).split("/")[0]
    assert icu_data.wanted(f"{prefix}/ibm-5348_P100-1997.cnv", items[f"{prefix}/ibm-5348_P100-1997.cnv"])  # 1252
    assert icu_data.wanted(f"{prefix}/ibm-878_P100-1996.cnv", items[f"{prefix}/ibm-878_P100-1996.cnv"])  # KOI8-R
    assert not icu_data.wanted(f"{prefix}/ibm-943_P15A-2003.cnv", items[f"{prefix}/ibm-943_P15A-2003.cnv"])  # SJIS
    assert not icu_data.wanted(f"{prefix}/gb18030.cnv", items[f"{prefix}/gb18030.cnv"])


@pytest.fixture(scope="module")
def smaller(library, tmp_path_factory) -> tuple[Path, tuple[int, int, int, int]]:
    """A folder with the smaller libicudata next to copies of the wheel's libicuuc and libicui18n."""
    if not icu_data.can_build():
        pytest.skip("needs gcc and binutils")
    folder = tmp_path_factory.mktemp("icu")
    counts = icu_data.shrink(library, folder / library.name)
    for other in ("libicuuc", "libicui18n"):
        shutil.copy(next(WHEEL_ICU.glob(f"{other}.so.*")), folder)
    return folder, counts


def test_smaller_library_is_a_fifth_of_the_size(smaller, library):
    folder, (items, kept, before, after) = smaller
    assert before == library.stat().st_size
    assert after == (folder / library.name).stat().st_size
    assert 500 < kept < items / 3
    assert after < 7_000_000 < 30_000_000 < before


def test_smaller_library_keeps_the_name_and_the_one_symbol(smaller, library):
    folder, _ = smaller
    out = subprocess.run(["readelf", "-W", "-d", "--dyn-syms", str(folder / library.name)], capture_output=True,
                         text=True, check=True).stdout
    assert f"Library soname: [{library.name}]" in out
    assert re.findall(r"GLOBAL\s+DEFAULT\s+\d+\s+(\S+)$", out, re.M) == [icu_data.data_symbol(library)[0]]


@pytest.fixture(scope="module")
def answers(smaller) -> tuple[dict, dict]:
    """What the wheel's ICU and the smaller one answer to the same questions."""
    return probe(WHEEL_ICU), probe(smaller[0])


def test_english_and_root_collation_are_unchanged(answers):
    whole, small = answers
    assert small["u_init"] == 0
    for locale in ENGLISH_AND_ROOT_ORDER:
        assert small["collation"][locale]["order"] == whole["collation"][locale]["order"], locale
    root = whole["collation"][""]["order"]
    assert root.index("apple") < root.index("Banana") < root.index("zebra")  # not code-point order
    assert root.index("öl") < root.index("zebra")


def test_other_locales_fall_back_to_root_order(answers):
    whole, small = answers
    swedish = whole["collation"]["sv"]["order"]
    assert swedish.index("zebra") < swedish.index("öl")  # Swedish: ö after z, in the wheel's data
    for locale in ("sv", "ja"):
        assert small["collation"][locale]["status"] == U_USING_DEFAULT_WARNING
        assert small["collation"][locale]["order"] == whole["collation"][""]["order"]


def test_codecs_time_zones_and_case_mapping(answers):
    whole, small = answers
    assert all(whole["converters"].values())
    assert small["converters"] == {**whole["converters"], "Shift_JIS": False, "GB18030": False}
    assert small["zone_names"]["en"] == whole["zone_names"]["en"] == "Central European Standard Time"
    assert small["upper"] == whole["upper"] == {"en": "STRASSE ISTANBUL", "tr": "STRASSE İSTANBUL"}
