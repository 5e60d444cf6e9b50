"""A smaller ICU data library for the bundle: ``libicudata`` without what an English-language app never reads.

Qt's wheels link QtCore to ICU, whose data library (``libicudata.so.73``, 32 MB) holds one ICU *common data
package*: a table of contents and about 3900 items, most of them locale data for some 800 locales and
code-page converters. LSTM Studio is in English, and Qt keeps its own locale tables (CLDR) for QLocale. Qt
asks ICU for collation (QCollator: the file lists in the file dialogs), case mapping, time zone names and
text codecs beyond UTF-8/16/32 and Latin-1. So the library is rebuilt keeping

- every item that is not a locale's own bundle: the root collation (``coll/ucadata.icu``), normalisation,
  case and property data, the time zone tables, the resource pools, the indexes, transliteration's root;
- the locale bundles of ``root``, ``en`` and ``en_*`` in each tree (main, coll, curr, lang, region, unit,
  zone, rbnf, brkitr);
- the 139 single-byte code pages (windows-125x, ISO 8859, KOI8, DOS and Mac pages; 0.4 MB) and the alias
  table;

and leaving out the other locales' bundles, the 51 multi-byte code pages (Chinese, Japanese, Korean, EBCDIC;
4.7 MB) and the word-break dictionaries of Chinese, Japanese, Thai, Lao, Khmer and Burmese
(``brkitr/*.dict``): 5.9 MB kept of 31.9. For a locale that is gone ICU falls back to root, as it does for
any locale it does not know: ``ucol_open("sv")`` then collates like ``root`` (Swedish sorts å, ä, ö after z;
root and English, German, French... do not), with the warning status ``U_USING_DEFAULT_WARNING``.

The package format (ICU's ``ucmndata.h``): a data header (``headerSize``, magic 0xda 0x27, ``UDataInfo`` with
the format ``CmnD`` 1.x), then the table of contents ``uint32 count; {uint32 nameOffset, dataOffset}[count]``
with offsets from the start of the table, the item names (``icudt73l/coll/root.res``, sorted, for ICU's
binary search), then the items, each starting on a 16-byte boundary. The new library is that package as the
one exported symbol ``icudt<N>_dat``, assembled with ``gcc``, with the original's SONAME and RUNPATH.

Command line (to look at a library): ``python packaging/icu_data.py LIB`` prints its size by category and
what the filter keeps.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ALIGN = 16
PAD = b"\xaa"  # what ICU's own tools fill the gaps with
# A locale bundle's name: language (2-3 letters), optional script, region and variant; "root".
LOCALE_BUNDLE = re.compile(r"^(root|[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|\d{3}))?(_[A-Z0-9]+)*)\.res$")
KEPT_LOCALES = re.compile(r"^(root|en(_[A-Za-z0-9]+)*)\.res$")


class IcuDataError(Exception):
    """The library is not what this module expects (no ``icudt*_dat`` symbol, not a CmnD package)."""


def max_bytes_per_char(converter: bytes) -> int:
    """``maxBytesPerChar`` of a ``.cnv`` item: its data header, then ``UConverterStaticData`` (structSize,
    name[60], codepage, platform, conversionType, minBytesPerChar, maxBytesPerChar, ...)."""
    (header_size,) = struct.unpack_from("<H", converter, 0)
    return converter[header_size + 4 + 60 + 4 + 3]


def wanted(name: str, item: bytes) -> bool:
    """Whether the bundle keeps the item ``name`` (``icudt73l/coll/de.res`` and the like)."""
    base = name.rsplit("/", 1)[-1]
    if base.endswith(".cnv"):
        return max_bytes_per_char(item) == 1
    if base.endswith(".dict") and "/brkitr/" in name:
        return False
    return not LOCALE_BUNDLE.match(base) or bool(KEPT_LOCALES.match(base))


def _readelf(*args: str) -> str:
    return subprocess.run(["readelf", "-W", *args], capture_output=True, text=True, check=True).stdout


def data_symbol(library: Path) -> tuple[str, int, int]:
    """``(name, file offset, size)`` of the library's ``icudt<N>_dat`` symbol."""
    symbols = re.findall(
        r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+_dat)$",
        _readelf("--dyn-syms", str(library)), re.M,
    )
    if len(symbols) != 1:
        raise IcuDataError(f"{library.name}: no single icudt*_dat symbol")
    value, size, section, name = symbols[0]
    sections = re.findall(r"^\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s", _readelf("-S", str(library)),
                          re.M)
    address, offset = next((int(a, 16), int(o, 16)) for n, a, o in sections if n == section)
    return name, int(value, 16) - address + offset, int(size, 0)


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split a common data package into its header and its ``(name, item bytes)`` in table order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:
        raise IcuDataError("not a little-endian ICU common data package (CmnD)")
    toc = data[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset:toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return bytes(data[:header_size]), items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package of ``items`` (kept in their sorted order) behind ``header``."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    position = table_size + len(names)
    position += -position % ALIGN
    entries, name_offset, blobs = [], table_size, []
    for name, blob in items:
        entries.append(struct.pack("<II", name_offset, position))
        name_offset += len(name) + 1
        blob += PAD * (-len(blob) % ALIGN)
        blobs.append(blob)
        position += len(blob)
    table = struct.pack("<I", len(items)) + b"".join(entries) + names
    table += PAD * (-len(table) % ALIGN)
    return header + table + b"".join(blobs)


def assemble_library(package: bytes, symbol: str, soname: str, target: Path) -> None:
    """A shared library exporting ``package`` as ``symbol`` (read-only, 16-byte aligned)."""
    with tempfile.TemporaryDirectory() as work:
        blob = Path(work) / "data.bin"
        blob.write_bytes(package)
        source = Path(work) / "data.s"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign {ALIGN}\n"
            f"{symbol}:\n\t.incbin \"{blob}\"\n\t.size {symbol}, . - {symbol}\n"
            "\t.section .note.GNU-stack,\"\",@progbits\n",
            encoding="ascii",
        )
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", "-o", str(target), str(source),
             f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack", "-Wl,--hash-style=gnu", "-Wl,-rpath,$ORIGIN"],
            check=True, capture_output=True,
        )


def shrink(library: Path, target: Path) -> tuple[int, int, int, int]:
    """Write the smaller copy of ``library`` to ``target``; return (items before, after, bytes before, after)."""
    symbol, offset, size = data_symbol(library)
    soname = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", _readelf("-d", str(library)))
    with open(library, "rb") as stream:
        stream.seek(offset)
        data = stream.read(size)
    header, items = read_package(data)
    kept = [(name, blob) for name, blob in items if wanted(name, blob)]
    target.parent.mkdir(parents=True, exist_ok=True)
    assemble_library(write_package(header, kept), symbol, soname.group(1) if soname else library.name, target)
    return len(items), len(kept), library.stat().st_size, target.stat().st_size


def can_build() -> bool:
    """Whether this machine has the tools (gcc with binutils' assembler and linker, readelf)."""
    return all(shutil.which(tool) for tool in ("gcc", "as", "ld", "readelf"))


def _categories(items: list[tuple[str, bytes]]) -> Counter:
    sizes: Counter = Counter()
    for name, blob in items:
        parts = name.split("/")
        sizes[parts[1] + "/" if len(parts) > 2 else "*." + name.rsplit(".", 1)[-1]] += len(blob)
    return sizes


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/icu_data.py path/to/libicudata.so.NN", file=sys.stderr)
        return 2
    library = Path(argv[0])
    try:
        _, offset, size = data_symbol(library)
        with open(library, "rb") as stream:
            stream.seek(offset)
            _, items = read_package(stream.read(size))
    except (OSError, IcuDataError, subprocess.CalledProcessError) as error:
        print(f"icu_data.py: {error}", file=sys.stderr)
        return 1
    every, kept = _categories(items), _categories([item for item in items if wanted(*item)])
    print(f"{'category':<12} {'MB':>7} {'kept MB':>8}")
    for category, total in every.most_common():
        print(f"{category:<12} {total / 1e6:7.2f} {kept[category] / 1e6:8.2f}")
    print(f"{'all':<12} {sum(every.values()) / 1e6:7.2f} {sum(kept.values()) / 1e6:8.2f}"
          f"   ({len(items)} items, {sum(1 for item in items if wanted(*item))} kept)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
