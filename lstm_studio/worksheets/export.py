"""Writing a batch of worksheets and answer keys to a folder, as a plain function with progress and cancel.

Files, for variant n (zero-padded): ``worksheet-NN.<ext>`` and ``answers-NN.<ext>`` for pdf, html, md and
tex, and one ``worksheets.json`` for the whole batch. PDF drawing needs Qt, so the caller passes the PDF
writer (``lstm_studio.app.worksheets.pdf.writer.write_pdf``); this module stays Qt-free.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lstm_studio.document.errors import InputError
from lstm_studio.document.modelfile import atomic_write
from lstm_studio.worksheets.generate import CancelCheck, Cancelled, Progress, build
from lstm_studio.worksheets.problem import FORMATS, MAX_VARIANTS, PAPERS, Problem
from lstm_studio.worksheets.render_html import answer_key_html, worksheet_html
from lstm_studio.worksheets.render_json import worksheets_json
from lstm_studio.worksheets.render_latex import answer_key_latex, worksheet_latex
from lstm_studio.worksheets.render_markdown import answer_key_markdown, worksheet_markdown
from lstm_studio.worksheets.sheet import Worksheet

#: (worksheet, path, key, paper) -> None; draws one PDF.
PdfWriter = Callable[[Worksheet, Path, bool, str], None]

_TEXT = {
    "html": (worksheet_html, answer_key_html),
    "md": (lambda ws, paper: worksheet_markdown(ws), lambda ws, paper: answer_key_markdown(ws)),
    "tex": (worksheet_latex, answer_key_latex),
}


def parse_formats(text: str) -> tuple[str, ...]:
    """``pdf,html`` -> ("pdf", "html") in the canonical order; InputError naming an unknown format."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    if not names:
        raise InputError(f"--format: no format given (choose from {', '.join(FORMATS)})")
    names = ["md" if n == "markdown" else "tex" if n == "latex" else n for n in names]
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise InputError(f"--format: unknown format {unknown[0]!r} (choose from {', '.join(FORMATS)})")
    return tuple(f for f in FORMATS if f in names)


@dataclass
class ExportResult:
    worksheets: list[Worksheet] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    seconds: float = 0.0


def _prepare(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"--out: {out_dir} is a file, not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"--out: cannot create {out_dir} ({err.strerror or err})") from None


def _write(path: Path, text: str) -> None:
    try:
        atomic_write(path, text)
    except OSError as err:
        raise InputError(f"--out: cannot write {path} ({err.strerror or err})") from None


def export_batch(
    base: Problem,
    variants: int,
    out_dir: str | Path,
    formats: tuple[str, ...],
    paper: str = "a4",
    pdf_writer: PdfWriter | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Build variants 1 … ``variants`` of ``base`` and write them in ``formats`` to ``out_dir``.

    Reports (done, total, message) after every file; raises :class:`Cancelled` as soon as ``cancelled()``
    is true (files already written stay). Returns the worksheets and the files written, with the time taken.
    """
    if not 1 <= variants <= MAX_VARIANTS:
        raise InputError(f"--variants: {variants} is outside 1..{MAX_VARIANTS}")
    if paper not in PAPERS:
        raise InputError(f"--paper: {paper!r} is not one of {', '.join(PAPERS)}")
    if "pdf" in formats and pdf_writer is None:
        raise InputError("--format: PDF output needs the PDF writer (lstm_studio.app.worksheets.pdf.writer)")
    out = Path(out_dir)
    _prepare(out)
    start = time.perf_counter()
    result = ExportResult()
    per_variant = [f for f in formats if f != "json"]
    total = variants * (1 + 2 * len(per_variant)) + (1 if "json" in formats else 0)
    done = 0
    width = max(2, len(str(variants)))

    def tick(message: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, message)
        if cancelled is not None and cancelled():
            raise Cancelled()

    if cancelled is not None and cancelled():
        raise Cancelled()
    for n in range(1, variants + 1):
        ws = build(base.with_variant(n))
        result.worksheets.append(ws)
        tick(f"variant {n} of {variants}: questions and answers")
        for fmt in per_variant:
            for key in (False, True):
                path = out / f"{'answers' if key else 'worksheet'}-{n:0{width}d}.{fmt}"
                if fmt == "pdf":
                    assert pdf_writer is not None  # checked on entry
                    pdf_writer(ws, path, key, paper)
                else:
                    _write(path, _TEXT[fmt][1 if key else 0](ws, paper))
                result.files.append(path)
                tick(f"variant {n} of {variants}: {path.name}")
    if "json" in formats:
        path = out / "worksheets.json"
        _write(path, worksheets_json(result.worksheets))
        result.files.append(path)
        tick(path.name)
    result.seconds = time.perf_counter() - start
    return result
