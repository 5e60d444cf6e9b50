"""The small Markdown of lesson texts, parsed into blocks and spans so that no text from a file reaches
markup unescaped (docs/lesson-file.md, "Text").

Blocks: paragraphs (lines joined; a blank line ends one), headings (``#`` to ``###``), bullet items
(``-`` or ``*``), numbered items (``1.``), and display maths (``$$ … $$``, on one line or several).
Spans inside a block: plain text, ``**bold**``, ``*italic*``, ```code```, and inline maths ``$…$``
(LaTeX for the renderer of ``lstm_studio.symbolic.render``). A backslash before ``$``, ``*``, a backquote or
a backslash writes that character itself. Underscores are never emphasis, so ``W_hh`` stays as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,3})\s+(.*)$")
_BULLET = re.compile(r"^[-*]\s+(.*)$")
_NUMBER = re.compile(r"^\d{1,3}[.)]\s+(.*)$")
_ESCAPABLE = "$*`\\"


class MarkdownError(ValueError):
    """Text that cannot be read unambiguously (maths, code or emphasis left open); one line naming it."""


@dataclass(frozen=True)
class Span:
    """A run of inline content: ``kind`` is ``text``, ``code`` or ``math`` (LaTeX); text spans carry
    their emphasis."""

    kind: str
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    """``kind``: ``paragraph``, ``heading`` (``level`` 1–3), ``bullet``, ``number`` or ``math`` (display
    maths: one span of kind ``math``)."""

    kind: str
    spans: tuple[Span, ...]
    level: int = 0


def _spans(text: str) -> tuple[Span, ...]:
    """Inline spans of one block's text; MarkdownError for maths, code or emphasis left open."""
    out: list[Span] = []
    buf: list[str] = []
    bold = italic = False
    k, n = 0, len(text)

    def flush() -> None:
        if buf:
            out.append(Span("text", "".join(buf), bold, italic))
            buf.clear()

    while k < n:
        ch = text[k]
        if ch == "\\" and k + 1 < n and text[k + 1] in _ESCAPABLE:
            buf.append(text[k + 1])
            k += 2
        elif ch in "$`":
            end = _closing(text, k + 1, ch)
            if end < 0:
                what = "maths" if ch == "$" else "code"
                raise MarkdownError(f"a {ch} at character {k + 1} opens {what} that is never closed "
                                    f"(write \\{ch} for the character itself)")
            body = text[k + 1 : end]
            if ch == "$" and not body.strip():
                raise MarkdownError(f"empty maths $$ at character {k + 1} (display maths stands on its own line)")
            flush()
            out.append(Span("math" if ch == "$" else "code", body.strip() if ch == "$" else body))
            k = end + 1
        elif text.startswith("**", k):
            flush()
            bold = not bold
            k += 2
        elif ch == "*":
            flush()
            italic = not italic
            k += 1
        else:
            buf.append(ch)
            k += 1
    if bold or italic:
        raise MarkdownError(f"{'**' if bold else '*'} opens emphasis that is never closed (write \\* for a star)")
    flush()
    return tuple(out)


def _closing(text: str, start: int, mark: str) -> int:
    """Index of the next unescaped ``mark`` at or after ``start`` (code spans know no escapes), or −1."""
    k = start
    while k < len(text):
        if text[k] == "\\" and mark == "$":
            k += 2
            continue
        if text[k] == mark:
            return k
        k += 1
    return -1


def parse(text: str) -> list[Block]:
    """The blocks of a lesson text; MarkdownError names the first construct left open."""
    blocks: list[Block] = []
    lines = text.replace("\r\n", "\n").split("\n")
    para: list[str] = []
    item: tuple[str, list[str]] | None = None

    def end_block() -> None:
        nonlocal item
        if para:
            blocks.append(Block("paragraph", _spans(" ".join(para))))
            para.clear()
        if item is not None:
            blocks.append(Block(item[0], _spans(" ".join(item[1]))))
            item = None

    k = 0
    while k < len(lines):
        raw = lines[k]
        line = raw.strip()
        k += 1
        if line.startswith("$$"):
            end_block()
            body = [line[2:]]
            while not body[-1].rstrip().endswith("$$") or (len(body) == 1 and body[0].strip() == ""):
                if k >= len(lines):
                    raise MarkdownError("a $$ opens display maths that is never closed")
                body.append(lines[k].strip())
                k += 1
            latex = "\n".join(body).rstrip()[:-2].strip()
            if not latex:
                raise MarkdownError("empty display maths $$ $$")
            blocks.append(Block("math", (Span("math", latex),)))
            continue
        if not line:
            end_block()
            continue
        heading, bullet, number = _HEADING.match(line), _BULLET.match(line), _NUMBER.match(line)
        if heading:
            end_block()
            blocks.append(Block("heading", _spans(heading.group(2)), len(heading.group(1))))
        elif bullet:
            end_block()
            item = ("bullet", [bullet.group(1)])
        elif number:
            end_block()
            item = ("number", [number.group(1)])
        elif item is not None and raw[:1].isspace():
            item[1].append(line)
        else:
            if item is not None:
                end_block()
            para.append(line)
    end_block()
    return blocks


def problem(text: str) -> str | None:
    """The first reason ``text`` cannot be read, or None when it parses."""
    try:
        parse(text)
    except MarkdownError as err:
        return str(err)
    return None


def formulas(text: str) -> list[str]:
    """Every piece of LaTeX in the text (inline and display), in order."""
    return [s.text for b in parse(text) for s in b.spans if s.kind == "math"]


def plain(text: str) -> str:
    """The text without markup, maths kept as its LaTeX between $ (for a terminal or a tooltip)."""
    lines = []
    for block in parse(text):
        body = "".join(f"${s.text}$" if s.kind == "math" else s.text for s in block.spans)
        lines.append({"bullet": "• ", "number": "– "}.get(block.kind, "") + body)
    return "\n".join(lines)


def _default_math(latex: str, display: bool) -> str:
    tag = "div" if display else "span"
    return f"<{tag} class='math'>{html.escape(latex)}</{tag}>"


def to_html(text: str, math: Callable[[str, bool], str] | None = None) -> str:
    """HTML for a lesson text: every piece of text escaped; maths handed to ``math(latex, display)``, whose
    result is inserted as it is (the caller's renderer, e.g. an ``<img>`` of the SVG); by default the LaTeX,
    escaped, in a ``math`` span."""
    math = math or _default_math
    out = []
    items: list[str] = []
    list_tag = ""

    def close_list() -> None:
        nonlocal list_tag
        if items:
            out.append(f"<{list_tag}>" + "".join(items) + f"</{list_tag}>")
            items.clear()
        list_tag = ""

    for block in parse(text):
        if block.kind == "math":
            close_list()
            out.append(math(block.spans[0].text, True))
            continue
        inner = "".join(_span_html(s, math) for s in block.spans)
        if block.kind in ("bullet", "number"):
            tag = "ul" if block.kind == "bullet" else "ol"
            if tag != list_tag:
                close_list()
                list_tag = tag
            items.append(f"<li>{inner}</li>")
            continue
        close_list()
        if block.kind == "heading":
            out.append(f"<h{block.level + 2}>{inner}</h{block.level + 2}>")
        else:
            out.append(f"<p>{inner}</p>")
    close_list()
    return "".join(out)


def _span_html(span: Span, math: Callable[[str, bool], str]) -> str:
    if span.kind == "math":
        return math(span.text, False)
    body = html.escape(span.text)
    if span.kind == "code":
        return f"<code>{body}</code>"
    if span.italic:
        body = f"<i>{body}</i>"
    if span.bold:
        body = f"<b>{body}</b>"
    return body
