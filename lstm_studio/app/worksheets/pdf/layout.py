"""Page layout of worksheets and answer keys: blocks -> pages of drawing operations, and painting them.

Math is drawn as STIX Two Math glyph runs or filled outlines (:mod:`.worksheet_math`); prose, numbers and
answers are real text, so a PDF reader can search and copy them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from lstm_studio.app.worksheets.pdf.boxes import (
    BODY_PT,
    GREY,
    INK,
    MATH_SMALL_PT,
    BoxOp,
    Chunk,
    LineOp,
    MathOp,
    Op,
    TextOp,
    chain,
    equations,
    flow,
    font,
    matrix_row,
    metrics,
    shift,
    text_width,
)
from lstm_studio.app.worksheets.pdf.mathtext import DPI, K, math_font
from lstm_studio.worksheets.document import (
    LABELS,
    Block,
    Equations,
    Heading,
    MatrixRow,
    NameLine,
    Paragraph,
    QuestionBlock,
    Title,
    tolerance_text,
)
from lstm_studio.worksheets.i18n import tr
from lstm_studio.worksheets.latex import split_breaks
from lstm_studio.worksheets.rich import Math, Rich, rich
from lstm_studio.worksheets.sheet import LETTERS

PAPER_POINTS = {"a4": (595.276, 841.89), "letter": (612.0, 792.0)}

#: The page's own words, in one place.
TEXT = {
    "code": LABELS["code"],
    "name": LABELS["name"],
    "date": LABELS["date"],
    "footer_code": "Variant code {code}",
    "page": "Page {n} of {total}",
}
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 54.0, 48.0, 58.0
#: A block (a key question with its solution) shorter than this part of a page is never split; a longer one
#: may break between solution steps rather than leave half a page empty.
KEEP_WHOLE = 0.4


# --- blocks -------------------------------------------------------------------------------------


def title_chunk(block: Title, width: float) -> Chunk:
    """The title and subtitle with the code boxed on their right; a code too long for that (a wide
    vocabulary is spelled out in it) goes in its own box under them, shrunk to the width if need be."""
    chunk = Chunk(0.0)
    code_font, label_font = font(12, bold=True, mono=True), font(7)
    code_w = text_width(block.code, code_font) + 16 * K
    code_h = metrics(code_font).height() + 9 * K
    beside = code_w <= 0.42 * width
    room = width - code_w - 12 * K if beside else width
    title = flow(rich(block.text), room, font(17, bold=True), leading=1.1)
    sub = flow(rich(block.subtitle), room, font(8.5), GREY, leading=1.2)
    chunk.ops += title.ops + [shift(op, 0, title.height) for op in sub.ops]
    if beside:
        box = QRectF(width - code_w, 10 * K, code_w, code_h)
    else:
        if code_w > width:
            code_font = font(12 * width / code_w, bold=True, mono=True)
            code_w = text_width(block.code, code_font) + 16 * K
        box = QRectF(0.0, title.height + sub.height + 12 * K, code_w, code_h)
    chunk.ops.append(TextOp(box.left(), box.top() - 3 * K, tr(TEXT["code"], block.language).upper(), label_font,
                            GREY))
    chunk.ops.append(BoxOp(box, 1.2 * K))
    chunk.ops.append(TextOp(box.left() + 8 * K, box.bottom() - 4.5 * K - metrics(code_font).descent(), block.code,
                            code_font))
    chunk.height = max(title.height + sub.height, box.bottom()) + 4 * K
    return chunk


def name_chunk(width: float, name: str = "", language: str = "en") -> Chunk:
    f = font(10)
    fm = metrics(f)
    baseline = 16 * K
    chunk = Chunk(baseline + fm.descent() + 10 * K)
    x = 0.0
    for label, length, filled in ((tr(TEXT["name"], language), 210 * K, name),
                                  (tr(TEXT["date"], language), 90 * K, "")):
        chunk.ops.append(TextOp(x, baseline, label, f))
        x += text_width(label, f) + 6 * K
        if filled:
            shown = font(10 * min(1.0, (length - 4 * K) / max(text_width(filled, f), 1.0)), bold=True)
            chunk.ops.append(TextOp(x + 2 * K, baseline, filled, shown))
        chunk.ops.append(LineOp(x, baseline + 2 * K, x + length, baseline + 2 * K, 0.7 * K, INK))
        x += length + 24 * K
    chunk.ops.append(LineOp(0, chunk.height - 3 * K, width, chunk.height - 3 * K, 1.4 * K, INK))
    return chunk


def heading_chunk(text: str, width: float) -> Chunk:
    body = flow(rich(text), width, font(12, bold=True), leading=1.2)
    top = 8 * K
    chunk = Chunk(top + body.height + 5 * K, [shift(op, 0, top) for op in body.ops])
    chunk.ops.append(LineOp(0, top + body.height + 1 * K, width, top + body.height + 1 * K, 0.5 * K))
    return chunk


def _given_rich(q) -> Rich:
    parts: list = [tr(LABELS["given"], q.language) + ": "]
    for n, g in enumerate(q.given):
        if n:
            parts.append(",   ")
        # A long vector comes in pieces, so that the line breaks between its entries instead of shrinking.
        parts += [Math(piece) for piece in split_breaks(f"{g.name} = {g.value}")]
    return rich(*parts)


def _working_space(q) -> float:
    """Points of blank space above the answer line, by how much a student has to write down."""
    if q.choices:
        return 4.0
    if q.kind == "conceptual":
        return 40.0
    if q.kind == "backward":
        return 60.0 if q.quantity.startswith("dL/") else 110.0
    return min(120.0, 22.0 + 14.0 * len(q.solution))


def question_chunks(block: QuestionBlock, width: float, answer_line: bool = True,
                    prompt: bool = True, space: float = 1.0) -> list[Chunk]:
    """A question as chunks: in a worksheet, the prompt with working space and an answer line (unless
    ``answer_line`` is false; ``space`` scales the working space); in a key, the prompt (unless ``prompt`` is
    false), the answer, then one chunk per solution step."""
    q = block.question
    indent = 20 * K
    body = font(BODY_PT)
    head = Chunk(0.0)
    y = 0.0
    if prompt:
        number = TextOp(0, 0, f"{block.number}.", font(BODY_PT, bold=True))
        text = flow(q.prompt, width - indent, body)
        number.y = next((op.y for op in text.ops if isinstance(op, TextOp)), metrics(body).ascent())
        head.ops.append(number)
        head.ops += [shift(op, indent, 0) for op in text.ops]
        y = text.height
    if q.given and prompt:
        given = flow(_given_rich(q), width - indent - 10 * K, font(BODY_PT - 0.5), math_pt=MATH_SMALL_PT)
        head.ops += [shift(op, indent + 10 * K, y + 2 * K) for op in given.ops]
        y += given.height + 2 * K
    for letter, choice in zip(LETTERS, q.choices if prompt else ()):
        label = f"({letter})"
        text = flow(choice, width - indent - 34 * K, body)
        base = next((op.y for op in text.ops if isinstance(op, TextOp)), metrics(body).ascent())
        head.ops.append(TextOp(indent + 10 * K, y + base, label, body))
        head.ops += [shift(op, indent + 34 * K, y) for op in text.ops]
        y += text.height
    if not block.key and not answer_line:
        head.height = y + 4 * K
        return [head]
    if not block.key:
        y += _working_space(q) * space * K
        f = font(BODY_PT)
        baseline = y + metrics(f).ascent()
        label = tr(LABELS["answer"], q.language) + ":"
        head.ops.append(TextOp(indent, baseline, label, f))
        x = indent + text_width(label, f) + 6 * K
        head.ops.append(LineOp(x, baseline + 2 * K, x + 170 * K, baseline + 2 * K, 0.7 * K, INK))
        head.height = baseline + metrics(f).descent() + 16 * K
        return [head]
    answer_font, tol_font = font(10.5, bold=True), font(9)
    baseline = y + 4 * K + metrics(answer_font).ascent()
    answer = f"{tr(LABELS['answer'], q.language)}: {q.answer_text}"
    head.ops.append(TextOp(indent, baseline, answer, answer_font))
    head.ops.append(TextOp(indent + text_width(answer, answer_font) + 8 * K, baseline, f"({tolerance_text(q)})",
                           tol_font, GREY))
    head.height = baseline + metrics(answer_font).descent() + 4 * K
    chunks = [head]
    step_indent = indent + 10 * K
    for step in q.solution:
        label = flow(step.label, width - step_indent, font(8.5, italic=True), GREY, math_pt=9.0, leading=1.2)
        math = chain(step, width - step_indent - 12 * K, MATH_SMALL_PT)
        chunk = Chunk(label.height + math.height + 5 * K, [shift(op, step_indent, 2 * K) for op in label.ops])
        chunk.ops += [shift(op, step_indent + 12 * K, label.height + 3 * K) for op in math.ops]
        chunks.append(chunk)
    chunks[-1].height += 12 * K
    return chunks


def block_chunks(block: Block, width: float, space: float = 1.0) -> list[Chunk]:
    if isinstance(block, Title):
        return [title_chunk(block, width)]
    if isinstance(block, NameLine):
        return [name_chunk(width, block.name, block.language)]
    if isinstance(block, Heading):
        return [heading_chunk(block.text, width)]
    if isinstance(block, Paragraph):
        p = flow(block.text, width, font(BODY_PT))
        p.height += 5 * K
        return [p]
    if isinstance(block, Equations):
        eq = equations(block.lines, width)
        eq.height += 6 * K
        return [eq]
    if isinstance(block, MatrixRow):
        return [matrix_row(block, width)]
    if isinstance(block, QuestionBlock):
        return question_chunks(block, width, space=space)
    raise TypeError(f"unknown block {block!r}")


# --- pages ------------------------------------------------------------------------------------


@dataclass
class Page:
    ops: list[Op]


@dataclass
class Document:
    """Laid-out pages (device units) and what the footer says."""

    pages: list[Page]
    paper: str
    footer: str
    code: str
    language: str = "en"

    @property
    def size(self) -> tuple[float, float]:
        w, h = PAPER_POINTS[self.paper]
        return w * K, h * K


def layout(blocks: list[Block], paper: str, footer: str, code: str, language: str = "en") -> Document:
    """Break blocks into pages: a worksheet question stays on one page; a key question too unless it is
    long (see KEEP_WHOLE), then it breaks between solution steps; a heading never ends a page. When less
    working space would save a page (a last page with one question on it), the working space shrinks,
    down to about half."""
    doc = _paginate(blocks, paper, footer, code, 1.0, language)
    for space in (0.85, 0.7, 0.55):
        if len(doc.pages) == 1:
            break
        tighter = _paginate(blocks, paper, footer, code, space, language)
        if len(tighter.pages) < len(doc.pages):
            return tighter
    return doc


def _paginate(blocks: list[Block], paper: str, footer: str, code: str, space: float, language: str) -> Document:
    page_w, page_h = (v * K for v in PAPER_POINTS[paper])
    width = page_w - 2 * MARGIN_X * K
    top, bottom = MARGIN_TOP * K, page_h - MARGIN_BOTTOM * K
    pages = [Page([])]
    y = top

    def place(chunk: Chunk) -> None:
        nonlocal y
        if y + chunk.height > bottom and y > top:
            pages.append(Page([]))
            y = top
        pages[-1].ops += [shift(op, MARGIN_X * K, y) for op in chunk.ops]
        y += chunk.height

    pending_heading: Chunk | None = None
    for block in blocks:
        chunks = block_chunks(block, width, space)
        if isinstance(block, Heading):
            pending_heading = chunks[0]
            continue
        total = sum(c.height for c in chunks) + (pending_heading.height if pending_heading else 0.0)
        first = chunks[0].height + (pending_heading.height if pending_heading else 0.0)
        keep_whole = total <= KEEP_WHOLE * (bottom - top)
        needed = total if keep_whole else first
        if y + needed > bottom and y > top:
            pages.append(Page([]))
            y = top
        if pending_heading is not None:
            place(pending_heading)
            pending_heading = None
        for chunk in chunks:
            place(chunk)
    if pending_heading is not None:
        place(pending_heading)
    return Document(pages, paper, footer, code, language)


def _footer_ops(doc: Document, number: int) -> list[Op]:
    page_w, page_h = doc.size
    f = font(7.5)
    baseline = page_h - 30 * K
    left, right = MARGIN_X * K, page_w - MARGIN_X * K
    centre = tr(TEXT["footer_code"], doc.language).format(code=doc.code)
    page = tr(TEXT["page"], doc.language).format(n=number, total=len(doc.pages))
    ops = [
        LineOp(left, baseline - 11 * K, right, baseline - 11 * K, 0.5 * K),
        TextOp(left, baseline, doc.footer, f, GREY),
        TextOp(right - text_width(page, f), baseline, page, f, GREY),
    ]
    room = right - left - 2 * max(text_width(doc.footer, f), text_width(page, f)) - 24 * K
    if text_width(centre, f) <= room:
        ops.append(TextOp((left + right - text_width(centre, f)) / 2, baseline, centre, f, GREY))
    else:  # a long code gets a line of its own under the others
        ops.append(TextOp(left, baseline + 10 * K, centre, f, GREY))
    return ops


def _paint_math(painter: QPainter, op: MathOp) -> None:
    """A formula: outlines in points scaled by ``op.scale``; glyph runs in their own point size, scaled by
    ``op.scale / K`` (the font size already brings the 1200 dpi factor)."""
    color = QColor(op.color)
    if not op.picture.path.isEmpty():
        painter.save()
        painter.translate(op.x, op.y)
        painter.scale(op.scale, op.scale)
        painter.fillPath(op.picture.path, color)
        painter.restore()
    painter.setPen(color)
    s = op.scale / K
    for g in op.picture.glyphs:
        painter.save()
        painter.translate(op.x + g.x * op.scale, op.y + g.y * op.scale)
        painter.scale(s * g.sx, s * g.sy)
        painter.setFont(math_font(g.size))
        painter.drawText(QPointF(0, 0), g.text)
        reading = _reading(g.text)
        if reading:
            # Qt writes no text for characters beyond the BMP (the math italic letters), so PDF readers,
            # copy-paste and screen readers would lose them: the plain letter goes under it, invisible.
            painter.setPen(QColor(0, 0, 0, 0))
            painter.drawText(QPointF(0, 0), reading)
            painter.setPen(color)
        painter.restore()


def _reading(text: str) -> str:
    """The plain letters of a glyph run that has characters beyond the BMP (𝑓 -> f, 𝜎 -> σ); "" otherwise."""
    if all(ord(ch) <= 0xFFFF for ch in text):
        return ""
    return unicodedata.normalize("NFKC", text)


def paint(painter: QPainter, doc: Document, number: int) -> None:
    """Draw page ``number`` (1-based) with its footer; the painter's device units must be 1200 dpi."""
    _paint_ops(painter, doc.pages[number - 1].ops + _footer_ops(doc, number))


def _paint_ops(painter: QPainter, ops: list[Op]) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    for op in ops:
        if isinstance(op, TextOp):
            painter.setFont(op.font)
            painter.setPen(QColor(op.color))
            painter.drawText(QPointF(op.x, op.y), op.text)
        elif isinstance(op, MathOp):
            _paint_math(painter, op)
        elif isinstance(op, LineOp):
            if op.width <= 0:
                continue
            painter.setPen(QPen(QColor(op.color), op.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawLine(QPointF(op.x1, op.y1), QPointF(op.x2, op.y2))
        else:
            painter.setPen(QPen(QColor(op.color), op.width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(op.rect, 3 * K, 3 * K)


def _canvas(width: float, height: float, pixels_per_point: float, ratio: float) -> tuple[QImage, QPainter]:
    """A white image of (width, height) device units at ``pixels_per_point`` × ``ratio`` (the screen's device
    pixel ratio), reporting 1200 dpi so that fonts get the PDF's sizes, and a painter in device units."""
    scale = pixels_per_point * ratio / K
    image = QImage(max(1, round(width * scale)), max(1, round(height * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    dpm = round(DPI / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    return image, painter


def page_image(doc: Document, number: int, pixels_per_point: float = 1.5, ratio: float = 1.0) -> QImage:
    """Page ``number`` as an image for the preview, laid out exactly as in the PDF."""
    page_w, page_h = doc.size
    image, painter = _canvas(page_w, page_h, pixels_per_point, ratio)
    paint(painter, doc, number)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def question_image(block: QuestionBlock, width_pt: float = 470.0, pixels_per_point: float = 1.4,
                   ratio: float = 1.0) -> QImage:
    """One question as an image for the answer checker: the prompt (a worksheet block), or the answer and
    the worked solution without the prompt (a key block)."""
    margin = 6 * K
    chunks = question_chunks(block, width_pt * K, answer_line=False, prompt=not block.key)
    height = sum(c.height for c in chunks) + 2 * margin
    image, painter = _canvas(width_pt * K + 2 * margin, height, pixels_per_point, ratio)
    ops: list[Op] = []
    y = margin
    for chunk in chunks:
        ops += [shift(op, margin, y) for op in chunk.ops]
        y += chunk.height
    _paint_ops(painter, ops)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image
