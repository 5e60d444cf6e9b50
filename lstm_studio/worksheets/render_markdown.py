"""Markdown: math as ``$…$`` and ``$$…$$`` (GitHub, GitLab, Jupyter, Obsidian render it), weights as tables."""

from __future__ import annotations

from lstm_studio.worksheets.document import (
    LABELS,
    BlockRenderer,
    QuestionBlock,
    chain_rows,
    column_blocks,
    tolerance_text,
)
from lstm_studio.worksheets.i18n import tr
from lstm_studio.worksheets.latex import strip_breaks
from lstm_studio.worksheets.rich import Rich
from lstm_studio.worksheets.sheet import LETTERS, Step, Worksheet

#: Columns of one weight table before it is split.
MAX_COLUMNS = 12

#: The file's own words, in one place.
TEXT = {
    "blank": "______________________",
    "worked": "Worked solution:",
}


def _label(name: str, language: str) -> str:
    return _prose(tr(LABELS[name], language))


def _prose(text: str) -> str:
    return "".join("\\" + ch if ch in "\\*_`<>" else ch for ch in text)


def _math(latex: str) -> str:
    """Maths as the Markdown carries it: < and > as entities, so that a token can never open an HTML tag."""
    return latex.replace("<", "&lt;").replace(">", "&gt;")


def _rich(text: Rich) -> str:
    return "".join(_prose(seg) if isinstance(seg, str) else f"${_math(seg.latex)}$" for seg in text)


def _chain(step: Step) -> str:
    rows = chain_rows(step)
    if not rows:
        return ""
    if len(rows) == 1 and not rows[0][1]:
        return rows[0][0]
    return r"\begin{aligned} " + r" \\ ".join(f"{left} &{right}" for left, right in rows) + r" \end{aligned}"


def _table(m) -> list[str]:
    lines = []
    for part in column_blocks(m, MAX_COLUMNS):
        header = [f"${part.latex}$"] + [_prose(c) for c in part.col_labels]
        lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for r, label in enumerate(part.row_labels):
            cells = [_prose(label)] + [part.cell(r, c).replace("−", "-") for c in range(len(part.col_labels))]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    return lines[:-1]


def _question(block: QuestionBlock) -> list[str]:
    q = block.question
    lines = [f"**{block.number}.** {_rich(q.prompt)}", ""]
    for g in q.given:
        lines.append(f"- ${_math(strip_breaks(f'{g.name} = {g.value}'))}$")
    if q.given:
        lines.append("")
    for letter, choice in zip(LETTERS, q.choices):
        lines.append(f"- ({letter}) {_rich(choice)}")
    if q.choices:
        lines.append("")
    answer = _label("answer", q.language)
    if not block.key:
        lines += [f"{answer}: {TEXT['blank']}", ""]
        return lines
    lines += [f"**{answer}: {_prose(q.answer_text)}** ({_prose(tolerance_text(q))})", "",
              _prose(tr(TEXT["worked"], q.language)), ""]
    for step in q.solution:
        lines.append(f"- {_rich(step.label)}")
        if _chain(step):
            lines += ["", f"  $$ {_math(_chain(step))} $$", ""]
    if q.note:
        lines += ["", f"_{_rich(q.note)}_"]
    # A blank line ends the last bullet, so that the next question is not read as part of it.
    return lines if lines[-1] == "" else lines + [""]


class _Markdown(BlockRenderer):
    def title(self, block) -> list[str]:
        code = f"**{_label('code', self.language)}: {block.code}**"
        return [f"# {_prose(block.text)}", "", f"{_prose(block.subtitle)}  ", code, ""]

    def name_line(self, block) -> list[str]:
        name = _prose(block.name) if block.name else TEXT["blank"]
        return [f"{_label('name', self.language)}: {name} {_label('date', self.language)}: ____________", ""]

    def heading(self, block) -> list[str]:
        return [f"## {_prose(block.text)}", ""]

    def paragraph(self, block) -> list[str]:
        return [_rich(block.text), ""]

    def equations(self, block) -> list[str]:
        return [line for eq in block.lines for line in (f"$$ {eq} $$", "")]

    def matrices(self, block) -> list[str]:
        return [f"**{_prose(block.caption)}**", ""] + [line for m in block.matrices for line in (*_table(m), "")]

    def question(self, block) -> list[str]:
        return _question(block)

    def page(self, parts: list[str], ws: Worksheet, key: bool) -> str:
        return "\n".join(parts).rstrip() + "\n"


def worksheet_markdown(ws: Worksheet) -> str:
    return _Markdown().worksheet(ws)


def answer_key_markdown(ws: Worksheet) -> str:
    return _Markdown().answer_key(ws)
