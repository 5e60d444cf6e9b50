"""Writing a batch of worksheets and answer keys to a folder, as a plain function with progress and cancel.

Files, for variant n (zero-padded, with the student's name from a roster): ``worksheet-NN[-name].<ext>``
and ``answers-NN[-name].<ext>`` for pdf, html, md and tex; for the whole batch ``worksheets.json`` (the key
file ``worksheet grade`` reads), ``moodle.xml``, ``canvas-qti.zip``, and with ``merge`` the class PDFs
``class-worksheets.pdf`` and ``class-answers.pdf`` instead of one PDF per student.

The batch is written into a hidden staging folder inside the output folder and moved into place only when
every file is written: a full disk, an unwritable folder or Cancel leaves the folder as it was (an earlier
batch intact), never half a batch. Files of an earlier batch that the new one does not write (names the
command itself uses, nothing else) are removed, so the folder holds exactly the latest batch.

PDF drawing needs Qt, so the caller passes the PDF typesetter
(``lstm_studio.app.worksheets.pdf.writer.pdf_bytes``); this module stays Qt-free.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from lstm_studio.document.errors import InputError
from lstm_studio.document.modelfile import atomic_write
from lstm_studio.worksheets.generate import CancelCheck, Cancelled, Progress, build
from lstm_studio.worksheets.i18n import LANGUAGES, localize
from lstm_studio.worksheets.problem import FORMATS, MAX_VARIANTS, PAPERS, Problem
from lstm_studio.worksheets.render_html import answer_key_html, worksheet_html
from lstm_studio.worksheets.render_json import worksheets_json
from lstm_studio.worksheets.render_latex import answer_key_latex, worksheet_latex
from lstm_studio.worksheets.render_markdown import answer_key_markdown, worksheet_markdown
from lstm_studio.worksheets.render_moodle import moodle_xml
from lstm_studio.worksheets.render_qti import qti_zip
from lstm_studio.worksheets.roster import Student
from lstm_studio.worksheets.sheet import Worksheet

#: (worksheets, key, paper) -> the PDF's bytes; one worksheet, or a class (merged).
PdfWriter = Callable[[list[Worksheet], bool, str], bytes]

_TEXT = {
    "html": (worksheet_html, answer_key_html),
    "md": (lambda ws, paper: worksheet_markdown(ws), lambda ws, paper: answer_key_markdown(ws)),
    "tex": (worksheet_latex, answer_key_latex),
}
PER_VARIANT = ("pdf", "html", "md", "tex")
JSON_NAME, MOODLE_NAME, QTI_NAME = "worksheets.json", "moodle.xml", "canvas-qti.zip"
CLASS_NAMES = ("class-worksheets.pdf", "class-answers.pdf")
#: The names this module writes; only files named like this are ever removed from an output folder.
OWN_NAME = re.compile(r"^(?:(?:worksheet|answers)-\d{2,3}(?:-[a-z0-9-]+)?\.(?:pdf|html|md|tex)|worksheets\.json"
                      r"|moodle\.xml|canvas-qti\.zip|class-(?:worksheets|answers)\.pdf)$")
STAGING_PREFIX = ".lstm-studio-batch-"


def parse_formats(text: str) -> tuple[str, ...]:
    """``pdf,html`` -> ("pdf", "html") in the canonical order; InputError naming an unknown format."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    if not names:
        raise InputError(f"--format: no format given (choose from {', '.join(FORMATS)})")
    names = [{"markdown": "md", "latex": "tex", "canvas": "qti"}.get(n, n) for n in names]
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise InputError(f"--format: unknown format {unknown[0]!r} (choose from {', '.join(FORMATS)})")
    return tuple(f for f in FORMATS if f in names)


def slug(name: str) -> str:
    """A student's name as part of a file name: ASCII letters and digits joined by hyphens (``ada-lovelace``),
    accents dropped, at most 40 characters; "" when nothing is left."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:40].strip("-")


@dataclass
class ExportResult:
    worksheets: list[Worksheet] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    seconds: float = 0.0


def _prepare(out_dir: Path) -> bool:
    """Make the folder; True when this call created it."""
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"--out: {out_dir} is a file, not a folder")
    existed = out_dir.exists()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"--out: cannot create {out_dir} ({err.strerror or err})") from None
    return not existed


def _names(worksheets: list[Worksheet], formats: tuple[str, ...], merge: bool) -> list[tuple[str, tuple]]:
    """Every file of the batch: (name, what goes in it)."""
    width = max(2, len(str(len(worksheets))))
    out: list[tuple[str, tuple]] = []
    for n, ws in enumerate(worksheets, start=1):
        tail = f"-{slug(ws.name)}" if slug(ws.name) else ""
        for fmt in PER_VARIANT:
            if fmt in formats and not (fmt == "pdf" and merge):
                for key in (False, True):
                    out.append((f"{'answers' if key else 'worksheet'}-{n:0{width}d}{tail}.{fmt}", (fmt, ws, key)))
    if "pdf" in formats and merge:
        out += [(CLASS_NAMES[0], ("class", False)), (CLASS_NAMES[1], ("class", True))]
    for fmt, name in (("json", JSON_NAME), ("moodle", MOODLE_NAME), ("qti", QTI_NAME)):
        if fmt in formats:
            out.append((name, (fmt,)))
    return out


def export_batch(
    base: Problem,
    variants: int,
    out_dir: str | Path,
    formats: tuple[str, ...],
    paper: str = "a4",
    pdf_writer: PdfWriter | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    *,
    roster: list[Student] | tuple[Student, ...] = (),
    merge: bool = False,
    points: tuple[float, ...] = (),
    language: str = "en",
) -> ExportResult:
    """Build variants 1 … ``variants`` of ``base`` (one per roster student, named) and write them in
    ``formats`` to ``out_dir``; ``points`` are the marks of one question of each selection item. Sheets and
    keys are written in ``language`` (:mod:`.i18n`): the same variants, numbers and codes in every language.

    Reports (done, total, message) after every file and raises :class:`Cancelled` as soon as
    ``cancelled()`` is true; either way, and on any error, nothing of the batch stays (see the module).
    Returns the worksheets, the files written and removed, and the time taken.
    """
    if isinstance(out_dir, str) and not out_dir.strip():
        raise InputError("--out: empty; name a folder to write into")
    if roster:
        variants = len(roster)
    if not 1 <= variants <= MAX_VARIANTS:
        raise InputError(f"--variants: {variants} is outside 1..{MAX_VARIANTS}")
    if language not in LANGUAGES:
        raise InputError(f"--language: {language!r} is not one of {', '.join(LANGUAGES)}")
    if paper not in PAPERS:
        raise InputError(f"--paper: {paper!r} is not one of {', '.join(PAPERS)}")
    if "pdf" in formats and pdf_writer is None:
        raise InputError("--format: PDF output needs the PDF typesetter (lstm_studio.app.worksheets.pdf.writer)")
    out = Path(out_dir)
    if cancelled is not None and cancelled():
        raise Cancelled()
    start = time.perf_counter()
    result = ExportResult()
    done = 0

    def tick(message: str, total: int) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, message)
        if cancelled is not None and cancelled():
            raise Cancelled()

    per_variant = 2 * sum(1 for f in PER_VARIANT if f in formats and not (f == "pdf" and merge))
    batch_files = sum(1 for f in ("json", "moodle", "qti") if f in formats) + (2 if merge and "pdf" in formats else 0)
    total = variants * (1 + per_variant) + batch_files
    for n in range(1, variants + 1):
        ws = build(base.with_variant(n))
        if roster:
            ws = replace(ws, name=roster[n - 1].name, student_id=roster[n - 1].student_id)
        ws = localize(ws, language)
        result.worksheets.append(ws)
        tick(f"variant {n} of {variants}: questions and answers", total)
    created = _prepare(out)
    try:
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    except OSError as err:
        raise InputError(f"--out: cannot write in {out} ({err.strerror or err})") from None
    try:
        names = _names(result.worksheets, formats, merge)
        for name, what in names:
            _write(staging / name, _content(what, result.worksheets, paper, pdf_writer, points))
            tick(name, total)
        result.removed = _replace(out, staging, [name for name, _ in names])
        result.files = [out / name for name, _ in names]
    except BaseException as err:
        _remove(staging)
        if created:
            _remove(out)
        if isinstance(err, OSError):
            raise InputError(f"--out: cannot write in {out} ({err.strerror or err})") from None
        raise
    _remove(staging)
    result.seconds = time.perf_counter() - start
    return result


def _remove(folder: Path) -> None:
    """Remove a folder of this batch; an empty one even where listing it is refused."""
    shutil.rmtree(folder, ignore_errors=True)
    try:
        folder.rmdir()
    except OSError:
        pass


def _content(what: tuple, worksheets: list[Worksheet], paper: str, pdf_writer, points) -> str | bytes:
    fmt = what[0]
    if fmt == "pdf":
        _, ws, key = what
        return pdf_writer([ws], key, paper)
    if fmt == "class":
        return pdf_writer(worksheets, what[1], paper)
    if fmt in _TEXT:
        _, ws, key = what
        return _TEXT[fmt][1 if key else 0](ws, paper)
    if fmt == "json":
        return worksheets_json(worksheets, points)
    if fmt == "moodle":
        return moodle_xml(worksheets, points)
    return qti_zip(worksheets, points)


def _write(path: Path, data: str | bytes) -> None:
    try:
        atomic_write(path, data)
    except OSError as err:
        raise InputError(f"--out: cannot write {path.name} in {path.parent.parent} ({err.strerror or err})") from None


def _replace(out: Path, staging: Path, names: list[str]) -> list[Path]:
    """Move the staged files into ``out``; remove the earlier batch's files the new one does not have."""
    for name in names:
        os.replace(staging / name, out / name)
    keep = set(names)
    removed = []
    for path in sorted(out.iterdir()):
        if path.is_file() and OWN_NAME.match(path.name) and path.name not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
