"""Ask a folder's ICU libraries (``libicudata``, ``libicuuc``, ``libicui18n``) what Qt asks them, and print
the answers as JSON: ``python icu_probe.py FOLDER``.

Run as its own process by the tests, so that the ICU of the folder is the only one loaded (a process that
has imported QtCore has the wheel's ICU loaded under the same names already).
"""

from __future__ import annotations

import ctypes
import functools
import json
import re
import sys
from pathlib import Path

WORDS = ["zebra", "Äpfel", "apple", "Banana", "ångström", "Zoo", "öl", "10", "9", "Œuvre", "naïve", "naive"]
COLLATION_LOCALES = ["", "en", "en_US", "en_GB", "de_DE", "fr", "sv", "ja"]
CONVERTERS = ["UTF-8", "UTF-16LE", "ISO-8859-1", "ISO-8859-15", "windows-1252", "KOI8-R", "Shift_JIS", "GB18030"]


def probe(folder: Path) -> dict:
    data = next(folder.glob("libicudata.so.*"))
    version = re.search(r"\.so\.(\d+)", data.name).group(1)
    ctypes.CDLL(str(data), mode=ctypes.RTLD_GLOBAL)
    uc = ctypes.CDLL(str(folder / f"libicuuc.so.{version}"), mode=ctypes.RTLD_GLOBAL)
    i18n = ctypes.CDLL(str(folder / f"libicui18n.so.{version}"), mode=ctypes.RTLD_GLOBAL)

    def function(library, name, restype, *argtypes):
        found = getattr(library, f"{name}_{version}")
        found.restype, found.argtypes = restype, list(argtypes)
        return found

    status_p = ctypes.POINTER(ctypes.c_int)
    u_init = function(uc, "u_init", None, status_p)
    ucol_open = function(i18n, "ucol_open", ctypes.c_void_p, ctypes.c_char_p, status_p)
    ucol_strcoll = function(i18n, "ucol_strcollUTF8", ctypes.c_int, ctypes.c_void_p, ctypes.c_char_p,
                            ctypes.c_int32, ctypes.c_char_p, ctypes.c_int32, status_p)
    ucnv_open = function(uc, "ucnv_open", ctypes.c_void_p, ctypes.c_char_p, status_p)
    ucal_open = function(i18n, "ucal_open", ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int32, ctypes.c_char_p,
                         ctypes.c_int, status_p)
    zone_name = function(i18n, "ucal_getTimeZoneDisplayName", ctypes.c_int32, ctypes.c_void_p, ctypes.c_int,
                         ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int32, status_p)
    to_upper = function(uc, "u_strToUpper", ctypes.c_int32, ctypes.c_void_p, ctypes.c_int32, ctypes.c_void_p,
                        ctypes.c_int32, ctypes.c_char_p, status_p)

    def utf16(text: str):
        units = text.encode("utf-16-le")
        return (ctypes.c_uint16 * (len(units) // 2))(*memoryview(units).cast("H")), len(units) // 2

    def text(buffer, length: int) -> str:
        return bytes(memoryview(buffer).cast("B")[: 2 * length]).decode("utf-16-le")

    result: dict = {}
    status = ctypes.c_int(0)
    u_init(ctypes.byref(status))
    result["u_init"] = status.value

    result["collation"] = {}
    for locale in COLLATION_LOCALES:
        status = ctypes.c_int(0)
        collator = ucol_open(locale.encode(), ctypes.byref(status))

        def compare(a: str, b: str, collator=collator) -> int:
            s = ctypes.c_int(0)
            return ucol_strcoll(collator, a.encode(), -1, b.encode(), -1, ctypes.byref(s))

        result["collation"][locale] = {"status": status.value,
                                       "order": sorted(WORDS, key=functools.cmp_to_key(compare))}

    result["converters"] = {}
    for name in CONVERTERS:
        status = ctypes.c_int(0)
        converter = ucnv_open(name.encode(), ctypes.byref(status))
        result["converters"][name] = bool(converter) and status.value <= 0

    zone, zone_length = utf16("Europe/Berlin")
    status = ctypes.c_int(0)
    calendar = ucal_open(zone, zone_length, b"en", 0, ctypes.byref(status))
    result["zone_names"] = {}
    for locale in ("en", "de"):
        buffer = (ctypes.c_uint16 * 128)()
        status = ctypes.c_int(0)
        length = zone_name(calendar, 0, locale.encode(), buffer, 128, ctypes.byref(status))
        result["zone_names"][locale] = text(buffer, length) if status.value <= 0 else None

    source, source_length = utf16("straße istanbul")
    result["upper"] = {}
    for locale in ("en", "tr"):
        buffer = (ctypes.c_uint16 * 64)()
        status = ctypes.c_int(0)
        length = to_upper(buffer, 64, source, source_length, locale.encode(), ctypes.byref(status))
        result["upper"][locale] = text(buffer, length)
    return result


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1])), ensure_ascii=False, indent=1))
