"""The pieces of a worksheet page: fonts, drawing operations, prose with inline math, solution chains,
display equations and weight tables, measured in the units of a 1200 dpi device (``K`` per point).

Measuring and drawing at the PDF's own resolution means the preview (a QImage that reports 1200 dpi, painted
scaled down) breaks lines exactly like the PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from lstm_studio.app.worksheets.pdf.math import MathPicture, math_picture
from lstm_studio.app.worksheets.pdf.mathtext import K, measuring_device
from lstm_studio.worksheets.document import Matrix, MatrixRow, column_blocks
from lstm_studio.worksheets.latex import split_breaks
from lstm_studio.worksheets.rich import Math, Rich, plain_math, rich
from lstm_studio.worksheets.sheet import Step

INK, GREY, RULE = "#111111", "#555555", "#9a9a9a"
MATH_PT, MATH_SMALL_PT, BODY_PT = 11.0, 10.5, 9.5
BODY_FAMILY, MONO_FAMILY = "DejaVu Sans", "DejaVu Sans Mono"


# --- fonts and measuring ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Make sure DejaVu Sans exists: ziafont ships it, so the PDF looks the same on every machine."""
    if BODY_FAMILY in QFontDatabase.families():
        return
    font_file = resources.files("ziafont") / "fonts" / "DejaVuSans.ttf"
    QFontDatabase.addApplicationFontFromData(font_file.read_bytes())


def font(size: float, bold: bool = False, italic: bool = False, mono: bool = False) -> QFont:
    register_fonts()
    f = QFont(MONO_FAMILY if mono else BODY_FAMILY)
    f.setPointSizeF(size)
    f.setBold(bold)
    f.setItalic(italic)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    f.setKerning(True)
    f.setFeature(QFont.Tag("liga"), 0)  # no "fi" ligature glyphs, so that PDF text search finds "fixed"
    return f


@lru_cache(maxsize=64)
def metrics(f: QFont) -> QFontMetricsF:
    return QFontMetricsF(f, measuring_device())


def text_width(text: str, f: QFont) -> float:
    return metrics(f).horizontalAdvance(text)


# --- drawing operations (device units) ----------------------------------------------------------


@dataclass
class TextOp:
    x: float
    y: float
    text: str
    font: QFont
    color: str = INK


@dataclass
class MathOp:
    x: float
    y: float
    picture: MathPicture
    scale: float
    color: str = INK


@dataclass
class LineOp:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    color: str = RULE


@dataclass
class BoxOp:
    rect: QRectF
    width: float
    color: str = INK


Op = TextOp | MathOp | LineOp | BoxOp


@dataclass
class Chunk:
    """A piece of a block that is never split over two pages; ops are relative to its top-left."""

    height: float
    ops: list[Op] = field(default_factory=list)


def shift(op: Op, dx: float, dy: float) -> Op:
    if isinstance(op, (TextOp, MathOp)):
        return type(op)(**{**op.__dict__, "x": op.x + dx, "y": op.y + dy})
    if isinstance(op, LineOp):
        return LineOp(op.x1 + dx, op.y1 + dy, op.x2 + dx, op.y2 + dy, op.width, op.color)
    return BoxOp(op.rect.translated(dx, dy), op.width, op.color)


def _pic(latex: str, size_pt: float) -> MathPicture | None:
    try:
        return math_picture(latex, size_pt)
    except ValueError:
        return None


# --- text with inline math ----------------------------------------------------------------------


@dataclass
class _Token:
    text: str | None
    picture: MathPicture | None
    space_before: bool
    width: float
    ascent: float
    descent: float


def _tokens(text: Rich, f: QFont, math_pt: float) -> list[_Token]:
    m = metrics(f)
    out: list[_Token] = []
    pending_space = False
    for seg in text:
        if isinstance(seg, Math):
            pic = _pic(seg.latex, math_pt)
            if pic is None:
                word = plain_math(seg.latex)
                out.append(_Token(word, None, pending_space, m.horizontalAdvance(word), m.ascent(), m.descent()))
            else:
                out.append(_Token(None, pic, pending_space, pic.width * K, pic.ascent * K, pic.descent * K))
            pending_space = False
            continue
        words = seg.split(" ")
        for n, word in enumerate(words):
            if n > 0:
                pending_space = True
            for piece in _BREAKABLE.findall(word):
                out.append(_Token(piece, None, pending_space, m.horizontalAdvance(piece), m.ascent(), m.descent()))
                pending_space = False
    return out


_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
#: Chinese prose has no spaces: a line may break before any character, except before closing punctuation
#: (kept with the character before it) and after an opening bracket (kept with the one after it).
_BREAKABLE = re.compile(rf"[（《“]*[{_CJK}][，。、；：？！）》”]*|[^{_CJK}]+[，。、；：？！）》”]*")


def flow(text: Rich, width: float, f: QFont, color: str = INK, math_pt: float = MATH_PT,
         indent: float = 0.0, leading: float = 1.3) -> Chunk:
    """Prose with inline math, broken into lines of at most ``width``; returns one chunk."""
    tokens = _tokens(text, f, math_pt)
    m = metrics(f)
    space = m.horizontalAdvance(" ")
    min_line = m.height() * leading
    lines: list[list[tuple[float, _Token]]] = [[]]
    x = indent
    for tok in tokens:
        scale = 1.0
        if tok.width > width - indent:
            scale = (width - indent) / tok.width
        w = tok.width * scale
        gap = space if tok.space_before and lines[-1] else 0.0
        if lines[-1] and x + gap + w > width:
            lines.append([])
            x, gap = indent, 0.0
        lines[-1].append((x + gap, tok if scale == 1.0 else _scaled(tok, scale)))
        x += gap + w
    chunk = Chunk(0.0)
    y = 0.0
    for line in lines:
        ascent = max([m.ascent()] + [t.ascent for _, t in line])
        descent = max([m.descent()] + [t.descent for _, t in line])
        height = max(min_line, ascent + descent + 0.25 * m.height())
        baseline = y + (height - ascent - descent) / 2 + ascent
        for tx, tok in line:
            if tok.picture is not None:
                if tok.picture.width <= 0:
                    continue  # nothing to draw (a formula of white space only)
                chunk.ops.append(MathOp(tx, baseline, tok.picture, K * tok.width / (tok.picture.width * K), color))
            else:
                chunk.ops.append(TextOp(tx, baseline, tok.text, f, color))
        y += height
    chunk.height = y
    return chunk


def _scaled(tok: _Token, scale: float) -> _Token:
    return _Token(tok.text, tok.picture, tok.space_before, tok.width * scale, tok.ascent * scale,
                  tok.descent * scale)


# --- display math ------------------------------------------------------------------------------


def _row_height(pics: list[MathPicture], scale: float) -> tuple[float, float]:
    ascent = max(p.ascent for p in pics) * K * scale
    descent = max(p.descent for p in pics) * K * scale
    return ascent, descent


def _pack(pieces: list[str], prefix: str, first_room: float, room: float, math_pt: float) -> list[str]:
    """Pieces joined into as few lines as fit: the first line gets ``prefix`` and ``first_room``."""
    lines: list[str] = []
    current = prefix + pieces[0]
    for piece in pieces[1:]:
        candidate = _pic(f"{current} {piece}", math_pt)
        limit = first_room if not lines else room
        if candidate is not None and candidate.width * K <= limit:
            current = f"{current} {piece}"
        else:
            lines.append(current)
            current = "{} " + piece  # an empty atom first, so that a leading "+" is spaced as binary
    lines.append(current)
    return lines


def chain(step: Step, width: float, math_pt: float = MATH_PT) -> Chunk:
    """A worked-solution chain ``formula = … = result`` aligned on "=", broken where it does not fit.

    Each "= part" goes on the current row if it fits, else on a new row at the "=" column; a part wider
    than a row is cut at its break marks (continuation rows indented), and shrunk only if a piece alone
    is still too wide.
    """
    parts = [p for p in step.chain if p]
    chunk = Chunk(0.0)
    if not parts:
        return chunk
    lhs, sep, rhs = parts[0].partition(" = ")
    items = ([rhs] if sep else []) + parts[1:]
    lhs_pic = _pic(lhs, math_pt)
    if lhs_pic is None:
        return flow(rich(plain_math(" = ".join(parts))), width, font(9))
    gap = 0.28 * math_pt * K
    lhs_scale = min(1.0, width / (lhs_pic.width * K))
    rows: list[list[tuple[float, MathPicture, float]]] = [[(0.0, lhs_pic, lhs_scale)]]
    align = lhs_pic.width * K * lhs_scale + gap
    if align > 0.45 * width:
        align = 2.0 * math_pt * K
    indent = align + 1.5 * math_pt * K
    x = lhs_pic.width * K * lhs_scale + gap

    def put(start: float, pic: MathPicture, new_row: bool) -> float:
        scale = min(1.0, (width - start) / (pic.width * K))
        if new_row:
            rows.append([])
        rows[-1].append((start, pic, scale))
        return start + pic.width * K * scale + gap

    for item in items:
        pic = _pic("= " + item, math_pt)
        if pic is None:
            continue
        w = pic.width * K
        lhs_only = len(rows) == 1 and len(rows[0]) == 1
        if x + w <= width:
            x = put(x, pic, new_row=False)
        elif w <= width - align and not (lhs_only and width - x > 0.5 * width):
            x = put(align, pic, new_row=True)
        else:
            # Too long for a row: cut at its break marks; the first piece stays beside the left side.
            start, new_row = (x, False) if lhs_only else (align, True)
            lines = _pack(split_breaks(item), "= ", width - start, width - indent, math_pt)
            for n, text in enumerate(lines):
                line_pic = _pic(text, math_pt)
                if line_pic is not None:
                    x = put(start if n == 0 else indent, line_pic, new_row=new_row or n > 0)
    y = 0.0
    for row in rows:
        ascent = max(p.ascent * s for _, p, s in row) * K
        descent = max(p.descent * s for _, p, s in row) * K
        baseline = y + ascent
        for rx, pic, scale in row:
            chunk.ops.append(MathOp(rx, baseline, pic, K * scale))
        y = baseline + descent + 0.35 * math_pt * K
    chunk.height = y
    return chunk


def equations(lines: tuple[str, ...], width: float) -> Chunk:
    """Display equations in two columns, each aligned on its first "="."""
    cell = [eq for eq in lines if not eq.startswith(("y_t", "p_t", r"\sigma(a)"))]
    rest = [eq for eq in lines if eq not in cell]
    chunk = Chunk(0.0)
    heights = []
    for column, eqs in enumerate((cell, rest)):
        pairs = []
        for eq in eqs:
            lhs, _, rhs = eq.partition(" = ")
            left, right = _pic(lhs, MATH_PT), _pic("= " + rhs, MATH_PT)
            if left is not None and right is not None:
                pairs.append((left, right))
        if not pairs:
            heights.append(0.0)
            continue
        align = max(left.width for left, _ in pairs) * K
        x0 = 18.0 * K if column == 0 else width * 0.60
        y = 0.0
        for left, right in pairs:
            ascent, descent = _row_height([left, right], 1.0)
            baseline = y + ascent
            chunk.ops.append(MathOp(x0 + align - left.width * K, baseline, left, K))
            chunk.ops.append(MathOp(x0 + align + 0.28 * MATH_PT * K, baseline, right, K))
            y = baseline + descent + 0.55 * MATH_PT * K
        heights.append(y)
    chunk.height = max(heights)
    return chunk


# --- weights ----------------------------------------------------------------------------------


def matrix_box(m: Matrix) -> Chunk:
    """One parameter as a small labelled table; every column of every table has the same width."""
    f, label_font = font(8.5), font(7.5)
    fm = metrics(f)
    name = _pic(m.latex, MATH_SMALL_PT)
    pad = 5.0 * K
    label_w = max([text_width(r, label_font) for r in m.row_labels] + [name.width * K if name else 0.0]) + pad
    widest_number = text_width("−8." + "8" * m.decimals, f)
    col_w = [max(widest_number, text_width(lbl, label_font)) + 2 * pad for lbl in m.col_labels]
    row_h = fm.height() * 1.18
    head_h = max(row_h, (name.height * K if name else 0) + 2 * K)
    chunk = Chunk(head_h + row_h * len(m.row_labels) + 2 * K)
    if name is not None:
        chunk.ops.append(MathOp(0.0, head_h - name.descent * K - 2 * K, name, K))
    x = label_w
    for c, lbl in enumerate(m.col_labels):
        chunk.ops.append(TextOp(x + col_w[c] - pad - text_width(lbl, label_font), head_h - fm.descent() - K, lbl,
                                label_font, GREY))
        x += col_w[c]
    total_w = x
    chunk.ops.append(LineOp(label_w - pad / 2, head_h, total_w, head_h, 0.6 * K))
    chunk.ops.append(LineOp(label_w - pad / 2, head_h, label_w - pad / 2, chunk.height, 0.6 * K))
    for r, lbl in enumerate(m.row_labels):
        baseline = head_h + row_h * (r + 1) - fm.descent() - 0.1 * row_h
        chunk.ops.append(TextOp(label_w - pad - text_width(lbl, label_font), baseline, lbl, label_font, GREY))
        x = label_w
        for c in range(len(m.col_labels)):
            value = m.cell(r, c)
            chunk.ops.append(TextOp(x + col_w[c] - pad - text_width(value, f), baseline, value, f))
            x += col_w[c]
    return chunk


def chunk_width(chunk: Chunk) -> float:
    right = 0.0
    for op in chunk.ops:
        if isinstance(op, TextOp):
            right = max(right, op.x + text_width(op.text, op.font))
        elif isinstance(op, MathOp):
            right = max(right, op.x + op.picture.width * op.scale)
        elif isinstance(op, LineOp):
            right = max(right, op.x1, op.x2)
        else:
            right = max(right, op.rect.right())
    return right


def _fitting_blocks(m: Matrix, width: float) -> list[Matrix]:
    """``m`` split into as few column blocks as fit ``width`` (every column printed, none cut off)."""
    for max_cols in range(len(m.col_labels), 0, -1):
        parts = column_blocks(m, max_cols)
        if all(chunk_width(matrix_box(part)) <= width for part in parts):
            return parts
    return column_blocks(m, 1)


def matrix_row(row: MatrixRow, width: float) -> Chunk:
    caption = flow(rich(row.caption), width, font(8.5, bold=True), leading=1.15)
    chunk = Chunk(0.0, list(caption.ops))
    y = caption.height + 1.5 * K
    x, line_h = 0.0, 0.0
    gap = 16.0 * K
    for m in (part for matrix in row.matrices for part in _fitting_blocks(matrix, width)):
        box = matrix_box(m)
        w = chunk_width(box)
        if x > 0 and x + w > width:
            y += line_h + 6 * K
            x, line_h = 0.0, 0.0
        chunk.ops += [shift(op, x, y) for op in box.ops]
        x += w + gap
        line_h = max(line_h, box.height)
    chunk.height = y + line_h + 7 * K
    return chunk


